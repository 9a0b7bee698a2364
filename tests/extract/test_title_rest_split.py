"""A number begun at the title's end and finished in the body without an ellipsis (issue 14, session 36): after a
cue that names the rest ("rest of number: 1234567", "resten av numret: …", sv/no/da/en) or at the body's opening,
read whole when together valid and the title's half is no number alone; neither half is read alone. Invented
numbers only."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kartlegg.extract import extract_ad


def phones(title: str, body: str, site: str = "forum.example") -> list[str]:
    ex = extract_ad(title=title, body=body, site=site)
    for m in ex.matches:
        assert (body if m.field == "body" else title)[m.start : m.end] == m.raw
    return sorted(ex.values("phone"))


@pytest.mark.parametrize(
    ("title", "body", "number"),
    [
        (
            "SV: Lina i Malmö +4670",
            "Någon som vet? Numret i annonsen: resten av numret: 4123456\nBetyg 8/10",
            "+46704123456",
        ),
        ("Sara i Bergen +47", "Var hos henne. Nummeret: resten av nummeret: 91234567 Karakter 7/10", "+4791234567"),
        ("Maja i Odense 234", "Hun er sød. Nummeret i annoncen: resten af nummeret: 56789\n", "+4523456789"),
        (
            "Rose in London +44 7911",
            "Saw her last week. The number in the ad: rest of number: 123456 Rating: 9/10",
            "+447911123456",
        ),
        ("Ewa i Stockholm +48", "Var hos henne.\nresten av numret:\n512 345 678\n", "+48512345678"),
    ],
)
def test_the_title_and_the_rest_after_a_cue_are_one_number(title: str, body: str, number: str) -> None:
    assert phones(title, body) == [number]


def test_the_first_cued_rest_that_makes_a_number_wins() -> None:
    body = "Numret i annonsen: resten av numret: 735\nresten av numret: 677123456\n"
    assert phones("Klea i Malmö +355", body) == ["+355677123456"]


def test_a_title_that_ends_in_its_age_is_no_half() -> None:
    # the body's opening number is whole: the title's age is not glued before it
    assert phones("Lina 24", "070-412 34 56 ring mig efter kl 12") == ["+46704123456"]
    assert phones("Lina 24", "Hej! resten av numret: 070-412 34 56") == ["+46704123456"]


def test_the_body_opening_with_the_rest() -> None:
    assert phones("Nina i Oslo 912", "34 567 ring meg i kveld") == ["+4791234567"]


def test_a_whole_number_in_the_title_is_not_joined_to_the_body() -> None:
    assert phones("Lina 070-412 34 56", "resten av numret: 789") == ["+46704123456"]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Oslo: Mia, 30", "2026-03-17T08:47 · ID 2393175\nRing meg: +47 403 83 954\n"),
        ("Malmö: Lina, 26", "2026-03-17T14:21\nRing mig: +46 70 412 34 56\n"),
        ("CPH: Sofia, 22", "2026-03-17T12:13 · ID 2547234\nCall me: +45 34 43 22 03\n"),
        ("Aarhus: Mette, 20", "2026/03/17 09:01\nRing: +45 34 99 89 21\n"),
    ],
)
def test_a_posting_time_at_the_bodys_opening_is_no_rest(title: str, body: str) -> None:
    # the title ends in her age, the body opens with the page's posting time: the date's first groups ("2026-03")
    # are no rest of a number, because the run goes on ("-17T08:47"); only her own number is read
    assert len(phones(title, body)) == 1


@given(
    age=st.integers(min_value=18, max_value=69),
    day=st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2030, 12, 31)),
    hour=st.integers(min_value=0, max_value=23),
    minute=st.integers(min_value=0, max_value=59),
    sep=st.sampled_from(["-", "/", "."]),
    glue=st.sampled_from(["T", " ", "_"]),
)
def test_any_iso_posting_time_after_a_title_age_is_no_number(
    age: int, day: datetime.date, hour: int, minute: int, sep: str, glue: str
) -> None:
    stamp = f"{day.year}{sep}{day.month:02d}{sep}{day.day:02d}{glue}{hour:02d}:{minute:02d}"
    assert phones(f"Oslo: Mia, {age}", f"{stamp} · ID 2393175\nHei!\n") == []
