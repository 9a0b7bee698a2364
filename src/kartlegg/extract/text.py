"""Same-length text folding so that spans found in the folded text point at the raw text.

Full-width, mathematical, circled and other decimal digits become ASCII digits; full-width letters and
punctuation become ASCII. Every replacement is one character for one character, so ``start``/``end`` found
in the prepared text are valid in the original.
"""

from __future__ import annotations

import functools
import re
from typing import Final

#: Unicode format characters (category Cf) that exports wrap around a number or put before a system line: the
#: bidirectional marks, embeddings and isolates and the byte-order mark ("[…] ‪+47 41 43 69 63‬: hvor?"). No text:
#: a "+" after one opens a number (``phones._plus_opens``), and a chat export's kept sender label has them blanked
#: (``chat``). Folding keeps every offset, so they are read as separators, never dropped; the zero-width space and
#: joiners and the soft hyphen are not listed: inside a word they join it, inside a number they separate its digits.
FORMAT_CHARS: Final = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"

#: Longest field read; the rest of a hostile megabyte ad is ignored (time and memory bound).
MAX_FIELD_CHARS: Final = 100_000


@functools.cache
def fold_table() -> dict[int, str]:
    """The ``str.translate`` table of ``prepare``: every code point it changes, to its one ASCII character."""
    t: dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        t[cp] = chr(cp - 0xFEE0)
    blocks = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6]
    for base in blocks:
        for d in range(10):
            t[base + d] = str(d)
    for d in range(1, 10):
        t[0x2460 + d - 1] = str(d)  # circled
        t[0x2776 + d - 1] = str(d)  # dingbat negative circled
        t[0x2780 + d - 1] = str(d)
        t[0x278A + d - 1] = str(d)
    t[0x24EA] = "0"
    t[0x24FF] = "0"
    # superscript and subscript digits and signs ("+⁴⁶ ⁷² ⁰¹⁹ ⁸⁸ ⁸²", "₀₇₀"); ¹²³ are latin-1: they are folded only in a
    # text with a wider character the table changes (``prepare``), as in a superscript number with any other digit
    # ("m²" and "m² 💋" stay as written, as ``patterns.scan`` reads them)
    for d, cp in enumerate((0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079)):
        t[cp] = str(d)
    for d in range(10):
        t[0x2080 + d] = str(d)
    t[0x207A] = t[0x208A] = "+"
    t[0x207B] = t[0x208B] = "-"
    t[0x207D] = t[0x208D] = "("
    t[0x207E] = t[0x208E] = ")"
    # small and ideographic forms of "@" and "." that spell an address past a filter ("anna﹫gmail。com")
    t[0xFE6B] = "@"
    t[0xFE52] = "."
    t[0x3002] = "."
    t[0xFF61] = "."
    return t


def prepare(text: str) -> str:
    """Fold look-alike digit and letter forms to ASCII, keeping the length (and so every offset)."""
    if len(text) > MAX_FIELD_CHARS:
        text = text[:MAX_FIELD_CHARS]
    if is_latin1(text) or not _needs_fold().search(text):
        return text
    return text.translate(fold_table())


def is_latin1(text: str) -> bool:
    """Is every character below U+0100? Such text has nothing to fold (the table starts at U+0660 but for ¹²³,
    folded only beside a wider digit) and its only decimal digits are 0-9. The encoder copies latin-1 text as it is,
    so this is far cheaper than ``max(text)`` (which compares character by character) and stops at the first wider
    character."""
    if text.isascii():
        return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


#: The lowest code point above latin-1 the table changes: text below it (Latin letters, å, ä, ö, æ, ø) needs no
#: folding (the latin-1 superscripts ¹²³ are folded only beside a wider character the table changes).
_FIRST_FOLDED: Final = "\u0660"


@functools.cache
def _needs_fold() -> re.Pattern[str]:
    """Any character the table changes, as a class of ranges (a class of single astral characters is slow)."""
    cps = sorted(cp for cp in fold_table() if cp > 0xFF)
    assert chr(cps[0]) == _FIRST_FOLDED
    ranges: list[tuple[int, int]] = []
    for c in cps:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    body = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    return re.compile("[" + body + "]")
