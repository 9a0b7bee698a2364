"""Language: the function-word vote settles clear cases without the model and leaves unclear ones to it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kartlegg.extract.language import detect_language, vote
from kartlegg.extract.lexicon import LexiconError, LexiconFile, _load

_WORDS = re.compile(r"[^\W\d_]+")


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hej! Jag är ny i stan och väntar på dig, välkommen till min lägenhet.", "sv"),
        ("Hei kjære! Jeg er ei ny jente i byen og venter på deg i min leilighet i kveld.", "no"),
        ("Hej skat! Jeg er en ny pige i byen og venter på dig i min lejlighed i aften.", "da"),
        ("Hello! I am new in town and waiting for you, call me and you will see my smile.", "en"),
    ],
)
def test_clear_text_is_settled_by_the_vote_and_agrees_with_the_model(text: str, lang: str) -> None:
    assert vote(_words(text)) == lang
    assert detect_language(text) == lang  # the model alone says the same


def test_unclear_text_is_left_to_the_model() -> None:
    # Norwegian and Danish share "jeg", "er", "ikke", "på": no vote, the model decides
    text = "Jeg er ikke her i morgen, ring på mandag."
    assert vote(_words(text)) is None
    assert detect_language(text, _words(text)) == detect_language(text)


def test_mixed_text_gets_no_vote() -> None:
    assert vote(_words("Hej jag är här, and you are with me, the best")) is None


def test_a_function_word_listed_for_two_languages_is_rejected() -> None:
    data = _load("lexicon.yaml")
    data["function_words"]["da"] = [*data["function_words"]["da"], "jag"]
    with pytest.raises(LexiconError, match="both"):
        LexiconFile.from_data(data)


def test_the_stored_cut_of_the_model_reads_every_text_as_the_librarys_model(tmp_path: Path) -> None:
    """`make install` stores py3langid's model cut to the four languages (fast to load); it must give the
    same language and score as the library's own model restricted to them, and is refused once it no
    longer matches what it was cut for."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from kartlegg.extract import langmodel
    from kartlegg.extract.language import LANGUAGES

    path = langmodel.write(LANGUAGES, tmp_path / "cut.npz")
    cut = langmodel.load(LANGUAGES, path)
    full = LanguageIdentifier.from_model_file(MODEL_FILE)
    full.set_languages(list(LANGUAGES))
    texts = [
        "Hej! Jag är ny i stan och väntar på dig.",
        "Hei kjære, ny jente i byen, ring meg",
        "Hej skat, ny pige i byen, ring til mig",
        "New in town, call me",
        "Massage 1500 kr, incall Oslo, whatsapp",
        "SEXY THAI GIRL NEW IN TOWN",
        "Kbh V 20 år ring",
        "ååå æøå 123 !!!",
        "ok",
    ]
    for text in texts:
        assert cut is not None and cut.classify(text) == full.classify(text), text
    assert langmodel.load(("sv", "no"), path) is None  # cut for other languages
    assert langmodel.load(LANGUAGES, tmp_path / "missing.npz") is None
    (tmp_path / "bad.npz").write_bytes(b"not a model")
    assert langmodel.load(LANGUAGES, tmp_path / "bad.npz") is None


def test_the_cut_stores_the_transition_table_sparsely_and_loads_the_very_table(tmp_path: Path) -> None:
    """The cut keeps py3langid's 39 MB byte automaton as its rows' differences from their parent rows (~1 MB);
    loading rebuilds it, and every next state must equal the library's (the words counted, so the scores,
    follow from it)."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from kartlegg.extract import langmodel
    from kartlegg.extract.language import LANGUAGES

    path = langmodel.write(LANGUAGES, tmp_path / "cut.npz")
    with np.load(path) as stored:
        assert "nextmove" not in stored.files and len(stored["nm_next"]) < 200_000  # stored sparsely
    cut = langmodel.load(LANGUAGES, path)
    full = LanguageIdentifier.from_model_file(MODEL_FILE)
    assert cut is not None
    assert cut.tk_nextmove == full.tk_nextmove and cut.tk_output == full.tk_output and cut.tk_row == full.tk_row
