"""Fail-closed audit: every look at personal data is logged with who, what and why, or it does not happen."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from tests.conftest import make_settings, run_cli
from tests.web.conftest import csrf_of, justify

from kartlegg.store import audit
from kartlegg.store.engine import open_store


def _last(store):
    with store.connect() as conn:
        return audit.entries(conn, limit=1)[0]


def test_consultation_and_search_are_logged_with_who_what_why(store, market, client_for) -> None:
    c = client_for("analyst")
    justify(c, "ad", market.ad_ids["a1"], "case 2026/8")
    assert c.get(f"/ad/{market.ad_ids['a1']}").status_code == 200
    e = _last(store)
    assert (e.actor, e.action, e.object_type, e.object_id) == ("analyst1", "consult", "ad", str(market.ad_ids["a1"]))
    assert e.justification == "case 2026/8" and e.details["purpose"] == "ad_text"
    c.get("/search", params={"q": "O7O-123 45 67", "case": "case 2026/9"})
    e = _last(store)
    assert (e.action, e.justification) == ("search", "case 2026/9")
    assert e.details["q"] == "O7O-123 45 67" and e.details["phones"] == ["+46701234567"]


def test_profile_asks_for_justification_and_logs_it(store, market, client_for) -> None:
    c = client_for("analyst")
    first = c.get("/profile/p-anna")
    assert "Why do you open this profile" in first.text
    assert "070-123" not in first.text and "Stockholm" not in first.text  # no data before a justification
    bad = c.post("/profile/p-anna/justify", data={"csrf": csrf_of(first.text), "justification": "x"})
    assert bad.status_code == 400
    justify(c, "profile", "p-anna", "case 2026/114: outreach check")
    page = c.get("/profile/p-anna")
    assert "+46701234567" in page.text and "Stockholm" in page.text
    e = _last(store)
    assert (e.actor, e.action, e.object_type, e.object_id) == ("analyst1", "consult", "profile", "p-anna")
    assert e.justification == "case 2026/114: outreach check"
    # A justification is for one object only: the network asks again.
    assert "Why do you open this network" in c.get("/network/n-one").text


def test_audit_failure_fails_the_request_and_shows_no_data(store, market, client_for) -> None:
    c = client_for("admin")
    justify(c, "profile", "p-bella")
    justify(c, "ad", market.ad_ids["a2"])
    justify(c, "ad", market.ad_ids["a1"])
    with store.begin() as conn:
        conn.execute(text("ALTER TABLE audit_log RENAME TO audit_log_away"))
    try:
        for path in (
            f"/ad/{market.ad_ids['a2']}",
            "/search?q=070-123+45+67",
            "/profile/p-bella",
            "/triage",
            "/outreach",
            f"/ad/{market.ad_ids['a1']}/warc",
        ):
            resp = c.get(path)
            assert resp.status_code == 503, path
            assert "frame-ancestors 'none'" in resp.headers["content-security-policy"]
            assert "Bella" not in resp.text and "+46701234567" not in resp.text and "WARC" not in resp.text[:4]
    finally:
        with store.begin() as conn:
            conn.execute(text("ALTER TABLE audit_log_away RENAME TO audit_log"))
    assert c.get(f"/ad/{market.ad_ids['a2']}").status_code == 200


def test_erasure_is_logged_and_removes_the_ad(store, market, client_for) -> None:
    c = client_for("admin")
    aid = market.ad_ids["a4"]
    justify(c, "ad", aid)
    page = c.get(f"/ad/{aid}")
    resp = c.post(f"/ad/{aid}/erase", data={"csrf": csrf_of(page.text), "justification": "court order 12/2026"})
    assert resp.status_code == 200
    assert c.get(f"/ad/{aid}").status_code == 404
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ad_versions WHERE ad_id = :a"), {"a": aid}).scalar_one() == 0
        rows = [e for e in audit.entries(conn, limit=5) if e.action == "erase"]
    assert rows and rows[0].object_id == str(aid) and rows[0].justification == "court order 12/2026"
    assert c.get("/search", params={"q": "mannen", "case": "court order 12/2026"}).text.count("/ad/") == 0


def test_cli_audit_verify_detects_tampering(tmp_path: Path) -> None:
    store = open_store(make_settings(tmp_path))
    with store.begin() as conn:
        for i in range(3):
            audit.record(conn, actor="anna", action="consult", object_type="ad", object_id=str(i), justification="c1")
    ok = run_cli("audit", "verify", home=tmp_path)
    assert ok.returncode == 0 and "3 rows" in ok.stdout.decode()
    with store.begin() as conn:
        conn.execute(text("UPDATE audit_log SET justification = 'nothing to see' WHERE seq = 2"))
    store.close()
    bad = run_cli("audit", "verify", home=tmp_path)
    assert bad.returncode == 1
    assert "TAMPERED" in bad.stderr.decode() and "row 2" in bad.stderr.decode()


def test_audit_page_shows_a_broken_chain(store, market, client_for) -> None:
    c = client_for("auditor")
    c.get("/audit")
    assert "intact over" in c.get("/audit?verify=true").text
    with store.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    html = c.get("/audit?verify=true").text
    assert "BROKEN at row 3" in html and "removed or reordered" in html
