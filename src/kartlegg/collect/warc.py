"""The evidence archive: every HTTP exchange written to gzip WARC files (warcio) with SHA-256 digests.

Each record is its own gzip member and the file is flushed after every record, so a killed crawl leaves
every earlier record readable; a new run opens a new file. Paths are stored relative to the archive
folder, so the data folder can be moved as a whole. ``raw_pages.sha256`` is the SHA-256 of the payload
exactly as archived (still content-encoded), the same bytes the record's ``WARC-Payload-Digest`` covers.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from kartlegg.collect.fetch import Response

MAX_FILE_BYTES = 1_000_000_000
#: Headers that describe the transfer, not the payload: httpx has already undone them.
_TRANSFER_HEADERS = frozenset({"transfer-encoding"})


class _Sha256Writer(WARCWriter):  # type: ignore[misc]
    @staticmethod
    def _create_digester() -> Digester:
        return Digester("sha256")


@dataclass(frozen=True, slots=True)
class ArchivedRecord:
    path: str  # relative to the archive folder
    offset: int
    record_id: str
    sha256: str


def sha256_digest_header(data: bytes) -> str:
    return "sha256:" + base64.b32encode(hashlib.sha256(data).digest()).decode("ascii")


class WarcArchive:
    """Appends exchanges to ``<archive>/YYYY/MM/DD/kartlegg-<time>-<pid>-<n>.warc.gz``."""

    def __init__(self, root: Path, *, max_file_bytes: int = MAX_FILE_BYTES) -> None:
        self.root = root
        self.max_file_bytes = max_file_bytes
        self._fh: IO[bytes] | None = None
        self._writer: _Sha256Writer | None = None
        self._rel: str = ""
        self._n = 0

    def _open(self) -> None:
        now = datetime.now(UTC)
        rel_dir = Path(now.strftime("%Y/%m/%d"))
        (self.root / rel_dir).mkdir(parents=True, exist_ok=True)
        self._n += 1
        name = f"kartlegg-{now.strftime('%Y%m%dT%H%M%S%f')}-{os.getpid()}-{self._n}.warc.gz"
        self._rel = str(rel_dir / name)
        self._fh = open(self.root / self._rel, "xb")
        self._writer = _Sha256Writer(self._fh, gzip=True, warc_version="1.1")
        info = self._writer.create_warcinfo_record(name, {"software": "kartlegg 0.1", "format": "WARC File Format 1.1"})
        self._writer.write_record(info)

    def write(self, resp: Response, extra: dict[str, str] | None = None) -> ArchivedRecord:
        """Archive one exchange (request + response records); return where the response record is.

        ``extra`` adds WARC headers (the crawler writes ``Kartlegg-Site`` and ``Kartlegg-Role``, so an
        archive can be re-extracted later without guessing which pages were ads).
        """
        if self._fh is None or self._fh.tell() > self.max_file_bytes:
            self.close()
            self._open()
        assert self._fh is not None and self._writer is not None
        writer = self._writer
        date = resp.fetched_at.replace("+00:00", "Z")
        headers = [(k, v) for k, v in resp.headers if k.lower() not in _TRANSFER_HEADERS]
        http_headers = StatusAndHeaders(f"{resp.status} {resp.reason}".strip(), headers, protocol=resp.http_version)
        payload_digest = sha256_digest_header(resp.raw)
        warc_headers = {"WARC-Date": date, "WARC-Payload-Digest": payload_digest, **(extra or {})}
        if resp.truncated:
            # WARC 1.1 section 5.13: the record holds only the bytes received before the size or time cap
            warc_headers["WARC-Truncated"] = resp.truncated
        record = writer.create_warc_record(
            resp.url,
            "response",
            payload=io.BytesIO(resp.raw),
            length=len(resp.raw),
            http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        record_id = str(record.rec_headers.get_header("WARC-Record-ID"))
        offset = self._fh.tell()
        writer.write_record(record)
        path = urlparse_path(resp.url)
        req_headers = StatusAndHeaders(f"GET {path} {resp.http_version}", resp.request_headers, is_http_request=True)
        request = writer.create_warc_record(
            resp.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=req_headers,
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": record_id},
        )
        writer.write_record(request)
        self._fh.flush()
        return ArchivedRecord(self._rel, offset, record_id, hashlib.sha256(resp.raw).hexdigest())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh = None
        self._writer = None


def urlparse_path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


@dataclass(frozen=True, slots=True)
class ReadRecord:
    record_id: str
    url: str
    date: str
    status: int
    headers: list[tuple[str, str]]
    payload: bytes
    payload_digest: str | None
    digests_ok: bool | None
    warc_headers: dict[str, str]


def read_record(path: Path, offset: int, *, max_payload: int = 50_000_000) -> ReadRecord:
    """The response record starting at ``offset``; digests are recomputed by warcio (``digests_ok``)."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        it = ArchiveIterator(fh, check_digests=True)
        for rec in it:
            payload = rec.raw_stream.read(max_payload + 1)
            if len(payload) > max_payload:
                raise ValueError(f"record payload larger than {max_payload} bytes")
            rec.raw_stream.read()  # consume the rest so warcio can check the digests
            ok: Any = getattr(rec, "digest_checker", None)
            problems = list(ok.problems) if ok is not None else []
            return _record(rec, payload, not problems)
    raise ValueError(f"no WARC record at {path}:{offset}")


def _record(rec: Any, payload: bytes, digests_ok: bool | None) -> ReadRecord:
    """A warcio record as ``ReadRecord`` (``digests_ok`` None: not checked)."""
    return ReadRecord(
        record_id=str(rec.rec_headers.get_header("WARC-Record-ID")),
        url=str(rec.rec_headers.get_header("WARC-Target-URI")),
        date=str(rec.rec_headers.get_header("WARC-Date")),
        status=int(rec.http_headers.get_statuscode() or 0) if rec.http_headers else 0,
        headers=list(rec.http_headers.headers) if rec.http_headers else [],
        payload=payload,
        payload_digest=rec.rec_headers.get_header("WARC-Payload-Digest"),
        digests_ok=digests_ok,
        warc_headers=dict(rec.rec_headers.headers),
    )


class WarcDamaged(Exception):
    """A WARC file that breaks off or holds garbage; the records before the damage were yielded."""


def iter_responses(path: Path, *, max_payload: int = 50_000_000) -> Iterator[tuple[int, ReadRecord]]:
    """Every response record of a WARC file: (offset, ReadRecord); oversized payloads are skipped.

    Then ``WarcDamaged`` if the file does not end where its last whole record does (warcio itself stops
    silently at a truncated gzip member), or holds something that is not a WARC record.
    """
    size = path.stat().st_size
    records = 0
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        try:
            for rec in it:
                records += 1
                if rec.rec_type != "response":
                    continue
                payload = rec.raw_stream.read(max_payload + 1)
                if len(payload) > max_payload:
                    continue
                yield (
                    it.get_record_offset(),
                    _record(rec, payload, None),
                )
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
            raise WarcDamaged(f"damaged WARC after {records} records ({exc})") from exc
        if it.offset < size:
            raise WarcDamaged(f"truncated WARC after {records} records")
