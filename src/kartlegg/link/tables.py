"""The link stage's tables (migrations 0010-0018, 0038, 0063, 0066), declared on the spine's metadata
(store/schema.py)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, PrimaryKeyConstraint, SmallInteger, Table, Text, text

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
#: 0068: the linked profiles' networks (``link.run._link_region``), read without the profile table's rows
Index(
    "ix_profiles_id_network",
    profiles.c.id,
    profiles.c.network_id,
    sqlite_where=text("network_id IS NOT NULL"),
    postgresql_where=text("network_id IS NOT NULL"),
)

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
# 0013: the store-wide link state, kept up to date per day (``link.index``, docs/scale.md)
link_selector_ads = Table(
    "link_selector_ads",
    metadata,
    Column("sel", BigInteger, nullable=False),
    Column("ad_id", BigInteger, nullable=False),
    Column("kind", Text, nullable=False),
    Column("site", Text, nullable=False),
    Column("name", Text),
    PrimaryKeyConstraint("sel", "ad_id"),
    Index("ix_link_selector_ads_ad", "ad_id", "kind"),
)

link_keys = Table(
    "link_keys",
    metadata,
    Column("sel", BigInteger, primary_key=True, autoincrement=False),
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("ads", Integer, nullable=False),
    Column("names", Integer, nullable=False),
    Index("ix_link_keys_names", "names", "ads"),
)

# 0018: each selector's ads per site and per name (the hub rule's input), kept by difference
link_key_sites = Table(
    "link_key_sites",
    metadata,
    Column("sel", BigInteger, nullable=False),
    Column("site", Text, nullable=False),
    Column("ads", Integer, nullable=False),
    PrimaryKeyConstraint("sel", "site"),
)

link_key_names = Table(
    "link_key_names",
    metadata,
    Column("sel", BigInteger, nullable=False),
    Column("name", Text, nullable=False),
    Column("ads", Integer, nullable=False),
    PrimaryKeyConstraint("sel", "name"),
)

link_bands = Table(
    "link_bands",
    metadata,
    Column("band", BigInteger, nullable=False),
    Column("ad_id", BigInteger, nullable=False),
    PrimaryKeyConstraint("band", "ad_id"),
)

link_bands_recent = Table(
    "link_bands_recent",
    metadata,
    Column("band", BigInteger, nullable=False),
    Column("ad_id", BigInteger, nullable=False),
    PrimaryKeyConstraint("band", "ad_id"),
    sqlite_with_rowid=False,
)

link_big_bands = Table("link_big_bands", metadata, Column("band", BigInteger, primary_key=True, autoincrement=False))

link_components = Table(
    "link_components",
    metadata,
    Column("ad_id", BigInteger, primary_key=True, autoincrement=False),
    Column("comp", BigInteger, nullable=False),
    Index("ix_link_components_comp", "comp"),
)

#: each dated named ad's (name, site, city) key with its day, marked when it has no contact (migration 0071)
link_name_keys = Table(
    "link_name_keys",
    metadata,
    Column("nkey", BigInteger, nullable=False),
    Column("ad_id", BigInteger, nullable=False),
    Column("day", Integer, nullable=False),
    Column("bare", SmallInteger, nullable=False),
    PrimaryKeyConstraint("nkey", "ad_id"),
    Index("ix_link_name_keys_ad", "ad_id"),
    sqlite_with_rowid=False,
)

link_text_pairs = Table(
    "link_text_pairs",
    metadata,
    Column("a", BigInteger, nullable=False),
    Column("b", BigInteger, nullable=False),
    Column("ratio", DOUBLE, nullable=False),
    PrimaryKeyConstraint("a", "b"),
)

#: the ads whose person a region run changed, until the next assess run reads them (migration 0064)
link_moves = Table("link_moves", metadata, Column("ad_id", BigInteger, primary_key=True, autoincrement=False))

link_phash = Table(
    "link_phash",
    metadata,
    Column("hash", BigInteger, primary_key=True, autoincrement=False),
    Column("canon", BigInteger, nullable=False),
    Column("refs", Integer, nullable=False),
    Index("ix_link_phash_canon", "canon"),
)

link_site_keys = Table(
    "link_site_keys",
    metadata,
    Column("key", BigInteger, nullable=False),
    Column("label", Text, nullable=False),
    Column("ads", Integer, nullable=False),
    PrimaryKeyConstraint("key", "label"),
)

link_site_pairs = Table(
    "link_site_pairs",
    metadata,
    Column("site_a", Text, nullable=False),
    Column("site_b", Text, nullable=False),
    Column("shared", Integer, nullable=False),
    PrimaryKeyConstraint("site_a", "site_b"),
)

link_site_sizes = Table(
    "link_site_sizes",
    metadata,
    Column("label", Text, primary_key=True),
    Column("keys", Integer, nullable=False),
)

Index("ix_hub_selectors_id", hub_selectors.c.selector_id)
Index("ix_link_features_site", link_features.c.site, link_features.c.posted_at)
