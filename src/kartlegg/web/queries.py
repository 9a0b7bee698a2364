"""Read-only SQL over the spine tables for the workbench pages.

Kept apart from the link/assess stages' own APIs on purpose: the pages only need what the spine schema
promises (ads, versions, selectors, profiles, networks, links, scores, indicators), so they work whatever
stage filled those tables. Every query is bounded (LIMIT) so a page never reads the whole store.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.assess import outreach_list
from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.contacts import classify
from kartlegg.assess.queries import is_minor_first
from kartlegg.extract.places import display_city
from kartlegg.read.views import maybe_explanation
from kartlegg.store.ads import current_version

CONTACT_KINDS = ("phone", "email", "handle")
ALIAS_KINDS = ("handle", "name", "alias")
#: an alias search also finds e-mail addresses that start with it ("anna" -> anna@...)
ALIAS_SEARCH_KINDS = (*ALIAS_KINDS, "email")


def _json(raw: str | None) -> Any:
    if not raw:
        return {}
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return {}


def _in(prefix: str, values: list[Any] | tuple[Any, ...]) -> tuple[str, dict[str, Any]]:
    params = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return ", ".join(f":{k}" for k in params) or "NULL", params


# ---------------------------------------------------------------------------------------------- dashboard
@dataclass(slots=True)
class Series:
    name: str
    values: list[int]


@dataclass(slots=True)
class Dashboard:
    days: list[str]
    by_city: list[Series]
    by_site: list[Series]
    new_profiles: list[int]
    recurring_profiles: list[int]
    total_ads: int


def _top_series(days: list[str], counts: dict[tuple[str, str], int], top: int) -> list[Series]:
    totals: Counter[str] = Counter()
    for (_d, key), n in counts.items():
        totals[key] += n
    keep = [k for k, _ in totals.most_common(top)]
    series = {k: [0] * len(days) for k in keep}
    other = [0] * len(days)
    index = {d: i for i, d in enumerate(days)}
    for (d, key), n in counts.items():
        if d not in index:
            continue
        (series[key] if key in series else other)[index[d]] += n
    out = [Series(k, v) for k, v in series.items()]
    if any(other):
        out.append(Series("other", other))
    return out


def dashboard(conn: Connection, days: int = 30, top: int = 6) -> Dashboard:
    """Ads per day by city and by site, and new vs recurring profiles, over the last ``days`` with data."""
    # posted_at is what the site claims: ignore dates in the future and survive garbage.
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    last = conn.execute(
        text("SELECT MAX(posted_at) FROM ad_versions WHERE posted_at < :t"), {"t": tomorrow}
    ).scalar_one()
    total = int(conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one())
    if not last:
        return Dashboard([], [], [], [], [], total)
    try:
        end = date.fromisoformat(str(last)[:10])
    except ValueError:
        end = date.today()
    day_list = [(end - timedelta(days=i)).isoformat() for i in range(days - 1, -1, -1)]
    since = day_list[0]
    by_city: dict[tuple[str, str], int] = defaultdict(int)
    by_site: dict[tuple[str, str], int] = defaultdict(int)
    site_names = {int(i): n for i, n in conn.execute(text("SELECT id, name FROM sites"))}
    # Versions posted per day (an edited ad re-posted later counts again, as the market shows it again).
    rows = conn.execute(
        text(
            "SELECT substr(v.posted_at, 1, 10) AS d, COALESCE(v.city, '(none)') AS c, a.site_id, COUNT(*) "
            "FROM ad_versions v JOIN ads a ON a.id = v.ad_id "
            "WHERE v.posted_at >= :since AND v.posted_at < :until GROUP BY d, c, a.site_id"
        ),
        {"since": since, "until": tomorrow},
    )
    for d, city, site_id, n in rows:
        by_city[(d, display_city(city) or city)] += int(n)  # one series per city, however sites spell it
        by_site[(d, site_names.get(int(site_id), "?"))] += int(n)
    # Active profiles per day from the versions; new ones from their first_seen; recurring = the rest.
    index = {d: i for i, d in enumerate(day_list)}
    active = [0] * len(day_list)
    for d, n in conn.execute(
        text(
            "SELECT substr(v.posted_at, 1, 10) AS d, COUNT(DISTINCT pa.profile_id) FROM ad_versions v "
            "JOIN profile_ads pa ON pa.ad_id = v.ad_id WHERE v.posted_at >= :since AND v.posted_at < :until GROUP BY d"
        ),
        {"since": since, "until": tomorrow},
    ):
        if d in index:
            active[index[d]] = int(n)
    new = [0] * len(day_list)
    for d, n in conn.execute(
        text(
            "SELECT substr(first_seen, 1, 10) AS d, COUNT(*) FROM profiles "
            "WHERE first_seen >= :since AND first_seen < :until GROUP BY d"
        ),
        {"since": since, "until": tomorrow},
    ):
        if d in index:
            new[index[d]] = min(int(n), active[index[d]])
    recurring = [a - n for a, n in zip(active, new, strict=True)]
    return Dashboard(
        day_list, _top_series(day_list, by_city, top), _top_series(day_list, by_site, top), new, recurring, total
    )


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


def _hits(conn: Connection, ad_ids: list[int], matched: dict[int, str]) -> list[AdHit]:
    if not ad_ids:
        return []
    ph, params = _in("a", ad_ids)
    rows = conn.execute(
        text(
            "SELECT a.id, s.name, v.title, v.city, v.posted_at, v.body, p.id, p.network_id FROM ads a "
            f"JOIN ad_versions v ON {current_version()} JOIN sites s ON s.id = a.site_id "
            "LEFT JOIN profile_ads pa ON pa.ad_id = a.id LEFT JOIN profiles p ON p.id = pa.profile_id "
            f"WHERE a.id IN ({ph})"
        ),
        params,
    ).all()
    hits = [
        AdHit(int(r[0]), r[1], r[2], r[3], r[4], (r[5] or "")[:200], matched.get(int(r[0]), ""), r[6], r[7])
        for r in rows
    ]
    hits.sort(key=lambda h: h.posted_at or "", reverse=True)
    return hits


def search_selectors(conn: Connection, kind: str, values: list[str], limit: int = 200) -> list[AdHit]:
    """Every ad carrying one of the selector values (any version), newest first."""
    if not values:
        return []
    ph, params = _in("v", values)
    params.update({"k": kind, "n": limit})
    rows = conn.execute(
        text(
            "SELECT DISTINCT x.ad_id, s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
            f"WHERE s.kind = :k AND s.value IN ({ph}) LIMIT :n"
        ),
        params,
    ).all()
    matched = {int(r[0]): f"{kind} {r[1]}" for r in rows}
    return _hits(conn, list(matched), matched)


def search_alias(conn: Connection, query: str, limit: int = 200) -> list[AdHit]:
    """Ads whose handle/name/alias selectors start with the query (case-insensitive, index range scan)."""
    q = query.strip().lower().lstrip("@")
    if not q:
        return []
    ph, params = _in("k", ALIAS_SEARCH_KINDS)
    params.update({"lo": q, "hi": q + "\U0010ffff", "n": limit})
    rows = conn.execute(
        text(
            "SELECT DISTINCT x.ad_id, s.kind, s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
            f"WHERE s.kind IN ({ph}) AND s.value >= :lo AND s.value < :hi LIMIT :n"
        ),
        params,
    ).all()
    matched = {int(r[0]): f"{r[1]} {r[2]}" for r in rows}
    return _hits(conn, list(matched), matched)


def search_text(conn: Connection, query: str, limit: int = 100) -> list[AdHit]:
    """Ads whose current title or body contains the words (full-text index when present)."""
    words = [w for w in query.split() if w][:8]
    if not words:
        return []
    from kartlegg.web import textindex

    ids = textindex.search(conn, words, limit)
    return _hits(conn, ids, {i: "text" for i in ids})


# ---------------------------------------------------------------------------------------------- ad view
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


@dataclass(slots=True)
class AdView:
    ad_id: int
    site: str
    ad_key: str
    first_seen: str
    seq: int
    url: str | None
    posted_at: str | None
    city: str | None
    title: list[Segment]
    body: list[Segment]
    images: list[str]
    selectors: list[SelectorRow]
    extraction: dict[str, Any]
    evidence: Evidence | None
    source_sha256: str
    profile_id: str | None
    network_id: str | None
    versions: list[tuple[int, str, str]]


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


def ad_view(conn: Connection, ad_id: int) -> AdView | None:
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

    ext = conn.execute(text("SELECT data FROM ad_extractions WHERE version_seq = :s"), {"s": seq}).scalar_one_or_none()
    ev = None
    if row[11] is not None:
        p = conn.execute(
            text(_EVIDENCE_SQL),
            {"p": row[11]},
        ).first()
        if p:
            ev = Evidence(int(p[0]), p[1], p[2], p[3], p[4], p[5], p[6], p[7])
    prof = conn.execute(
        text(
            "SELECT p.id, p.network_id FROM profile_ads pa JOIN profiles p ON p.id = pa.profile_id WHERE pa.ad_id = :a"
        ),
        {"a": ad_id},
    ).first()
    versions = [
        (int(r[0]), r[1], r[2] or "")
        for r in conn.execute(
            text("SELECT seq, ingested_at, posted_at FROM ad_versions WHERE ad_id = :a ORDER BY seq"), {"a": ad_id}
        )
    ]
    images = _json(row[10])
    return AdView(
        ad_id=int(row[0]),
        site=row[1],
        ad_key=row[2],
        first_seen=row[3],
        seq=seq,
        url=row[5],
        posted_at=row[6],
        city=row[7],
        title=highlight(row[8] or "", spans("title")),
        body=highlight(row[9] or "", spans("body")),
        images=[str(i) for i in images] if isinstance(images, list) else [],
        selectors=sels,
        extraction=_json(ext) if ext else {},
        evidence=ev,
        source_sha256=row[12],
        profile_id=prof[0] if prof else None,
        network_id=prof[1] if prof else None,
        versions=versions,
    )


_EVIDENCE_SQL = (
    "SELECT id, sha256, fetched_at, source, url, warc_path, warc_record_id, warc_offset FROM raw_pages WHERE id = :p"
)


def evidence_page(conn: Connection, page_id: int) -> Evidence | None:
    p = conn.execute(
        text(_EVIDENCE_SQL),
        {"p": page_id},
    ).first()
    return Evidence(int(p[0]), p[1], p[2], p[3], p[4], p[5], p[6], p[7]) if p else None


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
class ProfileView:
    profile_id: str
    network_id: str | None
    first_seen: str | None
    last_seen: str | None
    data: dict[str, Any]
    timeline: list[TimelineItem]
    cities: list[tuple[str, int]]
    aliases: list[str]
    images: list[ImageRow]
    selectors: list[tuple[str, str, int]]
    score: tuple[float, float, float] | None
    #: the explanation's sentences (``kartlegg.read.views``): the same text as ``kartlegg explain``
    reasons: list[str]


def _profile_ads(conn: Connection, profile_id: str, limit: int = 500) -> list[int]:
    return [
        int(r[0])
        for r in conn.execute(
            text("SELECT ad_id FROM profile_ads WHERE profile_id = :p LIMIT :n"), {"p": profile_id, "n": limit}
        )
    ]


def _selector_counts(
    conn: Connection, ad_ids: list[int], kinds: tuple[str, ...] | None = None
) -> list[tuple[str, str, int]]:
    if not ad_ids:
        return []
    ph, params = _in("a", ad_ids)
    # CROSS JOIN: SQLite starts from the given ads (ix_ad_selectors_ad), not from every selector of the kind
    # (35 s for one profile's phones at 1,000,000 ads); PostgreSQL plans it as the inner join it is
    sql = (
        "SELECT s.kind, s.value, COUNT(DISTINCT x.ad_id) FROM ad_selectors x CROSS JOIN selectors s "
        f"WHERE s.id = x.selector_id AND x.ad_id IN ({ph})"
    )
    if kinds:
        kph, kparams = _in("k", kinds)
        sql += f" AND s.kind IN ({kph})"
        params.update(kparams)
    sql += " GROUP BY s.kind, s.value ORDER BY s.kind, COUNT(DISTINCT x.ad_id) DESC"
    return [(r[0], r[1], int(r[2])) for r in conn.execute(text(sql), params)]


def profile_view(conn: Connection, profile_id: str) -> ProfileView | None:
    row = conn.execute(
        text("SELECT id, network_id, first_seen, last_seen, data FROM profiles WHERE id = :p"), {"p": profile_id}
    ).first()
    if row is None:
        return None
    ad_ids = _profile_ads(conn, profile_id)
    timeline: list[TimelineItem] = []
    images: dict[str, ImageRow] = {}
    if ad_ids:
        ph, params = _in("a", ad_ids)
        for r in conn.execute(
            text(
                "SELECT a.id, v.posted_at, s.name, v.city, v.title, v.images FROM ads a "
                f"JOIN ad_versions v ON {current_version()} JOIN sites s ON s.id = a.site_id WHERE a.id IN ({ph})"
            ),
            params,
        ):
            timeline.append(TimelineItem(int(r[0]), r[1], r[2], display_city(r[3]), r[4]))
            imgs = _json(r[5])
            for url in imgs if isinstance(imgs, list) else []:
                img = images.setdefault(str(url), ImageRow(str(url), None, None, 0))
                img.ads += 1
        for url, sha, phash in conn.execute(
            text(f"SELECT url, sha256, phash FROM ad_images WHERE ad_id IN ({ph})"), params
        ):
            img = images.setdefault(url, ImageRow(url, None, None, 0))
            img.sha256, img.phash = sha, phash
    timeline.sort(key=lambda t: t.posted_at or "")
    cities = Counter(t.city for t in timeline if t.city)
    data = _json(row[4])
    data = data if isinstance(data, dict) else {}
    selectors = _selector_counts(conn, ad_ids)
    aliases = [str(a) for a in data.get("aliases", []) if isinstance(a, str | int)]
    aliases += [v for k, v, _n in selectors if k in ALIAS_KINDS and v not in aliases]
    sc = conn.execute(
        text(
            "SELECT risk_score, minor_score, third_party_score FROM scores "
            "WHERE entity_type = 'profile' AND entity_id = :p"
        ),
        {"p": profile_id},
    ).first()
    return ProfileView(
        profile_id=row[0],
        network_id=row[1],
        first_seen=row[2],
        last_seen=row[3],
        data=data,
        timeline=timeline,
        cities=cities.most_common(),
        aliases=aliases,
        images=list(images.values()),
        selectors=selectors,
        score=(float(sc[0]), float(sc[1]), float(sc[2])) if sc else None,
        reasons=list(ex.sentences) if (ex := maybe_explanation(conn, "profile", profile_id)) else [],
    )


# ---------------------------------------------------------------------------------------------- network
@dataclass(slots=True)
class NetworkView:
    network_id: str
    data: dict[str, Any]
    #: (profile id, ads, risk score, likely minor)
    profiles: list[tuple[str, int, float | None, bool]]
    graph: dict[str, Any]
    links: list[tuple[str, str, str, float]]


def network_view(conn: Connection, network_id: str, max_profiles: int = 150) -> NetworkView | None:
    """A network's profiles and the graph that ties them: shared phones, images and text templates."""
    row = conn.execute(text("SELECT id, data FROM networks WHERE id = :n"), {"n": network_id}).first()
    members = [
        r[0]
        for r in conn.execute(
            text("SELECT id FROM profiles WHERE network_id = :n ORDER BY id LIMIT :m"),
            {"n": network_id, "m": max_profiles},
        )
    ]
    if row is None and not members:
        return None
    nodes: dict[str, dict[str, Any]] = {}
    edges: set[tuple[str, str, str]] = set()
    profiles: list[tuple[str, int, float | None, bool]] = []
    catalogue = load_catalogue()
    ads_of = {pid: _profile_ads(conn, pid, 200) for pid in members}
    phones = {pid: _selector_counts(conn, ads, ("phone",)) for pid, ads in ads_of.items()}
    # Hubs and site lines tie unrelated persons: never drawn (the one classification, assess.contacts).
    uses = classify(conn, {(k, v) for rows in phones.values() for k, v, _n in rows})
    for pid in members:
        ads = ads_of[pid]
        sc = conn.execute(
            text("SELECT risk_score, minor_score FROM scores WHERE entity_type = 'profile' AND entity_id = :p"),
            {"p": pid},
        ).first()
        minor = sc is not None and is_minor_first(float(sc[1]), catalogue)  # the triage queue's one threshold
        profiles.append((pid, len(ads), float(sc[0]) if sc is not None else None, minor))
        nodes[f"profile:{pid}"] = {
            "id": f"profile:{pid}",
            "type": "profile",
            "label": pid[:12],
            "ref": pid,
            "minor": minor,
        }
        for kind, value, _n in phones[pid]:
            use = uses.get((kind, value))
            if use is None or not use.drawable:
                continue
            nid = f"{kind}:{value}"
            nodes.setdefault(nid, {"id": nid, "type": kind, "label": value})
            edges.add((f"profile:{pid}", nid, kind))
        if ads:
            ph, params = _in("a", ads)
            for (key,) in conn.execute(
                text(f"SELECT DISTINCT COALESCE(phash, sha256) FROM ad_images WHERE ad_id IN ({ph})"), params
            ):
                if key:
                    nid = f"image:{key}"
                    nodes.setdefault(nid, {"id": nid, "type": "image", "label": str(key)[:10]})
                    edges.add((f"profile:{pid}", nid, "image"))
    links: list[tuple[str, str, str, float]] = []
    if members:
        ph, params = _in("m", members)
        rows = conn.execute(
            text(
                "SELECT l.a, l.b, l.reason, l.score, s.kind, s.value FROM links l "
                f"LEFT JOIN selectors s ON s.id = l.selector_id WHERE l.level = 'profile' AND l.a IN ({ph}) LIMIT 2000"
            ),
            params,
        ).all()
        via = classify(conn, {(str(r[4]), str(r[5])) for r in rows if r[4] is not None})
        for a, b, reason, score, kind, value in rows:
            use = via.get((str(kind), str(value)))
            if use is not None and not use.drawable:
                continue  # a link through a hub or a site line ties nobody
            links.append((a, b, reason, float(score)))
            if b in members and ("template" in reason or "text" in reason):
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
    data = _json(row[1]) if row else {}
    return NetworkView(
        network_id=network_id,
        data=data if isinstance(data, dict) else {},
        profiles=profiles,
        graph={"nodes": list(nodes.values()), "edges": [{"a": a, "b": b, "kind": k} for a, b, k in sorted(edges)]},
        links=links,
    )


# ---------------------------------------------------------------------------------------------- map
@dataclass(slots=True)
class Activity:
    cities: list[tuple[str, int]]
    districts: dict[str, list[tuple[str, int]]]


def activity(conn: Connection, limit: int = 200) -> Activity:
    """Current ads per city and per district selector within each city: each city once, by its canonical name
    (sites label one city "Malmo", "Malmö" and "malmo"); a label the gazetteer does not know stays as written."""
    by_city: Counter[str] = Counter()
    for label, n in conn.execute(
        text(
            f"SELECT v.city, COUNT(*) FROM ads a JOIN ad_versions v ON {current_version()} "
            "WHERE v.city IS NOT NULL GROUP BY 1"
        )
    ):
        by_city[display_city(label) or label] += int(n)
    cities = by_city.most_common(limit)
    by_district: dict[str, Counter[str]] = defaultdict(Counter)
    for city, district, n in conn.execute(
        text(
            "SELECT v.city, s.value, COUNT(DISTINCT x.ad_id) FROM selectors s "
            "JOIN ad_selectors x ON x.selector_id = s.id JOIN ad_versions v ON v.seq = x.version_seq "
            "WHERE s.kind = 'district' GROUP BY v.city, s.value"
        )
    ):
        by_district[display_city(city) or "(none)"][district] += int(n)
    districts = {c: d.most_common(limit) for c, d in by_district.items()}
    return Activity(cities, districts)


# ---------------------------------------------------------------------------------------------- outreach
def ad_cities(conn: Connection, limit: int = 300) -> list[tuple[str, int]]:
    """Cities with current ads, most first, one entry however sites spell them: what the outreach page
    offers to choose from (counts only)."""
    counts: Counter[str] = Counter()
    for label, n in conn.execute(
        text(
            f"SELECT v.city, COUNT(*) FROM ads a JOIN ad_versions v ON {current_version()} "
            "WHERE v.city IS NOT NULL GROUP BY v.city"
        )
    ):
        counts[display_city(str(label)) or str(label)] += int(n)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def outreach_cities(conn: Connection, limit: int = 300) -> list[tuple[str, int]]:
    """The outreach page's cities: those of the list the last assess run stored (an index read), or the
    ads' own cities (every current version grouped) on a store no run has built it for."""
    return outreach_list.cities(conn, limit) or ad_cities(conn, limit)


# ---------------------------------------------------------------------------------------------- ad labels
@dataclass(frozen=True, slots=True)
class AdLabel:
    """What names an ad in a list: its title, city, site and time (never only its 19-digit id)."""

    title: str
    city: str | None
    site: str
    posted_at: str | None


def ad_labels(conn: Connection, ad_ids: list[int]) -> dict[int, AdLabel]:
    if not ad_ids:
        return {}
    ph, params = _in("a", ad_ids[:500])
    return {
        int(r[0]): AdLabel(r[1] or "", display_city(r[2]) or r[2], r[3], r[4])
        for r in conn.execute(
            text(
                "SELECT a.id, v.title, v.city, s.name, v.posted_at FROM ads a "
                f"JOIN ad_versions v ON {current_version()} JOIN sites s ON s.id = a.site_id WHERE a.id IN ({ph})"
            ),
            params,
        )
    }
