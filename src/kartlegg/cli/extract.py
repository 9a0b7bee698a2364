"""``kartlegg extract``: the extraction stage as a stream filter (no store), kept light to start fast.

The stream itself is ``cli/stream.py``: with plain options ``kartlegg extract`` runs it without this typer
command (``stream.plain_args``)."""

from __future__ import annotations

from typing import Annotated

import typer

from kartlegg.cli import stream
from kartlegg.cli.common import fail
from kartlegg.cli.stream import WINDOW


def extract(
    region: Annotated[
        str | None, typer.Option(help="Default country (e.g. SE) for numbers with no code and no hint.")
    ] = None,
    window: Annotated[
        int,
        typer.Option(
            min=1,
            help="Ads read before writing, to learn each site's furniture (ids, codes, its own lines) from "
            "its ads; 1 writes each ad at once and learns nothing.",
        ),
    ] = WINDOW,
) -> None:
    """Stream filter: ad JSONL on stdin, one JSON object per ad with its selectors on stdout. No store.

    Site furniture (an ad's own number in a footer or its URL, a site's codes and support lines) is
    learned per site as ads arrive and listed under "furniture", never as phones or e-mails. Output keeps
    the input order.

    Example: kartlegg extract --region NO < ads.jsonl > selectors.jsonl
    """
    if region is not None and not stream.valid_region(region):
        fail(f"--region must be a two-letter country code, not {region!r}")
    if stream.run(region, window):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(extract)
