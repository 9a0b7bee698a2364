"""A number begun at the title's end and finished in the body without an ellipsis (issue 14, session 36): after a
cue that names the rest ("rest of number: 1234567", "resten av numret: …", sv/no/da/en) or at the body's opening,
read whole when together valid and the title's half is no number alone; neither half is read alone. Invented
numbers only."""

from __future__ import annotations

import pytest

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
