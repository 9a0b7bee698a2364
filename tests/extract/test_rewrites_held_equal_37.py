"""Issue 14, session 37: ``str.translate`` with a dict over text above ASCII raises and clears a ``KeyError`` for each
character its table lacks, and ``max`` of a list compares ints as objects; their rewrites (``text._fold_wide``,
``patterns.caseless_copy``, ``langmodel._largest``) give exactly what the code they replace gave (the old code is
each test's oracle)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract.langmodel import _largest
from kartlegg.extract.patterns import _TRAP_FOLD, caseless_copy
from kartlegg.extract.text import _fold_wide, fold_table, prepare

_TRAPS = "\u0130\u0131\u017f"


def _folded_chars() -> list[str]:
    return [chr(cp) for cp in sorted(fold_table())]


def _text() -> st.SearchStrategy[str]:
    """Texts glued from characters the fold table changes (the latin-1 ¹²³ among them), the case traps, "?", latin-1
    letters and any characters (astral ones too: the mathematical digits are astral)."""
    piece = st.one_of(
        st.sampled_from(_folded_chars()),
        st.sampled_from([*_TRAPS, "?", "¹", "²", "³", "å", "Ø", "é", " ", "💋", "ł"]),
        st.characters(codec="utf-8"),
        st.text(max_size=5),
    )
    return st.lists(piece, max_size=40).map("".join)


@settings(max_examples=600, deadline=None)
@given(_text())
@example("+⁴⁶ ⁷² ⁰¹⁹ ⁸⁸ ⁸²")
@example("Ring ０７０－１２３ ４５ ６７ ? 😊 𝟎𝟕𝟎")
@example("?¹²³?")
@example("")
def test_fold_wide_is_translate(text: str) -> None:
    assert _fold_wide(text) == text.translate(fold_table())


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ring ０７０ １２３ ４５", "Ring 070 123 45"),  # sv: full-width digits
        ("Tlf: ⁹⁸⁷ ⁶⁵ ⁴³²", "Tlf: 987 65 432"),  # no: superscripts, ² folded beside them
        ("Ring til mig på ①②③", "Ring til mig på 123"),  # da: circled digits
        ("Call me 𝟎𝟕𝟎 𝟏𝟐𝟑 💋 m²", "Call me 070 123 💋 m2"),  # en: astral mathematical digits, an emoji kept
    ],
)
def test_prepare_golden(text: str, folded: str) -> None:
    assert prepare(text) == folded
    assert len(prepare(text)) == len(text)


@settings(max_examples=600, deadline=None)
@given(_text())
@example("ınstagram.com/anna İSTANBUL ſms")
def test_caseless_copy_is_translate(text: str) -> None:
    assert caseless_copy(text) == text.translate(_TRAP_FOLD)


@given(st.lists(st.integers(min_value=-(2**40), max_value=2**40), min_size=1))
def test_largest_is_max(ints: list[int]) -> None:
    assert _largest(ints) == max(ints)


def test_largest_of_nothing_raises() -> None:
    with pytest.raises(ValueError):
        _largest([])
