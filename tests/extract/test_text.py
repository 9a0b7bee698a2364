"""Superscript and subscript digits (issue 14, session 34): "+⁴⁶ ⁷² ⁰¹⁹ ⁸⁸ ⁸²" is a number; ``text.prepare`` folds them
as it folds circled and full-width digits, one character for one, so every span still points at the raw text; the
latin-1 ¹²³ only beside a wider digit ("m²" alone stays). Invented numbers only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.patterns import scan
from kartlegg.extract.text import prepare

SUPER = str.maketrans("0123456789+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺")
SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


@pytest.mark.parametrize(
    ("written", "city", "number"),
    [
        ("0733 123 456", "Stockholm", "+46733123456"),
        ("+46 72 019 88 82", None, "+46720198882"),
        ("41 23 11 32", "Oslo", "+4741231132"),
        ("+45 21 32 31 12", None, "+4521323112"),
    ],
)
@pytest.mark.parametrize("table", [SUPER, SUB])
def test_superscript_and_subscript_numbers_are_read(
    written: str, city: str | None, number: str, table: dict[int, int]
) -> None:
    shown = written.translate(table)
    body = f"Ring mig 💋 {shown} efter 18"
    found = [m for m in extract_ad(body=body, city=city).matches if m.kind == "phone"]
    assert [m.value for m in found] == [number]
    # the span points at the raw superscript digits
    assert body[found[0].start : found[0].end].strip("+⁺") == shown.strip("+⁺")


def test_latin1_squared_stays() -> None:
    assert prepare("45 m² i Oslo") == "45 m² i Oslo"
    assert prepare("45 m² 💋") == "45 m² 💋"
    assert prepare("⁰⁷³³ ¹²³") == "0733 123"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉⁺m💋ab", max_size=40))
def test_folding_keeps_length_and_scan_agrees(text: str) -> None:
    prep = prepare(text)
    assert len(prep) == len(text)
    assert scan(text)[0] == prep
