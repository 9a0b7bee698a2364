"""The profiles a day compares against their carried networks (``carry.Incremental._profile_changes``): read from
the profiles written since the last run (``assess_profile_moves``, kept by triggers of migration 0076) they are
the ones a pass over every profile finds, whatever link wrote in between (persons new, moved to another network,
out of every network, renamed, gone, or rewritten as they were)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text

from kartlegg.assess import carry
from kartlegg.assess.inputs import LiveLinks
from kartlegg.store.engine import Store

PROFILES = [f"P{i:016x}" for i in range(8)]
NETWORKS = [None, "N1", "N2", "N3"]

#: what a link run may do to one profile row
writes = st.one_of(
    st.tuples(st.just("put"), st.sampled_from(PROFILES), st.sampled_from(NETWORKS)),  # new, or its network set
    st.tuples(st.just("seen"), st.sampled_from(PROFILES)),  # another column written, the network as it was
    st.tuples(st.just("rename"), st.sampled_from(PROFILES), st.sampled_from(PROFILES)),
    st.tuples(st.just("delete"), st.sampled_from(PROFILES)),
)


def _write(conn: Connection, change: tuple[Any, ...]) -> None:
    kind, pid = change[0], change[1]
    if kind == "put":
        conn.execute(
            text(
                "INSERT INTO profiles (id, network_id, data) VALUES (:p, :n, '{}') "
                "ON CONFLICT (id) DO UPDATE SET network_id = excluded.network_id"
            ),
            {"p": pid, "n": change[2]},
        )
    elif kind == "seen":
        conn.execute(
            text("UPDATE profiles SET last_seen = '2026-01-01', network_id = network_id WHERE id = :p"), {"p": pid}
        )
    elif kind == "rename":
        conn.execute(text("UPDATE OR IGNORE profiles SET id = :q WHERE id = :p"), {"p": pid, "q": change[2]})
    else:
        conn.execute(text("DELETE FROM profiles WHERE id = :p"), {"p": pid})


def _changes(conn: Connection) -> tuple[list[str], list[str], dict[str, str | None]]:
    """What a run compares: the profiles new or moved, those gone, their carried networks."""
    inc = object.__new__(carry.Incremental)
    inc.conn, inc.links = conn, LiveLinks(conn)
    return inc._profile_changes()


def _run(conn: Connection) -> tuple[list[str], list[str], dict[str, str | None]]:
    """A run: the changes compared, and the carried networks brought up to the profiles."""
    got = _changes(conn)
    inc = object.__new__(carry.Incremental)
    inc.conn, inc.links = conn, LiveLinks(conn)
    inc._put_profiles(got[0], got[1])
    return got


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(writes, max_size=10), st.lists(st.lists(writes, max_size=8), min_size=1, max_size=3))
def test_the_profiles_written_are_those_every_profile_gives(
    copied_store: Any, first: list[tuple[Any, ...]], days: list[list[tuple[Any, ...]]]
) -> None:
    store: Store = copied_store()
    with store.begin() as conn:
        for change in first:
            _write(conn, change)
        _run(conn)  # the first run: every profile written so far compared, the carried networks synced
        assert _changes(conn)[:2] == ([], [])  # nothing written since
    for day in days:
        with store.begin() as conn:
            for change in day:
                _write(conn, change)
            assert carry.journaled_profiles(conn) is not None
            nested = conn.begin_nested()
            by_journal = _changes(conn)
            nested.rollback()
            nested = conn.begin_nested()
            conn.execute(text("DROP TRIGGER assess_profile_moves_del"))  # the store keeps no journal: every profile
            assert carry.journaled_profiles(conn) is None
            assert _changes(conn) == by_journal
            nested.rollback()
            assert _run(conn) == by_journal
            assert _changes(conn)[:2] == ([], [])
