"""``kartlegg analyze --engine spark``: extraction and linking on Spark, assessment embedded afterwards.

1. Stage: the versions the stages have not seen (``report.export_versions``, Parquet) and the link
   features already stored (``link_features``), under ``stage_dir`` (a path every worker can read).
2. Extract (workers): ``extract_ad`` on every version through ``extract.run.extract_rows`` in
   ``mapPartitions``, and the link features of each version from that extraction
   (``link.features.build_features``). The driver streams the extraction rows into the store.
3. Whole-store facts (driver, from the compact features without texts): near-identical photo clusters,
   hub selectors and oversized text buckets, with the link stage's own functions; broadcast.
4. Blocking (workers): ads sharing a non-hub selector or a verified text copy are joined; connected
   components on DataFrames (large-star / small-star, ``components.py``): the contact components. Every
   edge ``link_ads`` can draw but the contactless joins stays inside one, so:
5. Linking (workers): each contact component through ``link.cluster.link_ads`` (``groupByKey``), with the
   whole store's hubs and oversized buckets, without contactless joins; then those joins, decided a name
   key at a time on the profiles just made (``tasks.bare_joins``, as ``cluster._join_bare`` decides them
   over the whole store), and the components they join made one (the embedded engine's components,
   ``link.components``): from their first results where a contactless profile alone in her component joins
   (``tasks.with_joins``), else linked again as one: the profiles and networks of the embedded engine.
6. Write (driver): features and extraction through COPY on PostgreSQL (the stages' own inserts on
   SQLite); profiles, networks, links, timelines and site aliases through the link stage's writer, and the
   index with each ad's component and the verified text copies (the embedded day walks from them), in one
   transaction; stage runs and watermarks as the embedded stages record them. Then ``run_assess``.

The driver holds one compact row per ad (no text, no text bands) for step 3 and the write, like the
embedded link stage; texts, extraction and text verification stay on the workers (docs/scale.md).
"""

from __future__ import annotations

import operator
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import text

from kartlegg.engines.spark import store_io, tasks
from kartlegg.engines.spark.components import connected_components
from kartlegg.engines.spark.session import session
from kartlegg.extract.run import learn_furniture
from kartlegg.link import stock_names
from kartlegg.link.cluster import AdFeatures, Evidence, LinkResult, find_hubs, selector_index
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.link.phash import apply_image_clusters
from kartlegg.link.photos import phash_values as photo_values
from kartlegg.proctree import CpuLedger, peak_rss_bytes, rss_bytes
from kartlegg.store.ads import max_version_seq
from kartlegg.store.engine import Store
from kartlegg.store.stages import finish_run, last_watermark, pipeline_lock, start_run

Progress = Callable[[str, int], Callable[[int], None]]


class PhaseClock:
    """Wall and CPU seconds of each phase of a run (``seconds_<phase>``, ``cpu_<phase>`` in its info), and
    the driver's resident memory at its end and its peak so far (``mb_<phase>``, ``peak_mb_<phase>``).

    CPU is the process tree's (the JVM, Spark's Python daemon and workers), from a ledger that keeps the
    workers that exit (``proctree.CpuLedger``): on a shared machine wall time mostly measures the other jobs.
    ``close()`` stops the ledger's sampling thread."""

    def __init__(self) -> None:
        self.info: dict[str, float] = {}
        self._ledger = CpuLedger().start()
        self._wall, self._cpu = time.perf_counter(), 0.0

    def mark(self, phase: str) -> None:
        """End ``phase`` now (it began at the previous mark) and start the next."""
        wall, cpu = time.perf_counter(), self._ledger.seconds()
        self.info[f"seconds_{phase}"] = round(wall - self._wall, 1)
        self.info[f"cpu_{phase}"] = round(cpu - self._cpu, 1)
        self.info[f"mb_{phase}"] = round(rss_bytes() / 2**20)
        self.info[f"peak_mb_{phase}"] = round(peak_rss_bytes() / 2**20)
        self._wall, self._cpu = wall, cpu

    def close(self) -> None:
        self._ledger.stop()


def run_spark(
    store: Store,
    *,
    master: str = "local[2]",
    region: str | None = None,
    stage_dir: Path | None = None,
    driver_memory: str = "2g",
    executor_memory: str = "1g",
    partitions: int = 8,
    progress: Progress | None = None,
    spark: Any = None,
    assess: bool = True,
) -> dict[str, dict[str, Any]]:
    """Run extract and link on Spark and assess embedded, under the pipeline lock; results per stage.

    ``spark``: an open session to reuse (tests); else one is started on ``master`` and stopped after.
    ``assess=False`` leaves assessment to the next embedded run (benchmarks time the Spark part alone)."""
    rules = default_rules()
    # a folder of this run's own inside the staging place: only it is removed afterwards
    stage_dir = (stage_dir or store.settings.home / "spark-stage") / f"run-{uuid.uuid4().hex[:12]}"
    own = spark is None
    with pipeline_lock(store):
        clock = PhaseClock()
        try:
            if own:
                spark = session(
                    master, driver_memory=driver_memory, executor_memory=executor_memory, partitions=partitions
                )
            clock.mark("session")
            results = _run(store, spark, rules, region, stage_dir, partitions, progress, clock)
        finally:
            clock.close()
            if own and spark is not None:
                spark.stop()
            shutil.rmtree(stage_dir, ignore_errors=True)
        if not assess:
            return results
        from kartlegg.assess.run import pending as assess_pending
        from kartlegg.assess.run import run_assess

        tick = progress("assess", assess_pending(store)) if progress else None
        results["assess"] = run_assess(store, on_progress=tick)
    return results


def _run(
    store: Store,
    spark: Any,
    rules: LinkRules,
    region: str | None,
    stage_dir: Path,
    partitions: int,
    progress: Progress | None,
    clock: PhaseClock,
) -> dict[str, dict[str, Any]]:
    sc = spark.sparkContext
    from kartlegg.link.run import FEATURES_STATE, FEATURES_VERSION, _state, keep_stock

    with store.begin() as conn:
        wm_x, wm_l = last_watermark(conn, "extract"), last_watermark(conn, "link")
        upto = max_version_seq(conn)
        # stored features read by older rules are linked as they are; the embedded engine's next run reads
        # them again (link.run.FEATURES_STATE)
        current = _state(conn, FEATURES_STATE) == FEATURES_VERSION
        x_run, l_run = start_run(conn, "extract"), start_run(conn, "link")
    lo = min(wm_x, wm_l)  # versions extracted but not yet linked are extracted again (the store keeps its rows)
    n_new = store_io.stage_versions(store, stage_dir / "versions", lo, upto)
    n_old = store_io.stage_features(store, stage_dir / "features")
    models = learn_furniture(store, wm_x, region) if n_new else {}
    clock.mark("stage")

    # 2. extraction and the new versions' features
    # spread the versions in the JVM (columnar rows, no Python pickling) before they cross to Python
    versions = spark.read.parquet(str(stage_dir / "versions")).repartition(partitions).rdd
    m_b, r_b = sc.broadcast(models), sc.broadcast(rules)
    from pyspark import StorageLevel

    tagged = versions.mapPartitions(lambda it: tasks.extract_partition(it, region, m_b.value, r_b.value))
    tagged = tagged.persist(StorageLevel.MEMORY_AND_DISK)
    # One job extracts every partition at once; only then does the driver stream the rows into the store.
    # ``toLocalIterator`` alone runs one job per partition, one after the other: extraction on one core.
    tagged.count()
    clock.mark("extract_jobs")
    tick = progress("extract", n_new) if progress else None
    n_x = store_io.write_extraction(
        store, tagged.filter(lambda r: r[0] == "x").map(lambda r: r[1]).toLocalIterator(), tick
    )
    with store.begin() as conn:
        finish_run(conn, x_run, watermark=max(upto, wm_x), info={"versions": n_x, "engine": "spark"})
    clock.mark("extract_write")

    # each site's stock words where a name stands, learned as the embedded link run learns them
    # (``link.stock_names``, from the store the extraction rows are now in): those sites' new versions read
    # their names again without them
    with store.begin() as conn:
        stock = stock_names.learn_from_store(conn, rules.names)
    new = tagged.filter(lambda r: r[0] == "f").map(lambda r: r[1])
    if stock:
        st_b = sc.broadcast(stock)
        names = versions.filter(lambda r: r["site"] in st_b.value).map(
            lambda r: tasks.stock_name(r, r_b.value, st_b.value)
        )
        new = new.keyBy(operator.itemgetter(1)).leftOuterJoin(names).values().map(lambda fn: tasks.with_name(*fn))

    # the newest version of every ad: new features over stored ones
    old = spark.read.parquet(str(stage_dir / "features")).rdd.map(tasks.stored_feature)
    feats = new.union(old).map(lambda f: (f[0], f)).reduceByKey(lambda a, b: a if a[1] >= b[1] else b).values()
    feats = feats.persist(StorageLevel.MEMORY_AND_DISK)
    tick = progress("link", n_new) if progress else None
    store_io.write_features(store, new.toLocalIterator(), tick)
    clock.mark("features_write")

    # 3. whole-store facts from the compact features
    ads, hashes = driver_ads(feats)
    photo_refs: Counter[int] = Counter()  # how many ads show each photo hash, before clustering (link.index)
    for a in ads:
        photo_refs.update(set(photo_values(a.selectors)))
    ads, moved = apply_image_clusters(ads, rules.image.phash_distance)
    index = selector_index(ads)
    hubs = find_hubs(ads, index, rules)
    big = oversized_bands(feats, rules.text.max_bucket)
    del index
    mv_b, hub_b, big_b = sc.broadcast(moved), sc.broadcast(hubs), sc.broadcast(big)
    hub_keys = sc.broadcast(frozenset(hubs))
    clock.mark("facts")

    # 4. blocking and connected components of the contact evidence (selectors, verified text copies)
    keyed = feats.flatMap(lambda f: tasks.blocking_keys(f, mv_b.value, hub_keys.value, big_b.value))
    blocks = keyed.groupByKey().flatMap(lambda kv: tasks.block_edges(kv[0], kv[1])).distinct().cache()
    texts = feats.map(lambda f: (f[0], f[9]))
    candidates = blocks.filter(lambda e: e[0] == "v").map(lambda e: (e[1], e[2]))
    checked = (
        candidates.join(texts)
        .map(lambda kv: (kv[1][0], (kv[0], kv[1][1])))
        .join(texts)
        .filter(lambda kv: tasks.verified(kv[1][0][1], kv[1][1], r_b.value))
        .map(lambda kv: (kv[1][0][0], kv[0]))
    ).persist(StorageLevel.MEMORY_AND_DISK)
    edges = blocks.filter(lambda e: e[0] == "e").map(lambda e: (e[1], e[2])).union(checked)
    edge_df = spark.createDataFrame(edges, "src long, dst long")
    cc_stats: dict[str, Any] = {}
    comp = connected_components(edge_df, stats=cc_stats).rdd.map(lambda r: (int(r["node"]), int(r["component"])))
    clock.mark("components")

    # 5. each contact component through link_ads with no contactless join; then the joins the whole store
    # makes, decided a name key at a time on those profiles (``tasks.bare_joins``); the components they join
    # are made one: from their first results when each joining profile is her whole component
    # (``tasks.with_joins``), else linked again as one, every other contactless profile kept alone
    # (``link_ads``' ``crowded``)
    comp = comp.persist(StorageLevel.MEMORY_AND_DISK)
    by_comp = feats.map(lambda f: (f[0], f)).leftOuterJoin(comp).map(lambda kv: (kv[1][1] or kv[0], kv[1][0]))
    by_comp = by_comp.persist(StorageLevel.MEMORY_AND_DISK)
    pairs_by_comp = checked.join(comp).map(lambda kv: (kv[1][1], (kv[0], kv[1][0])))  # (component, (a, b))
    first = (
        by_comp.cogroup(pairs_by_comp)
        .map(
            lambda kv: (
                kv[0],
                tasks.contact_link(kv[0], kv[1][0], kv[1][1], mv_b.value, hub_b.value, big_b.value, r_b.value),
            )
        )
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    named = first.flatMap(lambda kv: kv[1][1]).groupByKey()
    joins = named.flatMap(lambda kv: tasks.bare_joins(kv[1], r_b.value)).collect()
    plan = plan_joins(joins)
    fin_b, patch_b, joined_b = sc.broadcast(plan.relink), sc.broadcast(plan.patch), sc.broadcast(plan.joined)
    touched_b, by_group_b = sc.broadcast(plan.relink.keys() | plan.patch.keys()), sc.broadcast(plan.by_group)
    parts_rdd = first.filter(lambda kv: kv[0] not in touched_b.value).map(lambda kv: kv[1][0])
    if plan.patch:  # a contactless profile alone in its component joins: her ads added to the joined result
        patched = (
            first.filter(lambda kv: kv[0] in patch_b.value)
            .map(lambda kv: (patch_b.value[kv[0]], (kv[0], kv[1][0])))
            .groupByKey()
            .map(lambda kv: tasks.with_joins(kv[1], by_group_b.value[kv[0]]))
        )
        parts_rdd = parts_rdd.union(patched)
    if plan.relink:  # every other join: the components it joins linked again as one
        again = (
            by_comp.filter(lambda kv: kv[0] in fin_b.value)
            .map(lambda kv: (fin_b.value[kv[0]], kv[1]))
            .cogroup(pairs_by_comp.filter(lambda kv: kv[0] in fin_b.value).map(lambda kv: (fin_b.value[kv[0]], kv[1])))
            .map(
                lambda kv: tasks.link_component(
                    kv[1][0], kv[1][1], mv_b.value, hub_b.value, big_b.value, r_b.value, joined_b.value
                )
            )
        )
        parts_rdd = parts_rdd.union(again)
    parts = parts_rdd.collect()  # every partition at once (``toLocalIterator`` would link one at a time)
    clock.mark("link_jobs")
    n_comp = len(parts)
    largest = max((sum(len(p) for p in part[0]) for part in parts), default=0)
    labels = component_labels(ads, parts)
    result = merge_components(ads, parts, hubs)
    clock.mark("link_merge")

    band_rows = feats.flatMap(lambda f: [(b, f[0]) for b in sorted(set(f[8]))]).toLocalIterator()
    info = store_io.write_links(
        store, ads, hashes, result, labels, photo_refs, hubs, big, rules, band_rows, features_fresh=current or not n_old
    )
    info.update(
        {
            "versions": n_new,
            "stored_features": n_old,
            "components": n_comp,
            "largest_component": largest,
            "contactless_joins": len(joins),
            "components_joined_again": len(set(plan.relink.values())),
            **cc_stats,
            "engine": "spark",
            **clock.info,
        }
    )
    clock.mark("write")
    info.update(clock.info)
    with store.begin() as conn:
        conn.execute(text("DELETE FROM link_state WHERE name = 'relink_after_erasure'"))  # relinked in full
        if current or not n_old:  # every name read with these stock words: the embedded engine goes on from them
            keep_stock(conn, stock)
        finish_run(conn, l_run, watermark=max(upto, wm_l), info=info)
    for rdd in (tagged, feats, blocks, checked, comp, by_comp, first):
        rdd.unpersist()
    return {"extract": {"versions": n_x, "engine": "spark"}, "link": info}


class JoinPlan(NamedTuple):
    """What the contactless joins make of the contact components they touch: ``patch``, component -> its
    group (labelled by its smallest ad), for groups of simple joins only (``tasks.bare_joins``), each made
    from its first results (``tasks.with_joins``, with ``by_group``'s joins); ``relink``, likewise for every
    other group, linked again as one, the joining profiles' ads being ``joined``."""

    patch: dict[int, int]
    by_group: dict[int, list[tasks.Join]]
    relink: dict[int, int]
    joined: frozenset[int]


def plan_joins(joins: list[tasks.Join]) -> JoinPlan:
    """The contact components the contactless joins touch, grouped as they are joined (a union-find over the
    few joins, each group labelled by its smallest contact component, hence its smallest ad)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for j in joins:
        ra, rb = root(j[0]), root(j[1])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    group = {c: root(c) for c in list(parent)}
    of_group: dict[int, list[tasks.Join]] = {}
    for j in joins:
        of_group.setdefault(group[j[0]], []).append(j)
    simple = {g for g, js in of_group.items() if all(j[5] for j in js)}
    return JoinPlan(
        patch={c: g for c, g in group.items() if g in simple},
        by_group={g: js for g, js in of_group.items() if g in simple},
        relink={c: g for c, g in group.items() if g not in simple},
        joined=frozenset(ad for g, js in of_group.items() if g not in simple for j in js for ad in j[2]),
    )


def component_labels(ads: list[Any], parts: list[tasks.ComponentResult]) -> list[int]:
    """Each ad's component (``ads`` sorted by ad id) labelled by its smallest ad, as ``link.components.label``
    labels it over the whole store: each part is one component (contact components joined by the joins made)."""
    pos = {a.ad_id: i for i, a in enumerate(ads)}
    labels = [0] * len(ads)
    for part in parts:
        least = min(m[0] for m in part[0])
        for members in part[0]:
            for a in members:
                labels[pos[a]] = least
    return labels


def driver_ads(feats: Any) -> tuple[list[AdFeatures], list[str]]:
    """Every ad's features and text hash for the whole-store facts and the write, by ad id: streamed a
    partition at a time, without the texts and the text bands (25 numbers an ad, counted and written from
    the workers: ``oversized_bands``, ``link_bands``), repeated strings and tuples kept once."""
    share: dict[Any, Any] = {}
    ads: list[AdFeatures] = []
    hashes: list[str] = []
    for f in feats.map(lambda f: (*f[:8], (), "", f[10], f[11])).toLocalIterator():
        ads.append(tasks.ad_features(f, share))
        hashes.append(share.setdefault(f[10], f[10]))
    order = sorted(range(len(ads)), key=lambda i: ads[i].ad_id)
    return [ads[i] for i in order], [hashes[i] for i in order]


def oversized_bands(feats: Any, max_bucket: int) -> frozenset[int]:
    """``link.text.oversized_keys`` over every ad's text bands, counted on the workers."""
    counts = feats.flatMap(lambda f: [(b, 1) for b in f[8]]).reduceByKey(operator.add)
    return frozenset(int(b) for b, _ in counts.filter(lambda kv: kv[1] > max_bucket).collect())


def merge_components(
    ads: list[Any], parts: list[tasks.ComponentResult], hubs: dict[tuple[str, str], Any]
) -> LinkResult:
    """The components' results as one ``LinkResult`` over ``ads`` (sorted by ad id), numbered as
    ``link_ads`` numbers them over the whole store: profiles by smallest ad, networks by smallest profile.
    ``parts`` is emptied as it is merged, so the driver never holds every component's raw result beside the
    merged one."""
    pos = {a.ad_id: i for i, a in enumerate(ads)}
    profiles: list[tuple[list[int], int, int]] = []  # (members, component number, local index)
    for c, part in enumerate(parts):
        for p, members in enumerate(part[0]):
            profiles.append(([pos[a] for a in members], c, p))
    profiles.sort(key=lambda x: x[0][0])
    gp = {(c, p): g for g, (_, c, p) in enumerate(profiles)}
    networks: list[tuple[list[int], int, int]] = []
    person_evidence: list[Evidence] = []
    network_evidence: dict[tuple[int, int], list[Evidence]] = {}
    split_of: list[tuple[int, int]] = []
    text_links: list[tuple[int, int, float]] = []
    while parts:
        c = len(parts) - 1
        _, nets, pev, nev, split, copies = parts.pop()
        text_links.extend((pos[a], pos[b], r) for a, b, r in copies)
        for k, members in enumerate(nets):
            networks.append(([gp[(c, p)] for p in members], c, k))
        person_evidence.extend(
            Evidence(pos[a], pos[b], kind, value, score, note) for a, b, kind, value, score, note in pev
        )
        for (pa, pb), evs in nev:
            network_evidence[(gp[(c, pa)], gp[(c, pb)])] = [
                Evidence(pos[a], pos[b], kind, value, score, note) for a, b, kind, value, score, note in evs
            ]
        split_of.extend((c, k) for k in split)
    networks.sort(key=lambda x: x[0][0])
    gn = {(c, k): g for g, (_, c, k) in enumerate(networks)}
    person_evidence.sort(key=lambda e: (-e.score, e.a, e.b, e.kind, e.value))
    text_links.sort()
    return LinkResult(
        profiles=[m for m, _, _ in profiles],
        networks=[m for m, _, _ in networks],
        person_evidence=person_evidence,
        network_evidence=dict(sorted(network_evidence.items())),
        hubs=sorted(hubs.values(), key=lambda h: (-h.ads, h.kind, h.value)),
        split_networks={gn[ck] for ck in split_of},
        text_links=[(i, j) for i, j, _ in text_links],
        text_ratios=[r for _, _, r in text_links],
    )
