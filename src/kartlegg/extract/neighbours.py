"""Number words two languages read differently, read by their neighbours (issue 14, session 27).

"tres" is Danish 60 and Spanish 3. In "ni, cuatro, tres, cinco, 3, 6, tres, 2" its neighbours are Spanish, so it is
3; in a Danish run ("tolv tres fireogfyrre") it stays 60. The words and the language words that decide are data
(``numbers.yaml``: ``by_neighbours``). ``phones.find_phones`` rewrites a run's pieces before reading them.
"""

from __future__ import annotations

import functools

from kartlegg.extract.lexicon import numbers
from kartlegg.extract.numwords import Piece


@functools.cache
def _rules() -> dict[str, tuple[int, frozenset[str]]]:
    return numbers().by_neighbours


def ambiguous_words() -> frozenset[str]:
    """The words ``reread`` may change."""
    return frozenset(_rules())


def reread(pieces: list[tuple[Piece, int, int]], low: str) -> list[tuple[Piece, int, int]] | None:
    """``pieces`` (a run's: each piece with its token's start in ``low``, the lower-cased text) with each ambiguous
    word read as the unit of the language another word of the run is in; None when none changes."""
    rules = _rules()
    found: list[int] = []
    words: set[str] = set()
    for k, (p, s, _) in enumerate(pieces):
        if p.kind in ("d", "l"):
            continue
        w = low[s + p.start : s + p.end]
        words.add(w)
        if w in rules:
            found.append(k)
    if not found:
        return None
    out = list(pieces)
    changed = False
    for k in found:
        p, s, e = pieces[k]
        unit, others = rules[low[s + p.start : s + p.end]]
        if p.value != str(unit) and not words.isdisjoint(others):
            out[k] = (Piece("u", p.start, p.end, str(unit), p.weak), s, e)
            changed = True
    return out if changed else None
