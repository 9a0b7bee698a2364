"""`kartlegg extract` as a user runs it: ad JSONL in, selectors out."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def test_extract_cli_reads_obfuscated_nordic_ads(tmp_path: Path) -> None:
    ads = [
        {"id": "a1", "site": "rosa.example", "title": "Ny i Sthlm", "body": "Ring noll sju noll - 123 45 67, 22 år"},
        {"id": "a2", "site": "rosa.example", "title": "Oslo", "body": "Hei, ring meg på 412 34 567. Snap: lisa_oslo"},
        {"id": "a3", "site": "rosa.example", "title": "Kbh", "body": "Mail: sofie (at) gmail dot com"},
    ]
    stdin = "".join(json.dumps(a) + "\n" for a in ads).encode()
    res = run_cli("extract", "--region", "SE", home=tmp_path, stdin=stdin)
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a2", "a3"]
    assert rows[0]["phones"] == ["+46701234567"] and rows[0]["ages"] == [22] and rows[0]["cities"] == ["Stockholm"]
    assert rows[1]["phones"] == ["+4741234567"] and rows[1]["language"] == "no"
    assert rows[1]["handles"] == [{"platform": "snapchat", "handle": "lisa_oslo"}]
    assert rows[2]["emails"] == ["sofie@gmail.com"] and rows[2]["cities"] == ["København"]


def test_extract_cli_names_a_refused_line_and_still_writes_the_others(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a1", "site": "s", "body": "Ring 412 34 567"}), json.dumps({"site": "s"}), "{oops"]
    res = run_cli("extract", "--region", "NO", home=tmp_path, stdin=("\n".join(lines) + "\n").encode())
    assert res.returncode == 1
    assert [json.loads(line)["phones"] for line in res.stdout.decode().splitlines()] == [["+4741234567"]]
    err = res.stderr.decode()
    assert "<stdin>:2: missing 'id'" in err and "<stdin>:3:" in err
