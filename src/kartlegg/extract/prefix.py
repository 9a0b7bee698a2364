"""A number's first digits written after the rest (issue 14, session 31).

"Kun SMS: 11 3941 – start med 95", "Reservations: 406 0452, area code 070 first", "Bokning: 797 5892, börjar på 076",
"Tlf. 66 5270 (første cifre 60)": a filter sees two short numbers, a reader one. ``read_prefix`` writes the prefix and
the run as one number where the clause stood (same length, as ``order.read_order`` does), only when a word of
``numbers.yaml`` ``prefix_cues`` (sv/no/da/en) stands between them and the prefix and the run together are one valid
number (``mobile``, the caller's check with the ad's regions: since session 32 a mobile or a fixed line, a clinic's
landline "18 52 10 (starts with 23)" too). The prefix may be a country code ("71 19 01 61 3 (starts with +40)"), and the
run up to seven groups. Without a cue nothing is joined: digits that merely follow each other are read as the scanner
always read them, and the run is never read alone where a cue and a prefix follow it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from kartlegg.extract.lexicon import numbers
from kartlegg.extract.patterns import ascii_digits, digit_anchored, digit_runs, splice, word_alternation

#: Digits the run and the prefix together may have (with a code, without "+").
MIN_JOINED: Final = 7
MAX_JOINED: Final = 15


@functools.cache
def _pattern() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The clause (run, cue, prefix, maybe a closing word) on the lower-cased text, and one word of each cue (the
    longest: the text's words holding none means no search)."""
    nums = numbers()
    if not nums.prefix_cues:
        return None, frozenset()
    closers = ""
    if nums.prefix_closers:
        closers = r"(?:[ \t]+(?:" + word_alternation(nums.prefix_closers) + r")(?![^\W\d_]))?"
    pattern = re.compile(
        r"(?<![\w+])(?P<run>[0-9]{1,4}(?:[ .\-][0-9]{1,4}){0,6})(?![0-9])"
        r"[ \t]*[,;:\-\u2013\u2014(]{0,2}[ \t]*(?<![^\W\d_])(?:"
        + word_alternation(nums.prefix_cues)
        + r")(?![^\W\d_])[ \t]*[:=]?[ \t]*(?P<pre>\+?[0-9]{1,4})(?![0-9])"
        + closers
        + r"(?:[ \t]*\))?"
    )
    keys = frozenset(max(p.lower().split(), key=len) for p in nums.prefix_cues if p.strip())
    return pattern, keys


@functools.cache
def _cue_heads() -> tuple[str, ...] | None:
    """The first word of each cue (lower-cased), or None when one opens with a character of ``_BEFORE_CUE``: then a
    cue's start is not where ``_cued_starts`` looks, and every digit run is tried."""
    heads = {p.lower().split()[0] for p in numbers().prefix_cues if p.strip()}
    if any(h[0] in _BEFORE_CUE for h in heads):
        return None
    return tuple(sorted(heads))


#: The characters ``_pattern`` allows from a clause's start to its cue: the run's ASCII digits and separators, then
#: blanks and the signs before a cue.
_BEFORE_CUE: Final = "0123456789 .-\t,;:\u2013\u2014("


def _cued_starts(low: str, starts: list[int], heads: tuple[str, ...]) -> list[int]:
    """The ``starts`` (in order) from which a clause can reach its cue. Every character from a clause's start to its
    cue is one of ``_BEFORE_CUE`` and no cue opens with one, so the cue starts at the first other character: one of
    ``heads`` must start there. A necessary condition, read before the pattern is tried (~4 k instructions a try;
    session 35); each character is read once (a start inside the last stretch shares its end)."""
    n = len(low)
    out: list[int] = []
    c = -1
    for s in starts:
        if s > c:
            c = s
            while c < n and low[c] in _BEFORE_CUE:
                c += 1
        if low.startswith(heads, c):
            out.append(s)
    return out


def read_prefix(text: str, low: str, words: set[str] | frozenset[str], mobile: Callable[[str], bool]) -> str | None:
    """``text`` with each number whose prefix is written after its rest written in order where the clause stood;
    None when none was. ``low``: the text lower-cased (same length); ``words``: its lower-case letter runs;
    ``mobile``: digits ("+" kept in front) to True when they are one valid mobile number of the ad's regions."""
    pattern, keys = _pattern()
    if pattern is None or words.isdisjoint(keys):
        return None
    edits: list[tuple[int, int, str]] = []
    starts = digit_runs(low)
    heads = _cue_heads()
    if heads is not None:
        starts = _cued_starts(low, starts, heads)
    for m in digit_anchored(pattern, low, starts):  # the clause opens at a digit run's start
        pre = m.group("pre")
        run = ascii_digits(m.group("run"))
        if len(run) < 4:
            continue
        number = ("+" if pre.startswith("+") else "") + ascii_digits(pre) + run
        if not MIN_JOINED <= len(number.lstrip("+")) <= MAX_JOINED or not mobile(number):
            continue
        start = m.start("run")
        edits.append((start, m.end(), number.ljust(m.end() - start)))
    if not edits:
        return None
    return splice(text, edits)


def warm_up() -> None:
    """Compile the pattern now (``api.warm_up``): made at the start, it is kept by the start cache."""
    _pattern()
