"""The bulk JSONL ingest path: rows built straight from JSON, parser processes, committed batches."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kartlegg.collect import ingest
from kartlegg.collect.adfile import IncomingAd, Rejected, parse_jsonl_chunk, parse_jsonl_line
from kartlegg.collect.ingest import ingest_paths
from kartlegg.store.ads import to_row
from kartlegg.store.engine import Store

_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20))
_value = st.one_of(_scalar, st.lists(st.text(max_size=10), max_size=3), st.dictionaries(st.text(max_size=5), _scalar))
_record = st.dictionaries(
    st.sampled_from(["id", "site", "url", "posted_at", "title", "body", "city", "images", "tier", "phone2"]),
    st.one_of(
        _value,
        st.sampled_from(["https://x.example/a", "ftp://x", "2026-03-01T10:00:00Z", "2026-13-01", " A1 ", "Rosa.EX"]),
    ),
)


@settings(max_examples=300, deadline=None)
@given(record=st.one_of(_record, _value, st.binary(max_size=40)), lineno=st.integers(1, 10**6))
def test_bulk_rows_are_exactly_what_the_record_path_stores(record: Any, lineno: int) -> None:
    """The hot path must accept, reject and store exactly as parse_record + content_hash + to_row do."""
    raw = record if isinstance(record, bytes) else json.dumps(record, ensure_ascii=False).encode() + b"\n"
    expected = parse_jsonl_line("f.jsonl", lineno, raw)
    rows, rejected = parse_jsonl_chunk("f.jsonl", lineno, [raw])
    if isinstance(expected, IncomingAd):
        assert rows == [to_row(expected)] and rejected == []
    else:
        assert rows == [] and rejected == ([expected] if expected else [])


def _ad(i: int, body: str = "") -> bytes:
    return orjson.dumps({"id": f"k{i}", "site": f"s{i % 3}.example", "title": f"ad {i}", "body": body or f"text {i}"})


def _lines(n: int) -> list[bytes]:
    """n lines: ads, with a bad line every 7th and a blank line every 11th."""
    out: list[bytes] = []
    for i in range(n):
        if i % 7 == 3:
            out.append(b'{"id": "x", "site": ')
        elif i % 11 == 5:
            out.append(b"   ")
        else:
            out.append(_ad(i))
    return out


def _ingest(store: Store, path: Path, **kw: int) -> tuple[int, int, list[str]]:
    result = ingest_paths(store, [path], **kw)
    return result.read, result.new_versions, [f"{r.source}:{r.line}" for r in result.rejected]


@pytest.mark.parametrize("parsers", [1, 2])
def test_parser_processes_store_the_same_as_parsing_in_process(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parsers: int
) -> None:
    data = tmp_path / "ads.jsonl.gz"
    data.write_bytes(gzip.compress(b"\n".join(_lines(200))))  # no newline after the last line
    expected_rejects = [f"{data}:{i + 1}" for i in range(200) if i % 7 == 3]

    monkeypatch.setattr(ingest, "CHUNK_LINES", 9)
    monkeypatch.setattr(ingest, "PARSERS", parsers)
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 0)
    read, new, rejects = _ingest(store, data, batch_size=25)
    assert rejects == expected_rejects
    assert read == new == sum(1 for i in range(200) if i % 7 != 3 and i % 11 != 5)
    with store.connect() as conn:
        rows = conn.execute(text("SELECT a.ad_key, v.source FROM ad_versions v JOIN ads a ON a.id = v.ad_id"))
        sources = {key: source for key, source in rows}
    assert sources["k198"] == f"{data}:199" and sources["k0"] == f"{data}:1"
    assert len(sources) == new

    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 1 << 40)  # the same file again, parsed in-process
    assert _ingest(store, data) == (read, 0, rejects)


def test_an_edit_within_one_batch_becomes_the_latest_version(store: Store, tmp_path: Path) -> None:
    data = tmp_path / "ads.jsonl"
    data.write_bytes(b"\n".join([_ad(1, "first"), _ad(2), _ad(1, "edited")]) + b"\n")
    assert _ingest(store, data) == (3, 3, [])
    with store.connect() as conn:
        body = conn.execute(
            text(
                "SELECT body FROM ad_versions WHERE seq = (SELECT MAX(seq) FROM ad_versions v JOIN ads a ON "
                "a.id = v.ad_id WHERE a.ad_key = 'k1')"
            )
        ).scalar_one()
    assert body == "edited"


def test_a_truncated_gzip_in_the_parser_process_keeps_the_lines_before_the_cut(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(b"\n".join(_ad(i) for i in range(3000)) + b"\n")
    data.write_bytes(whole[: len(whole) // 2])
    monkeypatch.setattr(ingest, "CHUNK_LINES", 100)
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 0)
    result = ingest_paths(sqlite_store, [data], batch_size=100)
    assert len(result.file_errors) == 1
    kept = int(result.file_errors[0].split("after ")[1].split()[0])
    assert result.file_errors == [f"{data}: truncated gzip after {kept} lines"]
    with sqlite_store.connect() as conn:  # every complete line before the damage is kept, once
        stored = conn.execute(text("SELECT COUNT(*) FROM ad_versions")).scalar_one()
    assert stored == kept == result.read and 0 < kept < 3000


def test_rejects_are_reported_in_file_order_by_the_parser_process(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "ads.jsonl"
    data.write_bytes(b"\n".join(_lines(60)) + b"\n")
    seen: list[Rejected] = []
    monkeypatch.setattr(ingest, "CHUNK_LINES", 4)
    monkeypatch.setattr(ingest, "PARSERS", 2)
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 0)
    ingest_paths(sqlite_store, [data], on_reject=seen.append)
    assert [r.line for r in seen] == [i + 1 for i in range(60) if i % 7 == 3]
    assert all(r.reason.startswith("invalid JSON") for r in seen)


def test_the_ingest_connection_settings_do_not_leak_into_the_pool(sqlite_store: Store, tmp_path: Path) -> None:
    """Ingest writes without SQLite foreign-key checks on its own connection; every other one keeps them."""
    data = tmp_path / "ads.jsonl"
    data.write_bytes(b"\n".join(_ad(i) for i in range(50)) + b"\n")
    assert _ingest(sqlite_store, data)[1] == 50
    for _ in range(3):  # whichever pooled connection comes back
        with pytest.raises(IntegrityError), sqlite_store.begin() as conn:
            conn.execute(text("INSERT INTO ads (id, site_id, ad_key, first_seen) VALUES (1, 999, 'k', 'x')"))
