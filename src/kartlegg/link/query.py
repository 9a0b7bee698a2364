"""Reading link results: the typed views the CLI, the web workbench and reports share.

These functions only read; callers that show person data to someone record the read in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.extract.places import canonical_city
from kartlegg.link.timeline import Timeline
from kartlegg.store.ads import current_version


@dataclass(frozen=True, slots=True)
class ProfileSummary:
    id: str
    network_id: str | None
    first_seen: str | None
    last_seen: str | None
    ads: int
    sites: list[str]
    aliases: list[str]
    ages: list[int]
    cities: list[str]
    circuit: bool


@dataclass(frozen=True, slots=True)
class AdRef:
    ad_id: int
    site: str
    ad_key: str
    url: str | None
    posted_at: str | None
    city: str | None
    title: str


@dataclass(frozen=True, slots=True)
class LinkReason:
    """One recorded link: between two ads (``level`` "ad") or two profiles ("profile"), and why."""

    level: str
    a: str
    b: str
    reason: str
    score: float


@dataclass(frozen=True, slots=True)
class ProfileDetail:
    summary: ProfileSummary
    timeline: Timeline
    selectors: dict[str, list[str]]
    ads: list[AdRef]
    links: list[LinkReason]


@dataclass(frozen=True, slots=True)
class NetworkSummary:
    id: str
    profiles: int
    ads: int
    first_seen: str | None
    last_seen: str | None
    cities: list[str]
    split: bool


@dataclass(frozen=True, slots=True)
class SharedSelector:
    kind: str
    value: str
    links: int  #: how many profile pairs of the network it joins


@dataclass(frozen=True, slots=True)
class CityWeek:
    week: str
    city: str
    ads: int


@dataclass(frozen=True, slots=True)
class NetworkDetail:
    summary: NetworkSummary
    members: list[ProfileSummary]
    shared: list[SharedSelector]
    weeks: list[CityWeek]
    links: list[LinkReason]


@dataclass(frozen=True, slots=True)
class HubSelector:
    kind: str
    value: str
    ads: int
    sites: int
    names: int
    reason: str


@dataclass(frozen=True, slots=True)
class SiteAliasRow:
    site_a: str
    site_b: str
    score: float
    reason: str
    shared: int = 0
    share: float = 0.0
    template: float | None = None  #: page-template similarity (None: no templates on one side)
    gap_days: int | None = None
    strength: str = "alias"  #: "alias" (the same site) or "template" (same page template only: weaker)


_PROFILE_COLS = "p.id, p.network_id, p.first_seen, p.last_seen, p.ads, p.data"


def _profile(row: Any) -> tuple[ProfileSummary, dict[str, Any]]:
    data = orjson.loads(row[5])
    return (
        ProfileSummary(
            id=row[0],
            network_id=row[1],
            first_seen=row[2],
            last_seen=row[3],
            ads=int(row[4]),
            sites=list(data.get("sites", [])),
            aliases=list(data.get("aliases", [])),
            ages=[int(a) for a in data.get("ages", [])],
            cities=[c[0] for c in data.get("cities", [])],
            circuit=bool(data.get("circuit", False)),
        ),
        data,
    )


def list_profiles(
    conn: Connection,
    *,
    new_since: str | None = None,
    city: str | None = None,
    circuit: bool | None = None,
    limit: int = 100,
    offset: int = 0,
    seen_from: str | None = None,
    seen_to: str | None = None,
    where_sql: tuple[str, dict[str, Any]] | None = None,
) -> list[ProfileSummary]:
    """Profiles, most recently seen first; ``new_since`` (ISO date) keeps those first seen on or after it,
    ``seen_from``/``seen_to`` those seen within the period, ``where_sql`` those a later
    stage's condition on ``p.id`` keeps (SQL and its parameters, such as a score floor: the page is then
    still read in the list's index order and stops after it, instead of an IN list of every match)."""
    where: list[str] = []
    params: dict[str, Any] = {"lim": limit, "off": offset}
    if new_since:
        where.append("p.first_seen >= :since")
        params["since"] = new_since[:10]
    if seen_from:
        where.append("p.last_seen >= :seen_from")
        params["seen_from"] = seen_from[:10]
    if seen_to:
        where.append("p.first_seen <= :seen_to")
        params["seen_to"] = seen_to[:10] + "T99"  # the whole last day, whatever the time part
    if where_sql is not None:
        where.append(f"({where_sql[0]})")
        params.update(where_sql[1])
    if city:
        # cities are stored by their canonical names ("--city Malmo" finds Malmö); SQLite's LOWER is ASCII-only
        params["canon"] = canonical_city(city) or city.strip()
        params["city"] = city.strip().lower()
        match = "(c.city = :canon OR LOWER(c.city) = :city)"
        if _common_city(conn, params["canon"]):
            # many persons there: read the list in its index order and look each one's city up by key, so
            # a page stops early (with a score filter too) instead of sorting all of the city's persons
            where.append(f"EXISTS (SELECT 1 FROM profile_cities c WHERE c.profile_id = p.id AND {match})")
        else:
            where.append(f"p.id IN (SELECT c.profile_id FROM profile_cities c WHERE {match})")
    sql = f"SELECT {_PROFILE_COLS} FROM profiles p"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY p.last_seen DESC, p.ads DESC, p.id LIMIT :lim OFFSET :off"
    out = [_profile(r)[0] for r in conn.execute(text(sql), params)]
    if circuit is not None:
        out = [p for p in out if p.circuit == circuit]
    return out


#: a city with at least this many persons is filtered row by row in list order (see ``list_profiles``)
COMMON_CITY = 10_000


def _common_city(conn: Connection, canon: str) -> bool:
    n = conn.execute(
        text("SELECT COUNT(*) FROM (SELECT 1 FROM profile_cities WHERE city = :c LIMIT :n) t"),
        {"c": canon, "n": COMMON_CITY},
    ).scalar_one()
    return int(n) >= COMMON_CITY


def latest_seen(conn: Connection) -> str | None:
    """The most recent day any profile was seen: "this week" is counted back from here, not from today."""
    row = conn.execute(text("SELECT MAX(last_seen) FROM profiles")).first()
    return str(row[0]) if row and row[0] else None


def new_since_default(conn: Connection, days: int) -> str | None:
    """The first day of the ``days``-day window that ends on the latest day seen."""
    latest = latest_seen(conn)
    if not latest:
        return None
    from datetime import date, timedelta

    return (date.fromisoformat(latest[:10]) - timedelta(days=days - 1)).isoformat()


def profile_of_ad(conn: Connection, ad_id: int) -> str | None:
    row = conn.execute(text("SELECT profile_id FROM profile_ads WHERE ad_id = :a"), {"a": ad_id}).first()
    return str(row[0]) if row else None


def _links(conn: Connection, level: str, ids: list[str], limit: int) -> list[LinkReason]:
    out: list[LinkReason] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        params: dict[str, Any] = {f"i{k}": v for k, v in enumerate(chunk)}
        params["lvl"] = level
        marks = ", ".join(f":i{k}" for k in range(len(chunk)))
        rows = conn.execute(
            text(
                f"SELECT level, a, b, reason, score FROM links WHERE level = :lvl AND (a IN ({marks}) "
                f"OR b IN ({marks})) ORDER BY score DESC, a, b"
            ),
            params,
        )
        out.extend(LinkReason(r[0], r[1], r[2], r[3], float(r[4])) for r in rows)
        if len(out) >= limit:
            break
    return out[:limit]


def get_profile(conn: Connection, profile_id: str, *, max_ads: int = 500) -> ProfileDetail | None:
    row = conn.execute(text(f"SELECT {_PROFILE_COLS} FROM profiles p WHERE p.id = :id"), {"id": profile_id}).first()
    if row is None:
        return None
    summary, data = _profile(row)
    ad_rows = conn.execute(
        text(
            "SELECT a.id, s.name, a.ad_key, v.url, v.posted_at, v.city, v.title FROM profile_ads pa "
            "JOIN ads a ON a.id = pa.ad_id JOIN sites s ON s.id = a.site_id "
            f"JOIN ad_versions v ON {current_version()} "
            "WHERE pa.profile_id = :id ORDER BY v.posted_at, a.id LIMIT :n"
        ),
        {"id": profile_id, "n": max_ads},
    ).all()
    ads = [AdRef(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]) for r in ad_rows]
    links = _links(conn, "ad", [str(a.ad_id) for a in ads], limit=max_ads)
    return ProfileDetail(
        summary=summary,
        timeline=Timeline.from_json(summary.first_seen, summary.last_seen, data),
        selectors={k: list(v) for k, v in data.get("selectors", {}).items()},
        ads=ads,
        links=links,
    )


def _network(row: Any) -> tuple[NetworkSummary, dict[str, Any]]:
    data = orjson.loads(row[1])
    return (
        NetworkSummary(
            id=row[0],
            profiles=int(row[2]),
            ads=int(row[3]),
            first_seen=data.get("first_seen"),
            last_seen=data.get("last_seen"),
            cities=list(data.get("cities", [])),
            split=bool(data.get("split", False)),
        ),
        data,
    )


def list_networks(
    conn: Connection, *, top: int = 20, min_profiles: int = 2, offset: int = 0, city: str | None = None
) -> list[NetworkSummary]:
    """The largest networks (by profiles, then ads); singletons (independent persons) left out by default.

    ``city`` keeps those seen there (as written or by its canonical name, any case), through
    ``network_cities`` (``link.network_cities``; a store linked before it has none: see ``built`` there)."""
    params: dict[str, Any] = {"m": min_profiles, "n": top, "o": offset}
    if city:
        sql = (
            "SELECT n.id, n.data, n.profiles, n.ads FROM networks n JOIN network_cities c ON c.network_id = n.id "
            "WHERE c.city_key IN (:k1, :k2) AND n.profiles >= :m"
        )
        params["k1"] = city.strip().casefold()
        params["k2"] = (canonical_city(city) or city.strip()).casefold()
    else:
        sql = "SELECT n.id, n.data, n.profiles, n.ads FROM networks n WHERE n.profiles >= :m"
    rows = conn.execute(text(sql + " ORDER BY n.profiles DESC, n.ads DESC, n.id LIMIT :n OFFSET :o"), params)
    return [_network(r)[0] for r in rows]


def get_network(conn: Connection, network_id: str, *, max_links: int = 500) -> NetworkDetail | None:
    row = conn.execute(text("SELECT id, data, profiles, ads FROM networks WHERE id = :id"), {"id": network_id}).first()
    if row is None:
        return None
    summary, data = _network(row)
    members = [
        _profile(r)[0]
        for r in conn.execute(
            text(f"SELECT {_PROFILE_COLS} FROM profiles p WHERE p.network_id = :id ORDER BY p.ads DESC, p.id"),
            {"id": network_id},
        )
    ]
    return NetworkDetail(
        summary=summary,
        members=members,
        shared=[SharedSelector(s[0], s[1], int(s[2])) for s in data.get("shared", [])],
        weeks=[CityWeek(w[0], w[1], int(w[2])) for w in data.get("weeks", [])],
        links=_links(conn, "profile", [m.id for m in members], limit=max_links),
    )


def list_hubs(conn: Connection, limit: int = 200) -> list[HubSelector]:
    """Selectors excluded from linking as shared infrastructure, most widespread first."""
    rows = conn.execute(
        text(
            "SELECT kind, value, ads, sites, names, reason FROM hub_selectors ORDER BY ads DESC, kind, value LIMIT :n"
        ),
        {"n": limit},
    )
    return [HubSelector(r[0], r[1], int(r[2]), int(r[3]), int(r[4]), r[5]) for r in rows]


def list_site_aliases(conn: Connection) -> list[SiteAliasRow]:
    rows = conn.execute(
        text(
            "SELECT site_a, site_b, score, reason, shared, share, template, gap_days, strength FROM site_aliases "
            "ORDER BY score DESC, site_a, site_b"
        )
    )
    return [
        SiteAliasRow(
            r[0],
            r[1],
            float(r[2]),
            r[3],
            int(r[4]),
            float(r[5]),
            None if r[6] is None else float(r[6]),
            None if r[7] is None else int(r[7]),
            r[8],
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class ReachAd:
    id: int
    site: str
    url: str | None
    title: str
    city: str | None
    posted_at: str | None
    profile_id: str | None
    network_id: str | None


@dataclass(frozen=True, slots=True)
class Reach:
    """What one selector (or an ad's URL) leads to: its ads, their profiles (persons) and networks."""

    ads: list[ReachAd]
    profiles: list[str]
    networks: list[str]


_REACH_COLS = (
    "a.id, s.name, v.url, v.title, v.city, v.posted_at, pa.profile_id, p.network_id FROM ads a "
    "JOIN ad_versions v ON v.seq = (SELECT MAX(seq) FROM ad_versions WHERE ad_id = a.id) "
    "JOIN sites s ON s.id = a.site_id LEFT JOIN profile_ads pa ON pa.ad_id = a.id "
    "LEFT JOIN profiles p ON p.id = pa.profile_id"
)


def _reach(conn: Connection, ad_ids: list[int]) -> Reach:
    ads: list[ReachAd] = []
    for start in range(0, len(ad_ids), 500):
        chunk = ad_ids[start : start + 500]
        params: dict[str, Any] = {f"a{k}": v for k, v in enumerate(chunk)}
        marks = ", ".join(f":a{k}" for k in range(len(chunk)))
        rows = conn.execute(text(f"SELECT {_REACH_COLS} WHERE a.id IN ({marks})"), params).all()
        ads += [ReachAd(int(r[0]), r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7]) for r in rows]
    ads.sort(key=lambda a: (a.posted_at or "", a.id), reverse=True)
    profiles = sorted({a.profile_id for a in ads if a.profile_id})
    networks = sorted({a.network_id for a in ads if a.network_id})
    return Reach(ads, profiles, networks)


def selector_reach(conn: Connection, kind: str, value: str, *, limit: int = 200) -> Reach:
    """The ads carrying a selector (any version; newest first, at most ``limit``), their profiles and networks."""
    rows = conn.execute(
        text(
            "SELECT DISTINCT x.ad_id FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
            "WHERE s.kind = :k AND s.value = :v LIMIT :n"
        ),
        {"k": kind, "v": value, "n": limit},
    ).all()
    return _reach(conn, [int(r[0]) for r in rows])


def url_reach(conn: Connection, url: str, *, limit: int = 200) -> Reach:
    """The ads published at ``url`` (any version), their profiles and networks."""
    rows = conn.execute(
        text("SELECT DISTINCT ad_id FROM ad_versions WHERE url = :u LIMIT :n"), {"u": url, "n": limit}
    ).all()
    return _reach(conn, [int(r[0]) for r in rows])


def profile_selectors(
    conn: Connection, profile_id: str, kinds: tuple[str, ...], *, limit: int = 500
) -> list[tuple[str, str, int]] | None:
    """(kind, value, ads) of the selectors of ``kinds`` in a profile's ads, most used first; None: no profile."""
    if conn.execute(text("SELECT 1 FROM profiles WHERE id = :p"), {"p": profile_id}).first() is None:
        return None
    params: dict[str, Any] = {"p": profile_id, "n": limit, **{f"k{i}": k for i, k in enumerate(kinds)}}
    marks = ", ".join(f":k{i}" for i in range(len(kinds)))
    rows = conn.execute(
        text(
            "SELECT s.kind, s.value, COUNT(DISTINCT x.ad_id) FROM profile_ads pa "
            "JOIN ad_selectors x ON x.ad_id = pa.ad_id JOIN selectors s ON s.id = x.selector_id "
            f"WHERE pa.profile_id = :p AND s.kind IN ({marks}) GROUP BY s.kind, s.value "
            "ORDER BY COUNT(DISTINCT x.ad_id) DESC, s.kind, s.value LIMIT :n"
        ),
        params,
    ).all()
    return [(r[0], r[1], int(r[2])) for r in rows]
