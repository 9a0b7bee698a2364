"""Issue 14, session 32: rewrites in extraction give exactly what the code they replace gave (the old code is each
test's oracle)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import langmodel, patterns, startcache
from kartlegg.extract.language import LANGUAGES
from kartlegg.extract.lexicon import normalise_label

#: Session 31's ``normalise_label``: every character looked up in a translation table.
_OLD_PUNCT = str.maketrans({c: " " for c in ":#.-_/()[]*|,;"})


def _old_normalise_label(text: str) -> str:
    return " ".join(text.lower().translate(_OLD_PUNCT).split())


def _old_trie_pattern(words: Iterable[str]) -> str:
    """Session 31's ``trie_pattern``: the trie built and emitted at every call."""
    uniq = sorted({w for w in words if w})
    if not uniq:
        return "(?!)"
    return patterns._emit(patterns._trie(uniq))  # type: ignore[arg-type]


@pytest.fixture
def tries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty start cache in its own folder, as the extract command past its start (it keeps what it makes)."""
    monkeypatch.setenv("KARTLEGG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(startcache, "_texts", {})
    monkeypatch.setattr(startcache, "_regexes", {})
    monkeypatch.setattr(startcache, "_kept", {})
    monkeypatch.setattr(startcache, "_kept_used", set())
    monkeypatch.setattr(startcache, "_tries", {})
    monkeypatch.setattr(startcache, "_tries_used", set())
    monkeypatch.setattr(startcache, "_dirty", False)
    monkeypatch.setattr(startcache, "_kept_new", False)
    monkeypatch.setattr(startcache, "_keeping", True)
    return tmp_path


#: Words of a lexicon's kind: letters of the four languages, blanks, dots, hyphens, digits, a NUL (the kept tries'
#: separator), characters ``re.escape`` changes.
_WORDS = st.lists(st.text(alphabet="abcæøåäö .-+1\0*?(|", max_size=6), max_size=8)


@settings(max_examples=300, deadline=None)
@given(words=_WORDS)
@example(words=["a\0b"])
@example(words=["a", "b"])
@example(words=[])
@example(words=["", "kr", "kr.", "krone", "kroner"])
def test_trie_pattern_through_the_start_cache_is_the_old_trie(words: list[str]) -> None:
    """Made, asked for again (the memo), and after a restart that read the file: the old code's alternation."""
    # the fixture is function-scoped and hypothesis runs many examples: a clean cache per example, by hand
    saved = (startcache._tries, startcache._tries_used, startcache._kept_new, startcache._dirty)
    startcache._tries, startcache._tries_used = {}, set()
    try:
        want = _old_trie_pattern(words)
        assert patterns.trie_pattern(words) == want
        assert patterns.trie_pattern(reversed(words)) == want  # kept by the words, whatever their order
        # the NUL-joined key of a list with a NUL in a word could stand for another list: such a list is never kept
        assert patterns.trie_pattern(["a", "b"]) == _old_trie_pattern(["a", "b"])
        assert patterns.trie_pattern(["a\0b"]) == _old_trie_pattern(["a\0b"])
    finally:
        startcache._tries, startcache._tries_used, startcache._kept_new, startcache._dirty = saved


def test_a_kept_trie_comes_back_from_the_file_without_being_built(tries: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extract command writes the tries it made; the next start reads them and builds none again."""
    lists = [["anna", "anne", "annika"], ["kr", "kr.", "kroner", "sek"], ["gamla stan", "södermalm"]]
    want = [_old_trie_pattern(w) for w in lists]
    assert [patterns.trie_pattern(w) for w in lists] == want
    startcache._save_kept()
    monkeypatch.setattr(startcache, "_tries", {})
    monkeypatch.setattr(startcache, "_kept", {})
    startcache.load()

    def never(words: list[str]) -> str:
        raise AssertionError("built again, though the file keeps it")

    monkeypatch.setattr(patterns, "_trie_alternation", never)
    assert [patterns.trie_pattern(w) for w in lists] == want
    with pytest.raises(AssertionError, match="built again"):
        patterns.trie_pattern(["ny", "liste"])


def test_kept_tries_follow_the_last_run_past_the_bound(tries: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``MAX_TRIES`` the file keeps only the tries the last run used or made."""
    monkeypatch.setattr(startcache, "MAX_TRIES", 2)
    for w in (["anna"], ["bodil"], ["cecilia"]):
        patterns.trie_pattern(w)
    startcache._save_kept()
    monkeypatch.setattr(startcache, "_tries", {})
    startcache.load()
    assert set(startcache._tries) == {"anna", "bodil", "cecilia"}  # the bound is for the next write
    monkeypatch.setattr(startcache, "_tries_used", set())
    patterns.trie_pattern(["anna"])
    patterns.trie_pattern(["dora"])
    startcache._save_kept()
    monkeypatch.setattr(startcache, "_tries", {})
    startcache.load()
    assert set(startcache._tries) == {"anna", "dora"}


#: A label's signs, blanks of several kinds, letters whose lower case is longer or another letter, digits, an emoji.
_LABEL_TEXT = st.text(alphabet=":#.-_/()[]*|,;!?+@ \t\nAaBØøÅåÄäİıſ–—·•0129\u00a0\u2028😘", max_size=40)


@settings(max_examples=500, deadline=None)
@given(text=_LABEL_TEXT | st.text(max_size=40))
@example(text="Annonse-ID: 4412")
@example(text="Ring meg på – tlf.")
@example(text="Kundeservice (hverdager)/Support | SMS, WhatsApp; e-post: [skjult]*")
@example(text="İSTANBUL")
def test_normalise_label_is_the_old_one(text: str) -> None:
    """Each sign replaced by ``str.replace`` reads a label as the table did, for any text (mutant: ";" left out of
    the signs — fails on a text holding one)."""
    assert normalise_label(text) == _old_normalise_label(text)


def test_the_language_cut_is_stored_not_deflated(tmp_path: Path) -> None:
    """A start that reads the cut copies its arrays without inflating them (~53 M instructions a start, session
    32), and the stored cut scores as before."""
    import zipfile

    source = langmodel._source_without_import()
    assert source is not None
    cut = langmodel.write(LANGUAGES, tmp_path / "cut.npz", source=source)
    with zipfile.ZipFile(cut) as zf:
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_STORED}
    scorer = langmodel.load(LANGUAGES, cut, source=source)
    assert scorer is not None
    assert scorer.classify("Hej! Jag är ny i stan och väntar på dig.")[0] == "sv"
    assert scorer.classify("Hei! Jeg er ny i byen og venter på deg.")[0] == "no"


#: Pieces of the words before a city: letters of the four languages and others, digits of several scripts, "_",
#: signs, blanks, a line break, characters that are alphanumeric but no decimal ("²", "½"), a capital that lowers
#: to two characters ("İ").
_RUN_BITS = st.lists(
    st.sampled_from(
        ["ny", "i", "Now", "in", "NEW", "tar imot", "nu", "här", "_", "-", "/", "4", "٣", "²", "½", "İ", "ß", "é",
         "ø", " ", "\t", "\n", "😘", ".", ">", "x9"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(text=_RUN_BITS | st.text(max_size=30), n=st.integers(min_value=0, max_value=4))
@example(text="Jeg tar imot i ", n=3)
@example(text="x_y 12ab ²c", n=3)
def test_last_letter_runs_are_findalls_last(text: str, n: int) -> None:
    """The walk back finds ``LETTER_RUN.findall``'s last runs (mutant: "_" read as a letter — fails on "x_y")."""
    want = patterns.LETTER_RUN.findall(text)[-n:] if n else []
    assert patterns.last_letter_runs(text, n) == want


def _old_now_here(text: str, start: int) -> bool:
    """Session 31's ``places.now_here``: the words before the city by ``LETTER_RUN.findall``."""
    from kartlegg.extract import places

    line = text.rfind("\n", 0, start) + 1
    if text[line : line + 4].lstrip(" \t").startswith(">"):
        return False
    if start > 0 and text[start - 1] in "/-_=":
        return False
    lo = max(line, start - 30)
    words = patterns.LETTER_RUN.findall(text[lo:start].lower())[-3:]
    return any(w in places._NOW_WORDS or w in places._NEW_WORDS for w in words)


@settings(max_examples=300, deadline=None)
@given(before=_RUN_BITS, city=st.sampled_from(["Bergen", "Malmö", "F-stad", "Kbh"]))
@example(before="NEW IN ", city="Bergen")
@example(before="Nu i ", city="Malmö")
@example(before="> Kun i ", city="Bergen")
def test_now_here_is_the_old_one(before: str, city: str) -> None:
    from kartlegg.extract.places import now_here

    text = before + city + " i kveld"
    assert now_here(text, len(before)) == _old_now_here(text, len(before))
