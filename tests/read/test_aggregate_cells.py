"""The market tables and the map kept as cells (``read.aggregate_cells``): a refresh that moves the kept cells by
what changed since the last one gives exactly what counting every ad of the same store gives, whatever changed
in between (ads added, edited, moved to another person, rescored, removed, or waiting for their extraction); and
a refresh counts everything again when the kept cells cannot be vouched for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text

from kartlegg.ids import ad_id, selector_id
from kartlegg.ops.stats import market_stats
from kartlegg.read import activity, aggregates
from kartlegg.read import aggregate_cells as cells
from kartlegg.records import AdInput
from kartlegg.store.ads import IncomingAd, ensure_sites, insert_ads
from kartlegg.store.engine import Store

SITES = ["rosa.example", "blue.example"]
#: spellings of one city, two cities that share a district, a city no gazetteer knows, none at all
CITIES = ["Oslo", "oslo", "Malmö", "Malmo", "Lund", "Xyzby", "", None]
#: across a year's and an ISO week's ends, and a day no calendar has
DAYS = ["2025-12-29", "2025-12-31", "2026-01-01", "2026-01-04", "2026-01-05", "2026-03-01", "2026-13-45"]
PERSONS = ["P1", "P2", "P3", "P4"]
PRICES = [(1500, "NOK"), (2000, "NOK"), (1500.5, "SEK"), (150, "EUR")]
DISTRICTS = ["Grünerløkka", "Möllevången"]
SCORES = [None, (10.0, 20.0), (80.0, 49.9), (30.0, 50.0), (95.0, 90.0)]


@dataclass(frozen=True)
class Ad:
    """One version of an ad as a site shows it and as extraction read it (``extracted`` False: not yet)."""

    key: str
    site: str
    day: str | None
    city: str | None
    text_cities: tuple[str, ...]
    prices: tuple[tuple[float, str], ...]
    district: str | None
    extracted: bool = True


ads = st.builds(
    Ad,
    key=st.sampled_from([f"a{i}" for i in range(12)]),
    site=st.sampled_from(SITES),
    day=st.sampled_from([*DAYS, None]),
    city=st.sampled_from(CITIES),
    text_cities=st.lists(st.sampled_from(["Bergen", "Lund"]), max_size=1).map(tuple),
    prices=st.lists(st.sampled_from(PRICES), max_size=3).map(tuple),
    district=st.sampled_from([None, *DISTRICTS]),
    extracted=st.booleans(),
)
#: what happens to the store between two refreshes
changes = st.one_of(
    st.tuples(st.just("version"), ads),  # a new ad, or a new version of one
    st.tuples(st.just("person"), st.sampled_from([f"a{i}" for i in range(12)]), st.sampled_from([None, *PERSONS])),
    st.tuples(st.just("score"), st.sampled_from(PERSONS), st.sampled_from(SCORES)),
    st.tuples(st.just("remove"), st.sampled_from([f"a{i}" for i in range(12)])),
)


def _version(conn: Connection, ad: Ad, n: int) -> None:
    """Store ``ad`` as its site's newest version (the ``n``-th written), and what extraction read from it."""
    cache: dict[str, int] = {}
    ensure_sites(conn, [ad.site], cache)
    body = f"version {n} of {ad.key}"
    item = IncomingAd(
        AdInput(id=ad.key, site=ad.site, posted_at=ad.day and f"{ad.day}T12:00:00", body=body, city=ad.city),
        content_hash=f"h{n}",
        source="test",
        source_sha256="0" * 64,
    )
    insert_ads(conn, [item], cache)
    seq = conn.execute(text("SELECT current_seq FROM ads WHERE id = :a"), {"a": ad_id(ad.site, ad.key)}).scalar_one()
    if not ad.extracted:
        return
    data = {"cities": list(ad.text_cities), "prices": [{"amount": a, "currency": c} for a, c in ad.prices]}
    conn.execute(
        text("INSERT INTO ad_extractions (version_seq, ad_id, data, extracted_at) VALUES (:s, :a, :d, 'x')"),
        {"s": seq, "a": ad_id(ad.site, ad.key), "d": orjson.dumps(data).decode()},
    )
    if ad.district:
        sid = selector_id("district", ad.district)
        conn.execute(
            text("INSERT INTO selectors (id, kind, value) VALUES (:i, 'district', :v) ON CONFLICT DO NOTHING"),
            {"i": sid, "v": ad.district},
        )
        conn.execute(
            text(
                "INSERT INTO ad_selectors (version_seq, ad_id, selector_id, field, span_start, span_end, raw, detail) "
                "VALUES (:s, :a, :i, 'body', 0, 1, 'x', '{}')"
            ),
            {"s": seq, "a": ad_id(ad.site, ad.key), "i": sid},
        )


def _ids(conn: Connection, key: str) -> list[int]:
    """The ads of this key on either site."""
    return [int(r[0]) for r in conn.execute(text("SELECT id FROM ads WHERE ad_key = :k"), {"k": key})]


def _apply(conn: Connection, change: tuple[Any, ...], n: int) -> None:
    kind = change[0]
    if kind == "version":
        _version(conn, change[1], n)
    elif kind == "person":
        for ad in _ids(conn, change[1]):
            conn.execute(text("DELETE FROM profile_ads WHERE ad_id = :a"), {"a": ad})
            if change[2]:
                conn.execute(
                    text("INSERT INTO profile_ads (ad_id, profile_id) VALUES (:a, :p)"), {"a": ad, "p": change[2]}
                )
    elif kind == "score":
        conn.execute(text("DELETE FROM scores WHERE entity_type = 'profile' AND entity_id = :p"), {"p": change[1]})
        if change[2]:
            conn.execute(
                text(
                    "INSERT INTO scores (entity_type, entity_id, risk_score, minor_score, third_party_score) "
                    "VALUES ('profile', :p, 1.0, :m, :t)"
                ),
                {"p": change[1], "m": change[2][0], "t": change[2][1]},
            )
    else:  # an ad gone with everything hanging off it (as a site's takedown purged by hand, not an erasure)
        for ad in _ids(conn, change[1]):
            for table in ("ad_selectors", "ad_extractions", "profile_ads", "ad_versions"):
                conn.execute(text(f"DELETE FROM {table} WHERE ad_id = :a"), {"a": ad})
            conn.execute(text("DELETE FROM ads WHERE id = :a"), {"a": ad})


def _kept(conn: Connection) -> dict[str, Any]:
    """Every kept table, and the market tables as read from them."""
    out: dict[str, Any] = {
        t: sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {t}")))
        for t in ("aggregate_cells", "aggregate_ads", "aggregate_profiles", "aggregate_days", "aggregate_day_persons")
    }
    out["market"] = {(b, p): cells.rows(conn, b, p) for b in cells.MARKET_BY for p in cells.PERIODS}
    return out


def _same_dashboard(conn: Connection) -> None:
    """The dashboard stored by the refresh, and read from the kept days over any window, is the one counted from
    the versions now."""
    assert aggregates.dashboard(conn) == activity.dashboard(conn)
    assert aggregates._stored(conn, aggregates._dashboard_key(aggregates.DASHBOARD_DAYS)) is not None
    for days in (1, 30, 400):
        assert activity.dashboard(conn, days, kept=True) == activity.dashboard(conn, days), days


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(ads, min_size=1, max_size=10),
    st.lists(st.tuples(st.sampled_from([f"a{i}" for i in range(12)]), st.sampled_from(PERSONS)), max_size=10),
    st.lists(st.tuples(st.sampled_from(PERSONS), st.sampled_from(SCORES)), max_size=4),
    st.lists(st.lists(changes, min_size=1, max_size=8), min_size=1, max_size=3),
)
def test_a_refresh_by_changes_is_a_recount(
    copied_store: Any,
    first: list[Ad],
    persons: list[tuple[str, str]],
    scores: list[tuple[str, Any]],
    days: list[list[tuple[Any, ...]]],
) -> None:
    store: Store = copied_store()
    n = 0
    with store.begin() as conn:
        for ad in first:
            n += 1
            _version(conn, ad, n)
        for key, person in persons:
            _apply(conn, ("person", key, person), n)
        for person, score in scores:
            _apply(conn, ("score", person, score), n)
    assert aggregates.refresh(store)["counted"] == "every ad"
    with store.connect() as conn:
        _same_dashboard(conn)
    for day in days:
        with store.begin() as conn:
            for change in day:
                n += 1
                _apply(conn, change, n)
        assert aggregates.refresh(store)["counted"] == "changes"
        with store.connect() as conn:
            by_changes, state = _kept(conn), aggregates._stored(conn, cells.STATE)
            for (by, period), rows in by_changes["market"].items():
                assert aggregates.market(conn, by=by, period=period) == rows  # the stored tables are current
                assert rows == market_stats(conn, by=by, period=period), (by, period)
            assert aggregates.activity(conn) == activity.activity(conn)
            _same_dashboard(conn)
            _, _, recounted = cells.rebuild(conn)  # the same store counted from every ad, rolled back below
            assert _kept(conn) == by_changes
            assert recounted == state
            conn.rollback()
