"""``labels.normalise_label``, the compiled label reading ``lexicon.normalise_label`` names (issue 14, session 42)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import labels, lexicon


def test_lexicon_names_the_compiled_function() -> None:
    """Callers that import it from ``lexicon`` call this one: one function, one memo."""
    assert lexicon.normalise_label is labels.normalise_label


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Annonse-ID:", "annonse id"),  # no
        ("Annons nr. 4412", "annons nr 4412"),  # sv
        ("Kundeservice (hverdage)/Support", "kundeservice hverdage support"),  # da
        ("Ad ref #: A-77 | Contact_us", "ad ref a 77 contact us"),  # en
        ("  Tlf.\t–\u00a0ring  ", "tlf – ring"),
        ("", ""),
        (":#.-_/()[]*|,;", ""),
    ],
)
def test_a_label_reads_lower_case_with_signs_as_blanks(text: str, want: str) -> None:
    assert labels.normalise_label(text) == want


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its bound the memo starts afresh; a long text is answered but never kept."""
    monkeypatch.setattr(labels, "_MEMO", {})
    monkeypatch.setattr(labels, "_MEMO_MAX", 2)
    for t in ("A-1", "B-2", "C-3"):
        labels.normalise_label(t)
    assert len(labels._MEMO) <= 2
    long = "X-" * 200
    assert labels.normalise_label(long) == " ".join(["x"] * 200)
    assert long not in labels._MEMO


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=":#.-_/()[]*|,;!+ \tAaØøÅåÄäİ–0129\u00a0", max_size=30))
def test_asked_twice_the_answer_is_the_same(text: str) -> None:
    """The memo's answer is the reading's: a text asked again reads as it read the first time, and as the signs
    replaced by blanks and the blanks collapsed read it."""
    first = labels.normalise_label(text)
    assert labels.normalise_label(text) == first
    low = text.lower()
    for sign in labels.PUNCT_SIGNS:
        low = low.replace(sign, " ")
    assert first == " ".join(low.split())
