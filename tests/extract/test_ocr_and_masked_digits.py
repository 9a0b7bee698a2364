"""Digits misread, masked and riddled (issue 14, session 33): OCR's misreadings inside a cued run of a text that says
it was scanned, one digit replaced by a mark with its key, the last two as a riddle in words, a number written
backwards with its "+" at the end, "|" for 1, Cyrillic look-alikes standing apart after a contact word, and digit
pairs said as numbers with commas between. Golden cases in the languages they concern, and properties: an OCR
mapping or a mark substitution never fires without its marker/cue or key, and never gives a number that does not
validate as a whole. Synthetic text only, with invented numbers."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract.masked import read_marked
from kartlegg.extract.ocr import read_ocr
from kartlegg.extract.patterns import letter_words, lower_same_length

from .nordic_ads import DK, NO, SE, phones

SCANNED = "Arkiv: OCR-tekst fra et skannet kort, kan ha feil.\n"


# --- OCR's misreadings in a text that says it was scanned ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # D for 0, a double blank
        (SCANNED + "Mobil: 4D 72  19 83", NO, ["+4740721983"]),
        # "/" for 7 and G for 6
        (SCANNED + "Ring meg: 9/ 3G 25 14", NO, ["+4797362514"]),
        # a stray comma and Z for 2
        ("OCR-text (automatisk, kan innehålla fel)\nTel: 07Z, 381 44 96", SE, ["+46723814496"]),
        # A for 4 and a stray dot, Danish
        ("Scannet flyer, OCR: 83 %\nKontakt: 2A 81. 3s 07", DK, ["+4524813507"]),
        # the country code misread ("S" for 5 in "+45") and b for 6
        ("Scanned leaflet (OCR)\nCall me: +4S 31 b2 08 11", DK, ["+4531620811"]),
    ],
)
def test_ocr_misreadings_in_a_scanned_text_are_read_as_a_whole(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


def test_an_ocr_run_that_does_not_validate_gives_nothing_not_its_digits_alone() -> None:
    # "s/" glued to the groups: without a valid whole reading the run is no number, not "+45 50 36 58" (a part)
    assert phones(SCANNED + "Mobil: +45  s/ 5 36 58", **DK) == []


def test_ocr_confusions_are_not_read_without_the_text_saying_it_was_scanned() -> None:
    assert phones("Mobil: 4D 72  19 83", **NO) == []
    assert phones("Ring meg: 9/ 3G 25 1D", **NO) == []


def test_ocr_confusions_are_not_read_without_a_contact_word() -> None:
    assert phones(SCANNED + "Nr 4D 72  19 83 på lager", **NO) == []


# --- one digit replaced by a mark, with its key --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: 9# 31 47 #8 (# = fem)", NO, ["+4795314758"]),
        ("Text me: +47 4* 60 *2 19 (* is one)", NO, ["+4741601219"]),
        ("Sms: 07X-61X 22 08 (X är tre)", SE, ["+46736132208"]),
        ("Skriv til mig: 2x 8x 14 60 (x betyder syv)", DK, ["+4527871460"]),
        ("WhatsApp: +40 7## 512 0#3 (# = null)", SE, ["+40700512003"]),
    ],
)
def test_a_mark_with_its_key_is_read_as_the_digit_the_key_names(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


def test_a_marked_run_whose_key_does_not_validate_is_never_read_with_the_marks_dropped() -> None:
    # "+36 77 771 8123" is no valid number: "+36 718123" (the marks dropped) must not come out
    assert phones("Ring: +36 7* **1 8123 (* er syv)", **NO) == []


# --- the last two as a riddle, backwards with its "+" last, "|" for 1, Cyrillic apart, pairs with commas ----------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Call: +46 73 611 28 ** (last two are forty-one)", SE, ["+46736112841"]),
        ("Phone: 48 22 63 ** (the last two are seventy three)", NO, ["+4748226373"]),
        ("Ring: 40 17 58 ** (sidste to er seksogtredive)", DK, ["+4540175836"]),
    ],
)
def test_the_last_two_given_as_one_number_in_words_complete_the_mask(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: 46025813764+ (läs baklänges)", SE, ["+46731852064"]),
        ("Mob: 5628314974+ (les baklengs)", NO, ["+4794138265"]),
        ("Sms: 9304178254+ (læs baglæns)", DK, ["+4528714039"]),
    ],
)
def test_a_number_written_backwards_may_end_in_its_plus(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: 9| 4Z 37 S8", NO, ["+4791423758"]),
        ("Mobil: +45 2| 6Z 5| 40", DK, ["+4521625140"]),
        ("Kontakt: 93 47 12 бЗ", NO, ["+4793471263"]),
        ("Ring: pluss fire sju, nitti, en to tre, fire fem seks", NO, ["+4790123456"]),
        ("Call: plus four six, seventy, three one two, four five six seven", SE, ["+46703124567"]),
    ],
)
def test_new_look_alikes_and_pairs_said_apart(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_a_pipe_between_groups_stays_a_separator() -> None:
    assert phones("Ring: 91|42|37|58", **NO) == ["+4791423758"]


# --- properties -----------------------------------------------------------------------------------------------


_RUN_CHARS = st.text(alphabet="0123456789DAGbsSZzOoIl/,. ", min_size=6, max_size=24)
_CUES = st.sampled_from(["Ring: ", "Tlf: ", "Kontakt: ", "Call me: ", "Mobil: "])


def _digits_at(text: str) -> set[int]:
    return {i for i, ch in enumerate(text) if "0" <= ch <= "9"}


@settings(max_examples=200, deadline=None)
@given(cue=_CUES, run=_RUN_CHARS)
def test_ocr_never_fires_without_its_marker(cue: str, run: str) -> None:
    text = "Ny i byen!\n" + cue + run
    assert read_ocr(text, letter_words(lower_same_length(text)), lambda _: True) is None


@settings(max_examples=200, deadline=None)
@given(cue=_CUES, run=_RUN_CHARS)
def test_ocr_writes_no_digit_of_a_reading_that_does_not_validate(cue: str, run: str) -> None:
    text = SCANNED + cue + run
    out = read_ocr(text, letter_words(lower_same_length(text)), lambda _: False)
    if out is not None:
        assert len(out) == len(text)
        assert _digits_at(out) <= _digits_at(text)  # only blanks where a run stood: never its digits alone


@settings(max_examples=200, deadline=None)
@given(cue=_CUES, run=_RUN_CHARS)
def test_an_ocr_reading_validates_as_a_whole(cue: str, run: str) -> None:
    text = SCANNED + cue + run
    seen: list[str] = []

    def valid(number: str) -> bool:
        ok = phonenumbers.is_valid_number(phonenumbers.parse(number if number.startswith("+") else "+47" + number))
        if ok:
            seen.append(number.lstrip("+"))
        return ok

    try:
        out = read_ocr(text, letter_words(lower_same_length(text)), valid)
    except phonenumbers.NumberParseException:
        return
    if out is not None:
        assert len(out) == len(text)
        for k in range(len(SCANNED), len(out)):
            if out[k] != text[k] and "0" <= out[k] <= "9":
                # a digit written only inside a reading the check accepted
                assert seen


_MARK_RUN = st.text(alphabet="0123456789 *#xX+-", min_size=6, max_size=24)


@settings(max_examples=200, deadline=None)
@given(cue=_CUES, run=_MARK_RUN, tail=st.sampled_from(["", " ring nå", " – ny i byen", " (ring nå)"]))
def test_a_mark_is_never_read_without_its_key(cue: str, run: str, tail: str) -> None:
    text = cue + run + tail
    assert read_marked(text, lower_same_length(text), lambda _: True) is None


@settings(max_examples=200, deadline=None)
@given(
    cue=_CUES,
    run=_MARK_RUN,
    key=st.sampled_from(["(* is zero)", "(# = 5)", "(x er fire)", "(X är sju)", "(* betyder to)"]),
)
def test_marks_whose_run_does_not_validate_give_no_digit(cue: str, run: str, key: str) -> None:
    text = cue + run + " " + key
    out = read_marked(text, lower_same_length(text), lambda _: False)
    if out is not None:
        assert len(out) == len(text)
        assert _digits_at(out) <= _digits_at(text)  # never a mark written as a digit, never the key's digit
