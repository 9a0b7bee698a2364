"""Language: the function-word vote settles clear cases without the model and leaves unclear ones to it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
        assert cut is not None
        (lang, score), (full_lang, full_score) = cut.classify(text), full.classify(text)
        assert lang == full_lang and score == pytest.approx(full_score, rel=1e-5), text
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
    assert list(cut._state_row) == list(full.tk_row) and list(cut._out) == list(full.tk_output)
    table = full.tk_nextmove
    rows = len(table) // 256
    assert rows == max(full.tk_row) + 1
    for r in reversed(range(rows)):  # the deepest rows first: each rebuilds its parents on the way
        assert list(cut.row(r)) == table[r << 8 : (r + 1) << 8].tolist(), r


def test_the_scorer_finds_the_model_file_where_the_library_keeps_it() -> None:
    """``load`` finds py3langid's model without importing the library (which imports numpy)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from kartlegg.extract import langmodel

    assert langmodel.MODEL_FILE == MODEL_FILE
    assert langmodel._source_without_import() == Path(str(MODEL_DIR), MODEL_FILE)


_AD_WORDS = (
    "jag är ny i stan och väntar på dig välkommen till min lägenhet hej kyss "
    "jeg er ei ny jente i byen og venter deg leilighet kveld hei kjære ikke her morgen ring mandag "
    "pige lejlighed aften skat meget hvad kom "
    "hello new in town waiting for you call me and you will see my smile the best "
    "massage incall outcall kr sms whatsapp sexy thai girl escort tjej ÅÄÖ æøå Ü"
).split()


@pytest.fixture(scope="module")
def scorers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    """The numpy-free scorer of a freshly written cut and the library's identifier restricted alike."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from kartlegg.extract import langmodel
    from kartlegg.extract.language import LANGUAGES

    cut = langmodel.load(LANGUAGES, langmodel.write(LANGUAGES, tmp_path_factory.mktemp("cut") / "cut.npz"))
    assert cut is not None
    full = LanguageIdentifier.from_model_file(MODEL_FILE)
    full.set_languages(list(LANGUAGES))
    return cut, full


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_AD_WORDS) | st.text(max_size=6), max_size=40),
    st.sampled_from([" ", "\n", ", ", "! "]),
    st.booleans(),
)
def test_the_numpy_free_scorer_picks_the_librarys_language(
    scorers: tuple[Any, Any], words: list[str], sep: str, upper: bool
) -> None:
    """``Scorer`` sums in double precision where py3langid sums in single (with numpy): its scores may differ in
    their last bits, the language chosen may not, on ad-like texts of the four languages, random words and
    characters, upper-case texts (which the library lower-cases) and empty ones."""
    text = sep.join(words)
    text = text.upper() if upper else text
    cut, full = scorers
    (lang, score), (full_lang, full_score) = cut.classify(text), full.classify(text)
    assert lang == full_lang
    assert score == pytest.approx(full_score, rel=1e-5)


def test_the_model_reads_an_unclear_ad_without_importing_numpy() -> None:
    """With the stored cut, the ads the vote leaves to the model are read without numpy (~0.2 G instructions
    of import for the few ads in a thousand that need the model)."""
    from kartlegg.extract import langmodel
    from kartlegg.extract.language import LANGUAGES

    if langmodel.load(LANGUAGES) is None:
        pytest.skip("no stored cut here (make install writes it)")
    code = (
        "import sys; from kartlegg.extract.language import detect_language; "
        "print(detect_language('Jeg er ikke her i morgen, ring på mandag.', set()), 'numpy' in sys.modules)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.split() == ["no", "False"]


def _vote_by_intersections(words: set[str]) -> str | None:
    """The vote as it was read before session 21: one set intersection per language, then a sort."""
    from kartlegg.extract.language import VOTE_MIN, VOTE_RATIO, _function_words

    counts = sorted(((len(fw & words), lang) for lang, fw in _function_words().items()), reverse=True)
    if not counts:
        return None
    best, lang = counts[0]
    runner_up = counts[1][0] if len(counts) > 1 else 0
    return lang if best >= VOTE_MIN and best >= VOTE_RATIO * runner_up else None


def _vote_words() -> st.SearchStrategy[set[str]]:
    from kartlegg.extract.language import _function_words

    pool = [*sorted({w for fw in _function_words().values() for w in fw}), "hei", "anna", "22", "kr", "snap", "x"]
    return st.sets(st.sampled_from(pool), max_size=25)


@settings(max_examples=400, deadline=None)
@given(title=_vote_words(), body=_vote_words())
def test_the_vote_by_one_table_equals_the_intersections(title: set[str], body: set[str]) -> None:
    """``vote`` counts each word's languages from one table, and the title's and body's words without their union;
    the counts, the winner, its tie-break by language name and the runner-up's share are the intersections'."""
    assert vote(title | body) == _vote_by_intersections(title | body)
    assert vote(title, body) == _vote_by_intersections(title | body)
    assert vote(frozenset(body), frozenset(title)) == _vote_by_intersections(title | body)


#: The regex ``detect_language`` read "enough letters" with before session 21.
_ENOUGH_LETTERS_RX = re.compile(r"[\W\d_]*(?:[^\W\d_][\W\d_]*){11}[^\W\d_]")

_LETTERISH = st.text(
    alphabet=st.one_of(
        st.sampled_from("aZå_ 1٣²½ⅷ-.\n\tßÆøΩж"),  # ASCII, a Latin-1 letter, digits of other scripts, numerics
        st.characters(),
    ),
    max_size=40,
)


@settings(max_examples=600, deadline=None)
@given(text=_LETTERISH)
def test_enough_letters_reads_as_the_regex(text: str) -> None:
    """The counting loop takes the regex's letters (``str.isalnum`` and not ``str.isdecimal``) on any text."""
    from kartlegg.extract.language import enough_letters

    assert enough_letters(text) == (_ENOUGH_LETTERS_RX.match(text) is not None)


def test_enough_letters_takes_the_regex_letters_on_every_code_point() -> None:
    from kartlegg.extract.language import MIN_LETTERS, enough_letters

    for cp in range(0x110000):
        ch = chr(cp)
        assert enough_letters(ch * MIN_LETTERS) == (_ENOUGH_LETTERS_RX.match(ch * MIN_LETTERS) is not None), hex(cp)
