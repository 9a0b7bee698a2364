"""`kartlegg sites|crawl|evidence|ingest FILE.warc.gz` as a user runs them, against a site on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.collect.server import Reply, serve
from tests.conftest import run_cli

LOOPBACK = {"KARTLEGG_ALLOW_LOOPBACK": "1"}


def _definition(tmp: Path, port: int, *, concurrency: int = 4) -> Path:
    path = tmp / "plain.yaml"
    path.write_text(
        f"""
name: plain
domains: ["127.0.0.1"]
language: nb
country: "no"
start_urls: ["http://127.0.0.1:{port}/list"]
listing: {{ad_links: "a.ad", next_page: "a.next"}}
ad:
  id_from_url: "/ad/(\\\\d+)$"
  title: {{css: h1}}
  body: {{css: p.text}}
  city: {{css: span.city}}
politeness: {{delay_seconds: 0, concurrency: {concurrency}}}
"""
    )
    return path


def _routes(n: int, delay: float = 0.0) -> dict[str, Reply]:
    routes = {"/list": Reply(body="".join(f'<a class=ad href="/ad/{i}">x</a>' for i in range(n)).encode())}
    for i in range(n):
        body = f"<h1>Annonse {i}</h1><p class=text>Ring meg {i}</p><span class=city>Bergen</span>"
        routes[f"/ad/{i}"] = Reply(body=body.encode(), delay=delay)
    return routes


def test_sites_crawl_evidence_and_warc_ingest(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with serve(_routes(5)) as srv:
        bad = tmp_path / "bad.yaml"
        bad.write_text("name: Bad Name!\ndomains: []\n")
        res = run_cli("sites", "add", str(bad), home=home)
        assert res.returncode == 2 and b"Traceback" not in res.stderr and b"name" in res.stderr

        res = run_cli("sites", "add", str(_definition(tmp_path, srv.port)), home=home)
        assert res.returncode == 0, res.stderr.decode()
        assert "plain" in run_cli("sites", "list", home=home).stdout.decode()

        check = run_cli("sites", "check", "plain", home=home, env=LOOPBACK)
        assert check.returncode == 0, check.stderr.decode()
        shown = check.stdout.decode()
        assert "Annonse 0" in shown and "Ring meg 0" in shown and "Bergen" in shown

        # Production never allows loopback: the same crawl without the explicit allow is refused.
        refused = run_cli("crawl", home=home)
        assert refused.returncode == 1 and "loopback" in refused.stderr.decode()

        res = run_cli("crawl", "--site", "plain", "--no-images", home=home, env=LOOPBACK)
        assert res.returncode == 0, res.stderr.decode()
        assert "5 new ad versions" in res.stdout.decode()

    assert run_cli("evidence", "plain/3", home=home).returncode == 2  # no reason: refused (and audited)
    ev = run_cli("evidence", "plain/3", "--reason", "case 2026/1", home=home)
    assert ev.returncode == 0, ev.stderr.decode()
    assert "evidence chain verified" in ev.stdout.decode() and "/ad/3" in ev.stdout.decode()
    assert run_cli("evidence", "plain/999", "--reason", "case 2026/1", home=home).returncode == 2

    warcs = sorted((home / "archive").rglob("*.warc.gz"))
    assert warcs
    other = tmp_path / "other"
    run_cli("sites", "add", str(tmp_path / "plain.yaml"), home=other)
    res = run_cli("ingest", *map(str, warcs), home=other)
    assert res.returncode == 0, res.stderr.decode()
    assert "5 new ad versions" in res.stdout.decode()


def test_a_killed_crawl_resumes_without_duplicates(tmp_path: Path) -> None:
    home = tmp_path / "home"
    n = 60
    with serve(_routes(n, delay=0.06)) as srv:
        assert run_cli("sites", "add", str(_definition(tmp_path, srv.port, concurrency=1)), home=home).returncode == 0
        env = {k: v for k, v in os.environ.items() if not k.startswith("KARTLEGG_")}
        env.update(KARTLEGG_HOME=str(home), **LOOPBACK)
        exe = str(Path(sys.executable).parent / "kartlegg")
        proc = subprocess.Popen(
            [exe, "crawl", "--no-images"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        db = home / "kartlegg.sqlite"
        deadline = time.monotonic() + 60
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            try:
                with sqlite3.connect(db, timeout=5) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM ad_versions").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 5:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        with sqlite3.connect(db) as conn:
            before = conn.execute("SELECT COUNT(*) FROM ad_versions").fetchone()[0]
            pending = conn.execute("SELECT COUNT(*) FROM crawl_urls WHERE pending = 1").fetchone()[0]
        assert 5 <= before < n and pending >= n - before - 4  # killed mid-way, the rest is remembered
        res = run_cli("crawl", "--no-images", home=home, env=LOOPBACK)
        assert res.returncode == 0, res.stderr.decode()
    with sqlite3.connect(db) as conn:
        per_ad = conn.execute("SELECT ad_id, COUNT(*) FROM ad_versions GROUP BY ad_id").fetchall()
        left = conn.execute("SELECT COUNT(*) FROM crawl_urls WHERE pending = 1").fetchone()[0]
    assert len(per_ad) == n and all(c == 1 for _, c in per_ad) and left == 0
