"""The ad versions as Parquet (``kartlegg export versions --format parquet``): every version of every ad as
the pipeline reads it, for a Spark or DuckDB job beyond one machine (the Spark engine stages its input
with the same writer).

One file per batch of versions (``part-00000.parquet``, ...), in ``seq`` order, written with pyarrow (the
``[spark]`` extra); ``images`` is a list of URLs, ``extra`` the ad's other keys as JSON, and
``image_hashes`` the fetched pictures' hashes (url, sha256, phash) that linking turns into image keys.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa  # the [spark] extra: imported by the command before it audits anything
import pyarrow.parquet as pq
from sqlalchemy import Connection, text

from kartlegg.read import exports
from kartlegg.store.ads import StoredVersion, iter_versions_after

#: versions per Parquet file (one file is one Spark input split of a few tens of MB)
BATCH = 50_000


def schema(columns: Sequence[str]) -> Any:
    hashes = pa.list_(pa.struct([("url", pa.string()), ("sha256", pa.string()), ("phash", pa.string())]))
    types: dict[str, Any] = {
        "seq": pa.int64(),
        "ad_id": pa.int64(),
        "images": pa.list_(pa.string()),
        "image_hashes": hashes,
    }
    return pa.schema([(c, types.get(c, pa.string())) for c in columns])


def _image_hashes(conn: Connection, lo: int, hi: int) -> dict[int, list[dict[str, str | None]]]:
    out: dict[int, list[dict[str, str | None]]] = defaultdict(list)
    for seq, url, sha, ph in conn.execute(
        text(
            "SELECT version_seq, url, sha256, phash FROM ad_images WHERE version_seq BETWEEN :lo AND :hi "
            "AND (sha256 IS NOT NULL OR phash IS NOT NULL) ORDER BY version_seq, url"
        ),
        {"lo": lo, "hi": hi},
    ):
        out[int(seq)].append({"url": url, "sha256": sha, "phash": ph})
    return out


def _row(v: StoredVersion, hashes: list[dict[str, str | None]]) -> dict[str, Any]:
    return {
        "seq": v.seq,
        "ad_id": v.ad_id,
        "site": v.site,
        "ad_key": v.ad_key,
        "url": v.url,
        "posted_at": v.posted_at,
        "title": v.title,
        "body": v.body,
        "city": v.city,
        "images": [u for u in v.images if isinstance(u, str)],
        "extra": orjson.dumps(v.extra).decode(),
        "site_country": v.site_country,
        "site_language": v.site_language,
        "image_hashes": hashes,
    }


def write_versions(
    conn: Connection,
    folder: Path,
    columns: Sequence[str] = exports.VERSIONS,
    *,
    after_seq: int = 0,
    upto_seq: int | None = None,
    batch: int = BATCH,
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Write the versions with ``after_seq < seq <= upto_seq`` (only ``columns``) into ``folder``; returns
    how many. Files already in the folder are replaced, so a re-run never mixes two exports."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.parquet"):
        old.unlink()
    cols = list(columns)
    sch = schema(cols)
    n = part = 0
    rows: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal part, rows
        if rows:
            table = pa.Table.from_pylist([{c: r[c] for c in cols} for r in rows], schema=sch)
            pq.write_table(table, folder / f"part-{part:05d}.parquet", compression="zstd")
            part += 1
            rows = []

    for chunk in iter_versions_after(conn, after_seq, batch=5000):
        chunk = [v for v in chunk if upto_seq is None or v.seq <= upto_seq]
        if not chunk:
            break
        hashes = _image_hashes(conn, chunk[0].seq, chunk[-1].seq) if "image_hashes" in cols else {}
        rows.extend(_row(v, hashes.get(v.seq, [])) for v in chunk)
        n += len(chunk)
        if on_progress:
            on_progress(len(chunk))
        if len(rows) >= batch:
            flush()
    flush()
    if part == 0:  # an empty export is still a readable dataset
        pq.write_table(pa.Table.from_pylist([], schema=sch), folder / "part-00000.parquet")
    return n
