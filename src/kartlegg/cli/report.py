"""Report and export commands: intelligence reports (HTML/PDF) and exports for link-analysis tools.

``export`` covers every kind (ads in the ARCHITECTURE.md format, profiles, networks, selectors, the link
graph), with scope options and disclosure control.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kartlegg.cli.common import console, fail, store_or_fail
from kartlegg.report.pdf import PdfError
from kartlegg.report.query import Scope
from kartlegg.report.service import BULK_EXPORTS, EXPORT_KINDS, DisclosureError, Request
from kartlegg.report.service import export as run_export
from kartlegg.report.service import report as run_report

NetworkOpt = Annotated[str | None, typer.Option("--network", help="Only this network.")]
ProfileOpt = Annotated[str | None, typer.Option("--profile", help="Only this profile.")]
CityOpt = Annotated[str | None, typer.Option("--city", help="Only ads in this city.")]
FromOpt = Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD.")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD.")]
RiskOpt = Annotated[
    float | None, typer.Option("--min-risk", help="Only ads whose ad or profile risk is at least this.")
]
ReasonOpt = Annotated[
    str, typer.Option(help="Why you disclose this (case reference, required); kept in the audit log.")
]
RecipientOpt = Annotated[str, typer.Option(help="Who receives it (unit, prosecutor, partner); kept in the audit log.")]
PseudoOpt = Annotated[
    bool,
    typer.Option(
        "--pseudonymise/--plain",
        help="Replace phones, e-mails, handles, URLs and images by keyed tokens (KARTLEGG_PSEUDONYM_KEY to share).",
    ),
]


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        fail(f"{name} must be a date YYYY-MM-DD, not {value!r}")
    return value


def _scope(
    network: str | None, profile: str | None, city: str | None, frm: str | None, to: str | None, min_risk: float | None
) -> Scope:
    return Scope(network, profile, city, _date(frm, "--from"), _date(to, "--to"), min_risk)


def report(
    kind: Annotated[str, typer.Argument(help="profile, network or market.")],
    subject: Annotated[str, typer.Argument(help="Profile or network id; for market an optional label.")] = "",
    fmt: Annotated[str, typer.Option("--format", "-f", help="html or pdf.")] = "html",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write.")] = None,
    city: CityOpt = None,
    frm: FromOpt = None,
    to: ToOpt = None,
    min_risk: RiskOpt = None,
    reason: ReasonOpt = "",
    recipient: RecipientOpt = "",
    pseudonymise: PseudoOpt = False,
    no_charts: Annotated[bool, typer.Option("--no-charts", help="Leave the charts out.")] = False,
) -> None:
    """Intelligence report: summary, timeline, cities, links with reasons, indicators with evidence, and
    every ad with its evidence chain (URL, fetch time, SHA-256, archive record). Audited.

    Example: kartlegg report network N-3f2a --format pdf --reason "case 2026/114" --recipient "Oslo PD"
    """
    if kind in ("profile", "network") and not subject:
        fail(f"give the {kind} id: kartlegg report {kind} ID")
    with store_or_fail() as store:
        target = output or store.settings.reports_dir / f"{kind}-{subject or 'all'}.{fmt}"
        req = Request(store.settings.actor, reason, recipient, pseudonymise)
        try:
            path = run_report(
                store,
                kind,
                subject,
                _scope(None, None, city, frm, to, min_risk),
                fmt,
                target,
                req,
                charts=not no_charts,
            )
        except (DisclosureError, PdfError) as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {target}: {exc.strerror}")
    console.print(f"report written to {path}")


def export(
    what: Annotated[str, typer.Argument(help=f"What to export: {', '.join([*EXPORT_KINDS, *BULK_EXPORTS])}.")] = "ads",
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="ads: jsonl|csv; graph: graphml|gexf|i2|ftm; profiles/networks/selectors/csv: csv; versions: parquet.",
        ),
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "--out", "-o", help="File (or folder for i2, csv and parquet), - for stdout.")
    ] = "-",
    network: NetworkOpt = None,
    profile: ProfileOpt = None,
    city: CityOpt = None,
    frm: FromOpt = None,
    to: ToOpt = None,
    min_risk: RiskOpt = None,
    reason: ReasonOpt = "",
    recipient: RecipientOpt = "",
    pseudonymise: PseudoOpt = False,
) -> None:
    """Export ads, profiles, networks, selectors or the link graph, scoped and audited.

    Examples: kartlegg export ads --format csv -o ads.csv --reason "case 7";
    kartlegg export graph --format gexf --network N-3f2a -o net.gexf --reason "case 7";
    kartlegg export graph --format i2 -o i2-folder/ --pseudonymise --recipient "Europol" --reason "JIT 2026/3";
    kartlegg export versions --format parquet --out versions/ --reason "Spark job, case 7"
    """
    kinds = {**EXPORT_KINDS, **BULK_EXPORTS}
    if what not in kinds:
        fail(f"unknown export {what!r}; available: {', '.join(kinds)}")
    fmt = fmt or kinds[what][0]
    with store_or_fail() as store:
        req = Request(store.settings.actor, reason, recipient, pseudonymise)
        try:
            n = run_export(store, what, fmt, _scope(network, profile, city, frm, to, min_risk), output, req)
        except DisclosureError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror}")
    console.print(f"{n} {what if what in ('ads', 'versions') else 'items'} exported")


def register(app: typer.Typer) -> None:
    app.command()(report)
    app.command()(export)
