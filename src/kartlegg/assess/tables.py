"""The assess stage's tables (migrations 0020, 0021, 0027), declared on the spine's metadata (``store/schema.py``)."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, PrimaryKeyConstraint, Table, Text

from kartlegg.store.schema import metadata, pk_given, scores

#: the outreach list of every city, computed by each assess run (``assess.outreach_list.build``): a page reads
#: one city's rows by position; routes and languages are JSON lists
outreach_list = Table(
    "outreach_list",
    metadata,
    Column("city_key", Text, nullable=False),
    Column("pos", Integer, nullable=False),
    Column("city", Text, nullable=False),
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("ads", Integer, nullable=False),
    Column("phones", Text, nullable=False),
    Column("emails", Text, nullable=False),
    Column("handles", Text, nullable=False),
    Column("languages", Text, nullable=False),
    Column("ad_url", Text),
    Column("last_seen", Text),
    PrimaryKeyConstraint("city_key", "pos"),
    Index("ix_outreach_list_entity", "entity_type", "entity_id", "city_key"),
)

#: the outreach list's cities: persons listed and their ads advertised there (the page's choice of city)
outreach_cities = Table(
    "outreach_cities",
    metadata,
    Column("city_key", Text, primary_key=True),
    Column("city", Text, nullable=False),
    Column("persons", Integer, nullable=False),
    Column("ads", Integer, nullable=False),
)

#: the triage queue after its likely minors: by risk, read in index order a page at a time
Index("ix_scores_queue", scores.c.risk_score, scores.c.entity_type)

#: 0027: the triage queue's likely minors in its order (minor, risk, entity type descending, id)
Index(
    "ix_scores_minor_queue",
    scores.c.minor_score.desc(),
    scores.c.risk_score.desc(),
    scores.c.entity_type.desc(),
    scores.c.entity_id,
)

#: each ad's facts as read under its state (catalogue, version, extraction, images): ``assess.facts_cache``
assess_facts = Table(
    "assess_facts",
    metadata,
    pk_given("ad_id"),
    Column("state", Text, nullable=False),
    Column("facts", Text, nullable=False),
)

#: a digest of each stored result (kind ad, profile, network: score and indicators; city: its outreach
#: rows), so a run writes only what changed (``assess.diff``)
assess_digests = Table(
    "assess_digests",
    metadata,
    Column("kind", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("digest", Text, nullable=False),
    PrimaryKeyConstraint("kind", "key"),
)
