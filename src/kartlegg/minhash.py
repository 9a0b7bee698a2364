"""MinHash signatures and a banded LSH index: datasketch 2's "affine32" scheme in a few lines of numpy.

The collect stage (page templates) and the assess stage (ads written from one template) used datasketch,
which brings scipy (140 MB) into the CLI install for one integral. These functions give the same values bit
for bit (the same seeded permutations, the MurmurHash3 pre-mix and ``a * h + b mod 2**32``), so signatures
stored before still compare, and the index picks the same bands; tests/test_minhash.py checks both against
datasketch wherever it is installed (the development install has it). The link stage has its own batched
MinHash (link/text.py) with another seed scheme.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Iterable
from functools import cache
from typing import Generic, TypeVar

import numpy as np
import numpy.typing as npt

U32 = npt.NDArray[np.uint32]
HashFunc = Callable[[bytes], int]
_MAX = np.uint32(0xFFFFFFFF)
K = TypeVar("K", bound=Hashable)


def sha1_32(data: bytes) -> int:
    """The first four bytes of the SHA-1 digest, little-endian (datasketch's default ``sha1_hash32``)."""
    return int.from_bytes(hashlib.sha1(data, usedforsecurity=False).digest()[:4], "little")


@cache
def permutations(num_perm: int, seed: int) -> tuple[U32, U32]:
    """The ``(a, b)`` of the ``num_perm`` affine permutations drawn from ``seed`` (``a`` odd: a bijection)."""
    if num_perm < 1:
        raise ValueError("num_perm must be positive")
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    a.flags.writeable = b.flags.writeable = False  # cached and shared
    return a, b


def _fmix32(hv: U32) -> U32:
    """MurmurHash3's finaliser: spreads weak input hashes (crc32 of similar text) before the permutations."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


class MinHash:
    """The signature of one set: per permutation, the least permuted hash of its members."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: U32) -> None:
        self.hashvalues = hashvalues

    @classmethod
    def of(cls, values: Iterable[bytes], *, num_perm: int, seed: int, hashfunc: HashFunc = sha1_32) -> MinHash:
        """The signature of ``values`` (an empty set gives all ``2**32 - 1``, as datasketch does)."""
        a, b = permutations(num_perm, seed)
        hv = np.fromiter(map(hashfunc, values), dtype=np.uint32)  # map: no generator frame per value
        if hv.size == 0:
            return cls(np.full(num_perm, _MAX, dtype=np.uint32))
        permuted = _fmix32(hv).reshape(-1, 1) * a + b  # wraps modulo 2**32
        return cls(permuted.min(axis=0))

    def jaccard(self, other: MinHash) -> float:
        """The estimated Jaccard similarity: the share of permutations whose minimum agrees."""
        if len(self.hashvalues) != len(other.hashvalues):
            raise ValueError("MinHash signatures of different lengths cannot be compared")
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / float(len(self.hashvalues))

    def hex(self) -> str:
        """The signature as big-endian 32-bit values in hex (how the store keeps it)."""
        return self.hashvalues.astype(">u4").tobytes().hex()


def _gauss(lo: float, hi: float, nodes: int) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    x, w = np.polynomial.legendre.leggauss(nodes)
    half = (hi - lo) / 2.0
    return lo + half * (x + 1.0), w * half


@cache
def optimal_bands(threshold: float, num_perm: int, weights: tuple[float, float] = (0.5, 0.5)) -> tuple[int, int]:
    """Bands ``b`` and rows ``r`` (``b * r <= num_perm``) that minimise the weighted false positive and false
    negative probability at ``threshold`` (datasketch's ``_optimal_param``). The integrands are polynomials of
    degree ``b * r``, which Gauss-Legendre with ``num_perm // 2 + 1`` nodes integrates exactly."""
    nodes = num_perm // 2 + 1
    s_lo, w_lo = _gauss(0.0, threshold, nodes)
    s_hi, w_hi = _gauss(threshold, 1.0, nodes)
    best, opt = float("inf"), (0, 0)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = float(np.dot(w_lo, 1.0 - (1.0 - s_lo**r) ** b))
            fn = float(np.dot(w_hi, (1.0 - s_hi**r) ** b))
            error = fp * weights[0] + fn * weights[1]
            if error < best:
                best, opt = error, (b, r)
    return opt


class MinHashLSH(Generic[K]):
    """Keys of signatures that agree with a query in at least one band (candidates for a Jaccard check)."""

    def __init__(self, threshold: float, num_perm: int, weights: tuple[float, float] = (0.5, 0.5)) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must be in [0.0, 1.0]")
        if num_perm < 2:
            raise ValueError("too few permutations")
        self.num_perm = num_perm
        self.b, self.r = optimal_bands(threshold, num_perm, weights)
        if self.b < 2:
            raise ValueError("the number of bands is too small (b < 2)")
        self._tables: list[dict[bytes, list[K]]] = [{} for _ in range(self.b)]

    def _bands(self, sig: MinHash) -> list[bytes]:
        if len(sig.hashvalues) != self.num_perm:
            raise ValueError(f"expected a signature of {self.num_perm} values, got {len(sig.hashvalues)}")
        return [sig.hashvalues[i * self.r : (i + 1) * self.r].tobytes() for i in range(self.b)]

    def insert(self, key: K, sig: MinHash) -> None:
        for band, table in zip(self._bands(sig), self._tables, strict=True):
            table.setdefault(band, []).append(key)

    def query(self, sig: MinHash) -> set[K]:
        found: set[K] = set()
        for band, table in zip(self._bands(sig), self._tables, strict=True):
            found.update(table.get(band, ()))
        return found
