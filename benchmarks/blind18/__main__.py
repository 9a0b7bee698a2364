"""`python -m benchmarks.blind18 [--seed N] [--ads N] [--out DIR]`: the eighteenth blind corpus (issue 14)."""

from benchmarks.blind18 import __doc__ as DOC
from benchmarks.blind18 import generate
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(generate, "blind18", DOC))
