"""Time and memory of `kartlegg analyze --engine spark` (or the embedded engine) on the synthetic demo market.

Usage: .venv/bin/python benchmarks/spark_scale.py N_ADS [--engine spark|embedded] [--master local[2]]
       [--driver-memory 4g] [--partitions 8] [--assess] [--home DIR] [--cache DIR [--prepare]]
The market (kartlegg.demo, ~25 ads per person over 90 days) is generated and ingested first (not timed;
with ``--cache`` the ingested store is kept there and copied for the next run of the same size and seed).
The analysis then runs as a child process, sampled every 0.5 s for the resident memory of its whole process
tree (the Python driver, the JVM, Spark's Python workers or the extraction workers): ``kartlegg analyze``
with ``--assess`` or for the embedded engine, else the Spark engine's extract and link alone
(``run_spark(assess=False)``; assessment is the embedded stage either way). Prints the wall time, the
child's CPU time, each phase the engine recorded in its stage runs (session = the JVM and Spark session
start; wall and CPU seconds, the driver's resident MB at its end and its peak so far), and the peak.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from proctree import PeakSampler  # noqa: E402
from sqlalchemy import text  # noqa: E402

from kartlegg.collect.ingest import ingest_paths  # noqa: E402
from kartlegg.config import Settings  # noqa: E402
from kartlegg.demo.market import iter_market_ads  # noqa: E402
from kartlegg.store.engine import open_store  # noqa: E402


def _child(args: argparse.Namespace) -> None:
    """The Spark engine's extract and link in this process (the parent samples its process tree)."""
    from kartlegg.engines.spark.job import run_spark

    settings = Settings(home=args.home, database_url=f"sqlite:///{args.home / 'kartlegg.sqlite'}", actor="bench")
    store = open_store(settings)
    try:
        run_spark(
            store,
            master=args.master,
            driver_memory=args.driver_memory,
            partitions=args.partitions,
            assess=False,
        )
    finally:
        store.close()
    # the driver's own peak (the Python process that holds every ad's compact features), in KB on Linux
    print(f"driver_peak_rss_kb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)


def _ingested(args: argparse.Namespace, home: Path, settings: Settings) -> int:
    """Generate and ingest the market into ``home`` (or copy the cached ingested store); the ads stored."""
    name = f"ingested-{args.n_ads}-seed{args.seed}.sqlite"
    cached = args.cache / name if args.cache else None
    target = home / "kartlegg.sqlite"
    if cached and cached.exists():
        shutil.copyfile(cached, target)
    else:
        dump = home / "ads.jsonl"
        with open(dump, "wb") as fh:
            n = 0
            for ad in iter_market_ads(args.seed, n_persons=max(args.n_ads // 25, 10), days=90):
                fh.write(orjson.dumps(ad) + b"\n")
                n += 1
                if n >= args.n_ads:
                    break
        store = open_store(settings)
        ingest_paths(store, [dump])
        store.close()
        dump.unlink()
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, cached)
    store = open_store(settings)
    with store.connect() as conn:
        n = int(conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one())
    store.close()
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n_ads", type=int)
    ap.add_argument("--engine", choices=("spark", "embedded"), default="spark")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--driver-memory", default="4g")
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--assess", action="store_true", help="Spark: the whole `kartlegg analyze`, assessment too")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--home", type=Path, default=None, help="keep the store here (default: a temporary folder)")
    ap.add_argument("--cache", type=Path, default=None, help="keep the ingested store here for the next run")
    ap.add_argument("--prepare", action="store_true", help="only generate and ingest into --cache, then stop")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp)
        home.mkdir(parents=True, exist_ok=True)
        settings = Settings(home=home, database_url=f"sqlite:///{home / 'kartlegg.sqlite'}", actor="bench")
        t0 = time.perf_counter()
        n = _ingested(args, home, settings)
        print(f"generated and ingested {n} ads in {time.perf_counter() - t0:.1f} s", flush=True)
        if args.prepare:
            return
        if args.engine == "spark" and not args.assess:
            cmd = [sys.executable, __file__, str(args.n_ads), "--child", "--home", str(home), "--master", args.master]
            cmd += ["--driver-memory", args.driver_memory, "--partitions", str(args.partitions)]
        else:
            cmd = [str(Path(sys.executable).parent / "kartlegg"), "analyze", "--engine", args.engine]
            if args.engine == "spark":
                cmd += ["--master", args.master, "--driver-memory", args.driver_memory]
                cmd += ["--partitions", str(args.partitions)]
        env = {**os.environ, "KARTLEGG_HOME": str(home), "KARTLEGG_DATABASE_URL": settings.database_url}
        load = os.getloadavg()
        t = time.perf_counter()
        child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        sampler = PeakSampler(child.pid, 0.5)
        sampler.start()
        out, err = child.communicate()
        wall = time.perf_counter() - t
        sampler.stop.set()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = max(usage.ru_utime + usage.ru_stime, sampler.cpu)
        if child.returncode:
            sys.exit(f"analyze failed ({child.returncode}): {out.decode()[-2000:]} {err.decode()[-3000:]}")
        store = open_store(settings)
        with store.connect() as conn:
            runs = conn.execute(
                text("SELECT stage, info FROM stage_runs WHERE id IN (SELECT MAX(id) FROM stage_runs GROUP BY stage)")
            ).all()
            persons = conn.execute(text("SELECT COUNT(*) FROM profiles")).scalar_one()
            networks = conn.execute(text("SELECT COUNT(*) FROM networks")).scalar_one()
        store.close()
        label = f"spark {args.master}" if args.engine == "spark" else "embedded"
        for line in out.decode().splitlines():
            if line.startswith("driver_peak_rss_kb "):
                print(f"  driver (Python) peak RSS {int(line.split()[1]) / 1024**2:.2f} GB")
        print(
            f"[{label}] {n} ads: analyze {wall:.1f} s wall, {cpu:.1f} s CPU (process tree), peak RSS "
            f"{sampler.peak / 1024**3:.2f} GB (process tree), {persons} profiles, {networks} networks; "
            f"load average {load[0]:.2f} before, {os.getloadavg()[0]:.2f} after"
        )
        for stage, info in runs:
            d = orjson.loads(info)
            keep = ("versions", "components", "cc_rounds", "largest_component", "edges")
            secs = {k: v for k, v in d.items() if k.startswith(("seconds", "cpu_", "mb_", "peak_mb_")) or k in keep}
            print(f"  {stage}: {secs}")
            if stage == "link" and any(k.startswith("cpu_") for k in d):
                phases = sum(v for k, v in d.items() if k.startswith("cpu_"))
                print(f"  the phases' CPU adds up to {phases:.1f} s of the tree's {cpu:.1f} s")


if __name__ == "__main__":
    main()
