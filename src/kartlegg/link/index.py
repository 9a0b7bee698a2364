"""The store-wide link state, kept in the database and updated with each run's ads (docs/scale.md).

What linking needs from the whole store, so a new day reads only the ads it touches:

* ``link_selector_ads``: selector (canonical image keys) -> ads, with each ad's site and name;
  ``link_keys``: each selector's kind, value, ads and distinct names; ``link_key_sites`` /
  ``link_key_names``: its ads per site and per name, what the hub rule reads (kept by difference, so a
  touched selector's hub check never reads all its ads);
* ``link_bands`` / ``link_big_bands``: text LSH buckets and the ones past the bucket limit; a run's new
  rows go into ``link_bands_recent`` (a bucket is the rows of both), moved into ``link_bands`` in key
  order by ``merge_bands``, a slice of the band keys a day: a day's random band keys then make pages of
  a small B-tree dirty, not ~25,000 leaf pages of the whole store's (1.4-3 s of a 1M store's day);
* ``link_phash``: photo clusters (``link.photos``);
* ``hub_selectors``: the hubs, looked at again only for selectors whose ads, names or site totals moved;
* ``link_site_keys`` / ``link_site_pairs`` / ``link_site_sizes``: what site alias detection counts.

``rebuild`` writes all of it from a full run's in-memory features; ``update`` applies one run's changed
ads and returns the seeds of the region to link again. Both give the same tables (tests/link).
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Connection, text

from kartlegg.ids import selector_id
from kartlegg.link import photos
from kartlegg.link.aliases import site_pairs
from kartlegg.link.cluster import AdFeatures, Hub, bare, day_of, hub_of_spread, name_key, needs_phones_spread
from kartlegg.link.config import LinkRules
from kartlegg.link.features import load_features, load_masked
from kartlegg.link.phash import cluster_phashes, phash_key, with_clusters
from kartlegg.link.rowsync import insert
from kartlegg.link.text import ALL_PAIRS_UPTO, bucket_pairs
from kartlegg.store.engine import fetch_in, placeholder

#: The tables this module keeps (``hub_selectors`` too, which the stage also writes on a full run).
INDEX_TABLES = (
    "link_selector_ads",
    "link_keys",
    "link_key_sites",
    "link_key_names",
    "link_bands",
    "link_bands_recent",
    "link_big_bands",
    "link_components",
    "link_text_pairs",
    "link_name_keys",
    "link_phash",
    "link_site_keys",
    "link_site_pairs",
    "link_site_sizes",
)


def text_key(text_hash: str) -> int | None:
    """The alias-evidence key of an ad copy (its masked-text hash)."""
    return selector_id("text", text_hash) if text_hash else None


def name_key_id(ad: AdFeatures) -> int | None:
    """The ``link_name_keys`` key of an ad (its ``name_key``), None without a name or city."""
    k = name_key(ad)
    return None if k is None else selector_id("name", k)


def name_key_rows(ads: Iterable[AdFeatures]) -> list[tuple[int, int, int, int]]:
    """The ``link_name_keys`` rows (key, ad id, day, bare) of the dated ads."""
    return [
        (k, a.ad_id, d, int(bare(a))) for a in ads if (k := name_key_id(a)) is not None and (d := day_of(a)) is not None
    ]


def _insert_name_keys(conn: Connection, ads: Iterable[AdFeatures], ph: str) -> None:
    rows = name_key_rows(ads)
    _many(conn, f"INSERT INTO link_name_keys (nkey, ad_id, day, bare) VALUES ({ph}, {ph}, {ph}, {ph})", rows)


def alias_key_ids(ad: AdFeatures, text_hash: str) -> set[int]:
    """Every alias-evidence key of one ad (hubs included: they are left out when counted)."""
    out = {selector_id(k, v) for k, v in ad.selectors}
    tk = text_key(text_hash)
    if tk is not None:
        out.add(tk)
    return out


#: The band key space (bands are 63-bit, ``text.band_keys``) is cut in this many slices; each run moves the
#: recent rows of the next slice into ``link_bands``. A row then waits at most that many runs, so the recent
#: table holds about that many days' rows (~800,000 at 1,000 ads a day), and each day moves about one
#: day's rows into 1/32 of ``link_bands``' leaf pages, in key order (0.3 s at 1M) instead of a whole merge
#: of the table now and then (6 s at 1M for a million rows).
RECENT_SLICES = 32
_BAND_SPAN = 1 << 63


def _many(conn: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    for start in range(0, len(rows), 50_000):
        if rows[start : start + 50_000]:
            conn.exec_driver_sql(sql, list(rows[start : start + 50_000]))


def hub_ids(conn: Connection, sels: Iterable[int]) -> set[int]:
    return {int(r[0]) for r in fetch_in(conn, "SELECT selector_id FROM hub_selectors WHERE selector_id IN :ids", sels)}


def hubs_for(conn: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Hub]:
    """The hubs among the given selectors, as ``link_ads`` takes them."""
    by_id = {selector_id(k, v): (k, v) for k, v in keys}
    out: dict[tuple[str, str], Hub] = {}
    for kind, value, ads, sites, names, reason in fetch_in(
        conn, "SELECT kind, value, ads, sites, names, reason FROM hub_selectors WHERE selector_id IN :ids", by_id
    ):
        out[(kind, value)] = Hub(kind, value, int(ads), int(sites), int(names), reason)
    return out


def site_totals(conn: Connection) -> Counter[str]:
    """Ads per site in the whole store (an index scan)."""
    return Counter(
        {r[0]: int(r[1]) for r in conn.execute(text("SELECT site, COUNT(*) FROM link_features GROUP BY site"))}
    )


# ---------------------------------------------------------------- full rebuild


def rebuild(
    conn: Connection,
    ads: Sequence[AdFeatures],
    text_hashes: Sequence[str],
    photo_refs: Mapping[int, int],
    labels: Mapping[int, Sequence[str]],
    hubs: Mapping[tuple[str, str], Hub],
    big: Iterable[int],
    rules: LinkRules,
    band_rows: Iterable[tuple[int, int]] | None = None,
) -> None:
    """Write every index table from a full run's features (``ads`` with canonical image keys).

    ``band_rows``: the (band, ad id) rows of ``link_bands`` when ``ads`` come without their bands (the
    Spark engine streams them from its workers rather than hold every ad's bands on the driver)."""
    for table in INDEX_TABLES:
        conn.execute(text(f"DELETE FROM {table}"))
    ph = placeholder(conn)
    hub_sel = {selector_id(k, v) for k, v in hubs}
    # In chunks, so that the rows of a large store never sit in memory at once.
    for start in range(0, len(ads), 20_000):
        sel_rows: list[tuple[Any, ...]] = []
        bands: list[tuple[Any, ...]] = []
        keys: dict[int, tuple[str, str]] = {}
        site_keys: Counter[tuple[int, str]] = Counter()
        for ad, th in zip(ads[start : start + 20_000], text_hashes[start : start + 20_000], strict=True):
            for kind, value in ad.selectors:
                sid = selector_id(kind, value)
                keys[sid] = (kind, value)
                sel_rows.append((sid, ad.ad_id, kind, ad.site, ad.name))
            bands.extend((b, ad.ad_id) for b in sorted(set(ad.bands)))
            for key in alias_key_ids(ad, th):
                for label in labels.get(ad.ad_id) or [ad.site]:
                    site_keys[(key, label)] += 1
        _many(
            conn,
            f"INSERT INTO link_selector_ads (sel, ad_id, kind, site, name) VALUES ({ph}, {ph}, {ph}, {ph}, {ph})",
            sel_rows,
        )
        _many(conn, f"INSERT INTO link_bands (band, ad_id) VALUES ({ph}, {ph})", bands)
        _insert_name_keys(conn, ads[start : start + 20_000], ph)
        _many(
            conn,
            f"INSERT INTO link_keys (sel, kind, value, ads, names) VALUES ({ph}, {ph}, {ph}, 0, 0) "
            "ON CONFLICT (sel) DO NOTHING",
            [(sid, k, v) for sid, (k, v) in keys.items()],
        )
        _many(
            conn,
            f"INSERT INTO link_site_keys (key, label, ads) VALUES ({ph}, {ph}, {ph}) ON CONFLICT (key, label) "
            "DO UPDATE SET ads = link_site_keys.ads + excluded.ads",
            [(k, label, n) for (k, label), n in site_keys.items()],
        )
    insert(conn, "link_bands", ("band", "ad_id"), band_rows or ())
    conn.execute(
        text(
            "INSERT INTO link_key_sites (sel, site, ads) SELECT sel, site, COUNT(*) FROM link_selector_ads "
            "GROUP BY sel, site"
        )
    )
    conn.execute(
        text(
            "INSERT INTO link_key_names (sel, name, ads) SELECT sel, name, COUNT(*) FROM link_selector_ads "
            "WHERE name IS NOT NULL AND name <> '' GROUP BY sel, name"
        )
    )
    conn.execute(
        text(
            "UPDATE link_keys SET ads = (SELECT COUNT(*) FROM link_selector_ads s WHERE s.sel = link_keys.sel), "
            "names = (SELECT COUNT(DISTINCT s.name) FROM link_selector_ads s WHERE s.sel = link_keys.sel)"
        )
    )
    _many(conn, f"INSERT INTO link_big_bands (band) VALUES ({ph})", [(b,) for b in sorted(set(big))])
    # Site counts from the key -> sites rows, read in key order one key at a time.
    pairs: Counter[tuple[str, str]] = Counter()
    sizes: Counter[str] = Counter()
    current: int | None = None
    labels_of_key: set[str] = set()
    for key, label in conn.execute(text("SELECT key, label FROM link_site_keys ORDER BY key, label")):
        if key != current:
            _count_key(labels_of_key, current, hub_sel, pairs, sizes, rules)
            current, labels_of_key = key, set()
        labels_of_key.add(label)
    _count_key(labels_of_key, current, hub_sel, pairs, sizes, rules)
    _write_site_counts(conn, pairs, sizes, replace=True)
    photos.rebuild(conn, photo_refs, cluster_phashes(photo_refs, rules.image.phash_distance))


def _count_key(
    labels: set[str],
    key: int | None,
    hub_sel: set[int],
    pairs: Counter[tuple[str, str]],
    sizes: Counter[str],
    rules: LinkRules,
) -> None:
    if key is None or key in hub_sel:
        return
    sizes.update(labels)
    if 2 <= len(labels) <= rules.alias.max_sites_per_key:
        pairs.update(site_pairs(labels))


def _count_sites(label_sets: Iterable[set[str]], rules: LinkRules) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    pairs: Counter[tuple[str, str]] = Counter()
    sizes: Counter[str] = Counter()
    for labels in label_sets:
        sizes.update(labels)
        if 2 <= len(labels) <= rules.alias.max_sites_per_key:
            pairs.update(site_pairs(labels))
    return pairs, sizes


def _write_site_counts(
    conn: Connection, pairs: Mapping[tuple[str, str], int], sizes: Mapping[str, int], *, replace: bool
) -> None:
    ph = placeholder(conn)
    if replace:
        conn.execute(text("DELETE FROM link_site_pairs"))
        conn.execute(text("DELETE FROM link_site_sizes"))
    pair_rows = [(a, b, n) for (a, b), n in sorted(pairs.items()) if n]
    size_rows = [(label, n) for label, n in sorted(sizes.items()) if n]
    _many(
        conn,
        f"INSERT INTO link_site_pairs (site_a, site_b, shared) VALUES ({ph}, {ph}, {ph}) ON CONFLICT (site_a, site_b) "
        "DO UPDATE SET shared = link_site_pairs.shared + excluded.shared",
        pair_rows,
    )
    _many(
        conn,
        f"INSERT INTO link_site_sizes (label, keys) VALUES ({ph}, {ph}) ON CONFLICT (label) "
        "DO UPDATE SET keys = link_site_sizes.keys + excluded.keys",
        size_rows,
    )
    if not replace:
        conn.execute(text("DELETE FROM link_site_pairs WHERE shared <= 0"))
        conn.execute(text("DELETE FROM link_site_sizes WHERE keys <= 0"))


def site_counts(conn: Connection) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """Keys shared per site pair and keys per site, as ``aliases.decide_aliases`` takes them."""
    pairs = {(r[0], r[1]): int(r[2]) for r in conn.execute(text("SELECT site_a, site_b, shared FROM link_site_pairs"))}
    sizes = {r[0]: int(r[1]) for r in conn.execute(text("SELECT label, keys FROM link_site_sizes"))}
    return pairs, sizes


# ---------------------------------------------------------------- one run's changes


@dataclass(slots=True)
class Change:
    """One ad's features before and after this run (None: not stored then), and its site labels."""

    old: tuple[AdFeatures, str] | None
    new: tuple[AdFeatures, str] | None
    old_labels: Sequence[str] = ()
    new_labels: Sequence[str] = ()


@dataclass(slots=True)
class Update:
    seeds: set[int] = field(default_factory=set)
    #: the text buckets whose members or limit status this run changed (every other bucket is as it was)
    moved_bands: set[int] = field(default_factory=set)
    #: the moved buckets' members as ``region.walk`` takes them (sorted ad ids; [] for one ad or past the limit)
    buckets: dict[int, list[int]] = field(default_factory=dict)
    hub_changes: int = 0
    big_changes: int = 0
    photo_changes: int = 0


def canonical(conn: Connection, ads: Sequence[AdFeatures]) -> list[AdFeatures]:
    """The ads with their raw photo hashes replaced by the stored clusters' keys."""
    hashes = [h for a in ads for h in photos.phash_values(a.selectors)]
    return with_clusters(ads, photos.canonical_of(conn, hashes)) if hashes else list(ads)


def update(
    conn: Connection,
    changes: dict[int, Change],
    totals_before: Mapping[str, int],
    totals: Mapping[str, int],
    rules: LinkRules,
    labels_of: Callable[[AdFeatures], Sequence[str]],
) -> Update:
    """Apply the changed ads to every index table (``changes`` may grow: ads whose photo cluster key moved
    are added); return the seeds of the region to link again."""
    out = Update()
    ph = placeholder(conn)
    # 1. Photo clusters first: a cluster key that moves changes the selectors of ads that did not change.
    added: Counter[int] = Counter()
    removed: Counter[int] = Counter()
    for ch in changes.values():
        if ch.new is not None:
            added.update(set(photos.phash_values(ch.new[0].selectors)))
        if ch.old is not None:
            removed.update(set(photos.phash_values(ch.old[0].selectors)))
    moved = photos.update(conn, added, removed, rules.image.phash_distance)
    out.photo_changes = len(moved)
    if moved:
        moved_ids = [selector_id("image", phash_key(c)) for c in moved]
        extra = {int(r[0]) for r in fetch_in(conn, "SELECT ad_id FROM link_selector_ads WHERE sel IN :ids", moved_ids)}
        for ad_id, row in load_features(conn, extra - changes.keys()).items():
            labels = labels_of(row[0])
            changes[ad_id] = Change(row, row, labels, labels)
    # 2. What the changed ads held before (canonical keys as indexed then). An ad without features before
    # this run was never indexed: a day's new ads (most of its changes) have no rows to read or delete.
    ids = sorted(a for a, ch in changes.items() if ch.old is not None)
    old_sel: dict[int, set[int]] = defaultdict(set)
    # each selector's ads per site and per name, by difference: minus the rows deleted, plus those inserted
    key_sites: Counter[tuple[int, str]] = Counter()
    key_names: Counter[tuple[int, str]] = Counter()
    for sid, ad_id, site, name in fetch_in(
        conn, "SELECT sel, ad_id, site, name FROM link_selector_ads WHERE ad_id IN :ids", ids
    ):
        old_sel[int(ad_id)].add(int(sid))
        key_sites[(int(sid), site)] -= 1
        if name:
            key_names[(int(sid), name)] -= 1
    new_feats = canonical(conn, [ch.new[0] for ch in changes.values() if ch.new is not None])
    new_by_id = {a.ad_id: a for a in new_feats}
    touched: set[int] = {s for v in old_sel.values() for s in v}
    kinds: dict[int, tuple[str, str]] = {}
    for a in new_feats:
        for k, v in a.selectors:
            sid = selector_id(k, v)
            kinds[sid] = (k, v)
            touched.add(sid)
            key_sites[(sid, a.site)] += 1
            if a.name:
                key_names[(sid, a.name)] += 1
    text_keys: set[int] = set()
    for ch in changes.values():
        for th in [r[1] for r in (ch.old, ch.new) if r is not None]:
            if (tk := text_key(th)) is not None:
                text_keys.add(tk)
    labels_before = _labels(conn, touched | text_keys)
    hubs_before = hub_ids(conn, touched)
    # 3. Replace the changed ads' rows.
    fetch_in(conn, "DELETE FROM link_selector_ads WHERE ad_id IN :ids", ids)
    fetch_in(conn, "DELETE FROM link_name_keys WHERE ad_id IN :ids", ids)
    _insert_name_keys(conn, new_feats, ph)
    old_bands: set[tuple[int, int]] = set()
    new_bands: set[tuple[int, int]] = set()
    site_delta: Counter[tuple[int, str]] = Counter()
    for ad_id, ch in changes.items():
        if ch.old is not None:
            old_bands.update((b, ad_id) for b in ch.old[0].bands)
            keys = set(old_sel.get(ad_id, ())) | ({tk} if (tk := text_key(ch.old[1])) is not None else set())
            for key in keys:
                for label in ch.old_labels:
                    site_delta[(key, label)] -= 1
        if ch.new is not None:
            na = new_by_id[ad_id]
            new_bands.update((b, ad_id) for b in na.bands)
            for key in alias_key_ids(na, ch.new[1]):
                for label in ch.new_labels:
                    site_delta[(key, label)] += 1
    gone = sorted(old_bands - new_bands)
    for table in ("link_bands", "link_bands_recent"):  # a row is in one of them
        _many(conn, f"DELETE FROM {table} WHERE band = {ph} AND ad_id = {ph}", gone)
    _many(conn, f"INSERT INTO link_bands_recent (band, ad_id) VALUES ({ph}, {ph})", sorted(new_bands - old_bands))
    _many(
        conn,
        f"INSERT INTO link_selector_ads (sel, ad_id, kind, site, name) VALUES ({ph}, {ph}, {ph}, {ph}, {ph})",
        [(selector_id(k, v), a.ad_id, k, a.site, a.name) for a in new_feats for k, v in a.selectors],
    )
    _many(
        conn,
        f"INSERT INTO link_keys (sel, kind, value, ads, names) VALUES ({ph}, {ph}, {ph}, 0, 0) "
        "ON CONFLICT (sel) DO NOTHING",
        [(sid, k, v) for sid, (k, v) in sorted(kinds.items())],
    )
    _many(
        conn,
        f"INSERT INTO link_site_keys (key, label, ads) VALUES ({ph}, {ph}, {ph}) ON CONFLICT (key, label) "
        "DO UPDATE SET ads = link_site_keys.ads + excluded.ads",
        [(k, label, n) for (k, label), n in sorted(site_delta.items()) if n],
    )
    # only a row that lost ads can have none left (every row holds at least one: emptied rows are deleted)
    emptied = fetch_in(
        conn,
        "DELETE FROM link_site_keys WHERE key IN :ids AND ads <= 0 RETURNING key, label",
        {k for (k, _), n in site_delta.items() if n < 0},
    )
    for table, col, delta in (("link_key_sites", "site", key_sites), ("link_key_names", "name", key_names)):
        _many(
            conn,
            f"INSERT INTO {table} (sel, {col}, ads) VALUES ({ph}, {ph}, {ph}) ON CONFLICT (sel, {col}) "
            f"DO UPDATE SET ads = {table}.ads + excluded.ads",
            [(k, v, n) for (k, v), n in sorted(delta.items()) if n],
        )
        fetch_in(
            conn, f"DELETE FROM {table} WHERE sel IN :ids AND ads <= 0", {k for (k, _), n in delta.items() if n < 0}
        )
    # 4. Hubs: the touched selectors, the ones a site's new total may have moved, and (after the phones)
    # pictures, e-mails and handles next to a phone that became or stopped being a hub.
    candidates = set(touched)
    grown = [s for s in totals if totals.get(s, 0) != totals_before.get(s, 0)]
    if grown:
        low = min(min(totals.get(s, 0), totals_before.get(s, 0)) for s in grown)
        threshold = max(2, int(rules.hub.site_share * low))
        candidates.update(
            int(r[0])
            for r in conn.execute(
                text("SELECT sel FROM link_keys WHERE names >= :lo AND names < :hi AND ads >= :n"),
                {"lo": rules.hub.site_min_names, "hi": rules.hub.min_names, "n": threshold},
            )
        )
    phone_flips = _evaluate(conn, candidates, totals, rules, phones=True)
    if phone_flips:
        candidates.update(
            int(r[0])
            for r in fetch_in(
                conn,
                "SELECT DISTINCT s2.sel FROM link_selector_ads s1 JOIN link_selector_ads s2 ON s2.ad_id = s1.ad_id "
                "WHERE s1.sel IN :ids AND s2.kind <> 'phone'",
                phone_flips,
            )
        )
    flips = phone_flips | _evaluate(conn, candidates, totals, rules, phones=False)
    out.hub_changes = len(flips)
    # 5. Text buckets past the limit (or back under it).
    bands = {b for b, _ in old_bands | new_bands}
    was_big = {int(r[0]) for r in fetch_in(conn, "SELECT band FROM link_big_bands WHERE band IN :ids", bands)}
    # the members of the buckets that were under the limit (what the walk and _pairs_moved read), the size
    # of the others
    members = _members(conn, bands - was_big)
    counts = {b: len(m) for b, m in members.items()}
    # A bucket past the limit that lost no member is past it still (a day's new ads only add): only those
    # that lost one are counted (their rows grow with the store: 1.7 M VM steps a day at 100k ads).
    shrunk = was_big & {b for b, _ in old_bands - new_bands}
    for table in ("link_bands", "link_bands_recent"):
        for band, n in fetch_in(conn, f"SELECT band, COUNT(*) FROM {table} WHERE band IN :ids GROUP BY band", shrunk):
            counts[int(band)] = counts.get(int(band), 0) + int(n)
    now_big = (was_big - shrunk) | {b for b in bands if counts.get(b, 0) > rules.text.max_bucket}
    members.update(_members(conn, was_big - now_big))
    out.buckets = {b: m if 1 < len(m) <= rules.text.max_bucket else [] for b, m in members.items()}
    out.buckets.update((b, []) for b in bands - members.keys())
    fetch_in(conn, "DELETE FROM link_big_bands WHERE band IN :ids", was_big - now_big)
    _many(conn, f"INSERT INTO link_big_bands (band) VALUES ({ph})", [(b,) for b in sorted(now_big - was_big)])
    big_flips = was_big ^ now_big
    out.big_changes = len(big_flips)
    out.moved_bands = bands
    # 6. Site alias counts: every touched key's sites before and after (none while it is a hub).
    alias_keys = touched | text_keys | flips
    # the touched keys' rows as this run left them (a row gains a label with ads added, loses it when
    # emptied), not read again; the other keys' rows are as they were
    labels_after = _labels(conn, flips - touched - text_keys)
    labels_after.update((k, set(v)) for k, v in labels_before.items())
    for (key, label), n in site_delta.items():
        if n > 0:
            labels_after[key].add(label)
    for key, label in emptied:
        labels_after[int(key)].discard(label)
    hubs_after = hub_ids(conn, touched | flips)
    old_sets = []
    new_sets = []
    for key in alias_keys:
        before = labels_before.get(key, set()) if key in touched or key in text_keys else labels_after.get(key, set())
        if key in flips and key not in touched:
            was_hub = key not in hubs_after
        else:
            was_hub = key in hubs_before
        old_sets.append(set() if was_hub else before)
        new_sets.append(set() if key in hubs_after else labels_after.get(key, set()))
    p0, s0 = _count_sites(old_sets, rules)
    p1, s1 = _count_sites(new_sets, rules)
    p1.subtract(p0)
    s1.subtract(s0)
    _write_site_counts(conn, p1, s1, replace=False)
    # 7. Seeds: the changed ads, and every ad carrying a selector or bucket whose status moved.
    out.seeds = set(changes)
    out.seeds.update(int(r[0]) for r in fetch_in(conn, "SELECT ad_id FROM link_selector_ads WHERE sel IN :ids", flips))
    out.seeds.update(
        _pairs_moved(
            conn, members, was_big, now_big, old_bands, new_bands, rules.text.max_bucket, rules.text.verify_ratio
        )
    )
    out.seeds -= {a for a, ch in changes.items() if ch.new is None}
    return out


def _pairs_moved(
    conn: Connection,
    members: Mapping[int, Sequence[int]],
    big_before: set[int],
    big_now: set[int],
    old_bands: set[tuple[int, int]],
    new_bands: set[tuple[int, int]],
    max_bucket: int,
    verify_ratio: float,
) -> set[int]:
    """The unchanged ads whose text pairs this run's bucket changes gained or may have lost.

    A bucket's pairs depend on all its members (every pair up to 16, a star and a chain past that, none
    past the limit), so a changed ad that joins or leaves it can add or take away pairs between two
    unchanged ads: both of a gained pair are seeds (they are compared), and both of a lost pair in one
    stored component (or without one). A lost pair between two components was refused by the last run (a
    verified copy joins two components), so losing it changes nothing: on the independent corpus a day's
    four buckets grown past the limit held ~800 ads in ~560 components, nearly all of them apart."""
    adds: dict[int, set[int]] = defaultdict(set)
    drops: dict[int, set[int]] = defaultdict(set)
    for band, ad_id in new_bands - old_bands:
        adds[band].add(ad_id)
    for band, ad_id in old_bands - new_bands:
        drops[band].add(ad_id)
    changed = {a for _, a in old_bands | new_bands}
    big = big_before | big_now
    gained: set[tuple[int, int]] = set()
    lost: set[tuple[int, int]] = set()
    for band, ads in members.items():
        if band not in big and len(ads) + len(drops.get(band, ())) <= ALL_PAIRS_UPTO:
            continue  # every pair, before and after (most of a day's buckets: checked before any set is made)
        now = set(ads)
        before = (now - adds.get(band, set())) | drops.get(band, set())
        if len(now - changed) < 2:
            continue
        if band not in big and max(len(before), len(now)) <= ALL_PAIRS_UPTO:
            continue
        old = set() if band in big_before else bucket_pairs(sorted(before), max_bucket)
        new = set() if band in big_now else bucket_pairs(sorted(now), max_bucket)
        gained.update(p for p in new - old if p[0] not in changed and p[1] not in changed)
        lost.update(p for p in old - new if p[0] not in changed and p[1] not in changed)
    comp = {
        int(a): int(c)
        for a, c in fetch_in(
            conn, "SELECT ad_id, comp FROM link_components WHERE ad_id IN :ids", {a for p in lost for a in p}
        )
    }
    lost = {(i, j) for i, j in lost if i not in comp or j not in comp or comp[i] == comp[j]}
    # A refused pair links nothing, gained or lost: only the verified ones' ads are linked again.
    pairs = sorted(gained | lost)
    texts = load_masked(conn, sorted({a for p in pairs for a in p}))
    return {
        a
        for i, j in pairs
        if i in texts and j in texts and fuzz.ratio(texts[i], texts[j], score_cutoff=verify_ratio)
        for a in (i, j)
    }


def band_rows(conn: Connection, bands: Iterable[int]) -> list[tuple[Any, ...]]:
    """The (band, ad id) rows of the given text buckets in both tables, sorted."""
    want = set(bands)
    rows = fetch_in(conn, "SELECT band, ad_id FROM link_bands WHERE band IN :ids", want)
    rows += fetch_in(conn, "SELECT band, ad_id FROM link_bands_recent WHERE band IN :ids", want)
    rows.sort()
    return rows


def merge_bands(conn: Connection, part: int | None = None) -> int:
    """Move the ``link_bands_recent`` rows of slice ``part`` (mod ``RECENT_SLICES``; None: every row) into
    ``link_bands``, in key order; return how many moved."""
    cond, args = "", {}
    if part is not None:
        k, width = part % RECENT_SLICES, _BAND_SPAN // RECENT_SLICES
        args = {"lo": k * width, "hi": (k + 1) * width}
        # the first and last slices open-ended: every 64-bit key falls in one
        bounds = (["band >= :lo"] if k > 0 else []) + (["band < :hi"] if k < RECENT_SLICES - 1 else [])
        cond = f" WHERE {' AND '.join(bounds)}" if bounds else ""
    moved = conn.execute(
        text(
            f"INSERT INTO link_bands (band, ad_id) SELECT band, ad_id FROM link_bands_recent{cond} ORDER BY band, ad_id"
        ),
        args,
    ).rowcount
    conn.execute(text(f"DELETE FROM link_bands_recent{cond}"), args)
    return int(moved or 0)


def _members(conn: Connection, bands: Iterable[int]) -> dict[int, list[int]]:
    """The ads of each of the given text buckets, sorted."""
    # BIGINT columns come back as int on both drivers; the rows sorted by band, so grouped in C
    rows = band_rows(conn, bands)
    return {band: [r[1] for r in grp] for band, grp in itertools.groupby(rows, key=itemgetter(0))}


def _labels(conn: Connection, keys: Iterable[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for key, label in fetch_in(conn, "SELECT key, label FROM link_site_keys WHERE key IN :ids", keys):
        out[int(key)].add(label)
    return out


def _evaluate(
    conn: Connection, candidates: set[int], totals: Mapping[str, int], rules: LinkRules, *, phones: bool
) -> set[int]:
    """Apply the hub rule to the candidate phones (``phones``) or the other selectors; update their stats and
    ``hub_selectors``; return the selectors whose hub status changed."""
    ph = placeholder(conn)
    info = {
        int(r[0]): (r[1], r[2])
        for r in fetch_in(conn, "SELECT sel, kind, value FROM link_keys WHERE sel IN :ids", candidates)
        if (r[1] == "phone") == phones
    }
    if not info:
        return set()
    # the selectors' counts, not their ads (a stock photo is on a fifth of the store's)
    per_site: dict[int, dict[str, int]] = defaultdict(dict)
    for sid, site, n in fetch_in(conn, "SELECT sel, site, ads FROM link_key_sites WHERE sel IN :ids", info):
        per_site[int(sid)][site] = int(n)
    names: dict[int, set[str]] = defaultdict(set)
    for sid, name in fetch_in(conn, "SELECT sel, name FROM link_key_names WHERE sel IN :ids", info):
        names[int(sid)].add(name)
    n_ads = {sid: sum(per_site[sid].values()) for sid in info}
    phone_count: dict[int, int] = {}
    if not phones:
        pairs = fetch_in(
            conn,
            "SELECT DISTINCT s1.sel, s2.sel FROM link_selector_ads s1 JOIN link_selector_ads s2 "
            "ON s2.ad_id = s1.ad_id AND s2.kind = 'phone' WHERE s1.sel IN :ids",
            [s for s in info if needs_phones_spread(info[s], n_ads[s], names[s], per_site[s], totals, rules)],
        )
        phone_hubs = hub_ids(conn, {int(p) for _, p in pairs})
        by_key: dict[int, set[int]] = defaultdict(set)
        for s, p in pairs:
            if int(p) not in phone_hubs:
                by_key[int(s)].add(int(p))
        phone_count = {s: len(v) for s, v in by_key.items()}
    was = hub_ids(conn, info)
    now: dict[int, Hub] = {}
    stats: list[tuple[int, int, int]] = []
    for sid, (kind, value) in info.items():
        hub = hub_of_spread(
            (kind, value), n_ads[sid], names[sid], per_site[sid], totals, phone_count.get(sid, 0), rules
        )
        if hub is not None:
            now[sid] = hub
        stats.append((n_ads[sid], len(names[sid]), sid))
    _many(conn, f"UPDATE link_keys SET ads = {ph}, names = {ph} WHERE sel = {ph}", stats)
    fetch_in(conn, "DELETE FROM link_keys WHERE ads = 0 AND sel IN :ids", [s for n, _, s in stats if n == 0])
    fetch_in(conn, "DELETE FROM hub_selectors WHERE selector_id IN :ids", was)
    _many(
        conn,
        "INSERT INTO hub_selectors (kind, value, selector_id, ads, sites, names, reason) "
        f"VALUES ({', '.join([ph] * 7)})",
        [(h.kind, h.value, sid, h.ads, h.sites, h.names, h.reason) for sid, h in sorted(now.items())],
    )
    return was ^ set(now)
