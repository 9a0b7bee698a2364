"""The person-level reads behind every door: an ad, a profile, a network (with its graph) and search hits.

One query per record, shared by the CLI and the workbench; ``read.records`` projects each record onto the
fields the disclosure policy lets a mode see. Every query is bounded (LIMIT) so a page never reads the
whole store. Hubs and site lines are never drawn or listed as links (``assess.contacts.classify``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.contacts import classify
from kartlegg.assess.queries import is_minor_first
from kartlegg.extract.places import display_city
from kartlegg.link import query as link_query
from kartlegg.store.ads import current_version

ALIAS_KINDS = ("handle", "name", "alias")
#: an alias search also finds e-mail addresses that start with it ("anna" -> anna@...)
ALIAS_SEARCH_KINDS = (*ALIAS_KINDS, "email")
MAX_PROFILE_ADS = 500
MAX_NETWORK_PROFILES = 150


def _json(raw: str | None) -> Any:
    if not raw:
        return {}
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return {}


def _ids(name: str) -> Any:
    return bindparam(name, expanding=True)


# ---------------------------------------------------------------------------------------------- search
@dataclass(slots=True)
class AdHit:
    ad_id: int
    site: str
    title: str
    city: str | None
    posted_at: str | None
    snippet: str
    matched: str
    #: the person and the network behind the ad, when linking placed it
    profile_id: str | None = None
    network_id: str | None = None


def hits(conn: Connection, ad_ids: list[int], matched: dict[int, str]) -> list[AdHit]:
    """The ads as search hits (title, 200-character snippet, who is behind them), newest first."""
    if not ad_ids:
        return []
    rows = conn.execute(
        text(
            "SELECT a.id, s.name, v.title, v.city, v.posted_at, v.body, p.id, p.network_id FROM ads a "
            f"JOIN ad_versions v ON {current_version()} JOIN sites s ON s.id = a.site_id "
            "LEFT JOIN profile_ads pa ON pa.ad_id = a.id LEFT JOIN profiles p ON p.id = pa.profile_id "
            "WHERE a.id IN :ids"
        ).bindparams(_ids("ids")),
        {"ids": ad_ids},
    ).all()
    found = [
        AdHit(int(r[0]), r[1], r[2], r[3], r[4], (r[5] or "")[:200], matched.get(int(r[0]), ""), r[6], r[7])
        for r in rows
    ]
    found.sort(key=lambda h: h.posted_at or "", reverse=True)
    return found


def search_selectors(conn: Connection, kind: str, values: list[str], limit: int = 200) -> list[AdHit]:
    """Every ad carrying one of the selector values (any version), newest first."""
    if not values:
        return []
    rows = conn.execute(
        text(
            "SELECT DISTINCT x.ad_id, s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
            "WHERE s.kind = :k AND s.value IN :vals LIMIT :n"
        ).bindparams(_ids("vals")),
        {"k": kind, "vals": values, "n": limit},
    ).all()
    matched = {int(r[0]): f"{kind} {r[1]}" for r in rows}
    return hits(conn, list(matched), matched)


def search_alias(conn: Connection, query: str, limit: int = 200) -> list[AdHit]:
    """Ads whose handle/name/alias selectors start with the query (case-insensitive, index range scan)."""
    q = query.strip().lower().lstrip("@")
    if not q:
        return []
    rows = conn.execute(
        text(
            "SELECT DISTINCT x.ad_id, s.kind, s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
            "WHERE s.kind IN :kinds AND s.value >= :lo AND s.value < :hi LIMIT :n"
        ).bindparams(_ids("kinds")),
        {"kinds": list(ALIAS_SEARCH_KINDS), "lo": q, "hi": q + "\U0010ffff", "n": limit},
    ).all()
    matched = {int(r[0]): f"{r[1]} {r[2]}" for r in rows}
    return hits(conn, list(matched), matched)


def search_text(
    conn: Connection, query: str, find: Callable[[Connection, list[str], int], list[int]], limit: int = 100
) -> list[AdHit]:
    """Ads whose current title or body contains the words; ``find`` is the full-text index's lookup."""
    words = [w for w in query.split() if w][:8]
    if not words:
        return []
    ids = find(conn, words, limit)
    return hits(conn, ids, {i: "text" for i in ids})


# ---------------------------------------------------------------------------------------------- ad
@dataclass(slots=True)
class Segment:
    text: str
    kind: str | None = None
    value: str | None = None


@dataclass(slots=True)
class SelectorRow:
    kind: str
    value: str
    field: str
    start: int
    end: int
    raw: str


@dataclass(slots=True)
class Evidence:
    page_id: int
    sha256: str
    fetched_at: str
    source: str
    url: str | None
    warc_path: str | None
    warc_record_id: str | None
    warc_offset: int | None = None
    #: the archived WARC record is stored and can be downloaded (the policy's ``evidence.record``)
    record: bool = False


@dataclass(slots=True)
class Version:
    seq: int
    ingested_at: str
    posted_at: str


@dataclass(slots=True)
class AdRecord:
    ad_id: int
    site: str
    ad_key: str
    first_seen: str
    url: str | None
    posted_at: str | None
    city: str | None
    title: list[Segment]
    body: list[Segment]
    images: list[str]
    selectors: list[SelectorRow]
    language: str | None
    evidence: Evidence | None
    source_sha256: str
    profile_id: str | None
    network_id: str | None
    versions: list[Version]


def highlight(textval: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """Cut text into plain and highlighted segments; overlapping or out-of-range spans are skipped."""
    out: list[Segment] = []
    pos = 0
    for start, end, kind, value in sorted(spans):
        if start < pos or end > len(textval) or start >= end:
            continue
        if start > pos:
            out.append(Segment(textval[pos:start]))
        out.append(Segment(textval[start:end], kind, value))
        pos = end
    if pos < len(textval):
        out.append(Segment(textval[pos:]))
    return out


def ad(conn: Connection, ad_id: int) -> AdRecord | None:
    """The current version of an ad with its selectors highlighted where extraction found them."""
    row = conn.execute(
        text(
            "SELECT a.id, s.name, a.ad_key, a.first_seen, v.seq, v.url, v.posted_at, v.city, v.title, v.body, "
            "v.images, v.page_id, v.source_sha256 FROM ads a JOIN ad_versions v ON "
            f"{current_version()} JOIN sites s ON s.id = a.site_id WHERE a.id = :id"
        ),
        {"id": ad_id},
    ).first()
    if row is None:
        return None
    seq = int(row[4])
    sels = [
        SelectorRow(r[0], r[1], r[2], int(r[3]), int(r[4]), r[5])
        for r in conn.execute(
            text(
                "SELECT s.kind, s.value, x.field, x.span_start, x.span_end, x.raw FROM ad_selectors x "
                "JOIN selectors s ON s.id = x.selector_id WHERE x.version_seq = :seq ORDER BY x.field, x.span_start"
            ),
            {"seq": seq},
        )
    ]

    def spans(fld: str) -> list[tuple[int, int, str, str]]:
        return [(s.start, s.end, s.kind, s.value) for s in sels if s.field == fld]

    ext = _json(
        conn.execute(text("SELECT data FROM ad_extractions WHERE version_seq = :s"), {"s": seq}).scalar_one_or_none()
    )
    ev = evidence_page(conn, int(row[11])) if row[11] is not None else None
    prof = conn.execute(
        text(
            "SELECT p.id, p.network_id FROM profile_ads pa JOIN profiles p ON p.id = pa.profile_id WHERE pa.ad_id = :a"
        ),
        {"a": ad_id},
    ).first()
    versions = [
        Version(int(r[0]), r[1], r[2] or "")
        for r in conn.execute(
            text("SELECT seq, ingested_at, posted_at FROM ad_versions WHERE ad_id = :a ORDER BY seq"), {"a": ad_id}
        )
    ]
    images = _json(row[10])
    language = ext.get("language") if isinstance(ext, dict) else None
    return AdRecord(
        ad_id=int(row[0]),
        site=row[1],
        ad_key=row[2],
        first_seen=row[3],
        url=row[5],
        posted_at=row[6],
        city=row[7],
        title=highlight(row[8] or "", spans("title")),
        body=highlight(row[9] or "", spans("body")),
        images=[str(i) for i in images] if isinstance(images, list) else [],
        selectors=sels,
        language=str(language) if language else None,
        evidence=ev,
        source_sha256=row[12],
        profile_id=prof[0] if prof else None,
        network_id=prof[1] if prof else None,
        versions=versions,
    )


def evidence_page(conn: Connection, page_id: int) -> Evidence | None:
    p = conn.execute(
        text(
            "SELECT id, sha256, fetched_at, source, url, warc_path, warc_record_id, warc_offset FROM raw_pages "
            "WHERE id = :p"
        ),
        {"p": page_id},
    ).first()
    return Evidence(int(p[0]), p[1], p[2], p[3], p[4], p[5], p[6], p[7], bool(p[5])) if p else None


def ad_evidence(conn: Connection, ad_id: int) -> Evidence | None:
    """Where the current version of an ad was fetched (its WARC record), or None for an imported ad."""
    page = conn.execute(
        text(f"SELECT v.page_id FROM ads a JOIN ad_versions v ON {current_version()} WHERE a.id = :id"), {"id": ad_id}
    ).scalar_one_or_none()
    return evidence_page(conn, int(page)) if page is not None else None


# ---------------------------------------------------------------------------------------------- profile
@dataclass(slots=True)
class TimelineItem:
    ad_id: int
    posted_at: str | None
    site: str
    city: str | None
    title: str


@dataclass(slots=True)
class ImageRow:
    url: str
    sha256: str | None
    phash: str | None
    ads: int


@dataclass(slots=True)
class SelectorCount:
    kind: str
    value: str
    ads: int


@dataclass(slots=True)
class CityCount:
    city: str
    ads: int


@dataclass(slots=True)
class Link:
    """Why two ads (or two profiles) are one person (or one network)."""

    a: str
    b: str
    reason: str
    score: float


@dataclass(slots=True)
class ProfileRecord:
    """One person as every door shows her: facts, scores and why, timeline, cities, selectors, images,
    and the links that made her ads one profile."""

    profile_id: str
    network_id: str | None
    first_seen: str | None
    last_seen: str | None
    sites: list[str]
    aliases: list[str]
    ages: list[int]
    circuit: bool
    risk_score: float | None
    minor_score: float | None
    third_party_score: float | None
    minor_first: bool
    reasons: list[str]
    notes: list[str]
    timeline: list[TimelineItem]
    cities: list[CityCount]
    selectors: list[SelectorCount]
    images: list[ImageRow]
    links: list[Link]


def profile_ads(conn: Connection, profile_id: str, limit: int = MAX_PROFILE_ADS) -> list[int]:
    return [
        int(r[0])
        for r in conn.execute(
            text("SELECT ad_id FROM profile_ads WHERE profile_id = :p ORDER BY ad_id LIMIT :n"),
            {"p": profile_id, "n": limit},
        )
    ]


def selector_counts(conn: Connection, ad_ids: list[int], kinds: tuple[str, ...] | None = None) -> list[SelectorCount]:
    if not ad_ids:
        return []
    # CROSS JOIN: SQLite starts from the given ads (ix_ad_selectors_ad), not from every selector of the kind
    # (35 s for one profile's phones at 1,000,000 ads); PostgreSQL plans it as the inner join it is
    sql = (
        "SELECT s.kind, s.value, COUNT(DISTINCT x.ad_id) FROM ad_selectors x CROSS JOIN selectors s "
        "WHERE s.id = x.selector_id AND x.ad_id IN :ads"
    )
    params: dict[str, Any] = {"ads": ad_ids}
    stmt = text(sql + (" AND s.kind IN :kinds" if kinds else "") + " GROUP BY s.kind, s.value "
                "ORDER BY s.kind, COUNT(DISTINCT x.ad_id) DESC").bindparams(_ids("ads"))  # fmt: skip
    if kinds:
        stmt = stmt.bindparams(_ids("kinds"))
        params["kinds"] = list(kinds)
    return [SelectorCount(r[0], r[1], int(r[2])) for r in conn.execute(stmt, params)]


def profile(conn: Connection, profile_id: str, translate: Callable[[str], str] | None = None) -> ProfileRecord | None:
    detail = link_query.get_profile(conn, profile_id, max_ads=MAX_PROFILE_ADS)
    if detail is None:
        return None
    ad_ids = [a.ad_id for a in detail.ads]
    timeline = sorted(
        (TimelineItem(a.ad_id, a.posted_at, a.site, display_city(a.city), a.title) for a in detail.ads),
        key=lambda t: t.posted_at or "",
    )
    images: dict[str, ImageRow] = {}
    if ad_ids:
        for (raw,) in conn.execute(
            text(f"SELECT v.images FROM ads a JOIN ad_versions v ON {current_version()} WHERE a.id IN :ads")
            .bindparams(_ids("ads")),
            {"ads": ad_ids},
        ):  # fmt: skip
            urls = _json(raw)
            for url in urls if isinstance(urls, list) else []:
                images.setdefault(str(url), ImageRow(str(url), None, None, 0)).ads += 1
        for url, sha, phash in conn.execute(
            text("SELECT url, sha256, phash FROM ad_images WHERE ad_id IN :ads").bindparams(_ids("ads")),
            {"ads": ad_ids},
        ):
            img = images.setdefault(url, ImageRow(url, None, None, 0))
            img.sha256, img.phash = sha, phash
    selectors = selector_counts(conn, ad_ids)
    summary = detail.summary
    aliases = list(summary.aliases) + [s.value for s in selectors if s.kind in ALIAS_KINDS]
    from kartlegg.read.views import maybe_explanation  # the policy declares these records' fields: no cycle

    ex = maybe_explanation(conn, "profile", profile_id, translate=translate)
    return ProfileRecord(
        profile_id=summary.id,
        network_id=summary.network_id,
        first_seen=summary.first_seen,
        last_seen=summary.last_seen,
        sites=list(summary.sites) or sorted({t.site for t in timeline}),
        aliases=list(dict.fromkeys(str(a) for a in aliases)),
        ages=list(summary.ages),
        circuit=summary.circuit,
        risk_score=ex.risk_score if ex else None,
        minor_score=ex.minor_score if ex else None,
        third_party_score=ex.third_party_score if ex else None,
        minor_first=bool(ex and ex.minor_first),
        reasons=list(ex.sentences) if ex else [],
        notes=list(ex.notes) if ex else [],
        timeline=timeline,
        cities=[CityCount(c, n) for c, n in Counter(t.city for t in timeline if t.city).most_common()],
        selectors=selectors,
        images=list(images.values()),
        links=[Link(ln.a, ln.b, ln.reason, ln.score) for ln in detail.links],
    )


# ---------------------------------------------------------------------------------------------- network
@dataclass(slots=True)
class Member:
    profile_id: str
    ads: int
    risk_score: float | None
    minor_first: bool
    aliases: list[str]
    cities: list[str]
    last_seen: str | None


@dataclass(slots=True)
class Shared:
    kind: str
    value: str
    links: int


@dataclass(slots=True)
class CityWeek:
    week: str
    city: str
    ads: int


@dataclass(slots=True)
class Graph:
    """Profiles and what ties them (phones, images, text templates); hubs and site lines never drawn."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, str]]


@dataclass(slots=True)
class NetworkRecord:
    network_id: str
    profiles: int
    ads: int
    first_seen: str | None
    last_seen: str | None
    cities: list[str]
    members: list[Member]
    shared: list[Shared]
    weeks: list[CityWeek]
    links: list[Link]
    graph: Graph


def network(conn: Connection, network_id: str, max_profiles: int = MAX_NETWORK_PROFILES) -> NetworkRecord | None:
    """A network's members, the selectors they share, its cities over time, and the graph that ties them."""
    detail = link_query.get_network(conn, network_id)
    if detail is None:
        return None
    catalogue = load_catalogue()
    members = detail.members[:max_profiles]
    ids = [m.id for m in members]
    scores: dict[str, tuple[float, float]] = {}
    if ids:
        scores = {
            str(r[0]): (float(r[1]), float(r[2]))
            for r in conn.execute(
                text(
                    "SELECT entity_id, risk_score, minor_score FROM scores "
                    "WHERE entity_type = 'profile' AND entity_id IN :ids"
                ).bindparams(_ids("ids")),
                {"ids": ids},
            )
        }
    ads_of = {pid: profile_ads(conn, pid, 200) for pid in ids}
    rows: list[Member] = []
    for m in members:
        sc = scores.get(m.id)
        minor = sc is not None and is_minor_first(sc[1], catalogue)  # the triage queue's one threshold
        rows.append(
            Member(m.id, m.ads or len(ads_of[m.id]), sc[0] if sc else None, minor, m.aliases, m.cities, m.last_seen)
        )
    links, graph = _graph(conn, rows, ads_of)
    shared = [Shared(s.kind, s.value, s.links) for s in detail.shared]
    drawable = classify(conn, {(s.kind, s.value) for s in shared if s.value})
    s = detail.summary
    return NetworkRecord(
        network_id=s.id,
        profiles=s.profiles or len(rows),
        ads=s.ads or sum(m.ads for m in rows),
        first_seen=s.first_seen,
        last_seen=s.last_seen,
        cities=list(s.cities),
        members=rows,
        shared=[x for x in shared if (u := drawable.get((x.kind, x.value))) is None or u.drawable],
        weeks=[CityWeek(w.week, w.city, w.ads) for w in detail.weeks],
        links=links,
        graph=graph,
    )


def _graph(conn: Connection, members: list[Member], ads_of: dict[str, list[int]]) -> tuple[list[Link], Graph]:
    nodes: dict[str, dict[str, Any]] = {}
    edges: set[tuple[str, str, str]] = set()
    ids = [m.profile_id for m in members]
    phones = {pid: selector_counts(conn, ads, ("phone",)) for pid, ads in ads_of.items()}
    # Hubs and site lines tie unrelated persons: never drawn (the one classification, assess.contacts).
    uses = classify(conn, {(s.kind, s.value) for rows in phones.values() for s in rows})
    for m in members:
        pid = m.profile_id
        nodes[f"profile:{pid}"] = {"id": f"profile:{pid}", "type": "profile", "label": pid[:12], "ref": pid,
                                   "minor": m.minor_first}  # fmt: skip
        for s in phones[pid]:
            use = uses.get((s.kind, s.value))
            if use is None or not use.drawable:
                continue
            nid = f"{s.kind}:{s.value}"
            nodes.setdefault(nid, {"id": nid, "type": s.kind, "label": s.value})
            edges.add((f"profile:{pid}", nid, s.kind))
        if ads_of[pid]:
            for (key,) in conn.execute(
                text("SELECT DISTINCT COALESCE(phash, sha256) FROM ad_images WHERE ad_id IN :ads")
                .bindparams(_ids("ads")),
                {"ads": ads_of[pid]},
            ):  # fmt: skip
                if key:
                    nid = f"image:{key}"
                    nodes.setdefault(nid, {"id": nid, "type": "image", "label": str(key)[:10]})
                    edges.add((f"profile:{pid}", nid, "image"))
    links: list[Link] = []
    if ids:
        rows = conn.execute(
            text(
                "SELECT l.a, l.b, l.reason, l.score, s.kind, s.value FROM links l "
                "LEFT JOIN selectors s ON s.id = l.selector_id WHERE l.level = 'profile' AND l.a IN :ids LIMIT 2000"
            ).bindparams(_ids("ids")),
            {"ids": ids},
        ).all()
        via = classify(conn, {(str(r[4]), str(r[5])) for r in rows if r[4] is not None})
        for a, b, reason, score, kind, value in rows:
            use = via.get((str(kind), str(value)))
            if use is not None and not use.drawable:
                continue  # a link through a hub or a site line ties nobody
            links.append(Link(a, b, reason, float(score)))
            if b in ids and ("template" in reason or "text" in reason):
                nid = f"template:{min(a, b)}:{max(a, b)}"
                nodes.setdefault(nid, {"id": nid, "type": "template", "label": reason[:20]})
                edges.add((f"profile:{a}", nid, "template"))
                edges.add((f"profile:{b}", nid, "template"))
    # Drop selector/image nodes seen in one profile only when the graph is large: they tie nothing.
    degree: Counter[str] = Counter()
    for a, b, _k in edges:
        degree[a] += 1
        degree[b] += 1
    if len(nodes) > 300:
        nodes = {k: v for k, v in nodes.items() if v["type"] == "profile" or degree[k] > 1}
        edges = {e for e in edges if e[0] in nodes and e[1] in nodes}
    return links, Graph(list(nodes.values()), [{"a": a, "b": b, "kind": k} for a, b, k in sorted(edges)])
