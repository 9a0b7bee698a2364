"""Every evaluation corpus under benchmarks/ is a function of its seed alone: the same ads for a seed, other ads for
another, and the same under any string-hash seed (no set's order leaks into a corpus), so a figure measured on
"blind15 seed 1" in one session is measured on the same ads in the next."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = sorted(
    p.parent.name
    for p in (ROOT / "benchmarks").glob("*/__init__.py")
    if "def generate(" in p.read_text(encoding="utf-8")
)


def test_every_corpus_is_found() -> None:
    assert {"evalcorpus", "heldout", "blind3", "blind15", "blind16"} <= set(CORPORA), CORPORA


@pytest.mark.parametrize("name", CORPORA)
def test_deterministic_for_a_seed(name: str) -> None:
    generate = importlib.import_module(f"benchmarks.{name}").generate
    first = generate(5, 300)
    assert generate(5, 300) == first
    assert generate(6, 300) != first


def test_same_corpus_under_any_hash_seed() -> None:
    """Other interpreters with other string-hash seeds write the same corpora."""
    code = (
        "import hashlib, importlib, json, sys\n"
        "for name in sys.argv[1:]:\n"
        "    ads = importlib.import_module(f'benchmarks.{name}').generate(3, 300)\n"
        "    print(name, hashlib.sha256(json.dumps(ads).encode()).hexdigest())\n"
    )
    runs = []
    for hash_seed in ("0", "15", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", code, *CORPORA], env=env, capture_output=True, text=True, check=True, cwd=ROOT
        )
        runs.append(dict(line.split() for line in out.stdout.splitlines()))
    assert set(runs[0]) == set(CORPORA)
    for name in CORPORA:
        assert len({run[name] for run in runs}) == 1, name
