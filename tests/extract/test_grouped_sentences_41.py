"""A short run of look-alike groups as a sentence of its own, after another sentence on its line, is a number only
in a text that asks for a call (``letters._asks_contact``; session 41). The property
``test_prose_of_look_alike_letters_never_reads`` drew "Hej! B2B A0 B2B." and failed in about one run in four."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kartlegg.extract.phones import find_phones

REGIONS = ("SE", "NO", "DK")

#: Codes as a sentence of their own, in texts with no contact word (sv, no, da, en).
CODES = [
    "Hej! B2B A0 B2B.",
    "Hei! B2B 4O B2B.",
    "Hej! 9T B2B B2B.",
    "Hello! B2B T9 B2B.",
]


@pytest.mark.parametrize("text", CODES)
def test_codes_as_a_sentence_without_a_contact_word_never_read(text: str) -> None:
    assert find_phones(text, REGIONS) == []


#: The same runs in texts that ask to be called or written to: read (sv, no, da, en).
ASKED = [
    ("Ring mig på kvällen. B2B A0 B2B. Kram", "+4582840828"),
    ("Ring meg gjerne. B2B 4O B2B. Klem", "+4582840828"),
    ("Skriv til mig i aften. B2B A0 B2B. Knus", "+4582840828"),
    ("Call me tonight. B2B A0 B2B. Hugs", "+4582840828"),
]


@pytest.mark.parametrize(("text", "e164"), ASKED)
def test_the_same_run_in_a_text_asking_for_a_call_reads(text: str, e164: str) -> None:
    assert [h.e164 for h in find_phones(text, REGIONS)] == [e164]


#: Four groups of two or more, as a sentence of its own, need no contact word (blind18's look-alike style).
LONG = [
    ("Good evening, it is Petra in Ålborg. Only a few days. 4O T2 lB OO Hugs from Petra", ("DK",), "+4540721800"),
    ("God kveld, dette er Lola. Jeg tar imot i rolig leilighet. 4S l6 B6 Bl Klem fra Lola", ("NO",), "+4745168681"),
    ("Hej, jag heter Dora. Lugn lägenhet med musik. O7 O4 l2 E5 S6 Kram från Dora", ("SE",), "+46704123556"),
]


@pytest.mark.parametrize(("text", "regions", "e164"), LONG)
def test_four_groups_as_a_sentence_read_without_a_word(text: str, regions: tuple[str, ...], e164: str) -> None:
    assert [h.e164 for h in find_phones(text, regions)] == [e164]


@given(groups=st.lists(st.sampled_from(["B2B", "A0", "4O", "T9", "9T", "B2", "O7"]), min_size=2, max_size=3))
def test_three_code_groups_after_a_greeting_never_read(groups: list[str]) -> None:
    text = "Hej! " + " ".join(groups) + "."
    if sum(ch.isdigit() for ch in text) >= 4:
        return  # four real digits may well be a number written with a few letters
    assert find_phones(text, REGIONS) == []
