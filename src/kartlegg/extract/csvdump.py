"""A scraper's CSV dump as an ad: a header line of column words, then the row(s), read column by column (session 34).

Recognised by its shape: a first line of at least three fields split by one delimiter (",", ";", tab or "|") with no
blank after it, every field a short name and two at least of them column words ``data/fields.yaml`` knows, and a row
of about the header's width. The rows are split as RFC 4180 writes them (a quoted field may hold the delimiter, a
doubled quote and line breaks). A row with more fields than the header (an unquoted comma in a text column) is matched
to the columns from both ends: the text column that took the extra fields is the one that leaves every other field its
column's shape (digits under an id, a time, a price; an "@" or nothing under the e-mail). Each column is then read by
its name (``structured``).

A spreadsheet flattened to text (session 39) is the same table with three habits of its own: the header (split by a
tab, ";" or "|") may follow a short preamble (the sheet's title line "[Ark1] rad 214", a row of cell references
"A214<TAB>B214<TAB>…"), read as prose with the cell references blanked; a cell that wraps its value onto the next line
without quotes ("93 68⏎64 80") cuts its row in two, and a short row followed by lines that bring it to exactly the
header's width is one row again, the cell spanning the break; a line of no delimiter after the rows (a footer, "Last
edited by: …") is prose, never a cell of the first column. A tab or a delimiter stays a cell boundary no number
crosses.
"""

from __future__ import annotations

from typing import Final

from kartlegg.extract import structured

_DELIMITERS: Final = ",;\t|"
#: The delimiters of a header after a preamble (a sheet flattened to text); a comma-separated line after a title is
#: too often a sentence.
_SHEET_DELIMITERS: Final = ";\t|"
_MAX_HEADER: Final = 600
_MAX_NAME: Final = 40
#: Lines before the header a flattened sheet may print (its title, a row of cell references).
_MAX_PREAMBLE: Final = 3
_MIN_COLUMNS: Final = 3
_MAX_ROWS: Final = 50
_MAX_FIELDS: Final = 200
#: Characters of a number-like value (an id, a unix time, an ISO time, a price, a coordinate).
_NUMERIC: Final = frozenset("0123456789.,:-+TZ /")


def _header_line(line: str) -> tuple[str, list[str]] | None:
    """The delimiter and names of ``line`` when it has a header's shape."""
    delim = max(_DELIMITERS, key=line.count)
    if line.count(delim) < _MIN_COLUMNS - 1 or (delim != "\t" and delim + " " in line):
        return None  # a program writes no blank after its delimiter; prose does ("Pris, tid, sted")
    names = [n.strip().strip('"').strip() for n in line.split(delim)]
    for n in names:
        if not n or len(n) > _MAX_NAME or not (n[0].isalpha() or n[0] == "_"):
            return None
    if structured.known_names(names) < 2:
        return None
    return delim, names


def _header(text: str) -> tuple[int, int, str, list[str]] | None:
    """The header line's start and end, its delimiter and its names: the first line, or one of the next
    ``_MAX_PREAMBLE`` lines (after a sheet's title and cell references) split by a tab, ";" or "|", that has a
    header's shape."""
    start = 0
    for k in range(_MAX_PREAMBLE + 1):
        nl = text.find("\n", start, start + _MAX_HEADER)
        if nl < 0:
            return None
        found = _header_line(text[start:nl].rstrip("\r"))
        if found is not None and (k == 0 or found[0] != ","):
            return start, nl + 1, found[0], found[1]
        start = nl + 1
    return None


def _gate_line(text: str, start: int, nl: int, delimiters: str) -> bool:
    for d in delimiters:
        if text.count(d, start, nl) >= _MIN_COLUMNS - 1:
            return d == "\t" or text.find(d + " ", start, nl) < 0
    return False


def may_be_csv(text: str) -> bool:
    """The cheap gate, read in place: the first line holds one delimiter twice at least, a comma or semicolon never
    with a blank after it (a program's header, not a sentence); or, where the next lines hold a tab, ";" or "|"
    twice at least (three counts over at most ``_MAX_HEADER`` characters: prose pays only those), one of them
    does."""
    nl = text.find("\n", 0, _MAX_HEADER)
    if nl < 0:
        return False
    if _gate_line(text, 0, nl, _DELIMITERS):
        return True
    start = nl + 1
    hi = start + _MAX_HEADER
    if text.count("\t", start, hi) < 2 and text.count(";", start, hi) < 2 and text.count("|", start, hi) < 2:
        return False
    for _ in range(_MAX_PREAMBLE):
        nl = text.find("\n", start, start + _MAX_HEADER)
        if nl < 0:
            return False
        if _gate_line(text, start, nl, _SHEET_DELIMITERS):
            return True
        start = nl + 1
    return False


def _cell_ref(field: str) -> bool:
    """A spreadsheet's cell reference ("A214", "AB7"): letters then digits."""
    v = field.strip()
    k = 0
    while k < len(v) and "A" <= v[k] <= "Z":
        k += 1
    return 0 < k <= 3 and k < len(v) <= k + 7 and v[k:].isdigit() and v.isascii()


def _preamble(text: str, end: int, delim: str) -> list[tuple[str, int, int]]:
    """The lines before the header, each read as prose, a row of cell references blanked (its class "id")."""
    out: list[tuple[str, int, int]] = []
    start = 0
    while start < end:
        nl = text.find("\n", start, end)
        stop = end if nl < 0 else nl
        line = text[start:stop]
        refs = delim in line and all(_cell_ref(f) for f in line.split(delim))
        out.append(("id" if refs else "text", start, stop))
        start = stop + 1
    return out


def _unwrap(text: str, rows: list[list[tuple[int, int]]], width: int) -> list[list[tuple[int, int]]]:
    """Rows cut by line breaks inside unquoted cells joined again: a row of two fields at least and fewer than
    ``width`` followed by lines that bring it to exactly ``width`` fields (each line's first field the rest of the
    cell the line before cut), every cut cell spanning its breaks. Lines that overshoot the width are left as they
    are."""
    out: list[list[tuple[int, int]]] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        j = i + 1
        if 2 <= len(row) < width:
            cand = row
            while len(cand) < width and j < len(rows) and len(cand) + len(rows[j]) - 1 <= width:
                nxt = rows[j]
                cand = [*cand[:-1], (cand[-1][0], nxt[0][1]), *nxt[1:]]
                j += 1
            if len(cand) == width:
                out.append(cand)
                i = j
                continue
        out.append(row)
        i += 1
    return out


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
    first, start, delim, names = head
    rows = _unwrap(text, _rows(text, start, delim), len(names))
    if not rows or all(len(row) < len(names) - 1 for row in rows):
        return None  # no row of the header's width: a line of words, then prose
    kinds = [structured.field_class(name) for name in names]
    fields = _preamble(text, first, delim) if first else []
    for row in rows:
        if len(row) == 1 and len(names) >= _MIN_COLUMNS:
            fields.append(("text", *row[0]))  # a line of no delimiter: a footer's prose, no cell
        else:
            fields.extend(_align(text, row, kinds))
    keep, numbers, stated = structured.sort_fields(text, fields)
    cells = tuple((s, e) for kind, s, e in fields if kind == "phone" and e > s)
    read = structured.assemble(text, keep)
    mails = [(s, e) for kind, s, e in fields if kind == "email" and e > s]
    if mails:  # an "email" column's "anna på mail.se": the column's name is the cell's e-mail cue
        read = structured.mail_values(read, mails)
    return structured.Reading(read, text, (), tuple(numbers), "csv", tuple(stated), cells)


def tab_cells(text: str) -> str | None:
    """``text`` with each tab between two cells that would read as one number ("26<TAB>722 340 464": a digit before
    it, a digit, "+" or "(" after it, blanks aside) written as ``structured.STOP``, or None when there is none: a
    tab is a cell boundary no number crosses, in a row of cells with no header too (a table pasted from a page, a
    spreadsheet's row). One ``str.find`` for a text with no tab."""
    i = text.find("\t")
    if i < 0:
        return None
    n = len(text)
    stops: list[int] = []
    while i >= 0:
        a = i - 1
        while a >= 0 and text[a] == " ":
            a -= 1
        b = i + 1
        while b < n and (text[b] == " " or text[b] == "\t"):
            b += 1
        if a >= 0 and b < n and "0" <= text[a] <= "9" and ("0" <= text[b] <= "9" or text[b] == "+" or text[b] == "("):
            stops.append(i)
        i = text.find("\t", b if b > i else i + 1)
    if not stops:
        return None
    return structured.with_stops(text, stops)
