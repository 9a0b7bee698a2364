"""Aggregates over every ad, stored once after a pipeline run and read back by the pages and the CLI.

The statistics' market tables (every ad's facts: 110 s at 1,000,000 ads when counted afresh), the dashboard
(22 s), the map (5.5 s) and the headline counts are computed by ``refresh`` at the end of ``kartlegg analyze``,
each under the *stamp* of the store it was computed from (the last stage run, the newest ad version, the number
of erased ads). The market tables and the map's counts are kept as cells (``read.aggregate_cells``) and moved by
the ads and persons that changed since the last refresh, so a day's refresh costs what the day changed; the
dashboard reads its window's days from cells kept the same way; the headline is computed. A reader takes a
stored result only while the stamp still matches, so it is exactly what computing it now would give; otherwise
(an ingest or a stage run since, a date range cut through a week or a year, another dashboard window) it computes
the figures itself. The CLI's ``kartlegg stats`` and the statistics page call the same ``market`` function.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar

import orjson
from sqlalchemy import Connection, text

from kartlegg.ops.stats import MarketRow, market_stats
from kartlegg.read import activity as act
from kartlegg.read import aggregate_cells as cells
from kartlegg.read import lists
from kartlegg.store.ads import max_version_seq
from kartlegg.store.engine import Store

MARKET_BY = cells.MARKET_BY
PERIODS = cells.PERIODS
#: the dashboard's default window, the one stored
DASHBOARD_DAYS = 30

T = TypeVar("T")


def stamp(conn: Connection) -> str:
    """The state of the store the aggregates depend on: any stage run, new ad version or erasure moves it."""
    runs = conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM stage_runs")).scalar_one()
    erased = conn.execute(text("SELECT COUNT(*) FROM erased_ads")).scalar_one()
    return f"{int(runs)}:{max_version_seq(conn)}:{int(erased)}"


def _dashboard_key(days: int) -> str:
    # the dashboard leaves out versions dated after tomorrow: a new day can bring them in
    return f"dashboard:{days}:{date.today().isoformat()}"


def _stored(conn: Connection, name: str, current: bool = True) -> Any | None:
    """A stored aggregate, while the store is as it was computed from (``current``; else whatever is stored)."""
    row = conn.execute(text("SELECT stamp, data FROM aggregates WHERE name = :n"), {"n": name}).first()
    if row is None or (current and row[0] != stamp(conn)):
        return None
    return orjson.loads(row[1])


def _put(conn: Connection, name: str, value: Any, at: str) -> None:
    conn.execute(text("DELETE FROM aggregates WHERE name = :n"), {"n": name})
    conn.execute(
        text("INSERT INTO aggregates (name, stamp, computed_at, data) VALUES (:n, :s, :t, :d)"),
        {"n": name, "s": at, "t": datetime.now(UTC).isoformat(timespec="seconds"), "d": orjson.dumps(value).decode()},
    )


def _read(conn: Connection, name: str, decode: Callable[[Any], T], compute: Callable[[], T]) -> T:
    data = _stored(conn, name)
    return compute() if data is None else decode(data)


def market(
    conn: Connection,
    *,
    by: str = "city",
    period: str = "week",
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[MarketRow]:
    """``ops.stats.market_stats``: the kept table when it is current and the range cuts no period (a day
    range of the daily table is its rows within the range), else computed."""
    cut = bool(date_from or date_to) and period != "day"
    if cut or by not in MARKET_BY or period not in PERIODS or _stored(conn, cells.STATE) is None:
        return market_stats(conn, by=by, period=period, date_from=date_from, date_to=date_to)
    rows = cells.rows(conn, by, period)
    return [r for r in rows if not (date_from and r.period < date_from) and not (date_to and r.period > date_to)]


def _dashboard(data: dict[str, Any]) -> act.Dashboard:
    return act.Dashboard(
        days=list(data["days"]),
        by_city=[act.Series(**s) for s in data["by_city"]],
        by_site=[act.Series(**s) for s in data["by_site"]],
        new_profiles=list(data["new_profiles"]),
        recurring_profiles=list(data["recurring_profiles"]),
        total_ads=int(data["total_ads"]),
    )


def dashboard(conn: Connection, days: int = DASHBOARD_DAYS) -> act.Dashboard:
    """The dashboard's series over ``days`` (``read.activity.dashboard``)."""
    return _read(conn, _dashboard_key(days), _dashboard, lambda: act.dashboard(conn, days))


def _activity(data: dict[str, Any]) -> act.Activity:
    return act.Activity(
        [(str(c), int(n)) for c, n in data["cities"]],
        {city: [(str(d), int(n)) for d, n in ds] for city, ds in data["districts"].items()},
    )


def activity(conn: Connection) -> act.Activity:
    """The map's current ads per city and district (``read.activity.activity``)."""
    return _read(conn, "activity", _activity, lambda: act.activity(conn))


def headline(conn: Connection) -> lists.Headline:
    """The dashboard's headline counts (``read.lists.headline``)."""
    return _read(conn, "headline", lambda d: lists.Headline(**d), lambda: lists.headline(conn))


def refresh(store: Store) -> dict[str, Any]:
    """Compute and store every aggregate a page's first view reads (``kartlegg analyze`` calls this after
    its stages): the market tables and the map moved by what changed since the last refresh, or counted from
    every ad when they cannot be (``read.aggregate_cells``); the dashboard and the headline counts. Returns
    what was stored, how many market cells were written and whether every ad was counted (the run's summary)."""
    with store.begin() as conn:
        at = stamp(conn)
        done = cells.update(conn, _stored(conn, cells.STATE, current=False))
        counted = "changes"
        if done is None:
            done, counted = cells.rebuild(conn), "every ad"
        written, counts, state = done
        _put(conn, cells.STATE, state, at)
        conn.execute(
            text("DELETE FROM aggregates WHERE name LIKE 'market:%'")
        )  # the tables as refreshes before 0056 kept them
        conn.execute(text("DELETE FROM aggregates WHERE name LIKE 'dashboard:%'"))
        # from the kept days when every ad is counted in them (an ad without a current version is not)
        total = int(conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one())
        board = act.dashboard(conn, DASHBOARD_DAYS, kept=state["ads"] == total, total=total)
        _put(conn, _dashboard_key(DASHBOARD_DAYS), dataclasses.asdict(board), at)
        _put(conn, "activity", dataclasses.asdict(act.activity_of(counts.labels, counts.districts)), at)
        _put(conn, "headline", dataclasses.asdict(lists.headline(conn)), at)
    return {"stored": 4, "market_rows": written, "counted": counted}
