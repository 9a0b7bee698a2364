"""`python -m benchmarks.blind13 [--seed 1] [--ads 6000] [--out DIR]`: the thirteenth blind corpus as
ads.jsonl and truth.jsonl (see benchmarks/blind13/__init__.py for what it holds)."""

from __future__ import annotations

from benchmarks.blind13 import __doc__ as DOC
from benchmarks.blind13 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind13", DOC))
