"""Synthetic pictures: deterministic, small, and matched by a perceptual hash only to their own variants."""

from __future__ import annotations

import io
import itertools

import pytest
from PIL import Image

from kartlegg.collect.phash import phash
from kartlegg.demo.photos import image_url, parse_image_name, render_photo


def _hash(photo_id: str, variant: int) -> int:
    """The crawler's perceptual hash of a demo photo, as an integer."""
    return int(phash(Image.open(io.BytesIO(render_photo(photo_id, variant)))), 16)


def _distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def test_pictures_are_deterministic_small_images() -> None:
    assert render_photo("ph7x1x0", 2) == render_photo("ph7x1x0", 2)
    assert render_photo("ph7x1x0", 2) != render_photo("ph7x1x0", 1)
    for variant in range(8):
        img = Image.open(io.BytesIO(render_photo("ph7x1x0", variant)))
        assert img.format == ("PNG" if variant % 4 == 3 else "JPEG")
        assert 48 <= img.width <= 160 and 48 <= img.height <= 170


def test_phash_matches_variants_of_one_photo_and_not_other_photos() -> None:
    ids = [f"ph9x{i}x{j}" for i in range(40) for j in range(3)]
    hashes = {pid: [_hash(pid, v) for v in range(6)] for pid in ids}
    within = max(_distance(a, b) for hs in hashes.values() for a, b in itertools.combinations(hs, 2))
    between = min(_distance(hashes[a][0], hashes[b][v]) for a, b in itertools.combinations(ids, 2) for v in (0, 4))
    assert within <= 6
    assert between >= 12


def test_image_names_round_trip_and_hostile_names_are_refused() -> None:
    url = image_url("rosa.example", "ph7x21x3", 5)
    assert url == "https://rosa.example/img/ph7x21x3_5.jpg"
    assert parse_image_name(url.rsplit("/", 1)[1]) == ("ph7x21x3", 5)
    assert parse_image_name("ph7x21x3_7.png") == ("ph7x21x3", 7)
    for bad in ("../etc/passwd_1.jpg", "a_1.gif", "a_b.jpg", "x" * 300 + "_1.jpg", ""):
        assert parse_image_name(bad) is None
    with pytest.raises(ValueError):
        render_photo("", 0)
