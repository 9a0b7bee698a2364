"""The outreach list: each person advertised in a city with her own contact routes and likely languages.

Which routes are a person's own depends on the whole market (a number another person also uses, a hub or a
site's line is left out), so classifying one city's routes on each page view read every linked ad and took
seconds at 20,000 ads. The assess stage therefore keeps the list of every city in ``outreach_list`` (one row
per city and person) and a page reads one city's rows in the list's order through an index (``outreach``).
Before the first run that built it (a new or upgraded store), or with a catalogue other than the stage's,
the list is computed live, with the same rules (``contacts.classify``).

The list is carried between runs (migration 0029). Each route's status depends on counts of the whole market
(its persons; its ads on each site against the site's size; the number of persons), so they are kept in the
store: ``outreach_ad_routes`` (each ad's routes, every version's, with its site and person),
``outreach_route_sites`` (a route's ads per site) and ``outreach_routes`` (its persons and status). A run
(``update``) replaces the rows of the ads that changed or that linking moved, counts their routes again, finds
in SQL the routes whose count lies between a moved threshold's old and new value (a site grew, the number of
persons moved) and the routes that became or stopped being hubs, classifies those again, and builds the list
rows of only the persons of the changed ads and the holders of a route whose status moved; their rows are
replaced, and the counts of their cities. Rows are ordered by ``sort_key`` (last seen, reference, type; as
hex, so that every backend and collation orders it as Python orders the strings), not by position, so one
new ad in Stockholm does not renumber Stockholm. A first run, a catalogue change, an erasure (it empties
``assess_carry``, where the counts' state is) and ``kartlegg assess --full`` build every row and the counts
(``build``); the result is the same (tests/assess/test_incremental.py).

A read of person data: callers write an audit row (``kartlegg.read``). No scores, indicators or network ids.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.assess.catalogue import Catalogue, load_catalogue
from kartlegg.assess.contacts import CONTACT_KINDS, Key, Status, classify
from kartlegg.assess.model import OutreachItem
from kartlegg.assess.places import (
    Entity,
    ad_cities,
    ads_of,
    city_key,
    entities_in_city,
    entity_of,
    last_seen,
    linked_ads,
)
from kartlegg.store.engine import fetch_in, placeholder

#: the stage run's info key that says ``outreach_list`` was built by that run (keyed rows since 0029: a run
#: of older code built positions, so its info has another key and the list is built again)
BUILT = "outreach_keyed"
#: the ``assess_carry`` row with the counts' state: the sizes and persons the statuses were classified
#: against, the hubs, the catalogue; bump ``STATE_VERSION`` when what is carried, or how, changes
STATE = "outreach"
STATE_VERSION = "1"
_KINDS = "('phone', 'email', 'handle', 'language', 'nationality')"
_KINDS_AND_CITY = "('phone', 'email', 'handle', 'language', 'nationality', 'city')"
_CONTACTS = "('phone', 'email', 'handle')"
CHUNK = 500


@dataclass(frozen=True, slots=True)
class Routes:
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    handles: tuple[str, ...]
    languages: tuple[str, ...]
    ad_url: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class Changes:
    """What an incremental assess run changed (``carry.Incremental``): the ads that are new, changed, gone
    or moved to another person, and the persons (``grp``: profile id or ``ad:ID``) they belong or belonged to."""

    ads: list[int]
    persons: set[str]


def _chunks(items: list[Any], n: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _rows_in(conn: Connection, sql: str, ints: list[int] | None) -> Iterator[Any]:
    """Rows of ``sql`` whose ``{where}`` becomes ``AND <ad id> IN (...)``, the ads ``ints`` a chunk at a
    time, as plain tuples off the driver's cursor (``fetch_in``; ~15,000 rows a day); None: every row."""
    if ints is None:
        yield from conn.execute(text(sql.replace("{where}", "")))
        return
    col = "a.ad_id" if "ad_selectors a" in sql else "v.ad_id"
    for chunk in _chunks(ints, 5000):
        yield from fetch_in(conn, sql.replace("{where}", f"AND {col} IN :ids"), chunk, chunk=5000)


OwnRoutes = Callable[[set[Key]], set[Key]]


Selected = dict[str, list[tuple[str, str, dict[str, Any]]]]


def _selectors(
    conn: Connection, ints: list[int] | None, with_cities: bool = False
) -> tuple[Selected, list[tuple[str, str]]]:
    """The route selectors (``_KINDS``) of these ads (None: every ad), each ad's in one order, and with
    ``with_cities`` their city selectors as (ad id, value) (``places.ad_cities``), from the same read of their
    selector rows (one pass, not two, over the ~170,000 rows of a 100k day's ads)."""
    kinds = _KINDS_AND_CITY if with_cities else _KINDS
    selectors: Selected = defaultdict(list)
    cities: list[tuple[str, str]] = []
    join = _join_selectors("a", some_ads=ints is not None)
    # every version's selectors; ties at one span broken by the selector (a content id), not the row order
    for ad, kind, value, detail in _rows_in(
        conn,
        f"SELECT a.ad_id, s.kind, s.value, a.detail FROM ad_selectors a {join} "
        f"WHERE s.id = a.selector_id AND s.kind IN {kinds} {{where}} "
        "ORDER BY a.ad_id, a.field, a.span_start, a.selector_id, a.version_seq",
        ints,
    ):
        k = str(kind)
        if k == "city":
            cities.append((str(ad), str(value)))
            continue
        # only handles and nationalities read their detail: skip decoding the rest (millions of rows)
        data = orjson.loads(detail or "{}") if k in ("handle", "nationality") else {}
        selectors[str(ad)].append((k, str(value), data))
    return selectors, cities


def _routes(
    conn: Connection,
    ads: dict[Entity, list[str]],
    cat: Catalogue,
    own: OwnRoutes,
    whole: bool = False,
    selected: Selected | None = None,
) -> dict[Entity, Routes]:
    """Each entity's own routes (``own``: which of these routes reach exactly one person) and likely
    languages from its ads, in ad-id order (``whole``: read every ad at once; ``selected``: the ads' route
    selectors, already read by ``_selectors``, of these ads and maybe others)."""
    ints = None if whole else sorted({int(a) for lst in ads.values() for a in lst})
    if selected is None:
        selectors = _selectors(conn, ints)[0]
    else:  # only these ads' routes: which are her own is asked of them alone, as when read here
        selectors = {a: got for lst in ads.values() for a in lst if (got := selected.get(a))}
    ad_lang: dict[str, str] = {}
    ad_url: dict[str, tuple[str, str]] = {}
    versions = (
        "SELECT v.ad_id, e.language, v.url, COALESCE(v.posted_at, v.ingested_at), v.seq FROM ad_versions v "
        "LEFT JOIN ad_extractions e ON e.version_seq = v.seq WHERE 1 = 1 {where}"
    )
    # in version order (an ad's last language and address win); some ads' versions are sorted here: asked in
    # SQL for that order, SQLite walked every version of the store in it (a table scan, 90 ms at 100k ads)
    # rather than look 5,000 ads up by id
    rows: Iterable[Any] = (
        _rows_in(conn, versions + " ORDER BY v.seq", None)
        if ints is None
        else sorted(_rows_in(conn, versions, ints), key=lambda r: int(r[4]))
    )
    for ad, lang, url, when, _ in rows:
        if lang:
            ad_lang[str(ad)] = str(lang)
        if url:
            ad_url[str(ad)] = (str(when or ""), str(url))
    mine = own({(k, v) for lst in selectors.values() for k, v, _ in lst if k in CONTACT_KINDS and v})
    seen = last_seen(conn, None if ints is None else [str(i) for i in ints])
    s = cat.settings
    language_names = {k.casefold(): v for k, v in s.language_names.items()}
    nat_lang = {k.casefold(): v for k, v in s.nationality_languages.items()}
    out: dict[Entity, Routes] = {}
    for key, key_ads in ads.items():
        phones: list[str] = []
        emails: list[str] = []
        handles: list[str] = []
        stated: list[str] = []
        from_nationality: list[str] = []
        for a in key_ads:
            for kind, value, detail in selectors.get(a, []):
                if kind in CONTACT_KINDS and (kind, value) not in mine:
                    continue
                if kind == "phone" and value not in phones:
                    phones.append(value)
                elif kind == "email" and value not in emails:
                    emails.append(value)
                elif kind == "handle":
                    label = f"{detail.get('platform')}:{value}" if detail.get("platform") else value
                    if label not in handles:
                        handles.append(label)
                elif kind == "language":
                    code = language_names.get(value.casefold(), value.casefold())
                    if code not in stated:
                        stated.append(code)
                elif kind == "nationality":
                    nat = nat_lang.get(str(detail.get("country") or value).casefold())
                    if nat and nat not in from_nationality:
                        from_nationality.append(nat)
        languages = stated or from_nationality
        if not languages:
            languages = sorted({ad_lang[a] for a in key_ads if a in ad_lang})
        urls = sorted((ad_url[a] for a in key_ads if a in ad_url), reverse=True)
        out[key] = Routes(
            tuple(phones),
            tuple(emails),
            tuple(handles),
            tuple(languages),
            urls[0][1] if urls else None,
            max((seen[a] for a in key_ads if a in seen), default=None),
        )
    return out


def _classified(conn: Connection, cat: Catalogue) -> OwnRoutes:
    """``own`` for a live page: the routes ``contacts.classify`` says reach the person."""

    def own(keys: set[Key]) -> set[Key]:
        return {k for k, use in classify(conn, keys, catalogue=cat).items() if use.reaches_the_person}

    return own


def _stored_own(conn: Connection) -> OwnRoutes:
    """``own`` from the carried statuses (``outreach_routes``)."""

    def own(keys: set[Key]) -> set[Key]:
        out: set[Key] = set()
        by_kind: dict[str, list[str]] = defaultdict(list)
        for k, v in keys:
            by_kind[k].append(v)
        sql = text("SELECT value FROM outreach_routes WHERE kind = :k AND status = 'own' AND value IN :v").bindparams(
            bindparam("v", expanding=True)
        )
        for kind, values in by_kind.items():
            for chunk in _chunks(sorted(values)):
                out |= {(kind, str(r[0])) for r in conn.execute(sql, {"k": kind, "v": chunk})}
        return out

    return own


def _item(key: Entity, city: str, r: Routes) -> OutreachItem:
    return OutreachItem(key[1], city, r.phones, r.emails, r.handles, r.languages, r.ad_url, r.last_seen)


def sort_key(seen: str | None, ref: str, entity_type: str) -> str:
    """The list's one order, most recently seen first, then by reference and type (descending), as text that
    sorts the same under any collation: each part's UTF-8 as hex, ``00`` between them (the tuple's order,
    since no part holds a NUL)."""
    return f"{(seen or '').encode().hex()}00{ref.encode().hex()}00{entity_type.encode().hex()}"


def _live(conn: Connection, city: str, cat: Catalogue) -> list[OutreachItem]:
    in_city = entities_in_city(conn, city, linked_ads(conn))
    if not in_city:
        return []
    want = city_key(city)
    ads = {e: sorted(lst, key=int) for e, lst in ads_of(conn, list(in_city)).items()}
    routes = _routes(conn, ads, cat, _classified(conn, cat))
    shown = ad_cities(conn, sorted({a for lst in ads.values() for a in lst}))
    items = [
        (
            sort_key(r.last_seen, key[1], key[0]),
            _item(
                key, min((c for a in in_city[key] for c in shown.get(a, []) if c.casefold() == want), default=city), r
            ),
        )
        for key, r in routes.items()
    ]
    items.sort(key=lambda t: t[0], reverse=True)
    return [it for _, it in items]


# -- route statuses --------------------------------------------------------------------------------------
def _site_threshold(total: int, cat: Catalogue) -> float:
    """A route on more than this many of a site's ads is the site's line (``contacts.classify``)."""
    s = cat.settings
    return s.site_selector_share * total if total >= s.site_selector_min_ads else math.inf


def _person_threshold(persons: int, cat: Catalogue) -> float:
    """A route of more than this many persons is a site's line (``contacts.classify``)."""
    s = cat.settings
    return max(s.max_profiles_min, s.max_profiles_share * persons)


def _status(
    hub: bool, sites: Iterable[tuple[int, int]], owners: int, sizes: dict[int, int], persons: int, cat: Catalogue
) -> Status:
    """``contacts.classify``'s rule over the carried counts (tested equal to it)."""
    if hub:
        return "hub"
    if any(n > _site_threshold(sizes.get(site, 0), cat) for site, n in sites):
        return "site_line"
    if owners > _person_threshold(persons, cat):
        return "site_line"
    return "own" if owners <= 1 else "shared"


def _floor(t: float) -> int | None:
    """For integer counts n: ``n > t`` exactly when ``n > floor(t)`` (None: never, ``t`` infinite)."""
    return None if t == math.inf else math.floor(t)


def _hubs(conn: Connection) -> set[Key]:
    return {
        (str(r[0]), str(r[1]))
        for r in conn.execute(text(f"SELECT kind, value FROM hub_selectors WHERE kind IN {_CONTACTS}"))
    }


def _join_selectors(alias: str, *, some_ads: bool) -> str:
    """The join of ``selectors s`` to the selector rows ``alias`` (its ``WHERE`` says ``s.id =
    alias.selector_id``). A query that names some ads lets their rows drive the join: CROSS JOIN fixes SQLite's
    order, which otherwise walks every such selector's rows (the whole store); PostgreSQL plans it freely."""
    return "CROSS JOIN selectors s" if some_ads else f"JOIN selectors s ON s.id = {alias}.selector_id"


#: every ad's routes (``{of_ads}`` empty), or some ads' (``AND x.ad_id IN :ids``; ``{join}``: ``_join_selectors``)
_AD_ROUTES = (
    "INSERT INTO outreach_ad_routes (kind, value, ad_id, site_id, owner) "
    "SELECT DISTINCT s.kind, s.value, x.ad_id, a.site_id, COALESCE(pa.profile_id, 'ad:' || CAST(x.ad_id AS TEXT)) "
    "FROM ad_selectors x {join} JOIN ads a ON a.id = x.ad_id LEFT JOIN profile_ads pa ON pa.ad_id = x.ad_id "
    f"WHERE s.id = x.selector_id AND s.kind IN {_CONTACTS} AND s.value <> '' {{of_ads}}"
)


def _insert(conn: Connection, table: str, cols: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    ph = placeholder(conn)
    sql = f"INSERT INTO {table} ({cols}) VALUES ({', '.join([ph] * (cols.count(',') + 1))})"
    for chunk in _chunks(rows, 5000):
        conn.exec_driver_sql(sql, chunk)


def _by_kind(keys: Iterable[Key]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for k, v in keys:
        out[k].append(v)
    return {k: sorted(v) for k, v in out.items()}


def _of_keys(conn: Connection, sql: str, keys: Iterable[Key]) -> Iterator[Any]:
    """Rows of ``sql`` (``kind = :k AND value IN :v``) for the routes ``keys``, a chunk at a time."""
    stmt = text(sql).bindparams(bindparam("v", expanding=True))
    for kind, values in _by_kind(keys).items():
        for chunk in _chunks(values):
            yield from conn.execute(stmt, {"k": kind, "v": chunk})


def _rebuild_routes(conn: Connection, cat: Catalogue, sizes: dict[int, int], persons: int, hubs: set[Key]) -> None:
    """Count and classify every route of the market (a full build)."""
    for table in ("outreach_ad_routes", "outreach_route_sites", "outreach_routes"):
        conn.execute(text(f"DELETE FROM {table}"))
    conn.execute(text(_AD_ROUTES.format(join=_join_selectors("x", some_ads=False), of_ads="")))
    conn.execute(
        text(
            "INSERT INTO outreach_route_sites (kind, value, site_id, ads) "
            "SELECT kind, value, site_id, COUNT(*) FROM outreach_ad_routes GROUP BY kind, value, site_id"
        )
    )
    sites: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    for k, v, site, n in conn.execute(text("SELECT kind, value, site_id, ads FROM outreach_route_sites")):
        sites[(str(k), str(v))].append((int(site), int(n)))
    rows = []
    for k, v, n in conn.execute(
        text("SELECT kind, value, COUNT(DISTINCT owner) FROM outreach_ad_routes GROUP BY kind, value")
    ):
        key = (str(k), str(v))
        rows.append((*key, int(n), _status(key in hubs, sites[key], int(n), sizes, persons, cat)))
    _insert(conn, "outreach_routes", "kind, value, owners, status", rows)


def _update_routes(
    conn: Connection,
    cat: Catalogue,
    ads: list[int],
    state: dict[str, Any],
    sizes: dict[int, int],
    persons: int,
    hubs: set[Key],
) -> set[str]:
    """Bring the route counts and statuses up to date after ``ads`` changed (or moved to another person);
    return the persons holding a route that became or stopped being their own."""
    affected: set[Key] = set()
    by_ad = "SELECT kind, value FROM outreach_ad_routes WHERE ad_id IN :ids"
    of_ads = text(_AD_ROUTES.format(join=_join_selectors("x", some_ads=True), of_ads="AND x.ad_id IN :ids")).bindparams(
        bindparam("ids", expanding=True)
    )
    for chunk in _chunks(ads):
        params = {"ids": chunk}
        affected |= {
            (str(r[0]), str(r[1]))
            for r in conn.execute(text(by_ad).bindparams(bindparam("ids", expanding=True)), params)
        }
        conn.execute(
            text("DELETE FROM outreach_ad_routes WHERE ad_id IN :ids").bindparams(bindparam("ids", expanding=True)),
            params,
        )
        conn.execute(of_ads, params)
        affected |= {
            (str(r[0]), str(r[1]))
            for r in conn.execute(text(by_ad).bindparams(bindparam("ids", expanding=True)), params)
        }
    # the affected routes' counts, again
    owners: dict[Key, int] = {}
    site_rows: list[tuple[Any, ...]] = []
    for r in _of_keys(
        conn,
        "SELECT kind, value, COUNT(DISTINCT owner) FROM outreach_ad_routes WHERE kind = :k AND value IN :v "
        "GROUP BY kind, value",
        affected,
    ):
        owners[(str(r[0]), str(r[1]))] = int(r[2])
    for r in _of_keys(
        conn,
        "SELECT kind, value, site_id, COUNT(*) FROM outreach_ad_routes WHERE kind = :k AND value IN :v "
        "GROUP BY kind, value, site_id",
        affected,
    ):
        site_rows.append((str(r[0]), str(r[1]), int(r[2]), int(r[3])))
    delete = text("DELETE FROM outreach_route_sites WHERE kind = :k AND value IN :v").bindparams(
        bindparam("v", expanding=True)
    )
    for kind, values in _by_kind(affected).items():
        for chunk in _chunks(values):
            conn.execute(delete, {"k": kind, "v": chunk})
    _insert(conn, "outreach_route_sites", "kind, value, site_id, ads", site_rows)
    # the routes a moved threshold may have crossed: counts between its old and new value, read in SQL
    candidates = set(affected)
    old_sizes = {int(k): int(v) for k, v in state["sites"].items()}
    for site in sorted(set(old_sizes) | set(sizes)):
        before, after = _site_threshold(old_sizes.get(site, 0), cat), _site_threshold(sizes.get(site, 0), cat)
        if before != after:
            candidates |= _between(conn, "outreach_route_sites", "ads", min(before, after), max(before, after), site)
    before, after = _person_threshold(int(state["persons"]), cat), _person_threshold(persons, cat)
    if before != after:
        candidates |= _between(conn, "outreach_routes", "owners", min(before, after), max(before, after))
    old_hubs = {(str(k), str(v)) for k, v in state["hubs"]}
    candidates |= hubs ^ old_hubs
    # classify them again
    old: dict[Key, tuple[int, str]] = {
        (str(r[0]), str(r[1])): (int(r[2]), str(r[3]))
        for r in _of_keys(
            conn, "SELECT kind, value, owners, status FROM outreach_routes WHERE kind = :k AND value IN :v", candidates
        )
    }
    sites: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    for r in _of_keys(
        conn, "SELECT kind, value, site_id, ads FROM outreach_route_sites WHERE kind = :k AND value IN :v", candidates
    ):
        sites[(str(r[0]), str(r[1]))].append((int(r[2]), int(r[3])))
    new: dict[Key, tuple[int, str]] = {}
    for key in candidates:
        n = owners.get(key, 0) if key in affected else old[key][0] if key in old else 0
        if n:
            new[key] = (n, _status(key in hubs, sites[key], n, sizes, persons, cat))
    moved = [key for key in candidates if old.get(key) != new.get(key)]
    delete = text("DELETE FROM outreach_routes WHERE kind = :k AND value IN :v").bindparams(
        bindparam("v", expanding=True)
    )
    for kind, values in _by_kind(moved).items():
        for chunk in _chunks(values):
            conn.execute(delete, {"k": kind, "v": chunk})
    _insert(conn, "outreach_routes", "kind, value, owners, status", [(*k, *new[k]) for k in sorted(moved) if k in new])
    flipped = [k for k in moved if (old.get(k, (0, ""))[1] == "own") != (new.get(k, (0, ""))[1] == "own")]
    return {
        str(r[0])
        for r in _of_keys(
            conn, "SELECT DISTINCT owner FROM outreach_ad_routes WHERE kind = :k AND value IN :v", flipped
        )
    }


def _between(conn: Connection, table: str, col: str, lo: float, hi: float, site: int | None = None) -> set[Key]:
    """Routes of ``table`` whose count ``col`` lies above ``lo`` and at most ``hi`` (an index range)."""
    where = [f"{col} > :lo"]
    params: dict[str, Any] = {"lo": _floor(lo)}
    if _floor(hi) is not None:
        where.append(f"{col} <= :hi")
        params["hi"] = _floor(hi)
    if site is not None:
        where.insert(0, "site_id = :s")
        params["s"] = site
    rows = conn.execute(text(f"SELECT kind, value FROM {table} WHERE {' AND '.join(where)}"), params)
    return {(str(r[0]), str(r[1])) for r in rows}


# -- the list's rows ---------------------------------------------------------------------------------------
_COLS = "city_key, entity_type, entity_id, sort_key, city, ads, phones, emails, handles, languages, ad_url, last_seen"
Row = tuple[Any, ...]


def _list_rows(
    conn: Connection,
    cat: Catalogue,
    ads: dict[Entity, list[str]],
    cities: dict[str, list[str]],
    own: OwnRoutes,
    whole: bool = False,
    selected: Selected | None = None,
) -> dict[tuple[str, str, str], Row]:
    """(city key, entity type, entity id) -> the ``outreach_list`` row of each city each entity of ``ads``
    (every ad of it, in id order) was advertised in (``cities``: each ad's; ``selected``: ``_routes``')."""
    places: dict[Entity, dict[str, list[Any]]] = {}
    for e, lst in ads.items():
        for a in lst:
            for c in cities.get(a, []):
                place = places.setdefault(e, {}).setdefault(c.casefold(), [c, 0])
                place[0] = min(place[0], c)  # one spelling per person and city, whatever the rows' order
                place[1] += 1
    routes = _routes(conn, {e: ads[e] for e in places}, cat, own, whole, selected)
    out: dict[tuple[str, str, str], Row] = {}
    for e, per in places.items():
        r = routes[e]
        order = sort_key(r.last_seen, e[1], e[0])
        json = [orjson.dumps(x).decode() for x in (r.phones, r.emails, r.handles, r.languages)]
        for key, (display, n) in per.items():
            out[(key, e[0], e[1])] = (key, e[0], e[1], order, str(display), int(n), *json, r.ad_url, r.last_seen)
    return out


def _stmt(sql: str) -> Any:
    return text(sql).bindparams(bindparam("k", expanding=True))


def _recount_cities(conn: Connection, keys: Collection[str]) -> None:
    """``outreach_cities`` of these city keys from their rows: persons, ads, the least spelling."""
    for chunk in _chunks(sorted(keys)):
        conn.execute(_stmt("DELETE FROM outreach_cities WHERE city_key IN :k"), {"k": chunk})
        names: dict[str, str] = {}
        for k, c in conn.execute(
            _stmt("SELECT DISTINCT city_key, city FROM outreach_list WHERE city_key IN :k"), {"k": chunk}
        ):
            names[str(k)] = min(names.get(str(k), str(c)), str(c))  # Python's order, not the collation's
        rows = [
            (str(k), names[str(k)], int(n), int(a))
            for k, n, a in conn.execute(
                _stmt("SELECT city_key, COUNT(*), SUM(ads) FROM outreach_list WHERE city_key IN :k GROUP BY city_key"),
                {"k": chunk},
            )
        ]
        _insert(conn, "outreach_cities", "city_key, city, persons, ads", rows)


def _adjust_cities(conn: Connection, removed: list[Row], added: list[Row]) -> None:
    """``outreach_cities`` after these rows were removed and added: persons and ads by difference (a big
    city's rows are not read again); its spelling is the least one still listed (read again only when the
    rows of the old one are all gone)."""
    delta: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for sign, rows in ((-1, removed), (1, added)):
        for r in rows:
            d = delta[str(r[0])]
            d[0] += sign
            d[1] += sign * int(r[5])
    new_names: dict[str, str] = {}
    for r in added:
        new_names[str(r[0])] = min(new_names.get(str(r[0]), str(r[4])), str(r[4]))
    keys = sorted(delta)
    cur: dict[str, tuple[str, int, int]] = {}
    for chunk in _chunks(keys):
        for k, c, n, a in conn.execute(
            _stmt("SELECT city_key, city, persons, ads FROM outreach_cities WHERE city_key IN :k"), {"k": chunk}
        ):
            cur[str(k)] = (str(c), int(n), int(a))
    recount: list[str] = []
    kept: list[tuple[Any, ...]] = []
    for k in keys:
        name, persons, ads = cur.get(k, ("", 0, 0))
        persons, ads = persons + delta[k][0], ads + delta[k][1]
        if k not in cur or persons <= 0:
            recount.append(k)  # a new city, or one whose rows are all gone
            continue
        still = conn.execute(
            text("SELECT 1 FROM outreach_list WHERE city_key = :k AND city = :c LIMIT 1"), {"k": k, "c": name}
        ).first()
        if still is None:
            recount.append(k)
            continue
        kept.append((k, min(name, new_names.get(k, name)), persons, ads))
    for chunk in _chunks([r[0] for r in kept]):
        conn.execute(_stmt("DELETE FROM outreach_cities WHERE city_key IN :k"), {"k": chunk})
    _insert(conn, "outreach_cities", "city_key, city, persons, ads", kept)
    _recount_cities(conn, recount)


def _entities(conn: Connection, persons: Iterable[str]) -> dict[Entity, list[str]]:
    """The persons (profile ids, ``ad:ID``) as entities with every ad of each, in id order (an ad now linked
    to a profile, or gone, has none: its rows go)."""
    pids = sorted({p for p in persons if not p.startswith("ad:")})
    singles = sorted({int(p[3:]) for p in persons if p.startswith("ad:")})
    out: dict[Entity, list[str]] = {("profile", p): [] for p in pids}
    out.update({("ad", str(a)): [] for a in singles})
    sql = text("SELECT ad_id, profile_id FROM profile_ads WHERE profile_id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    for chunk in _chunks(pids):
        for ad, pid in conn.execute(sql, {"ids": chunk}):
            out[("profile", str(pid))].append(str(ad))
    sql = text(
        "SELECT a.id FROM ads a WHERE a.id IN :ids AND NOT EXISTS (SELECT 1 FROM profile_ads p WHERE p.ad_id = a.id)"
    ).bindparams(bindparam("ids", expanding=True))
    for chunk in _chunks(singles):
        for (ad,) in conn.execute(sql, {"ids": chunk}):
            out[("ad", str(ad))].append(str(ad))
    return {e: sorted(lst, key=int) for e, lst in out.items()}


def _cities_of(conn: Connection, ads: list[str]) -> tuple[dict[str, list[str]], Selected]:
    """The ads' cities (``places.ad_cities``) and their route selectors (``_selectors``), both from one read of
    the ads' selector rows."""
    out: dict[str, list[str]] = {}
    selected: Selected = {}
    for chunk in _chunks(ads, 5000):
        routes, city_rows = _selectors(conn, [int(a) for a in chunk], with_cities=True)
        selected.update(routes)
        out.update(ad_cities(conn, chunk, city_rows))
    return out, selected


# -- the build ---------------------------------------------------------------------------------------------
def _load_state(conn: Connection) -> dict[str, Any] | None:
    raw = conn.execute(text("SELECT value FROM assess_carry WHERE name = :n"), {"n": STATE}).scalar()
    return None if raw is None else dict(orjson.loads(raw))


def _save_state(
    conn: Connection, catalogue_fp: str, sizes: dict[int, int], persons: int, hubs: set[Key], rows: int
) -> None:
    state = {
        "version": STATE_VERSION,
        "catalogue": catalogue_fp,
        "sites": {str(k): v for k, v in sorted(sizes.items())},
        "persons": persons,
        "hubs": sorted(hubs),
        "rows": rows,  # the list's rows after this run (the next one moves it by what it adds and removes)
    }
    conn.execute(text("DELETE FROM assess_carry WHERE name = :n"), {"n": STATE})
    conn.execute(
        text("INSERT INTO assess_carry (name, value) VALUES (:n, :v)"), {"n": STATE, "v": orjson.dumps(state).decode()}
    )


def build(
    conn: Connection,
    catalogue: Catalogue | None = None,
    *,
    full: bool = True,
    changes: Changes | None = None,
    totals: dict[str, Any] | None = None,
    stats: dict[str, Any] | None = None,
) -> int:
    """Bring ``outreach_list`` up to date; return its rows.

    Run by the assess stage after scoring, in the same transaction, so the list always matches the links
    and catalogue of the last run. With ``changes`` (an incremental run) and the counts carried from a run
    under the same catalogue, only the persons the changes reach are built again (module docstring); else
    (``full``, a first run, another catalogue, an erasure) every route is counted and every row built.
    ``totals``: ``contacts.totals`` counted now (the caller stores them for the readers). ``stats`` gets
    ``outreach_rows``, the rows written, and after an incremental build ``outreach_persons``, the persons
    built again.
    """
    from kartlegg.assess.contacts import totals as count_totals
    from kartlegg.assess.run import catalogue_fingerprint

    cat = catalogue or load_catalogue()
    fp = catalogue_fingerprint(cat)
    now = totals if totals is not None else count_totals(conn)
    sizes = {int(k): int(v) for k, v in now["sites"].items()}
    persons = int(now["persons"])
    hubs = _hubs(conn)
    state = None if full or changes is None else _load_state(conn)
    listed: int | None = None  # the rows now, when known without counting them (a pass over the table)
    if state is None or state.get("version") != STATE_VERSION or state.get("catalogue") != fp or not built(conn):
        done = {"outreach_rows": _build_all(conn, cat, sizes, persons, hubs)}
        listed = done["outreach_rows"]
    else:
        done = _update(conn, cat, changes, state, sizes, persons, hubs)  # type: ignore[arg-type]  # changes is set
        moved = done.pop("listed")  # the rows this run added less those it removed
        if isinstance(state.get("rows"), int):  # kept by the last run
            listed = int(state["rows"]) + moved
    if listed is None:
        listed = int(conn.execute(text("SELECT COUNT(*) FROM outreach_list")).scalar_one())
    if stats is not None:
        stats.update(done)
    _save_state(conn, fp, sizes, persons, hubs, listed)
    return listed


def _build_all(conn: Connection, cat: Catalogue, sizes: dict[int, int], persons: int, hubs: set[Key]) -> int:
    _rebuild_routes(conn, cat, sizes, persons, hubs)
    own = {
        (str(r[0]), str(r[1]))
        for r in conn.execute(text("SELECT kind, value FROM outreach_routes WHERE status = 'own'"))
    }
    linked = linked_ads(conn)
    cities = ad_cities(conn)
    wanted = {entity_of(ad, linked) for ad in cities}
    ads: dict[Entity, list[str]] = {e: [e[1]] for e in wanted if e[0] == "ad"}
    for ad, pid in linked.items():
        if ("profile", pid) in wanted:
            ads.setdefault(("profile", pid), []).append(ad)
    ads = {e: sorted(lst, key=int) for e, lst in ads.items()}
    rows = _list_rows(conn, cat, ads, cities, lambda keys: keys & own, whole=True)
    conn.execute(text("DELETE FROM outreach_list"))
    conn.execute(text("DELETE FROM outreach_cities"))
    _insert(conn, "outreach_list", _COLS, list(rows.values()))
    _recount_cities(conn, {k[0] for k in rows})
    return len(rows)


def _update(
    conn: Connection,
    cat: Catalogue,
    changes: Changes,
    state: dict[str, Any],
    sizes: dict[int, int],
    persons: int,
    hubs: set[Key],
) -> dict[str, int]:
    touched = set(changes.persons) | _update_routes(conn, cat, changes.ads, state, sizes, persons, hubs)
    ents = _entities(conn, touched)
    cities, selected = _cities_of(conn, sorted({a for lst in ents.values() for a in lst}, key=int))
    rows = _list_rows(conn, cat, ents, cities, _stored_own(conn), selected=selected)
    old: dict[tuple[str, str, str], Row] = {}
    for etype in ("profile", "ad"):
        ids = sorted(e[1] for e in ents if e[0] == etype)
        sql = text(f"SELECT {_COLS} FROM outreach_list WHERE entity_type = :t AND entity_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        for chunk in _chunks(ids):
            for r in conn.execute(sql, {"t": etype, "ids": chunk}):
                old[(str(r[0]), str(r[1]), str(r[2]))] = tuple(r)
    stale = [k for k, r in old.items() if rows.get(k) != r]
    fresh = [r for k, r in rows.items() if old.get(k) != r]
    # a row still listed is updated in place: deleting and inserting it moved its key's entries in both
    # indexes by key (a 1M day: ~1,900 of its ~49,000 pages written)
    gone = [k for k in stale if k not in rows]
    if gone:
        conn.execute(
            text("DELETE FROM outreach_list WHERE city_key = :c AND entity_type = :t AND entity_id = :i"),
            [{"c": c, "t": t, "i": i} for c, t, i in gone],
        )
    changed = [(*rows[k][3:], *k) for k in stale if k in rows]
    if changed:
        ph = placeholder(conn)
        sets = ", ".join(f"{c} = {ph}" for c in _COLS.split(", ")[3:])
        for chunk in _chunks(changed, 5000):
            conn.exec_driver_sql(
                f"UPDATE outreach_list SET {sets} WHERE city_key = {ph} AND entity_type = {ph} AND entity_id = {ph}",
                chunk,
            )
    added = [r for k, r in rows.items() if k not in old]
    _insert(conn, "outreach_list", _COLS, added)
    _adjust_cities(conn, [old[k] for k in stale], fresh)
    return {
        "outreach_persons": len(ents),
        "outreach_rows": len(fresh) + len(gone),
        "listed": len(added) - len(gone),
    }


def built(conn: Connection) -> bool:
    """True when the last assess run built ``outreach_list`` (a store assessed before it existed: False)."""
    row = conn.execute(
        text("SELECT info FROM stage_runs WHERE stage = 'assess' AND status = 'ok' ORDER BY id DESC LIMIT 1")
    ).first()
    return row is not None and BUILT in orjson.loads(row[0] or "{}")


def outreach(
    conn: Connection, city: str, catalogue: Catalogue | None = None, *, limit: int | None = None, offset: int = 0
) -> list[OutreachItem]:
    """Contact routes and likely languages of everyone advertised in ``city``, most recently seen first.

    The one outreach list (CLI, workbench, exports): only a person's own routes (``contacts.classify``):
    never a hub, a site's own line, or a number, address or handle another person also uses (it reaches
    whoever manages the ads, not her). ``limit`` and ``offset`` page it in that order.
    """
    offset = max(offset, 0)
    if catalogue is not None or not built(conn):
        items = _live(conn, city, catalogue or load_catalogue())
        return items[offset : None if limit is None else offset + limit]
    sql = (
        "SELECT city, entity_id, phones, emails, handles, languages, ad_url, last_seen FROM outreach_list "
        "WHERE city_key = :k ORDER BY sort_key DESC"
    )
    params: dict[str, Any] = {"k": city_key(city), "o": offset}
    if limit is not None:
        sql += " LIMIT :n OFFSET :o"
        params["n"] = limit
    else:
        sql += " LIMIT -1 OFFSET :o" if conn.dialect.name == "sqlite" else " OFFSET :o"
    return [
        OutreachItem(
            str(r[1]),
            str(r[0]),
            tuple(orjson.loads(r[2])),
            tuple(orjson.loads(r[3])),
            tuple(orjson.loads(r[4])),
            tuple(orjson.loads(r[5])),
            r[6],
            r[7],
        )
        for r in conn.execute(text(sql), params)
    ]


def cities(conn: Connection, limit: int = 300) -> list[tuple[str, int]] | None:
    """Cities of the built list with their ads, most first (None: not built, ask the ads instead)."""
    if not built(conn):
        return None
    rows = conn.execute(text("SELECT city, ads FROM outreach_cities ORDER BY ads DESC, city LIMIT :n"), {"n": limit})
    return [(str(r[0]), int(r[1])) for r in rows]
