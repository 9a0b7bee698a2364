"""The planning list: places (addresses, hotels, apartment-hotels, districts named in ads) in a city or
police district ranked by current activity, minors first, as the starting list for an operation.

"Current" is a window of ``days`` ending at the most recent ad in the store (not the wall clock), so an
archive that stopped collecting still ranks what it saw last.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.queries import is_minor_first
from kartlegg.extract.places import display_city
from kartlegg.ops.stats import city_districts
from kartlegg.store.ads import current_version

PLACE_KINDS = ("hotel", "apartment_hotel", "address", "district")


@dataclass(frozen=True, slots=True)
class Place:
    kind: str
    label: str
    city: str
    ads: int
    profiles: int
    networks: int
    minor_flagged_profiles: int
    max_minor_score: float | None
    max_risk_score: float | None
    last_seen: str
    lat: float | None
    lon: float | None


def _coord(detail: dict[str, Any], *names: str) -> float | None:
    for n in names:
        v = detail.get(n)
        if isinstance(v, int | float):
            return float(v)
    return None


def planning_list(
    conn: Connection,
    *,
    city: str | None = None,
    district: str | None = None,
    days: int = 30,
    until: str | None = None,
) -> list[Place]:
    catalogue = load_catalogue()  # the one "likely minor" flag (assess.queries.is_minor_first)
    kinds = ", ".join(f"'{k}'" for k in PLACE_KINDS)
    rows = conn.execute(
        text(
            "SELECT s.kind, s.value, x.detail, a.id, a.first_seen, v.posted_at, v.city, pa.profile_id, p.network_id, "
            "sp.minor_score, sp.risk_score, sa.minor_score, sa.risk_score "
            "FROM ad_selectors x JOIN selectors s ON s.id = x.selector_id "
            "JOIN ads a ON a.id = x.ad_id "
            "JOIN ad_versions v ON v.seq = x.version_seq "
            "LEFT JOIN profile_ads pa ON pa.ad_id = a.id LEFT JOIN profiles p ON p.id = pa.profile_id "
            "LEFT JOIN scores sp ON sp.entity_type = 'profile' AND sp.entity_id = pa.profile_id "
            "LEFT JOIN scores sa ON sa.entity_type = 'ad' AND sa.entity_id = CAST(a.id AS TEXT) "
            f"WHERE s.kind IN ({kinds}) "
            f"AND {current_version(seq='x.version_seq')}"
        )
    ).all()
    if not rows:
        return []
    end = until or max((r[5] or r[4])[:10] for r in rows)
    start = (date.fromisoformat(end) - timedelta(days=days - 1)).isoformat()
    mapping = city_districts()
    agg: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {
            "ads": set(),
            "profiles": set(),
            "networks": set(),
            "minor": {},
            "risk": [],
            "cities": defaultdict(int),
            "last": "",
            "lat": None,
            "lon": None,
        }
    )
    for r in rows:
        day = (r[5] or r[4])[:10]
        if not start <= day <= end:
            continue
        ad_city = display_city(r[6]) or ""
        if city and ad_city.casefold() != (display_city(city) or city).casefold():
            continue
        if district and mapping.get(ad_city.casefold(), ("", ""))[1].casefold() != district.casefold():
            continue
        label = " ".join(str(r[1]).split())
        a = agg[(r[0], label.casefold())]
        a.setdefault("label", label)
        a["ads"].add(r[3])
        a["cities"][ad_city] += 1
        a["last"] = max(a["last"], day)
        minor = r[9] if r[9] is not None else r[11]
        risk = r[10] if r[10] is not None else r[12]
        if r[7]:
            a["profiles"].add(r[7])
            if minor is not None:
                a["minor"][r[7]] = float(minor)
        if r[8]:
            a["networks"].add(r[8])
        if risk is not None:
            a["risk"].append(float(risk))
        if minor is not None and not r[7]:
            a["minor"][f"ad:{r[3]}"] = float(minor)
        detail = orjson.loads(r[2]) if r[2] else {}
        if a["lat"] is None:
            a["lat"], a["lon"] = _coord(detail, "lat", "latitude"), _coord(detail, "lon", "lng", "longitude")
    places = [
        Place(
            kind=kind,
            label=a["label"],
            city=max(sorted(a["cities"]), key=lambda c: a["cities"][c]),
            ads=len(a["ads"]),
            profiles=len(a["profiles"]),
            networks=len(a["networks"]),
            minor_flagged_profiles=sum(1 for v in a["minor"].values() if is_minor_first(v, catalogue)),
            max_minor_score=max(a["minor"].values(), default=None),
            max_risk_score=max(a["risk"], default=None),
            last_seen=a["last"],
            lat=a["lat"],
            lon=a["lon"],
        )
        for (kind, _), a in agg.items()
    ]
    places.sort(key=lambda p: (-p.minor_flagged_profiles, -(p.max_minor_score or 0), -p.profiles, -p.ads, p.label))
    return places
