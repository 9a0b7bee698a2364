"""A changed ad that joins or leaves a text bucket can add or take away pairs between two ads that did not
change (a bucket pairs all its ads up to 16, a star and a chain past that): ``index.update`` makes seeds of
the two ads of each such pair that is a verified copy, and only of those (linking them again is what a
day's region costs)."""

from __future__ import annotations

import hashlib

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from kartlegg.link import index
from kartlegg.link import text as textsim
from kartlegg.link.config import default_rules
from kartlegg.store.engine import Store

B1, B2 = 111, 222  # two text buckets (band keys)


def _other(k: int) -> str:
    """A text no other one comes near (hex digests share about 60 % by ``fuzz.ratio``)."""
    return "".join(hashlib.sha256(f"{k}-{n}".encode()).hexdigest() for n in range(4))


def _store_ads(store: Store, bands: dict[int, list[int]], comps: dict[int, int], texts: dict[int, str]) -> None:
    with store.begin() as conn:
        for ad_id in comps:
            conn.execute(
                text(
                    "INSERT INTO link_features (ad_id, version_seq, site, data, masked) VALUES (:a, 1, 's', '{}', :m)"
                ),
                {"a": ad_id, "m": texts.get(ad_id, _other(ad_id))},
            )
            conn.execute(
                text("INSERT INTO link_components (ad_id, comp) VALUES (:a, :c)"), {"a": ad_id, "c": comps[ad_id]}
            )
        for band, members in bands.items():
            for ad_id in members:
                conn.execute(text("INSERT INTO link_bands (band, ad_id) VALUES (:b, :a)"), {"b": band, "a": ad_id})


def test_pairs_a_day_adds_or_takes_away_make_seeds_when_they_are_copies(store: Store) -> None:
    copy_a, copy_b = "Ny i stan, ring mig för en trevlig stund. " * 4, "Helt annan text, också kopierad. " * 4
    # B1: 16 ads (every pair) and ad 850 arrives (17: a star from 100 and a chain), so pairs such as
    # (200, 400) and (500, 700) are taken away. B2: 18 ads (star and chain) and ad 10050 leaves, so
    # (10040, 10060) become neighbours, a new pair.
    old_b1 = [100 * k for k in range(1, 17)]
    b2 = [10_000 + 10 * k for k in range(18) if k != 5]
    comps = {a: a for a in [*old_b1, 850, *b2, 10_050]}
    comps.update({400: 200, 700: 500})  # 200 and 400 one component (copies), 500 and 700 one (not copies)
    texts = {200: copy_a, 400: copy_a, 10_040: copy_b, 10_060: copy_b}
    _store_ads(store, {B1: [*old_b1, 850], B2: b2}, comps, texts)
    rules = default_rules()
    with store.connect() as conn:
        seeds = index._pairs_moved(
            conn,
            index._members(conn, {B1, B2}),
            set(),
            set(),
            {(B2, 10_050)},
            {(B1, 850)},
            rules.text.max_bucket,
            rules.text.verify_ratio,
        )
    # the copy that lost its pair, and the copies newly paired; not the pair of one component that was
    # refused (500, 700), nor any pair between two components
    assert seeds == {200, 400, 10_040, 10_060}


def test_a_bucket_past_the_limit_takes_away_only_its_copies(store: Store) -> None:
    rules = default_rules()
    limit = rules.text.max_bucket
    old = list(range(1, limit + 1))
    comps = {a: a for a in [*old, limit + 1]}
    comps[3] = 2
    texts = {2: "Samma text i två annonser, ord för ord. " * 4, 3: "Samma text i två annonser, ord för ord. " * 4}
    # 5 and 6: copies of it in components of their own, which a store the link stage wrote cannot hold; the
    # components are taken at their word (a pair between two of them is not compared), which this shows
    texts.update({5: texts[2], 6: texts[2]})
    comps[6] = 6
    _store_ads(store, {B1: [*old, limit + 1]}, comps, texts)
    with store.connect() as conn:
        seeds = index._pairs_moved(
            conn, index._members(conn, {B1}), set(), {B1}, set(), {(B1, limit + 1)}, limit, rules.text.verify_ratio
        )
    assert seeds == {2, 3}


@given(st.lists(st.integers(0, 10**6), unique=True, max_size=40), st.integers(2, 30))
def test_bucket_pairs_follow_the_rule(members: list[int], max_bucket: int) -> None:
    """Every pair up to 16 members, a star from the first and a chain past that (connected, linear), none past
    the limit; the full run's ``candidate_pairs`` makes the same pairs of the same bucket."""
    ordered = sorted(members)
    got = textsim.bucket_pairs(ordered, max_bucket)
    m = len(ordered)
    assert all(a < b for a, b in got)
    if m < 2 or m > max_bucket:
        assert got == set()
    elif m <= 16:
        assert got == {(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]}
    else:
        assert len(got) == 2 * m - 3
        assert {b for a, b in got if a == ordered[0]} == set(ordered[1:])
        graph = nx.Graph(list(got))
        assert nx.is_connected(graph) and set(graph) == set(ordered)
    pairs = textsim.candidate_pairs([[7]] * m, max_bucket)
    assert got == {(ordered[i], ordered[j]) for i, j in pairs}
