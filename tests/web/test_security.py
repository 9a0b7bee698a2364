"""Sessions, CSRF, login rate limit, password hashes and the Content-Security-Policy."""

from __future__ import annotations

import io

from sqlalchemy import text
from tests.web.conftest import PASSWORD, csrf_of, justify
from warcio.archiveiterator import ArchiveIterator

from kartlegg.web.app import WebConfig, create_app


def test_csp_and_security_headers_on_every_kind_of_response(shared) -> None:
    _store, market, make = shared
    anon, analyst = make(None), make("analyst")
    responses = [
        anon.get("/login"),
        anon.get("/", follow_redirects=False),
        anon.get("/static/app.js"),
        anon.get("/nope"),
        analyst.get("/"),
        analyst.get("/audit"),
        analyst.get(f"/ad/{market.ad_ids['a1']}"),
        analyst.post("/logout", data={}),
    ]
    for r in responses:
        csp = r.headers["content-security-policy"]
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, r.url
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_session_cookie_is_secure_httponly_strict(shared) -> None:
    _store, _market, make = shared
    make("viewer")
    c = make(None)
    page = c.get("/login")
    r = c.post(
        "/login", data={"username": "viewer1", "password": PASSWORD, "csrf": csrf_of(page.text)}, follow_redirects=False
    )
    cookie = next(h for h in r.headers.get_list("set-cookie") if h.startswith("__Host-kartlegg=")).lower()
    assert "secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie


def test_insecure_cookie_mode_for_plain_http(store, market) -> None:
    from starlette.testclient import TestClient

    with TestClient(create_app(store, WebConfig(secure_cookies=False)), base_url="http://testserver") as c:
        page = c.get("/login")
        r = c.post("/login", data={"username": "x", "password": "y", "csrf": csrf_of(page.text)})
        assert r.status_code == 401  # no such user, but the login form's CSRF cookie worked over http
        set_cookie = page.headers["set-cookie"].lower()
        assert "secure" not in set_cookie and "httponly" in set_cookie


def test_passwords_are_argon2id_hashes(shared) -> None:
    store, _market, make = shared
    make("viewer")
    with store.connect() as conn:
        hashes = [r[0] for r in conn.execute(text("SELECT password_hash FROM web_users"))]
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_forms_without_csrf_token_are_refused(shared) -> None:
    _store, _market, make = shared
    c = make("analyst")
    assert c.post("/logout", data={}).status_code == 400
    assert c.post("/logout", data={"csrf": "forged"}).status_code == 400
    assert c.post("/profile/p-anna/justify", data={"justification": "case 1"}).status_code == 400
    assert c.get("/triage").status_code == 200  # still logged in
    anon = make(None)
    anon.get("/login")
    assert anon.post("/login", data={"username": "analyst1", "password": PASSWORD, "csrf": "x"}).status_code == 400


def test_htmx_requests_carry_the_csrf_header(shared) -> None:
    _store, _market, make = shared
    c = make("analyst")
    token = csrf_of(c.get("/triage").text)
    assert f'hx-headers=\'{{"X-CSRF-Token": "{token}"}}\'' in c.get("/triage").text
    r = c.post("/logout", headers={"X-CSRF-Token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/triage", follow_redirects=False).status_code == 303  # logged out


def test_login_rate_limit_then_even_the_right_password_waits(store, market, client_for) -> None:
    client_for("analyst")  # the account exists and its password is right
    c = client_for(None)
    for _ in range(5):
        page = c.get("/login")
        r = c.post("/login", data={"username": "analyst1", "password": "wrong password", "csrf": csrf_of(page.text)})
        assert r.status_code == 401
    page = c.get("/login")
    r = c.post("/login", data={"username": "analyst1", "password": PASSWORD, "csrf": csrf_of(page.text)})
    assert r.status_code == 429 and "Too many" in r.text


def test_login_never_redirects_off_site(shared) -> None:
    _store, _market, make = shared
    make("analyst")
    c = make(None)
    page = c.get("/login")
    r = c.post(
        "/login",
        data={"username": "analyst1", "password": PASSWORD, "csrf": csrf_of(page.text), "next": "//evil.example/x"},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/"


def test_login_lands_on_the_role_home(shared) -> None:
    _store, _market, make = shared
    make("outreach")
    c = make(None)
    page = c.get("/login")
    r = c.post(
        "/login",
        data={"username": "outreach1", "password": PASSWORD, "csrf": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/outreach"


def test_warc_record_download_is_the_stored_record(shared) -> None:
    _store, market, make = shared
    analyst = make("analyst")
    assert analyst.get(f"/ad/{market.ad_ids['a1']}/warc").status_code == 403  # no reason given yet
    justify(analyst, "ad", market.ad_ids["a1"])
    r = analyst.get(f"/ad/{market.ad_ids['a1']}/warc")
    assert r.status_code == 200 and r.headers["content-type"] == "application/warc"
    payloads = [rec.content_stream().read() for rec in ArchiveIterator(io.BytesIO(r.content))]
    assert payloads == [b"<html>Ny i stan</html>"]


def test_sessions_expire_server_side(store, market, client_for) -> None:
    c = client_for("analyst")
    assert c.get("/triage").status_code == 200
    with store.begin() as conn:
        conn.execute(text("UPDATE web_sessions SET expires_at = '2000-01-01T00:00:00+00:00'"))
    assert c.get("/triage", follow_redirects=False).status_code == 303
