"""`python -m benchmarks.blind14 --seed N --ads 6000 --out DIR`: the fourteenth blind corpus."""

from benchmarks import blind14
from benchmarks.corpus_files import main

if __name__ == "__main__":
    raise SystemExit(main(blind14.generate, "blind14", blind14.__doc__))
