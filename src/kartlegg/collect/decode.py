"""Turning a response body into text without trusting it: bounded decompression and charset decoding.

A 100 KB gzip, brotli or zstd body can inflate to gigabytes. Every decoder here produces at most
``limit`` bytes and raises ``TooLarge`` beyond that, never holding more than the limit in memory.
"""

from __future__ import annotations

import codecs
import io
import re
import sys
import zlib

import brotli

if sys.version_info >= (3, 14):
    from compression import zstd
else:  # the backport of 3.14's compression.zstd: 2 MB where zstandard takes 24
    from backports import zstd

_CHUNK = 64 * 1024


class TooLarge(Exception):
    """A body that decompresses (or arrives) larger than the configured cap."""


class BadEncoding(Exception):
    """A Content-Encoding that is unknown or whose data is corrupt."""


def _inflate(data: bytes, limit: int, wbits: int) -> bytes:
    d = zlib.decompressobj(wbits)
    out = bytearray()
    buf = data
    while True:
        chunk = d.decompress(buf, _CHUNK)
        out += chunk
        if len(out) > limit:
            raise TooLarge(f"body decompresses to more than {limit} bytes")
        buf = d.unconsumed_tail
        if d.eof:
            rest = d.unused_data
            # gzip allows several members one after another.
            if rest and wbits > 16 and rest[:2] == b"\x1f\x8b":
                out += _inflate(rest, limit - len(out), wbits)
            return bytes(out)
        if not buf and not chunk:
            return bytes(out)


def _deflate(data: bytes, limit: int) -> bytes:
    # "deflate" means zlib-wrapped data, but some servers send raw deflate.
    try:
        return _inflate(data, limit, zlib.MAX_WBITS)
    except zlib.error:
        return _inflate(data, limit, -zlib.MAX_WBITS)


def _brotli(data: bytes, limit: int) -> bytes:
    d = brotli.Decompressor()
    out = bytearray()
    pending = data
    while True:
        chunk = d.process(pending, output_buffer_limit=_CHUNK)
        pending = b""
        out += chunk
        if len(out) > limit:
            raise TooLarge(f"body decompresses to more than {limit} bytes")
        if d.is_finished() or (not chunk and d.can_accept_more_data()):
            return bytes(out)


def _zstd(data: bytes, limit: int) -> bytes:
    out = bytearray()
    with zstd.ZstdFile(io.BytesIO(data)) as reader:  # reads across frames, as a server may send several
        while True:
            chunk = reader.read(_CHUNK)
            if not chunk:
                return bytes(out)
            out += chunk
            if len(out) > limit:
                raise TooLarge(f"body decompresses to more than {limit} bytes")


def decompress(data: bytes, content_encoding: str | None, limit: int) -> bytes:
    """Undo every Content-Encoding (applied in order, undone in reverse), producing at most ``limit`` bytes."""
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):
        try:
            if coding in ("gzip", "x-gzip"):
                data = _inflate(data, limit, 16 + zlib.MAX_WBITS)
            elif coding == "deflate":
                data = _deflate(data, limit)
            elif coding == "br":
                data = _brotli(data, limit)
            elif coding == "zstd":
                data = _zstd(data, limit)
            elif coding == "identity":
                continue
            else:
                raise BadEncoding(f"unknown Content-Encoding {coding!r}")
        except (zlib.error, brotli.error, zstd.ZstdError, EOFError) as exc:
            raise BadEncoding(f"corrupt {coding} data: {exc}") from None
    if len(data) > limit:
        raise TooLarge(f"body is larger than {limit} bytes")
    return data


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # Browsers treat latin-1 and ascii labels as windows-1252 (WHATWG encoding standard).
    if info.name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return info.name


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Text of an HTML body and the charset used: BOM, then HTTP header, then <meta>, then UTF-8.

    A wrong declaration never fails: a declared UTF-8 page that is not valid UTF-8 falls back to
    windows-1252, and anything left undecodable is replaced, so one bad page cannot stop a crawl.
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if body.startswith(bom):
            return body[len(bom) :].decode(name, errors="replace"), name
    declared = None
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        declared = _codec(m.group(1)) if m else None
    if declared is None:
        m2 = _META_CHARSET.search(body[:4096])
        declared = _codec(m2.group(1).decode("ascii", "replace")) if m2 else None
    if declared is None or declared.startswith("utf-16"):
        declared = "utf-8"
    if declared == "utf-8":
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            return body.decode("cp1252", errors="replace"), "cp1252"
    return body.decode(declared, errors="replace"), declared
