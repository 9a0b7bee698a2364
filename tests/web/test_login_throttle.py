"""Login throttling per (account, address) and the extra security headers (issue 16), on both stores.

A police unit sits behind one NAT address: one person's typos must not lock out colleagues, nor the same
account from another address; the person who typed wrong waits, longer with each further failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from starlette.testclient import TestClient
from tests.web.conftest import PASSWORD, add_users, csrf_of

from kartlegg.store.engine import Store
from kartlegg.web import auth
from kartlegg.web.app import WebConfig, create_app

OFFICE = "198.51.100.7"
HOME = "203.0.113.9"


def _client(store: Store, ip: str) -> TestClient:
    app = create_app(store, WebConfig(secure_cookies=True))
    return TestClient(app, base_url="https://testserver", raise_server_exceptions=False, client=(ip, 40000))


def _try(c: TestClient, user: str, password: str) -> int:
    page = c.get("/login")
    r = c.post(
        "/login", data={"username": user, "password": password, "csrf": csrf_of(page.text)}, follow_redirects=False
    )
    return r.status_code


@pytest.fixture
def users(store: Store) -> Iterator[Store]:
    add_users(store, ("analyst", "viewer"))
    yield store


def test_one_persons_typos_lock_out_neither_a_colleague_nor_another_address(users: Store) -> None:
    with _client(users, OFFICE) as office, _client(users, HOME) as home:
        for _ in range(auth.FREE_FAILURES):
            assert _try(office, "analyst1", "wrong password") == 401
        assert _try(office, "analyst1", PASSWORD) == 429  # the same account from the same address waits
        assert _try(office, "viewer1", PASSWORD) == 303  # a colleague behind the same NAT address logs in
        assert _try(home, "analyst1", PASSWORD) == 303  # the same account from another address logs in


def _fail(store: Store, user: str, ip: str, seconds_ago: float, n: int = 1) -> None:
    ts = (datetime.now(UTC) - timedelta(seconds=seconds_ago)).isoformat(timespec="seconds")
    with store.begin() as conn:
        for _ in range(n):
            conn.execute(
                text("INSERT INTO web_login_attempts (username, ip, ts, ok) VALUES (:u, :i, :t, 0)"),
                {"u": user, "i": ip, "t": ts},
            )


def test_the_wait_grows_with_each_failure_and_ends(users: Store) -> None:
    assert [auth.pair_delay(n) for n in range(4, 10)] == [0, 30, 60, 120, 240, 480]
    assert auth.pair_delay(40) == auth.MAX_DELAY_SECONDS
    _fail(users, "analyst1", OFFICE, seconds_ago=45, n=auth.FREE_FAILURES)
    with users.connect() as conn:  # five failures 45 s ago: the 30 s wait is over
        assert auth.login_wait(conn, "analyst1", OFFICE) == 0
    _fail(users, "analyst1", OFFICE, seconds_ago=45)
    with users.connect() as conn:  # a sixth failure 45 s ago: 60 s from then, so about 15 s left
        assert 10 <= auth.login_wait(conn, "analyst1", OFFICE) <= 16
    with _client(users, OFFICE) as office:
        assert _try(office, "analyst1", PASSWORD) == 429


def test_a_success_clears_the_pairs_count(users: Store) -> None:
    _fail(users, "analyst1", OFFICE, seconds_ago=100, n=auth.FREE_FAILURES)
    with _client(users, OFFICE) as office:
        assert _try(office, "analyst1", PASSWORD) == 303
        assert _try(office, "analyst1", "wrong password") == 401
        assert _try(office, "analyst1", PASSWORD) == 303  # one typo after a good login costs nothing
        for _ in range(auth.FREE_FAILURES):  # failures in the same second as that login still count
            assert _try(office, "analyst1", "wrong password") == 401
        assert _try(office, "analyst1", PASSWORD) == 429


def test_guessing_at_scale_is_still_stopped(users: Store) -> None:
    # spraying: many accounts from one address
    for i in range(auth.MAX_ADDRESS_FAILURES // 4):
        _fail(users, f"someone{i}", "192.0.2.1", seconds_ago=5, n=4)
    with users.connect() as conn:
        assert auth.login_wait(conn, "viewer1", "192.0.2.1") > 0
        assert auth.login_wait(conn, "viewer1", OFFICE) == 0
    # one account from many addresses: only an address that logged in to it before still gets through
    with _client(users, HOME) as home:
        assert _try(home, "analyst1", PASSWORD) == 303
    for i in range(auth.MAX_ACCOUNT_FAILURES // 2):
        _fail(users, "analyst1", f"192.0.2.{100 + i}", seconds_ago=5, n=2)
    with users.connect() as conn:
        assert auth.login_wait(conn, "analyst1", "192.0.2.250") > 0
        assert auth.login_wait(conn, "analyst1", HOME) == 0
        assert auth.login_wait(conn, "viewer1", "192.0.2.250") == 0


def test_permissions_policy_always_and_hsts_only_when_behind_tls(users: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KARTLEGG_WEB_BEHIND_TLS", raising=False)
    with _client(users, OFFICE) as c:
        for r in (c.get("/login"), c.get("/static/app.js"), c.get("/nope"), c.get("/", follow_redirects=False)):
            policy = r.headers["permissions-policy"]
            assert "camera=()" in policy and "geolocation=()" in policy
            assert "strict-transport-security" not in r.headers
    monkeypatch.setenv("KARTLEGG_WEB_BEHIND_TLS", "1")
    with _client(users, OFFICE) as c:
        for r in (c.get("/login"), c.get("/static/app.js"), c.get("/nope")):
            assert r.headers["strict-transport-security"].startswith("max-age=31536000")
            assert "permissions-policy" in r.headers
