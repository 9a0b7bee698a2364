"""Phone extraction on the demo market: precision, recall and F1, and recall per written style.

Expected phones per ad = the person's/controller's numbers. The site's footer support number is site
furniture (issue 14): expected as a ``furniture`` match, never as a phone; its count is reported apart.
Goal (issue 3): F1 >= 0.99.

    .venv/bin/python benchmarks/extract_demo.py --persons 400
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from kartlegg.demo.market import build_market
from kartlegg.extract import export_fields, extract_ad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--persons", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    market = build_market(seed=args.seed, n_persons=args.persons)
    tp = fp = fn = 0
    style_total: Counter[str] = Counter()
    style_found: Counter[str] = Counter()
    misses: list[tuple[str, str]] = []
    lines_total = lines_furniture = 0
    t0 = time.perf_counter()
    for ad, truth in zip(market.ads, market.truth, strict=True):
        ex = extract_ad(title=ad["title"], body=ad["body"], url=ad["url"], city=ad["city"], site=ad["site"])
        got = set(export_fields(ex)["phones"])
        true_own = set(truth["true_phones"])
        want = true_own
        furniture = {m.value for m in ex.matches if m.kind == "furniture"}
        for line in set(truth["hub_phones"]) - true_own:
            lines_total += 1
            lines_furniture += line in furniture
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        style = truth["phone_style"]
        for phone in true_own:
            style_total[style] += 1
            if phone in got:
                style_found[style] += 1
            elif len(misses) < 10:
                misses.append((style, phone))
    wall = time.perf_counter() - t0
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{len(market.ads)} ads, {wall:.1f} s ({len(market.ads) / wall:,.0f} ads/s in-process)")
    print(f"phones: precision {p:.4f} recall {r:.4f} F1 {f1:.4f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"site support lines kept as furniture: {lines_furniture}/{lines_total}")
    print("| style | numbers | recall |")
    print("|---|---|---|")
    for style in sorted(style_total):
        print(f"| {style} | {style_total[style]} | {style_found[style] / style_total[style]:.3f} |")
    for style, phone in misses:
        print(f"missed: {style} {phone}")


if __name__ == "__main__":
    main()
