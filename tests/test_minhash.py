"""MinHash and LSH: good Jaccard estimates, and datasketch's values bit for bit (stores written before match)."""

from __future__ import annotations

import random
import zlib

import numpy as np
import pytest

from kartlegg.minhash import MinHash, MinHashLSH, optimal_bands, sha1_32


def _words(rng: random.Random, n: int) -> set[bytes]:
    return {f"w{rng.randrange(10**6)}".encode() for _ in range(n)}


def test_jaccard_estimate_follows_the_true_similarity() -> None:
    rng = random.Random(1)
    base = _words(rng, 400)
    for keep in (0.2, 0.5, 0.9):
        other = set(list(base)[: int(len(base) * keep)]) | _words(rng, int(len(base) * (1 - keep)))
        true = len(base & other) / len(base | other)
        est = MinHash.of(base, num_perm=256, seed=3).jaccard(MinHash.of(other, num_perm=256, seed=3))
        assert abs(est - true) < 0.1
    assert MinHash.of(base, num_perm=64, seed=3).jaccard(MinHash.of(set(base), num_perm=64, seed=3)) == 1.0


def test_signatures_are_stable_values_independent_of_order() -> None:
    words = [b"a", b"b", b"c", b"d"]
    first = MinHash.of(words, num_perm=8, seed=20261125)
    assert first.hex() == MinHash.of(reversed(words), num_perm=8, seed=20261125).hex()
    assert len(first.hex()) == 8 * 8
    assert first.hex() != MinHash.of(words, num_perm=8, seed=1).hex()
    assert MinHash.of([], num_perm=4, seed=1).hex() == "ff" * 16


def test_lsh_finds_near_duplicates_and_not_strangers() -> None:
    rng = random.Random(2)
    base = sorted(_words(rng, 200))
    near = set(base[:190]) | _words(rng, 10)
    stranger = _words(rng, 200)
    lsh: MinHashLSH[str] = MinHashLSH(threshold=0.7, num_perm=64)
    lsh.insert("near", MinHash.of(near, num_perm=64, seed=7, hashfunc=zlib.crc32))
    lsh.insert("stranger", MinHash.of(stranger, num_perm=64, seed=7, hashfunc=zlib.crc32))
    assert lsh.query(MinHash.of(base, num_perm=64, seed=7, hashfunc=zlib.crc32)) == {"near"}
    with pytest.raises(ValueError, match="64 values"):
        lsh.query(MinHash.of(base, num_perm=32, seed=7))
    with pytest.raises(ValueError):
        MinHashLSH(threshold=1.5, num_perm=64)


def test_values_equal_datasketch() -> None:
    datasketch = pytest.importorskip("datasketch")
    rng = random.Random(3)
    for n, num_perm, seed, hashfunc in ((1, 8, 1, None), (50, 64, 20261125, None), (300, 64, 7, zlib.crc32)):
        words = _words(rng, n)
        theirs = datasketch.MinHash(num_perm=num_perm, seed=seed, **({"hashfunc": hashfunc} if hashfunc else {}))
        theirs.update_batch(list(words))
        ours = MinHash.of(words, num_perm=num_perm, seed=seed, hashfunc=hashfunc or sha1_32)
        assert np.array_equal(ours.hashvalues, theirs.hashvalues)
        assert ours.hashvalues.dtype == np.uint32
    assert sha1_32(b"kartlegg") == datasketch.hashfunc.sha1_hash32(b"kartlegg")


def test_bands_equal_datasketch() -> None:
    lsh = pytest.importorskip("datasketch.lsh")
    for num_perm in (16, 64, 128):
        for threshold in (0.3, 0.5, 0.6, 0.7, 0.8, 0.9):
            assert optimal_bands(threshold, num_perm) == lsh._optimal_param(threshold, num_perm, 0.5, 0.5)
