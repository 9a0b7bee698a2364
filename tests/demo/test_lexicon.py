"""The demo's data files are validated: a broken file fails loudly, not with an odd world."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kartlegg.demo.lexicon import CityDef, NumberWords, load_lexicon


def test_shipped_data_files_load_and_cover_every_language() -> None:
    lex = load_lexicon()
    assert {s.language for s in lex.sites} >= {"sv", "no", "da", "en"}
    assert {c.country for c in lex.cities} == {"SE", "NO", "DK"}
    assert sum(1 for s in lex.sites if s.moved_to) == 1
    for t in lex.text.values():
        assert set(lex.names.nationalities.local + lex.names.nationalities.foreign) <= set(t.nationality)
        assert set(lex.names.handle_platforms) <= set(t.handle_lines)


def test_malformed_entries_are_refused() -> None:
    with pytest.raises(ValidationError, match="label lacks languages"):
        CityDef(
            key="x", country="SE", label={"sv": "X"}, spellings=["X"], districts=["a"], hotels=["h"], postcodes=["1"]
        )
    with pytest.raises(ValidationError, match="unknown compose rule"):
        NumberWords(units=["a"] * 10, teens=["b"] * 10, tens=["c"] * 8, compose="backwards", plus="+")
