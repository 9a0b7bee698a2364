"""Near-identical pictures: perceptual hashes (64-bit pHash, filled by the crawler in ``ad_images.phash``)
that differ in at most a few bits are one photo, re-encoded, resized or lightly cropped.

Clusters are the connected components of "Hamming distance <= t"; each gets a canonical key (its smallest
hash), used as the image selector ``phash:<hex>``, so near-identical photos join ads exactly like identical
files do, and the hub rule (a stock photo used by many names or phones) applies to the whole cluster.
Components do not depend on the order hashes arrive in, so an incremental run and a full rebuild agree.

Finding the pairs without comparing all of them: multi-index hashing. The 64 bits are cut into ``m = t + k``
bands; two hashes within distance ``t`` differ in at most ``t`` bands, so at least ``k`` bands are equal, and
they meet in the table keyed by those ``k`` bands. ``k`` grows with the number of hashes so a table's key has
about ``log2(n)`` bits (buckets of about one hash on spread-out data); each candidate pair is then verified
with a popcount. About 1M distinct hashes take 84 sorted tables (t=6, k=3), all numpy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import combinations, pairwise

import numpy as np

from kartlegg.link.cluster import AdFeatures

PREFIX = "phash:"


def parse_phash(value: str | None) -> int | None:
    """A 64-bit pHash from its 16-hex-digit form (as imagehash writes it); None when it is not one."""
    if not value or len(value) != 16:
        return None
    try:
        return int(value, 16)
    except ValueError:
        return None


def phash_key(h: int) -> str:
    return f"{PREFIX}{h:016x}"


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def _plan(n: int, t: int) -> tuple[int, int]:
    """(bands m, equal bands k) so that a k-band key has about log2(n) bits."""
    want = max(8.0, math.log2(max(n, 2)))
    k = 1
    while 64 * k / (t + k) < want and k < 8:
        k += 1
    return t + k, k


def near_pairs(hashes: np.ndarray, t: int) -> np.ndarray:
    """Index pairs (i < j) of distinct 64-bit hashes within Hamming distance ``t``, shape (p, 2), sorted."""
    h = np.ascontiguousarray(hashes, dtype=np.uint64)
    n = len(h)
    if n < 2 or t < 1:
        return np.zeros((0, 2), dtype=np.int64)
    m, k = _plan(n, t)
    edges_b = [64 * b // m for b in range(m + 1)]
    bands = [((h >> np.uint64(lo)) & np.uint64((1 << (hi - lo)) - 1)) for lo, hi in pairwise(edges_b)]
    widths = [hi - lo for lo, hi in pairwise(edges_b)]
    found: list[np.ndarray] = []
    for combo in combinations(range(m), k):
        key = np.zeros(n, dtype=np.uint64)
        for b in combo:
            key = (key << np.uint64(widths[b])) | bands[b]
        order = np.argsort(key, kind="stable")
        ks = key[order]
        active = np.nonzero(ks[:-1] == ks[1:])[0]
        d = 1
        while active.size:
            i, j = order[active], order[active + d]
            close = np.bitwise_count(h[i] ^ h[j]) <= t
            if close.any():
                lo, hi = np.minimum(i[close], j[close]), np.maximum(i[close], j[close])
                found.append(lo.astype(np.int64) * n + hi)  # one int per pair: cheap to deduplicate
            nxt = active[active + d + 1 < n]
            active = nxt[ks[nxt + d + 1] == ks[nxt]]
            d += 1
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack([codes // n, codes % n], axis=1)


def cluster_phashes(values: Iterable[int], t: int) -> dict[int, int]:
    """Each hash -> the canonical (smallest) hash of its component under "distance <= t"."""
    uniq = np.unique(np.fromiter((v & 0xFFFFFFFFFFFFFFFF for v in values), dtype=np.uint64))
    n = len(uniq)
    if n == 0:
        return {}
    pairs = near_pairs(uniq, t)
    label = np.arange(n, dtype=np.int64)
    if len(pairs):
        from kartlegg.link.graph import igraph_module

        g = igraph_module().Graph(n=n, edges=pairs.tolist())
        membership = np.asarray(g.connected_components().membership, dtype=np.int64)
        # uniq is sorted, so the smallest index of a component is its smallest hash.
        first = np.full(int(membership.max()) + 1, n, dtype=np.int64)
        np.minimum.at(first, membership, np.arange(n, dtype=np.int64))
        label = first[membership]
    hs = uniq.tolist()
    return {hs[i]: hs[int(c)] for i, c in enumerate(label)}


def canonical_keys(raw_keys: Sequence[str], t: int) -> dict[str, str]:
    """``phash:<hex>`` selector values -> the canonical ``phash:<hex>`` of their cluster (only those that move)."""
    parsed = {v: parse_phash(v[len(PREFIX) :]) for v in raw_keys if v.startswith(PREFIX)}
    canon = cluster_phashes((h for h in parsed.values() if h is not None), t)
    out: dict[str, str] = {}
    for v, h in parsed.items():
        if h is not None and canon[h] != h:
            out[v] = phash_key(canon[h])
    return out


def apply_image_clusters(ads: Sequence[AdFeatures], t: int) -> tuple[list[AdFeatures], dict[str, str]]:
    """The ads with each ``phash:`` image selector replaced by its cluster's key (the raw hash kept in
    ``image_raw`` to explain a link by its distance), and the raw -> canonical map of the hashes that moved."""
    raw = sorted({v for a in ads for k, v in a.selectors if k == "image" and v.startswith(PREFIX)})
    moved = canonical_keys(raw, t)
    return with_clusters(ads, moved), moved


def photo_note(a: AdFeatures, b: AdFeatures, value: str) -> str:
    """How alike the two ads' pictures behind one image key are: "similar photo (phash distance 3)"."""
    if not value.startswith(PREFIX):
        return ""
    ra = dict(a.image_raw).get(value, value)
    rb = dict(b.image_raw).get(value, value)
    if ra == rb:
        return ""
    ha, hb = parse_phash(ra[len(PREFIX) :]), parse_phash(rb[len(PREFIX) :])
    if ha is None or hb is None:
        return ""
    return f"similar photo (phash distance {distance(ha, hb)})"


def near_pairs_across(new: np.ndarray, old: np.ndarray, t: int) -> np.ndarray:
    """Pairs (i, j) with ``new[i]`` within Hamming distance ``t`` of ``old[j]``, shape (p, 2), sorted.

    For a few new hashes against many old ones: the 64 bits are cut into ``t + 2`` bands, so a pair within
    ``t`` has two equal bands; per pair of bands, the old hashes are looked up among the (sorted) new keys.
    Linear in the old hashes, without sorting them.
    """
    hn = np.ascontiguousarray(new, dtype=np.uint64)
    ho = np.ascontiguousarray(old, dtype=np.uint64)
    if not len(hn) or not len(ho) or t < 1:
        return np.zeros((0, 2), dtype=np.int64)
    m = t + 2
    cuts = [64 * b // m for b in range(m + 1)]

    def band(h: np.ndarray, b: int) -> np.ndarray:
        lo, hi = cuts[b], cuts[b + 1]
        return (h >> np.uint64(lo)) & np.uint64((1 << (hi - lo)) - 1)

    found: list[np.ndarray] = []
    for b1, b2 in combinations(range(m), 2):
        shift = np.uint64(cuts[b2 + 1] - cuts[b2])
        kn = (band(hn, b1) << shift) | band(hn, b2)
        ko = (band(ho, b1) << shift) | band(ho, b2)
        order = np.argsort(kn, kind="stable")
        ks = kn[order]
        lo = np.searchsorted(ks, ko, side="left")
        hi = np.searchsorted(ks, ko, side="right")
        counts = hi - lo
        hit = np.nonzero(counts)[0]
        if not hit.size:
            continue
        c = counts[hit]
        old_idx = np.repeat(hit, c)
        offs = np.arange(int(c.sum())) - np.repeat(np.cumsum(c) - c, c)
        new_idx = order[np.repeat(lo[hit], c) + offs]
        close = np.bitwise_count(hn[new_idx] ^ ho[old_idx]) <= t
        found.append(new_idx[close].astype(np.int64) * len(ho) + old_idx[close])
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack([codes // len(ho), codes % len(ho)], axis=1)


def with_clusters(ads: Sequence[AdFeatures], moved: Mapping[str, str]) -> list[AdFeatures]:
    """The ads with each ``phash:`` image selector in ``moved`` (raw -> canonical key) replaced by its
    cluster's key, the raw hash kept in ``image_raw``."""
    out: list[AdFeatures] = []
    for a in ads:
        if not any(k == "image" and v in moved for k, v in a.selectors):
            out.append(a)
            continue
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
        out.append(replace(a, selectors=tuple(sel), image_raw=tuple(raw_of)))
    return out
