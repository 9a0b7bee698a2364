"""The phone scanner's candidate stage as it read tokens before session 20: one ``(start, token)`` tuple per
candidate token, ``segment`` and a ``(Piece, start, group)`` tuple per piece. The oracle for ``phones._runs``, which
builds the same runs in one pass over the tokens' spans (``test_phone_scanner.py``)."""

from __future__ import annotations

import re

from kartlegg.extract import phones
from kartlegg.extract.numwords import Piece, segment


def near_others(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop the tokens of every cluster (tokens at most ``MAX_BRIDGE`` apart) shorter than ``MIN_DIGITS``."""
    out: list[tuple[int, str]] = []
    cluster: list[tuple[int, str]] = []
    size = 0
    end = -phones.MAX_BRIDGE - 1
    for tok in tokens:
        if tok[0] - end > phones.MAX_BRIDGE:
            if size >= phones.MIN_DIGITS:
                out.extend(cluster)
            cluster, size = [], 0
        cluster.append(tok)
        size += len(tok[1])
        if tok[0] + len(tok[1]) > end:
            end = tok[0] + len(tok[1])
    if size >= phones.MIN_DIGITS:
        out.extend(cluster)
    return out


def runs(
    text: str,
    wordy: bool = True,
    words: set[str] | frozenset[str] | None = None,
    digits: list[int] | None = None,
    low: str | None = None,
    forms: frozenset[str] | None = None,
    alnum: str | None = None,
) -> list[tuple[list[tuple[Piece, int, int]], set[int]]]:
    """Runs of number pieces (piece, absolute start, group id) joined by separator gaps, with their bridged groups."""
    out: list[tuple[list[tuple[Piece, int, int]], set[int]]] = []
    cur: list[tuple[Piece, int, int]] = []
    bridged: set[int] = set()
    size = 0
    last_end = -1
    group = 0
    for base, token in near_others(phones._tokens(text, wordy, words, digits, low, forms, alnum)):
        for p in segment(token):
            if p.kind == "o":
                if cur:
                    if size >= phones.MIN_DIGITS:
                        out.append((cur, bridged))
                    cur, size, bridged = [], 0, set()
                last_end = -1
                continue
            s = base + p.start
            if cur and (s != last_end or p.start == 0):
                group += 1
                if s != last_end and not phones._gap_ok(text, last_end, s):
                    if p.start == 0 and (bridge_ok(text, last_end, s) or blank_line_ok(text, last_end, s)):
                        bridged.add(group)
                    else:
                        if size >= phones.MIN_DIGITS:
                            out.append((cur, bridged))
                        cur, size, bridged = [], 0, set()
            elif not cur:
                group += 1
            cur.append((p, s, group))
            size += len(p.value)
            last_end = base + p.end
    if cur and size >= phones.MIN_DIGITS:
        out.append((cur, bridged))
    return out


def bridge_ok(text: str, a: int, b: int) -> bool:
    """Is the gap one short word between separators ("070 123 sms 45 67")? ``phones._BRIDGE``'s full match."""
    if b - a > phones.MAX_BRIDGE:
        return False
    m = phones._BRIDGE.fullmatch(text, a, b)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in phones._NOT_BRIDGES and word not in phones._unit_words()


def blank_line_ok(text: str, a: int, b: int) -> bool:
    """Is the gap a blank line between separators ("973⏎⏎559", "484⏎-⏎46030", "> 418⏎> ⏎> 05349")? At most
    ``MAX_LINE_GAP`` characters: separators of the gap rule with a line break (at most ``MAX_GAP`` on either side),
    and between the two line breaks only blanks, quote marks (">") and at most one dash; each side a gap the gap
    rule (``phones._gap_ok``) takes, so a "+" after the line break opens a new number (session 33)."""
    sep = "(?:[^\\w\n" + re.escape("".join(sorted(phones._NOT_GAP))) + "]|_)*"
    m = re.fullmatch("(" + sep + "\n)[ \t\r>]*(?:[-\u2013\u2014][ \t\r>]*)?(\n" + sep + ")", text[a:b])
    return (
        b - a <= phones.MAX_LINE_GAP
        and m is not None
        and len(m.group(1)) <= phones.MAX_GAP
        and len(m.group(2)) <= phones.MAX_GAP
        and phones._gap_ok(text, a, a + len(m.group(1)))
        and phones._gap_ok(text, b - len(m.group(2)), b)
    )
