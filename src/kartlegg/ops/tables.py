"""The operations registry's tables (migration 0050) and the stored statistics (0055, 0056, 0076), declared on the
spine's metadata (``store/schema.py``)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Integer, PrimaryKeyConstraint, Table, Text

from kartlegg.store.schema import DOUBLE, metadata, pk_given, pk_serial

operations = Table(
    "operations",
    metadata,
    pk_serial("id"),
    Column("name", Text, nullable=False),
    Column("unit", Text),
    Column("district", Text),
    Column("country", Text),
    Column("kind", Text, nullable=False),
    Column("started_on", Text),
    Column("ended_on", Text),
    Column("notes", Text, nullable=False),
    Column("sources", Text, nullable=False),
    Column("external_key", Text, unique=True),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Index("ix_operations_district", "country", "district", "started_on"),
    sqlite_autoincrement=True,
)

#: a place an operation targets; ``links`` (JSON) holds the ads, profiles and networks pointing there
operation_targets = Table(
    "operation_targets",
    metadata,
    pk_serial("id"),
    Column("operation_id", BigInteger, ForeignKey("operations.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("city", Text),
    Column("links", Text, nullable=False),
    Index("ix_operation_targets_op", "operation_id"),
    sqlite_autoincrement=True,
)

#: one counted outcome; ``count`` NULL means unknown, never zero
operation_outcomes = Table(
    "operation_outcomes",
    metadata,
    pk_serial("id"),
    Column("operation_id", BigInteger, ForeignKey("operations.id", ondelete="CASCADE"), nullable=False),
    Column("measure", Text, nullable=False),
    Column("offence", Text),
    Column("count", Integer),
    Column("qualifier", Text, nullable=False),
    Column("sentence", Text),
    Column("court", Text),
    Column("decided_on", Text),
    Column("note", Text, nullable=False),
    Index("ix_operation_outcomes_op", "operation_id"),
    sqlite_autoincrement=True,
)

#: 0055: statistics and workbench aggregates stored after a pipeline run (``read.aggregates``), with the
#: stamp of the store state they were computed from
aggregates = Table(
    "aggregates",
    metadata,
    Column("name", Text, primary_key=True),
    Column("stamp", Text, nullable=False),
    Column("computed_at", Text, nullable=False),
    Column("data", Text, nullable=False),
)

#: 0056: the market tables and the map's counts kept as cells and moved by what changed (``read.aggregate_cells``):
#: each ad's facts as counted, each person's first day and flags as counted, each cell's counts and prices, and
#: the ads and persons changed since (written by SQLite triggers)
aggregate_ads = Table(
    "aggregate_ads",
    metadata,
    pk_given("ad_id"),
    Column("day", Text, nullable=False),
    Column("site", Text, nullable=False),
    Column("city", Text, nullable=False),
    Column("label", Text),
    Column("profile_id", Text),
    Column("prices", Text),
    Column("districts", Text),
    Column("versions", Text),  # 0076
    Index("ix_aggregate_ads_profile", "profile_id"),
)

aggregate_profiles = Table(
    "aggregate_profiles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("first_day", Text, nullable=False),
    Column("third_party", Integer, nullable=False),
    Column("minor", Integer, nullable=False),
)

aggregate_cells = Table(
    "aggregate_cells",
    metadata,
    Column("name", Text, nullable=False),
    Column("period", Text, nullable=False),
    Column("grp", Text, nullable=False),
    Column("ads", Integer, nullable=False),
    Column("active", Integer, nullable=False),
    Column("new", Integer, nullable=False),
    Column("third_party", Integer, nullable=False),
    Column("minor", Integer, nullable=False),
    Column("median", DOUBLE),
    Column("currency", Text, nullable=False),
    Column("prices", Text, nullable=False),
    PrimaryKeyConstraint("name", "period", "grp"),
)

aggregate_changes = Table(
    "aggregate_changes",
    metadata,
    Column("kind", Text, nullable=False),
    Column("key", Text, nullable=False),
    PrimaryKeyConstraint("kind", "key"),
)

#: 0076: the dashboard's days kept as cells: versions posted per (day, city as written, site), and the persons
#: with a version posted each day (``read.aggregate_cells``)
aggregate_days = Table(
    "aggregate_days",
    metadata,
    Column("day", Text, nullable=False),
    Column("city", Text, nullable=False),
    Column("site_id", BigInteger, nullable=False),
    Column("versions", Integer, nullable=False),
    PrimaryKeyConstraint("day", "city", "site_id"),
)

aggregate_day_persons = Table(
    "aggregate_day_persons",
    metadata,
    Column("day", Text, primary_key=True),
    Column("persons", Integer, nullable=False),
)
