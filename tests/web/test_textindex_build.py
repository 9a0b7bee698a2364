"""The workbench's PostgreSQL text index is built without holding off the pipeline's writers."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from tests.conftest import make_settings

from kartlegg.store.engine import open_store
from kartlegg.web import textindex

pytestmark = pytest.mark.postgres


def _version(conn, seq: int) -> None:  # type: ignore[no-untyped-def]
    conn.execute(
        text("INSERT INTO ads (id, site_id, ad_key, first_seen, current_seq) VALUES (:s, 1, :k, '2026-01-01', :s)"),
        {"s": seq, "k": f"ad{seq}"},
    )
    conn.execute(
        text(
            "INSERT INTO ad_versions (seq, ad_id, version_key, content_hash, ingested_at, posted_at, title, body, "
            "city, images, extra, source, source_sha256) VALUES (:s, :s, :s, :h, '2026-01-01', '2026-01-01', "
            "'Hej', 'ring mig', 'Oslo', '[]', '{}', 'test', '0')"
        ),
        {"s": seq, "h": f"h{seq}"},
    )


def test_an_ingest_keeps_writing_while_the_workbench_builds_its_index(pg_url: str, tmp_path: Path) -> None:
    store = open_store(make_settings(tmp_path, pg_url))
    try:
        with store.begin() as conn:
            conn.execute(text("INSERT INTO sites (id, name, created_at) VALUES (1, 'a.example', '2026-01-01')"))
            _version(conn, 1)
        # A reader's snapshot taken before the build keeps it waiting (as a long pipeline read would).
        reader = store.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        reader.execute(text("SELECT COUNT(*) FROM ad_versions")).scalar_one()
        build = threading.Thread(target=textindex.prepare, args=(store.engine,))
        build.start()
        time.sleep(1.0)
        assert build.is_alive(), "the build did not wait for the older snapshot"
        writer = create_engine(store.engine.url)
        with writer.begin() as conn:  # the next day's ingest, while the index is being built
            conn.execute(text("SET LOCAL lock_timeout = '2s'"))
            _version(conn, 2)
        writer.dispose()
        assert build.is_alive()
        reader.rollback()
        reader.close()
        build.join(30)
        assert not build.is_alive()
        with store.connect() as conn:
            valid = conn.execute(
                text(
                    "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    "WHERE c.relname = 'ix_web_ad_text'"
                )
            ).scalar_one()
            assert valid is True
            assert sorted(textindex.search(conn, ["ring"], 10)) == [1, 2]  # the new version is found too
    finally:
        store.close()
