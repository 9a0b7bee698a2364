"""How much each single cue of the demo market gives away, and what naive combinations reach.

Uses ideal, truth-side features (stated age, youth emojis, phones shared by several persons, third-person
text; true phones and photo ids as if extraction and image matching were perfect) to show that no single
cue reaches the assessment goal (ROC AUC 0.95) or the linking goal (profile B-cubed F1 0.95), while their
combination can.

Usage: .venv/bin/python benchmarks/demo_cues.py [--seed 7] [--persons 400]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable, Hashable
from typing import Any

from kartlegg.demo import bcubed, build_market, gold_networks, gold_profiles, roc_auc

YOUTH_EMOJI = ("🎀", "🍭", "🧸", "🌸", "🦄", "🍓")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--persons", type=int, default=400)
    args = ap.parse_args()
    m = build_market(seed=args.seed, n_persons=args.persons, days=90)
    truth = m.truth
    users: dict[str, set[str]] = defaultdict(set)
    for t in truth:
        for p in t["true_phones"]:
            users[p].add(t["person_id"])
    young = [float(t["stated_age"] <= 20) for t in truth]
    emoji = [float(any(e in ad["title"] + ad["body"] for e in YOUTH_EMOJI)) for ad in m.ads]
    network = [float(t["network_id"] is not None) for t in truth]
    shared = [float(any(len(users[p]) > 1 for p in t["true_phones"])) for t in truth]
    third = [float(t["third_person_text"]) for t in truth]
    minor = [bool(t["minor"]) for t in truth]
    third_party = [bool(t["third_party"]) for t in truth]
    print(f"seed {args.seed}, {args.persons} persons: {len(truth)} ads")
    print("minor, single cues:")
    print(f"  stated age <= 20      {roc_auc(young, minor):.3f}")
    print(f"  youth emoji           {roc_auc(emoji, minor):.3f}")
    print(f"  in a network          {roc_auc(network, minor):.3f}")
    combo = [y + e + 0.5 * max(s, t) for y, e, s, t in zip(young, emoji, shared, third, strict=True)]
    print(f"  naive sum per ad      {roc_auc(combo, minor):.3f}")
    per_person: dict[str, list[float]] = defaultdict(list)
    for c, t in zip(combo, truth, strict=True):
        per_person[t["person_id"]].append(c)
    mean = {p: sum(v) / len(v) for p, v in per_person.items()}
    print(f"  naive sum, profile mean {roc_auc([mean[t['person_id']] for t in truth], minor):.3f}")
    print("third party, single cues:")
    print(f"  third-person text     {roc_auc(third, third_party):.3f}")
    print(f"  phone shared by persons {roc_auc(shared, third_party):.3f}")
    combo3 = [2 * s + t for s, t in zip(shared, third, strict=True)]
    print(f"  naive sum per ad      {roc_auc(combo3, third_party):.3f}")

    controller = {s.phone.e164 for n in m.networks for s in n.controller_phones}
    keys = [(t["site"], t["id"]) for t in truth]

    def link(selectors: Callable[[dict[str, Any]], list[Hashable]]) -> dict[tuple[str, str], int]:
        parent = list(range(len(truth)))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        first: dict[Hashable, int] = {}
        for i, t in enumerate(truth):
            for sel in selectors(t):
                if sel in first:
                    parent[find(i)] = find(first[sel])
                else:
                    first[sel] = i
        return {keys[i]: find(i) for i in range(len(truth))}

    def own_pics(t: dict[str, Any]) -> list[Hashable]:
        return [("img", p) for p in t["photos"] if p.startswith("ph")]  # stock and banner pictures left out

    def own_phones(t: dict[str, Any]) -> list[Hashable]:
        return [("tel", p) for p in t["true_phones"] if p not in controller]

    linkers: list[tuple[str, Callable[[dict[str, Any]], list[Hashable]]]] = [
        ("union over true phones", lambda t: [("tel", p) for p in t["true_phones"]]),
        ("union over all pictures", lambda t: [("img", p) for p in t["photos"]]),
        ("union over own pictures (no hub pictures)", own_pics),
        ("own phones + own pictures", lambda t: own_phones(t) + own_pics(t)),
        (
            "  + controller phone with alias and age",
            lambda t: (
                own_phones(t)
                + own_pics(t)
                + [("ctl", p, t["alias"], t["stated_age"]) for p in t["true_phones"] if p in controller]
            ),
        ),
    ]
    print("linking with ideal selectors (union-find), B-cubed F1 profile / network:")
    gp, gn = gold_profiles(truth), gold_networks(truth)
    for name, sel in linkers:
        pred = link(sel)
        print(f"  {name:44s} {bcubed(pred, gp).f1:.3f} / {bcubed(pred, gn).f1:.3f}")


if __name__ == "__main__":
    main()
