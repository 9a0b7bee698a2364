"""The spine's tables, declared once (SQLAlchemy Core): what every stage may rely on.

The numbered SQL migrations in ``store/sql/`` stay the way a store is created and upgraded (they are the
history a store already in use has been through, and they run unchanged on SQLite and PostgreSQL). This
declaration is the description of the result: ``tests/store/test_schema.py`` migrates a fresh store on
both backends and compares it with the declaration column by column (type, nullability, default, keys,
foreign keys, unique constraints, indexes), so the two cannot drift. A change to a table is a new
migration plus the same change here; the test names any difference. Each stage declares its own tables
on the same ``metadata`` (``link/tables.py``, ``collect/tables.py``, ``web/tables.py``, ``ops/tables.py``,
``lifecycle/tables.py``): the spine never imports them, a later stage adds its tables (and its indexes on
spine tables) itself.
"""

from __future__ import annotations

from sqlalchemy import (
    DOUBLE_PRECISION,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

metadata = MetaData()


def serial() -> TypeEngine[int]:
    """The migrations' ``{pk}``/``{idpk}``: SQLite's rowid (INTEGER) or a PostgreSQL BIGINT."""
    return BigInteger().with_variant(Integer(), "sqlite")


def pk_serial(name: str) -> Column[int]:
    """``{pk}``: an auto-increment key (SQLite AUTOINCREMENT: never reused, so seq watermarks hold)."""
    return Column(name, serial(), primary_key=True, autoincrement=True)


def pk_given(name: str) -> Column[int]:
    """``{idpk}``: a caller-given 64-bit key (content hashes, ``kartlegg.ids``)."""
    return Column(name, serial(), primary_key=True, autoincrement=False)


DOUBLE = DOUBLE_PRECISION[float]

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)

sites = Table(
    "sites",
    metadata,
    pk_serial("id"),
    Column("name", Text, nullable=False, unique=True),
    Column("domain", Text),
    Column("country", Text),
    Column("language", Text),
    Column("created_at", Text, nullable=False),
    sqlite_autoincrement=True,
)

raw_pages = Table(
    "raw_pages",
    metadata,
    pk_serial("id"),
    Column("sha256", Text, nullable=False),
    Column("fetched_at", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("http_status", Integer),
    Column("content_type", Text),
    Column("size", BigInteger),
    Column("warc_path", Text),
    Column("warc_offset", BigInteger),
    Column("warc_record_id", Text),  # indexed by the crawler (collect/tables.py)
    UniqueConstraint("source", "sha256"),
    sqlite_autoincrement=True,
)

ads = Table(
    "ads",
    metadata,
    pk_given("id"),
    Column("site_id", BigInteger, ForeignKey("sites.id"), nullable=False),
    Column("ad_key", Text, nullable=False),
    Column("first_seen", Text, nullable=False),
    # the newest version (0004), kept by store.ads.insert_rows; read through store.ads.current_version()
    Column("current_seq", BigInteger),
    Index("ix_ads_current", "current_seq"),
    Index("ix_ads_site", "site_id"),  # 0076
)

ad_versions = Table(
    "ad_versions",
    metadata,
    pk_serial("seq"),
    Column("ad_id", BigInteger, ForeignKey("ads.id"), nullable=False),
    Column("version_key", BigInteger, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("ingested_at", Text, nullable=False),
    Column("url", Text),
    Column("posted_at", Text),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("city", Text),
    Column("images", Text, nullable=False),
    Column("extra", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("source_sha256", Text, nullable=False),
    Column("page_id", BigInteger, ForeignKey("raw_pages.id")),
    Index("ux_ad_versions_ad_key", "ad_id", "version_key", unique=True),
    sqlite_autoincrement=True,
)

selectors = Table(
    "selectors",
    metadata,
    pk_given("id"),
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
    UniqueConstraint("kind", "value"),
)

ad_selectors = Table(
    "ad_selectors",
    metadata,
    Column("version_seq", BigInteger, ForeignKey("ad_versions.seq"), nullable=False),
    Column("ad_id", BigInteger, nullable=False),
    Column("selector_id", BigInteger, ForeignKey("selectors.id"), nullable=False),
    Column("field", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("raw", Text, nullable=False),
    Column("detail", Text, nullable=False),
    PrimaryKeyConstraint("version_seq", "selector_id", "field", "span_start"),
    Index("ix_ad_selectors_selector", "selector_id"),
    Index("ix_ad_selectors_ad", "ad_id"),
)

ad_extractions = Table(
    "ad_extractions",
    metadata,
    Column("version_seq", BigInteger, ForeignKey("ad_versions.seq"), primary_key=True, autoincrement=False),
    Column("ad_id", BigInteger, nullable=False),
    Column("language", Text),
    Column("data", Text, nullable=False),
    Column("extracted_at", Text, nullable=False),
    Index("ix_ad_extractions_ad", "ad_id"),
)

ad_images = Table(
    "ad_images",
    metadata,
    Column("ad_id", BigInteger, nullable=False),
    Column("version_seq", BigInteger, nullable=False),
    Column("url", Text, nullable=False),
    Column("sha256", Text),
    Column("phash", Text),
    Column("width", Integer),
    Column("height", Integer),
    Column("fetched_at", Text),
    PrimaryKeyConstraint("version_seq", "url"),
    Index("ix_ad_images_ad", "ad_id"),
    Index("ix_ad_images_phash", "phash"),
)

site_furniture = Table(
    "site_furniture",
    metadata,
    Column("site", Text, primary_key=True),
    Column("model", Text, nullable=False),
    Column("ads", Integer, nullable=False),
    Column("learned_at", Text, nullable=False),
)

profiles = Table(
    "profiles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("network_id", Text),
    Column("first_seen", Text),
    Column("last_seen", Text),
    Column("data", Text, nullable=False),
    Column("ads", Integer, nullable=False, server_default="0"),  # 0010
    Index("ix_profiles_network", "network_id"),
    Index("ix_profiles_first_seen", "first_seen"),
)

profile_ads = Table(
    "profile_ads",
    metadata,
    Column("ad_id", BigInteger, primary_key=True, autoincrement=False),
    Column("profile_id", Text, nullable=False),
    Index("ix_profile_ads_profile", "profile_id"),
)

networks = Table(
    "networks",
    metadata,
    Column("id", Text, primary_key=True),
    Column("data", Text, nullable=False),
    Column("profiles", Integer, nullable=False, server_default="0"),  # 0010
    Column("ads", Integer, nullable=False, server_default="0"),
    Index("ix_networks_size", "profiles", "ads"),
)

links = Table(
    "links",
    metadata,
    pk_serial("id"),
    Column("level", Text, nullable=False),
    Column("a", Text, nullable=False),
    Column("b", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("selector_id", BigInteger),
    Column("score", DOUBLE, nullable=False),
    Index("ix_links_a", "level", "a"),
    Index("ix_links_b", "level", "b"),
    sqlite_autoincrement=True,
)

indicators = Table(
    "indicators",
    metadata,
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("indicator", Text, nullable=False),
    Column("contribution", DOUBLE, nullable=False),
    Column("evidence", Text, nullable=False),
    PrimaryKeyConstraint("entity_type", "entity_id", "indicator"),
)

scores = Table(
    "scores",
    metadata,
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("risk_score", DOUBLE, nullable=False),
    Column("minor_score", DOUBLE, nullable=False),
    Column("third_party_score", DOUBLE, nullable=False),
    PrimaryKeyConstraint("entity_type", "entity_id"),
    Index("ix_scores_risk", "entity_type", "risk_score"),
)

stage_runs = Table(
    "stage_runs",
    metadata,
    pk_serial("id"),
    Column("stage", Text, nullable=False),
    Column("started_at", Text, nullable=False),
    Column("finished_at", Text),
    Column("status", Text, nullable=False),
    Column("watermark", BigInteger),
    Column("info", Text, nullable=False),
    Index("ix_stage_runs_stage", "stage", "id"),
    sqlite_autoincrement=True,
)

audit_log = Table(
    "audit_log",
    metadata,
    pk_serial("seq"),
    Column("ts", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("object_type", Text, nullable=False),
    Column("object_id", Text, nullable=False),
    Column("justification", Text, nullable=False),
    Column("details", Text, nullable=False),
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
    sqlite_autoincrement=True,
)
