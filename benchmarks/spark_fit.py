"""Fit cost = fixed + per-ad cost x ads for each phase of the Spark engine, from `spark_scale.py` outputs.

Usage: .venv/bin/python benchmarks/spark_fit.py LOG [LOG ...] [--project 100000000 --cores 64 --largest N]
Each LOG is the printed output of one `benchmarks/spark_scale.py` run (the "[spark ...] N ads" line and
the link stage's phases). Fits CPU seconds per phase by least squares over the sizes given (two sizes fix
both terms exactly; more give a check), prints them, and with ``--project`` a wall-time projection on a
cluster: phases the driver runs (stage, writes, whole-store facts, the merge) do not shrink with cores;
the workers' phases (extraction, blocking and components, linking) are divided by ``--cores``; the link
phase is at least the time to link the largest component alone (``--largest``: its ads, else the largest
component measured, scaled with the store).
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

#: where each phase runs: on the driver (serial) or on the workers (parallel)
DRIVER = ("session", "stage", "extract_write", "features_write", "facts", "link_merge", "write")
WORKERS = ("extract_jobs", "components", "link_jobs")


def parse(path: Path) -> tuple[int, dict[str, float]]:
    """(ads, the link stage's info) of one benchmark output."""
    text = path.read_text()
    m = re.search(r"\] (\d+) ads: analyze", text)
    if not m:
        raise SystemExit(f"{path}: no result line")
    info = next(
        ast.literal_eval(line.split("link: ", 1)[1]) for line in text.splitlines() if line.strip().startswith("link:")
    )
    return int(m.group(1)), info


def fit(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least-squares (fixed, per ad) of cost over ads."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    slope = sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0
    return my - slope * mx, slope


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("logs", nargs="+", type=Path)
    ap.add_argument("--project", type=int, default=0, help="ads to project to")
    ap.add_argument("--cores", type=int, default=64, help="the cluster's worker cores")
    ap.add_argument("--largest", type=int, default=0, help="ads in the largest component at --project")
    args = ap.parse_args()
    runs = sorted(parse(p) for p in args.logs)
    print("ads:", ", ".join(f"{n:,}" for n, _ in runs))
    total_fixed = total_driver = total_workers = 0.0
    per_phase: dict[str, tuple[float, float]] = {}
    for phase in (*DRIVER, *WORKERS):
        pts = [(n, float(info.get(f"cpu_{phase}", 0.0))) for n, info in runs]
        fixed, per_ad = fit(pts)
        per_phase[phase] = (fixed, per_ad)
        where = "driver" if phase in DRIVER else "workers"
        seen = ", ".join(f"{y:.1f}" for _, y in pts)
        print(f"  {phase:15s} {where:7s} CPU s measured {seen:28s} fit {fixed:8.1f} + {per_ad * 1e3:8.4f} ms/ad")
        total_fixed += fixed
        if phase in DRIVER:
            total_driver += per_ad
        else:
            total_workers += per_ad
    print(
        f"  total: {total_fixed:.1f} s fixed + {total_driver * 1e3:.4f} ms/ad driver "
        f"+ {total_workers * 1e3:.4f} ms/ad workers"
    )
    if not args.project:
        return
    n = args.project
    largest_seen = max(runs)[1].get("largest_component", 0)
    largest = args.largest or int(largest_seen * n / max(runs)[0])
    link_fixed, link_per_ad = per_phase["link_jobs"]
    wall = 0.0
    for phase, (fixed, per_ad) in per_phase.items():
        # a fit's negative term is noise around zero (e.g. the session's per-ad cost): counted as zero
        cost = max(fixed, 0.0) + max(per_ad, 0.0) * n / (args.cores if phase in WORKERS else 1)
        if phase == "link_jobs":
            cost = max(cost, max(link_fixed, 0.0) + max(link_per_ad, 0.0) * largest)
        wall += cost
        print(f"  projected {phase:15s} {cost:10.0f} s")
    print(
        f"projected wall at {n:,} ads on {args.cores} worker cores: {wall:,.0f} s ({wall / 3600:.1f} h); "
        f"largest component {largest:,} ads"
    )


if __name__ == "__main__":
    main()
