"""The Spark workers' pure functions (no JVM): the per-ad photo clusters are link's own."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.engines.spark.job import joined_components, merge_components
from kartlegg.engines.spark.tasks import (
    Feature,
    NameRow,
    ad_features,
    bare_joins,
    block_edges,
    blocking_keys,
    contact_link,
    link_component,
    with_image_clusters,
)
from kartlegg.link import components
from kartlegg.link.cluster import AdFeatures, LinkResult, find_hubs, link_ads, name_pairs, selector_index
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.link.graph import UnionFind
from kartlegg.link.phash import apply_image_clusters

_hash = st.integers(0, 2**64 - 1)


@settings(max_examples=40, deadline=None)
@given(st.lists(_hash, min_size=1, max_size=6), st.lists(st.lists(st.integers(0, 30), max_size=4), max_size=12))
def test_per_ad_clusters_equal_link_apply_image_clusters(bases: list[int], picks: list[list[int]]) -> None:
    # near-identical hashes: a few bits flipped from a handful of bases
    pool = [b ^ (1 << (k % 64)) if k >= 6 else b for b in bases for k in range(12)]
    feats: list[Feature] = []
    for i, pick in enumerate(picks):
        sels = (*(("image", f"phash:{pool[p % len(pool)]:016x}") for p in pick), ("phone", f"+4670{i}"))
        feats.append((i + 1, i + 1, "s.example", None, None, None, (), sels, (), "", ""))
    want, moved = apply_image_clusters([ad_features(f) for f in feats], 6)
    assert [with_image_clusters(f, moved)[0] for f in feats] == want


def _namesakes(rng: random.Random, n: int) -> list[Feature]:
    """A site's ads of two names in one or two cities, most with one of a few phones, some without a contact,
    some without an age, some with one of a few photos, posted over two months (the window is 45 days)."""
    feats: list[Feature] = []
    for i in range(1, n + 1):
        phone = rng.choice(["+4791000001", "+4791000002", "+4791000003", "+4791000004", "+4791000005", None, None])
        ages = () if rng.random() < 0.15 else (rng.randint(20, 29),)
        day = rng.randint(1, 60)
        sels = (("phone", phone),) if phone else ()
        if rng.random() < 0.3:  # a photo: ads without a contact in a contact component
            sels += (("image", f"sha256:{rng.randint(1, 6)}"),)
        city, name = rng.choice(["Oslo", "Oslo", "Bergen"]), rng.choice(["Elin", "Elin", "Ida"])
        feats.append((i, i, "s.no", city, f"2026-0{1 + day // 30}-{1 + day % 30:02d}", name, ages, sels, (), "", ""))
    return feats


def _spark_link(
    feats: list[Feature], rules: LinkRules
) -> tuple[LinkResult, list[frozenset[int]], list[tuple[int, int, tuple[int, ...]]]]:
    """The Spark job's steps 4-5 without Spark: contact components, each linked without contactless joins,
    the joins decided a name key at a time, the joined components linked again as one."""
    ads = [ad_features(f) for f in feats]
    hubs = find_hubs(ads, selector_index(ads), rules)
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for f in feats:
        for key, ad in blocking_keys(f, {}, frozenset(hubs), frozenset()):
            blocks[key].append(ad)
    uf = UnionFind(len(feats) + 1)
    for key, members in blocks.items():
        for _, a, b in block_edges(key, members):
            uf.union(a, b)
    comps: dict[int, list[Feature]] = defaultdict(list)
    for f in feats:
        comps[min(a for a in range(1, len(feats) + 1) if uf.find(a) == uf.find(f[0]))].append(f)
    first = {c: contact_link(c, fs, [], {}, hubs, frozenset(), rules) for c, fs in comps.items()}
    by_key: dict[str, list[NameRow]] = defaultdict(list)
    for _, rows in first.values():
        for k, r in rows:
            by_key[k].append(r)
    joins = [j for rows in by_key.values() for j in bare_joins(rows, rules)]
    final, joined = joined_components(joins)
    merged: dict[int, list[Feature]] = defaultdict(list)
    for c, fs in comps.items():
        if c in final:
            merged[final[c]].extend(fs)
    parts = [first[c][0] for c in comps if c not in final]
    parts += [link_component(fs, [], {}, hubs, frozenset(), rules, joined) for fs in merged.values()]
    blocks_of = [frozenset(a for p in part[0] for a in p) for part in parts]
    return merge_components(ads, parts, hubs), blocks_of, joins


def _selector_edges(ads: list[AdFeatures], hubs: Mapping[tuple[str, str], object]) -> list[tuple[int, int]]:
    return [(m[0], i) for k, m in selector_index(ads).items() if k not in hubs for i in m[1:]]


def test_sparks_contact_components_and_contactless_joins_give_the_whole_stores_profiles_and_components() -> None:
    """Linking the contact components alone, then joining them only through the contactless joins the whole
    store makes (a name key's rows decide them) gives ``link_ads``' profiles and networks over every ad, and
    the embedded engine's stored components (``components.label``): an ad without a contact between
    namesake profiles glues nothing it does not join."""
    rules = default_rules()
    rng = random.Random(29)
    joined_across = glued = 0
    for _ in range(150):
        feats = _namesakes(rng, rng.randint(4, 24))
        got, blocks_of, joins = _spark_link(feats, rules)
        ads = [ad_features(f) for f in feats]
        want = link_ads(ads, lambda idx: {i: "" for i in idx}, rules)
        ids = [a.ad_id for a in ads]
        assert {frozenset(ids[i] for i in p) for p in got.profiles} == {
            frozenset(ids[i] for i in p) for p in want.profiles
        }
        assert {frozenset(ids[i] for p in n for i in got.profiles[p]) for n in got.networks} == {
            frozenset(ids[i] for p in n for i in want.profiles[p]) for n in want.networks
        }
        hubs = find_hubs(ads, selector_index(ads), rules)
        labels = components.label(ads, want, hubs)
        stored: dict[int, set[int]] = defaultdict(set)
        for ad, c in zip(ids, labels, strict=True):
            stored[c].add(ad)
        assert sorted(blocks_of, key=min) == sorted((frozenset(v) for v in stored.values()), key=min)
        joined_across += any(a != b for a, b, _ in joins)
        every = UnionFind(len(ads))  # every namesake edge, as Spark's blocking joined them before
        for i, j in [*name_pairs(ads, rules), *(e for e in _selector_edges(ads, hubs))]:
            every.union(i, j)
        glued += len({every.find(i) for i in range(len(ads))}) < len(stored)
    assert joined_across > 10 and glued > 10  # joins across contact components, and namesake edges no join follows
