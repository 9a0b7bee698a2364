"""The language-model cut is read only while py3langid's model is the one it was cut from (issue 14, session 26):
its recorded SHA-256 is taken on the model file's size and modification time, and the file is hashed again
whenever either differs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kartlegg.extract import langmodel
from kartlegg.extract.language import LANGUAGES


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    """A copy of the library's model file that the cut is made from and checked against."""
    source = langmodel._source_without_import()
    assert source is not None
    copy = tmp_path / "model.npz.xz"
    shutil.copyfile(source, copy)
    return copy


class _Hashed(Exception):
    pass


def test_the_cut_is_read_without_hashing_the_unchanged_model(
    tmp_path: Path, model_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model file of the size and time the cut recorded is not read again (mutant: the file hashed at
    every load — fails)."""
    cut = langmodel.write(LANGUAGES, tmp_path / "cut.npz", source=model_copy)

    def no_hash(_data: bytes) -> None:
        raise _Hashed

    monkeypatch.setattr(langmodel.hashlib, "sha256", no_hash)
    scorer = langmodel.load(LANGUAGES, cut, source=model_copy)
    assert scorer is not None
    assert scorer.classify("Hej! Jag är ny i stan och väntar på dig.")[0] == "sv"
    assert langmodel.load(("sv", "no"), cut, source=model_copy) is None  # still refused for other languages


def test_a_changed_model_of_another_size_is_hashed_and_refused(tmp_path: Path, model_copy: Path) -> None:
    """An upgraded model (other bytes, other size) is hashed and the cut refused (mutant: the recorded digest
    taken without the size and time check — fails)."""
    cut = langmodel.write(LANGUAGES, tmp_path / "cut.npz", source=model_copy)
    model_copy.write_bytes(model_copy.read_bytes() + b"\0")
    assert langmodel.load(LANGUAGES, cut, source=model_copy) is None


def test_a_changed_model_of_the_same_size_is_hashed_and_refused(tmp_path: Path, model_copy: Path) -> None:
    """A model rewritten with other bytes of the same size (a new modification time) is hashed and refused
    (mutant: only the size compared — fails)."""
    cut = langmodel.write(LANGUAGES, tmp_path / "cut.npz", source=model_copy)
    data = bytearray(model_copy.read_bytes())
    data[-1] ^= 0xFF
    before = model_copy.stat().st_mtime_ns
    model_copy.write_bytes(bytes(data))
    os.utime(model_copy, ns=(before + 1_000_000_000, before + 1_000_000_000))
    assert langmodel.load(LANGUAGES, cut, source=model_copy) is None


def test_a_touched_but_unchanged_model_is_hashed_and_still_read(tmp_path: Path, model_copy: Path) -> None:
    """The same bytes with another modification time (a reinstall of the same version): hashed, and read
    (mutant: a differing time refuses the cut without hashing — fails)."""
    cut = langmodel.write(LANGUAGES, tmp_path / "cut.npz", source=model_copy)
    t = model_copy.stat().st_mtime_ns + 5_000_000_000
    os.utime(model_copy, ns=(t, t))
    assert langmodel.load(LANGUAGES, cut, source=model_copy) is not None
