"""Exports write exactly the columns the disclosure policy declares for their mode (``views.export_*``):
a copy of the policy without a column (``KARTLEGG_POLICY``) removes it from the JSONL and CSV files, in full
and in pseudonymised mode, and a mode the policy gives no column is refused and audited."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kartlegg.read import load_policy
from kartlegg.read.policy import ENV_POLICY
from kartlegg.report.query import Scope
from kartlegg.report.service import DisclosureError, Request, export
from kartlegg.store.audit import entries
from kartlegg.store.engine import Store
from tests.read.test_policy import _copy
from tests.report.market import PHONE_A, build_market


@pytest.fixture
def market(store: Store, tmp_path: Path) -> Store:
    build_market(store, tmp_path)
    return store


def _req(pseudonymise: bool) -> Request:
    return Request("tester", "case 7", "Oslo PD", pseudonymise=pseudonymise)


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


@pytest.mark.parametrize("pseudonymise", [False, True])
def test_exports_hold_exactly_the_declared_columns_and_the_policy_can_drop_one(
    market: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pseudonymise: bool
) -> None:
    mode = "pseudonymised" if pseudonymise else "full"
    policy = load_policy()
    scoped, whole = tmp_path / "ads.jsonl", tmp_path / "all.csv"
    export(market, "ads", "jsonl", Scope(network="N1"), str(scoped), _req(pseudonymise))
    export(market, "ads", "csv", Scope(), str(whole), _req(pseudonymise))  # the streamed whole-store export
    rows = _jsonl(scoped)
    assert rows and all(list(r) == list(policy.fields("export_ads", mode)) for r in rows)
    assert _csv_header(whole) == list(policy.fields("export_ads", mode))
    export(market, "csv", "csv", Scope(), str(tmp_path / "tables"), _req(pseudonymise))
    for table in ("ads", "profiles", "networks", "selectors"):
        assert _csv_header(tmp_path / "tables" / f"{table}.csv") == list(policy.fields(f"export_{table}", mode))
    # a copy of the policy without the phones column (ads and profiles alike)
    raw = _copy(tmp_path, "version: 1", "version: 1").read_text("utf-8")
    narrow = tmp_path / "narrow.yaml"
    narrow.write_text(raw.replace(" phones, emails,", " emails,"), encoding="utf-8")
    monkeypatch.setenv(ENV_POLICY, str(narrow))
    export(market, "ads", "jsonl", Scope(network="N1"), str(scoped), _req(pseudonymise))
    export(market, "ads", "csv", Scope(), str(whole), _req(pseudonymise))
    export(market, "profiles", "csv", Scope(), str(tmp_path / "p.csv"), _req(pseudonymise))
    assert all("phones" not in r for r in _jsonl(scoped))
    assert "phones" not in _csv_header(whole) and "phones" not in _csv_header(tmp_path / "p.csv")
    for path in (scoped, whole, tmp_path / "p.csv"):
        text = path.read_text("utf-8")
        assert PHONE_A not in text and "phone:" not in text  # neither the number nor its token
    assert "emails" in _csv_header(whole)


def test_an_export_the_policy_gives_no_column_is_refused_and_audited(
    market: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = "    pseudonymised: [kind, value, ads, profiles, networks, first_seen, last_seen]"
    monkeypatch.setenv(ENV_POLICY, str(_copy(tmp_path, old, "    pseudonymised: []")))
    out = tmp_path / "s.csv"
    with pytest.raises(DisclosureError, match="writes no selectors export in pseudonymised mode"):
        export(market, "selectors", "csv", Scope(), str(out), _req(True))
    assert not out.exists()
    with market.connect() as conn:
        last = entries(conn, limit=1)[0]
    assert (last.action, last.object_type) == ("refused", "selectors")
    export(market, "selectors", "csv", Scope(), str(out), _req(False))  # full mode still has its columns
    assert _csv_header(out) == list(load_policy().fields("export_selectors", "full"))


def test_a_graph_export_drops_the_attributes_the_policy_leaves_out(
    market: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "g.graphml"
    export(market, "graph", "graphml", Scope(), str(out), _req(False))
    assert 'key="e_reason"' in out.read_text("utf-8") and 'key="n_risk_score"' in out.read_text("utf-8")
    raw = _copy(tmp_path, "version: 1", "version: 1").read_text("utf-8")
    narrow = tmp_path / "narrow.yaml"
    narrow.write_text(
        raw.replace(
            "    full: [first_seen, last_seen, weight, reason]", "    full: [first_seen, last_seen, weight]"
        ).replace("    full: [network_id, risk_score, minor_score,", "    full: [network_id, minor_score,"),
        encoding="utf-8",
    )
    monkeypatch.setenv(ENV_POLICY, str(narrow))
    export(market, "graph", "graphml", Scope(), str(out), _req(False))
    text = out.read_text("utf-8")
    assert 'key="e_reason"' not in text and "shared_phone" not in text  # no link reason on any edge
    assert 'key="n_risk_score"' not in text and 'key="n_minor_score"' in text
