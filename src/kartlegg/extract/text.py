"""Same-length text folding so that spans found in the folded text point at the raw text.

Full-width, mathematical, circled and other decimal digits become ASCII digits; full-width letters and
punctuation become ASCII. Every replacement is one character for one character, so ``start``/``end`` found
in the prepared text are valid in the original.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from typing import Final

#: Unicode format characters (category Cf) that exports wrap around a number or put before a system line: the
#: bidirectional marks, embeddings and isolates and the byte-order mark ("[…] ‪+47 41 43 69 63‬: hvor?"). No text:
#: a "+" after one opens a number (``phones._plus_opens``), and a chat export's kept sender label has them blanked
#: (``chat``). Folding keeps every offset, so they are read as separators, never dropped; the zero-width space and
#: joiners and the soft hyphen are not listed: inside a word they join it, inside a number they separate its digits.
FORMAT_CHARS: Final = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"

#: Characters with no glyph that a poster puts inside a number or an address to hide it from a filter: the
#: zero-width space, non-joiner and joiner, the word joiner and the soft hyphen ("0\u20608\u200c06 9\u200b35",
#: "anna\u200b@\u200bgmail\u200b.com"). Neither a number's grouping nor an address holds one: phones and e-mails
#: are read in the text without them (``visible``), their spans mapped back (``original_span``).
INVISIBLE: Final = "\u200b\u200c\u200d\u2060\u00ad"


def has_invisible(text: str) -> bool:
    """Does ``text`` hold an ``INVISIBLE`` character? (ASCII text cannot: one C-level test for most fields; each
    character written as a literal, so no one-character string is made per call, and a latin-1 text answers the
    wide ones without a scan.)"""
    return not text.isascii() and (
        "\u00ad" in text or "\u200b" in text or "\u200c" in text or "\u200d" in text or "\u2060" in text
    )


def visible(text: str) -> tuple[str, list[int]]:
    """``text`` without its ``INVISIBLE`` characters, and where each one was, as a position in the new text (in
    order, repeated for a run): ``original_span`` maps a span of the new text back with them."""
    parts: list[str] = []
    removed: list[int] = []
    pos = 0
    for i, c in enumerate(text):
        if c in INVISIBLE:
            parts.append(text[pos:i])
            removed.append(i - len(removed))
            pos = i + 1
    parts.append(text[pos:])
    return "".join(parts), removed


def original_span(start: int, end: int, removed: list[int]) -> tuple[int, int]:
    """Where the span ``start``-``end`` of ``visible``'s text is in the text as written: its first character and its
    last one moved past every character removed before them (no invisible character at either edge)."""
    return start + bisect.bisect_right(removed, start), end + bisect.bisect_left(removed, end)


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
    return _fold_wide(text)


@functools.cache
def _fold_marks() -> bytes:
    """A ``bytes.translate`` table for a text's latin-1 form (``_fold_wide``): "!" for "?" (each wider character
    is one "?") and for each latin-1 code point the fold table changes (¹²³), a blank for every other byte."""
    marks = bytearray(b" " * 256)
    marks[ord("?")] = ord("!")
    for cp in fold_table():
        if cp < 256:
            marks[cp] = ord("!")
    return bytes(marks)


def _fold_wide(text: str) -> str:
    """``text.translate(fold_table())``, with the table looked up only where it may change a character: each
    character above latin-1 and each latin-1 one the table holds (found with ``bytes.find`` in the text's latin-1
    form, "?" for each wider character).

    Why: ``str.translate`` of a text above ASCII looks every character up in the dict and raises and clears a
    ``KeyError`` for each one the table lacks (~600 instructions a character: 29 M for blind14's 219 such fields of
    1,500 ads, session 37); the table maps code points to single characters, so joining the kept stretches and the
    replacements gives the same string."""
    table = fold_table()
    marked = text.encode("latin-1", "replace").translate(_fold_marks())
    parts: list[str] = []
    last = 0
    p = marked.find(b"!")
    while p >= 0:
        new = table.get(ord(text[p]))
        if new is not None:
            parts.append(text[last:p])
            parts.append(new)
            last = p + 1
        p = marked.find(b"!", p + 1)
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def char_pairs(table: dict[int, str]) -> tuple[tuple[str, str], ...]:
    """A ``str.translate`` table of single characters to strings that hold none of its keys, as (key, value)
    pairs for ``swap_chars``; ValueError for a table that is not such a one (a value holding a key would be
    replaced again by a later pair, where ``translate`` replaces each character once)."""
    keys = {chr(k) for k in table}
    for value in table.values():
        if any(ch in keys for ch in value):
            raise ValueError(f"a value of the table holds one of its keys: {value!r}")
    return tuple((chr(k), v) for k, v in sorted(table.items()))


def swap_chars(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``text.translate(table)`` for the table ``pairs`` was made from (``char_pairs``): one ``str.replace`` for
    each key the text holds.

    Why: ``str.translate`` with a dict looks each character of a text above ASCII up in the dict, and of an ASCII
    text each different character, and raises and clears a ``KeyError`` for each one the table lacks (~600
    instructions each, session 37); a search for each of a few keys is a C loop over the text. The values hold no
    key, so no replacement is replaced again: the result is ``translate``'s."""
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def byte_table(table: Mapping[int, int | str]) -> bytes:
    """A ``bytes.translate`` table for ASCII text with ``table``'s replacements (``swap_ascii``; a table of
    ``str.maketrans``): every key and value is one ASCII character (ValueError otherwise); a byte the table lacks
    stays."""
    out = bytearray(range(256))
    for k, v in table.items():
        new = chr(v) if isinstance(v, int) else v
        if k > 127 or len(new) != 1 or not new.isascii():
            raise ValueError(f"not one ASCII character for one: {chr(k)!r} -> {new!r}")
        out[k] = ord(new)
    return bytes(out)


def swap_ascii(text: str, table: bytes, fallback: Mapping[int, int | str]) -> str:
    """``text.translate(fallback)``, where ``table`` is ``byte_table(fallback)``: an ASCII text (a run of digits and
    letters written for them) is translated as bytes, with no dict look-up and no ``KeyError`` for each different
    character the table lacks (why: ``swap_chars``); any other text by ``fallback``."""
    if text.isascii():
        return text.encode("ascii").translate(table).decode("ascii")
    return text.translate(fallback)


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
