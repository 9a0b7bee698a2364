"""``kartlegg extract``: the extraction stage as a stream filter (no store), kept light to start fast."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import orjson
import typer

from kartlegg.cli.common import console, fail
from kartlegg.collect.adfile import AdFormatError, parse_record
from kartlegg.extract import export_fields, extract_ad


def extract(
    region: Annotated[
        str | None, typer.Option(help="Default country (e.g. SE) for numbers with no code and no hint.")
    ] = None,
) -> None:
    """Stream filter: ad JSONL on stdin, one JSON object per ad with its selectors on stdout. No store.

    Example: kartlegg extract --region NO < ads.jsonl > selectors.jsonl
    """
    if region is not None and (len(region) != 2 or not region.isalpha()):
        fail(f"--region must be a two-letter country code, not {region!r}")
    bad = 0
    write = sys.stdout.buffer.write
    for lineno, raw in enumerate(sys.stdin.buffer, start=1):
        if not raw.strip():
            continue
        try:
            ad = parse_record(orjson.loads(raw))
        except (orjson.JSONDecodeError, AdFormatError) as exc:
            bad += 1
            console.print(f"<stdin>:{lineno}: {exc}", markup=False)
            continue
        ex = extract_ad(
            title=ad.title, body=ad.body, url=ad.url, city=ad.city, site=ad.site, region=region, export_only=True
        )
        row: dict[str, Any] = {"id": ad.id, "site": ad.site}
        row.update(export_fields(ex))
        write(orjson.dumps(row) + b"\n")
    sys.stdout.flush()
    if bad:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(extract)
