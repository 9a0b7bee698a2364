"""The audit log proves itself whole: signed checkpoints outside the database, no fork under concurrent
writers, and every way of cutting, deleting or rewriting rows is found."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import orjson
from sqlalchemy import text

from kartlegg.config import Settings
from kartlegg.store import audit
from kartlegg.store.engine import Store, open_store
from tests.conftest import run_cli

WRITERS = 8
ROWS_EACH = 15


def _writer(settings: Settings, n: int, who: int) -> None:
    store = open_store(settings, migrate_schema=False)
    try:
        for i in range(n):
            with store.begin() as conn:
                # a page view: a read first, then its audit row, in one transaction
                conn.execute(text("SELECT COUNT(*) FROM audit_log")).scalar_one()
                audit.record(conn, actor=f"w{who}", action="consult", object_type="ad", object_id=str(i))
    finally:
        store.close()


def _log(store: Store, n: int) -> None:
    for i in range(n):
        with store.begin() as conn:
            audit.record(conn, actor="anna", action="consult", object_type="ad", object_id=str(i), justification="c1")


def _check(store: Store) -> audit.VerifyResult:
    with store.connect() as conn:
        return audit.verify(conn, audit.anchor_for(store.settings))


def test_concurrent_writers_leave_one_unbroken_chain(store: Store) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(store.settings, ROWS_EACH, w)) for w in range(WRITERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    result = _check(store)
    assert result.ok, result.reason
    assert result.rows == WRITERS * ROWS_EACH
    with store.connect() as conn:
        prevs = [r[0] for r in conn.execute(text("SELECT prev_hash FROM audit_log"))]
    assert len(set(prevs)) == len(prevs)  # no two rows extend the same head: no fork
    lines = store.settings.audit_checkpoint_file.read_bytes().splitlines()
    assert [orjson.loads(x)["seq"] for x in lines] == sorted(orjson.loads(x)["seq"] for x in lines)


def test_intact_log_verifies_against_its_checkpoints(store: Store) -> None:
    _log(store, 4)
    result = _check(store)
    assert result.ok and result.rows == 4
    assert store.settings.audit_key_file.stat().st_mode & 0o777 == 0o600


def test_cut_off_newest_rows_are_found(store: Store) -> None:
    _log(store, 5)
    with store.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq > 3"))
    result = _check(store)
    assert not result.ok and "cut off" in result.reason


def test_an_emptied_log_is_found(store: Store) -> None:
    _log(store, 3)
    with store.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
    result = _check(store)
    assert not result.ok and "cut off" in result.reason


def test_deleting_any_row_is_found(store: Store) -> None:
    _log(store, 5)
    for seq in (1, 3, 5):
        with store.begin() as conn:
            saved = conn.execute(text("SELECT * FROM audit_log WHERE seq = :s"), {"s": seq}).mappings().one()
            conn.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": seq})
        assert not _check(store).ok, seq
        with store.begin() as conn:
            cols = ", ".join(saved.keys())
            conn.execute(text(f"INSERT INTO audit_log ({cols}) VALUES ({', '.join(':' + k for k in saved)})"), saved)
        assert _check(store).ok


def test_a_recomputed_chain_is_found(store: Store) -> None:
    _log(store, 4)
    with store.begin() as conn:
        rows = conn.execute(text("SELECT * FROM audit_log ORDER BY seq")).mappings().all()
        prev = audit.GENESIS
        for r in rows:
            why = "nothing to see" if r["seq"] == 2 else r["justification"]
            digest = audit._row_hash(
                prev, r["ts"], r["actor"], r["action"], r["object_type"], r["object_id"], why, r["details"]
            )
            conn.execute(
                text("UPDATE audit_log SET justification = :j, prev_hash = :p, hash = :h WHERE seq = :s"),
                {"j": why, "p": prev, "h": digest, "s": r["seq"]},
            )
            prev = digest
    with store.connect() as conn:
        assert audit.verify(conn).ok  # the chain alone is fooled
    result = _check(store)
    assert not result.ok and result.first_bad_seq == 2 and "recomputed" in result.reason


def test_a_replaced_or_deleted_checkpoint_file_is_found(store: Store, tmp_path: Path) -> None:
    _log(store, 3)
    path = store.settings.audit_checkpoint_file
    forged = audit.Anchor(tmp_path / "forged.jsonl", tmp_path / "other.key")
    with store.connect() as conn:
        for seq, digest in conn.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq")):
            forged.append(int(seq), digest)
    path.write_bytes(forged.path.read_bytes())
    result = _check(store)
    assert not result.ok and "not signed" in result.reason
    path.unlink()
    result = _check(store)
    assert not result.ok and "no checkpoint file" in result.reason


def test_cli_verify_and_checkpoint(tmp_path: Path) -> None:
    from tests.conftest import make_settings

    store = open_store(make_settings(tmp_path))
    _log(store, 3)
    ok = run_cli("audit", "verify", home=tmp_path)
    assert ok.returncode == 0 and "3 rows" in ok.stdout.decode()
    with store.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    store.close()
    bad = run_cli("audit", "verify", home=tmp_path)
    assert bad.returncode == 1 and "TAMPERED" in bad.stderr.decode() and "cut off" in bad.stderr.decode()
    # a log from before checkpoints: anchored once, then verified
    (tmp_path / "audit-checkpoints.jsonl").unlink()
    assert run_cli("audit", "verify", home=tmp_path).returncode == 1
    signed = run_cli("audit", "checkpoint", home=tmp_path)
    assert signed.returncode == 0 and "signed row 2" in signed.stdout.decode()
    assert run_cli("audit", "verify", home=tmp_path).returncode == 0


def test_rows_with_any_text_verify(store: Store) -> None:
    """PostgreSQL hashes the row in the database: non-ASCII names, reasons and details hash as kartlegg does."""
    with store.begin() as conn:
        audit.record(
            conn,
            actor="Åsa Øberg",
            action="consult",
            object_type="profile",
            object_id="p-ø",
            justification="sak 2026/1 – Malmö \U0001f6a9",
            details={"q": "väg\u00a03", "n": 2},
        )
        audit.record(conn, actor="", action="search", object_type="ads")  # empty fields too
    result = _check(store)
    assert result.ok, result.reason
    assert result.rows == 2
