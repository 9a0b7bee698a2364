"""The start cache gives what it stands for: a data file's YAML parse while the file is unchanged (an edited
lexicon is parsed again), and the regex ``re``'s compiler builds for a pattern."""

from __future__ import annotations

import _sre
import atexit
import collections
import json
import marshal
import os
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import lexicon, startcache

DATA_FILES = ("numbers.yaml", "gazetteer.yaml", "lexicon.yaml", "furniture.yaml")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache in its own folder, the module's memory of the last start cleared."""
    monkeypatch.setenv("KARTLEGG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(startcache, "_texts", {})
    monkeypatch.setattr(startcache, "_regexes", {})
    monkeypatch.setattr(startcache, "_dirty", False)
    return tmp_path


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process knows before it reads the cache: nothing."""
    monkeypatch.setattr(startcache, "_texts", {})
    monkeypatch.setattr(startcache, "_regexes", {})
    monkeypatch.setattr(startcache, "_kept", {})
    startcache.load()


def _text(name: str) -> str:
    return resources.files("kartlegg.extract").joinpath("data", name).read_text(encoding="utf-8")


def _yaml(text: str) -> Any:
    return yaml.load(text, Loader=yaml.SafeLoader)


def _never(text: str) -> Any:
    raise AssertionError("parsed, though the cache holds this text's parse")


def test_a_data_files_parse_from_the_cache_is_the_yaml_parse(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in DATA_FILES:
        startcache.parsed(name, _text(name), lexicon._parse)
    startcache.save()
    _restart(monkeypatch)
    for name in DATA_FILES:
        first = startcache.parsed(name, _text(name), _never)
        assert first == _yaml(_text(name))
        first.clear()  # each read is its own copy, as from the parser
        assert startcache.parsed(name, _text(name), _never) == _yaml(_text(name))


def test_an_edited_data_file_is_parsed_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = _text("numbers.yaml")
    startcache.parsed("numbers.yaml", old, _yaml)
    startcache.save()
    _restart(monkeypatch)
    edited = old.replace("conjunctions:", "conjunctions: [og, och, and, und]\nunused_conjunctions:", 1)
    assert edited != old
    assert startcache.parsed("numbers.yaml", edited, _yaml) == _yaml(edited)
    startcache.save()
    _restart(monkeypatch)
    assert startcache.parsed("numbers.yaml", edited, _never) == _yaml(edited)


def test_a_cache_from_another_python_is_not_read(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    startcache.parsed("numbers.yaml", _text("numbers.yaml"), _yaml)
    startcache.save()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    _restart(monkeypatch)
    with pytest.raises(AssertionError, match="parsed, though"):
        startcache.parsed("numbers.yaml", _text("numbers.yaml"), _never)


_PIECES = st.sampled_from(
    ["a", "b", "é", ".", "[a-c]", "[^x]", r"\d", r"\w", r"\s", r"\b", "(?:", "(?P<n>", "(", ")", "|", "*", "+",
     "?", "*?", "{1,3}", "(?i)", "(?=a)", "(?!b)", "^", "$", r"\1"]
)  # fmt: skip
_FLAGS = st.sampled_from([0, int(re.IGNORECASE), int(re.MULTILINE | re.DOTALL), int(re.VERBOSE), int(re.ASCII)])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), _FLAGS)
def test_a_cached_regex_is_the_one_re_compiles(pattern: str, flags: int) -> None:
    try:
        expected = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
    except re.error:
        assume(False)
    form = startcache.compiled_form(pattern, flags)
    rebuilt = _sre.compile(pattern, *form[2:])
    # a pattern equals another of the same pattern string, flags and compiled code
    assert rebuilt == expected
    assert (rebuilt.groups, rebuilt.groupindex) == (expected.groups, expected.groupindex)


def _extract(tmp_path: Path, ads: bytes, cache_dir: str) -> bytes:
    """``kartlegg extract`` of ``ads`` in a fresh process with this cache folder ("off": none)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KARTLEGG_")}
    env |= {"KARTLEGG_HOME": str(tmp_path / "home"), "KARTLEGG_CACHE_DIR": cache_dir}
    cmd = [sys.executable, "-c", "from kartlegg.cli import main; main()", "extract"]
    return subprocess.run(cmd, input=ads, capture_output=True, env=env, check=True).stdout


def test_a_start_with_the_cache_extracts_as_one_without(tmp_path: Path) -> None:
    ads = (
        b'{"id": "1", "title": "Anna 22 \\u00e5r", "body": "ring 070-123 45 67 eller anna (at) gmail dot com",'
        b' "city": "Stockholm", "site": "s"}\n'
    )

    def run(cache_dir: str) -> bytes:
        return _extract(tmp_path, ads, cache_dir)

    plain = run("off")
    assert b"+46701234567" in plain
    assert run(str(tmp_path / "cache")) == plain  # writes the cache
    (written,) = (tmp_path / "cache").iterdir()
    assert set(marshal.loads(written.read_bytes())[1]) == set(DATA_FILES)  # every data file a stream reads
    assert run(str(tmp_path / "cache")) == plain  # reads it


_START_PATTERNS = """
import re
from kartlegg.extract.api import warm_up
warm_up(export_only=False)
print(sorted(repr(k[1:]) for k in re._cache if k[0] is str))
"""


def test_a_start_compiles_the_same_patterns_under_any_hash_seed() -> None:
    """The cache is keyed by pattern: an alternation built in a set's order would miss it at every start."""

    def patterns(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed, "KARTLEGG_CACHE_DIR": "off"}
        cmd = [sys.executable, "-c", _START_PATTERNS]
        return subprocess.run(cmd, capture_output=True, env=env, check=True, text=True).stdout

    assert patterns("1") == patterns("2") == patterns("3")


def test_without_a_home_folder_or_re_cache_there_is_no_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction runs as without a cache where it cannot keep one (nothing raises)."""
    monkeypatch.delenv("KARTLEGG_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert startcache.folder() is None
    startcache.load()
    startcache.save()
    monkeypatch.setenv("KARTLEGG_CACHE_DIR", str(cache))
    monkeypatch.setattr(re, "_cache", collections.UserDict(re._cache))  # type: ignore[attr-defined]
    startcache.load()
    assert startcache.parsed("numbers.yaml", _text("numbers.yaml"), _yaml) == _yaml(_text("numbers.yaml"))
    startcache.save()  # the data files' parses are still kept
    assert startcache._file() is not None and startcache._file().exists()  # type: ignore[union-attr]


_OTHER_PROCESS = """
import re, sys
from kartlegg.extract.api import warm_up
re.compile(sys.argv[1])  # what a disclosure scrubber compiles: a person's selector values
warm_up(export_only=False)
warm_up(export_only=True)
"""


def test_only_the_extract_command_writes_the_cache(tmp_path: Path) -> None:
    """A process that extracts beside other work (analyze, the workbench, erasure) reads the cache but never
    writes it: it may have compiled patterns of selector values, which must not leave the store."""
    env = {**os.environ, "KARTLEGG_CACHE_DIR": str(tmp_path)}
    secret = r"\+46701234567|anna\.svensson@example\.se"
    subprocess.run([sys.executable, "-c", _OTHER_PROCESS, secret], capture_output=True, env=env, check=True)
    assert not any(tmp_path.iterdir())


def test_a_phrase_matchers_subset_trie_is_kept_for_the_next_run(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tries a phrase matcher builds while ads are read come back from the file in the next run: the regex
    ``re.compile`` gives, with no call to the compiler; a process that does not write the cache keeps none."""
    from kartlegg.extract.patterns import PhraseMatcher

    monkeypatch.setattr(startcache, "_kept", {})
    monkeypatch.setattr(startcache, "_kept_used", set())
    monkeypatch.setattr(startcache, "_kept_new", False)
    monkeypatch.setattr(startcache, "_keeping", False)
    low = "incall i gamla stan, outcall stockholm-city"
    words = set(re.findall(r"[^\W\d_]+", low))
    matcher = PhraseMatcher(["gamla stan", "stockholm city", "malmö", "incall"])
    found = matcher.find(low, words)
    assert found == [(0, 6), (9, 19), (29, 43)]
    assert startcache._kept == {}  # not the extract command: nothing kept
    startcache.save()  # the extract command, before its first ad
    atexit.unregister(startcache._save_kept)
    assert PhraseMatcher(["gamla stan", "stockholm city", "malmö", "incall"]).find(low, words) == found
    (pattern,) = startcache._kept
    startcache._save_kept()

    _restart(monkeypatch)
    monkeypatch.setattr(startcache, "_kept_used", set())

    def no_compiler(*args: Any) -> Any:
        raise AssertionError("compiled again, though the file keeps it")

    monkeypatch.setattr(startcache, "compiled_form", no_compiler)
    monkeypatch.setattr(re, "compile", no_compiler)
    rx = startcache.kept_regex(pattern)
    assert rx == re._compiler.compile(pattern, 0)  # type: ignore[attr-defined]
    assert [m.span() for m in rx.finditer(low)] == [(0, 6), (9, 19), (29, 43)]


def test_kept_tries_follow_the_last_run_past_the_bound(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``MAX_KEPT`` the file keeps only the patterns the last run used or made: it cannot grow without end."""
    monkeypatch.setattr(startcache, "MAX_KEPT", 3)
    monkeypatch.setattr(startcache, "_kept", {})
    monkeypatch.setattr(startcache, "_kept_used", set())
    monkeypatch.setattr(startcache, "_keeping", True)
    for w in ("anna", "bodil", "cecilia", "dora"):
        startcache.kept_regex(w)
    startcache._save_kept()
    _restart(monkeypatch)
    assert set(startcache._kept) == {"anna", "bodil", "cecilia", "dora"}  # the bound is for the next write
    monkeypatch.setattr(startcache, "_kept_used", set())
    startcache.kept_regex("anna")
    startcache.kept_regex("eva")
    startcache._save_kept()
    _restart(monkeypatch)
    assert set(startcache._kept) == {"anna", "eva"}


def test_a_run_with_kept_tries_extracts_as_one_without(tmp_path: Path) -> None:
    """The extract command keeps the place tries its ads needed; the next run reads them and prints the same. The
    file holds lexicon phrases, not the ads' own words or numbers."""
    ads = "".join(
        json.dumps({"id": str(i), "title": t, "body": b, "site": "s"}) + "\n"
        for i, (t, b) in enumerate(
            [
                ("Zorbaxia i Gamla stan", "ring 070-123 45 67, incall Stockholm city"),
                ("Qwyllen i Malmö", "Malmö C, outcall Lund, tel 0045 48 69 81 13"),
            ]
        )
    ).encode()

    def run(cache_dir: str) -> bytes:
        return _extract(tmp_path, ads, cache_dir)

    plain = run("off")
    assert b"Stockholm" in plain and b"Malm" in plain
    assert run(str(tmp_path / "cache")) == plain  # writes the file, then the kept tries at exit
    (written,) = (tmp_path / "cache").iterdir()
    kept = marshal.loads(written.read_bytes())[3]
    assert kept and all(r[1] == 0 for r in kept)
    data = written.read_bytes().lower()
    assert b"zorbaxia" not in data and b"qwyllen" not in data and b"4869" not in data
    assert run(str(tmp_path / "cache")) == plain  # reads them
    assert marshal.loads(written.read_bytes())[3] == kept


def test_the_contacts_and_number_patterns_made_while_ads_are_read_are_kept(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The e-mails' "at" spellings and the handles' aliases an ad's words allow, and the number patterns of a region
    first met, are kept like the place tries: the next run has each as ``re.compile`` gives it, with no compiler."""
    import phonenumbers

    from kartlegg.extract import contacts, numbering

    ob = contacts._obfuscated_email()
    rules = contacts._handle_regexes()
    saved = (dict(ob.subsets), dict(rules.subsets))
    monkeypatch.setattr(startcache, "_kept", {})
    monkeypatch.setattr(startcache, "_kept_used", set())
    monkeypatch.setattr(startcache, "_kept_new", False)
    monkeypatch.setattr(startcache, "_keeping", True)  # the extract command, past its start
    words = {"alfakrøll", "whatsapp", "telegram"}
    meta = phonenumbers.PhoneMetadata.metadata_for_region("FI")
    try:
        ob.subsets.clear()
        rules.subsets.clear()
        core = contacts._core_for(ob, words, False)
        cue = contacts._cue_for(rules, words)
        assert cue is not None
        desc = numbering._desc(meta.mobile)
        assert desc is not None and desc.pattern is not None
        made = {core.pattern, cue.pattern, desc.pattern.pattern}
        assert made <= set(startcache._kept)
        startcache._save_kept()

        _restart(monkeypatch)
        ob.subsets.clear()
        rules.subsets.clear()

        def no_compiler(*args: Any) -> Any:
            raise AssertionError("compiled again, though the file keeps it")

        monkeypatch.setattr(startcache, "compiled_form", no_compiler)
        monkeypatch.setattr(re, "compile", no_compiler)
        again = (contacts._core_for(ob, words, False), contacts._cue_for(rules, words), numbering._desc(meta.mobile))
    finally:
        ob.subsets.clear()
        ob.subsets.update(saved[0])
        rules.subsets.clear()
        rules.subsets.update(saved[1])
    assert again[0] == re._compiler.compile(core.pattern, 0)  # type: ignore[attr-defined]
    assert again[1] == re._compiler.compile(cue.pattern, 0)  # type: ignore[attr-defined]
    assert again[2] is not None and again[2].pattern == re._compiler.compile(desc.pattern.pattern, 0)  # type: ignore[attr-defined]
    assert again[1] is not None and again[1].search("min whats app: anna") is not None


def test_the_cache_is_written_for_its_user_only(cache: Path) -> None:
    startcache.parsed("numbers.yaml", _text("numbers.yaml"), _yaml)
    startcache.save()
    (written,) = cache.glob("extract-start.*")
    assert written.stat().st_mode & 0o077 == 0


def test_a_cache_file_others_may_write_is_not_read(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file holds code run at import: one another account could have written is passed over, not trusted."""
    startcache.parsed("numbers.yaml", _text("numbers.yaml"), _yaml)
    startcache.save()
    (written,) = cache.glob("extract-start.*")
    written.chmod(0o666)
    _restart(monkeypatch)
    with pytest.raises(AssertionError, match="parsed, though"):
        startcache.parsed("numbers.yaml", _text("numbers.yaml"), _never)
    written.chmod(0o600)
    _restart(monkeypatch)
    assert startcache.parsed("numbers.yaml", _text("numbers.yaml"), _never) == _yaml(_text("numbers.yaml"))


def test_a_kept_pattern_asked_again_is_the_same_object(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kept pattern asked for again in one process is answered from ``_made``, without ``_sre.compile`` (session 42),
    and the file written at exit is the one written without the memo: the pattern is kept and counted as used."""
    monkeypatch.setattr(startcache, "_kept", {})
    monkeypatch.setattr(startcache, "_kept_used", set())
    monkeypatch.setattr(startcache, "_made", {})
    monkeypatch.setattr(startcache, "_keeping", True)
    first = startcache.kept_regex("an+a|bodil")
    assert first == re._compiler.compile("an+a|bodil", 0)  # type: ignore[attr-defined]
    # each ``_sre.compile`` makes a new object: the same one means no compile (the code before made one per call)
    assert startcache.kept_regex("an+a|bodil") is first
    assert "an+a|bodil" in startcache._kept and "an+a|bodil" in startcache._kept_used


def test_a_reset_record_takes_the_whole_path_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A memo hit needs the pattern kept and recorded as used: an emptied record (a new file, a test's empty cache)
    records it again, so ``_save_kept`` writes it as without the memo."""
    monkeypatch.setattr(startcache, "_kept", {})
    monkeypatch.setattr(startcache, "_kept_used", set())
    monkeypatch.setattr(startcache, "_made", {})
    monkeypatch.setattr(startcache, "_keeping", True)
    startcache.kept_regex("cecilia")
    monkeypatch.setattr(startcache, "_kept", {})
    monkeypatch.setattr(startcache, "_kept_used", set())
    rx = startcache.kept_regex("cecilia")
    assert "cecilia" in startcache._kept and "cecilia" in startcache._kept_used
    assert rx.fullmatch("cecilia") is not None
    startcache._save_kept()
    _restart(monkeypatch)
    assert "cecilia" in startcache._kept
