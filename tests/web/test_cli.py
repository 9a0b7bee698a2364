"""`kartlegg users add` and `kartlegg serve`, as an administrator runs them."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from tests.conftest import run_cli


def test_users_add_reads_the_password_from_stdin(tmp_path: Path) -> None:
    ok = run_cli("users", "add", "anna", "--role", "analyst", home=tmp_path, stdin=b"a long passphrase\n")
    assert ok.returncode == 0, ok.stderr.decode()
    again = run_cli("users", "add", "anna", "--role", "analyst", home=tmp_path, stdin=b"a long passphrase\n")
    assert again.returncode == 2 and "already exists" in again.stderr.decode()
    bad_role = run_cli("users", "add", "bo", "--role", "boss", home=tmp_path, stdin=b"a long passphrase\n")
    assert bad_role.returncode == 2 and "unknown role" in bad_role.stderr.decode()
    short = run_cli("users", "add", "bo", "--role", "viewer", home=tmp_path, stdin=b"short\n")
    assert short.returncode == 2 and "at least" in short.stderr.decode()
    assert "Traceback" not in bad_role.stderr.decode() + short.stderr.decode()
    log = run_cli("audit", "list", home=tmp_path)
    assert "user anna" in log.stdout.decode()


def test_serve_answers_over_http_with_the_security_headers(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).parent / "kartlegg"
    proc = subprocess.Popen(
        [str(exe), "serve", "--port", str(port)],
        env={"KARTLEGG_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/login", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                assert time.monotonic() < deadline, "kartlegg serve did not answer"
                time.sleep(0.2)
        assert r.status_code == 200 and "Log in" in r.text
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert "server" not in r.headers
        assert httpx.get(f"http://127.0.0.1:{port}/triage", timeout=2).status_code == 303
    finally:
        proc.terminate()
        proc.wait(10)
