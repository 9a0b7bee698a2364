"""`python -m benchmarks.blind20 [--seed N] [--ads N] [--out DIR]`: the twentieth blind corpus (issue 14)."""

from benchmarks.blind20 import __doc__ as DOC
from benchmarks.blind20 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind20", DOC))
