"""Operations registry, statistics and the planning list.

Examples: kartlegg ops add --name "Hotel week" --district Oslo --country NO --kind hotel --from 2026-03-02 \
--outcome "reported:sexkjøp=12" --outcome "offered_help~9"; kartlegg stats outcomes --by district --format csv
"""

from __future__ import annotations

import csv
import dataclasses
import io
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, TypeVar

import orjson
import typer
from pydantic import ValidationError
from rich.table import Table
from sqlalchemy import Connection

from kartlegg.cli.common import console, fail, out, store_or_fail
from kartlegg.ops import registry
from kartlegg.ops.codes import MEASURES
from kartlegg.ops.model import Operation, parse_outcome, parse_source, parse_target
from kartlegg.ops.plan import planning_list
from kartlegg.ops.stats import combined_stats, load_population, outcome_stats
from kartlegg.read import AuditUnavailable, PolicyError, Refused, aggregates, audited_read, cli_context
from kartlegg.read.policy import Mode
from kartlegg.store.engine import Store

T = TypeVar("T")

ops_app = typer.Typer(
    help="Operations registry: add, list, show, import, delete (every change is audited).", no_args_is_help=True
)
stats_app = typer.Typer(help="Statistics of outcomes and of the market.", no_args_is_help=True)

FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, csv, json or html.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")]
ReasonOpt = Annotated[str, typer.Option(help="Why (case or decision reference); kept in the audit log.")]


def _read(
    store: Store,
    purpose: str,
    action: str,
    object_type: str,
    object_id: str,
    work: Callable[[Connection], T],
    details: dict[str, Any],
    reason: str = "",
    mode: Mode = "aggregate",
) -> T:
    """A read through the read layer, as the workbench's statistics, operations and planning pages read:
    statistics and the registry in aggregate mode (counts, no person), the planning list in full mode; the
    audit row is written before the data is read, and a refusal is a clear error."""
    try:
        ctx = cli_context(store.settings.actor, purpose, reason, mode)
        return audited_read(store, ctx, action, object_type, object_id, work, details)
    except (PolicyError, Refused) as exc:
        fail(str(exc))
    except AuditUnavailable:
        fail("the audit log cannot be written, so nothing is read; tell the administrator", code=1)


def _html() -> ModuleType:
    """The HTML/chart module, imported only for --format html (matplotlib takes a second to import)."""
    import kartlegg.ops.html

    return kartlegg.ops.html


@ops_app.command("add")
def ops_add(
    name: Annotated[str, typer.Option(help="Operation name.")],
    unit: Annotated[str | None, typer.Option(help="Unit that ran it.")] = None,
    district: Annotated[str | None, typer.Option(help="Police district or region.")] = None,
    country: Annotated[str | None, typer.Option(help="NO, SE or DK.")] = None,
    kind: Annotated[
        str | None,
        typer.Option(help="street, online_apartment, hotel, national_action_week, eu_action_week, annual_total."),
    ] = None,
    frm: Annotated[str | None, typer.Option("--from", help="First day YYYY-MM-DD.")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Last day YYYY-MM-DD.")] = None,
    outcome: Annotated[list[str] | None, typer.Option(help="MEASURE[:OFFENCE]=N, ~N about, >N more than.")] = None,
    target: Annotated[
        list[str] | None, typer.Option(help="KIND:LABEL[@CITY]; kind address, hotel, apartment_hotel.")
    ] = None,
    source: Annotated[list[str] | None, typer.Option(help="OUTLET[|DATE] of a public source.")] = None,
    notes: Annotated[str, typer.Option(help="Free text.")] = "",
    key: Annotated[str | None, typer.Option(help="Stable key: adding the same key again replaces it.")] = None,
    reason: ReasonOpt = "",
) -> None:
    """Register an operation with its outcomes and targets (audited).

    Example: kartlegg ops add --name "Norrmalm" --country SE --district Stockholm --outcome "arrested:sexköp=28"
    --outcome "offered_help~40" --target "hotel:Hotel Nord@Stockholm"
    """
    try:
        data = {
            "key": key,
            "name": name,
            "unit": unit,
            "district": district,
            "country": country,
            "kind": kind,
            "started_on": frm,
            "ended_on": to,
            "notes": notes,
            "outcomes": [parse_outcome(o) for o in outcome or []],
            "targets": [parse_target(t) for t in target or []],
            "sources": [parse_source(s) for s in source or []],
        }
        op = Operation.model_validate(data)
    except ValidationError as exc:
        fail(registry._error(exc))
    except ValueError as exc:
        fail(str(exc))
    with store_or_fail() as store:
        op_id = registry.add_operation(store, op, actor=store.settings.actor, reason=reason)
    out.print(f"operation {op_id} stored")


@ops_app.command("list")
def ops_list(
    country: Annotated[str | None, typer.Option(help="Only this country.")] = None,
    district: Annotated[str | None, typer.Option(help="Only this district.")] = None,
    year: Annotated[int | None, typer.Option(help="Only operations starting in this year.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """List operations. Example: kartlegg ops list --country SE --format json"""
    with store_or_fail() as store:
        ops = _read(
            store,
            "operations",
            "consult",
            "operations",
            "*",
            lambda c: registry.list_operations(c, country=country, district=district, year=year),
            {"country": country, "district": district, "year": year},
        )
    if fmt == "json":
        for s in ops:
            sys.stdout.buffer.write(orjson.dumps({"id": s.id, **s.op.model_dump()}) + b"\n")
        return
    table = Table(title="operations")
    for col in ("id", "name", "country", "district", "kind", "from", "to", "outcomes"):
        table.add_column(col)
    for s in ops:
        o = s.op
        table.add_row(
            str(s.id),
            o.name,
            o.country or "",
            o.district or "",
            o.kind or "",
            o.started_on or "",
            o.ended_on or "",
            str(len(o.outcomes)),
        )
    out.print(table)


def _count(o: Any) -> str:
    if o.count is None:
        return "unknown"
    return {"exact": "", "about": "about ", "more_than": "more than ", "at_least": "at least "}[o.qualifier] + str(
        o.count
    )


@ops_app.command("show")
def ops_show(
    op_id: Annotated[int, typer.Argument(help="Operation id.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Show one operation with outcomes, targets (and the ads/profiles/networks pointing there) and sources.

    Example: kartlegg ops show 3
    """
    with store_or_fail() as store:
        get = registry.get_operation
        s = _read(store, "operations", "consult", "operation", str(op_id), lambda c: get(c, op_id), {})
    if s is None:
        fail(f"no operation {op_id}")
    o = s.op
    if fmt == "json":
        data = {"id": s.id, **o.model_dump(), "target_links": s.target_links}
        sys.stdout.buffer.write(orjson.dumps(data) + b"\n")
        return
    out.print(
        f"[bold]{o.name}[/] ({o.kind}) {o.country or ''} {o.district or ''} {o.started_on or '?'}..{o.ended_on or '?'}"
    )
    if o.notes:
        out.print(o.notes, markup=False)
    table = Table(title="outcomes")
    for col in ("measure", "offence", "count", "sentence", "note"):
        table.add_column(col)
    for x in o.outcomes:
        table.add_row(x.measure, x.offence or "", _count(x), x.sentence or "", x.note or "")
    out.print(table)
    for t, links in zip(o.targets, s.target_links, strict=True):
        out.print(
            f"target {t.kind}: {t.label} ({t.city or '?'}): {len(links['ads'])} ads, "
            f"{len(links['profiles'])} profiles, {len(links['networks'])} networks",
            markup=False,
        )
    for src in o.sources:
        out.print(f"source: {src.outlet}, {src.date or 'date unknown'}", markup=False)


@ops_app.command("import")
def ops_import(
    path: Annotated[Path | None, typer.Argument(help="CSV or JSONL file of historical operations.")] = None,
    examples: Annotated[bool, typer.Option("--examples", help="Load the shipped press examples.")] = False,
    reason: ReasonOpt = "",
) -> None:
    """Import historical operations (CSV one outcome per row, or JSONL one operation per line). Bad rows
    are reported with their line number and skipped; the rest is kept. Re-importing replaces by key.

    Example: kartlegg ops import history.csv --reason "register 2009-2025"
    """
    with store_or_fail() as store:
        if examples:
            n = registry.load_examples(store, actor=store.settings.actor)
            out.print(f"{n} example operations loaded")
            return
        if path is None:
            fail("give a CSV or JSONL file, or --examples")
        if not path.is_file():
            fail(f"{path}: no such file")
        try:
            res = registry.import_records(store, path, actor=store.settings.actor, reason=reason)
        except (ValueError, UnicodeDecodeError) as exc:
            fail(f"{path}: {exc}")
    for line, why in res.rejected:
        console.print(f"{path}:{line}: {why}", markup=False)
    out.print(
        f"{res.rows} rows read, {res.added} operations added, {res.updated} replaced, {len(res.rejected)} rows rejected"
    )
    if res.rejected:
        raise typer.Exit(1)


@ops_app.command("delete")
def ops_delete(op_id: Annotated[int, typer.Argument(help="Operation id.")], reason: ReasonOpt = "") -> None:
    """Delete an operation (audited). Example: kartlegg ops delete 3 --reason "duplicate of 2" """
    if not reason:
        fail("give --reason for a deletion")
    with store_or_fail() as store:
        if not registry.delete_operation(store, op_id, actor=store.settings.actor, reason=reason):
            fail(f"no operation {op_id}")
    out.print(f"operation {op_id} deleted")


def _emit(title: str, items: list[Any], fmt: str, output: Path | None, charts: list[str], meta: dict[str, str]) -> None:
    if fmt not in ("table", "csv", "json", "html"):
        fail(f"unknown format {fmt!r}; use table, csv, json or html")
    if fmt == "table":
        table = Table(title=title)
        cols = [f.name for f in dataclasses.fields(items[0])] if items else []
        for c in cols:
            table.add_column(c)
        for i in items:
            table.add_row(*["" if getattr(i, c) is None else str(getattr(i, c)) for c in cols])
        out.print(table)
        return
    if fmt == "json":
        data = b"".join(orjson.dumps(dataclasses.asdict(i)) + b"\n" for i in items)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        cols = [f.name for f in dataclasses.fields(items[0])] if items else []
        w.writerow(cols)
        for i in items:
            w.writerow(["" if getattr(i, c) is None else getattr(i, c) for c in cols])
        data = buf.getvalue().encode()
    else:
        data = _html().render_table_page(title, items, charts, meta).encode()
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            output.write_bytes(data)
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror}")
        console.print(f"written to {output}")


@stats_app.command("outcomes")
def stats_outcomes(
    by: Annotated[str, typer.Option(help="district or country.")] = "district",
    measure: Annotated[str | None, typer.Option(help=f"Only one measure: {', '.join(MEASURES)}.")] = None,
    frm: Annotated[str | None, typer.Option("--from", help="Operations starting on or after YYYY-MM-DD.")] = None,
    to: Annotated[str | None, typer.Option("--to", help="... and on or before YYYY-MM-DD.")] = None,
    population: Annotated[
        Path | None, typer.Option(help="Extra population CSV (country,district,year,population,source).")
    ] = None,
    fmt: FormatOpt = "table",
    output: OutputOpt = None,
    reason: ReasonOpt = "",
) -> None:
    """Outcomes per district (or country), year, offence and measure, with year-over-year change and rate
    per 100,000 inhabitants. Unknown counts stay empty.

    Example: kartlegg stats outcomes --by district --measure reported --format csv
    """
    with store_or_fail() as store:
        extra = population or store.settings.home / "population.csv"
        try:
            rows = _read(
                store,
                "statistics",
                "report",
                "stats.outcomes",
                "*",
                lambda c: outcome_stats(
                    c, by=by, measure=measure, date_from=frm, date_to=to, population=load_population(extra)
                ),
                {"format": fmt, "output": str(output or "-"), "by": by, "measure": measure},
                reason,
            )
        except ValueError as exc:
            fail(str(exc))
    _emit("Outcomes", rows, fmt, output, [_html().outcome_chart(rows)] if fmt == "html" else [], {"by": by})


@stats_app.command("market")
def stats_market(
    by: Annotated[str, typer.Option(help="city, site, district, or a comma list such as city,site.")] = "city",
    period: Annotated[str, typer.Option(help="day, week or year.")] = "week",
    frm: Annotated[str | None, typer.Option("--from", help="First day YYYY-MM-DD.")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Last day YYYY-MM-DD.")] = None,
    fmt: FormatOpt = "table",
    output: OutputOpt = None,
    reason: ReasonOpt = "",
) -> None:
    """Market statistics from the ads: ads, active and new profiles, share of third-party-controlled and
    of minor-flagged profiles (score >= 50), median price, per period and city/site/district.

    Example: kartlegg stats market --by site --period day --from 2026-03-01 --format csv
    """
    with store_or_fail() as store:
        try:
            rows = _read(
                store,
                "statistics",
                "report",
                "stats.market",
                "*",
                lambda c: aggregates.market(c, by=by, period=period, date_from=frm, date_to=to),
                {"format": fmt, "output": str(output or "-"), "by": by, "period": period},
                reason,
            )
        except ValueError as exc:
            fail(str(exc))
    _emit(
        "Market", rows, fmt, output, [_html().market_chart(rows)] if fmt == "html" else [], {"by": by, "period": period}
    )


@stats_app.command("combined")
def stats_combined(
    measure: Annotated[str, typer.Option(help="Outcome measure to set against the market.")] = "reported",
    fmt: FormatOpt = "table",
    output: OutputOpt = None,
    reason: ReasonOpt = "",
) -> None:
    """Outcomes next to the market: e.g. reports per 1,000 active profiles per district and year.

    Example: kartlegg stats combined --format csv
    """
    with store_or_fail() as store:
        rows = _read(
            store,
            "statistics",
            "report",
            "stats.combined",
            "*",
            lambda c: combined_stats(c, measure=measure),
            {"format": fmt, "output": str(output or "-"), "measure": measure},
            reason,
        )
    _emit(f"{measure} per 1,000 active profiles", rows, fmt, output, [], {"measure": measure})


def plan(
    city: Annotated[str | None, typer.Option(help="City as ads label it.")] = None,
    district: Annotated[str | None, typer.Option(help="Police district (via city_districts.csv).")] = None,
    days: Annotated[int, typer.Option(help="Window of current activity, ending at the latest ad.")] = 30,
    limit: Annotated[int, typer.Option(help="Places to list.")] = 50,
    fmt: FormatOpt = "table",
    output: OutputOpt = None,
    reason: ReasonOpt = "",
) -> None:
    """Planning list: places (hotels, apartment-hotels, addresses) ranked by current activity, minors
    first, with the ads, profiles and networks there; HTML adds a map. Audited.

    Example: kartlegg plan --city Oslo --days 14 --format html -o oslo-plan.html --reason "op. Vinter"
    """
    if not city and not district:
        fail("give --city or --district")
    if days < 1:
        fail("--days must be at least 1")
    with store_or_fail() as store:
        places = _read(
            store,
            "plan",
            "report",
            "plan",
            city or district or "",
            lambda c: planning_list(c, city=city, district=district, days=days)[:limit],
            {"format": fmt, "output": str(output or "-"), "days": days, "limit": limit},
            reason,
            mode="full",  # the planning list names places and counts persons there, as the workbench's does
        )
    meta = {"city": city or "", "district": district or "", "days": str(days)}
    _emit("Planning list", places, fmt, output, [_html().place_map(places)] if fmt == "html" else [], meta)


def register(app: typer.Typer) -> None:
    app.add_typer(ops_app, name="ops")
    app.add_typer(stats_app, name="stats")
    app.command()(plan)
