"""`python -m benchmarks.blind23 [--seed N] [--ads N] [--out DIR]`: the twenty-third blind corpus (issue 14)."""

from benchmarks.blind23 import __doc__ as DOC
from benchmarks.blind23 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind23", DOC))
