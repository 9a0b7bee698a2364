"""The fast paths of the shared helpers give exactly what the plain regex scans they replace give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract.language import MIN_LETTERS, detect_language
from kartlegg.extract.patterns import (
    LETTER_RUN,
    digit_runs,
    letter_words,
    lower_is_caseless,
    lower_same_length,
    scan,
)
from kartlegg.extract.places import _modes
from kartlegg.extract.text import is_latin1, prepare

# letters of several scripts, digits of several systems, "½" and "²" (letter-run characters that are not
# letters), blanks, punctuation and underscores: every class boundary the fast paths rely on
PIECES = st.sampled_from(
    ["a", "Å", "ß", "İ", "ж", "ș", "中", "½", "²", "٣", "７", "0", "9", "_", " ", "\t", "\n", "\u00a0", ",", ".", "-"]
)
WORD_CHAR = re.compile(r"\w")
TEXT = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=80).map("".join))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_letter_words_are_the_letter_runs(text: str) -> None:
    low = lower_same_length(text)
    assert letter_words(low) == set(LETTER_RUN.findall(low))
    assert letter_words(text) == set(LETTER_RUN.findall(text))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_digit_runs_start_every_run_of_decimal_digits(text: str) -> None:
    text = prepare(text)
    assert digit_runs(text) == [m.start() for m in re.finditer(r"\d+", text)]


#: Other scripts' digits (not folded by ``prepare``) and letters, wide characters that are neither, and "?" (what
#: the byte scans read a wide character as), around ASCII digits and letters
WIDE = st.lists(st.sampled_from(["7", "12", "٣", "༣", "７", "—", "é", "ł", "ж", "☎", "😊", "?", " ", "x"]), max_size=40)


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, WIDE.map("".join)))
def test_byte_scans_of_unprepared_text(text: str) -> None:
    """The byte scans and their regex fallbacks give the regex's digit runs and letter runs."""
    assert digit_runs(text) == [m.start() for m in re.finditer(r"\d+", text)]
    assert letter_words(text) == set(LETTER_RUN.findall(text))


def _separate_passes(text: str) -> tuple[str, str, set[str], list[int]]:
    prep = prepare(text)
    low = lower_same_length(prep)
    return prep, low, set(LETTER_RUN.findall(low)), [m.start() for m in re.finditer(r"\d+", prep)]


def _same_as_separate_passes(text: str) -> None:
    """``scan`` gives what the separate passes give, and a class string (when it gives one) that marks exactly the
    prepared text's letters and digits (``str.isalnum``)."""
    *passes, alnum = scan(text)
    assert tuple(passes) == _separate_passes(text)
    if alnum is not None:
        assert alnum == "".join("a" if c.isalnum() else " " for c in passes[0])


#: Wide characters that are no letter or digit (the ones ``scan`` reads in its one pass), wide letters and digits,
#: characters ``prepare`` folds, and latin-1 letters with an upper case
SCAN_PIECES = st.sampled_from(
    ["—", "☎", "😊", "❤", "Ω", "K", "Ⓐ", "ł", "٣", "７", "①", "﹫", "。", "?", "Å", "ÿ", "ß", "µ", "7", "x", " "]
)


@settings(max_examples=600, deadline=None)
@given(st.one_of(TEXT, st.lists(SCAN_PIECES, max_size=60).map("".join)))
def test_one_scan_gives_what_the_separate_passes_give(text: str) -> None:
    """``scan``: prepared text, lower-cased text, its letter runs and the digit runs, as the regexes find them."""
    _same_as_separate_passes(text)


def test_one_scan_with_many_wide_characters_and_at_the_length_bound() -> None:
    for text in ("ab ☎ 12 " * 40, "Ø" * 100_005 + "7", "—" * 99_999 + "Σ7"):
        _same_as_separate_passes(text)


def test_lowering_keeps_every_wide_character_that_is_no_letter_or_digit_one_such_character() -> None:
    """What ``scan``'s byte pass relies on, for every code point above U+00FF that is no letter or digit: lower-casing
    keeps it one character, still no letter or digit (so no letter run or digit run appears in the lower-case text)."""
    for cp in range(256, 0x110000):
        c = chr(cp)
        if not c.isalnum():
            low = c.lower()
            assert len(low) == 1 and not low.isalnum() and not low.isdecimal(), hex(cp)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_latin1_check_and_prepare_keep_length(text: str) -> None:
    assert is_latin1(text) == all(ord(c) < 0x100 for c in text)
    assert len(prepare(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_texts_with_too_few_letters_get_no_language(text: str) -> None:
    letters = len(re.findall(r"[^\W\d_]", text[:240]))
    if letters < MIN_LETTERS:
        assert detect_language(text) is None


def test_enough_letters_is_counted_exactly_at_the_threshold() -> None:
    swedish = {"jag", "och", "inte", "är", "med"}  # a clear vote, so only the letter count decides
    assert detect_language("1 jag, och 2 inte! x", swedish) is None  # 11 letters
    assert detect_language("1 jag, och 2 inte! x_y", swedish) == "sv"  # 12
    assert detect_language("_" * 200 + "abcdefghijkl", swedish) == "sv"
    assert detect_language("_" * 230 + "abcdefghijkl", swedish) is None  # past the sample


# every letter the extraction patterns spell, and the class ranges they use
_PATTERN_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöæøâéèüßêáàíóúñç"


def test_lower_case_matching_differs_from_ignorecase_only_at_the_case_traps() -> None:
    # every code point up to U+2FFF and the letter-like blocks above (Kelvin and Ångström signs, full-width forms)
    points = [*range(0x3000), *range(0x2100, 0x2150), *range(0xFF00, 0xFF60), *range(0x10400, 0x10450)]
    differ = set()
    for cp in points:
        c = chr(cp)
        low = lower_same_length(c)
        for letter in _PATTERN_LETTERS:
            if (re.fullmatch("(?i)" + letter, c) is not None) != (low == letter):
                differ.add(c)
        if (re.fullmatch("(?i)[a-z]", c) is not None) != (re.fullmatch("[a-z]", low) is not None):
            differ.add(c)
        for cls in (r"\w", r"\d", r"\s", r"[^\W\d_]"):
            assert (re.fullmatch(cls, c) is None) == (re.fullmatch(cls, low) is None)
    assert differ == {"\u0130", "\u0131", "\u017f"}
    assert not lower_is_caseless("Istanbul İzmir") and lower_is_caseless("ISTANBUL izmir")


_MODES = _modes()[0]
_MODE_WORDS = sorted({w for k in _MODES.later_words for w in k.split(" ")})
# whole phrases, their words alone (a phrase cut short) and separators
_PHRASE_PIECES = [*_MODES.later_words, *_MODE_WORDS, " ", "-", "\t", "x", "1", "_", ".", "  "]
_PHRASE_TEXT = st.lists(st.sampled_from(_PHRASE_PIECES), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PHRASE_TEXT)
def test_phrases_with_a_later_word_missing_from_the_text_are_not_tried_and_not_missed(text: str) -> None:
    low = lower_same_length(text)
    words = letter_words(low)
    firsts = _MODES.first_words.intersection(words)
    # the phrases of every first word in the text, scanned in full: what find gave before it left any out
    every = _MODES._compile([k for f in firsts for k in _MODES.by_first[f]])
    expected = [m.span() for m in every.finditer(low) if not (m.start() and WORD_CHAR.match(low, m.start() - 1))]
    assert _MODES.find(low, words) == (expected if firsts else [])
