"""Intelligence reports (profile, network, market) as one self-contained HTML file, and PDF from it.

The HTML carries its CSS inline and its charts as inline SVG; a Content-Security-Policy forbids every
request, so opening a report never contacts anyone (ad URLs are printed as text, not links). Ad text is
attacker-written: Jinja2 autoescapes everything except the SVG we generate ourselves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from kartlegg.assess.sentences import stored_evidence_phrase
from kartlegg.report.disclose import Disclosure
from kartlegg.report.query import Dataset, LinkRecord

MAX_ADS = 1000
MAX_TIMELINE = 500
KINDS = ("profile", "network", "market")


@dataclass(frozen=True, slots=True)
class ReportMeta:
    kind: str
    subject: str
    generated_at: str
    actor: str
    reason: str
    recipient: str


def _env() -> Environment:
    return Environment(
        loader=PackageLoader("kartlegg.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _week(day: str) -> str:
    try:
        y, w, _ = date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return day[:7]
    return f"{y}-W{w:02d}"


def _score(x: float | None) -> str:
    return "" if x is None else f"{x:.0f}"


def _via(link: LinkRecord) -> tuple[tuple[str, str], ...]:
    return ((link.selector_kind, link.selector_value),) if link.selector_kind and link.selector_value else ()


def build_context(ds: Dataset, meta: ReportMeta, d: Disclosure, *, charts: bool = True) -> dict[str, Any]:
    ads = ds.ads
    days = sorted(a.date for a in ads)
    subject_scores: dict[str, str] = {}
    if meta.kind == "profile" and meta.subject in ds.profiles:
        p = ds.profiles[meta.subject]
        subject_scores = {
            "risk": _score(p.risk_score),
            "minor": _score(p.minor_score),
            "third party": _score(p.third_party_score),
        }
    elif meta.kind == "network" and meta.subject in ds.networks:
        n = ds.networks[meta.subject]
        subject_scores = {
            "risk": _score(n.risk_score),
            "minor": _score(n.minor_score),
            "third party": _score(n.third_party_score),
        }
    summary = {
        "ads": len(ads),
        "profiles": len(ds.profiles),
        "networks": len(ds.networks),
        "sites": len({a.site for a in ads}),
        "first_seen": days[0] if days else "",
        "last_seen": days[-1] if days else "",
    }
    profiles = [
        {
            "id": pid,
            "network": p.network_id or "",
            "ads": len(ds.ads_of_profile(pid)),
            "first_seen": p.first_seen or "",
            "last_seen": p.last_seen or "",
            "risk": _score(p.risk_score),
            "minor": _score(p.minor_score),
            "third_party": _score(p.third_party_score),
        }
        for pid, p in sorted(ds.profiles.items(), key=lambda kv: (-(kv[1].risk_score or 0), kv[0]))
    ]
    city_ads: Counter[str] = Counter()
    city_profiles: dict[str, set[str]] = defaultdict(set)
    for a in ads:
        for c in a.cities()[:1]:
            city_ads[c] += 1
            if a.profile_id:
                city_profiles[c].add(a.profile_id)
    cities = [{"city": c, "ads": n, "profiles": len(city_profiles[c])} for c, n in city_ads.most_common()]
    timeline = []
    for a in ads[:MAX_TIMELINE]:
        timeline.append(
            {
                "day": a.date,
                "site": a.site,
                "city": (a.cities() or [""])[0],
                "profile": a.profile_id or "",
                "title": d.ad_text(a, "title", a.title),
                "anchor": f"ad-{a.ad_id}",
            }
        )
    links = [
        {
            "level": lk.level,
            "a": lk.a,
            "b": lk.b,
            "reason": d.scrub(lk.reason, ads, _via(lk)),
            "selector": (
                d.labelled(lk.selector_kind, lk.selector_value) if lk.selector_kind and lk.selector_value else ""
            ),
            "score": f"{lk.score:.2f}",
        }
        for lk in ds.links
        # a link through a hub or a site's own line ties nobody: never reported as a link
        if not lk.selector_kind or ds.drawable(lk.selector_kind, lk.selector_value)
    ]
    shared: dict[tuple[str, str], set[int]] = defaultdict(set)
    shared_profiles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in ads:
        for h in a.selectors:
            if h.kind in ("phone", "email", "handle") and ds.drawable(h.kind, h.value):
                shared[(h.kind, h.value)].add(a.ad_id)
                if a.profile_id:
                    shared_profiles[(h.kind, h.value)].add(a.profile_id)
    shared_rows = sorted(
        (
            {"kind": k, "value": d.selector(k, v), "ads": len(ids), "profiles": len(shared_profiles[(k, v)])}
            for (k, v), ids in shared.items()
            if len(ids) > 1
        ),
        # ordered by what is shown, never by the plain value (its order would leak through the tokens)
        key=lambda r: (-int(str(r["ads"])), str(r["kind"]), str(r["value"])),
    )
    indicators = [
        {
            "type": i.entity_type,
            "id": i.entity_id,
            "indicator": i.indicator,
            "contribution": f"{i.contribution:.1f}",
            "evidence": d.scrub(stored_evidence_phrase(i.evidence, 300), ads),
        }
        for i in ds.indicators
    ]
    ad_rows = []
    for a in ads[:MAX_ADS]:
        ev = a.evidence
        ad_rows.append(
            {
                "anchor": f"ad-{a.ad_id}",
                "site": a.site,
                "key": a.ad_key,
                "posted_at": a.posted_at or "",
                "city": ", ".join(a.cities()),
                "profile": a.profile_id or "",
                "network": a.network_id or "",
                "risk": _score(a.risk_score),
                "title": d.ad_text(a, "title", a.title),
                "body": d.ad_text(a, "body", a.body),
                "selectors": sorted({d.labelled(h.kind, h.value) for h in a.selectors}),
                "url": d.url(a),
                "fetched_at": ev.fetched_at or "",
                "ingested_at": ev.ingested_at,
                "sha256": ev.sha256,
                "source": d.scrub(ev.source, [a]),
                "archive": (
                    f"{ev.warc_path} record {ev.warc_record_id or ''} offset {ev.warc_offset}" if ev.warc_path else ""
                ),
            }
        )
    chart = ""
    if charts and ads:
        from kartlegg.report.charts import bar_chart  # matplotlib is slow to import: only when drawing

        per_week = Counter(_week(x) for x in days)
        weeks = sorted(per_week)
        chart = bar_chart(weeks, [per_week[w] for w in weeks], "Ads per week")
    titles = {"profile": f"Profile {meta.subject}", "network": f"Network {meta.subject}", "market": "Market"}
    return {
        "meta": meta,
        "title": titles[meta.kind] + (f" ({meta.subject})" if meta.kind == "market" and meta.subject else ""),
        "scope": ds.scope.describe(),
        "pseudonymised": d.pseudonymised,
        "summary": summary,
        "subject_scores": subject_scores,
        "cities": cities,
        "profiles": profiles,
        "timeline": timeline,
        "timeline_truncated": len(ads) > MAX_TIMELINE,
        "links": links,
        "shared": shared_rows,
        "indicators": indicators,
        "ads": ad_rows,
        "ads_truncated": len(ads) > MAX_ADS,
        "chart": Markup(chart),  # noqa: S704 - our own SVG, labels sanitised in charts.safe_label
    }


def render_report(ds: Dataset, meta: ReportMeta, d: Disclosure, *, charts: bool = True) -> str:
    if meta.kind not in KINDS:
        raise ValueError(f"unknown report kind {meta.kind!r}")
    return _env().get_template("report.html").render(**build_context(ds, meta, d, charts=charts))
