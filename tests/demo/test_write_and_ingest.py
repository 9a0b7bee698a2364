"""write_market's files go through `kartlegg ingest` unchanged, as a user would load them."""

from __future__ import annotations

import json
from pathlib import Path

from kartlegg.demo import build_market, write_market
from tests.conftest import run_cli


def test_written_market_round_trips_through_ingest_and_export(tmp_path: Path) -> None:
    m = build_market(seed=11, n_persons=25, days=14)
    ads_path, truth_path = write_market(m, tmp_path / "demo")
    assert ads_path.name == "ads.jsonl" and truth_path.name == "truth.jsonl"
    truth = [json.loads(line) for line in truth_path.read_text().splitlines()]
    assert truth == m.truth
    home = tmp_path / "home"
    res = run_cli("ingest", str(ads_path), home=home)
    assert res.returncode == 0, res.stderr.decode()
    assert f"{len(m.ads)} ads read" in res.stdout.decode()
    assert f"{len(m.ads)} new ad versions stored, 0 lines rejected" in res.stdout.decode()
    again = run_cli("ingest", str(ads_path), home=home)
    assert "0 new ad versions" in again.stdout.decode()
    exp = run_cli("export", "ads", "--format", "jsonl", "--reason", "case 7", home=home)
    assert exp.returncode == 0, exp.stderr.decode()
    rows = {(r["site"], r["id"]): r for r in map(json.loads, exp.stdout.decode().splitlines())}
    assert set(rows) == {(ad["site"], ad["id"]) for ad in m.ads}
    for ad in m.ads:
        row = rows[(ad["site"], ad["id"])]
        assert row["url"] == ad["url"] and row["city"] == ad["city"]
        assert row["posted_at"].startswith(ad["posted_at"][:16])
