"""Reads of the assessment: explanations, the triage queue, the outreach list.

These are reads of person data: callers (CLI, web, reports) must write an audit row in the same
transaction (``kartlegg.store.audit.record``). Outreach returns contact routes and likely languages
only, never scores, indicators or network ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.assess.catalogue import Catalogue, load_catalogue
from kartlegg.assess.contacts import CONTACT_KINDS, classify
from kartlegg.assess.model import Contribution, Evidence, Explanation, OutreachItem, TriageItem
from kartlegg.assess.run import FAIRNESS_ROW
from kartlegg.assess.sentences import evidence_phrase, plain, reason
from kartlegg.extract.places import display_city

ENTITY_TYPES = ("ad", "profile", "network")


class NotAssessed(LookupError):
    """The entity has no score (unknown id, or the assess stage has not run)."""


def _evidence_object(raw: str | None) -> dict[str, Any]:
    """An ``indicators.evidence`` cell as the assess stage writes it (a JSON object); text or other JSON
    from older or imported stores becomes its note, so a reader never fails on it."""
    try:
        data = orjson.loads(raw or "{}")
    except orjson.JSONDecodeError:
        return {"note": str(raw)}
    if isinstance(data, dict):
        return data
    return {"note": plain(data)}


def titles_of(catalogue: Catalogue, translate: Callable[[str], str] | None = None) -> dict[str, str]:
    """Indicator id -> title; ``translate`` (a message catalogue's gettext, handed in by the caller: this
    stage knows no language) puts the titles in the reader's language."""
    tr = translate or (lambda s: s)
    return {i.id: tr(i.title) for i in catalogue.indicators}


def explain(
    conn: Connection,
    entity_type: str,
    entity_id: str,
    catalogue: Catalogue | None = None,
    translate: Callable[[str], str] | None = None,
) -> Explanation:
    """Every contribution to an entity's scores, with its evidence, largest first."""
    if entity_type not in ENTITY_TYPES:
        raise ValueError(f"entity type must be one of {', '.join(ENTITY_TYPES)}, not {entity_type!r}")
    row = conn.execute(
        text("SELECT risk_score, minor_score, third_party_score FROM scores WHERE entity_type = :t AND entity_id = :i"),
        {"t": entity_type, "i": entity_id},
    ).first()
    if row is None:
        raise NotAssessed(f"no assessment for {entity_type} {entity_id!r} (unknown id, or run `kartlegg assess`)")
    titles = titles_of(catalogue or load_catalogue(), translate)
    contributions: list[Contribution] = []
    notes: list[str] = []
    for ind, contribution, raw in conn.execute(
        text(
            "SELECT indicator, contribution, evidence FROM indicators WHERE entity_type = :t AND entity_id = :i "
            "ORDER BY contribution DESC, indicator"
        ),
        {"t": entity_type, "i": entity_id},
    ):
        data = _evidence_object(raw)
        if ind == FAIRNESS_ROW:
            notes.extend(str(n) for n in data.get("notes", []))
            continue
        contributions.append(
            Contribution(
                indicator=ind,
                title=titles.get(ind, ind),
                level=str(data.get("level", entity_type)),
                strength=float(data.get("strength", 0.0)),
                minor=float(data.get("minor", 0.0)),
                third_party=float(data.get("third_party", 0.0)),
                risk=float(contribution),
                evidence=tuple(Evidence.from_json(e) for e in data.get("evidence", [])),
                note=str(data.get("note", "")),
            )
        )
    return Explanation(
        entity_type, entity_id, float(row[0]), float(row[1]), float(row[2]), tuple(contributions), tuple(notes)
    )


# -- where entities are ---------------------------------------------------------------------------


def _linked_ads(conn: Connection) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in conn.execute(text("SELECT ad_id, profile_id FROM profile_ads"))}


def _ad_cities(conn: Connection, ad_ids: list[str] | None = None) -> dict[str, list[str]]:
    """Cities each ad was advertised in (site label of any version, and extracted city selectors), each by its
    canonical name ("Malmo" -> "Malmö"; a label the gazetteer does not know as written)."""
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
        rows = [
            *conn.execute(
                text(q1 + " AND v.ad_id IN :ids").bindparams(bindparam("ids", expanding=True)), {"ids": ints}
            ),
            *conn.execute(
                text(q2 + " AND a.ad_id IN :ids").bindparams(bindparam("ids", expanding=True)), {"ids": ints}
            ),
        ]
    for ad, city in rows:
        c = display_city(str(city)) or ""
        lst = cities[str(ad)]
        if c and c.casefold() not in {x.casefold() for x in lst}:
            lst.append(c)
    return cities


def _entity(ad_id: str, linked: dict[str, str]) -> tuple[str, str]:
    pid = linked.get(ad_id)
    return ("profile", pid) if pid is not None else ("ad", ad_id)


def _entities_in_city(conn: Connection, city: str, linked: dict[str, str]) -> dict[tuple[str, str], list[str]]:
    """Entity -> its ads advertised in ``city`` (any spelling of it, case-insensitive)."""
    want = (display_city(city) or city).strip().casefold()
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ad, cities in _ad_cities(conn).items():
        if any(c.casefold() == want for c in cities):
            out[_entity(ad, linked)].append(ad)
    return out


def _ads_of(conn: Connection, entities: list[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {e: [] for e in entities}
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


def _last_seen(conn: Connection, ad_ids: list[str]) -> dict[str, str]:
    if not ad_ids:
        return {}
    rows = conn.execute(
        text(
            "SELECT ad_id, MAX(COALESCE(posted_at, ingested_at)) FROM ad_versions WHERE ad_id IN :ids GROUP BY ad_id"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": [int(a) for a in ad_ids]},
    )
    return {str(r[0]): str(r[1]) for r in rows if r[1] is not None}


# -- triage ----------------------------------------------------------------------------------------


def _ordered_scores(conn: Connection, threshold: float) -> Iterator[Any]:
    yield from conn.execute(
        text(
            "SELECT entity_type, entity_id, risk_score, minor_score, third_party_score FROM scores "
            "WHERE entity_type IN ('profile', 'ad') AND risk_score > 0 "
            "ORDER BY CASE WHEN minor_score >= :t THEN 1 ELSE 0 END DESC, "
            "CASE WHEN minor_score >= :t THEN minor_score ELSE risk_score END DESC, "
            "risk_score DESC, entity_type DESC, entity_id"
        ),
        {"t": threshold},
    )


def _reasons(
    conn: Connection, entity: tuple[str, str], minor_first: bool, titles: dict[str, str], n: int = 3
) -> tuple[str, ...]:
    rows = []
    for ind, contribution, raw in conn.execute(
        text(
            "SELECT indicator, contribution, evidence FROM indicators WHERE entity_type = :t AND entity_id = :i "
            "AND contribution > 0"
        ),
        {"t": entity[0], "i": entity[1]},
    ):
        data = _evidence_object(raw)
        rows.append((float(data.get("minor", 0.0)), float(contribution), ind, data))
    rows.sort(key=lambda r: ((r[0] if minor_first else 0.0), r[1], r[2]), reverse=True)
    out: list[str] = []
    for _, _, ind, data in rows[:n]:
        evidence = [Evidence.from_json(e) for e in data.get("evidence", []) if isinstance(e, dict)]
        phrase = evidence_phrase(evidence, str(data.get("level", "ad"))) or str(data.get("note", ""))
        out.append(reason(titles.get(ind, ind), phrase))
    return tuple(out)


TRIAGE_LEVELS = ("profile", "ad")


def is_minor_first(minor_score: float, catalogue: Catalogue | None = None) -> bool:
    """The one "likely minor" flag: a 0-100 minor score at or above the catalogue's threshold."""
    return float(minor_score) >= (catalogue or load_catalogue()).settings.minor_first_threshold


def triage(
    conn: Connection,
    city: str | None = None,
    limit: int = 50,
    catalogue: Catalogue | None = None,
    offset: int = 0,
    level: str | None = None,
    translate: Callable[[str], str] | None = None,
) -> list[TriageItem]:
    """Profiles (and ads not linked to any profile) by priority: likely minors first, then by risk.

    The one triage queue (CLI and workbench). ``offset`` skips that many rows of the same order (paging);
    ``level`` keeps only profiles or only unplaced ads (None: both).
    """
    if level is not None and level not in TRIAGE_LEVELS:
        raise ValueError(f"level must be profile or ad, not {level!r}")
    cat = catalogue or load_catalogue()
    threshold = cat.settings.minor_first_threshold
    titles = titles_of(cat, translate)
    linked = _linked_ads(conn)
    in_city = _entities_in_city(conn, city, linked) if city else None
    picked: list[Any] = []
    skipped = 0
    for row in _ordered_scores(conn, threshold):
        key = (str(row[0]), str(row[1]))
        if key[0] == "ad" and key[1] in linked:
            continue  # shown through its profile
        if level is not None and key[0] != level:
            continue
        if in_city is not None and key not in in_city:
            continue
        if skipped < offset:
            skipped += 1
            continue
        picked.append(row)
        if len(picked) >= limit:
            break
    entities = [(str(r[0]), str(r[1])) for r in picked]
    ads = _ads_of(conn, entities)
    all_ads = [a for lst in ads.values() for a in lst]
    cities = _ad_cities(conn, all_ads)
    seen = _last_seen(conn, all_ads)
    networks = {}
    pids = [i for t, i in entities if t == "profile"]
    if pids:
        networks = {
            str(r[0]): r[1]
            for r in conn.execute(
                text("SELECT id, network_id FROM profiles WHERE id IN :p").bindparams(bindparam("p", expanding=True)),
                {"p": pids},
            )
        }
    items: list[TriageItem] = []
    for r, key in zip(picked, entities, strict=True):
        ent_cities: list[str] = []
        for a in ads[key]:
            for c in cities.get(a, []):
                if c.casefold() not in {x.casefold() for x in ent_cities}:
                    ent_cities.append(c)
        last = max((seen[a] for a in ads[key] if a in seen), default=None)
        minor_first = is_minor_first(float(r[3]), cat)
        items.append(
            TriageItem(
                entity_type=key[0],
                entity_id=key[1],
                minor_first=minor_first,
                risk_score=round(float(r[2]), 1),
                minor_score=round(float(r[3]), 1),
                third_party_score=round(float(r[4]), 1),
                network_id=networks.get(key[1]) if key[0] == "profile" else None,
                ads=len(ads[key]),
                cities=tuple(ent_cities),
                last_seen=last,
                reasons=_reasons(conn, key, minor_first, titles),
            )
        )
    return items


# -- outreach --------------------------------------------------------------------------------------


def outreach(conn: Connection, city: str, catalogue: Catalogue | None = None) -> list[OutreachItem]:
    """Contact routes and likely languages of everyone advertised in ``city``, most recently seen first.

    The one outreach list (CLI, workbench, exports): only a person's own routes (``contacts.classify``):
    never a hub, a site's own line, or a number, address or handle another person also uses (it reaches
    whoever manages the ads, not her). No scores, indicators or network ids are returned.
    """
    cat = catalogue or load_catalogue()
    linked = _linked_ads(conn)
    in_city = _entities_in_city(conn, city, linked)
    if not in_city:
        return []
    want = (display_city(city) or city).strip().casefold()
    entities = list(in_city)
    ads = _ads_of(conn, entities)
    all_ads = sorted({a for lst in ads.values() for a in lst})
    ints = [int(a) for a in all_ads]
    selectors: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for ad, kind, value, detail in conn.execute(
        text(
            "SELECT a.ad_id, s.kind, s.value, a.detail FROM ad_selectors a JOIN selectors s ON s.id = a.selector_id "
            "WHERE a.ad_id IN :ids AND s.kind IN ('phone', 'email', 'handle', 'language', 'nationality') "
            "ORDER BY a.ad_id, a.field, a.span_start"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": ints},
    ):
        selectors[str(ad)].append((str(kind), str(value), orjson.loads(detail or "{}")))
    ad_lang: dict[str, str] = {}
    ad_url: dict[str, tuple[str, str]] = {}
    for ad, lang, url, when in conn.execute(
        text(
            "SELECT v.ad_id, e.language, v.url, COALESCE(v.posted_at, v.ingested_at) FROM ad_versions v "
            "LEFT JOIN ad_extractions e ON e.version_seq = v.seq WHERE v.ad_id IN :ids ORDER BY v.seq"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": ints},
    ):
        if lang:
            ad_lang[str(ad)] = str(lang)
        if url:
            ad_url[str(ad)] = (str(when or ""), str(url))
    uses = classify(
        conn, {(k, v) for lst in selectors.values() for k, v, _ in lst if k in CONTACT_KINDS}, catalogue=cat
    )
    seen = _last_seen(conn, all_ads)
    ad_cities = _ad_cities(conn, all_ads)
    s = cat.settings
    language_names = {k.casefold(): v for k, v in s.language_names.items()}
    nat_lang = {k.casefold(): v for k, v in s.nationality_languages.items()}
    items: list[OutreachItem] = []
    for key in entities:
        phones: list[str] = []
        emails: list[str] = []
        handles: list[str] = []
        stated: list[str] = []
        from_nationality: list[str] = []
        for a in ads[key]:
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
            languages = sorted({ad_lang[a] for a in ads[key] if a in ad_lang})
        urls = sorted((ad_url[a] for a in ads[key] if a in ad_url), reverse=True)
        last = max((seen[a] for a in ads[key] if a in seen), default=None)
        display = next(
            (c for a in in_city[key] for c in ad_cities.get(a, []) if c.casefold() == want),
            city,
        )
        items.append(
            OutreachItem(
                ref=key[1],
                city=display,
                phones=tuple(phones),
                emails=tuple(emails),
                handles=tuple(handles),
                languages=tuple(languages),
                ad_url=urls[0][1] if urls else None,
                last_seen=last,
            )
        )
    items.sort(key=lambda i: (i.last_seen or "", i.ref), reverse=True)
    return items
