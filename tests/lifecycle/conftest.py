"""A small market on disk with one person to erase (two ads carrying her phone and e-mail), her pages
archived in a real WARC file next to another person's page."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from sqlalchemy import text
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kartlegg.ids import ad_id
from kartlegg.store.engine import Store

#: What must be gone after erasing the person (needles searched for in every file and table).
NEEDLES = ("+46701112233", "701112233", "Zelmirqa", "zelmirqa@", "Quorvanth")
PHONE = "+46701112233"

ADS = [
    {
        "id": "z1",
        "site": "rosa.example",
        "title": "Zelmirqa ny i stan",
        "body": "Hej, jag heter Zelmirqa. Quorvanth massage. Ring 070-111 22 33 eller zelmirqa@example.se",
        "city": "Malmö",
        "posted_at": "2026-01-05",
    },
    {
        "id": "z2",
        "site": "blue.example",
        "title": "Zelmirqa tillbaka",
        "body": "Zelmirqa igen, Quorvanth. Tel +46 70 111 22 33",
        "city": "Malmö",
        "posted_at": "2026-02-10",
    },
    {
        "id": "k1",
        "site": "rosa.example",
        "title": "Anna i Lund",
        "body": "Anna, ring 070-555 66 77",
        "city": "Lund",
        "posted_at": "2026-02-01",
    },
    {
        "id": "k2",
        "site": "blue.example",
        "title": "Bella",
        "body": "Bella, sms 070-888 99 00, bella@example.se",
        "city": "Göteborg",
        "posted_at": "2026-02-03",
    },
    {
        "id": "k3",
        "site": "rosa.example",
        "title": "Anna igen",
        "body": "Anna i Lund, 070-555 66 77",
        "city": "Lund",
        "posted_at": "2026-02-20",
    },
]


def write_ads(path: Path) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ADS), encoding="utf-8")
    return path


def archive_pages(store: Store) -> Path:
    """Archive a page (response + request records) for ads z1 and k1 in one WARC file, as the crawler does."""
    store.settings.archive_dir.mkdir(parents=True, exist_ok=True)
    rel = "2026/02/01/pages.warc.gz"
    path = store.settings.archive_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    placed: dict[str, tuple[int, str, str]] = {}
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for key in ("z1", "k1"):
            ad = next(a for a in ADS if a["id"] == key)
            body = f"<html><h1>{ad['title']}</h1><p>{ad['body']}</p></html>".encode()
            url = f"https://rosa.example/ad/{key}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            offset = fh.tell()
            writer.write_record(rec)
            rid = str(rec.rec_headers.get_header("WARC-Record-ID"))
            req = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(b""),
                length=0,
                http_headers=StatusAndHeaders(f"GET /ad/{key} HTTP/1.1", [], is_http_request=True),
                warc_headers_dict={"WARC-Concurrent-To": rid},
            )
            writer.write_record(req)
            import hashlib

            placed[key] = (offset, rid, hashlib.sha256(body).hexdigest())
    with store.begin() as conn:
        for key, (offset, rid, sha) in placed.items():
            page = conn.execute(
                text(
                    "INSERT INTO raw_pages (sha256, fetched_at, source, url, http_status, warc_path, warc_offset, "
                    "warc_record_id) VALUES (:sha, '2026-02-01T10:00:00', 'crawl', :u, 200, :p, :o, :r) RETURNING id"
                ),
                {"sha": sha, "u": f"https://rosa.example/ad/{key}", "p": rel, "o": offset, "r": rid},
            ).scalar_one()
            conn.execute(
                text("UPDATE ad_versions SET page_id = :p WHERE ad_id = :a"),
                {"p": page, "a": ad_id("rosa.example", key)},
            )
    return path


def file_text(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        try:
            return gzip.decompress(data)
        except OSError:
            return data
    return data


def leaks(home: Path) -> list[str]:
    """Every (file, needle) under ``home`` where an erased value still appears."""
    found = []
    for f in sorted(home.rglob("*")):
        if not f.is_file():
            continue
        data = file_text(f)
        for needle in NEEDLES:
            if needle.encode() in data or needle.lower().encode() in data.lower():
                found.append(f"{f.relative_to(home)}: {needle}")
    return found
