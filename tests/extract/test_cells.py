"""A sheet's cell references at the start of its lines are keys, never digits of a number (``extract.cells``;
session 41, found on blind20, the corpus written blind)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kartlegg.extract import cells, extract_ad


def _phones(body: str) -> list[str]:
    return sorted(extract_ad(body=body, url="https://ark.example/ark/1").values("phone"))


#: A row dumped cell by cell (A1 style) in sv/no/da/en: the row number never joins the value after it.
ROWS = [
    ("A2076: Stockholm\nB2076: Lina (24)\nC2076: 070 412 34 56\nD2076: 1200", "+46704123456"),
    ("A118: Bergen\nB118: Mona (27)\nC118: 412 34 567\nD118: 1500", "+4741234567"),
    ("A2526: København\nB2526: Ivy (33)\nC2526: 33 35 04 72\nD2526: 2000", "+4533350472"),
    ("A77: Oslo\nB77: Sara, 22\nC77: +44 7700 900123\nD77: 2500", "+447700900123"),
]


@pytest.mark.parametrize(("body", "e164"), ROWS)
def test_a_row_dumped_cell_by_cell_reads_its_number_alone(body: str, e164: str) -> None:
    assert _phones(body) == [e164]


def test_r1c1_references_with_tabs_are_keys() -> None:
    body = "R14389C1\t46362\nR14389C2\tGöteborg\nR14389C3\tIlse (21)\nR14389C4\t0731 22 45 67\nR14389C5\t2076"
    assert _phones(body) == ["+46731224567"]


def test_a_column_dumped_row_by_row_is_a_sheet() -> None:
    text = "A20761: 1200\nA20762: 1500\nA20763: 2000"
    bare = cells.blank_keys(text)
    assert bare is not None and len(bare) == len(text)
    assert [line.strip() for line in bare.splitlines()] == [": 1200", ": 1500", ": 2000"]


@pytest.mark.parametrize(
    "text",
    [
        "A4: 2 sider\nRing meg: 412 34 567\nHilsen Mona",  # one model code opening a line is no sheet
        "Q3: 1200 kr\nQ4: 1500 kr",  # two lines: too few to call a sheet
        "B2B: ja\nC3: nei\nD9: kanske",  # three keys, each its own row and column: no row, no column
    ],
)
def test_lines_opening_with_codes_are_no_sheet(text: str) -> None:
    assert cells.blank_keys(text) is None


@given(
    row=st.integers(min_value=1, max_value=999_999),
    number=st.sampled_from(["412 34 567", "070 412 34 56", "33 35 04 72"]),
)
def test_any_row_number_never_joins_the_cell_after_it(row: int, number: str) -> None:
    body = f"A{row}: Oslo\nB{row}: Mona\nC{row}: {number}\nD{row}: 1500"
    expected = _phones(f"Oslo\nMona\n{number}\n1500")
    assert _phones(body) == expected
    assert expected  # the number itself is read
