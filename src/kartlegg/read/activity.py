"""The dashboard's series and the map's counts: aggregates over every ad, read by the workbench through
``read.aggregates`` (stored after each pipeline run, computed here when the store has changed since)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, text

from kartlegg.extract.places import display_city
from kartlegg.store.ads import current_version


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


#: the dashboard's counts read from the cells ``read.aggregate_cells`` keeps (``kept``): the same figures as
#: the versions give them, a day being the first ten characters of ``posted_at`` either way
_KEPT_LAST = "SELECT MAX(day) FROM aggregate_days WHERE day < :t"
_KEPT_VERSIONS = (
    "SELECT day, city, site_id, versions FROM aggregate_days WHERE day >= :since AND day < :until "
    "ORDER BY day, city, site_id"
)
_KEPT_PERSONS = "SELECT day, persons FROM aggregate_day_persons WHERE day >= :since AND day < :until"


def dashboard(
    conn: Connection, days: int = 30, top: int = 6, *, kept: bool = False, total: int | None = None
) -> Dashboard:
    """Ads per day by city and by site, and new vs recurring profiles, over the last ``days`` with data.
    ``kept``: the versions and persons per day from the cells ``read.aggregate_cells`` keeps (current: the
    caller has just refreshed them) instead of every version posted in the window; ``total``: the ads, counted."""
    # posted_at is what the site claims: ignore dates in the future and survive garbage.
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    last_sql = _KEPT_LAST if kept else "SELECT MAX(posted_at) FROM ad_versions WHERE posted_at < :t"
    last = conn.execute(text(last_sql), {"t": tomorrow}).scalar_one()
    if total is None:
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
    window = {"since": since, "until": tomorrow}
    rows = conn.execute(
        text(
            _KEPT_VERSIONS
            if kept
            else "SELECT substr(v.posted_at, 1, 10) AS d, COALESCE(v.city, '(none)') AS c, a.site_id, COUNT(*) "
            "FROM ad_versions v JOIN ads a ON a.id = v.ad_id "
            "WHERE v.posted_at >= :since AND v.posted_at < :until GROUP BY d, c, a.site_id"
        ),
        window,
    )
    for d, city, site_id, n in rows:
        by_city[(d, display_city(city) or city)] += int(n)  # one series per city, however sites spell it
        by_site[(d, site_names.get(int(site_id), "?"))] += int(n)
    # Active profiles per day from the versions; new ones from their first_seen; recurring = the rest.
    index = {d: i for i, d in enumerate(day_list)}
    active = [0] * len(day_list)
    for d, n in conn.execute(
        text(
            _KEPT_PERSONS
            if kept
            else "SELECT substr(v.posted_at, 1, 10) AS d, COUNT(DISTINCT pa.profile_id) FROM ad_versions v "
            "JOIN profile_ads pa ON pa.ad_id = v.ad_id WHERE v.posted_at >= :since AND v.posted_at < :until GROUP BY d"
        ),
        window,
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


# ---------------------------------------------------------------------------------------------- map
@dataclass(slots=True)
class Activity:
    cities: list[tuple[str, int]]
    districts: dict[str, list[tuple[str, int]]]


def activity(conn: Connection, limit: int = 200) -> Activity:
    """Current ads per city and per district selector within each city: each city once, by its canonical name
    (sites label one city "Malmo", "Malmö" and "malmo"); a label the gazetteer does not know stays as written."""
    labels = {
        str(label): int(n)
        for label, n in conn.execute(
            text(
                f"SELECT v.city, COUNT(*) FROM ads a JOIN ad_versions v ON {current_version()} "
                "WHERE v.city IS NOT NULL GROUP BY 1"
            )
        )
    }
    districts = {
        (city, str(district)): int(n)
        for city, district, n in conn.execute(
            text(
                "SELECT v.city, s.value, COUNT(DISTINCT x.ad_id) FROM selectors s "
                "JOIN ad_selectors x ON x.selector_id = s.id JOIN ad_versions v ON v.seq = x.version_seq "
                "WHERE s.kind = 'district' GROUP BY v.city, s.value"
            )
        )
    }
    return activity_of(labels, districts, limit)


def activity_of(
    labels: Mapping[str, int], districts: Mapping[tuple[str | None, str], int], limit: int = 200
) -> Activity:
    """The map from its counts: current ads per city as written, and ads per (version's city as written, district)
    (``read.aggregate_cells`` keeps both). Most ads first, ties by name."""
    by_city: Counter[str] = Counter()
    for label, n in labels.items():
        by_city[display_city(label) or label] += n
    by_district: dict[str, Counter[str]] = defaultdict(Counter)
    for (city, district), n in districts.items():
        by_district[display_city(city) or "(none)"][district] += n
    return Activity(_top(by_city, limit), {c: _top(d, limit) for c, d in sorted(by_district.items())})


def _top(counts: Counter[str], limit: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
