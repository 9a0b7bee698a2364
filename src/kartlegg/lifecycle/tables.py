"""The lifecycle stage's tables (migrations 0060, 0061), declared on the spine's metadata (``store/schema.py``)."""

from __future__ import annotations

from sqlalchemy import Column, Index, Table, Text

from kartlegg.store.schema import metadata

#: keyed tombstones of erased ads: HMAC of the ad id, so the table says when and why, not which
erased_ads = Table(
    "erased_ads",
    metadata,
    Column("token", Text, primary_key=True),
    Column("erased_at", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("actor", Text, nullable=False),
    #: the token of the ad a URL or text-fingerprint tombstone belongs to (migration 0061), lifted together
    Column("ad_token", Text),
    Index("ix_erased_ads_ad_token", "ad_token"),
)
