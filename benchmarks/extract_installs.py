"""`kartlegg extract` of two (or more) installs on the same ads, back to back: CPU time and output compared.

    python benchmarks/extract_installs.py .venv/bin/kartlegg /tmp/wheel-venv/bin/kartlegg
    python benchmarks/extract_installs.py --corpus eval --ads 20000 --rounds 3 EXE [EXE ...]

Issue 19 asks the installed wheel to extract at the speed of a `make install` checkout. Each round runs every
executable once on the same file (the order alternates between rounds, so neither always runs on a
warmer or quieter machine), as one process with start-up, and measures its CPU time (user + system of the
child; wall time on a shared machine says more about the other jobs). The outputs must be byte-identical.
`--corpus eval` is benchmarks/evalcorpus (seed 7, the ads of `extract_speed.py --corpus eval`), read with
each ad's own site and city; `--corpus demo` the demo market (seed 3) read with `--region NO`; `--corpus
mixed` the default corpus of `extract_speed.py` (both interleaved, no `--region`).
Extraction gives each ad one second of wall time (`extract_ad(time_limit=1.0)`, hostile input): on a
machine so loaded that a process waits over a second for a core, an ad can stop early, so the script
reports how many lines differ instead of only failing.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_ads(corpus: str, n: int, path: Path) -> list[str]:
    """The ads as JSONL in ``path``; the extra arguments ``kartlegg extract`` reads them with."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if corpus == "eval":
        from benchmarks.evalcorpus import generate

        ads = generate(7, n)[0]
        args: list[str] = []
    elif corpus == "mixed":
        from benchmarks.extract_speed import mixed_ads

        ads = mixed_ads(n)
        args = []
    else:
        from kartlegg.demo.market import iter_market_ads

        ads = list(itertools.islice(iter_market_ads(seed=3, n_persons=max(400, n // 25), days=90), n))
        args = ["--region", "NO"]
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads), encoding="utf-8")
    return args


def run_once(exe: str, args: list[str], ads: Path, home: Path) -> tuple[float, float, bytes]:
    """CPU seconds, wall seconds and the output of one ``kartlegg extract`` process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KARTLEGG_")}
    env["KARTLEGG_HOME"] = str(home)
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with ads.open("rb") as fin:
        out = subprocess.run([exe, "extract", *args], stdin=fin, capture_output=True, env=env, check=True).stdout
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return cpu, wall, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("exes", nargs="+", help="kartlegg executables to compare")
    ap.add_argument("--corpus", choices=["eval", "demo", "mixed"], default="eval")
    ap.add_argument("--ads", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ads = Path(tmp) / "ads.jsonl"
        args = write_ads(a.corpus, a.ads, ads)
        print(f"{a.ads} ads of the {a.corpus} corpus, {a.rounds} rounds, load average {os.getloadavg()[0]:.1f}")
        for exe in a.exes:
            version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True).stdout
            build = next((line for line in version.splitlines() if line.startswith("extraction:")), "?")
            print(f"{exe}: {build}")
        cpu: dict[str, list[float]] = {e: [] for e in a.exes}
        outputs: dict[str, list[bytes]] = {}
        for r in range(a.rounds):
            for exe in a.exes if r % 2 == 0 else list(reversed(a.exes)):
                c, w, out = run_once(exe, args, ads, Path(tmp))
                cpu[exe].append(c)
                outputs.setdefault(hashlib.sha256(out).hexdigest(), out.splitlines())
                print(f"  round {r + 1} {exe}: {c:.2f} s CPU ({a.ads / c:,.0f} ads per CPU second), {w:.2f} s wall")
        for exe, times in cpu.items():
            best = min(times)
            print(f"{exe}: best {best:.2f} s CPU = {a.ads / best:,.0f} ads per CPU second")
        first, *others = outputs.values()
        for other in others:
            differ = sum(x != y for x, y in zip(first, other, strict=True))
            print(f"OUTPUTS DIFFER: {differ} of {len(first)} lines (an ad that ran out of its second?)")
        print("outputs identical" if not others else f"{len(outputs)} different outputs")
        return 0 if not others else 1


if __name__ == "__main__":
    raise SystemExit(main())
