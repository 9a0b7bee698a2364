"""Report/export throughput on a synthetic market (no real data).

Usage: python benchmarks/report.py [N_ADS]   (default 20000)
Builds N ads in a temporary embedded store (ingest + extract), assigns them to profiles of 4 ads and
networks of 3 profiles, then times loading the whole scope and each export format.
"""

from __future__ import annotations

import io
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from kartlegg.collect.ingest import ingest_paths
from kartlegg.config import Settings
from kartlegg.extract.run import run_extract
from kartlegg.ids import ad_id
from kartlegg.read.pseudonym import Pseudonymiser
from kartlegg.report.disclose import Disclosure
from kartlegg.report.ftm import write_ftm
from kartlegg.report.graph import build_graph, write_gexf, write_graphml
from kartlegg.report.html import ReportMeta, render_report
from kartlegg.report.i2 import write_i2
from kartlegg.report.query import Scope, load_dataset
from kartlegg.report.tables import write_table_csv
from kartlegg.store.engine import open_store


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        store = open_store(Settings(home, f"sqlite:///{home / 'k.sqlite'}", "bench"))
        f = home / "ads.jsonl"
        with open(f, "w") as fh:
            for i in range(n):
                phone = f"070{(i // 4) % 9000000 + 1000000:07d}"
                fh.write(
                    json.dumps(
                        {
                            "id": str(i),
                            "site": f"s{i % 3}.example",
                            "posted_at": f"2026-0{1 + i % 9}-1{i % 9}",
                            "title": f"Ad {i}",
                            "body": f"Ring {phone} nu " + "text " * 40,
                            "city": rng.choice(["Oslo", "Bergen", "Stockholm", "Malmö"]),
                        }
                    )
                    + "\n"
                )
        t = time.perf_counter()
        ingest_paths(store, [f])
        run_extract(store, region="SE")
        prep = time.perf_counter() - t
        with store.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO profile_ads (ad_id, profile_id) VALUES (?, ?)",
                [(ad_id(f"s{i % 3}.example", str(i)), f"P{i // 4}") for i in range(n)],
            )
            conn.exec_driver_sql(
                "INSERT INTO profiles (id, network_id, data) VALUES (?, ?, '{}')",
                [(f"P{p}", f"N{p // 3}") for p in range((n + 3) // 4)],
            )
            conn.exec_driver_sql(
                "INSERT INTO networks (id, data) VALUES (?, '{}')", [(f"N{k}",) for k in range((n + 11) // 12)]
            )
            conn.execute(text("SELECT 1"))
        print(f"{n} ads; ingest+extract {prep:.1f} s")
        t = time.perf_counter()
        with store.connect() as conn:
            ds = load_dataset(conn, Scope())
        print(f"load_dataset (all): {time.perf_counter() - t:.2f} s")
        d = Disclosure()
        for name, fn in (
            ("graphml", lambda: write_graphml(build_graph(ds, d), io.BytesIO())),
            ("gexf", lambda: write_gexf(build_graph(ds, d), io.BytesIO())),
            ("ftm", lambda: write_ftm(ds, d, io.BytesIO())),
            ("i2", lambda: write_i2(build_graph(ds, d), home / "i2")),
            ("csv ads", lambda: write_table_csv("ads", ds, d, io.BytesIO())),
            (
                "csv ads pseudonymised",
                lambda: write_table_csv("ads", ds, Disclosure(Pseudonymiser(b"k")), io.BytesIO()),
            ),
        ):
            t = time.perf_counter()
            fn()
            print(f"{name}: {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        with store.connect() as conn:
            net = load_dataset(conn, Scope(network="N1"))
        render_report(net, ReportMeta("network", "N1", "t", "bench", "", ""), d)
        print(f"network report (load + HTML with chart): {time.perf_counter() - t:.2f} s")
        from kartlegg.ops.stats import combined_stats, market_stats

        for period in ("day", "week"):
            t = time.perf_counter()
            with store.connect() as conn:
                rows = market_stats(conn, by="city", period=period)
            print(f"market stats by city per {period} ({len(rows)} rows): {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        with store.connect() as conn:
            combined_stats(conn)
        print(f"combined stats: {time.perf_counter() - t:.2f} s")
        store.close()


if __name__ == "__main__":
    main()
