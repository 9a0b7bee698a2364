"""`python -m benchmarks.blind10 --seed N --ads M --out DIR`: the tenth blind corpus (see __init__.py)."""

from __future__ import annotations

from benchmarks import blind10
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(blind10.generate, "blind10", blind10.__doc__))
