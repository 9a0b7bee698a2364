"""Near-duplicate text: masking, MinHash signatures, LSH candidates, rapidfuzz verification.

Controllers copy one ad template across persons and sites with small edits, so copies are found on the
*masked* text (contact details, numbers and links replaced by placeholders, so a new phone number does not
hide a copy). MinHash over word shingles is computed with numpy for a whole batch at once (a seeded
multiply-shift hash family, so the same input always gives the same signature on every machine); band keys
of the signature put likely copies in the same bucket, and every candidate pair is verified with rapidfuzz
before it counts. Buckets larger than ``max_bucket`` are boilerplate, not copies, and are skipped.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from kartlegg.link.config import TextRules, default_rules

_URL = re.compile(r"(?:https?://|www\.)\S{1,300}", re.IGNORECASE)
_EMAIL = re.compile(r"\S{1,64}@\S{1,255}")
_DIGITS = re.compile(r"\d[\d\s().\-/]{0,30}\d|\d")
_HANDLE = re.compile(r"@\w{1,64}")
_WORD = re.compile(r"\w+")
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def mask_text(title: str, body: str, max_chars: int = 2000) -> str:
    """Lower-cased title and body with links, e-mails, handles and numbers replaced by placeholders."""
    raw = (title + " \n " + body)[: max_chars * 4].lower()
    if "http" in raw or "www." in raw:
        raw = _URL.sub(" ‹url› ", raw)
    if "@" in raw:
        raw = _EMAIL.sub(" ‹email› ", raw)
        raw = _HANDLE.sub(" ‹handle› ", raw)
    raw = _DIGITS.sub("#", raw)
    return " ".join(raw.split())[:max_chars]


_WORD_CACHE: dict[str, int] = {}


def _word_hash(word: str) -> int:
    h = zlib.crc32(word.encode("utf-8"))
    if len(_WORD_CACHE) > 2_000_000:  # bounded: ad text is attacker-written
        _WORD_CACHE.clear()
    _WORD_CACHE[word] = h
    return h


def _word_hashes(text: str) -> list[int]:
    """A stable 32-bit hash per word (crc32, memoised: ad vocabularies repeat a lot)."""
    get = _WORD_CACHE.get
    return [get(w) or _word_hash(w) for w in _WORD.findall(text)]


@dataclass(frozen=True, slots=True)
class _Family:
    a: np.ndarray
    b: np.ndarray
    band_mult: np.ndarray


def _family(rules: TextRules) -> _Family:
    rng = np.random.default_rng(rules.seed)
    n = rules.bands * rules.rows
    a = rng.integers(1, 2**63, size=n, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=n, dtype=np.uint64)
    mult = rng.integers(1, 2**63, size=rules.rows, dtype=np.uint64) | np.uint64(1)
    return _Family(a, b, mult)


def band_keys(texts: Sequence[str], rules: TextRules | None = None) -> list[list[int]]:
    """For each (masked) text, its LSH band keys (empty for texts too short to compare).

    Keys are 63-bit integers that already include the band number, so two texts are candidates exactly when
    they share any key.
    """
    rules = rules or default_rules().text
    fam = _family(rules)
    k = rules.shingle_words
    per_text = [_word_hashes(t) for t in texts]
    out: list[list[int]] = [[] for _ in texts]
    usable = [i for i, w in enumerate(per_text) if len(w) >= max(rules.min_words, k)]
    if not usable:
        return out
    # Shingle hashes: a mix of k consecutive word hashes, computed for all texts at once; a shingle that
    # would cross into the next text is dropped by starting each text's segment at its own offset.
    word_counts = np.array([len(per_text[i]) for i in usable], dtype=np.int64)
    words = np.fromiter((h for i in usable for h in per_text[i]), dtype=np.uint64, count=int(word_counts.sum()))
    word_starts = np.concatenate(([0], np.cumsum(word_counts)[:-1]))
    n_sh = len(words) - k + 1
    with np.errstate(over="ignore"):
        shingles = np.zeros(n_sh, dtype=np.uint64)
        for j in range(k):
            shingles = shingles * np.uint64(0x100000001B3) + words[j : j + n_sh]
        shingles ^= shingles >> np.uint64(29)
    lengths = word_counts - k + 1
    keep = np.ones(n_sh, dtype=bool)
    for j in range(1, k):  # the last k-1 shingle positions of each text cross into the next one
        idx = word_starts + word_counts - j
        keep[idx[idx < n_sh]] = False
    flat = shingles[keep]
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    n_perm = rules.bands * rules.rows
    sig = np.empty((len(usable), n_perm), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for p in range(n_perm):
            hashed = (flat * fam.a[p] + fam.b[p]) >> np.uint64(32)
            sig[:, p] = np.minimum.reduceat(hashed, starts)
        bands = sig.reshape(len(usable), rules.bands, rules.rows)
        keys = (bands * fam.band_mult).sum(axis=2, dtype=np.uint64)
        keys = (keys + np.arange(rules.bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)) & _MASK64
        keys >>= np.uint64(1)
    for row, i in enumerate(usable):
        out[i] = [int(x) for x in keys[row]]
    return out


def sorted_keys(keys: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Every (band key, text index) as two arrays sorted by key then index: the LSH buckets, contiguous."""
    counts = np.fromiter((len(ks) for ks in keys), dtype=np.int64, count=len(keys))
    total = int(counts.sum())
    karr = np.fromiter((k for ks in keys for k in ks), dtype=np.uint64, count=total)
    iarr = np.repeat(np.arange(len(keys), dtype=np.int64), counts)
    order = np.lexsort((iarr, karr))
    return karr[order], iarr[order]


def oversized_keys(keys: Sequence[Sequence[int]], max_bucket: int) -> frozenset[int]:
    """Band keys whose bucket holds more than ``max_bucket`` texts: boilerplate, never a link."""
    karr, _ = sorted_keys(keys)
    if not len(karr):
        return frozenset()
    uniq, counts = np.unique(karr, return_counts=True)
    return frozenset(int(k) for k in uniq[counts > max_bucket])


#: a bucket of up to this many members pairs all of them; a larger one a star from its first and a chain
ALL_PAIRS_UPTO = 16


def bucket_pairs(members: Sequence[int], max_bucket: int) -> set[tuple[int, int]]:
    """The pairs (a < b) of one bucket's sorted, distinct members: all of them up to ``ALL_PAIRS_UPTO``, a
    star from the first plus a chain beyond (linear work, and a verified copy still joins its group), none
    past ``max_bucket``."""
    m = len(members)
    if m < 2 or m > max_bucket:
        return set()
    if m <= ALL_PAIRS_UPTO:
        return {(members[x], members[y]) for x in range(m) for y in range(x + 1, m)}
    first = members[0]
    return {(first, j) for j in members[1:]} | set(itertools.pairwise(members[1:]))


def candidate_pairs(
    keys: Sequence[Sequence[int]], max_bucket: int, skip: frozenset[int] = frozenset()
) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share a band key, from buckets no larger than ``max_bucket``.

    Each bucket's pairs are ``bucket_pairs``'. Keys in ``skip`` are ignored (buckets
    known to be oversized in the whole store, when only a part of it is linked again).
    """
    if skip:
        keys = [[k for k in ks if k not in skip] for ks in keys]
    karr, iarr = sorted_keys(keys)
    if not len(karr):
        return set()
    boundaries = np.flatnonzero(karr[1:] != karr[:-1]) + 1
    starts = np.concatenate(([0], boundaries))
    ends = np.concatenate((boundaries, [len(karr)]))
    sizes = ends - starts
    pairs: set[tuple[int, int]] = set()
    two = starts[sizes == 2]  # most buckets hold one pair: take those without a Python loop
    lo, hi = iarr[two], iarr[two + 1]
    distinct = lo != hi
    pairs.update(zip(lo[distinct].tolist(), hi[distinct].tolist(), strict=True))
    for s, e in zip(starts[sizes > 2].tolist(), ends[sizes > 2].tolist(), strict=True):
        pairs.update(bucket_pairs(sorted(set(iarr[s:e].tolist())), max_bucket))
    return pairs


def verify(texts: Sequence[str], pairs: set[tuple[int, int]], min_ratio: float) -> list[tuple[int, int, float]]:
    """Candidate pairs whose rapidfuzz ratio reaches ``min_ratio``, with the ratio (0-100), sorted."""
    out: list[tuple[int, int, float]] = []
    for i, j in sorted(pairs):
        score = fuzz.ratio(texts[i], texts[j], score_cutoff=min_ratio)
        if score:
            out.append((i, j, float(score)))
    return out


def near_duplicate_pairs(
    texts: Sequence[str], rules: TextRules | None = None, *, masked: bool = True
) -> list[tuple[int, int, float]]:
    """Verified near-duplicate pairs ``(i, j, ratio)`` among texts (masked already unless ``masked=False``)."""
    rules = rules or default_rules().text
    prepared = list(texts) if masked else [mask_text("", t, rules.max_chars) for t in texts]
    keys = band_keys(prepared, rules)
    return verify(prepared, candidate_pairs(keys, rules.max_bucket), rules.verify_ratio)


def near_duplicate_groups(texts: Sequence[str], rules: TextRules | None = None) -> list[list[int]]:
    """Groups (of two or more indices) of texts that are copies of each other, after masking."""
    from kartlegg.link.graph import UnionFind

    uf = UnionFind(len(texts))
    for i, j, _ in near_duplicate_pairs(texts, rules, masked=False):
        uf.union(i, j)
    return [g for g in uf.groups() if len(g) > 1]
