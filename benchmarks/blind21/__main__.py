"""`python -m benchmarks.blind21 [--seed N] [--ads N] [--out DIR]`: the twenty-first blind corpus (issue 14)."""

from benchmarks.blind21 import __doc__ as DOC
from benchmarks.blind21 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind21", DOC))
