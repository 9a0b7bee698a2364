"""Running extraction over the store: every ad version not yet extracted, in batches.

Writes ``selectors`` (one row per distinct kind+value), ``ad_selectors`` (where each was read, with its
span) and ``ad_extractions`` (the export-ready summary). The watermark is the highest version ``seq``
done, so a re-run only reads what is new and a killed run resumes after its last committed batch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from sqlalchemy import Connection

from kartlegg.extract.api import export_fields, extract_ad
from kartlegg.ids import selector_id
from kartlegg.store.ads import StoredVersion, count_new_versions_since, iter_versions_after, now_iso
from kartlegg.store.engine import Store
from kartlegg.store.stages import finish_run, last_watermark, start_run

STAGE = "extract"


def _write(conn: Connection, versions: list[StoredVersion], region: str | None) -> int:
    ph = "?" if conn.dialect.name == "sqlite" else "%s"
    selectors: dict[int, tuple[int, str, str]] = {}
    links: list[tuple[Any, ...]] = []
    summaries: list[tuple[Any, ...]] = []
    now = now_iso()
    for v in versions:
        ex = extract_ad(
            title=v.title,
            body=v.body,
            url=v.url,
            city=v.city,
            site=v.site,
            site_country=v.site_country,
            region=region,
        )
        for m in ex.matches:
            sid = selector_id(m.kind, m.value)
            selectors[sid] = (sid, m.kind, m.value)
            links.append((v.seq, v.ad_id, sid, m.field, m.start, m.end, m.raw[:500], orjson.dumps(m.detail).decode()))
        data = export_fields(ex)
        data["timed_out"] = ex.timed_out
        summaries.append((v.seq, v.ad_id, ex.language, orjson.dumps(data).decode(), now))
    conn.exec_driver_sql(
        f"INSERT INTO selectors (id, kind, value) VALUES ({ph}, {ph}, {ph}) ON CONFLICT (id) DO NOTHING",
        list(selectors.values()),
    )
    if links:
        conn.exec_driver_sql(
            "INSERT INTO ad_selectors (version_seq, ad_id, selector_id, field, span_start, span_end, raw, detail) "
            f"VALUES ({', '.join([ph] * 8)}) ON CONFLICT DO NOTHING",
            links,
        )
    conn.exec_driver_sql(
        "INSERT INTO ad_extractions (version_seq, ad_id, language, data, extracted_at) "
        f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph}) ON CONFLICT (version_seq) DO NOTHING",
        summaries,
    )
    return len(versions)


def pending(store: Store) -> int:
    with store.connect() as conn:
        return count_new_versions_since(conn, last_watermark(conn, STAGE))


def run_extract(
    store: Store, *, region: str | None = None, on_progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """Extract every version newer than the stage's watermark; return counts for the run record."""
    with store.begin() as conn:
        start = last_watermark(conn, STAGE)
        run_id = start_run(conn, STAGE)
    done = 0
    watermark = start
    with store.connect() as reader:
        for batch in iter_versions_after(reader, start, batch=2000):
            with store.begin() as conn:
                done += _write(conn, batch, region)
                watermark = batch[-1].seq
                # Commit progress with the batch: a killed run resumes after this point.
                finish_run(conn, run_id, watermark=watermark, info={"versions": done}, status="ok")
            if on_progress:
                on_progress(len(batch))
    with store.begin() as conn:
        finish_run(conn, run_id, watermark=watermark, info={"versions": done})
    return {"versions": done}
