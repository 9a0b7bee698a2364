"""Crawler tables: site definitions in force, per-URL crawl state, evidence pages and fetched images."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.collect.sitedef import SiteDefinition, parse_definition
from kartlegg.store.ads import now_iso


def save_site(conn: Connection, site: SiteDefinition) -> None:
    """Store the definition and fill the spine's ``sites`` row (domain, country, language)."""
    data = site.model_dump_json()
    now = now_iso()
    conn.execute(
        text(
            "INSERT INTO site_definitions (name, definition, updated_at) VALUES (:n, :d, :t) "
            "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at"
        ),
        {"n": site.name, "d": data, "t": now},
    )
    conn.execute(
        text(
            "INSERT INTO sites (name, domain, country, language, created_at) VALUES (:n, :dom, :c, :l, :t) "
            "ON CONFLICT (name) DO UPDATE SET domain = excluded.domain, country = excluded.country, "
            "language = excluded.language"
        ),
        {"n": site.name, "dom": site.domains[-1], "c": site.country, "l": site.language, "t": now},
    )


def stored_sites(conn: Connection) -> list[SiteDefinition]:
    rows = conn.execute(text("SELECT name, definition FROM site_definitions ORDER BY name")).all()
    return [parse_definition(orjson.loads(r[1]), f"stored site {r[0]}") for r in rows]


def remove_site(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("DELETE FROM site_definitions WHERE name = :n"), {"n": name}).rowcount)


@dataclass(frozen=True, slots=True)
class UrlState:
    etag: str | None
    last_modified: str | None
    last_sha256: str | None


def url_states(conn: Connection, site: str) -> dict[str, UrlState]:
    rows = conn.execute(
        text("SELECT url, etag, last_modified, last_sha256 FROM crawl_urls WHERE site = :s"), {"s": site}
    )
    return {r[0]: UrlState(r[1], r[2], r[3]) for r in rows}


def pending_urls(conn: Connection, site: str) -> list[str]:
    rows = conn.execute(
        text("SELECT url FROM crawl_urls WHERE site = :s AND pending = 1 AND kind = 'ad' ORDER BY url"), {"s": site}
    )
    return [r[0] for r in rows]


def mark_pending(conn: Connection, site: str, urls: Sequence[str]) -> None:
    if not urls:
        return
    conn.execute(
        text(
            "INSERT INTO crawl_urls (site, url, kind, pending, fails) VALUES (:s, :u, 'ad', 1, 0) "
            "ON CONFLICT (site, url) DO UPDATE SET pending = 1"
        ),
        [{"s": site, "u": u} for u in urls],
    )


def record_fetches(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Upsert the outcome of fetches: keys site, url, kind, status, etag, last_modified, sha256, error."""
    if not rows:
        return
    now = now_iso()
    conn.execute(
        text(
            "INSERT INTO crawl_urls (site, url, kind, pending, etag, last_modified, last_status, last_sha256, "
            "last_fetched, fails, last_error) VALUES (:site, :url, :kind, 0, :etag, :lm, :status, :sha, :t, "
            ":fails, :error) ON CONFLICT (site, url) DO UPDATE SET pending = 0, "
            "etag = COALESCE(excluded.etag, crawl_urls.etag), "
            "last_modified = COALESCE(excluded.last_modified, crawl_urls.last_modified), "
            "last_status = excluded.last_status, "
            "last_sha256 = COALESCE(excluded.last_sha256, crawl_urls.last_sha256), "
            "last_fetched = excluded.last_fetched, "
            "fails = CASE WHEN excluded.last_error IS NULL THEN 0 ELSE crawl_urls.fails + 1 END, "
            "last_error = excluded.last_error"
        ),
        [
            {
                "site": r["site"],
                "url": r["url"],
                "kind": r["kind"],
                "etag": r.get("etag"),
                "lm": r.get("last_modified"),
                "status": r.get("status"),
                "sha": r.get("sha256"),
                "t": now,
                "fails": 1 if r.get("error") else 0,
                "error": r.get("error"),
            }
            for r in rows
        ],
    )


def insert_raw_page(
    conn: Connection,
    *,
    sha256: str,
    fetched_at: str,
    source: str,
    url: str,
    status: int,
    content_type: str | None,
    size: int,
    warc_path: str,
    warc_offset: int,
    warc_record_id: str,
) -> int:
    """The raw_pages row of this payload (created on first sight; the same bytes from the same URL are one row)."""
    conn.execute(
        text(
            "INSERT INTO raw_pages (sha256, fetched_at, source, url, http_status, content_type, size, warc_path, "
            "warc_offset, warc_record_id) VALUES (:sha, :t, :src, :url, :st, :ct, :size, :wp, :wo, :wr) "
            "ON CONFLICT (source, sha256) DO NOTHING"
        ),
        {
            "sha": sha256,
            "t": fetched_at,
            "src": source,
            "url": url,
            "st": status,
            "ct": content_type,
            "size": size,
            "wp": warc_path,
            "wo": warc_offset,
            "wr": warc_record_id,
        },
    )
    return int(
        conn.execute(
            text("SELECT id FROM raw_pages WHERE source = :src AND sha256 = :sha"), {"src": source, "sha": sha256}
        ).scalar_one()
    )


def known_image(conn: Connection, url: str) -> tuple[str, str | None, int | None, int | None, str | None] | None:
    row = conn.execute(
        text(
            "SELECT sha256, phash, width, height, fetched_at FROM ad_images "
            "WHERE url = :u AND sha256 IS NOT NULL LIMIT 1"
        ),
        {"u": url},
    ).first()
    return (row[0], row[1], row[2], row[3], row[4]) if row else None


def insert_images(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    conn.execute(
        text(
            "INSERT INTO ad_images (ad_id, version_seq, url, sha256, phash, width, height, fetched_at) "
            "VALUES (:ad_id, :seq, :url, :sha256, :phash, :width, :height, :fetched_at) "
            "ON CONFLICT (version_seq, url) DO NOTHING"
        ),
        list(rows),
    )


def versions_without_images(conn: Connection, site: str) -> list[tuple[int, int, list[str]]]:
    """(ad id, version seq, image URLs) of the site's versions that name images none of which is hashed yet."""
    rows = conn.execute(
        text(
            "SELECT v.ad_id, v.seq, v.images FROM ad_versions v JOIN ads a ON a.id = v.ad_id "
            "JOIN sites s ON s.id = a.site_id WHERE s.name = :s AND v.images <> '[]' "
            "AND NOT EXISTS (SELECT 1 FROM ad_images i WHERE i.version_seq = v.seq) ORDER BY v.seq"
        ),
        {"s": site},
    )
    return [(int(r[0]), int(r[1]), list(orjson.loads(r[2]))) for r in rows]
