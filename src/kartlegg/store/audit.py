"""The audit log: who read, searched, exported, altered or erased what, when and why.

Rows are hash-chained: each row's hash covers its own fields and the previous row's hash, so removing,
reordering or editing a row breaks the chain from that row on (``verify``). Writing is fail-closed: the
caller's transaction fails when the audit row cannot be written, so no data leaves without a trace.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.store.ads import now_iso

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    ts: str
    actor: str
    action: str
    object_type: str
    object_id: str
    justification: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


def _row_hash(prev: str, ts: str, actor: str, action: str, otype: str, oid: str, why: str, details: str) -> str:
    payload = "\x1e".join([prev, ts, actor, action, otype, oid, why, details])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    conn: Connection,
    *,
    actor: str,
    action: str,
    object_type: str,
    object_id: str = "",
    justification: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one audit row inside the caller's transaction and return it."""
    if conn.dialect.name == "postgresql":
        # Serialise writers so the chain stays linear.
        conn.execute(text("SELECT pg_advisory_xact_lock(7281)"))
    prev_row = conn.execute(text("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
    prev = prev_row[0] if prev_row else GENESIS
    ts = now_iso()
    det = orjson.dumps(details or {}, option=orjson.OPT_SORT_KEYS).decode()
    digest = _row_hash(prev, ts, actor, action, object_type, object_id, justification, det)
    seq = conn.execute(
        text(
            "INSERT INTO audit_log (ts, actor, action, object_type, object_id, justification, details, "
            "prev_hash, hash) VALUES (:ts, :a, :ac, :ot, :oi, :j, :d, :p, :h) RETURNING seq"
        ),
        {
            "ts": ts,
            "a": actor,
            "ac": action,
            "ot": object_type,
            "oi": object_id,
            "j": justification,
            "d": det,
            "p": prev,
            "h": digest,
        },
    ).scalar_one()
    return AuditEntry(int(seq), ts, actor, action, object_type, object_id, justification, details or {}, prev, digest)


def entries(conn: Connection, limit: int | None = None, offset: int = 0) -> list[AuditEntry]:
    sql = (
        "SELECT seq, ts, actor, action, object_type, object_id, justification, details, prev_hash, hash "
        "FROM audit_log ORDER BY seq DESC"
    )
    params: dict[str, Any] = {}
    if limit is not None:
        sql += " LIMIT :lim OFFSET :off"
        params = {"lim": limit, "off": offset}
    return [
        AuditEntry(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], orjson.loads(r[7]), r[8], r[9])
        for r in conn.execute(text(sql), params)
    ]


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    rows: int
    first_bad_seq: int | None = None
    reason: str = ""


def verify(conn: Connection) -> VerifyResult:
    """Walk the chain from the first row; report the first row whose hash or link does not hold."""
    prev = GENESIS
    n = 0
    rows = conn.execute(
        text(
            "SELECT seq, ts, actor, action, object_type, object_id, justification, details, prev_hash, hash "
            "FROM audit_log ORDER BY seq"
        )
    )
    for r in rows:
        n += 1
        if r[8] != prev:
            return VerifyResult(False, n, int(r[0]), "link to the previous row is broken (row removed or reordered)")
        if _row_hash(r[8], r[1], r[2], r[3], r[4], r[5], r[6], r[7]) != r[9]:
            return VerifyResult(False, n, int(r[0]), "row content does not match its hash (row altered)")
        prev = r[9]
    return VerifyResult(True, n)
