"""Write the blind4 corpus: `ads.jsonl` and `truth.jsonl`, deterministic from --seed and --ads."""

from __future__ import annotations

from pathlib import Path

from benchmarks import corpus_files

from . import __doc__ as DOC
from . import generate


def write(out: Path, seed: int, n_ads: int) -> tuple[Path, Path]:
    return corpus_files.write(generate, out, seed, n_ads)


if __name__ == "__main__":
    raise SystemExit(corpus_files.main(generate, "blind4", DOC))
