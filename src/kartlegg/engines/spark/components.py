"""Connected components on Spark DataFrames: the large-star / small-star algorithm (Kiveris, Lattanzi,
Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and Beyond", SoCC 2014).

GraphFrames would do this, but its registry package ships no jar (the JVM side would be downloaded at
run time, which cannot work offline), so the two operations are written here as joins and groupBys.
Both keep the components and move every node towards its component's smallest id; alternated, they
converge to one star per component around that smallest id in O(log² n) rounds (in practice a handful).
"""

from __future__ import annotations

from typing import Any

#: A guard against a bug looping forever; the rounds needed grow with log(n) (a handful here).
MAX_ROUNDS = 60


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


def connected_components(edges: Any, *, checkpoint: bool = True, stats: dict[str, Any] | None = None) -> Any:
    """``edges`` (columns ``src``, ``dst``: longs; either direction, loops and repeats allowed) -> a
    DataFrame (``node``, ``component``) for every node on an edge, ``component`` being the smallest node
    id of its component. Nodes without edges are not listed: each is a component of its own.
    ``stats`` receives ``cc_rounds``, the rounds run."""
    from pyspark.sql import functions as F

    e = _undirected(edges)
    if checkpoint:
        e = e.localCheckpoint()
    for rounds in range(1, MAX_ROUNDS + 1):
        if stats is not None:
            stats["cc_rounds"] = rounds
        nxt = _small_star(_large_star(e))
        if checkpoint:
            nxt = nxt.localCheckpoint()
        e = nxt
        # converged when the graph is a forest of stars: no node is both a centre (the smaller end of an
        # edge) and a leaf; each centre is then the smallest node of its component
        if e.select("u").intersect(e.select(F.col("v").alias("u"))).isEmpty():
            break
    else:
        raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")
    # a star around its smallest node: every edge is (leaf, centre) with the centre the smaller id
    leaves = e.select(F.col("v").alias("node"), F.col("u").alias("component"))
    centres = e.select(F.col("u").alias("node"), F.col("u").alias("component"))
    return leaves.unionByName(centres).groupBy("node").agg(F.min("component").alias("component"))
