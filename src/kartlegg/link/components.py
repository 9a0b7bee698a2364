"""Each ad's evidence component, kept so that a day's region walk need not walk every ad it reaches.

A component is a set of ads joined by every edge the region walk follows (a shared selector that is not
a hub, a verified text copy) and by the contactless joins made (``cluster._join_bare``): no such edge leaves
it, and the profiles and networks made of those edges lie inside it (the namesakes a join was decided
against are not joined: the walk reaches them by their name key, ``region._near_by_name``), so an edited
ad's component holds everything its old profile and network held. Edges
between ads that did not change stay as they were, except where a selector or bucket changed status or a
photo cluster moved, and those ads are seeds of the run (``index.update``). So the walk follows the
edges of the seeds (and of ads with no component yet: a store linked before index version 2) and
takes every other ad it reaches with its whole component, instead of reading that ad's selectors and text
buckets again (``region.walk``).

A component is labelled by its smallest ad id; a run writes the components of the region it linked (the Spark
engine writes every ad's, from the components it linked: ``engines.spark.job.component_labels``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from sqlalchemy import Connection

from kartlegg.link.cluster import AdFeatures, LinkResult, selector_index
from kartlegg.link.graph import UnionFind
from kartlegg.link.index import _many
from kartlegg.link.rowsync import insert, sync
from kartlegg.store.engine import fetch_in, placeholder


def label(ads: Sequence[AdFeatures], result: LinkResult, hubs: Collection[tuple[str, str]]) -> list[int]:
    """The component label (smallest ad id) of each ad of a closed set ``ads`` that ``link_ads`` linked.

    Profiles and networks are made of these edges alone, so each lies inside one component."""
    uf = UnionFind(len(ads))
    for key, members in selector_index(ads).items():
        if len(members) > 1 and key not in hubs:
            for i in members[1:]:
                uf.union(members[0], i)
    for i, j in result.text_links:
        uf.union(i, j)
    for i, j in result.name_links:
        uf.union(i, j)
    least: dict[int, int] = {}
    for i, ad in enumerate(ads):
        root = uf.find(i)
        least[root] = min(least.get(root, ad.ad_id), ad.ad_id)
    return [least[uf.find(i)] for i in range(len(ads))]


def save(
    conn: Connection,
    ads: Sequence[AdFeatures],
    labels: Sequence[int],
    *,
    replace: bool = True,
    stored: Mapping[int, int] | None = None,
) -> None:
    """Write the components of ``ads`` (with ``replace``, in place of their rows: only those that moved;
    ``stored``: their stored components, when read already, as ``region.walk`` did)."""
    rows = [(a.ad_id, c) for a, c in zip(ads, labels, strict=True)]
    if replace:
        old = None if stored is None else [(a.ad_id, stored[a.ad_id]) for a in ads if a.ad_id in stored]
        sync(conn, "link_components", ("ad_id", "comp"), [a.ad_id for a in ads], rows, stored=old)
    else:
        ph = placeholder(conn)
        _many(conn, f"INSERT INTO link_components (ad_id, comp) VALUES ({ph}, {ph})", rows)


def text_pairs(ads: Sequence[AdFeatures], result: LinkResult) -> list[tuple[int, int, float]]:
    """The verified text copies of ``link_ads``' result as ``link_text_pairs`` rows (ad ids a < b, ratio)."""
    return [(ads[i].ad_id, ads[j].ad_id, r) for (i, j), r in zip(result.text_links, result.text_ratios, strict=True)]


def save_text_pairs(
    conn: Connection,
    ads: Sequence[AdFeatures],
    result: LinkResult,
    *,
    replace: bool = True,
    unlinked: Collection[int] = frozenset(),
) -> None:
    """Write the verified text copies of ``ads`` (with ``replace``, in place of their rows: only those that
    moved). A copy lies inside one component, so a region's rows are those whose ``a`` is one of its ads
    (``unlinked``: ads no run has linked yet, which have none)."""
    rows = text_pairs(ads, result)
    if replace:
        sync(conn, "link_text_pairs", ("a", "b", "ratio"), [a.ad_id for a in ads if a.ad_id not in unlinked], rows)
    else:
        insert(conn, "link_text_pairs", ("a", "b", "ratio"), rows)


def stored_ratios(conn: Connection, pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """The stored ratio of each of the given pairs (a < b) that is a verified copy."""
    wanted = set(pairs)
    rows = fetch_in(conn, "SELECT a, b, ratio FROM link_text_pairs WHERE a IN :ids", {a for a, _ in wanted})
    return {(int(a), int(b)): float(r) for a, b, r in rows if (int(a), int(b)) in wanted}


def copies_from(conn: Connection, ad_ids: Collection[int]) -> dict[tuple[int, int], float]:
    """The stored verified copies (a < b) whose smaller ad is one of ``ad_ids``, with their ratios."""
    rows = fetch_in(conn, "SELECT a, b, ratio FROM link_text_pairs WHERE a IN :ids", ad_ids)
    return {(int(a), int(b)): float(r) for a, b, r in rows}


def of(conn: Connection, ad_ids: Iterable[int]) -> Mapping[int, int]:
    """The stored component of each of the ads that has one."""
    rows = fetch_in(conn, "SELECT ad_id, comp FROM link_components WHERE ad_id IN :ids", ad_ids)
    return {int(a): int(c) for a, c in rows}


def members(conn: Connection, comps: Iterable[int]) -> dict[int, int]:
    """Every ad of the given components, with its component (read with it, so not looked up again)."""
    rows = fetch_in(conn, "SELECT ad_id, comp FROM link_components WHERE comp IN :ids", comps)
    return {int(a): int(c) for a, c in rows}
