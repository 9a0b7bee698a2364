"""Extraction over the store: worker processes give exactly what one process gives, and resume cleanly."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from kartlegg.collect.adfile import parse_record
from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.demo.market import iter_market_ads
from kartlegg.extract.run import pending, run_extract
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings
from tests.link.market import incoming


def _fill(store: Store, seed: int = 3, n_persons: int = 25, days: int = 20) -> int:
    """Ingest a demo market; return its number of ads."""
    ads = [parse_record(a) for a in iter_market_ads(seed=seed, n_persons=n_persons, days=days)]
    ingest_items(store, incoming(ads), IngestResult())
    return len(ads)


def _extracted(store: Store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with store.connect() as conn:
        links = conn.execute(
            text(
                "SELECT version_seq, selector_id, field, span_start, span_end, raw, detail FROM ad_selectors "
                "ORDER BY version_seq, field, span_start, selector_id"
            )
        ).all()
        summaries = conn.execute(
            text("SELECT version_seq, language, data FROM ad_extractions ORDER BY version_seq")
        ).all()
    return [tuple(r) for r in links], [tuple(r) for r in summaries]


def test_worker_processes_extract_exactly_what_one_process_does(store: Store, tmp_path: Path) -> None:
    serial = open_store(make_settings(tmp_path / "serial"))
    try:
        n = _fill(serial)
        _fill(store)
        assert run_extract(serial, workers=1) == {"versions": n}
        ticks: list[int] = []
        # small batches through two workers: several batches in flight, committed in order
        assert run_extract(store, workers=2, min_parallel=1, batch_size=50, on_progress=ticks.append) == {"versions": n}
        assert sum(ticks) == n and len(ticks) > 4
        assert pending(store) == 0
        links, summaries = _extracted(store)
        assert len(summaries) == n and links
        assert (links, summaries) == _extracted(serial)
        # nothing new: a second run reads nothing and writes nothing
        assert run_extract(store, workers=2, min_parallel=1) == {"versions": 0}
        assert _extracted(store) == (links, summaries)
    finally:
        serial.close()
