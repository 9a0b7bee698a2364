"""The stored components (``link_components``) are the connected components, labelled by their smallest ad,
of every edge the region walk follows (shared non-hub selectors, verified text copies) and of the profiles
and networks: checked against networkx after a full run and after each day linked in place. A component
that missed an edge would let a day's walk stop short of ads a full run links together."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz
from sqlalchemy import Connection, text

from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.extract.run import run_extract
from kartlegg.link import text as textsim
from kartlegg.link.cluster import AdFeatures
from kartlegg.link.config import LinkRules
from kartlegg.link.features import load_all_features, load_masked
from kartlegg.link.region import _shared_bands
from kartlegg.link.run import run_link
from kartlegg.store.engine import Store
from tests.link.market import build, incoming
from tests.link.test_incremental import by_day, tight_rules


def small_networks() -> LinkRules:
    """Networks split past 4 profiles and never joined by text, so that evidence joins profiles of
    different networks and a text copy under two names is evidence of neither level."""
    base = tight_rules()
    net = base.network.model_copy(update={"max_profiles": 4, "kinds": [k for k in base.network.kinds if k != "text"]})
    return base.model_copy(update={"network": net})


def _oracle(conn: Connection, rules: LinkRules) -> set[frozenset[int]]:
    ads, _ = load_all_features(conn)
    g: Any = nx.Graph()
    g.add_nodes_from(a.ad_id for a in ads)
    hubs = {int(r[0]) for r in conn.execute(text("SELECT selector_id FROM hub_selectors"))}
    by_sel: dict[int, list[int]] = defaultdict(list)
    for sel, ad_id in conn.execute(text("SELECT sel, ad_id FROM link_selector_ads")):
        if int(sel) not in hubs:
            by_sel[int(sel)].append(int(ad_id))
    for members in by_sel.values():
        g.add_edges_from((members[0], m) for m in members[1:])
    big = frozenset(int(r[0]) for r in conn.execute(text("SELECT band FROM link_big_bands")))
    masked = load_masked(conn, [a.ad_id for a in ads])
    for i, j in textsim.candidate_pairs([a.bands for a in ads], rules.text.max_bucket, big):
        a, b = ads[i].ad_id, ads[j].ad_id
        if fuzz.ratio(masked[a], masked[b]) >= rules.text.verify_ratio:
            g.add_edge(a, b)
    for key in ("pa.profile_id", "p.network_id"):
        groups: dict[str, list[int]] = defaultdict(list)
        for ad_id, group in conn.execute(
            text(f"SELECT pa.ad_id, {key} FROM profile_ads pa JOIN profiles p ON p.id = pa.profile_id")
        ):
            groups[group].append(int(ad_id))
        for members in groups.values():
            g.add_edges_from((members[0], m) for m in members[1:])
    return {frozenset(c) for c in nx.connected_components(g)}


def _stored(conn: Connection) -> set[frozenset[int]]:
    comps: dict[int, set[int]] = defaultdict(set)
    for ad_id, comp in conn.execute(text("SELECT ad_id, comp FROM link_components")):
        comps[int(comp)].add(int(ad_id))
    assert all(comp == min(members) for comp, members in comps.items())  # labelled by the smallest ad
    return {frozenset(v) for v in comps.values()}


def test_components_are_the_evidence_graphs_after_a_full_run_and_each_day(sqlite_store: Store) -> None:
    rules = small_networks()
    ads, _ = build(17, n_persons=40, days=8)
    relinked = []
    for batch in by_day(ads, 4):
        ingest_items(sqlite_store, incoming(batch), IngestResult())
        run_extract(sqlite_store)
        info = run_link(sqlite_store, rules=rules)
        relinked.append(info["relinked"] < info["ads"])
        with sqlite_store.connect() as conn:
            stored, oracle = _stored(conn), _oracle(conn, rules)
        assert stored == oracle
    assert any(relinked)  # days linked in place, not only full runs
    assert any(len(c) > 3 for c in stored)


@given(st.lists(st.lists(st.integers(1, 2**63 - 1) | st.integers(1, 6), max_size=6), max_size=12))
def test_shared_bands_are_the_bands_two_or_more_ads_hold(band_lists: list[list[int]]) -> None:
    """The walk's numpy grouping of the region's bands against the plain one."""
    ads = [AdFeatures(ad_id=i + 10, site="s", bands=tuple(b)) for i, b in enumerate(band_lists)]
    naive: dict[int, list[int]] = defaultdict(list)
    for a in ads:
        for b in a.bands:
            naive[b].append(a.ad_id)
    got = _shared_bands(ads)
    assert {b: sorted(m) for b, m in got.items()} == {b: sorted(m) for b, m in naive.items() if len(m) > 1}
