"""Link commands: profiles, profile, networks, network, hubs. Every read of person data goes through the read
layer (``kartlegg.read``): the policy's check, then the audit row, then the read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import Connection

from kartlegg.cli.common import fail, out, store_or_fail
from kartlegg.link import query
from kartlegg.link.config import default_rules
from kartlegg.read import Refused, audited_read, cli_context
from kartlegg.store.engine import Store

T = TypeVar("T")

_IDS = ("profile", "network")
Reason = Annotated[str, typer.Option(help="Why you look (case reference); kept in the audit log.")]


def _read(
    store: Store,
    purpose: str,
    object_type: str,
    object_id: str,
    reason: str,
    work: Callable[[Connection], T],
    details: dict[str, Any] | None = None,
) -> T:
    """A read of person data through the read layer: the policy's check (a reason for one profile or network),
    the audit row committed, then the read; a refusal is audited and the command exits 2."""
    try:
        return audited_read(
            store, cli_context(store.settings.actor, purpose, reason), "read", object_type, object_id, work, details
        )
    except Refused as exc:
        fail(f'{exc} (--reason "case 2026/114")')


_piped = Console(highlight=False, soft_wrap=True, width=200)


def _show(table: Table) -> None:
    """Print a table; piped output gets room for every column instead of the 80-column default."""
    (out if out.is_terminal else _piped).print(table)


def _join(values: list[Any], limit: int = 4) -> str:
    shown = ", ".join(str(v) for v in values[:limit])
    return shown + (f" (+{len(values) - limit})" if len(values) > limit else "")


def profiles(
    new_since: Annotated[
        str | None, typer.Option(help="Only profiles first seen on or after this date (YYYY-MM-DD).")
    ] = None,
    city: Annotated[str | None, typer.Option(help="Only profiles advertised in this city.")] = None,
    new: Annotated[bool, typer.Option("--new", help="Only profiles first seen in the last week of data.")] = False,
    circuit: Annotated[bool, typer.Option("--circuit", help="Only profiles moved between cities.")] = False,
    limit: Annotated[int, typer.Option(help="How many to show.")] = 50,
    reason: Reason = "",
) -> None:
    """List profiles (one person each), most recently seen first.

    "new" = first seen in the last week of data (rules.yaml timeline.new_days), else "recurring".

    Example: kartlegg profiles --new --city Malmö --reason "case 2026/114"
    """
    if new_since:
        try:
            date.fromisoformat(new_since)
        except ValueError:
            fail(f"--new-since must be a date like 2026-03-01, not {new_since!r}")
    if limit < 1:
        fail("--limit must be at least 1")
    with store_or_fail() as store:
        with store.connect() as conn:
            week_start = query.new_since_default(conn, default_rules().timeline.new_days)
        if new and not new_since:
            new_since = week_start
        since = new_since
        rows = _read(
            store,
            "profiles",
            "profiles",
            "*",
            reason,
            lambda conn: query.list_profiles(
                conn, new_since=since, city=city, circuit=True if circuit else None, limit=limit
            ),
            {"new_since": new_since, "city": city, "limit": limit},
        )
    table = Table(title=f"{len(rows)} profiles")
    for col in ("profile", "network", "first seen", "last seen", "new", "ads", "names", "ages", "cities", "circuit"):
        table.add_column(col, no_wrap=col in _IDS, min_width=18 if col in _IDS else None)
    for p in rows:
        table.add_row(
            p.id,
            p.network_id or "",
            p.first_seen or "",
            p.last_seen or "",
            "new" if week_start and (p.first_seen or "") >= week_start else "recurring",
            str(p.ads),
            _join(p.aliases),
            _join(p.ages),
            _join(p.cities),
            "yes" if p.circuit else "",
        )
    _show(table)


def profile(
    profile_id: Annotated[str, typer.Argument(help="Profile id, as shown by `kartlegg profiles`.")],
    reason: Reason = "",
) -> None:
    """One profile: its timeline, selectors, ads and why each ad was linked.

    Example: kartlegg profile P0a1b2c3d4e5f6a7b --reason "case 2026/114"
    """
    with store_or_fail() as store:
        detail = _read(store, "profile", "profile", profile_id, reason, lambda c: query.get_profile(c, profile_id))
        if detail is None:
            fail(f"no profile {profile_id!r}; list them with `kartlegg profiles`")
    s, tl = detail.summary, detail.timeline
    out.print(f"[bold]Profile {s.id}[/]  network {s.network_id or '-'}  ads {s.ads}")
    out.print(f"seen {tl.first_seen or '?'} .. {tl.last_seen or '?'} on {', '.join(tl.sites)}")
    out.print(f"names: {', '.join(tl.aliases) or '-'}   ages: {', '.join(map(str, tl.ages)) or '-'}")
    out.print("circuit: moved between cities" if tl.circuit else "circuit: no")
    for kind, values in sorted(detail.selectors.items()):
        out.print(f"{kind}: {_join(values, 8)}", markup=False)
    cities = Table(title="cities")
    for col in ("city", "first", "last", "ads"):
        cities.add_column(col)
    for c in tl.cities:
        cities.add_row(c.city, c.first or "", c.last or "", str(c.ads))
    _show(cities)
    ads = Table(title="ads")
    for col in ("posted", "site", "ad", "city", "title"):
        ads.add_column(col)
    for a in detail.ads:
        ads.add_row(a.posted_at or "", a.site, a.ad_key, a.city or "", a.title[:60])
    _show(ads)
    links = Table(title="why these ads are one person")
    for col in ("ad", "ad", "reason", "score"):
        links.add_column(col)
    for ln in detail.links:
        links.add_row(ln.a, ln.b, ln.reason, f"{ln.score:.2f}")
    _show(links)


def networks(
    top: Annotated[int, typer.Option(help="How many of the largest networks to show.")] = 20,
    reason: Reason = "",
) -> None:
    """The largest networks (profiles joined by shared phones, e-mails, handles, images or text templates).

    Example: kartlegg networks --top 10
    """
    if top < 1:
        fail("--top must be at least 1")
    with store_or_fail() as store:
        rows = _read(
            store, "networks", "networks", "*", reason, lambda c: query.list_networks(c, top=top), {"top": top}
        )
    table = Table(title=f"{len(rows)} largest networks")
    for col in ("network", "profiles", "ads", "first seen", "last seen", "cities", "note"):
        table.add_column(col, no_wrap=col in _IDS, min_width=18 if col in _IDS else None)
    for n in rows:
        table.add_row(
            n.id,
            str(n.profiles),
            str(n.ads),
            n.first_seen or "",
            n.last_seen or "",
            _join(n.cities),
            "split from a larger component" if n.split else "",
        )
    _show(table)


def network(
    network_id: Annotated[str, typer.Argument(help="Network id, as shown by `kartlegg networks`.")],
    reason: Reason = "",
) -> None:
    """One network: its members, the selectors they share, and its cities over time.

    Example: kartlegg network N0a1b2c3d4e5f6a7b --reason "case 2026/114"
    """
    with store_or_fail() as store:
        detail, hubs = _read(
            store,
            "network",
            "network",
            network_id,
            reason,
            lambda c: (query.get_network(c, network_id), query.list_hubs(c, limit=20)),
        )
        if detail is None:
            fail(f"no network {network_id!r}; list them with `kartlegg networks`")
    s = detail.summary
    out.print(f"[bold]Network {s.id}[/]  profiles {s.profiles}  ads {s.ads}  seen {s.first_seen} .. {s.last_seen}")
    members = Table(title="members")
    for col in ("profile", "names", "ages", "ads", "cities", "last seen"):
        members.add_column(col, no_wrap=col in _IDS, min_width=18 if col in _IDS else None)
    for m in detail.members:
        members.add_row(m.id, _join(m.aliases), _join(m.ages), str(m.ads), _join(m.cities), m.last_seen or "")
    _show(members)
    shared = Table(title="shared selectors")
    for col in ("kind", "value", "profile pairs"):
        shared.add_column(col)
    for sh in detail.shared:
        shared.add_row(sh.kind, sh.value or "(similar text)", str(sh.links))
    _show(shared)
    weeks = Table(title="cities over time")
    for col in ("week", "city", "ads"):
        weeks.add_column(col)
    for w in detail.weeks:
        weeks.add_row(w.week, w.city, str(w.ads))
    _show(weeks)
    if hubs:
        out.print("excluded as hubs (shared by unrelated persons): " + _join([f"{h.kind} {h.value}" for h in hubs], 10))


def hubs(limit: Annotated[int, typer.Option(help="How many to show.")] = 50) -> None:
    """Selectors excluded from linking because unrelated persons share them (site support lines, stock photos).

    Example: kartlegg hubs
    """
    with store_or_fail() as store, store.connect() as conn:
        rows = query.list_hubs(conn, limit=limit)
    table = Table(title=f"{len(rows)} excluded hub selectors")
    for col in ("kind", "value", "ads", "sites", "names", "why"):
        table.add_column(col)
    for h in rows:
        table.add_row(h.kind, h.value, str(h.ads), str(h.sites), str(h.names), h.reason)
    _show(table)


def site_aliases(
    weak: Annotated[bool, typer.Option(help="Also list sites that only share a page template.")] = False,
) -> None:
    """Sites seen under another domain: shared ads and selectors, the same page template, the hand-over time.

    Example: kartlegg site-aliases --weak
    """
    with store_or_fail() as store, store.connect() as conn:
        rows = [r for r in query.list_site_aliases(conn) if weak or r.strength == "alias"]
    table = Table(title=f"{len(rows)} site aliases")
    for col in ("site", "same as", "kind", "score", "why"):
        table.add_column(col)
    for r in rows:
        kind = "same site" if r.strength == "alias" else "same template only"
        table.add_row(r.site_a, r.site_b, kind, f"{r.score:.2f}", r.reason)
    _show(table)


def register(app: typer.Typer) -> None:
    app.command()(profiles)
    app.command()(profile)
    app.command()(networks)
    app.command()(network)
    app.command()(hubs)
    app.command("site-aliases")(site_aliases)
