"""The sites a run learns again: those with versions newer than its watermark (``store.furniture``)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import text

from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.records import AdInput
from kartlegg.store.engine import Store
from kartlegg.store.furniture import (
    sample_seqs,
    sample_versions,
    sites_with_new_versions,
    sites_with_versions_after,
    versions_at,
)
from tests.link.market import incoming


def _ads(site: str, n: int, day: int) -> list[AdInput]:
    return [
        AdInput(id=f"{site}-{k}", site=site, posted_at=f"2026-04-{day:02d}T12:00:00", title=f"Annons {k}", body="Hei")
        for k in range(n)
    ]


def test_the_sites_with_new_versions_are_those_counted_after_every_watermark(store: Store) -> None:
    ingest_items(store, incoming(_ads("a.example", 3, 1) + _ads("b.example", 2, 1)), IngestResult())
    # a later day: one site's ads edited, a new site's ads
    later = [dataclasses.replace(a, body="Hei igjen") for a in _ads("b.example", 1, 2)] + _ads("c.example", 2, 2)
    ingest_items(store, incoming(later), IngestResult())
    with store.connect() as conn:
        seqs = [int(r[0]) for r in conn.execute(text("SELECT seq FROM ad_versions ORDER BY seq"))]
        for after in [0, *seqs]:
            assert sites_with_new_versions(conn, after) == set(sites_with_versions_after(conn, after))
        assert sites_with_new_versions(conn, seqs[4]) == {"b.example", "c.example"}
        assert sites_with_new_versions(conn, seqs[-1]) == set()


def test_a_sites_sample_read_by_seq_is_the_sample(store: Store) -> None:
    """``sample_seqs`` and ``versions_at`` give ``sample_versions``' versions in its order (a run that kept
    their names reads only the seqs, and the texts of the new ones)."""
    ingest_items(store, incoming(_ads("a.example", 5, 1) + _ads("b.example", 3, 1)), IngestResult())
    later = [dataclasses.replace(a, body="Hei igjen") for a in _ads("a.example", 2, 2)]
    ingest_items(store, incoming(later), IngestResult())
    with store.connect() as conn:
        for limit in (1, 4, 50):
            sample = sample_versions(conn, "a.example", limit)
            assert sample_seqs(conn, "a.example", limit) == [v.seq for v in sample]
            assert versions_at(conn, [v.seq for v in sample]) == {v.seq: v for v in sample}
        assert len(sample_versions(conn, "a.example", 50)) == 7
