"""``kartlegg demo``: the whole pipeline on the synthetic demo market, on the embedded store.

This sits above the stages (like the CLI): it builds the market, brings it in, runs ``analyze``, and
writes a summary report. It never touches real data: the market is synthetic and its domains end in
``.example``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kartlegg.collect.ingest import ingest_paths
from kartlegg.demo.market import build_market, write_market
from kartlegg.pipeline import ProgressFactory, analyze
from kartlegg.report.summary import MarketSummary, summarise, write_summary_html
from kartlegg.store import audit
from kartlegg.store.engine import Store


@dataclass(slots=True)
class DemoResult:
    ads_file: Path
    truth_file: Path
    ingested: int
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    summary: MarketSummary | None = None
    report: Path | None = None


def run_demo(
    store: Store,
    *,
    n_persons: int = 400,
    seed: int = 7,
    say: Callable[[str], None] = lambda _m: None,
    progress: ProgressFactory | None = None,
) -> DemoResult:
    demo_dir = store.settings.home / "demo"
    say(f"building the synthetic market (seed {seed}, {n_persons} persons)")
    market = build_market(seed=seed, n_persons=n_persons)
    ads_file, truth_file = write_market(market, demo_dir)
    say(f"ingesting {len(market.ads)} ads from {ads_file}")
    ingested = ingest_paths(store, [ads_file])
    result = DemoResult(ads_file, truth_file, ingested.new_versions)
    say("analysing")
    result.stages = analyze(store, region=None, progress=progress)
    with store.connect() as conn:
        result.summary = summarise(conn)
    report = store.settings.reports_dir / "demo-market.html"
    with store.begin() as conn:
        # Writing a report discloses person data (synthetic here): audited like any other disclosure.
        audit.record(
            conn,
            actor=store.settings.actor,
            action="report",
            object_type="market",
            object_id="demo",
            justification="kartlegg demo",
            details={"path": str(report)},
        )
    result.report = write_summary_html(result.summary, report)
    return result
