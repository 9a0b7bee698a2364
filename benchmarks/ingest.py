"""Ingest benchmark: N synthetic ~1 KB ads through `kartlegg ingest` on the embedded store.

Measures wall time, ads/s and peak memory: the largest sum of the RSS of the ingest process and its parser
process(es), sampled every 50 ms (Linux /proc), and the largest single-process RSS. Prints the load average
before and after each run: the machine may be shared. Goal (issue 2): >= 50,000 ads/s and < 2 GB peak for
1,000,000 ads on a 2-core machine.

    .venv/bin/python benchmarks/ingest.py --ads 1000000
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
from proctree import PeakSampler

WORDS = (
    "ny i stan diskret trevlig hotell centralt ring mig sms välkommen "
    "hei ny i byen ring meg velkommen hyggelig new in town call me discreet friendly"
).split()
CITIES = ["Stockholm", "Göteborg", "Malmö", "Oslo", "Bergen", "København", "Aarhus", None]


def make_file(path: Path, n: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    filler = " ".join(rnd.choice(WORDS) for _ in range(150))
    with open(path, "wb") as fh:
        for i in range(n):
            phone = f"07{rnd.randint(0, 9)}-{rnd.randint(100, 999)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}"
            ad = {
                "id": str(i),
                "site": f"site{i % 4}.example",
                "url": f"https://site{i % 4}.example/ad/{i}",
                "posted_at": f"2026-0{1 + i % 3}-{1 + i % 28:02d}T{i % 24:02d}:00:00",
                "title": f"Ny i stan {i}",
                "body": f"{filler[: 800 + i % 150]} ring {phone}",
                "city": CITIES[i % len(CITIES)],
                "images": [f"https://site{i % 4}.example/i/{i}.jpg"],
            }
            fh.write(orjson.dumps(ad) + b"\n")


def _run(cmd: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run ``cmd``; return its result and the peak total RSS of its process tree, in MB."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = PeakSampler(proc.pid, 0.05)
    sampler.start()
    out, err = proc.communicate()
    sampler.stop.set()
    sampler.join()
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), sampler.peak / 1e6


def _load() -> str:
    return open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ads", type=int, default=1_000_000)
    args = ap.parse_args()
    exe = Path(sys.executable).parent / "kartlegg"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "ads.jsonl"
        t0 = time.perf_counter()
        make_file(data, args.ads)
        print(f"generated {args.ads} ads ({data.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s")
        env = {k: v for k, v in os.environ.items() if not k.startswith("KARTLEGG_")}
        env["KARTLEGG_HOME"] = str(Path(tmp) / "home")
        for label in ("first ingest", "re-ingest (idempotent)"):
            load_before = _load()
            t0 = time.perf_counter()
            ru = resource.getrusage(resource.RUSAGE_CHILDREN)
            res, tree_mb = _run([str(exe), "ingest", str(data)], env)
            wall = time.perf_counter() - t0
            ru2 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = ru2.ru_utime + ru2.ru_stime - ru.ru_utime - ru.ru_stime
            if res.returncode != 0:
                sys.exit(res.stderr)
            rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                f"{label}: {wall:.1f} s (CPU {cpu:.1f} s), {args.ads / wall:,.0f} ads/s, peak memory {tree_mb:.0f} MB "
                f"(all processes; largest single process so far {rss_mb:.0f} MB), "
                f"load average {load_before} -> {_load()}"
            )
            print("  " + res.stdout.strip())
        db = Path(tmp) / "home" / "kartlegg.sqlite"
        print(f"database size {db.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
