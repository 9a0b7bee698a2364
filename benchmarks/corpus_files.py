"""The files an evaluation corpus is written as, shared by both generators (benchmarks/evalcorpus and
benchmarks/heldout): `ads.jsonl` (what `kartlegg ingest` and `kartlegg extract` read) and `truth.jsonl` (one line
per ad, keyed by site and id), deterministic from --seed and --ads."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

Generate = Callable[[int, int], tuple[list[dict[str, Any]], list[dict[str, Any]]]]


def write(generate: Generate, out: Path, seed: int, n_ads: int) -> tuple[Path, Path]:
    ads, truth = generate(seed, n_ads)
    out.mkdir(parents=True, exist_ok=True)
    ads_path, truth_path = out / "ads.jsonl", out / "truth.jsonl"
    ads_path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads), encoding="utf-8")
    truth_path.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth), encoding="utf-8")
    return ads_path, truth_path


def main(generate: Generate, name: str, description: str | None) -> int:
    """`python -m benchmarks.NAME`: the corpus written to --out (default benchmarks/out/NAME), with its counts."""
    ap = argparse.ArgumentParser(prog=f"python -m benchmarks.{name}", description=description)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ads", type=int, default=6000)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out") / name)
    args = ap.parse_args()
    if args.ads < 1:
        ap.error("--ads must be at least 1")
    ads_path, truth_path = write(generate, args.out, args.seed, args.ads)
    truth = [json.loads(x) for x in truth_path.read_text(encoding="utf-8").splitlines()]
    sites = Counter(t["site"] for t in truth)
    persons = {t["person_id"] for t in truth}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    print(f"{len(truth)} ads, {len(persons)} persons, {len(nets)} controller networks -> {ads_path}, {truth_path}")
    print("ads per site: " + ", ".join(f"{k} {v}" for k, v in sorted(sites.items())))
    return 0
