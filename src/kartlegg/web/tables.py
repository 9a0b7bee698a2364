"""The workbench's tables (migration 0040), declared on the spine's metadata (``store/schema.py``)."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, PrimaryKeyConstraint, Table, Text

from kartlegg.store.schema import ad_versions, metadata, pk_serial, scores

web_users = Table(
    "web_users",
    metadata,
    Column("name", Text, primary_key=True),
    Column("role", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("disabled", Integer, nullable=False, server_default="0"),
    Column("language", Text),  # migration 0041: nb, sv, da or en; NULL: the browser's Accept-Language
)

#: the cookie carries a random token; only its SHA-256 is stored
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("token_hash", Text, primary_key=True),
    Column("username", Text, ForeignKey("web_users.name"), nullable=False),
    Column("csrf", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("expires_at", Text, nullable=False),
    Column("ip", Text, nullable=False),
)

web_login_attempts = Table(
    "web_login_attempts",
    metadata,
    pk_serial("id"),
    Column("username", Text, nullable=False),
    Column("ip", Text, nullable=False),
    Column("ts", Text, nullable=False),
    Column("ok", Integer, nullable=False),
    Index("ix_web_login_attempts_user", "username", "ts"),
    Index("ix_web_login_attempts_ip", "ip", "ts"),
    sqlite_autoincrement=True,
)

web_grants = Table(
    "web_grants",
    metadata,
    Column("token_hash", Text, nullable=False),
    Column("object_type", Text, nullable=False),
    Column("object_id", Text, nullable=False),
    Column("justification", Text, nullable=False),
    Column("expires_at", Text, nullable=False),
    PrimaryKeyConstraint("token_hash", "object_type", "object_id"),
)

#: triage order (minors first) and the dashboard's per-day charts at a million ads (covering)
Index("ix_web_scores_triage", scores.c.entity_type, scores.c.minor_score, scores.c.risk_score)
Index("ix_web_versions_posted", ad_versions.c.posted_at, ad_versions.c.city, ad_versions.c.ad_id)
