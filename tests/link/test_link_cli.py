"""The link commands as a user runs them: lists, details, clear errors, and an audit row for every read."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kartlegg.store.audit import entries
from kartlegg.store.engine import open_store
from tests.conftest import make_settings, run_cli
from tests.link.market import build


def _home(tmp_path: Path) -> Path:
    ads, _ = build(13, n_persons=20)
    f = tmp_path / "ads.jsonl"
    keys = ("id", "site", "url", "posted_at", "title", "body", "city")
    f.write_text(
        "".join(json.dumps({**{k: getattr(a, k) for k in keys}, "images": list(a.images)}) + "\n" for a in ads)
    )
    home = tmp_path / "home"
    assert run_cli("ingest", str(f), home=home).returncode == 0
    res = run_cli("analyze", home=home)
    assert res.returncode == 0, res.stderr.decode()
    assert "link:" in res.stdout.decode()
    return home


def test_profiles_networks_and_audit(tmp_path: Path) -> None:
    home = _home(tmp_path)
    res = run_cli("networks", "--top", "3", home=home)
    assert res.returncode == 0, res.stderr.decode()
    nid = re.search(r"\bN[0-9a-f]{16}\S*", res.stdout.decode())
    assert nid
    res = run_cli("network", nid.group(0), "--reason", "case 9", home=home)
    assert res.returncode == 0 and "shared selectors" in res.stdout.decode()
    pid = re.search(r"\bP[0-9a-f]{16}\S*", res.stdout.decode())
    assert pid
    refused = run_cli("profile", pid.group(0), home=home)  # person data needs a reason: refused, audited
    assert refused.returncode == 2 and "reason" in refused.stderr.decode() and not refused.stdout.strip()
    res = run_cli("profile", pid.group(0), "--reason", "case 10", home=home)
    assert res.returncode == 0 and "why these ads are one person" in res.stdout.decode()
    res = run_cli("profiles", "--city", "Oslo", "--new-since", "2026-03-01", home=home)
    assert res.returncode == 0
    everyone = run_cli("profiles", "--limit", "1000", home=home).stdout.decode()
    new = run_cli("profiles", "--new", "--limit", "1000", home=home).stdout.decode()
    assert "recurring" in everyone and "new" in everyone
    assert "recurring" not in new and len(re.findall(r"\bP[0-9a-f]{16}", new)) < len(
        re.findall(r"\bP[0-9a-f]{16}", everyone)
    )
    assert run_cli("hubs", home=home).returncode == 0
    export = run_cli("export", "ads", "--reason", "case 7", home=home)
    rows = [json.loads(x) for x in export.stdout.decode().splitlines()]
    assert all(r["profile_id"] and r["network_id"] for r in rows)

    store = open_store(make_settings(home))
    with store.connect() as conn:
        log = entries(conn)
    store.close()
    actions = [(e.action, e.object_type, e.object_id, e.justification) for e in reversed(log)]
    assert ("read", "network", nid.group(0), "case 9") in actions
    assert ("read", "profile", pid.group(0), "case 10") in actions
    assert ("refused", "profile", pid.group(0), "") in actions
    assert any(a[1] == "profiles" for a in actions) and any(a[1] == "networks" for a in actions)
    assert ("read", "hubs", "all", "") in actions
    # through the read layer: each row carries the policy's role, purpose and mode
    read = next(e for e in log if e.action == "read" and e.object_type == "profile")
    assert (read.details["role"], read.details["purpose"], read.details["mode"]) == ("admin", "profile", "full")


def test_mistakes_give_messages(tmp_path: Path) -> None:
    home = tmp_path / "empty"
    res = run_cli("profile", "P-nope", "--reason", "case 1", home=home)
    assert res.returncode == 2 and "no profile" in res.stderr.decode()
    res = run_cli("network", "N-nope", "--reason", "case 1", home=home)
    assert res.returncode == 2 and "no network" in res.stderr.decode()
    res = run_cli("profiles", "--new-since", "yesterday", home=home)
    assert res.returncode == 2 and "--new-since" in res.stderr.decode()
    assert b"Traceback" not in res.stderr
