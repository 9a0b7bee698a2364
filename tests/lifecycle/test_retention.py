"""Retention: ``plan`` lists exactly the ads past the policy's time limit (and keeps what an open
operation names); ``apply`` removes them as completely as an erasure, audited."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import orjson
import pytest
from sqlalchemy import text

from kartlegg.ids import ad_id
from kartlegg.lifecycle.retention import PolicyError, apply, load_policy, plan
from kartlegg.store import audit
from kartlegg.store.engine import open_store
from kartlegg.web import textindex
from tests.conftest import make_settings, run_cli
from tests.lifecycle.conftest import file_text

TODAY = date(2026, 12, 1)  # the shipped policy keeps ads 1095 days: the cut-off is 2023-12-02
AGES = {
    "old1": "2021-05-01",
    "old2": "2023-12-01",
    "edge": "2023-12-02",
    "new1": "2025-06-01",
    "held": "2021-01-01",
}


def _home(tmp_path: Path) -> Path:
    f = tmp_path / "ads.jsonl"
    rows = [
        {
            "id": key,
            "site": "rosa.example",
            "title": f"Ad {key}",
            "body": f"Hej {key}word, ring 070-{i}12 34 5{i}",
            "posted_at": day,
            "city": "Malmö",
        }
        for i, (key, day) in enumerate(AGES.items())
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows))
    home = tmp_path / "home"
    assert run_cli("ingest", str(f), home=home).returncode == 0
    assert run_cli("analyze", home=home).returncode == 0
    store = open_store(make_settings(home))
    with store.begin() as conn:
        op = conn.execute(
            text(
                "INSERT INTO operations (name, kind, started_on, ended_on, notes, sources, created_at, updated_at) "
                "VALUES ('Op Vinter', 'action_day', '2026-11-01', NULL, '', '[]', 'x', 'x') RETURNING id"
            )
        ).scalar_one()
        links = {"ads": [str(ad_id("rosa.example", "held"))], "profiles": [], "networks": []}
        conn.execute(
            text("INSERT INTO operation_targets (operation_id, kind, label, links) VALUES (:o, 'hotel', 'H', :l)"),
            {"o": op, "l": orjson.dumps(links).decode()},
        )
    store.close()
    return home


def test_plan_lists_exactly_the_expired_ads_and_apply_removes_them(tmp_path: Path) -> None:
    home = _home(tmp_path)
    store = open_store(make_settings(home))
    with store.begin() as conn:
        textindex.ensure(conn)  # the workbench's search index exists, as after a first search
    p = plan(store, today=TODAY)
    assert p.cutoffs["ads"] == "2023-12-02"
    assert sorted(p.ads()) == sorted(ad_id("rosa.example", k) for k in ("old1", "old2"))
    assert [int(i.ref) for i in p.held] == [ad_id("rosa.example", "held")]
    assert "open operation" in p.held[0].why
    done = apply(store, reason="monthly retention run", actor="tester", today=TODAY)
    assert done.erasure is not None and done.erasure.ads == 2
    with store.connect() as conn:
        keys = {r[0] for r in conn.execute(text("SELECT ad_key FROM ads"))}
        assert keys == {"edge", "new1", "held"}
        entry = next(e for e in audit.entries(conn, limit=5) if e.action == "retention")
        assert entry.justification == "monthly retention run" and entry.details["ads"] == 2
    assert plan(store, today=TODAY).ads() == []
    store.close()
    con = sqlite3.connect(home / "kartlegg.sqlite")
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert b"edgeword" in (home / "kartlegg.sqlite").read_bytes()
    # nowhere under the data folder (database, search index, archive) and in no export
    for f in (p for p in home.rglob("*") if p.is_file()):
        assert b"old1word" not in file_text(f).lower() and b"old2word" not in file_text(f).lower(), f
    exported = run_cli("export", "ads", "--reason", "check retention", home=home).stdout.decode()
    assert {json.loads(line)["id"] for line in exported.splitlines()} == {"edge", "new1", "held"}


def test_cli_plan_and_apply(tmp_path: Path) -> None:
    home = _home(tmp_path)
    res = run_cli("retention", "plan", "--json", home=home)
    assert res.returncode == 0, res.stderr.decode()
    listed = json.loads(res.stdout)
    # today is the real date: at least the two oldest are past three years
    removed = {r["ref"] for r in listed["remove"] if r["data_class"] == "ads"}
    assert {str(ad_id("rosa.example", k)) for k in ("old1", "old2")} <= removed
    assert str(ad_id("rosa.example", "held")) not in removed
    human = run_cli("retention", "plan", home=home).stdout.decode()
    assert "ASSUMPTION" in human and "kept for open operations" in human
    no_reason = run_cli("retention", "apply", "--reason", "x", home=home)
    assert no_reason.returncode == 2 and "reason" in no_reason.stderr.decode()
    ok = run_cli("retention", "apply", "--reason", "policy 2026-12", home=home)
    assert ok.returncode == 0 and f"removed {len(removed)} ads" in ok.stdout.decode()


def test_a_broken_policy_is_refused_with_its_reason(tmp_path: Path) -> None:
    bad = tmp_path / "r.yaml"
    bad.write_text(
        "classes:\n  ads:\n    description: x\n    keep_days: -1\n    review_days: 3\n    assumption: true\n"
        "    sources: [a]\n"
    )
    with pytest.raises(PolicyError, match="keep_days"):
        load_policy(bad)
    bad.write_text(
        "classes:\n  chats:\n    description: x\n    keep_days: 1\n    review_days: 3\n    assumption: true\n"
        "    sources: [a]\n"
    )
    with pytest.raises(PolicyError, match="unknown data classes"):
        load_policy(bad)
    res = run_cli("retention", "plan", "--policy", str(bad), home=tmp_path / "h")
    assert res.returncode == 2 and "unknown data classes" in res.stderr.decode()
    assert load_policy().classes["ads"].sources  # the shipped policy cites its sources
