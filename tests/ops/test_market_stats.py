"""The market table (``ops.stats.market_stats``, stored by every ``kartlegg analyze``) works out each day's period,
each place's group and each profile's flags once, not once per ad: for any ads its rows are those of working each
out for every ad, as it did before (the reference below), for every grouping, period and date range."""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.queries import is_minor_first
from kartlegg.ops.stats import FLAG_THRESHOLD, AdFact, MarketRow, _group, _week, market_stats

DAYS = ["2025-12-29", "2025-12-31", "2026-01-01", "2026-01-04", "2026-01-05", "2026-02-28", "2026-03-01", "bad-day"]
CITIES = ["Oslo", "oslo", "Malmö", "København", "Bergen", ""]
SITES = ["a.example", "b.example"]
PROFILES = ["p1", "p2", "p3", "p4", None]


def _reference(
    facts: list[AdFact], by: str, period: str, date_from: str | None, date_to: str | None
) -> list[MarketRow]:
    """The table with every ad's period, group and flags worked out on its own (the code before session 31)."""
    catalogue = load_catalogue()
    first_day: dict[str, str] = {}
    for f in facts:
        if f.profile_id and (f.profile_id not in first_day or f.day < first_day[f.profile_id]):
            first_day[f.profile_id] = f.day

    def per(day: str) -> str:
        return day if period == "day" else day[:4] if period == "year" else _week(day)

    buckets: dict[tuple[str, str], list[AdFact]] = defaultdict(list)
    for f in facts:
        if (date_from and f.day < date_from) or (date_to and f.day > date_to):
            continue
        buckets[(per(f.day), _group(f, by))].append(f)
    rows = []
    for (p, g), items in sorted(buckets.items()):
        profiles: dict[str, AdFact] = {}
        for f in items:
            if f.profile_id:
                profiles.setdefault(f.profile_id, f)
        active = len(profiles)
        new = sum(1 for pid in profiles if per(first_day[pid]) == p)
        tp = sum(1 for f in profiles.values() if (f.third_party or 0) >= FLAG_THRESHOLD)
        mi = sum(1 for f in profiles.values() if is_minor_first(f.minor or 0, catalogue))
        prices = [x for f in items for x in f.prices]
        currency, median = "", None
        if prices:
            counts: dict[str, int] = defaultdict(int)
            for _, cur in prices:
                counts[cur] += 1
            currency = max(sorted(counts), key=lambda c: counts[c])
            median = float(statistics.median(a for a, cur in prices if cur == currency))
        share = lambda n: round(n / active, 3) if active else None  # noqa: E731
        rows.append(MarketRow(p, g, len(items), active, new, share(tp), share(mi), median, currency))
    return rows


@st.composite
def _market(draw: Any) -> list[AdFact]:
    """Ads of a few profiles over a few days and places; a profile's scores are hers on every ad of hers (the
    table joins them by profile), an ad without one has none."""
    scores = {
        p: (draw(st.sampled_from([None, 10.0, 49.9, 50.0, 80.0])), draw(st.sampled_from([None, 20.0, 70.0])))
        for p in PROFILES
        if p
    }
    facts = []
    for _ in range(draw(st.integers(0, 40))):
        pid = draw(st.sampled_from(PROFILES))
        minor, third = scores[pid] if pid else (None, None)
        prices = draw(
            st.lists(st.tuples(st.sampled_from([100.0, 150.0, 2000.0]), st.sampled_from(["EUR", "NOK"])), max_size=2)
        )
        facts.append(
            AdFact(
                draw(st.sampled_from(DAYS)),
                draw(st.sampled_from(SITES)),
                draw(st.sampled_from(CITIES)),
                pid,
                minor,
                third,
                prices,
            )
        )
    return facts


@settings(max_examples=60, deadline=None)
@given(
    _market(),
    st.sampled_from(["city", "site", "district", "city,site"]),
    st.sampled_from(["day", "week", "year"]),
    st.sampled_from([(None, None), ("2026-01-01", None), (None, "2026-01-04"), ("2025-12-31", "2026-02-28")]),
)
def test_market_table_is_every_ad_worked_out_alone(
    facts: list[AdFact], by: str, period: str, cut: tuple[str | None, str | None]
) -> None:
    got = market_stats(None, by=by, period=period, date_from=cut[0], date_to=cut[1], facts=facts)  # type: ignore[arg-type]
    assert got == _reference(facts, by, period, *cut)
