"""A number written as prose, its groups listed like items after a contact word (issue 14, session 32).

"Call me: +5732, 1354 and 1473", "Kontakta mig på: 070, 577 och 2185", "Ring meg: 48, 611 og 845": a filter sees
three short numbers, a reader one. ``read_prose`` writes the groups as one number where the list stood (same length,
as ``order.read_order`` does), only when the list's last group follows a word of ``numbers.yaml`` ``prose_joiners``
(sv/no/da/en: "og", "och", "and", "&"), a contact word (``furniture.yaml`` ``contact_cues``) stands before it on its
line, no unit or currency follows it ("500, 1000 og 1500 kr" are prices) and the groups together are one valid number
(``valid``: the caller's check with the ad's regions). A list of two groups needs the "+" or "00" of a country code
before it ("+47 912 og 34567"): two bare groups joined by "and" are too often two things.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from kartlegg.extract.letters import CUE_REACH, contact_cued
from kartlegg.extract.lexicon import numbers
from kartlegg.extract.order import amount_after
from kartlegg.extract.patterns import ascii_digits, digit_anchored, digit_runs, splice, word_alternation
from kartlegg.extract.signs import has_sign

#: Digits the groups together may have (with a code, without "+").
MIN_JOINED: Final = 7
MAX_JOINED: Final = 15


@functools.cache
def _pattern() -> tuple[re.Pattern[str] | None, frozenset[str], bool]:
    """The list (groups joined by commas, the last by a joiner) on the lower-cased text, the joiners that are
    words (one of them among the text's words opens the search) and whether a sign ("&") is one."""
    joiners = numbers().prose_joiners
    if not joiners:
        return None, frozenset(), False
    words = frozenset(w.lower() for w in joiners if w.isalpha())
    signs = any(not w.isalpha() for w in joiners)
    pattern = re.compile(
        r"(?<![\w.,])[0-9]{1,5}(?:,[ \t]?[0-9]{1,5}){0,4}(?![0-9])"
        r"[ \t]*,?[ \t]+(?:" + word_alternation(joiners) + r")[ \t]+[0-9]{1,5}(?![\w.,]?[0-9])(?![^\W\d_])"
    )
    return pattern, words, signs


def read_prose(text: str, low: str, words: set[str] | frozenset[str], valid: Callable[[str], bool]) -> str | None:
    """``text`` with each number written as a list of groups after a contact word written as one number where the
    list stood; None when none was. ``low``: the text lower-cased (same length); ``words``: its lower-case letter
    runs; ``valid``: digits ("+" or "00" kept in front) to True when they are one valid number of the ad's
    regions."""
    pattern, joiner_words, signs = _pattern()
    if pattern is None or "," not in low or (words.isdisjoint(joiner_words) and not (signs and "&" in low)):
        return None
    if not _digits_joined(low):
        return None
    edits: list[tuple[int, int, str]] = []
    for m in digit_anchored(pattern, low, digit_runs(low)):  # the list opens at a digit run's start
        s, e = m.span()
        plus = low.rfind("+", max(0, s - 2), s)  # "+5732, 1354 and 1473", "+ 47 ...": the code's sign before
        if plus >= 0 and low[plus + 1 : s].strip(" \t"):
            plus = -1
        groups = re.findall(r"[0-9]+", low[s:e])
        if len(groups) < (2 if plus >= 0 else 3):
            continue
        number = ("+" if plus >= 0 else "") + ascii_digits("".join(groups))
        if plus >= 0:
            s = plus
        if not MIN_JOINED <= len(number.lstrip("+")) <= MAX_JOINED:
            continue
        if amount_after(low, e) or not cued_before(text, s) or not valid(number):
            continue
        edits.append((s, e, number.ljust(e - s)))
    if not edits:
        return None
    return splice(text, edits)


def _digits_joined(low: str) -> bool:
    """Does a joiner stand between two digits anywhere in ``low`` ("48, 611 og 845")? The cheap question before the
    pattern: a string search per joiner, a look at each side of each occurrence."""
    n = len(low)
    for w in _joiner_forms():
        p = low.find(w)
        while p >= 0:
            b = p - 1
            while b >= 0 and low[b] in " ,":
                b -= 1
            a = p + len(w)
            if b >= 0 and "0" <= low[b] <= "9" and a < n and "0" <= low[a] <= "9":
                return True
            p = low.find(w, p + 1)
    return False


@functools.cache
def _joiner_forms() -> tuple[str, ...]:
    """Each joiner with a blank on each side (" og "), as ``_digits_joined`` looks for it."""
    return tuple(sorted(" " + w.lower() + " " for w in numbers().prose_joiners))


def cued_before(text: str, start: int) -> bool:
    """Does a contact word or a phone sign ("📞:", "☎") stand before ``start`` on its line (``letters``' reach)? Also
    ``splits.find_field_split``'s check of a first half."""
    if contact_cued(text, start):
        return True
    line = text.rfind("\n", 0, start) + 1
    return has_sign(text[max(line, start - CUE_REACH) : start])


def warm_up() -> None:
    """Compile the pattern now (``api.warm_up``): made at the start, it is kept by the start cache."""
    _pattern()
