"""``ads.current_seq`` (migration 0004) is always the ad's newest version: kept on every insert, backfilled
on an existing store, on both backends."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from kartlegg.records import AdInput
from kartlegg.store.ads import IncomingAd, ensure_sites, insert_ads, latest_versions
from kartlegg.store.engine import Store, open_store
from kartlegg.store.migrations import bundled_migrations, migrate
from tests.conftest import make_settings


def _incoming(site: str, key: str, body: str) -> IncomingAd:
    ad = AdInput(id=key, site=site, title=f"t {body}", body=body)
    return IncomingAd(ad, content_hash=f"h-{site}-{key}-{body}", source="test:1", source_sha256="0" * 64)


def _mismatches(store: Store) -> list[tuple[int, int | None, int]]:
    """Ads whose ``current_seq`` is not ``MAX(seq)`` of their versions (the oracle)."""
    with store.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.id, a.current_seq, m.seq FROM ads a JOIN "
                "(SELECT ad_id, MAX(seq) AS seq FROM ad_versions GROUP BY ad_id) m ON m.ad_id = a.id"
            )
        ).all()
    return [(int(r[0]), r[1], int(r[2])) for r in rows if r[1] != r[2]]


_ads = st.tuples(st.sampled_from(["rosa.example", "nord.example"]), st.sampled_from("abcdef"), st.sampled_from("xyz"))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(_ads, min_size=1, max_size=12), min_size=1, max_size=5))
def test_current_seq_is_the_newest_version_after_any_sequence_of_ingests(
    store: Store, batches: list[list[tuple[str, str, str]]]
) -> None:
    # The store lives across examples: every batch (re-imports, edits, edits back, several versions of one
    # ad in one batch) must leave the invariant true for every ad ever stored.
    cache: dict[str, int] = {}
    for batch in batches:
        with store.begin() as conn:
            ensure_sites(conn, [site for site, _, _ in batch], cache)
            insert_ads(conn, [_incoming(*ad) for ad in batch], cache)
        assert _mismatches(store) == []
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ads WHERE current_seq IS NULL")).scalar_one() == 0


def test_an_edit_moves_the_current_version_and_a_reimport_does_not(store: Store) -> None:
    cache: dict[str, int] = {}

    def put(body: str) -> int:
        with store.begin() as conn:
            ensure_sites(conn, ["rosa.example"], cache)
            return insert_ads(conn, [_incoming("rosa.example", "1", body)], cache)

    assert put("first") == 1
    assert put("second") == 1
    assert put("first") == 0  # the old content again is no new version: "second" stays current
    with store.connect() as conn:
        current = [v.body for batch in latest_versions(conn) for v in batch]
    assert current == ["second"]


def _backfill(settings_path: Path, url: str | None) -> None:
    before = tuple(m for m in bundled_migrations() if m.version < 4)
    after = tuple(m for m in bundled_migrations() if m.version >= 4)
    store = open_store(make_settings(settings_path, url), migrate_schema=False)
    try:
        with store.begin() as conn:
            migrate(conn, before)
            conn.execute(text("INSERT INTO sites (id, name, created_at) VALUES (1, 's', 'x')"))
            conn.execute(
                text("INSERT INTO ads (id, site_id, ad_key, first_seen) VALUES (10, 1, 'a', 'x'), (11, 1, 'b', 'x')")
            )
            for seq, ad in ((1, 10), (2, 11), (3, 10), (4, 10)):
                conn.execute(
                    text(
                        "INSERT INTO ad_versions (seq, ad_id, version_key, content_hash, ingested_at, title, body, "
                        "images, extra, source, source_sha256) VALUES (:s, :a, :s, 'h', 'x', 't', 'b', '[]', '{}', "
                        "'test', '0')"
                    ),
                    {"s": seq, "a": ad},
                )
        with store.begin() as conn:
            migrate(conn, after)
            current = {int(r[0]): r[1] for r in conn.execute(text("SELECT id, current_seq FROM ads"))}
        assert current == {10: 4, 11: 2}
        assert _mismatches(store) == []
    finally:
        store.close()


def test_migration_backfills_an_existing_sqlite_store(tmp_path: Path) -> None:
    _backfill(tmp_path, None)


def test_migration_backfills_an_existing_postgresql_store(tmp_path: Path, pg_url: str) -> None:
    _backfill(tmp_path, pg_url)
