"""A line's own marker is no sign of a number: an edit history's "-" and "+" lines (issue 14, session 40).

A page that shows what changed prints each changed line with a marker in front: a site's edit history strikes the old
line with "- " above the new one with "+ " ("- Ring: (95) 70 52 41" ⏎ "+ Ring: 45 54 59 73"), a unified diff (a
wiki's or a forum post's "what changed", ``git diff``) opens each hunk with ``@@ -1,7 +1,7 @@`` and glues its marker to
the line ("-+47 48 75 75 80" ⏎ "+48.25.38.25"); a changelog and a chat's "+ added" log do the same. Read as prose,
the "+" is an international plus ("+48.25.38.25" → a Polish number), the hunk header's digits join the number above
it ("… 47" ⏎ "@@ -1,10 +1,10 @@"), and the old line's digits run into the new one's, so one of the two numbers is
lost and a third, made of both, is read.

``read_marks`` finds the two shapes that say a line's first character is a marker, never a sign:

- a unified diff's hunk: a header ``@@ -a[,b] +c[,d] @@`` and the lines after it that open with " ", "-" or "+" (the
  header line itself is blanked: its ranges are no digits of the page);
- a change block: one or more lines opening (after the same indentation) with "-" and a blank, followed at once by
  one or more opening with "+" and a blank: the old lines above the new, as an edit history or a changelog shows them.

Each marker becomes ``STOP`` (a symbol, "¦"), which the phone reader takes as a line opening a field of its own
(``phones._field_opens_line``): a number never joins across it, and the line's digits are read alone, as written
without the marker. The text keeps its length, so every span still points at the raw text. A lone "+ 4 6 …" at a
line's start (a plus sign written with blanks, as disguised numbers are) and a "- 0317" that continues a number cut
at the line above are neither shape and are left alone, and so is a quoted reply's ">" (a number cut over quoted
lines is joined by ``phones._blank_line_ok``).
"""

from __future__ import annotations

import re
from typing import Final

#: What a marker becomes: a symbol that opens a field of its own line (``phones._field_opens_line``).
STOP: Final = "\u00a6"

#: A unified diff's hunk header: "@@ -1,7 +1,7 @@" (a section's name may follow, as git prints it).
_HUNK: Final = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@[^\n]*$", re.M)
#: A change block: lines opening with "-" and a blank after an indentation, then one opening with "+" and a blank
#: after the same indentation (the old lines above the new one); a list of "- " lines alone is none.
_CHANGE: Final = re.compile(r"^([ \t]*)-[ \t][^\n]*\n(?:\1-[ \t][^\n]*\n){0,20}\1\+[ \t]", re.M)
#: Lines of a hunk read at most (a hostile body is bounded).
_MAX_LINES: Final = 400


#: A line opening with "+" and a blank (after an indentation): the new line of a change block.
_PLUS_LINE: Final = re.compile(r"\n[ \t]*\+[ \t]")


def may_hold(text: str) -> bool:
    """The cheap gate: a hunk header, or a line opening with "+" and a blank (two substring searches for most
    texts, which hold no "+ " at all), each after a one-character test (a ``memchr``: a text without "@" or "+" is
    done without a scan)."""
    return ("@" in text and "@@ -" in text) or ("+" in text and "+ " in text and _PLUS_LINE.search(text) is not None)


def read_marks(text: str) -> str | None:
    """``text`` with each line marker of a hunk or a change block a ``STOP`` and each hunk header blanked (same
    length), or None when it holds neither (module docstring)."""
    out: list[str] | None = None
    if "@@ -" in text:
        for m in _HUNK.finditer(text):
            if out is None:
                out = list(text)
            for k in range(m.start(), m.end()):
                out[k] = " "
            _mark_hunk(text, m.end() + 1, out)
    for m in _CHANGE.finditer(text):
        if out is None:
            out = list(text)
        _mark_block(text, m.start(), len(m.group(1)), out)
    return None if out is None else "".join(out)


def _mark_hunk(text: str, pos: int, out: list[str]) -> None:
    """Mark the "-" and "+" of each line of the hunk that starts at ``pos``: lines opening with " ", "-" or "+" (or
    git's "\\ No newline" note), up to the next header or the first other line."""
    n = len(text)
    for _ in range(_MAX_LINES):
        if pos >= n:
            return
        c = text[pos]
        if c == "@" and text.startswith("@@ -", pos):
            return  # the next hunk: its own header is read by the caller
        if c != " " and c != "-" and c != "+" and c != "\\":
            return
        if c == "-" or c == "+":
            out[pos] = STOP
        end = text.find("\n", pos)
        if end < 0:
            return
        pos = end + 1


def _mark_block(text: str, pos: int, indent: int, out: list[str]) -> None:
    """Mark the markers of the change block whose first "-" line starts at ``pos``: its "-" lines, then its "+"
    lines, each after ``indent`` characters of the same indentation."""
    lead = text[pos : pos + indent]
    seen_plus = False
    n = len(text)
    for _ in range(_MAX_LINES):
        at = pos + indent
        if at + 1 >= n or text[pos:at] != lead:
            return
        c = text[at]
        if c == "+":
            seen_plus = True
        elif c != "-" or seen_plus:
            return  # a "-" after the "+" lines opens the next block, found by the caller's search
        if text[at + 1] != " " and text[at + 1] != "\t":
            return
        out[at] = STOP
        end = text.find("\n", at)
        if end < 0:
            return
        pos = end + 1
