"""Link commands: profiles, profile, networks, network, hubs. Every read of person data goes through the read
layer (``kartlegg.read``): the policy's check, then the audit row, then the read; ``profile`` and
``network`` print the read layer's records (``read.records``), which hold only the fields the disclosure
policy gives the mode."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, TypeVar

import orjson
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlalchemy import Connection

from kartlegg.cli.common import fail, out, store_or_fail
from kartlegg.link import query
from kartlegg.link.config import default_rules
from kartlegg.read import AuditUnavailable, PolicyError, Refused, audited_read, cli_context, lists, records
from kartlegg.read.policy import Mode

T = TypeVar("T")

Reason = Annotated[str, typer.Option(help="Why you look (case reference); kept in the audit log.")]
Pseudonymise = Annotated[
    bool, typer.Option("--pseudonymise", help="Selectors as keyed tokens, free text scrubbed (to share outside).")
]
AsJson = Annotated[bool, typer.Option("--json", help="The record as JSON instead of text.")]
_ID_COLUMNS = ("profile_id", "a", "b", "id")


def _disclose(work: Callable[[], T]) -> T:
    """A read-layer call: a refusal (no reason, a mode the policy refuses), a broken policy file or an
    unwritable audit log is a clear error, never a traceback."""
    try:
        return work()
    except Refused as exc:
        fail(f'{exc} (--reason "case 2026/114")')
    except PolicyError as exc:
        fail(str(exc))
    except AuditUnavailable:
        fail("the audit log cannot be written, so nothing is read; tell the administrator", code=1)


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
    pseudonymise: Pseudonymise = False,
    as_json: AsJson = False,
) -> None:
    """List profiles (one person each), most recently seen first.

    "new" = first seen in the last week of data (rules.yaml timeline.new_days), else "recurring".

    Shows the fields the disclosure policy gives the mode (full, or --pseudonymise: names left out).
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

        def read(conn: Connection) -> lists.ProfilePage:
            found = query.list_profiles(
                conn, new_since=since, city=city, circuit=True if circuit else None, limit=limit
            )
            return lists.ProfilePage(lists.profile_rows(conn, found, week_start), 1, False, week_start)

        ctx = cli_context(store.settings.actor, "profiles", reason, _mode(pseudonymise))
        details = {"new_since": new_since, "city": city, "limit": limit}
        rows = _disclose(lambda: records.person_list(store, ctx, "profile_list", read, details, action="read")).rows
    _list(f"{len(rows)} profiles", rows, as_json, {"new": lambda v: "new" if v else "recurring"})


def profile(
    profile_id: Annotated[str, typer.Argument(help="Profile id, as shown by `kartlegg profiles`.")],
    reason: Reason = "",
    pseudonymise: Pseudonymise = False,
    as_json: AsJson = False,
) -> None:
    """One profile: its timeline, selectors, ads and why each ad was linked.

    Shows the fields the disclosure policy gives the mode (full, or --pseudonymise: selectors as keyed tokens).
    Example: kartlegg profile P0a1b2c3d4e5f6a7b --reason "case 2026/114" --pseudonymise
    """
    with store_or_fail() as store:
        mode = _mode(pseudonymise)
        actor = store.settings.actor
        rec = _disclose(lambda: records.profile(store, cli_context(actor, "profile", reason, mode), profile_id))
        if rec is None:
            fail(f"no profile {profile_id!r}; list them with `kartlegg profiles`")
    _render(f"Profile {profile_id}", rec, as_json)


def networks(
    top: Annotated[int, typer.Option(help="How many of the largest networks to show.")] = 20,
    reason: Reason = "",
    pseudonymise: Pseudonymise = False,
    as_json: AsJson = False,
) -> None:
    """The largest networks (profiles joined by shared phones, e-mails, handles, images or text templates).

    Example: kartlegg networks --top 10 --json
    """
    if top < 1:
        fail("--top must be at least 1")
    with store_or_fail() as store:

        def read(conn: Connection) -> lists.NetworkPage:
            return lists.NetworkPage(lists.network_rows(conn, query.list_networks(conn, top=top)), 1, False)

        ctx = cli_context(store.settings.actor, "networks", reason, _mode(pseudonymise))
        page = _disclose(lambda: records.person_list(store, ctx, "network_list", read, {"top": top}, action="read"))
    _list(
        f"{len(page.rows)} largest networks",
        page.rows,
        as_json,
        {"split": lambda v: "split from a larger component" if v else ""},
    )


def _mode(pseudonymise: bool) -> Mode:
    return "pseudonymised" if pseudonymise else "full"


def _list(title: str, rows: list[Any], as_json: bool, words: dict[str, Callable[[Any], str]]) -> None:
    """A list's rows, each holding the fields the disclosure policy gives the mode, as a table or a JSON array."""
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()
        return
    table = Table(title=title)
    cols = list(rows[0]) if rows else []
    for col in cols:
        wide = col in ("profile_id", "network_id")
        table.add_column(col.replace("_", " "), no_wrap=wide, min_width=18 if wide else None)
    for row in rows:
        table.add_row(*(_word(c, row[c], words) for c in cols))
    _show(table)


def _word(col: str, value: Any, words: dict[str, Callable[[Any], str]]) -> str | Text:
    if col in words:
        return words[col](value)
    if isinstance(value, bool):
        return "yes" if value else ""
    return _cell(value)


def network(
    network_id: Annotated[str, typer.Argument(help="Network id, as shown by `kartlegg networks`.")],
    reason: Reason = "",
    pseudonymise: Pseudonymise = False,
    as_json: AsJson = False,
) -> None:
    """One network: its members, the selectors they share, its cities over time and its graph.

    Shows the fields the disclosure policy gives the mode (full, or --pseudonymise: selectors as keyed tokens).
    Selectors excluded as hubs never tie a network: `kartlegg hubs` lists them.
    Example: kartlegg network N0a1b2c3d4e5f6a7b --reason "case 2026/114"
    """
    with store_or_fail() as store:
        mode = _mode(pseudonymise)
        actor = store.settings.actor
        rec = _disclose(lambda: records.network(store, cli_context(actor, "network", reason, mode), network_id))
        if rec is None:
            fail(f"no network {network_id!r}; list them with `kartlegg networks`")
    _render(f"Network {network_id}", rec, as_json)


#: table titles of a record's list fields (any other field is titled by its name)
_TITLES = {
    "timeline": "ads",
    "links": "why these ads are one person",
    "members": "members",
    "shared": "shared selectors",
    "weeks": "cities over time",
    "nodes": "graph: nodes",
    "edges": "graph: edges",
}


def _cell(value: Any) -> Text:
    if isinstance(value, list | tuple):
        return Text(_join(list(value), 8))
    if isinstance(value, float):
        return Text(f"{value:.2f}")
    return Text("" if value is None else str(value))


def _render(title: str, rec: dict[str, Any], as_json: bool) -> None:
    """Every field of the record and nothing else: facts as lines, lists of rows as tables."""
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(rec, option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()
        return
    out.print(title, style="bold", markup=False)
    tables: list[tuple[str, list[dict[str, Any]]]] = []
    for name, value in rec.items():
        if isinstance(value, dict):  # a nested record (a network's graph): its fields in turn
            tables += [(k, v) for k, v in value.items() if isinstance(v, list)]
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            tables.append((name, value))
        elif isinstance(value, list) and name in _TITLES:
            out.print(f"{_TITLES[name]}: none", markup=False)
        else:
            out.print(f"{name.replace('_', ' ')}: {_cell(value)}", markup=False)
    for name, rows in tables:
        title = "why they are linked" if name == "links" and "members" in rec else _TITLES.get(name, name)
        table = Table(title=title)
        columns = list(dict.fromkeys(k for row in rows for k in row))
        for col in columns:
            table.add_column(col.replace("_", " "), overflow="fold", no_wrap=col in _ID_COLUMNS)
        for row in rows:
            table.add_row(*(_cell(row.get(col)) for col in columns))
        _show(table)


def hubs(limit: Annotated[int, typer.Option(help="How many to show.")] = 50) -> None:
    """Selectors excluded from linking because unrelated persons share them (site support lines, stock photos).

    Example: kartlegg hubs
    """
    with store_or_fail() as store:
        ctx = cli_context(store.settings.actor, "hubs")
        # hub phones and e-mails are selectors some person or controller uses: an audited read like any other
        rows = _disclose(
            lambda: audited_read(
                store, ctx, "read", "hubs", "all", lambda conn: query.list_hubs(conn, limit=limit), {"limit": limit}
            )
        )
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
