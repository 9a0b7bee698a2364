"""Page templates per site and host, read from the tables the crawler fills (``page_templates``, ``templates``).

Link does not import collect: it reads what an earlier stage wrote. A site whose pages came from one host
is one unit named by the site; a site read from several hosts (a move its definition already knows) is
one unit per host, ``site@host``, so the move itself is reported with its evidence.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import Connection, text

#: the most common templates of a unit that are compared (a site has an ad page, maybe a few variants)
TOP_TEMPLATES = 3


@dataclass(slots=True)
class SiteUnit:
    """One site (or one host of a site) as alias detection sees it."""

    label: str
    site: str
    host: str | None = None
    pages: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    #: (pages, MinHash signature) of its most common templates, most common first
    templates: list[tuple[int, np.ndarray]] = field(default_factory=list)


def _signature(hexed: str) -> np.ndarray | None:
    try:
        raw = bytes.fromhex(hexed)
    except ValueError:
        return None
    if not raw or len(raw) % 4:
        return None
    return np.frombuffer(raw, dtype=">u4").astype(np.uint32)


def load_site_units(conn: Connection) -> tuple[dict[str, SiteUnit], dict[int, list[str]]]:
    """Units with templates (label -> unit), and for sites read from several hosts: ad id -> unit labels."""
    rows = conn.execute(
        text(
            "SELECT t.site, t.host, t.fingerprint, COUNT(*), MIN(t.fetched_at), MAX(t.fetched_at), m.minhash "
            "FROM page_templates t JOIN templates m ON m.fingerprint = t.fingerprint "
            "GROUP BY t.site, t.host, t.fingerprint, m.minhash"
        )
    ).all()
    by_host: dict[tuple[str, str], list[tuple[int, str, str, str, str]]] = defaultdict(list)
    for site, host, fp, n, first, last, mh in rows:
        by_host[(site, host)].append((int(n), fp, first, last, mh))
    hosts_of: dict[str, list[str]] = defaultdict(list)
    for site, host in by_host:
        hosts_of[site].append(host)
    units: dict[str, SiteUnit] = {}
    for (site, host), temps in sorted(by_host.items()):
        label = site if len(hosts_of[site]) == 1 else f"{site}@{host}"
        unit = SiteUnit(label, site, host)
        unit.pages = sum(t[0] for t in temps)
        unit.first_seen = min(t[2] for t in temps)
        unit.last_seen = max(t[3] for t in temps)
        for n, _fp, _f, _l, mh in sorted(temps, key=lambda t: (-t[0], t[1]))[:TOP_TEMPLATES]:
            sig = _signature(mh)
            if sig is not None:
                unit.templates.append((n, sig))
        units[label] = unit
    multi = sorted(s for s, hs in hosts_of.items() if len(hs) > 1)
    ad_units: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(multi), 200):
        chunk = multi[start : start + 200]
        params = {f"s{k}": v for k, v in enumerate(chunk)}
        marks = ", ".join(f":s{k}" for k in range(len(chunk)))
        for site, host, aid in conn.execute(
            text(f"SELECT DISTINCT site, host, ad_id FROM page_templates WHERE site IN ({marks}) ORDER BY 1, 2, 3"),
            params,
        ):
            ad_units[int(aid)].append(f"{site}@{host}")
    return units, dict(ad_units)


def template_similarity(a: SiteUnit, b: SiteUnit, min_share: float) -> float | None:
    """Estimated Jaccard similarity of the two units' most similar common templates (None: no templates).

    Only templates that carry at least ``min_share`` of a unit's pages are compared, so one odd page (an
    error page, a hostile page) cannot make two sites look alike.
    """
    sa = [s for n, s in a.templates if a.pages and n / a.pages >= min_share]
    sb = [s for n, s in b.templates if b.pages and n / b.pages >= min_share]
    if not sa or not sb:
        return None
    best = 0.0
    for x in sa:
        for y in sb:
            if len(x) == len(y):
                best = max(best, float(np.mean(x == y)))
    return best
