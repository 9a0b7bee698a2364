"""A short summary of what the store holds: counts, the most shared phones, the top-risk profiles.

What `kartlegg demo` prints at the end (the full market report is ``report.service.report``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from kartlegg.store.ads import counts, now_iso


@dataclass(frozen=True, slots=True)
class SharedPhone:
    phone: str
    ads: int
    profiles: int


@dataclass(frozen=True, slots=True)
class RiskItem:
    entity_type: str
    entity_id: str
    risk_score: float
    minor_score: float
    third_party_score: float
    top_indicators: list[str]


@dataclass(slots=True)
class MarketSummary:
    generated_at: str
    counts: dict[str, int]
    shared_phones: list[SharedPhone] = field(default_factory=list)
    hubs: int = 0
    top_risk: list[RiskItem] = field(default_factory=list)
    #: sites seen under another domain (site, the same site as, why), strongest first
    site_moves: list[tuple[str, str, str]] = field(default_factory=list)


def summarise(conn: Connection, top: int = 10) -> MarketSummary:
    summary = MarketSummary(generated_at=now_iso(), counts=counts(conn))
    rows = conn.execute(
        text(
            "SELECT s.value, COUNT(DISTINCT x.ad_id) AS n_ads, COUNT(DISTINCT pa.profile_id) AS n_profiles "
            "FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
            "LEFT JOIN profile_ads pa ON pa.ad_id = x.ad_id WHERE s.kind = 'phone' "
            # hubs (site support lines in every footer) are not a person's or a controller's phone
            "AND s.id NOT IN (SELECT selector_id FROM hub_selectors) "
            "GROUP BY s.value ORDER BY n_profiles DESC, n_ads DESC, s.value LIMIT :top"
        ),
        {"top": top},
    )
    summary.shared_phones = [SharedPhone(r[0], int(r[1]), int(r[2])) for r in rows]
    summary.hubs = int(conn.execute(text("SELECT COUNT(*) FROM hub_selectors")).scalar_one())
    moves = conn.execute(
        text(
            "SELECT site_a, site_b, reason FROM site_aliases WHERE strength = 'alias' "
            "ORDER BY score DESC, site_a LIMIT :top"
        ),
        {"top": top},
    )
    summary.site_moves = [(r[0], r[1], r[2]) for r in moves]
    risk = conn.execute(
        text(
            "SELECT entity_type, entity_id, risk_score, minor_score, third_party_score FROM scores "
            "WHERE entity_type = 'profile' ORDER BY minor_score DESC, risk_score DESC, entity_id LIMIT :top"
        ),
        {"top": top},
    )
    for r in risk.all():
        inds = conn.execute(
            text(
                "SELECT indicator FROM indicators WHERE entity_type = :t AND entity_id = :i AND contribution > 0 "
                "ORDER BY contribution DESC, indicator LIMIT 3"
            ),
            {"t": r[0], "i": r[1]},
        )
        summary.top_risk.append(RiskItem(r[0], r[1], float(r[2]), float(r[3]), float(r[4]), [x[0] for x in inds]))
    return summary
