"""Issue 14, session 38: ``str.translate`` with a dict raises and clears a ``KeyError`` for each character (each
different one of an ASCII text) its table lacks; its rewrites (``text.swap_chars`` for tables of a few keys,
``text.swap_ascii`` for the ASCII runs of letters written for digits, ``lexicon.fold``) give exactly what
``translate`` gave (the old code is each test's oracle), in every reader that uses them."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import chat, cyrillic, letters, lexicon, numwords, phones
from kartlegg.extract.text import FORMAT_CHARS, byte_table, char_pairs, swap_ascii, swap_chars

_FORMAT = {ord(c): " " for c in FORMAT_CHARS}


def _keys() -> list[str]:
    """Every key of the rewritten tables, and their values."""
    keys: set[str] = set(FORMAT_CHARS)
    for table in (lexicon._FOLD, numwords._LETTERISE, letters._DIGITS, phones._DIGIT_LOOKS, cyrillic._table()):
        keys.update(chr(k) for k in table)
        keys.update(chr(v) if isinstance(v, int) else v for v in table.values())
    return sorted(keys)


def _text() -> st.SearchStrategy[str]:
    """Texts glued from the tables' keys and values, digits, signs a number is written with, Nordic letters and
    any characters (astral ones too)."""
    piece = st.one_of(
        st.sampled_from(_keys()),
        st.sampled_from([*"0123456789 .-/()+", "Å", "Ö", "İ", "ß", "💋", "\u200b"]),
        st.characters(codec="utf-8"),
        st.text(max_size=5),
    )
    return st.lists(piece, max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(_text())
@example("Ring 07O-I23 45 ZS")
@example("+З7О 613 б1895")
@example("ÅSA Øvre Ærø İstanbul")
@example("")
def test_every_rewrite_is_translate(text: str) -> None:
    assert lexicon.fold(text) == text.lower().translate(lexicon._FOLD)
    assert swap_chars(text, numwords._LETTERISE_PAIRS) == text.translate(numwords._LETTERISE)
    assert swap_ascii(text, letters._DIGIT_BYTES, letters._DIGITS) == text.translate(letters._DIGITS)
    assert swap_ascii(text, phones._DIGIT_LOOK_BYTES, phones._DIGIT_LOOKS) == text.translate(phones._DIGIT_LOOKS)
    assert swap_chars(text, cyrillic._pairs()) == text.translate(cyrillic._table())
    assert chat._no_format(text) == text.translate(_FORMAT)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.characters(codec="utf-8"), st.text(max_size=3), max_size=8),
    _text(),
)
def test_swap_chars_is_translate_or_refused(table: dict[str, str], text: str) -> None:
    """Any table: ``char_pairs`` refuses one whose values hold a key (a chain of replacements would replace
    again); for any other, ``swap_chars`` is ``translate``."""
    mapping = {ord(k): v for k, v in table.items()}
    if any(ch in table for v in table.values() for ch in v):
        with pytest.raises(ValueError, match="holds one of its keys"):
            char_pairs(mapping)
        return
    assert swap_chars(text, char_pairs(mapping)) == text.translate(mapping)


def test_byte_table_refuses_wide_or_long() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        byte_table({ord("ø"): "o"})
    with pytest.raises(ValueError, match="ASCII"):
        byte_table({ord("a"): "ae"})
    assert byte_table(str.maketrans("ab", "xy"))[ord("a")] == ord("x")


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Göteborg", "goteborg"),  # sv
        ("Tromsø", "tromso"),  # no
        ("Ærø", "aero"),  # da
        ("Café", "cafe"),  # en
        ("call", "call"),  # an ASCII word: lower-cased only
    ],
)
def test_fold_golden(word: str, folded: str) -> None:
    assert lexicon.fold(word) == folded


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("07O-I23 45 ZS", "070-123 45 25"),  # sv: letters written for digits in a run
        ("+47 4l BB 9O SS", "+47 41 88 90 55"),  # no
        ("2S 3Z 4B 1I", "25 32 48 11"),  # da
        ("Call 5SS-Oi2", "Ca11 555-012"),  # en: the table reads every key, the caller chooses the run
    ],
)
def test_digitise_table_golden(raw: str, digits: str) -> None:
    assert swap_ascii(raw, phones._DIGIT_LOOK_BYTES, phones._DIGIT_LOOKS) == digits
