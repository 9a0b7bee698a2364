"""The shared scorers: checked against hand-computed cases and the brute-force definitions."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.demo import build_market, write_market
from kartlegg.demo.scoring import (
    bcubed,
    gold_networks,
    gold_profiles,
    load_truth,
    pairwise,
    roc_auc,
    score_phones,
)


def _bcubed_brute(pred: dict[int, int], gold: dict[int, int]) -> tuple[float, float]:
    items = list(gold)
    p = sum(
        sum(1 for j in items if pred[j] == pred[i] and gold[j] == gold[i]) / sum(1 for j in items if pred[j] == pred[i])
        for i in items
    ) / len(items)
    r = sum(
        sum(1 for j in items if pred[j] == pred[i] and gold[j] == gold[i]) / sum(1 for j in items if gold[j] == gold[i])
        for i in items
    ) / len(items)
    return p, r


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=30))
@settings(max_examples=200, deadline=None)
def test_bcubed_matches_its_definition(rows: list[tuple[int, int]]) -> None:
    pred = {i: p for i, (p, _) in enumerate(rows)}
    gold = {i: g for i, (_, g) in enumerate(rows)}
    got = bcubed(pred, gold)  # type: ignore[arg-type]
    p, r = _bcubed_brute(pred, gold)
    assert got.precision == pytest.approx(p) and got.recall == pytest.approx(r)


def test_bcubed_extremes() -> None:
    gold = {("s", "1"): "A", ("s", "2"): "A", ("s", "3"): "B"}
    assert bcubed(gold, gold).f1 == 1.0
    lumped = bcubed(dict.fromkeys(gold, "x"), gold)
    assert lumped.recall == 1.0 and lumped.precision == pytest.approx((2 * 2 / 3 + 1 / 3) / 3)
    missing = bcubed({}, gold)  # every ad alone
    assert missing.precision == 1.0 and missing.recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_pairwise_and_auc_by_hand() -> None:
    gold = {"p1": "n1", "p2": "n1", "p3": "n2", "p4": "n2"}
    pred = {"p1": "a", "p2": "a", "p3": "a", "p4": None}
    s = pairwise(pred, gold)
    assert s.precision == pytest.approx(1 / 3) and s.recall == pytest.approx(1 / 2)
    assert roc_auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == pytest.approx(0.75)
    assert roc_auc([1, 1, 1, 1], [True, False, True, False]) == pytest.approx(0.5)
    with pytest.raises(ValueError):
        roc_auc([1.0], [True])


@given(st.lists(st.tuples(st.integers(0, 5), st.booleans()), min_size=2, max_size=25))
@settings(max_examples=200, deadline=None)
def test_auc_matches_pair_counting(rows: list[tuple[int, bool]]) -> None:
    pos = [s for s, lab in rows if lab]
    neg = [s for s, lab in rows if not lab]
    if not pos or not neg:
        return
    expect = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a, b in itertools.product(pos, neg)) / (
        len(pos) * len(neg)
    )
    assert roc_auc([float(s) for s, _ in rows], [lab for _, lab in rows]) == pytest.approx(expect)


def test_scoring_the_truth_itself_is_perfect_and_a_trivial_guess_is_not(tmp_path: Path) -> None:
    m = build_market(seed=4, n_persons=60, days=30)
    _, truth_path = write_market(m, tmp_path)
    truth = load_truth(truth_path)
    assert bcubed(gold_profiles(truth), gold_profiles(truth)).f1 == 1.0
    # linking every ad by its first phone alone merges network persons (shared controller phone)
    by_phone = {(t["site"], t["id"]): (t["true_phones"] or [None])[0] for t in truth}
    assert bcubed(by_phone, gold_profiles(truth)).precision < 0.95
    perfect = score_phones({(t["site"], t["id"]): t["true_phones"] + t["hub_phones"] for t in truth}, truth)
    assert perfect.recall == perfect.hub_recall == perfect.precision == 1.0
    footer_only = score_phones({(t["site"], t["id"]): t["hub_phones"] for t in truth}, truth)
    assert footer_only.recall == 0.0 and footer_only.hub_recall == 1.0
    assert set(footer_only.recall_by_style) <= {t["phone_style"] for t in truth}
    assert bcubed(gold_networks(truth), gold_networks(truth)).f1 == 1.0
