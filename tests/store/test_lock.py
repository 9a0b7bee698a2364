from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kartlegg.store.engine import Store, open_store
from kartlegg.store.stages import StageBusy, pipeline_lock
from tests.conftest import make_settings


def test_second_holder_is_refused_and_lock_is_released(store: Store) -> None:
    with pipeline_lock(store):
        with pytest.raises(StageBusy, match="already running"):
            with pipeline_lock(store):
                pass
    with pipeline_lock(store):  # released after the first holder left
        pass


@pytest.mark.postgres
def test_the_held_lock_leaves_no_transaction_open(pg_url: str, tmp_path: Path) -> None:
    """The run's lock is a session lock: no transaction stays open beside it ("idle in transaction" would keep
    VACUUM from cleaning up after every stage for the whole run)."""
    store = open_store(make_settings(tmp_path, pg_url))
    try:
        with pipeline_lock(store), store.connect() as conn:
            states = (
                conn.execute(
                    text(
                        "SELECT a.state FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                        "WHERE l.locktype = 'advisory' AND l.granted AND a.pid <> pg_backend_pid() "
                        # this test's own database: tests on the other xdist worker share the server
                        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                    )
                )
                .scalars()
                .all()
            )
            assert states == ["idle"]
    finally:
        store.close()
