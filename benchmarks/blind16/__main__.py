"""`python -m benchmarks.blind16 [--seed N] [--ads N] [--out DIR]`: the sixteenth blind corpus (issue 14)."""

from benchmarks.blind16 import __doc__ as DOC
from benchmarks.blind16 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind16", DOC))
