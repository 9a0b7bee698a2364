"""A small synthetic market for report and export tests (fictional sites, numbers and text).

Network N1 runs profiles P1 (two ads, Oslo) and P2 (one ad, Oslo); both use phone A, which is why the
linking stage linked them. P3 (Bergen) is independent. One Stockholm ad has no profile and carries
hostile markup. Two ads were fetched by the crawler (raw page with WARC record); the rest were imported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import text

from kartlegg.collect.ingest import ingest_paths
from kartlegg.extract.run import run_extract
from kartlegg.ids import ad_id, selector_id
from kartlegg.store.engine import Store

PHONE_A = "+46701234567"
PHONE_B = "+46707654321"
PHONE_C = "+46731112233"
SITE = "rosa.example"
ADS: list[dict[str, Any]] = [
    {
        "id": "a1",
        "site": SITE,
        "url": "https://rosa.example/ad/a1",
        "posted_at": "2026-03-02T10:00:00",
        "title": "Ny i stan",
        "body": "Ring 070-123 45 67",
        "city": "Oslo",
        "images": ["https://rosa.example/i/1.jpg"],
    },
    {
        "id": "a2",
        "site": SITE,
        "url": "https://rosa.example/ad/a2",
        "posted_at": "2026-03-09T11:00:00",
        "title": "Tillbaka",
        "body": "Sms 0701234567",
        "city": "Oslo",
        "images": ["https://rosa.example/i/1.jpg"],
    },
    {
        "id": "b1",
        "site": "kiss.example",
        "url": "https://kiss.example/b1",
        "posted_at": "2026-03-10T12:00:00",
        "title": "Hei",
        "body": "Ring 070 123 45 67 eller mejla lina@example.com",
        "city": "Oslo",
    },
    {
        "id": "c1",
        "site": SITE,
        "url": "https://rosa.example/ad/c1",
        "posted_at": "2026-03-20T09:00:00",
        "title": "Bergen",
        "body": "Tel 070-765 43 21",
        "city": "Bergen",
    },
    {
        "id": "d1",
        "site": SITE,
        "url": "https://rosa.example/ad/d1",
        "posted_at": "2026-04-01T09:00:00",
        "title": "<script>alert(1)</script>",
        "body": '<img src="http://evil.example/x.png"> 073-111 22 33',
        "city": "Stockholm",
    },
]
PROFILE_OF = {"a1": "P1", "a2": "P1", "b1": "P2", "c1": "P3"}


def aid(key: str) -> int:
    site = next(a["site"] for a in ADS if a["id"] == key)
    return ad_id(site, key)


def build_market(store: Store, tmp: Path) -> None:
    f = tmp / "market.jsonl"
    f.write_text("".join(json.dumps(a) + "\n" for a in ADS), encoding="utf-8")
    ingest_paths(store, [f])
    run_extract(store, region="SE")
    with store.begin() as conn:
        conn.execute(text("UPDATE ad_versions SET ingested_at = '2026-04-02T08:00:00+00:00', source = 'market.jsonl'"))
        for i, key in enumerate(("a1", "c1"), start=1):
            page = conn.execute(
                text(
                    "INSERT INTO raw_pages (sha256, fetched_at, source, url, http_status, content_type, size, "
                    "warc_path, warc_offset, warc_record_id) VALUES (:h, :t, 'crawl', :u, 200, 'text/html', 100, "
                    "'archive/2026-03.warc.gz', :o, :r) RETURNING id"
                ),
                {
                    "h": f"{i:064x}",
                    "t": f"2026-03-2{i}T06:00:00+00:00",
                    "u": f"https://x.example/{key}",
                    "o": i * 1000,
                    "r": f"<urn:uuid:0000000{i}-0000-0000-0000-000000000000>",
                },
            ).scalar_one()
            conn.execute(text("UPDATE ad_versions SET page_id = :p WHERE ad_id = :a"), {"p": page, "a": aid(key)})
        profiles = [
            ("P1", "N1", "2026-03-02", "2026-03-09"),
            ("P2", "N1", "2026-03-10", "2026-03-10"),
            ("P3", "N3", "2026-03-20", "2026-03-20"),
        ]
        for pid, nid, first, last in profiles:
            conn.execute(
                text(
                    "INSERT INTO profiles (id, network_id, first_seen, last_seen, data) VALUES (:i, :n, :f, :l, '{}')"
                ),
                {"i": pid, "n": nid, "f": first, "l": last},
            )
        for key, pid in PROFILE_OF.items():
            conn.execute(text("INSERT INTO profile_ads (ad_id, profile_id) VALUES (:a, :p)"), {"a": aid(key), "p": pid})
        for nid in ("N1", "N3"):
            conn.execute(text("INSERT INTO networks (id, data) VALUES (:i, '{}')"), {"i": nid})
        conn.execute(
            text(
                "INSERT INTO links (level, a, b, reason, selector_id, score) VALUES ('profile', 'P1', 'P2', "
                "'shared_phone', :s, 0.95)"
            ),
            {"s": selector_id("phone", PHONE_A)},
        )
        scores = [
            ("profile", "P1", 72.0, 10.0, 80.0),
            ("profile", "P2", 55.0, 0.0, 60.0),
            ("profile", "P3", 12.0, 0.0, 5.0),
            ("network", "N1", 75.0, 10.0, 85.0),
            ("network", "N3", 12.0, 0.0, 5.0),
            ("ad", str(aid("a1")), 70.0, 10.0, 80.0),
            ("ad", str(aid("d1")), 40.0, 0.0, 0.0),
        ]
        for et, eid, r, m, t in scores:
            conn.execute(
                text(
                    "INSERT INTO scores (entity_type, entity_id, risk_score, minor_score, third_party_score) "
                    "VALUES (:et, :e, :r, :m, :t)"
                ),
                {"et": et, "e": eid, "r": r, "m": m, "t": t},
            )
        indicators = [
            ("network", "N1", "shared_phone", 30.0, "phone +46701234567 in 3 ads of 2 profiles"),
            ("profile", "P1", "third_person", 25.0, "body: 'hon är ny' (written about her, not by her)"),
            ("ad", str(aid("a1")), "third_person", 25.0, "body: 'hon är ny'"),
        ]
        for et, eid, ind, c, ev in indicators:
            conn.execute(
                text(
                    "INSERT INTO indicators (entity_type, entity_id, indicator, contribution, evidence) "
                    "VALUES (:et, :e, :i, :c, :ev)"
                ),
                {"et": et, "e": eid, "i": ind, "c": c, "ev": ev},
            )
