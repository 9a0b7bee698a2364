"""`python -m benchmarks.blind11 --seed N --ads M --out DIR`: the eleventh blind corpus (see __init__.py)."""

from __future__ import annotations

from benchmarks import blind11
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(blind11.generate, "blind11", blind11.__doc__))
