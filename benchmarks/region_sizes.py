"""How far a day's linking reaches: the region each new ad reaches alone, against its profile and network.

Why does a day relink what it relinks (issue 20)? Each of the newest N ad versions' ads is walked alone
(``region.walk``, the walk a run does, read-only) on a store linked after the day, and the union of them as
one run walks it; each ad's profile and network sizes are read beside it.

Usage: .venv/bin/python benchmarks/region_sizes.py HOME N  (HOME holds ``k.sqlite``, e.g. the store left by
``benchmarks/incremental.py --home HOME``; N: the day's ads)
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from kartlegg.config import Settings
from kartlegg.link.config import default_rules
from kartlegg.link.region import walk
from kartlegg.store.engine import open_store

_SIZES = (
    "SELECT p.ads, n.ads FROM profile_ads pa JOIN profiles p ON p.id = pa.profile_id "
    "JOIN networks n ON n.id = p.network_id WHERE pa.ad_id = :a"
)


def _quantile(xs: list[int], p: float) -> int:
    return sorted(xs)[min(len(xs) - 1, int(p * len(xs)))]


def main() -> None:
    home, n_day = Path(sys.argv[1]), int(sys.argv[2])
    store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'k.sqlite'}", actor="bench"))
    rules = default_rules()
    with store.connect() as conn:
        seeds = [
            int(r[0])
            for r in conn.execute(text("SELECT ad_id FROM ad_versions ORDER BY seq DESC LIMIT :n"), {"n": n_day})
        ]
        total = int(conn.execute(text("SELECT COUNT(*) FROM link_features")).scalar_one())
        t = time.process_time()
        sizes = [len(walk(conn, [s], rules).ads) for s in seeds]
        union = walk(conn, seeds, rules)
        cpu = time.process_time() - t
        profile: list[int] = []
        network: list[int] = []
        for s in seeds:
            row = conn.execute(text(_SIZES), {"a": s}).first()
            if row:
                profile.append(int(row[0]))
                network.append(int(row[1]))
    store.close()
    print(
        f"store {total} ads, day {len(seeds)} ads, the day's region {len(union.ads)} ads "
        f"({100 * len(union.ads) / total:.2f} %); walks {cpu:.1f} s CPU"
    )
    for name, xs in (("region per new ad", sizes), ("its profile (ads)", profile), ("its network (ads)", network)):
        print(
            f"{name}: mean {statistics.mean(xs):.1f}, median {_quantile(xs, 0.5)}, p90 {_quantile(xs, 0.9)}, "
            f"p99 {_quantile(xs, 0.99)}, max {max(xs)}"
        )
    print("region sizes by tens (200+ together):", sorted(Counter(min(x, 200) // 10 * 10 for x in sizes).items()))
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
