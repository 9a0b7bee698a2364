"""A quoted string's escapes read as what they stand for, wherever the string stands (issue 14, session 41).

A log or record line keeps a text on one line by escaping its line breaks: logfmt (``text="Hei\\nRing: 412 34\\n567"``),
a Python, Ruby or Go repr of a record (``{'text': 'Hi\\nCall …'}``, ``%q``), a JSON object inside a log line
(``payload={"text": "…"}``), an SQL dump's ``INSERT … VALUES (…, 'Ring\\n412 …')``, a CSV cell written by a logger.
Read as prose, "\\n" is no line break: a number broken over two of the text's lines ("412 34\\n567") has a letter
between its halves and is lost, and a line that opens with a cue ("Snart i Bergen", "Next stop: …") does not open a
line, so the next stop reads as the city she is in. ``formats``' JSON reader decodes a string's escapes, but only
where the whole body is JSON (it parses the text); a log line is none of its formats.

``read_escapes`` finds each quoted string ("…" or '…', on one line; a double-quoted one cut at the line's end also
counts) that holds a line break escape (``\\n``, ``\\r``, ``\\t``) and reads its two-character escapes in place, as the
JSON reader does: ``\\n`` as a blank and a line break, ``\\r`` and ``\\t`` as blanks, ``\\"``, ``\\'``, ``\\/`` and
``\\\\`` as a blank and the character. The text keeps its length (every span still points at the raw text). A
backslash before any other character (Markdown's ``\\_`` and ``\\+``, a ``\\u00f8``) is left as written, and so is
a string without a line break escape (a Windows path in prose is no record's text).
"""

from __future__ import annotations

import re
from typing import Final

#: A quoted string on one line: double quotes (closed, or cut at the line's end) or single quotes (closed).
_STRING: Final = re.compile(r'"(?:[^"\\\n]|\\.)*(?:"|$)|\'(?:[^\'\\\n]|\\.)*\'', re.M)
#: A string's two-character escapes and what they read as (same length); a line break escape is one of the first
#: three.
_ESCAPES: Final = {
    "n": " \n",
    "r": "  ",
    "t": "  ",
    '"': ' "',
    "'": " '",
    "/": " /",
    "\\": " \\",
}
#: Lines of a text looked at (a hostile body is bounded).
_MAX_LINES: Final = 400


def may_hold(text: str) -> bool:
    """The cheap gate: a literal backslash-n somewhere in the text (one substring search)."""
    return "\\n" in text


def read_escapes(text: str) -> str | None:
    """``text`` with the escapes of every quoted string that holds a line break escape read in place (same length),
    or None when no string holds one (module docstring)."""
    out: list[str] | None = None
    pos = text.find("\\n")
    lines = 0
    while pos >= 0 and lines < _MAX_LINES:
        lines += 1
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        for m in _STRING.finditer(text, start, end):
            a = m.start() + 1
            b = m.end()
            if not _breaks(text, a, b):
                continue
            if out is None:
                out = list(text)
            _decode(text, a, b, out)
        pos = text.find("\\n", end)
    return None if out is None else "".join(out)


def _breaks(text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` hold a line break escape (``\\n``, ``\\r``, ``\\t``) that is no escaped backslash's end?"""
    i = text.find("\\", a, b)
    while 0 <= i < b - 1:
        c = text[i + 1]
        if c == "n" or c == "r" or c == "t":
            return True
        i = text.find("\\", i + 2, b)
    return False


def _decode(text: str, a: int, b: int, out: list[str]) -> None:
    """Write the escapes of ``text[a:b]`` into ``out`` as what they read as, left to right (``\\\\n`` is a backslash
    and an "n")."""
    i = text.find("\\", a, b)
    while 0 <= i < b - 1:
        two = _ESCAPES.get(text[i + 1])
        if two is not None:
            out[i] = two[0]
            out[i + 1] = two[1]
        i = text.find("\\", i + 2, b)
