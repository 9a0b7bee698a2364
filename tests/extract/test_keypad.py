"""Keypad letters for some of a number's digits (issue 14, session 34): "0730 LOVE 76" is 0730 5683 76. A group of
capitals right after a number's digits is read by the keypad only when the whole run is then one valid mobile number of
the ad's countries; labels, units and ordinary words beside a number are never read. Invented numbers only."""

from __future__ import annotations

import pytest

from kartlegg.extract import extract_ad
from kartlegg.extract.keypad import read_keypad
from kartlegg.extract.patterns import digit_runs


def phones(body: str, city: str) -> list[str]:
    return sorted(extract_ad(body=body, city=city).values("phone"))


@pytest.mark.parametrize(
    ("body", "city", "number"),
    [
        ("Kontakt: 0730 LOVE 76", "Stockholm", "+46730568376"),  # sv: the word inside the number
        ("Ring: 07382 DOLL 0", "Malmö", "+46738236550"),
        ("Tel: 079965 HOTT", "Uppsala", "+46799654688"),  # the word at the number's end
        ("Booking: 4075 LOVE", "Oslo", "+4740755683"),  # no
        ("Ring 91 KISS 67 i dag", "Bergen", "+4791547767"),
        ("Phone: 913 SEXY 6", "Aarhus", "+4591373996"),  # da
        ("Call 2943 MIAU", "København", "+4529436428"),
    ],
)
def test_keypad_word_inside_a_number(body: str, city: str, number: str) -> None:
    assert phones(body, city) == [number]


def test_the_span_points_at_the_word_as_written() -> None:
    body = "Kontakt: 0730 LOVE 76 kyss"
    m = next(m for m in extract_ad(body=body, city="Stockholm").matches if m.kind == "phone")
    assert body[m.start : m.end] == "0730 LOVE 76"


@pytest.mark.parametrize(
    "body",
    [
        "Ring 0730 123 SMS",  # a label, no word (its keys would make a mobile: 0730 123 767)
        "Skriv 0730 123 NYA",  # an ordinary word written in capitals beside a number (0730 123 692)
        "Pris 1500 NOK, ring gärna",  # a currency
        "Tel 0730 568376 LOVE you",  # a whole number before the word: the word is no part of it
        "Rum 0730 LOVE and more",  # no mobile with the word's digits
        "Tel 0730 12 Love",  # not capitals (0730 12 5683)
        "Tel 0730 LOVELY 76",  # digits after the word that make no number with it
        "Gate 12 LOVE STREET 4",  # two words
    ],
)
def test_no_keypad_reading(body: str) -> None:
    assert phones(body, "Stockholm") == (["+46730568376"] if "568376" in body else [])


def test_read_keypad_keeps_the_length() -> None:
    text = "Booking: 4075 LOVE / 07382 DOLL 0"
    out = read_keypad(text, digit_runs(text), lambda d: d in {"40755683", "0738236550"})
    assert out == "Booking: 4075 5683 / 07382 3655 0"
    assert len(out) == len(text)
