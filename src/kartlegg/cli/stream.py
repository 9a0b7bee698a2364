"""``kartlegg extract``'s stream filter without the typer app: ad JSONL on stdin, selectors on stdout.

``kartlegg extract`` with plain options (``plain_args``) runs from here at start-up without importing typer
(and click, pydantic): ~0.15 G instructions of every run, which a stream of a few thousand ads felt
(docs/benchmarks.md). The typer command (``cli/extract.py``) runs the same ``run``.
"""

from __future__ import annotations

import errno
import gc
import os
import sys
from collections.abc import Sequence
from typing import Any

import orjson

from kartlegg.cli import common
from kartlegg.collect.adfile import AdFormatError, parse_record
from kartlegg.extract import export_fields, extract_ad
from kartlegg.extract.api import warm_up
from kartlegg.extract.furniture import SiteStats, judge, url_numbers
from kartlegg.extract.matches import Extraction
from kartlegg.records import AdInput

#: Ads held back so each site's furniture can be learned from its ads before they are written.
WINDOW = 2000


def valid_region(region: str) -> bool:
    """``--region`` is a two-letter country code."""
    return len(region) == 2 and region.isalpha()


def run(region: str | None = None, window: int = WINDOW) -> int:
    """Read ads from stdin and write one JSON object per ad to stdout; the exit code: 1 when a line was not an ad
    (each reported on stderr), else 0."""
    bad = 0
    write = sys.stdout.buffer.write
    stats: dict[str, SiteStats] = {}
    held: list[tuple[AdInput, Extraction]] = []

    def flush() -> None:
        by_site: dict[str, list[tuple[AdInput, Extraction]]] = {}
        for ad, ex in held:
            by_site.setdefault(ad.site, []).append((ad, ex))
        for site, items in by_site.items():
            st = stats.get(site)
            if st is None:
                st = stats[site] = SiteStats(site)
            fields = [_fields(ad) for ad, _ex in items]
            urls = [url_numbers(f["url"]) for f in fields]  # each URL's id positions, read once for both steps
            for (ad, ex), f, nums in zip(items, fields, urls, strict=True):
                st.add(ad.id, ex, f, nums)
            model = st.model() if window > 1 else None
            for (ad, ex), f, nums in zip(items, fields, urls, strict=True):
                judge(ex, f, ad_key=ad.id, site=ad.site, model=model, url_nums=nums)
        for ad, ex in held:
            row: dict[str, Any] = {"id": ad.id, "site": ad.site}
            row.update(export_fields(ex, ad.city))
            row["furniture"] = [
                {"value": m.value, "reason": m.detail.get("reason"), "field": m.field}
                for m in ex.matches
                if m.kind == "furniture"
            ]
            write(orjson.dumps(row) + b"\n")
        held.clear()
        # the window's objects went with their last reference; what a window leaves (caches, the sites'
        # counts) lives on, so it is frozen too and no later collection walks it again
        gc.collect()
        gc.freeze()

    # lexicons, patterns and phonenumbers' metadata live as long as the process: moved out of the collector's
    # reach, they are not traversed again by every full collection the stream's own objects trigger
    warm_up(export_only=True)
    gc.freeze()
    # No automatic collections while a window is held: each would walk every held ad's objects again
    # (~8 % of a run's CPU time, most of it full collections over the window), though nothing extraction
    # builds is freed by the collector. The objects a window leaves are collected once, at its flush.
    gc.disable()
    try:
        for lineno, raw in enumerate(sys.stdin.buffer, start=1):
            if not raw.strip():
                continue
            try:
                ad = parse_record(orjson.loads(raw))
            except (orjson.JSONDecodeError, AdFormatError) as exc:
                bad += 1
                common.console.print(f"<stdin>:{lineno}: {exc}", markup=False)  # rich loads on the first bad line
                continue
            ex = extract_ad(
                title=ad.title,
                body=ad.body,
                url=ad.url,
                city=ad.city,
                site=ad.site,
                region=region,
                export_only=True,
                judge_furniture=False,  # judged once below, after the site's window is learned
            )
            held.append((ad, ex))
            if len(held) >= window:
                flush()
        flush()
    finally:
        gc.enable()
    sys.stdout.flush()
    return 1 if bad else 0


def plain_args(argv: Sequence[str]) -> dict[str, Any] | None:
    """The arguments of ``extract`` when ``argv`` is that command with only its own options written plainly
    (``--region SE``, ``--window=500``) and a valid region; None for anything else (help, a mistake, another
    command), which the typer app reads (and reports) as always.

    Why: this typer reads every option through a pydantic TypeAdapter, and importing pydantic and building the
    adapters was ~0.35 G of the stream filter's ~1.55 G instructions of start-up (docs/benchmarks.md)."""
    if not argv or argv[0] != "extract":
        return None
    out: dict[str, Any] = {}
    rest = list(argv[1:])
    while rest:
        name, eq, value = rest.pop(0).partition("=")
        if not eq:
            if not rest:
                return None
            value = rest.pop(0)
        if name == "--region" and value and not value.startswith("-") and valid_region(value):
            out["region"] = value
        elif name == "--window" and value.isascii() and value.isdigit() and int(value) >= 1:
            out["window"] = int(value)
        else:
            return None
    return out


def run_plain(args: dict[str, Any]) -> None:
    """Run ``run(**args)`` as the typer app runs the command: its exit code, 130 on Ctrl-C, 1 quietly when the
    reader of stdout has gone (``kartlegg extract < ads | head``)."""
    try:
        code = run(**args)
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        raise SystemExit(1) from None
    if code:
        raise SystemExit(code)


def _fields(ad: AdInput) -> dict[str, str]:
    return {"title": ad.title or "", "body": ad.body or "", "url": ad.url or ""}
