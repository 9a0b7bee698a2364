"""The region a run must link again, found through the index tables instead of every ad in memory.

From the seeds (the changed ads), every ad an evidence edge reaches, transitively: shared non-hub
selectors (``link_selector_ads``), and text copies exactly as ``link_ads`` finds them (the whole store's
LSH buckets in ``link_bands`` and ``link_bands_recent``, the same star-and-chain pairs, verified with the
same ratio). The region is also closed over the previous run's profiles and networks: an edited ad may
have lost the link that held its old profile or network together, so every member of those is linked again.
Then the namesakes whose contactless join (``cluster._join_bare``) the result needs (``_near_by_name``), with
their own closure, until nothing more is reached.

No evidence edge leaves the region, so linking just it gives the same profiles and networks as linking
everything; it is read a frontier at a time, so a day costs the ads it reaches, not the store.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

import numpy as np
from rapidfuzz import fuzz
from sqlalchemy import Connection

from kartlegg.ids import selector_id
from kartlegg.link import components
from kartlegg.link.cluster import AdFeatures, bare, bucket_partners, day_of
from kartlegg.link.config import LinkRules
from kartlegg.link.features import load_features, load_masked
from kartlegg.link.index import band_rows, canonical, hub_ids, name_key_id
from kartlegg.store.engine import fetch_in, placeholder


@dataclass(slots=True)
class Region:
    ads: list[AdFeatures]  #: sorted by ad id, canonical image keys
    text_hashes: dict[int, str]
    candidates: set[tuple[int, int]] = field(default_factory=set)  #: LSH pairs (ad ids, a < b) inside
    texts: dict[int, str] = field(default_factory=dict)  #: masked texts read on the way
    #: text pairs (ad ids, a < b) the walk verified, with ``fuzz.ratio``'s score (0.0: refused), so that
    #: ``link_ads`` need not verify them again
    scores: dict[tuple[int, int], float] = field(default_factory=dict)
    #: the stored component of each ad that has one (read on the way: every ad passed a frontier)
    comps: dict[int, int] = field(default_factory=dict)
    #: ads without a contact whose namesakes with one lie in more stored components than ``bare_max_profiles``
    #: (``link_ads``' ``crowded``), which the region does not hold
    crowded: set[int] = field(default_factory=set)


def walk(
    conn: Connection,
    seeds: Iterable[int],
    rules: LinkRules,
    moved: Collection[int] | None = None,
    read: Mapping[int, list[int]] | None = None,
    unlinked: Collection[int] = frozenset(),
) -> Region:
    """Every ad reachable from ``seeds``, closed over the previous profiles and networks.

    The edges of the seeds, and of reached ads with no stored component, are read from the index; every
    other reached ad comes with its whole component (``link.components``), whose edges are not read again.

    ``moved``: the text buckets this run changed (``index.Update.moved_bands``). A candidate pair from any
    other bucket was a candidate of the last run too, and two ads in different stored components were then
    refused as copies (a verified copy joins their components), so such a pair is scored 0.0 without being
    compared again (on the independent corpus ~90 % of a day's comparisons). None: nothing is known (a
    streamed full run). ``read``: the members of buckets already read (``index.Update.buckets``).
    ``unlinked``: ads no run has linked yet (a day's new ads), which have no stored component or profile
    to look up (each lookup a random page of a 1M-row index).
    """
    seed_set = set(seeds)
    seen: set[int] = set(seed_set)
    feats: dict[int, AdFeatures] = {}
    hashes: dict[int, str] = {}
    texts: dict[int, str] = {}
    seen_sel: set[int] = set()
    named: set[int] = set()  #: ads whose namesakes were looked up
    changed: set[int] | None = None  #: the seeds' evidence closure: ads whose component may change
    crowded: set[int] = set()
    buckets: dict[int, list[int]] = dict(read or {})
    candidates: set[tuple[int, int]] = set()
    scores: dict[tuple[int, int], float] = {}
    seen_profiles: set[str] = set()
    seen_networks: set[str] = set()
    seen_comps: set[int] = set()
    walked: set[int] = set()
    comp: dict[int, int] = {}  #: stored component of each ad met that has one
    kept: set[tuple[int, int]] = set()  #: candidate pairs met in a bucket this run did not change

    def refused(pair: tuple[int, int]) -> bool:
        ca, cb = comp.get(pair[0]), comp.get(pair[1])
        return pair in kept and ca is not None and cb is not None and ca != cb

    frontier = sorted(seen)
    max_bucket = rules.text.max_bucket
    while frontier:
        rows = load_features(conn, frontier)
        batch = canonical(conn, [rows[a][0] for a in frontier if a in rows])
        for a in batch:
            feats[a.ad_id] = a
            hashes[a.ad_id] = rows[a.ad_id][1]
        nxt: set[int] = set()
        # Reached ads with a component bring all of it; the others' edges are walked.
        # (the ads that came as members of a component, or as partners of a pair, are known already)
        comp.update(components.of(conn, [a for a in frontier if a not in comp and a not in unlinked]))
        comp_of = {a: comp[a] for a in frontier if a in comp}
        new_comps = set(comp_of.values()) - seen_comps
        seen_comps |= new_comps
        inside = components.members(conn, new_comps)
        comp.update(inside)
        nxt.update(inside)
        batch = [a for a in batch if a.ad_id in seed_set or a.ad_id not in comp_of]
        walked.update(a.ad_id for a in batch)
        # Shared selectors that are not hubs.
        sels = {selector_id(k, v) for a in batch for k, v in a.selectors} - seen_sel
        seen_sel |= sels
        sels -= hub_ids(conn, sels)
        for (ad_id,) in fetch_in(conn, "SELECT ad_id FROM link_selector_ads WHERE sel IN :ids", sels):
            nxt.add(int(ad_id))
        # Text copies: the whole buckets (unless past the limit), the pairs link_ads would make, verified.
        _fetch_buckets(conn, {b for a in batch for b in a.bands} - buckets.keys(), buckets)
        to_check: list[tuple[int, int]] = []
        for a in batch:
            for b in a.bands:
                if not buckets[b]:
                    continue
                unchanged = moved is not None and b not in moved
                for j in bucket_partners(buckets[b], a.ad_id, max_bucket):
                    pair = (a.ad_id, j) if a.ad_id < j else (j, a.ad_id)
                    if pair not in candidates:
                        candidates.add(pair)
                        if unchanged:
                            kept.add(pair)
                        if j not in seen:
                            to_check.append((a.ad_id, j))
        # Only a pair of an unchanged bucket can be a known refusal: only its partner's component is read
        # (the others' partners are mostly ads of the new ads' buckets outside the region).
        maybe = [(i, j) for i, j in to_check if ((i, j) if i < j else (j, i)) in kept]
        if maybe:
            comp.update(components.of(conn, {j for _, j in maybe if j not in unlinked} - comp.keys()))
            known = {(i, j) for i, j in maybe if _known(refused, scores, i, j)}
            to_check = [p for p in to_check if p not in known]
        if to_check:
            missing = {x for i, j in to_check if j not in nxt for x in (i, j)} - texts.keys()
            texts.update(load_masked(conn, sorted(missing)))
            for i, j in to_check:
                if j in seen or j in nxt or i not in texts or j not in texts:
                    continue
                lo, hi = (i, j) if i < j else (j, i)  # the order link_ads compares them in (by ad id)
                score = fuzz.ratio(texts[lo], texts[hi], score_cutoff=rules.text.verify_ratio)
                scores[(lo, hi)] = float(score)
                if score:
                    nxt.add(j)
        # The previous profiles and networks of the walked ads (a component holds its own).
        reached = [a.ad_id for a in batch if a.ad_id not in unlinked]
        profiles = {r[0] for r in fetch_in(conn, "SELECT profile_id FROM profile_ads WHERE ad_id IN :ids", reached)}
        profiles -= seen_profiles
        networks = {
            r[0]
            for r in fetch_in(
                conn, "SELECT network_id FROM profiles WHERE id IN :ids AND network_id IS NOT NULL", profiles
            )
        } - seen_networks
        seen_networks |= networks
        profiles |= {r[0] for r in fetch_in(conn, "SELECT id FROM profiles WHERE network_id IN :ids", networks)}
        profiles -= seen_profiles
        seen_profiles |= profiles
        for (ad_id,) in fetch_in(conn, "SELECT ad_id FROM profile_ads WHERE profile_id IN :ids", profiles):
            nxt.add(int(ad_id))
        nxt -= seen
        if not nxt:  # closed over the evidence: now the namesakes whose decision may change, and their own
            changed = set(seen) if changed is None else changed | walked
            todo = [feats[a] for a in sorted(seen - named) if a in feats]
            named.update(seen)
            nxt = _near_by_name(conn, todo, changed, comp, rules, crowded) - seen
        seen |= nxt
        frontier = sorted(nxt)
    taken = [a for a in feats.values() if a.ad_id not in walked]
    if moved is not None:
        _stored_copies(conn, taken, candidates, scores)
    else:  # Text pairs between two ads taken with their components: their buckets as the whole store has them.
        shared = _shared_bands(taken)
        _fetch_buckets(conn, shared.keys() - buckets.keys(), buckets)
        for b, holders in shared.items():
            for i in holders:
                for j in bucket_partners(buckets[b], i, max_bucket):
                    if j in feats:
                        candidates.add((i, j) if i < j else (j, i))
    # A pair of an unchanged bucket was compared by the last run: between two components it was refused,
    # inside one its ratio is stored if it was a copy (and it was refused if not).
    inner: list[tuple[int, int]] = []
    for pair in kept:
        if pair not in scores:
            if refused(pair):
                scores[pair] = 0.0
            elif pair[0] in comp and comp.get(pair[1]) == comp[pair[0]]:
                inner.append(pair)
    stored = components.stored_ratios(conn, inner)
    scores.update((pair, stored.get(pair, 0.0)) for pair in inner)
    ads = [feats[a] for a in sorted(feats)]
    inside_ids = feats.keys()
    return Region(
        ads,
        hashes,
        {(a, b) for a, b in candidates if a in inside_ids and b in inside_ids},
        texts,
        {p: v for p, v in scores.items() if p[0] in inside_ids and p[1] in inside_ids},
        {a: c for a, c in comp.items() if a in inside_ids},
        crowded & inside_ids,
    )


def _near_by_name(
    conn: Connection,
    ads: Sequence[AdFeatures],
    changed: Collection[int],
    comp: dict[int, int],
    rules: LinkRules,
    crowded: set[int],
) -> set[int]:
    """The namesakes (``link_name_keys``) whose ``_join_bare`` decision the region must hold.

    A profile without a contact decides on its own ads and the profiles its ads meet, each on its own ages,
    so from every ad of ``ads`` without a contact: the ads of its key posted within the window (the profiles
    it meets), unless those with a contact lie in more stored components outside ``changed`` than it may
    meet profiles (distinct components hold distinct profiles with a contact whatever the run makes of the
    rest, so her profile stays alone: added to ``crowded``, and only its key's ads without a contact are
    reached). From every ad of ``changed`` (the evidence the run may change) with a contact, its key's ads
    without a contact within the window, whose candidates it is. ``comp``: the stored components known,
    updated with those read here."""
    window, most = rules.person.bare_window_days, rules.person.bare_max_profiles
    want: dict[int, list[tuple[int, bool, int]]] = {}
    for a in ads:
        alone = bare(a)
        if not alone and a.ad_id not in changed:
            continue
        k, d = name_key_id(a), day_of(a)
        if k is not None and d is not None:
            want.setdefault(k, []).append((d, alone, a.ad_id))
    out: set[int] = set()
    if not want:
        return out
    # Read in SQL only rows that can pair: a key wanted by ads with a contact alone pairs them with its ads
    # without one, and no row posted outside the wanted days' window pairs with any of them.
    lo = min(d for wanted in want.values() for d, _, _ in wanted) - window
    hi = max(d for wanted in want.values() for d, _, _ in wanted) + window
    some_bare = {k for k, wanted in want.items() if any(alone for _, alone, _ in wanted)}
    ph = placeholder(conn)
    sql = f"SELECT nkey, ad_id, day, bare FROM link_name_keys WHERE day BETWEEN {ph} AND {ph} AND nkey IN :ids"
    rows = fetch_in(conn, sql, some_bare, params=(lo, hi))
    rows += fetch_in(conn, sql.replace("WHERE", "WHERE bare = 1 AND"), want.keys() - some_bare, params=(lo, hi))
    by_key: dict[int, list[tuple[int, int, bool]]] = {}
    for k, ad_id, day, alone in rows:
        by_key.setdefault(int(k), []).append((int(ad_id), int(day), bool(alone)))
    others = {a for k in some_bare for a, _, b in by_key.get(k, ()) if not b and a not in changed} - comp.keys()
    comp.update(components.of(conn, others))
    for k, wanted in want.items():
        rows_k = by_key.get(k, [])
        for d, alone, me in wanted:
            near = [(a, b) for a, day, b in rows_k if abs(day - d) <= window and a != me]
            out.update(a for a, b in near if b)
            if not alone:
                continue
            apart = {comp[a] for a, b in near if not b and a not in changed and a in comp}
            if len(apart) > most:
                crowded.add(me)
            else:
                out.update(a for a, b in near if not b)
    return out


def _stored_copies(
    conn: Connection,
    taken: Sequence[AdFeatures],
    candidates: set[tuple[int, int]],
    scores: dict[tuple[int, int], float],
) -> None:
    """The text pairs between two ads taken with their components (neither a seed): the verified copies the
    last run stored (``link_text_pairs``), with their ratios, and no other pair.

    Neither ad changed, so their pair's texts are as the last run compared them, and it is a candidate now
    exactly when it was then: a pair a moved bucket gained or took away is verified by ``index.update``,
    and a copy's two ads are then seeds (walked, so their pairs come from their buckets). Between two
    stored components the last run refused every pair; inside one it stored each copy. So the other pairs
    are refusals, which link nothing: they are left out rather than read from the buckets (about a third of
    the walk's time on the independent corpus)."""
    inside = {a.ad_id for a in taken}
    for pair, ratio in components.copies_from(conn, inside).items():
        if pair[1] in inside:
            candidates.add(pair)
            scores[pair] = ratio


def _known(refused: Callable[[tuple[int, int]], bool], scores: dict[tuple[int, int], float], i: int, j: int) -> bool:
    """Score a pair the last run refused (``walk``'s ``refused``) as 0.0 without comparing it; True if so."""
    pair = (i, j) if i < j else (j, i)
    if refused(pair):
        scores[pair] = 0.0
        return True
    return False


def _shared_bands(ads: Sequence[AdFeatures]) -> dict[int, list[int]]:
    """The text bands two or more of ``ads`` hold, with those ads (a region's ~25 bands an ad, most held
    by one ad alone: grouped in numpy)."""
    lens = np.fromiter((len(a.bands) for a in ads), dtype=np.int64, count=len(ads))
    bands = np.fromiter(itertools.chain.from_iterable(a.bands for a in ads), dtype=np.int64, count=int(lens.sum()))
    owners = np.repeat(np.fromiter((a.ad_id for a in ads), dtype=np.int64, count=len(ads)), lens)
    order = np.argsort(bands, kind="stable")
    bands, owners = bands[order], owners[order]
    starts = np.flatnonzero(np.concatenate(([True], bands[1:] != bands[:-1])))
    sizes = np.diff(np.append(starts, len(bands)))
    return {int(bands[s]): owners[s : s + n].tolist() for s, n in zip(starts[sizes > 1], sizes[sizes > 1], strict=True)}


def _fetch_buckets(conn: Connection, want: set[int], buckets: dict[int, list[int]]) -> None:
    """Read the members of the ``want`` text buckets into ``buckets`` (sorted ad ids; [] for a bucket of one
    or one past the limit)."""
    big = {int(r[0]) for r in fetch_in(conn, "SELECT band FROM link_big_bands WHERE band IN :ids", want)}
    rows = band_rows(conn, want - big)
    # BIGINT columns come back as int on both drivers; grouped in C (the rows sorted by band)
    fetched = {band: [r[1] for r in grp] for band, grp in itertools.groupby(rows, key=itemgetter(0))}
    for b in want:  # a bucket of one (most of them) pairs nothing
        members = fetched.get(b)
        buckets[b] = members if members is not None and len(members) > 1 else []
