"""Speed of the demo market generator.

1. build_market(seed=7, n_persons=400, days=90) in memory (goal: < 2 s);
2. iter_market streamed to ads.jsonl + truth.jsonl for ~1,000,000 ads (goal: about a minute).

Usage: .venv/bin/python benchmarks/demo.py [--persons 36000] [--out /tmp/demo-bench]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import orjson

from kartlegg.demo import build_market, iter_market


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--persons", type=int, default=36_000, help="persons for the streamed run (~28 ads each)")
    ap.add_argument("--days", type=int, default=90)
    ap.add_argument("--out", type=Path, default=Path("/tmp/demo-bench"))
    args = ap.parse_args()

    t0, c0 = time.perf_counter(), time.process_time()
    m = build_market(seed=7, n_persons=400, days=90)
    t1, c1 = time.perf_counter(), time.process_time()
    print(f"build_market(400 persons, 90 days): {len(m.ads)} ads in {t1 - t0:.2f} s wall, {c1 - c0:.2f} s CPU")

    args.out.mkdir(parents=True, exist_ok=True)
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    with open(args.out / "ads.jsonl", "wb") as fa, open(args.out / "truth.jsonl", "wb") as ft:
        for ad, tr in iter_market(seed=7, n_persons=args.persons, days=args.days):
            fa.write(orjson.dumps(ad) + b"\n")
            ft.write(orjson.dumps(tr) + b"\n")
            n += 1
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = (args.out / "ads.jsonl").stat().st_size / 2**20
    print(f"streamed {n} ads ({args.persons} persons) in {dt:.1f} s wall, {cpu:.1f} s CPU = {n / cpu:,.0f} ads/CPU-s")
    print(f"ads.jsonl {size:.0f} MiB")
    print(f"peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
