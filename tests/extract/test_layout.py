"""A page's two columns extracted across are read a column at a time (issue 14, session 36): a number broken at the
left column's line end ("Tlf. 070-412 34-" … "56" with the other column's line between) is read whole, its first
half never alone; nothing is glued across the gutter; tables, CSV and ordinary prose are left as they are. Invented
pages and numbers only."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.formats import read_format
from kartlegg.extract.layout import read_columns


def side_by_side(left: list[str], right: list[str], width: int, gutter: int = 2) -> str:
    """Two columns laid out as a PDF's text extraction runs across them: each line the left column's line padded to
    ``width``, ``gutter`` blanks, then the right column's line."""
    rows = max(len(left), len(right))
    out = []
    for i in range(rows):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append((a.ljust(width) + " " * gutter + b) if b else a.ljust(width + gutter))
    return "\n".join(out) + "\n"


def phones(body: str, title: str = "", site: str = "kontaktsida.example") -> list[str]:
    ex = extract_ad(title=title, body=body, site=site)
    for m in ex.matches:
        assert body[m.start : m.end] == m.raw or (m.field == "title" and title[m.start : m.end] == m.raw)
    return sorted(ex.values("phone"))


HOROSCOPE_SV = [
    "VÄDUREN: En vecka för nya",
    "bekantskaper, lita på magen.",
    "OXEN: En gammal vän hör av",
    "sig, var tålmodig.",
    "LEJONET: Pengar kommer in,",
    "ta en paus i helgen.",
    "KRÄFTAN: Lyssna på hjärtat,",
    "något nytt väntar.",
]

PAGES = {
    "sv": (
        [
            "LINNEA, 27 – Nu i Göteborg. Hej",
            "älskling! Jag är en glad och",
            "diskret tjej som gillar långa",
            "kvällar och god mat. Ring mig",
            "så pratar vi, inga dolda nummer.",
            "Tlf. 070-412 34-",
            "56",
            "linnea.exempel@example.com",
        ],
        HOROSCOPE_SV,
        "+46704123456",
    ),
    "no": (
        [
            "SARA, 31 – Nå i Bergen. Hei",
            "vennen! Jeg er en moden og",
            "diskret dame, jeg liker god",
            "samtale og rolige kvelder, ring",
            "meg så prater vi om tiden.",
            "Tlf. +47 912 34-",
            "567",
        ],
        [
            "VÆREN: En uke for nye",
            "bekjentskaper, stol på magen.",
            "TYREN: En gammel venn ringer",
            "deg, vær tålmodig nå.",
            "LØVEN: Penger kommer inn,",
            "ta en pause i helgen.",
        ],
        "+4791234567",
    ),
    "da": (
        [
            "MAJA, 24 – Nu i Odense. Kære",
            "herre! Jeg er en sød og glad",
            "pige, jeg kan lide renlige",
            "gæster og nye eventyr, ring",
            "ikke efter midnat tak skal du.",
            "Tlf. 23 45 67-",
            "89",
        ],
        [
            "VÆDDEREN: En uge for nye",
            "venner, lyt til hjertet.",
            "TYREN: En gammel ven ringer",
            "til dig, vær tålmodig.",
            "LØVEN: Penge kommer ind,",
            "tag en pause i weekenden.",
        ],
        "+4523456789",
    ),
    "en": (
        [
            "ROSE, 29 – Now in Oslo. Hello",
            "gentlemen! I am a friendly and",
            "discreet lady, I like slow",
            "evenings and good wine, call me",
            "and we talk, no hidden numbers.",
            "Tel. +44 7700 900-",
            "123",
        ],
        [
            "ARIES: A week for new friends,",
            "trust your gut feeling now.",
            "TAURUS: An old friend calls",
            "you, be patient this week.",
            "LEO: Money is coming in, take",
            "a break at the weekend.",
        ],
        "+447700900123",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_number_broken_at_the_left_columns_line_end_is_read_whole(lang: str) -> None:
    left, right, number = PAGES[lang]
    body = "KONTAKTSIDAN · Sida 12\n" + side_by_side(left, right, 34) + "Svar till box 4417\n"
    assert phones(body) == [number]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_right_columns_number_is_read_too_and_nothing_is_glued_across_the_gutter(lang: str) -> None:
    left, _, number = PAGES[lang]
    right = [
        "ANNA, 25 – Ny i stan. Hej! Jag",
        "är en söt och glad tjej, ring",
        "mig när du vill, jag svarar",
        "snabbt och tar god tid på mig.",
        "Tlf. 073-555 12 34",
        "anna.exempel@example.com",
    ]
    body = side_by_side(left, right, 34, gutter=3)
    assert phones(body) == sorted([number, "+46735551234"])


def test_a_reading_keeps_the_fields_length_and_each_column_in_order() -> None:
    left, right, _ = PAGES["sv"]
    body = side_by_side(left, right, 34)
    r = read_columns(body)
    assert r is not None
    assert len(r.source) == len(body)
    lines = [line.strip() for line in r.source.split("\n") if line.strip()]
    assert lines[: len(left)] == left
    assert lines[-len(right) :] == right
    assert "Tlf. 070-412 34-\n56\n" in r.source  # the padding is out of the line: the number is broken at its end


def test_a_two_word_district_broken_over_the_columns_line_is_one_place() -> None:
    left = [
        "ELSA, 26 – Nu på besök i Gamla",
        "stan en vecka. Hej älskling! Jag",
        "är en glad och diskret tjej som",
        "gillar långa kvällar, ring mig.",
        "Tlf. 070-412 34 56",
    ]
    body = side_by_side(left, HOROSCOPE_SV, 34)
    r = read_columns(body)
    assert r is not None and "Gamla\nstan" in r.source
    assert "Stockholm" in extract_ad(body=body, site="kontaktsida.example").values("city")


def cities(body: str) -> list[str]:
    return extract_ad(body=body, site="chattips.example").values("city")


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("Just nu i Gamla\nstan hela veckan", "Stockholm"),
        ("Nå på Aker\nbrygge hele uka", "Oslo"),
        ("Currently in Nyhavn 19:15\nHi my love! 19:16", "København"),
        ("På besøg i Nyhavn 23.15", "København"),
        ("Denne uken på Aker brygge 21:30", "Oslo"),
    ],
)
def test_a_place_wrapped_at_a_line_end_or_followed_by_a_time_is_read(body: str, city: str) -> None:
    assert city in cities(body)


def test_a_landmark_with_a_house_number_is_still_an_address() -> None:
    assert "Oslo" not in cities("Adresse: Karl Johans gate 12, 3015 Drammen")


@pytest.mark.parametrize(
    "body",
    [
        # a price table padded with blanks: short labels far from the next column
        "Priser\n30 min        1500 kr\n60 min        2500 kr\n90 min        3200 kr\n120 min       4000 kr\n"
        "Ring 070-412 34 56\n",
        # a Markdown table
        "| Tid    | Pris     |\n|--------|----------|\n| 30 min | 1 500 kr |\n| 60 min | 2 500 kr |\n"
        "| 90 min | 3 200 kr |\nTlf 070-412 34 56\n",
        # a CSV dump
        "name,age,phone,city\nLina,24,070-412 34 56,Malmö\nSara,31,+47 912 34 567,Bergen\n",
        # prose with a wide blank or two
        "Hej!   Jag är ny i stan.   Ring mig på 070-412 34 56.\nKram   Lina\n",
        # an indented list
        "Tjänster:\n    massage\n    middag\n    övernattning\n    resor\nTlf 070-412 34 56\n",
    ],
)
def test_what_is_not_two_columns_is_left_as_it_is(body: str) -> None:
    assert read_columns(body) is None
    r = read_format(body)
    assert r is None or r.kind != "columns"


def test_a_hyphen_at_a_line_end_in_ordinary_prose_is_harmless() -> None:
    body = "Jag är en glad och sport-\nig tjej, 24 år, bor i Malmö.\nRing 070-412 34 56 efter kl 12.\n"
    assert phones(body) == ["+46704123456"]


_WORDS = st.sampled_from(
    ["hej", "ring", "mig", "gärna", "kväll", "lugn", "vecka", "glad", "möte", "tid", "dag", "och", "nya", "ett"]
)
_NUMBERS = st.sampled_from(["+46 70 412 34 56", "+47 912 34 567", "+45 23 45 67 89", "+46 73 555 12 34"])


@st.composite
def _column(draw: st.DrawFn) -> list[str]:
    words = draw(st.lists(_WORDS, min_size=30, max_size=50))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(words)))
        words = [*words[:at], "Tlf.", draw(_NUMBERS), *words[at:]]
    return textwrap.wrap(" ".join(words), 26, break_on_hyphens=False)


@settings(max_examples=25, deadline=None)
@given(_column(), _column(), st.integers(3, 6))
def test_two_columns_side_by_side_read_as_the_columns_read_alone(
    left: list[str], right: list[str], gutter: int
) -> None:
    page = side_by_side(left, right, 26, gutter)
    alone = set(phones("\n".join(left) + "\n")) | set(phones("\n".join(right) + "\n"))
    assert set(phones(page)) == alone


@pytest.mark.parametrize("after", ["NOK.LINA@example.com", "kr i timen gäller", "CM_modell på insta"])
def test_a_unit_word_opening_the_next_line_is_no_unit_of_the_number_before(after: str) -> None:
    # a number's last digits end a line; the next line opens with a word that is also a unit ("NOK", "kr", "cm")
    assert "+4791234567" in phones(f"Ring meg gjerne.\nTlf. +47 912 34-\n567\n{after}\n")
    assert phones("Pris 1500 kr, høyde 170 cm.\nRing 91234567\n") == ["+4791234567"]
