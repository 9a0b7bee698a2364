"""A structured format read field by field: what its readers hand to the rest of extraction (issue 14, session 34).

A scraper's CSV dump or a calendar feed read as prose glues digits across field separators ("…,28,2000,,RING …",
"GEO:55.6290;13.0400") and takes ids, times and coordinates for phones. A reader (``csvdump``, ``icalendar``; the
registry is ``formats``) recognises its format by its shape, parses it, and returns a ``Reading``: the field's text
with every field that is not to be read blanked (ids, times, dates, coordinates, links, prices, ages, counts, by their
column or property name: ``data/fields.yaml``), the kept fields apart so that no number runs from one into the next,
and the phone column's bare digits as a spreadsheet left them, read here in the row's countries (``column_phones``).

The text keeps the field's length. A reader that must move characters (an iCalendar line folded at 75 octets is
joined again) reads a ``source`` of the same length with the moved pieces listed in ``moves``; ``restore`` points
the matches found in it back at the raw text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from kartlegg.extract import ages, phones
from kartlegg.extract.lexicon import FIELD_CONTACTS, field_words, lexicon, normalise_label
from kartlegg.extract.matches import Extraction, Match
from kartlegg.extract.numbering import mobile_number
from kartlegg.extract.patterns import blank

#: Classes of field read as text (``data/fields.yaml``'s contact section); any other class is furniture.
READ: Final = frozenset(FIELD_CONTACTS)
#: What a format's text may open with before its first sign: blanks, line breaks, a byte-order mark.
BLANKS: Final = " \t\r\n\ufeff"
#: Before a kept field that opens with a number, after another ("…Saga 20" | "70 12 …"): a sign the phone scanner never
#: crosses.
STOP: Final = "="


@dataclass(frozen=True, slots=True)
class Reading:
    """A structured field read field by field.

    ``text``: ``source`` with every furniture field and the format's syntax blanked (line breaks kept), same length.
    ``source``: the raw field, or (when ``moves``) the raw field with pieces moved (unfolded lines), same length.
    ``moves``: (start in ``source``, start in the raw field) of each moved piece, in order; empty when none moved.
    ``numbers``: spans in ``source`` of phone fields that hold bare digits (a spreadsheet's "46701234567.0").
    ``kind``: the format's name ("csv", "icalendar").
    ``ages``: spans in ``source`` of age fields (an "age" column's "24"): the stated age, read by ``column_ages``.
    ``phone_cells``: spans in ``source`` of the phone column's cells: a number read inside one is labelled as a
    contact by its column's name (``label_cells``), never a site's id slot beside the cell after it."""

    text: str
    source: str
    moves: tuple[tuple[int, int], ...]
    numbers: tuple[tuple[int, int], ...]
    kind: str
    ages: tuple[tuple[int, int], ...] = ()
    phone_cells: tuple[tuple[int, int], ...] = ()


def with_stops(text: str, stops: list[int]) -> str:
    """``text`` with the character at each of ``stops`` (in order) written as ``STOP``: a cell boundary or a list's
    comma no number is read across (``csvdump.tab_cells``, ``strlists``)."""
    parts: list[str] = []
    last = 0
    for k in stops:
        parts.append(text[last:k])
        parts.append(STOP)
        last = k + 1
    parts.append(text[last:])
    return "".join(parts)


@functools.cache
def _classes() -> dict[str, str]:
    return field_words().classes


@functools.lru_cache(maxsize=1024)
def field_class(name: str) -> str:
    """A field name's class: the class of the whole name, else of its first listed word ("price_nok" -> price),
    else "text" (a field no list knows is read)."""
    low = normalise_label(name)
    table = _classes()
    c = table.get(low)
    if c is not None:
        return c
    for w in low.split():
        c = table.get(w)
        if c is not None:
            return c
    return "text"


def known_names(names: Sequence[str]) -> int:
    """How many of ``names`` a class lists (whole or by a word): a header of field words, not a line of prose."""
    table = _classes()
    n = 0
    for name in names:
        low = normalise_label(name)
        if low in table or any(w in table for w in low.split()):
            n += 1
    return n


def assemble(source: str, keep: list[tuple[int, int]]) -> str:
    """``source`` with every character outside ``keep`` (sorted, disjoint spans) a blank, line breaks kept; where a
    kept field starts with a digit, "+" or "(" after another ("… fra 21.11." | "+47 23 …"), the last character
    between them is ``STOP``, so that no number is read across the two."""
    parts: list[str] = []
    last = 0
    for s, e in keep:
        if s < last:
            s = last
        if e <= s:
            continue
        value = source[s:e]
        inner = value.strip()
        if not inner:
            continue
        gap = blank(source[last:s])
        if parts and gap and (inner[0].isdigit() or inner[0] in "+("):
            gap = gap[:-1] + STOP
        parts.append(gap)
        parts.append(value)
        last = e
    parts.append(blank(source[last:]))
    return "".join(parts)


@functools.cache
def _mail_value() -> re.Pattern[str]:
    """An e-mail field's whole value written with an "at" word for its "@": a local part, one of
    ``email_at_words``/``email_on_words`` ("på", "on", "hos", "(at)", "snabel-a"), a domain with its dots, lower-case
    (``lexicon.yaml``)."""
    lx = lexicon()
    words = sorted({w.strip().lower() for w in (*lx.email_on_words, *lx.email_at_words) if w.strip()}, key=len)
    alt = "|".join(re.escape(w) for w in reversed(words))
    return re.compile(
        r"[ \t]*([a-z0-9][a-z0-9._+\-]{0,63})[ \t]+(?:"
        + alt
        + r")[ \t]+([a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63})+)[ \t]*"
    )


def mail_values(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` (a reading, same length as its source) with each e-mail field's value that spells its address with an
    "at" word ("nanna_vip på brevduen.no", "anna (at) mail.se" under an "email" key or column) written as the
    address, padded with blanks (same length). The field's key is the e-mail cue such a value lacks once the key is
    blanked: a profile export, an API dump or a sheet names the field, as "E-post:" does in prose (session 43).
    ``spans``: the e-mail fields' values in ``text``; a value of another shape is left as it is."""
    out: list[str] | None = None
    rx = _mail_value()
    for s, e in spans:
        if e - s < 5 or "@" in text[s:e]:
            continue
        low = text[s:e].lower()
        if len(low) != e - s:
            continue
        m = rx.fullmatch(low)
        if m is None:
            continue
        address = text[s + m.start(1) : s + m.end(1)] + "@" + text[s + m.start(2) : s + m.end(2)]
        if out is None:
            out = list(text)
        for k in range(s, e):
            i = k - s
            out[k] = address[i] if i < len(address) else " "
    return text if out is None else "".join(out)


#: Between two numbers in one phone cell ("0701234567 / 709 704 811").
_CELL_SPLIT: Final = "/|"
#: A thousands separator a spreadsheet's number format writes ("722 340 464", "722,340,464", a no-break space).
_THOUSANDS: Final = " ,.'\u00a0\u202f"


def _cell_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of a phone cell's parts between "/" or "|" (a cell holding two numbers), each stripped."""
    out: list[tuple[int, int]] = []
    start = s
    for i in range(s, e + 1):
        if i == e or text[i] in _CELL_SPLIT:
            a, b = start, i
            while a < b and text[a] in " \t\r\n":
                a += 1
            while b > a and text[b - 1] in " \t\r\n":
                b -= 1
            if b > a:
                out.append((a, b))
            start = i + 1
    return out


def sort_fields(
    text: str, fields: Iterable[tuple[str, int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
    """A parsed record's fields, each (class, start, end) in ``text``, sorted for a ``Reading``: the spans read as
    text (``READ`` classes), the phone fields' parts that hold a number as a spreadsheet stores it (read by
    ``column_phones``: ``stored_digits``) and the age fields (read by ``column_ages``); furniture and empty fields
    are in none. A phone cell's other parts ("+47 93 46 12 80", "fire ni seks …") are read as text."""
    keep: list[tuple[int, int]] = []
    numbers: list[tuple[int, int]] = []
    stated: list[tuple[int, int]] = []
    for kind, s, e in fields:
        if kind == "age" and e > s:
            stated.append((s, e))
        if kind not in READ or e <= s:
            continue
        if kind == "phone" and any(c.isdigit() for c in text[s:e]):
            parts = _cell_parts(text, s, e)
            if any(stored_digits(text[a:b]) is not None for a, b in parts):
                for a, b in parts:
                    (numbers if stored_digits(text[a:b]) is not None else keep).append((a, b))
                continue
        keep.append((s, e))
    return keep, numbers, stated


def _spreadsheet_digits(value: str) -> str:
    """A phone field's value without its blanks and a float's ".0" ("46701234567.0" -> "46701234567")."""
    v = value.strip()
    return v[:-2] if v.endswith(".0") else v


def bare_digits(value: str) -> bool:
    """A phone field as a spreadsheet leaves it: digits only, perhaps a float's ".0" ("46701234567.0")."""
    v = _spreadsheet_digits(value)
    return 6 <= len(v) <= 15 and v.isascii() and v.isdigit()


def _grouped(v: str) -> str | None:
    """The digits of a number in thousands groups ("722 340 464", "47 471 659": one to three digits, then groups of
    three, one separator throughout), else None."""
    sep = ""
    for c in v:
        if not c.isdigit():
            sep = c
            break
    if not sep or sep not in _THOUSANDS:
        return None
    groups = v.split(sep)
    if len(groups) < 3 or not 1 <= len(groups[0]) <= 3:
        return None  # two groups ("93 68") are a pair, not a stored number
    for g in groups:
        if not g.isascii() or not g.isdigit():
            return None
    for g in groups[1:]:
        if len(g) != 3:
            return None
    return "".join(groups)


def _wrapped(v: str) -> str | None:
    """The digits of a cell wrapped onto two lines or more ("93 68⏎64 80"), every line digits and blanks, else
    None."""
    if "\n" not in v:
        return None
    digits = ""
    for line in v.split("\n"):
        piece = line.strip().replace(" ", "")
        if not piece or not piece.isascii() or not piece.isdigit():
            return None
        digits += piece
    return digits


def stored_digits(value: str) -> str | None:
    """A phone cell's value as the digits a spreadsheet stored, or None (text for the scanner): bare digits with a
    float's ".0" ("46701234567.0"), a number format's thousands groups ("722 340 464": the trunk "0" of 072-234 04
    64 gone with it) or a cell wrapped onto a second line ("93 68⏎64 80"); 6 to 15 digits."""
    v = value.strip()
    if bare_digits(v):
        return _spreadsheet_digits(v)
    d = _grouped(v) or _wrapped(v)
    return d if d is not None and 6 <= len(d) <= 15 else None


def column_phone(value: str, regions: Sequence[str], hinted: bool = True) -> tuple[str, str] | None:
    """A phone field's bare digits as a number (E.164 and its style), or None. Ten digits or more are tried with a
    country code first ("4741234567", "46701234567.0"); then, where the ad names its country (``hinted``: the row's
    city, the site), in that country as written and with the trunk "0" a spreadsheet drops ("701234567" is Sweden's
    070-123 45 67, "40646573" in a Västerås row Malmö's 040-64 65 73); then in each of ``regions`` the first reading
    that is a mobile, else the first valid one ("90010004" with no country named is a Norwegian mobile, not Umeå's
    090-010 004). A number format's groups and a wrapped cell are read as their digits (``stored_digits``)."""
    v = stored_digits(value) or _spreadsheet_digits(value)
    if not v:
        return None
    if v[0] != "0" and len(v) >= 10:
        e = phones.validate(v, True, regions)
        if e is not None:
            return e, "international"
    tries = (v, "0" + v) if v[0] != "0" else (v,)
    if hinted and regions:
        for digits in tries:
            e = phones.validate(digits, False, (regions[0],), bare_intl=False)
            if e is not None:
                return e, "national"
    first: str | None = None
    for r in regions:
        for digits in tries:
            e = phones.validate(digits, False, (r,), bare_intl=False)
            if e is None:
                continue
            if mobile_number(e):
                return e, "national"
            first = first or e
    return (first, "national") if first is not None else None


def column_phones(reading: Reading, regions: Sequence[str], hinted: bool = True) -> list[phones.PhoneHit]:
    """The phone fields' bare digits read as numbers (``column_phone``), as hits over the field."""
    out: list[phones.PhoneHit] = []
    for s, e in reading.numbers:
        value = reading.source[s:e]
        found = column_phone(value, regions, hinted)
        if found is not None:
            lead = len(value) - len(value.lstrip())
            out.append(phones.PhoneHit(found[0], s + lead, s + len(value.rstrip()), found[1]))
    return out


def label_cells(result: Extraction, reading: Reading, field: str = "body") -> None:
    """Mark each phone read inside a phone column's cell (``detail["column"] = "phone"``): its column's name is its
    contact label, which the site-furniture model reads like a "Tlf:" before it (a table's next cell, "annons
    4193715", is no slot that makes the number an id)."""
    cells = reading.phone_cells
    for m in result.matches:
        if m.kind != "phone" or m.field != field:
            continue
        for s, e in cells:
            if s <= m.start and m.end <= e:
                m.detail["column"] = "phone"
                break


def column_ages(reading: Reading) -> list[ages.AgeHit]:
    """The age fields' whole numbers within the ages extraction reads (``ages.MIN_AGE`` .. ``ages.MAX_AGE``): the
    stated age as a column gives it, kept as an age and never as a digit of a number."""
    out: list[ages.AgeHit] = []
    for s, e in reading.ages:
        value = reading.source[s:e].strip()
        if value.isascii() and value.isdigit() and len(value) <= 2 and ages.MIN_AGE <= int(value) <= ages.MAX_AGE:
            lead = len(reading.source[s:e]) - len(reading.source[s:e].lstrip())
            out.append(ages.AgeHit(int(value), s + lead, s + lead + len(value)))
    return out


def _source_start(move: tuple[int, int]) -> int:
    return move[0]


def _raw_start(move: tuple[int, int]) -> int:
    return move[1]


def raw_offset(moves: tuple[tuple[int, int], ...], pos: int) -> int:
    """A position in a ``Reading.source`` as a position in the raw field (by the last piece that starts at or
    before it)."""
    k = bisect.bisect_right(moves, pos, key=_source_start)
    if k == 0:
        return pos
    start, raw_start = moves[k - 1]
    return raw_start + pos - start


def source_offset(moves: tuple[tuple[int, int], ...], raw_pos: int) -> int:
    """A raw position (outside any moved piece's own characters) as a position in a ``Reading.source``: the inverse
    of ``raw_offset``."""
    k = bisect.bisect_right(moves, raw_pos, key=_raw_start)
    if k == 0:
        return raw_pos
    start, raw_start = moves[k - 1]
    return start + raw_pos - raw_start


def restore(result: Extraction, reading: Reading, raw: str, field: str = "body") -> None:
    """Point the matches found in ``reading.source`` at the raw field (the span as written, across a fold)."""
    if not reading.moves:
        return
    out: list[Match] = []
    for m in result.matches:
        if m.field != field or m.end <= m.start:
            out.append(m)
            continue
        s = raw_offset(reading.moves, m.start)
        e = raw_offset(reading.moves, m.end - 1) + 1
        out.append(Match(m.kind, m.value, m.field, s, e, raw[s:e], m.detail))
    result.matches[:] = out
