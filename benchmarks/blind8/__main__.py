"""Write the corpus: `ads.jsonl` (what `kartlegg ingest` and `kartlegg extract` read) and `truth.jsonl`
(one line per ad, keyed by site and id), deterministic from --seed and --ads."""

from __future__ import annotations

from pathlib import Path

from benchmarks import corpus_files

from . import generate


def write(out: Path, seed: int, n_ads: int) -> tuple[Path, Path]:
    return corpus_files.write(generate, out, seed, n_ads)


if __name__ == "__main__":
    raise SystemExit(corpus_files.main(generate, "blind8", __doc__))
