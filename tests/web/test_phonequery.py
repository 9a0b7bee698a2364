"""The search box's phone normaliser: any written form of a number gives its E.164 value."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.web.phonequery import phone_candidates

NUMBERS = ["+46701234567", "+4741234567", "+4520123456", "+46812345678"]
WORDS = {
    "0": "noll",
    "1": "ett",
    "2": "två",
    "3": "tre",
    "4": "fire",
    "5": "fem",
    "6": "seks",
    "7": "sju",
    "8": "åtte",
    "9": "ni",
}


def national(e164: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(NUMBERS),
    st.lists(st.sampled_from([" ", "-", ".", "/", " - ", "*", "  "]), min_size=12, max_size=12),
    st.booleans(),
    st.lists(st.booleans(), min_size=12, max_size=12),
    st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_obfuscated_forms_normalise(e164, seps, international, as_word, lookalike) -> None:
    digits = e164[1:] if international else phonenumbers.national_significant_number(phonenumbers.parse(e164))
    if not international and not e164.startswith(("+47", "+45")):
        digits = "0" + digits  # Swedish trunk prefix
    parts = []
    for i, ch in enumerate(digits):
        if as_word[i % 12]:
            tok = WORDS[ch]
        elif lookalike[i % 12] and ch in "01":
            tok = {"0": "O", "1": "l"}[ch]
        else:
            tok = ch
        parts.append(tok + (seps[i % 12] if as_word[i % 12] or i % 3 == 2 else ""))
    query = ("+" if international else "") + "".join(parts)
    assert e164 in phone_candidates(query), query


def test_plain_national_and_international_forms() -> None:
    for e164 in NUMBERS:
        assert e164 in phone_candidates(national(e164))
        assert e164 in phone_candidates("00" + e164[1:])


def test_words_and_short_numbers_are_not_phones() -> None:
    for q in ("anna", "ny i stan", "12345", "", "x" * 500, "070"):
        assert phone_candidates(q) == []


def test_words_around_the_number_are_not_read_as_digits() -> None:
    found = phone_candidates("ring meg på 412 34 567")
    assert "+4741234567" in found and "+46141234567" not in found


def test_ordinary_words_that_are_number_words_count_only_beside_other_number_tokens() -> None:
    # "to" is 2 in Norwegian and Danish, and also "to"; "i" is a look-alike 1 and a Swedish word
    found = phone_candidates("ring to meg 412 34 567")
    assert "+4741234567" in found and "+46241234567" not in found
    assert phone_candidates("ring mig i morgon 070-123 45 67") == ["+46701234567"]
    # among other number tokens they still count
    assert "+4520123456" in phone_candidates("to nul en to tre fire fem seks")
