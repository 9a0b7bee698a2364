"""The country a national number is read in: site, then city, then language, then --region."""

from __future__ import annotations

import pytest

from kartlegg.extract import extract_ad, infer_regions
from kartlegg.extract.matches import Extraction


def phone(ex: Extraction) -> tuple[str, dict[str, object]]:
    (m,) = [m for m in ex.matches if m.kind == "phone"]
    return m.value, m.detail


# 41 23 45 67 is a valid national number in Norway and in Denmark: only the hints decide.
@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"site_country": "DK", "city": "Oslo"}, "+4541234567"),  # the site's definition beats the city
        # a country TLD and no language: the ad's place in another market country outranks it (session 29; with the
        # site's language it does not: tests/extract/test_blind7_numbers.py)
        ({"site": "annoncer.example.dk", "city": "Oslo"}, "+4741234567"),
        ({"url": "https://annoncer.example.dk/a/1", "city": "Oslo"}, "+4741234567"),
        ({"site": "annoncer.example.dk", "city": "Stockholm"}, "+4541234567"),  # the city's country fits not: the TLD
        ({"site": "example.com", "city": "Oslo"}, "+4741234567"),  # a generic TLD says nothing: the city
        ({"city": "Aarhus", "region": "NO"}, "+4541234567"),  # the city beats --region
        ({"region": "DK"}, "+4541234567"),  # --region when nothing else speaks
        ({"region": "NO"}, "+4741234567"),
    ],
)
def test_hint_order(kw: dict[str, str], expected: str) -> None:
    assert phone(extract_ad(body="Ring 41 23 45 67", **kw))[0] == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ring meg på 41 23 45 67, jeg er ny her", "+4741234567"),  # Norwegian
        ("Ring mig på 41 23 45 67, jeg er ny her i byen", "+4541234567"),  # Danish
    ],
)
def test_language_when_no_site_or_city(body: str, expected: str) -> None:
    assert phone(extract_ad(body=body))[0] == expected


def test_a_number_that_fits_several_countries_keeps_its_readings() -> None:
    value, detail = phone(extract_ad(body="41 23 45 67"))
    assert detail["readings"] == [value, *[r for r in ("+4741234567", "+4541234567") if r != value]]
    # with a hint the reading is decided and no alternatives are listed
    assert "readings" not in phone(extract_ad(body="41 23 45 67", site_country="NO"))[1]


@pytest.mark.parametrize("written", ["+47 1234 5678", "+45 12 34 56 78", "+46 1 23 45 67"])
def test_an_explicit_country_code_is_never_re_read(written: str) -> None:
    """Written with "+", a number phonenumbers does not know stays as written, marked not valid, and is
    never read as another country's national number."""
    for kw in ({}, {"site_country": "DK"}, {"site_country": "SE"}):
        value, detail = phone(extract_ad(body=f"Ring {written} nå", **kw))  # type: ignore[arg-type]
        assert value == "+" + "".join(c for c in written if c.isdigit())
        assert detail["valid"] is False


def test_grouping_is_no_country_hint() -> None:
    """Norwegian 3-2-3 grouping in a Danish site's ad: the site decides."""
    assert phone(extract_ad(body="Ring 412 34 567", site_country="DK"))[0] == "+4541234567"


def test_infer_regions_adds_the_nordic_neighbours() -> None:
    assert infer_regions(site_country="NO") == ("NO", "SE", "DK")
    assert infer_regions(region="US") == ("US",)
    assert infer_regions() == ("SE", "NO", "DK")


@pytest.mark.parametrize(
    ("title", "body", "site_country", "number"),
    [
        ("Ida (39) Grünerløkka 48698113", "Ring 0045 48 69 81 13", "NO", "+4548698113"),
        ("Greta 23 - Sthlm 21115667", "Kontakt: +45 21 11 56 67", "SE", "+4521115667"),
        ("Maja 25 - Aarhus 41234567", "Ring: +47 412 34 567", "DK", "+4741234567"),
        ("New in Oslo! Call 21115667", "WhatsApp +45 21 11 56 67", "NO", "+4521115667"),
    ],
)
def test_a_national_number_takes_the_code_another_field_writes(
    title: str, body: str, site_country: str, number: str
) -> None:
    """Issue 14: a touring person's number, national in the title (sv/no/da/en) and with its code in the body, is
    one number in the country of the code, not a second one in the site's country."""
    ex = extract_ad(title=title, body=body, site_country=site_country)
    assert sorted(set(ex.values("phone"))) == [number]


def test_a_city_field_naming_a_country_sets_the_numbers_country() -> None:
    """A directory that writes the country instead of a city ("Norge", "Dänemark" on a site abroad) places her
    there: an 8-digit number valid in Norway and in Denmark is read in the country the field names."""
    from kartlegg.extract.places import named_country

    assert [named_country(n) for n in (" Norge ", "DÄNEMARK", "Sweden", "noreg", "Oslo", "", None)] == [
        "NO",
        "DK",
        "SE",
        "NO",
        None,
        None,
        None,
    ]
    body = "Ring meg på 41 23 45 67"
    assert phone(extract_ad(title="Ny her", body=body, city="Danmark"))[0] == "+4541234567"
    assert phone(extract_ad(title="Ny her", body=body, city="Norwegen"))[0] == "+4741234567"
