"""What the Spark workers run: plain functions over plain tuples, calling the stages' own code.

Extraction is ``extract.run.extract_rows`` (``extract_ad`` on every version), features are
``link.features.build_features``, and each connected component is linked by ``link.cluster.link_ads`` with
the hubs and oversized text buckets of the whole store, exactly as the embedded link stage links a region.
Nothing here imports pyspark, so the functions are tested without a JVM too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

import orjson

from kartlegg.extract.furniture import SiteFurniture
from kartlegg.extract.run import extract_rows
from kartlegg.link.cluster import (
    AdFeatures,
    Hub,
    LinkResult,
    bare,
    bare_join,
    bare_note,
    bare_pairs,
    day_of,
    link_ads,
    name_key,
)
from kartlegg.link.config import LinkRules
from kartlegg.link.features import FeatureRow, ad_name, build_features
from kartlegg.store.rows import StoredVersion

#: the selector kinds linking reads (``link.features.load_batch_inputs``)
_LINK_SELECTOR_KINDS = frozenset({"phone", "email", "handle"})
#: versions extracted together (MinHash of the masked texts is batched too)
CHUNK = 2000

#: One ad's link features as a tuple (pickles small, sorts by ad id):
#: (ad_id, version_seq, site, city, posted_at, name, ages, selectors, bands, masked, text_hash, facts)
#: ``facts``: the profile facts the ad prints as fields (``link.facts``), which ``link_ads`` weighs on a line
Feature = tuple[int, int, str, str | None, str | None, str | None, tuple[int, ...], tuple[tuple[str, str], ...],
                tuple[int, ...], str, str, tuple[tuple[str, str], ...]]  # fmt: skip
#: The extraction of a batch, ready for the store: (selector rows, ad_selectors rows, ad_extractions rows)
ExtractRows = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def stored_version(r: Any) -> StoredVersion:
    """A row of the versions Parquet (``report.export_versions``) as the stages read a stored version."""
    return StoredVersion(
        seq=int(r["seq"]),
        ad_id=int(r["ad_id"]),
        site=r["site"],
        ad_key=r["ad_key"],
        url=r["url"],
        posted_at=r["posted_at"],
        title=r["title"] or "",
        body=r["body"] or "",
        city=r["city"],
        images=list(r["images"] or []),
        extra=orjson.loads(r["extra"] or "{}"),
        site_country=r["site_country"],
        site_language=r["site_language"],
    )


def stock_name(r: Any, rules: LinkRules, stock: dict[str, frozenset[str]]) -> tuple[int, tuple[str | None]]:
    """A version of a site with stock words (``link.stock_names``): its seq and the name read without them,
    boxed (a name may be None)."""
    v = stored_version(r)
    return v.seq, (ad_name(v, rules.names, stock.get(v.site, ())),)


def with_name(f: Feature, name: tuple[str | None] | None) -> Feature:
    """``f`` with the name ``stock_name`` read again, if any."""
    return f if name is None else (*f[:5], name[0], *f[6:])


def feature_tuple(row: FeatureRow) -> Feature:
    f = row.features
    return (
        f.ad_id, row.version_seq, f.site, f.city, f.posted_at, f.name, f.ages, f.selectors, f.bands, row.masked,
        row.text_hash, f.facts,
    )  # fmt: skip


def feature_row(t: Feature) -> FeatureRow:
    """The tuple back as the link stage's feature row (``link.features.save_features`` writes it)."""
    return FeatureRow(ad_features(t), t[1], t[9], t[10])


def ad_features(t: Feature, share: dict[Any, Any] | None = None) -> AdFeatures:
    """The tuple as the link stage's features. ``share``: equal strings and tuples seen before are taken
    from it, not kept again (the driver holds every ad's features, and a person's ads repeat her site,
    city, days, name and selectors)."""

    def one(x: Any) -> Any:
        return x if share is None else share.setdefault(x, x)

    return AdFeatures(
        ad_id=t[0], site=one(t[2]), city=one(t[3]), posted_at=one(t[4]), name=one(t[5]), ages=one(tuple(t[6])),
        selectors=one(tuple(one((one(k), one(v))) for k, v in t[7])), bands=one(tuple(t[8])),
        facts=one(tuple(one((one(k), one(v))) for k, v in t[11])),
    )  # fmt: skip


def stored_feature(r: Any) -> Feature:
    """A ``link_features`` row (staged as Parquet) as a feature tuple."""
    d = orjson.loads(r["data"])
    return (
        int(r["ad_id"]), int(r["version_seq"]), r["site"], r["city"], r["posted_at"], r["name"],
        tuple(d["ages"]), tuple((s[0], s[1]) for s in d["sel"]), tuple(d["bands"]), r["masked"] or "",
        d.get("th", ""), tuple((f[0], f[1]) for f in d.get("facts", ())),
    )  # fmt: skip


def extract_chunk(
    rows: Sequence[Any], region: str | None, models: dict[str, SiteFurniture], rules: LinkRules
) -> tuple[ExtractRows, list[Feature]]:
    """Extract a chunk of versions and build their link features from that extraction, as the embedded
    stages do from what extraction stored (same kinds, same order: field, then position)."""
    versions = [stored_version(r) for r in rows]
    inputs = [
        (v.seq, v.ad_id, v.title, v.body, v.url, v.city, v.site, v.site_country, v.ad_key, v.posted_at)
        for v in versions
    ]
    out = extract_rows(inputs, region, models)
    seen: set[tuple[int, int, str, int]] = set()
    ordered: list[tuple[int, str, int, int]] = []
    for seq, _ad, sid, field, start, *_ in out.links:
        key = (seq, sid, field, start)  # ad_selectors' primary key: the store keeps the first of a repeat
        if key not in seen:
            seen.add(key)
            ordered.append((seq, field, start, sid))
    selectors: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for seq, _field, _start, sid in sorted(ordered):
        _, kind, value = out.selectors[sid]
        if kind in _LINK_SELECTOR_KINDS:
            selectors[seq].append((kind, value))
    extractions = {int(s[0]): orjson.loads(s[3]) for s in out.summaries}
    images: dict[int, dict[str, tuple[str | None, str | None]]] = {}
    for r in rows:
        hashes = r["image_hashes"] or []
        if hashes:
            images[int(r["seq"])] = {h["url"]: (h["sha256"], h["phash"]) for h in hashes}
    feats = [feature_tuple(f) for f in build_features(versions, selectors, extractions, images, rules)]
    return (list(out.selectors.values()), out.links, out.summaries), feats


def extract_partition(
    rows: Iterable[Any], region: str | None, models: dict[str, SiteFurniture], rules: LinkRules
) -> Iterator[tuple[str, Any]]:
    """``mapPartitions``: ("x", extraction rows of a chunk) and ("f", feature tuple) records."""
    chunk: list[Any] = []

    def flush() -> Iterator[tuple[str, Any]]:
        ex, feats = extract_chunk(chunk, region, models, rules)
        yield ("x", ex)
        for f in feats:
            yield ("f", f)

    for r in rows:
        chunk.append(r)
        if len(chunk) >= CHUNK:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


def with_image_clusters(t: Feature, moved: dict[str, str]) -> tuple[AdFeatures, str]:
    """The ad's features with near-identical photos under their cluster's key, as
    ``link.phash.apply_image_clusters`` gives them when ``moved`` is its map over the whole store (tested
    against it), and the ad's masked text."""
    a = ad_features(t)
    if not any(k == "image" and v in moved for k, v in a.selectors):
        return a, t[9]
    sel: dict[tuple[str, str], None] = {}
    raw_of: list[tuple[str, str]] = []
    for k, v in a.selectors:
        if k == "image" and v in moved:
            key = ("image", moved[v])
            if key not in sel:
                raw_of.append((moved[v], v))
            sel.setdefault(key, None)
        else:
            sel.setdefault((k, v), None)
    return replace(a, selectors=tuple(sel), image_raw=tuple(raw_of)), t[9]


#: ``link.text.candidate_pairs`` pairs every two members of a bucket up to this size, and a star from its
#: first member plus a chain above it
ALL_PAIRS_MAX = 16


def blocking_keys(
    t: Feature, moved: dict[str, str], hubs: frozenset[tuple[str, str]], big: frozenset[int]
) -> Iterator[tuple[tuple[Any, ...], int]]:
    """(blocking key, ad id): every non-hub selector and every text band not oversized in the whole store.
    Name keys join no ad here: the contact components are linked first, and only the contactless joins
    made join them (``name_rows``, ``bare_joins``)."""
    a, _ = with_image_clusters(t, moved)
    for key in a.selectors:
        if key not in hubs:
            yield (("s", key[0], key[1]), a.ad_id)
    for b in set(a.bands):
        if b not in big:
            yield (("b", b), a.ad_id)


def block_edges(key: tuple[Any, ...], members: Iterable[int]) -> Iterator[tuple[str, int, int]]:
    """The edges that join one block: ("e", ad, smallest ad) for a selector, and ("v", a, b) with a < b
    for the text candidate pairs of a bucket, the very pairs ``link.text.candidate_pairs`` draws from it
    over the whole store (every pair up to ``ALL_PAIRS_MAX`` members, else a star from the first and a
    chain, in ad id order); only those whose texts verify join. Each component is then linked with the
    verified pairs inside it as its text candidates (``link_component``): every evidence edge
    ``link_ads`` draws over the whole store stays inside a component, and a component sees exactly the
    whole store's text pairs, however a bucket's members fall over components."""
    ids = sorted(set(members))
    m = len(ids)
    if m < 2:
        return
    if key[0] == "b":
        if m <= ALL_PAIRS_MAX:
            for x in range(m):
                for y in range(x + 1, m):
                    yield ("v", ids[x], ids[y])
        else:
            for x in range(1, m):
                yield ("v", ids[0], ids[x])
                if x > 1:
                    yield ("v", ids[x - 1], ids[x])
        return
    for other in ids[1:]:
        yield ("e", other, ids[0])


def verified(a_text: str, b_text: str, rules: LinkRules) -> bool:
    """A text copy as ``link_ads`` verifies a candidate pair."""
    from rapidfuzz import fuzz

    return bool(fuzz.ratio(a_text, b_text, score_cutoff=rules.text.verify_ratio))


#: A component's link result by ad id: (profiles as ad ids, networks as local profile indices,
#: person evidence, network evidence by local profile pair, split network indices, verified text copies as
#: (a, b, ratio) with a < b: ``link_text_pairs``' rows)
Evidence = tuple[int, int, str, str, float, str]
ComponentResult = tuple[
    list[list[int]],
    list[list[int]],
    list[Evidence],
    list[tuple[tuple[int, int], list[Evidence]]],
    list[int],
    list[tuple[int, int, float]],
]


def link_component(
    feats: Iterable[Feature],
    text_pairs: Iterable[tuple[int, int]],
    moved: dict[str, str],
    hubs: dict[tuple[str, str], Hub],
    big: frozenset[int],
    rules: LinkRules,
    joined: Collection[int] = frozenset(),
) -> ComponentResult:
    """Link one component with the link stage's own ``link_ads`` (ads in ad id order, as the embedded stage
    orders them, so every tie breaks the same way), its text candidates being the whole store's verified
    pairs inside it (``text_pairs``, ad ids; ``block_edges``). ``joined``: the ads of the contactless
    profiles whose join the whole store makes (``bare_joins``); every other profile without a contact stays
    alone (``link_ads``' ``crowded``), as over the whole store, whatever namesakes the component holds."""
    return _result(*_link(feats, text_pairs, moved, hubs, big, rules, joined))


def _link(
    feats: Iterable[Feature],
    text_pairs: Iterable[tuple[int, int]],
    moved: dict[str, str],
    hubs: dict[tuple[str, str], Hub],
    big: frozenset[int],
    rules: LinkRules,
    joined: Collection[int],
) -> tuple[list[AdFeatures], LinkResult]:
    pairs = sorted((with_image_clusters(t, moved) for t in feats), key=lambda p: p[0].ad_id)
    ads = [p[0] for p in pairs]
    masked = [p[1] for p in pairs]
    pos = {a.ad_id: i for i, a in enumerate(ads)}
    given = {(pos[a], pos[b]) if pos[a] < pos[b] else (pos[b], pos[a]) for a, b in text_pairs}
    alone = {a.ad_id for a in ads if bare(a) and a.ad_id not in joined}
    res = link_ads(
        ads,
        lambda idx: {i: masked[i] for i in idx},
        rules,
        hubs=hubs,
        skip_bands=big,
        text_candidates=given,
        crowded=alone,
        changes=False,  # one component at a time: a number change joins two (a full embedded run's)
    )
    return ads, res


def _result(ads: Sequence[AdFeatures], res: LinkResult) -> ComponentResult:
    ids = [a.ad_id for a in ads]

    def ev(e: Any) -> Evidence:
        return (ids[e.a], ids[e.b], e.kind, e.value, e.score, e.note)

    return (
        [[ids[i] for i in p] for p in res.profiles],
        [list(n) for n in res.networks],
        [ev(e) for e in res.person_evidence],
        [(k, [ev(e) for e in evs]) for k, evs in res.network_evidence.items()],
        sorted(res.split_networks),
        [(ids[i], ids[j], r) for (i, j), r in zip(res.text_links, res.text_ratios, strict=True)],
    )


#: A dated ad of a name key, for the contactless joins (``bare_joins``): (ad id, day, no contact of its own,
#: its contact component, its profile of the contact evidence (labelled by its smallest ad), that profile
#: without any contact, that profile's stated ages (min, max) or None, that profile's ads when it may join
#: one (no contact, one name key, one name) else (), that profile's smallest ad of this key, the note of the
#: join's evidence when it may join one else "", the profile alone in its component, the profile's network
#: unsplit and at most ``max_profiles`` (its members' order decides nothing: no Leiden split))
NameRow = tuple[
    int, int, bool, int, int, bool, tuple[int, int] | None, tuple[int, ...], int, str, bool, bool
]  # fmt: skip
#: A contactless join the whole store makes (``bare_joins``): (component of the profile without a contact,
#: component of the profile it joins, the joining profile's ads, the joined profile's label, the join's
#: evidence, and whether the joined component's first result, the joining profile's ads added to that profile,
#: is the result of linking the two as one: ``with_joins``)
Join = tuple[int, int, tuple[int, ...], int, Evidence, bool]


def contact_link(
    comp: int,
    feats: Iterable[Feature],
    text_pairs: Iterable[tuple[int, int]],
    moved: dict[str, str],
    hubs: dict[tuple[str, str], Hub],
    big: frozenset[int],
    rules: LinkRules,
) -> tuple[ComponentResult, list[tuple[str, NameRow]]]:
    """Link one contact component (selectors and text copies alone) with no contactless join, and its
    dated ads with a name key as (name key, ``NameRow``): what ``bare_joins`` decides the joins on. A
    component no join touches is linked so over the whole store too."""
    ads, res = _link(feats, text_pairs, moved, hubs, big, rules, frozenset())
    network_of = {p: k for k, members in enumerate(res.networks) for p in members}
    rows: list[tuple[str, NameRow]] = []
    for p, members in enumerate(res.profiles):
        keyed = [(i, k, d) for i in members if (k := name_key(ads[i])) and (d := day_of(ads[i])) is not None]
        if not keyed:
            continue
        alone = all(bare(ads[i]) for i in members)
        got = [x for i in members for x in ads[i].ages]
        ages = (min(got), max(got)) if got else None
        first: dict[str, int] = {}  # the profile's smallest ad of each key (``_join_bare``'s evidence)
        for i in members:
            if (k := name_key(ads[i])) is not None:
                first.setdefault(k, ads[i].ad_id)
        names = {ads[i].name for i in members if ads[i].name}
        may = tuple(ads[i].ad_id for i in members) if alone and len(first) == 1 and len(names) == 1 else ()
        note = bare_note(ads[members[0]]) if may else ""
        whole = len(res.profiles) == 1
        net = network_of[p]
        free = net not in res.split_networks and len(res.networks[net]) <= rules.network.max_profiles
        label = ads[members[0]].ad_id
        for i, k, d in keyed:
            rows.append(
                (k, (ads[i].ad_id, d, bare(ads[i]), comp, label, alone, ages, may, first[k], note, whole, free))
            )
    return _result(ads, res), rows


def bare_joins(rows: Iterable[NameRow], rules: LinkRules) -> list[Join]:
    """The contactless joins ``link_ads`` (``cluster._join_bare``) makes over the whole store among one name
    key's dated ads (``contact_link``), as ``Join``s. Each decision depends on the joining profile and the
    profiles its ads meet through this key alone (each on its own ages), so one key's rows decide it.

    A join is ``with_joins``' (its last field) when the joining profile is its whole contact component and
    adding it to the joined profile moves no profile of that component before another (the joined profile
    held a smaller ad) or the joined profile's network is one no Leiden split made (its members' order
    decides nothing): linking the two components as one then changes nothing else."""
    rows = list(rows)
    window = rules.person.bare_window_days
    of = {r[4]: r for r in rows}
    met: dict[int, set[int]] = defaultdict(set)
    for i, j in bare_pairs([(n, r[1], r[2]) for n, r in enumerate(rows)], window):
        met[rows[i][4]].add(rows[j][4])
    out: list[Join] = []
    for p in sorted(met):
        mine = of[p]
        if not mine[7]:
            continue
        q = bare_join(mine[6], [(q, of[q][6]) for q in sorted(met[p]) if not of[q][5]], rules)
        if q is None:
            continue
        theirs = of[q]
        i, j = mine[7][0], theirs[8]
        ev: Evidence = (min(i, j), max(i, j), "name", "", 0.5, mine[9])
        simple = mine[10] and (i > q or theirs[11])
        out.append((mine[3], theirs[3], mine[7], q, ev, simple))
    return out


def with_joins(parts: Iterable[tuple[int, ComponentResult]], joins: Sequence[Join]) -> ComponentResult:
    """The result of linking as one a contact component and the components of the contactless profiles that
    join its profiles (``joins``, every one ``bare_joins``' simple kind), from their first results alone:
    each joining profile's ads added to the profile it joins, with her own evidence and the join's. Nothing
    else moves: no edge but the join leaves a joining profile's component, so no network edge is added, and
    the profiles keep their order (or the joined network is no Leiden split): ``link_ads`` over the two
    gives the same networks, evidence and text copies."""
    got = dict(parts)
    target = {j[1] for j in joins}
    assert len(target) == 1 and all(j[5] for j in joins), "with_joins: one joined component, simple joins"
    profiles, nets, pev, nev, split, copies = got[target.pop()]
    members = [list(m) for m in profiles]
    pev, copies = list(pev), list(copies)
    at = {m[0]: k for k, m in enumerate(members)}
    for comp_p, _, ads, q, ev, _ in joins:
        members[at[q]].extend(ads)
        pev.extend(got[comp_p][2])
        pev.append(ev)
        copies.extend(got[comp_p][5])
    for m in members:
        m.sort()
    order = sorted(range(len(members)), key=lambda k: members[k][0])
    new = {old: k for k, old in enumerate(order)}
    networks = sorted((sorted(new[p] for p in n) for n in nets), key=lambda n: n[0])
    net_at = {n[0]: k for k, n in enumerate(networks)}
    return (
        [members[k] for k in order],
        networks,
        pev,
        [((min(new[a], new[b]), max(new[a], new[b])), evs) for (a, b), evs in nev],
        sorted(net_at[min(new[p] for p in nets[k])] for k in split),
        sorted(copies),
    )
