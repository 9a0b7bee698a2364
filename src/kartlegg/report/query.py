"""What reports and exports read: the ads of a scope with their selectors, profiles, networks, links,
indicators, scores and evidence chain, straight from the spine tables.

A scope (network, profile, city, dates, risk threshold) selects ads; everything else follows from them.
The latest version of each ad is the one reported; its evidence (raw page hash, fetch time, WARC record)
is what makes a finding defensible.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.assess import person_rows, shared_notes
from kartlegg.assess.contacts import ContactUse, classify
from kartlegg.store.ads import current_version

CHUNK = 500


@dataclass(frozen=True, slots=True)
class Scope:
    """Which ads a report or export covers; every given condition must hold."""

    network: str | None = None
    profile: str | None = None
    city: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_risk: float | None = None

    def describe(self) -> dict[str, Any]:
        return {k: v for k, v in self.as_dict().items() if v is not None}

    def as_dict(self) -> dict[str, Any]:
        return {
            "network": self.network,
            "profile": self.profile,
            "city": self.city,
            "from": self.date_from,
            "to": self.date_to,
            "min_risk": self.min_risk,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where the reported version came from: enough to find the archived original and check its hash."""

    source: str
    sha256: str
    fetched_at: str | None
    page_url: str | None
    http_status: int | None
    warc_path: str | None
    warc_record_id: str | None
    warc_offset: int | None
    ingested_at: str


@dataclass(frozen=True, slots=True)
class SelectorHit:
    selector_id: int
    kind: str
    value: str
    field: str
    start: int
    end: int
    raw: str
    detail: dict[str, Any]


@dataclass(slots=True)
class AdRecord:
    ad_id: int
    site: str
    ad_key: str
    first_seen: str
    version_seq: int
    url: str | None
    posted_at: str | None
    title: str
    body: str
    city: str | None
    images: list[str]
    extracted: dict[str, Any]
    language: str | None
    profile_id: str | None
    network_id: str | None
    risk_score: float | None
    minor_score: float | None
    third_party_score: float | None
    evidence: Evidence
    selectors: list[SelectorHit] = field(default_factory=list)
    image_hashes: dict[str, str] = field(default_factory=dict)

    @property
    def date(self) -> str:
        """The ad's day (posted, else first seen), ``YYYY-MM-DD``."""
        return (self.posted_at or self.first_seen)[:10]

    def cities(self) -> list[str]:
        found = [self.city] if self.city else []
        found += [c for c in self.extracted.get("cities", []) if isinstance(c, str) and c not in found]
        return found


@dataclass(frozen=True, slots=True)
class ProfileRecord:
    id: str
    network_id: str | None
    first_seen: str | None
    last_seen: str | None
    data: dict[str, Any]
    risk_score: float | None
    minor_score: float | None
    third_party_score: float | None


@dataclass(frozen=True, slots=True)
class NetworkRecord:
    id: str
    data: dict[str, Any]
    risk_score: float | None
    minor_score: float | None
    third_party_score: float | None


@dataclass(frozen=True, slots=True)
class LinkRecord:
    level: str
    a: str
    b: str
    reason: str
    selector_kind: str | None
    selector_value: str | None
    score: float


@dataclass(frozen=True, slots=True)
class IndicatorRecord:
    entity_type: str
    entity_id: str
    indicator: str
    contribution: float
    evidence: str


@dataclass(slots=True)
class Dataset:
    """Everything one scope covers."""

    scope: Scope
    ads: list[AdRecord]
    profiles: dict[str, ProfileRecord]
    networks: dict[str, NetworkRecord]
    links: list[LinkRecord]
    indicators: list[IndicatorRecord]
    #: each contact route of the scope: own, shared, hub or site line (``assess.contacts``)
    contacts: dict[tuple[str, str], ContactUse] = field(default_factory=dict)
    _by_profile: dict[str, list[AdRecord]] | None = None
    _by_network: dict[str, list[AdRecord]] | None = None
    _by_entity: dict[tuple[str, str], list[IndicatorRecord]] | None = None

    def drawable(self, kind: str | None, value: str | None) -> bool:
        """May this selector tie persons in a graph or a report? Only a contact kind that is neither a hub
        nor a site's own line (anything else, such as a site's furniture, never is)."""
        use = self.contacts.get((str(kind), str(value)))
        return use is not None and use.drawable

    def ads_of_profile(self, profile_id: str) -> list[AdRecord]:
        if self._by_profile is None:
            self._by_profile = {}
            for a in self.ads:
                if a.profile_id:
                    self._by_profile.setdefault(a.profile_id, []).append(a)
        return self._by_profile.get(profile_id, [])

    def ads_of_network(self, network_id: str) -> list[AdRecord]:
        if self._by_network is None:
            self._by_network = {}
            for a in self.ads:
                if a.network_id:
                    self._by_network.setdefault(a.network_id, []).append(a)
        return self._by_network.get(network_id, [])

    def indicators_of(self, entity_type: str, entity_id: str) -> list[IndicatorRecord]:
        if self._by_entity is None:
            self._by_entity = {}
            for i in self.indicators:
                self._by_entity.setdefault((i.entity_type, i.entity_id), []).append(i)
        return self._by_entity.get((entity_type, entity_id), [])


def _f(value: Any) -> float | None:
    return None if value is None else float(value)


def _chunks(items: list[Any], n: int = CHUNK) -> Iterable[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _in_dates(day: str, scope: Scope) -> bool:
    if scope.date_from and day < scope.date_from[:10]:
        return False
    return not (scope.date_to and day > scope.date_to[:10])


_AD_SQL = (
    "SELECT a.id, s.name, a.ad_key, a.first_seen, v.seq, v.url, v.posted_at, v.title, v.body, v.city, v.images, "
    "e.data, e.language, pa.profile_id, p.network_id, sa.risk_score, sa.minor_score, sa.third_party_score, "
    "sp.risk_score, v.source, v.source_sha256, v.ingested_at, r.sha256, r.fetched_at, r.url, r.http_status, "
    "r.warc_path, r.warc_record_id, r.warc_offset "
    "FROM ads a JOIN sites s ON s.id = a.site_id "
    f"JOIN ad_versions v ON {current_version()} "
    "LEFT JOIN ad_extractions e ON e.version_seq = v.seq "
    "LEFT JOIN raw_pages r ON r.id = v.page_id "
    "LEFT JOIN profile_ads pa ON pa.ad_id = a.id "
    "LEFT JOIN profiles p ON p.id = pa.profile_id "
    "LEFT JOIN scores sa ON sa.entity_type = 'ad' AND sa.entity_id = CAST(a.id AS TEXT) "
    "LEFT JOIN scores sp ON sp.entity_type = 'profile' AND sp.entity_id = pa.profile_id "
)


def _ad(r: Any) -> tuple[AdRecord, float | None]:
    evidence = Evidence(
        source=r[19],
        sha256=r[22] or r[20],
        fetched_at=r[23],
        page_url=r[24],
        http_status=r[25],
        warc_path=r[26],
        warc_record_id=r[27],
        warc_offset=r[28],
        ingested_at=r[21],
    )
    ad = AdRecord(
        ad_id=int(r[0]),
        site=r[1],
        ad_key=r[2],
        first_seen=r[3],
        version_seq=int(r[4]),
        url=r[5],
        posted_at=r[6],
        title=r[7],
        body=r[8],
        city=r[9],
        images=orjson.loads(r[10]),
        extracted=orjson.loads(r[11]) if r[11] else {},
        language=r[12],
        profile_id=r[13],
        network_id=r[14],
        risk_score=_f(r[15]),
        minor_score=_f(r[16]),
        third_party_score=_f(r[17]),
        evidence=evidence,
    )
    return ad, _f(r[18])


def _scoped_ad_ids(conn: Connection, scope: Scope) -> list[int] | None:
    """For a network or profile scope, its ad ids through the indexed link tables (None: no such scope)."""
    if scope.profile is not None:
        sql, params = "SELECT ad_id FROM profile_ads WHERE profile_id = :p", {"p": scope.profile}
    elif scope.network is not None:
        sql = "SELECT pa.ad_id FROM profiles p JOIN profile_ads pa ON pa.profile_id = p.id WHERE p.network_id = :n"
        params = {"n": scope.network}
    else:
        return None
    return sorted(int(r[0]) for r in conn.execute(text(sql), params))


def _rows(conn: Connection, scope: Scope) -> Iterable[Any]:
    ids = _scoped_ad_ids(conn, scope)
    if ids is None:
        yield from conn.execute(text(_AD_SQL))
        return
    sql = text(_AD_SQL + " WHERE a.id IN :ids").bindparams(bindparam("ids", expanding=True))
    for chunk in _chunks(ids):
        yield from conn.execute(sql, {"ids": chunk})


def select_ads(conn: Connection, scope: Scope) -> list[AdRecord]:
    """The ads of a scope (latest versions), oldest first."""
    city = scope.city.casefold() if scope.city else None
    out: list[AdRecord] = []
    for r in _rows(conn, scope):
        ad, profile_risk = _ad(r)
        if scope.network is not None and ad.network_id != scope.network:
            continue
        if scope.profile is not None and ad.profile_id != scope.profile:
            continue
        if city and city not in {c.casefold() for c in ad.cities()}:
            continue
        if not _in_dates(ad.date, scope):
            continue
        if scope.min_risk is not None:
            risk = max((x for x in (ad.risk_score, profile_risk) if x is not None), default=None)
            if risk is None or risk < scope.min_risk:
                continue
        out.append(ad)
    out.sort(key=lambda a: (a.date, a.ad_id))
    _attach_selectors(conn, out)
    return out


def _attach_selectors(conn: Connection, ads: list[AdRecord]) -> None:
    by_seq = {a.version_seq: a for a in ads}
    sel_sql = text(
        "SELECT x.version_seq, x.selector_id, s.kind, s.value, x.field, x.span_start, x.span_end, x.raw, x.detail "
        "FROM ad_selectors x JOIN selectors s ON s.id = x.selector_id WHERE x.version_seq IN :seqs "
        "ORDER BY x.version_seq, x.field, x.span_start"
    ).bindparams(bindparam("seqs", expanding=True))
    img_sql = text("SELECT version_seq, url, sha256, phash FROM ad_images WHERE version_seq IN :seqs").bindparams(
        bindparam("seqs", expanding=True)
    )
    for chunk in _chunks(list(by_seq)):
        for r in conn.execute(sel_sql, {"seqs": chunk}):
            by_seq[int(r[0])].selectors.append(
                SelectorHit(int(r[1]), r[2], r[3], r[4], int(r[5]), int(r[6]), r[7], orjson.loads(r[8]))
            )
        for r in conn.execute(img_sql, {"seqs": chunk}):
            if r[2] or r[3]:
                by_seq[int(r[0])].image_hashes[r[1]] = r[2] or r[3]


def _scores(conn: Connection, entity_type: str, ids: list[str]) -> dict[str, tuple[float, float, float]]:
    sql = text(
        "SELECT entity_id, risk_score, minor_score, third_party_score FROM scores "
        "WHERE entity_type = :t AND entity_id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    out: dict[str, tuple[float, float, float]] = {}
    for chunk in _chunks(ids):
        for r in conn.execute(sql, {"t": entity_type, "ids": chunk}):
            out[r[0]] = (float(r[1]), float(r[2]), float(r[3]))
    return out


def load_dataset(conn: Connection, scope: Scope) -> Dataset:
    """Ads of the scope plus their profiles, networks, the links among them and their indicators."""
    ads = select_ads(conn, scope)
    profile_ids = sorted({a.profile_id for a in ads if a.profile_id})
    if scope.profile and scope.profile not in profile_ids:
        profile_ids.append(scope.profile)
    profiles: dict[str, ProfileRecord] = {}
    psql = text("SELECT id, network_id, first_seen, last_seen, data FROM profiles WHERE id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    pscores = _scores(conn, "profile", profile_ids)
    for chunk in _chunks(profile_ids):
        for r in conn.execute(psql, {"ids": chunk}):
            s = pscores.get(r[0])
            profiles[r[0]] = ProfileRecord(
                r[0], r[1], r[2], r[3], orjson.loads(r[4]) if r[4] else {}, *(s if s else (None, None, None))
            )
    network_ids = sorted({p.network_id for p in profiles.values() if p.network_id})
    if scope.network and scope.network not in network_ids:
        network_ids.append(scope.network)
    networks: dict[str, NetworkRecord] = {}
    nsql = text("SELECT id, data FROM networks WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    nscores = _scores(conn, "network", network_ids)
    for chunk in _chunks(network_ids):
        for r in conn.execute(nsql, {"ids": chunk}):
            s = nscores.get(r[0])
            networks[r[0]] = NetworkRecord(r[0], orjson.loads(r[1]) if r[1] else {}, *(s if s else (None, None, None)))
    ids = {"ad": [str(a.ad_id) for a in ads], "profile": list(profiles), "network": list(networks)}
    links = _links(conn, ids)
    keys = {(h.kind, h.value) for a in ads for h in a.selectors}
    keys |= {(lk.selector_kind, lk.selector_value) for lk in links if lk.selector_kind and lk.selector_value}
    return Dataset(scope, ads, profiles, networks, links, _indicators(conn, ids), classify(conn, keys))


def _links(conn: Connection, ids: dict[str, list[str]]) -> list[LinkRecord]:
    """Links whose both ends are in scope (at the ad, profile or network level)."""
    sql = text(
        "SELECT l.level, l.a, l.b, l.reason, s.kind, s.value, l.score FROM links l "
        "LEFT JOIN selectors s ON s.id = l.selector_id WHERE l.level = :lvl AND l.a IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    out: list[LinkRecord] = []
    for level, members in ids.items():
        wanted = set(members)
        for chunk in _chunks(members):
            for r in conn.execute(sql, {"lvl": level, "ids": chunk}):
                if r[2] in wanted:
                    out.append(LinkRecord(r[0], r[1], r[2], r[3], r[4], r[5], float(r[6])))
    out.sort(key=lambda x: (x.level, -x.score, x.a, x.b))
    return out


def _indicators(conn: Connection, ids: dict[str, list[str]]) -> list[IndicatorRecord]:
    sql = text(
        "SELECT entity_type, entity_id, indicator, contribution, evidence FROM indicators "
        "WHERE entity_type = :t AND entity_id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    stored = [
        (str(r[0]), str(r[1]), str(r[2]), float(r[3]), str(r[4]))
        for etype, members in ids.items()
        for chunk in _chunks(members)
        for r in conn.execute(sql, {"t": etype, "ids": chunk})
    ]
    rows = person_rows.join(conn, stored)  # an ad's findings held by its person's profile
    cells = shared_notes.fill(conn, [r[4] for r in rows])  # shared contacts counted now
    out = [IndicatorRecord(r[0], r[1], r[2], float(r[3]), cell or "") for r, cell in zip(rows, cells, strict=True)]
    out.sort(key=lambda x: (-x.contribution, x.entity_type, x.entity_id, x.indicator))
    return out


def profile_exists(conn: Connection, profile_id: str) -> bool:
    return conn.execute(text("SELECT 1 FROM profiles WHERE id = :i"), {"i": profile_id}).first() is not None


def network_exists(conn: Connection, network_id: str) -> bool:
    return conn.execute(text("SELECT 1 FROM networks WHERE id = :i"), {"i": network_id}).first() is not None
