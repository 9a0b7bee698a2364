"""Read-only aggregate SQL for the workbench pages: the cities the outreach page offers and the labels that
name ads in a list (the dashboard's and the map's figures are ``read.activity``'s, stored by
``read.aggregates``). Person-level records (an ad, a profile, a network, search hits) come from the read
layer (``kartlegg.read.records``), projected by the policy. Every query is bounded (LIMIT) so a page never
reads the whole store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from kartlegg.assess import outreach_list
from kartlegg.extract.places import display_city
from kartlegg.store.ads import current_version


def _in(prefix: str, values: list[Any] | tuple[Any, ...]) -> tuple[str, dict[str, Any]]:
    params = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return ", ".join(f":{k}" for k in params) or "NULL", params


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
