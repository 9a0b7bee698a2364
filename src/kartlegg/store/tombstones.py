"""Keyed tombstones of erased ads, so a re-import or re-crawl does not bring an erased ad back.

An ad's id is a hash of its site and site-local key; the tombstone stores HMAC-SHA256 of the id under a
key kept outside the database (``Settings.tombstone_key_file``), so the table does not say which ads were
erased to whoever reads only the database. Beside the id, an erased ad leaves keyed tokens of its page
URLs and of its normalised text (``text_token``), so the same ad republished under a new URL or id is
recognised before its page is archived. Those carry ``ad_token`` (the ad's own token): lifting the ad's
tombstone (an explicit, audited decision) lifts them together.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import Connection, bindparam, text

from kartlegg.keys import key_file
from kartlegg.store.rows import now_iso


def token(key: bytes, ad_id: int) -> str:
    return hmac.new(key, b"ad\x1f%d" % ad_id, hashlib.sha256).hexdigest()


#: a text shorter than this (normalised) gets no fingerprint: short texts ("Ring mig") are shared by
#: unrelated ads, so a fingerprint of one would keep other people's ads out
MIN_TEXT = 40
_SPACE = re.compile(r"\s+")


def normalise_text(value: str) -> str:
    """NFKC, case-folded, whitespace collapsed: the form a republished copy of the same text keeps."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", value).casefold()).strip()


def text_token(key: bytes, body: str) -> str | None:
    """The keyed fingerprint of an ad's text, or None for a text too short to tell ads apart."""
    norm = normalise_text(body)
    if len(norm) < MIN_TEXT:
        return None
    return hmac.new(key, b"text\x1f" + norm.encode("utf-8"), hashlib.sha256).hexdigest()


def add(
    conn: Connection,
    key: bytes,
    ad_ids: Iterable[int],
    *,
    reason: str,
    actor: str,
    urls: Mapping[int, Iterable[str]] | None = None,
    texts: Mapping[int, Iterable[str]] | None = None,
) -> int:
    """Tombstone these ads, their page URLs and text fingerprints (idempotent); return how many are new."""
    now = now_iso()
    rows: list[dict[str, str | None]] = []
    for aid in ad_ids:
        own = token(key, aid)
        rows.append({"t": own, "g": None})
        rows += [{"t": url_token(key, u), "g": own} for u in (urls or {}).get(aid, ())]
        for body in (texts or {}).get(aid, ()):
            fp = text_token(key, body)
            if fp is not None:
                rows.append({"t": fp, "g": own})
    if not rows:
        return 0
    result = conn.execute(
        text(
            "INSERT INTO erased_ads (token, erased_at, reason, actor, ad_token) VALUES (:t, :at, :r, :who, :g) "
            "ON CONFLICT (token) DO NOTHING"
        ),
        [{**r, "at": now, "r": reason, "who": actor} for r in rows],
    )
    return max(int(result.rowcount), 0)


def _chunks(values: Sequence[str], n: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), n):
        yield values[start : start + n]


def lift(conn: Connection, key: bytes, ad_ids: Iterable[int]) -> int:
    """Remove the tombstones of these ads, with their URL and text tokens (an explicit decision to take
    them in again); return how many ads were lifted."""
    return lift_groups(conn, [token(key, a) for a in ad_ids])


def lift_groups(conn: Connection, ad_tokens: Sequence[str]) -> int:
    """Remove these ads' own tombstones and every token that belongs to them; return how many ads."""
    own = text("DELETE FROM erased_ads WHERE token IN :t").bindparams(bindparam("t", expanding=True))
    group = text("DELETE FROM erased_ads WHERE ad_token IN :t").bindparams(bindparam("t", expanding=True))
    n = 0
    for part in _chunks(sorted(set(ad_tokens))):
        n += max(int(conn.execute(own, {"t": list(part)}).rowcount), 0)
        conn.execute(group, {"t": list(part)})
    return n


def erased_among(conn: Connection, key: bytes, ad_ids: Sequence[int]) -> set[int]:
    """Which of these ads were erased (one indexed look-up per 500 ads; nothing when none ever was)."""
    if not ad_ids or conn.execute(text("SELECT 1 FROM erased_ads LIMIT 1")).first() is None:
        return set()
    by_token = {token(key, a): a for a in set(ad_ids)}
    stmt = text("SELECT token FROM erased_ads WHERE token IN :t").bindparams(bindparam("t", expanding=True))
    found: set[int] = set()
    for part in _chunks(list(by_token)):
        found.update(by_token[r[0]] for r in conn.execute(stmt, {"t": list(part)}))
    return found


def text_matches(conn: Connection, key: bytes, ads: Mapping[int, str]) -> dict[int, str]:
    """The ads (id -> body) whose text is an erased ad's: id -> the erased ad's token."""
    by_token: dict[str, list[int]] = {}
    for aid, body in ads.items():
        fp = text_token(key, body)
        if fp is not None:
            by_token.setdefault(fp, []).append(aid)
    stmt = text("SELECT token, ad_token FROM erased_ads WHERE token IN :t").bindparams(bindparam("t", expanding=True))
    found: dict[int, str] = {}
    for part in _chunks(list(by_token)):
        for fp, group in conn.execute(stmt, {"t": list(part)}):
            for aid in by_token[fp]:
                found[aid] = str(group or fp)
    return found


def url_token(key: bytes, url: str) -> str:
    return hmac.new(key, b"url\x1f" + url.encode("utf-8"), hashlib.sha256).hexdigest()


class Gate:
    """Keeps erased ads out of the store on ingest and crawl, and counts what it kept out.

    An ad is kept out when its id, or the fingerprint of its text, is tombstoned (the same ad republished
    under another URL and id). The key is read only once a tombstone exists. ``allow`` is the explicit
    decision to take erased ads in again: their tombstones are lifted instead (the caller audits it).
    """

    def __init__(self, key_path: Path, *, allow: bool = False) -> None:
        self.key_path = key_path
        self.allow = allow
        self.skipped = 0
        self.lifted = 0
        self._key: bytes | None = None
        self._tokens: set[str] | None = None

    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = key_file(self.key_path)
        return self._key

    def keep(self, conn: Connection, ad_ids: Sequence[int], bodies: Sequence[str] | None = None) -> set[int]:
        """The erased ads among ``ad_ids`` (with their ``bodies``, in the same order) that must be left out
        (none with ``allow``)."""
        if conn.execute(text("SELECT 1 FROM erased_ads LIMIT 1")).first() is None:
            return set()
        erased = erased_among(conn, self.key, ad_ids)
        by_text: dict[int, str] = {}
        if bodies is not None:
            rest = {a: b for a, b in zip(ad_ids, bodies, strict=True) if a not in erased}
            by_text = text_matches(conn, self.key, rest)
        if self.allow:
            self.lifted += lift(conn, self.key, erased) + lift_groups(conn, sorted(set(by_text.values())))
            return set()
        out = erased | set(by_text)
        self.skipped += len(out)
        return out

    def load(self, conn: Connection) -> None:
        """Read the tombstones once, before a crawl, so the crawl loop's checks need no database."""
        self._tokens = set() if self.allow else {r[0] for r in conn.execute(text("SELECT token FROM erased_ads"))}

    def url_erased(self, url: str) -> bool:
        """Whether ``url`` is the page of an erased ad (the crawler does not fetch it again)."""
        return bool(self._tokens) and url_token(self.key, url) in (self._tokens or ())

    def page_erased(self, ad: int, body: str) -> bool:
        """Whether a page just read is an erased ad's, by its id or its text: checked before it is archived."""
        if not self._tokens:
            return False
        if token(self.key, ad) in self._tokens:
            return True
        fp = text_token(self.key, body)
        return fp is not None and fp in self._tokens
