"""The fast paths of the shared helpers give exactly what the plain regex scans they replace give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract.language import MIN_LETTERS, detect_language
from kartlegg.extract.patterns import LETTER_RUN, digit_runs, letter_words, lower_same_length
from kartlegg.extract.text import is_latin1, prepare

# letters of several scripts, digits of several systems, "½" and "²" (letter-run characters that are not
# letters), blanks, punctuation and underscores: every class boundary the fast paths rely on
PIECES = st.sampled_from(
    ["a", "Å", "ß", "İ", "ж", "ș", "中", "½", "²", "٣", "７", "0", "9", "_", " ", "\t", "\n", "\u00a0", ",", ".", "-"]
)
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
