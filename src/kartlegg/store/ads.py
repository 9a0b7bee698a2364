"""Sites, ads and ad versions: bulk writes for ingest and the reads later stages and exports need."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, Select, select, text

from kartlegg.store import schema
from kartlegg.store.engine import placeholder
from kartlegg.store.rows import IncomingAd, StoredVersion, VersionRow, now_iso, to_row

__all__ = ["IncomingAd", "StoredVersion", "VersionRow", "now_iso", "to_row"]


def ensure_sites(conn: Connection, names: Sequence[str], cache: dict[str, int]) -> None:
    """Make sure every site exists; fills ``cache`` (name -> id)."""
    missing = sorted({n for n in names if n not in cache})
    if not missing:
        return
    now = now_iso()
    conn.execute(
        text("INSERT INTO sites (name, created_at) VALUES (:n, :t) ON CONFLICT (name) DO NOTHING"),
        [{"n": n, "t": now} for n in missing],
    )
    for chunk_start in range(0, len(missing), 500):
        chunk = missing[chunk_start : chunk_start + 500]
        params = {f"n{i}": n for i, n in enumerate(chunk)}
        names_sql = ", ".join(f":n{i}" for i in range(len(chunk)))
        for row in conn.execute(text(f"SELECT name, id FROM sites WHERE name IN ({names_sql})"), params):
            cache[row[0]] = int(row[1])


def insert_ads(conn: Connection, batch: Sequence[IncomingAd], site_ids: dict[str, int]) -> int:
    """Insert a batch idempotently; return how many new versions were stored."""
    return insert_rows(conn, [to_row(i) for i in batch], site_ids)


def insert_rows(conn: Connection, rows: Sequence[VersionRow], site_ids: dict[str, int]) -> int:
    """Insert prepared rows idempotently; return how many new versions were stored.

    The ad row is created on first sight; a version row only when its content hash is new for that ad,
    so re-importing a file changes nothing and an edited ad gains a version. Sites must exist
    (``ensure_sites``).
    """
    if not rows:
        return 0
    now = now_iso()
    ph = placeholder(conn)
    conn.exec_driver_sql(
        f"INSERT INTO ads (id, site_id, ad_key, first_seen) VALUES ({ph}, {ph}, {ph}, {ph}) "
        "ON CONFLICT (id) DO NOTHING",
        [(r[0], site_ids[r[1]], r[2], r[5] or now) for r in rows],
    )
    before = max_version_seq(conn)
    cols = ", ".join([ph] * 14)
    inserted = conn.exec_driver_sql(
        "INSERT INTO ad_versions (ad_id, content_hash, ingested_at, url, posted_at, title, body, city, "
        f"images, extra, source, source_sha256, page_id, version_key) VALUES ({cols}) "
        "ON CONFLICT (ad_id, version_key) DO NOTHING",
        [(r[0], r[3], now, *r[4:]) for r in rows],
    )
    # Both drivers sum the row counts of an executemany; conflicts count 0.
    new = max(int(inserted.rowcount), 0)
    if new:
        _advance_current(conn, before)
    return new


def _advance_current(conn: Connection, after_seq: int) -> None:
    """Point ``ads.current_seq`` at each ad's newest version among those with ``seq > after_seq``.

    Runs in the writer's transaction, right after its versions (SQLite: the writer already holds the write
    lock, so ``after_seq`` read before the insert bounds exactly its new rows). It only ever moves forward,
    so two PostgreSQL writers adding versions of the same ad at once cannot set it back: the second
    re-checks ``current_seq < m.seq`` on the row the first committed.
    """
    conn.execute(
        text(
            "UPDATE ads SET current_seq = m.seq FROM (SELECT ad_id, MAX(seq) AS seq FROM ad_versions "
            "WHERE seq > :after GROUP BY ad_id) m "
            "WHERE ads.id = m.ad_id AND (ads.current_seq IS NULL OR ads.current_seq < m.seq)"
        ),
        {"after": after_seq},
    )


def current_version(ad: str = "a", seq: str = "v.seq") -> str:
    """SQL condition: ``seq`` is the current (newest) version of the ad aliased ``ad``.

    The one way every reader picks an ad's current version: ``ads.current_seq`` is kept by
    ``insert_rows`` (migration 0004), so no query recomputes ``MAX(seq)`` per ad.
    """
    return f"{seq} = {ad}.current_seq"


def count_new_versions_since(conn: Connection, seq: int) -> int:
    return int(conn.execute(text("SELECT COUNT(*) FROM ad_versions WHERE seq > :s"), {"s": seq}).scalar_one())


def max_version_seq(conn: Connection) -> int:
    return int(conn.execute(text("SELECT COALESCE(MAX(seq), 0) FROM ad_versions")).scalar_one())


def versions_query(current_only: bool = False) -> Select[Any]:
    """Versions with their ad and site, as ``StoredVersion`` columns; optionally only each ad's current one."""
    v, a, s = schema.ad_versions.c, schema.ads.c, schema.sites.c
    on = a.current_seq == v.seq if current_only else a.id == v.ad_id
    joined = schema.ad_versions.join(schema.ads, on).join(schema.sites, s.id == a.site_id)
    return select(
        v.seq,
        v.ad_id,
        s.name,
        a.ad_key,
        v.url,
        v.posted_at,
        v.title,
        v.body,
        v.city,
        v.images,
        v.extra,
        s.country,
        s.language,
    ).select_from(joined)


def _stored(row: Any) -> StoredVersion:
    return StoredVersion(
        seq=int(row[0]),
        ad_id=int(row[1]),
        site=row[2],
        ad_key=row[3],
        url=row[4],
        posted_at=row[5],
        title=row[6],
        body=row[7],
        city=row[8],
        images=orjson.loads(row[9]),
        extra=orjson.loads(row[10]),
        site_country=row[11],
        site_language=row[12],
    )


def iter_versions_after(conn: Connection, after_seq: int, batch: int = 5000) -> Iterator[list[StoredVersion]]:
    """Versions with ``seq > after_seq`` in seq order, in batches (keyset pagination)."""
    seq = schema.ad_versions.c.seq
    last = after_seq
    while True:
        rows = conn.execute(versions_query().where(seq > last).order_by(seq).limit(batch)).all()
        if not rows:
            return
        out = [_stored(r) for r in rows]
        last = out[-1].seq
        yield out


def latest_versions(conn: Connection, batch: int = 5000) -> Iterator[list[StoredVersion]]:
    """The current (latest) version of every ad, ordered by ad id, in batches."""
    ad = schema.ads.c.id
    last = -1
    while True:
        rows = conn.execute(versions_query(True).where(ad > last).order_by(ad).limit(batch)).all()
        if not rows:
            return
        out = [_stored(r) for r in rows]
        last = out[-1].ad_id
        yield out


def counts(conn: Connection) -> dict[str, int]:
    """Row counts of the main tables, for ``kartlegg status``."""
    result: dict[str, int] = {}
    for table in ("sites", "ads", "ad_versions", "raw_pages", "selectors", "profiles", "networks", "audit_log"):
        result[table] = int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
    return result
