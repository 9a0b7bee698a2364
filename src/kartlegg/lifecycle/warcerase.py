"""Rewriting a WARC file without erased records, leaving a tombstone record in their place.

The erased records are the erased ads' own pages, and every other response record whose text holds what
was erased (``Needles``: an erased ad's title, the start of its text, the selectors that left the store),
such as the listing pages that showed the ad's title, and the erased ads' photos (``urls``). The pages
that are evidence of ads still in the store (``keep``) are never dropped. Kept records are copied byte
for byte (each is its own gzip member), so their digests and the SHA-256 recorded at fetch time still
hold; only their offsets change, and the new offsets are returned for the caller to store. Each erased
response record leaves a ``metadata`` record naming its record id, the SHA-256 of its payload, the reason
and who erased it; its request record goes with it. The new file is written beside the old one and
renamed over it, so a crash leaves either the old or the new file whole; running the rewrite again on a
file already rewritten removes nothing more and returns the same offsets.
"""

from __future__ import annotations

import hashlib
import html
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from kartlegg.collect.decode import BadEncoding, TooLarge, decode_html, decompress
from kartlegg.store.rows import now_iso
from kartlegg.store.tombstones import normalise_text

#: a needle shorter than this would match unrelated pages ("Anna", "Ny")
MIN_NEEDLE = 6
#: how much of an erased ad's text is searched for (a listing shows the start of an ad's text)
TEXT_PREFIX = 32
#: a record whose payload is larger than this is not searched (only dropped when it is an erased page)
MAX_SEARCHED = 50_000_000


@dataclass(frozen=True, slots=True)
class ErasedRecord:
    record_id: str
    sha256: str


@dataclass(slots=True)
class Needles:
    """What an erased ad leaves in other pages, normalised as ``normalise_text`` (case, spacing, entities).

    A needle matches only at word boundaries ("annonse 5" is not in "annonse 51"); the start of a text
    only at its front, since a page may show more of it.
    """

    values: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    _pattern: re.Pattern[str] | None = None

    def add(self, texts: Iterable[str | None], *, prefix: int | None = None) -> None:
        for value in texts:
            norm = normalise_text(html.unescape(value or ""))
            if prefix is not None:
                norm = norm[:prefix].rstrip() if len(norm) >= prefix else ""
            if len(norm) >= MIN_NEEDLE:
                (self.prefixes if prefix is not None else self.values).add(norm)
                self._pattern = None

    def __bool__(self) -> bool:
        return bool(self.values or self.prefixes)

    def _compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            whole = [re.escape(v) + r"(?!\w)" for v in sorted(self.values)]
            fronts = [re.escape(v) for v in sorted(self.prefixes)]
            self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(whole + fronts) + ")")
        return self._pattern

    def found_in(self, page: str) -> bool:
        return bool(self) and self._compiled().search(normalise_text(html.unescape(page))) is not None

    def prune(self, kept: Iterable[str | None]) -> None:
        """Forget every needle that a kept ad's text also holds (a shared title such as "Ny i stan", a
        template opening): a page showing it may be about that other ad, so it is no sign of the erased."""
        for value in kept:
            if not self:
                return
            found = {m.group(0) for m in self._compiled().finditer(normalise_text(html.unescape(value or "")))}
            if found:
                self.values -= found
                self.prefixes -= found
                self._pattern = None


def _page_text(rec: Any, payload: bytes) -> str:
    """The text of an archived response, its Content-Encoding undone (anything undecodable as it is)."""
    headers = rec.http_headers
    try:
        body = decompress(payload, headers.get_header("Content-Encoding") if headers else None, MAX_SEARCHED)
    except (BadEncoding, TooLarge):
        body = payload
    return decode_html(body, headers.get_header("Content-Type") if headers else None)[0]


@dataclass(frozen=True, slots=True)
class Rewritten:
    #: record id -> new offset, for every record kept
    offsets: dict[str, int]
    removed: int
    #: response records dropped because their text held what was erased (listing pages and the like), or
    #: because they are an erased ad's photo
    matched: list[str]
    #: the rewritten file, not yet renamed over the original (``commit``)
    temp: Path
    path: Path

    def commit(self) -> None:
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def rewrite_without(
    path: Path,
    erased: list[ErasedRecord],
    *,
    reason: str,
    actor: str,
    needles: Needles | None = None,
    urls: frozenset[str] = frozenset(),
    keep: frozenset[str] = frozenset(),
) -> Rewritten:
    """Write ``path`` again without ``erased``, the other response records of ``urls`` or whose text holds
    a needle (but not those in ``keep``), and their request records, into a temporary file."""
    gone = {e.record_id: e for e in erased}
    temp = path.with_name(path.name + ".erasing")
    offsets: dict[str, int] = {}
    matched: list[str] = []
    removed = 0
    with open(path, "rb") as src, open(temp, "wb") as dst:
        it = ArchiveIterator(src)
        spans: list[tuple[int, int, str, bool]] = []
        for rec in it:
            rid = str(rec.rec_headers.get_header("WARC-Record-ID"))
            concurrent = rec.rec_headers.get_header("WARC-Concurrent-To")
            drop = rid in gone or (concurrent is not None and str(concurrent) in gone)
            if not drop and rec.rec_type == "response" and rid not in keep:
                target = str(rec.rec_headers.get_header("WARC-Target-URI"))
                payload = b""
                if target in urls:
                    payload, drop = rec.raw_stream.read(), True
                elif needles:
                    payload = rec.raw_stream.read(MAX_SEARCHED + 1)
                    drop = len(payload) <= MAX_SEARCHED and needles.found_in(_page_text(rec, payload))
                if drop:
                    gone[rid] = ErasedRecord(rid, hashlib.sha256(payload).hexdigest())
                    matched.append(rid)
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
        for e in gone.values():
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
    return Rewritten(offsets, removed, matched, temp, path)
