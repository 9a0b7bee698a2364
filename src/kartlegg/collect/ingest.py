"""``kartlegg ingest``: load ad dumps into the store, idempotently, in committed batches.

Each batch is its own transaction, so a killed ingest keeps every batch committed before the kill, and
re-running the same files adds only what is missing (ads and versions are keyed by content).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
        raise IngestInputError("no ad files found (expected .jsonl, .csv, .gz or .warc.gz files)")
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
            result.new_versions += store_batch(store, batch, site_ids)
            if on_record:
                on_record(len(batch))
            batch = []
    if batch:
        result.new_versions += store_batch(store, batch, site_ids)
        if on_record:
            on_record(len(batch))


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    on_record: ProgressFn | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestResult:
    from kartlegg.collect.warcingest import ingest_warc  # the crawler's stack, only when needed

    files = check_paths(paths)
    result = IngestResult(files=len(files))
    for f in files:
        if f.name.lower().endswith((".warc", ".warc.gz")):
            read, new, rejected = ingest_warc(store, f)
            result.read += read
            result.new_versions += new
            for rej in rejected:
                result.rejected_count += 1
                if len(result.rejected) < IngestResult.MAX_KEPT:
                    result.rejected.append(rej)
                if on_reject:
                    on_reject(rej)
            if on_record:
                on_record(read)
            continue
        ingest_items(store, iter_file(f), result, on_record=on_record, on_reject=on_reject, batch_size=batch_size)
    return result
