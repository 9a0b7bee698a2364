"""`python -m benchmarks.blind15 [--seed N] [--ads N] [--out DIR]`: the fifteenth blind corpus (issue 14)."""

from benchmarks.blind15 import __doc__ as DOC
from benchmarks.blind15 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind15", DOC))
