"""Statistics: operation outcomes per district/region, year and offence (with year-over-year change and
rates per 100,000 inhabitants), market figures from the ads, and the two side by side.

Unknown counts stay unknown: a sum over records that are all unknown is ``None``, and the number of
unknown records is reported next to every sum so a reader sees what is missing.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.queries import is_minor_first
from kartlegg.extract.places import display_city
from kartlegg.store.ads import current_version
from kartlegg.store.engine import fetch_in

#: third-party-controlled share: a profile's third_party_score at or above this (0-100). The minor share
#: uses the one "likely minor" flag instead (assess.queries.is_minor_first, the catalogue's threshold).
FLAG_THRESHOLD = 50.0


# --- population and city -> district -------------------------------------------------------------------


def _read_population(raw: str, out: dict[tuple[str, str, int], int]) -> None:
    for row in csv.DictReader(raw.splitlines()):
        if not (row.get("population") or "").strip():
            continue
        key = ((row["country"] or "").strip().upper(), (row["district"] or "").strip().casefold(), int(row["year"]))
        out[key] = int(row["population"])


def load_population(extra: Path | None = None) -> dict[tuple[str, str, int], int]:
    """(country, district casefolded ('' = whole country), year) -> inhabitants: the bundled table, then
    ``extra`` (e.g. ``$KARTLEGG_HOME/population.csv``) on top."""
    out: dict[tuple[str, str, int], int] = {}
    _read_population(files("kartlegg.report").joinpath("data/population.csv").read_text("utf-8"), out)
    if extra is not None and extra.exists():
        _read_population(extra.read_text("utf-8"), out)
    return out


@cache
def city_districts() -> dict[str, tuple[str, str]]:
    """city casefolded -> (country, district), from ``report/data/city_districts.csv``."""
    raw = files("kartlegg.report").joinpath("data/city_districts.csv").read_text("utf-8")
    return {r["city"].casefold(): (r["country"], r["district"]) for r in csv.DictReader(raw.splitlines())}


# --- outcomes ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    country: str
    group: str
    year: str
    offence: str
    measure: str
    count: int | None
    unknown_records: int
    approximate: bool
    previous: int | None
    change: int | None
    change_pct: float | None
    population: int | None
    per_100k: float | None


def outcome_stats(
    conn: Connection,
    *,
    by: str = "district",
    measure: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    population: dict[tuple[str, str, int], int] | None = None,
) -> list[OutcomeRow]:
    """Sums per (country, district or country, year, offence, measure), oldest year first.

    ``count`` sums the known counts (None when none is known); ``unknown_records`` says how many records
    had no count, and a year with unknown records gets no year-over-year change."""
    if by not in ("district", "country"):
        raise ValueError("--by must be district or country for outcomes")
    pop = population if population is not None else load_population()
    # (key) -> (counts from operations, counts from annual totals); an annual total supersedes the
    # operations of the same district, year, offence and measure (it already includes them).
    sums: dict[tuple[str, str, str, str, str], tuple[list[int | None], list[int | None]]] = defaultdict(
        lambda: ([], [])
    )
    approx: set[tuple[str, str, str, str, str]] = set()
    for r in conn.execute(
        text(
            "SELECT o.country, o.district, o.started_on, x.offence, x.measure, x.count, o.kind, x.qualifier "
            "FROM operation_outcomes x JOIN operations o ON o.id = x.operation_id"
        )
    ):
        started = r[2] or ""
        if (date_from or date_to) and not started:
            continue
        if (date_from and started < date_from) or (date_to and started > date_to):
            continue
        if measure and r[4] != measure:
            continue
        group = (r[1] or "") if by == "district" else ""
        key = (r[0] or "", group, started[:4] or "unknown", r[3] or "", r[4])
        sums[key][1 if r[6] == "annual_total" else 0].append(None if r[5] is None else int(r[5]))
        if r[7] != "exact" and r[5] is not None:
            approx.add(key)
    totals: dict[tuple[str, str, str, str, str], tuple[int | None, int]] = {}
    for key, (from_ops, from_totals) in sums.items():
        counts = from_totals or from_ops
        known = [c for c in counts if c is not None]
        totals[key] = (sum(known) if known else None, len(counts) - len(known))
    rows = []
    for key in sorted(totals, key=lambda k: (k[0], k[1], k[2], k[3], k[4])):
        country, group, year, offence, meas = key
        count, unknown = totals[key]
        previous = change = None
        pct = None
        if year.isdigit():
            prev = totals.get((country, group, str(int(year) - 1), offence, meas))
            # a change is only computed between complete years (no unknown record on either side)
            previous = prev[0] if prev and prev[1] == 0 else None
            if previous is not None and count is not None and unknown == 0:
                change = count - previous
                pct = round(100.0 * change / previous, 1) if previous else None
        inhabitants = pop.get((country, group.casefold(), int(year))) if year.isdigit() else None
        rate = round(count * 100_000 / inhabitants, 2) if inhabitants and count is not None else None
        rows.append(
            OutcomeRow(
                country,
                group or country,
                year,
                offence,
                meas,
                count,
                unknown,
                key in approx,
                previous,
                change,
                pct,
                inhabitants,
                rate,
            )
        )
    return rows


# --- market --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AdFact:
    day: str
    site: str
    city: str
    profile_id: str | None
    minor: float | None
    third_party: float | None
    prices: list[tuple[float, str]]


def _prices(data: dict[str, Any]) -> list[tuple[float, str]]:
    out = []
    for p in data.get("prices", []) or []:
        if isinstance(p, int | float):
            out.append((float(p), ""))
        elif isinstance(p, dict):
            amount = p.get("amount", p.get("value"))
            if isinstance(amount, int | float):
                out.append((float(amount), str(p.get("currency") or "")))
    return out


#: every ad's current version with its site, extraction, person and her scores (``ad_facts``); ``fact_rows``
#: reads the same columns, scores apart (``read.aggregate_cells`` keeps a person's flags on her own row)
_FACTS = (
    "SELECT a.first_seen, v.posted_at, v.city, s.name, e.data, pa.profile_id{scores}, a.id "
    "FROM ads a JOIN sites s ON s.id = a.site_id "
    f"JOIN ad_versions v ON {current_version()} "
    "LEFT JOIN ad_extractions e ON e.version_seq = v.seq "
    "LEFT JOIN profile_ads pa ON pa.ad_id = a.id{join}"
)
_WITH_SCORES = _FACTS.format(
    scores=", sp.minor_score, sp.third_party_score",
    join=" LEFT JOIN scores sp ON sp.entity_type = 'profile' AND sp.entity_id = pa.profile_id",
)


def _fact(r: Any, minor: Any, third_party: Any) -> AdFact:
    """An ad's facts from a row of ``_FACTS`` (first_seen, posted_at, city, site, data, profile)."""
    data = orjson.loads(r[4]) if r[4] else {}
    city = display_city(r[2]) or next(iter(data.get("cities", []) or []), "") or ""
    return AdFact(
        (r[1] or r[0])[:10],
        r[3],
        city,
        r[5],
        None if minor is None else float(minor),
        None if third_party is None else float(third_party),
        _prices(data),
    )


def ad_facts(conn: Connection) -> list[AdFact]:
    """Every ad's facts for the market table (``kartlegg analyze`` reads them once per run for every table)."""
    rows = conn.execute(text(_WITH_SCORES))
    # fetched a few thousand rows per call: row by row, the driver's calls were a fifth of a 100k-ad refresh
    return [_fact(r, r[6], r[7]) for part in rows.partitions(5000) for r in part]


def fact_rows(conn: Connection, ads: Iterable[int] | None = None) -> Iterator[tuple[int, str | None, AdFact]]:
    """(ad id, the current version's city as written, facts without scores) of every ad, or of ``ads`` (those
    that exist): what ``read.aggregate_cells`` keeps per ad."""
    sql = _FACTS.format(scores="", join="")
    if ads is None:
        rows: Iterable[Any] = (r for part in conn.execute(text(sql)).partitions(5000) for r in part)
    else:
        rows = fetch_in(conn, sql + " WHERE a.id IN :ids", ads)
    for r in rows:
        yield int(r[6]), r[2], _fact(r, None, None)


def _week(day: str) -> str:
    try:
        y, w, _ = date.fromisoformat(day).isocalendar()
    except ValueError:
        return "unknown"
    return f"{y}-W{w:02d}"


def group_of(f: AdFact, by: str) -> str:
    """An ad's group in a market table: its city (``unknown`` without one), site or district, or a comma list of
    them joined (``city,site``)."""
    return _group(f, by)


def _group(f: AdFact, by: str) -> str:
    if "," in by:
        return " / ".join(_group(f, part) for part in by.split(","))
    if by == "site":
        return f.site
    if by == "district":
        return city_districts().get(f.city.casefold(), ("", f.city or "unknown"))[1]
    return f.city or "unknown"


@dataclass(frozen=True, slots=True)
class MarketRow:
    period: str
    group: str
    ads: int
    active_profiles: int
    new_profiles: int
    third_party_share: float | None
    minor_share: float | None
    median_price: float | None
    currency: str


@dataclass(slots=True)
class MarketCell:
    """A market table's (period, group) as counts, its row worked out from them (``row``): ``read.aggregate_cells``
    stores these and moves them by the ads and persons that changed, instead of reading every ad again."""

    ads: int = 0
    active: int = 0
    new: int = 0
    third_party: int = 0
    minor: int = 0
    #: (currency, amount) -> how many of the cell's prices: the median needs every price, not a sum
    prices: Counter[tuple[str, float]] = field(default_factory=Counter)

    def row(self, period: str, group: str) -> MarketRow:
        currency = ""
        median = None
        if self.prices:
            counts: dict[str, int] = defaultdict(int)
            for (cur, _), n in self.prices.items():
                counts[cur] += n
            currency = max(sorted(counts), key=lambda c: counts[c])
            median = _median(sorted((a, n) for (cur, a), n in self.prices.items() if cur == currency))
        return market_row(
            period, group, self.ads, self.active, self.new, self.third_party, self.minor, median, currency
        )


def market_row(
    period: str,
    group: str,
    ads: int,
    active: int,
    new: int,
    third_party: int,
    minor: int,
    median: float | None,
    currency: str,
) -> MarketRow:
    """A market table's row from its cell's counts (the shares of the active profiles flagged)."""
    return MarketRow(
        period,
        group,
        ads,
        active,
        new,
        round(third_party / active, 3) if active else None,
        round(minor / active, 3) if active else None,
        median,
        currency,
    )


def _median(counted: list[tuple[float, int]]) -> float:
    """``statistics.median`` of the amounts, each as many times as counted (ascending): the middle one, or the
    mean of the two middle ones."""
    n = sum(k for _, k in counted)
    want = (n - 1) // 2, n // 2  # the indexes of the middle one(s) in the sorted list
    got: list[float] = []
    seen = 0
    for amount, k in counted:
        while len(got) < 2 and want[len(got)] < seen + k:
            got.append(amount)
        seen += k
        if len(got) == 2:
            break
    return float(got[0]) if n % 2 else float((got[0] + got[1]) / 2)


def period_of(day: str, period: str) -> str:
    """A day's period: the day itself, its year, or its ISO week (``unknown`` when it is no date)."""
    return day if period == "day" else day[:4] if period == "year" else _week(day)


def market_cells(
    facts: list[AdFact],
    *,
    by: str = "city",
    period: str = "week",
    date_from: str | None = None,
    date_to: str | None = None,
    threshold: float = FLAG_THRESHOLD,
) -> dict[tuple[str, str], MarketCell]:
    """The cells of ``market_stats`` (its arguments), keyed by (period, group); a profile is new in the period
    of her first ad of all, whatever the date range."""
    catalogue = load_catalogue()
    first_day: dict[str, str] = {}
    for f in facts:
        if f.profile_id and (f.profile_id not in first_day or f.day < first_day[f.profile_id]):
            first_day[f.profile_id] = f.day

    # Each day's period and each (site, city)'s group worked out once: a market holds a few hundred days and
    # places but every ad asks (at 100k ads the nine tables parsed 545,000 dates and made 900,000 groups).
    periods: dict[str, str] = {}
    groups: dict[tuple[str, str], str] = {}

    def per(day: str) -> str:
        got = periods.get(day)
        if got is None:
            got = periods[day] = period_of(day, period)
        return got

    cells: dict[tuple[str, str], MarketCell] = {}
    members: dict[tuple[str, str], dict[str, AdFact]] = defaultdict(dict)
    for f in facts:
        day = f.day
        if (date_from and day < date_from) or (date_to and day > date_to):
            continue
        p = periods.get(day)
        if p is None:
            p = per(day)
        g = groups.get((f.site, f.city))
        if g is None:  # ``_group`` reads the ad's site and city only
            g = groups[(f.site, f.city)] = _group(f, by)
        cell = cells.get((p, g))
        if cell is None:
            cell = cells[(p, g)] = MarketCell()
        cell.ads += 1
        if f.prices:
            cell.prices.update((cur, a) for a, cur in f.prices)
        if f.profile_id:
            members[(p, g)].setdefault(f.profile_id, f)
    # a profile's scores are the same on each of her ads (joined by her profile): flagged once per profile
    minor: dict[str, bool] = {}
    first_period: dict[str, str] = {}
    for key, profiles in members.items():
        cell, p = cells[key], key[0]
        cell.active = len(profiles)
        for pid, f in profiles.items():
            fp = first_period.get(pid)
            if fp is None:
                fp = first_period[pid] = per(first_day[pid])
            cell.new += fp == p
            cell.third_party += (f.third_party or 0) >= threshold
            flag = minor.get(pid)
            if flag is None:
                flag = minor[pid] = is_minor_first(f.minor or 0, catalogue)
            cell.minor += flag
    return cells


def check_market(by: str, period: str) -> None:
    """``ValueError`` naming what a market table cannot be grouped or periodised by."""
    if not by or any(part not in ("city", "site", "district") for part in by.split(",")):
        raise ValueError("--by must be city, site, district or a comma list of them (e.g. city,site)")
    if period not in ("day", "week", "year"):
        raise ValueError("period must be day, week or year")


def market_stats(
    conn: Connection,
    *,
    by: str = "city",
    period: str = "week",
    date_from: str | None = None,
    date_to: str | None = None,
    threshold: float = FLAG_THRESHOLD,
    facts: list[AdFact] | None = None,
) -> list[MarketRow]:
    """Per period (day, week or year) and group (city, site or district): ads, active and new profiles,
    share of active profiles flagged third-party-controlled (score >= threshold) / likely minor (the triage
    flag, ``is_minor_first``), median price. ``facts``: ``ad_facts(conn)`` read once for several tables."""
    check_market(by, period)
    facts = ad_facts(conn) if facts is None else facts
    cells = market_cells(facts, by=by, period=period, date_from=date_from, date_to=date_to, threshold=threshold)
    return [cells[key].row(*key) for key in sorted(cells)]


@dataclass(frozen=True, slots=True)
class CombinedRow:
    district: str
    year: str
    reports: int | None
    active_profiles: int
    reports_per_1000_profiles: float | None


def combined_stats(conn: Connection, *, measure: str = "reported") -> list[CombinedRow]:
    """Outcomes (all offences) next to the market: e.g. reports per 1,000 active profiles per district/year.
    Ads are placed in a district through ``report/data/city_districts.csv``."""
    outcome: dict[tuple[str, str], int | None] = {}
    names: dict[str, str] = {}
    for row in outcome_stats(conn, by="district", measure=measure, population={}):
        key = (row.group.casefold(), row.year)
        names.setdefault(key[0], row.group)
        if row.count is not None:
            outcome[key] = (outcome.get(key) or 0) + row.count
        else:
            outcome.setdefault(key, None)
    active: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in ad_facts(conn):
        district = _group(f, "district")
        names.setdefault(district.casefold(), district)
        if f.profile_id:
            active[(district.casefold(), f.day[:4])].add(f.profile_id)
    rows = []
    for key in sorted(set(outcome) | set(active)):
        n = outcome.get(key)
        profiles = len(active.get(key, ()))
        rate = round(1000.0 * n / profiles, 1) if n is not None and profiles else None
        rows.append(CombinedRow(names.get(key[0], key[0]), key[1], n, profiles, rate))
    return rows
