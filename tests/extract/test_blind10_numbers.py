"""How numbers written out of shape are read: the classes blind10 showed (issue 14, session 32), as golden cases in the
languages they concern: digits backwards with a verb before the cue after them ("(les baklengs)", "(read it
backwards)"), the prefix or the country code written last, a number listed as prose after a contact word ("47, 318
og 926"), a number split between two places of one field ("9184…" … "(…2736)"), and dense Latin or Cyrillic
look-alikes after a contact word or a phone sign. Synthetic text only, in other words and numbers than the corpora."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract.order import read_order
from kartlegg.extract.patterns import letter_words, lower_same_length
from kartlegg.extract.prefix import read_prefix
from kartlegg.extract.prose import read_prose

from .nordic_ads import NO, SE, phones

# --- digits backwards, a verb between the run and the cue after it ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg gjerne, nummeret mitt: 61537214 (les baklengs)", NO, ["+4741273516"]),
        ("Sms: 8963745270 (läs det baklänges)", SE, ["+46725473698"]),
        ("Text me: 7654321308432 (read it backwards)", SE, ["+2348031234567"]),
        # a clinic's landline: the run as written is no mobile, its reversal a fixed line
        ("Ring oss: 66558822 (les baklengs)", NO, ["+4722885566"]),
    ],
)
def test_a_verb_may_stand_before_a_backwards_cue_after_the_run(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


# --- the prefix or the country code written last -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("WhatsApp: 31 42 77 5 (börja med 073)", SE, ["+46733142775"]),
        ("Mobile: 72 81 44 06 3 (starts with +40)", SE, ["+40728144063"]),
        ("Ring meg: 60 11 24 35 7 (start med +420)", NO, ["+420601124357"]),
        # a landline of the ad's country
        ("Ring oss: 18 52 71 (starts with 23)", NO, ["+4723185271"]),
    ],
)
def test_a_prefix_or_code_written_last_is_joined_and_the_run_never_read_alone(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


# --- a number listed as prose after a contact word ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg: 47, 318 og 926", NO, ["+4747318926"]),
        ("Kontakta mig på: 073, 611 och 2958", SE, ["+46736112958"]),
        ("Call me: +4072, 991 and 5334", SE, ["+40729915334"]),
        ("📞: 93, 418 & 551", NO, ["+4793418551"]),
    ],
)
def test_groups_listed_after_a_contact_word_are_one_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw"),
    [
        ("Priser: 500, 1000 og 1500 kr", NO),  # amounts: a currency follows
        ("Hun har 41, 235 og 678 følgere", NO),  # no contact word before the list
        ("Call me: 12 and 34", SE),  # two bare groups
    ],
)
def test_lists_that_are_no_number_are_not_joined(body: str, kw: dict[str, str]) -> None:
    assert phones(body, **kw) == []


# --- a number split between two places of one field --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg: 9184…\nHyggelig jente i Bergen.\n(…2736)", NO, ["+4791842736"]),
        ("📞: +37062…\nNew in town\n… …318745", SE, ["+37062318745"]),
        ("Mobil: 0736...\nBara sms.\n...41 92 58", SE, ["+46736419258"]),
    ],
)
def test_halves_in_two_places_of_a_field_are_one_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_halves_without_a_contact_word_or_with_a_mask_are_not_joined() -> None:
    assert phones("Ref 9184…\nHyggelig jente.\n(…2736)", **NO) == []
    assert "+4791842736" not in phones("Ring meg: 9184…XX\nHyggelig jente.\n(…2736)", **NO)


# --- dense look-alikes after a contact word or a phone sign ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("📞: 9SBIB4SB", NO, ["+4795818458"]),  # two real digits of eight
        ("Ring mig: o7o9oolB2S", SE, ["+46709001825"]),  # "ool": the old look-alikes, not a word
        ("Kontakt meg på: Ч8бЗ1ЧоЗ", NO, ["+4748631403"]),  # Cyrillic, two real digits
        ("Sms: О7ЗбЧ1ЧЗо8", SE, ["+46736414308"]),
    ],
)
def test_dense_look_alikes_after_a_contact_word_are_read(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_a_cyrillic_word_with_digits_is_no_number() -> None:
    assert phones("Привет, мне 23 года, звони", **NO) == []


# --- no rule fires without its cue ------------------------------------------------------------------------------

_GROUP = st.from_regex(r"\A[0-9]{1,5}\Z")
_FILLER = st.sampled_from(["Det var", "Vi fikk", "Hun kjøpte", "They sold", "Det blev"])
_TAIL = st.sampled_from(["stykker", "ganger", "pieces", "gånger", ""])


@settings(max_examples=60, deadline=None)
@given(a=_GROUP, b=_GROUP, c=_GROUP, filler=_FILLER, tail=_TAIL, joiner=st.sampled_from(["og", "och", "and", "&"]))
def test_a_list_is_never_joined_without_a_contact_word(
    a: str, b: str, c: str, filler: str, tail: str, joiner: str
) -> None:
    text = f"{filler} {a}, {b} {joiner} {c} {tail}"
    low = lower_same_length(text)
    assert read_prose(text, low, letter_words(low), lambda number: True) is None


@settings(max_examples=60, deadline=None)
@given(run=st.from_regex(r"\A[0-9]{6,12}\Z"), after=st.sampled_from(["(les dette)", "(read it)", "(läs det)", ""]))
def test_a_run_is_never_reversed_without_a_backwards_cue(run: str, after: str) -> None:
    text = f"Nummer: {run} {after}"
    low = lower_same_length(text)
    assert read_order(text, low, letter_words(low), lambda number: True, lambda number: True) is None


@settings(max_examples=60, deadline=None)
@given(run=st.from_regex(r"\A[0-9]{2}( [0-9]{2}){2,4}\Z"), pre=st.from_regex(r"\A\+?[0-9]{2,3}\Z"))
def test_a_prefix_is_never_joined_without_its_cue(run: str, pre: str) -> None:
    text = f"Nummer: {run} ({pre})"
    low = lower_same_length(text)
    assert read_prefix(text, low, letter_words(low), lambda number: True) is None
