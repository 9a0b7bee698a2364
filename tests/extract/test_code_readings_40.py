"""A code written without "+" after ofx40's rules (session 40): a bracketed trunk 0 still marks the first group as a
country code ("46 (0)31 …"), and a number said in words keeps its last words (the weak-word trims are for a number
written in digits). Both were read before session 40 and lost by its merge (blind6 seed 2)."""

from __future__ import annotations

import pytest

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import judge


def phones(body: str, country: str) -> list[str]:
    ex = extract_ad(body=body, site_country=country)
    judge(ex, {"body": body})
    return ex.values("phone")


@pytest.mark.parametrize(
    ("body", "country", "expected"),
    [
        ("Bokning: 46 (0)31 727 15 39", "SE", ["+46317271539"]),
        ("Ring meg: 46 (0)70 123 45 67", "NO", ["+46701234567"]),
        ("Ring til 44 (0)20 7946 0958", "DK", ["+442079460958"]),
        ("Call me on 46 (0)8 612 34 56", "DK", ["+4686123456"]),
        # without the brackets the first pair opens a Norwegian number (ofx40's rule holds)
        ("Ring 46 02 35 42", "NO", ["+4746023542"]),
    ],
)
def test_a_bracketed_trunk_zero_marks_a_code(body: str, country: str, expected: list[str]) -> None:
    assert phones(body, country) == expected


@pytest.mark.parametrize(
    ("body", "country", "expected"),
    [
        ("Bookings: four-fem-46-two-seven-9-three-one-ni\nAvailable 13:00", "NO", ["+4546279319"]),
        ("Ring: fire-fem-46-to-sju-9-tre-en-ni", "NO", ["+4546279319"]),
    ],
)
def test_a_number_said_in_words_keeps_its_last_words(body: str, country: str, expected: list[str]) -> None:
    assert phones(body, country) == expected
