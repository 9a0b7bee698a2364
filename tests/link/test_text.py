"""Near-duplicate text: copies with small edits are found, unrelated texts are not, results are reproducible."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.config import default_rules
from kartlegg.link.text import band_keys, mask_text, near_duplicate_groups, near_duplicate_pairs
from tests.link.market import WORDS, _edit, _text


def test_mask_hides_contact_details_but_keeps_words() -> None:
    m = mask_text("Anna 23", "Ring 070-123 45 67 eller anna@example.com, se www.example.com/x @anna_x")
    assert "070" not in m and "anna@example.com" not in m and "www" not in m and "@anna_x" not in m
    assert m.startswith("anna # ring #")


@given(st.text(max_size=400))
def test_mask_never_leaves_a_digit(s: str) -> None:
    assert not any(ch in "0123456789" for ch in mask_text(s, s))


def test_copies_with_small_edits_are_grouped_and_strangers_are_not() -> None:
    rng = random.Random(7)
    bases = [_text(rng, 40) for _ in range(30)]
    texts = []
    for b in bases:
        texts.append(b)
        texts.append(_edit(rng, b, 2) + " ring 070 111 22 33")
    groups = near_duplicate_groups(texts)
    expected = {frozenset((2 * k, 2 * k + 1)) for k in range(30)}
    found = {frozenset(g) for g in groups}
    assert len(expected & found) >= 27  # recall of copy pairs
    assert all(len({i // 2 for i in g}) == 1 for g in groups)  # never two different bases in one group


def test_short_texts_are_not_compared() -> None:
    assert near_duplicate_pairs(["hej hej", "hej hej"], masked=False) == []


def test_band_keys_are_reproducible() -> None:
    texts = [" ".join(random.Random(i).choice(WORDS) for _ in range(20)) for i in range(5)]
    assert band_keys(texts) == band_keys(list(texts))
    assert all(len(k) == default_rules().text.bands for k in band_keys(texts))
