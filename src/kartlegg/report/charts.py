"""Small charts as inline SVG (matplotlib, Agg backend): no files, no scripts, no external references.

Labels are reduced to plain characters first: they may come from ads (city names are attacker text) and
matplotlib writes them into the SVG as comments.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

_UNSAFE = re.compile(r"[^\w .,/()+:-]")
_DASHES = re.compile(r"-{2,}")


def safe_label(label: str) -> str:
    """Plain characters only; no ``--`` (it would end the SVG comment matplotlib writes the label into)."""
    return _DASHES.sub("-", _UNSAFE.sub("", label))[:32]


def svg_of(fig: Figure) -> str:
    buf = io.StringIO()
    with plt.rc_context({"svg.hashsalt": "kartlegg", "svg.fonttype": "path"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    # Drop the namespace-only metadata block (it names a licence URL; harmless, but no URLs at all is simpler).
    return re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)


def bar_chart(labels: Sequence[str], values: Sequence[float], title: str, ylabel: str = "") -> str:
    fig, ax = plt.subplots(figsize=(7.0, 2.6), dpi=96)
    xs = range(len(values))
    ax.bar(list(xs), list(values), color="#3b6ea5")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    step = max(1, len(labels) // 12)
    ax.set_xticks(list(xs)[::step], [safe_label(x) for x in labels][::step], rotation=30, ha="right", fontsize=7)
    ax.set_title(safe_label(title), fontsize=9)
    if ylabel:
        ax.set_ylabel(safe_label(ylabel), fontsize=8)
    ax.tick_params(axis="y", labelsize=7)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return svg_of(fig)


def line_chart(labels: Sequence[str], series: dict[str, Sequence[float]], title: str) -> str:
    fig, ax = plt.subplots(figsize=(7.0, 2.6), dpi=96)
    xs = list(range(len(labels)))
    for name, values in series.items():
        ax.plot(xs, list(values), marker="o", markersize=3, label=safe_label(name))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    step = max(1, len(labels) // 12)
    ax.set_xticks(xs[::step], [safe_label(x) for x in labels][::step], rotation=30, ha="right", fontsize=7)
    ax.set_title(safe_label(title), fontsize=9)
    ax.tick_params(axis="y", labelsize=7)
    if len(series) > 1:
        ax.legend(fontsize=7)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return svg_of(fig)
