"""`kartlegg ingest` end to end, as a user runs it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

ADS = [
    {
        "id": "a1",
        "site": "rosa.example",
        "url": "https://rosa.example/ad/a1",
        "posted_at": "2026-03-01T14:05:00",
        "title": "Ny i stan",
        "body": "Ring 070-123 45 67",
        "city": "Stockholm",
        "images": ["https://rosa.example/i/1.jpg"],
    },
    {
        "id": "a2",
        "site": "rosa.example",
        "title": "Hej",
        "body": "mejla anna@example.com",
        "city": None,
        "images": [],
        "tier": "gold",
    },
]


def _write_jsonl(path: Path, rows: list[object], gz: bool = False) -> Path:
    data = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n"
    if gz:
        path.write_bytes(gzip.compress(data.encode()))
    else:
        path.write_text(data)
    return path


def _export(home: Path) -> list[dict[str, object]]:
    res = run_cli("export", "ads", "--format", "jsonl", "--reason", "case 7", home=home)
    assert res.returncode == 0, res.stderr.decode()
    return [json.loads(line) for line in res.stdout.decode().splitlines()]


def test_ingest_is_idempotent_and_keeps_unknown_keys(tmp_path: Path) -> None:
    f = _write_jsonl(tmp_path / "ads.jsonl", ADS)
    home = tmp_path / "home"
    first = run_cli("ingest", str(f), home=home)
    assert first.returncode == 0, first.stderr.decode()
    assert "2 new ad versions" in first.stdout.decode()
    second = run_cli("ingest", str(f), home=home)
    assert "0 new ad versions" in second.stdout.decode()
    rows = _export(home)
    assert sorted(r["id"] for r in rows) == ["a1", "a2"]


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_is_kept(tmp_path: Path) -> None:
    f = _write_jsonl(
        tmp_path / "mixed.jsonl",
        [ADS[0], "{not json", {"site": "x.example"}, ADS[1], {"id": "z", "site": "s", "url": "javascript:alert(1)"}],
    )
    res = run_cli("ingest", str(f), home=tmp_path / "home")
    err = res.stderr.decode()
    assert res.returncode == 1
    assert f"{f}:2: invalid JSON" in err
    assert f"{f}:3: missing 'id'" in err
    assert f"{f}:5: 'url' must start with http" in err
    assert "Traceback" not in err
    assert "3 lines rejected" in res.stdout.decode()
    assert len(_export(tmp_path / "home")) == 2


def test_gzip_csv_and_folders(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    _write_jsonl(folder / "a.jsonl.gz", [ADS[0]], gz=True)
    (folder / "b.csv").write_text(
        'id,site,title,body,city,images\nc1,lys.example,Hei,"Ring 912 34 567",Oslo,"[""https://lys.example/1.jpg""]"\n'
    )
    (folder / "notes.txt").write_text("not an ad file")
    res = run_cli("ingest", str(folder), home=tmp_path / "home")
    assert res.returncode == 0, res.stderr.decode()
    rows = {r["id"]: r for r in _export(tmp_path / "home")}
    assert set(rows) == {"a1", "c1"}
    assert rows["c1"]["site"] == "lys.example" and rows["c1"]["city"] == "Oslo"


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    res = run_cli("ingest", str(tmp_path / "nope.jsonl"), home=tmp_path / "home")
    assert res.returncode == 2
    assert "no such file" in res.stderr.decode()
    assert "Traceback" not in res.stderr.decode()


def test_edited_ad_becomes_a_new_version(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run_cli("ingest", str(_write_jsonl(tmp_path / "d1.jsonl", [ADS[0]])), home=home)
    edited = dict(ADS[0], body="Ring 070-999 88 77")
    res = run_cli("ingest", str(_write_jsonl(tmp_path / "d2.jsonl", [edited])), home=home)
    assert "1 new ad versions" in res.stdout.decode()
    status = run_cli("status", home=home).stdout.decode()
    assert "ad_versions" in status


@pytest.mark.postgres
def test_the_same_commands_work_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    env = {"KARTLEGG_DATABASE_URL": pg_url}
    f = _write_jsonl(tmp_path / "ads.jsonl", ADS)
    home = tmp_path / "home"
    assert run_cli("ingest", str(f), home=home, env=env).returncode == 0
    again = run_cli("ingest", str(f), home=home, env=env)
    assert "0 new ad versions" in again.stdout.decode()
    assert run_cli("analyze", home=home, env=env).returncode == 0
    res = run_cli("export", "ads", "--reason", "case 7", home=home, env=env)
    rows = {r["id"]: r for r in map(json.loads, res.stdout.decode().splitlines())}
    assert rows["a1"]["phones"] == ["+46701234567"]
    assert not (home / "kartlegg.sqlite").exists()


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    env = {"KARTLEGG_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}
    res = run_cli("status", home=tmp_path / "home", env=env)
    assert res.returncode == 2
    assert "cannot open store" in res.stderr.decode() and "Traceback" not in res.stderr.decode()


def test_analyze_takes_a_worker_count_and_refuses_a_bad_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run_cli("ingest", str(_write_jsonl(tmp_path / "ads.jsonl", ADS)), home=home).returncode == 0
    bad = run_cli("analyze", "--workers", "0", home=home)
    assert bad.returncode == 2 and b"Traceback" not in bad.stderr and b"--workers" in bad.stderr
    ok = run_cli("analyze", "--workers", "1", home=home)
    assert ok.returncode == 0, ok.stderr.decode()
    assert "extract: versions 2" in ok.stdout.decode()
    assert [r["phones"] for r in _export(home)] == [["+46701234567"], []]
