"""``kartlegg demo``: what ``make demo`` runs."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from kartlegg.cli.common import console, fail, out, progress_bars, stage_bars, store_or_fail
from kartlegg.store.stages import StageBusy


def demo(
    persons: Annotated[int, typer.Option(min=10, max=50_000, help="Persons in the synthetic market.")] = 200,
    seed: Annotated[int, typer.Option(help="Seed of the synthetic market (same seed, same market).")] = 7,
) -> None:
    """Serve a synthetic market as web sites on 127.0.0.1, crawl them, run every stage, write a report.

    Uses $KARTLEGG_HOME (default ./kartlegg-data). Running it again adds nothing new.

    Example: kartlegg demo --persons 200
    """
    from kartlegg.demo.job import run_demo  # the demo's web sites and market: only when asked for

    with store_or_fail() as store, progress_bars() as progress:
        try:
            result = run_demo(
                store,
                n_persons=persons,
                seed=seed,
                say=lambda m: console.print(f"[dim]{m}[/]"),
                progress=stage_bars(progress),
            )
        except StageBusy as exc:
            fail(str(exc))
    assert result.summary is not None
    table = Table(title="kartlegg demo: the store now holds")
    table.add_column("what")
    table.add_column("count", justify="right")
    for k, v in result.summary.counts.items():
        table.add_row(k, str(v))
    out.print(table)
    if result.summary.shared_phones:
        phones = Table(
            title=f"phone numbers shared by the most profiles ({result.summary.hubs} hub selectors excluded: "
            "`kartlegg hubs`)"
        )
        for col in ("phone", "ads", "profiles"):
            phones.add_column(col)
        for p in result.summary.shared_phones[:5]:
            phones.add_row(p.phone, str(p.ads), str(p.profiles))
        out.print(phones)
    if result.summary.site_moves:
        moves = Table(title="sites seen under another domain (`kartlegg site-aliases`)")
        for col in ("site", "same site as", "why"):
            moves.add_column(col)
        for a, b, why in result.summary.site_moves[:5]:
            moves.add_row(a, b, why)
        out.print(moves)
    if result.summary.top_risk:
        risk = Table(title="top-priority profiles (minors first)")
        for col in ("profile", "minor", "third party", "risk", "top reasons"):
            risk.add_column(col)
        for r in result.summary.top_risk[:5]:
            risk.add_row(
                r.entity_id,
                f"{r.minor_score:.0f}",
                f"{r.third_party_score:.0f}",
                f"{r.risk_score:.0f}",
                ", ".join(r.top_indicators),
            )
        out.print(risk)
    out.print(
        f"crawled {result.pages} pages into {result.new_versions} new ad versions (WARC evidence in "
        f"{store.settings.archive_dir}); {result.operations} example operations loaded"
    )
    out.print(f"demo market: {result.ads_file} (ground truth: {result.truth_file})")
    out.print(f"report: {result.report}")


def register(app: typer.Typer) -> None:
    app.command()(demo)
