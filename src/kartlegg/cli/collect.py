"""Collect commands: sites add|list|check|remove, crawl, evidence."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from kartlegg.cli.common import console, fail, out, require_reason, show_progress, store_or_fail

if TYPE_CHECKING:
    from kartlegg.collect.crawler import CrawlResult
    from kartlegg.collect.netguard import AddressPolicy
    from kartlegg.collect.parseworker import ParseWorker
    from kartlegg.collect.sitedef import SiteDefinition
    from kartlegg.store.engine import Store

# The collect modules (httpx, pydantic, selectolax, warcio) are imported inside the commands, so that
# `kartlegg --help` and the other stages' commands start fast.

sites_app = typer.Typer(help="Site definitions: which sites to crawl and how to read them.", no_args_is_help=True)


def _definitions(store: Store) -> dict[str, SiteDefinition]:
    from kartlegg.collect import state
    from kartlegg.collect.sitedef import all_definitions

    defs = {d.name: d for d in all_definitions(store.settings.home)}
    with store.connect() as conn:
        defs.update({d.name: d for d in state.stored_sites(conn)})
    return defs


@sites_app.command("add")
def sites_add(path: Annotated[Path, typer.Argument(help="A site definition (YAML or JSON).")]) -> None:
    """Validate a site definition and store it (replacing one of the same name).

    Example: kartlegg sites add sites/rosa.yaml
    """
    from kartlegg.collect import state
    from kartlegg.collect.sitedef import SiteDefinitionError, load_definition

    try:
        site = load_definition(path)
    except SiteDefinitionError as exc:
        fail(str(exc))
    with store_or_fail() as store, store.begin() as conn:
        state.save_site(conn, site)
    out.print(f"site {site.name} stored ({', '.join(site.domains)}; {len(site.start_urls)} start URL(s))")


@sites_app.command("list")
def sites_list() -> None:
    """List the stored site definitions.

    Example: kartlegg sites list
    """
    with store_or_fail() as store:
        defs = _definitions(store)
    table = Table(title="sites")
    for col in ("name", "domains", "language", "country", "start URLs", "delay s", "concurrency"):
        table.add_column(col)
    for d in defs.values():
        table.add_row(
            d.name,
            ", ".join(d.domains),
            d.language or "-",
            d.country or "-",
            "\n".join(d.start_urls),
            f"{d.politeness.delay_seconds:g}",
            str(d.politeness.concurrency),
        )
    out.print(table)
    if not defs:
        out.print("no sites yet: kartlegg sites add FILE.yaml")


@sites_app.command("show")
def sites_show(
    name: Annotated[str, typer.Argument(help="Site name (as in `kartlegg status` or the ad files).")],
) -> None:
    """Show what was learned of a site's furniture (ids, codes, its own lines), with examples.

    Numbers a site prints around its ads are never read as the person's contacts. Another site's lines and
    addresses, learned on that site, are furniture in this site's ads too (a re-post or a quoted ad carries the
    source's footer): they are listed with the site they were learned on. Correct what was learned in the site
    definition under `furniture:` (keys: id_labels, site_lines, contacts, not_id_slots), then
    `kartlegg sites add FILE.yaml`.

    Example: kartlegg sites show annonser.example.no
    """
    from kartlegg.extract.furniture import SiteFurniture, share_lines
    from kartlegg.store.furniture import definition_domains, load_models, overrides

    with store_or_fail() as store, store.connect() as conn:
        every = load_models(conn)
        all_fixes = overrides(conn)
        domains = definition_domains(conn)
    stored = every.get(name)
    fixes = all_fixes.get(name)
    if stored is None:
        fail(f"nothing learned for site {name!r} yet: learning runs with `kartlegg analyze` (see `kartlegg status`)")
    models = {s: SiteFurniture.from_json(m).corrected(all_fixes.get(s)) for s, m in every.items()}
    model = share_lines(models, domains)[name]
    out.print(f"site {name}: furniture learned from {model.ads} ads")
    table = Table(title="learned furniture")
    for col in ("kind", "slot or value", "ads", "examples"):
        table.add_column(col)
    for slot in sorted(model.id_slots):
        where = {"L:": "label before", "R:": "words after"}.get(slot[:2], "alone on its line")
        examples = "\n".join(model.examples.get(slot, []))
        table.add_row(f"id or code ({where})", slot[2:], str(model.counts.get(slot, "")), examples)
    for slot in sorted(model.date_slots):
        where = {"L:": "label before", "R:": "words after"}.get(slot[:2], "alone on its line")
        table.add_row(f"the page's date ({where})", slot[2:], "", "")
    for slot in sorted(model.url_id_slots):
        table.add_row("id in the URL", slot, str(model.counts.get(slot, "")), "")
    for value in sorted(model.lines):
        since = model.fresh.get(value)
        kind = "the site's own line" if since is None else f"the site's own line, new (of the {since} ads since)"
        table.add_row(kind, value, str(model.counts.get(value, "")), "")
    if model.countries:  # persons' and controllers' numbers: counted, not shown (session 41)
        codes = sorted({f"+{cc}" for cc in model.countries.values()})
        table.add_row("numbers its ads write with a code", ", ".join(codes), str(len(model.countries)), "")
    for host in sorted(model.hosts):
        table.add_row("the site's domain (its addresses are its own)", host, "", "")
    for value, owner in sorted(model.carried.items(), key=lambda kv: (kv[1], kv[0])):
        if owner != name and value not in model.not_furniture:
            table.add_row(f"another site's line (learned on {owner})", value, "", "")
    for host, owner in sorted(model.carried_hosts.items(), key=lambda kv: (kv[1], kv[0])):
        if owner != name and host not in model.hosts:
            table.add_row(f"another site's domain (of {owner})", host, "", "")
    out.print(table, markup=False)
    if fixes:
        out.print(f"analyst corrections from the site definition: {fixes}", markup=False)


@sites_app.command("remove")
def sites_remove(name: Annotated[str, typer.Argument(help="Site name.")]) -> None:
    """Forget a site definition (its ads and evidence stay).

    Example: kartlegg sites remove rosa
    """
    from kartlegg.collect import state

    with store_or_fail() as store, store.begin() as conn:
        if not state.remove_site(conn, name.lower()):
            fail(f"no stored site {name!r}")
    out.print(f"site {name} removed")


async def _check(site: SiteDefinition, policy: AddressPolicy) -> tuple[list[tuple[str, str]], bool]:
    """What each selector yields, and whether both fetches succeeded (a refused fetch is a failed check)."""
    from kartlegg.collect.parseworker import ParseWorker

    parser = ParseWorker()  # a hostile page cannot hang the check either
    try:
        return await _check_with(site, policy, parser, [])
    finally:
        parser.close()


async def _check_with(
    site: SiteDefinition, policy: AddressPolicy, parser: ParseWorker, lines: list[tuple[str, str]]
) -> tuple[list[tuple[str, str]], bool]:
    from kartlegg.collect.decode import decode_html
    from kartlegg.collect.fetch import Fetcher
    from kartlegg.collect.parse import parse_ad, parse_listing

    async with Fetcher(policy) as f:
        res = await f.get(site.start_urls[0], allowed_hosts=set(site.domains))
        if res.response is None or res.response.status != 200:
            code = res.response.status if res.response else "-"
            return [("listing", f"{site.start_urls[0]}: {res.error or f'HTTP {code}'}")], False
        html, charset = decode_html(res.response.body(20_000_000), res.response.content_type)
        page = await parser.run(parse_listing, html, res.response.url, site)
        lines.append(("listing", f"{res.response.url} ({charset})"))
        lines.append(("ad links", f"{len(page.ad_urls)}" + (f", first {page.ad_urls[0]}" if page.ad_urls else "")))
        lines.append(("next page", page.next_url or "(none)"))
        if not page.ad_urls:
            return lines, False
        res = await f.get(page.ad_urls[0], allowed_hosts=set(site.domains))
        if res.response is None or res.response.status != 200:
            code = res.response.status if res.response else "-"
            lines.append(("ad", f"{page.ad_urls[0]}: {res.error or f'HTTP {code}'}"))
            return lines, False
        html, charset = decode_html(res.response.body(20_000_000), res.response.content_type)
        ad = await parser.run(parse_ad, html, res.response.url, site)
        if ad is None:
            lines.append(("ad", f"{res.response.url}: no id found by ad.id_from_url"))
            return lines, False
        lines.append(("ad id", ad.ad_key))
        lines.append(("title", ad.title[:200] or "(empty)"))
        lines.append(("body", (ad.body[:300] + ("…" if len(ad.body) > 300 else "")) or "(empty)"))
        lines.append(("city", ad.city or "(none)"))
        lines.append(("posted_at", ad.posted_at or "(none)"))
        lines.append(("images", f"{len(ad.images)}" + (f", first {ad.images[0]}" if ad.images else "")))
        for p in ad.problems:
            lines.append(("problem", p))
    return lines, True


@sites_app.command("check")
def sites_check(
    name: Annotated[str, typer.Argument(help="Site name, or a definition file to try before adding it.")],
) -> None:
    """Fetch one listing page and one ad and show what each selector yields.

    Example: kartlegg sites check rosa
    """
    from kartlegg.collect.decode import BadEncoding, TooLarge
    from kartlegg.collect.netguard import AddressPolicy
    from kartlegg.collect.parse import PageRefused
    from kartlegg.collect.sitedef import SiteDefinitionError, load_definition

    path = Path(name)
    if path.suffix in (".yaml", ".yml", ".json") and path.exists():
        try:
            site = load_definition(path)
        except SiteDefinitionError as exc:
            fail(str(exc))
    else:
        with store_or_fail() as store:
            defs = _definitions(store)
        if name.lower() not in defs:
            fail(f"no site {name!r}; known: {', '.join(defs) or 'none'}")
        site = defs[name.lower()]
    try:
        lines, ok = asyncio.run(_check(site, AddressPolicy.from_env(start_urls=site.start_urls)))
    except (TooLarge, BadEncoding, PageRefused) as exc:
        fail(str(exc), code=1)
    table = Table(title=f"check {site.name}", show_header=False)
    table.add_column("field")
    table.add_column("value", overflow="fold")
    for k, v in lines:
        table.add_row(k, v)
    out.print(table)
    if not ok:
        console.print("[bold red]check failed:[/] no listing page and ad could be read (see above)")
        raise typer.Exit(1)


def crawl_cmd(
    site: Annotated[list[str] | None, typer.Option("--site", "-s", help="Only this site (repeatable).")] = None,
    no_images: Annotated[bool, typer.Option("--no-images", help="Do not fetch and hash ad images.")] = False,
    max_pages: Annotated[int | None, typer.Option(help="At most this many listing pages per start URL.")] = None,
) -> None:
    """Crawl the stored sites politely: new and changed ads only, every response archived (WARC).

    Example: kartlegg crawl --site rosa
    """
    from kartlegg.collect.crawler import CrawlOptions, crawl
    from kartlegg.collect.netguard import env_allows_loopback

    if env_allows_loopback():
        console.print("[yellow]warning:[/] KARTLEGG_ALLOW_LOOPBACK is set: this machine's own services are reachable")
    with store_or_fail() as store:
        defs = _definitions(store)
        if site:
            missing = [s for s in site if s.lower() not in defs]
            if missing:
                fail(f"unknown site(s): {', '.join(missing)}; known: {', '.join(defs) or 'none'}")
            chosen = [defs[s.lower()] for s in site]
        else:
            chosen = list(defs.values())
        if not chosen:
            fail("no sites to crawl: add one with `kartlegg sites add FILE.yaml`")
        options = CrawlOptions(fetch_images=not no_images, max_listing_pages=max_pages)
        live = show_progress()
        status = console.status("crawling", spinner="dots") if live else None

        def progress(name: str, r: CrawlResult) -> None:
            if status is not None:
                status.update(
                    f"crawling {name}: {r.requests} requests, {r.listing_pages} listings, {r.ad_pages} ads read, "
                    f"{r.not_modified + r.unchanged} unchanged, {r.new_versions} new versions, {r.error_count} errors"
                )

        if status is not None:
            status.start()
        try:
            result = crawl(store, chosen, options=options, on_progress=progress)
        finally:
            if status is not None:
                status.stop()
    for err in result.errors[:20]:
        console.print(err, markup=False)
    out.print(
        f"{result.sites} site(s): {result.requests} requests in {result.seconds:.1f} s, {result.listing_pages} "
        f"listing pages, {result.ad_pages} ad pages read, {result.not_modified + result.unchanged} unchanged, "
        f"{result.new_versions} new ad versions, {result.gone} gone, {result.images} images, "
        f"{result.robots_refused} refused by robots.txt, {result.refused_pages} pages refused as too costly to "
        f"parse, {result.error_count} errors"
    )
    if result.erased_skipped or result.erased_listings:
        out.print(
            f"{result.erased_skipped} erased ad(s) left out and {result.erased_listings} listing page(s) showing "
            "them not archived (kartlegg readmit takes an erased ad in again)"
        )
    for origin, skipped in result.slow_hosts.items():
        console.print(f"{origin} drip-fed its pages: given up this run, {skipped} URL(s) left for the next run")
    if result.error_count:
        raise typer.Exit(1)


def evidence(
    ad: Annotated[str, typer.Argument(help="Ad id, or SITE/AD-KEY.")],
    reason: Annotated[str, typer.Option(help="Why you look (case reference); kept in the audit log.")] = "",
) -> None:
    """Print the evidence chain of an ad and verify every archived page against its recorded SHA-256.

    Example: kartlegg evidence rosa/12345 --reason "case 2026/114"
    """
    from kartlegg.collect.evidence import UnknownAd, ad_evidence
    from kartlegg.store import audit

    with store_or_fail() as store:
        require_reason(store, "evidence", "ad", ad, reason)
        try:
            ev = ad_evidence(store, ad)
        except UnknownAd as exc:
            fail(str(exc))
        with store.begin() as conn:
            audit.record(
                conn,
                actor=store.settings.actor,
                action="evidence",
                object_type="ad",
                object_id=str(ev.ad_id),
                justification=" ".join(reason.split()),
                details={"versions": len(ev.versions)},
            )
    out.print(f"ad {ev.ad_id} = {ev.site}/{ev.ad_key}, first seen {ev.first_seen}", markup=False)
    for v in ev.versions:
        mark = {True: "verified", False: "FAILED", None: "not archived"}[v.verified]
        out.print(f"version {v.seq} ({v.ingested_at}) {v.title[:80]!r} content {v.content_hash[:16]}", markup=False)
        if v.page_id is not None:
            out.print(f"  page {v.page_id}: {v.url} HTTP {v.http_status} fetched {v.fetched_at}", markup=False)
            out.print(f"  sha256 {v.sha256}", markup=False)
            out.print(f"  warc {v.warc_path} @ {v.warc_offset} {v.warc_record_id}", markup=False)
        else:
            out.print(f"  source {v.source}", markup=False)
        out.print(f"  {mark}{': ' + v.problem if v.problem else ''}", markup=False)
    if not ev.ok:
        console.print("[bold red]evidence check failed[/]")
        raise typer.Exit(1)
    out.print("evidence chain verified" if any(v.verified for v in ev.versions) else "no archived pages to verify")


def register(app: typer.Typer) -> None:
    app.add_typer(sites_app, name="sites")
    app.command("crawl")(crawl_cmd)
    app.command()(evidence)
