"""The Spark engine's store I/O on the driver: staging the input as Parquet, writing results back.

Bulk rows (extraction, link features) go in batches: PostgreSQL through COPY into a temporary table and
one ``INSERT ... SELECT ... ON CONFLICT`` (what the stages' own inserts do row by row), SQLite through the
stages' own statements. The link results go through the link stage's writer, so the workbench and the
CLI read exactly what an embedded run stores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from kartlegg.engines.spark.tasks import ExtractRows, Feature, feature_row
from kartlegg.link import components, network_cities
from kartlegg.link.aliases import find_site_aliases
from kartlegg.link.cluster import AdFeatures, Hub, LinkResult
from kartlegg.link.config import LinkRules
from kartlegg.link.features import feature_data, save_features
from kartlegg.link.index import rebuild as rebuild_index
from kartlegg.link.templates import load_site_units
from kartlegg.store.engine import Store

#: rows per committed batch of the bulk writes
BATCH = 20_000


#: versions per staged Parquet file: the driver holds a file's rows, texts included, until it is written
#: (the export's 50,000 cost the driver ~200 MB more at 100k ads)
STAGE_BATCH = 10_000


def stage_versions(store: Store, folder: Path, after_seq: int, upto_seq: int) -> int:
    """The versions ``after_seq < seq <= upto_seq`` as Parquet (the pipeline reading its own store: not a
    disclosure, so not audited; ``kartlegg export versions`` is the audited door out)."""
    from kartlegg.report.export_versions import write_versions

    with store.connect() as conn:
        return write_versions(conn, folder, after_seq=after_seq, upto_seq=upto_seq, batch=STAGE_BATCH)


def stage_features(store: Store, folder: Path, batch: int = 50_000) -> int:
    """Every stored ``link_features`` row as Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = ["ad_id", "version_seq", "site", "city", "posted_at", "name", "data", "masked"]
    sch = pa.schema([(c, pa.int64() if c in ("ad_id", "version_seq") else pa.string()) for c in cols])
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.parquet"):
        old.unlink()
    n = part = 0
    last = -1
    with store.connect() as conn:
        while True:
            rows = conn.execute(
                text(f"SELECT {', '.join(cols)} FROM link_features WHERE ad_id > :last ORDER BY ad_id LIMIT :n"),
                {"last": last, "n": batch},
            ).all()
            if not rows:
                break
            table = pa.Table.from_pylist([dict(zip(cols, r, strict=True)) for r in rows], schema=sch)
            pq.write_table(table, folder / f"part-{part:05d}.parquet")
            part += 1
            n += len(rows)
            last = int(rows[-1][0])
    if part == 0:
        pq.write_table(pa.Table.from_pylist([], schema=sch), folder / "part-00000.parquet")
    return n


def _copy_upsert(
    conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], conflict: str
) -> None:
    """PostgreSQL: COPY ``rows`` into a temporary copy of ``table``, then insert them with ``conflict``."""
    raw: Any = conn.connection.driver_connection
    tmp = f"_spark_{table}"
    cols = ", ".join(columns)
    with raw.cursor() as cur:
        cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} (LIKE {table} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS")
        with cur.copy(f"COPY {tmp} ({cols}) FROM STDIN") as cp:
            for r in rows:
                cp.write_row(r)
        cur.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {tmp} {conflict}")
        cur.execute(f"DELETE FROM {tmp}")


def _insert_extraction(conn: Connection, rows: ExtractRows) -> None:
    selectors, links, summaries = rows
    if conn.dialect.name == "postgresql":
        _copy_upsert(conn, "selectors", ("id", "kind", "value"), selectors, "ON CONFLICT (id) DO NOTHING")
        _copy_upsert(
            conn,
            "ad_selectors",
            ("version_seq", "ad_id", "selector_id", "field", "span_start", "span_end", "raw", "detail"),
            links,
            "ON CONFLICT DO NOTHING",
        )
        _copy_upsert(
            conn,
            "ad_extractions",
            ("version_seq", "ad_id", "language", "data", "extracted_at"),
            summaries,
            "ON CONFLICT (version_seq) DO NOTHING",
        )
        return
    # the extract stage's statements (extract.run)
    if selectors:
        conn.exec_driver_sql(
            "INSERT INTO selectors (id, kind, value) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING", selectors
        )
    if links:
        conn.exec_driver_sql(
            "INSERT INTO ad_selectors (version_seq, ad_id, selector_id, field, span_start, span_end, raw, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            links,
        )
    if summaries:
        conn.exec_driver_sql(
            "INSERT INTO ad_extractions (version_seq, ad_id, language, data, extracted_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (version_seq) DO NOTHING",
            summaries,
        )


def write_extraction(store: Store, parts: Iterator[ExtractRows], tick: Callable[[int], None] | None) -> int:
    """Stream the workers' extraction into the store in batches; returns the versions written. A rerun
    after a crash writes the same rows again, which the stores' keys turn into no-ops."""
    done = 0
    pending: list[ExtractRows] = []
    size = 0

    def flush() -> None:
        nonlocal pending, size
        if not pending:
            return
        merged: ExtractRows = ([], [], [])
        for s, links, summ in pending:
            merged[0].extend(s)
            merged[1].extend(links)
            merged[2].extend(summ)
        merged = (list({r[0]: r for r in merged[0]}.values()), merged[1], merged[2])
        with store.begin() as conn:
            _insert_extraction(conn, merged)
        pending, size = [], 0

    for part in parts:
        pending.append(part)
        n = len(part[2])
        size += n
        done += n
        if tick:
            tick(n)
        if size >= BATCH:
            flush()
    flush()
    return done


def _feature_params(rows: Sequence[Feature]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for f in rows:
        out.append((*f[:6], feature_data(f[6], f[7], f[8], f[10], f[11]), f[9]))
    return out


def write_features(store: Store, feats: Iterator[Feature], tick: Callable[[int], None] | None) -> int:
    """The new versions' link features into ``link_features`` (an older version never replaces a newer
    one), so the embedded link stage can carry on incrementally after a Spark run."""
    done = 0
    batch: list[Feature] = []

    def flush() -> None:
        nonlocal batch
        if not batch:
            return
        newest: dict[int, Feature] = {}
        for f in batch:  # one row per ad and batch (an upsert cannot touch a row twice in one statement)
            if f[0] not in newest or f[1] > newest[f[0]][1]:
                newest[f[0]] = f
        batch = list(newest.values())
        with store.begin() as conn:
            if conn.dialect.name == "postgresql":
                _copy_upsert(
                    conn,
                    "link_features",
                    ("ad_id", "version_seq", "site", "city", "posted_at", "name", "data", "masked"),
                    _feature_params(batch),
                    "ON CONFLICT (ad_id) DO UPDATE SET version_seq = excluded.version_seq, site = excluded.site, "
                    "city = excluded.city, posted_at = excluded.posted_at, name = excluded.name, "
                    "data = excluded.data, masked = excluded.masked "
                    "WHERE excluded.version_seq >= link_features.version_seq",
                )
            else:
                save_features(conn, [feature_row(f) for f in batch])
        if tick:
            tick(len(batch))
        batch = []

    for f in feats:
        batch.append(f)
        done += 1
        if len(batch) >= BATCH:
            flush()
    flush()
    return done


def write_links(
    store: Store,
    ads: Sequence[AdFeatures],
    hashes: Sequence[str],
    result: LinkResult,
    labels: Sequence[int],
    photo_refs: Mapping[int, int],
    hubs: Mapping[tuple[str, str], Hub],
    big: frozenset[int],
    rules: LinkRules,
    band_rows: Iterable[tuple[int, int]],
    features_fresh: bool = False,
) -> dict[str, Any]:
    """Replace every profile, network, link, hub and site alias with this run's, in one transaction,
    through the link stage's own writer, and rebuild its index tables (a full relink, as
    ``kartlegg link --full`` does), so the embedded engine's next day links incrementally from here.
    ``ads`` come without their text bands; ``band_rows`` are ``link_bands``' (band, ad id) rows; ``labels``:
    each ad's component (``link.components.label``'s, from the components the job linked), written with
    ``result``'s verified text copies as the embedded full run writes them, so the next day's region walk
    takes a stored component whole instead of walking its edges again.
    ``features_fresh``: every ad's features were read by these rules (none stored before, or the stored ones
    already of this version), so the embedded engine need not read them again (``FEATURES_STATE``)."""
    # The link stage's writer and state rows: private to link.run, used here so both engines store
    # byte-for-byte the same rows (docs/scale.md asks link for a public writer).
    from kartlegg.link.run import (
        FEATURES_STATE,
        FEATURES_VERSION,
        INDEX_STATE,
        INDEX_VERSION,
        UNITS_STATE,
        _set_state,
        _write,
        _write_aliases,
    )

    with store.connect() as reader:
        units, ad_units = load_site_units(reader)
        prev_profiles: dict[int, str] = {
            int(r[0]): r[1] for r in reader.execute(text("SELECT ad_id, profile_id FROM profile_ads"))
        }
        prev_networks: dict[str, str] = {
            r[0]: r[1] for r in reader.execute(text("SELECT id, network_id FROM profiles WHERE network_id IS NOT NULL"))
        }
    aliases = find_site_aliases(ads, hashes, set(hubs), units=units, ad_units=ad_units, rules=rules.alias)
    with store.begin() as conn:
        info = _write(conn, ads, result, prev_profiles, prev_networks, rules, partial=False)
        _write_aliases(conn, aliases)
        info["site_aliases"] = len(aliases)
        rebuild_index(conn, ads, hashes, photo_refs, ad_units, hubs, big, rules, band_rows)
        components.save(conn, ads, labels, replace=False)
        components.save_text_pairs(conn, ads, result, replace=False)
        for name in ("hubs", "big_buckets", "phash_clusters"):  # the state of index version 0
            conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": name})
        _set_state(conn, INDEX_STATE, INDEX_VERSION)
        _set_state(conn, UNITS_STATE, {str(a): list(v) for a, v in sorted(ad_units.items())})
        if features_fresh:
            _set_state(conn, FEATURES_STATE, FEATURES_VERSION)
        network_cities.rebuild(conn)
        for table in ("profiles", "networks"):
            info[table] = int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
    info["ads"] = len(ads)
    info["relinked"] = len(ads)
    return info
