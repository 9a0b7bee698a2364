"""Statistics (outcomes per district and year, the market over time; charts and CSV) and the planning list
with its map: the ops stage's functions behind ``kartlegg stats`` and ``kartlegg plan``, read in aggregate
mode (statistics) or full mode (the planning list names places and counts persons), audited."""

import csv
import dataclasses
import io
from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from kartlegg.i18n import N_
from kartlegg.ops.codes import MEASURES
from kartlegg.ops.plan import planning_list
from kartlegg.ops.stats import MarketRow, OutcomeRow, load_population, outcome_stats
from kartlegg.read import aggregates
from kartlegg.read import lists as read_lists
from kartlegg.report.export_ads import _csv_cell as safe_cell
from kartlegg.web import auth, geo
from kartlegg.web.deps import BadRequest, Shared, Workbench

TOP_SERIES = 6
STATS_TTL = 300.0
PLAN_LIMIT = 50


@dataclasses.dataclass(frozen=True, slots=True)
class StatsQuery:
    """The statistics page's choices, checked: what the CLI's ``stats`` options take."""

    measure: str = "reported"
    by: str = "district"
    market_by: str = "city"
    period: str = "week"
    date_from: str | None = None
    date_to: str | None = None


def stats_query(
    measure: str = "reported",
    by: str = "district",
    market_by: str = "city",
    period: str = "week",
    date_from: str = "",
    date_to: str = "",
) -> StatsQuery:
    if measure not in MEASURES:
        raise BadRequest(N_("Choose one of the offered measures."))
    if by not in ("district", "country") or market_by not in ("city", "site", "district"):
        raise BadRequest(N_("Group by one of the offered choices."))
    if period not in ("day", "week", "year"):
        raise BadRequest(N_("The period is a day, a week or a year."))
    try:
        days = read_lists.valid_day(date_from), read_lists.valid_day(date_to)
    except ValueError as exc:
        raise BadRequest(N_("Give days as YYYY-MM-DD, for example 2026-03-01.")) from exc
    return StatsQuery(measure, by, market_by, period, *days)


def _series(points: dict[tuple[str, str], float], top: int = TOP_SERIES) -> tuple[list[str], list[dict[str, Any]]]:
    """(x, group) -> value as the stacked chart's x labels and its largest groups (the rest as "other")."""
    xs = sorted({x for x, _g in points})
    totals: dict[str, float] = defaultdict(float)
    for (_x, g), v in points.items():
        totals[g] += v
    keep = sorted(totals, key=lambda g: -totals[g])[:top]
    index = {x: i for i, x in enumerate(xs)}
    series = {g: [0] * len(xs) for g in keep}
    other = [0] * len(xs)
    for (x, g), v in points.items():
        (series[g] if g in series else other)[index[x]] += round(v)
    out = [{"name": g, "values": v} for g, v in series.items()]
    if any(other):
        out.append({"name": "…", "values": other})
    return xs, out


def outcome_chart(rows: list[OutcomeRow]) -> tuple[list[str], list[dict[str, Any]]]:
    return _series({(r.year, r.group or "?"): float(r.count) for r in rows if r.count is not None})


def market_chart(rows: list[MarketRow]) -> tuple[list[str], list[dict[str, Any]]]:
    return _series({(r.period, r.group or "?"): float(r.ads) for r in rows})


def csv_bytes(items: list[Any]) -> bytes:
    """Dataclass rows as CSV, cells a spreadsheet would run as formulas neutralised."""
    buf = io.StringIO()
    out = csv.writer(buf)
    cols = [f.name for f in dataclasses.fields(items[0])] if items else []
    out.writerow(cols)
    for i in items:
        out.writerow([safe_cell("" if getattr(i, c) is None else getattr(i, c)) for c in cols])
    return buf.getvalue().encode("utf-8")


def router(w: Workbench) -> APIRouter:
    r = APIRouter()
    User = Annotated[auth.Session, Depends(w.user)]
    Query = Annotated[StatsQuery, Depends(stats_query)]

    cache: Shared[StatsQuery, tuple[list[OutcomeRow], list[MarketRow]]] = Shared(STATS_TTL)

    def read_stats(sess: auth.Session, q: StatsQuery, what: str) -> tuple[list[OutcomeRow], list[MarketRow]]:
        def work(conn: Connection) -> tuple[list[OutcomeRow], list[MarketRow]]:
            # Aggregates over every ad: stored after each pipeline run (read.aggregates); else shared by every
            # user for a few minutes, as the dashboard's are; each view is still audited.
            def compute() -> tuple[list[OutcomeRow], list[MarketRow]]:
                population = load_population(w.store.settings.home / "population.csv")
                outcomes = outcome_stats(
                    conn, by=q.by, measure=q.measure, date_from=q.date_from, date_to=q.date_to, population=population
                )
                market = aggregates.market(
                    conn, by=q.market_by, period=q.period, date_from=q.date_from, date_to=q.date_to
                )
                return outcomes, market

            return cache.get(q, compute)

        return w.audited(
            sess, "consult", what, "*", work, details=dataclasses.asdict(q), purpose="statistics", mode="aggregate"
        )

    @r.get("/stats", name="stats")
    def stats(request: Request, sess: User, q: Query) -> Response:
        outcomes, market = read_stats(sess, q, "statistics")
        return w.page(
            request,
            "stats.html",
            sess,
            q=q,
            outcomes=outcomes,
            market=market,
            outcome_chart=outcome_chart(outcomes),
            market_chart=market_chart(market),
            measures=list(MEASURES),
        )

    @r.get("/stats.csv", name="stats_csv")
    def stats_csv(request: Request, sess: User, q: Query, table: str = "outcomes") -> Response:
        if table not in ("outcomes", "market"):
            raise BadRequest(N_("Download the outcomes or the market table."))
        outcomes, market = read_stats(sess, q, f"statistics.{table}.csv")
        body = csv_bytes(list(outcomes) if table == "outcomes" else list(market))
        return Response(
            body,
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="kartlegg-{table}.csv"'},
        )

    @r.get("/plan", name="plan")
    def plan(request: Request, sess: User, city: str = "", district: str = "", days: int = 30) -> Response:
        city, district = city.strip()[:100], district.strip()[:100]
        if not 1 <= days <= 366:
            raise BadRequest(N_("The window is 1 to 366 days."))
        places = []
        if city or district:
            places = w.audited(
                sess,
                "report",
                "plan",
                city or district,
                lambda c: planning_list(c, city=city or None, district=district or None, days=days)[:PLAN_LIMIT],
                details={"days": days, "format": "web"},
                purpose="plan",
            )
        points = [(p.label, p.ads, p.lat, p.lon, p.city) for p in places]
        return w.page(
            request, "plan.html", sess, places=places, city=city, district=district, days=days, m=geo.place_map(points)
        )

    return r
