"""Rewriting a WARC file without erased records, leaving a tombstone record in their place.

Kept records are copied byte for byte (each is its own gzip member), so their digests and the SHA-256
recorded at fetch time still hold; only their offsets change, and the new offsets are returned for the
caller to store. Each erased response record leaves a ``metadata`` record naming its record id, the
SHA-256 of its payload, the reason and who erased it; its request record goes with it. The new file is
written beside the old one and renamed over it, so a crash leaves either the old or the new file whole;
running the rewrite again on a file already rewritten removes nothing more and returns the same offsets.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import orjson
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from kartlegg.store.rows import now_iso


@dataclass(frozen=True, slots=True)
class ErasedRecord:
    record_id: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Rewritten:
    #: record id -> new offset, for every record kept
    offsets: dict[str, int]
    removed: int
    #: the rewritten file, not yet renamed over the original (``commit``)
    temp: Path
    path: Path

    def commit(self) -> None:
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def rewrite_without(path: Path, erased: list[ErasedRecord], *, reason: str, actor: str) -> Rewritten:
    """Write ``path`` again without ``erased`` (and their request records) into a temporary file."""
    gone = {e.record_id for e in erased}
    temp = path.with_name(path.name + ".erasing")
    offsets: dict[str, int] = {}
    removed = 0
    with open(path, "rb") as src, open(temp, "wb") as dst:
        it = ArchiveIterator(src)
        spans: list[tuple[int, int, str, bool]] = []
        for rec in it:
            rid = str(rec.rec_headers.get_header("WARC-Record-ID"))
            concurrent = rec.rec_headers.get_header("WARC-Concurrent-To")
            drop = rid in gone or (concurrent is not None and str(concurrent) in gone)
            it.read_to_end()
            spans.append((it.get_record_offset(), it.get_record_length(), rid, drop))
        found: set[str] = set()
        for offset, length, rid, drop in spans:
            if drop:
                removed += 1
                found.add(rid)
                continue
            src.seek(offset)
            offsets[rid] = dst.tell()
            dst.write(src.read(length))
        writer = WARCWriter(dst, gzip=True, warc_version="1.1")
        for e in erased:
            if e.record_id not in found:
                continue  # removed by an earlier run, which left its tombstone
            body = orjson.dumps(
                {"erased_record": e.record_id, "sha256": e.sha256, "reason": reason, "erased_by": actor}
            )
            tomb = writer.create_warc_record(
                "urn:kartlegg:erased",
                "metadata",
                payload=io.BytesIO(body),
                length=len(body),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Refers-To": e.record_id, "WARC-Date": now_iso().replace("+00:00", "Z")},
            )
            writer.write_record(tomb)
        dst.flush()
        os.fsync(dst.fileno())
    return Rewritten(offsets, removed, temp, path)
