"""Small deterministic synthetic pictures for the demo market (abstract shapes only, nothing explicit).

A picture is defined by its ``photo_id`` alone, so the demo web sites can serve ``/img/<photo_id>_<variant>.jpg``
without knowing the world. Variants are the same picture re-encoded, resized and slightly cropped, as happens
when one photo is uploaded to several sites: a perceptual hash (imagehash.phash) matches the variants of one
photo and not other photos.
"""

from __future__ import annotations

import hashlib
import io
import random
import re

import numpy as np
from PIL import Image, ImageDraw

_BASE = 256
_NAME = re.compile(r"^([A-Za-z0-9]{1,64})_([0-9]{1,3})\.(?:jpg|jpeg|png)$")


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _colour(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randrange(256), rng.randrange(256), rng.randrange(256))


def _dct_matrix(n: int) -> np.ndarray:
    k = np.arange(n)[:, None]
    x = np.arange(n)[None, :]
    m = np.cos(np.pi * (2 * x + 1) * k / (2 * n)) * np.sqrt(2 / n)
    m[0] /= np.sqrt(2)
    return np.asarray(m, dtype=np.float64)


_D32 = _dct_matrix(32)


def _base_picture(photo_id: str) -> Image.Image:
    """The full-size original: smooth abstract colour blobs built from 63 low-frequency waves.

    A perceptual hash keeps the signs of the 8x8 lowest DCT frequencies; drawing each picture from its own
    random signs with large amplitudes makes those bits robust to re-encoding, resizing and small crops, and
    makes unrelated pictures differ in about half of them.
    """
    rng = _rng("photo", photo_id)
    signs = [1.0] * 32 + [-1.0] * 31
    rng.shuffle(signs)
    coef = np.zeros((32, 32))
    low = np.array([0.0, *(s * (1.0 + 0.4 * rng.random()) for s in signs)]).reshape(8, 8)
    coef[:8, :8] = low
    pix = _D32.T @ coef @ _D32
    pix = (pix - pix.min()) / max(1e-9, float(pix.max() - pix.min()))
    grey = Image.fromarray(pix.astype(np.float32), mode="F").resize((_BASE, _BASE), Image.Resampling.BICUBIC)
    lum = np.clip(np.asarray(grey, dtype=np.float32), 0.0, 1.0)
    channels = []
    for _ in range(3):
        lo = rng.randint(0, 110)
        hi = rng.randint(lo + 90, 255)
        channels.append(lo + (hi - lo) * lum)
    rgb = np.stack(channels, axis=-1).round().astype(np.uint8)
    img = Image.fromarray(rgb, mode="RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randint(1, 3)):  # a few small shapes on top, for looks
        r = rng.randint(6, 16)
        x, y = rng.randint(r, _BASE - r), rng.randint(r, _BASE - r)
        draw.ellipse((x - r, y - r, x + r, y + r), outline=_colour(rng), width=2)
    return img


def render_photo(photo_id: str, variant: int = 0) -> bytes:
    """The picture ``photo_id`` as one of its variants (PNG when ``variant % 4 == 3``, else JPEG), 64-160 px."""
    if not photo_id or len(photo_id) > 200:
        raise ValueError("photo_id must be 1-200 characters")
    img = _base_picture(photo_id)
    rng = _rng("variant", photo_id, variant)
    if variant:
        m = int(_BASE * 0.04)
        left, top = rng.randint(0, m), rng.randint(0, m)
        right, bottom = _BASE - rng.randint(0, m), _BASE - rng.randint(0, m)
        img = img.crop((left, top, right, bottom))
    size = 128 if variant == 0 else rng.randint(64, 160)
    aspect = img.height / img.width
    img = img.resize((size, max(48, int(size * aspect))), Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    if variant % 4 == 3:
        img.save(buf, format="PNG", optimize=False)
    else:
        img.save(buf, format="JPEG", quality=85 if variant == 0 else rng.randint(55, 92))
    return buf.getvalue()


def image_url(domain: str, photo_id: str, variant: int) -> str:
    """Where the demo sites serve a picture (the extension tells the format)."""
    ext = "png" if variant % 4 == 3 else "jpg"
    return f"https://{domain}/img/{photo_id}_{variant}.{ext}"


def parse_image_name(name: str) -> tuple[str, int] | None:
    """``"ph7x21x3_5.jpg"`` -> ("ph7x21x3", 5); None for anything else (names come from URLs: hostile)."""
    m = _NAME.match(name)
    if m is None:
        return None
    return m.group(1), int(m.group(2))
