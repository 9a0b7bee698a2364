"""Lexicon matching: the catalogue's terms found in ad text, with their spans.

Word terms are matched on the text's words (maximal runs of letters and digits, case-folded) through a
dictionary keyed by a term's first word, so the work grows with the number of words in an ad, not with
the size of the lexicon, and no regular expression runs over attacker-written text for them. Words of a
phrase must be separated by 1-3 whitespace characters (``hon  tar emot`` matches ``hon tar emot``); a
trailing ``*`` allows a word ending of up to 15 characters (``tonåring*``). Terms with other characters
(``24/7``, emojis) use one small pattern of escaped literals, with an optional emoji variation selector.
An ad's words are case-folded in one call and only those a term can start at are visited; one-character
symbol terms (emojis) are found by one character class (session 18: the same hits, a third of the time).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

#: Text beyond this many characters per field is not searched (ads are short; this bounds the work).
MAX_FIELD_CHARS = 20_000
_WORD = re.compile(r"\w+")
_WORD_TERM = re.compile(r"^\w+(?:\s+\w+)*\*?$")
_MAX_ENDING = 15
_NONE = re.compile("(?!)")  # matches nothing


@dataclass(frozen=True, slots=True)
class TermHit:
    term: str
    language: str
    start: int
    end: int
    text: str
    tag: str = ""


def folded(words: list[str]) -> list[str]:
    """``words`` (of ``\\w``) case-folded in one call: case folding is each character's own, and no word
    holds the separator."""
    return "\x00".join(words).casefold().split("\x00") if words else []


@dataclass(frozen=True, slots=True)
class _Phrase:
    tag: str
    term: str
    language: str
    words: tuple[str, ...]
    wildcard: bool


def _symbol_pattern(term: str) -> str:
    core = term.replace("\ufe0f", "")
    pat = re.escape(core).replace(r"\ ", r"\s{1,3}")
    if core[:1].isalnum():
        pat = r"(?<!\w)" + pat
    if core[-1:].isalnum():
        pat += r"(?!\w)"
    return pat + "\ufe0f?"


class LexiconMatcher:
    """Finds the terms of one or several lexicons (all languages) in a text in one pass over its words.

    ``LexiconMatcher(lexicon)`` for one lexicon; ``LexiconMatcher.tagged({tag: lexicon, ...})`` for several,
    each hit carrying the tag of its lexicon (the indicator id).
    """

    def __init__(self, lexicon: dict[str, list[str]], tag: str = "") -> None:
        self._by_first: dict[str, list[_Phrase]] = defaultdict(list)
        self._prefixes: dict[str, list[_Phrase]] = defaultdict(list)  # one-word wildcards, by first 2 letters
        self._symbol_parts: list[str] = []
        self._symbol_terms: dict[str, tuple[str, str, str]] = {}
        self._chars: dict[str, str] = {}  # a one-character term without case (an emoji) -> its first group
        self._whole_terms = True  # no symbol term is a bare variation selector (it would match everywhere)
        self._seen: set[tuple[str, str]] = set()
        self._add(tag, lexicon)
        self._compile()

    @classmethod
    def tagged(cls, lexicons: dict[str, dict[str, list[str]]]) -> LexiconMatcher:
        m = cls({})
        for tag, lexicon in lexicons.items():
            m._add(tag, lexicon)
        m._compile()
        return m

    def _add(self, tag: str, lexicon: dict[str, list[str]]) -> None:
        for lang, terms in sorted(lexicon.items()):
            for term in terms:
                key = term.casefold().strip()
                if not key or (tag, key) in self._seen:
                    continue
                self._seen.add((tag, key))
                if _WORD_TERM.match(key):
                    wildcard = key.endswith("*")
                    words = tuple(key.rstrip("*").split())
                    phrase = _Phrase(tag, term, lang, words, wildcard)
                    if wildcard and len(words) == 1:
                        self._prefixes[words[0][:2]].append(phrase)
                    else:
                        self._by_first[words[0]].append(phrase)
                else:
                    name = f"s{len(self._symbol_parts)}"
                    self._symbol_terms[name] = (tag, term, lang)
                    self._symbol_parts.append(f"(?P<{name}>{_symbol_pattern(term)})")
                    core = term.replace("\ufe0f", "")
                    self._whole_terms = self._whole_terms and bool(core)
                    if len(core) == 1 and not core.isalnum() and core.lower() == core == core.upper():
                        self._chars.setdefault(core, name)  # the first such group wins, as in the alternation

    def _compile(self) -> None:
        for phrases in self._by_first.values():
            phrases.sort(key=lambda p: -len(p.words))  # longest phrase first
        self._firsts = frozenset(self._by_first)
        self._symbols = re.compile("|".join(self._symbol_parts), re.IGNORECASE) if self._symbol_parts else None
        # the one-character terms in one character class (C scans for it) and the other terms: ~10x less
        # than trying every alternative at every character; ``_symbol_matches`` says when they agree
        names = set(self._chars.values())
        rest = [p for p in self._symbol_parts if p[4 : p.index(">")] not in names]
        split = bool(self._chars) and self._whole_terms  # a term of only a variation selector matches nothing
        chars = "".join(re.escape(c) for c in self._chars)
        self._char_re = re.compile(f"[{chars}]\ufe0f?") if split else None
        self._rest_re = re.compile("|".join(rest), re.IGNORECASE) if split and rest else None

    @staticmethod
    def _word_ok(word: str, want: str, wildcard: bool) -> bool:
        if not wildcard:
            return word == want
        return word.startswith(want) and len(word) - len(want) <= _MAX_ENDING

    def _phrase_at(self, text: str, words: list[str], spans: list[tuple[int, int]], i: int, p: _Phrase) -> int:
        """How many words phrase ``p`` covers from word ``i`` (0 when it does not match there)."""
        n = len(p.words)
        if i + n > len(words):
            return 0
        for j in range(1, n):
            gap = text[spans[i + j - 1][1] : spans[i + j][0]]
            if not (1 <= len(gap) <= 3 and gap.isspace()):
                return 0
            if not self._word_ok(words[i + j], p.words[j], p.wildcard and j == n - 1):
                return 0
        return n

    def find(self, text: str) -> list[TermHit]:
        if not text:
            return []
        text = text[:MAX_FIELD_CHARS]
        hits: list[TermHit] = []
        words = folded(_WORD.findall(text))
        # the words a term can start at (most of an ad's words start none): only their places are visited
        starts = set(self._firsts.intersection(words))
        if self._prefixes:
            starts |= {w for w in set(words) if w[:2] in self._prefixes}
        if starts:
            self._word_hits(text, words, starts, hits)
        for start, end, name in self._symbol_matches(text):
            tag, term, lang = self._symbol_terms[name]
            hits.append(TermHit(term, lang, start, end, text[start:end], tag))
        hits.sort(key=lambda h: (h.start, h.tag))
        return hits

    def _word_hits(self, text: str, words: list[str], starts: set[str], hits: list[TermHit]) -> None:
        """The word terms found at the words of ``starts`` (phrases longest first, per lexicon not within
        an earlier phrase's words)."""
        spans = [m.span() for m in _WORD.finditer(text)]
        busy_until: dict[str, int] = {}  # per tag: a phrase's words are not matched again by a shorter one
        for i, word in enumerate(words):
            if word not in starts:
                continue
            w_start, w_end = spans[i]
            for p in self._by_first.get(word, ()):
                if busy_until.get(p.tag, -1) > i:
                    continue
                n = self._phrase_at(text, words, spans, i, p)
                if n:
                    end = spans[i + n - 1][1]
                    hits.append(TermHit(p.term, p.language, w_start, end, text[w_start:end], p.tag))
                    busy_until[p.tag] = i + n
            for p in self._prefixes.get(word[:2], ()):
                if busy_until.get(p.tag, -1) <= i and self._word_ok(word, p.words[0], True):
                    hits.append(TermHit(p.term, p.language, w_start, w_end, text[w_start:w_end], p.tag))
                    busy_until[p.tag] = i + 1

    def _symbol_matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, group) of each match of the symbol terms' alternation, as its ``finditer`` gives
        them: the one-character terms' class's and the rest's, merged, which is the same unless two of
        them overlap (then which term a character goes to can differ: the whole alternation is run)."""
        if self._symbols is None:
            return []
        if self._char_re is None and self._rest_re is None:
            return [(m.start(), m.end(), m.lastgroup) for m in self._symbols.finditer(text) if m.lastgroup]
        found = [(m.start(), m.end(), self._chars[m.group(0)[0]]) for m in (self._char_re or _NONE).finditer(text)]
        found += [(m.start(), m.end(), m.lastgroup) for m in (self._rest_re or _NONE).finditer(text) if m.lastgroup]
        found.sort()
        if any(a[1] > b[0] for a, b in pairwise(found)):
            return [(m.start(), m.end(), m.lastgroup) for m in self._symbols.finditer(text) if m.lastgroup]
        return found
