"""Patterns rewritten for speed (a boundary checked in Python, a guard look-ahead, literal-first alternatives) find
exactly what their plain spelling finds."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import ages, phones, prices
from kartlegg.extract.lexicon import lexicon
from kartlegg.extract.patterns import digit_runs, letter_words, lower_same_length
from kartlegg.extract.places import _chain_matches, _hotels

_CHAIN_PIECES = st.sampled_from(
    [*lexicon().hotels.chains, " ", "x", "1", "_", "Hotel", " Hotel", " Blu", " Oslo", " Centrum", "-", "é", "\t"]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_CHAIN_PIECES, max_size=15).map("".join)))
def test_hotel_chains_need_a_boundary_before_them(text: str) -> None:
    rx = _hotels()[1]
    plain = re.compile(r"(?<![^\W_])" + rx.pattern)
    found = [(m.span(), m.span(1), m.span(2)) for m in _chain_matches(rx, text)]
    assert found == [(m.span(), m.span(1), m.span(2)) for m in plain.finditer(text)]


_AGE_PIECES = st.sampled_from(
    ["22", "19", "7", "123", " ", "\t", "-", "–", "år", "ÅR", "years", "Year", "yrs.", "y.o", "y/o", "YO", "old",
     "gammel", "ung", "årig", "aarig", "aar", "a", "y", "x", "s", "ig", "ing", "tjugotvå", "twenty", "of age", ".",
     "A", "Y", "\u212br", "-år", "- år", "  ", "\n", "12:30", "you", "yo_", "yearyear", "_", "--år"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_AGE_PIECES, max_size=20).map("".join)))
def test_age_unit_patterns_match_as_spelled_out(text: str) -> None:
    numunit_plain = re.compile(ages._NUMUNIT.pattern.replace("(?=[yåa\\-])", "", 1))
    assert numunit_plain.pattern != ages._NUMUNIT.pattern
    for pos in range(len(text)):
        a, b = ages._NUMUNIT.match(text, pos), numunit_plain.match(text, pos)
        assert (a and a.span()) == (b and b.span())
    low = text.lower()
    word_unit_plain = re.compile(r"(?=[åy\-])(?:år|years?[ \t]old|yo|-?årig)(?!\w)")
    assert [m.span() for m in ages._WORD_UNIT.finditer(low)] == [m.span() for m in word_unit_plain.finditer(low)]
    # tried only where "år", "yo" or "year" is found: the matches of the pattern run over the whole text
    assert [m.span() for m in ages._word_units(low)] == [m.span() for m in ages._WORD_UNIT.finditer(low)]


_PRICE_PIECES = st.sampled_from(
    ["$", "€", "£", "SEK", "sek", "Nok", "dkk", "EUR", "usd", "kr", "1500", "1 500", "2.000", "30", "1", "123456789",
     " ", "\t", "x", "a", "ſ", "İ", "-", "_", "ä", "eurosek", "9usd"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=150), st.lists(_PRICE_PIECES, max_size=20).map("".join)))
def test_currency_first_prices_are_matched_only_where_a_currency_opens(text: str) -> None:
    plain = [(m.span(), m.span(1), m.span(2)) for m in prices._regexes()[1].finditer(text)]
    for low in (None, lower_same_length(text)):
        assert [(m.span(), m.span(1), m.span(2)) for m in prices._before_matches(text, low)] == plain


@settings(max_examples=600, deadline=None)
@given(
    region=st.sampled_from(["SE", "NO", "DK", "FI", "DE", "GB", "US", "PL", "RO", "IT", "FR", "TH", "ES", "UA", "NL"]),
    trunk=st.booleans(),
    digits=st.text(alphabet="0123456789", min_size=5, max_size=14),
)
def test_the_national_fast_path_reads_as_phonenumbers_parse_does(region: str, trunk: bool, digits: str) -> None:
    """``phones._national_fast`` skips ``phonenumbers.parse`` for plain national digit strings: wherever it
    answers, the answer is the full parse's."""
    from kartlegg.extract import phones

    number = ("0" if trunk else "") + digits
    fast = phones._national_fast(number, region)
    if fast is not None:
        assert (fast or None) == phones._parse_slow(number, region)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=60))
def test_a_plain_digit_token_is_segmented_as_the_dynamic_programme_would(token: str) -> None:
    from kartlegg.extract import numwords

    assert numwords.segment(token) == numwords._segment(token)


_WORD_PIECES = st.sampled_from(["to", "tolv", "en", "fem", "femti", "ten", "onto", "5", "_", " ", "-", "ſ", "²", "x"])


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_WORD_PIECES, max_size=25).map("".join),
    st.sets(st.sampled_from(["to", "tolv", "en", "fem", "femti", "ten"]), min_size=1),
)
def test_whole_words_are_what_the_word_pattern_finds(low: str, found: set[str]) -> None:
    """After the caller's check of what precedes a word, ``whole_words`` gives the spans that the pattern
    ``(?:w1|w2|...)(?![^\\W\\d_])`` finds with ``finditer``."""
    from kartlegg.extract import phones
    from kartlegg.extract.patterns import trie_pattern

    def alone(s: int) -> bool:
        return not s or not (low[s - 1].isalnum() or low[s - 1] == "_")

    words = frozenset(found)
    rx = re.compile(r"(?:" + trie_pattern(words) + r")(?![^\W\d_])")
    want = [m.span() for m in rx.finditer(low) if alone(m.start())]
    assert [sp for sp in phones.whole_words(low, words) if alone(sp[0])] == want


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_AGE_PIECES, max_size=20).map("".join)))
@example("22-år, 23 -årig, 24 – 26 år, 25\u212br, 27  Yrs, 28 AAR, 29:30, 30 \n31\tår")
def test_age_units_follow_only_two_digit_runs(text: str) -> None:
    """``find_ages`` tries the number-unit pattern only at runs of exactly two digits followed (after at most two
    blanks) by a dash or a unit's first character: it matches nowhere else."""
    runs = digit_runs(text)
    two = set(ages._two_digit_runs(text, runs))
    for d in runs:
        if ages._NUMUNIT.match(text, d) is not None:
            assert d in two, (text, d)


_LABEL_PIECES = st.sampled_from(
    ["Age", "age", "AGE", "Ålder", "alder", "ALDER", "Edad", "alter", "Âge", "vek", "Wiek", "poster's age",
     "Posters Age", "poster", "Posters", "s", ":", " ", "  ", "\t", "=", "-", "–", "22", "19", "7", "123", "cm", " kg",
     "+", "%", "x", "_", "é",
     "ſ", "İ", "\u212b", "\n"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_LABEL_PIECES, max_size=20).map("".join)))
@example("Posters Age: 22, poster's age 23, Ålder:24 Wiek - 25 xage 26 _alter 27")
def test_age_labels_found_in_lower_cased_text_are_the_case_insensitive_patterns(text: str) -> None:
    """``find_ages`` reads the "Age: 22" labels with a lower-case pattern over the lower-cased text (its left
    boundary checked in Python): the same spans and groups as the case-insensitive pattern over the text."""
    low = lower_same_length(text)
    want = [(m.span(), m.span(1), m.span(2)) for m in ages._LABEL.finditer(text)]
    assert [(m.span(), m.span(1), m.span(2)) for m in ages._label_matches(text, low)] == want
    # tried only where a label's first word starts: the same matches
    words = letter_words(low)
    assert [(m.span(), m.span(1), m.span(2)) for m in ages._label_matches(text, low, words)] == want


_PLUS_PIECES = st.sampled_from(
    ["+", " ", "  ", "\n", "\t", ":", "(", "[", "\u00a0", "plus", "PLUS", "Pluss", "plus:", "x", "7", "070", "_"]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(_PLUS_PIECES, max_size=12).map("".join)))
def test_intl_mark_runs_its_patterns_only_where_they_can_match(text: str) -> None:
    """``phones._intl_mark`` skips each pattern where its necessary character is missing: at every position it
    says what the two searches alone say (a "$" also matches before a final line break)."""

    def plain(start: int) -> int:
        if phones._PLUS_BEFORE.search(text, max(0, start - 3), start):
            return 2
        if start >= 5 and phones._plus_word().search(text, max(0, start - 8), start):
            return 1
        return 0

    assert [phones._intl_mark(text, s) for s in range(len(text) + 1)] == [plain(s) for s in range(len(text) + 1)]


#: National numbers of several countries, written so that each reads in its own country (``phones.validate``),
#: Italian ones with the leading zero that E.164 keeps and ``national_number`` drops
_NATIONAL = [
    ("0701234567", "SE"), ("0812345678", "SE"), ("41234567", "NO"), ("92345678", "NO"), ("20123456", "DK"),
    ("52550351", "DK"), ("0612345678", "IT"), ("3123456789", "IT"), ("07911123456", "GB"), ("2025550123", "US"),
]  # fmt: skip


def _numbers() -> list[str]:
    out = []
    for digits, region in _NATIONAL:
        e = phones.validate(digits, False, (region,))
        assert e, (digits, region)
        out.append(e)
    return out


_STYLES = st.sampled_from(["international", "national", "words", "mixed", "broken", "invalid"])


def _same_number_reference(hits: list[phones.PhoneHit]) -> list[phones.PhoneHit]:
    """``phones._same_number`` as written before the suffix check: every hit's national part parsed."""
    intl = {phones.national_part(h.e164): h.e164 for h in hits if h.style == "international"}
    if not intl or len(hits) < 2:
        return hits
    out = []
    for h in hits:
        if h.style != "international":
            e = intl.get(phones.national_part(h.e164))
            if e and e != h.e164:
                h = phones.PhoneHit(e, h.start, h.end, h.style)
        out.append(h)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_numbers()), _STYLES, st.booleans()), max_size=8))
def test_a_number_read_nationally_is_the_international_one_without_parsing_every_hit(
    picks: list[tuple[str, str, bool]],
) -> None:
    """The suffix check before ``national_part`` changes nothing: the same hits as parsing every one. A number may
    be read in another country ("+4520123456" also as "+4720123456": the same national part)."""
    hits = []
    for k, (e164, style, other) in enumerate(picks):
        if other and e164.startswith(("+45", "+47")):
            e164 = ("+47" if e164.startswith("+45") else "+45") + e164[3:]
        hits.append(phones.PhoneHit(e164, 10 * k, 10 * k + 8, style))
    assert phones._same_number(list(hits)) == _same_number_reference(list(hits))
    parts = {phones.national_part(h.e164): h.e164 for h in hits if h.style == "international"}
    for h in hits:
        if phones.national_part(h.e164) in parts:
            assert phones.may_share_national_part(h.e164, parts)
