"""A list of quoted strings: a number never runs from one string into the next (issue 14, session 42).

A record kept as TOML, a YAML flow sequence, a Python or JavaScript literal or a JSON array inside other text lists a
person's numbers as strings on one line (``phones = ["+46 703 09 0018", "4️⃣1️⃣6️⃣7️⃣4️⃣0️⃣3️⃣4️⃣"]``, ``['0701234567',
'0709876543']``). Read as prose, the quotes and the comma are only signs between digits, and the spaced-digits or
keycap reading runs on into the next string (+46 7030900184167). A quote that closes a string ends what the string
holds: ``string_ends`` writes the comma (or blank) between a string that ends in a digit and one that opens with a
digit, "+" or "(" as ``structured.STOP``, the sign no number is read across (as a tab between two cells,
``csvdump.tab_cells``). JSON read whole by ``jsonfields`` keeps its values apart already; this is for such a list
anywhere else. A list a script joins into one string (``["076655","78","22"].join("")``, a page's way to hide its
number from scrapers) is one text, and left as it is.
"""

from __future__ import annotations

import re
from typing import Final

from kartlegg.extract.structured import with_stops

#: A closing quote (after a digit: ``_ENDS``), the separator, an opening quote of the same kind before a digit, "+" or
#: "(" (blanks aside).
_BETWEEN: Final = re.compile(r"([\"'])[ \t]*(,)[ \t]*\1(?=[ \t]*[0-9+(\uff10-\uff19])")
#: What the closing quote's string may end with: a digit, a keycap's marks, a full-width digit (checked in code: a
#: pattern that opens with a look-behind is tried at every position, one that opens with a quote only at quotes).
_ENDS: Final = frozenset("0123456789\ufe0f\u20e3\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")


def may_hold(text: str) -> bool:
    """The cheap gate: a quote before a comma (two one-character searches, then one two-character one)."""
    return "," in text and (('"' in text and '",' in text) or ("'" in text and "'," in text))


def string_ends(text: str) -> str | None:
    """``text`` with the comma between two quoted strings of a list written as ``STOP`` where a number could run
    from one into the next, or None when there is none (same length)."""
    stops: list[int] = []
    for m in _between(text):
        close = text.find("]", m.end())
        if close >= 0 and text.startswith(".join(", close + 1):
            continue  # a script that joins its strings into one ('["076655","78","22"].join("")') writes one number
        stops.append(m.start(2))
    if not stops:
        return None
    return with_stops(text, stops)


def _between(text: str) -> list[re.Match[str]]:
    """``_BETWEEN.finditer(text)``'s matches that a string's last character (``_ENDS``) stands before, in order,
    found from each comma (``str.find``) and the quote before it: searched over a whole text the pattern cost
    ~0.2 M instructions a text (compiled), trying every quote of a JSON or markup page. A match that no such
    character stands before holds none that does (its inner quote has a comma or a blank before it), so the matches
    the search would skip behind it are none of these."""
    out: list[re.Match[str]] = []
    c = text.find(",")
    while c >= 0:
        q = c - 1
        while q > 0 and text[q] in " \t":
            q -= 1
        if q > 0 and text[q] in "\"'" and text[q - 1] in _ENDS:
            m = _BETWEEN.match(text, q)
            if m is not None:
                out.append(m)
        c = text.find(",", c + 1)
    return out
