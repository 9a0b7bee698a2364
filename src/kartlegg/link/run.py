"""Running the link stage over the store.

1. Features (incremental): every ad version extracted since the last run is masked, MinHashed and indexed
   once, into ``link_features``; old ads are never re-read.
2. Index (``link.index``): the store-wide state linking needs (selector -> ads, text buckets, photo clusters,
   hubs, site alias counts) is kept in tables and updated with the run's changed ads only.
3. Clustering: only the region the changed ads reach (``link.region``, read through the index), so a new
   day costs the day and not the store; a first run, a large batch or ``--full`` links everything in
   memory and writes the index from it. Profiles, networks, timelines and site aliases are written in
   one transaction so readers never see half a result. Profile and network ids are kept from the previous
   run when a cluster continues (most shared ads), so bookmarks and audit rows stay valid; a new cluster
   gets an id from its smallest ad id.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Container, Mapping, Sequence
from contextlib import nullcontext
from datetime import date
from itertools import chain
from typing import Any

import orjson
from sqlalchemy import Connection, String, bindparam, text

from kartlegg.cycles import collector_paused
from kartlegg.ids import selector_id
from kartlegg.link import components, network_cities
from kartlegg.link import text as textsim
from kartlegg.link.aliases import SiteAlias, decide_aliases, find_site_aliases
from kartlegg.link.append import appendable
from kartlegg.link.append import misses as append_misses
from kartlegg.link.cluster import AdFeatures, LinkResult, find_hubs, link_ads, selector_index
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.link.features import (
    build_features,
    load_all_features,
    load_batch_inputs,
    load_features,
    load_masked,
    save_features,
)
from kartlegg.link.index import (
    INDEX_TABLES,
    RECENT_SLICES,
    Change,
    hubs_for,
    merge_bands,
    site_counts,
    site_totals,
)
from kartlegg.link.index import rebuild as rebuild_index
from kartlegg.link.index import update as update_index
from kartlegg.link.phash import apply_image_clusters
from kartlegg.link.photos import phash_values as photo_values
from kartlegg.link.region import Region, walk
from kartlegg.link.rowsync import insert, sync
from kartlegg.link.templates import SiteUnit, load_site_units
from kartlegg.link.timeline import Timeline, build_timeline, posting_day, seen_span
from kartlegg.store.ads import iter_versions_after
from kartlegg.store.engine import DAY_CACHE_KIB, Store, fetch_in, page_cache, placeholder
from kartlegg.store.holdings import Scope
from kartlegg.store.stages import MOVES_RECORDED, finish_run, last_watermark, start_run

STAGE = "link"
UPSTREAM = "extract"


def pending(store: Store) -> int:
    """Ad versions extracted but not yet linked."""
    with store.connect() as conn:
        lo, hi = last_watermark(conn, STAGE), last_watermark(conn, UPSTREAM)
        if hi <= lo:
            return 0
        return int(
            conn.execute(
                text("SELECT COUNT(*) FROM ad_versions WHERE seq > :lo AND seq <= :hi"), {"lo": lo, "hi": hi}
            ).scalar_one()
        )


#: link_state row: the version of the index tables' content; another value (or none) rebuilds them.
INDEX_STATE = "index"
#: 2: with each ad's component (link_components); 3: with the verified text copies; 4: with the name keys
#: (link_name_keys) and components joined by them; 5: components joined by the contactless joins made, not
#: by every namesake (and those joins decided each on its own ages)
INDEX_VERSION = 5
#: link_state row: the version of the rules that read an ad's features (its name, ...); a store whose
#: features were read by other rules (or whose version is unknown) reads every ad's again in its next run.
FEATURES_STATE = "features"
#: 2: names in any script, never cut at a non-ASCII letter; ordinary words, nationalities and labels no names
#: 3: an address made from the title names no one by its small-letter, ordinary or nationality words; a name and
#: age ending a line of the body
#: 4: a tag in brackets opening a title is passed over; a market city before a number is no name; an address
#: that lost a name's letters ("tha-s") reads the title's spelling ("Thaís")
#: 5: a staff line ("Today: Elena (24)") names her (and states her age) before a parlour's title; a street
#: ("Storgatan 46") is no name and its number no age
#: 6: a display name's ornaments taken off ("Bella Latina", "Anna VIP", "Nora 💋"); announcements ("New girl in
#: town: X", "X er ny hos oss"); a parlour's name opening a title and a place of several words are no names
#: 7: the word before a firm's noun is the firm's ("hos Baltic Companions", "Aurora Thaimassage"), no name
#: 8: an ordinary word ("Brand new here", "Body to body") names her only when no other word does; a site's
#: stock words learned per site (``stock_names``) name no one there
#: 9: a staff list or table of one person ("== Massører ==" / "* Mari (22)", "| Navn | Alder |") names her and
#: states her age; a word before a firm's noun in a title of a place ("Tropical Massage – Stockholm") and a
#: title before a name ("Miss Xiaoli") name no one
#: 10: the word after "hos"/"with" followed by a firm's noun or descriptor ("hos Diamant VIP", "at Amber Girls")
#: is the firm's, and a capitalised word inside a sentence before "hos"/"med"/"with" hers, whatever follows
#: ("ny dam Ruby hos Cashmere Club", "venter Lara hos Silk Road Wellness"); a name in capitals with her age
#: opening a body's line ("RUBY, 34 – Nu i Göteborg") and a receipt's "Din behandler: Mai" name her
#: 11: a touring status opening a title ("Besöker Kista – Megi", "Back in Oslo – Mia", "Tillbaka i Malmö") and a
#: flyer archive's noun name no one; a heading in Markdown bold ("**Jade** – Uppsala") and a greeting's or label's
#: "Hallå! Bruna, solbränd" name her (session 37)
#: 12: a profile's byline ("Elin, 32 · Ålesund", "Magda, 24 y.o.", "Ewa 18 in Bergen", its first word when the
#: line opens with two: "👤 Magda Rose, 24") and a title that is only her name beside the page's furniture
#: ("Elin | kveldsro.no", "Simona (@simona.love)") name her (session 38)
#: 13: a spreadsheet's row flattened to text under a header with a name column (tabs or semicolons: "Dato⇥By⇥Navn⇥
#: Alder", "Date;City;Name;Age"), a record's field of her name and age ("Annonce 1102891 · Aarhus · Elin 18",
#: "▸ Zoe, 21 — …") and a listing's host label ("Host: Lina", "Vert:", "Värd:", "Vært:") name her and state her
#: age (session 39)
#: 14: a greeting before her name ("Hejsan Roxana, 26 år", "Tjena Viola") is no name, and a month or weekday
#: before a day of the month ("Week 53 · Dec 28 – Jan 3") is a date, no name and age (session 41)
#: 16: a name cue's window (the body's first 500 characters, ...) ends between words: a word it cuts is none
#: ("© Nordic Companions" cut to "Nordic Com" named her ads after each length of her text); a parlour's name of
#: several words before its noun is the parlour's; a title's fields "Lucia | Aalborg | Nordic Companions" name her
#: by the first (session 43)
#: 17: a title's number before a month ("Olga visiting Århus 18–22 Feb") or after a city of the market ("Oslo 25")
#: is a day or a count, not her age (session 44)
#: 18: a profile card's line opening with her name and her age as fields ("Ioana · 33 år · 161 cm · vietnamesisk")
#: names her, and the profile facts an ad prints as fields, her height and nationality (``facts.py``) (session 45)
FEATURES_VERSION = 18
#: link_state row: each site's stock words (``stock_names``) the stored features were read with.
STOCK_STATE = "stock_names"
#: link_state row: the names each site's sampled versions were read with when its stock words were last
#: learned (``stock_names.Memo``), with the rules and features version they were read by.
STOCK_READ_STATE = "stock_names_read"
#: link_state row: ad id -> site labels of ads on sites read from several hosts, as last indexed.
UNITS_STATE = "ad_units"
#: link_state row: the slice of recent text bucket rows the next day moves (``index.merge_bands``).
MERGE_STATE = "bands_merge"
#: link_state row: the ads per site in ``link_features`` when the link run with the given watermark
#: finished, so that a day need not count the whole store's (a scan of every ad's index entry: 0.15-0.2 s
#: CPU, 0.3-0.5 s wall at 1M ads). Used only when the last run wrote it and the store holds as many ads
#: as it counts; every other run counts them again.
TOTALS_STATE = "site_totals"
#: A batch larger than this share of the store already linked is linked as a whole (cheaper than walking it).
FULL_SHARE = 1.0
_PROFILE_COLS = ("id", "network_id", "first_seen", "last_seen", "data", "ads")
_NETWORK_COLS = ("id", "data", "profiles", "ads")
_CITY_COLS = ("profile_id", "city", "first_seen", "last_seen", "ads")
_LINK_COLS = ("a", "level", "b", "reason", "selector_id", "score")
#: Ads per chunk (index) and seeds per block (linking) of a streamed full run.
STREAM_BLOCK = 20_000


def run_link(
    store: Store,
    *,
    on_progress: Callable[[int], None] | None = None,
    full: bool = False,
    rules: LinkRules | None = None,
    stream: bool = False,
) -> dict[str, Any]:
    """Link what is new (or, with ``full``, rebuild every feature); return counts for the run record.

    ``stream``: when everything is linked again, do it a block of regions at a time instead of with every
    ad's features in memory (slower on a small store; the same result)."""
    rules = rules or default_rules()
    with store.begin() as conn:
        if not full and _state(conn, FEATURES_STATE) != FEATURES_VERSION:
            # read by older rules: a name read wrongly then stays wrong in every later profile
            full = conn.execute(text("SELECT 1 FROM link_features LIMIT 1")).first() is not None
        stock, names = _learn_stock(conn, rules, None if full else last_watermark(conn, STAGE))
        if not full and stock != _stock_state(conn):
            # a site's stock words changed: every ad of it is named again (simplest: all of them)
            full = conn.execute(text("SELECT 1 FROM link_features LIMIT 1")).first() is not None
        if full:
            conn.execute(text("DELETE FROM link_features"))
        start = 0 if full else last_watermark(conn, STAGE)
        upto = last_watermark(conn, UPSTREAM)
        run_id = start_run(conn, STAGE)
        ever = conn.execute(text("SELECT COUNT(*) FROM link_features")).scalar_one()
        after_erasure: list[int] | None = _state(conn, ERASED_STATE)
        indexed = _state(conn, INDEX_STATE) == INDEX_VERSION
        todo = (
            int(
                conn.execute(
                    text("SELECT COUNT(*) FROM ad_versions WHERE seq > :lo AND seq <= :hi"), {"lo": start, "hi": upto}
                ).scalar_one()
            )
            if upto > start
            else 0
        )
    incremental = not full and indexed and ever > 0 and after_erasure is None and todo <= FULL_SHARE * ever
    done = taken = 0
    watermark = start
    changes: dict[int, Change] = {}
    day_totals: Counter[str] | None = None  # the store's ads per site after a day's region run
    t0 = time.perf_counter()
    with collector_paused() if incremental else nullcontext():
        with store.connect() as reader:
            for batch in iter_versions_after(reader, start, batch=5000):
                batch = [v for v in batch if v.seq <= upto]
                if not batch:
                    break
                sels, exs, imgs = load_batch_inputs(reader, batch[0].seq, batch[-1].seq)
                rows = build_features(batch, sels, exs, imgs, rules, stock, names)
                taken += sum(1 for v in batch if v.seq in names)
                with store.begin() as conn:
                    if incremental:  # what the index holds for these ads now, to take it out again
                        fresh = {r.features.ad_id for r in rows} - changes.keys()
                        old = load_features(conn, fresh)
                        changes.update((a, Change(old.get(a), None)) for a in fresh)
                    save_features(conn, rows)
                    watermark = max(watermark, batch[-1].seq)
                done += len(batch)
                if on_progress:
                    on_progress(len(batch))
        info: dict[str, Any] = {"versions": done, "seconds_features": round(time.perf_counter() - t0, 1)}
        info["names_taken"] = taken  # names the stock words' learning read, not read again
        if incremental and done:
            with store.connect() as reader:
                before = _kept_totals(reader, start, ever)
            region_info, day_totals = _relink_region(store, changes, rules, before)
            info.update(region_info)
            info[MOVES_RECORDED] = True
    if not (incremental and done):  # (else the region was linked above, with the collector paused)
        if done or full or not ever or after_erasure is not None or not indexed:
            info.update(_relink_stream(store, rules) if stream else _relink_all(store, rules))
        else:  # nothing linked again: no ad's person changed
            info[MOVES_RECORDED] = True
    with store.begin() as conn:
        if after_erasure is not None:
            conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": ERASED_STATE})
        # A region run updated the networks' city rows with its write; every other run rebuilds them.
        if not (incremental and network_cities.built(conn)):
            network_cities.rebuild(conn)
        if day_totals is not None:
            totals = day_totals
        else:  # kept when nothing was linked (no ad added), counted again after any other run
            same = not (full or done or after_erasure is not None)
            totals = (_kept_totals(conn, start, ever) if same else None) or site_totals(conn)
        _set_state(conn, TOTALS_STATE, {"watermark": max(watermark, start), "sites": dict(sorted(totals.items()))})
        _set_state(conn, FEATURES_STATE, FEATURES_VERSION)
        keep_stock(conn, stock)
        finish_run(conn, run_id, watermark=max(watermark, start), info=info)
    return info


#: link_state row: the remaining ads of persons and networks that held an erased ad, to link again.
ERASED_STATE = "relink_after_erasure"


def forget_ads(conn: Connection, scope: Scope) -> None:
    """Erasure (``kartlegg.store.holdings``): drop persons and networks left without ads, and record the
    remaining ads of every touched network so the next link run (which the erasure starts at once)
    rebuilds their persons, networks and reasons without the erased ads."""
    erased = set(scope.ids)
    if not erased:
        return
    # the names kept of each site's sample (an erased ad's among them): read again by the next run
    conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": STOCK_READ_STATE})
    ids = list(erased)
    pids: set[str] = set()
    stmt = text("SELECT DISTINCT profile_id FROM profile_ads WHERE ad_id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    for start in range(0, len(ids), 500):
        pids.update(r[0] for r in conn.execute(stmt, {"ids": ids[start : start + 500]}))
    nets = {
        r[0]
        for r in conn.execute(
            text("SELECT network_id FROM profiles WHERE id IN :p AND network_id IS NOT NULL").bindparams(
                bindparam("p", expanding=True, type_=String())
            ),
            {"p": sorted(pids)},
        )
    }
    members = {
        r[0]
        for r in conn.execute(
            text("SELECT id FROM profiles WHERE network_id IN :n").bindparams(
                bindparam("n", expanding=True, type_=String())
            ),
            {"n": sorted(nets)},
        )
    } | pids
    remaining: set[int] = set()
    alive: set[str] = set()
    for r in conn.execute(
        text("SELECT ad_id, profile_id FROM profile_ads WHERE profile_id IN :p").bindparams(
            bindparam("p", expanding=True, type_=String())
        ),
        {"p": sorted(members)},
    ):
        if int(r[0]) not in erased:
            remaining.add(int(r[0]))
            alive.add(r[1])
    dead = sorted(members - alive)
    _delete_in(conn, "DELETE FROM profiles WHERE id IN :ids", dead)
    _delete_in(conn, "DELETE FROM profile_cities WHERE profile_id IN :ids", dead)
    _delete_in(conn, "DELETE FROM links WHERE level = 'profile' AND (a IN :ids OR b IN :ids)", dead)
    live_nets = {
        r[0]
        for r in conn.execute(
            text("SELECT DISTINCT network_id FROM profiles WHERE id IN :p").bindparams(
                bindparam("p", expanding=True, type_=String())
            ),
            {"p": sorted(alive)},
        )
    }
    _delete_in(conn, "DELETE FROM networks WHERE id IN :ids", sorted(nets - live_nets))
    earlier: list[int] = _state(conn, ERASED_STATE) or []
    _set_state(conn, ERASED_STATE, sorted(remaining | set(earlier)))
    # The index still counts the erased ads: the next run rebuilds it with everything else.
    conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": INDEX_STATE})


def _learn_stock(
    conn: Connection, rules: LinkRules, after: int | None
) -> tuple[dict[str, frozenset[str]], dict[int, str | None]]:
    """Each site's stock words: learned again for the sites with versions after ``after`` (every site with
    None), the others' as the last run kept them. Also the names the learning read with each site's words,
    by version seq (``stock_names.names_read``: the day's new versions are in the sample; their features
    take these names instead of reading them a second time)."""
    from kartlegg.link import stock_names
    from kartlegg.store.furniture import sites_with_new_versions

    stamp = _names_stamp(rules)
    kept_read = _state(conn, STOCK_READ_STATE)
    memo: stock_names.Memo = {}
    if after is not None and kept_read and kept_read.get("stamp") == stamp:
        memo = {
            str(site): {str(k): {int(seq): name for seq, name in read.items()} for k, read in by_words.items()}
            for site, by_words in kept_read["sites"].items()
        }
    if after is None:
        learned = stock_names.learn_from_store(conn, rules.names, memo=memo)
        _keep_read(conn, stamp, memo)
        return learned, stock_names.names_read(memo, learned)
    fresh = sites_with_new_versions(conn, after)
    kept = {site: words for site, words in _stock_state(conn).items() if site not in fresh}
    learned = stock_names.learn_from_store(conn, rules.names, fresh, memo=memo) if fresh else {}
    if fresh:
        _keep_read(conn, stamp, memo)
    stock = dict(sorted({**kept, **learned}.items()))
    # only the sites learned now: a kept site's memo may be from a sample whose words were not kept
    return stock, stock_names.names_read({site: memo[site] for site in fresh if site in memo}, stock)


def _keep_read(conn: Connection, stamp: str, memo: dict[str, dict[str, dict[int, str | None]]]) -> None:
    sites = {site: {k: {str(seq): n for seq, n in read.items()} for k, read in by.items()} for site, by in memo.items()}
    _set_state(conn, STOCK_READ_STATE, {"stamp": stamp, "sites": sites})


def _names_stamp(rules: LinkRules) -> str:
    """What a kept name was read by: the features version and the name rules (a change reads every name)."""
    digest = hashlib.sha256(rules.names.model_dump_json().encode()).hexdigest()[:16]
    return f"{FEATURES_VERSION}:{digest}"


def keep_stock(conn: Connection, stock: dict[str, frozenset[str]]) -> None:
    """Keep each site's stock words the stored features were read with (both engines)."""
    _set_state(conn, STOCK_STATE, {site: sorted(words) for site, words in sorted(stock.items())})


def _stock_state(conn: Connection) -> dict[str, frozenset[str]]:
    kept = _state(conn, STOCK_STATE) or {}
    return {str(site): frozenset(words) for site, words in sorted(kept.items()) if words}


def _state(conn: Connection, name: str) -> Any:
    row = conn.execute(text("SELECT value FROM link_state WHERE name = :n"), {"n": name}).first()
    return orjson.loads(row[0]) if row else None


def _set_state(conn: Connection, name: str, value: Any) -> None:
    conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": name})
    conn.execute(
        text("INSERT INTO link_state (name, value) VALUES (:n, :v)"), {"n": name, "v": orjson.dumps(value).decode()}
    )


def _relink_all(store: Store, rules: LinkRules) -> dict[str, Any]:
    """Link every ad in memory, and write the index tables from the result."""
    with store.connect() as reader:
        t0 = time.perf_counter()
        ads, hashes = load_all_features(reader)
        refs: Counter[int] = Counter()
        for a in ads:
            refs.update(set(photo_values(a.selectors)))
        # Near-identical pictures share one key.
        ads, _ = apply_image_clusters(ads, rules.image.phash_distance)
        index = selector_index(ads)
        hubs = find_hubs(ads, index, rules)
        del index
        big = textsim.oversized_keys([a.bands for a in ads], rules.text.max_bucket)
        prev_profiles: dict[int, str] = {
            int(r[0]): r[1] for r in reader.execute(text("SELECT ad_id, profile_id FROM profile_ads"))
        }
        prev_networks: dict[str, str] = {
            r[0]: r[1] for r in reader.execute(text("SELECT id, network_id FROM profiles WHERE network_id IS NOT NULL"))
        }

        def texts(idx: Sequence[int]) -> dict[int, str]:
            by_ad = load_masked(reader, [ads[i].ad_id for i in idx])
            return {i: by_ad[ads[i].ad_id] for i in idx if ads[i].ad_id in by_ad}

        result = link_ads(ads, texts, rules, hubs=hubs, skip_bands=big)
        units, ad_units = load_site_units(reader)
    aliases = find_site_aliases(ads, hashes, set(hubs), units=units, ad_units=ad_units, rules=rules.alias)
    t_cluster = time.perf_counter() - t0
    t0 = time.perf_counter()
    with store.begin() as conn:
        info = _write(conn, ads, result, prev_profiles, prev_networks, rules, partial=False)
        _write_aliases(conn, aliases)
        info["site_aliases"] = len(aliases)
        rebuild_index(conn, ads, hashes, refs, ad_units, hubs, big, rules)
        components.save(conn, ads, components.label(ads, result, hubs), replace=False)
        components.save_text_pairs(conn, ads, result, replace=False)
        for name in ("hubs", "big_buckets", "phash_clusters"):  # the state of index version 0
            conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": name})
        _set_state(conn, INDEX_STATE, INDEX_VERSION)
        _set_state(conn, UNITS_STATE, {str(a): list(v) for a, v in sorted(ad_units.items())})
        for table in ("profiles", "networks"):
            info[table] = int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
    info["ads"] = len(ads)
    info["relinked"] = len(ads)
    info["seconds_cluster"] = round(t_cluster, 1)
    info["seconds_write"] = round(time.perf_counter() - t0, 1)
    return info


#: The networks of the profiles a region's ads were in: one search of the covering index 0068 a profile, no
#: row of the profile table (its JSON data beside it; at 1M ads 150 MB from the disk for 3,706 profiles).
PROFILE_NETWORKS = "SELECT id, network_id FROM profiles WHERE network_id IS NOT NULL AND id IN :ids"


def _kept_totals(conn: Connection, watermark: int, ads: int) -> Counter[str] | None:
    """The ads per site the last link run kept (``TOTALS_STATE``), if that run finished at ``watermark`` and
    they add up to ``ads`` (the rows of ``link_features`` now); else None."""
    kept = _state(conn, TOTALS_STATE)
    if not kept or kept.get("watermark") != watermark:
        return None
    totals = Counter({str(k): int(v) for k, v in kept["sites"].items()})
    return totals if totals.total() == ads else None


def _relink_region(
    store: Store,
    changes: dict[int, Change],
    rules: LinkRules,
    kept_totals: Counter[str] | None = None,
) -> tuple[dict[str, Any], Counter[str]]:
    """Update the index with the changed ads, then link again only the region they reach. Returns the run's
    counts and the store's ads per site after it (``kept_totals``: before this run's ads were added; None:
    counted here)."""
    t0 = time.perf_counter()
    with store.begin() as conn, page_cache(conn, DAY_CACHE_KIB):
        now = load_features(conn, changes)
        for ad_id, ch in changes.items():
            ch.new = now.get(ad_id)
        units, ad_units = load_site_units(conn)
        before_units: dict[int, list[str]] = {int(k): v for k, v in (_state(conn, UNITS_STATE) or {}).items()}

        def labels_of(ad: AdFeatures) -> list[str]:
            return ad_units.get(ad.ad_id) or [ad.site]

        for ad_id, ch in changes.items():
            site = (ch.new or ch.old or (AdFeatures(ad_id, ""), ""))[0].site
            ch.old_labels = before_units.get(ad_id) or [site]
            ch.new_labels = ad_units.get(ad_id) or [site]
        # Ads whose site labels moved (a site seen on a new host) count again under the new labels.
        moved = {a for a in before_units.keys() | ad_units.keys() if before_units.get(a) != ad_units.get(a)}
        for ad_id, row in load_features(conn, moved - changes.keys()).items():
            changes[ad_id] = Change(row, row, before_units.get(ad_id) or [row[0].site], labels_of(row[0]))
        added = Counter(ch.new[0].site for ch in changes.values() if ch.old is None and ch.new is not None)
        if kept_totals is None:
            totals = site_totals(conn)
        else:  # an ad's site never changes, and a day removes no ad (an erasure's run links everything)
            totals = kept_totals + added
        totals_before = Counter(totals)
        totals_before.subtract(added)
        upd = update_index(conn, changes, totals_before, totals, rules, labels_of)
        part = _state(conn, MERGE_STATE) or 0
        info_merge = merge_bands(conn, part)
        _set_state(conn, MERGE_STATE, (part + 1) % RECENT_SLICES)
        t_index = time.perf_counter() - t0
        t0 = time.perf_counter()
        # a day's new ads: no stored component, profile, link or text pair to read
        unlinked = frozenset(a for a, ch in changes.items() if ch.old is None)
        region = walk(conn, upd.seeds, rules, upd.moved_bands, upd.buckets, unlinked)
        info, relinked = _link_region(
            conn, region, rules, changes.keys(), record_moves=True, unlinked=unlinked, seeded=upd.seeds - unlinked
        )
        t_cluster = time.perf_counter() - t0 - info.pop("seconds_write")
        t0 = time.perf_counter()
        shared, sizes = site_counts(conn)
        aliases = decide_aliases(shared, sizes, _posted_spans(conn, shared, units, ad_units), units, rules.alias)
        _write_aliases(conn, aliases)
        info["site_aliases"] = len(aliases)
        _set_state(conn, UNITS_STATE, {str(a): list(v) for a, v in sorted(ad_units.items())})
        for table in ("profiles", "networks", "link_features", "hub_selectors"):
            info[table] = int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
    info["ads"] = info.pop("link_features")
    info["hubs"] = info.pop("hub_selectors")
    info["relinked"] = relinked
    info["hub_changes"] = upd.hub_changes
    info["bucket_changes"] = upd.big_changes
    info["photo_changes"] = upd.photo_changes
    info["bands_merged"] = info_merge
    info["seconds_index"] = round(t_index, 1)
    info["seconds_cluster"] = round(t_cluster, 1)
    info["seconds_write"] = round(time.perf_counter() - t0, 1)
    return info, totals


def _link_region(
    conn: Connection,
    region: Region,
    rules: LinkRules,
    changed: Container[int] | None = None,
    *,
    record_moves: bool = False,
    unlinked: Collection[int] = frozenset(),
    seeded: Collection[int] | None = None,
) -> tuple[dict[str, Any], int]:
    """Link the walked ``region`` and write it in place of its old results (``changed``: ``_write``'s;
    ``record_moves``: and keep the ads whose person changed in ``link_moves`` for the next assess run).

    ``seeded`` (a day's run: the old ads ``index.update`` made seeds): the components the day's new ads
    join as an append (``link.append``) are counted and each verdict checked against the relink."""
    ads = region.ads
    pos = {a.ad_id: i for i, a in enumerate(ads)}
    hubs = hubs_for(conn, {s for a in ads for s in a.selectors})

    def texts(idx: Sequence[int]) -> dict[int, str]:
        missing = [ads[i].ad_id for i in idx if ads[i].ad_id not in region.texts]
        region.texts.update(load_masked(conn, missing))
        return {i: region.texts[ads[i].ad_id] for i in idx if ads[i].ad_id in region.texts}

    pairs = {(pos[a], pos[b]) for a, b in region.candidates}
    scores = {(pos[a], pos[b]): v for (a, b), v in region.scores.items()}
    result = link_ads(  # a region holds no namesakes with contacts of their own: no number change is decided
        ads, texts, rules, hubs=hubs, text_candidates=pairs, text_scores=scores, crowded=region.crowded, changes=False
    )
    t0 = time.perf_counter()
    prev_profiles = {
        int(r[0]): r[1]
        for r in fetch_in(conn, "SELECT ad_id, profile_id FROM profile_ads WHERE ad_id IN :ids", pos.keys() - unlinked)
    }
    prev_networks = {
        r[0]: r[1]
        for r in fetch_in(
            conn,
            PROFILE_NETWORKS,
            prev_profiles.values(),
        )
    }
    proved: dict[str, Any] = {}
    if seeded is not None:
        t_append, c_append = time.perf_counter(), time.process_time()
        doubts: Counter[str] = Counter()
        appends = appendable(
            ads,
            region.comps,
            unlinked,
            frozenset(seeded),
            prev_profiles,
            prev_networks,
            hubs,
            ((ads[i].ad_id, ads[j].ad_id) for i, j in result.text_links),
            rules,
            doubts,
        )
        proved = {
            "append_components": len(appends),
            "append_new": sum(len(x.new) for x in appends),
            "append_old": sum(len(x.old) for x in appends),
            "append_misses": len(append_misses(appends, ads, result)),
            "append_doubts": dict(doubts.most_common()),
            "seconds_append": round(time.perf_counter() - t_append, 3),
            "cpu_append": round(time.process_time() - c_append, 3),
        }
    info = _write(
        conn,
        ads,
        result,
        prev_profiles,
        prev_networks,
        rules,
        partial=True,
        changed=changed,
        record_moves=record_moves,
        unlinked=unlinked,
    )
    components.save(conn, ads, components.label(ads, result, hubs), stored=region.comps)
    components.save_text_pairs(conn, ads, result, unlinked=unlinked)
    info["seconds_write"] = time.perf_counter() - t0 - proved.get("seconds_append", 0.0)
    info.update(proved)
    return info, len(ads)


def _feature_ids(conn: Connection, after: int, n: int) -> list[int]:
    """The next ``n`` ads with link features after ad ``after``, in id order: a full relink's page."""
    q = text("SELECT ad_id FROM link_features WHERE ad_id > :l ORDER BY ad_id LIMIT :n")
    return [int(r[0]) for r in conn.execute(q, {"l": after, "n": n})]


def _relink_stream(store: Store, rules: LinkRules) -> dict[str, Any]:
    """A full run without every ad in memory: the index tables are built a chunk of ads at a time (each
    chunk applied as new ads, exactly as a day is), then the store is linked a block of regions at a time
    (a block of not yet linked ads as seeds, their closed region linked and written, and so on)."""
    t0 = time.perf_counter()
    block = STREAM_BLOCK
    with store.begin() as conn:
        for table in (*INDEX_TABLES, "hub_selectors"):
            conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": INDEX_STATE})
        units, ad_units = load_site_units(conn)

    def labels_of(ad: AdFeatures) -> list[str]:
        return ad_units.get(ad.ad_id) or [ad.site]

    totals: Counter[str] = Counter()
    last = -1
    while True:
        with store.begin() as conn:
            ids = _feature_ids(conn, last, block)
            if not ids:
                break
            last = ids[-1]
            rows = load_features(conn, ids)
            changes = {a: Change(None, row, (), labels_of(row[0])) for a, row in rows.items()}
            before = Counter(totals)
            totals.update(row[0].site for row in rows.values())
            update_index(conn, changes, before, totals, rules, labels_of)
    with store.begin() as conn:
        merge_bands(conn)  # every row indexed: into link_bands at once, in key order
    t_index = time.perf_counter() - t0
    t0 = time.perf_counter()
    done: set[int] = set()
    relinked = 0
    last = -1
    while True:
        with store.begin() as conn:
            seeds: list[int] = []
            while len(seeds) < block:
                ids = _feature_ids(conn, last, block)
                if not ids:
                    break
                last = ids[-1]
                seeds.extend(a for a in ids if a not in done)
            if not seeds:
                break
            region = walk(conn, seeds, rules)
            done.update(a.ad_id for a in region.ads)
            _, n = _link_region(conn, region, rules)
            relinked += n
    with store.begin() as conn:
        shared, sizes = site_counts(conn)
        aliases = decide_aliases(shared, sizes, _posted_spans(conn, shared, units, ad_units), units, rules.alias)
        _write_aliases(conn, aliases)
        _set_state(conn, INDEX_STATE, INDEX_VERSION)
        _set_state(conn, UNITS_STATE, {str(a): list(v) for a, v in sorted(ad_units.items())})
        info: dict[str, Any] = {"site_aliases": len(aliases)}
        for table in ("profiles", "networks", "link_features", "hub_selectors"):
            info[table] = int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
    info["ads"] = info.pop("link_features")
    info["hubs"] = info.pop("hub_selectors")
    info["relinked"] = relinked
    info["seconds_index"] = round(t_index, 1)
    info["seconds_cluster"] = round(time.perf_counter() - t0, 1)
    return info


def _posted_spans(
    conn: Connection,
    shared: Mapping[tuple[str, str], int],
    units: Mapping[str, SiteUnit],
    ad_units: Mapping[int, Sequence[str]],
) -> dict[str, tuple[str, str]]:
    """First and last posting day of the sites (and hosts) alias detection looks at and has no page fetches
    of: those in a shared pair and those with page templates."""
    wanted = {x for p in shared for x in p} | set(units)
    wanted = {w for w in wanted if not (w in units and units[w].first_seen and units[w].last_seen)}
    by_label: dict[str, list[int]] = defaultdict(list)
    for ad_id, labels in ad_units.items():
        for label in labels:
            by_label[label].append(ad_id)
    multi = {label.split("@", 1)[0] for label in by_label}
    out: dict[str, tuple[str, str]] = {}
    for label in sorted(wanted):
        rows: list[Any]
        if label in by_label or label in multi:
            if label in by_label:
                rows = fetch_in(conn, "SELECT posted_at FROM link_features WHERE ad_id IN :ids", by_label[label])
            else:  # the ads of a multi-host site that were never fetched as pages keep the site's own label
                every = conn.execute(
                    text("SELECT posted_at, ad_id FROM link_features WHERE site = :s"), {"s": label}
                ).all()
                rows = [r for r in every if int(r[1]) not in ad_units]
            days = [r[0] for r in rows if posting_day(r[0])]
            if days:
                out[label] = (min(days), max(days))
            continue
        ends: list[str] = []
        for order in ("ASC", "DESC"):  # walk the (site, posted_at) index from each end to a real date
            offset = 0
            while True:
                page = conn.execute(
                    text(
                        "SELECT posted_at FROM link_features WHERE site = :s AND posted_at IS NOT NULL "
                        f"ORDER BY posted_at {order} LIMIT 200 OFFSET :o"
                    ),
                    {"s": label, "o": offset},
                ).all()
                hit = next((r[0] for r in page if posting_day(r[0])), None)
                if hit is not None or len(page) < 200:
                    if hit is not None:
                        ends.append(hit)
                    break
                offset += 200
        if len(ends) == 2:
            out[label] = (ends[0], ends[1])
    return out


def _assign_ids(
    clusters: Sequence[Sequence[Any]],
    previous: dict[Any, str],
    fresh: Callable[[Sequence[Any]], str],
    reserved: Container[str],
) -> list[str]:
    """Keep a previous id for the cluster that took most of its members; new clusters get ``fresh`` ids.

    ``reserved`` ids belong to clusters outside this run's region and are never handed out.
    """
    offers: list[tuple[int, str, int]] = []
    for c, members in enumerate(clusters):
        counts = Counter(previous[m] for m in members if m in previous)
        offers.extend((-n, pid, c) for pid, n in counts.items())
    ids: list[str | None] = [None] * len(clusters)
    taken: set[str] = set()
    for _, pid, c in sorted(offers):  # previous ids of the clusters here: never reserved
        if ids[c] is None and pid not in taken:
            ids[c] = pid
            taken.add(pid)
    out: list[str] = []
    for c, members in enumerate(clusters):
        cid = ids[c]
        if cid is None:
            base = fresh(members)
            cid, k = base, 1
            while cid in taken or cid in reserved:
                k += 1
                cid = f"{base}-{k}"
            taken.add(cid)
        out.append(cid)
    return out


def _week(day: str | None) -> str | None:
    if not day:
        return None
    try:
        y, w, _ = date.fromisoformat(day[:10]).isocalendar()
    except ValueError:
        return None
    return f"{y}-W{w:02d}"


def _insert_many(conn: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """executemany that accepts an empty batch (the drivers refuse one)."""
    if rows:
        conn.exec_driver_sql(sql, list(rows))


def _delete_in(conn: Connection, sql: str, values: Sequence[Any]) -> None:
    """Run ``sql`` (with an ``IN :ids`` list, each ``:ids`` the same list) over ``values`` in chunks, as
    driver placeholders (SQLAlchemy's expanding parameters cost more than a region's deletes)."""
    ph = placeholder(conn)
    n = sql.count(":ids")
    size = 500 // max(n, 1)  # under SQLite's older limit of 999 parameters per statement
    for start in range(0, len(values), size):
        chunk = tuple(values[start : start + size])
        if chunk:
            conn.exec_driver_sql(sql.replace(":ids", f"({', '.join([ph] * len(chunk))})"), chunk * n)


def _write(
    conn: Connection,
    ads: Sequence[AdFeatures],
    result: LinkResult,
    prev_profiles: dict[int, str],
    prev_networks: dict[str, str],
    rules: LinkRules,
    *,
    partial: bool,
    changed: Container[int] | None = None,
    record_moves: bool = False,
    unlinked: Container[int] = frozenset(),
) -> dict[str, Any]:
    """Replace the link results of ``ads`` (all of them, or with ``partial`` only this region's: then
    ``prev_profiles`` and ``prev_networks`` hold the region's, and hubs are kept by ``link.index``).

    ``changed``: the ads whose features this run changed (None: any may have), for ``_unchanged_profiles``;
    ``record_moves``: the ads whose ``profile_ads`` row changed go to ``link_moves``, for assess;
    ``unlinked``: ads no run has linked yet (their stored links, none, are not read)."""
    ph = placeholder(conn)
    reserved_p: Container[str] = frozenset()
    reserved_n: Container[str] = frozenset()
    old_n: list[str] = []
    old_p: list[str] = []
    if partial:
        old_p = sorted({prev_profiles[a.ad_id] for a in ads if a.ad_id in prev_profiles})
        old_n = sorted({prev_networks[p] for p in old_p if p in prev_networks})
        # ids in the tables other than the region's belong to clusters outside the region
        reserved_p = _Existing(conn, "profiles", frozenset(old_p))
        reserved_n = _Existing(conn, "networks", frozenset(old_n))
    else:
        for table in ("profiles", "profile_ads", "networks", "profile_cities", "hub_selectors"):
            conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(text("DELETE FROM links WHERE level IN ('ad', 'profile')"))
    ad_clusters = [[ads[i].ad_id for i in members] for members in result.profiles]
    pids = _assign_ids(ad_clusters, prev_profiles, lambda m: f"P{min(m):016x}", reserved_p)
    net_clusters = [[pids[p] for p in members] for members in result.networks]
    nids = _assign_ids(net_clusters, prev_networks, lambda m: "N" + min(m)[1:], reserved_n)
    network_of: dict[int, int] = {p: k for k, members in enumerate(result.networks) for p in members}

    kept = _unchanged_profiles(ads, result, pids, nids, network_of, prev_profiles, prev_networks, changed)
    spans: list[tuple[str | None, str | None]] = []
    timelines: dict[int, Timeline] = {}
    for p, members in enumerate(result.profiles):
        if p in kept:
            spans.append(seen_span([ads[i] for i in members]))
        else:
            timelines[p] = build_timeline([ads[i] for i in members], rules.timeline)
            spans.append((timelines[p].first_seen, timelines[p].last_seen))
    profile_rows: list[tuple[Any, ...]] = []
    city_rows: list[tuple[Any, ...]] = []
    for p, tl in timelines.items():
        members = result.profiles[p]
        data = tl.to_json()
        sels: dict[str, list[str]] = defaultdict(list)
        for i in members:
            for kind, value in ads[i].selectors:
                if value not in sels[kind] and len(sels[kind]) < 50:
                    sels[kind].append(value)
        data["selectors"] = dict(sels)
        profile_rows.append(
            (pids[p], nids[network_of[p]], tl.first_seen, tl.last_seen, orjson.dumps(data).decode(), len(members))
        )
        city_rows.extend((pids[p], c.city, c.first, c.last, c.ads) for c in tl.cities)
    member_rows = ((ads[i].ad_id, pids[p]) for p in timelines for i in result.profiles[p])
    if partial:  # most of a region's rows come out as they were: write the difference
        same = {pids[p] for p in kept}
        rewritten = [p for p in old_p if p not in same]
        sync(conn, "profiles", _PROFILE_COLS, rewritten, profile_rows)
        sync(conn, "profile_cities", _CITY_COLS, rewritten, city_rows)
        in_kept = {ads[i].ad_id for p in kept for i in result.profiles[p]}
        region_ads = [a.ad_id for a in ads if a.ad_id not in in_kept]
        # a kept profile's ads keep their rows: only the rest can move
        stored = [(a, prev_profiles[a]) for a in region_ads if a in prev_profiles]  # as read by the caller
        gone, written = sync(conn, "profile_ads", ("ad_id", "profile_id"), region_ads, member_rows, stored=stored)
        moved = sorted({int(a) for a in gone} | {int(r[0]) for r in written}) if record_moves else []
        if moved:
            conn.exec_driver_sql(
                f"INSERT INTO link_moves (ad_id) VALUES ({ph}) ON CONFLICT (ad_id) DO NOTHING", [(a,) for a in moved]
            )
    else:
        insert(conn, "profiles", _PROFILE_COLS, profile_rows)
        insert(conn, "profile_cities", _CITY_COLS, city_rows)
        insert(conn, "profile_ads", ("ad_id", "profile_id"), member_rows)

    shared_by_net: dict[int, Counter[tuple[str, str]]] = defaultdict(Counter)
    for (x, y), evs in result.network_evidence.items():
        if network_of[x] == network_of[y]:
            for ev in evs:
                shared_by_net[network_of[x]][(ev.kind, ev.value)] += 1
    network_rows = []
    summaries: list[tuple[str, dict[str, Any]]] = []
    for k, members in enumerate(result.networks):
        member_ads = [i for p in members for i in result.profiles[p]]
        shared = shared_by_net.get(k, Counter())
        weeks: Counter[tuple[str, str]] = Counter()
        for i in member_ads:
            wk, city = _week(ads[i].posted_at), ads[i].city
            if wk and city:
                weeks[(wk, city)] += 1
        days = sorted(d for d in (spans[p][0] for p in members) if d)
        lasts = sorted(d for d in (spans[p][1] for p in members) if d)
        data = {
            "first_seen": days[0] if days else None,
            "last_seen": lasts[-1] if lasts else None,
            "cities": [c for c, _ in Counter(ads[i].city for i in member_ads if ads[i].city).most_common(30)],
            "shared": [[kind, value, n] for (kind, value), n in shared.most_common(30)],
            "weeks": [[w, c, n] for (w, c), n in sorted(weeks.items())][:500],
            "split": k in result.split_networks,
        }
        network_rows.append((nids[k], orjson.dumps(data).decode(), len(members), len(member_ads)))
        summaries.append((nids[k], data))
    if partial:
        gone_n, written_n = sync(conn, "networks", _NETWORK_COLS, old_n, network_rows)
        if network_cities.built(conn):
            rewritten_n = {str(r[0]) for r in written_n}
            network_cities.update(conn, gone_n, [(n, d) for n, d in summaries if n in rewritten_n])
    else:
        insert(conn, "networks", _NETWORK_COLS, network_rows)

    sid_of: dict[tuple[str, str], int] = {}

    def sid(kind: str, value: str) -> int | None:
        if not value:
            return None
        if (kind, value) not in sid_of:
            sid_of[(kind, value)] = selector_id(kind, value)
        return sid_of[(kind, value)]

    # generators: a full run's links are written a statement at a time, not held (issue 20)
    ad_links = (
        (str(ads[ev.a].ad_id), "ad", str(ads[ev.b].ad_id), ev.reason, sid(ev.kind, ev.value), ev.score)
        for ev in result.person_evidence
    )
    profile_links = (
        (pids[x], "profile", pids[y], ev.reason, sid(ev.kind, ev.value), ev.score)
        for (x, y), evs in sorted(result.network_evidence.items())
        for ev in evs
    )
    if partial:
        linked = [str(a.ad_id) for a in ads if a.ad_id not in unlinked]
        sync(conn, "links", _LINK_COLS, linked, ad_links, where="level = 'ad'")
        sync(conn, "links", _LINK_COLS, old_p, profile_links, where="level = 'profile'")
    else:
        insert(conn, "links", _LINK_COLS, chain(ad_links, profile_links))
    if result.hubs and not partial:
        _insert_many(
            conn,
            "INSERT INTO hub_selectors (kind, value, selector_id, ads, sites, names, reason) "
            f"VALUES ({', '.join([ph] * 7)})",
            [(h.kind, h.value, selector_id(h.kind, h.value), h.ads, h.sites, h.names, h.reason) for h in result.hubs],
        )
    return {
        "ads": len(ads),
        "profiles": len(result.profiles),
        "networks": len(result.networks),
        "hubs": len(result.hubs),
    }


def _unchanged_profiles(
    ads: Sequence[AdFeatures],
    result: LinkResult,
    pids: Sequence[str],
    nids: Sequence[str],
    network_of: Mapping[int, int],
    prev_profiles: Mapping[int, str],
    prev_networks: Mapping[str, str],
    changed: Container[int] | None,
) -> set[int]:
    """The profiles whose stored rows are what this run would write: the same id, ads and network as the
    last run gave them, and none of those ads changed (a profile's row, cities and memberships are made
    of its ads' features alone). On the independent corpus ~60 % of a day's region's ~2,500 profiles:
    their timelines are not built, nor their rows compared."""
    if changed is None:
        return set()
    stored: dict[str, set[int]] = defaultdict(set)
    for a in ads:
        if a.ad_id in prev_profiles:
            stored[prev_profiles[a.ad_id]].add(a.ad_id)
    out: set[int] = set()
    for p, members in enumerate(result.profiles):
        pid = pids[p]
        ids = {ads[i].ad_id for i in members}
        if prev_networks.get(pid) == nids[network_of[p]] and stored.get(pid) == ids:
            if not any(a in changed for a in ids):
                out.add(p)
    return out


def _write_aliases(conn: Connection, aliases: Sequence[SiteAlias]) -> None:
    ph = placeholder(conn)
    conn.execute(text("DELETE FROM site_aliases"))
    if aliases:
        _insert_many(
            conn,
            "INSERT INTO site_aliases (site_a, site_b, score, reason, shared, share, template, gap_days, strength) "
            f"VALUES ({', '.join([ph] * 9)})",
            [
                (a.site_a, a.site_b, a.score, a.reason, a.shared, a.share, a.template, a.gap_days, a.strength)
                for a in aliases
            ],
        )


class _Existing:
    """Ids present in a table other than ``mine`` (``in`` asks the database): the ids a partial run must
    not hand out."""

    def __init__(self, conn: Connection, table: str, mine: Container[str] = frozenset()) -> None:
        self.conn, self.table, self.mine = conn, table, mine

    def __contains__(self, value: object) -> bool:
        if value in self.mine:  # the region's own ids: handed out again or deleted by this write
            return False
        ph = placeholder(self.conn)
        row = self.conn.exec_driver_sql(f"SELECT 1 FROM {self.table} WHERE id = {ph}", (value,)).first()
        return row is not None
