"""The demo market: deterministic, internally consistent, and as hard as the brief asks."""

from __future__ import annotations

import collections
import hashlib
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from typing import Any

import orjson
import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.collect.adfile import parse_record
from kartlegg.demo import STYLES, Market, build_market, iter_market, iter_market_ads
from kartlegg.demo.photos import parse_image_name
from tests.demo.oracle import phone_written_in


@pytest.fixture(scope="module")
def market() -> Market:
    return build_market(seed=7, n_persons=400, days=90, start="2026-01-05")


def _by_person(m: Market) -> dict[str, list[tuple[dict[str, Any], dict[str, Any]]]]:
    out: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = collections.defaultdict(list)
    for ad, tr in zip(m.ads, m.truth, strict=True):
        out[tr["person_id"]].append((ad, tr))
    return out


def test_same_seed_gives_identical_output_and_another_seed_does_not() -> None:
    a = build_market(seed=3, n_persons=60, days=30)
    b = build_market(seed=3, n_persons=60, days=30)
    c = build_market(seed=4, n_persons=60, days=30)
    assert a.ads == b.ads and a.truth == b.truth
    assert a.ads != c.ads


_DIGEST = (
    "import hashlib, orjson; from kartlegg.demo import build_market; m = build_market(seed=2, n_persons=40, days=15); "
    "print(hashlib.sha256(orjson.dumps([m.ads, m.truth])).hexdigest())"
)


def test_output_does_not_depend_on_the_process_hash_seed() -> None:
    m = build_market(seed=2, n_persons=40, days=15)
    here = hashlib.sha256(orjson.dumps([m.ads, m.truth])).hexdigest()
    for hash_seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        out = subprocess.run([sys.executable, "-c", _DIGEST], env=env, capture_output=True, check=True, timeout=60)
        assert out.stdout.decode().strip() == here


def test_streaming_gives_the_same_ads_as_building() -> None:
    m = build_market(seed=5, n_persons=50, days=20)
    assert list(iter_market_ads(seed=5, n_persons=50, days=20)) == m.ads
    assert [t for _, t in iter_market(seed=5, n_persons=50, days=20)] == m.truth


def test_ads_are_valid_input_records_with_unique_ids(market: Market) -> None:
    assert len(market.ads) == len(market.truth) > 5000
    keys = set()
    for ad, tr in zip(market.ads, market.truth, strict=True):
        rec = parse_record(ad)  # the ingest validator accepts every ad
        assert (rec.site, rec.id) == (tr["site"], tr["id"])
        keys.add((ad["site"], ad["id"]))
        assert set(ad) == {"id", "site", "url", "posted_at", "title", "body", "city", "images"}
        assert 300 <= len(ad["body"]) <= 1200
    assert len(keys) == len(market.ads)
    posted = [ad["posted_at"] for ad in market.ads]
    assert posted == sorted(posted)


def test_every_true_and_hub_phone_is_valid_and_written_in_its_ad(market: Market) -> None:
    for ad, tr in zip(market.ads, market.truth, strict=True):
        text = ad["title"] + "\n" + ad["body"]
        for e164 in tr["true_phones"] + tr["hub_phones"]:
            assert phonenumbers.is_valid_number(phonenumbers.parse(e164)), e164
            assert phone_written_in(e164, text), (tr["phone_style"], e164, ad["body"])
        assert (tr["phone_style"] == "none") == (not tr["true_phones"])


def test_every_style_is_used(market: Market) -> None:
    used = collections.Counter(tr["phone_style"] for tr in market.truth)
    assert set(STYLES) <= set(used), set(STYLES) - set(used)
    # the plain national form dominates, as on real sites
    assert used.most_common(2)[0][0] in ("national", "intl")


def test_every_body_carries_its_site_footer(market: Market) -> None:
    sites = {s.name: s for s in market.sites}
    for ad, tr in zip(market.ads, market.truth, strict=True):
        site = sites[ad["site"]]
        assert site.support_email in ad["body"]
        assert tr["hub_phones"] == [site.support_phone]
        assert ad["body"].rstrip().endswith(ad["id"]) or f"#{ad['id']}" in ad["body"] or ad["id"] in ad["body"]


def test_the_moved_site_switches_domain_halfway_and_keeps_counting_ids(market: Market) -> None:
    moved = [s for s in market.sites if s.moved_to]
    assert len(moved) == 1
    site = moved[0]
    switch = datetime.combine(market.start + timedelta(days=market.days // 2), datetime.min.time())
    ads = [ad for ad in market.ads if ad["site"] == site.name]
    for ad in ads:
        host = ad["url"].split("/")[2]
        assert host == (site.moved_to if datetime.fromisoformat(ad["posted_at"]) >= switch else site.domain)
        assert all(img.split("/")[2] == host for img in ad["images"])
    ids = [int(ad["id"]) for ad in ads]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert {ad["url"].split("/")[2] for ad in ads} == {site.domain, site.moved_to}


def test_network_persons_share_their_controllers_phone(market: Market) -> None:
    persons_by_phone: dict[str, set[str]] = collections.defaultdict(set)
    for tr in market.truth:
        for p in tr["true_phones"]:
            persons_by_phone[p].add(tr["person_id"])
    for net in market.networks:
        for span in net.controller_phones:
            users = persons_by_phone.get(span.phone.e164, set())
            assert users <= set(net.person_ids)
            assert len(users) >= 2, (net.network_id, span)
    network_of = {p.person_id: p.network_id for p in market.persons}
    for phone, users in persons_by_phone.items():
        if len(users) > 1:  # a shared number is always a controller's
            nets = {network_of[u] for u in users}
            assert len(nets) == 1 and None not in nets, phone
    third = [tr for tr in market.truth if tr["third_party"]]
    assert all(tr["network_id"] and tr["template_id"] for tr in third)
    assert not any(tr["template_id"] for tr in market.truth if not tr["third_party"])


def test_minors_are_rare_claim_18_to_20_and_are_not_given_away_by_one_cue(market: Market) -> None:
    minors = [p for p in market.persons if p.minor]
    assert 0.03 <= len(minors) / len(market.persons) <= 0.07
    assert sum(p.network_id is not None for p in minors) > len(minors) / 2
    youth = ("🎀", "🍭", "🧸", "🌸", "🦄", "🍓")
    minor_cued = adult_cued = minor_ads = adult_ads = adult_young = 0
    for ad, tr in zip(market.ads, market.truth, strict=True):
        cued = any(e in ad["body"] or e in ad["title"] for e in youth)
        if tr["minor"]:
            assert 18 <= tr["stated_age"] <= 20 and tr["true_age"] < 18
            assert str(tr["stated_age"]) in ad["title"] + ad["body"]
            minor_ads += 1
            minor_cued += cued
        else:
            assert tr["true_age"] >= 18
            adult_ads += 1
            adult_cued += cued
            adult_young += tr["stated_age"] <= 21
    assert 0.4 < minor_cued / minor_ads < 0.95  # often, not always
    assert 0.03 < adult_cued / adult_ads < 0.3  # adults use youth cues too
    assert adult_young / adult_ads > 0.15  # many adults state 18-21


def test_the_hard_cases_are_there(market: Market) -> None:
    per = _by_person(market)
    phone_changers = aliases = cross = 0
    for rows in per.values():
        photos_by_phone: dict[str, set[str]] = collections.defaultdict(set)
        for _, tr in rows:
            if not tr["third_party"]:
                for p in tr["true_phones"]:
                    photos_by_phone[p] |= set(tr["photos"])
        if len(photos_by_phone) > 1:
            phone_changers += 1
            # the new number's ads still share pictures with the old one's
            old, new = photos_by_phone.values()
            assert old & new
        aliases += len({tr["alias"] for _, tr in rows}) > 1
        cross += len({tr["site"] for _, tr in rows}) > 1
    assert phone_changers >= 10 and aliases >= 20 and cross >= 60
    # circuits: network persons visit >= 3 cities within 30 days
    circuit = 0
    for rows in per.values():
        if rows[0][1]["network_id"] is None:
            continue
        seen = [(date.fromisoformat(ad["posted_at"][:10]), tr["city_key"]) for ad, tr in rows]
        if any(len({c for d, c in seen if 0 <= (d - d0).days < 30}) >= 3 for d0, _ in seen):
            circuit += 1
    assert circuit >= 0.8 * sum(1 for p in market.persons if p.network_id)
    # stock pictures shared by unrelated persons
    users: dict[str, set[str]] = collections.defaultdict(set)
    for tr in market.truth:
        for ph in tr["photos"]:
            users[ph].add(tr["network_id"] or tr["person_id"])
    assert any(len(u) >= 2 for u in users.values())
    # languages and cities spelled in several ways
    assert {tr["language"] for tr in market.truth} == {"sv", "no", "da", "en"}
    bodies = "\n".join(ad["title"] + ad["body"] for ad in market.ads)
    for spelling in ("Sthlm", "Gbg", "Köpenhamn", "Copenhagen", "Kbh"):
        assert spelling in bodies
    for third_person in ("hon tar emot", "hun tar imot", "hun modtager", "she is available"):
        assert third_person in bodies.lower()


def test_image_urls_name_their_photo(market: Market) -> None:
    for ad, tr in zip(market.ads[:2000], market.truth[:2000], strict=True):
        parsed = [parse_image_name(url.rsplit("/", 1)[1]) for url in ad["images"]]
        assert [p[0] for p in parsed if p] == tr["photos"]
        assert all(p is not None for p in parsed)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        build_market(seed=1, n_persons=5, days=5, start="5 Jan")
    with pytest.raises(ValueError):
        build_market(seed=1, n_persons=0, days=5)


@given(seed=st.integers(0, 10_000), n_persons=st.integers(1, 30), days=st.integers(1, 40))
@settings(max_examples=25, deadline=None)
def test_any_small_world_is_consistent(seed: int, n_persons: int, days: int) -> None:
    m = build_market(seed=seed, n_persons=n_persons, days=days)
    assert len({(ad["site"], ad["id"]) for ad in m.ads}) == len(m.ads)
    network_of = {p.person_id: p.network_id for p in m.persons}
    assert all(len(n.person_ids) >= 2 for n in m.networks)
    for ad, tr in zip(m.ads, m.truth, strict=True):
        assert network_of[tr["person_id"]] == tr["network_id"]
        assert ad["posted_at"] < (m.start + timedelta(days=days)).isoformat()
        for e164 in tr["true_phones"]:
            assert phone_written_in(e164, ad["title"] + "\n" + ad["body"])
