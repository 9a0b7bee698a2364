"""The repository API behaves the same on the embedded store and on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from kartlegg.records import AdInput
from kartlegg.store import audit
from kartlegg.store.ads import IncomingAd, ensure_sites, insert_ads, iter_versions_after, latest_versions
from kartlegg.store.engine import Store
from kartlegg.store.migrations import bundled_migrations, migrate
from kartlegg.store.stages import finish_run, last_watermark, start_run


def _incoming(key: str, body: str, site: str = "rosa.example") -> IncomingAd:
    ad = AdInput(id=key, site=site, title="t", body=body)
    return IncomingAd(ad, content_hash=f"h-{key}-{body}", source="test:1", source_sha256="0" * 64)


def _store(store: Store, items: list[IncomingAd]) -> int:
    cache: dict[str, int] = {}
    with store.begin() as conn:
        ensure_sites(conn, [i.ad.site for i in items], cache)
        return insert_ads(conn, items, cache)


def test_migrations_are_applied_once_and_recorded(store: Store) -> None:
    with store.begin() as conn:
        assert migrate(conn) == []  # already applied when the store opened
        versions = {int(r[0]) for r in conn.execute(text("SELECT version FROM schema_version"))}
    assert versions == {m.version for m in bundled_migrations()}


def test_reingesting_adds_nothing_and_an_edit_adds_a_version(store: Store) -> None:
    assert _store(store, [_incoming("1", "call 0701234567"), _incoming("2", "hi")]) == 2
    assert _store(store, [_incoming("1", "call 0701234567"), _incoming("2", "hi")]) == 0
    assert _store(store, [_incoming("1", "call 0709999999")]) == 1
    with store.connect() as conn:
        versions = [v for batch in iter_versions_after(conn, 0) for v in batch]
        latest = {v.ad_key: v.body for batch in latest_versions(conn) for v in batch}
        n_ads = conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one()
    assert n_ads == 2
    assert [v.body for v in versions if v.ad_key == "1"] == ["call 0701234567", "call 0709999999"]
    assert latest == {"1": "call 0709999999", "2": "hi"}


def test_same_ad_key_on_two_sites_is_two_ads(store: Store) -> None:
    assert _store(store, [_incoming("1", "a", site="one.example"), _incoming("1", "a", site="two.example")]) == 2


def test_watermark_is_that_of_the_last_successful_run(store: Store) -> None:
    with store.begin() as conn:
        assert last_watermark(conn, "extract") == 0
        run = start_run(conn, "extract")
        finish_run(conn, run, watermark=42, info={})
        failed = start_run(conn, "extract")
        finish_run(conn, failed, watermark=99, info={}, status="failed")
        assert last_watermark(conn, "extract") == 42


def test_audit_chain_verifies_and_detects_tampering(store: Store) -> None:
    with store.begin() as conn:
        for i in range(3):
            audit.record(
                conn, actor="ana", action="read", object_type="profile", object_id=str(i), justification="case 1"
            )
    with store.connect() as conn:
        result = audit.verify(conn)
    assert result.ok and result.rows == 3
    with store.begin() as conn:
        conn.execute(text("UPDATE audit_log SET object_id = '9' WHERE seq = 2"))
    with store.connect() as conn:
        bad = audit.verify(conn)
    assert not bad.ok and bad.first_bad_seq == 2


def test_audit_chain_detects_a_removed_row(store: Store) -> None:
    with store.begin() as conn:
        for i in range(3):
            audit.record(conn, actor="ana", action="search", object_type="phone", object_id=str(i))
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    with store.connect() as conn:
        bad = audit.verify(conn)
    assert not bad.ok and bad.first_bad_seq == 3
