"""Reading one alphanumeric token as number pieces: digits, number words (sv/no/da/en), look-alike letters.

``2ONE6`` -> 2,1,6; ``fyrtiofem`` -> 45; ``femogfyrre`` -> 45; ``th0usand`` -> 000; ``o6oo`` -> 0600.
A segmentation by dynamic programming over the token (bounded length, cached per token string) so that
the common words of ordinary text cost one dictionary look-up after the first time.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Final

from kartlegg.extract.lexicon import fold, numbers
from kartlegg.extract.text import char_pairs, swap_chars

#: Tokens longer than this are read as plain digit/letter runs only (hostile input stays linear).
MAX_DP_TOKEN: Final = 48

_LETTERISE: Final = str.maketrans({"0": "o", "1": "l", "i": "l"})
_LETTERISE_PAIRS: Final = char_pairs(_LETTERISE)


@dataclass(init=False, unsafe_hash=True, slots=True)
class Piece:
    """One piece of a token. kind: d digits, u unit, t teen, x tens, h hundred, k thousand, c conjunction,
    m multiplier (value: the count), l look-alike letter, o other (not a number)."""

    kind: str
    start: int
    end: int
    value: str
    weak: bool = False

    # written out: mypyc compiles it, while the one @dataclass generates runs interpreted (~0.9 µs a hit)
    def __init__(self, kind: str, start: int, end: int, value: str, weak: bool = False) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.value = value
        self.weak = weak


@dataclass(frozen=True, slots=True)
class _Word:
    key: str
    kind: str
    value: str
    weak: bool


@functools.cache
def _words() -> tuple[dict[str, list[_Word]], dict[str, _Word], frozenset[str]]:
    nf = numbers()
    weak = {w.lower() for w in nf.weak}
    entries: dict[str, _Word] = {}

    def add(word: str, kind: str, value: str) -> None:
        for form in {word.lower(), fold(word)}:
            key = swap_chars(form, _LETTERISE_PAIRS)
            if key not in entries:
                entries[key] = _Word(key, kind, value, form in weak or word.lower() in weak)

    for groups, kind in ((nf.units, "u"), (nf.teens, "t"), (nf.tens, "x")):
        for value, words in groups.items():
            for w in words:
                add(w, kind, str(value))
    for w in nf.hundred:
        add(w, "h", "00")
    for w in nf.thousand:
        add(w, "k", "000")
    for w in nf.conjunctions:
        add(w, "c", "")
    for count, words in nf.multipliers.items():
        for w in words:
            add(w, "m", str(count))
    by_first: dict[str, list[_Word]] = {}
    for e in entries.values():
        by_first.setdefault(e.key[0], []).append(e)
    for lst in by_first.values():
        lst.sort(key=lambda e: -len(e.key))
    exact = {k: e for k, e in entries.items()}
    return by_first, exact, frozenset(nf.lookalikes)


def word_prefixes() -> list[str]:
    """Every number word form (lower-case, with and without diacritics), for the candidate scanner."""
    nf = numbers()
    out: set[str] = set()
    for groups in (nf.units, nf.teens, nf.tens, nf.multipliers):
        for words in groups.values():
            for w in words:
                out.add(w.lower())
                out.add(fold(w))
    out.update(w.lower() for w in (*nf.hundred, *nf.thousand))
    return sorted(out)


def lookalike_digit(ch: str) -> str | None:
    return numbers().lookalikes.get(ch)


def segment(token: str) -> tuple[Piece, ...]:
    """Number pieces of one token; letters that are no number come back as kind ``o``."""
    if token.isascii() and token.isdigit():
        # what the segmentation makes of plain digits, without it: most tokens of a stream of ads are new
        # digit strings (ids, prices, phone groups) that no cache has seen
        return (Piece("d", 0, len(token), token),)
    return _segment(token)


@functools.lru_cache(maxsize=65536)
def _segment(token: str) -> tuple[Piece, ...]:
    n = len(token)
    if n > MAX_DP_TOKEN:
        return _plain(token)
    by_first, _, looks = _words()
    low = swap_chars(token.lower(), _LETTERISE_PAIRS)
    # best[i] = (cost, pieces count, pieces) for token[i:]
    best: list[tuple[float, int, tuple[Piece, ...]]] = [(0.0, 0, ())] * (n + 1)
    for i in range(n - 1, -1, -1):
        ch = token[i]
        cands: list[tuple[float, int, tuple[Piece, ...]]] = []
        if "0" <= ch <= "9":
            c, k, rest = best[i + 1]
            cands.append((c, k + 1, (Piece("d", i, i + 1, ch), *rest)))
        else:
            for w in by_first.get(low[i], ()):
                j = i + len(w.key)
                # a slice compared, not ``startswith`` with a start: compiled code calls that as a Python method
                if j <= n and low[i:j] == w.key:
                    c, k, rest = best[j]
                    cands.append((c, k + 1, (Piece(w.kind, i, j, w.value, w.weak), *rest)))
            if ch in looks:
                c, k, rest = best[i + 1]
                cands.append((c + 0.4, k + 1, (Piece("l", i, i + 1, numbers().lookalikes[ch]), *rest)))
            c, k, rest = best[i + 1]
            cands.append((c + 1.0, k + 1, (Piece("o", i, i + 1, ""), *rest)))
        # ``min(cands, key=lambda t: (t[0], t[1]))`` without a call and a tuple per candidate: the first of the least
        chosen = cands[0]
        for t in cands:
            if t[0] < chosen[0] or (t[0] == chosen[0] and t[1] < chosen[1]):
                chosen = t
        best[i] = chosen
    return _tidy(token, best[0][2])


def _plain(token: str) -> tuple[Piece, ...]:
    out: list[Piece] = []
    i = 0
    n = len(token)
    while i < n:
        j = i
        isd = "0" <= token[i] <= "9"
        while j < n and ("0" <= token[j] <= "9") == isd:
            j += 1
        out.append(Piece("d" if isd else "o", i, j, token[i:j] if isd else ""))
        i = j
    return tuple(out)


def _tidy(token: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Merge digit runs and other-letter runs; keep words and look-alikes only where they belong.

    In a token with digits, words and look-alikes must touch a digit through a chain of number pieces
    ("tonight602" is "tonight" + 602, not 2,9 + 602). A token without digits is a number only if every
    letter belongs to a number word ("twotwoeight"), or it is a short look-alike run ("o", "oo").
    """
    has_digit = any(p.kind == "d" for p in pieces)
    if not has_digit:
        if all(p.kind not in ("o", "l") for p in pieces):
            return pieces
        if len(token) <= 3 and all(p.kind == "l" for p in pieces):
            return tuple(Piece("l", p.start, p.end, p.value, len(token) == 1) for p in pieces)
        return (Piece("o", 0, len(token), ""),)
    # a letter run between digits is a number only if all of it is: "39Five" yes, "7864865044tengo" no
    keep = [True] * len(pieces)
    i = 0
    while i < len(pieces):
        if pieces[i].kind == "d":
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j].kind != "d":
            j += 1
        if any(p.kind == "o" for p in pieces[i:j]):
            for k in range(i, j):
                keep[k] = False
        i = j
    out: list[Piece] = []
    for p, kept in zip(pieces, keep, strict=True):
        q = p if kept else Piece("o", p.start, p.end, "")
        if out and q.kind == out[-1].kind and q.kind in ("d", "o"):
            last = out[-1]
            out[-1] = Piece(q.kind, last.start, q.end, last.value + q.value)
        else:
            out.append(q)
    return tuple(out)


def compose(pieces: list[Piece], apart: frozenset[int] = frozenset()) -> list[tuple[str, int, int, bool, bool]]:
    """Digits from a sequence of number pieces: (digits, first piece index, last piece index + 1, strong, words).

    Tens + unit read as one two-digit number ("twenty six" -> 26), unit + "og" + tens too ("fem og fyrre" -> 45);
    hundred/thousand append zeros ("2 thousand" -> 2000). A tens word at an index in ``apart`` stays apart
    from the unit word after it ("seventy eight" -> 70, 8): the other reading of an ambiguous run.
    """
    out: list[tuple[str, int, int, bool, bool]] = []
    i = 0
    n = len(pieces)
    while i < n:
        p = pieces[i]
        strong = not p.weak
        wordy = p.kind not in ("d", "l")
        if p.kind == "u" and i + 2 < n and pieces[i + 1].kind == "c" and pieces[i + 2].kind == "x":
            t = pieces[i + 2]
            glued = p.end == pieces[i + 1].start and pieces[i + 1].end == t.start  # "seksogfirs": one token
            out.append((str(int(t.value) + int(p.value)), i, i + 3, strong or not t.weak or glued, True))
            i += 3
            continue
        if (
            p.kind == "x"
            and i + 1 < n
            and pieces[i + 1].kind == "u"
            and i not in apart
            and not (i + 3 < n and pieces[i + 2].kind == "c" and pieces[i + 3].kind == "x")
        ):
            u = pieces[i + 1]
            out.append((str(int(p.value) + int(u.value)), i, i + 2, strong or not u.weak, True))
            i += 2
            continue
        if p.kind in ("h", "k"):
            if out:
                d, s, _, st, _w = out[-1]
                out[-1] = (d + p.value, s, i + 1, st or strong, True)
            else:
                out.append(("1" + p.value, i, i + 1, strong, True))
            i += 1
            continue
        if p.kind == "c":
            i += 1
            continue
        if p.kind == "m":
            # "dobbel fem" 55, "triple oh" 000: the unit (a word, a digit, a look-alike) after it, repeated
            if i + 1 < n and repeats(p, pieces[i + 1]):
                u = pieces[i + 1]
                out.append((u.value * int(p.value), i, i + 2, not u.weak, True))
                i += 2
            else:
                i += 1
            continue
        out.append((p.value, i, i + 1, strong, wordy))
        i += 1
    return out


def repeats(mult: Piece, nxt: Piece) -> bool:
    """Does multiplier ``mult`` repeat piece ``nxt`` (one digit: a unit word, a digit, a look-alike letter)?"""
    return mult.kind == "m" and nxt.kind in ("u", "d", "l") and len(nxt.value) == 1


@functools.cache
def _spoken_words() -> dict[str, tuple[int, ...]]:
    """Each word of ``numbers.yaml`` ``spoken_in`` (lower-case, with and without diacritics) and the indexes of the
    languages that write it (``_spoken_languages``)."""
    out: dict[str, set[int]] = {}
    for k, (_countries, words) in enumerate(numbers().spoken_in.values()):
        for w in words:
            for form in (w, fold(w)):
                out.setdefault(form, set()).add(k)
    return {w: tuple(sorted(ks)) for w, ks in out.items()}


@functools.cache
def _spoken_languages() -> tuple[tuple[str, ...], ...]:
    """The countries of each language of ``numbers.yaml`` ``spoken_in``, in the file's order."""
    return tuple(countries for countries, _words in numbers().spoken_in.values())


#: The fewest digit words of one language that say a number is spelled in it.
MIN_SPOKEN_WORDS: Final = 3


def spoken_countries(words: list[str]) -> tuple[str, ...]:
    """The countries of the language a number is spelled in (``words``: its lower-case words): the language with
    ``MIN_SPOKEN_WORDS`` words of its own at least and more than any other ("zero șapte trei șase opt …" -> RO, MD),
    or ``()`` (a Nordic or English spelling, a mixture, too few words)."""
    table = _spoken_words()
    counts: dict[int, int] = {}
    for w in words:
        for k in table.get(w, ()):
            counts[k] = counts.get(k, 0) + 1
    if not counts:
        return ()
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    if n < MIN_SPOKEN_WORDS or (len(ranked) > 1 and ranked[1][1] == n):
        return ()
    return _spoken_languages()[best]
