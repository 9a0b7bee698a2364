"""Serving one ad's evidence: the exact WARC record it was read from, byte for byte.

Paths come from the store, but are still confined to the archive folder: a stored path that points
elsewhere (a tampered row) is refused rather than read.
"""

from __future__ import annotations

from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from kartlegg.read.persons import Evidence

MAX_RECORD = 64 * 1024 * 1024


def _resolve(archive_dir: Path, warc_path: str) -> Path | None:
    root = archive_dir.resolve()
    p = Path(warc_path)
    full = (p if p.is_absolute() else root / p).resolve()
    if not full.is_relative_to(root) or not full.is_file():
        return None
    return full


def warc_record(archive_dir: Path, ev: Evidence) -> bytes | None:
    """The raw bytes of the record (a gzip member in a .warc.gz), or None when it cannot be found."""
    if not ev.warc_path:
        return None
    path = _resolve(archive_dir, ev.warc_path)
    if path is None:
        return None
    with path.open("rb") as fh:
        if ev.warc_offset:
            fh.seek(ev.warc_offset)
        it = ArchiveIterator(fh)
        for rec in it:
            rid = rec.rec_headers.get_header("WARC-Record-ID")
            if ev.warc_record_id is None or rid == ev.warc_record_id:
                it.read_to_end(rec)
                start = it.get_record_offset()  # absolute: warcio asks the file where it is
                length = it.get_record_length()
                if length is None or length > MAX_RECORD:
                    return None
                fh.seek(start)
                return fh.read(length)
            if ev.warc_offset:
                return None
    return None
