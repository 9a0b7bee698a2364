"""The link stage's tables (migrations 0010-0012, 0017), declared on the spine's metadata (``store/schema.py``)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, PrimaryKeyConstraint, Table, Text

from kartlegg.store.schema import DOUBLE, metadata, networks, profiles

link_features = Table(
    "link_features",
    metadata,
    Column("ad_id", BigInteger, primary_key=True, autoincrement=False),
    Column("version_seq", BigInteger, nullable=False),
    Column("site", Text, nullable=False),
    Column("city", Text),
    Column("posted_at", Text),
    Column("name", Text),
    Column("data", Text, nullable=False),
    Column("masked", Text, nullable=False),
)

hub_selectors = Table(
    "hub_selectors",
    metadata,
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("selector_id", BigInteger, nullable=False),
    Column("ads", Integer, nullable=False),
    Column("sites", Integer, nullable=False),
    Column("names", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    PrimaryKeyConstraint("kind", "value"),
)

profile_cities = Table(
    "profile_cities",
    metadata,
    Column("profile_id", Text, nullable=False),
    Column("city", Text, nullable=False),
    Column("first_seen", Text),
    Column("last_seen", Text),
    Column("ads", Integer, nullable=False),
    PrimaryKeyConstraint("profile_id", "city"),
    Index("ix_profile_cities_city", "city"),
)

site_aliases = Table(
    "site_aliases",
    metadata,
    Column("site_a", Text, nullable=False),
    Column("site_b", Text, nullable=False),
    Column("score", DOUBLE, nullable=False),
    Column("reason", Text, nullable=False),
    # 0011: the alias's evidence and strength ('alias': the same site; 'template': the same page template)
    Column("shared", Integer, nullable=False, server_default="0"),
    Column("share", DOUBLE, nullable=False, server_default="0"),
    Column("template", DOUBLE),
    Column("gap_days", Integer),
    Column("strength", Text, nullable=False, server_default="alias"),
    PrimaryKeyConstraint("site_a", "site_b"),
)

link_state = Table(
    "link_state",
    metadata,
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

#: 0012: the profile and network lists' order (``link.query.list_profiles`` / ``list_networks``), read a page
#: at a time in index order
Index("ix_profiles_recent", profiles.c.last_seen.desc(), profiles.c.ads.desc(), profiles.c.id)
Index("ix_networks_order", networks.c.profiles.desc(), networks.c.ads.desc(), networks.c.id)

#: 0017: each network's cities (``link.network_cities``), for the network list filtered by a city
network_cities = Table(
    "network_cities",
    metadata,
    Column("network_id", Text, nullable=False),
    Column("city_key", Text, nullable=False),
    Column("city", Text, nullable=False),
    PrimaryKeyConstraint("city_key", "network_id"),
    Index("ix_network_cities_network", "network_id"),
)
