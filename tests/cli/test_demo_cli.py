"""`kartlegg demo` runs the whole pipeline on the synthetic market and can be run again safely."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def test_demo_end_to_end_then_rerun_adds_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = run_cli("demo", "--persons", "20", home=home)
    assert first.returncode == 0, first.stderr.decode()
    stdout = first.stdout.decode()
    report = Path(stdout.split("report: ")[1].split()[0])
    assert report.is_file()
    html = report.read_text()
    assert "<script" not in html and "<title>kartlegg report: Market</title>" in html
    assert (home / "archive").is_dir() and any((home / "archive").rglob("*.warc.gz"))  # crawled, with evidence
    exported = run_cli("export", "ads", "--reason", "case 7", home=home).stdout.decode().splitlines()
    truth = (home / "demo" / "truth.jsonl").read_text().splitlines()
    assert len(exported) == len(truth) > 100
    # phones were extracted from the synthetic ads
    assert sum(1 for line in exported if json.loads(line)["phones"]) > len(exported) * 0.9
    # the site that moved its domain half-way is reported as the same site
    assert "sites seen under another domain" in stdout and "same page template" in " ".join(stdout.split())

    again = run_cli("demo", "--persons", "20", home=home)
    assert again.returncode == 0, again.stderr.decode()
    assert "crawled" in again.stdout.decode() and " 0 new ad versions" in again.stdout.decode()
    assert len(run_cli("export", "ads", "--reason", "case 7", home=home).stdout.decode().splitlines()) == len(exported)
