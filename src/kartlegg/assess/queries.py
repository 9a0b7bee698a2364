"""Reads of the assessment: explanations, the triage queue, the outreach list.

These are reads of person data: callers (CLI, web, reports) must write an audit row in the same
transaction (``kartlegg.store.audit.record``). Outreach returns contact routes and likely languages
only, never scores, indicators or network ids.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.assess import notes, outreach_list, person_rows, shared_notes
from kartlegg.assess.catalogue import Catalogue, load_catalogue
from kartlegg.assess.model import FAIRNESS_ROW, Contribution, Evidence, Explanation, TriageItem
from kartlegg.assess.places import ad_cities, ads_of, city_key, entities_in_city, last_seen, linked_ads
from kartlegg.assess.sentences import evidence_phrase, plain, reason

#: the one outreach list (``assess.outreach_list``), where callers have always found it
outreach = outreach_list.outreach

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
    stored = conn.execute(
        text(
            "SELECT indicator, contribution, evidence FROM indicators WHERE entity_type = :t AND entity_id = :i "
            "ORDER BY contribution DESC, indicator"
        ),
        {"t": entity_type, "i": entity_id},
    )
    joined = person_rows.join(conn, [(entity_type, entity_id, str(r[0]), float(r[1]), str(r[2])) for r in stored])
    rows = sorted(((r[2], r[3], r[4]) for r in joined), key=lambda r: (-r[1], r[0]))
    cells = shared_notes.fill(conn, [r[2] for r in rows])
    for (ind, contribution, _), raw in zip(rows, cells, strict=True):
        data = _evidence_object(raw)
        if ind == FAIRNESS_ROW:
            said = data.get("note_msgs")
            if isinstance(said, list) and len(said) == len(data.get("notes", [])):  # stored with their messages
                notes.extend(_note_text(m, translate) for m in said)
            else:
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
                note_msg=str(data.get("note_msg", "")),
                note_args=tuple(sorted(args.items())) if isinstance(args := data.get("note_args"), dict) else (),
            )
        )
    return Explanation(
        entity_type, entity_id, float(row[0]), float(row[1]), float(row[2]), tuple(contributions), tuple(notes)
    )


# -- triage ----------------------------------------------------------------------------------------


#: an ad score row that linking placed in a profile (shown through its profile); the CASE keeps PostgreSQL
#: from casting a profile id to a number
_PLACED = (
    "EXISTS (SELECT 1 FROM profile_ads pa WHERE pa.ad_id = "
    "CAST(CASE WHEN s.entity_type = 'ad' THEN s.entity_id END AS BIGINT))"
)


def _queue(
    conn: Connection, threshold: float, *, city: str | None, level: str | None, offset: int, limit: int
) -> list[Any]:
    """One page of the queue: likely minors by minor score, then the rest by risk (ties: entity type
    descending, then id). Two ordered, limited reads that indexes serve (``ix_web_scores_triage``,
    ``ix_scores_queue``) instead of sorting every score and reading every linked ad on each page view."""
    where = ["s.entity_type IN ('profile', 'ad')", "s.risk_score > 0", f"NOT {_PLACED}"]
    params: dict[str, Any] = {"t": threshold, "n": offset + limit}
    if level is not None:
        where.append("s.entity_type = :level")
        params["level"] = level
    keep: set[tuple[str, str]] | None = None
    own = " AND ".join(where)  # the conditions on the score row itself
    from_city = False
    if city:
        if outreach_list.built(conn):  # where each entity was advertised, computed by the last run
            from_city = conn.dialect.name == "postgresql"
            where.append(
                "EXISTS (SELECT 1 FROM outreach_list o WHERE o.entity_type = s.entity_type "
                "AND o.entity_id = s.entity_id AND o.city_key = :ck)"
            )
            params["ck"] = city_key(city)
        else:
            keep = set(entities_in_city(conn, city, linked_ads(conn)))
    cols = "SELECT s.entity_type, s.entity_id, s.risk_score, s.minor_score, s.third_party_score FROM scores s"
    cond = " AND ".join(where)
    cap = "" if keep is not None else " LIMIT :n"
    # SQLite's unary plus keeps it on ix_scores_minor_queue (the queue's order: it stops after the page)
    # instead of reading every likely minor of each entity type through ix_web_scores_triage and sorting
    plus = "+" if conn.dialect.name == "sqlite" else ""
    rows = list(
        conn.execute(
            text(
                f"{cols} WHERE {cond.replace('s.entity_type IN', plus + 's.entity_type IN')} AND s.minor_score >= :t "
                f"ORDER BY s.minor_score DESC, s.risk_score DESC, s.entity_type DESC, s.entity_id{cap}"
            ),
            params,
        )
    )
    if from_city and len(rows) < offset + limit:
        # the rest of one city, from the city's entities in the stored list (an index range) to each one's
        # score (primary key): the plan of the query below hashed every score row (a sequential scan that,
        # while assess rewrites the scores in its transaction, also checks each new row version): 0.5 s
        # p50, 1.2 s p95 for a city's triage during the pipeline at 100,000 ads. LIMIT 1 keeps the lateral
        # subquery a per-entity lookup; same rows, same order.
        rows += conn.execute(
            text(
                "SELECT s.entity_type, s.entity_id, s.risk_score, s.minor_score, s.third_party_score FROM "
                "(SELECT DISTINCT entity_type, entity_id FROM outreach_list WHERE city_key = :ck) o "
                "CROSS JOIN LATERAL (SELECT s.entity_type, s.entity_id, s.risk_score, s.minor_score, "
                "s.third_party_score FROM scores s WHERE s.entity_type = o.entity_type AND s.entity_id = o.entity_id "
                f"AND {own} AND s.minor_score < :t LIMIT 1) s "
                f"ORDER BY s.risk_score DESC, s.entity_type DESC, s.entity_id{cap}"
            ),
            params,
        )
    elif keep is not None or len(rows) < offset + limit:
        # the same for the rest: it walks ix_scores_queue in risk order and stops after the page
        rows += conn.execute(
            text(
                f"{cols} WHERE {cond.replace('s.entity_type IN', plus + 's.entity_type IN')} "
                f"AND {plus}s.minor_score < :t "
                f"ORDER BY s.risk_score DESC, s.entity_type DESC, s.entity_id{cap}"
            ),
            params,
        )
    if keep is not None:
        rows = [r for r in rows if (str(r[0]), str(r[1])) in keep]
    return rows[offset : offset + limit]


def _note(data: dict[str, Any], translate: Callable[[str], str] | None) -> str:
    """A stored contribution's note in the reader's language (its English text from older stores)."""
    args = data.get("note_args")
    if data.get("note_msg") and isinstance(args, dict):
        return notes.text(str(data["note_msg"]), tuple(sorted(args.items())), translate)
    return str(data.get("note", ""))


def _note_text(said: Any, translate: Callable[[str], str] | None) -> str:
    """A fairness-guard note stored as ``[message id, parameters]``, in the reader's language."""
    msg, args = (said[0], said[1]) if isinstance(said, list) and len(said) == 2 else ("", None)
    if not isinstance(args, dict):
        return str(msg)
    return notes.text(str(msg), tuple(sorted(args.items())), translate)


def _findings(conn: Connection, entities: list[tuple[str, str]]) -> dict[tuple[str, str], list[tuple[str, float, str]]]:
    """The positive findings (indicator, contribution, evidence cell) of a page's entities: one read per
    entity type instead of one per row."""
    out: dict[tuple[str, str], list[tuple[str, float, str]]] = {e: [] for e in entities}
    select = (
        "SELECT entity_id, indicator, contribution, evidence FROM indicators "
        "WHERE entity_type = :t AND entity_id IN :ids"
    )
    rows: list[tuple[tuple[str, str], str, float, str | None]] = []
    for etype in sorted({t for t, _ in entities}):
        ids = [i for t, i in entities if t == etype]
        # an ad's rows are all read: its findings held by its person's profile are positive once joined
        sql = text(select if etype == "ad" else f"{select} AND contribution > 0")
        found = conn.execute(sql.bindparams(bindparam("ids", expanding=True)), {"t": etype, "ids": ids})
        stored = [(etype, str(r[0]), str(r[1]), float(r[2]), str(r[3])) for r in found]
        for _, eid, ind, contribution, cell in person_rows.join(conn, stored):
            if contribution > 0:
                rows.append(((etype, eid), ind, contribution, cell))
    for (key, ind, contribution, _), raw in zip(rows, shared_notes.fill(conn, [r[3] for r in rows]), strict=True):
        out[key].append((ind, contribution, raw or ""))
    return out


def _reasons(
    found: list[tuple[str, float, str]],
    minor_first: bool,
    titles: dict[str, str],
    n: int = 3,
    translate: Callable[[str], str] | None = None,
) -> tuple[str, ...]:
    rows = []
    for ind, contribution, raw in found:
        data = _evidence_object(raw)
        rows.append((float(data.get("minor", 0.0)), contribution, ind, data))
    rows.sort(key=lambda r: ((r[0] if minor_first else 0.0), r[1], r[2]), reverse=True)
    out: list[str] = []
    for _, _, ind, data in rows[:n]:
        evidence = [Evidence.from_json(e) for e in data.get("evidence", []) if isinstance(e, dict)]
        phrase = evidence_phrase(evidence, str(data.get("level", "ad")), translate) or _note(data, translate)
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
    picked = _queue(conn, threshold, city=city, level=level, offset=max(offset, 0), limit=limit)
    entities = [(str(r[0]), str(r[1])) for r in picked]
    found = _findings(conn, entities)
    ads = ads_of(conn, entities)
    all_ads = [a for lst in ads.values() for a in lst]
    cities = ad_cities(conn, all_ads)
    seen = last_seen(conn, all_ads)
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
                reasons=_reasons(found[key], minor_first, titles, translate=translate),
            )
        )
    return items
