"""Lists the workbench shows beside the triage queue: profiles and networks with filters, the headline
counts of "what needs me now", and sites seen under a new domain.

Each list is the link stage's own query (``kartlegg profiles``, ``kartlegg networks``,
``kartlegg site-aliases`` call the same functions), narrowed by the assessment's scores where a filter asks
for risk or likely minors. The rows hold every field a list can show; ``read.records.profile_list`` and
``network_list`` read them through ``audited_read`` and keep the fields the disclosure policy declares
(``views.profile_list`` / ``views.network_list``) for the context's mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, text

from kartlegg.assess.catalogue import load_catalogue
from kartlegg.extract.places import canonical_city
from kartlegg.link import network_cities
from kartlegg.link import query as link_query
from kartlegg.link.config import default_rules

PAGE = 50
#: networks are filtered by their stored summary: at most this many (a city's, with a city) are read first
MAX_NETWORKS = 5_000


@dataclass(frozen=True, slots=True)
class ListFilter:
    """The filters of the profile and network lists: city, period seen, new since, risk floor, minors."""

    city: str | None = None
    seen_from: str | None = None
    seen_to: str | None = None
    new_since: str | None = None
    min_risk: float | None = None
    minors: bool = False

    def as_details(self) -> dict[str, object]:
        """The filter as the audit row records it."""
        return {
            "city": self.city,
            "seen_from": self.seen_from,
            "seen_to": self.seen_to,
            "new_since": self.new_since,
            "min_risk": self.min_risk,
            "minors": self.minors,
        }


@dataclass(frozen=True, slots=True)
class Scored:
    risk: float | None
    minor: float | None
    minor_first: bool


@dataclass(frozen=True, slots=True)
class ProfileRow:
    """One row of the profile list: every field ``policy.yaml`` ``views.profile_list`` can show."""

    profile_id: str
    network_id: str | None
    first_seen: str | None
    last_seen: str | None
    new: bool
    ads: int
    aliases: list[str]
    ages: list[int]
    cities: list[str]
    circuit: bool
    risk_score: float | None
    minor_score: float | None
    minor_first: bool


@dataclass(frozen=True, slots=True)
class ProfilePage:
    """A page of list rows (``read.records`` projects them to the fields the mode shows)."""

    rows: list[Any]
    page: int
    more: bool
    week_start: str | None


def _scores(conn: Connection, ids: list[str]) -> dict[str, Scored]:
    if not ids:
        return {}
    threshold = load_catalogue().settings.minor_first_threshold
    stmt = text(
        "SELECT entity_id, risk_score, minor_score FROM scores WHERE entity_type = 'profile' AND entity_id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    return {
        str(r[0]): Scored(float(r[1]), float(r[2]), float(r[2]) >= threshold) for r in conn.execute(stmt, {"ids": ids})
    }


def _score_floor(min_risk: float | None, minors: bool) -> tuple[str, dict[str, Any]]:
    """The profiles whose scores pass the filter (the triage queue's minor threshold for ``minors``), as a
    condition on ``p.id``: the list is read in its own index order and each profile's score looked up by
    key, so a page costs the rows before it, not every scored profile (1.7 s at 1,000,000 ads as an IN list)."""
    where = ["s.entity_type = 'profile'", "s.entity_id = p.id"]
    params: dict[str, Any] = {}
    if minors:
        where.append("s.minor_score >= :score_m")
        params["score_m"] = load_catalogue().settings.minor_first_threshold
    if min_risk is not None:
        where.append("s.risk_score >= :score_r")
        params["score_r"] = min_risk
    return f"EXISTS (SELECT 1 FROM scores s WHERE {' AND '.join(where)})", params


def week_start(conn: Connection) -> str | None:
    """The first day of "this week": the link stage's new-profile window ending on the latest day seen
    (None when no profile has a readable date: dates come from what sites claim)."""
    try:
        return link_query.new_since_default(conn, default_rules().timeline.new_days)
    except ValueError:
        return None


def profiles(conn: Connection, f: ListFilter, page: int = 1) -> ProfilePage:
    """A page of profiles, most recently seen first, with their scores (``kartlegg profiles``' query)."""
    scored = _score_floor(f.min_risk, f.minors) if (f.minors or f.min_risk is not None) else None
    rows = link_query.list_profiles(
        conn,
        new_since=f.new_since,
        city=f.city,
        seen_from=f.seen_from,
        seen_to=f.seen_to,
        where_sql=scored,
        limit=PAGE + 1,
        offset=(page - 1) * PAGE,
    )
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    start = week_start(conn)
    return ProfilePage(profile_rows(conn, rows, start), page, more, start)


def profile_rows(conn: Connection, found: list[link_query.ProfileSummary], start: str | None) -> list[ProfileRow]:
    """The link stage's profile summaries as list rows, with their scores and "new since ``start``"."""
    scores = _scores(conn, [p.id for p in found])
    out = []
    for p in found:
        sc = scores.get(p.id)
        out.append(
            ProfileRow(
                p.id,
                p.network_id,
                p.first_seen,
                p.last_seen,
                bool(start and (p.first_seen or "") >= start),
                p.ads,
                p.aliases,
                p.ages,
                p.cities,
                p.circuit,
                sc.risk if sc else None,
                sc.minor if sc else None,
                bool(sc and sc.minor_first),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class NetworkRow:
    """One row of the network list: every field ``policy.yaml`` ``views.network_list`` can show."""

    network_id: str
    profiles: int
    ads: int
    first_seen: str | None
    last_seen: str | None
    cities: list[str]
    split: bool
    max_risk: float | None
    minors: int  #: members who are likely minors (the triage queue's threshold)


@dataclass(frozen=True, slots=True)
class NetworkPage:
    rows: list[Any]
    page: int
    more: bool


def _network_scores(conn: Connection, ids: list[str]) -> dict[str, tuple[float | None, int]]:
    """Per network: its highest member risk and how many members are likely minors."""
    if not ids:
        return {}
    threshold = load_catalogue().settings.minor_first_threshold
    # CROSS JOIN: SQLite then starts from the page's members (ix_profiles_network), never from every
    # profile score (4 s at 1,000,000 ads); PostgreSQL plans it as the inner join it is
    stmt = text(
        "SELECT p.network_id, MAX(s.risk_score), SUM(CASE WHEN s.minor_score >= :t THEN 1 ELSE 0 END) "
        "FROM profiles p CROSS JOIN scores s WHERE s.entity_type = 'profile' AND s.entity_id = p.id "
        "AND p.network_id IN :ids GROUP BY p.network_id"
    ).bindparams(bindparam("ids", expanding=True))
    return {
        str(r[0]): (None if r[1] is None else float(r[1]), int(r[2] or 0))
        for r in conn.execute(stmt, {"ids": ids, "t": threshold})
    }


def networks(conn: Connection, f: ListFilter, page: int = 1) -> NetworkPage:
    """A page of networks, largest first (``kartlegg networks``' query), filtered by their summaries."""
    by_city = bool(f.city) and network_cities.built(conn)
    others = any((f.seen_from, f.seen_to, f.new_since, f.min_risk is not None, f.minors))
    if not others and (by_city or not f.city):
        # a page in the list's index order (a city's networks through their city rows)
        found = link_query.list_networks(conn, top=PAGE + 1, offset=(page - 1) * PAGE, city=f.city or None)
    else:
        found = []
        keys = {f.city.strip().casefold(), (canonical_city(f.city) or f.city.strip()).casefold()} if f.city else None
        candidates = link_query.list_networks(conn, top=MAX_NETWORKS, city=f.city if by_city else None)
        for n in candidates:
            if keys and keys.isdisjoint(c.casefold() for c in n.cities):
                continue
            if f.seen_from and (n.last_seen or "") < f.seen_from:
                continue
            if f.seen_to and (n.first_seen or "9") > f.seen_to + "T99":
                continue
            if f.new_since and (n.first_seen or "") < f.new_since:
                continue
            found.append(n)
        if f.min_risk is not None or f.minors:
            sc = _network_scores(conn, [n.id for n in found])
            found = [
                n
                for n in found
                if (f.min_risk is None or (sc.get(n.id, (None, 0))[0] or 0.0) >= f.min_risk)
                and (not f.minors or sc.get(n.id, (None, 0))[1] > 0)
            ]
        found = found[(page - 1) * PAGE : page * PAGE + 1]
    more = len(found) > PAGE
    found = found[:PAGE]
    return NetworkPage(network_rows(conn, found), page, more)


def network_rows(conn: Connection, found: list[link_query.NetworkSummary]) -> list[NetworkRow]:
    """The link stage's network summaries as list rows, with their highest risk and likely minors."""
    sc = _network_scores(conn, [n.id for n in found])
    return [
        NetworkRow(n.id, n.profiles, n.ads, n.first_seen, n.last_seen, n.cities, n.split, *sc.get(n.id, (None, 0)))
        for n in found
    ]


@dataclass(frozen=True, slots=True)
class Headline:
    """What needs the reader now, each count with the filter of the list behind it."""

    week_start: str | None
    minors_now: int
    new_profiles: int
    active_networks: int
    site_aliases: int
    links: dict[str, str] = field(default_factory=dict)


def headline(conn: Connection) -> Headline:
    """Likely minors seen this week, profiles new this week, networks active this week, sites seen under a
    new domain: counts only (aggregate mode), each with the query string of its list."""
    start = week_start(conn)
    threshold = load_catalogue().settings.minor_first_threshold
    if start is None:
        return Headline(None, 0, 0, 0, len(_aliases(conn)))
    minors = conn.execute(
        text(
            "SELECT COUNT(*) FROM profiles p JOIN scores s ON s.entity_type = 'profile' AND s.entity_id = p.id "
            "WHERE s.minor_score >= :t AND p.last_seen >= :w"
        ),
        {"t": threshold, "w": start},
    ).scalar_one()
    new = conn.execute(text("SELECT COUNT(*) FROM profiles WHERE first_seen >= :w"), {"w": start}).scalar_one()
    active = conn.execute(
        text(
            "SELECT COUNT(*) FROM networks n WHERE n.profiles >= 2 AND EXISTS "
            "(SELECT 1 FROM profiles p WHERE p.network_id = n.id AND p.last_seen >= :w)"
        ),
        {"w": start},
    ).scalar_one()
    return Headline(
        start,
        int(minors),
        int(new),
        int(active),
        len(_aliases(conn)),
        {
            "minors": f"/profiles?minors=1&seen_from={start}",
            "new": f"/profiles?new_since={start}",
            "networks": f"/networks?seen_from={start}",
            "aliases": "/sites",
        },
    )


def _aliases(conn: Connection) -> list[link_query.SiteAliasRow]:
    return [r for r in link_query.list_site_aliases(conn) if r.strength == "alias"]


def site_aliases(conn: Connection, weak: bool = False) -> list[link_query.SiteAliasRow]:
    """Sites seen under another domain (``kartlegg site-aliases``); ``weak`` adds same-template-only pairs."""
    return [r for r in link_query.list_site_aliases(conn) if weak or r.strength == "alias"]


def valid_day(value: str | None) -> str | None:
    """An ISO day from a form, or None when empty; ``ValueError`` names a day that is not one."""
    value = (value or "").strip()
    if not value:
        return None
    return date.fromisoformat(value[:10]).isoformat()
