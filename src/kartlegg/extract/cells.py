"""A spreadsheet's cell references at the start of its lines are keys, not digits of a number (issue 14, session 41).

A sheet dumped to text cell by cell prints each cell's reference before its value: A1 style (``D2526: 33350472``,
``H2076: 1200``) or R1C1 style (``R14389C4<tab>381647409867``), as a spreadsheet's "copy with references", a
scraper's XLSX-to-text step, a formula auditor or an export of named cells print them. Read as prose, the
reference's row number joins the value after it: "2076: 1200" is eight digits, a Nordic number, and "2526:
33350472" a Somali one (blind20, written blind: 400 / 331 false phones on one site, its contacts read with the
row glued in front).

``blank_keys`` blanks the references that open three or more lines of a text when they name one row in several
columns (a row dumped cell by cell: ``A1958``, ``B1958``, ``C1958``) or one column in several rows (``A1``, ``A2``,
``A3``), each followed by ``:``, ``=``, a tab or a blank. The text keeps its length (every span still points at
the raw text); the separator stays. A line that merely opens with a model code ("A4: 2 sider", "Q3: 1200") is no
sheet: one such line names no row in several columns.
"""

from __future__ import annotations

import re
from typing import Final

from kartlegg.extract.blocks import blank_spans

#: A cell reference opening a line: A1 style (one to three capitals, a row) or R1C1 style, then its separator.
_KEY: Final = re.compile(
    r"^[ \t]*(?:(R)([1-9][0-9]{0,6})C[1-9][0-9]{0,4}|([A-Z]{1,3})([1-9][0-9]{0,6}))(?=[:=\t ])", re.M
)
#: Lines of one text looked at (a hostile body is bounded), and how many keys make a sheet.
_MAX_KEYS: Final = 2000
MIN_KEYS: Final = 3


#: The gate's search: a line opening with a reference's first characters (a literal line break first, so the
#: regex engine jumps from line break to line break instead of trying every position).
_OPEN: Final = re.compile(r"\n[ \t]*(?:R[1-9][0-9]*C|[A-Z]{1,3})[1-9][0-9]*[:=\t ]")


def may_hold(text: str) -> bool:
    """The cheap gate: a line after the first that opens with a cell reference and its separator."""
    return "\n" in text and _OPEN.search(text) is not None


def blank_keys(text: str) -> str | None:
    """``text`` with its cell references blanked in place (module docstring), or None when it is no sheet."""
    spans: list[tuple[int, int]] = []
    rows: dict[str, int] = {}
    columns: dict[str, int] = {}
    for m in _KEY.finditer(text):
        if len(spans) >= _MAX_KEYS:
            break
        if m.group(1):
            row, column = m.group(2), ""
        else:
            row, column = m.group(4), m.group(3)
        rows[row] = rows.get(row, 0) + 1
        if column:
            columns[column] = columns.get(column, 0) + 1
        spans.append((m.end() - len(m.group(0).lstrip(" \t")), m.end()))
    if len(spans) < MIN_KEYS:
        return None
    if max(rows.values()) < MIN_KEYS and (not columns or max(columns.values()) < MIN_KEYS):
        return None
    return "".join(blank_spans(text, spans))


def digit_values(text: str) -> list[tuple[int, int]]:
    """The spans of the values that are bare digits alone in their cell (``D1958: 764361088``,
    ``R6402C4<tab>737104717``) in a sheet ``blank_keys`` reads (call it only where that found one): a number cell,
    where the spreadsheet dropped a leading zero (``structured.column_phone`` reads a CSV phone column alike)."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for looked, m in enumerate(_KEY.finditer(text)):
        if looked >= _MAX_KEYS:
            break  # the lines ``blank_keys`` looks at, no more
        k = m.end() + 1  # past the separator
        while k < n and text[k] in " \t":
            k += 1
        e = k
        while e < n and "0" <= text[e] <= "9":
            e += 1
        end = e
        while end < n and text[end] in " \t\r":
            end += 1
        if e > k and (end == n or text[end] == "\n"):
            out.append((k, e))
    return out
