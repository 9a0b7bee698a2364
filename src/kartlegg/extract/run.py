"""Running extraction over the store: every ad version not yet extracted, in batches.

Writes ``selectors`` (one row per distinct kind+value), ``ad_selectors`` (where each was read, with its
span) and ``ad_extractions`` (the export-ready summary). The watermark is the highest version ``seq``
done, so a re-run only reads what is new and a killed run resumes after its last committed batch.

Large backlogs are extracted by worker processes (one per core) while this process reads the next
batches and writes the finished ones, in order: the watermark still only moves past committed batches.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

import orjson
from sqlalchemy import Connection

from kartlegg.extract import furniture
from kartlegg.extract.api import export_fields, extract_ad
from kartlegg.ids import selector_id
from kartlegg.keys import key_file
from kartlegg.store import furniture as furniture_store
from kartlegg.store.ads import StoredVersion, count_new_versions_since, iter_versions_after, now_iso
from kartlegg.store.engine import Store, placeholder
from kartlegg.store.stages import finish_run, last_watermark, start_run

STAGE = "extract"
BATCH = 2000
#: Below this backlog extraction runs in-process: starting workers costs more than they save.
PARALLEL_MIN_VERSIONS = 20_000

#: What a worker needs of one version: (seq, ad_id, title, body, url, city, site, site_country, ad_key, posted_at).
VersionInput = tuple[int, int, str, str, str | None, str | None, str, str | None, str, str | None]
#: Site furniture is learned from a site's newest versions, up to this many ...
FURNITURE_SAMPLE = 3000
#: ... and learned again once the site has grown by this factor since.
FURNITURE_RELEARN_GROWTH = 1.2
#: The versions before a run's first that its new versions' lines are compared with (``_template_changed``).
TEMPLATE_BEFORE = 300


@dataclass(slots=True)
class Rows:
    """One batch's extraction, ready to insert."""

    selectors: dict[int, tuple[int, str, str]]
    links: list[tuple[Any, ...]]
    summaries: list[tuple[Any, ...]]


def _inputs(versions: Sequence[StoredVersion]) -> list[VersionInput]:
    return [
        (v.seq, v.ad_id, v.title, v.body, v.url, v.city, v.site, v.site_country, v.ad_key, v.posted_at)
        for v in versions
    ]


def extract_rows(
    versions: Sequence[VersionInput],
    region: str | None,
    models: dict[str, furniture.SiteFurniture] | None = None,
) -> Rows:
    """Extract a batch (pure: runs in a worker process as well as in-process). ``models``: each site's
    learned furniture."""
    selectors: dict[int, tuple[int, str, str]] = {}
    links: list[tuple[Any, ...]] = []
    summaries: list[tuple[Any, ...]] = []
    now = now_iso()
    models = models or {}
    for seq, ad_id, title, body, url, city, site, site_country, ad_key, posted in versions:
        ex = extract_ad(
            title=title,
            body=body,
            url=url,
            city=city,
            site=site,
            site_country=site_country,
            region=region,
            ad_key=ad_key,
            site_furniture=models.get(site),
            posted=posted,
        )
        for m in ex.matches:
            sid = selector_id(m.kind, m.value)
            selectors[sid] = (sid, m.kind, m.value)
            links.append((seq, ad_id, sid, m.field, m.start, m.end, m.raw[:500], orjson.dumps(m.detail).decode()))
        data = export_fields(ex, city)
        data["timed_out"] = ex.timed_out
        summaries.append((seq, ad_id, ex.language, orjson.dumps(data).decode(), now))
    return Rows(selectors, links, summaries)


def _insert(conn: Connection, rows: Rows) -> None:
    ph = placeholder(conn)
    conn.exec_driver_sql(
        f"INSERT INTO selectors (id, kind, value) VALUES ({ph}, {ph}, {ph}) ON CONFLICT (id) DO NOTHING",
        list(rows.selectors.values()),
    )
    if rows.links:
        conn.exec_driver_sql(
            "INSERT INTO ad_selectors (version_seq, ad_id, selector_id, field, span_start, span_end, raw, detail) "
            f"VALUES ({', '.join([ph] * 8)}) ON CONFLICT DO NOTHING",
            rows.links,
        )
    conn.exec_driver_sql(
        "INSERT INTO ad_extractions (version_seq, ad_id, language, data, extracted_at) "
        f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph}) ON CONFLICT (version_seq) DO NOTHING",
        rows.summaries,
    )


def learn_furniture(store: Store, after_seq: int, region: str | None = None) -> dict[str, furniture.SiteFurniture]:
    """Each site's furniture model for extracting the versions after ``after_seq``: learned again from the
    site's newest versions when the site is new or has grown since, else the stored one; the analyst's
    corrections from the site definition applied on top; and what every site of the store learned (its lines and
    domains, ``furniture.share_lines``), so that another site's line carried into a re-post or a quote is furniture
    there too, whether or not that site has new versions in this run."""
    with store.connect() as conn:
        stored = furniture_store.load_models(conn)
        learned_at = furniture_store.learned_sizes(conn)
        sizes = furniture_store.sites_with_versions_after(conn, after_seq)
        # and the sites an erasure left without a model whose rebuild did not run (``relearn_forgotten``)
        sizes.update({s: n for s, n in furniture_store.sites_without_model(conn).items() if s not in sizes})
        fixes = furniture_store.overrides(conn)
        domains = furniture_store.definition_domains(conn)
    models: dict[str, furniture.SiteFurniture] = {}
    learning: dict[str, furniture.SiteStats] = {}
    for site, n_ads in sizes.items():
        old = stored.get(site)
        # The site's size when it was learned, not the model's own ``ads`` (its sample, at most
        # FURNITURE_SAMPLE): compared with that, every site past 1.2 x the sample was learned again on
        # every run, 3,000 extractions per site for a day of a few ads.
        if old is not None and n_ads < FURNITURE_RELEARN_GROWTH * learned_at.get(site, 0):
            model = furniture.SiteFurniture.from_json(old)
            if not _template_changed(store, site, model, after_seq):
                models[site] = model
                continue
        with store.connect() as conn:
            learning[site] = site_stats(conn, site, region)
    key = key_file(store.settings.tombstone_key_file)
    models.update(_learn_and_save(store, learning, stored, sizes, key))
    corrected = {site: m.corrected(fixes.get(site)) for site, m in models.items()}
    # every site's model, the ones this run does not extract too (their lines are carried into the others' ads)
    every = {s: furniture.SiteFurniture.from_json(m).corrected(fixes.get(s)) for s, m in stored.items()}
    every.update(corrected)
    shared = furniture.share_lines(every, domains, key=key)
    return {site: shared[site] for site in corrected}


def site_stats(conn: Connection, site: str, region: str | None) -> furniture.SiteStats:
    """What a site's newest FURNITURE_SAMPLE versions say about its template (``furniture.SiteStats``)."""
    sample = furniture_store.sample_versions(conn, site, FURNITURE_SAMPLE)
    stats = furniture.SiteStats(site, newest_first=True)  # the sample is newest first
    for v in sample:
        raw = {"title": v.title or "", "body": v.body or "", "url": v.url or ""}
        ex = extract_ad(
            title=v.title,
            body=v.body,
            url=v.url,
            city=v.city,
            site=v.site,
            site_country=v.site_country,
            region=region,
            ad_key=v.ad_key,
            export_only=True,
        )
        stats.add(v.ad_key, ex, raw)
    return stats


def _learn_and_save(
    store: Store,
    learning: dict[str, furniture.SiteStats],
    stored: dict[str, dict[str, Any]],
    sizes: dict[str, int],
    key: bytes,
) -> dict[str, furniture.SiteFurniture]:
    """Each learning site's model, learned together (a slot whose numbers recur on another site's ads holds persons'
    numbers, not ids: session 39), with the mail providers every site's writers make (``furniture.mail_providers``)
    among its hosts, and stored with the site's size (``sizes``): a stored model keeps the providers, not the writers
    that made them, and what its ads wrote only under ``key``'s digests (session 41)."""
    every_stats = list(learning.values())
    learned = {site: stats.model(every_stats) for site, stats in learning.items()}
    every = {s: furniture.SiteFurniture.from_json(m) for s, m in stored.items() if s not in learned}
    providers = furniture.mail_providers({**every, **learned})
    learned = {
        site: replace(m, mail_providers=m.mail_providers | (providers & frozenset(m.mail_writers)))
        for site, m in learned.items()
    }
    with store.begin() as conn:
        for site, model in learned.items():
            furniture_store.save_model(conn, site, model.to_json(key), sizes[site])
    return learned


def relearn_forgotten(store: Store, region: str | None = None) -> list[str]:
    """Learn again the models of the sites with ads but no stored model: the erasure forgets the models of its ads'
    sites (``store/holdings.py``: a model keeps values of the ads it was learned from), and this learns them from the
    ads left. Returns the sites learned."""
    with store.connect() as conn:
        missing = furniture_store.sites_without_model(conn)
        if not missing:
            return []
        stored = furniture_store.load_models(conn)
    learning: dict[str, furniture.SiteStats] = {}
    for site in missing:
        with store.connect() as conn:  # one short read a site, as ``learn_furniture`` reads them
            learning[site] = site_stats(conn, site, region)
    _learn_and_save(store, learning, stored, missing, key_file(store.settings.tombstone_key_file))
    return sorted(missing)


def _template_changed(store: Store, site: str, model: furniture.SiteFurniture, after_seq: int) -> bool:
    """Do the site's versions to extract print a line with a number that most of them share and its model does not
    know (``furniture.new_template_line``: a redesign's "Kontakt os: 45891330")? Then the site is learned again
    now, not when it has grown by FURNITURE_RELEARN_GROWTH. A text scan of the new versions, no extraction."""
    with store.connect() as conn:
        new = furniture_store.sample_versions(conn, site, FURNITURE_SAMPLE, after_seq=after_seq)
        old = furniture_store.sample_versions(conn, site, TEMPLATE_BEFORE, before_seq=after_seq)
    return furniture.new_template_line(
        model, [(v.ad_key, v.body or "") for v in new], [(v.ad_key, v.body or "") for v in old]
    )


def pending(store: Store) -> int:
    with store.connect() as conn:
        return count_new_versions_since(conn, last_watermark(conn, STAGE))


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def run_extract(
    store: Store,
    *,
    region: str | None = None,
    on_progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    min_parallel: int = PARALLEL_MIN_VERSIONS,
    batch_size: int = BATCH,
) -> dict[str, Any]:
    """Extract every version newer than the stage's watermark; return counts for the run record.

    ``workers``: extraction processes for a backlog of at least ``min_parallel`` versions (default: one
    per core, at most 4)."""
    with store.begin() as conn:
        start = last_watermark(conn, STAGE)
        run_id = start_run(conn, STAGE)
        backlog = count_new_versions_since(conn, start)
    models = learn_furniture(store, start, region) if backlog else {}
    n_workers = default_workers() if workers is None else max(1, workers)
    parallel = n_workers > 1 and backlog >= min_parallel
    done = 0
    watermark = start

    def commit(rows: Rows, last_seq: int, size: int) -> None:
        nonlocal done, watermark
        with store.begin() as conn:
            _insert(conn, rows)
            done += size
            watermark = last_seq
            # Commit progress with the batch: a killed run resumes after this point.
            finish_run(conn, run_id, watermark=watermark, info={"versions": done}, status="ok")
        if on_progress:
            on_progress(size)

    with store.connect() as reader:
        batches = iter_versions_after(reader, start, batch=batch_size)
        if not parallel:
            for batch in batches:
                commit(extract_rows(_inputs(batch), region, models), batch[-1].seq, len(batch))
        else:
            ctx = multiprocessing.get_context("forkserver")
            with ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx) as pool:
                inflight: deque[tuple[Future[Rows], int, int]] = deque()
                for batch in batches:
                    inflight.append(
                        (pool.submit(extract_rows, _inputs(batch), region, models), batch[-1].seq, len(batch))
                    )
                    while len(inflight) > 2 * n_workers:
                        fut, last_seq, size = inflight.popleft()
                        commit(fut.result(), last_seq, size)
                while inflight:
                    fut, last_seq, size = inflight.popleft()
                    commit(fut.result(), last_seq, size)
    with store.begin() as conn:
        finish_run(conn, run_id, watermark=watermark, info={"versions": done})
    return {"versions": done}
