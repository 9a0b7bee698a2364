"""How numbers written out of shape are read: the classes blind8 showed (issue 14, session 30), as golden cases in the
languages they concern: digits given backwards after a cue, a number given in two parts with words between, dense
letters for digits on a line of their own or after a contact word, a run broken by a lone dash line or a quote's
blank line, a foreign number written nationally beside its country's name or flag, and romanised Thai digit words.
Synthetic text only, in other words and numbers than the corpora."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.order import read_order
from kartlegg.extract.patterns import letter_words, lower_same_length


def phones(body: str, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, **kw).values("phone"))


# --- digits given backwards after a cue ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg gjerne, nummeret baklengs: 52 87 31 49", {"site": "kveldlys.no"}, ["+4794137825"]),
        ("Skriv till mig, läs baklänges 1953826070", {"site": "kvall.se"}, ["+46706283591"]),
        ("Ring til mig, læs bagfra: 81763524", {"site": "moterom.dk"}, ["+4542536718"]),
        ("Call me, read backwards 3681725070", {"site": "kvall.se"}, ["+46705271863"]),
        # the cue after the digits
        ("Mitt nummer: 52873149 (baklengs)", {"site": "kveldlys.no"}, ["+4794137825"]),
        # reversed with its code written without "+": a Romanian mobile
        ("Contact reversed: 51839201704", {"site": "kvall.se"}, ["+40710293815"]),
    ],
)
def test_digits_after_a_backwards_cue_are_read_reversed(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_a_cue_whose_reversed_digits_are_no_mobile_leaves_the_number_as_written() -> None:
    # "94137825" backwards is "52873149": no Norwegian mobile, so the number stays as written
    assert phones("Ring baklengs: 94137825", site="kveldlys.no") == ["+4794137825"]


def test_digits_without_a_cue_are_never_reversed() -> None:
    assert phones("Ring meg: 52 87 31 49, helst etter kl 12", site="kveldlys.no") == ["+4752873149"]


# --- a number given in two parts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: første del 4813 ... og så 2297", {"site": "kveldlys.no"}, ["+4748132297"]),
        ("Nummer: de første sifrene er 9264, resten 1378", {"site": "kveldlys.no"}, ["+4792641378"]),
        ("Ring mig: de första siffrorna är 0736, resten 184529", {"site": "kvall.se"}, ["+46736184529"]),
        ("Tlf: start 2837, slut 1946", {"site": "moterom.dk"}, ["+4528371946"]),
        ("Mobil: början 07294 slut 15836", {"site": "kvall.se"}, ["+46729415836"]),
        ("Text me: first 9155 then 2684", {"site": "kveldlys.no"}, ["+4791552684"]),
        # the code before the first word: "+", "00", a spoken plus
        ("Call: +first 40729 then 318405", {"site": "kvall.se"}, ["+40729318405"]),
        ("Kontakt: 00første del 48661 ... og så 420973", {"site": "moterom.dk"}, ["+48661420973"]),
        ("Phone: plus the first digits are 380671, the rest 592384", {"site": "kvall.se"}, ["+380671592384"]),
    ],
)
def test_two_parts_after_words_for_them_are_one_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_two_parts_that_make_no_mobile_are_not_joined() -> None:
    assert phones("Første del 1200 ... og så 1500 for natten", site="kvall.se") == []


def test_a_part_before_a_unit_is_an_amount() -> None:
    # "start 2026, end 1500 kr": together a valid Danish number, but the rest is a price
    assert phones("Start 2026, end 1500 kr for en time", site="kveldlys.no") == []


def _mobile(number: str) -> bool:
    return True  # any digits a mobile: only the cue guards the rewrite


_FILLER = st.sampled_from(["Ring", "meg", "Call", "me", "kl", "Hej", "tjej", "og", "nummer", ":", ",", "...", "-", "+"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(_FILLER, st.from_regex(r"[0-9]{2,8}", fullmatch=True), st.from_regex(r"[0-9 ]{4,9}", fullmatch=True)),
        min_size=1,
        max_size=12,
    )
)
def test_no_reversal_nor_join_without_its_cue(parts: list[str]) -> None:
    text = " ".join(parts)
    low = lower_same_length(text)
    assert read_order(text, low, letter_words(low), _mobile) is None


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"[1-9][0-9]{7}", fullmatch=True))
def test_a_reversal_writes_the_digits_back_to_front_in_place(digits: str) -> None:
    text = f"Kontakt baklengs: {digits}"
    low = lower_same_length(text)
    out = read_order(text, low, letter_words(low), _mobile)
    assert out == f"Kontakt baklengs: {digits[::-1]}"


# --- dense letters for digits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # a line of its own, more letters than digits
        ("Hei, ny jente i byen\ngg3 5B 7gT\nKyss", {"site": "kveldlys.no"}, ["+4799358797"]),
        # after a contact word, groups of letters only first
        ("SMS/ring: gOT gB 817", {"site": "kveldlys.no"}, ["+4790798817"]),
        # a spoken plus as its code
        ("Call me: plus 4b 7O 3gZ lS 84", {"site": "kvall.se"}, ["+46703921584"]),
        ("Ring til mig\n2B bb 51 6g", {"site": "moterom.dk"}, ["+4528665169"]),
    ],
)
def test_dense_letters_for_digits_are_read(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw"),
    [
        ("Visningar: 2817\n411 44 Gbg\nRapportera annons", {"site": "kvall.se"}),  # a postcode and a town
        ("Snap: bibi2002", {"site": "moterom.dk"}),  # a user name
        ("Mob: +38 og 30 gS 44BZ", {"site": "moterom.dk"}),  # the end of a longer run, a word before it
    ],
)
def test_words_names_and_run_ends_are_no_dense_number(body: str, kw: dict[str, str]) -> None:
    assert all(not p.startswith(("+45", "+46", "+47")) for p in phones(body, **kw))


# --- a run broken by a dash line or a quote's blank line -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg: 481\n-\n32 597", {"site": "kveldlys.no"}, ["+4748132597"]),
        ("> Kontakt: 926\n> \n> 14 385", {"site": "kveldlys.no"}, ["+4792614385"]),
        ("Mobil: 2947\n–\n1538", {"site": "moterom.dk"}, ["+4529471538"]),
    ],
)
def test_a_run_crosses_one_dash_or_quoted_blank_line(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_a_dash_line_joins_whole_groups_only() -> None:
    # "28" + "987906" would be a Danish number, but "28" ends the group "407 28" written before the dash line
    assert phones("Number: 407 28\n-\n987906", site="moterom.dk") == []
    assert phones("Call 37 12 03\n-\n22 344\nKisses", site="kveldlys.no") == []


def test_a_dash_line_joins_no_two_numbers() -> None:
    assert phones("Ring 41 82 63 95\n-\n92 71 53 84", site="kveldlys.no") == ["+4741826395", "+4792715384"]


# --- a foreign number written nationally beside its country's name or flag ----------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Phone: 0803 417 296 5 (Nigeria number)", {"site": "kvall.se"}, ["+2348034172965"]),
        ("Ring: 0812 345 679 Thailand nr", {"site": "kvall.se"}, ["+66812345679"]),
        ("Sms/ring: 0671 234 567 ukrainskt nr", {"site": "kvall.se"}, ["+380671234567"]),
        ("Kontakt: 3104 567 890 🇨🇴", {"site": "moterom.dk"}, ["+573104567890"]),
        # a mobile of the market keeps its country beside a flag (the flag may be hers, not the number's)
        ("Ring 0736 418 295 🇷🇴", {"site": "kvall.se"}, ["+46736418295"]),
        # several flags are languages, no number's country
        ("Ring 0812 345 679 🇹🇭🇬🇧", {"site": "kvall.se"}, ["+46812345679"]),
    ],
)
def test_a_country_named_or_flagged_after_a_number_is_its_country(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(body, **kw) == expected


# --- romanised Thai digit words, inside number runs only ---------------------------------------------------------


def test_romanised_thai_digits_are_read_in_a_run() -> None:
    assert phones("Tlf: gao song hok jet soon ha see paet", site="kveldlys.no") == ["+4792670548"]


def test_romanised_thai_words_alone_are_ordinary_words() -> None:
    assert phones("See you soon! Ha det bra, sam song 2 times", site="kveldlys.no") == []
