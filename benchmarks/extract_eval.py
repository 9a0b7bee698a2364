"""Extraction quality and speed of `kartlegg extract` on the independent evaluation corpus (issue 14).

    python benchmarks/extract_eval.py [--seed 1] [--ads 6000] [--corpus DIR] [--region SE] [--show-errors N]

Generates the corpus (benchmarks/evalcorpus, written apart from the demo market and the extractor) into a
temporary folder, or reads `ads.jsonl` + `truth.jsonl` from --corpus; runs the CLI as a user would (a
subprocess reading the JSONL on stdin, pinned to one core with `taskset -c 0` when available) and scores,
per site and overall: phone and e-mail precision/recall/F1, city accuracy (the first of the predicted
`cities` against the canonical city), and furniture read as a contact (predicted phones that are the ad's
own number, a counter, a postal code, a date or the site's own phone; predicted e-mails that are the
site's own). Phone recall is also given per written style. Goals (issue 14): phone and e-mail F1 >= 0.98,
city accuracy >= 0.95, no furniture read as a contact.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import phonenumbers

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.evalcorpus.__main__ import write as write_corpus  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def nsn(e164: str) -> str:
    try:
        return phonenumbers.national_significant_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return e164.lstrip("+")


def furniture_of(phone: str, furniture: list[dict[str, Any]]) -> str | None:
    """The furniture kind a predicted phone was read from, if any: the site's own number by E.164, other
    numbers by their digits (the predicted national number equals them, holds them or is held by them)."""
    d = nsn(phone)
    for item in furniture:
        if item.get("e164") == phone:
            return str(item["kind"])
    for item in furniture:
        f = item["digits"]
        if len(f) >= 4 and (d == f or f in d or (len(d) >= 6 and d in f)):
            return str(item["kind"])
    return None


class NumberIndex:
    """Every furniture number and every real phone of a corpus, to say what a wrongly listed number was
    read from when it belongs to another ad (an outreach row lists a whole profile's numbers)."""

    def __init__(self, truth: list[dict[str, Any]]) -> None:
        self.exact: dict[str, str] = {}
        self.inside: dict[str, str] = {}
        self.real: set[str] = set()
        for t in truth:
            self.real.update(nsn(p) for p in t["phones"])
            for item in t["furniture"]:
                f, kind = item["digits"], item["kind"]
                if item.get("e164"):
                    self.exact[nsn(item["e164"])] = kind
                if len(f) < 4:
                    continue
                self.exact.setdefault(f, kind)
                for i in range(len(f)):
                    for j in range(i + 6, len(f) + 1):
                        self.inside.setdefault(f[i:j], kind)

    def kind(self, phone: str) -> str | None:
        d = nsn(phone)
        if d in self.real:
            return "wrong country reading"
        if d in self.exact or (len(d) >= 6 and d in self.inside):
            return self.exact.get(d) or self.inside[d]
        for i in range(len(d)):  # a whole furniture number inside a longer reading; 6+ digits (ids, dates,
            for j in range(i + 6, len(d) + 1):  # member numbers): shorter ones sit in any number by chance
                if d[i:j] in self.exact:
                    return self.exact[d[i:j]]
        return None


def run_cli(ads_path: Path, region: str | None, pin: bool) -> tuple[list[dict[str, Any]], float, float]:
    exe = Path(sys.executable).parent / "kartlegg"
    cmd = [str(exe), "extract"] + (["--region", region] if region else [])
    if pin and shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "KARTLEGG_HOME": home}
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        with ads_path.open("rb") as fin:
            proc = subprocess.run(cmd, stdin=fin, capture_output=True, env=env, check=False)
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"kartlegg extract failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()], wall, cpu


class Tally:
    """Counts for one site (or all): phones, e-mails, cities, furniture read as contacts."""

    def __init__(self) -> None:
        self.ads = 0
        self.ph = [0, 0, 0]
        self.em = [0, 0, 0]
        self.city_ok = 0
        self.city_any = 0
        self.furn_phones: Counter[str] = Counter()
        self.furn_emails = 0
        self.fp_other = 0

    def row(self, name: str) -> str:
        pp, pr, pf = prf(*self.ph)
        ep, er, ef = prf(*self.em)
        furn = sum(self.furn_phones.values())
        return (
            f"{name:<20} {self.ads:>5}  {pp:.3f} {pr:.3f} {pf:.3f}  {ep:.3f} {er:.3f} {ef:.3f}  "
            f"{self.city_ok / max(self.ads, 1):.3f} ({self.city_any / max(self.ads, 1):.3f})  "
            f"{furn:>5} {self.furn_emails:>5} {self.fp_other:>5}"
        )


def score(
    ads: list[dict[str, Any]], truth: list[dict[str, Any]], pred: list[dict[str, Any]], show: int
) -> dict[str, Any]:
    by_key = {(p["site"], str(p["id"])): p for p in pred}
    ad_by_key = {(a["site"], str(a["id"])): a for a in ads}
    tallies: dict[str, Tally] = defaultdict(Tally)
    style_hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    estyle_hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    furn_kinds: Counter[str] = Counter()
    other_kinds: Counter[str] = Counter()
    errors: dict[str, list[str]] = defaultdict(list)
    missing = 0
    for t in truth:
        key = (t["site"], str(t["id"]))
        p = by_key.get(key)
        if p is None:
            missing += 1
            continue
        gold_ph, pred_ph = set(t["phones"]), set(p.get("phones") or [])
        gold_em = {e.lower() for e in t["emails"]}
        pred_em = {e.lower() for e in p.get("emails") or []}
        support_emails = {f["text"].lower() for f in t["furniture"] if f["kind"] == "support_email"}
        cities = p.get("cities") or []
        city_ok = bool(cities) and str(cities[0]).casefold() == t["city"].casefold()
        city_any = any(str(c).casefold() == t["city"].casefold() for c in cities)
        for tal in (tallies[t["site"]], tallies["ALL"]):
            tal.ads += 1
            tal.ph[0] += len(gold_ph & pred_ph)
            tal.ph[1] += len(pred_ph - gold_ph)
            tal.ph[2] += len(gold_ph - pred_ph)
            tal.em[0] += len(gold_em & pred_em)
            tal.em[1] += len(pred_em - gold_em)
            tal.em[2] += len(gold_em - pred_em)
            tal.city_ok += city_ok
            tal.city_any += city_any
            tal.furn_emails += len((pred_em - gold_em) & support_emails)
        ad = ad_by_key[key]
        for e164, style in t["phone_styles"].items():
            style_hits[style][0] += e164 in pred_ph
            style_hits[style][1] += 1
            if e164 not in pred_ph and _room(errors, f"missed phone ({style})", show):
                errors[f"missed phone ({style})"].append(f"{key} {e164} got {sorted(pred_ph)}\n{_snip(ad, e164)}")
        for em, style in t["email_styles"].items():
            estyle_hits[style][0] += em in pred_em
            estyle_hits[style][1] += 1
            if em not in pred_em and _room(errors, "missed e-mail", show):
                errors["missed e-mail"].append(f"{key} {em} ({style}) got {sorted(pred_em)}\n{_body(ad)}")
        for ph in sorted(pred_ph - gold_ph):
            # a true number read in another country is that, even when a masked copy of it ("Tlf: 4123 4...")
            # is furniture of the ad
            wrong_country = nsn(ph) in {nsn(g) for g in gold_ph}
            kind = None if wrong_country else furniture_of(ph, t["furniture"])
            if kind:
                label = f"furniture as phone ({kind})"
            elif wrong_country:
                label = "wrong country reading"
            else:
                label = "other false phone"
            if not kind:
                other_kinds[label] += 1
            for tal in (tallies[t["site"]], tallies["ALL"]):
                if kind:
                    tal.furn_phones[kind] += 1
                else:
                    tal.fp_other += 1
            if kind:
                furn_kinds[kind] += 1
            if _room(errors, label, show):
                errors[label].append(f"{key} {ph} (truth {sorted(gold_ph)})\n{_body(ad)}")
        for em in sorted(pred_em - gold_em):
            if em not in support_emails and _room(errors, "other false e-mail", show):
                errors["other false e-mail"].append(f"{key} {em} (truth {sorted(gold_em)})\n{_body(ad)}")
        if not city_ok and _room(errors, "city", show):
            errors["city"].append(f"{key} truth {t['city']} (field {ad.get('city')!r}) got {cities}")
    return {
        "tallies": tallies,
        "styles": style_hits,
        "estyles": estyle_hits,
        "furniture": furn_kinds,
        "other": other_kinds,
        "errors": errors,
        "missing": missing,
    }


def _room(errors: dict[str, list[str]], label: str, show: int) -> bool:
    return len(errors.get(label, ())) < show


def _body(ad: dict[str, Any]) -> str:
    text = f"  url: {ad['url']}\n  title: {ad['title']}\n  " + str(ad["body"]).replace("\n", "\n  ")
    return text[:1400]


def _snip(ad: dict[str, Any], e164: str) -> str:
    return _body(ad)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ads", type=int, default=6000)
    ap.add_argument("--corpus", type=Path, help="a folder with ads.jsonl and truth.jsonl (else generated)")
    ap.add_argument("--region", help="passed to kartlegg extract --region (default: none)")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N examples of each error")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the CLI to one core")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            ads_path, truth_path = args.corpus / "ads.jsonl", args.corpus / "truth.jsonl"
            if not ads_path.is_file() or not truth_path.is_file():
                raise SystemExit(f"extract_eval: {args.corpus} needs ads.jsonl and truth.jsonl")
        else:
            ads_path, truth_path = write_corpus(Path(tmp), args.seed, args.ads)
        ads = [json.loads(x) for x in ads_path.read_text(encoding="utf-8").splitlines()]
        truth = [json.loads(x) for x in truth_path.read_text(encoding="utf-8").splitlines()]
        load = os.getloadavg()
        pred, wall, cpu = run_cli(ads_path, args.region, not args.no_pin)
    res = score(ads, truth, pred, args.show_errors)
    n = len(ads)
    chars = sum(len(a["title"]) + len(a["body"]) for a in ads) / max(n, 1)
    pinned = "taskset -c 0" if shutil.which("taskset") and not args.no_pin else "not pinned"
    print(
        f"corpus: {n} ads (seed {args.seed if not args.corpus else args.corpus}), mean {chars:.0f} characters "
        f"(title+body); region {args.region or 'none'}"
    )
    print(
        f"kartlegg extract ({pinned}, start-up included): wall {wall:.2f} s -> {n / wall:,.0f} ads/s; "
        f"CPU {cpu:.2f} s -> {n / cpu:,.0f} ads/s; load average before {load[0]:.1f}"
    )
    if res["missing"]:
        print(f"WARNING: {res['missing']} ads had no output line")
    print(
        f"\n{'site':<20} {'ads':>5}  {'phone P  R     F1':<17}  {'e-mail P R     F1':<17}  city (any)     "
        f"furn. furnE other"
    )
    tallies = res["tallies"]
    for site in sorted(k for k in tallies if k != "ALL"):
        print(tallies[site].row(site))
    print(tallies["ALL"].row("ALL"))
    print(
        "\nfurn. = predicted phones that are site furniture; furnE = the site's own e-mail read as a contact; "
        "other = other false phones"
    )
    print(
        "furniture read as a phone, by kind: "
        + (", ".join(f"{k} {v}" for k, v in res["furniture"].most_common()) or "none")
    )
    print("other false phones: " + ", ".join(f"{k} {v}" for k, v in res["other"].most_common()))
    print("\nphone recall per written style:")
    for style, (hit, tot) in sorted(res["styles"].items(), key=lambda kv: -kv[1][1]):
        print(f"  {style:<22} {hit:>5}/{tot:<5} {hit / tot:.3f}")
    print("e-mail recall per written style:")
    for style, (hit, tot) in sorted(res["estyles"].items(), key=lambda kv: -kv[1][1]):
        print(f"  {style:<22} {hit:>5}/{tot:<5} {hit / tot:.3f}")
    for label, items in sorted(res["errors"].items()):
        print(f"\n== {label} ({len(items)} shown)")
        for item in items:
            print(item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
