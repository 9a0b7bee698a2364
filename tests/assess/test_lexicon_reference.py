"""The lexicon matcher and the template signature against the plain algorithms they replaced (issue 20):
every word visited and case-folded one by one, and the symbol terms' one alternation run over the text.
The faster code must find the same terms at the same spans and give the same signature on any ad text."""

from __future__ import annotations

import re
import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.assess.ad_facts import AdReader
from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.inputs import AdView
from kartlegg.assess.lexicon import MAX_FIELD_CHARS, LexiconMatcher, TermHit
from kartlegg.minhash import MinHash

_WORD = re.compile(r"\w+")


def reference_find(m: LexiconMatcher, text: str) -> list[TermHit]:
    """The matcher's algorithm before issue 20's session 18: every word, then the whole alternation."""
    if not text:
        return []
    text = text[:MAX_FIELD_CHARS]
    words = [(w.group(0).casefold(), w.start(), w.end()) for w in _WORD.finditer(text)]
    hits: list[TermHit] = []
    busy_until: dict[str, int] = {}

    def phrase_at(i: int, p: object) -> int:
        n = len(p.words)  # type: ignore[attr-defined]
        if i + n > len(words):
            return 0
        for j in range(1, n):
            gap = text[words[i + j - 1][2] : words[i + j][1]]
            if not (1 <= len(gap) <= 3 and gap.isspace()):
                return 0
            if not m._word_ok(words[i + j][0], p.words[j], p.wildcard and j == n - 1):  # type: ignore[attr-defined]
                return 0
        return n

    for i, (word, w_start, w_end) in enumerate(words):
        for p in m._by_first.get(word, ()):
            if busy_until.get(p.tag, -1) > i:
                continue
            n = phrase_at(i, p)
            if n:
                end = words[i + n - 1][2]
                hits.append(TermHit(p.term, p.language, w_start, end, text[w_start:end], p.tag))
                busy_until[p.tag] = i + n
        for p in m._prefixes.get(word[:2], ()):
            if busy_until.get(p.tag, -1) <= i and m._word_ok(word, p.words[0], True):
                hits.append(TermHit(p.term, p.language, w_start, w_end, text[w_start:w_end], p.tag))
                busy_until[p.tag] = i + 1
    if m._symbols is not None:
        for s in m._symbols.finditer(text):
            if s.lastgroup is not None:
                tag, term, lang = m._symbol_terms[s.lastgroup]
                hits.append(TermHit(term, lang, s.start(), s.end(), s.group(0), tag))
    hits.sort(key=lambda h: (h.start, h.tag))
    return hits


def reference_tokens(body: str, masked: set[str]) -> list[str]:
    """The template signature's tokens before: each word case-folded on its own."""
    out = []
    for w in _WORD.finditer(body[:MAX_FIELD_CHARS]):
        tok = w.group(0)
        out.append("#" if tok[0].isdigit() or tok[0].isupper() or tok.casefold() in masked else tok.casefold())
    return out


CAT = load_catalogue()
READER = AdReader(CAT)
TERMS = sorted({t for i in CAT.indicators if i.detector == "lexicon" for terms in i.lexicon.values() for t in terms})
FILLER = [
    # sv, no, da, en ad words, names (cased: a template fills them in), and letters case folding changes
    "hej", "jag", "är", "ny", "här", "kom", "träffa", "mig", "hei", "jeg", "er", "her", "møt", "meg", "hej",
    "jeg", "er", "her", "mød", "mig", "hello", "i", "am", "new", "call", "me", "Anna", "Oslo", "Malmö",
    "København", "STRASSE", "straße", "Σίσυφος", "ΣΊΣΥΦΟΣ", "İstanbul", "ſtudent", "ﬁre", "Kelvin", "ǅemal",
    "24/7", "24 / 7", "24-7", "she's", "SHE'S", "18", "19", "år", "yo", "500", "kr",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "  ", "   ", "    ", "\n", "\t", ", ", ". ", "!", "-", "/", "'", "\ufe0f", ""]
EMOJI = ["🍭", "🧸", "🎀", "👧", "✈", "✈️", "🧳", "🏨", "😀", "🍭\ufe0f", "\ufe0f"]


def _cased(draw: st.DrawFn, word: str) -> str:
    how = draw(st.sampled_from(["same", "upper", "title", "lower"]))
    return {"same": word, "upper": word.upper(), "title": word.title(), "lower": word.lower()}[how]


@st.composite
def ad_texts(draw: st.DrawFn) -> str:
    """Ad-like text: the lexicon's terms (whole, cut, stretched), filler in four languages, emojis and
    separators, in any case; sometimes arbitrary characters."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 9))
        if kind <= 3:
            term = draw(st.sampled_from(TERMS)).replace("*", draw(st.sampled_from(["", "ar", "erna", "x" * 16])))
            parts.append(_cased(draw, term).replace(" ", draw(st.sampled_from(SEPARATORS))))
        elif kind <= 6:
            parts.append(_cased(draw, draw(st.sampled_from(FILLER))))
        elif kind == 7:
            parts.append(draw(st.sampled_from(EMOJI)))
        elif kind == 8:
            parts.append(draw(st.text(max_size=6)))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


def _view(body: str, title: str = "") -> AdView:
    return AdView(1, 1, "site", None, None, title, body, None, [], {}, None, [], [])


@settings(max_examples=400, deadline=None)
@given(ad_texts())
def test_lexicon_finds_what_the_plain_algorithm_finds(text: str) -> None:
    assert READER.matcher.find(text) == reference_find(READER.matcher, text)


@settings(max_examples=200, deadline=None)
@given(ad_texts(), st.sets(st.sampled_from(["anna", "oslo", "malmö", "ny", "hello", "straße", "strasse"])))
def test_template_signature_is_the_plain_tokens(body: str, masked: set[str]) -> None:
    got = READER._signature(_view(body), masked)
    tokens = reference_tokens(body, masked)
    if len(tokens) < READER._min_words:
        assert got is None
        return
    k = READER._shingle
    shingles = {" ".join(tokens[i : i + k]).encode() for i in range(len(tokens) - k + 1)}
    want = MinHash.of(shingles, num_perm=READER._num_perm, seed=7, hashfunc=zlib.crc32)
    assert got is not None and got.hashvalues.tolist() == want.hashvalues.tolist()


# symbol terms that overlap: a one-character term inside or next to a longer one; a character with case
# that is no letter (circled a: its capital matches it too)
OVERLAPPING = {
    "a": {"x": ["🍭", "🍭 party", "x🧸", "€", "€uro", "ß", "24/7", "ⓐ"]},
    "b": {"y": ["🧸", "🍭", "🧸🧸", "7🍭", "€"]},
}


PIECES = ["🍭", "🧸", " party", "x", "€", "uro", "ß", "SS", "24/7", "7", " ", "\ufe0f", "a", "ⓐ", "Ⓐ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES)))
def test_overlapping_symbol_terms_resolve_as_the_alternation(parts: list[str]) -> None:
    m = LexiconMatcher.tagged(OVERLAPPING)
    text = "".join(parts)
    assert m.find(text) == reference_find(m, text)
