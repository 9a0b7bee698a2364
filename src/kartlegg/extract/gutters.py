"""A line-number gutter is no part of the line: a text read without it (issue 14, session 41).

A page copied with its line numbers prints each line behind a counter and a separator: a paste site (" 6 | Tlf: …"),
a code viewer or a GitHub blob copied from the browser ("12│Ring meg …"), ``cat -n`` and ``nl`` ("     7\\tRing …"),
``grep -n`` ("14:Ring …"), a line-numbered legal or PDF document ("15  Kontakt: …"), an OCR'd numbered list. Read as
prose, the counter joins the number that ends the line above ("Ring: +4540274665" ⏎ " 7 |" → a number with a 7
glued on), and a number the page wrapped to its next line ("Ring mig: 073 081 60" ⏎ " 6 | 11") is read as two wrong
halves, the next line's counter between them.

``read_gutter`` finds a gutter by its shape, never by a site: at least ``MIN_LINES`` consecutive lines, each opening
(after blanks) with an integer and the same separator ("|", "│", "¦", ":", a tab, or two blanks), the integers
counting up by one from line to line. A line of such a block whose counter is left blank ("   | 11", a viewer's
soft wrap) belongs to it, and so does a "7:32" (``grep -n``'s line that opens with a digit), which never counts
towards ``MIN_LINES``: rows of times ("21:30", "22:30", "23:30") count up too. The block is read as its lines were
written: each line without its gutter (its blanks, counter, separator and the one blank after it), the gutters'
characters as blanks after the block's last line, so the text keeps its length and ``structured.restore`` points
every match back at the raw text (the reader is one of ``formats``'). A number cut at a line's end then meets its
rest across one line break and joins it as any wrapped number does (the phone reader's line-joining rules), and the
counter is no digit of any number. A numbered list ("1. …", "2) …") and a price list ("30 min 1300") have no such
separator or do not count up line by line, and are left alone.
"""

from __future__ import annotations

import re
from typing import Final

#: The fewest numbered lines in a row that make a gutter (two could be a list's first items).
MIN_LINES: Final = 3
#: Lines of a text looked at (a hostile body is bounded).
_MAX_LINES: Final = 2000
#: The cheap gate: a line (after the first) opening with a counter and a separator.
_GATE: Final = re.compile(r"\n[ \t]*\d{1,6}(?:[ \t]*[|\u2502\u00a6]|:(?!\d)|\t|  )")
#: A line's gutter: blanks, the counter, the separator (group 2: a tab, group 3: a visible one, group 4: two blanks),
#: and one blank after a visible separator. A tab first ("     3⇥: …" is cat's counter before a colon); a tab or two
#: blanks only before the line's text: a digit alone on a line before a Markdown line break's two blanks ("4  ⏎5  ⏎6
#: ", a number written down the page) is no counter.
_LINE: Final = re.compile(r"[ \t]*(\d{1,6})(?:(\t)(?=[ \t]*\S)|[ \t]*([|\u2502\u00a6:])[ \t]?|(  )(?=[ \t]*\S))")
#: The separator of a counter and ":" before a digit ("21:30", "4:32"): a line of a block that others open, never
#: one of the lines that make it a block.
_TIME: Final = ":0"
#: A blank gutter inside a block: blanks and a visible separator (a viewer's wrapped line has no counter).
_BLANK: Final = re.compile(r"[ \t]*([|\u2502\u00a6])[ \t]?")


def may_hold(text: str) -> bool:
    """The cheap gate: some line after the first opens with a counter and a separator (one search from a literal
    line break; most texts have no line that does)."""
    return _GATE.search(text) is not None


def read_gutter(text: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """``text`` with every line-number gutter left out, same length, and the pieces moved (``Reading.moves``), or
    None when it has none (module docstring). A block's lines are written one after the other without their
    gutters and the gutters' characters follow its last line as blanks: a number cut at a line's end meets its rest
    across one line break, as if the page had been copied without the gutter."""
    # each line's start, counter, separator and gutter end (counter -1: a blank gutter with a visible separator)
    lines: list[tuple[int, int, str, int]] = []
    pos = 0
    n = len(text)
    for _ in range(_MAX_LINES):
        if pos > n:
            break
        end = text.find("\n", pos)
        if end < 0:
            end = n
        m = _LINE.match(text, pos, end)
        if m is not None:
            sep = m.group(2) or m.group(3) or m.group(4) or ""
            if sep == ":" and m.end() < end and "0" <= text[m.end()] <= "9":
                sep = _TIME  # "21:30": a time, or grep's counter before a line that opens with a digit
            lines.append((pos, int(m.group(1)), sep, m.end()))
        else:
            b = _BLANK.match(text, pos, end)
            lines.append((pos, -1, b.group(1), b.end()) if b is not None else (pos, -2, "", pos))
        pos = end + 1
    parts: list[str] = []
    moves: list[tuple[int, int]] = []
    last = 0  # raw text copied up to here
    i = 0
    while i < len(lines):
        j = _block_end(lines, i)
        if j == i:
            i += 1
            continue
        out = lines[i][0]  # source position: the block starts where it starts in the raw text
        parts.append(text[last:out])
        pad = 0
        block_end = n
        for k in range(i, j):
            line_start, _, _, gutter_end = lines[k]
            nl = text.find("\n", gutter_end)
            line_end = n if nl < 0 else nl
            moves.append((out, gutter_end))
            parts.append(text[gutter_end:line_end])
            out += line_end - gutter_end
            pad += gutter_end - line_start
            if k < j - 1:
                parts.append("\n")
                out += 1
            block_end = line_end
        parts.append(" " * pad)
        moves.append((block_end, block_end))
        last = block_end
        i = j
    if not moves:
        return None
    parts.append(text[last:])
    return "".join(parts), tuple(moves)


def _block_end(lines: list[tuple[int, int, str, int]], i: int) -> int:
    """The index after the gutter block that opens at line ``i``, or ``i`` when none does: consecutive lines with the
    same separator, counters up by one (blank gutters between them), at least ``MIN_LINES`` counted lines, ending at
    its last counted line."""
    _, count, sep, _ = lines[i]
    if count < 0 or sep == _TIME:
        return i
    counted = 1
    last = i
    expect = count + 1
    k = i + 1
    while k < len(lines):
        _, c, s, _ = lines[k]
        if s != sep and (s != _TIME or sep != ":" or c != expect):
            break
        if c == expect:
            if s != _TIME:
                counted += 1
            last = k
            expect += 1
        elif c != -1:
            break
        k += 1
    return last + 1 if counted >= MIN_LINES else i
