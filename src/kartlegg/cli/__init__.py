"""The ``kartlegg`` command line: a thin layer over the stage functions.

Each stage contributes its commands from its own module here (``register(app)``), so stages can grow
their CLI without touching each other's code. A run imports only the module of the command it names
(``COMMANDS``): a stream filter such as ``kartlegg extract`` should not pay for igraph, FastAPI and
matplotlib at every start. ``kartlegg --help`` and unknown names load every module.

The optional parts (``pip install 'kartlegg[web]'`` and so on, pyproject.toml) are imported only where a
command uses them; a command that reaches one that is not installed says which extra to install and exits
``EXIT_MISSING_EXTRA`` instead of showing a traceback.
"""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kartlegg import __version__

if TYPE_CHECKING:
    import typer

MODULES = ("core", "extract", "collect", "link", "assess", "report", "ops", "web", "lifecycle", "maltego", "demo")

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
    **dict.fromkeys(("erase", "readmit", "retention", "exchange"), "lifecycle"),
    "maltego": "maltego",
    "demo": "demo",
}

#: Top-level module of an optional dependency -> the extra (pyproject.toml) that installs it.
EXTRAS = {
    "fastapi": "web",
    "uvicorn": "web",
    "multipart": "web",
    "babel": "web",
    "psycopg": "postgres",
    "matplotlib": "reports",
    "followthemoney": "reports",
    "pyspark": "spark",
    "pyarrow": "spark",
    "maltego_trx": "maltego",
    "private_set_intersection": "exchange",
    "cryptography": "exchange",
}
EXIT_MISSING_EXTRA = 4

HELP = (
    "Map the online commercial-sex market: collect ads, extract selectors, link persons and networks, "
    "assess risk, report.\n\nStart with: kartlegg demo"
)


def build_app(modules: Sequence[str] = MODULES) -> typer.Typer:
    """The typer app with the commands of ``modules``; typer is imported here, not with this package: the stream
    filter's plain path (``cli/stream.py``) starts without it."""
    import typer

    def show_version(value: bool) -> None:
        if value:
            typer.echo(version_text())
            raise typer.Exit()

    def root(
        version: bool = typer.Option(
            False,
            "--version",
            is_eager=True,
            callback=show_version,
            help="Show the version, whether extraction runs compiled (and why), and which extras are installed.",
        ),
    ) -> None:
        pass

    app = typer.Typer(
        name="kartlegg", help=HELP, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False
    )
    # a callback keeps the app a command group even when only one module (one command) is loaded
    app.callback()(root)
    for name in modules:
        importlib.import_module(f"kartlegg.cli.{name}").register(app)
    return app


def version_text() -> str:
    """The version, which extraction build runs and why, and which optional parts are installed."""
    import importlib.util

    from kartlegg.extract import native

    extras: dict[str, bool] = {}
    for module, extra in EXTRAS.items():
        extras[extra] = extras.get(extra, True) and importlib.util.find_spec(module) is not None
    return "\n".join(
        (
            f"kartlegg {__version__} (Python {sys.version.split()[0]})",
            f"extraction: {native.STATUS}",
            "extras: " + ", ".join(f"{name} {'yes' if ok else 'no'}" for name, ok in extras.items()),
        )
    )


def missing_extra(exc: BaseException) -> str | None:
    """The extra that installs the module whose import failed, if ``exc`` is that failure."""
    if isinstance(exc, ModuleNotFoundError) and exc.name:
        return EXTRAS.get(exc.name.split(".")[0])
    return None


def _modules_for(argv: Sequence[str]) -> Sequence[str]:
    first = next((a for a in argv if not a.startswith("-")), None)
    if first is None and "--version" in argv:
        return ()
    if first is None or any(a in ("--help", "-h") for a in argv[: argv.index(first)]):
        return MODULES
    module = COMMANDS.get(first)
    return (module,) if module else MODULES


def main() -> None:
    argv = sys.argv[1:]
    try:
        if argv[:1] == ["extract"]:
            # the stream filter with plain options starts without typer and the app (cli/stream.py, plain_args);
            # no collection while its modules load: they hold no garbage, and each automatic collection walked
            # everything imported so far (~30 M instructions of a run's start; ``stream.run`` freezes what is
            # loaded, then turns the collector on again when it is done)
            collecting = gc.isenabled()
            gc.disable()
            from kartlegg.cli.stream import plain_args, run_plain

            plain = plain_args(argv)
            if plain is not None:
                run_plain(plain)
                return
            if collecting:
                gc.enable()
        build_app(_modules_for(argv))()
    except Exception as exc:  # a full disk is the one store error every writing command shares
        extra = missing_extra(exc)
        if extra is not None:
            command = next((a for a in argv if not a.startswith("-")), "")
            print(
                f"error: kartlegg {command} needs the optional part [{extra}] ({exc}); install it with:\n"
                f"  pip install 'kartlegg[{extra}]'",
                file=sys.stderr,
            )
            raise SystemExit(EXIT_MISSING_EXTRA) from None
        from kartlegg.cli.common import no_space_exit

        no_space_exit(exc)
        raise
