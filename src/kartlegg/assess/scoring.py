"""Scores from findings: a noisy-OR of listed contributions, and the fairness guard.

For each finding, strength s = catalogue strength of its count; contribution c = weight * s per score;
score = 100 * (1 - prod(1 - c)). risk_score uses max(c_minor, c_third_party) of each finding. So every
score is a function of the contributions an explanation lists, and nothing else.

Fairness guard (sensitive indicators such as nationality): they count only next to a non-sensitive
finding, and after scoring a whole level, an entity that the non-sensitive findings leave outside the top
decile is capped just below the decile boundary: nationality never lifts anyone into the top decile.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kartlegg.assess.catalogue import Catalogue
from kartlegg.assess.model import Contribution, Hit
from kartlegg.assess.notes import Args, note
from kartlegg.i18n import N_

DIMENSIONS = ("risk", "minor", "third_party")


def merge_hits(into: dict[str, Hit], hits: Iterable[Hit], cap: int, strength: Callable[[Hit], float]) -> None:
    """Union findings: the strongest wins, evidence is pooled (up to ``cap`` items, first come first)."""
    for h in hits:
        cur = into.get(h.indicator)
        if cur is None:
            into[h.indicator] = Hit(h.indicator, h.count, list(h.evidence[:cap]), h.level, h.share)
            continue
        room = cap - len(cur.evidence)
        if room > 0:
            have = cur.evidence  # at most ``cap`` items: a list lookup (identity first) beats hashing them
            cur.evidence.extend([e for e in h.evidence if e not in have][:room])
        if strength(h) > strength(cur):
            cur.count, cur.level, cur.share = h.count, h.level, h.share


def hit_strength(catalogue: Catalogue) -> Callable[[Hit], float]:
    """Effective strength of a finding: the catalogue's strength of its count, times its share of ads."""
    inds = catalogue.by_id()

    def strength(h: Hit) -> float:
        ind = inds.get(h.indicator)
        return ind.strength(h.count) * h.share if ind is not None else 0.0

    return strength


def noisy_or(contributions: Iterable[float]) -> float:
    p = 1.0
    for c in contributions:
        p *= 1.0 - (0.0 if c < 0.0 else 1.0 if c > 1.0 else c)  # clamped to [0, 1]
    return 100.0 * (1.0 - p)


def _noisy_or3(contributions: list[Contribution]) -> dict[str, float]:
    """``noisy_or`` of each score's contributions, in one pass (the same products in the same order: the same
    floats); a day scores ~16,700 entities, three generators each cost more than the products."""
    r = m = t = 1.0
    for c in contributions:
        x, y, z = c.risk, c.minor, c.third_party
        r *= 1.0 - (0.0 if x < 0.0 else 1.0 if x > 1.0 else x)
        m *= 1.0 - (0.0 if y < 0.0 else 1.0 if y > 1.0 else y)
        t *= 1.0 - (0.0 if z < 0.0 else 1.0 if z > 1.0 else z)
    return {"risk": 100.0 * (1.0 - r), "minor": 100.0 * (1.0 - m), "third_party": 100.0 * (1.0 - t)}


@dataclass(slots=True)
class Scored:
    entity_type: str
    entity_id: str
    contributions: list[Contribution]
    scores: dict[str, float]
    base: dict[str, float]
    notes: list[str] = field(default_factory=list)
    #: each note's message id and parameters (``assess.notes``): rendered in the reader's language
    note_msgs: list[tuple[str, Args]] = field(default_factory=list)
    #: How much the fairness guard took off each score (0 when it did not act).
    capped: dict[str, float] = field(default_factory=dict)
    #: The rows to store instead of the contributions' (indicator, contribution, evidence object): an ad's
    #: own part of its person's findings (``assess.person_rows``); None stores the contributions.
    stored: list[tuple[str, float, dict[str, Any]]] | None = None


def scorer(catalogue: Catalogue) -> Callable[[str, str, dict[str, Hit]], Scored]:
    """``score_entity`` with the catalogue's lookups made once: a run scores ~14 entities per new ad."""
    inds = catalogue.by_id()
    sensitive = {i.id for i in catalogue.indicators if i.sensitive}
    # indicators whose finding corroborates a sensitive one (when its strength is above 0)
    corroborating = {
        i.id for i in catalogue.indicators if not i.sensitive and max(i.weights.minor, i.weights.third_party) > 0
    }

    # the notes are the same few sentences over and over (a share is a whole percent): formatted once each
    share_notes: dict[str, tuple[str, str, Args]] = {}
    not_counted = note(N_("not counted: a sensitive indicator counts only next to other findings"))

    def share_note(share: float) -> tuple[str, str, Args]:
        pct = f"{share:.0%}"
        said = share_notes.get(pct)
        if said is None:
            said = share_notes[pct] = note(N_("in {share} of the person's ads"), share=pct)
        return said

    def score(entity_type: str, entity_id: str, hits: dict[str, Hit]) -> Scored:
        contributions: list[Contribution] = []
        corroborated: bool | None = None  # asked only when a sensitive finding is there (most have none)
        for h in hits.values():
            ind = inds.get(h.indicator)
            if ind is None:
                continue
            s = ind.strength(h.count) * h.share
            said: tuple[str, str, Args] = ("", "", ())
            if h.share < 1.0:
                said = share_note(h.share)
            if ind.sensitive:
                if corroborated is None:
                    corroborated = any(
                        g.indicator in corroborating and inds[g.indicator].strength(g.count) > 0 for g in hits.values()
                    )
                if not corroborated:
                    s, said = 0.0, not_counted
            cm, ct = ind.weights.minor * s, ind.weights.third_party * s
            contributions.append(
                Contribution(ind.id, ind.title, h.level, s, cm, ct, max(cm, ct), tuple(h.evidence), *said)
            )
        contributions.sort(key=lambda c: (-c.risk, -c.minor, c.indicator))
        scores = _noisy_or3(contributions)
        if any(c.indicator in sensitive for c in contributions):
            base = _noisy_or3([c for c in contributions if c.indicator not in sensitive])
        else:  # the same contributions in the same order: the same floats
            base = dict(scores)
        return Scored(entity_type, entity_id, contributions, scores, base)

    return score


def score_entity(entity_type: str, entity_id: str, hits: dict[str, Hit], catalogue: Catalogue) -> Scored:
    return scorer(catalogue)(entity_type, entity_id, hits)


def top_decile_boundary(values: list[float], quantile: float) -> float:
    """The score an entity needs to be in the top (1 - quantile) share: the k-th largest value."""
    if not values:
        return math.inf
    k = max(1, math.ceil(len(values) * (1.0 - quantile)))
    return sorted(values, reverse=True)[k - 1]


#: the fairness guard's note (a ``str.format`` template for the catalogues) and the names of the scores
GUARD_NOTE = N_(
    "fairness guard: {score_t} held at {held:.1f} (sensitive indicators may not lift an entity into the top "
    "decile; boundary {boundary:.1f})"
)
DIMENSION_WORDS = {"risk": N_("risk"), "minor": N_("minor"), "third_party": N_("third party")}


def boundaries(
    bases: Iterable[dict[str, float]] | Iterable[tuple[float, float, float]], catalogue: Catalogue
) -> dict[str, float]:
    """Each score's top-decile boundary over a whole level's scores without sensitive findings."""
    q = catalogue.settings.fairness_quantile
    rows = [tuple(b[d] for d in DIMENSIONS) if isinstance(b, dict) else tuple(b) for b in bases]
    return {dim: top_decile_boundary([r[i] for r in rows], q) for i, dim in enumerate(DIMENSIONS)}


def lifted(s: Scored) -> bool:
    """True when sensitive findings raise a score above its base (before the guard): the guard acts on it
    whenever a boundary moves, whatever else changed."""
    return any(s.scores[d] > s.base[d] + 1e-9 or d in s.capped for d in DIMENSIONS)


def guard_may_act(base: float, full: float, boundary: float | None, slack: float = 1e-6) -> bool:
    """Whether ``apply_fairness_guard`` may change a score whose base is ``base`` and whose sensitive findings
    lift it to ``full``, at ``boundary`` (None: unknown, so it may). Its test with a wider tolerance: a
    superset of the scores it changes, for choosing what an incremental run scores again."""
    if boundary is None:
        return True
    if boundary <= 0 or math.isinf(boundary) or full < base + 1e-9 - slack:
        return False
    return base < boundary + slack and full >= boundary - slack  # (a base on the boundary is inside too)


def apply_fairness_guard(level: list[Scored], catalogue: Catalogue, bounds: dict[str, float] | None = None) -> int:
    """Cap sensitive lifts at the top-decile boundary of the non-sensitive scores; return how many capped.

    ``bounds`` (``boundaries``) are those of the whole level when ``level`` is only part of it (an
    incremental run); None computes them from ``level``."""
    if bounds is None:
        bounds = boundaries((s.base for s in level), catalogue)
    capped = 0
    for dim in DIMENSIONS:
        boundary = bounds[dim]
        if boundary <= 0 or math.isinf(boundary):
            continue
        ceiling = max(0.0, boundary - 0.1)
        for s in level:
            base, full = s.base[dim], s.scores[dim]
            if full <= base + 1e-9:
                continue
            if base < boundary - 1e-9 and full >= boundary - 1e-9:
                s.scores[dim] = max(base, min(full, ceiling))  # stays outside the top decile
            elif abs(base - boundary) <= 1e-9:
                s.scores[dim] = base  # on the boundary: may not overtake the others tied there
            else:
                continue
            s.capped[dim] = full - s.scores[dim]
            english, msg, args = note(GUARD_NOTE, score_t=DIMENSION_WORDS[dim], held=s.scores[dim], boundary=boundary)
            s.notes.append(english)
            s.note_msgs.append((msg, args))
            capped += 1
    return capped
