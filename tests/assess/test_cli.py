"""The assess commands as a user runs them: analyze scores, triage/outreach/explain are audited reads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kartlegg.store.audit import entries, verify
from kartlegg.store.engine import open_store
from tests.assess.market import SynthAd, write_links
from tests.conftest import make_settings, run_cli

ADS = [
    SynthAd("c1", "Ung tjej 🎀 19 år, ring +46701112233.", city="Malmö", profile="young", network="n1"),
    SynthAd("c2", "Hon tar emot dygnet runt. Ring +46707000005.", city="Malmö", profile="ctl1", network="n2"),
    SynthAd("c3", "Hon tar emot på hotell. Ring +46707000005.", city="Malmö", profile="ctl2", network="n2"),
    SynthAd("c4", "Hej, ring mig på +46709998877.", city="Oslo", profile="calm", network="n3"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One analysed store shared by the read-only tests of this module."""
    tmp_path = tmp_path_factory.mktemp("assess-cli")
    f = tmp_path / "ads.jsonl"
    f.write_text(
        "".join(
            json.dumps({"id": a.key, "site": a.site, "title": a.title, "body": a.body, "city": a.city}) + "\n"
            for a in ADS
        ),
        encoding="utf-8",
    )
    home = tmp_path / "home"
    assert run_cli("ingest", str(f), home=home).returncode == 0
    res = run_cli("analyze", home=home)
    assert res.returncode == 0, res.stderr.decode()
    assert "assess:" in res.stdout.decode()
    store = open_store(make_settings(home))
    with store.begin() as conn:
        write_links(conn, ADS)  # as the link stage would
    store.close()
    res = run_cli("assess", home=home)
    assert res.returncode == 0, res.stderr.decode()
    return home


def _audit(home: Path) -> list[tuple[str, str, str]]:
    store = open_store(make_settings(home))
    with store.connect() as conn:
        assert verify(conn).ok
        rows = [(e.action, e.object_id, e.justification) for e in entries(conn)]
    store.close()
    return rows


def test_triage_lists_minors_first_and_is_audited(home: Path, tmp_path: Path) -> None:
    res = run_cli("triage", "--city", "Malmö", "--json", "--reason", "weekly review", home=home)
    assert res.returncode == 0, res.stderr.decode()
    items = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert items[0]["entity_id"] == "young" and items[0]["minor_first"] is True
    assert {i["entity_id"] for i in items} == {"young", "ctl1", "ctl2"}
    assert ("triage", "Malmö", "weekly review") in _audit(home)
    table = run_cli("triage", "--limit", "2", home=home)
    assert table.returncode == 0 and "young" in table.stdout.decode()


def test_outreach_csv_has_no_intelligence_fields(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "malmo.csv"
    res = run_cli("outreach", "--city", "malmö", "--format", "csv", "--output", str(out), home=home)
    assert res.returncode == 0, res.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert {r["ref"] for r in rows} == {"young", "ctl1", "ctl2"}
    assert set(rows[0]) == {"ref", "city", "phones", "emails", "handles", "languages", "ad_url", "last_seen"}
    young = next(r for r in rows if r["ref"] == "young")
    assert young["phones"] == "+46701112233"
    assert all(r["phones"] == "" for r in rows if r["ref"] != "young")  # the shared number is left out
    assert "n2" not in out.read_text("utf-8")
    assert ("outreach", "malmö", "") in _audit(home)


def test_explain_shows_contributions_and_evidence(home: Path, tmp_path: Path) -> None:
    res = run_cli("explain", "profile", "ctl1", "--json", home=home)
    assert res.returncode == 0, res.stderr.decode()
    ex = json.loads(res.stdout)
    found = {c["indicator"]: c for c in ex["contributions"]}
    assert {"third_person", "shared_phone", "available_24_7"} <= set(found)
    assert found["third_person"]["evidence"][0]["text"] == "Hon tar emot"
    text_out = run_cli("explain", "ad", str(ADS[0].ad_id), home=home).stdout.decode()
    assert "Youth cues" in text_out and "'🎀'" in text_out
    missing = run_cli("explain", "profile", "nobody", home=home)
    assert missing.returncode == 1 and "no assessment" in missing.stderr.decode()
    bad = run_cli("explain", "person", "x", home=home)
    assert bad.returncode == 2 and "entity type" in bad.stderr.decode()


def test_indicators_command_validates_and_documents(tmp_path: Path) -> None:
    broken = tmp_path / "bad.yaml"
    broken.write_text("version: 1\nindicators: []\n", encoding="utf-8")
    res = run_cli("indicators", "--check", str(broken), home=tmp_path / "h")
    assert res.returncode == 2 and "invalid indicator catalogue" in res.stderr.decode()
    md = run_cli("indicators", "--markdown", home=tmp_path / "h")
    root = Path(__file__).resolve().parents[2]
    assert md.stdout.decode() == (root / "docs" / "indicators.md").read_text("utf-8")


def test_assess_reads_only_what_changed_and_full_reads_everything(home: Path) -> None:
    again = run_cli("assess", home=home)
    full = run_cli("assess", "--full", home=home)
    assert again.returncode == 0 and full.returncode == 0, full.stderr.decode()
    assert "read 0, written 0" in again.stdout.decode()  # nothing changed since the fixture's run
    assert f"read {len(ADS)}," in full.stdout.decode()
    assert "--full" in run_cli("assess", "--help", home=home).stdout.decode()
