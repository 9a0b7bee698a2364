"""Stage runs: when each stage last ran, how far it got (its watermark), and the one-writer lock."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.store.ads import now_iso
from kartlegg.store.engine import Store


class StageBusy(Exception):
    """Another process holds the pipeline lock."""


@dataclass(frozen=True, slots=True)
class StageRun:
    stage: str
    started_at: str
    finished_at: str | None
    status: str
    watermark: int | None
    info: dict[str, Any]


#: a link run record's key: every ad whose person the run changed is in ``link_moves`` (a region run, or a
#: run that linked nothing again); assess compares every ad's person after a link run without it
MOVES_RECORDED = "moves_recorded"


def start_run(conn: Connection, stage: str) -> int:
    return int(
        conn.execute(
            text(
                "INSERT INTO stage_runs (stage, started_at, status, info) VALUES (:s, :t, 'running', '{}') RETURNING id"
            ),
            {"s": stage, "t": now_iso()},
        ).scalar_one()
    )


def finish_run(
    conn: Connection, run_id: int, *, watermark: int | None, info: dict[str, Any], status: str = "ok"
) -> None:
    conn.execute(
        text("UPDATE stage_runs SET finished_at = :t, status = :st, watermark = :w, info = :i WHERE id = :id"),
        {"t": now_iso(), "st": status, "w": watermark, "i": orjson.dumps(info).decode(), "id": run_id},
    )


def last_watermark(conn: Connection, stage: str) -> int:
    """The watermark of the last successful run of a stage (0 when it never ran)."""
    row = conn.execute(
        text("SELECT watermark FROM stage_runs WHERE stage = :s AND status = 'ok' ORDER BY id DESC LIMIT 1"),
        {"s": stage},
    ).first()
    return int(row[0]) if row and row[0] is not None else 0


def last_runs(conn: Connection) -> list[StageRun]:
    rows = conn.execute(
        text(
            "SELECT stage, started_at, finished_at, status, watermark, info FROM stage_runs r "
            "WHERE id = (SELECT MAX(id) FROM stage_runs WHERE stage = r.stage) ORDER BY stage"
        )
    )
    return [StageRun(r[0], r[1], r[2], r[3], r[4], orjson.loads(r[5])) for r in rows]


@contextmanager
def pipeline_lock(store: Store, name: str = "analyze") -> Iterator[None]:
    """Hold the pipeline lock or raise ``StageBusy`` at once.

    A file lock in the data folder (released by the kernel if the process dies, so a killed run never
    leaves a stale lock) plus, on PostgreSQL, a session advisory lock so that runs on other machines
    sharing the server are refused too.
    """
    lock_dir: Path = store.settings.home
    lock_dir.mkdir(parents=True, exist_ok=True)
    fh: IO[str] = open(lock_dir / f".{name}.lock", "a+")
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise StageBusy(f"`{name}` is already running ({holder}); wait for it to finish") from exc
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {now_iso()}")
        fh.flush()
        if store.dialect == "postgresql":
            with store.connect() as conn:
                got = conn.execute(text("SELECT pg_try_advisory_lock(hashtext(:n))"), {"n": name}).scalar_one()
                # A session lock outlives the transaction that took it: end that transaction now, or it stays
                # open ("idle in transaction") for the whole run and its snapshot keeps VACUUM from removing
                # the rows every stage replaces (measured: 1,314 s on a 100,000-ad store; docs/scale.md).
                conn.commit()
                if not got:
                    raise StageBusy(f"`{name}` is already running against this database")
                try:
                    yield
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(hashtext(:n))"), {"n": name})
                    conn.commit()
        else:
            yield
    finally:
        fh.close()
