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


def test_text_search_finds_the_newest_matches_whatever_the_words(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Common, middling, rare, absent and never-together words: the bounded search (newest versions row
    by row, then the index) gives the ads of the same newest matching versions as one newest-first scan."""
    monkeypatch.setattr(textindex, "RECENT_SCAN", 50)  # every way on at a small size (ensure() ANALYZEs)
    store = open_store(make_settings(tmp_path, pg_url))
    try:
        with store.begin() as conn:
            conn.execute(text("INSERT INTO sites (id, name, created_at) VALUES (1, 'a.example', '2026-01-01')"))
            for i in range(1, 1201):
                words = ["hej"]
                words += ["mitt"] if i % 20 == 0 else []  # 1 in 20: found after the first window
                words += ["rar"] if i % 300 == 7 else []  # 4 of 1,200: through the index
                words += ["kväll"] if i > 1100 else ["dag"]  # never together
                conn.execute(
                    text("INSERT INTO ads (id, site_id, ad_key, first_seen, current_seq) VALUES (:s, 1, :k, 'x', :s)"),
                    {"s": i, "k": f"ad{i}"},
                )
                conn.execute(
                    text(
                        "INSERT INTO ad_versions (seq, ad_id, version_key, content_hash, ingested_at, posted_at, "
                        "title, body, city, images, extra, source, source_sha256) VALUES (:s, :s, :s, :h, "
                        "'2026-01-01', '2026-01-01', 'Annons', :b, 'Oslo', '[]', '{}', 'test', '0')"
                    ),
                    {"s": i, "h": f"h{i}", "b": " ".join(words)},
                )
            textindex.ensure(conn)
        with store.reading() as conn:
            for query, limit in (
                ("hej", 30),
                ("mitt", 10),
                ("hej mitt", 25),
                ("rar", 10),
                ("saknas", 5),
                ("kväll dag", 5),
                ("kväll", 60),  # the newest 100 only: both windows, then nothing older
            ):
                want = [
                    int(r[0])
                    for r in conn.execute(
                        text(
                            "SELECT ad_id FROM ad_versions WHERE to_tsvector('simple', title || ' ' || body) "
                            "@@ plainto_tsquery('simple', :q) ORDER BY seq DESC LIMIT :n"
                        ),
                        {"q": query, "n": 2 * limit},
                    )
                ][:limit]
                assert textindex.search(conn, query.split(), limit) == want, query
            assert textindex.search(conn, ["rar"], 10) == [907, 607, 307, 7]
    finally:
        store.close()
