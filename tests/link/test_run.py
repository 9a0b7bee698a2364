"""The link stage over the store: export ids, recorded reasons, incremental runs equal a full rebuild."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import text

from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.link import get_network, get_profile, list_hubs, list_networks, list_profiles, pending, run_link
from kartlegg.pipeline import analyze
from kartlegg.report.export_ads import iter_export_rows
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings
from tests.link.market import bcubed, build, incoming


def _load(store: Store, ads: list) -> None:
    ingest_items(store, incoming(ads), IngestResult())


def _partitions(store: Store) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    by_p: dict[str, set[str]] = defaultdict(set)
    by_n: dict[str, set[str]] = defaultdict(set)
    with store.connect() as conn:
        for r in iter_export_rows(conn):
            key = f"{r['site']}:{r['id']}"
            by_p[r["profile_id"]].add(key)
            by_n[r["network_id"]].add(key)
    return {frozenset(v) for v in by_p.values()}, {frozenset(v) for v in by_n.values()}


def test_export_carries_profiles_and_networks_matching_the_truth(store: Store) -> None:
    ads, truth = build(3, n_persons=40)
    _load(store, ads)
    analyze(store)
    with store.connect() as conn:
        rows = list(iter_export_rows(conn))
    assert rows and all(r["profile_id"] and r["network_id"] for r in rows)
    pred_p = {f"{r['site']}:{r['id']}": r["profile_id"] for r in rows}
    pred_n = {f"{r['site']}:{r['id']}": r["network_id"] for r in rows}
    assert bcubed(pred_p, truth.person)[2] >= 0.95
    assert bcubed(pred_n, truth.network)[2] >= 0.9
    with store.connect() as conn:
        hubs = list_hubs(conn)
        # the sites' support numbers are site furniture: kept as evidence, never a phone hub or a link
        support = {
            v
            for (v,) in conn.execute(
                text(
                    "SELECT DISTINCT s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
                    "WHERE s.kind = 'furniture'"
                )
            )
        }
        assert support and not support & {h.value for h in hubs}
        assert not [h for h in hubs if h.kind == "phone" and h.value in support]
        top = list_networks(conn, top=3)
        net = get_network(conn, top[0].id)
        assert net is not None and len(net.members) == top[0].profiles >= 2
        assert any(s.kind == "phone" for s in net.shared)
        assert net.weeks and all(w.ads > 0 for w in net.weeks)
        member = get_profile(conn, net.members[0].id)
        assert member is not None and member.summary.network_id == net.summary.id
        if member.summary.ads > 1:  # every merge is explained
            assert member.links and all(ln.reason and ln.score > 0 for ln in member.links)
        assert get_profile(conn, "no-such-id") is None


def test_new_day_incremental_equals_full_rebuild_and_keeps_ids(tmp_path: Path) -> None:
    ads, _ = build(5, n_persons=50)
    cut = len(ads) * 2 // 3
    inc = open_store(make_settings(tmp_path / "inc"))
    _load(inc, ads[:cut])
    analyze(inc)
    with inc.connect() as conn:
        before = dict(conn.execute(text("SELECT ad_id, profile_id FROM profile_ads")).all())
        hubs_before = list_hubs(conn)
    _load(inc, ads[cut:])
    assert pending(inc) == 0  # nothing is linked before it is extracted
    result = analyze(inc)
    assert result["link"]["versions"] == len(ads) - cut  # only the new day's ads were read
    with inc.connect() as conn:
        hubs_after = list_hubs(conn)
    # only the region the new ads (and any selector that became a hub) reach was linked again
    assert {(h.kind, h.value) for h in hubs_before} != {(h.kind, h.value) for h in hubs_after}
    assert result["link"]["relinked"] < len(ads)
    with inc.connect() as conn:
        after = dict(conn.execute(text("SELECT ad_id, profile_id FROM profile_ads")).all())
    # Old ads keep their profile ids (clusters only grew in this market).
    assert sum(after[a] == p for a, p in before.items()) >= 0.95 * len(before)

    full = open_store(make_settings(tmp_path / "full"))
    _load(full, ads)
    analyze(full)
    assert _partitions(inc) == _partitions(full)
    with full.begin():
        pass
    run_link(full, full=True)
    assert _partitions(inc) == _partitions(full)
    inc.close()
    full.close()


@pytest.mark.parametrize("seed", [21, 22])
def test_day_by_day_equals_full_rebuild(store: Store, tmp_path: Path, seed: int) -> None:
    ads, _ = build(seed, n_persons=40, days=10)
    days = sorted({(a.posted_at or "")[:10] for a in ads})
    inc = store
    partial_runs = 0
    for day in days[-6:]:
        _load(inc, [a for a in ads if (a.posted_at or "")[:10] <= day])
        info = analyze(inc)["link"]
        partial_runs += info.get("relinked", len(ads)) < info.get("ads", 0)
    full = open_store(make_settings(tmp_path / "full"))
    _load(full, ads)
    analyze(full)
    assert _partitions(inc) == _partitions(full)
    assert partial_runs >= 1
    full.close()


def test_rerun_without_new_ads_changes_nothing(sqlite_store: Store) -> None:
    ads, _ = build(9, n_persons=15)
    _load(sqlite_store, ads)
    analyze(sqlite_store)
    with sqlite_store.connect() as conn:
        first = conn.execute(text("SELECT ad_id, profile_id FROM profile_ads ORDER BY ad_id")).all()
        profiles = list_profiles(conn, limit=1000)
    assert "relinked" not in analyze(sqlite_store)["link"]  # nothing new: nothing linked again
    run_link(sqlite_store, full=True)
    with sqlite_store.connect() as conn:
        assert conn.execute(text("SELECT ad_id, profile_id FROM profile_ads ORDER BY ad_id")).all() == first
        assert list_profiles(conn, limit=1000) == profiles


def test_features_read_by_older_rules_are_read_again_in_the_next_run(sqlite_store: Store) -> None:
    """A store linked by an earlier version keeps the names its rules read (e.g. "Tha" for Thaís); the next
    run after an upgrade reads every ad's features again, so the profiles are what the new rules give."""
    from kartlegg.link.run import FEATURES_STATE, FEATURES_VERSION

    ads, _ = build(9, n_persons=15)
    _load(sqlite_store, ads)
    analyze(sqlite_store)
    with sqlite_store.connect() as conn:
        names = conn.execute(text("SELECT ad_id, name FROM link_features ORDER BY ad_id")).all()
        first = conn.execute(text("SELECT ad_id, profile_id FROM profile_ads ORDER BY ad_id")).all()
    assert any(n for _, n in names)
    with sqlite_store.begin() as conn:  # as an older version left it: other names, no version row
        conn.execute(text("UPDATE link_features SET name = 'Zz' WHERE name IS NOT NULL"))
        conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": FEATURES_STATE})
    info = run_link(sqlite_store)
    assert info["relinked"] == len(names)
    with sqlite_store.connect() as conn:
        assert conn.execute(text("SELECT ad_id, name FROM link_features ORDER BY ad_id")).all() == names
        assert conn.execute(text("SELECT ad_id, profile_id FROM profile_ads ORDER BY ad_id")).all() == first
        state = conn.execute(text("SELECT value FROM link_state WHERE name = :n"), {"n": FEATURES_STATE}).scalar()
    assert state == str(FEATURES_VERSION)
    assert "relinked" not in run_link(sqlite_store)  # read once: the run after is a day again


def test_profile_filters(sqlite_store: Store) -> None:
    ads, _ = build(11, n_persons=30)
    _load(sqlite_store, ads)
    analyze(sqlite_store)
    with sqlite_store.connect() as conn:
        everyone = list_profiles(conn, limit=1000)
        new = list_profiles(conn, new_since="2026-03-15", limit=1000)
        malmo = list_profiles(conn, city="malmö", limit=1000)
    assert new and len(new) < len(everyone) and all((p.first_seen or "") >= "2026-03-15" for p in new)
    assert malmo and all("Malmö" in p.cities for p in malmo)


def test_empty_store_links_nothing_and_does_not_fail(store: Store) -> None:
    assert analyze(store)["link"]["profiles"] == 0
    assert run_link(store, full=True)["networks"] == 0
    with store.connect() as conn:
        assert list_profiles(conn) == [] and list_networks(conn) == [] and list_hubs(conn) == []


def _photo_hashes(store: Store) -> None:
    """ad_images rows as the crawler writes them: each upload of a photo is a re-encoded copy (a pHash 0-3
    bits away from the photo's own), so only near-identical matching joins them."""
    import hashlib
    import random

    import orjson

    with store.begin() as conn:
        todo = conn.execute(
            text(
                "SELECT v.ad_id, v.seq, v.images FROM ad_versions v WHERE NOT EXISTS "
                "(SELECT 1 FROM ad_images i WHERE i.version_seq = v.seq) ORDER BY v.seq"
            )
        ).all()
        rows = []
        for aid, seq, images in todo:
            for url in orjson.loads(images):
                base = int.from_bytes(hashlib.sha256(url.encode()).digest()[:8], "big")
                rng = random.Random(f"{aid}:{url}")
                for _ in range(rng.randint(0, 3)):
                    base ^= 1 << rng.randrange(64)
                rows.append({"a": aid, "s": seq, "u": url, "p": f"{base:016x}"})
        if rows:
            conn.execute(text("INSERT INTO ad_images (ad_id, version_seq, url, phash) VALUES (:a, :s, :u, :p)"), rows)


def test_near_identical_photos_day_by_day_equal_full_rebuild(store: Store, tmp_path: Path) -> None:
    ads, _ = build(23, n_persons=40, days=10)
    days = sorted({(a.posted_at or "")[:10] for a in ads})
    for day in days[-6:]:
        _load(store, [a for a in ads if (a.posted_at or "")[:10] <= day])
        _photo_hashes(store)
        analyze(store)
    full = open_store(make_settings(tmp_path / "full"))
    _load(full, ads)
    _photo_hashes(full)
    analyze(full)
    assert _partitions(store) == _partitions(full)
    with full.connect() as conn:
        reasons = [r[0] for r in conn.execute(text("SELECT reason FROM links WHERE reason LIKE '%similar photo%'"))]
    assert reasons and all("phash distance" in r for r in reasons)
    full.close()


def test_an_unnamed_ad_on_a_controllers_phone_joins_the_person_its_address_names(store: Store) -> None:
    """A controller's phone serves Bella and Anna; an ad whose text names nobody, on that phone only, whose
    address reads ".../bella-stockholm", is Bella's: the site wrote her name into the address. Without the
    name it could be either's, and stayed a profile of its own (issue 14, held-out corpus)."""
    from kartlegg.records import AdInput

    phone = "Bokning 070-123 45 67"
    ads = [
        AdInput(
            id="1",
            site="a.example",
            url="https://a.example/annons/1-bella-stockholm",
            title="Bella 24",
            body=f"Söt tjej i Stockholm, diskret och ren. {phone}",
            city="Stockholm",
        ),
        AdInput(
            id="2",
            site="a.example",
            url="https://a.example/annons/2-bella-stockholm",
            title="Bella, 24",
            body=f"Ny vecka, nya möjligheter, välkommen in. {phone}",
            city="Stockholm",
        ),
        AdInput(
            id="3",
            site="a.example",
            url="https://a.example/annons/3-anna-stockholm",
            title="Anna 31",
            body=f"Erfaren kvinna med mycket tid för dig. {phone}",
            city="Stockholm",
        ),
        AdInput(
            id="4",
            site="a.example",
            url="https://a.example/annons/4-anna-stockholm",
            title="Anna, 31",
            body=f"Lugn och skön massage i centrum. {phone}",
            city="Stockholm",
        ),
        AdInput(
            id="5",
            site="a.example",
            url="https://a.example/annons/5-bella-stockholm",
            title="Massage",
            body=f"Avslappnande stund på hotellet. {phone}",
            city="Stockholm",
        ),
    ]
    _load(store, ads)
    analyze(store)
    profiles, networks = _partitions(store)
    key = "a.example:{}".format
    assert frozenset({key(1), key(2), key(5)}) in profiles
    assert frozenset({key(3), key(4)}) in profiles
    assert len(networks) == 1  # one controller's phone: one network


def test_a_sites_stock_word_is_learned_in_the_run_and_her_number_joins_her_other_site(store: Store) -> None:
    """``stock_names`` in a link run: a site whose template reads one word as every woman's first name has it
    learned (kept in ``link_state``), her ads there are named by the word after it, and her own number joins
    them with her ads on another site, where she writes her name alone."""
    from kartlegg.link.run import STOCK_STATE, _state
    from kartlegg.records import AdInput

    names = [
        f"{a}{b}"
        for a in ("Mir", "Len", "Dan", "Ves", "Kam", "Ors", "Tam")
        for b in ("a", "ena", "ita", "ora", "ika", "ina", "iya")
    ]
    ads = [
        AdInput(
            id=str(k),
            site="skattkammer",
            posted_at=f"2026-03-{1 + k % 28:02d}T12:00:00",
            title=f"Treasure doll {name} ({20 + k % 15}) · Bergen",
            body=f"Looking for a generous friend. Ring meg: 9{k:03d} 4{k:03d}",
            city="Bergen",
        )
        for k, name in enumerate(names)
    ]
    # the first woman's own number on another site too
    ads += [
        AdInput(
            id=f"t{k}",
            site="torget",
            posted_at=f"2026-03-0{k + 1}T12:00:00",
            title=f"{names[0]}, 20 – Bergen",
            body="Ring meg: 9000 4000",
            city="Bergen",
        )
        for k in range(2)
    ]
    _load(store, ads)
    analyze(store)
    with store.connect() as conn:
        assert _state(conn, STOCK_STATE) == {"skattkammer": ["treasure"]}
        rows = {f"{r['site']}:{r['id']}": r["profile_id"] for r in iter_export_rows(conn)}
    assert rows["skattkammer:0"] == rows["torget:t0"] == rows["torget:t1"]
    assert rows["skattkammer:1"] != rows["skattkammer:0"]
