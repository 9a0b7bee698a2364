"""`kartlegg export versions --format parquet`: every version with its raw text, for a Spark or DuckDB job;
audited with its reason before the first file, refused when pseudonymised (raw text cannot be)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kartlegg.read import exports
from kartlegg.store.audit import entries
from kartlegg.store.engine import open_store
from tests.conftest import make_settings, run_cli

pq = pytest.importorskip("pyarrow.parquet")


def _home(tmp_path: Path) -> Path:
    f = tmp_path / "ads.jsonl"
    ads = [
        {
            "id": "1",
            "site": "rosa.example",
            "title": "Hej",
            "body": "Ring +46 70 123 45 67",
            "images": ["http://x/a.jpg"],
        },
        {"id": "2", "site": "natt.example", "body": "Ny i stan", "city": "Malmö", "extra_key": "kept"},
        {"id": "1", "site": "rosa.example", "title": "Hej", "body": "Ring +46 70 999 88 77 (edited)"},
    ]
    f.write_text("".join(json.dumps(a) + "\n" for a in ads))
    home = tmp_path / "home"
    assert run_cli("ingest", str(f), home=home).returncode == 0
    return home


def test_every_version_with_its_text_as_parquet_and_audited(tmp_path: Path) -> None:
    home = _home(tmp_path)
    out = tmp_path / "versions"
    r = run_cli("export", "versions", "--format", "parquet", "--out", str(out), "--reason", "case 7 spark", home=home)
    assert r.returncode == 0, r.stderr.decode()
    assert b"3 versions exported" in r.stdout + r.stderr
    table = pq.read_table(out)
    assert table.column_names == list(exports.VERSIONS)
    rows = sorted(table.to_pylist(), key=lambda x: x["seq"])
    assert [x["body"] for x in rows] == ["Ring +46 70 123 45 67", "Ny i stan", "Ring +46 70 999 88 77 (edited)"]
    assert rows[0]["ad_id"] == rows[2]["ad_id"] != rows[1]["ad_id"]
    assert rows[0]["images"] == ["http://x/a.jpg"] and rows[1]["city"] == "Malmö"
    assert json.loads(rows[1]["extra"]) == {"extra_key": "kept"}
    store = open_store(make_settings(home))
    with store.connect() as conn:
        last = entries(conn, limit=1)[0]
    store.close()
    assert (last.action, last.object_type, last.justification) == ("export", "versions", "case 7 spark")


def test_refused_without_reason_pseudonymised_or_to_stdout(tmp_path: Path) -> None:
    home = _home(tmp_path)
    out = tmp_path / "v"
    no_reason = run_cli("export", "versions", "--format", "parquet", "--out", str(out), home=home)
    pseudo = run_cli(
        "export", "versions", "--format", "parquet", "--out", str(out), "--reason", "case 7", "--pseudonymise",
        home=home,
    )  # fmt: skip
    stdout = run_cli("export", "versions", "--format", "parquet", "--reason", "case 7", home=home)
    csv = run_cli("export", "versions", "--format", "csv", "--out", str(out), "--reason", "case 7", home=home)
    for r in (no_reason, pseudo, stdout, csv):
        assert r.returncode == 2 and b"Traceback" not in r.stderr
    assert b"pseudonymised" in pseudo.stderr
    assert not out.exists()
