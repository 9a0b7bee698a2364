"""The country of a number written without its code, from the number's own shape (issue 14, session 38).

- a mobile of the ad's trunk-0 country written without its 0 in that country's grouping ("Ring: 73.512.48.06" in a
  Göteborg ad: Sweden's 073-512 48 06) is read there, before a woman's home country (``phones.trunkless``);
- a national number that a neighbour of the ad's country reads only as a landline and a later one only as a mobile
  ("57 25 87 45" in an Uppsala ad: a Danish mobile) is that mobile, the landline kept as ``fixed_reading``
  (``phones._mobile_elsewhere``, ``numbering.mobile_only``); a landline of the ad's own first country stays.

Synthetic text only; every number is invented."""

from __future__ import annotations

from typing import Any

import phonenumbers
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad, numbering


def phones(body: str, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, **kw).values("phone"))


def details(body: str, **kw: str) -> list[dict[str, Any]]:
    return [m.detail for m in extract_ad(body=body, **kw).matches if m.kind == "phone"]


# --- a Swedish mobile written without its trunk 0 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # sv: dotted, in Sweden's grouping without the 0 (a Polish reading "735 124 806" is kept as a reading)
        ("Hej, jag är ny i stan. Ring: 73.512.48.06", {"city": "Göteborg"}, "+46735124806"),
        # no: a Norwegian-language ad in Stockholm; no home country reads "70 ..." at all
        ("Hei, jeg er ny i byen. Tlf: 70 481 93 27", {"city": "Stockholm"}, "+46704819327"),
        # da: a Danish-language ad in Malmö
        ("Hej søde, jeg er ny her. Ring: 76-215 80 34", {"city": "Malmö"}, "+46762158034"),
        # en: a review's "Her number:" on a site without a country
        (
            "Visited her last week. Her number: 79.018.44.52",
            {"city": "Uppsala", "site": "reviews.example.eu"},
            "+46790184452",
        ),
    ],
)
def test_a_swedish_mobile_without_its_trunk_zero_is_swedish(body: str, kw: dict[str, str], expected: str) -> None:
    assert phones(body, **kw) == [expected]
    (detail,) = details(body, **kw)
    assert detail["style"] == "trunkless"
    assert "home_country" not in detail


def test_a_home_countrys_reading_of_the_same_digits_is_kept() -> None:
    (detail,) = details("Ring: 73.512.48.06", city="Stockholm")
    assert detail["readings"][0] == "+46735124806"
    assert "+48735124806" in detail["readings"]


@pytest.mark.parametrize(
    ("body", "kw"),
    [
        ("Ring: 735124806", {"city": "Stockholm"}),  # no grouping: the 0 is not guessed
        ("Ring: 735 124 806", {"city": "Stockholm"}),  # Poland's grouping, not Sweden's without its 0
        ("Visningar 73.512.48.06", {"city": "Stockholm"}),  # no contact word: a counter
        ("Ring: 08.123.45.67", {"city": "Stockholm"}),  # written with its 0: the plain Swedish reading
    ],
)
def test_the_trunk_zero_is_not_guessed_without_swedish_grouping(body: str, kw: dict[str, str]) -> None:
    assert all(d["style"] != "trunkless" for d in details(body, **kw))


def test_a_polish_woman_in_stockholm_keeps_her_polish_grouping() -> None:
    """Sweden's grouping without the 0 decides only where it is written: "735 124 806" stays her home country's."""
    assert phones("Jestem z Polski. Tel: 735 124 806", city="Stockholm") == ["+48735124806"]


# --- a neighbour's mobile, not another neighbour's landline ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected", "landline"),
    [
        # no: a Norwegian-language ad in Stockholm; 57 is a Norwegian landline area, 572 a Danish mobile range only
        ("Hei, jeg er ny i byen. Tlf: 57 25 87 45", {"city": "Stockholm"}, "+4557258745", "+4757258745"),
        # sv: Sweden cannot read eight digits without a 0; Norway's reading is a landline, Denmark's a mobile
        ("Hej, jag är ny här. Ring: 64 15 67 38", {"city": "Uppsala"}, "+4564156738", "+4764156738"),
        # da: a Danish-language ad on a ".no" site for Göteborg (the city first: Sweden, Norway, Denmark)
        (
            "Hej søde, jeg er ny her. Ring mig: 77 11 43 00",
            {"city": "Göteborg", "site": "kveld.example.no"},
            "+4577114300",
            "+4777114300",
        ),
        # en, in words
        ("New here! Phone: seven seven one one four three zero zero", {"city": "Örebro"}, "+4577114300", "+4777114300"),
    ],
)
def test_a_neighbours_mobile_outranks_another_neighbours_landline(
    body: str, kw: dict[str, str], expected: str, landline: str
) -> None:
    assert phones(body, **kw) == [expected]
    (detail,) = details(body, **kw)
    assert detail["fixed_reading"] == landline
    assert detail["site_reading"] == landline  # a line a site prints on every ad is learned under one value


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # a landline of the ad's own first country stays: a salon books on one (blind6's Oslo and Bergen salons)
        ("Thai massage. Booking: 57 25 87 45", {"city": "Oslo"}, "+4757258745"),
        ("Booking: 55 11 59 91", {"city": "Bergen"}, "+4755115991"),
        (
            "Massasjesalong. Tlf: 22 12 34 56",
            {"city": "Stockholm"},
            "+4722123456",
        ),  # Denmark reads it as a landline too
        ("Ring 412 34 567", {"city": "Stockholm"}, "+4741234567"),  # a mobile in both: the order of the ad's countries
        ("Ring: +47 57 25 87 45", {"city": "Stockholm"}, "+4757258745"),  # its country code is written
    ],
)
def test_a_landline_stays_where_no_neighbour_reads_it_as_its_mobile(
    body: str, kw: dict[str, str], expected: str
) -> None:
    assert phones(body, **kw) == [expected]
    assert all("fixed_reading" not in d for d in details(body, **kw))


def test_a_country_the_text_names_does_not_move_the_ads_landline() -> None:
    """ "I am from Riga" puts Latvia among the ad's countries, but a site's support line "23 35 32 64" in an Oslo ad is
    no Latvian mobile (blind14's support lines; only the market's countries read another's landline as their mobile)."""
    assert phones("I am from Riga. Tlf: 23 35 32 64", city="Oslo") == ["+4723353264"]
    assert phones("I am from Riga. Tlf: 57 25 87 45", city="Oslo") == ["+4757258745"]


def test_mobile_only_is_phonenumbers_mobile_type() -> None:
    for e164 in ("+4557258745", "+4564156738", "+4741234567", "+4722123456", "+4520123456", "+46701234567"):
        kind = phonenumbers.number_type(phonenumbers.parse(e164))
        assert numbering.mobile_only(e164) == (kind == phonenumbers.PhoneNumberType.MOBILE), e164


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)), st.text("0123456789", min_size=4, max_size=12)
)
@example(45, "57258745")
@example(47, "41234567")
def test_mobile_only_equals_number_type(code: int, nsn: str) -> None:
    e164 = f"+{code}{nsn}"
    try:
        n = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return
    if (
        not phonenumbers.is_valid_number(n)
        or phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != e164
    ):
        return
    assert numbering.mobile_only(e164) == (phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.MOBILE)


# --- property: a valid Nordic mobile written without its code in a city of its country is that country's ---------

_CITIES = {
    "SE": ("Stockholm", "Göteborg", "Malmö"),
    "NO": ("Oslo", "Bergen", "Trondheim"),
    "DK": ("København", "Aarhus", "Odense"),
}
_LEADS = {
    "SE": ("Hej, jag är ny i stan. Ring: ", "Hi, I am new in town. Call: "),
    "NO": ("Hei, jeg er ny i byen. Ring: ", "Hi, I am new in town. Call: "),
    "DK": ("Hej, jeg er ny i byen. Ring: ", "Hi, I am new in town. Call: "),
}


@st.composite
def _nordic_mobile(draw: st.DrawFn) -> tuple[str, str, str]:
    region = draw(st.sampled_from(("SE", "NO", "DK")))
    digits = draw(st.text("0123456789", min_size=7, max_size=7))
    nsn = {"SE": "7" + draw(st.sampled_from("02369")) + digits, "NO": draw(st.sampled_from("49")) + digits}.get(
        region, draw(st.sampled_from("23456789")) + digits
    )
    n = phonenumbers.parse(nsn if region != "SE" else "0" + nsn, region)
    assume(phonenumbers.is_valid_number(n))
    assume(
        phonenumbers.number_type(n)
        in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    )
    e164 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    return region, e164, phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)


@settings(max_examples=300, deadline=None)
@given(_nordic_mobile(), st.integers(0, 2), st.integers(0, 1))
@example(("DK", "+4557258745", "57 25 87 45"), 0, 0)
@example(("SE", "+46796373618", "079-637 36 18"), 1, 0)
def test_a_nordic_mobile_without_its_code_in_a_city_of_its_country(
    number: tuple[str, str, str], city: int, lead: int
) -> None:
    region, e164, national = number
    assert phones(_LEADS[region][lead] + national, city=_CITIES[region][city]) == [e164]


@settings(max_examples=200, deadline=None)
@given(_nordic_mobile().filter(lambda n: n[0] == "SE"), st.sampled_from((".", " ", "-")), st.integers(0, 2))
def test_a_swedish_mobile_without_its_zero_in_a_swedish_city(number: tuple[str, str, str], sep: str, city: int) -> None:
    """Written in Sweden's grouping without the 0 ("79.637.36.18", "79 637 36 18"), still Swedish."""
    _region, e164, _national = number
    nsn = e164[3:]
    written = sep.join((nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]))
    assert phones("Ring: " + written, city=_CITIES["SE"][city]) == [e164]
