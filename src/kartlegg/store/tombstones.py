"""Keyed tombstones of erased ads, so a re-import or re-crawl does not bring an erased ad back.

An ad's id is a hash of its site and site-local key; the tombstone stores HMAC-SHA256 of the id under a
key kept outside the database (``Settings.tombstone_key_file``), so the table does not say which ads were
erased to whoever reads only the database.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import Connection, bindparam, text

from kartlegg.keys import key_file
from kartlegg.store.rows import now_iso


def token(key: bytes, ad_id: int) -> str:
    return hmac.new(key, b"ad\x1f%d" % ad_id, hashlib.sha256).hexdigest()


def add(
    conn: Connection, key: bytes, ad_ids: Iterable[int], *, reason: str, actor: str, urls: Iterable[str] = ()
) -> int:
    """Tombstone these ads and their page URLs (idempotent); return how many tombstones are new."""
    now = now_iso()
    tokens = [token(key, a) for a in ad_ids] + [url_token(key, u) for u in urls]
    rows = [{"t": t, "at": now, "r": reason, "who": actor} for t in tokens]
    if not rows:
        return 0
    result = conn.execute(
        text(
            "INSERT INTO erased_ads (token, erased_at, reason, actor) VALUES (:t, :at, :r, :who) "
            "ON CONFLICT (token) DO NOTHING"
        ),
        rows,
    )
    return max(int(result.rowcount), 0)


def lift(conn: Connection, key: bytes, ad_ids: Iterable[int]) -> int:
    """Remove the tombstones of these ads (an explicit decision to take them in again)."""
    stmt = text("DELETE FROM erased_ads WHERE token IN :t").bindparams(bindparam("t", expanding=True))
    tokens = [token(key, a) for a in ad_ids]
    n = 0
    for start in range(0, len(tokens), 500):
        n += max(int(conn.execute(stmt, {"t": tokens[start : start + 500]}).rowcount), 0)
    return n


def erased_among(conn: Connection, key: bytes, ad_ids: Sequence[int]) -> set[int]:
    """Which of these ads were erased (one indexed look-up per 500 ads; nothing when none ever was)."""
    if not ad_ids or conn.execute(text("SELECT 1 FROM erased_ads LIMIT 1")).first() is None:
        return set()
    by_token = {token(key, a): a for a in set(ad_ids)}
    stmt = text("SELECT token FROM erased_ads WHERE token IN :t").bindparams(bindparam("t", expanding=True))
    tokens = list(by_token)
    found: set[int] = set()
    for start in range(0, len(tokens), 500):
        found.update(by_token[r[0]] for r in conn.execute(stmt, {"t": tokens[start : start + 500]}))
    return found


def url_token(key: bytes, url: str) -> str:
    return hmac.new(key, b"url\x1f" + url.encode("utf-8"), hashlib.sha256).hexdigest()


class Gate:
    """Keeps erased ads out of the store on ingest and crawl, and counts what it kept out.

    The key is read only once a tombstone exists. ``allow`` is the explicit decision to take erased ads
    in again: their tombstones are lifted instead (the caller audits that decision).
    """

    def __init__(self, key_path: Path, *, allow: bool = False) -> None:
        self.key_path = key_path
        self.allow = allow
        self.skipped = 0
        self.lifted = 0
        self._key: bytes | None = None
        self._urls: set[str] | None = None

    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = key_file(self.key_path)
        return self._key

    def keep(self, conn: Connection, ad_ids: Sequence[int]) -> set[int]:
        """The erased ads among ``ad_ids`` that must be left out (none with ``allow``)."""
        if conn.execute(text("SELECT 1 FROM erased_ads LIMIT 1")).first() is None:
            return set()
        erased = erased_among(conn, self.key, ad_ids)
        if self.allow:
            self.lifted += lift(conn, self.key, erased)
            return set()
        self.skipped += len(erased)
        return erased

    def load_urls(self, conn: Connection) -> None:
        """Read the tombstones once, before a crawl, so ``url_erased`` needs no database in the crawl loop."""
        self._urls = set() if self.allow else {r[0] for r in conn.execute(text("SELECT token FROM erased_ads"))}

    def url_erased(self, url: str) -> bool:
        """Whether ``url`` is the page of an erased ad (the crawler does not fetch it again)."""
        if not self._urls:
            return False
        if url_token(self.key, url) in self._urls:
            self.skipped += 1
            return True
        return False
