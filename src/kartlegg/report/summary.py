"""A one-page summary of what the store holds: counts, the most shared phones, the top-risk profiles.

What `kartlegg demo` prints and writes; a self-contained HTML file (no scripts, no external requests,
every value escaped: ad text is attacker-written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, select_autoescape
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
    top_risk: list[RiskItem] = field(default_factory=list)


def summarise(conn: Connection, top: int = 10) -> MarketSummary:
    summary = MarketSummary(generated_at=now_iso(), counts=counts(conn))
    rows = conn.execute(
        text(
            "SELECT s.value, COUNT(DISTINCT x.ad_id) AS n_ads, COUNT(DISTINCT pa.profile_id) AS n_profiles "
            "FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
            "LEFT JOIN profile_ads pa ON pa.ad_id = x.ad_id WHERE s.kind = 'phone' "
            "GROUP BY s.value ORDER BY n_profiles DESC, n_ads DESC, s.value LIMIT :top"
        ),
        {"top": top},
    )
    summary.shared_phones = [SharedPhone(r[0], int(r[1]), int(r[2])) for r in rows]
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


_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>kartlegg market summary</title>
<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}</style></head><body>
<h1>Market summary</h1><p>Generated {{ s.generated_at }}. The persons in these ads are possible victims.</p>
<h2>Store</h2><table>{% for k, v in s.counts.items() %}<tr><th>{{ k }}</th><td>{{ v }}</td></tr>{% endfor %}</table>
<h2>Most shared phone numbers</h2>
<table><tr><th>phone</th><th>ads</th><th>profiles</th></tr>
{% for p in s.shared_phones %}<tr><td>{{ p.phone }}</td><td>{{ p.ads }}</td><td>{{ p.profiles }}</td></tr>{% endfor %}
</table>
<h2>Highest priority profiles (minors first)</h2>
<table><tr><th>profile</th><th>minor</th><th>third party</th><th>risk</th><th>top reasons</th></tr>
{% for r in s.top_risk %}<tr><td>{{ r.entity_id }}</td><td>{{ r.minor_score|round(1) }}</td>
<td>{{ r.third_party_score|round(1) }}</td><td>{{ r.risk_score|round(1) }}</td>
<td>{{ r.top_indicators|join(", ") }}</td></tr>{% endfor %}
</table></body></html>
"""


def write_summary_html(summary: MarketSummary, path: Path) -> Path:
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(env.from_string(_TEMPLATE).render(s=summary), encoding="utf-8")
    return path
