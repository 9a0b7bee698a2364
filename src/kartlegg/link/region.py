"""The region a run must link again, found through the index tables instead of every ad in memory.

From the seeds (the changed ads), every ad an evidence edge reaches, transitively: shared non-hub
selectors (``link_selector_ads``), and text copies exactly as ``link_ads`` finds them (the whole store's
LSH buckets in ``link_bands``, the same star-and-chain pairs, verified with the same ratio). The region is
also closed over the previous run's profiles and networks: an edited ad may have lost the link that held
its old profile or network together, so every member of those is linked again too.

No evidence edge leaves the region, so linking just it gives the same profiles and networks as linking
everything; it is read a frontier at a time, so a day costs the ads it reaches, not the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import Connection

from kartlegg.ids import selector_id
from kartlegg.link.cluster import AdFeatures, bucket_partners
from kartlegg.link.config import LinkRules
from kartlegg.link.features import load_features, load_masked
from kartlegg.link.index import canonical, hub_ids, query_in


@dataclass(slots=True)
class Region:
    ads: list[AdFeatures]  #: sorted by ad id, canonical image keys
    text_hashes: dict[int, str]
    candidates: set[tuple[int, int]] = field(default_factory=set)  #: LSH pairs (ad ids, a < b) inside
    texts: dict[int, str] = field(default_factory=dict)  #: masked texts read on the way
    #: text pairs (ad ids, a < b) the walk verified, with ``fuzz.ratio``'s score (0.0: refused), so that
    #: ``link_ads`` need not verify them again
    scores: dict[tuple[int, int], float] = field(default_factory=dict)


def walk(conn: Connection, seeds: Iterable[int], rules: LinkRules) -> Region:
    """Every ad reachable from ``seeds``, closed over the previous profiles and networks."""
    seen: set[int] = set(seeds)
    feats: dict[int, AdFeatures] = {}
    hashes: dict[int, str] = {}
    texts: dict[int, str] = {}
    seen_sel: set[int] = set()
    buckets: dict[int, list[int]] = {}
    candidates: set[tuple[int, int]] = set()
    scores: dict[tuple[int, int], float] = {}
    seen_profiles: set[str] = set()
    seen_networks: set[str] = set()
    frontier = sorted(seen)
    max_bucket = rules.text.max_bucket
    while frontier:
        rows = load_features(conn, frontier)
        batch = canonical(conn, [rows[a][0] for a in frontier if a in rows])
        for a in batch:
            feats[a.ad_id] = a
            hashes[a.ad_id] = rows[a.ad_id][1]
        nxt: set[int] = set()
        # Shared selectors that are not hubs.
        sels = {selector_id(k, v) for a in batch for k, v in a.selectors} - seen_sel
        seen_sel |= sels
        sels -= hub_ids(conn, sels)
        for (ad_id,) in query_in(conn, "SELECT ad_id FROM link_selector_ads WHERE sel IN :ids", sels):
            if int(ad_id) not in seen:
                nxt.add(int(ad_id))
        # Text copies: the whole buckets (unless past the limit), the pairs link_ads would make, verified.
        want = {b for a in batch for b in a.bands} - buckets.keys()
        big = {int(r[0]) for r in query_in(conn, "SELECT band FROM link_big_bands WHERE band IN :ids", want)}
        fetched: dict[int, list[int]] = defaultdict(list)
        for band, ad_id in query_in(
            conn, "SELECT band, ad_id FROM link_bands WHERE band IN :ids ORDER BY band, ad_id", want - big
        ):
            fetched[int(band)].append(int(ad_id))
        for b in want:  # a bucket of one (most of them) pairs nothing
            members = fetched.get(b)
            buckets[b] = members if members is not None and len(members) > 1 else []
        to_check: list[tuple[int, int]] = []
        for a in batch:
            for b in a.bands:
                if not buckets[b]:
                    continue
                for j in bucket_partners(buckets[b], a.ad_id, max_bucket):
                    pair = (a.ad_id, j) if a.ad_id < j else (j, a.ad_id)
                    if pair not in candidates:
                        candidates.add(pair)
                        if j not in seen:
                            to_check.append((a.ad_id, j))
        if to_check:
            missing = {x for p in to_check for x in p} - texts.keys()
            texts.update(load_masked(conn, sorted(missing)))
            for i, j in to_check:
                if j in seen or j in nxt or i not in texts or j not in texts:
                    continue
                lo, hi = (i, j) if i < j else (j, i)  # the order link_ads compares them in (by ad id)
                score = fuzz.ratio(texts[lo], texts[hi], score_cutoff=rules.text.verify_ratio)
                scores[(lo, hi)] = float(score)
                if score:
                    nxt.add(j)
        # The previous profiles and networks of everything reached so far.
        reached = [a.ad_id for a in batch] + sorted(nxt)
        profiles = {r[0] for r in query_in(conn, "SELECT profile_id FROM profile_ads WHERE ad_id IN :ids", reached)}
        profiles -= seen_profiles
        networks = {
            r[0]
            for r in query_in(
                conn, "SELECT network_id FROM profiles WHERE id IN :ids AND network_id IS NOT NULL", profiles
            )
        } - seen_networks
        seen_networks |= networks
        profiles |= {r[0] for r in query_in(conn, "SELECT id FROM profiles WHERE network_id IN :ids", networks)}
        profiles -= seen_profiles
        seen_profiles |= profiles
        for (ad_id,) in query_in(conn, "SELECT ad_id FROM profile_ads WHERE profile_id IN :ids", profiles):
            if int(ad_id) not in seen:
                nxt.add(int(ad_id))
        nxt -= seen
        seen |= nxt
        frontier = sorted(nxt)
    ads = [feats[a] for a in sorted(feats)]
    inside = feats.keys()
    return Region(
        ads,
        hashes,
        {(a, b) for a, b in candidates if a in inside and b in inside},
        texts,
        {p: v for p, v in scores.items() if p[0] in inside and p[1] in inside},
    )
