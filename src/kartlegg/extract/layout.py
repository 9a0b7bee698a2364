"""A page's text as a person reads it laid out: two columns extracted across, read a column at a time (issue 14,
session 36).

A PDF's text extracted line by line runs across its columns: each line is the left column's line, the gutter's
spaces, then the right column's line (another ad, the horoscope). Read so, a number broken at the left column's line
end ("Tlf. 412 34-" … "567 89" on the next line) has the other column's words between its halves, and its first half
is read alone. ``read_columns`` recognises the layout by its shape: several lines of the field share a run of blanks
that ends at one character offset (the gutter; ``MIN_GUTTER_LINES`` of them at least ``MIN_GUTTER`` wide, every split
line at least two) with prose on both sides (several words on the left, filling the column's width on most lines,
letters on the right), and reads each column as its own stream: the column block's left lines first, then a sign no
number crosses (``structured.STOP``), then its right lines. The lines above and below the block (a page header, a
full-width footer) stay where they are. A table (its first column short labels, padded far from the next) or an
indented list has no such shape and is left as it is.

Same length as the raw text, as every ``structured.Reading``: each line's padding is moved out of the line (a
column's line ends at its last character, so that "34-⏎567" is a number broken at a line end) and collected between
the two streams; ``moves`` points each piece back at the raw text (``structured.restore``).
"""

from __future__ import annotations

from typing import Final

from kartlegg.extract import blocks, structured

#: Blanks a gutter is at least on two lines of the ``MIN_GUTTER_LINES`` that show it (a line whose left text fills
#: the column may leave two).
MIN_GUTTER: Final = 3
MIN_GUTTER_LINES: Final = 4
#: The narrowest column read as one (a newspaper's column holds 20-40 characters; a table's label column may be
#: narrower).
MIN_WIDTH: Final = 16
#: A left line "fills" the column when its text ends at most this many characters before the gutter.
FILL_SLACK: Final = 10
#: The longest field looked at (a page of columns is short; a long scrape is no PDF page).
MAX_LENGTH: Final = 20_000


def may_be_columns(text: str) -> bool:
    """The cheap gate: a run of ``MIN_GUTTER`` blanks after a non-blank, on two lines at least."""
    i = text.find("   ")
    if i < 0 or len(text) > MAX_LENGTH:
        return False
    j = text.find("   ", text.find("\n", i) + 1) if "\n" in text[i:] else -1
    return j > 0


def _gutter(lines: list[str]) -> int:
    """The column offset at which a right column starts, or -1: the offset at which a run of two blanks or more
    after text ends on the most lines (``MIN_GUTTER_LINES`` at least, a run of ``MIN_GUTTER`` on two of them); a
    left line padded to the offset with nothing after it counts for it too."""
    counts: dict[int, int] = {}
    wide: dict[int, int] = {}
    for line in lines:
        i = line.find("  ")
        while i > 0:
            j = i + 2
            while j < len(line) and line[j] == " ":
                j += 1
            if line[i - 1] != " ":
                counts[j] = counts.get(j, 0) + 1
                if j - i >= MIN_GUTTER:
                    wide[j] = wide.get(j, 0) + 1
            i = line.find("  ", j)
    best = -1
    most = MIN_GUTTER_LINES - 1
    for c, n in counts.items():
        if n > most and c >= MIN_WIDTH and wide.get(c, 0) >= 2:
            best, most = c, n
    return best


def _split(line: str, c: int) -> int:
    """Where ``line`` splits at the gutter ``c``: its left text's length (a line that ends before the gutter has
    no right part: its rstripped length), -1 when text crosses the gutter (a full-width line)."""
    k = len(line.rstrip(" "))
    if k <= c - 1:
        return k
    if line[c - 1] != " " or line[c - 2] != " " or line[c] == " ":
        return -1
    return len(line[: c - 2].rstrip(" "))


def _prose(lines: list[str], ks: list[int], c: int) -> bool:
    """The block's split lines look like two columns of prose: on most lines the left text has a blank (words, not a
    label) and fills the column, and the right text holds letters."""
    both = 0
    filled = 0
    worded = 0
    lettered = 0
    for line, k in zip(lines, ks, strict=True):
        if k <= 0 or len(line) <= c:
            continue
        both += 1
        left = line[:k]
        if c - k <= FILL_SLACK:
            filled += 1
        if " " in left.strip():
            worded += 1
        if any(ch.isalpha() for ch in line[c:]):
            lettered += 1
    return both >= MIN_GUTTER_LINES and 2 * filled >= both and 2 * worded >= both and 2 * lettered >= both


def read_columns(text: str) -> structured.Reading | None:
    """The field read a column at a time (module docstring), or None when it is not laid out in two columns."""
    if not may_be_columns(text):
        return None
    lines = text.split("\n")
    c = _gutter(lines)
    if c < 0:
        return None
    ks = [_split(line, c) for line in lines]
    # the column block: the lines from the first split line to the last, none crossing the gutter
    first = -1
    last = -1
    for i, (line, k) in enumerate(zip(lines, ks, strict=True)):
        if k >= 0 and len(line) > c and line[c] != " ":
            if first < 0:
                first = i
            elif any(ks[j] < 0 for j in range(last + 1, i)):
                break  # a full-width line between: the block ended
            last = i
    if first < 0 or last <= first:
        return None
    # the left column's lines after the right column's last, up to a full-width line, belong to the block too
    end = last + 1
    while end < len(lines) and ks[end] >= 0 and lines[end].strip():
        end += 1
    if not _prose(lines[first:end], ks[first:end], c):
        return None
    starts = [0] * (len(lines) + 1)
    for i, line in enumerate(lines):
        starts[i + 1] = starts[i] + len(line) + 1
    src = blocks.Source()
    if first:
        src.put(text[: starts[first]], 0)
    pads: list[tuple[int, int]] = []  # (raw start, length) of each line's padding, moved between the streams
    rights: list[tuple[int, int]] = []  # (raw start, raw end with its line break) of each right line
    for i in range(first, end):
        line = lines[i]
        ls = starts[i]
        k = ks[i]
        src.put(line[:k], ls)
        if len(line) > c and line[c] != " ":
            src.put("\n", ls + k)  # the left line's break stands for its first blank
            pads.append((ls + k + 1, c - k - 1))
            rights.append((ls + c, starts[i + 1]))
        else:
            pads.append((ls + k, len(line) - k))
            src.put(text[ls + len(line) : starts[i + 1]], ls + len(line))  # its own line break
    spare = sum(n for _, n in pads)
    if spare >= 2:
        # between the streams: a sign no number crosses on a line of its own, then the moved padding
        src.put(structured.STOP + "\n" + " " * (spare - 2), pads[0][0])
    else:
        src.put(" " * spare, pads[0][0])
    for rs, re_ in rights:
        src.put(text[rs:re_], rs)
    if end < len(lines):
        src.put(text[starts[end] :], starts[end])
    source = src.text()
    if len(source) != len(text):
        return None
    read = blocks.blank_ids(source) or source
    return structured.Reading(read, source, tuple(src.moves), (), "columns")
