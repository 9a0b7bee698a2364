"""The mypyc-compiled extraction: used when built for the current sources, never when stale, and it reads
every ad exactly as the pure-Python modules do."""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kartlegg.extract
from kartlegg.extract import native

#: Runs in a child process: every match of a mixed corpus (golden cases, demo-market ads, random hostile
#: text), one JSON line per ad, so the compiled and the pure build can be compared.
_DUMP = r"""
import random, sys, json
from pathlib import Path
import yaml
from kartlegg.demo.market import iter_market_ads
from kartlegg.extract import NATIVE, extract_ad
texts = []
for case in yaml.safe_load(Path(sys.argv[1]).read_text(encoding="utf-8")):
    texts.append({"title": case["title"], "body": case["body"], "region": case["region"]})
for i, ad in enumerate(iter_market_ads(seed=3, n_persons=40, days=20)):
    texts.append({k: ad.get(k) or "" for k in ("title", "body", "url", "city", "site")})
rng = random.Random(5)
alphabet = "0123456789 +-./()*~oOlI@_:\n" + "abcdefghijklmnopqrstuvwxyzåäöæø" + "０１２３٣🙂" + "\u200b\u0300"
for _ in range(300):
    texts.append({"body": "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 300)))})
print(json.dumps(NATIVE))
for t in texts:
    ex = extract_ad(**t, time_limit=30)
    print(json.dumps([ex.language, ex.timed_out, [(m.kind, m.value, m.field, m.start, m.end, m.detail)
                                                   for m in ex.matches]], ensure_ascii=False))
"""


def _dump(pure: bool) -> list[str]:
    env = {**os.environ, "KARTLEGG_PURE": "1" if pure else "0"}
    golden = Path(__file__).parent / "golden.yaml"
    out = subprocess.run(
        [sys.executable, "-c", _DUMP, str(golden)], env=env, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert json.loads(out[0]) is (not pure)
    return out[1:]


@pytest.mark.skipif(not kartlegg.extract.NATIVE, reason="extraction is not compiled here (make install builds it)")
def test_compiled_and_pure_extraction_agree_on_every_match() -> None:
    compiled, pure = _dump(pure=False), _dump(pure=True)
    assert len(compiled) == len(pure) > 600
    for i, (c, p) in enumerate(zip(compiled, pure, strict=True)):
        assert c == p, f"ad {i}: compiled and pure extraction differ"


@pytest.mark.skipif(os.environ.get("KARTLEGG_REQUIRE_NATIVE") != "1", reason="only where make built the extension")
def test_make_runs_the_compiled_build() -> None:
    import kartlegg.extract.phones as phones

    assert kartlegg.extract.NATIVE
    assert str(phones.__file__).endswith(importlib.machinery.EXTENSION_SUFFIXES[0])


def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the covered sources (root/kartlegg/...) and a build folder with their record and one file
    per compiled module."""
    root = tmp_path / "root"
    for rel in native.covered_sources():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(native.ROOT / rel, root / rel)
    build = tmp_path / "build"
    modules = build / "kartlegg" / "extract"
    modules.mkdir(parents=True)
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for name in native.MODULES:
        (modules / f"{name}{suffix}").write_bytes(b"")
    (build / native.DIGEST_FILE).write_text(native.source_record(root), encoding="ascii")
    return root, build


def test_the_record_covers_every_kartlegg_module_the_compiled_ones_import() -> None:
    covered = native.covered_sources()
    for name in native.MODULES:
        assert f"kartlegg/extract/{name}.py" in covered
    # imported by compiled modules without being compiled themselves
    for rel in ("kartlegg/extract/lexicon.py", "kartlegg/extract/langmodel.py"):
        assert rel in covered
    assert "kartlegg/extract/run.py" not in covered  # the batch runner imports them, not the other way


def test_a_build_for_the_current_sources_is_used(tmp_path: Path) -> None:
    root, build = _fake_build(tmp_path)
    modules, reason = native.check_build(build, root)
    assert modules == build / "kartlegg" / "extract"
    assert reason.startswith("compiled")


@pytest.mark.parametrize(
    "edited", ["kartlegg/extract/phones.py", "kartlegg/extract/lexicon.py", "kartlegg/extract/matches.py"]
)
def test_a_build_older_than_an_edited_module_is_ignored(tmp_path: Path, edited: str) -> None:
    root, build = _fake_build(tmp_path)
    with (root / edited).open("a", encoding="utf-8") as f:
        f.write("\n# edited after the build\n")
    modules, reason = native.check_build(build, root)
    assert modules is None
    assert "stale" in reason and edited in reason


def test_a_build_for_another_python_is_ignored(tmp_path: Path) -> None:
    root, build = _fake_build(tmp_path)
    record = build / native.DIGEST_FILE
    record.write_text(record.read_text(encoding="ascii").replace(sys.implementation.cache_tag, "cpython-399"))
    modules, reason = native.check_build(build, root)
    assert modules is None and "another Python" in reason


def test_an_incomplete_or_missing_build_is_ignored(tmp_path: Path) -> None:
    root, build = _fake_build(tmp_path)
    next((build / "kartlegg" / "extract").glob("api*")).unlink()
    assert native.usable_build(build, root) is None
    assert "incomplete" in native.check_build(build, root)[1]
    assert native.usable_build(tmp_path / "nowhere", root) is None
    assert "no compiled build" in native.check_build(tmp_path / "nowhere", root)[1]


def _version(**env: str) -> str:
    out = subprocess.run(
        [str(Path(sys.executable).parent / "kartlegg"), "--version"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def test_version_says_which_extraction_runs_and_why() -> None:
    assert "extraction: pure Python: KARTLEGG_PURE=1 is set" in _version(KARTLEGG_PURE="1")
    text = _version(KARTLEGG_PURE="0")
    assert text.startswith("kartlegg ")
    if kartlegg.extract.NATIVE:
        assert "extraction: compiled with mypyc" in text
    else:
        assert "extraction: pure Python: " in text


def test_the_quick_record_check_agrees_with_the_full_record(tmp_path: Path) -> None:
    """Start-up checks the record's own file list (no import parsing): it must accept exactly the records
    that equal the full ``source_record`` and refuse any other."""
    root, build = _fake_build(tmp_path)
    record = (build / native.DIGEST_FILE).read_text(encoding="ascii")
    assert native._record_holds(record, root) and record == native.source_record(root)
    first_file = record.splitlines()[2]
    for other in (
        record.replace(first_file, "0" * 64 + first_file[64:]),  # a file whose digest differs
        record.replace(sys.implementation.cache_tag, "cpython-399"),
        record.replace(native.RECORD_HEADER, "kartlegg-native 1"),
        record.rstrip("\n"),
    ):
        assert native._record_holds(other, root) == (other == native.source_record(root))
    with (root / "kartlegg/extract/phones.py").open("a", encoding="utf-8") as f:
        f.write("\nimport kartlegg.extract.run\n")
    assert not native._record_holds(record, root)
