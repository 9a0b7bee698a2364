"""Matching with a partner unit: two stores with a known overlap find exactly it, through files that hold
no selector in clear nor an unkeyed hash of one; altered, expired or foreign files are refused."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kartlegg.lifecycle import exchange as ex
from kartlegg.store import audit
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings, run_cli

SHARED = ["+46701112233", "+4790012345"]
OURS = ["+46705550001", "+46705550002", "+46705550003"]
THEIRS = ["+4790099999", "+4791234567"]
KEY = b"k" * 40


def _unit(tmp_path: Path, name: str, phones: list[str], emails: list[str]) -> Store:
    f = tmp_path / f"{name}.jsonl"
    rows = [
        {"id": f"{name}{i}", "site": f"{name}.example", "title": "Ny", "body": f"Ring {p} nu", "city": "Oslo"}
        for i, p in enumerate(phones)
    ] + [
        {"id": f"{name}m{i}", "site": f"{name}.example", "title": "Mail", "body": f"Skriv till {e}", "city": "Oslo"}
        for i, e in enumerate(emails)
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows))
    home = tmp_path / name
    assert run_cli("ingest", str(f), home=home).returncode == 0
    assert run_cli("analyze", home=home).returncode == 0
    return open_store(make_settings(home))


@pytest.fixture
def units(tmp_path: Path):  # type: ignore[no-untyped-def]
    se = _unit(tmp_path, "se", SHARED + OURS, ["delad@example.se", "egen@example.se"])
    no = _unit(tmp_path, "no", SHARED + THEIRS, ["delad@example.se", "annen@example.no"])
    yield se, no
    se.close()
    no.close()


def _forms(value: str) -> list[bytes]:
    """A selector in clear and as unkeyed hashes, in the encodings a file could carry them."""
    out = []
    for v in (value, f"phone:{value}", f"email:{value}"):
        d = hashlib.sha256(v.encode()).digest()
        out += [v.encode(), d.hex().encode(), base64.b64encode(d), base64.b64encode(d).rstrip(b"=")]
    return out


def test_two_units_find_exactly_their_overlap(units, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    se, no = units
    req, ans = tmp_path / "req.json", tmp_path / "ans.json"
    made = ex.request(se, req, key=KEY, reason="EMPACT AD 2026-11", actor="se1", partner="NO")
    assert made.selectors == len(SHARED + OURS) + 2
    answered = ex.answer(no, req, ans, key=KEY, reason="EMPACT AD 2026-11", actor="no1")
    assert answered.asked == made.selectors  # all the answering unit learns
    found = ex.match(se, ans, key=KEY, reason="EMPACT AD 2026-11", actor="se1")
    assert found.selectors == sorted([f"phone:{p}" for p in SHARED] + ["email:delad@example.se"])
    for f in (req, ans):
        data = f.read_bytes()
        for value in SHARED + OURS + THEIRS + ["delad@example.se", "egen@example.se", "annen@example.no"]:
            assert not any(form in data for form in _forms(value)), (f.name, value)
    for store, action in ((se, "exchange_request"), (no, "exchange_answer"), (se, "exchange_match")):
        with store.connect() as conn:
            assert any(e.action == action and e.justification == "EMPACT AD 2026-11" for e in audit.entries(conn))


def test_size_only(units, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    se, no = units
    req, ans = tmp_path / "req.json", tmp_path / "ans.json"
    ex.request(se, req, key=KEY, reason="count only", actor="se1", partner="NO", reveal=False)
    ex.answer(no, req, ans, key=KEY, reason="count only", actor="no1")
    found = ex.match(se, ans, key=KEY, reason="count only", actor="se1")
    assert found.size == len(SHARED) + 1 and found.selectors == []


def test_altered_expired_and_foreign_files_are_refused(units, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    se, no = units
    req, ans = tmp_path / "req.json", tmp_path / "ans.json"
    ex.request(se, req, key=KEY, reason="case 1", actor="se1", partner="NO", days=2)
    doc = json.loads(req.read_text())
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps({**doc, "count": doc["count"] - 1}))
    with pytest.raises(ex.ExchangeError, match="altered"):
        ex.answer(no, altered, ans, key=KEY, reason="case 1", actor="no1")
    with pytest.raises(ex.ExchangeError, match="altered"):
        ex.answer(no, req, ans, key=b"x" * 40, reason="case 1", actor="no1")
    later = datetime.now(UTC) + timedelta(days=3)
    with pytest.raises(ex.ExchangeError, match="expired"):
        ex.answer(no, req, ans, key=KEY, reason="case 1", actor="no1", now=later)
    ex.answer(no, req, ans, key=KEY, reason="case 1", actor="no1")
    with pytest.raises(ex.ExchangeError, match="expired"):
        ex.match(se, ans, key=KEY, reason="case 1", actor="se1", now=later)
    with pytest.raises(ex.ExchangeError, match="not a request"):
        ex.answer(no, ans, tmp_path / "x.json", key=KEY, reason="case 1", actor="no1")


def test_cli_round_trip(units, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    se, no = units
    key = tmp_path / "partner.key"
    key.write_bytes(KEY)
    req, ans = tmp_path / "req.json", tmp_path / "ans.json"
    r = run_cli(
        "exchange",
        "request",
        str(req),
        "--key",
        str(key),
        "--partner",
        "NO",
        "--reason",
        "EMPACT",
        "--kind",
        "phone",
        home=se.settings.home,
    )
    assert r.returncode == 0, r.stderr.decode()
    a = run_cli(
        "exchange", "answer", str(req), str(ans), "--key", str(key), "--reason", "EMPACT", home=no.settings.home
    )
    assert a.returncode == 0, a.stderr.decode()
    m = run_cli("exchange", "match", str(ans), "--key", str(key), "--reason", "EMPACT", home=se.settings.home)
    assert m.returncode == 0, m.stderr.decode()
    assert m.stdout.decode().split()[: len(SHARED)] == sorted(f"phone:{p}" for p in SHARED)
    again = run_cli(
        "exchange", "answer", str(ans), str(req), "--key", str(key), "--reason", "EMPACT", home=no.settings.home
    )
    assert again.returncode == 2 and "not a request" in again.stderr.decode()
