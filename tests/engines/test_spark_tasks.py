"""The Spark workers' pure functions (no JVM): the per-ad photo clusters are link's own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.engines.spark.tasks import Feature, ad_features, with_image_clusters
from kartlegg.link.phash import apply_image_clusters

_hash = st.integers(0, 2**64 - 1)


@settings(max_examples=40, deadline=None)
@given(st.lists(_hash, min_size=1, max_size=6), st.lists(st.lists(st.integers(0, 30), max_size=4), max_size=12))
def test_per_ad_clusters_equal_link_apply_image_clusters(bases: list[int], picks: list[list[int]]) -> None:
    # near-identical hashes: a few bits flipped from a handful of bases
    pool = [b ^ (1 << (k % 64)) if k >= 6 else b for b in bases for k in range(12)]
    feats: list[Feature] = []
    for i, pick in enumerate(picks):
        sels = (*(("image", f"phash:{pool[p % len(pool)]:016x}") for p in pick), ("phone", f"+4670{i}"))
        feats.append((i + 1, i + 1, "s.example", None, None, None, (), sels, (), "", ""))
    want, moved = apply_image_clusters([ad_features(f) for f in feats], 6)
    assert [with_image_clusters(f, moved)[0] for f in feats] == want
