"""Time and memory of `kartlegg analyze --engine spark` (or the embedded engine) on the synthetic demo market.

Usage: .venv/bin/python benchmarks/spark_scale.py N_ADS [--engine spark|embedded] [--master local[2]]
       [--driver-memory 4g] [--home DIR]
The market (kartlegg.demo, ~25 ads per person over 90 days) is generated and ingested first (not timed);
`kartlegg analyze` then runs as a child process, sampled every 0.5 s for the resident memory of its whole
process tree (the Python driver, the JVM, Spark's Python workers or the extraction workers). Prints the wall
time, each phase the engine recorded in its stage runs, and the peak.
"""

from __future__ import annotations

import argparse
import os
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n_ads", type=int)
    ap.add_argument("--engine", choices=("spark", "embedded"), default="spark")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--driver-memory", default="4g")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--home", type=Path, default=None, help="keep the store here (default: a temporary folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp)
        home.mkdir(parents=True, exist_ok=True)
        settings = Settings(home=home, database_url=f"sqlite:///{home / 'kartlegg.sqlite'}", actor="bench")
        t0 = time.perf_counter()
        dump = home / "ads.jsonl"
        n = 0
        with open(dump, "wb") as fh:
            for ad in iter_market_ads(args.seed, n_persons=max(args.n_ads // 25, 10), days=90):
                fh.write(orjson.dumps(ad) + b"\n")
                n += 1
                if n >= args.n_ads:
                    break
        store = open_store(settings)
        ingest_paths(store, [dump])
        store.close()
        print(f"generated and ingested {n} ads in {time.perf_counter() - t0:.1f} s", flush=True)
        cmd = [str(Path(sys.executable).parent / "kartlegg"), "analyze", "--engine", args.engine]
        if args.engine == "spark":
            cmd += ["--master", args.master, "--driver-memory", args.driver_memory]
        env = {**os.environ, "KARTLEGG_HOME": str(home), "KARTLEGG_DATABASE_URL": settings.database_url}
        t = time.perf_counter()
        child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        sampler = PeakSampler(child.pid, 0.5)
        sampler.start()
        out, _ = child.communicate()
        wall = time.perf_counter() - t
        sampler.stop.set()
        if child.returncode:
            sys.exit(f"analyze failed ({child.returncode}): {out.decode()[-2000:]}")
        store = open_store(settings)
        with store.connect() as conn:
            runs = conn.execute(
                text("SELECT stage, info FROM stage_runs WHERE id IN (SELECT MAX(id) FROM stage_runs GROUP BY stage)")
            ).all()
            persons = conn.execute(text("SELECT COUNT(*) FROM profiles")).scalar_one()
            networks = conn.execute(text("SELECT COUNT(*) FROM networks")).scalar_one()
        store.close()
        label = f"spark {args.master}" if args.engine == "spark" else "embedded"
        print(
            f"[{label}] {n} ads: analyze {wall:.1f} s wall, peak RSS {sampler.peak / 1024**3:.2f} GB (process tree), "
            f"{persons} profiles, {networks} networks"
        )
        for stage, info in runs:
            d = orjson.loads(info)
            secs = {k: v for k, v in d.items() if k.startswith("seconds") or k in ("versions", "components")}
            print(f"  {stage}: {secs}")


if __name__ == "__main__":
    main()
