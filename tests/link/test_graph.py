"""Graph code checked against networkx on random graphs (networkx is the oracle)."""

from __future__ import annotations

import random
import subprocess
import sys

import igraph as ig
import networkx as nx
import pytest

from kartlegg.link.graph import UnionFind, _leiden, components, split_communities


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


@pytest.mark.parametrize("seed", range(20))
def test_bounded_leiden_gives_igraphs_run_until_stable(seed: int) -> None:
    """The bounded rounds give what igraph's own ``n_iterations=-1`` gives (on graphs where that stops)."""
    rng = random.Random(seed)
    n = rng.randint(5, 60)
    edges = sorted({(a, b) for a, b in (sorted((rng.randrange(n), rng.randrange(n))) for _ in range(2 * n)) if a != b})
    weights = [rng.choice([0.5, 0.9, 1.8]) for _ in edges]
    g = ig.Graph(n=n, edges=edges)
    ig.set_random_number_generator(random.Random(7))
    expected = g.community_leiden(objective_function="modularity", weights=weights, n_iterations=-1).membership
    ig.set_random_number_generator(random.Random(7))
    try:
        assert _leiden(g, weights) == expected
    finally:
        ig.set_random_number_generator(random)


def test_split_stops_where_igraphs_run_until_stable_never_does() -> None:
    """Five profiles, seven equal edges: igraph's ``n_iterations=-1`` alternates for ever on this graph."""
    edges = [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (2, 3), (3, 4)]
    parts = split_communities(5, edges, [0.9] * len(edges), seed=20260301, max_size=4)
    assert sorted(v for p in parts for v in p) == list(range(5))
    assert parts == split_communities(5, edges, [0.9] * len(edges), seed=20260301, max_size=4)


def test_linking_does_not_import_matplotlib() -> None:
    """igraph's import pulls in matplotlib.pyplot when installed (~0.5 s of a day's link, every process): the
    graph code imports igraph without it, and leaves matplotlib importable for the report's charts."""
    code = (
        "import sys\n"
        "from kartlegg.link.graph import components, split_communities\n"
        "from kartlegg.link.phash import cluster_phashes\n"
        "assert components(4, [(0, 1), (2, 3)]) == [[0, 1], [2, 3]]\n"
        "assert sorted(sum(split_communities(3, [(0, 1)], [1.0], seed=1, max_size=1), [])) == [0, 1, 2]\n"
        "assert cluster_phashes([1, 3], 1) == {1: 1, 3: 1}\n"
        "assert 'igraph' in sys.modules and 'matplotlib' not in sys.modules, sorted(sys.modules)\n"
        "import matplotlib.pyplot\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0 and out.stdout == "ok\n", out.stderr
