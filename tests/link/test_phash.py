"""Near-identical pictures (perceptual hashes a few bits apart) join like identical ones."""

from __future__ import annotations

import io
import random

import networkx as nx
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from kartlegg.collect.crawler import image_hashes
from kartlegg.link.cluster import AdFeatures, link_ads
from kartlegg.link.phash import apply_image_clusters, canonical_keys, cluster_phashes, near_pairs, phash_key


def _brute_pairs(hs: list[int], t: int) -> set[tuple[int, int]]:
    return {(i, j) for i in range(len(hs)) for j in range(i + 1, len(hs)) if (hs[i] ^ hs[j]).bit_count() <= t}


def _with_neighbours(rng: random.Random, n: int) -> list[int]:
    """Random hashes plus copies with a few bits flipped, so there is something to find."""
    out = set()
    for _ in range(n):
        h = rng.getrandbits(64)
        out.add(h)
        for _ in range(rng.randint(0, 3)):
            x = h
            for _ in range(rng.randint(1, 9)):
                x ^= 1 << rng.randrange(64)
            out.add(x)
    return sorted(out)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 400), st.integers(0, 10))
def test_near_pairs_equal_brute_force(seed: int, n: int, t: int) -> None:
    hs = _with_neighbours(random.Random(seed), n)
    got = {(int(i), int(j)) for i, j in near_pairs(np.array(hs, dtype=np.uint64), t).tolist()}
    assert got == _brute_pairs(hs, t)


def test_clusters_equal_connected_components_of_brute_force() -> None:
    rng = random.Random(7)
    for n in (5, 300, 3000):
        hs = _with_neighbours(rng, n)
        sub = hs[: min(len(hs), 1500)]  # brute force is quadratic
        canon = cluster_phashes(sub, 6)
        g = nx.Graph()
        g.add_nodes_from(range(len(sub)))
        g.add_edges_from(_brute_pairs(sub, 6))
        for comp in nx.connected_components(g):
            want = min(sub[i] for i in comp)
            assert {canon[sub[i]] for i in comp} == {want}
        assert len(set(canon.values())) == nx.number_connected_components(g)


def test_clusters_do_not_depend_on_order() -> None:
    hs = _with_neighbours(random.Random(3), 500)
    shuffled = hs[:]
    random.Random(4).shuffle(shuffled)
    assert cluster_phashes(hs, 6) == cluster_phashes(shuffled, 6)


def _pattern(seed: int, size: int = 320) -> Image.Image:
    """A synthetic, non-explicit picture: coloured shapes on a gradient."""
    rng = random.Random(seed)
    img = Image.new("RGB", (size, size))
    px = img.load()
    assert px is not None
    for y in range(0, size, 4):
        for x in range(0, size, 4):
            c = (x * 255 // size, y * 255 // size, (x + y) * 127 // size)
            for dy in range(4):
                for dx in range(4):
                    px[x + dx, y + dy] = c
    draw = ImageDraw.Draw(img)
    for _ in range(8):
        x, y, r = rng.randrange(size), rng.randrange(size), rng.randrange(size // 10, size // 3)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    return img


def _jpeg(img: Image.Image, quality: int, size: int | None = None, crop: int = 0) -> bytes:
    if crop:
        img = img.crop((crop, crop, img.width - crop, img.height - crop))
    if size:
        img = img.resize((size, size))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def test_reencoded_photo_gets_the_same_key_and_another_photo_does_not() -> None:
    a, b = _pattern(1), _pattern(2)
    files = {
        "a": _jpeg(a, 92),
        "a-small": _jpeg(a, 35, size=200),
        "a-crop": _jpeg(a, 70, crop=6),
        "b": _jpeg(b, 92),
        "b-small": _jpeg(b, 50, size=160),
    }
    keys = {name: phash_key(int(str(image_hashes(data)["phash"]), 16)) for name, data in files.items()}
    assert len(set(keys.values())) == 5  # every file hashes differently ...
    moved = canonical_keys(sorted(keys.values()), 6)
    canon = {name: moved.get(k, k) for name, k in keys.items()}
    assert canon["a"] == canon["a-small"] == canon["a-crop"]  # ... but re-encoded copies share one key
    assert canon["b"] == canon["b-small"] != canon["a"]


def test_similar_photo_links_two_ads_and_says_so() -> None:
    a = _pattern(5)
    ha = int(str(image_hashes(_jpeg(a, 92))["phash"]), 16)
    hb = int(str(image_hashes(_jpeg(a, 50, size=200, crop=10))["phash"]), 16)
    other = int(str(image_hashes(_jpeg(_pattern(6), 90))["phash"]), 16)
    d = (ha ^ hb).bit_count()
    assert 0 < d <= 6
    ads = [
        AdFeatures(1, "s", name="Lina", selectors=(("phone", "+4791111111"), ("image", phash_key(ha)))),
        AdFeatures(2, "s", name="Lina", selectors=(("phone", "+4792222222"), ("image", phash_key(hb)))),
        AdFeatures(3, "s", name="Mona", selectors=(("phone", "+4793333333"), ("image", phash_key(other)))),
    ]
    clustered, moved = apply_image_clusters(ads, 6)
    assert len(moved) == 1
    result = link_ads(clustered, lambda idx: {})
    assert sorted(map(sorted, result.profiles)) == [[0, 1], [2]]
    (ev,) = result.person_evidence
    assert ev.kind == "image" and ev.reason.endswith(f"similar photo (phash distance {d})")


def test_placeholder_photo_in_many_variants_is_a_hub() -> None:
    """A stock picture re-encoded by each uploader is still one picture, and still a hub."""
    img = _pattern(9)
    files = [_jpeg(img, 92), _jpeg(img, 70, crop=6), _jpeg(img, 50, size=200, crop=10)]
    variants = [int(str(image_hashes(f)["phash"]), 16) for f in files]
    uniq = sorted(set(variants))
    assert len(uniq) >= 2  # different files, and not all the same hash
    # Two uploads of each variant: each exact hash is seen with only two phones (no hub on its own).
    ads = [
        AdFeatures(i, "s", name=f"N{i}", selectors=(("phone", f"+47900000{i:02d}"), ("image", phash_key(uniq[i // 2]))))
        for i in range(2 * len(uniq))
    ]
    assert link_ads(ads, lambda idx: {}).hubs == []
    clustered, _ = apply_image_clusters(ads, 6)
    result = link_ads(clustered, lambda idx: {})
    assert len(result.profiles) == len(ads)  # the stock photo joins nobody
    assert [h.kind for h in result.hubs] == ["image"]


def test_own_photo_over_a_few_numbers_is_not_a_hub() -> None:
    """One person's photo, re-uploaded with her three numbers over time, still joins her ads."""
    img = _pattern(11)
    files = [_jpeg(img, 92), _jpeg(img, 70, crop=6), _jpeg(img, 50, size=200, crop=10)]
    keys = [phash_key(int(str(image_hashes(f)["phash"]), 16)) for f in files]
    ads = [
        AdFeatures(i, "s", name="Lina", selectors=(("phone", f"+4791000{i:03d}"), ("image", keys[i]))) for i in range(3)
    ]
    clustered, _ = apply_image_clusters(ads, 6)
    result = link_ads(clustered, lambda idx: {})
    assert result.hubs == [] and [sorted(p) for p in result.profiles] == [[0, 1, 2]]
