"""Per-profile timelines: when and where a person was advertised, and whether she is moved around.

A circuit (being moved from city to city) is a known trafficking pattern: ``circuit`` is set when a profile
is advertised in at least ``circuit_cities`` different cities within ``circuit_days`` days (rules.yaml).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from kartlegg.link.config import TimelineRules

if TYPE_CHECKING:  # readers import this module for ``Timeline``: not the clustering code and its numpy
    from kartlegg.link.cluster import AdFeatures


@dataclass(frozen=True, slots=True)
class CitySpan:
    city: str
    first: str | None
    last: str | None
    ads: int


@dataclass(frozen=True, slots=True)
class Move:
    date: str
    from_city: str
    to_city: str


@dataclass(frozen=True, slots=True)
class Timeline:
    first_seen: str | None
    last_seen: str | None
    ads: int
    sites: list[str]
    aliases: list[str]
    ages: list[int]
    cities: list[CitySpan]
    moves: list[Move]
    circuit: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "ads": self.ads,
            "sites": self.sites,
            "aliases": self.aliases,
            "ages": self.ages,
            "cities": [[c.city, c.first, c.last, c.ads] for c in self.cities],
            "moves": [[m.date, m.from_city, m.to_city] for m in self.moves],
            "circuit": self.circuit,
        }

    @staticmethod
    def from_json(first: str | None, last: str | None, data: dict[str, Any]) -> Timeline:
        return Timeline(
            first_seen=first,
            last_seen=last,
            ads=int(data.get("ads", 0)),
            sites=list(data.get("sites", [])),
            aliases=list(data.get("aliases", [])),
            ages=[int(a) for a in data.get("ages", [])],
            cities=[CitySpan(c[0], c[1], c[2], int(c[3])) for c in data.get("cities", [])],
            moves=[Move(m[0], m[1], m[2]) for m in data.get("moves", [])],
            circuit=bool(data.get("circuit", False)),
        )


def posting_day(posted_at: str | None) -> date | None:
    """The day an ad was posted: the date part of ``posted_at`` as written (its time and zone are the site's
    and are not converted), or None when it has none. The one reading of a posting day in linking."""
    if not posted_at or len(posted_at) < 10:
        return None
    try:
        return date.fromisoformat(posted_at[:10])
    except ValueError:
        return None


def _day(posted_at: str | None) -> str | None:
    d = posting_day(posted_at)
    return None if d is None else d.isoformat()


def is_circuit(events: Sequence[tuple[str, str]], rules: TimelineRules) -> bool:
    """True when some window of ``circuit_days`` days holds ``circuit_cities`` distinct cities."""
    window: deque[tuple[date, str]] = deque()
    counts: Counter[str] = Counter()
    span = timedelta(days=rules.circuit_days - 1)
    for day_s, city in sorted(events):
        day = date.fromisoformat(day_s)
        window.append((day, city))
        counts[city] += 1
        while window[0][0] < day - span:
            _, old = window.popleft()
            counts[old] -= 1
            if counts[old] == 0:
                del counts[old]
        if len(counts) >= rules.circuit_cities:
            return True
    return False


def seen_span(ads: Sequence[AdFeatures]) -> tuple[str | None, str | None]:
    """The first and last day of ``ads``, as ``build_timeline`` gives them, without the rest of it."""
    days = [d for d in (_day(a.posted_at) for a in ads) if d]
    return (min(days), max(days)) if days else (None, None)


def build_timeline(ads: Sequence[AdFeatures], rules: TimelineRules) -> Timeline:
    ad_days = [_day(a.posted_at) for a in ads]  # each ad's day read once (a day's run builds ~3,000 timelines)
    days = [d for d in ad_days if d]
    events = sorted((d, a.city) for a, d in zip(ads, ad_days, strict=True) if a.city and d)
    spans: dict[str, list[Any]] = {}
    for a, d in zip(ads, ad_days, strict=True):
        if not a.city:
            continue
        span = spans.setdefault(a.city, [d, d, 0])
        span[2] += 1
        if d:
            span[0] = d if span[0] is None else min(span[0], d)
            span[1] = d if span[1] is None else max(span[1], d)
    cities = sorted((CitySpan(c, s[0], s[1], s[2]) for c, s in spans.items()), key=lambda c: (c.first or "", c.city))
    moves: list[Move] = []
    current: str | None = None
    for d, city in events:
        if current is not None and city != current:
            moves.append(Move(d, current, city))
        current = city
    names = Counter(a.name for a in ads if a.name)
    return Timeline(
        first_seen=min(days) if days else None,
        last_seen=max(days) if days else None,
        ads=len(ads),
        sites=sorted({a.site for a in ads}),
        aliases=[n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))],
        ages=sorted({x for a in ads for x in a.ages}),
        cities=cities,
        moves=moves[:200],
        circuit=is_circuit(events, rules),
    )
