"""Incremental linking equals a full rebuild: ads ingested in batches (with a link run after each, through
the index tables and the region walk) give the same profiles, networks, reasons, hubs, site aliases and
index tables as linking all of them at once, on three independent markets and on random small ones,
including selectors that become hubs and text buckets that grow past the limit mid-way."""

from __future__ import annotations

import dataclasses
import gc
import itertools
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

import pytest
from benchmarks.evalcorpus import generate as eval_corpus
from benchmarks.heldout import generate as heldout_corpus
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from kartlegg.collect.adfile import parse_record
from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.demo.market import build_market
from kartlegg.extract.run import run_extract
from kartlegg.link import components, index, region, rowsync
from kartlegg.link import run as link_run
from kartlegg.link.cluster import AdFeatures, bare, day_of
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.link.run import run_link
from kartlegg.records import AdInput
from kartlegg.store import engine
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings
from tests.link.market import build, incoming
from tests.link.test_run import _photo_hashes

#: Tables whose every row must be the same after batches as after one full run.
INDEX_TABLES = {
    "link_selector_ads": "sel, ad_id, kind, site, name",
    "link_keys": "sel, kind, value, ads, names",
    "link_key_sites": "sel, site, ads",
    "link_key_names": "sel, name, ads",
    "link_bands": "band, ad_id",
    "link_big_bands": "band",
    "link_components": "ad_id, comp",
    "link_text_pairs": "a, b, ratio",
    "link_name_keys": "nkey, ad_id, bare",
    "link_phash": "hash, canon, refs",
    "link_site_keys": "key, label, ads",
    "link_site_pairs": "site_a, site_b, shared",
    "link_site_sizes": "label, keys",
    "hub_selectors": "kind, value, selector_id, ads, sites, names, reason",
    "site_aliases": "site_a, site_b, score, reason, shared, share, template, gap_days, strength",
}


def tight_rules() -> LinkRules:
    """Small limits, so that a few days' ads make selectors hubs and text buckets oversized."""
    base = default_rules()
    return base.model_copy(
        update={
            "text": base.text.model_copy(update={"max_bucket": 3}),
            "hub": base.hub.model_copy(update={"min_names": 4, "site_min_names": 2, "min_phones": 2}),
        }
    )


def snapshot(store: Store) -> dict[str, Any]:
    """Everything linking wrote, with profile and network ids replaced by their ads (ids are kept across
    runs, so they differ between a store linked day by day and one linked once)."""
    with store.connect() as conn:
        members: dict[str, set[int]] = defaultdict(set)
        for ad_id, pid in conn.execute(text("SELECT ad_id, profile_id FROM profile_ads")):
            members[pid].add(int(ad_id))
        profile = {pid: frozenset(v) for pid, v in members.items()}
        nets: dict[str, set[frozenset[int]]] = defaultdict(set)
        for pid, nid in conn.execute(text("SELECT id, network_id FROM profiles")):
            nets[nid].add(profile[pid])
        out: dict[str, Any] = {
            "profiles": set(profile.values()),
            "networks": {frozenset(v) for v in nets.values()},
            "ad_links": {
                (min(int(a), int(b)), max(int(a), int(b)), reason, sid, score)
                for a, b, reason, sid, score in conn.execute(
                    text("SELECT a, b, reason, selector_id, score FROM links WHERE level = 'ad'")
                )
            },
            "profile_links": {
                (frozenset((profile[a], profile[b])), reason, sid, score)
                for a, b, reason, sid, score in conn.execute(
                    text("SELECT a, b, reason, selector_id, score FROM links WHERE level = 'profile'")
                )
            },
        }
        # each network's city rows, which a region run updates in place and a full run rebuilds
        net_ads = {nid: frozenset(a for p in v for a in p) for nid, v in nets.items()}
        out["network_cities"] = {
            (net_ads.get(nid), key, city)  # a row of a deleted network: None
            for nid, key, city in conn.execute(text("SELECT network_id, city_key, city FROM network_cities"))
        }
        for table, cols in INDEX_TABLES.items():
            out[table] = set(conn.execute(text(f"SELECT {cols} FROM {table}")).all())
        # a bucket row indexed since the last merge is in link_bands_recent, never in both tables
        out["link_bands"] = sorted(
            conn.execute(
                text("SELECT band, ad_id FROM link_bands UNION ALL SELECT band, ad_id FROM link_bands_recent")
            ).all()
        )
    return out


def link_in_batches(
    store: Store, batches: list[list[AdInput]], rules: LinkRules, photos: bool = False
) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any]]:
    """A link run after each batch: the run records, what the runs left, and what ``kartlegg link --full``
    then writes over the same ads (the same store: extraction learns each site's furniture from what it
    has seen so far, so a store ingested at once may hold other selectors)."""
    infos = []
    for batch in batches:
        ingest_items(store, incoming(batch), IngestResult())
        if photos:
            _photo_hashes(store)
        run_extract(store)
        infos.append(run_link(store, rules=rules))
        assert infos[-1].get("append_misses", 0) == 0  # every append verdict is what the relink gave
        assert_counts_recounted(store)
    inc = snapshot(store)
    run_link(store, full=True, rules=rules)
    return infos, inc, snapshot(store)


def assert_counts_recounted(store: Store) -> None:
    """The per-selector counts the index keeps by difference (the hub check's input) equal a recount of
    the selector -> ads rows after every run."""
    with store.connect() as conn:
        for table, col, where in (("link_key_sites", "site", ""), ("link_key_names", "name", "WHERE name <> ''")):
            kept = set(conn.execute(text(f"SELECT sel, {col}, ads FROM {table}")).all())
            recount = set(
                conn.execute(
                    text(f"SELECT sel, {col}, COUNT(*) FROM link_selector_ads {where} GROUP BY sel, {col}")
                ).all()
            )
            recount = {r for r in recount if r[1] is not None}
            assert kept == recount, f"{table}: {len(kept ^ recount)} rows differ from a recount"
        totals = dict(conn.execute(text("SELECT site, COUNT(*) FROM link_features GROUP BY site")).all())
        assert link_run._state(conn, link_run.TOTALS_STATE)["sites"] == totals  # what the next day starts from


def by_day(ads: list[AdInput], first: int) -> list[list[AdInput]]:
    """The ads of the first ``first`` days as one batch, then one batch per day."""
    days = sorted({(a.posted_at or "")[:10] for a in ads})
    out = [[a for a in ads if (a.posted_at or "")[:10] <= days[first - 1]]]
    out.extend([a for a in ads if (a.posted_at or "")[:10] == d] for d in days[first:])
    return [b for b in out if b]


def assert_equal(inc: dict[str, Any], full: dict[str, Any]) -> None:
    for key in full:
        assert inc[key] == full[key], f"{key}: {len(set(inc[key]) ^ set(full[key]))} rows differ"


def test_synthetic_market_with_photos_day_by_day_equals_full(store: Store) -> None:
    ads, _ = build(31, n_persons=40, days=10)
    infos, inc, full = link_in_batches(store, by_day(ads, 4), tight_rules(), photos=True)
    assert_equal(inc, full)
    partial = [i for i in infos if "seconds_index" in i]
    assert len(partial) >= 5 and all(i["relinked"] < i["ads"] for i in partial[-2:])
    # the cases the index must follow, seen on the way: a selector becoming (or leaving) a hub, a text
    # bucket growing past the limit
    assert any(i["hub_changes"] for i in partial) and any(i["bucket_changes"] for i in partial)
    assert full["link_big_bands"] and full["hub_selectors"] and full["link_phash"]


def test_bucket_rows_merged_mid_way_link_as_if_never_split(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The recent bucket rows moved into ``link_bands`` a slice a day leave the same links and index as a
    full run, which keeps every row in ``link_bands``."""
    monkeypatch.setattr(index, "RECENT_SLICES", 3)
    ads, _ = build(31, n_persons=40, days=10)
    infos, inc, full = link_in_batches(store, by_day(ads, 4), tight_rules())
    assert_equal(inc, full)
    merged = [i["bands_merged"] for i in infos if "seconds_index" in i]
    assert all(merged)  # each day moved the rows of its slice, and left the others' in link_bands_recent
    with store.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM link_bands_recent")).scalar_one() == 0  # the full run's


def test_demo_market_in_batches_equals_full(sqlite_store: Store) -> None:
    market = build_market(seed=5, n_persons=50, days=14)
    ads = [parse_record(a) for a in market.ads]
    infos, inc, full = link_in_batches(sqlite_store, by_day(ads, 8), tight_rules())
    assert any("seconds_index" in i for i in infos)
    assert_equal(inc, full)


def test_evaluation_corpus_in_batches_equals_full(sqlite_store: Store) -> None:
    ads = [parse_record(a) for a in eval_corpus(3, 500)[0]]
    cuts = [0, 300, 380, 440, len(ads)]
    batches = [ads[a:b] for a, b in itertools.pairwise(cuts)]
    infos, inc, full = link_in_batches(sqlite_store, batches, default_rules())
    assert sum("seconds_index" in i for i in infos) == len(batches) - 1
    assert_equal(inc, full)


def test_ads_without_a_contact_in_batches_join_as_in_a_full_run(store: Store) -> None:
    """The held-out corpus re-posts ads with no contact at all: a later day's such ad reaches the profile of
    her name, site and city through the region walk (``link_name_keys``), and an earlier one is reached
    from a later day's ad of her name with a number, as a full run joins them."""
    ads = [parse_record(a) for a in heldout_corpus(5, 600)[0]]
    cuts = [0, 350, 450, 530, len(ads)]
    batches = [ads[a:b] for a, b in itertools.pairwise(cuts)]
    _, inc, full = link_in_batches(store, batches, default_rules())
    joined = [r for r in full["ad_links"] if "no contact of her own" in r[2]]
    assert len(joined) >= 5
    assert_equal(inc, full)


_Named = tuple[str, str, int, bool]
_NAMED = st.tuples(
    st.sampled_from(["Elin", "Anna"]),
    st.sampled_from(["a.example", "b.example"]),
    st.integers(0, 150),  # the day posted
    st.booleans(),  # without a contact
)


def _named_ad(ad_id: int, name: str, site: str, day: int, alone: bool) -> AdFeatures:
    posted = (date(2026, 1, 1) + timedelta(days=day)).isoformat()
    phone = () if alone else (("phone", f"+4791{ad_id:06d}"),)
    return AdFeatures(ad_id, site, "Oslo", posted, name, selectors=phone)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    stored=st.lists(_NAMED, max_size=40),
    batch=st.lists(st.integers(0, 59), max_size=12),
    new=st.lists(_NAMED),
    apart=st.booleans(),
)
@example(  # the window's two edges (45 days) from one new ad with a number: reached, and one day past them not
    stored=[("Elin", "a.example", d, True) for d in (9, 10, 100, 101)],
    batch=[],
    new=[("Elin", "a.example", 55, False)],
    apart=False,
)
@example(  # three namesakes with numbers near an ad without one, each in a stored component of its own: crowded
    stored=[("Elin", "a.example", d, False) for d in (10, 20, 30)] + [("Elin", "a.example", 25, True)],
    batch=[],
    new=[("Elin", "a.example", 22, True)],
    apart=True,
)
def test_the_walks_name_key_lookup_reaches_what_every_row_of_the_key_would(
    sqlite_store: Store, stored: list[_Named], batch: list[int], new: list[_Named], apart: bool
) -> None:
    """The ads ``region._near_by_name`` reaches from a frontier (stored ads and new ones, the run's changed
    ads) are those a test of every stored row of their keys finds, though it reads only rows that can pass
    it: from an ad without a contact, every ad of its key posted within the window, unless those with a
    contact lie in more stored components than ``bare_max_profiles`` (``apart``: each stored ad with a
    contact a component of its own), when it is crowded and reaches only those without one; from an ad with
    a contact, its key's ads without one."""
    rules = default_rules()
    window, most = rules.person.bare_window_days, rules.person.bare_max_profiles
    ads = [_named_ad(i, *x) for i, x in enumerate(stored)]
    frontier = [ads[i] for i in batch if i < len(ads)] + [_named_ad(100 + i, *x) for i, x in enumerate(new)]
    changed = {a.ad_id for a in frontier}
    with sqlite_store.begin() as conn:
        conn.execute(text("DELETE FROM link_name_keys"))
        conn.execute(text("DELETE FROM link_components"))
        rows = index.name_key_rows(ads + frontier[len(frontier) - len(new) :])
        if rows:
            conn.exec_driver_sql("INSERT INTO link_name_keys (nkey, ad_id, day, bare) VALUES (?, ?, ?, ?)", rows)
        comps = [(a.ad_id, a.ad_id) for a in ads if not bare(a)]
        if apart and comps:
            conn.exec_driver_sql("INSERT INTO link_components (ad_id, comp) VALUES (?, ?)", comps)
        crowded: set[int] = set()
        got = region._near_by_name(conn, frontier, changed, {}, rules, crowded)
    expected: set[int] = set()
    expected_crowded = set()
    for a in frontier:
        near = [
            (ad_id, alone)
            for key, ad_id, day, alone in rows
            if key == index.name_key_id(a) and abs(day - (day_of(a) or 0)) <= window and ad_id != a.ad_id
        ]
        expected |= {ad_id for ad_id, alone in near if alone}
        if bare(a):
            apart_comps = {ad_id for ad_id, alone in near if not alone and apart and ad_id not in changed}
            if len(apart_comps) > most:
                expected_crowded.add(a.ad_id)
            else:
                expected |= {ad_id for ad_id, alone in near if not alone}
    assert got == expected
    assert crowded == expected_crowded


def test_a_later_namesake_with_a_number_parts_an_ad_without_a_contact_as_a_full_run_does(
    sqlite_store: Store,
) -> None:
    """Day 1: Elin's ad with her number and a re-post of hers without any contact, joined by her name, site
    and city. Day 2: another Elin there, her age, with a number of her own: two profiles now fit, so the
    re-post stands alone, as a full run decides; the walk reaches it from the new ad (its key's ads
    without a contact) although nothing else joins them."""

    def ad(i: int, day: int, title: str, body: str) -> AdInput:
        return parse_record(
            {
                "site": "annonser.example.no",
                "id": str(i),
                "url": f"https://annonser.example.no/annonse/{i}",
                "posted_at": f"2026-03-0{day}T12:00:00+01:00",
                "city": "Oslo",
                "title": title,
                "body": body,
            }
        )

    day1 = [
        ad(1, 1, "Elin i Oslo", "Hei, jeg heter Elin (24), ring meg på 912 34 567. Diskret og hyggelig i sentrum."),
        ad(2, 1, "Elin, Oslo", "Mitt navn er Elin, 25 år. Nyt en rolig kveld med meg, kun seriøse henvendelser."),
    ]
    day2 = [ad(3, 2, "Elin - Oslo", "Jeg heter Elin og er 25. Sms 934 56 781 for avtale, hotell eller privat.")]
    _, inc, full = link_in_batches(sqlite_store, [day1, day2], default_rules())
    assert_equal(inc, full)
    with sqlite_store.connect() as conn:
        ids = dict(conn.execute(text("SELECT ad_key, id FROM ads")).all())
    assert {frozenset({ids["2"]})} <= full["profiles"]
    assert not any("no contact of her own" in r[2] for r in full["ad_links"])


def _elin_ad(i: int, posted: str, name: str, age: int, phone: str | None, words: str, city: str = "Oslo") -> AdInput:
    contact = f" Ring {phone}." if phone else ""
    return parse_record(
        {
            "site": "annonser.example.no",
            "id": str(i),
            "url": f"https://annonser.example.no/annonse/{i}",
            "posted_at": f"{posted}T12:00:00+01:00",
            "city": city,
            "title": f"{name} i {city}",
            "body": f"Hei, jeg heter {name}, {age} år. {words}{contact}",
        }
    )


def test_an_ad_without_a_contact_between_namesakes_does_not_glue_their_components(sqlite_store: Store) -> None:
    """A (Elin, 24) and B (Elin, 25, in Oslo and Bergen) have numbers; C (Elin, 22) has none and fits both, so she
    stays alone, and so does C2 (Elin in Bergen, 26) between B and E (Elin in Bergen, 27). The stored components
    are each person's own: C and C2 join no one, so they hold no one together. Day 2, A posts again at 27: A no
    longer fits C, who joins B, as a full run decides; the day relinks A, C (A's namesake without a contact) and
    B (the profile C meets), not E or C2. Day 3, an Elin without a contact (22: only B fits) meets A, B and F (a
    third Elin with a number, posted later): too many to join any, so she stays alone and the walk does not
    reach F; C, her namesake without a contact, comes with her component (B), and C's namesakes (A) with theirs."""
    day1 = [
        _elin_ad(1, "2026-03-01", "Elin", 24, "912 34 567", "Diskret og hyggelig i sentrum, kun hotell."),
        _elin_ad(2, "2026-03-01", "Elin", 25, "934 56 781", "Nyt en rolig kveld med meg og god vin."),
        _elin_ad(3, "2026-03-01", "Elin", 25, "934 56 781", "Ny i byen denne uken, sms for avtale.", "Bergen"),
        _elin_ad(4, "2026-03-01", "Elin", 22, None, "Leilighet ved Majorstuen, ingen stress her."),
        _elin_ad(5, "2026-03-01", "Elin", 27, "945 67 892", "Massasje og avslapning hele helgen lang.", "Bergen"),
        _elin_ad(6, "2026-03-01", "Elin", 26, None, "Varm og leken jente, snakker engelsk flytende.", "Bergen"),
    ]
    day2 = [_elin_ad(7, "2026-03-02", "Elin", 27, "912 34 567", "Tilbake fra ferie, hyggelige herrer velkommen.")]
    day3 = [
        _elin_ad(9, "2026-04-20", "Elin", 40, "956 78 903", "Moden dame med erfaring, privat leilighet."),
        _elin_ad(8, "2026-04-10", "Elin", 22, None, "Studentjente som liker nye bekjentskaper nå."),
    ]
    relinked = []
    for batch in (day1, day2, day3[:1], day3[1:]):
        ingest_items(sqlite_store, incoming(batch), IngestResult())
        run_extract(sqlite_store)
        relinked.append(run_link(sqlite_store).get("relinked"))
        if batch is day2:
            with sqlite_store.connect() as conn:
                key = {int(i): k for k, i in conn.execute(text("SELECT ad_key, id FROM ads"))}
                comps: dict[int, set[str]] = defaultdict(set)
                for a, c in conn.execute(text("SELECT ad_id, comp FROM link_components")):
                    comps[int(c)].add(key[int(a)])
            assert {frozenset(v) for v in comps.values()} == {
                frozenset({"1", "7"}),
                frozenset({"2", "3", "4"}),  # C joined B
                frozenset({"5"}),
                frozenset({"6"}),
            }
    assert relinked[1:] == [5, 1, 6]  # day 2: 7, 1, 4, 2, 3; F alone; day 3: 8, 4, 2, 3, 1, 7
    inc = snapshot(sqlite_store)
    run_link(sqlite_store, full=True)
    full = snapshot(sqlite_store)
    assert_equal(inc, full)
    with sqlite_store.connect() as conn:
        ids = {k: int(i) for k, i in conn.execute(text("SELECT ad_key, id FROM ads"))}
    persons = {frozenset(k for k, i in ids.items() if i in p) for p in full["profiles"]}
    assert {frozenset({"2", "3", "4"}), frozenset({"6"}), frozenset({"8"}), frozenset({"1", "7"})} <= persons


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), persons=st.integers(4, 14), first=st.integers(1, 5))
def test_random_small_markets_day_by_day_equal_full(tmp_path_factory: Any, seed: int, persons: int, first: int) -> None:
    ads, _ = build(seed, n_persons=persons, days=7)
    store = open_store(make_settings(tmp_path_factory.mktemp("random")))
    try:
        _, inc, full = link_in_batches(store, by_day(ads, first), tight_rules())
    finally:
        store.close()
    assert_equal(inc, full)


def test_streamed_full_run_equals_in_memory_full_run(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full run a block of regions at a time (never every ad in memory) writes what the in-memory one does."""
    monkeypatch.setattr(link_run, "STREAM_BLOCK", 25)  # many chunks and blocks
    ads, _ = build(41, n_persons=30, days=8)
    _, _, memory = link_in_batches(sqlite_store, by_day(ads, 5), tight_rules(), photos=True)
    info = run_link(sqlite_store, full=True, rules=tight_rules(), stream=True)
    assert info["relinked"] == info["ads"] == len({(a.site, a.id) for a in ads})
    assert_equal(snapshot(sqlite_store), memory)


def test_a_bucket_back_under_the_limit_compares_its_ads_again(sqlite_store: Store) -> None:
    """Four copies of one text fill each of its buckets past the limit (three), so no two are compared and
    each is its own component; one copy is edited away, and the three left are compared and joined. Their
    pairs come from buckets the day changed: a region walk that took them as the last run's refusals
    (every pair between two stored components) would leave them apart."""
    body = (
        "Ny i stan, bara några dagar. Söt och glad tjej med lång mörkt hår, tar emot i lugn och diskret lägenhet "
        "nära centrum. Ring eller skicka sms för tid, inga dolda nummer, inga sms utan namn. Välkommen!"
    )
    copies = [
        AdInput(f"copy-{k}", "site-a", posted_at=f"2026-03-0{k + 1}T10:00:00", title="Sofia", body=body)
        for k in range(4)
    ]
    edited = dataclasses.replace(copies[3], body="Helt annan text om något annat, utan likhet med de andra alls.")
    infos, inc, full = link_in_batches(sqlite_store, [copies, [edited]], tight_rules())
    assert "seconds_index" in infos[1] and infos[1]["bucket_changes"]
    assert_equal(inc, full)
    assert sorted(Counter(comp for _, comp in inc["link_components"]).values()) == [1, 3]


def test_an_edited_ad_rewrites_its_profile_whose_ads_stay(sqlite_store: Store) -> None:
    """An ad edited to another city and day keeps its phone, so its profile keeps its id, ads and network;
    the profile's row and city rows still follow the edit, as a full run writes them (a write that skipped
    every profile whose ads stayed the same would keep the old city)."""
    body = "Hej! Ny i stan, ring 070-123 45 67 för tid. Diskret lägenhet nära centrum, välkommen."
    ads = [
        AdInput(
            f"anna-{k}", "site-a", posted_at=f"2026-03-0{k + 1}T10:00:00", title="Anna", body=body, city="Stockholm"
        )
        for k in range(2)
    ]
    edited = dataclasses.replace(ads[1], city="Göteborg", posted_at="2026-03-05T10:00:00")

    def profile_rows() -> set[Any]:
        with sqlite_store.connect() as conn:
            rows = conn.execute(text("SELECT id, first_seen, last_seen, data, ads FROM profiles")).all()
            cities = conn.execute(text("SELECT profile_id, city, first_seen, last_seen, ads FROM profile_cities")).all()
        return {tuple(r) for r in rows} | {("city", *r) for r in cities}

    for batch in ([ads[0], ads[1]], [edited]):
        ingest_items(sqlite_store, incoming(batch), IngestResult())
        run_extract(sqlite_store)
        info = run_link(sqlite_store, rules=tight_rules())
    assert "seconds_index" in info  # the edit was linked as a day, through the region
    day = profile_rows()
    assert any(r[0] == "city" and "teborg" in str(r[2]) for r in day)
    run_link(sqlite_store, full=True, rules=tight_rules())
    assert day == profile_rows()


def test_a_day_pauses_the_cycle_collector_and_restores_it(sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A day's region is linked with Python's cycle collector paused (it found nothing to free and cost ~15 %
    of the day), and the collector is on again after the run, also when the run fails."""
    ads, _ = build(7, n_persons=8, days=3)
    days = by_day(ads, 2)
    ingest_items(sqlite_store, incoming(days[0]), IngestResult())
    run_extract(sqlite_store)
    run_link(sqlite_store)
    seen: list[bool] = []
    relink = link_run._relink_region

    def spy(*args: Any, **kwargs: Any) -> tuple[dict[str, Any], Counter[str]]:
        seen.append(gc.isenabled())
        return relink(*args, **kwargs)

    monkeypatch.setattr(link_run, "_relink_region", spy)
    ingest_items(sqlite_store, incoming(days[1]), IngestResult())
    run_extract(sqlite_store)
    assert gc.isenabled()
    run_link(sqlite_store)
    assert seen == [False] and gc.isenabled()

    def fail(*args: Any, **kwargs: Any) -> tuple[dict[str, Any], Counter[str]]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(link_run, "_relink_region", fail)
    ingest_items(sqlite_store, incoming(days[2]), IngestResult())
    run_extract(sqlite_store)
    with pytest.raises(RuntimeError):
        run_link(sqlite_store)
    assert gc.isenabled()


def test_a_day_counts_from_the_site_totals_the_last_run_kept(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A day takes the store's ads per site from the last run's record (the hub rule's input), not from a
    count over every ad; a record that does not add up to the store's ads is counted again."""
    ads, _ = build(31, n_persons=40, days=6)
    days = by_day(ads, 2)
    counted: list[int] = []
    count = link_run.site_totals

    def spy(conn: Any) -> Counter[str]:
        counted.append(1)
        return count(conn)

    monkeypatch.setattr(link_run, "site_totals", spy)
    infos, inc, full = link_in_batches(sqlite_store, days[:-1], tight_rules())
    assert_equal(inc, full)
    assert any("seconds_index" in i for i in infos)
    assert len(counted) == 2  # the first run's and the full run's: no day counted
    with sqlite_store.begin() as conn:  # a record that no longer adds up (as after a failed run)
        kept = link_run._state(conn, link_run.TOTALS_STATE)
        site = sorted(kept["sites"])[0]
        kept["sites"][site] += 1
        link_run._set_state(conn, link_run.TOTALS_STATE, kept)
    ingest_items(sqlite_store, incoming(days[-1]), IngestResult())
    run_extract(sqlite_store)
    info = run_link(sqlite_store, rules=tight_rules())
    assert "seconds_index" in info and len(counted) == 3
    assert_counts_recounted(sqlite_store)


def test_a_day_looks_up_no_stored_link_rows_of_its_new_ads(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A day's new ads were never linked, so it reads no component, profile, link or text pair of theirs
    (on a 1M store each lookup is a random page of a large index); the day still equals a full run."""
    ads, _ = build(31, n_persons=40, days=6)
    days = by_day(ads, 4)
    for batch in days[:-1]:
        ingest_items(sqlite_store, incoming(batch), IngestResult())
        run_extract(sqlite_store)
        run_link(sqlite_store, rules=tight_rules())
    with sqlite_store.connect() as conn:
        before = {int(r[0]) for r in conn.execute(text("SELECT ad_id FROM link_features"))}
    looked_up: set[int] = set()
    fetch = engine.fetch_in

    def spy(conn: Any, sql: str, ids: Any, chunk: int = 900, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        if any(t in sql for t in ("FROM profile_ads", "FROM link_components", "FROM links", "FROM link_text_pairs")):
            if ("ad_id IN" in sql or "a IN" in sql) and "level = 'profile'" not in sql:
                looked_up.update(int(i) for i in ids)
        return fetch(conn, sql, ids, chunk, params)

    for module in (link_run, region, components, rowsync):
        monkeypatch.setattr(module, "fetch_in", spy)
    ingest_items(sqlite_store, incoming(days[-1]), IngestResult())
    run_extract(sqlite_store)
    info = run_link(sqlite_store, rules=tight_rules())
    with sqlite_store.connect() as conn:
        new = {int(r[0]) for r in conn.execute(text("SELECT ad_id FROM link_features"))} - before
    assert "seconds_index" in info and new and looked_up  # a day, with new ads, that read stored rows
    assert not looked_up & new
    inc = snapshot(sqlite_store)
    run_link(sqlite_store, full=True, rules=tight_rules())
    assert_equal(inc, snapshot(sqlite_store))


def test_a_day_reads_through_a_larger_page_cache_and_gives_it_back(sqlite_store: Store) -> None:
    """The day's region is linked with a larger SQLite page cache on its connection (at 1M ads it reads
    pages again a few statements later), and the connection, back in the pool, has its own size again."""
    with sqlite_store.connect() as conn:
        size = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        with link_run.page_cache(conn, 4096):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == -4096
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == size
        with pytest.raises(RuntimeError), link_run.page_cache(conn, 4096):
            raise RuntimeError("disk full")
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar_one() == size


def test_the_linked_profiles_networks_are_read_without_the_profile_rows(sqlite_store: Store) -> None:
    """A day reads the network of each profile its region's ads were in; on SQLite that is a search of a
    covering index (0068), not a row of the profile table per profile, JSON data beside it (at 1M ads out
    of the page cache: 150 MB from the disk for 3,706 profiles)."""
    sql = link_run.PROFILE_NETWORKS.replace(":ids", "(?, ?)")
    with sqlite_store.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, ("p1", "p2")))
    assert "COVERING INDEX ix_profiles_id_network" in plan


_WORDS = (
    "Diskret leilighet i sentrum, parkering rett utenfor.",
    "Nyt en rolig kveld med meg, kun seriøse henvendelser.",
    "Ny i byen denne uken, hotell eller privat etter avtale.",
    "Myk massasje og god tid, dusj og håndklær er klart.",
    "Student med fri i helgen, liker vin og gode samtaler.",
    "Kom innom etter jobb, jeg venter med te og musikk.",
    "Bare hyggelige herrer, ingen skjulte numre takk.",
)


_DAYS = (1, 4, 8, 10, 12, 15)  # each of a woman's ads its own words: no text copy joins them


def _line_ad(i: int, day: int, name: str, age: int, line: str, mail: bool = False) -> AdInput:
    contact = f"Ring {line}." + (" Mail: nordlysbooking@fjordpost.no" if mail else "")
    return parse_record(
        {
            "site": "annonser.example.no",
            "id": str(i),
            "url": f"https://annonser.example.no/annonse/{i}",
            "posted_at": f"2026-03-{day:02d}T12:00:00+01:00",
            "city": "Oslo",
            "title": f"{name}, {age}",
            "body": f"Hei, jeg heter {name}, {age} år. {_WORDS[_DAYS.index(day)]} {contact}",
        }
    )


def test_a_controllers_new_number_day_by_day_joins_as_a_full_run_does(sqlite_store: Store) -> None:
    """An agency's three women on its line until day 8, on its new line from day 10, the agency's mailbox
    beside each line once (session 45, ``cluster.line_changes``): each woman is one profile across the two
    numbers, linked a day at a time as in a full run."""
    women = (("Anong", 24), ("Mali", 31), ("Ploy", 38))
    ads = [
        _line_ad(10 * k + d, d, n, a, "912 40 401", mail=(k, d) == (1, 4))
        for k, (n, a) in enumerate(women)
        for d in (1, 4, 8)
    ]
    ads += [
        _line_ad(10 * k + d, d, n, a, "912 40 402", mail=(k, d) == (2, 12))
        for k, (n, a) in enumerate(women)
        for d in (10, 12, 15)
    ]
    _, inc, full = link_in_batches(
        sqlite_store, by_day(sorted(ads, key=lambda a: a.posted_at or ""), 2), default_rules()
    )
    assert_equal(inc, full)
    with sqlite_store.connect() as conn:
        ids = dict(conn.execute(text("SELECT ad_key, id FROM ads")).all())
    for k in range(3):
        assert frozenset(ids[str(10 * k + d)] for d in (1, 4, 8, 10, 12, 15)) in full["profiles"]
