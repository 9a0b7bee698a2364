"""`python -m benchmarks.blind19 [--seed N] [--ads N] [--out DIR]`: the nineteenth blind corpus (issue 14)."""

from benchmarks.blind19 import __doc__ as DOC
from benchmarks.blind19 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind19", DOC))
