"""End-to-end speed and memory of extract + link on a synthetic market (tests/link/market.py).

Goal (issue): 1,000,000 ads analyzed (extract + link) in <= 10 minutes wall, peak memory <= 8 GB, 2 cores.
Usage: .venv/bin/python benchmarks/link_speed.py [n_ads] [--new N] [--stream] [--home DIR]
The market is generated and ingested first (not timed); extract and link then run in a fresh child process
so that its peak RSS is the pipeline's own. The last day's ads are held back and analyzed afterwards, to
time an incremental day.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from proctree import PeakSampler  # noqa: E402
from tests.link.market import build, incoming  # noqa: E402

from kartlegg.collect.ingest import IngestResult, ingest_items  # noqa: E402
from kartlegg.config import Settings  # noqa: E402
from kartlegg.extract.run import run_extract  # noqa: E402
from kartlegg.link.run import run_link  # noqa: E402
from kartlegg.store.engine import Store, open_store  # noqa: E402


def _store(home: Path) -> Store:
    return open_store(Settings(home=home, database_url=f"sqlite:///{home / 'k.sqlite'}", actor="bench"))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _analyze(home: Path, label: str, stream: bool = False) -> None:
    sampler = PeakSampler(os.getpid(), 0.5)  # this process, the forkserver and the extraction workers
    sampler.start()
    store = _store(home)
    c0 = _cpu()
    t = time.perf_counter()
    ex = run_extract(store)
    te = time.perf_counter() - t
    t, c1 = time.perf_counter(), _cpu()
    info = run_link(store, stream=stream)
    tl, cl = time.perf_counter() - t, _cpu() - c1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    sampler.stop.set()
    rate = ex["versions"] / te if te else 0
    print(f"[{label}] extract {ex['versions']} versions: {te:.1f} s ({rate:.0f}/s)")
    print(f"[{label}] link: {tl:.1f} s wall, {cl:.1f} s CPU  {info}")
    print(
        f"[{label}] extract + link: {te + tl:.1f} s wall, {_cpu() - c0:.1f} s CPU (this process), "
        f"peak RSS {peak:.2f} GB (this process), "
        f"{sampler.peak / 1024**3:.2f} GB (with the extraction workers, sampled)",
        flush=True,
    )
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n_ads", type=int, nargs="?", default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--home", type=Path, default=None, help="keep the store here (default: a temporary folder)")
    ap.add_argument("--new", type=int, default=0, help="hold back the last N ads (default: the last day's)")
    ap.add_argument("--stream", action="store_true", help="link the store a block of regions at a time")
    ap.add_argument("--analyze-only", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.analyze_only:
        _analyze(args.home, args.analyze_only, args.stream)
        return
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp)
        t0 = time.perf_counter()
        ads, _ = build(args.seed, n_persons=max(args.n_ads * 2 // 7, 10), days=90)
        ads = ads[: args.n_ads]
        if args.new:
            ads.sort(key=lambda a: a.posted_at or "")
            old, new = ads[: -args.new], ads[-args.new :]
        else:
            last_day = max(a.posted_at or "" for a in ads)[:10]
            new = [a for a in ads if (a.posted_at or "")[:10] >= last_day]
            old = [a for a in ads if (a.posted_at or "")[:10] < last_day]
        store = _store(home)
        ingest_items(store, incoming(old), IngestResult())
        store.close()
        print(f"generated and ingested {len(ads) - len(new)} ads in {time.perf_counter() - t0:.1f} s", flush=True)
        del ads
        me = [sys.executable, __file__, "--home", str(home), *(["--stream"] if args.stream else [])]
        subprocess.run([*me, "--analyze-only", "all but the last day"], check=True)
        store = _store(home)
        ingest_items(store, incoming(new), IngestResult())
        store.close()
        subprocess.run([*me, "--analyze-only", f"one more day, {len(new)} ads"], check=True)


if __name__ == "__main__":
    main()
