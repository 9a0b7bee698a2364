"""Scoring shortcuts that must give the very floats and rows of the plain code: the three noisy-ORs in one pass,
an ad's score made again from an earlier ad's with the same findings, and ``person_rows.slim``'s evidence check."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.assess import person_rows
from kartlegg.assess.ad_facts import AdFacts
from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.model import Evidence, Hit
from kartlegg.assess.run import _ad_scorer, _AdScores, _Persons, _score_ad
from kartlegg.assess.scoring import Scored, _noisy_or3, apply_fairness_guard, hit_strength, noisy_or, scorer

contribution = st.floats(min_value=-0.5, max_value=1.5, allow_nan=False)


@given(st.lists(st.tuples(contribution, contribution, contribution), max_size=12))
def test_three_scores_in_one_pass_are_the_same_floats(cs: list[tuple[float, float, float]]) -> None:
    class C:  # what _noisy_or3 reads of a contribution
        def __init__(self, r: float, m: float, t: float) -> None:
            self.risk, self.minor, self.third_party = r, m, t

    assert _noisy_or3([C(*v) for v in cs]) == {  # type: ignore[misc]
        "risk": noisy_or(v[0] for v in cs),
        "minor": noisy_or(v[1] for v in cs),
        "third_party": noisy_or(v[2] for v in cs),
    }


def _ev(ad: int, i: int) -> Evidence:
    return Evidence(ad_id=str(ad), field="body", start=i, end=i + 3, text=f"w{i}")


def _same_scored(a: Scored, b: Scored) -> bool:
    return (a.entity_type, a.entity_id, a.contributions, a.scores, a.base, a.notes, a.capped) == (
        b.entity_type,
        b.entity_id,
        b.contributions,
        b.scores,
        b.base,
        b.notes,
        b.capped,
    )


def test_an_ad_scored_again_from_an_earlier_ads_findings_is_scored_as_the_plain_code_scores_it() -> None:
    cat = load_catalogue()
    plain = scorer(cat)
    calls: list[str] = []

    def counted(entity_type: str, entity_id: str, hits: dict[str, Hit]) -> Scored:
        calls.append(entity_id)
        return plain(entity_type, entity_id, hits)

    memo = _ad_scorer(counted)
    rng = random.Random(5)
    inds = [i.id for i in cat.indicators][:8]
    persons = [
        {ind: (rng.choice([1.0, 2.0, 5.0]), rng.choice([0.25, 0.5, 1.0])) for ind in rng.sample(inds, 4)}
        for _ in range(3)
    ]
    for ad in range(60):
        person = persons[ad % 3]
        hits = {
            ind: Hit(ind, count, [_ev(ad, j) for j in range(rng.randint(0, 3))], "ad", share)
            for ind, (count, share) in person.items()
        }
        fast, slow = memo("ad", str(ad), hits), plain("ad", str(ad), hits)
        assert _same_scored(fast, slow)
        want = [tuple(hits[c.indicator].evidence) for c in fast.contributions]
        assert [c.evidence for c in fast.contributions] == want
        # the fairness guard changes a Scored in place: a later ad of the same findings keeps its own scores
        apply_fairness_guard([fast], cat, {"risk": 1.0, "minor": 1.0, "third_party": 1.0})
        fast.scores["risk"], fast.base["minor"] = -1.0, -1.0
    assert len(calls) == 3  # the plain scorer ran once per run of findings


def test_slim_checks_the_evidence_of_an_ad_without_its_own() -> None:
    """An ad whose finding's evidence is not its person's first items (here: one of them left out) is stored
    whole, with or without the shortcut that skips the JSON form when they are the same objects."""
    cat = load_catalogue()
    score = scorer(cat)
    ind = cat.indicators[0].id
    evidence = [_ev(1, 0), _ev(2, 0), _ev(3, 0)]
    profile = score("profile", "p1", {ind: Hit(ind, 3.0, list(evidence), "ad", 0.5)})
    hers = person_rows.person(profile.contributions)
    same = score("ad", "9", {ind: Hit(ind, 3.0, list(evidence), "ad", 0.5)})
    assert person_rows.slim(same.contributions, {}, hers, "p1", 5) is not None
    other = score("ad", "9", {ind: Hit(ind, 3.0, [evidence[0], evidence[2]], "ad", 0.5)})
    assert person_rows.slim(other.contributions, {}, hers, "p1", 5) is None
    copies = score("ad", "9", {ind: Hit(ind, 3.0, [Evidence(**e.to_json()) for e in evidence], "ad", 0.5)})
    assert person_rows.slim(copies.contributions, {}, hers, "p1", 5) is not None  # equal, not the same objects


def _facts(ad: int, hits: dict[str, Hit]) -> AdFacts:
    return AdFacts(ad, "s", None, [], {}, [], {}, [], [], [], None, None, "", hits)


def test_ads_without_findings_of_their_own_scored_once_per_person_are_scored_as_each_alone() -> None:
    """A person's ads that hold no finding of their own share her findings: ``_AdScores`` scores the first
    and copies it for the others. Each copy must be what ``_score_ad`` makes of that ad alone (its id, her
    contributions, scores and stored rows), an ad with findings of its own must be scored from them, and the
    fairness guard changing one ad's scores must leave the others' alone."""
    cat = load_catalogue()
    strength = hit_strength(cat)
    plain = scorer(cat)
    rng = random.Random(7)
    inds = [i.id for i in cat.indicators][:8]
    person: dict[str, dict[str, Hit]] = {}
    for p in ("P1", "P2", "ad:9"):
        person[p] = {
            ind: Hit(ind, rng.choice([1.0, 5.0]), [_ev(100 + j, j) for j in range(3)], "ad", rng.choice([0.5, 1.0]))
            for ind in rng.sample(inds, 3)
        }
    profiles = {p: plain("profile", p, hits) for p, hits in person.items() if not p.startswith("ad:")}
    memo = _AdScores(cat, strength, _ad_scorer(plain), _Persons(profiles))
    for ad in range(40):
        key = ("P1", "P2", "ad:9")[ad % 3]
        own: dict[str, Hit] = {}
        if ad % 4 == 0:  # a finding of its own: her indicator with its own evidence
            ind = next(iter(person[key]))
            own = {ind: Hit(ind, 1.0, [_ev(ad, 50)], "ad", 1.0)}
        f = _facts(ad, own)
        got = memo(f, person[key], key)
        want = _score_ad(f, person[key], cat, strength, plain, key, _Persons(profiles).get(key))
        assert _same_scored(got, want) and got.stored == want.stored, ad
        assert (got.stored is None) == key.startswith("ad:")
        apply_fairness_guard([got], cat, {"risk": 1.0, "minor": 1.0, "third_party": 1.0})
        got.scores["risk"], got.base["minor"] = -1.0, -1.0
    assert memo.alone.keys() == {"P1", "P2", "ad:9"}
