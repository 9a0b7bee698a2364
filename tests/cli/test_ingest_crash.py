"""Nothing lost: an ingest killed with SIGKILL mid-file, then re-run, leaves a complete store without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import orjson

N_ADS = 40_000


def _count(db: Path, sql: str) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute(sql).fetchone()[0])
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def test_sigkill_mid_ingest_then_rerun_is_complete_and_duplicate_free(tmp_path: Path) -> None:
    data = tmp_path / "big.jsonl"
    with open(data, "wb") as fh:
        for i in range(N_ADS):
            fh.write(
                orjson.dumps(
                    {"id": f"k{i}", "site": f"s{i % 3}.example", "title": f"ad {i}", "body": "text " * 50 + str(i)}
                )
                + b"\n"
            )
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KARTLEGG_")}
    env["KARTLEGG_HOME"] = str(home)
    exe = str(Path(sys.executable).parent / "kartlegg")
    db = home / "kartlegg.sqlite"

    proc = subprocess.Popen(
        [exe, "ingest", "--batch-size", "1000", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _count(db, "SELECT COUNT(*) FROM ad_versions") < 3000:
        assert proc.poll() is None, "ingest finished before it could be killed: make the file larger"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = _count(db, "SELECT COUNT(*) FROM ad_versions")
    assert 0 < partial < N_ADS, "the kill must land in the middle of the file"

    rerun = subprocess.run([exe, "ingest", str(data)], env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_ADS - partial} new ad versions" in rerun.stdout
    assert _count(db, "SELECT COUNT(*) FROM ads") == N_ADS
    assert _count(db, "SELECT COUNT(*) FROM ad_versions") == N_ADS
    assert _count(db, "SELECT COUNT(DISTINCT ad_id) FROM ad_versions") == N_ADS
