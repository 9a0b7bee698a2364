"""The person's stated age, in sv/no/da/en: "22 år", "22yo", "Age: 22", "tjugotvå år", "22-årig".

Not "18+" / "over 18" / "18 years or older" disclaimers, not prices, heights or years of experience.
Ages from 15 up are kept: a stated age under 18 is exactly what an analyst must see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from kartlegg.extract.numwords import compose, segment
from kartlegg.extract.patterns import (
    decimal_at,
    digit_anchored,
    digit_runs,
    lower_is_caseless,
    lower_same_length,
    search_word_start,
)

MIN_AGE: Final = 15
MAX_AGE: Final = 79
#: The widest range of ages still read as hers ("22-24 år"); a wider one names the ages of those she seeks or a
#: recruiter wants ("Ønsker kontakt med: menn 35–75 år", "ladies between 18-35 years of age"), never her own.
MAX_AGE_SPAN: Final = 15

# the look-ahead names the characters every unit starts with: a number without a unit fails at once instead of
# trying each spelling
_UNIT: Final = (
    r"(?=[yåa\-])(?:years?[ \t]{0,2}old|yrs?\.?[ \t]{0,2}old|years?[ \t]of[ \t]age|yrs?\b\.?|years?\b|y\.o\.?|y/o|yo\b|"
    r"år[ \t]gammel|år[ \t]gammal|år[ \t]ung|år(?:ig|ing|s)?\b|aar\b|-?årig\w{0,2}|-?aarig\w{0,2})"
)
_LABEL_BODY: Final = (
    r"(?:poster'?s[ \t]age|age|ålder|alder|edad|alter|âge|vek|wiek)\s{0,4}[:=\-–]?\s{0,4}"
    r"(\d{2})(?:[ \t]{0,2}[-–][ \t]{0,2}(\d{2}))?(?![\d+%])(?![ \t]?(?:cm|kg|lbs?|kr|sek|nok|dkk|\$|€|min))"
)
_LABEL: Final = re.compile(r"(?i)(?=[paåevwâ])(?<![^\W_])" + _LABEL_BODY)
#: ``_LABEL`` for lower-cased text (``lower_is_caseless``): no IGNORECASE and no left boundary (checked in Python by
#: ``search_word_start``), so it opens with literals and the engine skips to the characters a label starts with
_LABEL_LOWER: Final = re.compile(_LABEL_BODY)
# starts with the digits (the engine skips to them); the character before is checked in Python
_NUMUNIT: Final = re.compile(r"(?i)(\d{2})(?:[ \t]{0,2}[-–][ \t]{0,2}(\d{2}))?[ \t]{0,2}(?:-[ \t]?)?" + _UNIT)
_NOT_BEFORE_NUMBER: Final = frozenset("0123456789.,'’/$€£")
#: What ``_NUMUNIT`` needs after its two digits and up to two blanks: a range dash, or the first character of a unit
#: (``_UNIT``'s look-ahead ``[yåa\-]`` under IGNORECASE; "\u212b" is the Ångström sign, which folds to "å").
_NUMUNIT_NEXT: Final = frozenset("-–yYåÅaA\u212b")
# run over lower-cased text: no (?i) and every alternative opens with a literal, so the engine jumps straight to
# "å", "y" and "-" ("-årig|årig" is "-?årig" spelled so)
_WORD_UNIT: Final = re.compile(r"(?:år|years?[ \t]old|yo|-årig|årig)(?!\w)")
_WORDS_BEFORE: Final = re.compile(r"(?<![^\W_])([^\W\d_]{3,24}(?:[ \t\-][^\W\d_]{2,12})?)[ \t]{0,2}-?$")
_LABEL_WORDS: Final = frozenset({"age", "ålder", "alder", "edad", "alter", "âge", "vek", "wiek"})
#: The words a label opens with (``_LABEL_BODY``'s spellings: "poster's age", "posters age" and the labels).
_LABEL_FIRST_WORDS: Final = ("poster", "posters", *sorted(_LABEL_WORDS))
#: "I am" cues, each with the word an ad must contain for the cue to be in it.
_IAM_CUES: Final = (
    ("i'm", "i"),
    ("i’m", "i"),
    ("i am", "i"),
    ("jag är", "jag"),
    ("jag e", "jag"),
    ("jeg er", "jeg"),
    ("im", "im"),
)
_IAM_TAIL: Final = re.compile(
    r"(?i)[ \t]{1,3}(?:only[ \t]|bara[ \t]|kun[ \t])?"
    r"(\d{2})(?![\d'’\"+%/.,:]|[ \t]?(?:cm|kg|lbs?|ft|feet|inch|kr|sek|\$|€|x\d|-\d|min|h\b|hr|hour|tim|timer|%))"
)
#: Words right before a number that make it no age ("over 18", "for 5 years", "since 2019"), matched as the
#: end of the text before it (lower-case, tabs as spaces, followed by 1-3 blanks).
_EXCL_BEFORE: Final = (
    "over",
    "above",
    "under",
    "least",
    "must be",
    "minst",
    "över",
    "mindst",
    "fyllt",
    "fylt",
    "fyldt",
    "minimum",
    "atleast",
    "older than",
    "äldre än",
    "eldre enn",
    "ældre end",
    "for",
    "in",
    "since",
    "sedan",
    "siden",
    "i",
    "om",
    "last",
    "past",
    "after",
    "efter",
    "etter",
    "of the",
    "age of",
)
#: Words right after it ("18+", "18 or older", "5 years of experience"), after at most 3 blanks.
_EXCL_AFTER: Final = (
    "+",
    "or older",
    "or over",
    "or above",
    "and older",
    "and over",
    "and up",
    "eller äldre",
    "eller eldre",
    "eller ældre",
    "of experience",
    "experience",
    "erfarenhet",
    "erfaring",
    "i branschen",
    "in the business",
    "in business",
)


@dataclass(init=False, unsafe_hash=True, slots=True)
class AgeHit:
    age: int
    start: int
    end: int
    #: the lower bound of a range too wide to be hers (``MAX_AGE_SPAN``): an age the ad states, not her age
    wide: bool

    # written out: mypyc compiles it, while the one @dataclass generates runs interpreted (~0.9 µs a hit)
    def __init__(self, age: int, start: int, end: int, wide: bool = False) -> None:
        self.age = age
        self.start = start
        self.end = end
        self.wide = wide


def _excluded_after(after: str) -> bool:
    rest = after.lstrip(" \t")
    return len(after) - len(rest) <= 3 and rest.lower().replace("\t", " ").startswith(_EXCL_AFTER)


def _excluded(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20) : start]
    core = before.rstrip(" \t")
    if 1 <= len(before) - len(core) <= 3 and core.lower().replace("\t", " ").endswith(_EXCL_BEFORE):
        return True
    return _excluded_after(text[end : end + 25])


def _word_value(words: str) -> int | None:
    pieces = [p for w in re.split(r"[ \t\-]", words) for p in segment(w)]
    if not pieces or any(p.kind in ("o", "l", "d") for p in pieces):
        return None
    units = compose(pieces)
    if len(units) != 1:
        # "tjugo två" reads as one number only when composed; a lone last word ("är tjugotvå") is fine
        units = compose([p for w in re.split(r"[ \t\-]", words)[-1:] for p in segment(w)])
        if len(units) != 1:
            return None
    digits = units[0][0]
    return int(digits) if digits.isdigit() else None


_TRIGGER_WORDS: Final = frozenset(
    "år ar aar årig åring yo yrs yr year years age ålder alder edad alter âge im i jag jeg old gammel gammal".split()
)
_WORD_AGE_UNITS: Final = frozenset({"år", "years", "year", "yo", "årig", "old"})
_TRIGGER_GLUED: Final = re.compile(r"\d(?:yo|yr|år|y/o|y\.o|-år|aar|-aar)", re.IGNORECASE)


def _two_digit_runs(text: str, digits: list[int]) -> list[int]:
    """The digit runs of exactly two digits that a dash or a unit follows: the only ones ``_NUMUNIT`` can match at.
    It takes two digits, at most two blanks, then a range dash or a unit (``_NUMUNIT_NEXT``), never a third digit:
    most two-digit runs (times, prices, numbers in a list) fail this test, and the pattern (~1 µs a try, even
    when it fails) is not tried there."""
    n = len(text)
    out: list[int] = []
    for d in digits:
        e = d + 2
        if e >= n or not decimal_at(text, d + 1) or decimal_at(text, e):
            continue
        while e < n and e < d + 4 and (text[e] == " " or text[e] == "\t"):
            e += 1
        if e < n and text[e] in _NUMUNIT_NEXT:
            out.append(d)
    return out


def _label_matches(text: str, low: str, words: set[str] | None = None) -> Iterator[re.Match[str]]:
    """``_LABEL.finditer(text)``, found in ``low`` (``text`` lower-cased) by ``_LABEL_LOWER`` when the text has no
    case trap: the same spans and groups (the digits are the same characters in both).

    ``words``: the letter runs of ``low``, when the caller has them. A label opens with a whole word of the text
    (a blank, a sign or a digit follows each of its first words), so the pattern is tried only where such a word
    starts (``str.find``), not run over the whole text."""
    if not lower_is_caseless(text):
        yield from _LABEL.finditer(text)
        return
    if words is None:
        pos = 0
        while (m := search_word_start(_LABEL_LOWER, low, pos)) is not None:
            yield m
            pos = m.end()
        return
    last = 0
    for p in _word_starts(low, [w for w in _LABEL_FIRST_WORDS if w in words]):
        if p >= last and (m := _LABEL_LOWER.match(low, p)) is not None:
            last = m.end()
            yield m


def _word_starts(low: str, first: list[str]) -> list[int]:
    """Where one of ``first`` occurs in ``low`` after no letter or digit, in order."""
    found: set[int] = set()
    for w in first:
        p = low.find(w)
        while p >= 0:
            if not p or not low[p - 1].isalnum():
                found.add(p)
            p = low.find(w, p + 1)
    return sorted(found)


def _word_units(low: str) -> list[re.Match[str]]:
    """``list(_WORD_UNIT.finditer(low))``, with the pattern tried only where a unit can start: at an "år" (or the
    dash before it), a "yo" that no word character follows, a "year" (found with ``str.find``). Run over the whole
    text the pattern stops at every "y", "å" and "-"."""
    starts: list[int] = []
    p = low.find("år")
    while p >= 0:
        if p and low[p - 1] == "-":
            starts.append(p - 1)
        starts.append(p)
        p = low.find("år", p + 1)
    n = len(low)
    p = low.find("yo")
    while p >= 0:
        if p + 2 >= n or not (low[p + 2].isalnum() or low[p + 2] == "_"):
            starts.append(p)
        p = low.find("yo", p + 1)
    p = low.find("year")
    while p >= 0:
        starts.append(p)
        p = low.find("year", p + 1)
    starts.sort()
    out: list[re.Match[str]] = []
    last = 0
    for p in starts:
        if p >= last and (m := _WORD_UNIT.match(low, p)) is not None:
            last = m.end()
            out.append(m)
    return out


def find_ages(
    text: str, words: set[str] | None = None, digits: list[int] | None = None, low: str | None = None
) -> list[AgeHit]:
    """``words``, ``digits`` (``patterns.digit_runs``) and ``low`` (lower-cased text): the text's, when the
    caller has them."""
    if words is not None and words.isdisjoint(_TRIGGER_WORDS) and not _TRIGGER_GLUED.search(text):
        return []
    if digits is None:
        digits = digit_runs(text)
    hits: list[AgeHit] = []
    seen: set[int] = set()

    def add(value: int, start: int, end: int, wide: bool = False) -> None:
        if MIN_AGE <= value <= MAX_AGE and start not in seen:
            seen.add(start)
            hits.append(AgeHit(value, start, end, wide))

    if low is None:
        low = lower_same_length(text)
    regexes = []
    if words is None or not words.isdisjoint(_LABEL_WORDS):
        regexes.append(_LABEL)
    regexes.append(_NUMUNIT)
    for cue, word in _IAM_CUES:
        if words is not None and word not in words:
            continue
        pos = low.find(cue)
        while pos >= 0:
            if not pos or not (low[pos - 1].isalnum() or low[pos - 1] == "_"):
                m = _IAM_TAIL.match(text, pos + len(cue))
                if m and not _excluded(text, m.start(1), m.end()):
                    add(int(m.group(1)), m.start(1), m.end(1))
            pos = low.find(cue, pos + 1)
    for rx in regexes:
        # a stated age is exactly two digits ("22 år"): at the start of a longer or shorter run of digits the
        # number-unit pattern fails at once (no unit starts with a digit), so it is tried at every run
        for m in (
            _label_matches(text, low, words)
            if rx is _LABEL
            else digit_anchored(rx, text, _two_digit_runs(text, digits))
        ):
            if rx is _NUMUNIT and m.start() and text[m.start() - 1] in _NOT_BEFORE_NUMBER:
                continue
            ranged = bool(m.lastindex and m.lastindex >= 2 and m.group(2))
            if m.start(1) in seen and not ranged:
                continue  # read already ("I am 22 years old"): nothing to add, so nothing to exclude
            if rx is not _LABEL and _excluded(text, m.start(1), m.end()):
                continue
            if rx is _LABEL and _excluded_after(text[m.end() : m.end() + 25]):
                continue
            if ranged:
                lo, hi = int(m.group(1)), int(m.group(2))
                # "menn 35–75 år", "ladies between 18-35 years": the ages she seeks or a recruiter wants, kept as
                # an age the ad states (its lower bound) but not as hers (``wide``, session 43)
                wide = hi > lo + MAX_AGE_SPAN
                add(lo, m.start(1), m.end(1), wide)
                if lo < hi and not wide:
                    add(hi, m.start(2), m.end(2))
                continue
            add(int(m.group(1)), m.start(1), m.end(1))
    if words is None or not words.isdisjoint(_WORD_AGE_UNITS):
        # number words before an age unit: find the unit, then read the one or two words before it
        for u in _word_units(low):
            if u.start() and (text[u.start() - 1].isalnum() and text[u.start() - 1] != " "):
                continue
            lo = max(0, u.start() - 40)
            k = u.start()
            while k > lo and text[k - 1] in " \t-":
                k -= 1
            if k == lo or not text[k - 1].isalnum() or text[k - 1].isdecimal():
                continue  # no word right before the unit ("23 år"): the search below cannot match
            wm = _WORDS_BEFORE.search(text, lo, u.start())
            if not wm:
                continue
            value = _word_value(wm.group(1))
            if value is None or _excluded(text, wm.start(1), u.end()):
                continue
            add(value, wm.start(1), wm.end(1))
    hits.sort(key=lambda h: h.start)
    return hits
