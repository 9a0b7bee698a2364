"""`python -m benchmarks.blind17 [--seed N] [--ads N] [--out DIR]`: the seventeenth blind corpus (issue 14)."""

from benchmarks.blind17 import __doc__ as DOC
from benchmarks.blind17 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind17", DOC))
