"""A region's rows written as a difference (``link.rowsync.sync``) leave the table as deleting the region's
rows and inserting the new ones would, and write only the groups that changed: a day's link run relies on
the first for its results and on the second for its cost."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, create_engine, text

from kartlegg.link.rowsync import sync

COLS = ("k", "v", "w")
_row = st.tuples(st.sampled_from(["a", "b", "c", "d", "e"]), st.integers(0, 2), st.one_of(st.none(), st.floats(0, 1)))


def _table(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, k TEXT, v INTEGER, w REAL)"))
    if rows:
        conn.exec_driver_sql("INSERT INTO t (k, v, w) VALUES (?, ?, ?)", rows)


def _rows(conn: Connection) -> list[tuple[Any, ...]]:
    return sorted(conn.execute(text("SELECT k, v, w FROM t")).all(), key=repr)


@settings(max_examples=150, deadline=None)
@given(st.lists(_row, max_size=12), st.lists(_row, max_size=12), st.sets(st.sampled_from("abcde"), max_size=5))
def test_sync_equals_a_rewrite_and_writes_only_changed_groups(
    old: list[tuple[Any, ...]], new: list[tuple[Any, ...]], region: set[str]
) -> None:
    new = [r for r in new if r[0] in region or not any(o[0] == r[0] for o in old)]  # outside keys must be new
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        _table(conn, old)
        before = conn.execute(text("SELECT id, k, v, w FROM t")).all()
        gone, written = sync(conn, "t", COLS, sorted(region), new)
        got = _rows(conn)
        after = set(conn.execute(text("SELECT id, k, v, w FROM t")).all())
    with engine.begin() as conn:  # the rewrite a full run would do
        conn.execute(text("DROP TABLE t"))
        _table(conn, [r for r in old if r[0] not in region])
        if new:
            conn.exec_driver_sql("INSERT INTO t (k, v, w) VALUES (?, ?, ?)", new)
        assert got == _rows(conn)

    def group(rows: list[tuple[Any, ...]], k: str) -> list[tuple[Any, ...]]:
        return sorted((r for r in rows if r[0] == k), key=repr)

    changed = {k for k in region | {r[0] for r in new} if group(old, k) != group(new, k)}
    assert set(gone) == {k for k in changed if group(old, k)}
    assert sorted(written, key=repr) == sorted((r for r in new if r[0] in changed), key=repr)
    assert {r for r in before if r[1] not in changed} <= after  # unchanged rows kept, not written again
