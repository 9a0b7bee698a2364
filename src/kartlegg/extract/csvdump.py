"""A scraper's CSV dump as an ad: a header line of column words, then the row(s), read column by column (session 34).

Recognised by its shape: a first line of at least three fields split by one delimiter (",", ";", tab or "|") with no
blank after it, every field a short name and two at least of them column words ``data/fields.yaml`` knows, and a row
of about the header's width. The rows are
split as RFC 4180 writes them (a quoted field may hold the delimiter, a doubled quote and line breaks). A row with more
fields than the header (an unquoted comma in a text column) is matched to the columns from both ends: the text column
that took the extra fields is the one that leaves every other field its column's shape (digits under an id, a time, a
price; an "@" or nothing under the e-mail). Each column is then read by its name (``structured``).
"""

from __future__ import annotations

from typing import Final

from kartlegg.extract import structured

_DELIMITERS: Final = ",;\t|"
_MAX_HEADER: Final = 600
_MAX_NAME: Final = 40
_MIN_COLUMNS: Final = 3
_MAX_ROWS: Final = 50
_MAX_FIELDS: Final = 200
#: Characters of a number-like value (an id, a unix time, an ISO time, a price, a coordinate).
_NUMERIC: Final = frozenset("0123456789.,:-+TZ /")


def _header(text: str) -> tuple[int, str, list[str]] | None:
    """The header line's end, its delimiter and its names, when the first line has a header's shape."""
    nl = text.find("\n", 0, _MAX_HEADER)
    if nl < 0:
        return None
    line = text[:nl].rstrip("\r")
    delim = max(_DELIMITERS, key=line.count)
    if line.count(delim) < _MIN_COLUMNS - 1 or (delim != "\t" and delim + " " in line):
        return None  # a program writes no blank after its delimiter; prose does ("Pris, tid, sted")
    names = [n.strip().strip('"').strip() for n in line.split(delim)]
    for n in names:
        if not n or len(n) > _MAX_NAME or not (n[0].isalpha() or n[0] == "_"):
            return None
    if structured.known_names(names) < 2:
        return None
    return nl + 1, delim, names


def may_be_csv(text: str) -> bool:
    """The cheap gate, read in place: the first line holds one delimiter twice at least, a comma or semicolon never
    with a blank after it (a program's header, not a sentence)."""
    nl = text.find("\n", 0, _MAX_HEADER)
    if nl < 0:
        return False
    for d in _DELIMITERS:
        if text.count(d, 0, nl) >= _MIN_COLUMNS - 1:
            return d == "\t" or text.find(d + " ", 0, nl) < 0
    return False


def _rows(text: str, start: int, delim: str) -> list[list[tuple[int, int]]]:
    """The records after the header, each a list of its fields' spans (a quoted field's without its quotes)."""
    rows: list[list[tuple[int, int]]] = []
    n = len(text)
    i = start
    row: list[tuple[int, int]] = []
    while i < n and len(rows) < _MAX_ROWS:
        if text[i] == '"':
            j = i + 1
            while True:
                q = text.find('"', j)
                if q < 0:
                    q = n
                    break
                if q + 1 < n and text[q + 1] == '"':
                    j = q + 2
                    continue
                break
            row.append((i + 1, q))
            i = q + 1
            # anything after the closing quote up to the delimiter belongs to the field (a stray quote)
            while i < n and text[i] != delim and text[i] != "\n":
                i += 1
        else:
            j = i
            while j < n and text[j] != delim and text[j] != "\n":
                j += 1
            end = j - 1 if j > i and text[j - 1] == "\r" else j
            row.append((i, end))
            i = j
        if len(row) > _MAX_FIELDS:
            break
        if i >= n or text[i] == "\n":
            if any(e > s for s, e in row):
                rows.append(row)
            row = []
        i += 1
    if row and any(e > s for s, e in row) and len(rows) < _MAX_ROWS:
        rows.append(row)
    return rows


def _shape_ok(kind: str, value: str) -> bool:
    """Does a value have its column's shape? (Only the columns a misplaced field would betray.)"""
    v = value.strip()
    if not v:
        return True
    if kind in ("id", "time", "date", "price", "age", "count", "geo"):
        return any(c.isdigit() for c in v) and all(c in _NUMERIC for c in v) if kind != "id" else " " not in v
    if kind == "email":
        return "@" in v or "[at]" in v.lower() or "(at)" in v.lower()
    if kind == "url":
        return " " not in v
    return True


def _align(text: str, row: list[tuple[int, int]], kinds: list[str]) -> list[tuple[str, int, int]]:
    """Each field of ``row`` with its column's class; a row longer than the header has its extra fields given to the
    text column that leaves the other fields their columns' shapes (matching from both ends)."""
    n, m = len(kinds), len(row)
    if m <= n:
        return [(kinds[i], s, e) for i, (s, e) in enumerate(row)]
    extra = m - n
    best: tuple[int, int] | None = None
    for k in range(n):
        if kinds[k] != "text":
            continue
        score = 0
        for c in range(n):
            if c == k:
                continue
            s, e = row[c if c < k else c + extra]
            if _shape_ok(kinds[c], text[s:e]):
                score += 1
        if best is None or score > best[0]:
            best = (score, k)
    if best is None:
        # no text column to take them: every field read apart, as text
        return [("text", s, e) for s, e in row]
    k = best[1]
    out = [(kinds[c], *row[c]) for c in range(k)]
    out.append(("text", row[k][0], row[k + extra][1]))
    out.extend((kinds[c], *row[c + extra]) for c in range(k + 1, n))
    return out


def read_csv(text: str) -> structured.Reading | None:
    """The dump read column by column (module docstring), or None when ``text`` has no CSV dump's shape."""
    if not may_be_csv(text):
        return None
    head = _header(text)
    if head is None:
        return None
    start, delim, names = head
    rows = _rows(text, start, delim)
    if not rows or all(len(row) < len(names) - 1 for row in rows):
        return None  # no row of the header's width: a line of words, then prose
    kinds = [structured.field_class(name) for name in names]
    keep, numbers, stated = structured.sort_fields(text, (f for row in rows for f in _align(text, row, kinds)))
    return structured.Reading(structured.assemble(text, keep), text, (), tuple(numbers), "csv", tuple(stated))
