"""Scoring a pipeline's output against the demo market's ground truth, the same way for every stage.

Ads are keyed by ``(site, id)``. Profiles are scored with B-cubed over ads (person_id is the gold
cluster); networks with B-cubed over ads too, where an independent person's ads form a network of their
own (gold key ``network_id or person_id``), and with pairwise F1 over persons. Assessment scores use ROC AUC
(the rank statistic; ties count half). Extraction is scored as phone recall per written style and as the
share of ads whose hub (footer) number was found.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import orjson

AdKey = tuple[str, str]


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def load_truth(path: str | Path) -> list[dict[str, Any]]:
    """The records of a ``truth.jsonl`` written by ``write_market``."""
    with open(path, "rb") as fh:
        return [orjson.loads(line) for line in fh if line.strip()]


def gold_profiles(truth: Iterable[Mapping[str, Any]]) -> dict[AdKey, str]:
    return {(t["site"], t["id"]): t["person_id"] for t in truth}


def gold_networks(truth: Iterable[Mapping[str, Any]]) -> dict[AdKey, str]:
    """Each ad's network; an independent person is a network of her own."""
    return {(t["site"], t["id"]): t["network_id"] or t["person_id"] for t in truth}


def bcubed(pred: Mapping[AdKey, Hashable | None], gold: Mapping[AdKey, Hashable]) -> PRF:
    """B-cubed precision/recall/F1 of ``pred`` clusters over the ads of ``gold``.

    An ad missing from ``pred`` (or with cluster None) counts as a cluster of its own.
    """
    if not gold:
        raise ValueError("no gold ads to score")
    pred_of = {k: (("__single__", k) if pred.get(k) is None else ("c", pred[k])) for k in gold}
    pred_size: Counter[Hashable] = Counter(pred_of.values())
    gold_size: Counter[Hashable] = Counter(gold.values())
    both: Counter[tuple[Hashable, Hashable]] = Counter((pred_of[k], gold[k]) for k in gold)
    p = sum(n * n / pred_size[pc] for (pc, _), n in both.items()) / len(gold)
    r = sum(n * n / gold_size[gc] for (_, gc), n in both.items()) / len(gold)
    return PRF(p, r, _f1(p, r))


def pairwise(pred: Mapping[Hashable, Hashable | None], gold: Mapping[Hashable, Hashable]) -> PRF:
    """Pairwise precision/recall/F1: which pairs of items (e.g. persons) share a cluster."""

    def pairs(assign: Mapping[Hashable, Hashable | None]) -> set[frozenset[Hashable]]:
        groups: dict[Hashable, list[Hashable]] = defaultdict(list)
        for item in gold:
            c = assign.get(item)
            if c is not None:
                groups[c].append(item)
        return {frozenset(pair) for members in groups.values() for pair in combinations(members, 2)}

    pp, gp = pairs(pred), pairs(gold)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else 1.0
    r = tp / len(gp) if gp else 1.0
    return PRF(p, r, _f1(p, r))


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the ROC curve (Mann-Whitney U with average ranks for ties)."""
    if len(scores) != len(labels):
        raise ValueError("scores and labels differ in length")
    n_pos = sum(1 for lab in labels if lab)
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both positive and negative labels")
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = avg
        i = j + 1
    pos_rank_sum = sum(r for r, lab in zip(ranks, labels, strict=True) if lab)
    return (pos_rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


@dataclass(frozen=True, slots=True)
class PhoneScore:
    recall: float  # true phones found / true phones
    hub_recall: float  # footer numbers found / footer numbers
    precision: float  # found numbers that are true or hub / found numbers
    recall_by_style: dict[str, float]


def score_phones(found: Mapping[AdKey, Iterable[str]], truth: Iterable[Mapping[str, Any]]) -> PhoneScore:
    """How well extraction found the numbers (E.164) in each ad; ``found`` is e.g. the export's ``phones``."""
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    hub_hit = hub_total = correct = reported = 0
    for t in truth:
        got = set(found.get((t["site"], t["id"]), ()))
        true, hubs = set(t["true_phones"]), set(t["hub_phones"])
        style = t["phone_style"]
        total[style] += len(true)
        hit[style] += len(true & got)
        hub_total += len(hubs)
        hub_hit += len(hubs & got)
        reported += len(got)
        correct += len(got & (true | hubs))
    n_true = sum(total.values())
    return PhoneScore(
        recall=sum(hit.values()) / n_true if n_true else 1.0,
        hub_recall=hub_hit / hub_total if hub_total else 1.0,
        precision=correct / reported if reported else 1.0,
        recall_by_style={s: hit[s] / n for s, n in sorted(total.items()) if n},
    )
