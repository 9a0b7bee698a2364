"""Nationality mentions ("rumänsk tjej", "Nationality: Ukrainian") and languages the person speaks."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from kartlegg.extract.lexicon import lexicon
from kartlegg.extract.patterns import phrase_regex

#: Nationality adjectives that in these ads usually name a service, not a person.
_SERVICE_AFTER = re.compile(r"(?i)^[ \t\-]{0,2}(?:massage|massasje|massør|kiss|kyss|style|stil|tantra|sauna|bastu)")
#: How far after a language cue ("Languages:", "talar") the spoken languages are read.
CUE_WINDOW = 80


@dataclass(frozen=True, slots=True)
class PersonHit:
    kind: str
    value: str
    start: int
    end: int
    detail: dict[str, Any]


@functools.cache
def _tables() -> tuple[
    re.Pattern[str], dict[str, tuple[str, str]], re.Pattern[str], dict[str, tuple[str, str]], re.Pattern[str]
]:
    lx = lexicon()
    nat: dict[str, tuple[str, str]] = {}
    for name, n in lx.nationalities.items():
        for w in n.words:
            nat[w.lower()] = (name, n.country)
    lang: dict[str, tuple[str, str]] = {}
    for name, lg in lx.languages.items():
        for w in lg.words:
            lang[w.lower()] = (name, lg.code)
    return phrase_regex(nat), nat, phrase_regex(lang), lang, phrase_regex(lx.language_cues)


def find_people(text: str) -> list[PersonHit]:
    nat_re, nat, lang_re, lang, cue_re = _tables()
    out: list[PersonHit] = []
    windows: list[tuple[int, int]] = []
    for c in cue_re.finditer(text):
        lo, hi = c.end(), min(len(text), c.end() + CUE_WINDOW)
        stop = text.find("\n", lo, hi)
        hi = stop if stop > lo + 2 else hi
        windows.append((lo, hi))
        for m in lang_re.finditer(text, lo, hi):
            name, code = lang[m.group().lower()]
            out.append(PersonHit("language", code, m.start(), m.end(), {"name": name}))
    for m in nat_re.finditer(text):
        if any(lo <= m.start() < hi for lo, hi in windows):
            continue
        if _SERVICE_AFTER.search(text[m.end() : m.end() + 12]):
            continue
        name, country = nat[m.group().lower()]
        out.append(PersonHit("nationality", name, m.start(), m.end(), {"country": country}))
    out.sort(key=lambda h: h.start)
    return out
