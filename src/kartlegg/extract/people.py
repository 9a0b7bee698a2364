"""Nationality mentions ("rumänsk tjej", "Nationality: Ukrainian") and languages the person speaks."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Final

from kartlegg.extract.lexicon import lexicon
from kartlegg.extract.patterns import PhraseMatcher, key, lower_same_length

#: Nationality adjectives that in these ads usually name a service, not a person.
_SERVICE_AFTER: Final = re.compile(
    r"(?i)^[ \t\-]{0,2}(?:massage|massasje|massør|kiss|kyss|style|stil|tantra|sauna|bastu)"
)
#: How far after a language cue ("Languages:", "talar") the spoken languages are read.
CUE_WINDOW: Final = 80


@dataclass(init=False, unsafe_hash=True, slots=True)
class PersonHit:
    kind: str
    value: str
    start: int
    end: int
    detail: dict[str, Any]

    # written out: mypyc compiles it, while the one @dataclass generates runs interpreted (~0.9 µs a hit)
    def __init__(self, kind: str, value: str, start: int, end: int, detail: dict[str, Any]) -> None:
        self.kind = kind
        self.value = value
        self.start = start
        self.end = end
        self.detail = detail


@functools.cache
def _tables() -> tuple[
    PhraseMatcher, dict[str, tuple[str, str]], PhraseMatcher, dict[str, tuple[str, str]], PhraseMatcher
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
    return PhraseMatcher(nat), nat, PhraseMatcher(lang), lang, PhraseMatcher(lx.language_cues)


@functools.cache
def _trigger() -> frozenset[str]:
    lx = lexicon()
    words = [w for n in lx.nationalities.values() for w in n.words] + list(lx.language_cues)
    return frozenset(w.lower().split(" ")[0] for w in words)


def find_people(text: str, words: set[str] | None = None, low: str | None = None) -> list[PersonHit]:
    if words is not None and words.isdisjoint(_trigger()):
        return []
    nat_re, nat, lang_re, lang, cue_re = _tables()
    low = low if low is not None else lower_same_length(text)
    out: list[PersonHit] = []
    windows: list[tuple[int, int]] = []
    for _cs, ce in cue_re.find(low, words):
        lo, hi = ce, min(len(text), ce + CUE_WINDOW)
        # the list of languages ends at the line or sentence end
        ends = [i for i in (text.find("\n", lo, hi), text.find(". ", lo, hi), text.find("!", lo, hi)) if i > lo + 2]
        hi = min(ends, default=hi)
        windows.append((lo, hi))
        for s, e in lang_re.find(low[:hi]):
            if s < lo:
                continue
            name, code = lang[key(text[s:e])]
            out.append(PersonHit("language", code, s, e, {"name": name}))
    for s, e in nat_re.find(low, words):
        if any(lo <= s < hi for lo, hi in windows):
            continue
        if _SERVICE_AFTER.search(text[e : e + 12]):
            continue
        name, country = nat[key(text[s:e])]
        out.append(PersonHit("nationality", name, s, e, {"country": country}))
    out.sort(key=lambda h: h.start)
    return out
