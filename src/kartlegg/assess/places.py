"""Where assessed entities are: a profile's ads, the cities an ad was advertised in, when it was last seen.

An entity is a profile, or an ad linking has not placed in any profile (``("ad", id)``). Shared by the
triage queue and the outreach list (``assess.queries``, ``assess.outreach_list``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, text

from kartlegg.extract.places import display_city
from kartlegg.store.engine import fetch_in

Entity = tuple[str, str]


def linked_ads(conn: Connection) -> dict[str, str]:
    """Every linked ad id -> its profile id (the whole table: for batch work, not for a page)."""
    return {str(r[0]): str(r[1]) for r in conn.execute(text("SELECT ad_id, profile_id FROM profile_ads"))}


def city_key(city: str) -> str:
    """The one key of a city however it is spelled ("Malmo", "MALMÖ" -> "malmö")."""
    return (display_city(city) or city).strip().casefold()


def ad_cities(
    conn: Connection, ad_ids: list[str] | None = None, selected: Iterable[tuple[Any, Any]] | None = None
) -> dict[str, list[str]]:
    """Cities each ad was advertised in (site label of any version, and extracted city selectors), each by its
    canonical name ("Malmo" -> "Malmö"; a label the gazetteer does not know as written). ``selected``: the
    given ads' city selectors as (ad id, value), already read (``outreach_list``'s one read of their
    selectors), in place of reading them here."""
    cities: dict[str, list[str]] = defaultdict(list)
    q1 = "SELECT v.ad_id, v.city FROM ad_versions v WHERE v.city IS NOT NULL"
    q2 = "SELECT a.ad_id, s.value FROM ad_selectors a JOIN selectors s ON s.id = a.selector_id WHERE s.kind = 'city'"
    rows: Iterable[Any]
    if ad_ids is None:
        rows = [*conn.execute(text(q1)), *conn.execute(text(q2))]
    else:
        if not ad_ids:
            return {}
        ints = [int(a) for a in ad_ids]
        # The given ads' selectors are read through ix_ad_selectors_ad, never every ad of each city selector.
        # CROSS JOIN fixes SQLite's join order; "+ 0" does it for PostgreSQL, whose estimate for one selector is
        # the average (~10 ads) while a city selector has thousands: it walked all city selectors' rows (84,000
        # pages at 100,000 ads) to keep the given ads, 1.0-1.4 s for one triage page against 0.07-0.2 s.
        q2_ads = (
            "SELECT a.ad_id, s.value FROM ad_selectors a CROSS JOIN selectors s WHERE s.id = a.selector_id + 0 "
            "AND s.kind = 'city' AND a.ad_id IN :ids"
        )
        # plain tuples off the driver's cursor (``fetch_in``): a day's outreach update reads ~34,000 rows here
        rows = [*fetch_in(conn, q1 + " AND v.ad_id IN :ids", ints)]
        rows += fetch_in(conn, q2_ads, ints) if selected is None else selected
    for ad, city in rows:
        c = display_city(str(city)) or ""
        lst = cities[str(ad)]
        if c and c.casefold() not in {x.casefold() for x in lst}:
            lst.append(c)
    return cities


def entity_of(ad_id: str, linked: dict[str, str]) -> Entity:
    pid = linked.get(ad_id)
    return ("profile", pid) if pid is not None else ("ad", ad_id)


def entities_in_city(conn: Connection, city: str, linked: dict[str, str]) -> dict[Entity, list[str]]:
    """Entity -> its ads advertised in ``city`` (any spelling of it, case-insensitive)."""
    want = city_key(city)
    out: dict[Entity, list[str]] = defaultdict(list)
    for ad, cities in ad_cities(conn).items():
        if any(c.casefold() == want for c in cities):
            out[entity_of(ad, linked)].append(ad)
    return out


def ads_of(conn: Connection, entities: list[Entity]) -> dict[Entity, list[str]]:
    out: dict[Entity, list[str]] = {e: [] for e in entities}
    pids = [i for t, i in entities if t == "profile"]
    for t, i in entities:
        if t == "ad":
            out[(t, i)].append(i)
    if pids:
        for ad, pid in conn.execute(
            text("SELECT ad_id, profile_id FROM profile_ads WHERE profile_id IN :p").bindparams(
                bindparam("p", expanding=True)
            ),
            {"p": pids},
        ):
            out[("profile", str(pid))].append(str(ad))
    return out


def last_seen(conn: Connection, ad_ids: list[str] | None) -> dict[str, str]:
    """Ad id -> its newest posting (or ingest) time; ``None``: every ad."""
    sql = "SELECT ad_id, MAX(COALESCE(posted_at, ingested_at)) FROM ad_versions"
    if ad_ids is None:
        rows = conn.execute(text(sql + " GROUP BY ad_id"))
    elif not ad_ids:
        return {}
    else:
        rows = conn.execute(
            text(sql + " WHERE ad_id IN :ids GROUP BY ad_id").bindparams(bindparam("ids", expanding=True)),
            {"ids": [int(a) for a in ad_ids]},
        )
    return {str(r[0]): str(r[1]) for r in rows if r[1] is not None}
