"""Markup that splits a number, and a number written as hashtags (issue 14, session 38).

A search engine's result page highlights the words of the query in the snippet, and a number in it comes out split
by the tags ("Tlf: <b>48</b> 97 <b>79</b> 82", "Ring: <b>076-036</b> 73 <b>03</b>"); a forum's post is written in
Markdown ("Call: **0792-61** 24 **57**"). A reader sees one number; the scanner sees tags between its groups. A
poster also writes a number as hashtags so that a filter takes it for tags ("Ring: #07218 #09610", "#4658 #7729").

``hidden_spans`` finds, in a field, the marks that are no part of what is written: an inline tag (``numbers.yaml``
``inline_tags``: b, strong, em, ...) or a Markdown emphasis (``**``, ``__``, ``~~``) glued to a digit (the marks of a
cluster of adjacent ones count together), and the "#" (with the blanks before it) of each hashtag of a row of two or
more hashtags of digits whose digits together are one valid number (``whole``, the caller's check) while no hashtag's
digits alone are. The
phones are read in the text without them and their spans mapped back (``text.original_span``), as for the invisible
characters: removing a tag never joins two numbers that stood apart, as a tag glued to a digit sits inside the
number or at its edge, and the blanks between groups stay; a hashtag row is joined only when it is one number.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from kartlegg.extract.lexicon import numbers

#: Markdown's emphasis: a pair of marks (two characters: a single "*" or "_" is a mask's mark or a handle's join)
#: around a stretch of one line that opens and closes with no blank. Only a pair is markup: "88**" alone is a mask
#: ("+380 67 550 88** (de två sista är noll fem)").
_EMPHASIS: Final = re.compile(r"(\*\*|__|~~)(?=[^\s*_~])([^\n]{1,40}?)(?<=[^\s*_~])\1")
#: A row of hashtags of digits: two or more, one or two blanks apart, none glued to a word.
_HASHTAGS: Final = re.compile(r"(?<![\w#&])#[0-9]{2,8}(?:[ \t]{1,2}#[0-9]{2,8})+(?![\w#])")
#: What every row of ``_HASHTAGS`` holds, as a pattern that opens with a literal "#": the row's look-behind makes the
#: engine try it at every position of a text, this one is found by a fast scan, and a text without it holds no row.
_HASH_PAIR: Final = re.compile(r"#[0-9]{2,8}[ \t]{1,2}#[0-9]")
_HASH_DIGITS: Final = re.compile(r"#([0-9]+)")
#: Marks between two digits, past blanks (two at most at a time) and other marks: what ``_tag_spans`` needs before it
#: keeps any (``_digit_before`` and ``_digit_after`` walk this chain). A tag is written "<...>" (``_marks`` is a
#: narrower form, and its blank after the name may be a line break), an emphasis mark is "**", "__" or "~~". The gate
#: of ``may_hold``: a page whose tags wrap words and lines ("<p>Ring meg</p>", "<td>0701234567</td>") is not scanned
#: for marks; it opens with a digit, so the engine skips to each digit with a fast scan.
_INSIDE: Final = re.compile(r"[0-9](?:[ \t]{0,2}(?:<[^<>]*>|\*\*|__|~~))+[ \t]{0,2}[0-9]")


@functools.cache
def _marks() -> re.Pattern[str]:
    """An inline tag of ``numbers.yaml`` ``inline_tags`` (opening, with attributes, closing or empty: ``<wbr/>``,
    ``<ph x="1"/>``) or an HTML comment: none of them ends a line, so none is a separator inside a number."""
    tags = "|".join(re.escape(t) for t in sorted(numbers().inline_tags, key=len, reverse=True))
    comment = r"<!--[^<>\n]{0,80}?-->"
    if not tags:
        return re.compile(comment)
    return re.compile(r"</?(?:" + tags + r")(?:[\s/][^<>\n]{0,80})?>|" + comment, re.I)


def may_hold(text: str) -> bool:
    """Could ``text`` hold a mark inside a number or a hashtag row? The gate: a few substring tests, then one fast
    scan for marks between digits (``_INSIDE``) or two hashtags of digits (``_HASH_PAIR``). Of 40,466 fields with a
    "<", "**", "__" or "~~" in 34 corpora 336 pass it (332 with a mark inside a number); scanning every such page for
    its tags cost ~1 % of an HTML corpus's instructions (blind14). Each pair is asked only when its sign is in the
    text (a one-character ``in`` is a ``memchr``, a two-character one a scan ~50x slower)."""
    if (
        "<" in text
        or ("*" in text and "**" in text)
        or ("_" in text and "__" in text)
        or ("~" in text and "~~" in text)
    ):
        if _INSIDE.search(text) is not None:
            return True
    return "#" in text and _HASH_PAIR.search(text) is not None


def _digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _tag_spans(text: str) -> list[tuple[int, int]]:
    """The marks glued to a digit (clusters of adjacent marks with a digit right before or right after), when one of
    them is inside a number (a digit on each side, blanks aside): only then is the text read again without them."""
    found = [m.span() for m in _marks().finditer(text)] if "<" in text else []
    if "**" in text or "__" in text or "~~" in text:
        for m in _EMPHASIS.finditer(text):
            if (m.start() > 0 and _digit(text[m.start() - 1])) or (m.end() < len(text) and _digit(text[m.end()])):
                continue  # marks glued to digits outside the pair are separators, not emphasis ("**2**1**9")
            found.append((m.start(), m.start(2)))
            found.append((m.end(2), m.end()))
        found.sort()
    out: list[tuple[int, int]] = []
    starts = {b: a for a, b in found}
    ends = {a: b for a, b in found}
    inside = False
    k = 0
    while k < len(found):
        a, b = found[k]
        j = k + 1
        while j < len(found) and found[j][0] == b:
            b = found[j][1]
            j += 1
        if (a > 0 and _digit(text[a - 1])) or (b < len(text) and _digit(text[b])):
            out.extend(found[k:j])
            inside = inside or (_digit_before(text, a, starts) and _digit_after(text, b, ends))
        k = j
    return out if inside else []


def _digit_before(text: str, a: int, starts: dict[int, int]) -> bool:
    """Is there a digit before ``a``, past blanks (two at most at a time) and other marks (``starts``: each mark's
    start by its end)? Marks between two digits split a number ("48</b> 97 <b>79", "<b>40</b> <b>00</b>"); marks with
    a digit on one side only ("<td>0701234567</td>") split nothing, and a text with no others is read as it is
    (reading it again without the marks costs a whole second reading)."""
    k = a
    while True:
        s = k
        while k > 0 and s - k < 2 and text[k - 1] in " \t":
            k -= 1
        if k in starts:
            k = starts[k]
            continue
        return k > 0 and _digit(text[k - 1])


def _digit_after(text: str, b: int, ends: dict[int, int]) -> bool:
    """Is there a digit at or after ``b``, past blanks and other marks (``ends``: each mark's end by its start)?"""
    k = b
    while True:
        s = k
        while k < len(text) and k - s < 2 and text[k] in " \t":
            k += 1
        if k in ends:
            k = ends[k]
            continue
        return k < len(text) and _digit(text[k])


def _hash_spans(text: str, whole: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The "#" of each row of hashtags whose digits together are one valid number and no hashtag's alone is, each
    with the blanks before it: the row's digits are read as one run ("#07218 #09610" as "0721809610"), as the poster
    cut them where no number's grouping is ("#9381 #7942" is no Danish 4-4 grouping)."""
    if _HASH_PAIR.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _HASHTAGS.finditer(text):
        pieces = _HASH_DIGITS.findall(m.group())
        if any(whole(p) for p in pieces) or not whole("".join(pieces)):
            continue
        row = m.group()
        k = 0
        while k < len(row):  # each "#" with the blanks before it: the row is read as one run of digits
            if row[k] == "#":
                a = k
                while a > 0 and row[a - 1] in " \t":
                    a -= 1
                out.append((m.start() + a, m.start() + k + 1))
            k += 1
    return out


def hidden_spans(text: str, whole: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of ``text`` a number is read without (inline tags and emphasis glued to a digit, the "#" of a
    hashtag row that is one number), in order; empty when there is none."""
    spans = _tag_spans(text) if "<" in text or "**" in text or "__" in text or "~~" in text else []
    if "#" in text:
        spans = sorted(spans + _hash_spans(text, whole))
    return spans


def without(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """``text`` without ``spans`` (in order, apart), and where each removed character was, as a position in the new
    text (``text.visible``'s form: ``text.original_span`` maps a span of the new text back)."""
    parts: list[str] = []
    removed: list[int] = []
    last = 0
    for a, b in spans:
        parts.append(text[last:a])
        at = a - len(removed)
        removed.extend([at] * (b - a))
        last = b
    parts.append(text[last:])
    return "".join(parts), removed
