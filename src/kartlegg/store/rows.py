"""Plain record types of ads on their way into the store and back: no database code, so the stream
filter (`kartlegg extract`) and the ingest parser processes import them without SQLAlchemy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from kartlegg.ids import ad_id, version_key
from kartlegg.records import AdInput


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class IncomingAd:
    """An ad ready to store: the parsed input plus where it came from and its content hash."""

    ad: AdInput
    content_hash: str
    source: str
    source_sha256: str
    page_id: int | None = None


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """One stored version of an ad, as later stages read it."""

    seq: int
    ad_id: int
    site: str
    ad_key: str
    url: str | None
    posted_at: str | None
    title: str
    body: str
    city: str | None
    images: list[str]
    extra: dict[str, Any]
    site_country: str | None = None
    site_language: str | None = None


#: A version ready to write, as plain values so it pickles cheaply between processes:
#: (ad_id, site, ad_key, content_hash, url, posted_at, title, body, city, images_json, extra_json,
#:  source, source_sha256, page_id, version_key)
VersionRow = tuple[
    int, str, str, str, str | None, str | None, str, str, str | None, str, str, str, str, int | None, int
]


def version_row(
    site: str,
    ad_key: str,
    content_hash: str,
    url: str | None,
    posted_at: str | None,
    title: str,
    body: str,
    city: str | None,
    images: Sequence[str],
    extra: dict[str, Any],
    source: str,
    source_sha256: str,
    page_id: int | None,
) -> VersionRow:
    """The one definition of a ``VersionRow`` (``to_row`` and the bulk ingest path both build it here)."""
    aid = ad_id(site, ad_key)
    return (
        aid,
        site,
        ad_key,
        content_hash,
        url,
        posted_at,
        title,
        body,
        city,
        orjson.dumps(list(images)).decode(),
        orjson.dumps(extra).decode(),
        source,
        source_sha256,
        page_id,
        version_key(aid, content_hash),
    )


def to_row(item: IncomingAd) -> VersionRow:
    a = item.ad
    return version_row(
        a.site,
        a.id,
        item.content_hash,
        a.url,
        a.posted_at,
        a.title,
        a.body,
        a.city,
        a.images,
        a.extra,
        item.source,
        item.source_sha256,
        item.page_id,
    )
