"""One digit replaced by a mark, with its key beside the number (issue 14, session 33).

"+47 48 07 *6 *2 (* is three)", "+4# 72# 893 3#9 (# = null)", "Ring: 9X7 12 345 (X er fire)", "91 95 35 xx (x = sju)":
every mark of the run stands for the one digit its key gives. ``read_marked`` finds the key (an opening bracket, maybe a
word of ``numbers.yaml`` ``mask_again_words``, the mark, a verb of ``mark_is`` and one digit or one digit word, in
sv/no/da/en), the run right before it on its line, and writes the run with the digit in each mark's place (the key
blanked) only when the run as a whole is then one valid number (``valid``); a run the key names that does not validate
is blanked, so its digits are never read with the marks dropped. Without a key no mark is read (``masks`` completes a
mask whose digits are given as a group: "(xx = 67)"). The rewrite keeps the text's length, like ``masks``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from kartlegg.extract.lexicon import numbers
from kartlegg.extract.patterns import splice_first, word_alternation
from kartlegg.extract.spelled import word_digits

#: The marks one digit may be replaced by (lower-cased: "X" is "x").
_MARKS: Final = "x*#"
#: Between a run and its key: blanks and a dash or comma.
_GAP: Final = frozenset(" \t,-\u2013\u2014")
#: Digits the run gives once read (its code included).
MIN_DIGITS: Final = 7
MAX_DIGITS: Final = 15
#: Real digits the run needs beside its marks.
MIN_REAL: Final = 4


@functools.cache
def _key() -> re.Pattern[str] | None:
    """The key from its bracket on, lower-case: "(* is zero)", "(# = null)", "[x er 7]", "( hvor x = 5 )"; None
    without verbs. Matched only at the field's brackets (``read_marked``), never searched over the field."""
    nums = numbers()
    if not nums.mark_is:
        return None
    signs = [w for w in nums.mark_is if not w[:1].isalpha()]
    verbs = [w for w in nums.mark_is if w[:1].isalpha()]
    verb = "|".join(
        ([r"[" + "".join(re.escape(s) for s in signs) + r"]"] if signs else [])
        + ([r"(?:" + word_alternation(verbs) + r")(?![^\W\d_])"] if verbs else [])
    )
    opener = r"[(\[][ \t]*"
    if nums.mask_again_words:
        opener += r"(?:(?:" + word_alternation(nums.mask_again_words) + r")[ \t]+)?"
    return re.compile(
        opener + r"(?P<mark>[x*#])[ \t]*(?:" + verb + r")[ \t]*(?P<value>[0-9](?![0-9])|[^\W\d_]+)[ \t]*[)\]]?"
    )


def may_hold(text: str) -> bool:
    """Can ``text`` hold a key? The gate: a mark sign and a bracket (a few ``in`` tests)."""
    return ("*" in text or "#" in text or "x" in text or "X" in text) and ("(" in text or "[" in text)


def _brackets(low: str) -> list[int]:
    """Where "(" or "[" stands with a mark after it, blanks or a word of ``mask_again_words`` between allowed: the
    only places a key can open (``str.find`` per bracket, no pattern over the field)."""
    out: list[int] = []
    for sign in "([":
        i = low.find(sign)
        while i >= 0:
            k = i + 1
            while k < len(low) and low[k] in " \t":
                k += 1
            if k < len(low) and (low[k] in _MARKS or low[k].isalpha()):
                out.append(i)
            i = low.find(sign, i + 1)
    return sorted(out)


def _value(word: str) -> str | None:
    if "0" <= word[0] <= "9":
        return word
    got = word_digits(word)
    return got if got is not None and len(got) == 1 else None


def _run_before(low: str, end: int, mark: str) -> tuple[int, int] | None:
    """The run that ends right before ``end`` (a key's start): digits, the mark, blanks and " -.+()" on one line,
    opening with a digit, the mark or "+" after no letter or digit; None when there is none."""
    k = end
    while k > 0 and low[k - 1] in _GAP and end - k < 4:
        k -= 1
    e = k
    while k > 0 and (("0" <= low[k - 1] <= "9") or low[k - 1] == mark or low[k - 1] in " -.+()"):
        k -= 1
    while k < e and low[k] in " -.()":
        k += 1
    if k >= e or (k > 0 and low[k - 1].isalnum()):
        return None
    while e > k and low[e - 1] in " -.(":
        e -= 1
    return k, e


def read_marked(text: str, low: str, valid: Callable[[str], bool]) -> str | None:
    """``text`` with each run whose marks a key in the same sentence gives ("+36 7* **1 7445 (* is zero)") written
    with that digit in the marks' places and the key blanked, or the run blanked when it does not then validate as a
    whole; None when no key was found. ``low``: the text lower-cased (same length); ``valid``: digits ("+" kept in
    front) to True when one valid number of the ad's regions."""
    key = _key()
    if key is None:
        return None
    edits: list[tuple[int, int, str]] = []
    for at in _brackets(low):
        m = key.match(low, at)
        if m is None:
            continue
        digit = _value(m.group("value"))
        if digit is None:
            continue
        mark = m.group("mark")
        span = _run_before(low, m.start(), mark)
        if span is None:
            continue
        s, e = span
        raw = text[s:e]
        marks = [i for i, ch in enumerate(low[s:e]) if ch == mark]
        real = sum(1 for ch in raw if "0" <= ch <= "9")
        if not marks or real < MIN_REAL:
            continue
        if edits and s < edits[-1][1]:
            continue
        new = "".join(digit if low[s + i] == mark else ch for i, ch in enumerate(raw))
        digits = "".join(ch for ch in new if "0" <= ch <= "9")
        plus = raw.lstrip("(").startswith("+")
        if MIN_DIGITS <= len(digits) <= MAX_DIGITS and valid(("+" if plus else "") + digits):
            edits.append((s, e, new))
            edits.append((m.start(), m.end(), " " * (m.end() - m.start())))
        else:
            edits.append((s, e, " " * len(raw)))  # never the digits with the marks dropped
    if not edits:
        return None
    return splice_first(text, edits)
