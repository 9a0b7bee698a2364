"""Issue 14, session 30: rewrites in extraction read exactly what the code they replace read."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import furniture, places
from kartlegg.extract.gates import abbreviation_starts
from kartlegg.extract.patterns import scan

#: The characters ``places._ABBREVIATED`` reads: its capitals and small letters (vowels and consonants), ".", "-",
#: letters outside its classes ("É", "é", "ß", "İ"), a digit, "_", blanks, a line break and wide characters (an
#: emoji, a Greek capital, a dash): each kind of field ``patterns.scan`` reads.
_ABBREVIATION_BITS = [
    *"SFKTAOÆØÅÄÖ",
    *"stvghlmrndxzbc",
    *"aeiouyæøåäö",
    *".- \n_7",
    *"ÉéßİΩ–",
    "\U0001f618",
    "tvg",
    "thlm",
    "r.sand",
    "-stad",
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_ABBREVIATION_BITS), max_size=24))
@example(["S", "tvg"])
@example(["S", "thlm", "."])
@example(["K", "r.sand"])
@example(["F", "-stad"])
@example(["a", "S", "tvg"])  # after a letter: no abbreviation
@example(["7", "S", "tvg"])  # after a digit: one
@example(["S", "tvg", "x"])  # a longer run: none
@example(["\U0001f618", "S", "tvg", "Ω"])  # wide characters beside it
@example(["F", "r.sand", "İ"])
def test_abbreviation_gate_holds_the_pattern(parts: list[str]) -> None:
    """``abbreviation_starts`` finds no start only where ``places._ABBREVIATED`` finds nothing, on fields as ``scan``
    prepares them, so ``abbreviated_cities`` with the text's words and lower-case form finds what it found without
    them (mutant: the contraction's "-" left out of the gate — fails on "F-stad")."""
    prep, low, words, _digits, _alnum = scan("".join(parts))
    if not abbreviation_starts(prep, low, words):
        assert places._ABBREVIATED.search(prep) is None
    gated = places.abbreviated_cities(prep, [], words, low)
    assert [(h.value, h.start, h.end) for h in gated] == [
        (h.value, h.start, h.end) for h in places.abbreviated_cities(prep, [])
    ]


def _cities(text: str) -> list[str]:
    prep, low, words, _digits, _alnum = scan(text)
    return [h.value for h in places.abbreviated_cities(prep, [], words, low)]


def test_abbreviated_towns_are_read_through_the_gate() -> None:
    """A town written as consonants or as a contraction is still read in each language's wording."""
    assert _cities("Now in Stvg. for a few days") == ["Stavanger"]
    assert _cities("Jeg tar imot i Kr.sand hele uka") == ["Kristiansand"]
    assert _cities("Finns i Sthlm ikväll") == ["Stockholm"]
    assert _cities("ingen by her, bare tekst og tlf") == []


def _old_mask(s: str) -> str:
    return " ".join(re.sub(r"\d+", "#", s.lower()).split())


@settings(max_examples=1000, deadline=None)
@given(st.text(st.sampled_from([*"0123456789 \t\nabAB:#-.", "٣", "²", "Ⅻ", "İ", "\U0001d7d8"]), max_size=30))
@example("Tlf 22 33 44 55")
@example("ID ٣٢١")  # wide decimal digits are masked
@example("a²b")  # a superscript is no decimal digit: kept
def test_mask_without_the_regex(s: str) -> None:
    """``furniture._mask`` reads a label as the regex did (mutant: each digit its own "#" — fails on "22")."""
    assert furniture._mask(s) == _old_mask(s)
