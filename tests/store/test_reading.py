"""``Store.reading``: the connection every page's data, session and grant lookup is read through."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings


def test_reading_sees_what_was_committed_before_and_during(store: Store) -> None:
    with store.begin() as conn:
        conn.execute(text("INSERT INTO sites (id, name, created_at) VALUES (1, 'a.example', '2026-01-01')"))
    with store.reading() as conn:
        assert conn.execute(text("SELECT name FROM sites")).scalars().all() == ["a.example"]
        with store.begin() as other:
            other.execute(text("INSERT INTO sites (id, name, created_at) VALUES (2, 'b.example', '2026-01-01')"))
        if store.dialect == "postgresql":  # each statement its own snapshot, as in READ COMMITTED
            assert conn.execute(text("SELECT COUNT(*) FROM sites")).scalar_one() == 2


@pytest.mark.postgres
def test_a_write_through_the_read_pool_fails_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """Autocommit would commit a stray write on its own: the read pool is read-only, so the write fails."""
    store = open_store(make_settings(tmp_path, pg_url))
    try:
        with store.reading() as conn, pytest.raises(DBAPIError, match="read-only"):
            conn.execute(text("INSERT INTO sites (id, name, created_at) VALUES (3, 'c.example', '2026-01-01')"))
        with store.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM sites")).scalar_one() == 0
    finally:
        store.close()
