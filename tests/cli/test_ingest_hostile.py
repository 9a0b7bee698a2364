"""Ad files as other units' exports, spreadsheets and old archives deliver them (issue 16), on both stores.

Each case runs ``kartlegg ingest`` as a user does, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import _pg_database, run_cli


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """The environment that points ``kartlegg`` at a fresh store of each kind."""
    if request.param == "sqlite":
        yield {}
    else:
        for url in _pg_database():
            yield {"KARTLEGG_DATABASE_URL": url}


def _ad(i: int, site: str = "rosa.example") -> dict[str, object]:
    return {"id": f"a{i}", "site": site, "title": f"Annonse {i}", "body": f"Ring meg {i}", "city": "Oslo"}


def _lines(ads: list[dict[str, object]]) -> bytes:
    return b"".join(json.dumps(a).encode() + b"\n" for a in ads)


def _ids(home: Path, env: dict[str, str]) -> list[str]:
    res = run_cli("export", "ads", "--format", "jsonl", "--reason", "test 2026/1", home=home, env=env)
    assert res.returncode == 0, res.stderr.decode()
    return sorted(str(json.loads(line)["id"]) for line in res.stdout.decode().splitlines())


def test_a_utf8_bom_is_skipped_in_jsonl_and_csv(tmp_path: Path, backend: dict[str, str]) -> None:
    jsonl = tmp_path / "bom.jsonl"
    jsonl.write_bytes(b"\xef\xbb\xbf" + _lines([_ad(1), _ad(2)]))
    csv_file = tmp_path / "excel.csv"  # what a spreadsheet writes as "CSV UTF-8"
    csv_file.write_bytes("\ufeffid,site,title,body,city\nc1,lys.example,Hei,Ring 912 34 567,Tromsø\n".encode())
    gz = tmp_path / "bom.csv.gz"
    gz.write_bytes(gzip.compress("\ufeffid,site,title\nc2,lys.example,Hallo\n".encode()))
    home = tmp_path / "home"
    res = run_cli("ingest", str(jsonl), str(csv_file), str(gz), home=home, env=backend)
    assert res.returncode == 0, res.stderr.decode()
    assert "4 new ad versions" in res.stdout.decode() and "0 lines rejected" in res.stdout.decode()
    assert _ids(home, backend) == ["a1", "a2", "c1", "c2"]


def test_a_truncated_gzip_keeps_its_lines_names_the_file_and_the_folder_goes_on(
    tmp_path: Path, backend: dict[str, str]
) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    whole = gzip.compress(_lines([_ad(i) for i in range(400)]), compresslevel=1)
    cut = folder / "a-cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    (folder / "b-good.jsonl").write_bytes(_lines([_ad(1000), _ad(1001)]))
    home = tmp_path / "home"
    res = run_cli("ingest", str(folder), home=home, env=backend)
    err = res.stderr.decode()
    assert res.returncode == 1
    assert "Traceback" not in err and "Aborted" not in err
    line = next(ln for ln in err.splitlines() if "truncated gzip" in ln)
    kept = int(line.split("after ")[1].split(" lines")[0])
    assert line == f"{cut}: truncated gzip after {kept} lines"
    assert 0 < kept < 400
    ids = _ids(home, backend)
    assert "a1000" in ids and "a1001" in ids  # the file after the damaged one was read
    assert len(ids) == kept + 2  # every complete line before the cut was kept


def test_a_plain_file_named_gz_is_read_as_plain(tmp_path: Path, backend: dict[str, str]) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "a-plain.jsonl.gz").write_bytes(_lines([_ad(1), _ad(2)]))
    (folder / "b-real.jsonl.gz").write_bytes(gzip.compress(_lines([_ad(3)])))
    (folder / "c-gzip-named-plain.jsonl").write_bytes(gzip.compress(_lines([_ad(4)])))
    home = tmp_path / "home"
    res = run_cli("ingest", str(folder), home=home, env=backend)
    assert res.returncode == 0, res.stderr.decode()
    assert _ids(home, backend) == ["a1", "a2", "a3", "a4"]


def test_a_damaged_gzip_is_named_and_the_others_are_ingested(tmp_path: Path, backend: dict[str, str]) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    good = gzip.compress(_lines([_ad(1)]))
    (folder / "a-damaged.jsonl.gz").write_bytes(good[:12] + b"\xff" * 40 + good[52:])
    (folder / "b-good.jsonl").write_bytes(_lines([_ad(2)]))
    home = tmp_path / "home"
    res = run_cli("ingest", str(folder), home=home, env=backend)
    err = res.stderr.decode()
    assert res.returncode == 1 and "Traceback" not in err
    assert f"{folder / 'a-damaged.jsonl.gz'}: " in err
    assert _ids(home, backend) == ["a2"]


def test_a_truncated_warc_keeps_its_pages_names_the_file_and_the_run_goes_on(
    tmp_path: Path, backend: dict[str, str]
) -> None:
    from kartlegg.collect.fetch import Response
    from kartlegg.collect.warc import WarcArchive

    archive = WarcArchive(tmp_path / "archive")
    for i in range(40):
        page = f"<h1>Annonse {i}</h1><p>Ring meg {i}</p>".encode() + b" " * 500
        resp = Response(
            url=f"http://w.example/ad/{i}",
            status=200,
            reason="OK",
            http_version="HTTP/1.1",
            headers=[("Content-Type", "text/html; charset=utf-8")],
            request_headers=[],
            raw=page,
            fetched_at="2026-03-01T12:00:00+00:00",
            elapsed=0.01,
        )
        archive.write(resp, {"Kartlegg-Site": "wsite", "Kartlegg-Role": "ad"})
    archive.close()
    whole = next((tmp_path / "archive").rglob("*.warc.gz")).read_bytes()
    cut = tmp_path / "a-cut.warc.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    good = tmp_path / "b-good.jsonl"
    good.write_bytes(_lines([_ad(1)]))
    site = tmp_path / "wsite.yaml"
    site.write_text(
        'name: wsite\ndomains: ["w.example"]\nstart_urls: ["http://w.example/"]\nlisting: {ad_links: "a"}\n'
        'ad: {id_from_url: "/ad/(\\\\d+)$", title: {css: h1}, body: {css: p}}\n'
    )
    home = tmp_path / "home"
    assert run_cli("sites", "add", str(site), home=home, env=backend).returncode == 0
    res = run_cli("ingest", str(cut), str(good), home=home, env=backend)
    err = res.stderr.decode()
    assert res.returncode == 1 and "Traceback" not in err
    line = next(ln for ln in err.splitlines() if "truncated WARC" in ln)
    assert line.startswith(f"{cut}: truncated WARC after ")
    ids = _ids(home, backend)
    assert "a1" in ids  # the file after the damaged one was read
    warc_ads = [i for i in ids if i != "a1"]
    assert 5 < len(warc_ads) < 40  # the pages before the cut were kept
