"""``kartlegg maltego``: Maltego local transforms (the ``[maltego]`` extra; src/kartlegg/maltego/)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated
from urllib.parse import unquote

import typer

from kartlegg.cli.common import fail, out, store_or_fail

maltego_app = typer.Typer(
    help=(
        "Maltego local transforms: phone, e-mail, handle or ad URL -> ads, persons, networks; person -> "
        "contact selectors. Every run is checked against the policy and audited.\n\n"
        "Example: kartlegg maltego mtz --reason 'case 2026/114' -o kartlegg.mtz   (then Import Config in Maltego)"
    ),
    no_args_is_help=True,
)


@maltego_app.callback()
def _options(
    ctx: typer.Context,
    role: Annotated[str, typer.Option(help="Policy role the transforms read as (set by the .mtz).")] = "analyst",
    reason: Annotated[str, typer.Option(help="Case reason recorded with every read (set by the .mtz).")] = "",
    home: Annotated[str, typer.Option(help="KARTLEGG_HOME of the store to read (set by the .mtz).")] = "",
) -> None:
    ctx.obj = {"role": unquote(role), "reason": unquote(reason)}
    if home:
        os.environ["KARTLEGG_HOME"] = unquote(home)


@maltego_app.command("local")
def local(
    ctx: typer.Context,
    transform: Annotated[str, typer.Argument(help="Transform name (kartlegg maltego mtz lists them).")],
    value: Annotated[str, typer.Argument(help="The entity's value.")],
    properties: Annotated[str, typer.Argument(help="The entity's properties, key=value#key=value.")] = "",
) -> None:
    """What Maltego runs: one transform on one entity; Maltego's response XML on stdout."""
    from maltego_trx.maltego import MaltegoMsg

    from kartlegg.maltego.transforms import run
    from kartlegg.read import ReadContext

    actor = os.environ.get("KARTLEGG_ACTOR") or _os_user()
    read_ctx = ReadContext(actor, ctx.obj["role"], "graph", " ".join(ctx.obj["reason"].split()), "full")
    msg = MaltegoMsg(LocalArgs=[value, properties] if properties else [value])
    with store_or_fail() as store:
        sys.stdout.write(run(transform, msg, store, read_ctx) + "\n")


@maltego_app.command("mtz")
def mtz(
    reason: Annotated[str, typer.Option(help="Case reason recorded with every transform run (required).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The .mtz file to write.")] = Path("kartlegg.mtz"),
    role: Annotated[str, typer.Option(help="Policy role the transforms read as.")] = "analyst",
) -> None:
    """Write the Maltego configuration (.mtz) of kartlegg's local transforms for this store and case."""
    from kartlegg.config import load_settings
    from kartlegg.maltego.config import write_mtz
    from kartlegg.read import load_policy

    policy = load_policy()
    if role not in policy.roles:
        fail(f"unknown role {role!r}; the policy has {', '.join(policy.roles)}")
    if not policy.reason_ok(reason):
        fail(f"give a case reason of at least {policy.reason.min_length} characters (--reason)")
    settings = load_settings()
    exe = Path(sys.executable).parent / "kartlegg"
    names = write_mtz(
        output,
        command=str(exe if exe.exists() else Path(sys.argv[0]).resolve()),
        role=role,
        reason=reason,
        home=Path(settings.home).resolve(),
        working_dir=Path.cwd(),
    )
    out.print(f"wrote {output}: {len(names)} local transforms ({', '.join(names)}); in Maltego: Import Config")


def _os_user() -> str:
    import getpass

    return getpass.getuser()


def register(app: typer.Typer) -> None:
    app.add_typer(maltego_app, name="maltego")
