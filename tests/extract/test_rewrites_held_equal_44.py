"""Issue 14, session 44: rewrites in extraction read exactly what the code they replace read (the old code is each
test's oracle)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import order
from kartlegg.extract.patterns import letter_words

#: Pieces of a field around a connective: its first words (whole, inside longer words, glued to a letter or a digit,
#: in capitals), digits, blanks and tabs, the brackets it may open with, letters, a digit that is no ASCII one ("٣"),
#: a character that is a letter to ``re`` but no ``isalpha`` one ("²"), "_" and a line break.
_BITS = [
    "then",
    "og så",
    "og",
    "så",
    "och sen",
    "sedan",
    "followed by",
    "deretter",
    "derefter",
    "tog",
    "sååå",
    "thenx",
    "THEN",
    "4123",
    "07",
    "9",
    "٣",
    "²",
    "_",
    " ",
    "  ",
    "\t",
    "(",
    "[",
    "{",
    ")",
    "-",
    ":",
    "x",
    "é",
    "\n",
]


def _old_seeks(low: str) -> list[int]:
    """The ends of the search ``_between_seeks`` replaced (session 36's pattern)."""
    _rx, heads, _keys = order._between_pattern()
    assert heads is not None
    seek = re.compile(
        r"[0-9](?=[ \t(\[{])(?=[ \t]{0,3}[(\[{]?[ \t]?(?:" + "|".join(re.escape(h) for h in heads) + r")(?![^\W\d_]))"
    )
    return [m.end() for m in seek.finditer(low)]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_BITS), max_size=14))
@example(["4123", " ", "then", " ", "512686"])
@example(["9", "   ", "(", " ", "og så", ")"])
@example(["9", "    ", "then"])  # four blanks: three, then the optional one
@example(["9", "    ", "(", "then"])  # four blanks before the bracket: no
@example(["9", " ", "(", "  ", "then"])  # two blanks after the bracket: no
@example(["9", "(", "thenx"])  # the word goes on: no
@example(["9", " ", "then", "²"])  # "²" is a letter to ``re``
@example(["٣", " ", "then"])  # no ASCII digit
def test_between_seeks_match_the_pattern(bits: list[str]) -> None:
    low = "".join(bits).lower()
    _rx, heads, _keys = order._between_pattern()
    assert heads is not None
    assert order._between_seeks(low, heads, letter_words(low)) == _old_seeks(low)


def test_between_seeks_golden() -> None:
    """A connective after a number's first part in each language, and the forms that are none."""
    _rx, heads, _keys = order._between_pattern()
    assert heads is not None
    for text, ends in (
        ("ring 9765 og så 6115", [9]),  # no
        ("ring 9765 (og så) 6115", [9]),
        ("ring 0730 sedan 123456", [9]),  # sv
        ("ring 4123 derefter 5126", [9]),  # da
        ("call 4123 then 512686", [9]),  # en
        ("call 4123thenx 512686", []),
        ("4123 tog 5126", []),
    ):
        assert order._between_seeks(text, heads, letter_words(text)) == ends, text
