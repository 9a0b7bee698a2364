"""The crawler's perceptual hash: imagehash's phash without scipy, the same hex for the same picture."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from kartlegg.collect.crawler import image_hashes
from kartlegg.collect.phash import phash
from kartlegg.demo.photos import render_photo


def _pictures() -> list[Image.Image]:
    """The demo's photos in all their variants, and random pictures of several sizes and modes."""
    ids = [f"ph5x{i}x{j}" for i in range(6) for j in range(2)]
    out = [Image.open(io.BytesIO(render_photo(pid, v))) for pid in ids for v in range(6)]
    rng = np.random.default_rng(11)
    for w, h in ((40, 60), (97, 131), (320, 240), (33, 32)):
        y, x = np.mgrid[0:h, 0:w]
        for _ in range(4):
            smooth = np.sin(x / rng.uniform(3, 30) + rng.uniform(0, 6)) * np.cos(y / rng.uniform(3, 30))
            rgb = np.stack([smooth * rng.uniform(40, 120) + rng.normal(128, 25, (h, w)) for _ in range(3)], axis=-1)
            out.append(Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB"))
    out.append(out[-1].convert("RGBA"))
    out.append(out[-2].convert("P"))
    return out


def test_phash_equals_imagehash() -> None:
    imagehash = pytest.importorskip("imagehash")
    pictures = _pictures()
    assert [phash(p) for p in pictures] == [str(imagehash.phash(p)) for p in pictures]


def test_phash_tells_variants_from_other_photos() -> None:
    def bits(pid: str, v: int) -> int:
        return int(phash(Image.open(io.BytesIO(render_photo(pid, v)))), 16)

    same = bin(bits("ph3x1x0", 0) ^ bits("ph3x1x0", 4)).count("1")
    other = bin(bits("ph3x1x0", 0) ^ bits("ph3x2x1", 0)).count("1")
    assert same <= 6 < 12 <= other
    assert len(phash(Image.open(io.BytesIO(render_photo("ph3x1x0", 0))))) == 16


def test_crawler_stores_the_hash_and_size_of_a_photo() -> None:
    data = render_photo("ph3x1x0", 2)
    got = image_hashes(data)
    img = Image.open(io.BytesIO(data))
    assert (got["width"], got["height"]) == img.size
    assert got["phash"] is not None and len(got["phash"]) == 16
    assert image_hashes(b"not a picture") == {"phash": None, "width": None, "height": None}
