"""Raw iCalendar (RFC 5545) or vCard (RFC 6350) text as an ad, read property by property (session 34).

A tour feed's event holds ``UID``, ``DTSTAMP``/``DTSTART``/``DTEND``, ``GEO:55.6290;13.0400`` and a ``URL`` beside the
text a person wrote (``SUMMARY``, ``DESCRIPTION``, ``LOCATION``, ``ORGANIZER;CN=…:mailto:…``). Read as prose, the
times and coordinates become phones, and a line folded at 75 octets (a line break and one blank or tab) cuts a number
or an e-mail in two. Recognised by its shape (``BEGIN:VCALENDAR``, ``BEGIN:VEVENT`` or ``BEGIN:VCARD`` near the
start), the text is unfolded (the fold's characters moved to the logical line's end, ``structured.Reading.moves``),
each content line split into its name, parameters and value, and only the values of properties read as text kept
(by name: ``data/fields.yaml``; a name no list knows, "X-…" included, is read; a line that is no content line is read
whole). A value's escapes ("\\,", "\\;",
"\\n") are read as the comma, semicolon or line break they stand for.
"""

from __future__ import annotations

from typing import Final

from kartlegg.extract import structured

_STARTS: Final = ("BEGIN:VCALENDAR", "BEGIN:VEVENT", "BEGIN:VCARD")
_HEAD: Final = 300
#: A content line's name: letters, digits and "-" (RFC 5545 3.1).
_MAX_NAME: Final = 64
_MAX_LINES: Final = 2000
#: A value's escapes and what they read as (same length).
_ESCAPES: Final = (("\\n", " \n"), ("\\N", " \n"), ("\\,", " ,"), ("\\;", " ;"), ("\\\\", " \\"))


def may_be_calendar(text: str) -> bool:
    """The cheap gate: the text opens with "BEGIN:V…" of a calendar, an event or a card (a card's line quoted inside
    prose, "Mobile: BEGIN:VCARD TEL;…", leaves the prose a prose ad)."""
    head = text[:_HEAD].lstrip(structured.BLANKS)
    return head[:6].upper() == "BEGIN:" and head[:16].upper().startswith(_STARTS)


def unfold(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with every fold (a line break, then one blank or tab) removed and its characters put as blanks at the
    end of the logical line, before its line break: same length; and the pieces moved (``Reading.moves``)."""
    if "\n " not in text and "\n\t" not in text:
        return text, ()
    parts: list[str] = []
    moves: list[tuple[int, int]] = []
    out = 0  # length written so far
    pad = 0  # fold characters removed from the current logical line
    i = 0
    n = len(text)
    lines = 0
    while i < n:
        nl = text.find("\n", i)
        end = n if nl < 0 else nl
        content_end = end - 1 if end > i and text[end - 1] == "\r" else end
        folded = nl >= 0 and nl + 1 < n and text[nl + 1] in " \t" and lines < _MAX_LINES
        lines += 1
        moves.append((out, i))
        parts.append(text[i:content_end])
        out += content_end - i
        if folded:
            pad += nl + 2 - content_end  # the line break ("\r\n" or "\n") and the fold's blank
            i = nl + 2
            continue
        if pad:
            parts.append(" " * pad)
            out += pad
            pad = 0
        parts.append(text[content_end : end + 1] if nl >= 0 else "")
        out += (end + 1 if nl >= 0 else end) - content_end
        i = end + 1
    if pad:
        parts.append(" " * pad)
    return "".join(parts), tuple(moves)


def value_start(line: str) -> int:
    """The index of a content line's ":" between its name and parameters and its value (a quoted parameter may hold
    a ":"), or -1."""
    quoted = False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == ":" and not quoted:
            return i
    return -1


def _number_commas(text: str) -> str:
    """An escaped comma between two numbers ("Storgata 64\\, 8000 Aarhus": a value's parts, the street's number and the
    postcode) as a sign the phone scanner never crosses (``structured.STOP``), not a blank."""
    parts: list[str] = []
    last = 0
    i = text.find("\\,")
    while i >= 0:
        after = text[i + 2 : i + 4].lstrip(" ")
        if i > 0 and text[i - 1].isdigit() and after[:1].isdigit():
            parts.append(text[last:i])
            parts.append(structured.STOP + ",")
            last = i + 2
        i = text.find("\\,", i + 2)
    parts.append(text[last:])
    return "".join(parts)


def read_calendar(text: str) -> structured.Reading | None:
    """The calendar or card read property by property (module docstring), or None without its shape."""
    if not may_be_calendar(text):
        return None
    source, moves = unfold(text)
    keep: list[tuple[int, int]] = []
    pos = 0
    n = len(source)
    while pos < n:
        nl = source.find("\n", pos)
        end = n if nl < 0 else nl
        line = source[pos:end]
        colon = value_start(line[: _MAX_NAME * 8]) if line else -1
        semi = line.find(";", 0, colon) if colon > 0 else -1
        name = line[: semi if semi >= 0 else colon] if colon > 0 else ""
        if not name or len(name) > _MAX_NAME or not name.replace("-", "").isalnum():
            keep.append((pos, end))  # no content line: read as it is
        elif structured.field_class(name) in structured.READ:
            keep.append((pos + colon + 1, end))
        pos = end + 1
    reading = unescape(structured.assemble(source, keep))
    return structured.Reading(reading, source, moves, (), "icalendar")


def unescape(reading: str) -> str:
    """A value's escapes ("\\,", "\\;", "\\n") as the comma, semicolon or line break they stand for (same length);
    an escaped comma between two numbers as ``structured.STOP`` (``_number_commas``)."""
    if "\\" in reading:
        if "\\," in reading:
            reading = _number_commas(reading)
        for esc, plain in _ESCAPES:
            reading = reading.replace(esc, plain)
    return reading
