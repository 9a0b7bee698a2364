"""The aggregates ``kartlegg analyze`` stores (statistics, dashboard, map, headline counts) and the lists
read through their own tables (profiles by score, networks by city): each read gives exactly what computing
it from every row now gives, and a change to the store since the run is never hidden by a stored figure."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kartlegg.link.query import list_networks, list_profiles
from kartlegg.ops.stats import market_stats
from kartlegg.read import activity, aggregates, lists
from kartlegg.store.engine import Store


def test_stored_aggregates_are_what_computing_them_now_gives(demo_store: Store) -> None:
    with demo_store.connect() as conn:
        stored = {
            r[0]
            for r in conn.execute(text("SELECT name FROM aggregates WHERE stamp = :s"), {"s": aggregates.stamp(conn)})
        }
        assert {aggregates.cells.STATE, "activity", "headline"} <= stored
        assert any(n.startswith("dashboard:30:") for n in stored)
        for by in aggregates.MARKET_BY:
            for period in aggregates.PERIODS:
                rows = aggregates.market(conn, by=by, period=period)
                assert rows and rows == market_stats(conn, by=by, period=period), (by, period)
        days = sorted({r.period for r in aggregates.market(conn, by="site", period="day")})
        cut = {"date_from": days[3], "date_to": days[9]}
        assert aggregates.market(conn, by="site", period="day", **cut) == market_stats(
            conn, by="site", period="day", **cut
        )
        assert aggregates.market(conn, by="city", period="week", **cut) == market_stats(
            conn, by="city", period="week", **cut
        )
        assert aggregates.dashboard(conn) == activity.dashboard(conn, aggregates.DASHBOARD_DAYS)
        assert aggregates.dashboard(conn, 60) == activity.dashboard(conn, 60)
        assert aggregates.activity(conn) == activity.activity(conn)
        assert aggregates.headline(conn) == lists.headline(conn)


def test_a_change_after_the_run_is_computed_not_hidden(demo_store: Store) -> None:
    with demo_store.connect() as conn:
        before = aggregates.market(conn, by="city", period="year")
        # a re-extraction (a stage run) placed every ad in another city; rolled back below
        conn.execute(text("UPDATE ad_versions SET city = 'Kiruna'"))
        conn.execute(text("UPDATE ad_extractions SET data = '{}'"))
        conn.execute(
            text(
                "INSERT INTO stage_runs (stage, started_at, status, info) VALUES ('extract', '2026-01-01', 'ok', '{}')"
            )
        )
        after = aggregates.market(conn, by="city", period="year")
        assert {r.group for r in after} == {"Kiruna"} != {r.group for r in before}
        assert sum(r.ads for r in after) == sum(r.ads for r in before)
        assert [c for c, _n in aggregates.activity(conn).cities] == ["Kiruna"]
        conn.rollback()


def test_profiles_by_score_are_the_list_order_of_those_that_pass(demo_store: Store) -> None:
    with demo_store.connect() as conn:
        scores = {
            str(r[0]): (float(r[1]), float(r[2]))
            for r in conn.execute(
                text("SELECT entity_id, risk_score, minor_score FROM scores WHERE entity_type = 'profile'")
            )
        }
        everyone = [p.id for p in list_profiles(conn, limit=100_000)]
        floor = sorted(r for r, _m in scores.values())[len(scores) // 2]
        expected = [p for p in everyone if p in scores and scores[p][0] >= floor]
        got = [
            r.profile_id for page in (1, 2) for r in lists.profiles(conn, lists.ListFilter(min_risk=floor), page).rows
        ]
        assert got == expected[: 2 * lists.PAGE] and got
        threshold = lists.load_catalogue().settings.minor_first_threshold
        minors = [r.profile_id for r in lists.profiles(conn, lists.ListFilter(minors=True, min_risk=floor)).rows]
        assert minors == [p for p in expected if scores[p][1] >= threshold][: lists.PAGE]


def test_networks_by_city_through_their_city_rows(demo_store: Store) -> None:
    with demo_store.connect() as conn:
        every = list_networks(conn, top=100_000)
        # the city of most networks that not every network has, so the filter has something to leave out
        counts = {c: sum(c in n.cities for n in every) for n in every for c in n.cities}
        city = max((c for c in counts if counts[c] < len(every)), key=lambda c: (counts[c], c))
        expected = [n.id for n in every if city in n.cities]
        assert expected and len(expected) < len(every)
        for spelling in (city, city.upper(), city.casefold()):
            assert [r.network_id for r in lists.networks(conn, lists.ListFilter(city=spelling)).rows] == expected[
                : lists.PAGE
            ]
        # a store linked before the table existed filters the stored summaries, with the same answer
        conn.execute(text("DELETE FROM link_state WHERE name = 'network_cities'"))
        conn.execute(text("DELETE FROM network_cities"))
        assert [r.network_id for r in lists.networks(conn, lists.ListFilter(city=city)).rows] == expected[: lists.PAGE]
        conn.rollback()


def test_a_city_filter_gives_the_same_page_read_either_way(demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A city with many persons is checked row by row in list order, a small one read through its rows:
    the same profiles either way, in every spelling, with a score filter too."""
    from kartlegg.link import query

    with demo_store.connect() as conn:
        city = conn.execute(
            text("SELECT city FROM profile_cities GROUP BY city ORDER BY COUNT(*) DESC, city LIMIT 1")
        ).scalar_one()
        floor = lists.ListFilter(city=city.upper(), min_risk=1.0)
        small = (list_profiles(conn, city=city, limit=1000), list_profiles(conn, city=city.upper(), limit=1000))
        small_page = lists.profiles(conn, floor).rows
        monkeypatch.setattr(query, "COMMON_CITY", 1)
        assert query._common_city(conn, city)
        assert (list_profiles(conn, city=city, limit=1000), list_profiles(conn, city=city.upper(), limit=1000)) == small
        assert lists.profiles(conn, floor).rows == small_page
        assert small[0] and small_page and len(small[0]) < len(list_profiles(conn, limit=1000))
