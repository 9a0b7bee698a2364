"""Linking and outreach through the whole pipeline on the independent evaluation corpus (issue 14).

    python benchmarks/pipeline_eval.py [--seed 1] [--ads 6000] [--corpus DIR] [--workers 1] [--show N]

Generates the corpus (benchmarks/evalcorpus) or reads it from --corpus, runs `kartlegg ingest` and
`kartlegg analyze` as a user would (subprocesses, a fresh KARTLEGG_HOME in a temporary folder), reads each
ad's profile and network from the store (the export rows, as benchmarks/link_quality.py does) and gives
profile and network B-cubed precision/recall/F1 against the corpus's persons and controllers. Then runs
`kartlegg outreach --city C --format jsonl` for every canonical city and sorts each listed phone number:
the listed person's own, a controller's booking number, another person's, site furniture (the site's own
phone, an ad id, a counter) or nobody's. Goal (issue 14): profile B3 F1 >= 0.93.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.evalcorpus.__main__ import write as write_corpus  # noqa: E402
from benchmarks.extract_eval import NumberIndex  # noqa: E402
from benchmarks.link_quality import bcubed  # noqa: E402

from kartlegg.config import load_settings  # noqa: E402
from kartlegg.report.export_ads import iter_export_rows  # noqa: E402
from kartlegg.store.engine import open_store  # noqa: E402


def run(args: list[str], env: dict[str, str]) -> tuple[str, float]:
    exe = Path(sys.executable).parent / "kartlegg"
    t0 = time.perf_counter()
    proc = subprocess.run([str(exe), *args], capture_output=True, env=env, check=False, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"kartlegg {' '.join(args)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return proc.stdout, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ads", type=int, default=6000)
    ap.add_argument("--corpus", type=Path, help="a folder with ads.jsonl and truth.jsonl (else generated)")
    ap.add_argument("--workers", type=int, default=1, help="kartlegg analyze --workers")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N outreach numbers of each wrong kind")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        if args.corpus:
            ads_path, truth_path = args.corpus / "ads.jsonl", args.corpus / "truth.jsonl"
            if not ads_path.is_file() or not truth_path.is_file():
                raise SystemExit(f"pipeline_eval: {args.corpus} needs ads.jsonl and truth.jsonl")
        else:
            ads_path, truth_path = write_corpus(Path(tmp) / "corpus", args.seed, args.ads)
        truth = [json.loads(x) for x in truth_path.read_text(encoding="utf-8").splitlines()]
        env = {**os.environ, "KARTLEGG_HOME": str(home)}
        env.pop("KARTLEGG_DATABASE_URL", None)
        load = os.getloadavg()
        _, t_ingest = run(["ingest", str(ads_path)], env)
        out, t_analyze = run(["analyze", "--workers", str(args.workers)], env)
        cities = sorted({t["city"] for t in truth})
        outreach: dict[str, list[dict[str, Any]]] = {}
        for city in cities:
            text, _ = run(["outreach", "--city", city, "--format", "jsonl", "--reason", "pipeline_eval"], env)
            outreach[city] = [json.loads(x) for x in text.splitlines() if x.strip()]
        store = open_store(load_settings(home))
        pred_p: dict[str, str] = {}
        pred_n: dict[str, str] = {}
        with store.connect() as conn:
            for r in iter_export_rows(conn):
                key = f"{r['site']}:{r['id']}"
                pred_p[key], pred_n[key] = str(r["profile_id"]), str(r["network_id"])
        store.close()
    gold_p = {f"{t['site']}:{t['id']}": t["person_id"] for t in truth}
    gold_n = {f"{t['site']}:{t['id']}": t["network_id"] for t in truth}
    persons = set(gold_p.values())
    nets = {n for n in gold_n.values() if not n.startswith("solo-")}
    print(
        f"corpus: {len(truth)} ads, {len(persons)} persons, {len(nets)} controller networks; "
        f"load average before {load[0]:.1f}"
    )
    print(f"kartlegg ingest {t_ingest:.1f} s, kartlegg analyze --workers {args.workers} {t_analyze:.1f} s")
    print("analyze: " + " | ".join(line.strip() for line in out.splitlines() if line.strip()))
    missing = [k for k in gold_p if k not in pred_p or pred_p[k] == "None"]
    if missing:
        print(f"WARNING: {len(missing)} ads without a profile in the store (e.g. {missing[:3]})")
    print(f"profiles: {len(set(pred_p.values()))} for {len(persons)} persons")
    for label, pred, gold in (("profiles", pred_p, gold_p), ("networks", pred_n, gold_n)):
        prec, rec, f1 = bcubed(pred, gold)
        print(f"{label}: B3 precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")

    # outreach: whose is every listed number?
    own_of: dict[str, set[str]] = defaultdict(set)  # person -> her own numbers
    owner: dict[str, str] = {}  # number -> person
    for t in truth:
        for ph in t["own_phones"]:
            own_of[t["person_id"]].add(ph)
            owner[ph] = t["person_id"]
    booking = {ph for t in truth for ph in t["phones"] if ph not in owner}
    index = NumberIndex(truth)
    truth_by_url = {t["url"]: t for t in truth}
    kinds: Counter[str] = Counter()
    distinct: dict[str, set[str]] = defaultdict(set)  # kind -> the distinct numbers listed as it
    examples: dict[str, list[str]] = defaultdict(list)
    rows = 0
    for city, items in outreach.items():
        for item in items:
            rows += 1
            t = truth_by_url.get(item.get("ad_url", ""))
            person = t["person_id"] if t else None
            for ph in item.get("phones", []):
                if person and ph in own_of[person]:
                    kind = "own"
                elif ph in booking:
                    kind = "controller booking number"
                elif ph in owner:
                    kind = "another person's"
                else:
                    what = index.kind(ph)
                    kind = (
                        f"site furniture ({what})" if what and what != "wrong country reading" else (what or "nobody's")
                    )
                kinds[kind] += 1
                distinct[kind].add(ph)
                if kind != "own" and len(examples[kind]) < args.show:
                    examples[kind].append(f"{city}: {ph} in {item.get('ad_url')}")
    total = sum(kinds.values())
    print(f"outreach ({len(outreach)} cities, {rows} rows): {total} phone numbers listed")
    for kind, n in kinds.most_common():
        print(f"  {kind:<28} {n:>6}  {n / max(total, 1):.3f}  ({len(distinct[kind])} distinct)")
    for kind, lines in examples.items():
        print(f"== {kind}")
        for line in lines:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
