"""Whose contact route is it: the person's own, shared with other persons, a hub, or a site's own line.

One classification for every reader (outreach list, network graphs, reports, exports), so that a site's
customer-service number or a hub never reaches a social worker as a person's phone, and never joins
unrelated persons in a graph. Only the contact kinds count as contacts: any other kind (a site's
furniture, an ad's own id number) is never a contact route, whatever it looks like.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.assess.catalogue import Catalogue, load_catalogue

CONTACT_KINDS: tuple[str, ...] = ("phone", "email", "handle")
Status = Literal["own", "shared", "hub", "site_line"]
Key = tuple[str, str]
CHUNK = 500


@dataclass(frozen=True, slots=True)
class ContactUse:
    """One contact route and who uses it (profiles, or ``ad:ID`` for ads linking has not placed)."""

    kind: str
    value: str
    status: Status
    owners: tuple[str, ...]
    why: str = ""

    @property
    def reaches_the_person(self) -> bool:
        """True only for a route of exactly one person: what outreach may hand out."""
        return self.status == "own"

    @property
    def drawable(self) -> bool:
        """A graph may draw it as a tie between persons (a controller's number), never a hub or site line."""
        return self.status in ("own", "shared")


def _chunks(items: list[str], n: int = CHUNK) -> Iterable[list[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


#: store-wide counts (ads per site, persons) for a few minutes: they scan whole tables, and a page view
#: (outreach list, network graph) must not; a share moves little in minutes
TOTALS_TTL = 300.0
_totals_cache: dict[str, tuple[float, tuple[dict[int, int], dict[int, str], int]]] = {}


def _stored_totals(conn: Connection) -> tuple[dict[int, int], int] | None:
    """The counts the last assess run stored with its run (``totals``), or None."""
    row = conn.execute(
        text("SELECT info FROM stage_runs WHERE stage = 'assess' AND status = 'ok' ORDER BY id DESC LIMIT 1")
    ).first()
    stored = orjson.loads(row[0] or "{}").get("totals") if row is not None else None
    if not isinstance(stored, dict):
        return None
    return {int(k): int(v) for k, v in stored["sites"].items()}, int(stored["persons"])


def totals(conn: Connection, known: tuple[dict[int, int], int] | None = None) -> dict[str, Any]:
    """Ads per site and persons, counted now (or ``known``: kept by the caller, ``changes.Since``): what the
    assess run stores for the readers after it."""
    if known is None:
        sizes, _names, persons = _totals(conn, fresh=True)
    else:
        sizes, persons = known
    return {"sites": {str(k): v for k, v in sizes.items()}, "persons": persons}


def _totals(conn: Connection, fresh: bool = False) -> tuple[dict[int, int], dict[int, str], int]:
    """Ads per site, site names, persons. A page reads the counts the last assess run stored (counting
    them scans every ad: minutes at a million on a busy machine); the run itself counts afresh."""
    key = conn.engine.url.render_as_string(hide_password=True)
    hit = _totals_cache.get(key)
    if not fresh and hit is not None and time.monotonic() - hit[0] < TOTALS_TTL:
        return hit[1]
    names = {int(r[0]): str(r[1]) for r in conn.execute(text("SELECT id, name FROM sites"))}
    stored = None if fresh else _stored_totals(conn)
    if stored is not None:
        _totals_cache[key] = (time.monotonic(), (stored[0], names, stored[1]))
        return stored[0], names, stored[1]
    sizes = {int(r[0]): int(r[1]) for r in conn.execute(text("SELECT site_id, COUNT(*) FROM ads GROUP BY site_id"))}
    persons = int(
        conn.execute(
            # NOT EXISTS, an anti-join: PostgreSQL ran NOT IN over a million ids as a nested loop (23+ minutes)
            text(
                "SELECT (SELECT COUNT(*) FROM profiles) + "
                "(SELECT COUNT(*) FROM ads a WHERE NOT EXISTS (SELECT 1 FROM profile_ads p WHERE p.ad_id = a.id))"
            )
        ).scalar_one()
    )
    _totals_cache[key] = (time.monotonic(), (sizes, names, persons))
    return sizes, names, persons


def classify(
    conn: Connection, keys: Iterable[Key], catalogue: Catalogue | None = None, *, fresh: bool = False
) -> dict[Key, ContactUse]:
    """The status of each (kind, value) contact; keys of any other kind are left out (never contacts).

    * ``hub``: the link stage excluded it (``hub_selectors``: many names, a big share of a site's ads);
    * ``site_line``: in more than ``site_selector_share`` of a site's ads (sites with at least
      ``site_selector_min_ads`` ads), or used by more than ``max_profiles_share`` of all persons (and more
      than ``max_profiles_min``): the catalogue's site-wide rule, the same one the indicators apply (the
      counts of the last assess run, or counted now with ``fresh`` or before any run stored them);
    * ``shared``: used by more than one person (a manager's number), else ``own``.
    """
    s = (catalogue or load_catalogue()).settings
    wanted: dict[str, set[str]] = defaultdict(set)
    for kind, value in keys:
        if kind in CONTACT_KINDS and value:
            wanted[kind].add(value)
    if not wanted:
        return {}
    hubs = {
        (str(k), str(v)): str(why)
        for k, v, why in conn.execute(
            text("SELECT kind, value, reason FROM hub_selectors WHERE kind IN :k").bindparams(
                bindparam("k", expanding=True)
            ),
            {"k": list(CONTACT_KINDS)},
        )
    }
    site_sizes, site_names, persons = _totals(conn, fresh)
    owners: dict[Key, set[str]] = defaultdict(set)
    per_site: dict[Key, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    sql = text(
        "SELECT s.kind, s.value, x.ad_id, a.site_id, pa.profile_id FROM selectors s "
        "JOIN ad_selectors x ON x.selector_id = s.id JOIN ads a ON a.id = x.ad_id "
        "LEFT JOIN profile_ads pa ON pa.ad_id = x.ad_id WHERE s.kind = :k AND s.value IN :v"
    ).bindparams(bindparam("v", expanding=True))
    for kind, values in wanted.items():
        for chunk in _chunks(sorted(values)):
            for k, v, ad, site, pid in conn.execute(sql, {"k": kind, "v": chunk}):
                key = (str(k), str(v))
                owners[key].add(str(pid) if pid is not None else f"ad:{ad}")
                per_site[key][int(site)].add(int(ad))
    out: dict[Key, ContactUse] = {}
    for kind, values in wanted.items():
        for value in values:
            key = (kind, value)
            who = tuple(sorted(owners.get(key, set())))
            status: Status = "own" if len(who) <= 1 else "shared"
            why = ""
            if key in hubs:
                status, why = "hub", f"hub: {hubs[key]}"
            else:
                for site, ads in per_site.get(key, {}).items():
                    total = site_sizes.get(site, 0)
                    if total >= s.site_selector_min_ads and len(ads) > s.site_selector_share * total:
                        status = "site_line"
                        why = f"site line: in {len(ads) / total:.0%} of the ads on {site_names.get(site, '?')}"
                        break
                if status != "site_line" and len(who) > max(s.max_profiles_min, s.max_profiles_share * persons):
                    status, why = "site_line", f"site line: used by {len(who)} of {persons} persons"
            out[key] = ContactUse(kind, value, status, who, why)
    return out
