"""The market tables and the map's counts kept in the store as cells, moved by what changed since the last
refresh instead of counted from every ad again (issue 20).

``read.aggregates.refresh`` ends every ``kartlegg analyze``. Its market tables (``ops.stats.market_stats``: three
groupings by three periods) and the map's counts were a pass over every ad on each run: 4.7 s of CPU at 100k
ads, ten times that at 1M, where a whole day has 10 s. Here the store keeps each ad's facts as they were counted
(``aggregate_ads``), each person's first day and flags as counted (``aggregate_profiles``) and each table's cells
as counts (``aggregate_cells``: ads, active and new persons, flagged persons, and the prices themselves as a
count per amount, since a median is no sum). SQLite triggers (migration 0056) write to ``aggregate_changes`` the
id of every ad whose row, versions, extraction or person is written, and of every person whose scores are.
``update`` takes those, subtracts what the changed ads and every person they touch counted before, adds what
they count now, and writes only the cells that moved. Both ways a cell's row is ``MarketCell.row``, the code
``market_stats`` gives its rows by, so a kept table is the table counted now.

The dashboard's days are kept the same way (migration 0076): each ad's versions as counted, [day, city as
written, site, versions] (``Kept.days``), the versions posted per (day, city, site) (``aggregate_days``) and the
persons with a version posted each day (``aggregate_day_persons``: a touched person's days before and now), so
the dashboard reads its window's few hundred cells (``read.activity.dashboard``) instead of every version posted
in it (0.28 s at 100k, ~2.8 s at 1M).

``update`` gives None, and the caller counts everything (``rebuild``), whenever the kept cells cannot be vouched
for: on PostgreSQL (no triggers), a store never counted, another package version, format or threshold, an
erasure or a site written since, counts that do not add up, or more changes than a recount costs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection

from kartlegg import __version__
from kartlegg.assess.catalogue import load_catalogue
from kartlegg.ops.stats import FLAG_THRESHOLD, AdFact, MarketCell, MarketRow, fact_rows, group_of, market_row, period_of
from kartlegg.store.engine import fetch_all, fetch_in, placeholder

MARKET_BY = ("city", "site", "district")
PERIODS = ("day", "week", "year")
#: every kept table, as ``aggregate_cells.name`` spells it (``city:week``), in the order of an ad's cell keys
NAMES = tuple(f"{by}:{period}" for by in MARKET_BY for period in PERIODS)
#: bump when what a cell or an ad's row holds changes: every store is then counted again (2: the days, 0076)
FORMAT = 2
#: a refresh counts everything again when more ads than this share of the store changed (a full link run)
RECOUNT_SHARE = 0.25

#: the triggers of 0056 that write ``aggregate_changes``: without every one, nothing is taken from it
TRIGGERS = frozenset(
    f"aggregate_{table}_{event}"
    for table in ("ads", "versions", "extractions", "profile_ads", "scores")
    for event in ("ins", "upd", "del")
) | {"aggregate_sites_upd", "aggregate_sites_del"}
#: the row of ``aggregates`` that says the kept cells are current (its stamp), with the map's counts and what the
#: counts depend on (``config``)
STATE = "cells"

Key = tuple[str, str, str]  # (table name, period, group)
Pair = tuple[str | None, str]  # (a version's city as written, a district selector's value): the map's districts
DayKey = tuple[str, str, int]  # (a version's day, its city as written or '(none)', the ad's site id)
#: an ad's versions as the dashboard counts them: (day, city as written or '(none)', site id, versions)
Days = tuple[tuple[str, str, int, int], ...]


def config() -> dict[str, Any]:
    """What the kept counts depend on besides the store: any difference and they are counted again."""
    return {
        "format": FORMAT,
        "version": __version__,
        "threshold": FLAG_THRESHOLD,
        "minor": load_catalogue().settings.minor_first_threshold,
    }


def _pair_order(pair: Any) -> tuple[bool, str, str]:
    """(city or None, district, ...) in a total order: no city first."""
    return (pair[0] is not None, pair[0] or "", pair[1])


@dataclass(slots=True)
class MapCounts:
    """The map's counts (``read.activity.activity``): current ads per city as written, and ads per (city as
    written, district) over every version."""

    labels: Counter[str] = field(default_factory=Counter)
    districts: Counter[Pair] = field(default_factory=Counter)

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": [[k, n] for k, n in sorted(self.labels.items())],
            "districts": sorted(([c, d, n] for (c, d), n in self.districts.items()), key=lambda r: _pair_order(r)),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MapCounts:
        return cls(
            Counter({str(k): int(n) for k, n in data["labels"]}),
            Counter({(c, str(d)): int(n) for c, d, n in data["districts"]}),
        )


@dataclass(frozen=True, slots=True)
class Kept:
    """One ad as it was counted: its facts (scores apart), its current version's city as written, the
    (city, district) pairs of its versions, and its versions by day (the dashboard's)."""

    fact: AdFact
    label: str | None
    pairs: tuple[Pair, ...]
    days: Days = ()


class _Places:
    """Each day's three periods and each (day, site, city)'s nine cells, worked out once: a market holds a few
    hundred days and places, and every ad and every person asks."""

    def __init__(self) -> None:
        self._periods: dict[str, tuple[str, str, str]] = {}
        self._keys: dict[tuple[str, str, str], tuple[Key, ...]] = {}

    def periods(self, day: str) -> tuple[str, str, str]:
        got = self._periods.get(day)
        if got is None:
            got = self._periods[day] = (period_of(day, "day"), period_of(day, "week"), period_of(day, "year"))
        return got

    def keys(self, f: AdFact) -> tuple[Key, ...]:
        """The ad's cell in every table, in the order of ``NAMES``."""
        got = self._keys.get((f.day, f.site, f.city))
        if got is None:
            per = self.periods(f.day)
            groups = (group_of(f, "city"), group_of(f, "site"), group_of(f, "district"))
            got = tuple((NAMES[3 * i + j], per[j], groups[i]) for i in range(3) for j in range(3))
            self._keys[(f.day, f.site, f.city)] = got
        return got


#: a person's part in one cell: (active, new, third-party flagged, likely minor)
Part = tuple[int, int, int, int]
_NONE: Part = (0, 0, 0, 0)
_NO_MOVE = MarketCell()
#: a person as counted: her ads (where and when), her first day, her (third-party, likely minor) flags
Person = tuple[Iterable[AdFact], str, tuple[bool, bool]]


class _Tally:
    """What ads and persons add to cells: counted in (+1) or out (-1), a person by the difference between her
    part before and now (a new ad in a cell she was active in already moves nothing). A recount adds every ad
    and person to no cell, so its moves are the cells; an update's are added to the kept cells."""

    def __init__(self, places: _Places) -> None:
        self.cells: dict[Key, MarketCell] = {}
        self.places = places
        #: the dashboard's: versions per (day, city, site), persons per day
        self.days: Counter[DayKey] = Counter()
        self.day_persons: Counter[str] = Counter()

    def cell(self, key: Key) -> MarketCell:
        got = self.cells.get(key)
        if got is None:
            got = self.cells[key] = MarketCell()
        return got

    def ad(self, f: AdFact, sign: int) -> None:
        for key in self.places.keys(f):
            cell = self.cell(key)
            cell.ads += sign
            for amount, currency in f.prices:
                cell.prices[(currency, amount)] += sign

    def versions(self, days: Days, sign: int) -> None:
        """An ad's versions counted in (+1) or out (-1) of the dashboard's days."""
        for day, city, site, n in days:
            self.days[(day, city, site)] += sign * n

    def person_days(self, was: set[str], now: set[str]) -> None:
        """A person with a version posted on the days ``now`` instead of ``was``."""
        for day in was - now:
            self.day_persons[day] -= 1
        for day in now - was:
            self.day_persons[day] += 1

    def _parts(self, person: Person | None) -> dict[Key, Part]:
        """A person's part in each cell of her ads: active there, new where the period is her first day's."""
        if person is None:
            return {}
        facts, first_day, (third_party, minor) = person
        first = self.places.periods(first_day)
        out: dict[Key, Part] = {}
        for nine in {self.places.keys(f) for f in facts}:  # most persons' ads share a day and place or two
            for i, key in enumerate(nine):
                if key not in out:
                    out[key] = (1, int(key[1] == first[i % 3]), int(third_party), int(minor))
        return out

    def person(self, was: Person | None, now: Person | None) -> None:
        """A person counted as ``now`` instead of ``was`` (None: not counted)."""
        old, new = self._parts(was), self._parts(now)
        for key in old.keys() | new.keys() if old else new:
            a, b = old.get(key, _NONE), new.get(key, _NONE)
            if a != b:
                cell = self.cell(key)
                cell.active += b[0] - a[0]
                cell.new += b[1] - a[1]
                cell.third_party += b[2] - a[2]
                cell.minor += b[3] - a[3]


def _flags(scores: tuple[float | None, float | None] | None, minor_threshold: float) -> tuple[bool, bool]:
    """A person's (third-party, likely minor) flags from her (minor, third-party) scores, as ``market_stats``."""
    minor, third_party = scores or (None, None)
    return (third_party or 0) >= FLAG_THRESHOLD, float(minor or 0) >= minor_threshold


def _scores(conn: Connection, persons: Iterable[str] | None) -> dict[str, tuple[float | None, float | None]]:
    sql = "SELECT entity_id, minor_score, third_party_score FROM scores WHERE entity_type = 'profile'"
    rows = fetch_all(conn, sql) if persons is None else fetch_in(conn, sql + " AND entity_id IN :ids", persons)
    return {str(r[0]): (r[1], r[2]) for r in rows}


_DISTRICTS = (
    "SELECT x.ad_id, v.city, s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
    "JOIN ad_versions v ON v.seq = x.version_seq WHERE s.kind = 'district'"
)
#: the same for a few ads: from each ad's selector rows (the query above starts from every district's rows)
_AD_DISTRICTS = (
    "SELECT x.ad_id, v.city, s.value FROM ad_selectors x CROSS JOIN selectors s ON s.id = x.selector_id "
    "JOIN ad_versions v ON v.seq = x.version_seq WHERE s.kind = 'district' AND x.ad_id IN :ids"
)


def _districts(conn: Connection, ads: Iterable[int] | None) -> dict[int, tuple[Pair, ...]]:
    """Each ad's (version city as written, district) pairs over all its versions (only ads that have one)."""
    rows = fetch_all(conn, _DISTRICTS) if ads is None else fetch_in(conn, _AD_DISTRICTS, ads)
    pairs: dict[int, set[Pair]] = defaultdict(set)
    for ad, city, value in rows:
        pairs[int(ad)].add((city, str(value)))
    return {ad: tuple(sorted(p, key=_pair_order)) for ad, p in pairs.items()}


#: the dashboard's versions (``read.activity.dashboard``): every version with a posting time, by its day as
#: written and its city as written; all of them from the index on (posted_at, city, ad_id) (0040), no table row
_VERSION_DAYS = (
    "SELECT v.ad_id, substr(v.posted_at, 1, 10), COALESCE(v.city, '(none)'), COUNT(*) FROM ad_versions v "
    "WHERE v.posted_at IS NOT NULL GROUP BY v.ad_id, 2, 3"
)
_AD_VERSION_DAYS = (
    "SELECT v.ad_id, substr(v.posted_at, 1, 10), COALESCE(v.city, '(none)'), COUNT(*) FROM ad_versions v "
    "WHERE v.posted_at IS NOT NULL AND v.ad_id IN :ids GROUP BY v.ad_id, 2, 3"
)


def _version_days(conn: Connection, ads: Iterable[int] | None) -> dict[int, list[tuple[str, str, int]]]:
    """Each ad's versions with a posting time, as (day, city as written or '(none)', versions)."""
    rows = fetch_all(conn, _VERSION_DAYS) if ads is None else fetch_in(conn, _AD_VERSION_DAYS, ads)
    out: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    for ad, day, city, n in rows:
        out[int(ad)].append((str(day), str(city), int(n)))
    return out


def _current(conn: Connection, ads: Iterable[int] | None) -> Iterator[tuple[int, Kept]]:
    """Every ad (or these, those that exist) as it counts now."""
    districts = _districts(conn, ads)
    days = _version_days(conn, ads)
    sites = {str(r[1]): int(r[0]) for r in fetch_all(conn, "SELECT id, name FROM sites")}
    for ad, label, fact in fact_rows(conn, ads):
        site = sites[fact.site]
        yield ad, Kept(fact, label, districts.get(ad, ()), tuple(sorted((d, c, site, n) for d, c, n in days[ad])))


def _ad_row(ad: int, k: Kept) -> tuple[Any, ...]:
    f = k.fact
    prices = orjson.dumps([[a, c] for a, c in f.prices]).decode() if f.prices else None
    pairs = orjson.dumps([list(p) for p in k.pairs]).decode() if k.pairs else None
    days = orjson.dumps([list(d) for d in k.days]).decode() if k.days else None
    return (ad, f.day, f.site, f.city, k.label, f.profile_id, prices, pairs, days)


_AD_COLS = "ad_id, day, site, city, label, profile_id, prices, districts, versions"
_PERSON_COLS = "id, first_day, third_party, minor"


def _kept(row: tuple[Any, ...]) -> tuple[int, Kept]:
    """An ``aggregate_ads`` row (``_AD_COLS``) back as the ad it was counted as."""
    prices = [(float(a), str(c)) for a, c in orjson.loads(row[6])] if row[6] else []
    pairs = tuple((c, str(d)) for c, d in orjson.loads(row[7])) if row[7] else ()
    return int(row[0]), Kept(AdFact(row[1], row[2], row[3], row[5], None, None, prices), row[4], pairs, _days(row[8]))


def _days(data: str | None) -> Days:
    return tuple((str(d), str(c), int(s), int(n)) for d, c, s, n in orjson.loads(data)) if data else ()


def _cell_row(key: Key, cell: MarketCell) -> tuple[Any, ...]:
    row = cell.row(key[1], key[2])
    prices = orjson.dumps(sorted([c, a, n] for (c, a), n in cell.prices.items())).decode()
    return (*key, cell.ads, cell.active, cell.new, cell.third_party, cell.minor, row.median_price, row.currency, prices)


_CELL_COLS = "name, period, grp, ads, active, new, third_party, minor, median, currency, prices"
_DAY_COLS = "day, city, site_id, versions"
#: the kept tables a recount writes afresh
_TABLES = ("aggregate_cells", "aggregate_ads", "aggregate_profiles", "aggregate_days", "aggregate_day_persons")


def _insert(conn: Connection, table: str, cols: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    ph = placeholder(conn)
    marks = ", ".join([ph] * (cols.count(",") + 1))
    for i in range(0, len(rows), 5000):
        conn.exec_driver_sql(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows[i : i + 5000])


def rebuild(conn: Connection) -> tuple[int, MapCounts, dict[str, Any]]:
    """Count every ad into new cells and keep them; returns (cells, the map's counts, the state to store)."""
    for table in (*_TABLES, "aggregate_changes"):
        conn.exec_driver_sql(f"DELETE FROM {table}")
    cfg = config()
    tally = _Tally(_Places())
    counts = MapCounts()
    persons: dict[str, list[AdFact]] = defaultdict(list)
    days: dict[str, set[str]] = defaultdict(set)
    ad_rows = []
    for ad, k in _current(conn, None):
        tally.ad(k.fact, 1)
        tally.versions(k.days, 1)
        if k.fact.profile_id:
            persons[k.fact.profile_id].append(k.fact)
            days[k.fact.profile_id].update(d[0] for d in k.days)
        _count_map(counts, k, 1)
        ad_rows.append(_ad_row(ad, k))
    _insert(conn, "aggregate_ads", _AD_COLS, ad_rows)
    scores = _scores(conn, None)
    person_rows = []
    for pid, facts in persons.items():
        first = min(f.day for f in facts)
        flags = _flags(scores.get(pid), cfg["minor"])
        tally.person(None, (facts, first, flags))
        tally.person_days(set(), days[pid])
        person_rows.append((pid, first, int(flags[0]), int(flags[1])))
    _insert(conn, "aggregate_profiles", _PERSON_COLS, person_rows)
    _insert(conn, "aggregate_cells", _CELL_COLS, [_cell_row(key, c) for key, c in tally.cells.items()])
    _insert(conn, "aggregate_days", _DAY_COLS, [(*key, n) for key, n in sorted(tally.days.items()) if n])
    _insert(conn, "aggregate_day_persons", "day, persons", sorted((d, n) for d, n in tally.day_persons.items() if n))
    return len(tally.cells), counts, {**cfg, "ads": len(ad_rows), "erased": erased(conn), **counts.to_json()}


def _count_map(counts: MapCounts, k: Kept, sign: int) -> None:
    if k.label is not None:
        counts.labels[k.label] += sign
    for pair in k.pairs:
        counts.districts[pair] += sign


def _load_cells(conn: Connection, keys: list[Key]) -> dict[Key, MarketCell]:
    """The kept cells of ``keys`` (those that exist), prices included."""
    out: dict[Key, MarketCell] = {}
    for i in range(0, len(keys), 300):
        part = keys[i : i + 300]
        values = ", ".join(["(?, ?, ?)"] * len(part))
        for r in fetch_all(
            conn,
            "SELECT name, period, grp, ads, active, new, third_party, minor, prices FROM aggregate_cells "
            f"WHERE (name, period, grp) IN (VALUES {values})",
            tuple(x for key in part for x in key),
        ):
            prices = Counter({(str(c), float(a)): int(n) for c, a, n in orjson.loads(r[8])})
            out[(r[0], r[1], r[2])] = MarketCell(int(r[3]), int(r[4]), int(r[5]), int(r[6]), int(r[7]), prices)
    return out


def _state_ok(conn: Connection, state: dict[str, Any] | None) -> bool:
    """Whether the kept counts describe the store as the triggers have seen it since."""
    if state is None or conn.dialect.name != "sqlite":
        return False
    if any(state.get(k) != v for k, v in config().items()):
        return False
    triggers = {r[0] for r in fetch_all(conn, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return TRIGGERS <= triggers and erased(conn) == state.get("erased")


def erased(conn: Connection) -> int:
    """How many ads were erased: an erasure moves what is counted through no trigger (the state must say)."""
    return int(fetch_all(conn, "SELECT COUNT(*) FROM erased_ads")[0][0])


def update(conn: Connection, state: dict[str, Any] | None) -> tuple[int, MapCounts, dict[str, Any]] | None:
    """Move the kept cells by the ads and persons changed since ``state`` (the last refresh's); returns (cells
    written, the map's counts, the state to store), or None when they must be counted again (``rebuild``)."""
    if state is None or not _state_ok(conn, state):
        return None
    changes = fetch_all(conn, "SELECT kind, key FROM aggregate_changes")
    if any(kind not in ("ad", "profile") for kind, _ in changes):
        return None  # a site renamed or deleted: every ad of it moves
    ads = sorted({int(key) for kind, key in changes if kind == "ad"})
    total = int(state["ads"])
    if len(ads) > max(1000, RECOUNT_SHARE * total):
        return None
    cfg = config()
    old = dict(_kept(r) for r in fetch_in(conn, f"SELECT {_AD_COLS} FROM aggregate_ads WHERE ad_id IN :ids", ads))
    new = dict(_current(conn, ads))
    now = total - len(old) + len(new)
    if now != int(fetch_all(conn, "SELECT COUNT(*) FROM ads")[0][0]):
        return None
    # the persons of the changed ads, and those whose flags moved with their scores (most rescored persons' did not)
    persons = {k.fact.profile_id for k in (*old.values(), *new.values()) if k.fact.profile_id}
    rescored = {key for kind, key in changes if kind == "profile"} - persons
    counted = {
        str(r[0]): (str(r[1]), (bool(r[2]), bool(r[3])))
        for r in fetch_in(conn, f"SELECT {_PERSON_COLS} FROM aggregate_profiles WHERE id IN :ids", persons | rescored)
    }
    scores = _scores(conn, persons | rescored)
    flags = {pid: _flags(scores.get(pid), cfg["minor"]) for pid in persons | rescored}
    persons |= {pid for pid in rescored if pid in counted and counted[pid][1] != flags[pid]}
    # each touched person's ads as counted before, and as they count now: her unchanged ads and her changed ones
    before: dict[str, list[AdFact]] = defaultdict(list)
    after: dict[str, list[AdFact]] = defaultdict(list)
    days_before: dict[str, set[str]] = defaultdict(set)  # the days she had a version posted on, as counted
    days_after: dict[str, set[str]] = defaultdict(set)
    for ad, day, site, city, pid, versions in fetch_in(
        conn, "SELECT ad_id, day, site, city, profile_id, versions FROM aggregate_ads WHERE profile_id IN :ids", persons
    ):
        f = AdFact(day, site, city, pid, None, None, [])  # where and when: a person counts in cells, not prices
        ad_days = {d[0] for d in _days(versions)}
        before[pid].append(f)
        days_before[pid] |= ad_days
        if ad not in old:
            after[pid].append(f)
            days_after[pid] |= ad_days
    for k in new.values():
        if k.fact.profile_id:
            after[k.fact.profile_id].append(k.fact)
            days_after[k.fact.profile_id].update(d[0] for d in k.days)
    if any(pid not in counted for pid in before):
        return None
    tally = _Tally(_Places())
    counts = MapCounts.from_json(state)
    for k in old.values():
        tally.ad(k.fact, -1)
        tally.versions(k.days, -1)
        _count_map(counts, k, -1)
    for k in new.values():
        tally.ad(k.fact, 1)
        tally.versions(k.days, 1)
        _count_map(counts, k, 1)
    person_rows = []
    for pid in persons:
        tally.person_days(days_before.get(pid, set()), days_after.get(pid, set()))
        counted_now: Person | None = None
        if after.get(pid):
            first = min(f.day for f in after[pid])
            counted_now = (after[pid], first, flags[pid])
            person_rows.append((pid, first, int(flags[pid][0]), int(flags[pid][1])))
        tally.person((before[pid], *counted[pid]) if pid in before else None, counted_now)
    moves = {key: d for key, d in tally.cells.items() if d != _NO_MOVE}  # (a Counter of zeros is an empty one)
    kept = _load_cells(conn, sorted(moves))
    gone: list[Key] = []
    moved: list[tuple[Any, ...]] = []
    for key, d in moves.items():
        was = kept.get(key, _NO_MOVE)
        cell = MarketCell(
            was.ads + d.ads,
            was.active + d.active,
            was.new + d.new,
            was.third_party + d.third_party,
            was.minor + d.minor,
            Counter(was.prices),
        )
        for price, n in d.prices.items():
            cell.prices[price] += n
            if not cell.prices[price]:
                del cell.prices[price]
        if min(cell.ads, cell.active, cell.new, cell.third_party, cell.minor, *cell.prices.values(), 0) < 0:
            return None  # counted out more than was counted in: the kept cells were not this store's
        if cell.ads == 0:
            if cell.active or cell.prices:
                return None
            if key in kept:
                gone.append(key)
        elif cell != was:
            moved.append(_cell_row(key, cell))
    if min([*counts.labels.values(), *counts.districts.values(), 0]) < 0:
        return None
    day_moves = _day_moves(conn, tally)
    if day_moves is None:
        return None
    counts.labels = +counts.labels
    counts.districts = +counts.districts
    ph = placeholder(conn)
    if gone:
        conn.exec_driver_sql(f"DELETE FROM aggregate_cells WHERE name = {ph} AND period = {ph} AND grp = {ph}", gone)
    if moved:
        conn.exec_driver_sql(
            f"INSERT INTO aggregate_cells ({_CELL_COLS}) VALUES ({', '.join([ph] * 11)}) "
            "ON CONFLICT (name, period, grp) DO UPDATE SET ads = excluded.ads, active = excluded.active, "
            "new = excluded.new, third_party = excluded.third_party, minor = excluded.minor, "
            "median = excluded.median, currency = excluded.currency, prices = excluded.prices",
            moved,
        )
    _write_days(conn, *day_moves)
    fetch_in(conn, "DELETE FROM aggregate_ads WHERE ad_id IN :ids", ads)
    _insert(conn, "aggregate_ads", _AD_COLS, [_ad_row(ad, k) for ad, k in new.items()])
    fetch_in(conn, "DELETE FROM aggregate_profiles WHERE id IN :ids", persons)
    _insert(conn, "aggregate_profiles", _PERSON_COLS, person_rows)
    conn.exec_driver_sql("DELETE FROM aggregate_changes")
    return len(gone) + len(moved), counts, {**cfg, "ads": now, "erased": state["erased"], **counts.to_json()}


_DayMoves = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def _day_moves(conn: Connection, tally: _Tally) -> _DayMoves | None:
    """The dashboard's cells the tally moves, as (versions rows gone, versions rows now, persons rows gone,
    persons rows now), or None when a count would fall below zero (the kept cells were not this store's)."""
    moves = {k: n for k, n in tally.days.items() if n}
    kept: dict[DayKey, int] = {}
    # by day, a range of the key each (a list of (day, city, site) row values is a pass over the table in SQLite)
    sql = "SELECT day, city, site_id, versions FROM aggregate_days WHERE day IN :ids"
    for d, c, s, n in fetch_in(conn, sql, {k[0] for k in moves}):
        key = (str(d), str(c), int(s))
        if key in moves:
            kept[key] = int(n)
    person_moves = {d: n for d, n in tally.day_persons.items() if n}
    kept_persons = {
        str(d): int(n)
        for d, n in fetch_in(conn, "SELECT day, persons FROM aggregate_day_persons WHERE day IN :ids", person_moves)
    }
    out: _DayMoves = ([], [], [], [])
    for key, n in moves.items():
        now = kept.get(key, 0) + n
        if now < 0:
            return None
        out[0 if now == 0 else 1].append((*key, now) if now else key)
    for day, n in person_moves.items():
        now = kept_persons.get(day, 0) + n
        if now < 0:
            return None
        out[2 if now == 0 else 3].append((day, now) if now else (day,))
    return out


def _write_days(
    conn: Connection, gone: list[Any], moved: list[Any], persons_gone: list[Any], persons: list[Any]
) -> None:
    ph = placeholder(conn)
    if gone:
        conn.exec_driver_sql(f"DELETE FROM aggregate_days WHERE day = {ph} AND city = {ph} AND site_id = {ph}", gone)
    if moved:
        conn.exec_driver_sql(
            f"INSERT INTO aggregate_days ({_DAY_COLS}) VALUES ({ph}, {ph}, {ph}, {ph}) "
            "ON CONFLICT (day, city, site_id) DO UPDATE SET versions = excluded.versions",
            moved,
        )
    if persons_gone:
        conn.exec_driver_sql(f"DELETE FROM aggregate_day_persons WHERE day = {ph}", persons_gone)
    if persons:
        conn.exec_driver_sql(
            f"INSERT INTO aggregate_day_persons (day, persons) VALUES ({ph}, {ph}) "
            "ON CONFLICT (day) DO UPDATE SET persons = excluded.persons",
            persons,
        )


def rows(conn: Connection, by: str, period: str) -> list[MarketRow]:
    """A kept table's rows, in ``market_stats``' order (by period, then group)."""
    got = fetch_all(
        conn,
        "SELECT period, grp, ads, active, new, third_party, minor, median, currency FROM aggregate_cells "
        f"WHERE name = {placeholder(conn)}",
        (f"{by}:{period}",),
    )
    got.sort(key=lambda r: (r[0], r[1]))
    return [
        market_row(
            r[0],
            r[1],
            int(r[2]),
            int(r[3]),
            int(r[4]),
            int(r[5]),
            int(r[6]),
            None if r[7] is None else float(r[7]),
            r[8],
        )
        for r in got
    ]
