"""Timelines: first/last seen, moves between cities and the circuit flag."""

from __future__ import annotations

from kartlegg.link.cluster import AdFeatures
from kartlegg.link.config import default_rules
from kartlegg.link.timeline import build_timeline, is_circuit


def _ad(i: int, day: str, city: str, site: str = "s") -> AdFeatures:
    return AdFeatures(ad_id=i, site=site, city=city, posted_at=day + "T10:00:00", name="Anna", ages=(23,))


def test_three_cities_in_a_month_is_a_circuit() -> None:
    ads = [_ad(1, "2026-03-01", "Oslo"), _ad(2, "2026-03-10", "Bergen"), _ad(3, "2026-03-20", "Oslo"),
           _ad(4, "2026-03-25", "Aarhus", site="t")]  # fmt: skip
    tl = build_timeline(ads, default_rules().timeline)
    assert tl.circuit
    assert (tl.first_seen, tl.last_seen) == ("2026-03-01", "2026-03-25")
    assert [(m.date, m.from_city, m.to_city) for m in tl.moves] == [
        ("2026-03-10", "Oslo", "Bergen"),
        ("2026-03-20", "Bergen", "Oslo"),
        ("2026-03-25", "Oslo", "Aarhus"),
    ]
    assert tl.sites == ["s", "t"] and tl.aliases == ["Anna"] and tl.ages == [23]
    assert [c.city for c in tl.cities] == ["Oslo", "Bergen", "Aarhus"]


def test_three_cities_spread_over_months_is_not_a_circuit() -> None:
    rules = default_rules().timeline
    events = [("2026-01-01", "Oslo"), ("2026-02-15", "Bergen"), ("2026-04-01", "Aarhus")]
    assert not is_circuit(events, rules)
    assert is_circuit([*events, ("2026-02-20", "Oslo"), ("2026-03-01", "Malmö")], rules)
