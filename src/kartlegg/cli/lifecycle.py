"""Lifecycle commands: ``erase``, ``retention plan|apply``, ``exchange request|answer|match``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import orjson
import typer

from kartlegg.cli.common import fail, out, store_or_fail


def erase(
    kind: Annotated[str, typer.Argument(help="What to erase: ad, profile or selector.")],
    ref: Annotated[
        str,
        typer.Argument(
            help="The ad (id or SITE/AD-KEY), the profile id, or the selector (phone:+4670..., email:..., "
            "handle:..., or a bare number or address): a selector erases every ad that carries it."
        ),
    ],
    reason: Annotated[str, typer.Option(help="The decision or case reference behind the erasure (audited).")],
    region: Annotated[
        str | None, typer.Option(help="Country (SE, NO, DK) of a phone number given without its country code.")
    ] = None,
) -> None:
    """Erase an ad, a person's ads, or every ad carrying a selector: from every table, the search index, the
    archived pages, links and scores; a keyed tombstone keeps a re-import or re-crawl from bringing it back.

    Example: kartlegg erase ad 1234567890 --reason "court order 2026/12"
    Example: kartlegg erase selector phone:+46701234567 --reason "data subject request DSR-88"
    """
    from kartlegg.lifecycle.erase import EraseError
    from kartlegg.lifecycle.erase import erase as run_erase

    with store_or_fail() as store:
        try:
            result = run_erase(store, kind, ref, reason=reason, actor=store.settings.actor, region=region)
        except EraseError as exc:
            fail(str(exc))
    out.print(
        f"erased {result.ads} ad(s), {result.versions} version(s), {result.warc_records} archived page(s) "
        f"and {result.warc_other} other archived page(s) that showed them, in {result.warc_files} WARC file(s); "
        "site furniture, persons, networks and scores rebuilt"
    )


retention_app = typer.Typer(help="Time limits from the retention policy (retention.yaml).", no_args_is_help=True)


@retention_app.command("plan")
def retention_plan(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    policy: Annotated[
        Path | None, typer.Option(help="A policy file instead of $KARTLEGG_RETENTION or the default.")
    ] = None,
) -> None:
    """List what the retention policy says must go today, and why (changes nothing).

    Example: kartlegg retention plan
    """
    from kartlegg.lifecycle.retention import PolicyError, load_policy, plan
    from kartlegg.lifecycle.retention import as_json as plan_json

    try:
        pol = load_policy(policy)
    except PolicyError as exc:
        fail(str(exc))
    with store_or_fail() as store:
        p = plan(store, pol)
    if as_json:
        out.print_json(orjson.dumps(plan_json(p)).decode())
        return
    for name, cut in p.cutoffs.items():
        flag = " (ASSUMPTION: confirm with your legal adviser)" if pol.classes[name].assumption else ""
        out.print(f"{name}: keep what was seen on or after {cut}; review by {p.reviews[name]}{flag}", markup=False)
    for item in p.items:
        out.print(f"remove {item.data_class} {item.ref}: {item.why}", markup=False)
    for item in p.held:
        out.print(f"keep {item.data_class} {item.ref}: {item.why}", markup=False)
    out.print(f"{len(p.items)} to remove, {len(p.held)} kept for open operations")


@retention_app.command("apply")
def retention_apply(
    reason: Annotated[str, typer.Option(help="The policy decision or schedule behind this run (audited).")],
    policy: Annotated[
        Path | None, typer.Option(help="A policy file instead of $KARTLEGG_RETENTION or the default.")
    ] = None,
) -> None:
    """Remove what `retention plan` lists, through the same erasure as `kartlegg erase`; audited.

    Example: kartlegg retention apply --reason "monthly retention run, policy 2026-01"
    """
    from kartlegg.lifecycle.erase import EraseError
    from kartlegg.lifecycle.retention import PolicyError, apply, load_policy

    try:
        pol = load_policy(policy)
    except PolicyError as exc:
        fail(str(exc))
    with store_or_fail() as store:
        try:
            done = apply(store, reason=reason, actor=store.settings.actor, policy=pol)
        except EraseError as exc:
            fail(str(exc))
    n_ads = done.erasure.ads if done.erasure else 0
    out.print(
        f"removed {n_ads} ads and {done.login_attempts} login attempts; "
        f"{len(done.plan.held)} expired ads kept for open operations"
    )


exchange_app = typer.Typer(
    help="Match selectors with a partner unit without disclosing them (private set intersection, as files).",
    no_args_is_help=True,
)
PartnersOption = Annotated[
    Path | None,
    typer.Option(
        "--partners",
        help="The partner units' public keys (YAML 'partners: {NAME: KEY}'; default KARTLEGG_PARTNERS or "
        "HOME/partners.yaml).",
    ),
]
ReasonOption = Annotated[str, typer.Option(help="The case or cooperation the exchange serves (audited).")]


def _partners(path: Path | None) -> dict[str, str] | None:
    from kartlegg.lifecycle.signing import SigningError, load_partners

    if path is None:
        return None
    try:
        return load_partners(path)
    except SigningError as exc:
        fail(str(exc))


@exchange_app.command("key")
def exchange_key() -> None:
    """Print this unit's public key, for the partner units' partners.yaml (made on first use).

    Example: kartlegg exchange key
    """
    from kartlegg.lifecycle.signing import SigningError, public_hex, unit_key

    with store_or_fail() as store:
        try:
            key = public_hex(unit_key(store.settings))
        except SigningError as exc:
            fail(str(exc))
        out.print(key, markup=False)
        out.print(
            f"give this public key to each partner unit; their keys go in {store.settings.partners_file}", style="dim"
        )


@exchange_app.command("request")
def exchange_request(
    out_file: Annotated[Path, typer.Argument(help="The request file to hand to the partner.")],
    reason: ReasonOption,
    partner: Annotated[
        str, typer.Option(help="Who the request is for: a name in the partner keys (only it can answer).")
    ],
    size_only: Annotated[
        bool, typer.Option("--size-only", help="Learn only how many selectors the partner also holds.")
    ] = False,
    days: Annotated[int, typer.Option(min=1, max=90, help="Days until the request expires.")] = 7,
    kind: Annotated[list[str] | None, typer.Option(help="Selector kinds to match (phone, email, handle).")] = None,
    partners: PartnersOption = None,
) -> None:
    """Write a request holding this unit's selectors, blinded: the partner cannot read them.

    Example: kartlegg exchange request req.json --partner "NO Kripos" --reason "EMPACT AD 2026-11"
    """
    from kartlegg.lifecycle import exchange as ex

    kinds = tuple(kind or ex.KINDS)
    if set(kinds) - set(ex.KINDS):
        fail(f"unknown selector kind; kinds: {', '.join(ex.KINDS)}")
    with store_or_fail() as store:
        try:
            done = ex.request(
                store,
                out_file,
                reason=reason,
                actor=store.settings.actor,
                partner=partner,
                partners=_partners(partners),
                reveal=not size_only,
                days=days,
                kinds=kinds,
            )
        except ex.ExchangeError as exc:
            fail(str(exc))
    out.print(f"request {done.id}: {done.selectors} selectors, blinded, in {out_file}; expires {done.expires}")


@exchange_app.command("answer")
def exchange_answer(
    request_file: Annotated[Path, typer.Argument(help="The partner's request file.")],
    out_file: Annotated[Path, typer.Argument(help="The answer file to hand back.")],
    reason: ReasonOption,
    partners: PartnersOption = None,
) -> None:
    """Answer a partner's request with this unit's selectors, blinded; learns only the request's size.

    Example: kartlegg exchange answer req.json answer.json --reason "EMPACT AD 2026-11"
    """
    from kartlegg.lifecycle import exchange as ex

    with store_or_fail() as store:
        try:
            done = ex.answer(
                store, request_file, out_file, reason=reason, actor=store.settings.actor, partners=_partners(partners)
            )
        except ex.ExchangeError as exc:
            fail(str(exc))
    out.print(f"answered request {done.id} ({done.asked} selectors asked) in {out_file}")


@exchange_app.command("match")
def exchange_match(
    answer_file: Annotated[Path, typer.Argument(help="The partner's answer to one of our requests.")],
    reason: ReasonOption,
    partners: PartnersOption = None,
) -> None:
    """Read a partner's answer: which of our selectors the partner also holds (or how many).

    Example: kartlegg exchange match answer.json --reason "EMPACT AD 2026-11"
    """
    from kartlegg.lifecycle import exchange as ex

    with store_or_fail() as store:
        try:
            done = ex.match(store, answer_file, reason=reason, actor=store.settings.actor, partners=_partners(partners))
        except ex.ExchangeError as exc:
            fail(str(exc))
    for sel in done.selectors:
        out.print(sel, markup=False)
    out.print(f"{done.size} of our selectors are also held by the partner (request {done.id})")


def readmit(
    refs: Annotated[list[str], typer.Argument(help="Erased ads: SITE/AD-KEY or ad id.")],
    reason: Annotated[str, typer.Option(help="The decision to take them in again (audited).")],
) -> None:
    """Lift erased ads' tombstones, so the next import or crawl takes them in again (audited).

    Example: kartlegg readmit rosa.example/1234 --reason "court reversed DSR 2026/7"
    """
    from kartlegg.lifecycle.erase import EraseError
    from kartlegg.lifecycle.erase import readmit as run_readmit

    with store_or_fail() as store:
        try:
            n = run_readmit(store, refs, reason=reason, actor=store.settings.actor)
        except EraseError as exc:
            fail(str(exc))
    out.print(f"{n} erased ad(s) may be imported or crawled again")


def register(app: typer.Typer) -> None:
    app.command()(erase)
    app.command()(readmit)
    app.add_typer(retention_app, name="retention")
    app.add_typer(exchange_app, name="exchange")
