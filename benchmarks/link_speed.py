"""End-to-end speed and memory of extract + link on a synthetic market (tests/link/market.py).

Goal (issue): 1,000,000 ads analyzed (extract + link) in <= 10 minutes wall, peak memory <= 8 GB, 2 cores.
Usage: .venv/bin/python benchmarks/link_speed.py [n_ads] [--incremental-days N]
Prints ingest, extract and link times, peak RSS of this process, and the time to link one more day.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.link.market import build, incoming  # noqa: E402

from kartlegg.collect.ingest import IngestResult, ingest_items  # noqa: E402
from kartlegg.config import Settings  # noqa: E402
from kartlegg.extract.run import run_extract  # noqa: E402
from kartlegg.link.run import run_link  # noqa: E402
from kartlegg.store.engine import open_store  # noqa: E402


def peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n_ads", type=int, nargs="?", default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--home", type=Path, default=None, help="keep the store here (default: a temporary folder)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    ads, _ = build(args.seed, n_persons=max(args.n_ads * 2 // 7, 10), days=90)
    ads = ads[: args.n_ads]
    print(f"generated {len(ads)} ads in {time.perf_counter() - t0:.1f} s")
    last_day = max(a.posted_at or "" for a in ads)[:10]
    old = [a for a in ads if (a.posted_at or "")[:10] < last_day]
    new = [a for a in ads if (a.posted_at or "")[:10] >= last_day]
    del ads
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp)
        store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'k.sqlite'}", actor="bench"))
        t = time.perf_counter()
        ingest_items(store, incoming(old), IngestResult())
        print(f"ingest {len(old)} ads: {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        ex = run_extract(store)
        te = time.perf_counter() - t
        t = time.perf_counter()
        info = run_link(store)
        tl = time.perf_counter() - t
        print(f"extract {ex['versions']} versions: {te:.1f} s ({ex['versions'] / te:.0f}/s)")
        print(f"link: {tl:.1f} s  {info}")
        print(f"extract + link: {te + tl:.1f} s  peak RSS {peak_gb():.2f} GB")
        ingest_items(store, incoming(new), IngestResult())
        t = time.perf_counter()
        run_extract(store)
        te2 = time.perf_counter() - t
        t = time.perf_counter()
        info = run_link(store)
        print(f"one more day ({len(new)} ads): extract {te2:.1f} s, link {time.perf_counter() - t:.1f} s  {info}")
        print(f"peak RSS {peak_gb():.2f} GB")
        store.close()


if __name__ == "__main__":
    main()
