"""``kartlegg ingest``: load ad dumps into the store, idempotently, in committed batches.

Each batch of ``batch_size`` ads is one transaction, so a killed ingest keeps every batch committed before
the kill, and re-running the same files adds only what is missing (ads and versions are keyed by content).
Big batches matter on SQLite: the ad and index B-trees are keyed by hashes, so every commit rewrites pages
all over them, and fewer commits rewrite them fewer times.

Big JSONL files are read and parsed by ``PARSERS`` separate processes (the second core) that stream chunks of
``CHUNK_LINES`` store-ready rows through a pipe while this process writes; the pipe holds little, so the
parser stays at most a chunk ahead and memory stays bounded whatever the file size.
"""

from __future__ import annotations

import itertools
import marshal
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection as SAConnection
from sqlalchemy import RootTransaction

from kartlegg.collect.adfile import (
    InputFileError,
    Rejected,
    expand_paths,
    is_csv,
    iter_file,
    iter_line_chunks,
    parse_jsonl_chunk,
)
from kartlegg.store.ads import IncomingAd, VersionRow, ensure_sites, insert_rows, to_row
from kartlegg.store.engine import Store
from kartlegg.store.tombstones import Gate

#: Ads per committed transaction (the CLI's --batch-size).
BATCH_SIZE = 250_000
#: Lines parsed and handed to the writer at a time: bounds memory independently of the batch size.
CHUNK_LINES = 20_000
#: Below this size a file is parsed in-process: starting the parser process costs more than it saves.
PARALLEL_MIN_BYTES = 16 * 1024 * 1024
#: Parser processes per big JSONL file; each reads the whole file and parses every PARSERS-th chunk. Two keep
#: the writer busier when the second core is shared, and make re-ingests (writer mostly idle) ~10% faster.
PARSERS = 2


@dataclass(slots=True)
class IngestResult:
    files: int = 0
    read: int = 0
    new_versions: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    rejected_count: int = 0
    #: ads left out because they were erased (``store.tombstones``); taken in with ``allow_erased``
    erased_skipped: int = 0
    #: erased ads taken in again by an explicit ``allow_erased`` (their tombstones lifted)
    erased_readmitted: int = 0
    #: files that broke off (truncated gzip, read error): "FILE: reason"; their earlier lines are stored
    file_errors: list[str] = field(default_factory=list)

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


class _BatchWriter:
    """Writes rows on one connection, committing every ``batch_size`` rows (and when asked)."""

    def __init__(self, conn: SAConnection, batch_size: int, gate: Gate) -> None:
        self.conn = conn
        self.batch_size = batch_size
        self.gate = gate
        self.site_ids: dict[str, int] = {}
        self.pending = 0
        self.txn: RootTransaction | None = None

    def write(self, rows: Sequence[VersionRow]) -> int:
        """Store rows; return the number of new versions."""
        if not rows:
            return 0
        if self.txn is None:
            self.txn = self.conn.begin()
        erased = self.gate.keep(self.conn, [r[0] for r in rows], [r[7] for r in rows])
        kept = [r for r in rows if r[0] not in erased] if erased else rows
        ensure_sites(self.conn, [r[1] for r in kept], self.site_ids)
        new = insert_rows(self.conn, kept, self.site_ids)
        self.pending += len(rows)
        if self.pending >= self.batch_size:
            self.commit()
        return new

    def commit(self) -> None:
        if self.txn is not None:
            self.txn.commit()
            self.txn = None
            self.pending = 0


def ingest_items(
    store: Store,
    items: Iterable[IncomingAd | Rejected],
    result: IngestResult,
    *,
    on_record: ProgressFn | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
    batch_size: int = BATCH_SIZE,
    allow_erased: bool = False,
) -> None:
    """Store a stream of parsed records in batches; count and collect the rejects."""
    gate = Gate(store.settings.tombstone_key_file, allow=allow_erased)
    with store.bulk_connection() as conn:
        writer = _BatchWriter(conn, batch_size, gate)
        _write_items(writer, items, result, on_record=on_record, on_reject=on_reject)
        writer.commit()
    result.erased_skipped, result.erased_readmitted = gate.skipped, gate.lifted


def _write_items(
    writer: _BatchWriter,
    items: Iterable[IncomingAd | Rejected],
    result: IngestResult,
    *,
    on_record: ProgressFn | None,
    on_reject: Callable[[Rejected], None] | None,
) -> None:
    chunk = min(writer.batch_size, CHUNK_LINES)
    batch: list[VersionRow] = []
    for item in items:
        if isinstance(item, Rejected):
            result.reject(item, on_reject)
            continue
        result.read += 1
        batch.append(to_row(item))
        if len(batch) >= chunk:
            result.new_versions += writer.write(batch)
            if on_record:
                on_record(len(batch))
            batch = []
    result.new_versions += writer.write(batch)
    if on_record and batch:
        on_record(len(batch))


def _parser_main(argv: list[str]) -> None:
    """Body of a parser process (``python -m kartlegg.collect.ingest PATH CHUNK INDEX COUNT``).

    Parses every COUNT-th chunk of CHUNK lines of PATH, starting with chunk INDEX, and writes one frame per
    chunk to stdout: an 8-byte length, then ``marshal``-encoded ``("rows", rows, [(line, reason), ...])``;
    then ``("end",)``, or ``("oserror" | "error", message)``. For flat tuples of str/int, marshal is several
    times cheaper than pickle to encode and decode, and decoding is on the writer's critical path. A pipe
    holds little, so a parser is at most one chunk ahead of the writer (bounded memory). A plain
    interpreter, not multiprocessing: that would import the whole CLI (~1 s) before parsing a line.
    """
    path, chunk_lines, index, count = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    out = sys.stdout.buffer

    def send(msg: Any) -> None:
        data = marshal.dumps(msg)
        out.write(len(data).to_bytes(8, "little"))
        out.write(data)
        out.flush()

    try:
        for n, (first, lines) in enumerate(iter_line_chunks(Path(path), chunk_lines)):
            if n % count == index:
                rows, rejected = parse_jsonl_chunk(path, first, lines)
                send(("rows", rows, [(r.line, r.reason) for r in rejected]))
        send(("end",))
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the writer stopped (error or Ctrl-C): nothing left to do
    except InputFileError as exc:  # truncated gzip, unreadable file: the chunks before it were sent
        send(("input", str(exc).removeprefix(f"{path}: "), exc.lines))
    except Exception as exc:  # reported by the writer, which has the user's terminal
        send(("error", f"{type(exc).__name__}: {exc}"))


def _recv(proc: subprocess.Popen[bytes]) -> tuple[Any, ...]:
    assert proc.stdout is not None
    head = proc.stdout.read(8)
    data = proc.stdout.read(int.from_bytes(head, "little")) if len(head) == 8 else b""
    if not data:
        raise RuntimeError("the ingest parser process stopped unexpectedly")
    msg: tuple[Any, ...] = marshal.loads(data)  # noqa: S302 (written by our own parser process)
    return msg


def _parsed_chunks(path: Path, chunk_lines: int, parsers: int) -> Iterator[tuple[list[VersionRow], list[Rejected]]]:
    """Parsed chunks of a JSONL file, in file order, from ``parsers`` processes reading it in parallel."""
    procs: list[subprocess.Popen[bytes]] = []
    try:
        for index in range(parsers):
            cmd = [
                sys.executable,
                "-m",
                "kartlegg.collect.ingest",
                str(path),
                str(chunk_lines),
                str(index),
                str(parsers),
            ]
            procs.append(subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE))
        source = str(path)
        for turn in itertools.count():
            msg = _recv(procs[turn % parsers])
            if msg[0] == "end":
                return  # the parser whose turn it was had no chunk left: neither has any later one
            if msg[0] == "input":
                raise InputFileError(path, msg[1], lines=msg[2])
            if msg[0] == "error":
                raise RuntimeError(f"ingest parser failed on {path}: {msg[1]}")
            yield msg[1], [Rejected(source, line, reason) for line, reason in msg[2]]
    finally:
        for proc in procs:
            if proc.stdout is not None:
                proc.stdout.close()  # a parser still writing gets a broken pipe and stops
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _ingest_jsonl(
    writer: _BatchWriter,
    path: Path,
    result: IngestResult,
    *,
    parallel: bool,
    on_record: ProgressFn | None,
    on_reject: Callable[[Rejected], None] | None,
) -> None:
    """A JSONL file, parsed in another process if ``parallel``."""
    chunk = min(writer.batch_size, CHUNK_LINES)
    if parallel:
        chunks: Iterable[tuple[list[VersionRow], list[Rejected]]] = _parsed_chunks(path, chunk, PARSERS)
    else:
        chunks = (parse_jsonl_chunk(str(path), first, lines) for first, lines in iter_line_chunks(path, chunk))
    for rows, rejected in chunks:
        for rej in rejected:
            result.reject(rej, on_reject)
        result.read += len(rows)
        result.new_versions += writer.write(rows)
        if on_record:
            on_record(len(rows))


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    on_record: ProgressFn | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
    batch_size: int = BATCH_SIZE,
    allow_erased: bool = False,
) -> IngestResult:
    """Ingest files; ads erased earlier are left out and counted, unless ``allow_erased`` (a decision the
    caller audits) takes them in again."""
    files = check_paths(paths)
    result = IngestResult(files=len(files))
    gate = Gate(store.settings.tombstone_key_file, allow=allow_erased)
    with store.bulk_connection() as conn:
        writer = _BatchWriter(conn, batch_size, gate)
        for f in files:
            try:
                _ingest_file(store, writer, f, result, on_record=on_record, on_reject=on_reject)
            except InputFileError as exc:
                # the lines before the break are kept; the other files are still read
                result.file_errors.append(str(exc))
            writer.commit()  # each file complete before the next (a WARC file writes on its own connection)
    result.erased_skipped, result.erased_readmitted = gate.skipped, gate.lifted
    return result


def _ingest_file(
    store: Store,
    writer: _BatchWriter,
    f: Path,
    result: IngestResult,
    *,
    on_record: ProgressFn | None,
    on_reject: Callable[[Rejected], None] | None,
) -> None:
    from kartlegg.collect.warcingest import ingest_warc  # the crawler's stack, only when needed

    if _is_warc(f):
        read, new, rejected, damage = ingest_warc(store, f, gate=writer.gate)
        result.read += read
        result.new_versions += new
        for rej in rejected:
            result.reject(rej, on_reject)
        if on_record:
            on_record(read)
        if damage:
            raise InputFileError(f, damage)
    elif is_csv(f):
        _write_items(writer, iter_file(f), result, on_record=on_record, on_reject=on_reject)
    else:
        parallel = f.stat().st_size >= PARALLEL_MIN_BYTES
        _ingest_jsonl(writer, f, result, parallel=parallel, on_record=on_record, on_reject=on_reject)


if __name__ == "__main__":
    _parser_main(sys.argv[1:])
