"""Full-text search over ad titles and bodies, owned by the workbench.

SQLite: an FTS5 index (external content = ``ad_versions``) that catches up with new versions when a
search runs, so ingest pays nothing for it. PostgreSQL: a GIN expression index on ``to_tsvector``.
Dialect-specific, hence created here (``ensure``) and not in the shared migration files.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Engine, bindparam, text
from sqlalchemy.exc import OperationalError

FTS = "web_ad_text"
PG_INDEX = "CREATE INDEX {how} ix_web_ad_text ON ad_versions USING gin (to_tsvector('simple', title || ' ' || body))"


def prepare(engine: Engine) -> None:
    """The index for a workbench that starts (``create_app``): on PostgreSQL built with ``CREATE INDEX
    CONCURRENTLY`` on a connection of its own, outside any transaction, so an ingest or analyze running
    meanwhile keeps writing (a plain CREATE INDEX holds off every writer of ``ad_versions`` for the whole
    build: minutes at a million ads). SQLite: ``ensure`` in one transaction."""
    if engine.dialect.name != "postgresql":
        with engine.begin() as conn:
            ensure(conn)
        return
    with engine.connect() as probe:
        valid = probe.execute(
            text(
                "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "WHERE c.relname = 'ix_web_ad_text'"
            )
        ).scalar()
        probe.rollback()
    if valid:
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if valid is not None:  # a concurrent build that was interrupted leaves an invalid index behind
            conn.execute(text("DROP INDEX CONCURRENTLY IF EXISTS ix_web_ad_text"))
        conn.execute(text(PG_INDEX.format(how="CONCURRENTLY")))
        conn.execute(text("ANALYZE ad_versions"))


def ensure(conn: Connection) -> None:
    """Create the index when missing (idempotent; on a big store the first call takes a while)."""
    if conn.dialect.name == "sqlite":
        conn.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(title, body, content='ad_versions', "
                "content_rowid='seq', tokenize='unicode61 remove_diacritics 2')"
            )
        )
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS {FTS}_done (seq BIGINT NOT NULL)"))
        if conn.execute(text(f"SELECT COUNT(*) FROM {FTS}_done")).scalar_one() == 0:
            conn.execute(text(f"INSERT INTO {FTS}_done (seq) VALUES (0)"))
        catch_up(conn)
    else:
        exists = conn.execute(text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_web_ad_text'")).first()
        if not exists:
            conn.execute(text(PG_INDEX.format(how="")))
            # Statistics on the indexed expression let the planner read common words newest-first
            # through the primary key instead of fetching every match through the index.
            conn.execute(text("ANALYZE ad_versions"))


def catch_up(conn: Connection) -> int:
    """Index the versions stored since the last search (SQLite); returns how many were added."""
    if conn.dialect.name != "sqlite":
        return 0
    # MAX(rowid) of an external-content index reads the content table, hence a watermark of our own.
    done = int(conn.execute(text(f"SELECT seq FROM {FTS}_done")).scalar_one())
    top = int(conn.execute(text("SELECT COALESCE(MAX(seq), 0) FROM ad_versions")).scalar_one())
    if top <= done:
        return 0
    result = conn.execute(
        text(
            f"INSERT INTO {FTS} (rowid, title, body) "
            + "SELECT seq, title, body FROM ad_versions WHERE seq > :d AND seq <= :t"
        ),
        {"d": done, "t": top},
    )
    conn.execute(text(f"UPDATE {FTS}_done SET seq = :t"), {"t": top})
    return max(int(result.rowcount), 0)


def search(conn: Connection, words: list[str], limit: int) -> list[int]:
    """Ad ids whose text holds every word, newest versions first."""
    if conn.dialect.name == "sqlite":
        try:
            if catch_up(conn):
                conn.commit()  # keep what was indexed; the caller's connection only reads
        except OperationalError:
            conn.rollback()  # another search is indexing the same versions: use the index as it is
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = conn.execute(
            text(
                f"SELECT DISTINCT v.ad_id FROM (SELECT rowid AS seq FROM {FTS} WHERE {FTS} MATCH :q "
                "ORDER BY rowid DESC LIMIT :n) f JOIN ad_versions v ON v.seq = f.seq"
            ),
            {"q": match, "n": limit * 2},
        )
    else:
        return _search_pg(conn, " ".join(words), limit)
    return [int(r[0]) for r in rows][:limit]


#: newest versions matched row by row before the search chooses how to go on (see ``_search_pg``)
RECENT_SCAN = 500
#: testing one version's text costs about this many index matches fetched (``to_tsvector`` of a ~1 KB ad
#: against a heap fetch; measured 2026-12-03: 240 versions tested in 24 ms, 837,549 matches in ~3 s)
SCAN_PER_MATCH = 15
_MATCH = "to_tsvector('simple', title || ' ' || body) @@ plainto_tsquery('simple', :q)"


def _search_pg(conn: Connection, q: str, limit: int) -> list[int]:
    """The ads of the newest ``2 * limit`` matching versions, newest first, in bounded time.

    One plan cannot serve every query: common words are found fastest by testing versions newest-first
    (the planner's choice), rarer ones through the GIN index (every match fetched, the newest kept); and
    when the planner takes two words for common that seldom occur together, testing newest-first reads
    every version of the store (text search took 52.8 s p95 under load). So the newest ``RECENT_SCAN``
    versions are tested (common words stop here); from the share of them that matched, the rest is read
    the cheaper way: newest-first for at most ``20 * RECENT_SCAN`` more versions when the words are common
    against the store's size, else (and for whatever is still missing) through the index. The result is
    the same newest matching versions as one newest-first scan.
    """
    n = limit * 2
    found = _newest(conn, q, None, RECENT_SCAN, n)
    if len(found) >= n:
        return _ads(found, limit)
    edge = _edge(conn, None, RECENT_SCAN)
    if edge is None:  # every version has been tested
        return _ads(found, limit)
    share = len(found) / RECENT_SCAN
    need = n - len(found)
    versions = float(conn.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'ad_versions'")).scalar() or 0.0)
    # testing on costs need / share versions; the index costs every match: versions * share
    if share > 0 and (need / share) * SCAN_PER_MATCH < versions * share:
        window = min(int(1.5 * need / share) + 1, 20 * RECENT_SCAN)
        found += _newest(conn, q, edge, window, need)
        if len(found) >= n:
            return _ads(found, limit)
        edge = _edge(conn, edge, window)
        if edge is None:
            return _ads(found, limit)
    # OFFSET 0 keeps the planner from reading the older versions newest-first through the key: the matches
    # come from the index (bitmap), then the newest of them are kept
    found += [
        (int(r[0]), int(r[1]))
        for r in conn.execute(
            text(
                f"SELECT seq, ad_id FROM (SELECT seq, ad_id FROM ad_versions WHERE {_MATCH} AND seq < :edge "
                "OFFSET 0) m ORDER BY seq DESC LIMIT :n"
            ),
            {"q": q, "edge": edge, "n": n - len(found)},
        )
    ]
    return _ads(found, limit)


def _newest(conn: Connection, q: str, edge: int | None, window: int, n: int) -> list[tuple[int, int]]:
    """The matches among the ``window`` newest versions below ``edge`` (all when None), at most ``n``."""
    below = "" if edge is None else "WHERE seq < :edge"
    return [
        (int(r[0]), int(r[1]))
        for r in conn.execute(
            text(
                f"SELECT seq, ad_id FROM (SELECT seq, ad_id, title, body FROM ad_versions {below} "
                f"ORDER BY seq DESC LIMIT :scan) r WHERE {_MATCH} ORDER BY seq DESC LIMIT :n"
            ),
            {"q": q, "scan": window, "n": n, "edge": edge},
        )
    ]


def _edge(conn: Connection, edge: int | None, window: int) -> int | None:
    """The seq of the last of the ``window`` newest versions below ``edge``: the next search starts below it."""
    below = "" if edge is None else "WHERE seq < :edge"
    value = conn.execute(
        text(f"SELECT seq FROM ad_versions {below} ORDER BY seq DESC OFFSET :k LIMIT 1"),
        {"edge": edge, "k": window - 1},
    ).scalar()
    return None if value is None else int(value)


def _ads(found: list[tuple[int, int]], limit: int) -> list[int]:
    return list(dict.fromkeys(ad for _seq, ad in found))[:limit]


def forget_versions(conn: Connection, seqs: Sequence[int]) -> None:
    """Remove erased ad versions from the SQLite index (before the versions are deleted).

    Then merge the index (``optimize``): FTS5 only marks deleted entries until its segments merge, and an
    erased word must not stay in the database file.
    """
    if (
        not seqs
        or conn.dialect.name != "sqlite"
        or not conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": f"{FTS}_done"}).first()
    ):
        return
    stmt = text(
        f"INSERT INTO {FTS} ({FTS}, rowid, title, body) SELECT 'delete', seq, title, body FROM ad_versions "
        f"WHERE seq IN :s AND seq <= (SELECT seq FROM {FTS}_done)"
    ).bindparams(bindparam("s", expanding=True))
    for start in range(0, len(seqs), 500):
        conn.execute(stmt, {"s": list(seqs[start : start + 500])})
    conn.execute(text(f"INSERT INTO {FTS} ({FTS}) VALUES ('optimize')"))
