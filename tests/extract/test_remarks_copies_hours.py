"""A number broken around a bracketed remark, masked copies of numbers, and hours in words (issue 14, session 39).

"Tlf. 3593 (resten) 0060": two groups of one number with a bracketed remark of words between them, whatever its words,
after a contact word (``order._remark_edits``). "35 9• •• 60", "55*2•*••*11", "+479•••••59": a moderation tool's
copy of a number with digits masked is no number, and its shown digits join no neighbour (``masks._blank_copies``).
"efter ni. fire to en …", "after nine! 9 zero 4 …": a number word after a word of time is an hour, never a phone's
first digit (``phones._after_hour_cue``). Golden cases in sv/no/da/en and properties. Synthetic text only, with
invented numbers."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad

from .nordic_ads import DK, NO, SE, phones

# --- two groups with a bracketed remark between ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Tlf. 9836 (resten) 2012", NO, ["+4798362012"]),
        ("SMS meg før booking: 4744 (resterende) 3785", NO, ["+4747443785"]),
        ("SMS:a mig innan bokning: 07032 (fortsätter) 69123", SE, ["+46703269123"]),
        ("Tel. 07304 [resten av numret] 90016", SE, ["+46730490016"]),
        ("Tlf. 3593 (resten) 0060", DK, ["+4535930060"]),
        ("SMS mig: 4967 (fortsat) 7850", DK, ["+4549677850"]),
        ("Text me: 9733 (the rest) 0490", NO, ["+4797330490"]),
        ("☎ 07288 (continued) 88141", SE, ["+46728888141"]),
    ],
)
def test_two_groups_around_a_bracketed_remark_are_one_number(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw"),
    [
        ("Annonse 5100 (rom) 0329 i Drammen", NO),  # no contact word before it: an id
        ("Pris: 1500 (natt) 2000 kr", NO),  # amounts
        ("Ring 2024 (nytt) 2026", NO),  # years
        ("Ring 4123 (Ola) 98765432", NO),  # the second group is a number alone
        ("Ring kl. 14:00 (ca) 1530", NO),  # a time's tail
        ("Tlf (1500) 2000", NO),  # the remark holds digits
    ],
)
def test_groups_around_a_remark_that_are_no_number_stay_apart(body: str, kw: dict[str, str]) -> None:
    got = phones(body, **kw)
    assert got == [] or (body.endswith("98765432") and got == ["+4798765432"])


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["resten", "the rest", "fortsätter", "rest", "weiter", "dalej"]),
    st.integers(min_value=1000, max_value=9999),
    st.integers(min_value=1000, max_value=9999),
)
def test_a_remark_joins_only_what_is_one_valid_number(word: str, a: int, b: int) -> None:
    body = f"Ring meg: {a} ({word}) {b}"
    got = phones(body, **NO)
    joined = extract_ad(body=f"Ring meg: {a}{b}", **NO).values("phone")
    assert set(got) <= set(joined)


# --- masked copies ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        (
            "📞 35 93 00 60\n📞 50443265\n--- Automatisk maskering ---\n35 9• •• 60\n504•••65",
            DK,
            ["+4535930060", "+4550443265"],
        ),
        (
            "📞 55*25*83*11\n📞 65 89 69 71\n--- Auto-mask ---\n55*2•*••*11\n65 8• •• 71",
            DK,
            ["+4555258311", "+4565896971"],
        ),
        ("Ring: 99 82 12 06\n99 / 8• / •• / 06\n97 34 75 82", NO, ["+4797347582", "+4799821206"]),
        ("> 46722056307\nmask: https://wa.me/467••••••07 | 93*9•*••*81", SE, ["+46722056307"]),
        ("Telefon: 070-123 45 67\nmaskerad: 070-1•• •• 67", SE, ["+46701234567"]),
    ],
)
def test_a_masked_copy_is_no_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring 55*25*83*11", DK, ["+4555258311"]),  # one sign between digits: a separator
        ("*** 41 25 73 86 ***", NO, ["+4741257386"]),  # decoration around a number
        ("Ring 41257386## ok", NO, ["+4741257386"]),  # signs after a whole number
        ("Tlf 41257386 / 98•••21", NO, ["+4741257386"]),  # a number beside a copy stays
        # stars as separators between groups written apart: the stretch shows a whole number, nothing is masked
        ("Ring 4**12~57**3~86", NO, ["+4741257386"]),
        ("*212~*736~50**00", {"region": "US"}, ["+12127365000"]),
        ("**2**1**2\\_ 7***3**6-50**00", {"region": "US"}, ["+12127365000"]),
    ],
)
def test_signs_that_mask_nothing_leave_the_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=40000000, max_value=49999999),
    st.sampled_from(["\u2022", "*", "#"]),
    st.integers(min_value=2, max_value=5),
)
def test_a_copy_with_masked_digits_adds_no_number(number: int, sign: str, masked: int) -> None:
    digits = str(number)
    copy = digits[:3] + sign * masked + digits[3 + masked :]
    alone = phones(f"Ring meg: {digits}", **NO)
    assume(alone == ["+47" + digits])  # a placeholder ("42000000") is read as no number at all
    assert phones(f"Ring meg: {digits}\n{copy}", **NO) == alone


# --- hours in words ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Tilbring en nat efter ni. fire to en en fire syv fem fem", DK, ["+4542114755"]),
        ("Here is a gentle brunette after nine. nine zero four six five nine one five", NO, ["+4790465915"]),
        ("Bestill meg etter ni. (+46) 76 342 60 54", NO, ["+46763426054"]),
        ("Boka mig efter nio! 0 7 0 1 2 3 4 5 6 7", SE, ["+46701234567"]),
        ("Hyg dig efter ni!\n5 fire 6 ni 6 tre 3 seks", DK, ["+4554696336"]),
        ("Ring meg kl. ti: ni en fem seks ni tre en fem", NO, ["+4791569315"]),
    ],
)
def test_an_hour_in_words_is_no_digit_of_a_phone(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_a_number_word_without_a_time_word_is_still_read() -> None:
    assert phones("Ring ni en fem seks ni tre en fem", **NO) == ["+4791569315"]
