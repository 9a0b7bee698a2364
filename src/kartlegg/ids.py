"""Stable identifiers derived from content, so that re-runs, other machines and Spark jobs agree.

An ad's id is a 63-bit hash of its site and site-local id; a selector's id of its kind and value.
At a million ads the chance of any collision is about 1 in 10^7 (birthday bound on 2^63).
"""

from __future__ import annotations

import hashlib


def stable_id(*parts: str) -> int:
    """A positive 63-bit integer from the parts (fits BIGINT on every backend)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def ad_id(site: str, ad_key: str) -> int:
    return stable_id("ad", site, ad_key)


def version_key(ad: int, content_hash: str) -> int:
    """One distinct content of one ad (the uniqueness key of ``ad_versions``)."""
    return stable_id("version", str(ad), content_hash)


def selector_id(kind: str, value: str) -> int:
    return stable_id("selector", kind, value)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
