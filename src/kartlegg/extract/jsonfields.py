"""A JSON object or JSON lines as an ad, read value by value by each value's key (session 34).

A dating app's profile, a scraper's JSON lines or an API dump print ids, timestamps, coordinates and counters as
members beside the text ("uid": 18109735, "last_active": "2026-01-07T08:54:00Z", "lat": 59.91). Recognised by its
shape (the text opens with "{" or "[" and a quoted key with its ":" follows), the text is scanned as JSON (strings
with their escapes, numbers, nested objects and arrays; an array's values take the array's key) and every value is
read by its key's class (``data/fields.yaml``, as a CSV column): furniture values blanked, the others kept apart. A
string's escapes are read as what they stand for: the two-character ones in place ("\\n" as a line break), a
"\\u00f6" as its letter, the escape's other characters moved to the string's end (``structured.Reading.moves``).
A group chat's export (message objects with "from" and "text") is left to ``chat``.
"""

from __future__ import annotations

import re
from typing import Final

from kartlegg.extract import structured

_HEAD: Final = 200
_KEY: Final = re.compile(r'"[^"\\\n]{1,64}"\s*:')
_MAX_DEPTH: Final = 32
#: A value's two-character escapes and what they read as (same length).
_ESCAPES: Final = (
    ("\\n", " \n"),
    ("\\r", "  "),
    ("\\t", "  "),
    ('\\"', ' "'),
    ("\\/", " /"),
    ("\\b", "  "),
    ("\\f", "  "),
)
#: JSON's literals: no value a person wrote.
_LITERALS: Final = frozenset({"null", "true", "false"})
_UNICODE: Final = re.compile(r"\\u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?")


def may_be_json(text: str) -> bool:
    """The cheap gate: the text opens with "{" or "[" and a quoted key with its ":" comes soon after."""
    head = text[:_HEAD].lstrip(structured.BLANKS)
    return bool(head) and head[0] in "{[" and _KEY.search(head) is not None


def _string_end(text: str, i: int) -> int:
    """The index of the quote that closes the string opened at ``i - 1``, or -1 (none, or a line break first: JSON
    writes a string's line breaks as "\\n"). Found by ``str.find``, not a step a character: a profile's text is
    most of its characters."""
    start = i
    while True:
        q = text.find('"', i)
        if q < 0:
            return -1
        k = q - 1
        while k >= start and text[k] == "\\":
            k -= 1
        if (q - 1 - k) % 2 == 0:  # an even run of backslashes before it: the quote is not escaped
            return -1 if text.find("\n", start, q) >= 0 else q
        i = q + 1


def _scan(text: str) -> list[tuple[str, int, int, bool]] | None:
    """Every scalar value as (its key, start, end, is a string) with a string's span inside its quotes; None when the
    text is no JSON (an unclosed string, a bracket that closes nothing)."""
    out: list[tuple[str, int, int, bool]] = []
    stack: list[list[str]] = []  # [kind "o" or "a", the key a value takes]
    expect_key = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in " \t\r\n":
            i += 1
        elif c == "{" or c == "[":
            if len(stack) >= _MAX_DEPTH:
                return None
            stack.append(["o" if c == "{" else "a", stack[-1][1] if stack else ""])
            expect_key = c == "{"
            i += 1
        elif c == "}" or c == "]":
            if not stack or stack[-1][0] != ("o" if c == "}" else "a"):
                return None
            stack.pop()
            expect_key = False
            i += 1
        elif c == ",":
            expect_key = bool(stack) and stack[-1][0] == "o"
            i += 1
        elif c == ":":
            expect_key = False
            i += 1
        elif c == '"':
            end = _string_end(text, i + 1)
            if end < 0 or not stack:
                return None
            if expect_key and stack[-1][0] == "o":
                stack[-1][1] = text[i + 1 : end]
            else:
                out.append((stack[-1][1], i + 1, end, True))
            i = end + 1
        else:
            j = i
            while j < n and text[j] not in ",]}\n \t\r":
                j += 1
            if not stack or j == i:
                return None
            out.append((stack[-1][1], i, j, False))
            i = j
    return None if stack else out


def _decode(text: str, keep: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with each "\\uXXXX" escape (a surrogate pair as one) inside a kept string as its character, the
    escape's other characters moved to the string's end as blanks; and the pieces moved."""
    parts: list[str] = []
    moves: list[tuple[int, int]] = [(0, 0)]
    last = 0  # raw position copied up to
    out = 0  # source length written
    for s, e in keep:
        m = _UNICODE.search(text, s, e)
        if m is None:
            continue
        pad = 0
        while m is not None:
            parts.append(text[last : m.start()])
            out += m.start() - last
            hi = int(m.group(1), 16)
            if m.group(2) is not None and 0xD800 <= hi <= 0xDBFF:
                ch = chr(0x10000 + ((hi - 0xD800) << 10) + (int(m.group(2), 16) - 0xDC00))
            elif 0xD800 <= hi <= 0xDFFF:
                ch = " "  # a lone surrogate: no character
            else:
                ch = chr(hi)
            parts.append(ch)
            out += 1
            pad += m.end() - m.start() - 1
            last = m.end()
            moves.append((out, last))
            m = _UNICODE.search(text, last, e)
        parts.append(text[last:e] + " " * pad)
        out += e - last + pad
        last = e
        moves.append((out, e))
    if len(moves) == 1:
        return text, ()
    parts.append(text[last:])
    return "".join(parts), tuple(moves)


def read_json(text: str) -> structured.Reading | None:
    """The JSON read value by value (module docstring), or None without its shape."""
    if not may_be_json(text):
        return None
    if '"from"' in text and '"text"' in text:
        return None  # a chat export's message objects: ``chat`` reads the post
    values = _scan(text)
    if not values:
        return None
    keep, numbers, stated = structured.sort_fields(
        text,
        # a literal (null, true, false) is no value to read
        (
            (structured.field_class(key) if key else "text", s, e)
            for key, s, e, _string in values
            if text[s:e] not in _LITERALS
        ),
    )
    source, moves = _decode(text, keep) if "\\u" in text else (text, ())
    if moves:
        # the kept spans in the decoded source: each span's start and end moved as the pieces before them
        keep = [(structured.source_offset(moves, s), structured.source_offset(moves, e)) for s, e in keep]
        numbers = [(structured.source_offset(moves, s), structured.source_offset(moves, e)) for s, e in numbers]
        stated = [(structured.source_offset(moves, s), structured.source_offset(moves, e)) for s, e in stated]
    reading = structured.assemble(source, keep)
    mails = [(s, e) for key, s, e, string in values if string and key and structured.field_class(key) == "email"]
    if mails:  # '"email": "nanna_vip på brevduen.no"': the key is the value's e-mail cue
        if moves:
            mails = [(structured.source_offset(moves, s), structured.source_offset(moves, e)) for s, e in mails]
        reading = structured.mail_values(reading, mails)
    if "\\" in reading:
        for esc, plain in _ESCAPES:
            reading = reading.replace(esc, plain)
        reading = reading.replace("\\\\", " \\")
    return structured.Reading(reading, source, moves, tuple(numbers), "json", tuple(stated))
