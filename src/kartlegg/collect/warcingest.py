"""Re-extracting ads from a WARC archive (``kartlegg ingest FILE.warc.gz``).

Pages written by the crawler carry ``Kartlegg-Site`` and ``Kartlegg-Role`` WARC headers, so only ad pages
are parsed, with the definition of the site that was crawled. Pages from other tools are matched by
host against the known site definitions and parsed when their URL carries an ad id. Each ad version
points at a ``raw_pages`` row for its record, exactly as if it had just been crawled: re-reading an
archive after improving a site definition updates the ads without touching the sites again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kartlegg.collect import state
from kartlegg.collect.adfile import Rejected
from kartlegg.collect.crawler import incoming
from kartlegg.collect.decode import BadEncoding, TooLarge, decode_html, decompress
from kartlegg.collect.parse import PageRefused, ad_key_from_url, parse_ad
from kartlegg.collect.sitedef import SiteDefinition, all_definitions
from kartlegg.collect.template import save_page_template
from kartlegg.collect.warc import ArchivedRecord, WarcDamaged, iter_responses
from kartlegg.ids import ad_id
from kartlegg.store.ads import IncomingAd, ensure_sites, insert_ads
from kartlegg.store.engine import Store
from kartlegg.store.tombstones import Gate

WARC_SUFFIXES = (".warc", ".warc.gz")
MAX_DECODED = 20_000_000


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def known_definitions(store: Store) -> list[SiteDefinition]:
    with store.connect() as conn:
        stored = {d.name: d for d in state.stored_sites(conn)}
    for d in all_definitions(store.settings.home):
        stored.setdefault(d.name, d)
    return list(stored.values())


def _archive_path(store: Store, path: Path) -> str:
    """Relative to the archive folder when the file lies inside it (as the crawler stores it)."""
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(store.settings.archive_dir.resolve()))
    except ValueError:
        return str(resolved)


def ingest_warc(
    store: Store, path: Path, *, batch_size: int = 500, gate: Gate | None = None
) -> tuple[int, int, list[Rejected], str | None]:
    """Parse the ad pages of one WARC file into the store.

    Returns (ads read, new versions, rejects, damage): ``damage`` says why the file broke off (a truncated
    or damaged WARC), after every page before the break was stored; None for a whole file.
    """
    defs = known_definitions(store)
    by_name = {d.name: d for d in defs}
    by_host = {dom: d for d in defs for dom in d.domains}
    rel = _archive_path(store, path)
    read = new = 0
    rejected: list[Rejected] = []
    pending: list[tuple[ArchivedRecord, str, int, str | None, int, SiteDefinition, str]] = []
    site_ids: dict[str, int] = {}
    gate = gate or Gate(store.settings.tombstone_key_file)

    def flush() -> None:
        nonlocal new
        if not pending:
            return
        with store.begin() as conn:
            batch: list[IncomingAd] = []
            for record, url, status, ctype, size, site, html in pending:
                try:
                    parsed = parse_ad(html, url, site)
                except PageRefused as exc:
                    rejected.append(Rejected(str(path), record.offset, f"{url}: {exc}"))
                    continue
                if parsed is None or gate.keep(conn, [ad_id(site.name, parsed.ad_key)], [parsed.body]):
                    continue  # not an ad page, or an erased ad: no evidence row, no version
                page_id = state.insert_raw_page(
                    conn,
                    sha256=record.sha256,
                    fetched_at=fetched_at[record.record_id],
                    source=url,
                    url=url,
                    status=status,
                    content_type=ctype,
                    size=size,
                    warc_path=record.path,
                    warc_offset=record.offset,
                    warc_record_id=record.record_id,
                )
                batch.append(incoming(site, parsed, record, page_id))
                if parsed.template is not None:  # the same page-template evidence a crawl records
                    save_page_template(
                        conn,
                        page_id=page_id,
                        ad_id=ad_id(site.name, parsed.ad_key),
                        site=site.name,
                        url=url,
                        fetched_at=fetched_at[record.record_id],
                        template=parsed.template,
                    )
            if batch:
                ensure_sites(conn, [b.ad.site for b in batch], site_ids)
                new += insert_ads(conn, batch, site_ids)
        pending.clear()

    fetched_at: dict[str, str] = {}
    damage: str | None = None
    try:
        for offset, rec in iter_responses(path):
            role = rec.warc_headers.get("Kartlegg-Role")
            if role is not None and role != "ad":
                continue
            if rec.status != 200 or rec.warc_headers.get("WARC-Truncated"):
                continue  # a cut exchange is evidence of what was received, not a whole page to read
            site_name = rec.warc_headers.get("Kartlegg-Site")
            host = (rec.url.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0]).lower()
            site = by_name.get(site_name) if site_name else by_host.get(host)
            if site is None:
                if role == "ad":
                    rejected.append(Rejected(str(path), offset, f"no site definition for {site_name or host}"))
                continue
            if ad_key_from_url(rec.url, site) is None or rec.url in site.start_urls:
                continue
            headers = dict((k.lower(), v) for k, v in rec.headers)
            try:
                body = decompress(rec.payload, headers.get("content-encoding"), MAX_DECODED)
                html, _ = decode_html(body, headers.get("content-type"))
            except (TooLarge, BadEncoding) as exc:
                rejected.append(Rejected(str(path), offset, f"{rec.url}: {exc}"))
                continue
            read += 1
            record = ArchivedRecord(rel, offset, rec.record_id, hashlib.sha256(rec.payload).hexdigest())
            fetched_at[rec.record_id] = rec.date
            pending.append((record, rec.url, rec.status, headers.get("content-type"), len(rec.payload), site, html))
            if len(pending) >= batch_size:
                flush()
    except WarcDamaged as exc:
        damage = str(exc)  # the pages read before the damage are still stored, below
    flush()
    return read, new, rejected, damage
