"""The cost of a new day against a full analysis: extract, link and assess, each timed, on a synthetic market.

Issue 20's goal: on a 100k-ad store a new day of ~1,000 ads costs <= 3 % of a full ``kartlegg analyze``;
on a 1M store the whole day takes <= 10 s. The market (tests/link/market.py) is generated, all but its last
day ingested and analysed (the full run, timed per stage), then the last day ingested and analysed (the
incremental day, timed per stage), and last a ``kartlegg assess --full`` over the same store for comparison.
Usage: .venv/bin/python benchmarks/incremental.py [n_ads] [--day N] [--home DIR]   (a 100k run takes ~20 min here)
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.link.market import build, incoming  # noqa: E402

from kartlegg.assess.run import run_assess  # noqa: E402
from kartlegg.collect.ingest import IngestResult, ingest_items  # noqa: E402
from kartlegg.config import Settings  # noqa: E402
from kartlegg.extract.run import run_extract  # noqa: E402
from kartlegg.link.run import run_link  # noqa: E402
from kartlegg.store.engine import Store, open_store  # noqa: E402


def _store(home: Path) -> Store:
    return open_store(Settings(home=home, database_url=f"sqlite:///{home / 'k.sqlite'}", actor="bench"))


def _timed(fn: Callable[[], dict[str, Any]]) -> tuple[float, dict[str, Any]]:
    t = time.perf_counter()
    info = fn()
    return time.perf_counter() - t, info


def _analyze(store: Store, label: str) -> dict[str, float]:
    times: dict[str, float] = {}
    times["extract"], ex = _timed(lambda: run_extract(store))
    times["link"], _ = _timed(lambda: run_link(store))
    times["assess"], info = _timed(lambda: run_assess(store))
    total = sum(times.values())
    print(
        f"[{label}] extract {times['extract']:.1f} s ({ex.get('versions')} versions), link {times['link']:.1f} s, "
        f"assess {times['assess']:.1f} s (read {info.get('read')} of {info.get('ads')} ads, "
        f"wrote {info.get('written')} entities): {total:.1f} s",
        flush=True,
    )
    times["total"] = total
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n_ads", type=int, nargs="?", default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--home", type=Path, default=None, help="keep the store here (default: a temporary folder)")
    ap.add_argument("--day", type=int, default=None, help="hold back the newest N ads (default: the last day's)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp)
        t0 = time.perf_counter()
        ads, _ = build(args.seed, n_persons=max(args.n_ads * 2 // 7, 10), days=90)
        ads = ads[: args.n_ads]
        if args.day:  # the market is sorted by posting time: the newest ads are the day
            old, new = ads[: -args.day], ads[-args.day :]
        else:  # the last day's ads (truncating the market to n_ads may leave it short)
            last_day = max(a.posted_at or "" for a in ads)[:10]
            old = [a for a in ads if (a.posted_at or "")[:10] < last_day]
            new = [a for a in ads if (a.posted_at or "")[:10] >= last_day]
        store = _store(home)
        ingest_items(store, incoming(old), IngestResult())
        print(f"generated and ingested {len(ads) - len(new)} ads in {time.perf_counter() - t0:.1f} s", flush=True)
        del ads, old
        full = _analyze(store, "full analyze, all but the last day")
        ingest_items(store, incoming(new), IngestResult())
        day = _analyze(store, f"one more day, {len(new)} ads")
        t_full, info = _timed(lambda: run_assess(store, full=True))
        print(f"[assess --full on the same store] {t_full:.1f} s ({info.get('ads')} ads)")
        print(
            f"day / full analyze: {100 * day['total'] / full['total']:.1f} % "
            f"(assess's part: {day['assess']:.1f} s = {100 * day['assess'] / full['total']:.1f} % of the full "
            f"analyze; {100 * day['assess'] / t_full:.1f} % of assess --full)"
        )
        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024:.2f} GB")
        store.close()


if __name__ == "__main__":
    main()
