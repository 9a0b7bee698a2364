"""Near-duplicate grouping speed and recall on synthetic ads with small edits (kartlegg.link.text).

Goal (issue): <= 2 s for 10,000 ads (InfoShield took 3 min 14 s here), pairwise recall >= 0.9 for copies with
small edits. Usage: .venv/bin/python benchmarks/link_neardup.py [n_ads] [seed]
"""

from __future__ import annotations

import random
import string
import sys
import time
from collections import defaultdict
from itertools import combinations

from kartlegg.link.graph import UnionFind
from kartlegg.link.text import near_duplicate_pairs


def make_ads(n: int, seed: int) -> tuple[list[str], list[int]]:
    rng = random.Random(seed)
    vocab = ["".join(rng.choices(string.ascii_lowercase + "åäö", k=rng.randint(2, 9))) for _ in range(6000)]
    texts: list[str] = []
    family: list[int] = []
    base_id = 0
    while len(texts) < n:
        base = [rng.choice(vocab) for _ in range(rng.randint(25, 120))]
        copies = rng.choice([1, 1, 2, 3, 5, 8])
        for _ in range(min(copies, n - len(texts))):
            words = list(base)
            for _ in range(rng.randint(0, 4)):  # small edits: substitute, insert or delete a word
                op = rng.random()
                k = rng.randrange(len(words))
                if op < 0.5:
                    words[k] = rng.choice(vocab)
                elif op < 0.75:
                    words.insert(k, rng.choice(vocab))
                elif len(words) > 10:
                    del words[k]
            phone = f"07{rng.randint(0, 9)}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            texts.append(" ".join(words) + f" ring {phone}")
            family.append(base_id)
        base_id += 1
    return texts, family


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    texts, family = make_ads(n, seed)
    t0 = time.perf_counter()
    c0 = time.process_time()
    pairs = near_duplicate_pairs(texts, masked=False)
    uf = UnionFind(len(texts))
    for i, j, _ in pairs:
        uf.union(i, j)
    groups = uf.groups()
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    members: dict[int, list[int]] = defaultdict(list)
    for i, f in enumerate(family):
        members[f].append(i)
    true_pairs = [(a, b) for m in members.values() for a, b in combinations(m, 2)]
    found = sum(uf.find(a) == uf.find(b) for a, b in true_pairs)
    pred_pairs = sum(len(g) * (len(g) - 1) // 2 for g in groups)
    correct = (
        sum(1 for g in groups for a, b in combinations(g, 2) if family[a] == family[b])
        if pred_pairs < 5_000_000
        else found
    )
    print(
        f"ads {n}  copy pairs {len(true_pairs)}  verified pairs {len(pairs)}  "
        f"groups>1 {sum(len(g) > 1 for g in groups)}"
    )
    print(
        f"time {elapsed:.2f} s wall, {cpu:.2f} s CPU  pairwise recall {found / max(len(true_pairs), 1):.3f}  "
        f"pairwise precision {correct / max(pred_pairs, 1):.3f}"
    )


if __name__ == "__main__":
    main()
