"""The score formula: bounded, monotone, and exactly what an explanation lists."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.model import Hit
from kartlegg.assess.scoring import (
    DIMENSIONS,
    Scored,
    apply_fairness_guard,
    guard_may_act,
    noisy_or,
    score_entity,
    top_decile_boundary,
)

unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@given(st.lists(unit, max_size=20), unit)
def test_noisy_or_is_bounded_and_never_falls_when_a_finding_is_added(cs: list[float], extra: float) -> None:
    before = noisy_or(cs)
    after = noisy_or([*cs, extra])
    assert 0.0 <= before <= after <= 100.0


@given(st.floats(min_value=0.0, max_value=50.0, allow_nan=False))
def test_strength_is_zero_below_fires_at_and_saturates(count: float) -> None:
    ind = load_catalogue().by_id()["shared_phone"]  # fires at 2, saturates at 4
    s = ind.strength(count)
    assert 0.0 <= s <= 1.0
    assert (s == 0.0) == (count < ind.fires_at)
    if count >= ind.saturates_at:
        assert s == 1.0


def test_a_persons_share_of_ads_scales_an_ad_level_finding() -> None:
    cat = load_catalogue()
    w = cat.by_id()["youth_cues"].weights.minor
    full = score_entity("profile", "p", {"youth_cues": Hit("youth_cues", 2.0)}, cat)
    tenth = score_entity("profile", "p", {"youth_cues": Hit("youth_cues", 2.0, share=0.1)}, cat)
    assert abs(full.scores["minor"] - 100 * w) < 1e-9
    assert abs(tenth.scores["minor"] - 10 * w) < 1e-9
    assert "10%" in tenth.contributions[0].note


def test_top_decile_boundary() -> None:
    assert top_decile_boundary([float(i) for i in range(100)], 0.9) == 90.0
    assert top_decile_boundary([5.0], 0.9) == 5.0


_score = st.floats(0, 100, allow_nan=False)


@example(50.0, 10.0, 50.0, 0.0)  # on the boundary: held at its base
@example(40.0, 10.0, 50.0, 1e-7)  # lifted exactly onto the boundary
@given(_score, _score, st.one_of(_score, st.just(0.0), st.just(float("inf"))), st.sampled_from([0.0, 1e-10, 1e-7]))
def test_guard_may_act_whenever_the_guard_changes_a_score(
    base: float, lift: float, boundary: float, jitter: float
) -> None:
    """An incremental run scores again, when a boundary moves, only the lifted entities ``guard_may_act``
    picks (``assess.carry``): it must pick every entity the guard changes, also when the stored score with
    sensitive findings is off by a rounding (``jitter``)."""
    full = base + lift
    s = Scored("profile", "p", [], {d: full for d in DIMENSIONS}, {d: base for d in DIMENSIONS})
    apply_fairness_guard([s], load_catalogue(), {d: boundary for d in DIMENSIONS})
    if s.capped or s.scores != {d: full for d in DIMENSIONS}:
        assert guard_may_act(base, full + jitter, boundary)
        assert guard_may_act(base, full - jitter, boundary)


def test_guard_may_act_leaves_out_lifts_far_from_the_boundary() -> None:
    assert not guard_may_act(10.0, 20.0, 80.0)  # lifted, but stays below
    assert not guard_may_act(85.0, 95.0, 80.0)  # already above without sensitive findings
    assert not guard_may_act(50.0, 50.0, 50.0 + 1e-3)  # not lifted
    assert guard_may_act(70.0, 90.0, 80.0)
    assert guard_may_act(10.0, 20.0, None)
