"""How hidden numbers are read: the classes blind6 left (issue 14, session 28), as golden cases in the languages they
concern: letters E/A/G/b/T/g/q for digits, a bare country code glued to a number's first group, multiplier words
("dobbel fem"), masks completed in the text in more wordings, and digit words of more languages. Synthetic text
only, in other words and numbers than the corpora."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.letters import known_words, read_letters
from kartlegg.extract.phones import GLUED_HEAD


def phones(body: str, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, **kw).values("phone"))


# --- 1. letters for digits beyond O/l/I/S/Z/B -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg: 9E4T 1A2g", {"site_country": "NO"}, ["+4793471429"]),  # E 3, T 7, A 4, g 9
        ("Sms:a 07G-2A1 qT b5", {"site_country": "SE"}, ["+46762419765"]),  # G 6, q 9, b 6
        ("Tlf 2b 4A 9T 3E", {"site_country": "DK"}, ["+4526449733"]),  # four real digits of eight, after a label
        ("WhatsApp +4O 7A1 2G8 3T5", {"site_country": "DK"}, ["+40741268375"]),
        ("Booking:\nqT 4B 2E 61", {"site_country": "NO"}, ["+4797482361"]),  # letters opening, label above
        ("Phone: + 46 (0)7E 21A 8T 05", {"site_country": "NO"}, ["+46732148705"]),  # a trunk zero in brackets
        ("Ring: 9sl oG 495", {"site_country": "NO"}, ["+4795106495"]),  # "oG" is not written as the word "og"
    ],
)
def test_letters_written_for_digits_are_read(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw"),
    [
        ("Modell 9E8 S6 7Z3", {"site_country": "NO"}),  # five real digits and no contact word: a model's code
        ("BH 75B 123 45 67", {"site_country": "NO"}),  # a bra size before a number
        ("Mail: bisi2004@example.com", {"site_country": "NO"}),  # a name and digits
        ("Tlf/Kik: bisi2004", {"site_country": "NO"}),  # a user name after a contact word
        ("BH 75B 412 34", {"site_country": "NO"}),  # a bra size opening the run
        ("Ordre 2026-01-08T20:53:07Z", {"site_country": "SE"}),  # a time stamp's T
    ],
)
def test_codes_sizes_and_names_are_no_letters_for_digits(body: str, kw: dict[str, str]) -> None:
    assert phones(body, **kw) == []


@settings(max_examples=80, deadline=None)
@given(
    word=st.sampled_from(sorted(known_words())),
    case=st.sampled_from([str.lower, str.upper, str.capitalize]),
    where=st.sampled_from(["{w} 41 23 45 67", "41 23 {w} 45 67", "Ring {w} 4123 4567 {w}", "Tlf: 9 1{w}2 3 4"]),
)
def test_a_letter_rewrite_never_reads_a_word_of_the_lexicons(word: str, case: object, where: str) -> None:
    w = case(word)  # type: ignore[operator]
    text = where.format(w=w)
    changed = read_letters(text, lambda run: True)  # any run a valid number: only the word guard is left
    if changed is None:
        return
    for k in range(len(text) - len(w) + 1):
        if text[k : k + len(w)] == w and (k == 0 or not text[k - 1].isalnum()):
            end = k + len(w)
            if end == len(text) or not text[end].isalnum():
                assert not any(k <= spot < end for spot in changed[1]), (text, changed)


# --- 2. a bare country code glued to the number ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring 46731 204 587", {"site_country": "NO"}, ["+46731204587"]),
        ("Sms 4793 41 22 68", {"site_country": "DK"}, ["+4793412268"]),
        ("WhatsApp 40745-318-226", {"site_country": "SE"}, ["+40745318226"]),
        ("Tlf 4123 4567", {"site_country": "NO"}, ["+4741234567"]),  # a national number stays national
    ],
)
def test_a_glued_country_code_is_read_with_the_number(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Se 49301 2345678",  # a landline of a country of many lengths (DE): an id and a number run together
        "Se 4670123 4567",  # a first group of seven digits is an id, not a code and a number's head
    ],
)
def test_ids_are_no_glued_codes(body: str) -> None:
    assert phones(body, site_country="NO") == []


def test_an_id_before_a_number_is_no_country_code() -> None:
    # a seven-digit id glued before a Danish number in a link: not "+49 30906 61775405"
    assert phones("https://example.dk/annonce/4930906-61775405", site_country="DK") == ["+4561775405"]


_MOBILES = ["SE", "PL", "RO", "LT", "HU", "TH", "UA", "NG", "BR", "EE", "BG", "ES"]


@settings(max_examples=60, deadline=None)
@given(
    region=st.sampled_from(_MOBILES),
    cuts=st.lists(st.integers(1, 4), min_size=2, max_size=4),
    sep=st.sampled_from([" ", "-", "."]),
)
def test_a_mobile_with_its_bare_code_is_read_whatever_the_grouping(region: str, cuts: list[int], sep: str) -> None:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None
    cc = str(example.country_code)
    digits = cc + phonenumbers.national_significant_number(example)
    head = len(cc) + max(1, min(cuts[0], GLUED_HEAD - len(cc)))  # the code glued to the number's first digits
    groups = [digits[:head]]
    rest = digits[head:]
    for c in cuts[1:]:
        if len(rest) > c:
            groups.append(rest[:c])
            rest = rest[c:]
    groups.append(rest)
    e164 = "+" + digits
    assert phones("Ring meg " + sep.join(g for g in groups if g), site_country="NO") == [e164]


# --- 4. multiplier words -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring: ni, fire, dobbel seks, to, tre, null, åtte", {"site_country": "NO"}, ["+4794662308"]),
        ("Sms: noll sju tre dubbla fem ett åtta nio fyra sex", {"site_country": "SE"}, ["+46735518946"]),
        ("Skriv: to seks dobbelt nul fire ni syv tre", {"site_country": "DK"}, ["+4526004973"]),
        ("Text me: nine triple seven four one two five", {"site_country": "NO"}, ["+4797774125"]),
        ("Call: four-double-oh-four-seven-one-two-three", {"site_country": "NO"}, ["+4740047123"]),
    ],
)
def test_a_multiplier_repeats_the_digit_after_it(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Enkeltrom 1200, double 1500 kr",
        "Double room 4 persons 1500 2000",
        "dobbelt 1500 / 3000 kr.",
        "Pris: single 4500, double 6500",  # not the number 4500 6500 joined across the word
        "Enkel 4500 / dobbel 6500",
    ],
)
def test_a_multiplier_alone_is_an_ordinary_word(body: str) -> None:
    assert phones(body, site_country="NO") == []


# --- 3. masked numbers completed in the text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Tlf: 48 71 2? ?? (siste sifre: 905)", {"site_country": "NO"}, ["+4748712905"]),
        ("Ring 0736 41 82 ** (sista siffrorna 57)", {"site_country": "SE"}, ["+46736418257"]),
        ("Skriv 2651 83## hvor ## = 40", {"site_country": "DK"}, ["+4526518340"]),
        ("Call +44 7700 900 1?? – ?? is 23", {"site_country": "SE"}, ["+447700900123"]),
        ("Sms 93 41 7x xx, slutter på 318", {"site_country": "NO"}, ["+4793417318"]),
        ("Mobil: 0702-19 4*-** där *** = 655", {"site_country": "SE"}, ["+46702194655"]),
    ],
)
def test_more_masks_are_completed(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_a_question_mark_after_a_whole_number_keeps_it() -> None:
    assert phones("Ledig i kveld? Ring 91234567? Kyss", site_country="NO") == ["+4791234567"]


# --- 5. digit words of more languages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Hívj: +három hat kettő nulla egy kettő három négy öt hat hét", {"site_country": "NO"}, ["+36201234567"]),
        ("Tel +harom hat HUSZ", {"site_country": "NO"}, []),  # a run too short stays nothing
        (
            "Mobil: +trys septyni nulis šeši vienas du trys keturi penki šeši septyni",
            {"site_country": "SE"},
            ["+37061234567"],
        ),
        ("Ring: +kolm seitse kaks viis üks kaks kolm neli viis kuus", {"site_country": "NO"}, ["+3725123456"]),
        (
            "Tlf +три вісім нуль шість сім один два три чотири пʼять шість сім",
            {"site_country": "DK"},
            ["+380671234567"],
        ),
        ("Call: plus tris septini nulle seši viens divi tris četri pieci", {"site_country": "NO"}, []),
        ("Line: +หก หก แปด หนึ่ง สอง สาม สี่ ห้า หก หก เจ็ด", {"site_country": "SE"}, ["+66812345667"]),
    ],
)
def test_digit_words_of_more_languages(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected
