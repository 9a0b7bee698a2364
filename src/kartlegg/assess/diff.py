"""Write only what changed: a digest of each stored result in ``assess_digests``, compared on each run.

Kinds: ``ad``, ``profile``, ``network`` (an entity's score row with its indicator rows; the outreach list's
city digests went with 0029: its rows are keyed by person and compared as they are). A run deletes and
inserts only the rows of results whose digest moved, so a day that changes a few hundred entities writes a
few hundred rows, not the whole store.
When the digests do not describe the table (a store assessed before they existed, or rows deleted by hand),
``consistent`` says so and the caller replaces the table as a full run does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, text

from kartlegg.store.engine import fetch_all, placeholder

ENTITY_KINDS = ("ad", "profile", "network")


def digest(payload: bytes) -> str:
    return hashlib.blake2b(payload, digest_size=16).hexdigest()


def load(conn: Connection, kinds: Iterable[str]) -> dict[tuple[str, str], str]:
    """The stored digests of ``kinds``: (kind, key) -> digest."""
    sql = text("SELECT kind, key, digest FROM assess_digests WHERE kind IN :k").bindparams(
        bindparam("k", expanding=True)
    )
    return {(str(r[0]), str(r[1])): str(r[2]) for r in conn.execute(sql, {"k": list(kinds)})}


def load_keys(conn: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The stored digests of these (kind, key) pairs only (an incremental run's entities)."""
    by_kind: dict[str, list[str]] = {}
    for kind, key in keys:
        by_kind.setdefault(kind, []).append(key)
    ph = placeholder(conn)
    out: dict[tuple[str, str], str] = {}
    for kind, ids in by_kind.items():
        ids = sorted(set(ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]  # placeholders spelled out: expanding parameters cost more than the query
            listed = ", ".join([ph] * len(chunk))
            sql = f"SELECT kind, key, digest FROM assess_digests WHERE kind = {ph} AND key IN ({listed})"
            for r in fetch_all(conn, sql, (kind, *chunk)):
                out[(str(r[0]), str(r[1]))] = str(r[2])
    return out


def count(conn: Connection, kinds: Iterable[str]) -> int:
    sql = text("SELECT COUNT(*) FROM assess_digests WHERE kind IN :k").bindparams(bindparam("k", expanding=True))
    return int(conn.execute(sql, {"k": list(kinds)}).scalar_one())


def consistent(conn: Connection, table: str, where: str, digests: int) -> bool:
    """True when ``table`` holds exactly one row per digest (rows ``where`` counted; ``where`` is a literal)."""
    return int(conn.execute(text(f"SELECT COUNT(*) FROM {table} WHERE {where}")).scalar_one()) == digests


def clear(conn: Connection, kinds: Iterable[str]) -> None:
    sql = text("DELETE FROM assess_digests WHERE kind IN :k").bindparams(bindparam("k", expanding=True))
    conn.execute(sql, {"k": list(kinds)})


def drop(conn: Connection, keys: list[tuple[str, str]]) -> None:
    if keys:
        conn.execute(text("DELETE FROM assess_digests WHERE kind = :kind AND key = :key"), _named(keys))


def put(conn: Connection, rows: list[tuple[str, str, str]]) -> None:
    """Store (kind, key, digest) rows, replacing a key's older digest."""
    if not rows:
        return
    ph = placeholder(conn)
    conn.exec_driver_sql(
        f"INSERT INTO assess_digests (kind, key, digest) VALUES ({ph}, {ph}, {ph}) "
        "ON CONFLICT (kind, key) DO UPDATE SET digest = excluded.digest",
        rows,
    )


def _named(keys: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"kind": k, "key": v} for k, v in keys]
