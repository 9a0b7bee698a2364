"""`python -m benchmarks.blind22 [--seed N] [--ads N] [--out DIR]`: the twenty-second blind corpus (issue 14)."""

from benchmarks.blind22 import __doc__ as DOC
from benchmarks.blind22 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind22", DOC))
