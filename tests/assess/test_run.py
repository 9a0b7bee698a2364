"""The assess stage on a real store (SQLite and PostgreSQL): findings, evidence spans, scores, triage."""

from __future__ import annotations

import math
from pathlib import Path

import yaml
from sqlalchemy import text

from kartlegg.assess import explain, outreach, pending, run_assess, triage
from kartlegg.assess.catalogue import bundled_text, parse_catalogue
from kartlegg.assess.scoring import noisy_or
from kartlegg.lifecycle.erase import erase_ads
from kartlegg.report.export_ads import iter_export_rows
from kartlegg.store.engine import Store
from tests.assess.market import SynthAd, load, synthetic_market

FIRST_PERSON = "Hej, jag heter Elsa och tar emot i min egen lägenhet nära centrum. Ring mig gärna på kvällen."


def _ids(store: Store, entity_type: str, entity_id: str) -> dict[str, float]:
    with store.connect() as conn:
        ex = explain(conn, entity_type, entity_id)
    return {c.indicator: c.risk for c in ex.contributions if c.risk > 0}


def test_third_person_and_youth_cues_are_found_with_their_spans(store: Store) -> None:
    body = "Söt tjej 🍭 finns nu. Hon tar emot i centrum, ring och boka henne. 19 år."
    ads = [SynthAd("a1", body, profile="p1", network="n1"), SynthAd("a2", FIRST_PERSON, profile="p2", network="n2")]
    load(store, ads)
    run_assess(store)
    with store.connect() as conn:
        ex = explain(conn, "ad", str(ads[0].ad_id))
        calm = explain(conn, "ad", str(ads[1].ad_id))
    found = {c.indicator: c for c in ex.contributions}
    assert {"third_person", "youth_cues", "stated_age_18_19"} <= set(found)
    for c in found.values():
        for e in c.evidence:
            if e.field == "body" and e.start is not None:
                assert body[e.start : e.end] == e.text
    assert any(e.text == "Hon tar emot" for e in found["third_person"].evidence)
    assert any(e.text == "🍭" for e in found["youth_cues"].evidence)
    assert ex.minor_score > 50 and calm.risk_score == 0 and calm.contributions == ()


def test_every_score_is_the_noisy_or_of_its_listed_contributions(store: Store) -> None:
    ads = synthetic_market(seed=3, n_persons=40)
    load(store, ads)
    run_assess(store)
    with store.connect() as conn:
        rows = conn.execute(text("SELECT entity_type, entity_id FROM scores")).all()
        assert len(rows) > 40
        for etype, eid in rows:
            ex = explain(conn, etype, eid)
            if ex.notes:  # capped by the fairness guard: never above the formula
                assert ex.risk_score <= noisy_or(c.risk for c in ex.contributions) + 1e-6
                continue
            assert math.isclose(ex.risk_score, noisy_or(c.risk for c in ex.contributions), abs_tol=0.01)
            assert math.isclose(ex.minor_score, noisy_or(c.minor for c in ex.contributions), abs_tol=0.01)
            assert math.isclose(ex.third_party_score, noisy_or(c.third_party for c in ex.contributions), abs_tol=0.01)


def test_profile_and_network_findings(store: Store) -> None:
    shared = "+46707000001"
    ads = []
    for i in range(3):  # three persons, one phone, one network
        ads.append(
            SynthAd(
                f"s{i}",
                f"Jag heter Name{i}, glad och trevlig. Ring {shared} för bokning.",
                profile=f"shared{i}",
                network="net",
                images=["https://img.example/same.jpg"],
            )
        )
    # One person moving between cities with changing phones and ages.
    for k, (city, phone, age) in enumerate(
        [("Oslo", "+4791234567", 19), ("Bergen", "+4791234568", 23), ("Trondheim", "+4791234569", 20)]
    ):
        ads.append(
            SynthAd(
                f"m{k}",
                f"Hei, ring {phone}. {age} år.",
                city=city,
                posted_at=f"2026-04-{1 + 7 * k:02d}T10:00:00",
                profile="mover",
                network="mover-net",
            )
        )
    load(store, ads)
    run_assess(store)
    for i in range(3):
        assert {"shared_phone", "network_size", "shared_images"} <= set(_ids(store, "profile", f"shared{i}"))
    mover = _ids(store, "profile", "mover")
    assert {"circuit_movement", "phone_changes", "age_inconsistent", "stated_age_18_19"} <= set(mover)
    assert "shared_phone" not in mover
    with store.connect() as conn:
        net = explain(conn, "network", "net")
        ad = explain(conn, "ad", str(ads[0].ad_id))
    assert net.third_party_score >= ad.third_party_score > 50
    phone_ev = next(c for c in ad.contributions if c.indicator == "shared_phone").evidence
    assert phone_ev[0].text == "+46707000001"
    assert phone_ev[0].note.startswith("the phone +46707000001 is also used by 2 other profiles: ")


def test_low_price_against_the_city_median(store: Store) -> None:
    ads = []
    for i in range(10):
        price = 500 if i == 0 else 2000 + 50 * i
        raw = f"{price} kr/h"
        ads.append(
            SynthAd(
                f"pr{i}",
                f"Välkommen. Pris {raw}.",
                city="Malmö",
                selectors=[("price", str(price), raw, {"amount": price, "currency": "SEK", "minutes": 60})],
                profile=f"pp{i}",
            )
        )
    load(store, ads)
    run_assess(store)
    assert "low_price" in _ids(store, "ad", str(ads[0].ad_id))
    assert all("low_price" not in _ids(store, "ad", str(a.ad_id)) for a in ads[1:])


def test_triage_puts_likely_minors_first_even_above_higher_risk(store: Store) -> None:
    network_ads = [
        SynthAd(
            f"n{i}",
            "Vår tjej från byrå. Hon tar emot dygnet runt på hotell, ny i stan. Ring +46707000002.",
            city="Göteborg",
            profile=f"np{i}",
            network="big",
        )
        for i in range(4)
    ]
    minor = SynthAd("y1", "Hej, ung tjej 🎀 18 år, ring mig.", city="Göteborg", profile="young", network="young-net")
    elsewhere = SynthAd("x1", "Skolflicka 19 år.", city="Oslo", profile="far", network="far-net")
    load(store, [*network_ads, minor, elsewhere])
    run_assess(store)
    with store.connect() as conn:
        items = triage(conn, city="göteborg", limit=10)
        assert items[0].entity_id == "young" and items[0].minor_first
        assert items[0].risk_score < items[1].risk_score  # minors first, not by risk
        assert any("Youth cues" in r for r in items[0].reasons)
        assert {i.entity_id for i in items} == {"young", "np0", "np1", "np2", "np3"}
        assert "Göteborg" in items[1].cities and items[1].network_id == "big"
        first_two = triage(conn, limit=2)
        assert len(first_two) == 2
        assert triage(conn, limit=1, offset=1)[0].entity_id == first_two[1].entity_id


def test_outreach_has_contact_routes_and_no_intelligence(store: Store) -> None:
    ads = [
        SynthAd(
            "o1",
            "Hello, I'm Mara. English and romana. Call +46701112233 or +46707000009.",
            city="Malmö",
            selectors=[("language", "en", "English", {}), ("nationality", "Romanian", "romana", {"country": "RO"})],
            profile="mara",
        ),
        SynthAd("o2", "Ring +46707000009 nu.", city="Malmö", profile="other"),
        SynthAd("o3", "Ring +46709990000 nu.", city="Oslo", profile="oslo"),
        SynthAd(
            "o4",
            "Hej, ring +46701234000. Från Romania.",
            city="Malmö",
            selectors=[("nationality", "Romanian", "Romania", {"country": "RO"})],
            profile="ro",
        ),
    ]
    load(store, ads)
    run_assess(store)
    with store.connect() as conn:
        items = outreach(conn, "MALMÖ".lower())
    by_ref = {i.ref: i for i in items}
    assert set(by_ref) == {"mara", "other", "ro"}
    assert by_ref["ro"].languages == ("ro",)  # no language stated: the nationality's language
    assert by_ref["mara"].phones == ("+46701112233",)  # the shared number reaches a manager: left out
    assert by_ref["mara"].languages == ("en",)
    assert by_ref["other"].phones == () and by_ref["other"].ad_url
    fields = set(items[0].__dataclass_fields__)
    assert not fields & {"risk_score", "minor_score", "third_party_score", "indicators", "network_id"}


def test_weights_come_from_the_catalogue(store: Store) -> None:
    ads = [SynthAd("w1", "Hon tar emot i centrum.", profile="w", network="wn")]
    load(store, ads)
    run_assess(store)
    with store.connect() as conn:
        before = explain(conn, "ad", str(ads[0].ad_id)).third_party_score
    data = yaml.safe_load(bundled_text())
    for ind in data["indicators"]:
        if ind["id"] == "third_person":
            ind["weights"]["third_party"] = 0.9
    cat = parse_catalogue(yaml.safe_dump(data, allow_unicode=True))
    assert pending(store, cat) > 0  # a changed catalogue makes the stage pending
    run_assess(store, catalogue=cat)
    with store.connect() as conn:
        after = explain(conn, "ad", str(ads[0].ad_id)).third_party_score
    assert before > 0 and math.isclose(after, 2 * before, abs_tol=0.01)  # weight 0.45 -> 0.9


def test_rerun_is_idempotent_and_pending_follows_changes(store: Store, tmp_path: Path) -> None:
    ads = synthetic_market(seed=5, n_persons=12)
    load(store, ads)
    assert pending(store) == len(ads)
    run_assess(store)
    assert pending(store) == 0
    assert run_assess(store) == {"up_to_date": True}
    with store.connect() as conn:
        first = sorted(conn.execute(text("SELECT * FROM scores")).all())
    run_assess(store, force=True)
    with store.connect() as conn:
        assert sorted(conn.execute(text("SELECT * FROM scores")).all()) == first
        rows = list(iter_export_rows(conn))
    assert len(rows) == len(ads)
    assert all(r["risk_score"] is not None and isinstance(r["indicators"], list) for r in rows)
    load(store, [SynthAd("late", "Ny i stan!", profile=None)], link=False)
    assert pending(store) == len(ads) + 1


def test_an_erasure_alone_makes_the_next_run_pending(store: Store) -> None:
    # no new version and no link run after it: only the count of ads tells (``pending``)
    ads = synthetic_market(seed=5, n_persons=12)
    load(store, ads)
    run_assess(store)
    erase_ads(store, [ads[0].ad_id], reason="test erasure", actor="test", rebuild=False)
    assert pending(store) == len(ads) - 1
    info = run_assess(store)
    assert info.get("up_to_date") is None and info["ads"] == len(ads) - 1
    assert run_assess(store) == {"up_to_date": True}


def test_without_profiles_sharing_indicators_wait_for_linking(store: Store) -> None:
    ads = [SynthAd(f"u{i}", "Ring +46707000003, hon tar emot.") for i in range(3)]
    load(store, ads, link=False)
    info = run_assess(store)
    assert info["skipped"] >= 3 and info["profiles"] == 0  # phone, image and template sharing
    found = _ids(store, "ad", str(ads[0].ad_id))
    assert "third_person" in found and "shared_phone" not in found
    with store.connect() as conn:
        assert [i.entity_type for i in triage(conn)] == ["ad", "ad", "ad"]


def test_a_days_carried_rows_are_read_from_one_btree(sqlite_store: Store) -> None:
    """A day looks up the digests of the entities it reached (``diff.load_keys``), its ads' keys and the keys'
    counts; on SQLite these tables are keyed without a rowid (0069, 0070), so a row is one page, not a page of
    an index and one of the table (at 1M ads out of the page cache: 672 MB from the disk for 6,606 digests)."""
    plans = {
        "SELECT kind, key, digest FROM assess_digests WHERE kind = ? AND key IN (?, ?)": "USING PRIMARY KEY",
        "SELECT DISTINCT key FROM assess_keys WHERE ad_id IN (?, ?, ?)": "USING COVERING INDEX ix_assess_keys_ad",
        "SELECT ads FROM assess_key_sites WHERE key = ? AND site IN (?, ?)": "USING PRIMARY KEY",
        "SELECT persons FROM assess_key_persons WHERE key IN (?, ?, ?)": "USING PRIMARY KEY",
        "SELECT network_id FROM assess_profiles WHERE profile_id IN (?, ?, ?)": "USING PRIMARY KEY",
    }
    with sqlite_store.connect() as conn:
        for sql, path in plans.items():
            args = tuple(str(i) for i in range(sql.count("?")))
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, args))
            assert path in plan, (sql, plan)
