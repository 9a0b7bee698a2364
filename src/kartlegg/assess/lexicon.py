"""Lexicon matching: the catalogue's terms found in ad text, with their spans.

Word terms are matched on the text's words (maximal runs of letters and digits, case-folded) through a
dictionary keyed by a term's first word, so the work grows with the number of words in an ad, not with
the size of the lexicon, and no regular expression runs over attacker-written text for them. Words of a
phrase must be separated by 1-3 whitespace characters (``hon  tar emot`` matches ``hon tar emot``); a
trailing ``*`` allows a word ending of up to 15 characters (``tonåring*``). Terms with other characters
(``24/7``, emojis) use one small pattern of escaped literals, with an optional emoji variation selector.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

#: Text beyond this many characters per field is not searched (ads are short; this bounds the work).
MAX_FIELD_CHARS = 20_000
_WORD = re.compile(r"\w+")
_WORD_TERM = re.compile(r"^\w+(?:\s+\w+)*\*?$")
_MAX_ENDING = 15


@dataclass(frozen=True, slots=True)
class TermHit:
    term: str
    language: str
    start: int
    end: int
    text: str
    tag: str = ""


Words = list[tuple[str, int, int]]


def words_of(text: str) -> Words:
    """The case-folded words of a text with their spans."""
    return [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text[:MAX_FIELD_CHARS])]


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

    def _compile(self) -> None:
        for phrases in self._by_first.values():
            phrases.sort(key=lambda p: -len(p.words))  # longest phrase first
        self._symbols = re.compile("|".join(self._symbol_parts), re.IGNORECASE) if self._symbol_parts else None

    @staticmethod
    def _word_ok(word: str, want: str, wildcard: bool) -> bool:
        if not wildcard:
            return word == want
        return word.startswith(want) and len(word) - len(want) <= _MAX_ENDING

    def _phrase_at(self, text: str, words: Words, i: int, p: _Phrase) -> int:
        """How many words phrase ``p`` covers from word ``i`` (0 when it does not match there)."""
        n = len(p.words)
        if i + n > len(words):
            return 0
        for j in range(1, n):
            gap = text[words[i + j - 1][2] : words[i + j][1]]
            if not (1 <= len(gap) <= 3 and gap.isspace()):
                return 0
            if not self._word_ok(words[i + j][0], p.words[j], p.wildcard and j == n - 1):
                return 0
        return n

    def find(self, text: str) -> list[TermHit]:
        if not text:
            return []
        text = text[:MAX_FIELD_CHARS]
        words = words_of(text)
        hits: list[TermHit] = []
        busy_until: dict[str, int] = {}  # per tag: a phrase's words are not matched again by a shorter one
        for i, (word, w_start, w_end) in enumerate(words):
            for p in self._by_first.get(word, ()):
                if busy_until.get(p.tag, -1) > i:
                    continue
                n = self._phrase_at(text, words, i, p)
                if n:
                    end = words[i + n - 1][2]
                    hits.append(TermHit(p.term, p.language, w_start, end, text[w_start:end], p.tag))
                    busy_until[p.tag] = i + n
            for p in self._prefixes.get(word[:2], ()):
                if busy_until.get(p.tag, -1) <= i and self._word_ok(word, p.words[0], True):
                    hits.append(TermHit(p.term, p.language, w_start, w_end, text[w_start:w_end], p.tag))
                    busy_until[p.tag] = i + 1
        if self._symbols is not None:
            for m in self._symbols.finditer(text):
                name = m.lastgroup
                if name is not None:
                    tag, term, lang = self._symbol_terms[name]
                    hits.append(TermHit(term, lang, m.start(), m.end(), m.group(0), tag))
        hits.sort(key=lambda h: (h.start, h.tag))
        return hits
