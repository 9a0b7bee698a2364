"""Cities and districts from the gazetteer, hotel and apartment-hotel mentions, incall/outcall."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from kartlegg.extract.lexicon import City, District, fold, gazetteer, lexicon
from kartlegg.extract.patterns import phrase_regex

_SPACES = re.compile(r"[ \t\-]+")


def _key(s: str) -> str:
    return _SPACES.sub(" ", s.strip().lower())


@dataclass(frozen=True, slots=True)
class PlaceHit:
    kind: str
    value: str
    start: int
    end: int
    detail: dict[str, Any]


@functools.cache
def _places() -> tuple[re.Pattern[str], dict[str, City | District], frozenset[str], dict[str, City]]:
    g = gazetteer()
    by_key: dict[str, City | District] = {}
    cities = {c.name: c for c in g.cities}
    for c in g.cities:
        for n in (c.name, *c.aliases):
            by_key.setdefault(_key(n), c)
            by_key.setdefault(_key(fold(n)), c)
    for d in g.districts:
        for n in (d.name, *d.aliases):
            by_key.setdefault(_key(n), d)
    caps = frozenset(_key(n) for n in g.capitalised_only)
    return phrase_regex(by_key), by_key, caps, cities


def city_country(name: str | None) -> str | None:
    """Country code of a city name in any spelling the gazetteer knows ("Köpenhamn" -> "DK")."""
    if not name:
        return None
    _, by_key, _, cities = _places()
    e = by_key.get(_key(name)) or by_key.get(_key(fold(name)))
    if isinstance(e, City):
        return e.country
    if isinstance(e, District):
        return cities[e.city].country
    return None


def find_places(text: str) -> list[PlaceHit]:
    rx, by_key, caps, cities = _places()
    out: list[PlaceHit] = []
    for m in rx.finditer(text):
        raw = m.group()
        k = _key(raw)
        if k in caps and not raw[:1].isupper():
            continue
        e = by_key.get(k)
        if isinstance(e, City):
            out.append(PlaceHit("city", e.name, m.start(), m.end(), {"country": e.country, "lat": e.lat, "lon": e.lon}))
        elif isinstance(e, District):
            c = cities[e.city]
            out.append(
                PlaceHit(
                    "district",
                    e.name,
                    m.start(),
                    m.end(),
                    {"city": e.city, "country": c.country, "lat": e.lat, "lon": e.lon},
                )
            )
    return out


@functools.cache
def _hotels() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], set[str]]:
    h = lexicon().hotels
    generic: dict[str, str] = {}
    for typ, words in h.generic.items():
        for w in words:
            generic[_key(w)] = typ
    chains = re.compile(
        r"(?<![^\W_])(" + "|".join(re.escape(c) for c in sorted(h.chains, key=len, reverse=True)) + r")(?![^\W_])"
        r"((?:[ \t](?:Hotel|Hotell|Blu))?(?:[ \t][A-ZÅÄÖÆØ][\w&'\-]{1,20}){0,2})"
    )
    return phrase_regex(generic), chains, generic, {_key(c) for c in h.apartment_chains}


def find_hotels(text: str) -> list[PlaceHit]:
    generic_re, chain_re, generic, apart = _hotels()
    out: list[PlaceHit] = []
    taken: list[tuple[int, int]] = []
    for m in chain_re.finditer(text):
        name = (m.group(1) + m.group(2)).strip()
        typ = "apartment_hotel" if _key(m.group(1)) in apart else "hotel"
        out.append(PlaceHit("hotel", name, m.start(), m.start() + len(name), {"type": typ, "chain": m.group(1)}))
        taken.append((m.start(), m.start() + len(name)))
    for m in generic_re.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        typ = generic[_key(m.group())]
        value = "apartment hotel" if typ == "apartment_hotel" else "hotel"
        out.append(PlaceHit("hotel", value, m.start(), m.end(), {"type": typ}))
    return out


@functools.cache
def _modes() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for mode, words in lexicon().service_modes.items():
        for w in words:
            table[_key(w)] = mode
    return phrase_regex(table), table


def find_service_modes(text: str) -> list[PlaceHit]:
    rx, table = _modes()
    return [PlaceHit("service_mode", table[_key(m.group())], m.start(), m.end(), {}) for m in rx.finditer(text)]
