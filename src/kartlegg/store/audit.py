"""The audit log: who read, searched, exported, altered or erased what, when and why.

Rows are hash-chained: each row's hash covers its own fields and the previous row's hash, so removing,
reordering or editing a row breaks the chain from that row on (``verify``). Writing is fail-closed: the
caller's transaction fails when the audit row cannot be written, so no data leaves without a trace.

A chain alone cannot show that its newest rows were cut off, or that someone rewrote it and recomputed
every hash. So each transaction that wrote audit rows appends a *checkpoint* of the chain head (row
number and hash, signed with HMAC-SHA256 by a key kept outside the database) to a file outside the
database, just before it commits (``Anchor``); ``verify`` then checks the chain against every checkpoint.
Writers take the write lock before they read the previous hash (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL
advisory lock), so concurrent writers cannot fork the chain, and checkpoints are appended in row order.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, event, text

from kartlegg.config import Settings
from kartlegg.keys import key_file
from kartlegg.store.rows import now_iso

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


_PENDING = "kartlegg_audit_head"


def _lock_chain(conn: Connection) -> None:
    """Take the write lock before the previous hash is read, so two writers cannot both extend one head."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(7281)"))
    elif conn.dialect.name == "sqlite":
        # pysqlite opens a (deferred) transaction only at the first write, after our read of the head: a
        # reader-only transaction so far holds no lock. BEGIN IMMEDIATE takes the write lock now (waiting
        # up to busy_timeout); a transaction that has written already holds it.
        driver = conn.connection.driver_connection
        if driver is not None and not driver.in_transaction:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


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
    _lock_chain(conn)
    ts = now_iso()
    det = orjson.dumps(details or {}, option=orjson.OPT_SORT_KEYS).decode()
    if conn.dialect.name == "postgresql":
        return _record_pg(conn, ts, actor, action, object_type, object_id, justification, details or {}, det)
    prev_row = conn.execute(text("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
    prev = prev_row[0] if prev_row else GENESIS
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
    conn.info[_PENDING] = (int(seq), digest)
    return AuditEntry(int(seq), ts, actor, action, object_type, object_id, justification, details or {}, prev, digest)


_PG_APPEND = text(
    "INSERT INTO audit_log (ts, actor, action, object_type, object_id, justification, details, prev_hash, hash) "
    "SELECT :ts, :a, :ac, :ot, :oi, :j, :d, h.prev, encode(sha256(convert_to(h.prev || chr(30) || "
    "CAST(:ts AS text) || chr(30) || CAST(:a AS text) || chr(30) || CAST(:ac AS text) || chr(30) || "
    "CAST(:ot AS text) || chr(30) || CAST(:oi AS text) || chr(30) || CAST(:j AS text) || chr(30) || "
    "CAST(:d AS text), 'UTF8')), 'hex') "
    "FROM (SELECT COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), :g) AS prev) h "
    "RETURNING seq, prev_hash, hash"
)


def _record_pg(
    conn: Connection,
    ts: str,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    justification: str,
    details: dict[str, Any],
    det: str,
) -> AuditEntry:
    """PostgreSQL: read the head and append the row in one statement, hashed by the server (``sha256``).

    Every audited page view holds the chain's lock from the head's read to its commit, and the other views
    queue on it (20 users: up to 12 waiting at once); one round trip less under the lock. The statement
    starts after the lock is held, so its snapshot sees the newest head. The server's hash is checked
    against ``_row_hash`` before the commit (fail-closed): ``verify`` recomputes it the same way.
    """
    seq, prev, digest = conn.execute(
        _PG_APPEND,
        {
            "ts": ts,
            "a": actor,
            "ac": action,
            "ot": object_type,
            "oi": object_id,
            "j": justification,
            "d": det,
            "g": GENESIS,
        },
    ).one()
    if digest != _row_hash(prev, ts, actor, action, object_type, object_id, justification, det):
        raise RuntimeError("the audit row's hash computed by the database differs from kartlegg's")
    conn.info[_PENDING] = (int(seq), digest)
    return AuditEntry(int(seq), ts, actor, action, object_type, object_id, justification, details, prev, digest)


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


@dataclass(frozen=True, slots=True)
class Checkpoint:
    seq: int
    hash: str
    ts: str


class Anchor:
    """Signed checkpoints of the chain head in a file outside the database.

    The key (``Settings.audit_key_file``) is created on first use with mode 0600. Each line of the file is
    ``{"seq", "hash", "ts", "mac"}`` with ``mac`` = HMAC-SHA256(key, seq, hash, ts).
    """

    def __init__(self, path: Path, key_path: Path) -> None:
        self.path = path
        self.key_path = key_path
        self._key: bytes | None = None

    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = key_file(self.key_path)
        return self._key

    def _mac(self, seq: int, digest: str, ts: str) -> str:
        return hmac.new(self.key, f"{seq}\x1e{digest}\x1e{ts}".encode(), hashlib.sha256).hexdigest()

    def append(self, seq: int, digest: str) -> None:
        """Append one signed checkpoint (one ``write`` on an O_APPEND file: lines never interleave)."""
        ts = now_iso()
        line = orjson.dumps({"seq": seq, "hash": digest, "ts": ts, "mac": self._mac(seq, digest, ts)}) + b"\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)

    def read(self) -> Iterator[Checkpoint]:
        """Every checkpoint in file order; ``AnchorBroken`` for a line that is not one this key signed."""
        with open(self.path, "rb") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    d = orjson.loads(line)
                    cp = Checkpoint(int(d["seq"]), str(d["hash"]), str(d["ts"]))
                    good = hmac.compare_digest(str(d["mac"]), self._mac(cp.seq, cp.hash, cp.ts))
                except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                    good = False
                if not good:
                    raise AnchorBroken(
                        f"checkpoint file {self.path} line {n} is not signed by this installation's key "
                        "(file altered or replaced)"
                    )
                yield cp

    def install(self, engine: Engine) -> None:
        """Checkpoint the head of every transaction that wrote audit rows, just before it commits.

        Fail-closed: when the checkpoint cannot be written the commit fails, and with it the read it audits.
        The write lock is still held, so checkpoints land in the file in row order.
        """

        def on_commit(conn: Connection) -> None:
            head = conn.info.pop(_PENDING, None)
            if head is not None:
                self.append(*head)

        def on_rollback(conn: Connection) -> None:
            conn.info.pop(_PENDING, None)

        event.listen(engine, "commit", on_commit)
        event.listen(engine, "rollback", on_rollback)


class AnchorBroken(Exception):
    """The checkpoint file does not carry this installation's signature."""


def anchor_for(settings: Settings) -> Anchor:
    """The checkpoint file and key of ``settings``."""
    return Anchor(settings.audit_checkpoint_file, settings.audit_key_file)


def checkpoint(conn: Connection, anchor: Anchor) -> Checkpoint | None:
    """Sign the current head now (for a log that predates checkpoints); None for an empty log."""
    row = conn.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
    if row is None:
        return None
    anchor.append(int(row[0]), row[1])
    return next(cp for cp in anchor.read() if cp.seq == int(row[0]) and cp.hash == row[1])


def verify(conn: Connection, anchor: Anchor | None = None) -> VerifyResult:
    """Walk the chain from the first row; report the first row whose hash or link does not hold.

    With ``anchor``, every signed checkpoint must name a row that is still there with the same hash, and
    the newest row must be covered by a checkpoint: so cut-off rows, a deleted log, a recomputed chain
    and a replaced checkpoint file are found too.
    """
    checkpoints: Iterator[Checkpoint] | None = None
    if anchor is not None:
        if not anchor.path.exists():
            n_rows = int(conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar_one())
            if n_rows == 0:
                return VerifyResult(True, 0)
            return VerifyResult(
                False,
                n_rows,
                None,
                f"no checkpoint file at {anchor.path}: the log cannot be proven whole (file deleted or moved?). "
                "A log written before checkpoints existed is anchored once with `kartlegg audit checkpoint`.",
            )
        checkpoints = anchor.read()
    try:
        return _walk(conn, checkpoints)
    except AnchorBroken as exc:
        return VerifyResult(False, 0, None, str(exc))


def _walk(conn: Connection, checkpoints: Iterator[Checkpoint] | None) -> VerifyResult:
    pending = next(checkpoints, None) if checkpoints is not None else None
    last_signed = seq = 0
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
        seq = int(r[0])
        while pending is not None and pending.seq <= seq:
            if pending.seq < seq:
                return VerifyResult(False, n, pending.seq, "a row vouched for by a signed checkpoint is missing")
            if pending.hash != r[9]:
                return VerifyResult(
                    False, n, seq, "row differs from its signed checkpoint (log rewritten and chain recomputed)"
                )
            last_signed = seq
            assert checkpoints is not None
            nxt = next(checkpoints, None)
            if nxt is not None and nxt.seq < seq:
                return VerifyResult(False, n, nxt.seq, "checkpoint file out of order (file altered)")
            pending = nxt
    if checkpoints is None:
        return VerifyResult(True, n)
    if pending is not None:
        return VerifyResult(
            False, n, pending.seq, f"rows up to {pending.seq} were signed but the log ends before (rows cut off)"
        )
    if n and last_signed != seq:
        return VerifyResult(
            False, n, last_signed + 1, "rows after the newest signed checkpoint were written around the audit code"
        )
    return VerifyResult(True, n)
