"""Graph work: a union-find for ad clustering, igraph for components and community splits.

igraph is imported where it is used (``igraph_module``), and without matplotlib: igraph's drawing modules
import ``matplotlib.pyplot`` when it is installed (~0.5 s CPU here), which a day's link run paid in every
``kartlegg analyze`` process, though linking never draws.
"""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import igraph as ig

_IMPORT = threading.Lock()


def igraph_module() -> ModuleType:
    """igraph, imported on first use with ``import matplotlib`` failing meanwhile (so its drawing modules keep
    their stand-ins), unless matplotlib is imported already. ``sys.modules`` is as before afterwards: a later
    ``import matplotlib`` (the report's charts) imports it as usual; only igraph's own plotting is left out."""
    with _IMPORT:
        block = "igraph" not in sys.modules and "matplotlib" not in sys.modules
        if block:
            sys.modules["matplotlib"] = None  # type: ignore[assignment]  # Python's "not importable" mark
        try:
            import igraph  # noqa: F401  (returned from sys.modules below)
        finally:
            if block and sys.modules.get("matplotlib", 0) is None:
                del sys.modules["matplotlib"]
    return sys.modules["igraph"]


class UnionFind:
    """Disjoint sets over ``0..n-1`` with path halving and union by size."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        """Join the sets of ``a`` and ``b``; return the new root."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return ra

    def groups(self) -> list[list[int]]:
        """Every set as a sorted list, ordered by smallest member."""
        by_root: dict[int, list[int]] = {}
        for x in range(len(self.parent)):
            by_root.setdefault(self.find(x), []).append(x)
        return sorted(by_root.values(), key=lambda g: g[0])


def components(n: int, edges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components of the graph on ``0..n-1`` (sorted lists, ordered by smallest member)."""
    ig = igraph_module()

    g = ig.Graph(n=n, edges=list(edges), directed=False)
    return sorted((sorted(c) for c in g.connected_components()), key=lambda c: c[0])


#: Leiden rounds at most. igraph's ``n_iterations=-1`` repeats rounds until one changes nothing, and on some
#: graphs never stops: five profiles joined by seven equally weighted edges kept a link run busy for ever.
LEIDEN_MAX_ROUNDS = 100


def _leiden(g: ig.Graph, weights: Sequence[float]) -> list[int]:
    """Leiden (modularity) rounds until one changes nothing, as ``n_iterations=-1`` does (the same
    partition, drawing the same random numbers), but at most ``LEIDEN_MAX_ROUNDS``."""
    membership: list[int] | None = None
    for _ in range(LEIDEN_MAX_ROUNDS):
        part = g.community_leiden(
            objective_function="modularity", weights=weights, n_iterations=1, initial_membership=membership
        )
        if part.membership == membership:
            break
        membership = list(part.membership)
    assert membership is not None
    return membership


def split_communities(
    n: int, edges: Sequence[tuple[int, int]], weights: Sequence[float], *, seed: int, max_size: int
) -> list[list[int]]:
    """Components, with any component larger than ``max_size`` split into Leiden communities.

    A component that large is rarely one controller: it is usually several networks chained by one
    missed hub. Leiden (modularity, seeded so the split is reproducible) cuts it at its weakest seams.
    """
    ig = igraph_module()

    out: list[list[int]] = []
    for comp in components(n, edges):
        if len(comp) <= max_size:
            out.append(comp)
            continue
        pos = {v: i for i, v in enumerate(comp)}
        sub_edges: list[tuple[int, int]] = []
        sub_w: list[float] = []
        for (a, b), w in zip(edges, weights, strict=True):
            if a in pos and b in pos:
                sub_edges.append((pos[a], pos[b]))
                sub_w.append(w)
        sub = ig.Graph(n=len(comp), edges=sub_edges, directed=False)
        ig.set_random_number_generator(random.Random(seed))
        try:
            membership = _leiden(sub, sub_w)
        finally:
            ig.set_random_number_generator(random)
        parts: dict[int, list[int]] = {}
        for i, c in enumerate(membership):
            parts.setdefault(c, []).append(comp[i])
        out.extend(sorted(members) for members in parts.values())
    return sorted(out, key=lambda c: c[0])
