"""`python -m benchmarks.blind9 --seed N --ads M --out DIR`: the ninth blind corpus (see __init__.py)."""

from __future__ import annotations

from benchmarks import blind9
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(blind9.generate, "blind9", blind9.__doc__))
