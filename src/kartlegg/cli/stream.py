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
from kartlegg.collect.adfile import AdFormatError, extract_fields
from kartlegg.extract import extract_ad, implied, startcache
from kartlegg.extract.api import export_row, warm_up
from kartlegg.extract.furniture import SiteStats, judge_window
from kartlegg.extract.matches import Extraction

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
    # the addresses the stream wrote in full: an address whose domain an ad only implies is completed from them
    book = implied.MailBook()
    # each held ad as (site-local key, site, raw title/body/url, extraction) and its city: plain tuples, which
    # the compiled judge_window and export_row read without attribute look-ups
    held: list[tuple[str, str, dict[str, str], Extraction]] = []
    cities: list[str | None] = []

    def flush(last: bool = False) -> None:
        judge_window(held, stats, window > 1, book)
        for (ad_key, site, _fields, ex), city in zip(held, cities, strict=True):
            write(orjson.dumps(export_row(ad_key, site, ex, city)) + b"\n")
        held.clear()
        cities.clear()
        if last:
            # no window follows: no collection, but what is left is frozen all the same, so the interpreter's
            # own collection at exit walks none of it (q1's first 10 ads: -22 M instructions against a collection
            # and a freeze, +45 M with neither; docs/benchmarks.md, session 36)
            gc.freeze()
            return
        # the window's objects went with their last reference; what a window leaves (caches, the sites'
        # counts) lives on, so it is frozen too and no later collection walks it again
        gc.collect()
        gc.freeze()

    # lexicons, patterns and phonenumbers' metadata live as long as the process: moved out of the collector's
    # reach, they are not traversed again by every full collection the stream's own objects trigger
    warm_up(export_only=True)
    # what this start compiled and parsed, for the next: here, before any ad is read, where the process has
    # compiled nothing but extraction's own patterns (extract/startcache.py)
    startcache.save()
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
                ad_key, site, url, title, body, city, posted = extract_fields(orjson.loads(raw))
            except (orjson.JSONDecodeError, AdFormatError) as exc:
                bad += 1
                common.console.print(f"<stdin>:{lineno}: {exc}", markup=False)  # rich loads on the first bad line
                continue
            ex = extract_ad(
                title=title,
                body=body,
                url=url,
                city=city,
                site=site,
                region=region,
                export_only=True,
                judge_furniture=False,  # judged once below, after the site's window is learned
            )
            fields = {"title": title, "body": body, "url": url or ""}
            if posted:
                fields["posted"] = posted  # the ad's own date: a page's dates lie near it (``dates.near``)
            held.append((ad_key, site, fields, ex))
            cities.append(city)
            if len(held) >= window:
                flush()
        flush(last=True)
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
