"""The cost of a new day against a full analysis: extract, link and assess, each timed, on a synthetic market.

Issue 20's goal: on a 100k-ad store a new day of ~1,000 ads costs <= 3 % of a full ``kartlegg analyze``;
on a 1M store the whole day takes <= 10 s. The market (tests/link/market.py) is generated, all but its last
day ingested and analysed (the full run, timed per stage), then the last day ingested and analysed (the
incremental day, timed per stage), and last a ``kartlegg assess --full`` over the same store for comparison.
Usage: .venv/bin/python benchmarks/incremental.py [n_ads] [--day N] [--home DIR] [--resume [--no-first]] [--stages S]
[--profile DIR] [--no-full] [--cache warm|cold] [--aggregates]
(a 100k run takes ~20 min here). With ``--home``, the store after the full analyze is kept as ``full.sqlite``
with its times (``full.json``); ``--resume`` starts from that copy (one link run and one forced assess first,
timed apart: a store linked or assessed by older code gets its index or carried state; ``--no-first`` leaves them
out when the kept store's versions are this code's: ~90 s of CPU at 100k), so the day can be measured again
without the full run.
``--stages extract,link`` leaves assessment out of both runs (a 1M store's full assess takes longer than the
rest; the day's extract and link are then measured on a store whose assess never ran). The day's peak RSS is
measured apart from the market's generation (the process's high-water mark is reset before the day).
Each stage prints its wall and CPU seconds, its write calls, its disk reads and its read calls (Linux
``/proc/self/io``). The CPU is the whole run's: this process's and every process it started (extraction's
forkserver and its workers, which ``os.times`` and ``RUSAGE_CHILDREN`` leave out:
``kartlegg.proctree.CpuLedger``); a ``full.json`` kept by the benchmark before session 31 counts the main process only.
``--cache`` reads the store once (warm) or drops it from the page cache (cold) before the day. ``--aggregates``
also times what ``kartlegg analyze`` runs after its stages, ``read.aggregates.refresh`` (a pass over every ad, in
the full run and in the day alike), and gives the day's share with it beside the stages' share.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
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
from kartlegg.collect.ingest import IngestResult, ingest_items, ingest_paths  # noqa: E402
from kartlegg.config import Settings  # noqa: E402
from kartlegg.extract.run import run_extract  # noqa: E402
from kartlegg.link.run import run_link  # noqa: E402
from kartlegg.proctree import CpuLedger  # noqa: E402
from kartlegg.store.engine import Store, open_store  # noqa: E402


def _store(home: Path) -> Store:
    return open_store(Settings(home=home, database_url=f"sqlite:///{home / 'k.sqlite'}", actor="bench"))


CPU: dict[str, float] = {}  # the CPU seconds of the last call of each label, its child processes' included
CHILD_CPU: dict[str, float] = {}  # of which its child processes' (extraction's workers)
SYSTEM_CPU: dict[str, float] = {}  # of which this process's in the kernel (reads of SQLite's pages, writes)
READ: dict[str, float] = {}  # the MB the process read from the disk per label
READ_CALLS: dict[str, float] = {}  # the thousands of read calls (pages SQLite read, cached or not) per label
WRITTEN: dict[str, float] = {}  # the MB the process wrote (write calls: WAL frames and checkpoints) per label


def _io_mb(field: str = "wchar") -> float:
    """MB of ``field`` of Linux's ``/proc/self/io`` so far: ``wchar`` what this process passed to write calls
    (SQLite writes pages so), ``read_bytes`` what it read from the disk (page-cache misses and readahead)."""
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1e6
    except OSError:
        pass
    return float("nan")


def _written_mb() -> float:
    return _io_mb("wchar")


def _own_cpu() -> float:
    t = os.times()
    return t.user + t.system


#: the process tree's CPU since start-up, exited processes included; sampled when read, no thread: a worker's
#: CPU reaches its forkserver's ``cutime`` as it exits
LEDGER = CpuLedger()
LEDGER_OWN = _own_cpu()  # this process's CPU before the ledger started (its imports)


def _cpu_parts() -> tuple[float, float]:
    """CPU seconds so far of this process, and of the processes it started, exited ones included
    (``kartlegg.proctree.CpuLedger``). Extraction's workers are children of its forkserver, which lives until
    this process ends: neither ``os.times`` nor ``RUSAGE_CHILDREN`` of this process counts them, but the
    forkserver waits for each worker as it exits, so its ``cutime`` holds their CPU and the ledger reads it."""
    own = _own_cpu()
    return own, max(0.0, LEDGER_OWN + LEDGER.seconds() - own)


def _cpu() -> float:
    """CPU seconds of the whole run: this process and every process it started (``_cpu_parts``)."""
    own, kids = _cpu_parts()
    return own + kids


PROFILE: Path | None = None  # --profile: each day stage's cProfile is written here as LABEL.pstats


def _timed(fn: Callable[[], dict[str, Any]], label: str = "") -> tuple[float, dict[str, Any]]:
    t = time.perf_counter()
    c, ck = _cpu_parts()
    sys0 = os.times().system
    w = _written_mb()
    r = _io_mb("read_bytes")
    calls = _io_mb("syscr")
    if PROFILE is not None and label in ("extract", "link", "assess"):
        import cProfile

        with cProfile.Profile(time.process_time) as prof:  # CPU time: the machine is shared
            info = fn()
        prof.dump_stats(PROFILE / f"{label}.pstats")
    else:
        info = fn()
    own, kids = _cpu_parts()
    CPU[label] = own + kids - c - ck
    CHILD_CPU[label] = max(0.0, kids - ck)
    SYSTEM_CPU[label] = os.times().system - sys0
    WRITTEN[label] = _written_mb() - w
    READ[label] = _io_mb("read_bytes") - r
    READ_CALLS[label] = (_io_mb("syscr") - calls) * 1e3  # thousands of read calls
    return time.perf_counter() - t, info


def _peak_gb() -> float:
    """The process's peak RSS since start or since ``_reset_peak``."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: resets VmHWM to the current RSS
    except OSError:
        pass


def _refresh_aggregates(store: Store, label: str) -> tuple[float, float]:
    """``kartlegg analyze`` ends with ``read.aggregates.refresh`` (the statistics, dashboard and map over every ad):
    its wall and CPU seconds, printed."""
    from kartlegg.read import aggregates

    wall, info = _timed(lambda: aggregates.refresh(store), "aggregates")
    print(
        f"[{label}] aggregates refresh (as `kartlegg analyze` runs it after its stages) {wall:.1f} s, CPU "
        f"{CPU['aggregates']:.1f} s ({info.get('market_rows')} market rows); load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    return wall, CPU["aggregates"]


def _analyze(
    store: Store, label: str, stages: tuple[str, ...] = ("extract", "link", "assess"), aggregates: bool = False
) -> dict[str, float]:
    times: dict[str, float] = {"extract": 0.0, "link": 0.0, "assess": 0.0}
    ex: dict[str, Any] = {}
    info: dict[str, Any] = {}
    lk: dict[str, Any] = {}
    for stage in ("extract", "link", "assess"):
        CPU[stage] = CHILD_CPU[stage] = SYSTEM_CPU[stage] = 0.0
        WRITTEN[stage] = READ[stage] = READ_CALLS[stage] = 0.0
    if "extract" in stages:
        times["extract"], ex = _timed(lambda: run_extract(store), "extract")
    if "link" in stages:
        times["link"], lk = _timed(lambda: run_link(store), "link")
    if "assess" in stages:
        times["assess"], info = _timed(lambda: run_assess(store), "assess")
    total = sum(times.values())
    for stage in ("extract", "link", "assess"):
        times[f"{stage}_cpu"] = CPU[stage]
        times[f"{stage}_child_cpu"] = CHILD_CPU[stage]
    times["total_cpu"] = sum(CPU[s] for s in ("extract", "link", "assess"))
    times["child_cpu"] = sum(CHILD_CPU[s] for s in ("extract", "link", "assess"))
    times["cpu_counts_children"] = 1.0  # full.json of older runs lacks it: their CPU is the main process's only
    print(
        f"[{label}] extract {times['extract']:.1f} s ({ex.get('versions')} versions), link {times['link']:.1f} s "
        f"({lk.get('relinked')} ads linked again), assess {times['assess']:.1f} s (read {info.get('read')} of "
        f"{info.get('ads')} ads, wrote {info.get('written')} entities; outreach list: "
        f"{info.get('outreach_persons', 'every')} persons built, {info.get('outreach_rows')} rows written): "
        f"{total:.1f} s; CPU (child processes' included) extract {CPU['extract']:.1f}, link {CPU['link']:.1f}, "
        f"assess {CPU['assess']:.1f} s = {times['total_cpu']:.1f} s, of which child processes "
        f"{times['child_cpu']:.1f} s, this process's in the kernel {SYSTEM_CPU.get('extract', 0.0):.1f} / "
        f"{SYSTEM_CPU.get('link', 0.0):.1f} / {SYSTEM_CPU.get('assess', 0.0):.1f} s; "
        f"write calls MB extract {WRITTEN.get('extract', 0.0):.0f}, link {WRITTEN.get('link', 0.0):.0f}, assess "
        f"{WRITTEN.get('assess', 0.0):.0f}; disk reads MB {READ['extract']:.0f} / {READ['link']:.0f} / "
        f"{READ['assess']:.0f} ({READ_CALLS['extract']:.0f}k / {READ_CALLS['link']:.0f}k / "
        f"{READ_CALLS['assess']:.0f}k read calls); load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    times["total"] = total
    if aggregates:  # apart from the stages' totals, which the goal has been measured by since session 8
        times["aggregates"], times["aggregates_cpu"] = _refresh_aggregates(store, label)
    return times


def _eval_day(home: Path, n_ads: int, seed: int, day: int, resume: bool) -> tuple[list[Path], list[Path]]:
    """The independent corpus's ads as two JSONL files in ``home``: all but the newest ``day`` ads (by
    posting time), and the day (kept for ``--resume``)."""
    base, new = home / f"eval-{n_ads}-seed{seed}-base.jsonl", home / f"eval-{n_ads}-{day}-seed{seed}-day.jsonl"
    if not (resume and new.exists()):
        from benchmarks.evalcorpus import generate

        records, _ = generate(seed, n_ads)
        records.sort(key=lambda r: str(r.get("posted_at") or ""))
        base.write_text("".join(json.dumps(r) + "\n" for r in records[:-day]), encoding="utf-8")
        new.write_text("".join(json.dumps(r) + "\n" for r in records[-day:]), encoding="utf-8")
    return [base], [new]


def _page_cache(path: Path, warm: bool) -> None:
    """Read ``path`` (and its WAL) once, so the day finds it in the page cache, or drop it from the cache
    (written out first), so the day reads what it needs from the disk: a unit just started."""
    os.sync()
    for f in (path, path.with_name(path.name + "-wal")):
        if not f.exists():
            continue
        with open(f, "rb") as fh:
            if warm:
                while fh.read(1 << 24):
                    pass
            else:
                os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    print(f"[page cache] {path.name} {'read once' if warm else 'dropped'}", flush=True)


def _ingest(store: Store, ads: list[Any]) -> None:
    """The market's ads, or the evaluation corpus's JSONL files (``_eval_day``)."""
    if ads and isinstance(ads[0], Path):
        ingest_paths(store, ads)
    else:
        ingest_items(store, incoming(ads), IngestResult())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n_ads", type=int, nargs="?", default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--home", type=Path, default=None, help="keep the store here (default: a temporary folder)")
    ap.add_argument("--day", type=int, default=None, help="hold back the newest N ads (default: the last day's)")
    ap.add_argument("--resume", action="store_true", help="start from the kept full.sqlite of --home")
    ap.add_argument("--prepare-day", action="store_true", help="only generate the market and keep the day's ads")
    ap.add_argument("--stages", default="extract,link,assess", help="the stages to run (default: all three)")
    ap.add_argument("--profile", type=Path, default=None, help="write each day stage's cProfile to DIR/STAGE.pstats")
    ap.add_argument("--no-full", action="store_true", help="leave out the closing `assess --full` (while iterating)")
    ap.add_argument(
        "--aggregates",
        action="store_true",
        help="after each run's stages time the aggregates refresh `kartlegg analyze` ends with, and give the day's "
        "share both ways (a kept full.json without it: timed on the kept store before the day)",
    )
    ap.add_argument(
        "--no-first",
        action="store_true",
        help="with --resume: no first link and forced assess (the kept store's index and state are this code's)",
    )
    ap.add_argument(
        "--cache",
        choices=("as-is", "warm", "cold"),
        default="as-is",
        help="before the day's ingest, read the store file once (warm) or drop it from the page cache (cold)",
    )
    ap.add_argument(
        "--corpus",
        choices=("market", "eval"),
        default="market",
        help="the link tests' synthetic market (default) or the independent evaluation corpus (benchmarks/evalcorpus)",
    )
    args = ap.parse_args()
    stages = tuple(s for s in ("extract", "link", "assess") if s in args.stages.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp)
        home.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        # the day's ads of a resumed run are kept beside the store: generating a 1M market again takes minutes
        day_file = home / f"day-{args.n_ads}-{args.day or 'last'}-seed{args.seed}.pickle"
        ads: list[Any] = []
        old: list[Any] = []
        if args.corpus == "eval":
            old, new = _eval_day(home, args.n_ads, args.seed, args.day or 1000, args.resume)
        elif args.resume and day_file.exists():
            new = pickle.loads(day_file.read_bytes())
        else:
            ads, _ = build(args.seed, n_persons=max(args.n_ads * 2 // 7, 10), days=90)
            ads = ads[: args.n_ads]
            if args.day:  # the market is sorted by posting time: the newest ads are the day
                old, new = ads[: -args.day], ads[-args.day :]
            else:  # the last day's ads (truncating the market to n_ads may leave it short)
                last_day = max(a.posted_at or "" for a in ads)[:10]
                old = [a for a in ads if (a.posted_at or "")[:10] < last_day]
                new = [a for a in ads if (a.posted_at or "")[:10] >= last_day]
            if args.home:
                day_file.write_bytes(pickle.dumps(new))
            if args.prepare_day:
                print(f"generated the market; the day's {len(new)} ads kept in {day_file}")
                return
        kept, kept_times = home / "full.sqlite", home / "full.json"
        if args.resume:
            for stale in ("k.sqlite-wal", "k.sqlite-shm"):
                (home / stale).unlink(missing_ok=True)
            shutil.copyfile(kept, home / "k.sqlite")
            os.sync()  # the copy's dirty pages written out now, not during the day being timed
            full = json.loads(kept_times.read_text())
            if not full.get("cpu_counts_children"):
                print(
                    "[resumed] the kept full.json was written by an older benchmark: its CPU is the main process's "
                    "only (extraction's workers left out), so the ratios below overstate the day",
                    flush=True,
                )
            store = _store(home)
            print(
                f"[resumed] full analyze {full['total']:.1f} s (extract {full['extract']:.1f}, link "
                f"{full['link']:.1f}, assess {full['assess']:.1f})",
                flush=True,
            )
            # a store linked by older code gets its index rebuilt (INDEX_VERSION)
            if "link" in stages and not args.no_first:
                t_first, info = _timed(lambda: run_link(store), "first link")
                print(f"[first link of this code on the kept store] {t_first:.1f} s ({info.get('relinked', 0)} ads)")
            if "assess" in stages and not args.no_first:
                t_first, info = _timed(lambda: run_assess(store, force=True), "first")
                print(
                    f"[first assess of this code on the kept store] {t_first:.1f} s (read {info.get('read')}, "
                    f"wrote {info.get('written')})",
                    flush=True,
                )
        else:
            store = _store(home)
            _ingest(store, old)
            n_old = args.n_ads - (args.day or 1000) if args.corpus == "eval" else len(old)
            print(f"generated and ingested {n_old} ads in {time.perf_counter() - t0:.1f} s", flush=True)
            full = _analyze(store, "full analyze, all but the last day", stages, args.aggregates)
            if args.home:
                with sqlite3.connect(home / "k.sqlite") as src, sqlite3.connect(kept) as dst:
                    src.backup(dst)  # a consistent copy, WAL included
                kept_times.write_text(json.dumps(full))
        del ads, old
        print(f"peak RSS before the day (the market's generation) {_peak_gb():.2f} GB", flush=True)
        _reset_peak()
        if args.cache != "as-is":
            _page_cache(home / "k.sqlite", warm=args.cache == "warm")
        if args.aggregates and "aggregates_cpu" not in full:  # the kept store is the full analyze's result
            full["aggregates"], full["aggregates_cpu"] = _refresh_aggregates(store, "the kept full store")
        _ingest(store, new)
        if args.profile:  # the day's stages only
            global PROFILE
            args.profile.mkdir(parents=True, exist_ok=True)
            PROFILE = args.profile
        n_day = args.day or 1000 if args.corpus == "eval" else len(new)
        day = _analyze(store, f"one more day, {n_day} ads", stages, args.aggregates)
        if args.aggregates:
            d_cpu, f_cpu = day["total_cpu"] + day["aggregates_cpu"], full["total_cpu"] + full["aggregates_cpu"]
            print(
                f"as `kartlegg analyze` runs them (the stages, then the aggregates refresh): day {d_cpu:.1f} s CPU / "
                f"full {f_cpu:.1f} s CPU = {100 * d_cpu / f_cpu:.1f} %",
                flush=True,
            )
        print(f"peak RSS of the day (ingest, {', '.join(stages)}) {_peak_gb():.2f} GB", flush=True)
        if "assess" not in stages or args.no_full:
            base = sum(full[s] for s in stages)
            cpu = sum(full.get(f"{s}_cpu", float("nan")) for s in stages)
            print(
                f"day / full ({', '.join(stages)}): wall {100 * day['total'] / base:.1f} %, "
                f"CPU {100 * day['total_cpu'] / cpu:.1f} % (each run's CPU with its child processes': day "
                f"{day['child_cpu']:.1f} s, full {full.get('child_cpu', float('nan')):.1f} s)"
            )
            store.close()
            return
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
        print(f"peak RSS after the day {_peak_gb():.2f} GB")
        store.close()


if __name__ == "__main__":
    main()
