"""benchmarks/reword_labels.py: a site's labels reworded the same way on every ad, its digits never touched."""

from __future__ import annotations

import json
import re
from pathlib import Path

from benchmarks.reword_labels import learn_labels, main, reword


def _ads() -> list[dict[str, str]]:
    return [
        {
            "site": "s",
            "id": str(i),
            "title": f"Anna {i}",
            "body": f"Hei fra Oslo 12\nTlf: 412 34 {i:03d}\nAnnonse-ID: 55855{i:03d}\nmail anna{i}@x.no\nVERSION:2.1",
        }
        for i in range(40)
    ]


def test_labels_are_reworded_consistently_and_digits_kept(tmp_path: Path) -> None:
    ads = _ads()
    labels = learn_labels(ads, {"oslo"})["s"]
    assert {"Tlf", "Annonse-ID"} <= set(labels)
    assert "Oslo" not in labels and "VERSION" not in labels and "anna" not in labels
    assert labels["Tlf"] != labels["Annonse-ID"]
    for a in ads:
        new = reword(a["body"], labels)
        assert re.findall(r"\d", new) == re.findall(r"\d", a["body"])
        assert f"{labels['Tlf']}: 412" in new and "Tlf" not in new
        assert "@x.no" in new and "VERSION:2.1" in new
    src, dst = tmp_path / "src", tmp_path / "dst"
    src.mkdir()
    (src / "ads.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ads))
    (src / "truth.jsonl").write_text("".join(json.dumps({"id": a["id"], "city": "Oslo"}) + "\n" for a in ads))
    main(src, dst)
    assert (dst / "truth.jsonl").read_text() == (src / "truth.jsonl").read_text()
    assert json.loads((dst / "labels.json").read_text())["s"] == labels
