"""Flat tables of a scope (ads, profiles, networks, selectors) for spreadsheets and other tools.

Each table has the columns the disclosure policy declares for the mode (``views.export_<table>``, of those
``read.exports`` lists; the ads table's are the ad export's); list values are JSON in CSV cells and cells a
spreadsheet would run as formulas are neutralised (ad text is hostile).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import IO, Any

from kartlegg.read import exports
from kartlegg.report.disclose import Disclosure
from kartlegg.report.export_ads import _csv_cell
from kartlegg.report.query import Dataset

TABLES = ("ads", "profiles", "networks", "selectors")

#: every column each table can hold (``policy.yaml`` ``views.export_<table>`` picks which are written)
COLUMNS: dict[str, tuple[str, ...]] = {
    "ads": exports.ADS,
    "profiles": exports.PROFILES,
    "networks": exports.NETWORKS,
    "selectors": exports.SELECTORS,
}


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def _indicators(ds: Dataset, etype: str, eid: str) -> list[str]:
    return [i.indicator for i in ds.indicators_of(etype, eid) if i.contribution > 0]


def ad_rows(ds: Dataset, d: Disclosure) -> Iterator[dict[str, Any]]:
    for ad in ds.ads:
        x = ad.extracted
        yield {
            "id": ad.ad_key,
            "site": ad.site,
            "url": d.url(ad) or None,
            "posted_at": ad.posted_at,
            "city": ad.city,
            "phones": [d.selector("phone", v) for v in x.get("phones", [])],
            "emails": [d.selector("email", v) for v in x.get("emails", [])],
            "handles": [
                {"platform": h.get("platform", ""), "handle": d.selector("handle", h.get("handle", ""))}
                for h in x.get("handles", [])
            ],
            "ages": x.get("ages", []),
            "cities": x.get("cities", []),
            "language": ad.language,
            "profile_id": ad.profile_id,
            "network_id": ad.network_id,
            "risk_score": _r(ad.risk_score),
            "minor_score": _r(ad.minor_score),
            "third_party_score": _r(ad.third_party_score),
            "indicators": _indicators(ds, "ad", str(ad.ad_id)),
        }


def disclose_export_row(row: dict[str, Any], d: Disclosure) -> dict[str, Any]:
    """A row of the spine's streaming export (``iter_export_rows``) as disclosed (tokens when pseudonymised)."""
    if not d.pseudonymised:
        return row
    out = dict(row)
    out["url"] = d.selector("url", row["url"]) if row["url"] else None
    out["phones"] = [d.selector("phone", v) for v in row["phones"]]
    out["emails"] = [d.selector("email", v) for v in row["emails"]]
    out["handles"] = [
        {"platform": h.get("platform", ""), "handle": d.selector("handle", h.get("handle", ""))} for h in row["handles"]
    ]
    return out


def _sorted(values: set[str]) -> list[str]:
    return sorted(v for v in values if v)


def profile_rows(ds: Dataset, d: Disclosure) -> Iterator[dict[str, Any]]:
    for pid, p in sorted(ds.profiles.items()):
        ads = ds.ads_of_profile(pid)
        sel = {(h.kind, h.value) for a in ads for h in a.selectors}
        days = [a.date for a in ads]
        yield {
            "id": pid,
            "network_id": p.network_id,
            "first_seen": p.first_seen or (min(days) if days else None),
            "last_seen": p.last_seen or (max(days) if days else None),
            "ads": len(ads),
            "sites": _sorted({a.site for a in ads}),
            "cities": _sorted({c for a in ads for c in a.cities()}),
            "phones": sorted(d.selector(k, v) for k, v in sel if k == "phone"),
            "emails": sorted(d.selector(k, v) for k, v in sel if k == "email"),
            "risk_score": _r(p.risk_score),
            "minor_score": _r(p.minor_score),
            "third_party_score": _r(p.third_party_score),
            "indicators": _indicators(ds, "profile", pid),
        }


def network_rows(ds: Dataset, d: Disclosure) -> Iterator[dict[str, Any]]:
    profiles_per_network: dict[str, int] = {}
    for p in ds.profiles.values():
        if p.network_id:
            profiles_per_network[p.network_id] = profiles_per_network.get(p.network_id, 0) + 1
    for nid, n in sorted(ds.networks.items()):
        ads = ds.ads_of_network(nid)
        days = [a.date for a in ads]
        yield {
            "id": nid,
            "profiles": profiles_per_network.get(nid, 0),
            "ads": len(ads),
            "sites": _sorted({a.site for a in ads}),
            "cities": _sorted({c for a in ads for c in a.cities()}),
            "first_seen": min(days) if days else None,
            "last_seen": max(days) if days else None,
            "risk_score": _r(n.risk_score),
            "minor_score": _r(n.minor_score),
            "third_party_score": _r(n.third_party_score),
            "indicators": _indicators(ds, "network", nid),
        }


def selector_rows(ds: Dataset, d: Disclosure) -> Iterator[dict[str, Any]]:
    agg: dict[tuple[str, str], dict[str, Any]] = {}
    for ad in ds.ads:
        for h in {(x.kind, x.value) for x in ad.selectors}:
            row = agg.setdefault(h, {"ads": set(), "profiles": set(), "networks": set(), "days": []})
            row["ads"].add(ad.ad_id)
            if ad.profile_id:
                row["profiles"].add(ad.profile_id)
            if ad.network_id:
                row["networks"].add(ad.network_id)
            row["days"].append(ad.date)
    out = [
        {
            "kind": kind,
            "value": d.selector(kind, value),
            "ads": len(row["ads"]),
            "profiles": len(row["profiles"]),
            "networks": len(row["networks"]),
            "first_seen": min(row["days"]),
            "last_seen": max(row["days"]),
        }
        for (kind, value), row in agg.items()
    ]
    # sorted by what is shown: sorting by the plain value would leak its order into a pseudonymised file
    yield from sorted(out, key=lambda r: (r["kind"], r["value"]))


ROWS = {"ads": ad_rows, "profiles": profile_rows, "networks": network_rows, "selectors": selector_rows}


def write_table_csv(name: str, ds: Dataset, d: Disclosure, fh: IO[bytes]) -> int:
    """The table as CSV with the columns the disclosure policy declares for the mode, and no other."""
    cols = d.columns(f"export_{name}")
    text_fh = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=True)
    w = csv.writer(text_fh)
    w.writerow(cols)
    n = 0
    for row in ROWS[name](ds, d):
        w.writerow([_csv_cell(row[c]) for c in cols])
        n += 1
    text_fh.detach()
    return n
