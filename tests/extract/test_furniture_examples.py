"""A furniture example shows the site's id line, never a contact beside it (session 41): the digits around the slot's
number read "#", a word with an "@" reads "[e-mail]", and an example showing a person's number that recurs in the slot
(``SiteFurniture.repeated``) is not kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import SiteStats, _example


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("Annons-ID: 48213907 · Ring 070-123 45 67", "Annons-ID: 48213907 · Ring ###-### ## #"),
        ("Annonse-ID: 48213907 ring meg 412 34 567", "Annonse-ID: 48213907 ring meg ### ## ###"),
        ("Annonce nr. 48213907 skriv anna@mail.dk", "Annonce nr. 48213907 skriv [e-mail]"),
        ("Ad ref 48213907, text +44 7700 900123", "Ad ref 48213907, text +## #### ####"),
    ],
)
def test_an_example_masks_what_stands_beside_the_number(line: str, shown: str) -> None:
    start = line.index("48213907")
    assert _example(line, start, start + 8) == shown


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab @.-+:0123456789", max_size=40), st.text(alphabet="ab @.-+:0123456789", max_size=40))
def test_only_the_slots_own_digits_are_shown(left: str, right: str) -> None:
    text = f"{left}Kod: 48213907{right}"
    start = text.index("48213907", len(left))
    shown = _example(text, start, start + 8)
    assert sum(c.isdigit() for c in shown) <= 8


def test_an_example_of_a_persons_recurring_number_is_not_kept() -> None:
    """A slot learned as an id whose number recurs on another ad (her phone in the slot) shows no example of it."""
    stats = SiteStats("s")
    bodies = [f"Hei!\nRosakod: {48213907 + 7 * i}" for i in range(12)] + ["Hei\nRosakod: 41234567"] * 2
    for i, body in enumerate(reversed(bodies)):
        stats.add(f"k{i}", extract_ad(body=body, export_only=True), {"body": body})
    model = stats.model()
    assert "L:rosakod:" in model.id_slots
    assert model.repeated and not any("41234567" in e for e in model.examples["L:rosakod:"])
