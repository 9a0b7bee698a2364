"""When a guard boundary moves, a day reads only the lifted entities near it (``carry._lifted_near``): by ranges
of their kept full scores (migration 0075), never fewer than the guard can act on."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from kartlegg.assess.carry import _guard_moves, _lifted_near
from kartlegg.assess.scoring import DIMENSIONS
from kartlegg.store.engine import Store

# few distinct values, so that scores fall on, just below and just above the boundaries
SCORES = st.sampled_from([0.0, 10.0, 33.5, 35.0, 80.0, 87.65625, 88.5, 90.72, 91.495, 91.5, 100.0])
FULL = st.one_of(st.none(), SCORES)
ROW = st.tuples(st.sampled_from(["ad", "profile"]), SCORES, SCORES, SCORES, st.booleans(), FULL, FULL, FULL)
MOVED = st.lists(
    st.tuples(st.integers(0, len(DIMENSIONS) - 1), SCORES, st.one_of(st.none(), SCORES)),
    min_size=1,
    max_size=3,
    unique_by=lambda m: m[0],
)


def _reference(rows: list[tuple[Any, ...]], level: str, moved: list[tuple[int, float, float | None]]) -> set[str]:
    """The lifted entities the day read before: every lifted one of the level, filtered by any moved score's
    range or an unknown full score (all of them when a boundary was not known)."""
    out: set[str] = set()
    for i, (etype, *scores) in enumerate(rows):
        base, is_lifted, full = scores[:3], scores[3], scores[4:]
        if etype != level or not is_lifted:
            continue
        near = False
        for d, new, prior in moved:
            if prior is None:
                near = True
                break
            lo, hi = min(new, prior) - 1e-4, max(new, prior) + 1e-4
            if full[d] is None or (full[d] >= lo and base[d] < hi):
                near = True
        if near:
            out.add(str(i))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, max_size=40), level=st.sampled_from(["ad", "profile"]), moved=MOVED)
def test_lifted_near_reads_the_same_entities(
    sqlite_store: Store, rows: list[tuple[Any, ...]], level: str, moved: list[tuple[int, float, float | None]]
) -> None:
    with sqlite_store.begin() as conn:
        conn.execute(text("DELETE FROM assess_base"))
        if rows:
            conn.execute(
                text(
                    "INSERT INTO assess_base (entity_type, entity_id, risk, minor, third_party, lifted, full_risk, "
                    "full_minor, full_third_party) VALUES (:t, :i, :r, :m, :p, :l, :fr, :fm, :fp)"
                ),
                [
                    {"t": t, "i": str(i), "r": r, "m": m, "p": p, "l": int(lf), "fr": fr, "fm": fm, "fp": fp}
                    for i, (t, r, m, p, lf, fr, fm, fp) in enumerate(rows)
                ],
            )
        got = _lifted_near(conn, level, moved)
    ids = [str(r[0]) for r in got]
    assert len(ids) == len(set(ids))  # each entity once, whatever ranges it is in
    assert set(ids) == _reference(rows, level, moved)
    # every lifted entity the guard may act on at the old or the new boundary is among them
    for i, (etype, r, m, p, is_lifted, *full) in enumerate(rows):
        if etype == level and is_lifted and _guard_moves((r, m, p), full, moved):
            assert str(i) in ids
    for row in got:  # the scores as stored, for ``_guard_moves``
        stored = rows[int(row[0])]
        assert tuple(row[1:4]) == tuple(stored[1:4]) and tuple(row[4:7]) == tuple(stored[5:8])
