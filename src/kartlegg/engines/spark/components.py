"""Connected components on Spark DataFrames: the large-star / small-star algorithm (Kiveris, Lattanzi,
Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and Beyond", SoCC 2014).

GraphFrames would do this, but its registry package ships no jar (the JVM side would be downloaded at
run time, which cannot work offline), so the two operations are written here as joins and groupBys.
Both keep the components and move every node towards its component's smallest id; alternated, they
converge to one star per component around that smallest id in O(log² n) rounds (in practice a handful).

Every round is a few shuffles and Spark jobs, a fixed cost whatever the graph's size. Once the graph has
at most ``local_max`` edges (counted after each round), the driver collects it and finishes with a
union-find: the same components, without the remaining rounds' jobs. A graph larger than that (a store of
millions of ads on a cluster) is contracted on the cluster until it fits.
"""

from __future__ import annotations

from typing import Any

#: A guard against a bug looping forever; the rounds needed grow with log(n) (a handful here).
MAX_ROUNDS = 60
#: Edges the driver takes over (two longs each, ~100 bytes per edge in Python while it runs: 0.5 GB)
LOCAL_MAX = 5_000_000


def _undirected(edges: Any) -> Any:
    from pyspark.sql import functions as F

    return (
        edges.select(F.least("src", "dst").alias("u"), F.greatest("src", "dst").alias("v"))
        .where(F.col("u") != F.col("v"))
        .distinct()
    )


def _large_star(e: Any) -> Any:
    """Each node links its larger neighbours to the smallest node of its closed neighbourhood."""
    from pyspark.sql import functions as F

    both = e.select("u", "v").unionByName(e.select(F.col("v").alias("u"), F.col("u").alias("v")))
    low = both.groupBy("u").agg(F.min("v").alias("m")).select("u", F.least("u", "m").alias("m"))
    out = both.join(low, "u").where(F.col("v") > F.col("u")).select(F.col("v").alias("a"), F.col("m").alias("b"))
    return _undirected(out.select(F.col("a").alias("src"), F.col("b").alias("dst")))


def _small_star(e: Any) -> Any:
    """Each node links itself and its smaller neighbours to the smallest of them."""
    from pyspark.sql import functions as F

    # in ``e`` u < v: seen from the larger end v, its smaller neighbours are the u's
    low = e.groupBy("v").agg(F.min("u").alias("m"))
    spokes = e.join(low, "v").select(F.col("u").alias("src"), F.col("m").alias("dst"))
    own = low.select(F.col("v").alias("src"), F.col("m").alias("dst"))
    return _undirected(spokes.unionByName(own))


def _union_find(pairs: Any) -> dict[int, int]:
    """node -> the smallest node of its component, for an iterable of (u, v) edges."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        r = x
        while (p := parent.get(r, r)) != r:
            r = p
        while x != r:  # path compression
            parent[x], x = r, parent[x]
        return r

    for u, v in pairs:
        a, b = root(u), root(v)
        if a != b:
            if a < b:
                parent[b] = a
            else:
                parent[a] = b
            parent.setdefault(a if a < b else b, a if a < b else b)
    return {x: root(x) for x in parent}


def _finish_locally(e: Any) -> Any:
    """The components of the (small enough) edge DataFrame ``e`` by a union-find on the driver."""
    import pyarrow as pa

    comp = _union_find((int(r[0]), int(r[1])) for r in e.toLocalIterator(prefetchPartitions=True))
    table = pa.table({"node": pa.array(list(comp), pa.int64()), "component": pa.array(list(comp.values()), pa.int64())})
    return e.sparkSession.createDataFrame(table)


def connected_components(
    edges: Any, *, checkpoint: bool = True, stats: dict[str, Any] | None = None, local_max: int = LOCAL_MAX
) -> Any:
    """``edges`` (columns ``src``, ``dst``: longs; either direction, loops and repeats allowed) -> a
    DataFrame (``node``, ``component``) for every node on an edge, ``component`` being the smallest node
    id of its component. Nodes without edges are not listed: each is a component of its own.
    ``local_max``: edges the driver finishes with a union-find (0: every round on Spark).
    ``stats`` receives ``cc_rounds`` (the rounds run on Spark), ``cc_edges`` (the edges, once deduplicated)
    and ``cc_local_edges`` (the edges the driver finished, or -1)."""
    from pyspark.sql import functions as F

    e = _undirected(edges)
    if checkpoint:
        e = e.localCheckpoint()
    if stats is not None:
        stats.update(cc_rounds=0, cc_local_edges=-1)
    for rounds in range(1, MAX_ROUNDS + 1):
        if local_max:
            n = e.count()
            if stats is not None and rounds == 1:
                stats["cc_edges"] = n
            if n <= local_max:
                if stats is not None:
                    stats["cc_local_edges"] = n
                return _finish_locally(e)
        if stats is not None:
            stats["cc_rounds"] = rounds
        nxt = _small_star(_large_star(e))
        if checkpoint:
            nxt = nxt.localCheckpoint()
        e = nxt
        # converged when the graph is a forest of stars: no node is both a centre (the smaller end of an
        # edge) and a leaf, and no leaf has two centres (two stars sharing a leaf are one component, joined
        # by the next round); each centre is then the smallest node of its component
        if (
            e.select("u").intersect(e.select(F.col("v").alias("u"))).isEmpty()
            and e.groupBy("v").count().where(F.col("count") > 1).isEmpty()
        ):
            break
    else:
        raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")
    # a star around its smallest node: every edge is (leaf, centre) with the centre the smaller id
    leaves = e.select(F.col("v").alias("node"), F.col("u").alias("component"))
    centres = e.select(F.col("u").alias("node"), F.col("u").alias("component"))
    return leaves.unionByName(centres).groupBy("node").agg(F.min("component").alias("component"))
