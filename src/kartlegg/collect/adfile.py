"""Reading ad dumps in the interchange format (ARCHITECTURE.md "Ad input"): JSONL, CSV, gzip, folders.

Every line either becomes an ``IncomingAd`` or a ``Rejected`` with ``file:line: reason``; nothing is
dropped silently. Unknown keys are kept as raw metadata in ``AdInput.extra``.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import IO, Any

import orjson

from kartlegg.records import AdInput
from kartlegg.store.rows import IncomingAd, VersionRow, version_row

KNOWN_KEYS = frozenset({"id", "site", "url", "posted_at", "title", "body", "city", "images"})
SUFFIXES = (
    ".jsonl",
    ".ndjson",
    ".json",
    ".csv",
    ".jsonl.gz",
    ".ndjson.gz",
    ".json.gz",
    ".csv.gz",
    ".warc",
    ".warc.gz",
)
#: A single ad larger than this is refused: ads are written by adversaries.
MAX_LINE_BYTES = 2_000_000
MAX_TEXT_CHARS = 200_000
MAX_IMAGES = 200


class AdFormatError(ValueError):
    """Why one record was refused."""


class InputFileError(Exception):
    """A whole file could not be read to its end; the lines before the damage were still yielded.

    Raised by the readers here (never by the store), so ingest can report the file by name and go on with
    the next file, while a store error still stops the run.
    """

    def __init__(self, path: Path, message: str, *, lines: int = 0) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.lines = lines


#: gzip's magic bytes: files are sniffed, not trusted by name (a plain dump is often saved as .gz).
GZIP_MAGIC = b"\x1f\x8b"
#: The UTF-8 byte order mark that spreadsheets ("CSV UTF-8") and some exporters put first.
UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Rejected:
    source: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


def _text(value: Any, key: str, *, required: bool = False) -> str | None:
    if type(value) is str and value and len(value) <= MAX_TEXT_CHARS:
        return value  # the common case, first: ingest calls this seven times per ad
    if value is None or value == "":
        if required:
            raise AdFormatError(f"missing '{key}'")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise AdFormatError(f"'{key}' must be a string, not {type(value).__name__}")
    out = str(value)
    if len(out) > MAX_TEXT_CHARS:
        raise AdFormatError(f"'{key}' is longer than {MAX_TEXT_CHARS} characters")
    return out


def _posted_at(value: Any) -> str | None:
    raw = _text(value, "posted_at")
    if raw is None:
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
    except ValueError:
        raise AdFormatError(f"'posted_at' is not an ISO 8601 date-time: {raw[:40]!r}") from None


def _images(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith("["):
            try:
                value = orjson.loads(stripped)
            except orjson.JSONDecodeError:
                raise AdFormatError("'images' is not a valid JSON list") from None
        else:
            value = [p for p in stripped.replace("|", " ").split() if p]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AdFormatError("'images' must be a list of URLs")
    if len(value) > MAX_IMAGES:
        raise AdFormatError(f"more than {MAX_IMAGES} images")
    return tuple(value)


#: A validated record: (id, site, url, posted_at, title, body, city, images, extra).
_Fields = tuple[str, str, str | None, str | None, str, str, str | None, tuple[str, ...], dict[str, Any]]


def _fields(obj: Any) -> _Fields:
    """Validate one decoded record: (id, site, url, posted_at, title, body, city, images, extra).

    The one definition of a valid ad: ``parse_record`` wraps it in an ``AdInput``, the bulk ingest path
    (``parse_jsonl_chunk``) turns it into a store row without building that object.
    """
    if not isinstance(obj, dict):
        raise AdFormatError(f"expected a JSON object, got {type(obj).__name__}")
    ad_key = _text(obj.get("id"), "id", required=True)
    site = _text(obj.get("site"), "site", required=True)
    assert ad_key is not None and site is not None
    url = _text(obj.get("url"), "url")
    if url is not None and not url.lower().startswith(("http://", "https://")):
        raise AdFormatError("'url' must start with http:// or https://")
    extra = {k: v for k, v in obj.items() if k not in KNOWN_KEYS}
    return (
        ad_key.strip(),
        site.strip().lower(),
        url,
        _posted_at(obj.get("posted_at")),
        _text(obj.get("title"), "title") or "",
        _text(obj.get("body"), "body") or "",
        _text(obj.get("city"), "city"),
        _images(obj.get("images")),
        extra,
    )


def _ad(fields: _Fields) -> AdInput:
    ad_key, site, url, posted_at, title, body, city, images, extra = fields
    return AdInput(
        id=ad_key,
        site=site,
        url=url,
        posted_at=posted_at,
        title=title,
        body=body,
        city=city,
        images=images,
        extra=extra,
    )


def record_fields(obj: Any) -> _Fields:
    """Validate one decoded record into its fields without building an ``AdInput`` (the stream filter's
    reading: ``kartlegg extract`` needs only the fields)."""
    return _fields(obj)


def extract_fields(obj: Any) -> tuple[str, str, str | None, str, str, str | None, str | None]:
    """``record_fields``' (id, site, url, title, body, city, posted_at) of a record: what ``kartlegg extract`` reads
    (the ad's date as written when it opens with a calendar date "YYYY-MM-DD", the day extraction reads, else as
    ``record_fields`` writes it), with
    every field checked as ``record_fields`` checks it. A record of plain values (each text a non-empty string
    within ``MAX_TEXT_CHARS`` or absent, a ``posted_at`` that ``datetime.fromisoformat`` reads, ``images`` a
    short list of strings) is read here in one function, without the seven ``_text`` calls, the extra keys'
    dict, the date's ``isoformat`` and the images' tuple that ``record_fields`` builds and the stream drops
    (~18 k instructions an ad, ~1.8 % of a stream's); any other goes through ``record_fields`` (its values, its
    error)."""
    if type(obj) is dict:
        ad_key = obj.get("id")
        site = obj.get("site")
        url = obj.get("url")
        posted = obj.get("posted_at")
        title = obj.get("title")
        body = obj.get("body")
        city = obj.get("city")
        images = obj.get("images")
        if (
            type(ad_key) is str
            and type(site) is str
            and 0 < len(ad_key) <= MAX_TEXT_CHARS
            and 0 < len(site) <= MAX_TEXT_CHARS
            and (url is None or url == "" or (type(url) is str and _plain_url(url)))
            and (posted is None or posted == "" or (type(posted) is str and _plain_date(posted)))
            and (title is None or (type(title) is str and len(title) <= MAX_TEXT_CHARS))
            and (body is None or (type(body) is str and len(body) <= MAX_TEXT_CHARS))
            and (city is None or (type(city) is str and len(city) <= MAX_TEXT_CHARS))
            and (images is None or images == "" or _plain_images(images))
        ):
            if posted and (posted[4:5] != "-" or posted[7:8] != "-"):
                posted = _posted_at(posted)  # "20260101T003651Z", "2026-W01-1": written out as a calendar date
            return (
                ad_key.strip(),
                site.strip().lower(),
                url or None,
                title or "",
                body or "",
                city or None,
                posted or None,
            )
    ad_key, site, url, posted_at, title, body, city, _images, _extra = _fields(obj)
    return ad_key, site, url, title, body, city, posted_at


def _plain_url(url: str) -> bool:
    return len(url) <= MAX_TEXT_CHARS and url.lower().startswith(("http://", "https://"))


def _plain_date(raw: str) -> bool:
    if len(raw) > MAX_TEXT_CHARS:
        return False
    try:
        datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _plain_images(images: Any) -> bool:
    return type(images) is list and len(images) <= MAX_IMAGES and all(type(v) is str for v in images)


def parse_record(obj: Any) -> AdInput:
    """Validate one decoded record and turn it into an ``AdInput``."""
    return _ad(_fields(obj))


def _content_hash(
    url: str | None,
    posted_at: str | None,
    title: str,
    body: str,
    city: str | None,
    images: tuple[str, ...],
    extra: dict[str, Any],
) -> str:
    payload = orjson.dumps([url, posted_at, title, body, city, list(images), extra], option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(payload).hexdigest()


def content_hash(ad: AdInput) -> str:
    """Hash of everything an ad says (not where it was read): equal content, equal hash."""
    return _content_hash(ad.url, ad.posted_at, ad.title, ad.body, ad.city, ad.images, ad.extra)


def _open_binary(path: Path) -> IO[bytes]:
    """The file's bytes, gunzipped when it starts with gzip's magic bytes, whatever its name says."""
    fh = open(path, "rb")
    if fh.read(2) == GZIP_MAGIC:
        fh.seek(0)
        return gzip.GzipFile(fileobj=fh, mode="rb")  # type: ignore[return-value]
    fh.seek(0)
    return fh


def _read_problem(path: Path, exc: BaseException, lines: int) -> InputFileError:
    """The user-facing reason a file stopped being readable after ``lines`` lines."""
    if isinstance(exc, EOFError):
        return InputFileError(path, f"truncated gzip after {lines} lines", lines=lines)
    if isinstance(exc, gzip.BadGzipFile | zlib.error):
        return InputFileError(path, f"damaged gzip after {lines} lines ({exc})", lines=lines)
    if isinstance(exc, OSError):
        why = exc.strerror or str(exc) or type(exc).__name__
        return InputFileError(path, f"cannot read after {lines} lines: {why}", lines=lines)
    return InputFileError(path, f"cannot read after {lines} lines: {exc}", lines=lines)


_READ_ERRORS = (OSError, EOFError, zlib.error)


def is_csv(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(".csv") or name.endswith(".csv.gz")


def _decode_line(source: str, lineno: int, raw: bytes) -> tuple[bytes, _Fields] | Rejected | None:
    """One JSONL line: (the stripped line, its validated fields), a rejection with its reason, or None."""
    stripped = raw.strip()
    if not stripped:
        return None
    if len(raw) > MAX_LINE_BYTES:
        return Rejected(source, lineno, f"line longer than {MAX_LINE_BYTES} bytes")
    try:
        return stripped, _fields(orjson.loads(stripped))
    except orjson.JSONDecodeError as exc:
        return Rejected(source, lineno, f"invalid JSON ({str(exc).split(':')[0]})")
    except AdFormatError as exc:
        return Rejected(source, lineno, str(exc))


def parse_jsonl_line(source: str, lineno: int, raw: bytes) -> IncomingAd | Rejected | None:
    """One JSONL line: an ad, a rejection with its reason, or None for a blank line."""
    decoded = _decode_line(source, lineno, raw)
    if not isinstance(decoded, tuple):
        return decoded
    stripped, fields = decoded
    ad = _ad(fields)
    return IncomingAd(ad, content_hash(ad), f"{source}:{lineno}", hashlib.sha256(stripped).hexdigest())


def _jsonl_row(source: str, lineno: int, raw: bytes) -> VersionRow | Rejected | None:
    """``parse_jsonl_line`` then ``to_row``, without the objects in between (the bulk ingest hot path)."""
    decoded = _decode_line(source, lineno, raw)
    if not isinstance(decoded, tuple):
        return decoded
    stripped, (ad_key, site, url, posted_at, title, body, city, images, extra) = decoded
    chash = _content_hash(url, posted_at, title, body, city, images, extra)
    return version_row(
        site,
        ad_key,
        chash,
        url,
        posted_at,
        title,
        body,
        city,
        images,
        extra,
        f"{source}:{lineno}",
        hashlib.sha256(stripped).hexdigest(),
        None,
    )


def parse_jsonl_chunk(source: str, first_lineno: int, lines: list[bytes]) -> tuple[list[VersionRow], list[Rejected]]:
    """Parse consecutive JSONL lines into store-ready rows (the same rows ``to_row`` makes)."""
    rows: list[VersionRow] = []
    rejected: list[Rejected] = []
    for offset, raw in enumerate(lines):
        item = _jsonl_row(source, first_lineno + offset, raw)
        if isinstance(item, tuple):
            rows.append(item)
        elif item is not None:
            rejected.append(item)
    return rows, rejected


def iter_line_chunks(path: Path, chunk_lines: int) -> Iterator[tuple[int, list[bytes]]]:
    """Raw lines of a JSONL file in chunks, with the 1-based number of each chunk's first line.

    A leading UTF-8 BOM is skipped. When the file breaks off (a truncated or damaged gzip, a read error), the
    complete lines before the break are yielded first, then ``InputFileError`` says after how many lines.
    """
    first = 1
    chunk: list[bytes] = []
    try:
        with _open_binary(path) as fh:
            while True:
                chunk = []
                for line in islice(fh, chunk_lines):
                    chunk.append(line)
                if not chunk:
                    return
                if first == 1 and chunk[0].startswith(UTF8_BOM):
                    chunk[0] = chunk[0][len(UTF8_BOM) :]
                yield first, chunk
                first += len(chunk)
    except _READ_ERRORS as exc:
        # the loop above appends line by line, so a chunk cut short still holds every complete line
        if chunk:
            if first == 1 and chunk[0].startswith(UTF8_BOM):
                chunk[0] = chunk[0][len(UTF8_BOM) :]
            yield first, chunk
            first += len(chunk)
        raise _read_problem(path, exc, first - 1) from exc


def iter_file(path: Path) -> Iterator[IncomingAd | Rejected]:
    """Yield one result per record of ``path``, in order; line numbers are 1-based."""
    source = str(path)
    if is_csv(path):
        lines = 0
        try:
            with _open_binary(path) as fh:
                for item in _iter_csv(fh, source):
                    lines = item.line if isinstance(item, Rejected) else int(item.source.rsplit(":", 1)[1])
                    yield item
        except _READ_ERRORS as exc:
            raise _read_problem(path, exc, lines) from exc
        return
    for first, chunk in iter_line_chunks(path, 1000):
        for offset, raw in enumerate(chunk):
            parsed = parse_jsonl_line(source, first + offset, raw)
            if parsed is not None:
                yield parsed


def _iter_csv(fh: IO[bytes], source: str) -> Iterator[IncomingAd | Rejected]:
    # utf-8-sig: a spreadsheet's "CSV UTF-8" starts with a BOM, which would otherwise hide the 'id' column
    text_fh = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="strict", newline="")
    reader = csv.DictReader(text_fh)
    try:
        header = reader.fieldnames
    except UnicodeDecodeError:
        yield Rejected(source, 1, "not UTF-8 text")
        return
    if not header or "id" not in header or "site" not in header:
        yield Rejected(source, 1, "CSV header must name at least the columns 'id' and 'site'")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            yield Rejected(source, reader.line_num, f"unreadable CSV row ({exc})")
            continue
        lineno = reader.line_num
        if None in row:
            yield Rejected(source, lineno, "more fields than the header names")
            continue
        record = {k: (v if v != "" else None) for k, v in row.items()}
        try:
            ad = parse_record(record)
        except AdFormatError as exc:
            yield Rejected(source, lineno, str(exc))
            continue
        raw = orjson.dumps(row, option=orjson.OPT_SORT_KEYS)
        yield IncomingAd(ad, content_hash(ad), f"{source}:{lineno}", hashlib.sha256(raw).hexdigest())


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named directly, and the ad files inside named folders (recursively, sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.name.lower().endswith(SUFFIXES)))
        else:
            out.append(p)
    return out
