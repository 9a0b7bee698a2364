"""A number given in two parts with its last part first ("slutter på 239498, starter med +37376"), issue 14 session
42: ``order.read_order`` joins the parts as it joins "første del … og så …", only when together they are one valid
mobile number; prices and amounts so worded stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad


def _phones(body: str, region: str) -> list[str]:
    ex = extract_ad(title="", body=body, region=region)
    return sorted({m.value for m in ex.matches if m.kind == "phone"})


@pytest.mark.parametrize(
    ("body", "region", "expected"),
    [
        ("Nummer: slutter på 239498, starter med +37376", "NO", ["+37376239498"]),  # no, a foreign code in the head
        ("Ring: slutar på 32066, börjar med 07095", "SE", ["+46709532066"]),  # sv, a trunk 0 in the head
        ("Ring: ender på 4567, begynder med 2212", "DK", ["+4522124567"]),  # da
        ("Call me: ends in 467768, starts with +40724", "NO", ["+40724467768"]),  # en
    ],
)
def test_the_last_part_first_is_joined(body: str, region: str, expected: list[str]) -> None:
    assert _phones(body, region) == expected


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("Prisen slutter på 1500, starter med 500 kr", "NO"),
        ("Turen slutar på 14, börjar med 10", "SE"),
        ("The night ends in 2 hours, starts with 1 drink", "NO"),
    ],
)
def test_amounts_so_worded_are_no_number(body: str, region: str) -> None:
    assert _phones(body, region) == []


@settings(max_examples=60, deadline=None)
@given(mobile=st.integers(0, 9_999_999), cut=st.integers(3, 5))
def test_a_norwegian_mobile_given_tail_first_reads_whole(mobile: int, cut: int) -> None:
    number = f"9{mobile:07d}"
    body = f"Hei, jeg heter Lea.\nNummeret slutter på {number[cut:]}, starter med {number[:cut]}"
    assert _phones(body, "NO") == [f"+47{number}"]
