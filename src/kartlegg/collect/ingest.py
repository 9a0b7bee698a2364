"""``kartlegg ingest``: load ad dumps into the store, idempotently, in committed batches.

Each batch is its own transaction, so a killed ingest keeps every batch committed before the kill, and
re-running the same files adds only what is missing (ads and versions are keyed by content).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kartlegg.collect.adfile import Rejected, expand_paths, iter_file
from kartlegg.store.ads import IncomingAd, ensure_sites, insert_ads
from kartlegg.store.engine import Store

BATCH_SIZE = 20_000


@dataclass(slots=True)
class IngestResult:
    files: int = 0
    read: int = 0
    new_versions: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    rejected_count: int = 0

    #: keep the first rejections in memory for the report; all are counted
    MAX_KEPT = 1000


ProgressFn = Callable[[int], None]


class IngestInputError(Exception):
    """A path the user named does not exist or cannot be read."""


def check_paths(paths: Iterable[Path]) -> list[Path]:
    files = expand_paths(list(paths))
    for f in files:
        if not f.exists():
            raise IngestInputError(f"{f}: no such file or folder")
        if not f.is_file():
            raise IngestInputError(f"{f}: not a file")
    if not files:
        raise IngestInputError("no ad files found (expected .jsonl, .csv or .gz files)")
    return files


def store_batch(store: Store, batch: list[IncomingAd], site_ids: dict[str, int]) -> int:
    with store.begin() as conn:
        ensure_sites(conn, [b.ad.site for b in batch], site_ids)
        return insert_ads(conn, batch, site_ids)


def ingest_items(
    store: Store,
    items: Iterable[IncomingAd | Rejected],
    result: IngestResult,
    *,
    on_record: ProgressFn | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> None:
    """Store a stream of parsed records in batches; count and collect the rejects."""
    site_ids: dict[str, int] = {}
    batch: list[IncomingAd] = []
    # Parsing (Python) and writing (the database driver, which releases the GIL) overlap: batch N is
    # written on a worker thread while batch N+1 is parsed. At most one batch is in flight, so memory stays
    # bounded and a failed write surfaces before the next one starts.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-writer") as writer:
        pending: Future[int] | None = None
        pending_size = 0

        def flush(next_batch: list[IncomingAd]) -> None:
            nonlocal pending, pending_size
            if pending is not None:
                result.new_versions += pending.result()
                if on_record:
                    on_record(pending_size)
            pending = writer.submit(store_batch, store, next_batch, site_ids) if next_batch else None
            pending_size = len(next_batch)

        for item in items:
            if isinstance(item, Rejected):
                result.rejected_count += 1
                if len(result.rejected) < IngestResult.MAX_KEPT:
                    result.rejected.append(item)
                if on_reject:
                    on_reject(item)
                continue
            result.read += 1
            batch.append(item)
            if len(batch) >= batch_size:
                flush(batch)
                batch = []
        flush(batch)
        flush([])


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    on_record: ProgressFn | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestResult:
    files = check_paths(paths)
    result = IngestResult(files=len(files))
    for f in files:
        ingest_items(store, iter_file(f), result, on_record=on_record, on_reject=on_reject, batch_size=batch_size)
    return result
