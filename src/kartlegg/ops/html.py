"""HTML pages for statistics and the planning list: tables, inline SVG charts and a place map.

Same rules as the intelligence reports: one self-contained file, autoescaped, no scripts, a CSP that
forbids every request. The map is drawn from the places' own coordinates (no map tiles: those would be
requests to a tile server).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import matplotlib.pyplot as plt
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from kartlegg.ops.plan import Place
from kartlegg.report.charts import line_chart, safe_label, svg_of


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("kartlegg.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def place_map(places: Sequence[Place], limit: int = 40) -> str:
    pts = [p for p in places[:limit] if p.lat is not None and p.lon is not None]
    if not pts:
        return ""
    fig, ax = plt.subplots(figsize=(6.0, 5.0), dpi=96)
    sizes = [20 + 15 * p.ads for p in pts]
    colours = ["#b22" if p.minor_flagged_profiles else "#3b6ea5" for p in pts]
    ax.scatter([p.lon or 0.0 for p in pts], [p.lat or 0.0 for p in pts], s=sizes, c=colours, alpha=0.7)
    for rank, p in enumerate(pts, start=1):
        ax.annotate(
            f"{rank} {safe_label(p.label)}",
            (p.lon or 0.0, p.lat or 0.0),
            fontsize=6,
            xytext=(3, 3),
            textcoords="offset points",
        )
    ax.set_xlabel("longitude", fontsize=7)
    ax.set_ylabel("latitude", fontsize=7)
    ax.set_title("Places (red: minor-flagged profiles; size: ads)", fontsize=8)
    ax.tick_params(labelsize=6)
    return svg_of(fig)


def _rows(items: Sequence[Any]) -> tuple[list[str], list[list[Any]]]:
    if not items:
        return [], []
    cols = [f.name for f in dataclasses.fields(items[0])]
    return cols, [["" if getattr(i, c) is None else getattr(i, c) for c in cols] for i in items]


def render_table_page(title: str, items: Sequence[Any], charts: list[str], meta: dict[str, str]) -> str:
    cols, rows = _rows(items)
    return (
        _env()
        .get_template("ops.html")
        .render(
            title=title,
            columns=cols,
            rows=rows,
            charts=[Markup(c) for c in charts if c],  # noqa: S704 - our own SVG
            meta=meta,
        )
    )


def outcome_chart(rows: Sequence[Any]) -> str:
    """Known counts per year, one line per (measure, offence)."""
    years = sorted({r.year for r in rows if r.year.isdigit()})
    series: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        if r.year.isdigit() and r.count is not None:
            name = f"{r.measure} {r.offence}".strip()
            series[name][r.year] = series[name].get(r.year, 0) + r.count
    if not years or not series:
        return ""
    return line_chart(years, {k: [v.get(y, 0) for y in years] for k, v in sorted(series.items())[:8]}, "Outcomes")


def market_chart(rows: Sequence[Any]) -> str:
    periods = sorted({r.period for r in rows})
    if not periods:
        return ""
    ads: dict[str, int] = defaultdict(int)
    active: dict[str, int] = defaultdict(int)
    for r in rows:
        ads[r.period] += r.ads
        active[r.period] += r.active_profiles
    return line_chart(
        periods, {"ads": [ads[p] for p in periods], "active profiles": [active[p] for p in periods]}, "Market"
    )
