"""Graph code checked against networkx on random graphs (networkx is the oracle)."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from kartlegg.link.graph import UnionFind, components, split_communities


def _random_graph(seed: int) -> tuple[int, list[tuple[int, int]]]:
    rng = random.Random(seed)
    n = rng.randint(1, 300)
    m = rng.randint(0, 2 * n)
    return n, [(rng.randrange(n), rng.randrange(n)) for _ in range(m)]


def _oracle(n: int, edges: list[tuple[int, int]]) -> set[frozenset[int]]:
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    return {frozenset(c) for c in nx.connected_components(g)}


@pytest.mark.parametrize("seed", range(25))
def test_components_match_networkx(seed: int) -> None:
    n, edges = _random_graph(seed)
    assert {frozenset(c) for c in components(n, edges)} == _oracle(n, edges)


@pytest.mark.parametrize("seed", range(25))
def test_union_find_matches_networkx(seed: int) -> None:
    n, edges = _random_graph(seed)
    uf = UnionFind(n)
    for a, b in edges:
        uf.union(a, b)
    assert {frozenset(g) for g in uf.groups()} == _oracle(n, edges)


@pytest.mark.parametrize("seed", range(10))
def test_split_refines_components_and_is_reproducible(seed: int) -> None:
    n, edges = _random_graph(seed + 100)
    weights = [1.0] * len(edges)
    parts = split_communities(n, edges, weights, seed=1, max_size=10)
    assert sorted(v for p in parts for v in p) == list(range(n))  # a partition
    comp_of = {v: k for k, c in enumerate(_oracle(n, edges)) for v in c}
    assert all(len({comp_of[v] for v in p}) == 1 for p in parts)  # never joins two components
    assert parts == split_communities(n, edges, weights, seed=1, max_size=10)


def test_two_cliques_on_a_thread_are_split() -> None:
    a = [(i, j) for i in range(8) for j in range(i + 1, 8)]
    b = [(i + 8, j + 8) for i, j in a]
    edges = [*a, *b, (0, 8)]
    parts = split_communities(16, edges, [1.0] * len(edges), seed=1, max_size=10)
    assert sorted(map(sorted, parts)) == [list(range(8)), list(range(8, 16))]
