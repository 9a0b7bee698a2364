"""The lifecycle stage's tables (migration 0060), declared on the spine's metadata (``store/schema.py``)."""

from __future__ import annotations

from sqlalchemy import Column, Table, Text

from kartlegg.store.schema import metadata

#: keyed tombstones of erased ads: HMAC of the ad id, so the table says when and why, not which
erased_ads = Table(
    "erased_ads",
    metadata,
    Column("token", Text, primary_key=True),
    Column("erased_at", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("actor", Text, nullable=False),
)
