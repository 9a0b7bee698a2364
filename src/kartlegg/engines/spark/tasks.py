"""What the Spark workers run: plain functions over plain tuples, calling the stages' own code.

Extraction is ``extract.run.extract_rows`` (``extract_ad`` on every version), features are
``link.features.build_features``, and each connected component is linked by ``link.cluster.link_ads`` with
the hubs and oversized text buckets of the whole store, exactly as the embedded link stage links a region.
Nothing here imports pyspark, so the functions are tested without a JVM too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

import orjson

from kartlegg.extract.furniture import SiteFurniture
from kartlegg.extract.run import extract_rows
from kartlegg.link.cluster import AdFeatures, Hub, bare, bare_pairs, day_of, link_ads, name_key
from kartlegg.link.config import LinkRules
from kartlegg.link.features import FeatureRow, build_features
from kartlegg.store.rows import StoredVersion

#: the selector kinds linking reads (``link.features.load_batch_inputs``)
_LINK_SELECTOR_KINDS = frozenset({"phone", "email", "handle"})
#: versions extracted together (MinHash of the masked texts is batched too)
CHUNK = 2000

#: One ad's link features as a tuple (pickles small, sorts by ad id):
#: (ad_id, version_seq, site, city, posted_at, name, ages, selectors, bands, masked, text_hash)
Feature = tuple[int, int, str, str | None, str | None, str | None, tuple[int, ...], tuple[tuple[str, str], ...],
                tuple[int, ...], str, str]  # fmt: skip
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


def feature_tuple(row: FeatureRow) -> Feature:
    f = row.features
    return (
        f.ad_id, row.version_seq, f.site, f.city, f.posted_at, f.name, f.ages, f.selectors, f.bands, row.masked,
        row.text_hash,
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
    )  # fmt: skip


def stored_feature(r: Any) -> Feature:
    """A ``link_features`` row (staged as Parquet) as a feature tuple."""
    d = orjson.loads(r["data"])
    return (
        int(r["ad_id"]), int(r["version_seq"]), r["site"], r["city"], r["posted_at"], r["name"],
        tuple(d["ages"]), tuple((s[0], s[1]) for s in d["sel"]), tuple(d["bands"]), r["masked"] or "",
        d.get("th", ""),
    )  # fmt: skip


def extract_chunk(
    rows: Sequence[Any], region: str | None, models: dict[str, SiteFurniture], rules: LinkRules
) -> tuple[ExtractRows, list[Feature]]:
    """Extract a chunk of versions and build their link features from that extraction, as the embedded
    stages do from what extraction stored (same kinds, same order: field, then position)."""
    versions = [stored_version(r) for r in rows]
    inputs = [(v.seq, v.ad_id, v.title, v.body, v.url, v.city, v.site, v.site_country, v.ad_key) for v in versions]
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
) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """(blocking key, ad id): every non-hub selector and every text band not oversized in the whole store;
    and (name key, (ad id, day, bare)): the ad's ``name_key`` when it is dated, marked when it has no contact."""
    a, _ = with_image_clusters(t, moved)
    for key in a.selectors:
        if key not in hubs:
            yield (("s", key[0], key[1]), a.ad_id)
    for b in set(a.bands):
        if b not in big:
            yield (("b", b), a.ad_id)
    nk, day = name_key(a), day_of(a)
    if nk is not None and day is not None:
        yield (("n", nk), (a.ad_id, day, bare(a)))


def block_edges(key: tuple[Any, ...], members: Iterable[Any], window: int = 0) -> Iterator[tuple[str, int, int]]:
    """The edges that join one block: ("e", ad, smallest ad) for a selector, and ("v", a, b) with a < b
    for the text candidate pairs of a bucket, the very pairs ``link.text.candidate_pairs`` draws from it
    over the whole store (every pair up to ``ALL_PAIRS_MAX`` members, else a star from the first and a
    chain, in ad id order); only those whose texts verify join. Each component is then linked with the
    verified pairs inside it as its text candidates (``link_component``): every evidence edge
    ``link_ads`` draws over the whole store stays inside a component, and a component sees exactly the
    whole store's text pairs, however a bucket's members fall over components. A name key joins an ad
    without a contact to the ads of its key posted at most ``window`` days from it (``cluster.bare_pairs``)."""
    if key[0] == "n":
        for a, b in bare_pairs(list(members), window):
            yield ("e", a, b)
        return
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
#: person evidence, network evidence by local profile pair, split network indices)
Evidence = tuple[int, int, str, str, float, str]
ComponentResult = tuple[
    list[list[int]], list[list[int]], list[Evidence], list[tuple[tuple[int, int], list[Evidence]]], list[int]
]


def link_component(
    feats: Iterable[Feature],
    text_pairs: Iterable[tuple[int, int]],
    moved: dict[str, str],
    hubs: dict[tuple[str, str], Hub],
    big: frozenset[int],
    rules: LinkRules,
) -> ComponentResult:
    """Link one connected component with the link stage's own ``link_ads`` (ads in ad id order, as the
    embedded stage orders them, so every tie breaks the same way), its text candidates being the whole
    store's verified pairs inside it (``text_pairs``, ad ids; ``block_edges``)."""
    pairs = sorted((with_image_clusters(t, moved) for t in feats), key=lambda p: p[0].ad_id)
    ads = [p[0] for p in pairs]
    masked = [p[1] for p in pairs]
    ids = [a.ad_id for a in ads]
    pos = {a: i for i, a in enumerate(ids)}
    given = {(pos[a], pos[b]) if pos[a] < pos[b] else (pos[b], pos[a]) for a, b in text_pairs}
    res = link_ads(
        ads, lambda idx: {i: masked[i] for i in idx}, rules, hubs=hubs, skip_bands=big, text_candidates=given
    )

    def ev(e: Any) -> Evidence:
        return (ids[e.a], ids[e.b], e.kind, e.value, e.score, e.note)

    return (
        [[ids[i] for i in p] for p in res.profiles],
        [list(n) for n in res.networks],
        [ev(e) for e in res.person_evidence],
        [(k, [ev(e) for e in evs]) for k, evs in res.network_evidence.items()],
        sorted(res.split_networks),
    )
