"""A region's result rows written as a difference from what is stored.

A day's link run computes every row of the region it links again (at 100k ads, a day of 1,000 reaches
~10,000 ads and ~3,000 profiles), but most come out as they were: 923 of 3,006 profiles, ~1,900 of the
region's links, 1,084 of its 10,253 profile memberships. Rewriting the rest cost a third of the day's
pages written (each a 16 KiB page of the WAL, then of the file) and their deletes and inserts. So the
region's stored rows are read and only the groups that differ are deleted and written; the tables end as a
full rewrite would leave them (tests/link/test_incremental.py compares every table with a full run).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Connection

from kartlegg.store.engine import fetch_in, placeholder

Row = tuple[Any, ...]


def _groups(rows: Iterable[Sequence[Any]]) -> dict[Any, dict[Row, int]]:
    """Rows by their first column, each group a multiset (plain dicts: they compare in C)."""
    out: dict[Any, dict[Row, int]] = {}
    for r in rows:
        t = tuple(r)
        group = out.get(t[0])
        if group is None:
            out[t[0]] = {t: 1}
        else:
            group[t] = group.get(t, 0) + 1
    return out


def sync(
    conn: Connection,
    table: str,
    cols: Sequence[str],
    keys: Iterable[Hashable],
    new: Iterable[Sequence[Any]],
    where: str = "",
    stored: Iterable[Sequence[Any]] | None = None,
) -> tuple[list[Any], list[Row]]:
    """Make the rows of ``table`` whose first column ``cols[0]`` is one of ``keys`` (and that match
    ``where``, an SQL condition) equal to ``new``; a row of ``new`` keyed outside ``keys`` must be a key
    no stored row has (a new cluster's id).

    Rows are compared as a group per key: a group that differs in any row is deleted and written whole.
    ``stored``: the stored rows of ``keys``, when the caller has read them already (not read again).
    Returns the keys of the groups deleted and the rows written."""
    cond = f"{where} AND " if where else ""
    listed = ", ".join(cols)
    if stored is None:
        stored = fetch_in(conn, f"SELECT {listed} FROM {table} WHERE {cond}{cols[0]} IN :ids", keys)
    old = _groups(stored)
    now = _groups(new)
    gone = [k for k, rows in old.items() if now.get(k) != rows]
    written: list[Row] = [r for k, rows in now.items() if old.get(k) != rows for r, n in rows.items() for _ in range(n)]
    ph = placeholder(conn)
    for start in range(0, len(gone), 500):
        chunk = tuple(gone[start : start + 500])
        marks = ", ".join([ph] * len(chunk))
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {cond}{cols[0]} IN ({marks})", chunk)
    insert(conn, table, cols, written)
    return gone, written


def insert(conn: Connection, table: str, cols: Sequence[str], rows: Iterable[Row]) -> None:
    """Insert ``rows`` (values of ``cols``), 50,000 a statement: a generator's rows are made a statement
    at a time, so a full link run's rows need not all sit in memory at once."""
    ph = placeholder(conn)
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join([ph] * len(cols))})"
    it = iter(rows)
    while chunk := list(islice(it, 50_000)):
        conn.exec_driver_sql(sql, chunk)
