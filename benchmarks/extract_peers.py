"""Extraction quality on the peer test sets (DARPA Memex DIG/ETK ground truth), side by side with the peers.

Reads ``<repo>/../shared/peers`` (or /work/shared/peers); never copies them. Skips with a message when absent.

    python benchmarks/extract_peers.py [--show-errors]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import phonenumbers

from kartlegg.extract import extract_ad

ROOT = Path(__file__).resolve().parents[1]


def peers_dir() -> Path | None:
    for p in (ROOT.parent / "shared" / "peers", Path("/work/shared/peers")):
        if (p / "README.md").exists():
            return p
    return None


def same_number(e164: str, digits: str) -> bool:
    """Does an E.164 prediction name the number the ground truth wrote as bare digits (with or without its
    country code or trunk 0)?"""
    d = e164.lstrip("+")
    cc = str(phonenumbers.parse(e164).country_code)
    national = d[len(cc) :]
    return digits in (d, national) or (digits.startswith("0") and digits[1:] == national)


def score_sets(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    tp = sum(1 for g in set(gold) if any(same_number(p, g) for p in set(pred)))
    fp = sum(1 for p in set(pred) if not any(same_number(p, g) for g in set(gold)))
    return tp, fp, len(set(gold)) - tp


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def phones_of(text: str, field: str = "body", region: str = "US") -> list[str]:
    kw = {field: text}
    ex = extract_ad(region=region, **kw)  # type: ignore[arg-type]
    return [m.value for m in sorted(ex.matches, key=lambda m: m.start) if m.kind == "phone"]


def main() -> int:
    show = "--show-errors" in sys.argv
    peers = peers_dir()
    if peers is None:
        print("SKIP: peer test sets not found (expected <repo>/../shared/peers); nothing measured.")
        return 0
    t0 = time.perf_counter()
    rows: list[str] = []

    docs = json.loads((peers / "pnm_docs.json").read_text())["jsonlines"]
    # as a crawler delivers them: title, body and URL; the truth is then text_ext_gt plus url_ext_gt
    # (README of the peer sets); the ads' own ids in the URL paths are not phones
    for region in ("US", None):
        tot = [0, 0, 0]
        text_tot = [0, 0, 0]
        for ad in docs:
            ex = extract_ad(title=ad["title"], body=ad["body"], url=ad["url"], region=region)
            pred = [m.value for m in ex.matches if m.kind == "phone"]
            tp, fp, fn = score_sets(pred, ad["text_ext_gt"] + ad["url_ext_gt"])
            tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
            text_pred = [m.value for m in ex.matches if m.kind == "phone" and m.field in ("title", "body")]
            ttp, tfp, tfn = score_sets(text_pred, ad["text_ext_gt"])
            text_tot = [text_tot[0] + ttp, text_tot[1] + tfp, text_tot[2] + tfn]
            if show and (fp or fn):
                print("DOC", region, ad["text_ext_gt"] + ad["url_ext_gt"], pred, ad["url"][:100])
        label = f"region {region}" if region else "no region given"
        p, r, f = prf(*tot)
        rows.append(f"| pnm_docs.json phones (title+body+url, {label}) | {p:.3f} | {r:.3f} | **{f:.3f}** | - |")
        p, r, f = prf(*text_tot)
        rows.append(
            f"| pnm_docs.json phones (title+body only, {label}) | {p:.3f} | {r:.3f} | {f:.3f} "
            "| DIG 1.000 / 0.866 / 0.928 |"
        )

    lines = (peers / "pnm_obfuscated.txt").read_text().split("\n")
    gold_lines = (peers / "pnm_obfuscated.txt.phm").read_text().split("\n")
    exact = as_sets = n = 0
    for line, gold in zip(lines, gold_lines, strict=False):
        n += 1
        pred = phones_of(line)
        g = gold.split()
        ok_exact = len(pred) == len(g) and all(same_number(a, b) for a, b in zip(pred, g, strict=True))
        tp, fp, fn = score_sets(pred, g)
        exact += ok_exact
        as_sets += fp == 0 and fn == 0
        if show and not ok_exact:
            print("OBF", repr(line[:90]), g, pred)
    rows.append(f"| pnm_obfuscated.txt lines exact (sets) | | | **{exact}/{n}** ({as_sets}/{n}) | DIG 41/48 (44/48) |")

    urls = (peers / "pnm_url.txt").read_text().split("\n")
    gold_urls = (peers / "pnm_url.txt.phm").read_text().split("\n")
    exact = m_ = 0
    tot = [0, 0, 0]
    for u, gold in zip(urls, gold_urls, strict=False):
        if not u.strip():
            continue
        m_ += 1
        pred = phones_of(u, "url")
        g = gold.split()
        exact += len(pred) == len(g) and all(same_number(a, b) for a, b in zip(pred, g, strict=True))
        tp, fp, fn = score_sets(pred, g)
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
        if show and (fp or fn):
            print("URL", u[:100], g, pred)
    p, r, f = prf(*tot)
    rows.append(
        f"| pnm_url.txt phones in URLs (labels = peer output) | {p:.3f} | {r:.3f} | {f:.3f} ({exact}/{m_} exact) | - |"
    )

    tot = [0, 0, 0]
    for line in (peers / "dig_age.jsonl").read_text().splitlines():
        d = json.loads(line)
        ex = extract_ad(body=d["content"], region="US")
        pred = set(ex.values("age"))
        gold = set(d["correct"])
        tp = len(pred & gold)
        tot = [tot[0] + tp, tot[1] + len(pred - gold), tot[2] + len(gold - pred)]
        if show and pred != gold:
            print("AGE", sorted(gold), sorted(pred))
    p, r, f = prf(*tot)
    rows.append(f"| dig_age.jsonl ages | {p:.3f} | {r:.3f} | **{f:.3f}** | DIG 0.509 / 0.922 / 0.656 |")

    tot = [0, 0, 0]
    for line in (peers / "etk_age.jl").read_text().splitlines():
        d = json.loads(line)
        ex = extract_ad(body=d["text"], region="US")
        pred = set(ex.values("age"))
        gold = {str(x) for x in (d["correct"] if isinstance(d["correct"], list) else [d["correct"]]) if str(x)}
        tp = len(pred & gold)
        tot = [tot[0] + tp, tot[1] + len(pred - gold), tot[2] + len(gold - pred)]
    p, r, f = prf(*tot)
    rows.append(f"| etk_age.jl ages | {p:.3f} | {r:.3f} | {f:.3f} | - |")

    tot = [0, 0, 0]
    for line in (peers / "etk_social_media.jl").read_text().splitlines():
        d = json.loads(line)
        ex = extract_ad(body=d["text"], region="US")
        pred = {(str(m.detail.get("platform")), m.value.lower()) for m in ex.matches if m.kind == "handle"}
        gold = {(p, h.lower().lstrip("@")) for p, hs in d["correct"].items() for h in hs}
        tp = len(pred & gold)
        tot = [tot[0] + tp, tot[1] + len(pred - gold), tot[2] + len(gold - pred)]
        if show and pred != gold:
            print("HANDLE", sorted(gold), sorted(pred))
    p, r, f = prf(*tot)
    rows.append(f"| etk_social_media.jl handles (platform, name) | {p:.3f} | {r:.3f} | {f:.3f} | - |")

    tot = [0, 0, 0]
    for line in (peers / "etk_email.jl").read_text().splitlines():
        d = json.loads(line)
        pred = set(extract_ad(body=d["text"]).values("email"))
        gold = {g.lower() for g in d["correct"]}
        tp = len(pred & gold)
        tot = [tot[0] + tp, tot[1] + len(pred - gold), tot[2] + len(gold - pred)]
    p, r, f = prf(*tot)
    rows.append(f"| etk_email.jl e-mails | {p:.3f} | {r:.3f} | {f:.3f} | - |")

    tot = [0, 0, 0]
    for line in (peers / "etk_price.jl").read_text().splitlines():
        d = json.loads(line)
        ex = extract_ad(body=d["text"], region="US")
        pred_p = [(int(m.detail["amount"]), m.detail["minutes"]) for m in ex.matches if m.kind == "price"]
        gold_p = [
            (
                int(g["value"]),
                int(g["metadata"]["time_unit"]) if str(g["metadata"].get("time_unit", "")).isdigit() else None,
            )
            for g in d.get("annotated_price", [])
        ]
        tp = sum(1 for g in set(gold_p) if g in set(pred_p))
        tot = [tot[0] + tp, tot[1] + len(set(pred_p) - set(gold_p)), tot[2] + len(set(gold_p)) - tp]
        if show and set(pred_p) != set(gold_p):
            print("PRICE", sorted(gold_p, key=str), sorted(pred_p, key=str))
    p, r, f = prf(*tot)
    rows.append(f"| etk_price.jl prices (amount, minutes) | {p:.3f} | {r:.3f} | {f:.3f} | - |")

    print("| test set | precision | recall | F1 / score | peer |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"\n({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
