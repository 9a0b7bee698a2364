"""A range of prices read as one number (session 32): "Ønsket lommepenger: 3500–7000 kr/mnd", "Allowance: 4000-8000
SEK/month", "€300 – 500 per hour", "SEK 2 000-3 000". Two amounts joined by a dash (any dash) are read by the phone
reader as one eight-digit run; with a currency or a period after them (``price_periods`` of ``data/furniture.yaml``,
the currencies and durations of ``data/lexicon.yaml``) or a currency before, they are prices, never a number.

A range rises and stays within a factor of ``MAX_RATIO`` (2 500–5 000, not 412–34 567), and neither amount opens with
a 0: a number's dashed groups ("070-123 45 67", "412-34 567") are no range. Asked only for a run that holds a dash, on
the run's own line.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from kartlegg.extract.lexicon import furniture_words, lexicon
from kartlegg.extract.patterns import trie_pattern

#: The dashes a range is written with: hyphen-minus, figure dash, en dash, em dash, minus sign.
DASHES: Final = "-\u2012\u2013\u2014\u2212"
#: The highest amount of a range is at most this many times its lowest.
MAX_RATIO: Final = 10
#: Characters read around the run on its line.
_REACH: Final = 24
_AMOUNT: Final = r"([1-9]\d{0,2}(?:[ .,\u00a0]\d{3})+|[1-9]\d{1,5})"
#: What joins an amount and the period it is asked per ("/mnd", "per month", "i timen", "a night", "om dagen").
_PER: Final = r"(?:/|(?:per|pr\.?|i|om|a|à|each|every|hver|varje)[ \t])"


@functools.cache
def _range() -> re.Pattern[str]:
    cur = lexicon().currencies
    words = trie_pattern(sorted({c.lower() for c in cur if c[0].isalpha()}))
    signs = trie_pattern(sorted(c for c in cur if not c[0].isalpha()))
    table = furniture_words().price_periods
    periods = {w for ws in table.values() for w in ws} | {d.lower() for d in lexicon().durations}
    period = trie_pattern(sorted(periods))
    currency = r"(?:(?<![^\W_])" + words + r"(?![^\W_])|" + signs + ")"
    dash = "[" + DASHES + "]"
    after = r"(?:" + currency + r"|" + _PER + r"[ \t]?" + period + r"(?![^\W_]))"
    return re.compile(
        r"(?i)(?<![\d.,])(" + currency + r"[ \t]?)?" + _AMOUNT + r"[ \t]?" + dash + r"[ \t]?" + _AMOUNT + r"(?![\d])"
        r"(?:[ \t]?(" + after + "))?"
    )


#: What a currency or a period after a range opens with: a letter, or one of these ("/mnd", ":-", ",-", "€").
_AFTER_SIGNS: Final = "/:,$€£"


def _may_border(text: str, ls: int, start: int, end: int) -> bool:
    """Can a currency or period follow the run (a letter or a sign right after it, a blank allowed), or a currency
    precede it (a letter or sign right before it)? A cheap test that spares the pattern for a number at a line's end
    or before a bracket, most dashed numbers."""
    k = end
    if k < len(text) and text[k] in " \t\u00a0":
        k += 1
    if k < len(text) and (text[k].isalpha() or text[k] in _AFTER_SIGNS):
        return True
    k = start - 1
    if k >= ls and text[k] in " \t\u00a0":
        k -= 1
    return k >= ls and (text[k].isalpha() or text[k] in _AFTER_SIGNS)


def warm_up() -> None:
    """Compile the range pattern before any ad: a start compiles it once and the start cache keeps it."""
    _range()


def _amount(s: str) -> int:
    return int("".join(c for c in s if c.isdigit()))


def in_price_range(text: str, ls: int, start: int, end: int, raw: str) -> bool:
    """Does the run ``text[start:end]`` (written ``raw``), on the line that starts at ``ls``, lie in a range of prices
    ("3500–7000 kr/mnd")? False at once for a run without a dash."""
    if "-" not in raw and "\u2013" not in raw and "\u2014" not in raw and "\u2012" not in raw and "\u2212" not in raw:
        return False
    if not _may_border(text, ls, start, end):
        return False
    le = text.find("\n", end)
    le = len(text) if le < 0 else min(le, end + _REACH)
    for m in _range().finditer(text, max(ls, start - _REACH), le):
        if m.start() >= end or m.end() <= start or not (m.group(1) or m.group(4)):
            continue
        lo, hi = _amount(m.group(2)), _amount(m.group(3))
        if lo <= hi <= MAX_RATIO * lo:
            return True
    return False
