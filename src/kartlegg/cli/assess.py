"""Assess commands: assess, triage, outreach, explain, indicators."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import orjson
import typer
from rich.table import Table
from sqlalchemy import Connection

from kartlegg import assess as api
from kartlegg.assess.catalogue import Catalogue
from kartlegg.assess.sentences import number
from kartlegg.cli.common import console, fail, out, store_or_fail
from kartlegg.read import AuditUnavailable, PolicyError, ReadContext, Refused, audited_read, cli_context, views
from kartlegg.read.policy import Mode, load_policy
from kartlegg.store.engine import Store
from kartlegg.store.stages import StageBusy, pipeline_lock

T = TypeVar("T")


def _ctx(store: Store, purpose: str, reason: str, mode: Mode = "full") -> ReadContext:
    try:
        return cli_context(store.settings.actor, purpose, reason, mode)
    except PolicyError as exc:
        fail(str(exc))


def _read(work: Callable[[], T]) -> T:
    """Run a read; a refusal or an unwritable audit log is a clear error, never a traceback."""
    try:
        return work()
    except Refused as exc:
        fail(str(exc))
    except AuditUnavailable:
        fail("the audit log cannot be written, so nothing is read; tell the administrator", code=1)


def _catalogue(path: Path | None) -> Catalogue:
    try:
        return api.load_catalogue(path)
    except api.CatalogueError as exc:
        fail(str(exc))


def assess(
    catalogue: Annotated[
        Path | None, typer.Option(help="Indicator catalogue to use instead of the bundled one (YAML).")
    ] = None,
    full: Annotated[
        bool, typer.Option("--full", help="Read every ad again and rewrite every row (the same result, slower).")
    ] = False,
) -> None:
    """Score every ad, profile and network from the indicator catalogue.

    Ads that did not change are not read again, and only scores that changed are written; --full reads
    and writes everything (a check: the result is the same).

    Example: kartlegg assess --catalogue my-weights.yaml
    """
    cat = _catalogue(catalogue)
    with store_or_fail() as store:
        try:
            with pipeline_lock(store):
                info = api.run_assess(store, catalogue=cat, force=True, full=full)
        except StageBusy as exc:
            fail(str(exc))
    out.print("assess: " + ", ".join(f"{k} {v}" for k, v in info.items()))


def triage(
    city: Annotated[str | None, typer.Option(help="Only persons advertised in this city.")] = None,
    level: Annotated[
        str | None, typer.Option(help="Only profiles (profile) or only ads linking has not placed (ad).")
    ] = None,
    limit: Annotated[int, typer.Option(help="How many to list.", min=1, max=10_000)] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many of the queue (paging).", min=0)] = 0,
    reason: Annotated[str, typer.Option(help="Why you look (case reference); kept in the audit log.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line instead of a table.")] = False,
) -> None:
    """List profiles by priority, likely minors first, with the top reasons (the workbench's queue).

    Example: kartlegg triage --city Oslo --limit 20 --reason "weekly review"
    """
    if city is not None and not city.strip():
        fail("--city must not be empty")
    if level is not None and level not in ("profile", "ad"):
        fail(f"--level is profile or ad, not {level!r}")
    with store_or_fail() as store:
        ctx = _ctx(store, "triage", reason)
        items = _read(lambda: views.triage(store, ctx, city=city, level=level, limit=limit, offset=offset))
    if as_json:
        for it in items:
            sys.stdout.buffer.write(orjson.dumps(load_policy().project("triage", ctx.mode, it)) + b"\n")
        sys.stdout.flush()
        return
    if not items:
        console.print("nothing to triage" + (f" in {city}" if city else "") + " (has `kartlegg analyze` run?)")
        return
    table = Table(title="triage: likely minors first, then by risk" + (f" ({city})" if city else ""))
    for col in ("#", "who", "minor", "3rd party", "risk", "ads", "cities", "last seen", "top reasons"):
        table.add_column(col, overflow="fold")
    for n, it in enumerate(items, start=1):
        table.add_row(
            str(n) + (" [bold red]M[/]" if it.minor_first else ""),
            f"{it.entity_type} {it.entity_id}",
            f"{it.minor_score:.0f}",
            f"{it.third_party_score:.0f}",
            f"{it.risk_score:.0f}",
            str(it.ads),
            ", ".join(it.cities[:4]),
            (it.last_seen or "")[:10],
            "\n".join(it.reasons),
        )
    out.print(table)


def _safe_cell(value: Any) -> str:
    """A CSV cell a spreadsheet will not run as a formula (ad text is attacker-written)."""
    cell = "; ".join(value) if isinstance(value, tuple) else ("" if value is None else str(value))
    if cell and (
        cell[0] in "=@\t\r"
        or (cell[0] in "+-" and not cell[1:].replace(" ", "").replace(";", "").replace("+", "").isdigit())
    ):
        return "'" + cell
    return cell


def _cell_text(field: str, value: Any) -> str:
    if isinstance(value, tuple):
        return (", " if field == "languages" else "\n").join(value)
    return (value or "")[:10] if field == "last_seen" else str(value or "")


def outreach(
    city: Annotated[str, typer.Option(help="City to list (required).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or jsonl.")] = "table",
    output: Annotated[str, typer.Option("--output", "-o", help="File to write, or - for stdout.")] = "-",
    reason: Annotated[str, typer.Option(help="Why (e.g. outreach round); kept in the audit log.")] = "",
) -> None:
    """Contact list for social services: contact routes and likely language, no intelligence fields.

    Phone numbers shared with other persons are left out (they reach a manager, not the person).
    Example: kartlegg outreach --city Malmö --format csv --output malmo.csv --reason "outreach week 12"
    """
    if not city.strip():
        fail("--city must not be empty")
    if fmt not in ("table", "csv", "jsonl"):
        fail(f"unknown format {fmt!r}; use table, csv or jsonl")
    with store_or_fail() as store:
        ctx = _ctx(store, "outreach", reason, mode="outreach")
        items = _read(lambda: views.outreach(store, ctx, city))
    fields = load_policy().fields("outreach", ctx.mode)  # what the disclosure policy lets the list show
    if fmt == "table" and output == "-":
        table = Table(title=f"outreach: {city} ({len(items)} persons)")
        shown = [f for f in fields if f != "city"]
        for f in shown:
            table.add_column(f.replace("_", " "), overflow="fold")
        for it in items:
            table.add_row(*(_cell_text(f, getattr(it, f)) for f in shown))
        out.print(table)
        return
    buf = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(buf)
        writer.writerow(fields)
        for it in items:
            writer.writerow([_safe_cell(getattr(it, f)) for f in fields])
    else:
        for it in items:
            buf.write(orjson.dumps(load_policy().project("outreach", ctx.mode, it)).decode() + "\n")
    if output == "-":
        sys.stdout.write(buf.getvalue())
        sys.stdout.flush()
    else:
        try:
            Path(output).write_text(buf.getvalue(), encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror}")
    console.print(f"{len(items)} persons listed for {city}")


def explain(
    entity_type: Annotated[str, typer.Argument(help="ad, profile or network.")],
    entity_id: Annotated[str, typer.Argument(help="The id (an ad's numeric id, a profile or network id).")],
    reason: Annotated[str, typer.Option(help="Why you look; kept in the audit log.")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
) -> None:
    """Why an ad, profile or network scores what it scores: each contribution and its evidence.

    Example: kartlegg explain profile p-3f2a9c --reason "case 2026/114"
    """
    if entity_type not in ("ad", "profile", "network"):
        fail(f"entity type must be ad, profile or network, not {entity_type!r}")
    with store_or_fail() as store:
        ctx = _ctx(store, "explain", reason)

        def work(conn: Connection) -> tuple[api.Explanation, views.ExplainView]:
            return api.explain(conn, entity_type, entity_id), views.explanation(conn, entity_type, entity_id)

        try:
            ex, view = _read(lambda: audited_read(store, ctx, "explain", entity_type, entity_id, work))
        except api.NotAssessed as exc:
            fail(str(exc), code=1)
    if as_json:
        data = {**orjson.loads(orjson.dumps(ex)), "minor_first": view.minor_first, "sentences": view.sentences}
        sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()
        return
    flag = " (likely minor: first in triage)" if view.minor_first else ""
    out.print(
        f"{ex.entity_type} {ex.entity_id}: risk {number(ex.risk_score)}, minor {number(ex.minor_score)}, "
        f"third party {number(ex.third_party_score)}{flag}",
        markup=False,
    )
    for c, sentence in zip(ex.contributions, view.sentences, strict=True):
        out.print(
            f"- {sentence} [{c.indicator}, {c.level} level; minor +{number(c.minor * 100)}, "
            f"third party +{number(c.third_party * 100)} points before combining]",
            markup=False,
        )
        for e in c.evidence:
            where = f"ad {e.ad_id} {e.field or ''}[{e.start}:{e.end}]" if e.start is not None else f"ad {e.ad_id}"
            where = where if e.ad_id else ""
            detail = " ".join(p for p in (where, repr(e.text) if e.text else "", e.note) if p)
            out.print(f"    {detail}", markup=False)
    for note in ex.notes:
        out.print(f"note: {note}", markup=False)


def indicators(
    markdown: Annotated[bool, typer.Option("--markdown", help="Print docs/indicators.md.")] = False,
    check: Annotated[Path | None, typer.Option(help="Validate this catalogue file and exit.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the Markdown to this file.")] = None,
) -> None:
    """Show, validate or document the indicator catalogue.

    Example: kartlegg indicators --markdown --output docs/indicators.md
    """
    cat = _catalogue(check)
    if check is not None and not markdown and output is None:
        out.print(f"{check}: valid, {len(cat.indicators)} indicators")
        return
    if markdown or output is not None:
        text = api.render_markdown(cat)
        if output is not None:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as exc:
                fail(f"cannot write {output}: {exc.strerror}")
            console.print(f"wrote {output}")
        else:
            sys.stdout.write(text)
        return
    table = Table(title=f"indicator catalogue ({len(cat.indicators)} indicators)")
    for col in ("id", "level", "minor", "3rd party", "title"):
        table.add_column(col)
    for ind in cat.indicators:
        table.add_row(
            ind.id,
            ind.level,
            f"{ind.weights.minor:g}",
            f"{ind.weights.third_party:g}",
            ind.title + (" (sensitive)" if ind.sensitive else ""),
        )
    out.print(table)


def register(app: typer.Typer) -> None:
    app.command()(assess)
    app.command()(triage)
    app.command()(outreach)
    app.command()(explain)
    app.command()(indicators)
