"""The ``kartlegg`` command line: a thin layer over the stage functions.

Each stage contributes its commands from its own module here (``register(app)``), so stages can grow
their CLI without touching each other's code. A run imports only the module of the command it names
(``COMMANDS``): a stream filter such as ``kartlegg extract`` should not pay for igraph, FastAPI and
matplotlib at every start. ``kartlegg --help`` and unknown names load every module.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import typer

MODULES = ("core", "extract", "collect", "link", "assess", "report", "ops", "web", "lifecycle", "demo")

#: Top-level command -> the CLI module that registers it (a test checks this against the modules).
COMMANDS: dict[str, str] = {
    **dict.fromkeys(("ingest", "analyze", "status"), "core"),
    "extract": "extract",
    **dict.fromkeys(("sites", "crawl", "evidence"), "collect"),
    **dict.fromkeys(("profiles", "profile", "networks", "network", "hubs", "site-aliases"), "link"),
    **dict.fromkeys(("assess", "triage", "outreach", "explain", "indicators"), "assess"),
    **dict.fromkeys(("report", "export"), "report"),
    **dict.fromkeys(("ops", "stats", "plan"), "ops"),
    **dict.fromkeys(("serve", "users", "audit"), "web"),
    **dict.fromkeys(("erase", "retention", "exchange"), "lifecycle"),
    "demo": "demo",
}

HELP = (
    "Map the online commercial-sex market: collect ads, extract selectors, link persons and networks, "
    "assess risk, report.\n\nStart with: kartlegg demo"
)


def build_app(modules: Sequence[str] = MODULES) -> typer.Typer:
    app = typer.Typer(
        name="kartlegg", help=HELP, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False
    )
    # a callback keeps the app a command group even when only one module (one command) is loaded
    app.callback()(_root)
    for name in modules:
        importlib.import_module(f"kartlegg.cli.{name}").register(app)
    return app


def _root() -> None:
    pass


def _modules_for(argv: Sequence[str]) -> Sequence[str]:
    first = next((a for a in argv if not a.startswith("-")), None)
    if first is None or any(a in ("--help", "-h") for a in argv[: argv.index(first)]):
        return MODULES
    module = COMMANDS.get(first)
    return (module,) if module else MODULES


def main() -> None:
    try:
        build_app(_modules_for(sys.argv[1:]))()
    except Exception as exc:  # a full disk is the one store error every writing command shares
        from kartlegg.cli.common import no_space_exit

        no_space_exit(exc)
        raise
