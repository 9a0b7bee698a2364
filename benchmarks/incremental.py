"""The cost of a new day against a full analysis: extract, link and assess, each timed, on a synthetic market.

Issue 20's goal: on a 100k-ad store a new day of ~1,000 ads costs <= 3 % of a full ``kartlegg analyze``;
on a 1M store the whole day takes <= 10 s. The market (tests/link/market.py) is generated, all but its last
day ingested and analysed (the full run, timed per stage), then the last day ingested and analysed (the
incremental day, timed per stage), and last a ``kartlegg assess --full`` over the same store for comparison.
Usage: .venv/bin/python benchmarks/incremental.py [n_ads] [--day N] [--home DIR] [--resume]
(a 100k run takes ~20 min here). With ``--home``, the store after the full analyze is kept as ``full.sqlite``
with its times (``full.json``); ``--resume`` starts from that copy (one forced assess first, timed apart: a
store assessed by older code gets its carried state), so the day can be measured again without the full run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
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


CPU: dict[str, float] = {}  # the CPU seconds of the last call of each label


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (extraction's worker processes)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _timed(fn: Callable[[], dict[str, Any]], label: str = "") -> tuple[float, dict[str, Any]]:
    t = time.perf_counter()
    c = _cpu()
    info = fn()
    CPU[label] = _cpu() - c
    return time.perf_counter() - t, info


def _analyze(store: Store, label: str) -> dict[str, float]:
    times: dict[str, float] = {}
    times["extract"], ex = _timed(lambda: run_extract(store), "extract")
    times["link"], _ = _timed(lambda: run_link(store), "link")
    times["assess"], info = _timed(lambda: run_assess(store), "assess")
    total = sum(times.values())
    for stage in ("extract", "link", "assess"):
        times[f"{stage}_cpu"] = CPU[stage]
    times["total_cpu"] = sum(CPU[s] for s in ("extract", "link", "assess"))
    print(
        f"[{label}] extract {times['extract']:.1f} s ({ex.get('versions')} versions), link {times['link']:.1f} s, "
        f"assess {times['assess']:.1f} s (read {info.get('read')} of {info.get('ads')} ads, "
        f"wrote {info.get('written')} entities; outreach list: {info.get('outreach_persons', 'every')} persons "
        f"built, {info.get('outreach_rows')} rows written): {total:.1f} s; CPU extract {CPU['extract']:.1f}, link "
        f"{CPU['link']:.1f}, assess {CPU['assess']:.1f} s; load {os.getloadavg()[0]:.1f}",
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
    ap.add_argument("--resume", action="store_true", help="start from the kept full.sqlite of --home")
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
        kept, kept_times = home / "full.sqlite", home / "full.json"
        if args.resume:
            for stale in ("k.sqlite-wal", "k.sqlite-shm"):
                (home / stale).unlink(missing_ok=True)
            shutil.copyfile(kept, home / "k.sqlite")
            full = json.loads(kept_times.read_text())
            store = _store(home)
            print(
                f"[resumed] full analyze {full['total']:.1f} s (extract {full['extract']:.1f}, link "
                f"{full['link']:.1f}, assess {full['assess']:.1f})",
                flush=True,
            )
            t_first, info = _timed(lambda: run_assess(store, force=True), "first")
            print(
                f"[first assess of this code on the kept store] {t_first:.1f} s (read {info.get('read')}, "
                f"wrote {info.get('written')})",
                flush=True,
            )
        else:
            store = _store(home)
            ingest_items(store, incoming(old), IngestResult())
            print(f"generated and ingested {len(ads) - len(new)} ads in {time.perf_counter() - t0:.1f} s", flush=True)
            full = _analyze(store, "full analyze, all but the last day")
            if args.home:
                with sqlite3.connect(home / "k.sqlite") as src, sqlite3.connect(kept) as dst:
                    src.backup(dst)  # a consistent copy, WAL included
                kept_times.write_text(json.dumps(full))
        del ads, old
        ingest_items(store, incoming(new), IngestResult())
        day = _analyze(store, f"one more day, {len(new)} ads")
        t_full, info = _timed(lambda: run_assess(store, full=True), "assess --full")
        print(
            f"[assess --full on the same store] {t_full:.1f} s, CPU {CPU['assess --full']:.1f} s "
            f"({info.get('ads')} ads)"
        )
        print(
            f"day / full analyze: {100 * day['total'] / full['total']:.1f} % "
            f"(assess's part: {day['assess']:.1f} s = {100 * day['assess'] / full['total']:.1f} % of the full "
            f"analyze; {100 * day['assess'] / t_full:.1f} % of assess --full)"
        )
        print(
            f"CPU: day / full analyze {100 * day['total_cpu'] / full.get('total_cpu', float('nan')):.1f} %; "
            f"day's assess / full analyze {100 * day['assess_cpu'] / full.get('total_cpu', float('nan')):.1f} %, "
            f"/ assess --full {100 * day['assess_cpu'] / CPU['assess --full']:.1f} %"
        )
        print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024:.2f} GB")
        store.close()


if __name__ == "__main__":
    main()
