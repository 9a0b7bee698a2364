"""Workbench commands: ``serve``, ``users add``, ``audit verify|list``."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Annotated

import typer
from rich.table import Table

from kartlegg.cli.common import console, fail, out, store_or_fail
from kartlegg.keys import KeyFileError
from kartlegg.store import audit as audit_log
from kartlegg.web.auth import ROLES, AuthError, add_user

#: Seconds the server keeps an idle keep-alive connection open. uvicorn's default (5 s) equals the idle
#: expiry of common client pools (httpx 5 s) and is below a proxy's (nginx 60 s): a client that reuses its
#: connection just as the server closes it gets a reset ("connection closed", httpx ``ReadError``) instead of
#: an answer; a POST (a justification, a login) is not retried by the client. The server must outlive the
#: client's idle window, as gunicorn and nginx (75 s) do; a connection costs no thread while it is idle.
KEEP_ALIVE_S = 75

users_app = typer.Typer(help="Workbench accounts.", no_args_is_help=True)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    insecure_cookies: Annotated[
        bool,
        typer.Option(
            "--insecure-cookies",
            help="Send session cookies without the Secure flag: only for plain http on a trusted local network "
            "(browsers accept Secure cookies on http://127.0.0.1 and localhost anyway). "
            "Also set by KARTLEGG_WEB_INSECURE_COOKIES=1.",
        ),
    ] = False,
) -> None:
    """Run the web workbench (behind a TLS proxy when not on 127.0.0.1).

    Example: kartlegg serve --host 127.0.0.1 --port 8000
    """
    import uvicorn

    from kartlegg.web.app import WebConfig, create_app, prepare_to_serve

    insecure = insecure_cookies or os.environ.get("KARTLEGG_WEB_INSECURE_COOKIES") == "1"
    from kartlegg.read import PolicyError, load_policy

    try:
        load_policy()  # a broken disclosure policy stops the server before it serves anything
    except PolicyError as exc:
        fail(str(exc))
    with store_or_fail() as store:
        app = create_app(store, WebConfig(secure_cookies=not insecure))
        prepare_to_serve(app)
        console.print(f"kartlegg workbench on http://{host}:{port}/ (store: {store.dialect})")
        uvicorn.run(
            app, host=host, port=port, log_level="warning", server_header=False, timeout_keep_alive=KEEP_ALIVE_S
        )


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="User name (letters, digits, . _ - @).")],
    role: Annotated[str, typer.Option(help=f"One of: {', '.join(ROLES)}.")] = "viewer",
) -> None:
    """Create a workbench account. The password is read from stdin when it is not a terminal.

    Example: printf '%s\\n' "$PASSWORD" | kartlegg users add anna --role analyst
    """
    if role not in ROLES:
        fail(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            fail("the passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    with store_or_fail() as store:
        try:
            with store.begin() as conn:
                add_user(conn, name, role, password, actor=store.settings.actor)
        except AuthError as exc:
            fail(str(exc))
    out.print(f"user {name} added with role {role}")


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the audit log's hash chain against its signed checkpoints; exit 1 and say what is wrong when
    a row was altered, removed or cut off, the chain recomputed, or the checkpoint file replaced.

    Example: kartlegg audit verify
    """
    with store_or_fail() as store, store.connect() as conn:
        anchor = audit_log.anchor_for(store.settings)
        try:
            result = audit_log.verify(conn, anchor)
        except KeyFileError as exc:
            fail(str(exc))
    if result.ok:
        out.print(f"audit log intact: {result.rows} rows, checked against the signed checkpoints in {anchor.path}")
        return
    where = f" at row {result.first_bad_seq}" if result.first_bad_seq is not None else ""
    console.print(f"[bold red]audit log TAMPERED[/]{where}: {result.reason}", markup=True)
    raise typer.Exit(1)


@audit_app.command("checkpoint")
def audit_checkpoint() -> None:
    """Sign the current head of the audit log now (once, for a log written before checkpoints existed;
    every audited action signs the head by itself). Refused when the chain is already broken.

    Example: kartlegg audit checkpoint
    """
    with store_or_fail() as store, store.begin() as conn:
        chain = audit_log.verify(conn)
        if not chain.ok:
            fail(f"the chain is broken at row {chain.first_bad_seq} ({chain.reason}); not signing it", code=1)
        try:
            cp = audit_log.checkpoint(conn, audit_log.anchor_for(store.settings))
        except (KeyFileError, audit_log.AnchorBroken) as exc:
            fail(str(exc))
    out.print("audit log empty: nothing to sign" if cp is None else f"signed row {cp.seq} ({cp.hash[:16]}...)")


@audit_app.command("list")
def audit_list(
    limit: Annotated[int, typer.Option(help="How many rows, newest first.")] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many newest rows.")] = 0,
) -> None:
    """Show the newest audit rows: who did what, when and why.

    Example: kartlegg audit list --limit 20
    """
    with store_or_fail() as store, store.connect() as conn:
        rows = audit_log.entries(conn, limit=max(limit, 1), offset=max(offset, 0))
    table = Table(title="audit log")
    for col in ("#", "when", "who", "action", "what", "justification"):
        table.add_column(col)
    for e in rows:
        table.add_row(str(e.seq), e.ts, e.actor, e.action, f"{e.object_type} {e.object_id}".strip(), e.justification)
    out.print(table)


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.add_typer(users_app, name="users")
    app.add_typer(audit_app, name="audit")
