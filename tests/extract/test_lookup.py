"""A page about one number (a reverse phone-lookup page): its subject is a contact even when its URL holds it, and the
neighbour numbers it lists beside it are furniture; a woman's two numbers are not hurt (issue 14, session 37)."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.lexicon import furniture_words
from kartlegg.extract.lookup import written_as_phone
from kartlegg.extract.matches import Extraction


def phones(ex: Extraction) -> list[str]:
    return sorted(ex.values("phone"))


def reasons(ex: Extraction) -> dict[str, str]:
    return {m.value: str(m.detail["reason"]) for m in ex.matches if m.kind == "furniture" and m.field != "url"}


# Golden pages in the four languages: (country, URL, title, body, subject, neighbours).
PAGES = [
    (
        "NO",
        "https://www.oppslag.example/no/94817790",
        "Hvem ringte? 94 81 77 90",
        "94 81 77 90 · mobil\nKommentarer (2):\n• anonym: Dana i Stavanger\nLignende nummer: 94 81 77 89, 94 81 77 91",
        "+4794817790",
        {"+4794817789", "+4794817791"},
    ),
    (
        "SE",
        "https://www.oppslag.example/se/0700474629",
        "Vem ringde? 070-047 46 29",
        "070-047 46 29 · mobil\nKommentarer:\n• Jasmine i Göteborg\nLiknande nummer: 070-047 46 28, 070-047 46 30",
        "+46700474629",
        {"+46700474628", "+46700474630"},
    ),
    (
        "DK",
        "https://www.opslag.example/dk/28528171",
        "Hvem ringede? 28 52 81 71",
        "28 52 81 71 · mobil\nKommentarer:\n• Mia i Aarhus\nLignende numre: 28 52 81 70, 28 52 81 72",
        "+4528528171",
        {"+4528528170", "+4528528172"},
    ),
    (
        "DK",
        "https://lookup.example.io/report/989077",
        "Number report 60 13 06 38",
        "Report #989077 · 60 13 06 38 · mobile\nCommunity notes:\n• Jana in Aalborg\n"
        "Nearby numbers: 60 13 06 37 | 60 13 06 39",
        "+4560130638",
        {"+4560130637", "+4560130639"},
    ),
    (  # international, the URL holding it without "+"
        "NO",
        "https://www.oppslag.example/no/380635189991",
        "Hvem ringte? +380 63 518 9991",
        "+380 63 518 9991 · mobil (UA)\nLignende nummer: +380 63 518 9990, +380 63 518 9992",
        "+380635189991",
        {"+380635189990", "+380635189992"},
    ),
]


@pytest.mark.parametrize(("country", "url", "title", "body", "subject", "near"), PAGES)
def test_a_lookup_pages_subject_is_read_and_its_neighbours_are_furniture(
    country: str, url: str, title: str, body: str, subject: str, near: set[str]
) -> None:
    ex = extract_ad(title=title, body=body, url=url, site_country=country, ad_key="988604")
    assert phones(ex) == [subject]
    assert {v for v, r in reasons(ex).items() if r == "neighbour-number"} == near


@pytest.mark.parametrize(
    "label",
    ["Lignende nummer:", "Liknande nummer:", "Lignende numre:", "Similar numbers:", "Nearby numbers:"],
)
def test_one_neighbour_after_a_label_is_furniture(label: str) -> None:
    body = f"94 81 77 90 · mobil\n{label} 94 81 77 91"
    ex = extract_ad(title="Hvem ringte? 94 81 77 90", body=body, site_country="NO")
    assert phones(ex) == ["+4794817790"]


def test_one_close_number_without_a_label_stays_hers() -> None:
    # a woman's new SIM next to her old one, printed on a line of its own: no run, no label
    ex = extract_ad(title="Sofia i Oslo 94 81 77 90", body="Ring meg!\nNytt nummer: 94 81 77 91", site_country="NO")
    assert phones(ex) == ["+4794817790", "+4794817791"]


def test_two_numbers_on_one_line_with_her_first_stay_hers() -> None:
    ex = extract_ad(body="Ring 94 81 77 90 eller 94 81 77 91 (ny SIM)", site_country="NO")
    assert phones(ex) == ["+4794817790", "+4794817791"]


def test_the_ads_own_id_in_the_url_and_text_stays_an_id() -> None:
    # the proven rule: an ad's id printed as the URL holds it is no phone, whatever its key
    ex = extract_ad(
        body="Ring 412 34 567.\nAnnonse 94817790", url="https://annonser.example.no/annonse/94817790", site_country="NO"
    )
    assert phones(ex) == ["+4741234567"]


def test_the_lexicon_names_neighbours_in_four_languages() -> None:
    assert {"en", "no", "sv", "da"} <= set(furniture_words().neighbour_labels)


@pytest.mark.parametrize(
    ("raw", "phone"),
    [
        ("94 81 77 90", True),
        ("070-047 46 29", True),
        ("+380 63 518 9991", True),
        ("0047 948 17 790", True),
        ("94817790", False),
        ("98860 4123", False),
        ("#94817790", False),
    ],
)
def test_written_as_phone(raw: str, phone: bool) -> None:
    assert written_as_phone(raw) is phone


def _valid_no(national: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse("+47" + national))


def _grouped(n: str) -> str:
    # "460 10 100", as the property tests of test_furniture write numbers: "46 01 01 00" may be read as +46 (a code)
    return f"{n[:3]} {n[3:5]} {n[5:]}"


@settings(max_examples=80, deadline=None)
@given(
    subject=st.integers(min_value=40_000_010, max_value=49_999_980),
    below=st.integers(min_value=1, max_value=5),
    above=st.integers(min_value=1, max_value=5),
)
def test_any_run_of_neighbours_is_furniture(subject: int, below: int, above: int) -> None:
    s, lo, hi = str(subject), str(subject - below), str(subject + above)
    assume(all(_valid_no(x) for x in (s, lo, hi)))
    ex = extract_ad(
        title=f"Hvem ringte? {_grouped(s)}",
        body=f"{_grouped(s)} · mobil\nAndre: {_grouped(lo)}, {_grouped(hi)}",
        url=f"https://oppslag.example/no/{s}",
        site_country="NO",
        ad_key="1234",
    )
    assert phones(ex) == [f"+47{s}"]


@settings(max_examples=80, deadline=None)
@given(
    own=st.integers(min_value=40_000_000, max_value=49_999_999),
    home=st.integers(min_value=40_000_000, max_value=49_999_999),
)
def test_a_womans_two_numbers_are_never_neighbours(own: int, home: int) -> None:
    # her numbers on one line, one of them again in the title: never a run beside a third number of hers
    a, b = str(own), str(home)
    assume(a != b and _valid_no(a) and _valid_no(b))
    ex = extract_ad(title=f"Nina {_grouped(a)}", body=f"Ring {_grouped(a)} / WhatsApp {_grouped(b)}", site_country="NO")
    assert phones(ex) == sorted({f"+47{a}", f"+47{b}"})
