"""The ad export carries every key on every row, and every export is audited."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from kartlegg.report.export_ads import EXPORT_KEYS
from tests.conftest import run_cli


def _home_with_ads(tmp_path: Path) -> Path:
    f = tmp_path / "ads.jsonl"
    f.write_text(
        json.dumps(
            {"id": "1", "site": "rosa.example", "title": "Hej", "body": "Ring +46 70 123 45 67 nu", "city": "Malmö"}
        )
        + "\n"
        + json.dumps({"id": "2", "site": "rosa.example", "body": "-", "city": '=HYPERLINK("http://x")'})
        + "\n"
    )
    home = tmp_path / "home"
    assert run_cli("ingest", str(f), home=home).returncode == 0
    assert run_cli("analyze", home=home).returncode == 0
    return home


def test_jsonl_rows_have_every_key(tmp_path: Path) -> None:
    home = _home_with_ads(tmp_path)
    res = run_cli("export", "ads", "--reason", "case 7", home=home)
    rows = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert len(rows) == 2
    for row in rows:
        assert tuple(row) == EXPORT_KEYS
    by_id = {r["id"]: r for r in rows}
    assert by_id["1"]["phones"] == ["+46701234567"]


def test_csv_export_neutralises_formulas_and_is_audited(tmp_path: Path) -> None:
    home = _home_with_ads(tmp_path)
    out = tmp_path / "ads.csv"
    res = run_cli("export", "ads", "--format", "csv", "--output", str(out), "--reason", "case 7", home=home)
    assert res.returncode == 0, res.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 2
    assert all(set(r) == set(EXPORT_KEYS) for r in rows)
    assert json.loads(next(r for r in rows if r["id"] == "1")["phones"]) == ["+46701234567"]
    assert next(r for r in rows if r["id"] == "2")["city"] == '\'=HYPERLINK("http://x")'
    from kartlegg.store.audit import entries
    from kartlegg.store.engine import open_store
    from tests.conftest import make_settings

    store = open_store(make_settings(home))
    with store.connect() as conn:
        log = entries(conn)
    store.close()
    assert log[0].action == "export" and log[0].justification == "case 7" and log[0].actor == "tester"


def test_every_disclosure_without_a_reason_is_refused_and_audited(tmp_path: Path) -> None:
    from kartlegg.store.audit import entries
    from kartlegg.store.engine import open_store
    from tests.conftest import make_settings

    home = _home_with_ads(tmp_path)
    out = tmp_path / "x.out"
    for args in (
        ("export", "ads"),
        ("export", "ads", "--format", "csv", "-o", str(out), "--reason", "  "),
        ("export", "graph", "--format", "graphml", "-o", str(out), "--pseudonymise"),
        ("export", "selectors", "-o", str(out), "--reason", "x"),
        ("report", "market", "-o", str(tmp_path / "m.html")),
    ):
        res = run_cli(*args, home=home)
        assert res.returncode == 2, args
        assert "give a reason" in res.stderr.decode() and "Traceback" not in res.stderr.decode(), args
        assert res.stdout == b"" and not out.exists() and not (tmp_path / "m.html").exists(), args
    store = open_store(make_settings(home))
    with store.connect() as conn:
        refused = [e for e in entries(conn) if e.action == "refused"]
    store.close()
    assert len(refused) == 5 and {e.object_type for e in refused} == {"ads", "graph", "selectors", "market"}
    assert all(e.actor == "tester" for e in refused)


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    res = run_cli("export", "ads", "--format", "xml", home=tmp_path / "home")
    assert res.returncode == 2 and "unknown format" in res.stderr.decode()


def test_extract_is_a_stream_filter(tmp_path: Path) -> None:
    ads = [
        {"id": "1", "site": "s.example", "body": "Ring 070-123 45 67 eller anna@example.com"},
        {"id": "2", "site": "s.example", "body": "ingen kontakt"},
    ]
    stdin = ("\n".join(json.dumps(a) for a in ads) + "\nbroken\n").encode()
    res = run_cli("extract", "--region", "SE", home=tmp_path / "unused", stdin=stdin)
    assert res.returncode == 1  # one bad line
    assert "<stdin>:3:" in res.stderr.decode()
    rows = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert rows[0]["phones"] == ["+46701234567"] and rows[0]["emails"] == ["anna@example.com"]
    assert rows[1]["phones"] == []
    assert not (tmp_path / "unused").exists()
