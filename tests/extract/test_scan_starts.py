"""Searches tried only where a match can start find what the whole-text search found (issue 14, session 43).

Extraction speed: a regex searched over a whole field stops at every character it may open with (a digit, a quote, a
line break) and cost ~25-200 k instructions a field compiled; the places a match can start are found with ``str``
operations instead (a bracket, a comma, a line break, a digit run's end and the word after it) and the pattern is
matched there only. Each property compares the two on texts made of the characters that matter, in all four
languages' connectives; the golden cases are the forms each reader is for. Synthetic text only."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import linked, order, strlists, turns
from kartlegg.extract.patterns import digit_anchored

#: Pieces the texts are made of: digits, blanks, brackets, quotes, commas, line breaks, times, connectives.
_PIECES = st.sampled_from(
    [
        "0", "4", "12", "9062", "+47", " ", "  ", "\t", "\n", "(", ")", "[", "]", "{", '"', "'", ",", ".", ":", "-",
        "og så", "och sen", "then", "derefter", "så", "sen", "resten", "the rest", "x", "ab", "Du: ", "[18:46]",
        "18:47", "2026-01-10 ", "٣", "²", "é",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_remark_starts_find_what_the_search_finds(text: str) -> None:
    low = text.lower()
    searched = [m.span() for m in order._REMARK.finditer(low)]
    assert [m.span() for m in digit_anchored(order._REMARK, low, order._remark_starts(low))] == searched


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_list_commas_find_what_the_search_finds(text: str) -> None:
    searched = [
        m.span() for m in strlists._BETWEEN.finditer(text) if m.start() > 0 and text[m.start() - 1] in strlists._ENDS
    ]
    assert [m.span() for m in strlists._between(text)] == searched


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, pos=st.integers(0, 5))
def test_turn_headers_find_what_the_search_finds(text: str, pos: int) -> None:
    lined = "\n" + text
    searched = turns._TEXT_TURN.search(lined, pos)
    found = turns._turn_from(lined, pos)
    assert (found.span() if found else None) == (searched.span() if searched else None)


def test_golden_forms_still_found() -> None:
    low = "tlf. 3593 (resten) 0060, sms 07322 [the rest] 18796"
    assert [m.group()[:1] for m in digit_anchored(order._REMARK, low, order._remark_starts(low))] == ["3", "2"]
    text = 'phones = ["0 7 0 4 1 2 3 8 7 7", "0 7 2 5 5 5 1 2 3 4"]'
    assert [m.start(2) for m in strlists._between(text)] == [text.index(",")]
    assert turns.may_hold("[18:46:26] Du: +46 739\n[18:47:27] Du: 926 950", False)
    assert not turns.may_hold("Pris: 1500\nTlf: 4123 4567", False)


def test_halves_need_a_word_of_both_parts() -> None:
    valid = re.compile(r"\+?\d{8,12}").fullmatch
    for text, expected in (
        ("første del 9062 og så 1407", "90621407"),
        ("slutter på 239498, starter med +37376", "+37376239498"),
        ("de sista siffrorna 4567, börjar med 0701 23", "070123 4567"),
    ):
        low = text.lower()
        out = order.read_order(text, low, set(re.findall(r"[^\W\d_]+", low)), lambda d: bool(valid(d)))
        assert out is not None and expected.replace(" ", "") in out.replace(" ", "")
    low = "siste del av turen, the last part: 9062 1407"
    assert order.read_order(low, low, set(re.findall(r"[^\W\d_]+", low)), lambda d: True) is None


def test_link_words_read_only_when_asked() -> None:
    said = linked.LinkSaid("Anna", "Nummeret står i lenken")
    assert said.said is None
    assert said() is True and said.said is True
    assert linked.LinkSaid("Anna", "Ring meg, se bilder i lenken")() is False
