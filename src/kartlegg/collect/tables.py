"""The collect stage's tables (migrations 0030-0031), declared on the spine's metadata (``store/schema.py``)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, PrimaryKeyConstraint, Table, Text

from kartlegg.store.schema import metadata, raw_pages

site_definitions = Table(
    "site_definitions",
    metadata,
    Column("name", Text, primary_key=True),
    Column("definition", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

crawl_urls = Table(
    "crawl_urls",
    metadata,
    Column("site", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("pending", Integer, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_status", Integer),
    Column("last_sha256", Text),
    Column("last_fetched", Text),
    Column("fails", Integer, nullable=False),
    Column("last_error", Text),
    PrimaryKeyConstraint("site", "url"),
    Index("ix_crawl_urls_pending", "site", "pending"),
)

#: WARC evidence is looked up by record id (the workbench's evidence download).
Index("ix_raw_pages_record", raw_pages.c.warc_record_id)

page_templates = Table(
    "page_templates",
    metadata,
    Column("page_id", BigInteger, primary_key=True, autoincrement=False),
    Column("ad_id", BigInteger, nullable=False),
    Column("site", Text, nullable=False),
    Column("host", Text, nullable=False),
    Column("fingerprint", Text, nullable=False),
    Column("fetched_at", Text, nullable=False),
    Index("ix_page_templates_site", "site", "host"),
)

templates = Table(
    "templates",
    metadata,
    Column("fingerprint", Text, primary_key=True),
    Column("minhash", Text, nullable=False),
    Column("shingles", Integer, nullable=False),
)
