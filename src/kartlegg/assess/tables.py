"""The assess stage's tables (migrations 0020, 0021, 0027, 0029, 0035, 0036, 0037, 0067), declared on the
spine's metadata (``store/schema.py``)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, LargeBinary, PrimaryKeyConstraint, Table, Text, text

from kartlegg.store.schema import DOUBLE, metadata, pk_serial, scores

#: the outreach list of every city, kept by each assess run (``assess.outreach_list``; 0029): one row per city
#: and person, read in ``sort_key`` order (last seen, reference; hex) a page at a time; routes and languages
#: are JSON lists
outreach_list = Table(
    "outreach_list",
    metadata,
    Column("city_key", Text, nullable=False),
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("sort_key", Text, nullable=False),
    Column("city", Text, nullable=False),
    Column("ads", Integer, nullable=False),
    Column("phones", Text, nullable=False),
    Column("emails", Text, nullable=False),
    Column("handles", Text, nullable=False),
    Column("languages", Text, nullable=False),
    Column("ad_url", Text),
    Column("last_seen", Text),
    PrimaryKeyConstraint("city_key", "entity_type", "entity_id"),
    Index("ix_outreach_list_order", "city_key", "sort_key"),
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
#: (0037: keyed by arrival, so a day's rows go to the table's end; ad ids are hashes, scattered)
assess_facts = Table(
    "assess_facts",
    metadata,
    pk_serial("seq"),
    Column("ad_id", BigInteger, nullable=False),
    Column("state", Text, nullable=False),
    Column("facts", Text, nullable=False),
    Index("ux_assess_facts_ad", "ad_id", unique=True),
    sqlite_autoincrement=True,
)

#: a digest of each stored score (kind ad, profile, network: score and indicators), so a run writes only
#: what changed (``assess.diff``; the outreach list's kind city went with 0029)
assess_digests = Table(
    "assess_digests",
    metadata,
    Column("kind", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("digest", Text, nullable=False),
    PrimaryKeyConstraint("kind", "key"),
    sqlite_with_rowid=False,  # 0069: one B-tree, a digest looked up in one page
)

# -- 0035: the market state carried between runs (``assess.carry``) ----------------------------------------
#: what each current ad adds to the market: site, person (profile or ``ad:ID``), template signature (0037:
#: bytes, big-endian 32-bit values) and cluster (the least ad id of its cluster), first city (casefolded) and
#: hourly price in EUR
assess_ads = Table(
    "assess_ads",
    metadata,
    pk_serial("seq"),  # 0037: keyed by arrival, as ``assess_facts``
    Column("ad_id", BigInteger, nullable=False),
    Column("site", Text, nullable=False),
    Column("grp", Text, nullable=False),
    Column("sig", LargeBinary),
    Column("tcluster", BigInteger),
    Column("city", Text),
    Column("price", DOUBLE),
    Index("ux_assess_ads_ad", "ad_id", unique=True),
    Index("ix_assess_ads_grp", "grp"),
    Index("ix_assess_ads_tcluster", "tcluster"),
    Index("ix_assess_ads_site", "site"),  # 0036: ads per site, counted through the index
    # 0067: the priced ads by price and by city, for the median prices (``carry.Incremental._prices``)
    Index(
        "ix_assess_ads_price",
        "price",
        "city",
        "ad_id",
        sqlite_where=text("price IS NOT NULL"),
        postgresql_where=text("price IS NOT NULL"),
    ),
    Index(
        "ix_assess_ads_city_price",
        "city",
        "price",
        "ad_id",
        sqlite_where=text("price IS NOT NULL"),
        postgresql_where=text("price IS NOT NULL"),
    ),
    sqlite_autoincrement=True,
)

#: each ad's contact (``kind:value``) and image keys: who shares what, and each site's own lines
assess_keys = Table(
    "assess_keys",
    metadata,
    Column("key", Text, nullable=False),
    Column("ad_id", BigInteger, nullable=False),
    PrimaryKeyConstraint("key", "ad_id"),
    Index("ix_assess_keys_ad", "ad_id"),
    sqlite_with_rowid=False,  # 0070: the index by ad holds the key, a day's keys read from it alone
)

# -- 0036: counts kept with them, so a day reads threshold crossings through an index range ----------------
#: each key's ads per site: a site's lines are the keys above a share of its ads
assess_key_sites = Table(
    "assess_key_sites",
    metadata,
    Column("key", Text, nullable=False),
    Column("site", Text, nullable=False),
    Column("ads", Integer, nullable=False),
    PrimaryKeyConstraint("key", "site"),
    Index("ix_assess_key_sites_count", "site", "ads"),
    sqlite_with_rowid=False,  # 0070: an upserted count is one B-tree's page
)

#: each key's persons (profiles, or ``ad:ID``): the sharing cap's crossings
assess_key_persons = Table(
    "assess_key_persons",
    metadata,
    Column("key", Text, primary_key=True),
    Column("persons", Integer, nullable=False),
    Index("ix_assess_key_persons_count", "persons"),
    sqlite_with_rowid=False,  # 0070
)

#: the shared-template LSH index: each signed ad under each of its bands (0037: a band's 64-bit hash, see
#: ``carry._bands``; no index by ad: an ad's rows are deleted by their keys, computed from its signature)
assess_bands = Table(
    "assess_bands",
    metadata,
    Column("band", BigInteger, nullable=False),
    Column("ad_id", BigInteger, nullable=False),
    PrimaryKeyConstraint("band", "ad_id"),
)

#: each entity's scores without sensitive findings (the fairness guard's boundary), and whether sensitive
#: findings lift it (the guard acts on those only)
assess_base = Table(
    "assess_base",
    metadata,
    Column("entity_type", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("risk", DOUBLE, nullable=False),
    Column("minor", DOUBLE, nullable=False),
    Column("third_party", DOUBLE, nullable=False),
    Column("lifted", Integer, nullable=False),
    # the scores with sensitive findings, before the guard (NULL: carried before migration 0039)
    Column("full_risk", DOUBLE),
    Column("full_minor", DOUBLE),
    Column("full_third_party", DOUBLE),
    PrimaryKeyConstraint("entity_type", "entity_id"),
    # the guard's boundary is the k-th largest of a level's scores: read through these, not by sorting
    Index("ix_assess_base_risk", "entity_type", "risk"),
    Index("ix_assess_base_minor", "entity_type", "minor"),
    Index("ix_assess_base_third_party", "entity_type", "third_party"),
    # the lifted entities by their full scores (0075): a moved guard boundary reads those near it (``carry``)
    *(
        Index(
            f"ix_assess_base_full_{d}",
            "entity_type",
            f"full_{d}",
            sqlite_where=text("lifted = 1"),
            postgresql_where=text("lifted = 1"),
        )
        for d in ("risk", "minor", "third_party")
    ),
)

#: each profile's network as of the last run (a network whose members changed is scored again)
assess_profiles = Table(
    "assess_profiles",
    metadata,
    Column("profile_id", Text, primary_key=True),
    Column("network_id", Text),
    sqlite_with_rowid=False,  # 0070
)

#: 0076: the profiles written since the last run (SQLite triggers on ``profiles``), compared instead of every one
assess_profile_moves = Table(
    "assess_profile_moves",
    metadata,
    Column("profile_id", Text, primary_key=True),
    sqlite_with_rowid=False,
)

#: each profile's merged findings (her ads', her own, her network's) as of the last run (0062): a network is
#: scored from its profiles' kept findings when only some of them are scored again
assess_person_hits = Table(
    "assess_person_hits",
    metadata,
    Column("profile_id", Text, primary_key=True),
    Column("hits", Text, nullable=False),
)

#: the market's derived values (site lines, the sharing cap, price medians, guard boundaries) and the
#: version of the carried state: no row means the next run rebuilds it all
assess_carry = Table(
    "assess_carry",
    metadata,
    Column("name", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

# -- 0029: the outreach list's contact routes carried between runs (``assess.outreach_list``) -------------
#: each ad's contact routes (every version's phones, e-mails, handles) with its site and person
#: (profile or ``ad:ID``): who holds a route, and how many of a site's ads carry it
outreach_ad_routes = Table(
    "outreach_ad_routes",
    metadata,
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("ad_id", BigInteger, nullable=False),
    Column("site_id", BigInteger, nullable=False),
    Column("owner", Text, nullable=False),
    PrimaryKeyConstraint("kind", "value", "ad_id"),
    Index("ix_outreach_ad_routes_ad", "ad_id"),
)

#: each route's persons and status (``contacts.Status``) as of the last run; the sharing threshold's
#: crossings are read through the index on ``owners``
outreach_routes = Table(
    "outreach_routes",
    metadata,
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("owners", Integer, nullable=False),
    Column("status", Text, nullable=False),
    PrimaryKeyConstraint("kind", "value"),
    Index("ix_outreach_routes_owners", "owners"),
)

#: each route's ads per site; a site's line threshold crossings are read through ``(site_id, ads)``
outreach_route_sites = Table(
    "outreach_route_sites",
    metadata,
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
    Column("site_id", BigInteger, nullable=False),
    Column("ads", Integer, nullable=False),
    PrimaryKeyConstraint("kind", "value", "site_id"),
    Index("ix_outreach_route_sites_count", "site_id", "ads"),
)
