"""Graph work: a union-find for ad clustering, igraph for components and community splits."""

from __future__ import annotations

import random
from collections.abc import Sequence

import igraph as ig


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
    g = ig.Graph(n=n, edges=list(edges), directed=False)
    return sorted((sorted(c) for c in g.connected_components()), key=lambda c: c[0])


def split_communities(
    n: int, edges: Sequence[tuple[int, int]], weights: Sequence[float], *, seed: int, max_size: int
) -> list[list[int]]:
    """Components, with any component larger than ``max_size`` split into Leiden communities.

    A component that large is rarely one controller: it is usually several networks chained by one
    missed hub. Leiden (modularity, seeded so the split is reproducible) cuts it at its weakest seams.
    """
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
            parts = sub.community_leiden(objective_function="modularity", weights=sub_w, n_iterations=-1)
        finally:
            ig.set_random_number_generator(random)
        for members in parts:
            out.append(sorted(comp[i] for i in members))
    return sorted(out, key=lambda c: c[0])
