"""A phone number broken over a blank line (issue 14, the blind corpora's "line break" styles): its pieces are read
as one number when together they make one valid number, neither piece is a number by itself (an international
number's first piece cut short takes its rest even where the rest also reads as a national number), and only
blanks stand on the line between them. Synthetic text in the languages the class concerns; none of it is taken
from a corpus."""

from __future__ import annotations

import pytest

from kartlegg.extract import extract_ad


def phones(body: str, **kw: str) -> list[str]:
    return extract_ad(body=body, **kw).values("phone")


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Ring meg på 924 51\n\n387\nHilsen Mia", {"site_country": "NO"}, ["+4792451387"]),
        ("Sms:a mig 073-512\n  \n48 06\nKram", {"site_country": "SE"}, ["+46735124806"]),
        ("Ring mig på 31 62\n\n48 09 i aften", {"site_country": "DK"}, ["+4531624809"]),
        ("Skriv til mig: 00 47\n\n41 28 89 06\nKys", {"site_country": "DK"}, ["+4741288906"]),
        ("WhatsApp me: +49 (0)160\n\n9381 7264\nKisses", {}, ["+4916093817264"]),
    ],
)
def test_a_number_broken_over_a_blank_line_is_read_whole(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "country", "expected"),
    [
        # a country code alone before the blank line: the rest is also a valid national number
        ("Ring mig\n+46\n\n(0)70 418 26 53\nPuss", "SE", ["+46704182653"]),
        # two whole numbers, one each side of a blank line, stay two
        ("Ring 924 51 387\n\n412 88 906\nMia", "NO", ["+4792451387", "+4741288906"]),
        # a whole number and a year after a blank line
        ("Tlf 924 51 387\n\n2026", "NO", ["+4792451387"]),
        # a whole number keeps its digits though those after the blank line would lengthen it validly
        ("Ring 08-712 345\n\n12 rosor\nKram", "SE", ["+468712345"]),
        # two blank lines, or a line holding a sign other than one dash (session 30), part the pieces
        ("Tlf 924 51\n\n\n387\nMia", "NO", []),
        ("Tlf 924 51\n•\n387", "NO", []),
    ],
)
def test_what_a_blank_line_does_not_join(body: str, country: str, expected: list[str]) -> None:
    assert phones(body, site_country=country) == expected
