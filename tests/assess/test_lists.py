"""The outreach list the assess run stores and the triage queue's indexed pages give the same answers as
computing them from the whole market (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kartlegg.assess import outreach, run_assess, triage
from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.outreach_list import built, cities
from kartlegg.assess.places import entities_in_city, linked_ads
from kartlegg.store.engine import Store
from tests.assess.market import CITIES, SynthAd, load, synthetic_market


def _market() -> list[SynthAd]:
    ads = synthetic_market(seed=5, n_persons=50)
    # unplaced ads (no profile), one sharing a number with another, and a city spelled two ways
    for k, (city, phone) in enumerate(
        [("Malmo", "+46701110001"), ("malmö", "+46701110001"), ("Göteborg", "+46701110002"), ("Oslo", None)]
    ):
        sels = [("phone", phone, phone, {})] if phone else []
        body = "Ny i stan 19 år, sweet teen 🍭." + (f" Ring {phone}." if phone else "")
        ads.append(SynthAd(f"u{k}", body, city=city, posted_at=f"2026-04-0{k + 1}T10:00:00", selectors=sels))
    return ads


@pytest.fixture
def assessed(store: Store) -> Store:
    load(store, _market())
    run_assess(store)
    return store


def test_the_stored_outreach_list_is_the_live_one_page_by_page(assessed: Store) -> None:
    cat = load_catalogue()
    with assessed.connect() as conn:
        assert built(conn)
        for city in [*CITIES, "Malmo", "MALMÖ", "Oslo", "Narnia"]:
            stored = outreach(conn, city)
            assert stored == outreach(conn, city, cat)  # a catalogue given: computed live from the market
            pages = [outreach(conn, city, limit=3, offset=o) for o in range(0, len(stored) + 3, 3)]
            assert [i for p in pages for i in p] == stored
        listed = {name: n for name, n in cities(conn) or []}
        linked = linked_ads(conn)
        for name, n in listed.items():  # ads advertised there by the persons listed there
            assert n == sum(len(a) for a in entities_in_city(conn, name, linked).values()), name
        assert {"Malmö", "Göteborg", "Oslo"} <= set(listed) and "malmö" not in listed
        unplaced = {i.ref: i for i in outreach(conn, "Malmö")}
        shared = [i for i in unplaced.values() if i.ref.isdigit()]
        assert len(shared) == 2 and all(i.phones == () for i in shared)  # one number, two persons: left out
        assert {i.city for i in shared} == {"Malmö"}


def test_triage_pages_and_city_filter_follow_the_one_order(assessed: Store) -> None:
    threshold = load_catalogue().settings.minor_first_threshold
    with assessed.connect() as conn:
        placed = set(linked_ads(conn))
        rows = [
            (str(t), str(i), float(r), float(m))
            for t, i, r, m in conn.execute(
                text("SELECT entity_type, entity_id, risk_score, minor_score FROM scores WHERE risk_score > 0")
            )
            if t in ("profile", "ad") and not (t == "ad" and i in placed)
        ]
        # the queue's one order, written out: likely minors by minor score, then the rest by risk
        rows.sort(key=lambda r: r[0], reverse=True)
        rows.sort(key=lambda r: r[1])
        rows.sort(key=lambda r: (r[3] >= threshold, r[3] if r[3] >= threshold else r[2], r[2]), reverse=True)
        whole = triage(conn, limit=1000)
        assert [(i.entity_type, i.entity_id) for i in whole] == [(r[0], r[1]) for r in rows]
        assert any(i.entity_type == "ad" for i in whole) and any(i.minor_first for i in whole)
        pages = [triage(conn, limit=7, offset=o) for o in range(0, len(whole) + 7, 7)]
        assert [i for p in pages for i in p] == whole
        assert triage(conn, limit=1000, level="ad") == [i for i in whole if i.entity_type == "ad"]
        for city in ("Malmo", "Göteborg"):
            there = set(entities_in_city(conn, city, linked_ads(conn)))
            in_city = triage(conn, city=city, limit=1000)
            assert in_city == [i for i in whole if (i.entity_type, i.entity_id) in there]
            # page by page too (on PostgreSQL the rest below the minor threshold is read from the city's list)
            pages = [triage(conn, city=city, limit=3, offset=o) for o in range(0, len(in_city) + 3, 3)]
            assert [i for p in pages for i in p] == in_city
            assert triage(conn, city=city, limit=1000, level="profile") == [
                i for i in in_city if i.entity_type == "profile"
            ]
        conn.execute(text("DELETE FROM outreach_list"))
        conn.execute(text("UPDATE stage_runs SET info = '{}' WHERE stage = 'assess'"))
        assert not built(conn)  # a store assessed before the list was stored: the city is found live
        there = set(entities_in_city(conn, "Malmö", linked_ads(conn)))
        assert triage(conn, city="Malmö", limit=1000) == [i for i in whole if (i.entity_type, i.entity_id) in there]
