"""Crawl throughput: pages/s and crawler CPU ms per page over the local demo market, politeness off.

The demo sites run in a child process so that the CPU time measured (``time.process_time`` of this
process) is the crawler's alone: fetching, decompressing, parsing, WARC writing and the store.

    .venv/bin/python benchmarks/crawl.py [--ads-per-site 1000] [--images] [--erase]

``--erase`` then erases one ad (``kartlegg erase ad``, without the re-link and re-assess that follow):
its cost is mostly reading the site's archive files once for the listing pages that showed it.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from kartlegg.collect.crawler import CrawlOptions, crawl
from kartlegg.collect.netguard import AddressPolicy
from kartlegg.config import Settings
from kartlegg.demo.sites import DemoSites, DemoWeb, SiteInfo, default_photo, serve_sites
from kartlegg.store.engine import open_store

SITES = [
    SiteInfo("rosa", "rosa.example", "nb", "no", "+47 21 00 00 00", "hjelp@rosa.example"),
    SiteInfo("lilja", "lilja.example", "sv", "se", "+46 8 000 000", "support@lilja.example"),
    SiteInfo("kat", "kat.example", "da", "dk", "+45 70 00 00 00", "kontakt@kat.example"),
]
FILLER = (
    "Hei, jeg er ny i byen og tar imot hyggelige herrer. Diskret leilighet sentralt, dusj og håndklær. "
    "Ring eller send melding, svarer raskt. Ingen skjult nummer. "
) * 6


def make_ads(per_site: int) -> list[dict[str, Any]]:
    start = datetime(2026, 3, 1, 8, 0)
    out = []
    for s in SITES:
        for i in range(per_site):
            key = f"{s.name[0]}{100000 + i}"
            out.append(
                {
                    "id": key,
                    "site": s.name,
                    "url": f"https://{s.domain}/ad/{key}",
                    "posted_at": (start + timedelta(minutes=37 * i)).isoformat(),
                    "title": f"Ny i byen – annonse {i}",
                    "body": f"{FILLER}\n\nRing 4{i:07d}.",
                    "city": "Oslo",
                    "images": [f"https://{s.domain}/photos/p{i}-0.jpg"],
                }
            )
    return out


def _serve(ads: list[dict[str, Any]], conn: Any) -> None:
    with serve_sites(ads, SITES, photo=default_photo, page_size=50) as demo:
        conn.send(demo.ports)
        while conn.recv() != "stop":  # "cpu": report this process's CPU time so far
            conn.send(time.process_time())
        conn.send(time.process_time())


def run(per_site: int, images: bool, erase_one: bool = False) -> dict[str, float]:
    ads = make_ads(per_site)
    parent, child = mp.Pipe()
    proc = mp.get_context("fork").Process(target=_serve, args=(ads, child), daemon=True)
    proc.start()
    ports = parent.recv()
    try:
        web = DemoWeb(ads, SITES, default_photo, 50)
        demo = DemoSites(
            web,
            ports,
            AddressPolicy(allow_loopback=True, overrides={d: ["127.0.0.1"] for d in ports}, port_overrides=dict(ports)),
        )
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'k.sqlite'}", actor="bench"))
            parent.send("cpu")
            srv0 = parent.recv()
            cpu0, wall0 = time.process_time(), time.perf_counter()
            res = crawl(
                store, demo.definitions(), policy=demo.policy, options=CrawlOptions(polite=False, fetch_images=images)
            )
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            parent.send("cpu")
            srv_cpu = parent.recv() - srv0
            cpu1, wall1 = time.process_time(), time.perf_counter()
            again = crawl(
                store, demo.definitions(), policy=demo.policy, options=CrawlOptions(polite=False, fetch_images=images)
            )
            cpu_re, wall_re = time.process_time() - cpu1, time.perf_counter() - wall1
            archive = sum(p.stat().st_size for p in (home / "archive").rglob("*.warc.gz"))
            erased: dict[str, float] = {}
            if erase_one:
                from kartlegg.lifecycle.erase import erase

                cpu2, wall2 = time.process_time(), time.perf_counter()
                with store.connect() as conn:
                    one = conn.execute(
                        text("SELECT id FROM ads ORDER BY id LIMIT 1 OFFSET :n"), {"n": per_site}
                    ).scalar_one()
                done = erase(store, "ad", str(one), reason="benchmark", actor="bench", rebuild=False)
                erased = {
                    "erase_seconds": time.perf_counter() - wall2,
                    "erase_cpu": time.process_time() - cpu2,
                    "erase_other": done.warc_other,
                    "erase_files": done.warc_files,
                }
            store.close()
    finally:
        parent.send("stop")
        parent.recv()
        proc.join(timeout=10)
    assert res.error_count == 0, res.errors[:5]
    assert res.new_versions == len(ads) and again.new_versions == 0
    return {
        "ads": len(ads),
        "requests": res.requests,
        "seconds": wall,
        "pages_per_s": res.requests / wall,
        "cpu_ms_per_page": 1000 * cpu / res.requests,
        "server_cpu_ms_per_page": 1000 * srv_cpu / res.requests,
        "recrawl_requests": again.requests,
        "recrawl_seconds": wall_re,
        "recrawl_pages_per_s": again.requests / wall_re,
        "recrawl_cpu_ms_per_page": 1000 * cpu_re / again.requests,
        "archive_mb": archive / 1e6,
        **erased,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--ads-per-site", type=int, default=1000)
    ap.add_argument("--images", action="store_true", help="also fetch and hash one image per ad")
    ap.add_argument("--erase", action="store_true", help="then erase one ad and time it")
    args = ap.parse_args()
    out = run(args.ads_per_site, args.images, args.erase)
    print(
        f"first crawl: {out['ads']:.0f} ads, {out['requests']:.0f} requests in {out['seconds']:.1f} s = "
        f"{out['pages_per_s']:.0f} pages/s, {out['cpu_ms_per_page']:.1f} ms CPU/page (crawler process); "
        f"the demo server used {out['server_cpu_ms_per_page']:.1f} ms CPU/page"
    )
    print(
        f"recrawl (nothing new): {out['recrawl_requests']:.0f} requests in {out['recrawl_seconds']:.1f} s = "
        f"{out['recrawl_pages_per_s']:.0f} pages/s, {out['recrawl_cpu_ms_per_page']:.1f} ms CPU/page"
    )
    print(f"WARC archive: {out['archive_mb']:.1f} MB")
    if "erase_seconds" in out:
        print(
            f"erase one ad: {out['erase_seconds']:.1f} s, {out['erase_cpu']:.1f} s CPU, "
            f"{out['erase_other']:.0f} other page(s) that showed it removed, {out['erase_files']:.0f} file(s) rewritten"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
