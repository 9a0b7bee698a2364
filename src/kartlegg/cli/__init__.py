"""The ``kartlegg`` command line: a thin layer over the stage functions.

Each stage contributes its commands from its own module here (``register(app)``), so stages can grow
their CLI without touching each other's code.
"""

from __future__ import annotations

import typer

from kartlegg.cli import assess, collect, core, demo, link, ops, report, web

app = typer.Typer(
    name="kartlegg",
    help="Map the online commercial-sex market: collect ads, extract selectors, link persons and networks, "
    "assess risk, report.\n\nStart with: kartlegg demo",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (core, collect, link, assess, report, ops, web, demo):
    module.register(app)


def main() -> None:
    app()
