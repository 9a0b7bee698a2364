"""`python -m benchmarks.blind24 [--seed N] [--ads N] [--out DIR]`: the twenty-fourth blind corpus (issue 14)."""

from benchmarks.blind24 import __doc__ as DOC
from benchmarks.blind24 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind24", DOC))
