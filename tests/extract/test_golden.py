"""Golden corpus (synthetic, sv/no/da/en): precision and recall per selector type against pinned floors.

The floors only go up: lowering one is a regression the suite refuses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kartlegg.extract import extract_ad

CORPUS = yaml.safe_load((Path(__file__).parent / "golden.yaml").read_text(encoding="utf-8"))

#: kind -> (precision floor, recall floor). Raise these when the extractor improves; never lower them.
FLOORS: dict[str, tuple[float, float]] = {
    "phone": (1.0, 1.0),
    "email": (1.0, 1.0),
    "handle": (1.0, 1.0),
    "age": (1.0, 0.9),
    "city": (1.0, 1.0),
    "district": (1.0, 1.0),
    "price": (0.9, 0.9),
    "nationality": (0.75, 1.0),
    "service_mode": (0.8, 1.0),
    "hotel": (1.0, 1.0),
}


def _scores() -> dict[str, list[int]]:
    tally: dict[str, list[int]] = {k: [0, 0, 0] for k in FLOORS}
    for case in CORPUS:
        ex = extract_ad(title=case["title"], body=case["body"], region=case["region"])
        expect: dict[str, Any] = case["expect"]
        for kind in FLOORS:
            got = set(ex.values(kind))
            want = {str(v) for v in expect.get(kind, [])}
            if kind not in expect and kind in ("hotel", "nationality", "service_mode", "price"):
                continue  # only cases that annotate these kinds score them
            t = tally[kind]
            t[0] += len(got & want)
            t[1] += len(got - want)
            t[2] += len(want - got)
    return tally


def test_golden_corpus_meets_pinned_floors() -> None:
    failures = []
    for kind, (tp, fp, fn) in _scores().items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        p_floor, r_floor = FLOORS[kind]
        if precision < p_floor or recall < r_floor:
            failures.append(
                f"{kind}: precision {precision:.2f} (floor {p_floor}), recall {recall:.2f} (floor {r_floor})"
            )
    assert not failures, "\n".join(failures)


def test_golden_corpus_covers_all_four_languages() -> None:
    assert {c["lang"] for c in CORPUS} == {"sv", "no", "da", "en"}


def test_detected_language_matches_corpus_label() -> None:
    wrong = []
    for case in CORPUS:
        ex = extract_ad(title=case["title"], body=case["body"], region=case["region"])
        if ex.language != case["lang"]:
            wrong.append((case["title"], ex.language, case["lang"]))
    assert len(wrong) <= 1, wrong


def test_every_span_points_at_its_raw_text() -> None:
    for case in CORPUS:
        fields = {"title": case["title"], "body": case["body"]}
        ex = extract_ad(title=case["title"], body=case["body"], region=case["region"])
        for m in ex.matches:
            assert fields[m.field][m.start : m.end] == m.raw, m
