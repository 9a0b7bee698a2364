"""`python -m benchmarks.blind12 --seed N --ads M --out DIR`: the twelfth blind corpus (see the package docstring)."""

from benchmarks import corpus_files
from benchmarks.blind12 import __doc__ as DOC
from benchmarks.blind12 import generate

if __name__ == "__main__":
    raise SystemExit(corpus_files.main(generate, "blind12", DOC))
