"""A full disk under ingest, analyze, export and crawl (issue 16): a clear message, never a traceback.

The disk really fills: the store lives on a small tmpfs mounted for the test (root, as under ``make test``
and CI; elsewhere these tests skip), and PostgreSQL's tables on a tablespace there. Every store write is
a transaction, so after the error the last committed batch is intact and a re-run with room resumes.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.collect.server import Reply, serve
from tests.conftest import run_cli

BATCH = 200


@contextlib.contextmanager
def _tmpfs(where: Path, size: str, *, owner: str | None = None) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    opts = f"size={size}" + (f",uid={owner},mode=0700" if owner else "")
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(where)], capture_output=True)
    if res.returncode != 0:
        if os.environ.get("CI") and os.geteuid() == 0:
            pytest.fail(f"cannot mount a tmpfs as root: {res.stderr.decode()}")
        pytest.skip(f"cannot mount a small file system here: {res.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(fs: Path, leave: int) -> None:
    """Take all but ``leave`` bytes of the file system, with one file."""
    free = shutil.disk_usage(fs).free
    with open(fs / "filler", "wb") as fh:
        fh.truncate(0)
        block = b"\0" * 65536
        todo = max(0, free - leave)
        while todo > 0:
            fh.write(block[: min(todo, len(block))])
            todo -= len(block)


def _dump(path: Path, n: int, *, start: int = 0) -> Path:
    with open(path, "w") as fh:
        for i in range(start, start + n):
            body = f"Ring meg {i} " + "tekst " * 150 + f"nummer 9{i:07d}"
            fh.write(json.dumps({"id": f"a{i}", "site": "rosa.example", "title": f"Ny {i}", "body": body}) + "\n")
    return path


def _assert_clear(res: subprocess.CompletedProcess[bytes], store: str) -> str:
    err = res.stderr.decode()
    assert res.returncode == 3, (res.returncode, err)
    assert "Traceback" not in err
    assert "no space left" in err and store in " ".join(err.split())
    return err


def _sqlite_counts(db: Path) -> tuple[str, int]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        n = conn.execute("SELECT COUNT(*) FROM ad_versions").fetchone()[0]
    return check, int(n)


def test_ingest_into_a_full_disk_keeps_the_committed_batches_and_resumes(tmp_path: Path) -> None:
    dump = _dump(tmp_path / "ads.jsonl", 3000)  # ~3 MB of ads
    # 16 MB: the resumed ingest's write-ahead log reaches ~9 MB beside a ~3.4 MB store (12 MB was full to the
    # last block at a790f1b already; session 32's aggregate change rows tipped it over)
    with _tmpfs(tmp_path / "fs", "16m") as fs:
        home = fs / "home"
        # the store first (its tables and indexes grow as stages add them), then the disk fills
        assert run_cli("status", home=home).returncode == 0
        _fill(fs, 2_500_000)
        res = run_cli("ingest", "--batch-size", str(BATCH), str(dump), home=home)
        err = _assert_clear(res, str(home / "kartlegg.sqlite"))
        assert "MB free there" in err and "The input files total 3." in err
        check, kept = _sqlite_counts(home / "kartlegg.sqlite")
        assert check == "ok"
        assert kept % BATCH == 0 and 0 < kept < 3000  # whole batches, nothing half-written
        (fs / "filler").unlink()
        again = run_cli("ingest", "--batch-size", str(BATCH), str(dump), home=home)
        assert again.returncode == 0, again.stderr.decode()
        assert f"{3000 - kept} new ad versions" in again.stdout.decode()
        assert _sqlite_counts(home / "kartlegg.sqlite") == ("ok", 3000)


def test_analyze_and_export_on_a_full_disk(tmp_path: Path) -> None:
    dump = _dump(tmp_path / "ads.jsonl", 1500)
    with _tmpfs(tmp_path / "fs", "40m") as fs:
        home = fs / "home"
        assert run_cli("ingest", str(dump), home=home).returncode == 0
        _fill(fs, 200_000)
        analyze = run_cli("analyze", "--workers", "1", home=home)
        _assert_clear(analyze, str(home / "kartlegg.sqlite"))
        assert _sqlite_counts(home / "kartlegg.sqlite") == ("ok", 1500)
        (fs / "filler").unlink()
        assert run_cli("analyze", "--workers", "1", home=home).returncode == 0
        _fill(fs, 0)
        # the export's audit row cannot be written: nothing leaves the store, and the user is told why
        out = tmp_path / "ads.csv"
        export = run_cli("export", "ads", "--format", "csv", "-o", str(out), "--reason", "case 1", home=home)
        _assert_clear(export, str(home / "kartlegg.sqlite"))


_PAGES = 120


def test_crawl_onto_a_full_disk_stops_with_a_clear_message(tmp_path: Path) -> None:
    page = ("<h1>Annonse</h1><p class=text>" + "Ring meg " * 3000 + "</p>").encode()
    # twice the pages a first flush holds (50): a crawl stopped by the full disk leaves many unfetched, however fast
    # the pages after the failing flush come in (quiet, it fetched 57-59 of 60)
    routes = {"/list": Reply(body="".join(f'<a class=ad href="/ad/{i}">x</a>' for i in range(_PAGES)).encode())}
    routes.update({f"/ad/{i}": Reply(body=page + str(i).encode()) for i in range(_PAGES)})
    with serve(routes) as srv, _tmpfs(tmp_path / "fs", "12m") as fs:  # type: ignore[arg-type]
        home = fs / "home"
        site = tmp_path / "plain.yaml"
        site.write_text(
            f"""
name: plain
domains: ["127.0.0.1"]
start_urls: ["http://127.0.0.1:{srv.port}/list"]
listing: {{ad_links: "a.ad"}}
ad: {{id_from_url: "/ad/(\\\\d+)$", title: {{css: h1}}, body: {{css: p.text}}}}
politeness: {{delay_seconds: 0, concurrency: 2}}
"""
        )
        env = {"KARTLEGG_ALLOW_LOOPBACK": "1"}
        assert run_cli("sites", "add", str(site), home=home, env=env).returncode == 0
        _fill(fs, 300_000)
        res = run_cli("crawl", "--no-images", home=home, env=env, timeout=120)
        _assert_clear(res, str(home / "kartlegg.sqlite"))
        fetched = len([h for h in srv.hits if h[1].startswith("/ad/")])
        assert 0 < fetched < _PAGES  # it started, then stopped instead of failing every remaining page


@contextlib.contextmanager
def _own_cluster(where: Path) -> Iterator[str]:
    """A PostgreSQL cluster of the test's own: a full tablespace makes the server's checkpoints fail while it
    is full, and the suite's shared cluster serves the other pytest worker (its DROP DATABASE waits for a
    checkpoint)."""
    pg_bin = os.environ.get("KARTLEGG_TEST_PG_BIN")
    if not pg_bin or shutil.which("su") is None or os.geteuid() != 0:
        if os.environ.get("CI") and os.geteuid() == 0:
            pytest.fail("KARTLEGG_TEST_PG_BIN is not set: run the suite through `make test`")
        pytest.skip("needs root, the postgres user and PostgreSQL's programs (run through `make test`)")
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("no postgres system user to run a cluster")

    def as_postgres(*cmd: str) -> None:
        subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(cmd)], check=True, capture_output=True)

    where.mkdir(parents=True, exist_ok=True)
    shutil.chown(where, "postgres")
    data = where / "data"
    as_postgres(f"{pg_bin}/initdb", "-D", str(data), "-A", "trust", "-U", "kartlegg", "--no-sync", "-E", "UTF8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {where} -c fsync=off"
    as_postgres(f"{pg_bin}/pg_ctl", "-D", str(data), "-o", opts, "-l", str(where / "pg.log"), "-w", "start")
    try:
        yield f"postgresql://kartlegg@127.0.0.1:{port}"
    finally:
        as_postgres(f"{pg_bin}/pg_ctl", "-D", str(data), "-m", "immediate", "stop")


@pytest.mark.postgres
def test_ingest_into_a_full_postgresql_tablespace(tmp_path: Path) -> None:
    dump = _dump(tmp_path / "ads.jsonl", 3000)
    name = "t_full"
    outer = Path(tempfile.mkdtemp(prefix="kartlegg-ts-"))  # pytest's folders are closed to the server's user
    outer.chmod(0o755)
    with _tmpfs(outer / "ts", "16m", owner="postgres") as ts, _own_cluster(outer / "pg") as server:
        admin = create_engine(
            f"postgresql+psycopg://{server.split('://', 1)[1]}/postgres", isolation_level="AUTOCOMMIT"
        )
        with admin.connect() as conn:
            conn.execute(text(f"CREATE TABLESPACE {name} LOCATION '{ts}'"))
            conn.execute(text(f'CREATE DATABASE "{name}" TABLESPACE {name}'))
        admin.dispose()
        url = f"{server}/{name}"
        env = {"KARTLEGG_DATABASE_URL": url}
        # the store first (its tables and indexes grow as stages add them), then the tablespace fills
        assert run_cli("status", home=tmp_path / "home", env=env).returncode == 0
        _fill(ts, 1_500_000)
        res = run_cli("ingest", "--batch-size", str(BATCH), str(dump), home=tmp_path / "home", env=env)
        _assert_clear(res, url.split("://", 1)[1].split("@", 1)[-1])
        # room again, so the check's own connection can write the server's relation cache file (on a full
        # tablespace PostgreSQL refuses new connections to the database with "could not write init file")
        (ts / "filler").unlink()
        db = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
        with db.connect() as conn:
            kept = int(conn.execute(text("SELECT COUNT(*) FROM ad_versions")).scalar_one())
        db.dispose()
        assert kept % BATCH == 0 and kept < 3000  # whole batches only
    shutil.rmtree(outer, ignore_errors=True)
