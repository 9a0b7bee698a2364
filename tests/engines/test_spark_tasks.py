"""The Spark workers' pure functions (no JVM): the per-ad photo clusters are link's own."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.engines.spark.job import component_labels, merge_components, plan_joins
from kartlegg.engines.spark.tasks import (
    Feature,
    Join,
    NameRow,
    ad_features,
    bare_joins,
    block_edges,
    blocking_keys,
    contact_link,
    link_component,
    verified,
    with_image_clusters,
    with_joins,
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
        feats.append((i + 1, i + 1, "s.example", None, None, None, (), sels, (), "", "", ()))
    want, moved = apply_image_clusters([ad_features(f) for f in feats], 6)
    assert [with_image_clusters(f, moved)[0] for f in feats] == want


#: A few ads' texts: each ad writes one with a word or two of her own, so ads of one text are copies
_TEXTS = [
    "Hei kjaere, jeg er ny i byen og venter paa deg i en rolig leilighet naer sentrum hele uken",
    "Sweet and discreet companion visiting for a few days only, call me for a relaxing evening",
]


def _namesakes(rng: random.Random, n: int) -> list[Feature]:
    """A site's ads of two names in one or two cities, most with one of a few phones, some without a contact,
    some without an age, some with one of a few photos, some copying one of two texts (one text band each),
    posted over two months (the window is 45 days)."""
    feats: list[Feature] = []
    for i in range(1, n + 1):
        phone = rng.choice(["+4791000001", "+4791000002", "+4791000003", "+4791000004", "+4791000005", None, None])
        ages = () if rng.random() < 0.15 else (rng.randint(20, 29),)
        day = rng.randint(1, 60)
        sels = (("phone", phone),) if phone else ()
        if rng.random() < 0.3:  # a photo: ads without a contact in a contact component
            sels += (("image", f"sha256:{rng.randint(1, 6)}"),)
        bands: tuple[int, ...] = ()
        masked = f"ad {i}"
        if rng.random() < 0.2:  # a copy: its band is its text's, and it verifies against the others
            t = rng.randrange(len(_TEXTS))
            bands, masked = (t,), f"{_TEXTS[t]} {rng.choice(['x', 'yy', 'zzz'])}"
        city, name = rng.choice(["Oslo", "Oslo", "Bergen"]), rng.choice(["Elin", "Elin", "Ida"])
        posted = f"2026-0{1 + day // 30}-{1 + day % 30:02d}"
        feats.append((i, i, "s.no", city, posted, name, ages, sels, bands, masked, "", ()))
    return feats


def _spark_link(
    feats: list[Feature], rules: LinkRules
) -> tuple[LinkResult, list[frozenset[int]], list[Join], list[int], dict[str, int]]:
    """The Spark job's steps 4-5 without Spark: contact components, each linked without contactless joins,
    the joins decided a name key at a time, the components they join made one from the first results
    (simple joins) or linked again as one; with each ad's component label and how each group was made."""
    ads = [ad_features(f) for f in feats]
    hubs = find_hubs(ads, selector_index(ads), rules)
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for f in feats:
        for key, ad in blocking_keys(f, {}, frozenset(hubs), frozenset()):
            blocks[key].append(ad)
    uf = UnionFind(len(feats) + 1)
    masked = {f[0]: f[9] for f in feats}
    checked: list[tuple[int, int]] = []
    for key, members in blocks.items():
        for kind, a, b in block_edges(key, members):
            if kind == "v" and not verified(masked[a], masked[b], rules):
                continue
            if kind == "v":
                checked.append((a, b))
            uf.union(a, b)
    comps: dict[int, list[Feature]] = defaultdict(list)
    for f in feats:
        comps[min(a for a in range(1, len(feats) + 1) if uf.find(a) == uf.find(f[0]))].append(f)
    comp_of = {f[0]: c for c, fs in comps.items() for f in fs}
    pairs: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in checked:
        pairs[comp_of[a]].append((a, b))
    first = {c: contact_link(c, fs, pairs[c], {}, hubs, frozenset(), rules) for c, fs in comps.items()}
    by_key: dict[str, list[NameRow]] = defaultdict(list)
    for _, rows in first.values():
        for k, r in rows:
            by_key[k].append(r)
    joins = [j for rows in by_key.values() for j in bare_joins(rows, rules)]
    plan = plan_joins(joins)
    touched = plan.patch.keys() | plan.relink.keys()
    parts = [first[c][0] for c in comps if c not in touched]
    patched: dict[int, list[int]] = defaultdict(list)
    for c, g in plan.patch.items():
        patched[g].append(c)
    parts += [with_joins([(c, first[c][0]) for c in cs], plan.by_group[g]) for g, cs in patched.items()]
    merged: dict[int, list[Feature]] = defaultdict(list)
    again: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for c, g in plan.relink.items():
        merged[g].extend(comps[c])
        again[g].extend(pairs[c])
    parts += [link_component(fs, again[g], {}, hubs, frozenset(), rules, plan.joined) for g, fs in merged.items()]
    blocks_of = [frozenset(a for p in part[0] for a in p) for part in parts]
    labels = component_labels(ads, parts)
    made = {"patched": len(patched), "linked again": len(merged)}
    return merge_components(ads, parts, hubs), blocks_of, joins, labels, made


def _selector_edges(ads: list[AdFeatures], hubs: Mapping[tuple[str, str], object]) -> list[tuple[int, int]]:
    return [(m[0], i) for k, m in selector_index(ads).items() if k not in hubs for i in m[1:]]


def _by_ads(res: LinkResult, ids: list[int]) -> tuple[object, ...]:
    """A link result with ads and profiles as ad ids: profiles, networks, person evidence, network evidence,
    split networks and verified text copies, each in a canonical order."""
    profile = [frozenset(ids[i] for i in p) for p in res.profiles]

    def ev(e: object) -> tuple[object, ...]:
        return (ids[e.a], ids[e.b], e.kind, e.value, e.score, e.note)  # type: ignore[attr-defined]

    return (
        sorted(sorted(p) for p in profile),
        sorted(sorted(ids[i] for p in n for i in res.profiles[p]) for n in res.networks),
        sorted(ev(e) for e in res.person_evidence),
        sorted(
            (sorted((min(profile[a]), min(profile[b]))), sorted(ev(e) for e in evs))
            for (a, b), evs in res.network_evidence.items()
        ),
        sorted(min(min(profile[p]) for p in res.networks[k]) for k in res.split_networks),
        sorted((ids[i], ids[j], r) for (i, j), r in zip(res.text_links, res.text_ratios, strict=True)),
    )


def test_sparks_contact_components_and_contactless_joins_give_the_whole_stores_profiles_and_components() -> None:
    """Linking the contact components alone, then joining them only through the contactless joins the whole
    store makes (a name key's rows decide them), from the first results where a contactless profile alone in
    her component joins, else linked again as one, gives ``link_ads``' profiles, networks, evidence and text
    copies over every ad, and the embedded engine's stored components (``components.label``): an ad without a
    contact between namesake profiles glues nothing it does not join. With networks of at most two profiles
    too, so that Leiden splits them and a join that moves the joined profile first is linked again."""
    rng = random.Random(29)
    joined_across = glued = 0
    made: Counter[str] = Counter()
    small = default_rules()
    small = small.model_copy(update={"network": small.network.model_copy(update={"max_profiles": 2})})
    for n, rules in enumerate([default_rules(), small] * 100):
        feats = _namesakes(rng, rng.randint(4, 24 if n % 2 == 0 else 30))
        got, blocks_of, joins, labels, how = _spark_link(feats, rules)
        made.update({f"{k} {'split' if n % 2 else 'default'}": v for k, v in how.items()})
        ads = [ad_features(f) for f in feats]
        masked = [f[9] for f in feats]
        want = link_ads(ads, lambda idx: {i: masked[i] for i in idx}, rules)
        ids = [a.ad_id for a in ads]
        assert _by_ads(got, ids) == _by_ads(want, ids)
        hubs = find_hubs(ads, selector_index(ads), rules)
        assert labels == components.label(ads, want, hubs)
        stored: dict[int, set[int]] = defaultdict(set)
        for ad, c in zip(ids, labels, strict=True):
            stored[c].add(ad)
        assert sorted(blocks_of, key=min) == sorted((frozenset(v) for v in stored.values()), key=min)
        joined_across += any(a != b for a, b, *_ in joins)
        every = UnionFind(len(ads))  # every namesake edge, as Spark's blocking joined them before
        for i, j in [*name_pairs(ads, rules), *(e for e in _selector_edges(ads, hubs))]:
            every.union(i, j)
        glued += len({every.find(i) for i in range(len(ads))}) < len(stored)
    assert joined_across > 10 and glued > 10  # joins across contact components, and namesake edges no join follows
    # both ways of making a joined component, with and without Leiden splits
    assert made["patched default"] > 10 and made["linked again default"] > 3, made
    assert made["patched split"] > 5 and made["linked again split"] > 3, made


def test_a_join_that_moves_the_joined_profile_first_renumbers_its_components_networks() -> None:
    """``with_joins`` on a component whose profiles {2, 3}, {5}, {7, 8}, {9} form networks {2, 3, 7, 8} and
    {9} cut apart by a Leiden split, and {5} alone: a contactless profile {1} joining {5} makes {1, 5} the
    component's first profile, so the networks, their evidence's profile pairs and the split networks are
    numbered anew, as ``link_ads`` numbers them over the two components (profiles by smallest ad)."""
    ev = (2, 7, "image", "sha256:1", 0.9, "")
    cross = (8, 9, "image", "sha256:2", 0.9, "")
    first = ([[2, 3], [5], [7, 8], [9]], [[0, 2], [1], [3]], [], [((0, 2), [ev]), ((2, 3), [cross])], [0, 2], [])
    own = ([[1]], [[0]], [], [], [], [])
    name = (1, 5, "name", "", 0.5, "Elin on s.no in Oslo, no contact of her own")
    joined = with_joins([(2, first), (1, own)], [(1, 2, (1,), 5, name, True)])
    assert joined == (
        [[1, 5], [2, 3], [7, 8], [9]],
        [[0], [1, 2], [3]],
        [name],
        [((1, 2), [ev]), ((2, 3), [cross])],
        [1, 2],
        [],
    )
