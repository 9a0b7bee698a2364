"""The perceptual hash of a photo: imagehash's ``phash`` (64 bits, hex) as a few lines of numpy.

imagehash brought scipy and PyWavelets (150 MB) into the CLI install for one DCT. This is the same
computation: the picture in grey, resized to 32x32 with Lanczos (Pillow, as imagehash does), the 8x8
lowest frequencies of its unnormalised type-II DCT (scipy's ``fftpack.dct`` along both axes), and one bit
per coefficient above their median, written as imagehash writes it. The DCT is a matrix product instead of
an FFT, so coefficients may differ in the last floating-point bits: a bit can only differ where a coefficient
equals the median to ~1e-12, which happens for flat pictures, whose hash is rounding noise in either.
tests/collect/test_phash.py compares the two on the demo's photos and random pictures when imagehash is
installed (the development install has it).
"""

from __future__ import annotations

from functools import cache

import numpy as np
import numpy.typing as npt
from PIL import Image

HASH_SIZE = 8
IMAGE_SIZE = HASH_SIZE * 4


@cache
def _dct_rows() -> npt.NDArray[np.float64]:
    """The first ``HASH_SIZE`` rows of the unnormalised DCT-II matrix: ``2 cos(pi k (2n + 1) / 2N)``."""
    k = np.arange(HASH_SIZE, dtype=np.float64).reshape(-1, 1)
    n = np.arange(IMAGE_SIZE, dtype=np.float64).reshape(1, -1)
    return 2.0 * np.cos(np.pi * k * (2.0 * n + 1.0) / (2.0 * IMAGE_SIZE))


def phash(image: Image.Image) -> str:
    """The 64-bit perceptual hash of ``image`` as 16 hex digits (``str(imagehash.phash(image))``)."""
    grey = image.convert("L").resize((IMAGE_SIZE, IMAGE_SIZE), Image.Resampling.LANCZOS)
    pixels = np.asarray(grey, dtype=np.float64)
    d = _dct_rows()
    low = d @ pixels @ d.T  # rows (axis 0) then columns (axis 1), the 8x8 lowest frequencies only
    bits = (low > np.median(low)).flatten()
    return f"{int(''.join('1' if b else '0' for b in bits), 2):016x}"
