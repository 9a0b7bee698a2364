"""Incremental assessment gives exactly what a full re-assessment of the same store gives.

Markets are ingested in batches with ``analyze`` between them (the cached facts and the stored digests then
carry over from run to run); the store's indicators, scores and outreach list are then compared row by row
with a ``full`` run over the same store. Also: a catalogue change, an erasure, a city's median price moving.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from benchmarks.evalcorpus import generate
from sqlalchemy import Connection, text

from kartlegg.assess import carry, outreach, outreach_list, person_rows, run_assess
from kartlegg.assess import run as assess_run
from kartlegg.assess.catalogue import Catalogue, bundled_text, parse_catalogue
from kartlegg.assess.contacts import classify
from kartlegg.assess.facts_cache import decode, encode
from kartlegg.assess.model import PERSON_ROW, OutreachItem
from kartlegg.assess.places import city_key
from kartlegg.assess.queries import explain
from kartlegg.assess.run import _read_facts
from kartlegg.collect.ingest import ingest_paths
from kartlegg.demo.market import build_market
from kartlegg.ids import selector_id
from kartlegg.lifecycle.erase import erase_ads
from kartlegg.pipeline import analyze
from kartlegg.records import AdInput
from kartlegg.store.ads import IncomingAd, ensure_sites, insert_ads
from kartlegg.store.engine import DAY_CACHE_KIB, Store, open_store
from kartlegg.store.migrations import bundled_migrations
from tests.assess.market import SynthAd, load, synthetic_market, write_links

TABLES = {
    "indicators": "entity_type, entity_id, indicator, contribution, evidence",
    "scores": "entity_type, entity_id, risk_score, minor_score, third_party_score",
    "outreach_list": "city_key, entity_type, entity_id, sort_key, city, ads, phones, emails, handles, languages, "
    "ad_url, last_seen",
    "outreach_cities": "city_key, city, persons, ads",
    # the outreach list's carried route counts and statuses (0029): a full run counts them afresh
    "outreach_ad_routes": "kind, value, ad_id, site_id, owner",
    "outreach_route_sites": "kind, value, site_id, ads",
    "outreach_routes": "kind, value, owners, status",
    # the carried keys' counts (0036): a full run counts them afresh
    "assess_key_sites": "key, site, ads",
    "assess_key_persons": "key, persons",
}


def _snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.connect() as conn:
        return {
            t: sorted(tuple(r) for r in conn.execute(text(f"SELECT {cols} FROM {t}"))) for t, cols in TABLES.items()
        }


def _totals(store: Store) -> Any:
    """The counts the last assess run stored for the readers (``contacts.totals``)."""
    with store.connect() as conn:
        raw = conn.execute(text("SELECT info FROM stage_runs WHERE stage = 'assess' ORDER BY id DESC LIMIT 1")).scalar()
    return json.loads(raw).get("totals")


def _same_as_full(store: Store, **kw: Any) -> dict[str, list[tuple[Any, ...]]]:
    """The incremental result, after checking that a full run over the same store gives the same rows."""
    incremental, counted = _snapshot(store), _totals(store)
    with store.connect() as conn:  # the run's count of indicator rows (kept by difference) is the table's
        raw = conn.execute(text("SELECT info FROM stage_runs WHERE stage = 'assess' ORDER BY id DESC LIMIT 1")).scalar()
    assert json.loads(raw)["findings"] == len(incremental["indicators"])
    # and its count of outreach rows (kept by difference in the carried state) is the list's
    assert json.loads(raw)[outreach_list.BUILT] == len(incremental["outreach_list"])
    run_assess(store, full=True, **kw)
    full = _snapshot(store)
    for table in TABLES:
        assert incremental[table] == full[table], table
    assert counted == _totals(store)  # ads per site and persons, kept by difference or counted
    assert incremental["scores"] and incremental["outreach_list"]
    return incremental


def _in_batches(store: Store, tmp: Path, ads: list[dict[str, Any]], batches: int) -> list[dict[str, Any]]:
    """Ingest ``ads`` oldest first in ``batches`` files, analysing after each; returns each assess result."""
    ads = sorted(ads, key=lambda a: str(a.get("posted_at") or ""))
    size = -(-len(ads) // batches)
    results = []
    for i in range(batches):
        path = tmp / f"batch{i}.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads[i * size : (i + 1) * size]))
        ingest_paths(store, [path])
        results.append(analyze(store, workers=1)["assess"])
    return results


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The demo market (25 persons, 21 days) ingested in three batches, analysed after each."""
    from kartlegg.store.engine import open_store
    from tests.conftest import make_settings

    home = tmp_path_factory.mktemp("incr-demo")
    store = open_store(make_settings(home))
    market = build_market(seed=11, n_persons=25, days=21)
    results = _in_batches(store, home, list(market.ads), 3)
    store.info = results  # type: ignore[attr-defined]  # the runs' counts, for the test below
    return store


def test_demo_market_day_by_day_equals_a_full_run(demo_store: Store) -> None:
    results: list[dict[str, Any]] = demo_store.info  # type: ignore[attr-defined]
    # later runs read only the new batch's ads, and write only some of the rows
    assert 0 < results[1]["read"] < results[1]["ads"] and 0 < results[2]["read"] < results[2]["ads"]
    assert results[2]["written"] < results[2]["ads"] + results[2]["profiles"] + results[2]["networks"]
    _same_as_full(demo_store)


def test_cached_facts_round_trip_exactly(demo_store: Store) -> None:
    cat = parse_catalogue(bundled_text())
    facts, read, _ = _read_facts(demo_store, cat, False, None)
    assert read == 0 and facts  # everything from the cache
    fresh, read, _ = _read_facts(demo_store, cat, True, None)
    assert read == len(fresh) == len(facts)
    for ad, f in fresh.items():
        assert encode(decode(encode(f))) == encode(f) == encode(facts[ad])


def test_a_catalogue_change_recomputes_everything(demo_store: Store) -> None:
    data = yaml.safe_load(bundled_text())
    for ind in data["indicators"]:
        ind["weights"] = {k: round(v * 0.5, 3) for k, v in ind["weights"].items()}
    cat = parse_catalogue(yaml.safe_dump(data, allow_unicode=True))
    before = _snapshot(demo_store)
    info = run_assess(demo_store, catalogue=cat, force=True)
    assert info["read"] == info["ads"]  # every ad read again under the new catalogue
    after = _same_as_full(demo_store, catalogue=cat)
    assert after["scores"] != before["scores"]
    run_assess(demo_store, force=True)  # back to the bundled catalogue for the next test
    assert _snapshot(demo_store) == before


def test_erasure_then_incremental_run_equals_a_full_run(demo_store: Store) -> None:
    with demo_store.connect() as conn:
        pid = conn.execute(
            text("SELECT profile_id FROM profile_ads GROUP BY profile_id ORDER BY COUNT(*) DESC")
        ).first()
        ids = [
            int(r[0]) for r in conn.execute(text("SELECT ad_id FROM profile_ads WHERE profile_id = :p"), {"p": pid[0]})
        ]
    erase_ads(demo_store, ids[:2], reason="test erasure", actor="test")  # runs link and assess again
    with demo_store.connect() as conn:
        left = conn.execute(
            text("SELECT COUNT(*) FROM assess_facts WHERE ad_id IN (:a, :b)"), {"a": ids[0], "b": ids[1]}
        )
        assert left.scalar_one() == 0
    after = _same_as_full(demo_store)
    assert not [r for r in after["scores"] if r[0] == "ad" and int(r[1]) in ids[:2]]


def test_eval_corpus_in_batches_equals_a_full_run(sqlite_store: Store, tmp_path: Path) -> None:
    ads, _ = generate(5, 400)
    results = _in_batches(sqlite_store, tmp_path, ads, 3)
    assert results[2]["read"] < results[2]["ads"]
    _same_as_full(sqlite_store)


def _priced(key: str, hourly_sek: int, city: str = "Uppsala") -> SynthAd:
    raw = f"{hourly_sek} kr"
    return SynthAd(
        key,
        f"Hej, trevlig och diskret, välkommen. Pris {raw} per timme.",
        city=city,
        selectors=[("price", str(hourly_sek), raw, {"amount": hourly_sek, "currency": "SEK", "minutes": 60})],
        profile=f"p-{key}",
    )


def test_a_moving_city_median_rescores_ads_that_did_not_change(store: Store) -> None:
    old = [_priced(f"u{i}", 1000 + 10 * i) for i in range(8)] + [_priced("cheap", 900)]
    load(store, old)
    run_assess(store)
    cheap = str(old[-1].ad_id)
    with store.connect() as conn:
        before = conn.execute(text("SELECT indicator FROM indicators WHERE entity_id = :i"), {"i": cheap}).all()
    assert ("low_price",) not in before
    new = [_priced(f"n{i}", 2500) for i in range(10)]  # the city's median moves well above the cheap ad's price
    load(store, old + new)
    info = run_assess(store)
    assert info["read"] == len(new)  # the old ads were not read again
    with store.connect() as conn:
        after = conn.execute(text("SELECT indicator FROM indicators WHERE entity_id = :i"), {"i": cheap}).all()
    assert ("low_price",) in after
    _same_as_full(store)


def test_the_overall_median_and_a_city_reaching_its_own_median_rescore_untouched_ads(store: Store) -> None:
    """Only the changed ads' cities' medians and the overall one are read again (``carry._prices``, through
    the price indexes); the ads they move are found below each moved median, in a city of its own or not."""

    def low(ad: SynthAd) -> bool:
        return "low_price" in _findings(store, "ad", str(ad.ad_id))

    big = [_priced(f"b{i}", 1000 + 10 * i) for i in range(8)]  # Uppsala: a median of its own
    small = [_priced(f"s{i}", 1200, city="Malmö") for i in range(3)]  # Malmö: the overall median
    cheap = [_priced("s-cheap", 700, city="Malmö"), _priced("no-city", 700, city=None)]
    load(store, big + small + cheap)
    run_assess(store)
    assert not any(low(a) for a in cheap)
    dearer = [_priced(f"n{i}", 2500) for i in range(10)]  # Uppsala's ads lift the overall median
    _step(store, big + small + cheap + dearer)
    assert all(low(a) for a in cheap) and not any(low(a) for a in small)
    _same_as_full(store)
    malmo = [_priced(f"m{i}", 3000, city="Malmö") for i in range(4)]  # Malmö reaches 8 prices: its own median
    _step(store, big + small + cheap + dearer + malmo)
    assert all(low(a) for a in small)  # 1200 is below 0.6 of Malmö's own median now, not of the overall one
    _same_as_full(store)


# -- the market state carried between runs (assess.carry) -----------------------------------------------
def _carried_market(store: Store) -> dict[str, Any]:
    with store.connect() as conn:
        raw = conn.execute(text("SELECT value FROM assess_carry WHERE name = 'market'")).scalar_one()
    market: dict[str, Any] = json.loads(raw)
    return market


def _findings(store: Store, entity_type: str, entity_id: str) -> dict[str, str]:
    with store.connect() as conn:
        rows = conn.execute(
            text("SELECT indicator, evidence FROM indicators WHERE entity_type = :t AND entity_id = :i"),
            {"t": entity_type, "i": entity_id},
        )
        return {str(r[0]): str(r[1]) for r in rows}


def _step(store: Store, ads: list[SynthAd]) -> dict[str, Any]:
    """Load the market ``ads`` (links as they say) and assess incrementally; the run must start from the
    carried state and score only part of the market."""
    load(store, ads)
    info = run_assess(store, force=True)  # links written by hand: no link run says so
    assert "scored" in info, "the run did not start from the carried state"
    return info


#: Swedish cities only: the synthetic price selector says SEK, and where extraction reads "kr" as DKK or NOK
#: at the same span, which of the two an ad's read keeps is the database's order of ties (PostgreSQL's varies)
SWEDISH = {"Oslo": "Uppsala", "Bergen": "Malmö", "København": "Göteborg", "Aarhus": "Stockholm"}


def _swedish(ads: list[SynthAd]) -> list[SynthAd]:
    out = []
    for a in ads:
        body, city = a.body, a.city
        for other, swedish in SWEDISH.items():
            body = body.replace(other, swedish)
            city = swedish if city == other else city
        out.append(dataclasses.replace(a, body=body, city=city))
    return out


def _base_market(seed: int = 3) -> list[SynthAd]:
    return _swedish(synthetic_market(seed=seed, n_persons=40))


def test_a_contact_shared_by_a_new_profile_rescores_its_old_holder(store: Store) -> None:
    base = _base_market()
    load(store, base)
    run_assess(store)
    own = next(a for a in base if a.network and a.network.startswith("solo"))
    phone = own.body.rsplit("Ring ", 1)[1].split(".")[0]
    before = _findings(store, "profile", str(own.profile))
    assert "pr-new" not in str(before)
    newcomer = SynthAd("new-1", f"Hej, ny här. Ring {phone}.", city=own.city, profile="pr-new", network="solo-new")
    info = _step(store, [*base, newcomer])
    assert info["read"] == 1
    assert info["scored"] < info["ads"] + info["profiles"] + info["networks"]
    # her ads were not read again, yet her phone's finding names the newcomer
    assert "pr-new" in _shown(store, "profile", str(own.profile), "shared_phone")
    _same_as_full(store)


def test_the_days_assess_reads_through_a_larger_page_cache_and_gives_it_back(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A day's assess scores and writes with the day's SQLite page cache on its connection (at 1M ads it
    reads the same scattered pages again a few statements later), and the connection, back in the pool, has
    its own size again; the rows are a full run's."""
    base = _base_market()
    load(sqlite_store, base)
    run_assess(sqlite_store)
    with sqlite_store.connect() as conn:
        pooled = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    sizes: list[int] = []
    real = assess_run._incremental

    def spy(conn: Connection, *args: Any, **kwargs: Any) -> Any:
        sizes.append(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(assess_run, "_incremental", spy)
    newcomer = SynthAd("new-1", "Hej, ny här. Ring +46737771234.", city="Uppsala", profile="pr-new", network="solo-new")
    _step(sqlite_store, [*base, newcomer])
    assert sizes == [-DAY_CACHE_KIB]
    with sqlite_store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == pooled != -DAY_CACHE_KIB
    _same_as_full(sqlite_store)


def _shown(store: Store, entity_type: str, entity_id: str, indicator: str) -> str:
    """A finding's notes as a reader sees them (a shared contact's count and co-holders read when shown)."""
    with store.connect() as conn:
        ex = explain(conn, entity_type, entity_id)
    return " | ".join(e.note for c in ex.contributions if c.indicator == indicator for e in c.evidence)


def test_a_new_holder_of_a_widely_shared_phone_rewrites_no_other_holder(store: Store) -> None:
    """Beyond the indicator's saturation a new holder changes no other holder's score or stored finding, so
    they are not scored again; what a reader sees still counts her."""
    phone = "+46739999999"
    holders = [
        SynthAd(
            f"w{i}", f"Hej, jag heter W{i}. Ring {phone}.", city="Uppsala", profile=f"pr-w{i}", network=f"solo-w{i}"
        )
        for i in range(5)
    ]
    base = [*_base_market(), *holders]
    load(store, base)
    run_assess(store)
    before = {i: _findings(store, "profile", f"pr-w{i}") for i in range(5)}
    assert all("shared_phone" in f for f in before.values())
    assert "4 other profiles" in _shown(store, "profile", "pr-w0", "shared_phone")
    newcomer = SynthAd("w-new", f"Ny här. Ring {phone}.", city="Uppsala", profile="pr-w-new", network="solo-w-new")
    info = _step(store, [*base, newcomer])
    assert info["read"] == 1
    # the old holders' rows are as they were (their profiles, ads and networks were not scored again)...
    assert {i: _findings(store, "profile", f"pr-w{i}") for i in range(5)} == before
    assert info["scored"] <= 6  # the newcomer's ad, profile and network (and what the guard brings back)
    # ...yet a reader sees the newcomer among them, and the new count
    shown = _shown(store, "profile", "pr-w0", "shared_phone")
    assert "5 other profiles" in shown and "pr-w-new" in shown
    _same_as_full(store)


def test_a_growing_and_a_breaking_template_cluster(store: Store) -> None:
    base = _base_market()
    load(store, base)
    run_assess(store)
    templated = [a for a in base if a.body.startswith(("NY I STAN", "New in town"))]
    assert templated
    # three new persons write from the same template: the cluster grows, every old member's count moves
    newcomers = [
        SynthAd(
            f"tpl-{i}",
            templated[0].body.replace("Ring", f"Nr {i}. Ring"),
            city=templated[0].city,
            profile=f"pr-tpl-{i}",
            network=f"solo-tpl-{i}",
        )
        for i in range(3)
    ]
    _step(store, [*base, *newcomers])
    grown = _same_as_full(store)
    # then one member's text changes (a new version): the cluster loses it and may split
    first = templated[0]
    rest = first.body[first.body.index(first.selectors[0][2]) :]  # keep the selectors' text (age, phone, price)
    kept = [sel for sel in first.selectors if sel[0] != "nationality"]  # the template held the nationality
    changed = dataclasses.replace(
        first, body=f"Hej, jag heter Ida, helt ny text om mig och min vardag. {rest}", selectors=kept
    )
    market = [changed if a.key == changed.key else a for a in base]
    _step(store, [*market, *newcomers])
    assert _same_as_full(store) != grown


def _template_ad(i: int) -> SynthAd:
    body = (
        f"Ny i stan! Jag heter Tpl{i} och är en söt och glad tjej som älskar att träffa nya vänner. Ring mig för "
        f"en trevlig stund i lugn och diskret miljö, jag väntar på dig hela kvällen. Ring 0701{i:06d}."
    )
    return SynthAd(f"t{i}", body, city="Uppsala", profile=f"pr-t{i}", network=f"solo-t{i}")


def test_a_template_cluster_past_saturation_grows_and_shrinks_without_its_members(store: Store) -> None:
    """A cluster of one template at or beyond the indicator's saturating count of persons before and after a
    day: its other members' findings stay as stored and are not scored again; a reader sees the count now."""
    members = [_template_ad(i) for i in range(6)]
    base = [*_base_market(), *members]
    load(store, base)
    run_assess(store)
    before = {i: _findings(store, "profile", f"pr-t{i}") for i in range(1, 6)}
    assert all("shared_template" in f for f in before.values())
    assert "in ads of 6 profiles" in _shown(store, "profile", "pr-t1", "shared_template")
    info = _step(store, [*base, _template_ad(6)])
    assert {i: _findings(store, "profile", f"pr-t{i}") for i in range(1, 6)} == before
    assert info["scored"] <= 6
    assert "in ads of 7 profiles" in _shown(store, "profile", "pr-t1", "shared_template")
    _same_as_full(store)
    # one member writes her own text: the cluster loses her and keeps six persons
    own = dataclasses.replace(members[0], body="Hej, jag heter Tpl0. Helt egen text om mig. Ring 0701000000.")
    info = _step(store, [own, *members[1:], *_base_market(), _template_ad(6)])
    assert {i: _findings(store, "profile", f"pr-t{i}") for i in range(1, 6)} == before
    assert info["scored"] <= 6
    assert "in ads of 6 profiles" in _shown(store, "profile", "pr-t1", "shared_template")
    _same_as_full(store)


def test_linking_merges_splits_and_moves_persons(store: Store) -> None:
    base = _base_market()
    load(store, base)
    run_assess(store)
    profiles = sorted({a.profile for a in base if a.profile}, key=lambda p: int(p[2:]))
    a, b, c, d = profiles[:4]
    split_ads = [x for x in base if x.profile == c]
    moved = []
    for x in base:
        if x.profile == b:  # b is merged into a
            x = dataclasses.replace(x, profile=a)
        elif x.profile == c and x.key == split_ads[0].key:  # one of c's ads becomes a profile of its own
            x = dataclasses.replace(x, profile=f"{c}-split", network=None)
        elif x.profile == d:  # d joins a's network
            x = dataclasses.replace(x, network=next(y.network for y in base if y.profile == a))
        moved.append(x)
    info = _step(store, moved)
    assert info["read"] == 0  # nothing new to read: only the links moved
    after = _same_as_full(store)
    assert not [r for r in after["scores"] if r[0] == "profile" and r[1] == b]


def test_a_moving_fairness_boundary_regards_lifted_entities(store: Store) -> None:
    base = _base_market()
    load(store, base)
    run_assess(store)
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM assess_base WHERE lifted = 1")).scalar_one() > 0
        held = conn.execute(text("SELECT COUNT(*) FROM indicators WHERE indicator = 'fairness_guard'")).scalar_one()
        assert held > 0  # the guard holds someone at the boundary: her row names it
    bounds = _carried_market(store)["bounds"]
    # copies of the strongest persons (phones of their own, no price, no shared template, a youth word) raise
    # the top decile of every level; persons held at the old boundary are not otherwise reached by them
    with store.connect() as conn:
        top = {
            str(r[0])
            for r in conn.execute(
                text(
                    "SELECT entity_id FROM assess_base WHERE entity_type = 'profile' "
                    "ORDER BY minor DESC, risk DESC, entity_id LIMIT 6"
                )
            )
        }

    def copy(x: SynthAd) -> SynthAd:
        age = x.selectors[0][2]
        tail = x.body[x.body.index(age) :].split(" Pris")[0].replace("+4673", "+4676").replace("+4670", "+4672")
        return dataclasses.replace(
            x,
            key=f"m{x.key}",
            body=f"Hej, ny text. Ung tjej, nyss fyllt 18 🎀 {tail}",
            selectors=[x.selectors[0]],
            profile=f"m{x.profile}",
            network=f"m{x.network}",
        )

    more = [copy(x) for x in base if x.profile in top]
    info = _step(store, [*base, *more])
    assert info["scored"] < info["ads"] + info["profiles"] + info["networks"]
    assert _carried_market(store)["bounds"] != bounds
    _same_as_full(store)


def test_profiles_rewritten_in_another_order_keep_carried_network_scores(store: Store) -> None:
    """A network pools its profiles' evidence in profile order: rows the link stage rewrites (same values,
    another physical order) must not make the carried network scores differ from a full run's."""
    base = _base_market()
    load(store, base)
    run_assess(store)
    with store.begin() as conn:
        write_links(conn, list(reversed(base)))  # the same links, profiles inserted in the reverse order
    info = run_assess(store, force=True)
    assert info["scored"] == 0  # nothing changed for assessment
    _same_as_full(store)


# -- the outreach list carried between runs (assess.outreach_list, migration 0029) -----------------------
def _person(key: str, phone: str, *, city: str = "Uppsala", site: str = "rosa.example", n: int = 1) -> list[SynthAd]:
    """A person (profile ``p-KEY``) with ``n`` ads giving one phone."""
    return [
        SynthAd(
            f"{key}-{i}",
            f"Hej, jag heter Anna, ny text nummer {key} {i}. Ring {phone}.",
            city=city,
            site=site,
            posted_at=f"2026-03-0{1 + i % 9}T12:00:00",
            profile=f"p-{key}",
            network=f"solo-{key}",
        )
        for i in range(n)
    ]


def _row(store: Store, city: str, ref: str) -> OutreachItem | None:
    with store.connect() as conn:
        return next((i for i in outreach(conn, city) if i.ref == ref), None)


def _outreach_step(store: Store, ads: list[SynthAd], catalogue: Catalogue | None = None) -> dict[str, Any]:
    """Load ``ads`` and assess incrementally; the outreach list must be built for some persons only."""
    load(store, ads)
    info = run_assess(store, force=True, catalogue=catalogue)
    assert "scored" in info and "outreach_persons" in info, "the run did not start from the carried state"
    return info


def test_a_growing_site_ends_a_site_line_and_hands_out_the_phone(store: Store) -> None:
    # a site of 30 ads (site_selector_min_ads): her 7 ads carry her phone, more than 20 % of them: a site line
    her = _person("her", "+46731110000", site="small.example", n=7)
    others = [a for k in range(23) for a in _person(f"o{k}", f"+4673222{k:04d}", site="small.example")]
    load(store, [*her, *others])
    run_assess(store)
    assert _row(store, "Uppsala", "p-her").phones == ()  # type: ignore[union-attr]
    # ten more persons advertise on the site: 7 of 40 is under the line, her ads did not change
    more = [a for k in range(10) for a in _person(f"m{k}", f"+4673333{k:04d}", site="small.example", city="Malmö")]
    info = _outreach_step(store, [*her, *others, *more])
    assert info["read"] == 10
    assert _row(store, "Uppsala", "p-her").phones == ("+46731110000",)  # type: ignore[union-attr]
    assert info["outreach_persons"] == 11  # the newcomers and her (reached through her route's status)
    _same_as_full(store)


def test_a_route_crossing_the_sharing_threshold_is_classified_again(store: Store) -> None:
    data = yaml.safe_load(bundled_text())
    data["settings"]["max_profiles_min"] = 2  # more than max(2, 10 % of persons) persons on a route: a site line
    cat = parse_catalogue(yaml.safe_dump(data, allow_unicode=True))
    shared = [a for k in range(3) for a in _person(f"s{k}", "+46734440000", city="Göteborg")]
    solo = [a for k in range(17) for a in _person(f"x{k}", f"+4673555{k:04d}")]
    load(store, [*shared, *solo])
    run_assess(store, catalogue=cat)

    def status() -> str:
        with store.connect() as conn:
            return str(
                conn.execute(text("SELECT status FROM outreach_routes WHERE value = '+46734440000'")).scalar_one()
            )

    assert status() == "site_line"  # 3 of 20 persons
    more = [a for k in range(20) for a in _person(f"y{k}", f"+4673666{k:04d}", city="Malmö")]
    info = _outreach_step(store, [*shared, *solo, *more], cat)
    assert status() == "shared"  # 3 of 40: the threshold moved past its count; no ad of it changed
    assert info["outreach_persons"] == 20  # the newcomers only: her list row does not move (shared or a line)
    _same_as_full(store, catalogue=cat)


def test_a_city_touched_only_through_a_routes_status(store: Store) -> None:
    base = _base_market()
    load(store, base)
    run_assess(store)
    own = next(a for a in base if a.network and a.network.startswith("solo"))
    phone = own.body.rsplit("Ring ", 1)[1].split(".")[0]
    city = str(own.city)
    assert phone in _row(store, city, str(own.profile)).phones  # type: ignore[union-attr]
    elsewhere = next(c for c in ("Göteborg", "Malmö", "Uppsala") if c != city)
    newcomer = SynthAd("new-1", f"Hej, ny här. Ring {phone}.", city=elsewhere, profile="pr-new", network="solo-new")
    with store.connect() as conn:
        before = {
            tuple(r)
            for r in conn.execute(text("SELECT * FROM outreach_list WHERE city_key = :k"), {"k": city_key(city)})
        }
    info = _outreach_step(store, [*base, newcomer])
    # her city got no new ad, yet her row lost the number she now shares; nothing else there was written
    assert phone not in _row(store, city, str(own.profile)).phones  # type: ignore[union-attr]
    with store.connect() as conn:
        after = {
            tuple(r)
            for r in conn.execute(text("SELECT * FROM outreach_list WHERE city_key = :k"), {"k": city_key(city)})
        }
    assert {r[2] for r in before ^ after} == {str(own.profile)}
    assert info["outreach_persons"] == 2
    _same_as_full(store)
    # linking moves the newcomer's ad into her profile (nothing read): the number is hers alone again
    info = _outreach_step(store, [*base, dataclasses.replace(newcomer, profile=own.profile, network=own.network)])
    assert info["read"] == 0
    assert phone in _row(store, city, str(own.profile)).phones  # type: ignore[union-attr]
    _same_as_full(store)


def test_erasing_the_ad_that_shared_a_route_hands_it_back(store: Store) -> None:
    base = _base_market()
    own = next(a for a in base if a.network and a.network.startswith("solo"))
    phone = own.body.rsplit("Ring ", 1)[1].split(".")[0]
    newcomer = SynthAd("new-1", f"Hej, ny här. Ring {phone}.", city="Malmö", profile="pr-new", network="solo-new")
    load(store, [*base, newcomer])
    run_assess(store)
    assert phone not in _row(store, str(own.city), str(own.profile)).phones  # type: ignore[union-attr]
    erase_ads(store, [newcomer.ad_id], reason="test erasure", actor="test", rebuild=False)
    run_assess(store, force=True)  # the erasure emptied the carried state: counted again from what is left
    assert phone in _row(store, str(own.city), str(own.profile)).phones  # type: ignore[union-attr]
    with store.connect() as conn:
        left = conn.execute(
            text("SELECT COUNT(*) FROM outreach_ad_routes WHERE ad_id = :a"), {"a": newcomer.ad_id}
        ).scalar_one()
    assert left == 0
    _same_as_full(store)
    # and the next day builds incrementally from the rebuilt counts
    _outreach_step(store, [*base, *_person("late", "+46737770000")])
    _same_as_full(store)


def _key_counts(store: Store, key: str) -> tuple[list[tuple[str, int]], list[int]]:
    with store.connect() as conn:
        sites = conn.execute(text("SELECT site, ads FROM assess_key_sites WHERE key = :k ORDER BY site"), {"k": key})
        persons = conn.execute(text("SELECT persons FROM assess_key_persons WHERE key = :k"), {"k": key})
        return [(str(r[0]), int(r[1])) for r in sites], [int(r[0]) for r in persons]


def test_the_kept_key_counts_move_by_what_a_day_changed(store: Store) -> None:
    """A day moves each key's ads per site and persons by what it changed (a stock photo's holders are never
    counted again): her third ad adds an ad but no person, a person on another site adds both, and a phone
    whose only ad now gives another number goes."""
    phone, dropped = "+46731110000", "+46734440000"
    her, gone = _person("her", phone, n=2), _person("gone", dropped)
    load(store, [*her, *gone])
    run_assess(store)
    assert _key_counts(store, f"phone:{phone}") == ([("rosa.example", 2)], [1])
    other_site = _person("two", phone, site="nord.example")
    changed = dataclasses.replace(gone[0], body=gone[0].body.replace(dropped, "+46735550000"))
    _step(store, [*_person("her", phone, n=3), *other_site, changed])
    assert _key_counts(store, f"phone:{phone}") == ([("nord.example", 1), ("rosa.example", 3)], [2])
    assert _key_counts(store, f"phone:{dropped}") == ([], [])
    assert _key_counts(store, "phone:+46735550000") == ([("rosa.example", 1)], [1])
    _same_as_full(store)


def test_a_new_ad_writes_only_its_persons_row(store: Store) -> None:
    base = _base_market()
    load(store, base)
    run_assess(store)
    info = _outreach_step(store, [*base, *_person("late", "+46737770000", city="Stockholm")])
    assert info["outreach_persons"] == 1 and info["outreach_rows"] == 1  # Stockholm is not renumbered
    with store.connect() as conn:
        first = outreach(conn, "Stockholm", limit=1)
    assert first[0].ref == "p-late" or first[0].last_seen >= "2026-03-01"  # type: ignore[operator]
    _same_as_full(store)


def test_the_stored_route_statuses_are_contacts_classify(store: Store) -> None:
    """The carried classification is ``contacts.classify``'s (the rule the network pages and exports use)."""
    base = _base_market()
    site_wide = [a for k in range(30) for a in _person(f"w{k}", "+46738880000", site="line.example")]
    load(store, [*base, *site_wide])
    run_assess(store)
    with store.connect() as conn:
        stored = {
            (str(r[0]), str(r[1])): str(r[2])
            for r in conn.execute(text("SELECT kind, value, status FROM outreach_routes"))
        }
        live = {k: u.status for k, u in classify(conn, stored, fresh=True).items()}
    assert stored == live
    assert set(stored.values()) >= {"own", "shared", "site_line"}


def test_a_route_becoming_a_hub_leaves_the_list(store: Store) -> None:
    base = _base_market()
    load(store, base)
    run_assess(store)
    own = next(a for a in base if a.network and a.network.startswith("solo"))
    phone = own.body.rsplit("Ring ", 1)[1].split(".")[0]
    hub = {"k": "phone", "v": phone, "i": selector_id("phone", phone)}
    with store.begin() as conn:  # what the link stage stores for a number on many names
        conn.execute(
            text(
                "INSERT INTO hub_selectors (kind, value, selector_id, ads, sites, names, reason) "
                "VALUES (:k, :v, :i, 40, 3, 12, 'many names')"
            ),
            hub,
        )
    info = run_assess(store, force=True)
    assert info["outreach_persons"] == 1 and info["read"] == 0
    assert phone not in _row(store, str(own.city), str(own.profile)).phones  # type: ignore[union-attr]
    _same_as_full(store)
    with store.begin() as conn:
        conn.execute(text("DELETE FROM hub_selectors WHERE kind = :k AND value = :v"), hub)
    run_assess(store, force=True)
    assert phone in _row(store, str(own.city), str(own.profile)).phones  # type: ignore[union-attr]
    _same_as_full(store)


# -- the carried template index's form (migration 0037) ---------------------------------------------------
def _templated_day(base: list[SynthAd], n: int = 3) -> list[SynthAd]:
    """``n`` new persons writing from the template of the market's first templated ad."""
    first = next(a for a in base if a.body.startswith(("NY I STAN", "New in town")))
    return [
        SynthAd(
            f"tpl-{i}",
            first.body.replace("Ring", f"Nr {i}. Ring"),
            city=first.city,
            profile=f"pr-tpl-{i}",
            network=f"solo-tpl-{i}",
        )
        for i in range(n)
    ]


def _as_before_0037(store: Store) -> Store:
    """Put the carried template state back in the form the code before migration 0037 wrote (signatures and
    band keys as hex text, an index by ad, carried state version 1; the carried ads and the facts cache keyed
    by ad), unrecord 0037, and open the store again (which applies it): the upgrade of a store assessed
    before."""
    _, b, r = carry._lsh(parse_catalogue(bundled_text()))  # type: ignore[misc]
    sqlite = store.engine.dialect.name == "sqlite"
    old_tables = [
        s.replace("{idpk}", "INTEGER PRIMARY KEY" if sqlite else "BIGINT PRIMARY KEY")
        for m in bundled_migrations()
        if m.version in (21, 35, 36)
        for s in m.statements
        if any(t in s for t in ("assess_ads", "assess_bands", "assess_facts")) and not s.startswith("INSERT")
    ]
    with store.begin() as conn:
        ads = conn.execute(text("SELECT ad_id, site, grp, sig, tcluster, city, price FROM assess_ads")).all()
        facts = conn.execute(text("SELECT ad_id, state, facts FROM assess_facts")).all()
        for table in ("assess_bands", "assess_ads", "assess_facts"):
            conn.execute(text(f"DROP TABLE {table}"))
        for stmt in old_tables:
            conn.execute(text(stmt))
        conn.execute(
            text("INSERT INTO assess_facts (ad_id, state, facts) VALUES (:a, :s, :f)"),
            [{"a": a, "s": st, "f": f} for a, st, f in facts],
        )
        rows = [(*a[:3], None if a[3] is None else bytes(a[3]).hex(), *a[4:]) for a in ads]
        conn.execute(
            text("INSERT INTO assess_ads VALUES (:a, :s, :g, :sig, :t, :c, :p)"),
            [dict(zip(("a", "s", "g", "sig", "t", "c", "p"), row, strict=True)) for row in rows],
        )
        values = {
            a: np.frombuffer(bytes.fromhex(sig), dtype=">u4").astype(np.uint32) for a, _, _, sig, *_ in rows if sig
        }
        bands = [
            {"b": f"{i}:{v[i * r : (i + 1) * r].tobytes().hex()}", "a": a} for a, v in values.items() for i in range(b)
        ]
        conn.execute(text("INSERT INTO assess_bands (band, ad_id) VALUES (:b, :a)"), bands)
        conn.execute(text("UPDATE assess_carry SET value = '1' WHERE name = 'version'"))
        conn.execute(text("DELETE FROM schema_version WHERE version = 37"))
    settings = store.settings
    store.close()
    return open_store(settings)


def test_a_store_carried_before_0037_is_rebuilt_once_then_carried_again(store: Store) -> None:
    """Upgrading a store whose carried template state is in the old form (hex text) must not read it as the
    new one: migration 0037 marks it stale, the next run scores the whole market and carries its state in
    the new form (from the cached facts, which it keeps), and the days after it start from that state;
    every result equals a full run."""
    base = _base_market()
    load(store, base)
    run_assess(store)
    store = _as_before_0037(store)
    try:
        with store.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM assess_ads")).scalar_one() == 0
        day = _templated_day(base)
        load(store, [*base, *day[:1]])
        info = run_assess(store, force=True)
        assert "scored" not in info  # the whole market, not the stale state
        assert info["read"] == 1  # the cached facts were kept: only the new ad is read
        _same_as_full(store)
        with store.connect() as conn:
            sigs = [r[0] for r in conn.execute(text("SELECT sig FROM assess_ads WHERE sig IS NOT NULL"))]
            bands = [r[0] for r in conn.execute(text("SELECT band FROM assess_bands"))]
        assert sigs and all(isinstance(s, bytes) and len(s) == 256 for s in sigs)
        assert bands and all(isinstance(k, int) for k in bands)
        _step(store, [*base, *day])  # the carried state in the new form
        _same_as_full(store)
    finally:
        store.close()


def test_colliding_band_keys_still_give_the_exact_clusters(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A band key is a 64-bit hash, so two different bands may share one: candidates are kept only when they
    share a band itself. With every band of a number given one key (every signed ad a candidate of every
    other), the clusters are still a full run's."""
    monkeypatch.setattr(carry, "_bands", lambda values, b, r: list(range(b)))
    base = _base_market()
    load(store, base)
    run_assess(store)
    _step(store, [*base, *_templated_day(base)])
    _same_as_full(store)


def test_an_lsh_candidate_shares_a_whole_band() -> None:
    """Signatures that agree on 56 of 64 values, but not on every value of any one band, are no candidate
    (yet their Jaccard estimate, 0.875, is above the template threshold); one whole band in common is."""
    x = np.arange(64, dtype=np.uint32)
    y = x.copy()
    y[::8] += 1  # one value of each band of 8
    assert not carry._share_band(x, y, 8, 8)
    y[24] -= 1  # band 3 now agrees on every value
    assert carry._share_band(x, y, 8, 8)
    assert len(set(carry._bands(x, 8, 8)) & set(carry._bands(y, 8, 8))) == 1


def _compared(store: Store) -> Any:
    """How many ads the last assess run compared with what it carried ("all": every ad)."""
    with store.connect() as conn:
        raw = conn.execute(text("SELECT info FROM stage_runs WHERE stage = 'assess' ORDER BY id DESC LIMIT 1")).scalar()
    return json.loads(raw).get("compared")


def test_photos_hashed_after_a_run_reach_the_next_run(store: Store) -> None:
    """Image rows of an old version (the fetcher hashes photos later): the ads are read again, though no
    new version came, and the day compares only the ads the stages changed."""
    base = _base_market()
    load(store, base)
    run_assess(store)
    pair = [a for a in base if a.profile][:1] + [a for a in base if a.profile and a.profile != base[0].profile][:1]
    with store.begin() as conn:
        for a in pair:
            seq = conn.execute(text("SELECT current_seq FROM ads WHERE id = :a"), {"a": a.ad_id}).scalar_one()
            conn.execute(
                text("INSERT INTO ad_images (ad_id, version_seq, url, sha256, phash) VALUES (:a, :s, :u, :h, NULL)"),
                {"a": a.ad_id, "s": seq, "u": f"https://img/{a.key}.jpg", "h": "ab" * 32},
            )
    info = run_assess(store, force=True)
    assert info["read"] == 2
    assert _compared(store) == (2 if store.dialect == "sqlite" else "all")  # PostgreSQL: every ad compared
    after = _same_as_full(store)
    assert any(r[2] == "shared_images" for r in after["indicators"])


def test_a_version_extracted_after_a_run_reaches_the_next_run(store: Store) -> None:
    """A version assessed before its extraction: extracted later, below the assess run's watermark, it is
    read again (the extract stage's watermark at the run's start is the bound)."""
    base = _base_market()
    load(store, base)
    run_assess(store)
    first = next(a for a in base if a.profile)
    edited = dataclasses.replace(first, body=first.body + " Nyss fyllt 18.")
    market = [edited if a.key == first.key else a for a in base]
    with store.begin() as conn:  # ingested, not yet extracted
        sites: dict[str, int] = {}
        ensure_sites(conn, [edited.site], sites)
        insert_ads(
            conn,
            [
                IncomingAd(
                    AdInput(
                        id=edited.key,
                        site=edited.site,
                        posted_at=edited.posted_at,
                        title=edited.title,
                        body=edited.body,
                        city=edited.city,
                        url=f"https://{edited.site}/ad/{edited.key}",
                    ),
                    content_hash=f"h-{edited.key}-{hash(edited.body)}",
                    source="test:synthetic",
                    source_sha256="0" * 64,
                )
            ],
            sites,
        )
    assert run_assess(store, force=True)["read"] == 1
    _step(store, market)  # extracted now
    assert store.dialect != "sqlite" or _compared(store) not in (None, "all")  # PostgreSQL: every ad compared
    _same_as_full(store)


def test_links_without_a_record_of_moves_compare_every_ad(store: Store) -> None:
    """A link run that does not record the ads it moved (a full run, another engine): every ad's person is
    compared, and the result is a full run's."""
    base = _base_market()
    load(store, base)
    run_assess(store)
    a, b = sorted({x.profile for x in base if x.profile}, key=lambda p: int(str(p)[2:]))[:2]
    merged = [dataclasses.replace(x, profile=a) if x.profile == b else x for x in base]
    with store.begin() as conn:
        write_links(conn, merged, record=False)
    run_assess(store, force=True)
    assert _compared(store) == "all"
    after = _same_as_full(store)
    assert not [r for r in after["scores"] if r[0] == "profile" and r[1] == b]


def test_a_carried_run_pauses_the_cycle_collector_and_restores_it(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run from the carried state scores with Python's cycle collector paused (its collections found
    nothing to free), and the collector is on again after the run, also when the run fails."""
    import gc

    from kartlegg.assess import run as assess_run

    base = _base_market()
    load(store, base)
    run_assess(store)
    seen: list[bool] = []
    scored = assess_run._incremental

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return scored(*args, **kwargs)

    monkeypatch.setattr(assess_run, "_incremental", spy)
    first = next(a for a in base if a.profile)
    market = [dataclasses.replace(a, body=a.body + " Ny i stan.") if a.key == first.key else a for a in base]
    _step(store, market)
    assert seen == [False] and gc.isenabled()
    _same_as_full(store)

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("disk full")

    monkeypatch.setattr(assess_run, "_incremental", fail)
    market = [dataclasses.replace(a, body=a.body + " Ring nu.") if a.key == first.key else a for a in market]
    load(store, market)
    with pytest.raises(RuntimeError):
        run_assess(store, force=True)
    assert gc.isenabled()


# -- an ad's findings kept once, on its person's profile (assess.person_rows) ------------------------------
def _explained(store: Store, ads: list[int]) -> dict[int, Any]:
    """What a reader sees of each ad: its scores, every contribution with its evidence, and the notes."""
    with store.connect() as conn:
        return {a: explain(conn, "ad", str(a)) for a in ads}


def test_a_new_ad_of_a_person_leaves_her_other_ads_rows_as_they_were(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new ad of a person with many moves her share of a finding ("in 50 % of the person's ads" -> 56 %) in
    every ad of hers, but only her profile's rows hold it: her other ads' stored rows stay as they were, and
    a reader sees each ad's findings as if they were stored whole."""
    base = _base_market()
    hers = [
        dataclasses.replace(a, body=a.body + " Dygnet runt.") if i % 2 == 0 else a
        for i, a in enumerate(_person("many", "+46736660000", n=8))
    ]
    load(store, [*base, *hers])
    run_assess(store)
    before = {a.ad_id: _findings(store, "ad", str(a.ad_id)) for a in hers}
    plain = hers[1].ad_id  # without the words: the finding is her person's
    assert "50%" in _shown_note(store, plain, "available_24_7")
    newcomer = SynthAd(
        "many-new",
        "Hej, jag heter Anna, ny här. Dygnet runt. Ring +46736660000.",
        city="Uppsala",
        posted_at="2026-03-09T12:00:00",
        profile="p-many",
        network="solo-many",
    )
    info = _step(store, [*base, *hers, newcomer])
    assert info["read"] == 1
    assert {a.ad_id: _findings(store, "ad", str(a.ad_id)) for a in hers} == before
    assert "56%" in _shown_note(store, plain, "available_24_7")  # 5 of her 9 ads, read through her profile
    ads = [a.ad_id for a in [*base, *hers, newcomer]]
    shown = _explained(store, ads)
    _same_as_full(store)
    # the same market with every ad's findings stored whole (as before person_rows): the same explanations
    monkeypatch.setattr(person_rows, "slim", lambda *a, **k: None)
    run_assess(store, full=True)
    with store.connect() as conn:
        assert conn.execute(text(f"SELECT COUNT(*) FROM indicators WHERE indicator = '{PERSON_ROW}'")).scalar() == 0
    assert _explained(store, ads) == shown
    assert {a.ad_id: _findings(store, "ad", str(a.ad_id)) for a in hers} != before


def _shown_note(store: Store, ad: int, indicator: str) -> str:
    with store.connect() as conn:
        ex = explain(conn, "ad", str(ad))
    return " | ".join(c.note for c in ex.contributions if c.indicator == indicator)


def test_a_city_only_her_text_names_keeps_her_row_when_a_day_adds_an_ad(store: Store) -> None:
    # her first ad has no site label: its city is the one its text names (a city selector), read by an
    # incremental run together with her routes (``outreach_list._cities_of``)
    phone = "+46734440000"
    first = SynthAd(
        "c-0",
        f"Hej, jag är i Malmö i helgen. Ring {phone}.",
        city=None,
        selectors=[("city", "Malmö", "Malmö", {})],
        profile="p-c",
        network="solo-c",
    )
    others = [a for k in range(5) for a in _person(f"q{k}", f"+4673555{k:04d}")]
    load(store, [first, *others])
    run_assess(store)
    assert _row(store, "Malmö", "p-c").phones == (phone,)  # type: ignore[union-attr]
    second = SynthAd(
        "c-1",
        f"Hej igen, ny här. Ring {phone}.",
        city="Uppsala",
        posted_at="2026-03-05T12:00:00",
        profile="p-c",
        network="solo-c",
    )
    info = _outreach_step(store, [first, *others, second])
    assert info["outreach_persons"] == 1
    for city in ("Malmö", "Uppsala"):  # her row in both cities, each with her phone and her last ad's time
        row = _row(store, city, "p-c")
        assert row is not None and row.phones == (phone,) and row.last_seen == "2026-03-05T12:00:00"
    _same_as_full(store)


def _elin(i: int, posted: str, age: int, phone: str | None, words: str) -> dict[str, Any]:
    contact = f" Ring {phone}." if phone else ""
    return {
        "site": "annonser.example.no",
        "id": str(i),
        "url": f"https://annonser.example.no/annonse/{i}",
        "posted_at": f"{posted}T12:00:00+01:00",
        "city": "Oslo",
        "title": "Elin i Oslo",
        "body": f"Hei, jeg heter Elin, {age} år. {words}{contact}",
    }


def test_an_ad_without_a_contact_joining_a_namesake_on_a_later_day_is_assessed_as_a_full_run(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """Day 1: A (Elin, 24) and B (Elin, 25) with numbers, C (Elin, 22, no contact) fits both and stays alone.
    Day 2: A posts again at 27 and no longer fits C, who joins B: the day relinks A, C and B (not the whole
    name), and its assess gives the rows a full run gives, C's ad now scored with B's profile."""
    days = [
        [
            _elin(1, "2026-03-01", 24, "912 34 567", "Diskret og hyggelig i sentrum, kun hotell."),
            _elin(2, "2026-03-01", 25, "934 56 781", "Nyt en rolig kveld med meg og god vin."),
            _elin(3, "2026-03-01", 22, None, "Leilighet ved Majorstuen, ingen stress her."),
        ],
        [_elin(4, "2026-03-02", 27, "912 34 567", "Tilbake fra ferie, hyggelige herrer velkommen.")],
    ]
    for i, day in enumerate(days):
        path = tmp_path / f"day{i}.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in day))
        ingest_paths(sqlite_store, [path])
        analyze(sqlite_store, workers=1)
    with sqlite_store.connect() as conn:
        held = dict(
            conn.execute(text("SELECT a.ad_key, pa.profile_id FROM profile_ads pa JOIN ads a ON a.id = pa.ad_id")).all()
        )
    assert held["3"] == held["2"] != held["1"] == held["4"]
    _same_as_full(sqlite_store)
