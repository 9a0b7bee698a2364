"""Matching with a partner unit: two stores with a known overlap find exactly it, through signed files that
hold no selector in clear nor an unkeyed hash of one; altered, expired, unknown-signer and misaddressed
files are refused with a clear message, and audited."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kartlegg.config import load_settings
from kartlegg.lifecycle import exchange as ex
from kartlegg.lifecycle.signing import public_hex, sign, unit_key
from kartlegg.store import audit
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings, run_cli

SHARED = ["+46701112233", "+4790012345"]
OURS = ["+46705550001", "+46705550002", "+46705550003"]
THEIRS = ["+4790099999", "+4791234567"]
REASON = "EMPACT AD 2026-11"


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


def _pub(store: Store) -> str:
    return public_hex(unit_key(store.settings))


@pytest.fixture(scope="module")
def units(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Two units, made once: the tests add requests, answers and audit rows, never selectors."""
    tmp_path = tmp_path_factory.mktemp("units")
    se = _unit(tmp_path, "se", SHARED + OURS, ["delad@example.se", "egen@example.se"])
    no = _unit(tmp_path, "no", SHARED + THEIRS, ["delad@example.se", "annen@example.no"])
    # each unit's partner keys, as the partners.yaml of its data folder would hold them
    se.partners, no.partners = {"NO": _pub(no)}, {"SE": _pub(se)}  # type: ignore[attr-defined]
    yield se, no
    se.close()
    no.close()


def _refusals(store: Store) -> list[audit.AuditEntry]:
    with store.connect() as conn:
        return [e for e in audit.entries(conn) if e.action == "exchange_refused"]


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
    made = ex.request(se, req, reason=REASON, actor="se1", partner="NO", partners=se.partners)
    assert made.selectors == len(SHARED + OURS) + 2
    answered = ex.answer(no, req, ans, reason=REASON, actor="no1", partners=no.partners)
    assert answered.asked == made.selectors  # all the answering unit learns
    found = ex.match(se, ans, reason=REASON, actor="se1", partners=se.partners)
    assert found.selectors == sorted([f"phone:{p}" for p in SHARED] + ["email:delad@example.se"])
    for f in (req, ans):
        data = f.read_bytes()
        for value in SHARED + OURS + THEIRS + ["delad@example.se", "egen@example.se", "annen@example.no"]:
            assert not any(form in data for form in _forms(value)), (f.name, value)
    for store, action in ((se, "exchange_request"), (no, "exchange_answer"), (se, "exchange_match")):
        with store.connect() as conn:
            assert any(e.action == action and e.justification == REASON for e in audit.entries(conn))


def test_size_only(units, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    se, no = units
    req, ans = tmp_path / "req.json", tmp_path / "ans.json"
    ex.request(se, req, reason="count only", actor="se1", partner="NO", partners=se.partners, reveal=False)
    ex.answer(no, req, ans, reason="count only", actor="no1", partners=no.partners)
    found = ex.match(se, ans, reason="count only", actor="se1", partners=se.partners)
    assert found.size == len(SHARED) + 1 and found.selectors == []


def test_altered_expired_and_foreign_files_are_refused(units, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    se, no = units
    se_refusals = len(_refusals(se))
    req, ans = tmp_path / "req.json", tmp_path / "ans.json"
    ex.request(se, req, reason="case 1", actor="se1", partner="NO", partners=se.partners, days=2)
    doc = json.loads(req.read_text())
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps({**doc, "count": doc["count"] - 1}))
    with pytest.raises(ex.ExchangeError, match="altered in transit"):
        ex.answer(no, altered, ans, reason="case 1", actor="no1", partners=no.partners)
    # a file re-signed by someone whose key the answering unit does not hold
    stranger = load_settings(tmp_path / "stranger")
    forged = tmp_path / "forged.json"
    body = {k: v for k, v in doc.items() if k not in ("signer", "signature")}
    forged.write_text(json.dumps(sign(unit_key(stranger), {**body, "count": doc["count"]})))
    with pytest.raises(ex.ExchangeError, match="not among the partner keys"):
        ex.answer(no, forged, ans, reason="case 1", actor="no1", partners=no.partners)
    # a genuine request of SE, but for another unit than NO
    third = tmp_path / "third.json"
    ex.request(se, third, reason="case 1", actor="se1", partner="DK", partners={"DK": public_hex(unit_key(stranger))})
    with pytest.raises(ex.ExchangeError, match="addressed to another unit"):
        ex.answer(no, third, ans, reason="case 1", actor="no1", partners=no.partners)
    later = datetime.now(UTC) + timedelta(days=3)
    with pytest.raises(ex.ExchangeError, match="expired"):
        ex.answer(no, req, ans, reason="case 1", actor="no1", partners=no.partners, now=later)
    refused = _refusals(no)[:4]  # newest first
    assert len(refused) == 4 and all(e.justification == "case 1" for e in refused)
    assert any("altered in transit" in e.details["refused"] for e in refused)

    ex.answer(no, req, ans, reason="case 1", actor="no1", partners=no.partners)
    with pytest.raises(ex.ExchangeError, match="expired"):
        ex.match(se, ans, reason="case 1", actor="se1", partners=se.partners, now=later)
    # the answer must come from the unit the request was for, even if SE knows the other signer
    answer = json.loads(ans.read_text())
    resigned = tmp_path / "resigned.json"
    body = {k: v for k, v in answer.items() if k not in ("signer", "signature")}
    resigned.write_text(json.dumps(sign(unit_key(stranger), body)))
    with pytest.raises(ex.ExchangeError, match="not by 'NO'"):
        both = {**se.partners, "DK": public_hex(unit_key(stranger))}
        ex.match(se, resigned, reason="case 1", actor="se1", partners=both)
    assert len(_refusals(se)) == se_refusals + 2
    with pytest.raises(ex.ExchangeError, match="not a request"):
        ex.answer(no, ans, tmp_path / "x.json", reason="case 1", actor="no1", partners=no.partners)
    assert ex.match(se, ans, reason="case 1", actor="se1", partners=se.partners).size == len(SHARED) + 1


def test_cli_round_trip(units, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    se, no = units
    keys = {}
    for store in (se, no):
        shown = run_cli("exchange", "key", home=store.settings.home)
        assert shown.returncode == 0, shown.stderr.decode()
        keys[store] = shown.stdout.decode().split()[0]
    assert keys[se] == _pub(se) and keys[no] == _pub(no)
    (se.settings.home / "partners.yaml").write_text(f"partners:\n  NO Kripos: {keys[no]}\n")
    (no.settings.home / "partners.yaml").write_text(f"partners:\n  SE NOA: '{keys[se]}'\n")
    req, ans = tmp_path / "req.json", tmp_path / "ans.json"
    r = run_cli(
        "exchange",
        "request",
        str(req),
        "--partner",
        "NO Kripos",
        "--reason",
        "EMPACT",
        "--kind",
        "phone",
        home=se.settings.home,
    )
    assert r.returncode == 0, r.stderr.decode()
    a = run_cli("exchange", "answer", str(req), str(ans), "--reason", "EMPACT", home=no.settings.home)
    assert a.returncode == 0, a.stderr.decode()
    m = run_cli("exchange", "match", str(ans), "--reason", "EMPACT", home=se.settings.home)
    assert m.returncode == 0, m.stderr.decode()
    assert m.stdout.decode().split()[: len(SHARED)] == sorted(f"phone:{p}" for p in SHARED)
    again = run_cli("exchange", "answer", str(ans), str(req), "--reason", "EMPACT", home=no.settings.home)
    assert again.returncode == 2 and "not a request" in again.stderr.decode()
    tampered = tmp_path / "tampered.json"
    tampered.write_text(req.read_text().replace('"reveal": true', '"reveal": false'))
    bad = run_cli("exchange", "answer", str(tampered), str(ans), "--reason", "EMPACT", home=no.settings.home)
    assert bad.returncode == 2 and "altered in transit" in bad.stderr.decode()
    unknown = run_cli("exchange", "request", str(req), "--partner", "DK", "--reason", "EMPACT", home=se.settings.home)
    assert unknown.returncode == 2 and "no public key for partner 'DK'" in unknown.stderr.decode()
    broken = tmp_path / "p.yaml"
    broken.write_text("partners:\n  NO: abc\n")
    res = run_cli(
        "exchange", "answer", str(req), str(ans), "--reason", "EMPACT", "--partners", str(broken), home=no.settings.home
    )
    assert res.returncode == 2 and "not 64 hex characters" in res.stderr.decode()
    assert "Traceback" not in (bad.stderr + unknown.stderr + res.stderr).decode()
