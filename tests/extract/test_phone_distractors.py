"""Regression tests for the demo market's phone misreadings: opening hours and dates read as numbers,
spoken "plus" and country codes, pair-wise number words ("seventy eight" = 70, 8), and the country of a
national number. Synthetic text only."""

from __future__ import annotations

import pytest

from kartlegg.extract import extract_ad


def phones(body: str, **kw: str) -> list[str]:
    return extract_ad(body=body, **kw).values("phone")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tider: 15.00–18.00\nBoka via 072*138*78*37\nSnapchat", ["+46721387837"]),
        ("Tider: 11.00–14.00\nTel 070-256 07 15\nUppdaterad 10/1", ["+46702560715"]),
        ("Öppet 13.00-23.00 varje dag, 10.00 – 19.00 på söndag", []),
        ("Kontakt: +46 70\n634 76 20\nAd valid until 20.1 2026\nMassage", ["+46706347620"]),
        ("Booking: +46 79 838 73 71\nAd valid until 16/1 2026\nBook early.", ["+46798387371"]),
        ("Annonsen gäller till 21.1 2026\nVälkommen!", []),
        ("Uppdaterad 11/3 2026 och 16/2 2026", []),
    ],
)
def test_opening_hours_and_dates_are_not_phones(body: str, expected: list[str]) -> None:
    assert phones(body, region="SE") == expected


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        # a spoken plus makes the words after it an international number, whatever the ad's country
        ("Boka via plus tre sex tre noll sex nio tre fyra sju åtta tre\nMejl", "SE", "+36306934783"),
        ("Ring eller sms: pluss fire åtte sju ni sju 469 117\nTelegram", "NO", "+48797469117"),
        ("Reach me at plus forty-six seventy eight sixty-nine ninety-two eighty\nText me", "DK", "+46708699280"),
        ("Tel plus forty-seven four seventy-two sixty-five one sixty-seven\nSignal", "SE", "+4747265167"),
        # tens and a unit with a space between are two numbers when only that reading is a phone number
        ("Nås på noll sjuttio åtta sextionio nittiotvå åttio\nPerfekt", "SE", "+46708699280"),
        # a unit-og-tens compound is no ordinary word: "seksogfirs" counts as a strong number token
        ("Kontakt hendes booking på enoghalvtreds ti seksogfirs tyve\nBesøg", "DK", "+4551108620"),
        # "plus" after a price adds, it does not make the next number international
        ("1500 kr plus 070-123 45 67 för taxi", "SE", "+46701234567"),
        # the height label after a starred number is no unit of its last group
        ("Send sms til 21*62*94*34 Højde: 170 cm.", "DK", "+4521629434"),
    ],
)
def test_spoken_plus_and_number_words(body: str, region: str, expected: str) -> None:
    assert phones(body, region=region) == [expected]


def test_number_word_before_a_bridge_word_does_not_join_the_next_number() -> None:
    body = "Booking 0046 70 199 53 05 – or directly to her 0036 20 565 5627\nEmail"
    assert phones(body, region="SE") == ["+46701995305", "+36205655627"]


def test_number_also_written_with_its_country_code_takes_that_country() -> None:
    body = "Kontakt: fem to fem fem nul tre fem en\nWhatsApp: +45 52 55 03 51\nParkering"
    assert phones(body, region="NO") == ["+4552550351"]


def test_swedish_reading_needs_the_trunk_zero_when_another_country_fits() -> None:
    # a Danish-language ad in Göteborg: 8 digits without a leading 0 are Danish, not a Stockholm number
    body = "Mit navn er Sarnia. Jeg taler dansk og engelsk. Ring eller sms: 8142 5587"
    assert phones(body, city="Göteborg", region="DK") == ["+4581425587"]
    # a Swedish number written with its trunk 0 stays Swedish
    assert phones("Ring 08-142 55 87", region="SE") == ["+4681425587"]


def test_neighbouring_nordic_countries_come_after_the_ads_own_hints() -> None:
    # a Danish mobile written nationally in an English ad in Malmö: Sweden first, then Norway and Denmark
    body = "Meet Mynta, new in town. Call 28 54 40 91 (booking)."
    assert phones(body, city="Malmö") == ["+4528544091"]
    # an ad with no Nordic hint gets no Nordic reading of a national number
    assert phones("Call 28 54 40 91 now", region="US") == []
