"""The outreach list: each person advertised in a city with her own contact routes and likely languages.

Which routes are a person's own depends on the whole market (``contacts.classify``: a number another
person also uses, a hub or a site's line is left out), so classifying one city's routes on each page view
read every linked ad and took seconds at 20,000 ads. The assess stage therefore computes the list of every
city once per run (``build``, into ``outreach_list``) and a page reads one city's rows by position
(``outreach``: an index range, paged by position). Before the first run that built it (a new or upgraded
store), or with a catalogue other than the stage's, the list is computed live, with the same rules.

A read of person data: callers write an audit row (``kartlegg.read``). No scores, indicators or network ids.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.assess import diff
from kartlegg.assess.catalogue import Catalogue, load_catalogue
from kartlegg.assess.contacts import CONTACT_KINDS, classify
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

#: the stage run's info key that says ``outreach_list`` was built by that run
BUILT = "outreach"
_KINDS = "('phone', 'email', 'handle', 'language', 'nationality')"


@dataclass(frozen=True, slots=True)
class Routes:
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    handles: tuple[str, ...]
    languages: tuple[str, ...]
    ad_url: str | None
    last_seen: str | None


def _in(sql: str, ints: list[int] | None) -> tuple[Any, dict[str, Any]]:
    """``sql`` restricted to the ads ``ints`` (``{where}`` becomes ``AND <col> IN :ids``), or to none."""
    if ints is None:
        return text(sql.replace("{where}", "")), {}
    col = "a.ad_id" if "ad_selectors a" in sql else "v.ad_id"
    return text(sql.replace("{where}", f"AND {col} IN :ids")).bindparams(bindparam("ids", expanding=True)), {
        "ids": ints
    }


def _routes(
    conn: Connection, ads: dict[Entity, list[str]], cat: Catalogue, whole: bool = False
) -> dict[Entity, Routes]:
    """Each entity's own routes and likely languages from its ads (``whole``: read every ad at once)."""
    ints = None if whole else sorted({int(a) for lst in ads.values() for a in lst})
    selectors: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    sql, params = _in(
        "SELECT a.ad_id, s.kind, s.value, a.detail FROM ad_selectors a JOIN selectors s ON s.id = a.selector_id "
        f"WHERE s.kind IN {_KINDS} {{where}} ORDER BY a.ad_id, a.field, a.span_start",
        ints,
    )
    for ad, kind, value, detail in conn.execute(sql, params):
        k = str(kind)
        # only handles and nationalities read their detail: skip decoding the rest (millions of rows)
        data = orjson.loads(detail or "{}") if k in ("handle", "nationality") else {}
        selectors[str(ad)].append((k, str(value), data))
    ad_lang: dict[str, str] = {}
    ad_url: dict[str, tuple[str, str]] = {}
    sql, params = _in(
        "SELECT v.ad_id, e.language, v.url, COALESCE(v.posted_at, v.ingested_at) FROM ad_versions v "
        "LEFT JOIN ad_extractions e ON e.version_seq = v.seq WHERE 1 = 1 {where} ORDER BY v.seq",
        ints,
    )
    for ad, lang, url, when in conn.execute(sql, params):
        if lang:
            ad_lang[str(ad)] = str(lang)
        if url:
            ad_url[str(ad)] = (str(when or ""), str(url))
    uses = classify(
        conn,
        {(k, v) for lst in selectors.values() for k, v, _ in lst if k in CONTACT_KINDS},
        catalogue=cat,
        fresh=whole,  # the run's build counts the market now; a live page reads the run's counts
    )
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
                if kind in CONTACT_KINDS:
                    use = uses.get((kind, value))
                    if use is None or not use.reaches_the_person:
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


def _item(key: Entity, city: str, r: Routes) -> OutreachItem:
    return OutreachItem(key[1], city, r.phones, r.emails, r.handles, r.languages, r.ad_url, r.last_seen)


def _order(item: OutreachItem) -> tuple[str, str]:
    """Most recently seen first (then by reference, descending): the list's one order."""
    return (item.last_seen or "", item.ref)


def _live(conn: Connection, city: str, cat: Catalogue) -> list[OutreachItem]:
    in_city = entities_in_city(conn, city, linked_ads(conn))
    if not in_city:
        return []
    want = city_key(city)
    ads = ads_of(conn, list(in_city))
    routes = _routes(conn, ads, cat)
    shown = ad_cities(conn, sorted({a for lst in ads.values() for a in lst}))
    items = [
        _item(key, next((c for a in in_city[key] for c in shown.get(a, []) if c.casefold() == want), city), r)
        for key, r in routes.items()
    ]
    items.sort(key=_order, reverse=True)
    return items


def build(conn: Connection, catalogue: Catalogue | None = None, *, full: bool = True) -> int:
    """Compute the outreach list of every city into ``outreach_list``; return its rows.

    Run by the assess stage after scoring, in the same transaction, so the list always matches the links
    and catalogue of the last run. Every city's list is computed; with ``full`` False only the cities whose
    list changed since the last build (``assess.diff``, kind ``city``) are written again.
    """
    cat = catalogue or load_catalogue()
    linked = linked_ads(conn)
    by_city: dict[str, dict[Entity, list[Any]]] = defaultdict(dict)  # key -> entity -> [display, ads]
    for ad, cities in ad_cities(conn).items():
        entity = entity_of(ad, linked)
        for c in cities:
            place = by_city[c.casefold()].setdefault(entity, [c, 0])
            place[1] += 1
    wanted = {e for places in by_city.values() for e in places}
    ads: dict[Entity, list[str]] = {e: [e[1]] for e in wanted if e[0] == "ad"}
    for ad, pid in linked.items():
        if ("profile", pid) in wanted:
            ads.setdefault(("profile", pid), []).append(ad)
    routes = _routes(conn, ads, cat, whole=True)
    old = {} if full else {k: d for (_, k), d in diff.load(conn, ["city"]).items()}
    if full or not diff.consistent(conn, "outreach_cities", "1 = 1", len(old)):
        conn.execute(text("DELETE FROM outreach_list"))
        conn.execute(text("DELETE FROM outreach_cities"))
        diff.clear(conn, ["city"])
        old = {}
    ph = "?" if conn.dialect.name == "sqlite" else "%s"
    sql = (
        "INSERT INTO outreach_list (city_key, pos, city, entity_type, entity_id, ads, phones, emails, handles, "
        f"languages, ad_url, last_seen) VALUES ({', '.join([ph] * 12)})"
    )
    n = 0
    digests: list[tuple[str, str, str]] = []
    for key, places in by_city.items():
        items = sorted(
            ((_item(e, str(p[0]), routes[e]), e, int(p[1])) for e, p in places.items()),
            key=lambda t: _order(t[0]),
            reverse=True,
        )
        rows = [
            (
                key,
                pos,
                it.city,
                e[0],
                e[1],
                count,
                orjson.dumps(it.phones).decode(),
                orjson.dumps(it.emails).decode(),
                orjson.dumps(it.handles).decode(),
                orjson.dumps(it.languages).decode(),
                it.ad_url,
                it.last_seen,
            )
            for pos, (it, e, count) in enumerate(items)
        ]
        n += len(rows)
        city_row = (key, min(str(p[0]) for p in places.values()), len(places), sum(int(p[1]) for p in places.values()))
        d = diff.digest(orjson.dumps([city_row, rows]))
        if old.get(key) == d:
            continue
        if key in old:
            _delete_city(conn, key)
        for i in range(0, len(rows), 5000):
            conn.exec_driver_sql(sql, rows[i : i + 5000])
        conn.exec_driver_sql(
            f"INSERT INTO outreach_cities (city_key, city, persons, ads) VALUES ({ph}, {ph}, {ph}, {ph})", city_row
        )
        digests.append(("city", key, d))
    gone = [k for k in old if k not in by_city]
    for key in gone:
        _delete_city(conn, key)
    diff.drop(conn, [("city", k) for k in gone])
    diff.put(conn, digests)
    return n


def _delete_city(conn: Connection, key: str) -> None:
    conn.execute(text("DELETE FROM outreach_list WHERE city_key = :k"), {"k": key})
    conn.execute(text("DELETE FROM outreach_cities WHERE city_key = :k"), {"k": key})


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
    whoever manages the ads, not her). ``limit`` and ``offset`` page it (positions in that order).
    """
    offset = max(offset, 0)
    if catalogue is not None or not built(conn):
        items = _live(conn, city, catalogue or load_catalogue())
        return items[offset : None if limit is None else offset + limit]
    sql = (
        "SELECT city, entity_id, phones, emails, handles, languages, ad_url, last_seen FROM outreach_list "
        "WHERE city_key = :k AND pos >= :o ORDER BY pos"
    )
    params: dict[str, Any] = {"k": city_key(city), "o": offset}
    if limit is not None:
        sql += " LIMIT :n"
        params["n"] = limit
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
