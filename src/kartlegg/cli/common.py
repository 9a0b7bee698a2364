"""What every CLI command shares: consoles, opening the store, failing with a message not a traceback."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

from kartlegg.config import load_settings

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from kartlegg.store.engine import Store


@functools.cache
def _console(stderr: bool) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def __getattr__(name: str) -> Console:
    """``console`` (stderr) and ``out`` (stdout), made on first use: importing rich is ~0.1 s of a start-up
    that a stream filter such as ``kartlegg extract`` never needs."""
    if name == "console":
        return _console(True)
    if name == "out":
        return _console(False)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def fail(message: str, code: int = 2) -> NoReturn:
    """Print a user-facing error and exit; never a traceback for a user mistake."""
    import typer  # here, not at import: the stream filter's plain path starts without typer (cli/stream.py)

    _console(True).print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def no_space_exit(exc: BaseException, *, needed: str | None = None) -> None:
    """Exit 3 with a clear message when ``exc`` means the disk is full (ingest, analyze, crawl, export, ...)."""
    from kartlegg.nospace import describe, is_no_space

    settings = load_settings()
    if is_no_space(exc, sqlite_folder=settings.home if settings.embedded else None):
        _console(True).print(f"[bold red]error:[/] {describe(settings, exc, needed=needed)}", markup=True)
        raise SystemExit(3)  # not typer.Exit: this also runs outside the command, in ``main``


@contextmanager
def store_or_fail() -> Iterator[Store]:
    from kartlegg.store.engine import StoreError, open_store  # not at import: stream commands need no store

    try:
        store = open_store(load_settings())
    except StoreError as exc:
        no_space_exit(exc)
        fail(str(exc))
    try:
        yield store
    finally:
        store.close()


def show_progress() -> bool:
    """Progress bars only for a person at a terminal."""
    return sys.stderr.isatty()


@contextmanager
def progress_bars() -> Iterator[Progress]:
    """Progress bars on stderr, shown only at a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=_console(True),
        disable=not show_progress(),
        transient=False,
    ) as progress:
        yield progress


def stage_bars(progress: Progress) -> Callable[[str, int], Callable[[int], None]]:
    """A ``pipeline.ProgressFactory``: one bar per stage, advanced by the stage's callback."""

    def factory(stage: str, total: int) -> Callable[[int], None]:
        task = progress.add_task(stage, total=total)
        return lambda n: progress.advance(task, n)

    return factory


def require_reason(store: Any, purpose: str, object_type: str, object_id: str, reason: str) -> None:
    """The disclosure policy's check for a command-line read of person data: without a reason (or a role that
    may not read it) the read is refused, the refusal audited, and the command exits 2."""
    from kartlegg.read import Refused, check, cli_context, refuse_audited

    ctx = cli_context(store.settings.actor, purpose, reason)
    try:
        check(ctx)
    except Refused as exc:
        refuse_audited(store, ctx, object_type, object_id, str(exc))
        fail(f'{exc} (--reason "case 2026/114")')
