"""Running the link stage over the store.

1. Features (incremental): every ad version extracted since the last run is masked, MinHashed and indexed
   once, into ``link_features``; old ads are never re-read.
2. Clustering (from the compact features): hubs, profiles, networks, timelines and site aliases, written in
   one transaction so readers never see half a result. Profile and network ids are kept from the previous
   run when a cluster continues (most shared ads), so bookmarks and audit rows stay valid; a new cluster
   gets an id from its smallest ad id.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import orjson
from sqlalchemy import Connection, String, bindparam, text

from kartlegg.ids import selector_id
from kartlegg.link import network_cities
from kartlegg.link import text as textsim
from kartlegg.link.aliases import SiteAlias, find_site_aliases
from kartlegg.link.cluster import AdFeatures, LinkResult, affected_region, find_hubs, link_ads, selector_index
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.link.features import build_features, load_all_features, load_batch_inputs, load_masked, save_features
from kartlegg.link.phash import apply_image_clusters
from kartlegg.link.templates import load_site_units
from kartlegg.link.timeline import Timeline, build_timeline
from kartlegg.store.ads import iter_versions_after
from kartlegg.store.engine import Store
from kartlegg.store.holdings import Scope
from kartlegg.store.stages import finish_run, last_watermark, start_run

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


def run_link(
    store: Store,
    *,
    on_progress: Callable[[int], None] | None = None,
    full: bool = False,
    rules: LinkRules | None = None,
) -> dict[str, Any]:
    """Link what is new (or, with ``full``, rebuild every feature); return counts for the run record."""
    rules = rules or default_rules()
    with store.begin() as conn:
        if full:
            conn.execute(text("DELETE FROM link_features"))
        start = 0 if full else last_watermark(conn, STAGE)
        upto = last_watermark(conn, UPSTREAM)
        run_id = start_run(conn, STAGE)
        ever = conn.execute(text("SELECT COUNT(*) FROM link_features")).scalar_one()
        after_erasure: list[int] | None = _state(conn, ERASED_STATE)
    done = 0
    watermark = start
    changed: set[int] = set(after_erasure or ())
    t0 = time.perf_counter()
    with store.connect() as reader:
        for batch in iter_versions_after(reader, start, batch=5000):
            batch = [v for v in batch if v.seq <= upto]
            if not batch:
                break
            sels, exs, imgs = load_batch_inputs(reader, batch[0].seq, batch[-1].seq)
            rows = build_features(batch, sels, exs, imgs, rules)
            with store.begin() as conn:
                save_features(conn, rows)
                changed.update(r.features.ad_id for r in rows)
                watermark = max(watermark, batch[-1].seq)
            done += len(batch)
            if on_progress:
                on_progress(len(batch))
    info: dict[str, Any] = {"versions": done, "seconds_features": round(time.perf_counter() - t0, 1)}
    if done or full or not ever or after_erasure is not None:
        info.update(_relink(store, changed, full, rules))
    with store.begin() as conn:
        if after_erasure is not None:
            conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": ERASED_STATE})
        network_cities.rebuild(conn)
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


def _state(conn: Connection, name: str) -> Any:
    row = conn.execute(text("SELECT value FROM link_state WHERE name = :n"), {"n": name}).first()
    return orjson.loads(row[0]) if row else None


def _set_state(conn: Connection, name: str, value: Any) -> None:
    conn.execute(text("DELETE FROM link_state WHERE name = :n"), {"n": name})
    conn.execute(
        text("INSERT INTO link_state (name, value) VALUES (:n, :v)"), {"n": name, "v": orjson.dumps(value).decode()}
    )


def _relink(store: Store, changed: set[int], full: bool, rules: LinkRules) -> dict[str, Any]:
    """Cluster again: only the region the changed ads can reach, or everything when global state moved."""
    with store.connect() as reader:
        t0 = time.perf_counter()
        ads, hashes = load_all_features(reader)
        # Near-identical pictures share one key; ads whose key moved since the last run are re-linked too.
        ads, moved = apply_image_clusters(ads, rules.image.phash_distance)
        prev_moved: dict[str, str] = _state(reader, "phash_clusters") or {}
        shifted = {v for v in moved.keys() | prev_moved.keys() if moved.get(v) != prev_moved.get(v)}
        if shifted:
            changed = changed | {a.ad_id for a in ads if any(r in shifted for _, r in a.image_raw)}
            changed |= {a.ad_id for a in ads if any(k == "image" and v in shifted for k, v in a.selectors)}
        index = selector_index(ads)
        hubs = find_hubs(ads, index, rules)
        big = textsim.oversized_keys([a.bands for a in ads], rules.text.max_bucket)
        prev_profiles: dict[int, str] = {
            int(r[0]): r[1] for r in reader.execute(text("SELECT ad_id, profile_id FROM profile_ads"))
        }
        prev_networks: dict[str, str] = {
            r[0]: r[1] for r in reader.execute(text("SELECT id, network_id FROM profiles WHERE network_id IS NOT NULL"))
        }
        hub_sig = sorted(f"{k}\x1f{v}" for k, v in hubs)
        big_sig = sorted(big)
        prev_hubs, prev_big = _state(reader, "hubs"), _state(reader, "big_buckets")
        region: list[int] | None = None
        if not full and prev_profiles and prev_hubs is not None and prev_big is not None:
            # A selector that became a hub (or stopped being one) and a text bucket that grew past the
            # bucket limit (or fell under it) change how the ads carrying them link: those ads are seeds
            # too, and the region is what they reach, not the world.
            for sig in set(hub_sig).symmetric_difference(prev_hubs):
                kind, _, value = sig.partition("\x1f")
                changed = changed | {ads[i].ad_id for i in index.get((kind, value), ())}
            moved_big = big.symmetric_difference(prev_big)
            if moved_big:
                changed = changed | {a.ad_id for a in ads if not moved_big.isdisjoint(a.bands)}

            def all_texts(idx: Sequence[int]) -> dict[int, str]:
                by_ad = load_masked(reader, [ads[i].ad_id for i in idx])
                return {i: by_ad[ads[i].ad_id] for i in idx if ads[i].ad_id in by_ad}

            region = _region(ads, changed, index, hubs, big, prev_profiles, prev_networks, all_texts, rules)
        part = ads if region is None else [ads[i] for i in region]

        def texts(idx: Sequence[int]) -> dict[int, str]:
            by_ad = load_masked(reader, [part[i].ad_id for i in idx])
            return {i: by_ad[part[i].ad_id] for i in idx if part[i].ad_id in by_ad}

        result = link_ads(part, texts, rules, hubs=hubs, skip_bands=big)
        units, ad_units = load_site_units(reader)
    aliases = find_site_aliases(ads, hashes, set(hubs), units=units, ad_units=ad_units, rules=rules.alias)
    t_cluster = time.perf_counter() - t0
    t0 = time.perf_counter()
    with store.begin() as conn:
        info = _write(conn, part, result, prev_profiles, prev_networks, aliases, rules, partial=region is not None)
        _set_state(conn, "hubs", hub_sig)
        _set_state(conn, "big_buckets", big_sig)
        _set_state(conn, "phash_clusters", moved)
        for table in ("profiles", "networks"):
            info[table] = int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
    info["ads"] = len(ads)
    info["relinked"] = len(part)
    info["seconds_cluster"] = round(t_cluster, 1)
    info["seconds_write"] = round(time.perf_counter() - t0, 1)
    return info


def _region(
    ads: Sequence[AdFeatures],
    changed: set[int],
    index: dict[tuple[str, str], list[int]],
    hubs: dict[tuple[str, str], Any],
    big: frozenset[int],
    prev_profiles: dict[int, str],
    prev_networks: dict[str, str],
    texts: Callable[[Sequence[int]], dict[int, str]],
    rules: LinkRules,
) -> list[int] | None:
    """Indices of the ads to link again, closed over old profiles and networks; None: link everything."""
    seeds = [i for i, a in enumerate(ads) if a.ad_id in changed]
    # An edited ad may have lost the link that held its old profile or network together: start from
    # every member of those too.
    old_p = {prev_profiles[ads[i].ad_id] for i in seeds if ads[i].ad_id in prev_profiles}
    old_n = {prev_networks[p] for p in old_p if p in prev_networks}
    if old_n:
        pos = {a.ad_id: i for i, a in enumerate(ads)}
        seeds.extend(pos[a] for a, p in prev_profiles.items() if a in pos and prev_networks.get(p) in old_n)
    region = affected_region(ads, seeds, index, hubs, big, texts, rules)
    inside = {ads[i].ad_id for i in region}
    touched_p = {prev_profiles[a] for a in inside if a in prev_profiles}
    touched_n = {prev_networks[p] for p in touched_p if p in prev_networks}
    # Old profiles and networks must lie wholly inside the region, or a partial rewrite would tear them.
    for a, p in prev_profiles.items():
        if (p in touched_p or prev_networks.get(p) in touched_n) and a not in inside:
            return None
    return region


def _assign_ids(
    clusters: Sequence[Sequence[Any]],
    previous: dict[Any, str],
    fresh: Callable[[Sequence[Any]], str],
    reserved: set[str],
) -> list[str]:
    """Keep a previous id for the cluster that took most of its members; new clusters get ``fresh`` ids.

    ``reserved`` ids belong to clusters outside this run's region and are never handed out.
    """
    offers: list[tuple[int, str, int]] = []
    for c, members in enumerate(clusters):
        counts = Counter(previous[m] for m in members if m in previous)
        offers.extend((-n, pid, c) for pid, n in counts.items())
    ids: list[str | None] = [None] * len(clusters)
    taken: set[str] = set(reserved)
    for _, pid, c in sorted(offers):
        if ids[c] is None and pid not in taken:
            ids[c] = pid
            taken.add(pid)
    out: list[str] = []
    for c, members in enumerate(clusters):
        cid = ids[c]
        if cid is None:
            base = fresh(members)
            cid, k = base, 1
            while cid in taken:
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
    """Run ``sql`` (with an ``IN :ids`` list) over ``values`` in chunks."""
    stmt = text(sql).bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(values), 500):
        conn.execute(stmt, {"ids": list(values[start : start + 500])})


def _write(
    conn: Connection,
    ads: Sequence[AdFeatures],
    result: LinkResult,
    prev_profiles: dict[int, str],
    prev_networks: dict[str, str],
    aliases: Sequence[SiteAlias],
    rules: LinkRules,
    *,
    partial: bool,
) -> dict[str, Any]:
    """Replace the link results of ``ads`` (all of them, or with ``partial`` only this region's)."""
    ph = "?" if conn.dialect.name == "sqlite" else "%s"
    if partial:
        old_p = sorted({prev_profiles[a.ad_id] for a in ads if a.ad_id in prev_profiles})
        old_n = sorted({prev_networks[p] for p in old_p if p in prev_networks})
        reserved_p = set(prev_profiles.values()) - set(old_p)
        reserved_n = set(prev_networks.values()) - set(old_n)
        _delete_in(conn, "DELETE FROM profiles WHERE id IN :ids", old_p)
        _delete_in(conn, "DELETE FROM profile_cities WHERE profile_id IN :ids", old_p)
        _delete_in(conn, "DELETE FROM profile_ads WHERE ad_id IN :ids", [a.ad_id for a in ads])
        _delete_in(conn, "DELETE FROM networks WHERE id IN :ids", old_n)
        _delete_in(conn, "DELETE FROM links WHERE level = 'ad' AND a IN :ids", [str(a.ad_id) for a in ads])
        _delete_in(conn, "DELETE FROM links WHERE level = 'profile' AND a IN :ids", old_p)
        for table in ("hub_selectors", "site_aliases"):
            conn.execute(text(f"DELETE FROM {table}"))
    else:
        reserved_p, reserved_n = set(), set()
        for table in ("profiles", "profile_ads", "networks", "profile_cities", "hub_selectors", "site_aliases"):
            conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(text("DELETE FROM links WHERE level IN ('ad', 'profile')"))
    ad_clusters = [[ads[i].ad_id for i in members] for members in result.profiles]
    pids = _assign_ids(ad_clusters, prev_profiles, lambda m: f"P{min(m):016x}", reserved_p)
    net_clusters = [[pids[p] for p in members] for members in result.networks]
    nids = _assign_ids(net_clusters, prev_networks, lambda m: "N" + min(m)[1:], reserved_n)
    network_of: dict[int, int] = {p: k for k, members in enumerate(result.networks) for p in members}

    timelines: list[Timeline] = [
        build_timeline([ads[i] for i in members], rules.timeline) for members in result.profiles
    ]
    profile_rows: list[tuple[Any, ...]] = []
    city_rows: list[tuple[Any, ...]] = []
    for p, members in enumerate(result.profiles):
        tl = timelines[p]
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
    _insert_many(
        conn,
        f"INSERT INTO profiles (id, network_id, first_seen, last_seen, data, ads) VALUES ({', '.join([ph] * 6)})",
        profile_rows,
    )
    if city_rows:
        _insert_many(
            conn,
            f"INSERT INTO profile_cities (profile_id, city, first_seen, last_seen, ads) VALUES ({', '.join([ph] * 5)})",
            city_rows,
        )
    _insert_many(
        conn,
        f"INSERT INTO profile_ads (ad_id, profile_id) VALUES ({ph}, {ph})",
        [(ads[i].ad_id, pids[p]) for p, members in enumerate(result.profiles) for i in members],
    )

    shared_by_net: dict[int, Counter[tuple[str, str]]] = defaultdict(Counter)
    for (x, y), evs in result.network_evidence.items():
        if network_of[x] == network_of[y]:
            for ev in evs:
                shared_by_net[network_of[x]][(ev.kind, ev.value)] += 1
    network_rows = []
    for k, members in enumerate(result.networks):
        member_ads = [i for p in members for i in result.profiles[p]]
        shared = shared_by_net.get(k, Counter())
        weeks: Counter[tuple[str, str]] = Counter()
        for i in member_ads:
            wk, city = _week(ads[i].posted_at), ads[i].city
            if wk and city:
                weeks[(wk, city)] += 1
        days = sorted(d for d in (timelines[p].first_seen for p in members) if d)
        lasts = sorted(d for d in (timelines[p].last_seen for p in members) if d)
        data = {
            "first_seen": days[0] if days else None,
            "last_seen": lasts[-1] if lasts else None,
            "cities": [c for c, _ in Counter(ads[i].city for i in member_ads if ads[i].city).most_common(30)],
            "shared": [[kind, value, n] for (kind, value), n in shared.most_common(30)],
            "weeks": [[w, c, n] for (w, c), n in sorted(weeks.items())][:500],
            "split": k in result.split_networks,
        }
        network_rows.append((nids[k], orjson.dumps(data).decode(), len(members), len(member_ads)))
    _insert_many(conn, f"INSERT INTO networks (id, data, profiles, ads) VALUES ({ph}, {ph}, {ph}, {ph})", network_rows)

    link_rows: list[tuple[Any, ...]] = []
    for ev in result.person_evidence:
        sid = selector_id(ev.kind, ev.value) if ev.value else None
        link_rows.append(("ad", str(ads[ev.a].ad_id), str(ads[ev.b].ad_id), ev.reason, sid, ev.score))
    for (x, y), evs in sorted(result.network_evidence.items()):
        for ev in evs:
            sid = selector_id(ev.kind, ev.value) if ev.value else None
            link_rows.append(("profile", pids[x], pids[y], ev.reason, sid, ev.score))
    for start in range(0, len(link_rows), 50_000):
        _insert_many(
            conn,
            f"INSERT INTO links (level, a, b, reason, selector_id, score) VALUES ({', '.join([ph] * 6)})",
            link_rows[start : start + 50_000],
        )
    if result.hubs:
        _insert_many(
            conn,
            "INSERT INTO hub_selectors (kind, value, selector_id, ads, sites, names, reason) "
            f"VALUES ({', '.join([ph] * 7)})",
            [(h.kind, h.value, selector_id(h.kind, h.value), h.ads, h.sites, h.names, h.reason) for h in result.hubs],
        )
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
    return {
        "ads": len(ads),
        "profiles": len(result.profiles),
        "networks": len(result.networks),
        "hubs": len(result.hubs),
        "site_aliases": len(aliases),
    }
