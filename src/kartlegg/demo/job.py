"""``kartlegg demo``: the whole pipeline on the synthetic demo market, on the embedded store.

It goes through the real path: the market is served as web sites on 127.0.0.1 (one of which moves to a
new domain halfway), crawled with WARC evidence, analysed, and reported on; the press examples of
operations are loaded for the statistics. It never touches real data: the market is synthetic and its
domains end in ``.example``. This sits above the stages, like the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kartlegg.demo.market import build_market, write_market
from kartlegg.demo.sites import crawl_in_two_halves, serve_demo_sites
from kartlegg.ops.registry import load_examples
from kartlegg.pipeline import ProgressFactory, analyze
from kartlegg.report.query import Scope
from kartlegg.report.service import Request, report
from kartlegg.report.summary import MarketSummary, summarise
from kartlegg.store.engine import Store


@dataclass(slots=True)
class DemoResult:
    ads_file: Path
    truth_file: Path
    pages: int = 0
    new_versions: int = 0
    operations: int = 0
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    summary: MarketSummary | None = None
    report: Path | None = None


def run_demo(
    store: Store,
    *,
    n_persons: int = 200,
    seed: int = 7,
    say: Callable[[str], None] = lambda _m: None,
    progress: ProgressFactory | None = None,
) -> DemoResult:
    demo_dir = store.settings.home / "demo"
    say(f"building the synthetic market (seed {seed}, {n_persons} persons)")
    market = build_market(seed=seed, n_persons=n_persons)
    ads_file, truth_file = write_market(market, demo_dir)
    result = DemoResult(ads_file, truth_file)
    say(f"serving {len(market.sites)} demo sites on 127.0.0.1 and crawling them ({len(market.ads)} ads)")
    tick = progress("crawl (new ad versions)", len(market.ads)) if progress else None
    seen: dict[int, int] = {}  # one running result per crawl: what was already counted of each

    def on_crawl(_site: str, res: Any) -> None:
        before = seen.get(id(res), 0)
        if tick and res.new_versions > before:
            tick(res.new_versions - before)
            seen[id(res)] = res.new_versions

    with serve_demo_sites(market) as sites:
        crawls = crawl_in_two_halves(store, sites, on_progress=on_crawl if tick else None)
    result.pages = sum(int(c.listing_pages) + int(c.ad_pages) for c in crawls)
    result.new_versions = sum(int(c.new_versions) for c in crawls)
    say("analysing")
    result.stages = analyze(store, region=None, progress=progress)
    result.operations = load_examples(store)
    with store.connect() as conn:
        result.summary = summarise(conn)
    result.report = report(
        store,
        "market",
        "",
        Scope(),
        "html",
        store.settings.reports_dir / "demo-market.html",
        Request(actor=store.settings.actor, reason="kartlegg demo", recipient="demo user"),
    )
    return result
