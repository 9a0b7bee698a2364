"""The files an evaluation corpus is written as, shared by its generators (benchmarks/evalcorpus, benchmarks/heldout,
the blind corpora): `ads.jsonl` (what `kartlegg ingest` and `kartlegg extract` read) and `truth.jsonl` (one line
per ad, keyed by site and id), deterministic from --seed and --ads; with what the generators since blind16 write the
same way (an ad's row, the digits spelled out), so that one place says it."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

Generate = Callable[[int, int], tuple[list[dict[str, Any]], list[dict[str, Any]]]]

#: The digits 0-9 spelled out per language: how a writer spells a number to slip past a site's filters.
DIGIT_WORDS = {
    "no": ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"],
    "sv": ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
    "da": ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def ad_row(site: str, ad_id: str, url: str, title: str, body: str, city: str | None, when: datetime) -> dict[str, Any]:
    """One line of `ads.jsonl`: what the importer reads of an ad, its keys in the order every corpus writes them (a
    corpus's bytes are part of it: a seed's files stay the same from session to session), its time in UTC to the
    second."""
    return {
        "site": site,
        "id": ad_id,
        "url": url,
        "title": title,
        "body": body,
        "city": city,
        "posted_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


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
