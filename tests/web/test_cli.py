"""`kartlegg users add` and `kartlegg serve`, as an administrator runs them."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from tests.conftest import make_settings, run_cli

from kartlegg.store.engine import open_store
from kartlegg.web.auth import AuthError, add_user, check_password


def test_users_add_reads_the_password_from_stdin(tmp_path: Path) -> None:
    ok = run_cli("users", "add", "anna", "--role", "analyst", home=tmp_path, stdin=b"a long passphrase\n")
    assert ok.returncode == 0, ok.stderr.decode()
    bad_role = run_cli("users", "add", "bo", "--role", "boss", home=tmp_path, stdin=b"a long passphrase\n")
    assert bad_role.returncode == 2 and "unknown role" in bad_role.stderr.decode()
    assert "Traceback" not in bad_role.stderr.decode()
    log = run_cli("audit", "list", home=tmp_path)
    assert "user anna" in log.stdout.decode() and "alter" in log.stdout.decode()
    store = open_store(make_settings(tmp_path))
    try:
        with store.begin() as conn:
            assert check_password(conn, "anna", "a long passphrase", "127.0.0.1") is not None
            for name, role, pw, msg in (
                ("anna", "analyst", "a long passphrase", "already exists"),
                ("bo", "viewer", "short", "at least"),
                ("b o", "viewer", "x" * 12, "user name"),
            ):
                with pytest.raises(AuthError, match=msg):
                    add_user(conn, name, role, pw, actor="test")
    finally:
        store.close()


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
        # start-up (imports, migrations) took over 30 s on the 2-core box at load 13: a generous readiness bound
        deadline = time.monotonic() + 120
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
        # An idle keep-alive connection outlives a client pool's idle window (httpx, browsers: 5 s and more):
        # the server closing it first races the client's next request, which then fails as a reset.
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", limits=httpx.Limits(keepalive_expiry=60)) as client:
            first = client.get("/login").extensions["network_stream"].get_extra_info("client_addr")
            time.sleep(6)
            again = client.get("/login").extensions["network_stream"].get_extra_info("client_addr")
        assert again == first, "the server closed an idle connection after less than 6 s"
    finally:
        proc.terminate()
        proc.wait(10)
