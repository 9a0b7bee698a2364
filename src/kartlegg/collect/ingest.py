"""``kartlegg ingest``: load ad dumps into the store, idempotently, in committed batches.

Each batch is its own transaction, so a killed ingest keeps every batch committed before the kill, and
re-running the same files adds only what is missing (ads and versions are keyed by content).

JSONL files are parsed in a worker process (the second core) while this process writes the previous batch;
at most two batches are in flight, so memory stays bounded whatever the file size.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kartlegg.collect.adfile import Rejected, expand_paths, is_csv, iter_file, iter_line_chunks, parse_jsonl_chunk
from kartlegg.store.ads import IncomingAd, VersionRow, ensure_sites, insert_rows, to_row
from kartlegg.store.engine import Store

BATCH_SIZE = 20_000
#: Below this size a file is parsed in-process: starting the parser process costs more than it saves.
PARALLEL_MIN_BYTES = 16 * 1024 * 1024


@dataclass(slots=True)
class IngestResult:
    files: int = 0
    read: int = 0
    new_versions: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    rejected_count: int = 0

    #: keep the first rejections in memory for the report; all are counted
    MAX_KEPT = 1000

    def reject(self, item: Rejected, on_reject: Callable[[Rejected], None] | None) -> None:
        self.rejected_count += 1
        if len(self.rejected) < IngestResult.MAX_KEPT:
            self.rejected.append(item)
        if on_reject:
            on_reject(item)


ProgressFn = Callable[[int], None]


class IngestInputError(Exception):
    """A path the user named does not exist or cannot be read."""


def _is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz"))


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


def store_rows(store: Store, rows: Sequence[VersionRow], site_ids: dict[str, int]) -> int:
    """Write one batch in its own transaction; return the number of new versions."""
    if not rows:
        return 0
    with store.begin() as conn:
        ensure_sites(conn, [r[1] for r in rows], site_ids)
        return insert_rows(conn, rows, site_ids)


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
    batch: list[VersionRow] = []
    for item in items:
        if isinstance(item, Rejected):
            result.reject(item, on_reject)
            continue
        result.read += 1
        batch.append(to_row(item))
        if len(batch) >= batch_size:
            result.new_versions += store_rows(store, batch, site_ids)
            if on_record:
                on_record(len(batch))
            batch = []
    result.new_versions += store_rows(store, batch, site_ids)
    if on_record and batch:
        on_record(len(batch))


def _ingest_jsonl_parallel(
    store: Store,
    path: Path,
    pool: ProcessPoolExecutor,
    result: IngestResult,
    *,
    on_record: ProgressFn | None,
    on_reject: Callable[[Rejected], None] | None,
    batch_size: int,
) -> None:
    site_ids: dict[str, int] = {}
    in_flight: deque[Future[tuple[list[VersionRow], list[Rejected]]]] = deque()

    def drain_one() -> None:
        rows, rejected = in_flight.popleft().result()
        for rej in rejected:
            result.reject(rej, on_reject)
        result.read += len(rows)
        result.new_versions += store_rows(store, rows, site_ids)
        if on_record:
            on_record(len(rows))

    for first, lines in iter_line_chunks(path, batch_size):
        in_flight.append(pool.submit(parse_jsonl_chunk, str(path), first, lines))
        if len(in_flight) >= 2:
            drain_one()
    while in_flight:
        drain_one()


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
    big = [f for f in files if not is_csv(f) and not _is_warc(f) and f.stat().st_size >= PARALLEL_MIN_BYTES]
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver")) if big else None
    try:
        for f in files:
            if _is_warc(f):
                read, new, rejected = ingest_warc(store, f)
                result.read += read
                result.new_versions += new
                for rej in rejected:
                    result.reject(rej, on_reject)
                if on_record:
                    on_record(read)
            elif pool is not None and f in big:
                _ingest_jsonl_parallel(
                    store, f, pool, result, on_record=on_record, on_reject=on_reject, batch_size=batch_size
                )
            else:
                ingest_items(
                    store, iter_file(f), result, on_record=on_record, on_reject=on_reject, batch_size=batch_size
                )
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return result
