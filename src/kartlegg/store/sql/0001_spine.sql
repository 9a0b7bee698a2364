-- Spine: sites, evidence pages, ads and their versions, selectors, stage runs, audit.
CREATE TABLE sites (
    id {pk},
    name TEXT NOT NULL UNIQUE,
    domain TEXT,
    country TEXT,
    language TEXT,
    created_at TEXT NOT NULL
);

-- Every fetched page or imported record, kept as evidence: its hash and when/where it came from.
CREATE TABLE raw_pages (
    id {pk},
    sha256 TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    http_status INTEGER,
    content_type TEXT,
    size BIGINT,
    warc_path TEXT,
    warc_offset BIGINT,
    warc_record_id TEXT,
    UNIQUE (source, sha256)
);

-- One row per ad (site + site-local id). id is a stable hash of both (kartlegg.ids), so it is unique
-- per (site, ad_key) without a second index; {idpk} makes it SQLite's rowid (one B-tree, not two).
CREATE TABLE ads (
    id {idpk},
    site_id BIGINT NOT NULL REFERENCES sites (id),
    ad_key TEXT NOT NULL,
    first_seen TEXT NOT NULL
);

-- Every distinct content of an ad; an edit adds a row, a re-import of the same content does not.
-- version_key is a 64-bit hash of (ad id, content hash): its unique index enforces that rule with 8-byte
-- keys instead of 70-byte ones (measured ~1.5-2x faster bulk inserts on SQLite).
CREATE TABLE ad_versions (
    seq {pk},
    ad_id BIGINT NOT NULL REFERENCES ads (id),
    version_key BIGINT NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    url TEXT,
    posted_at TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    city TEXT,
    images TEXT NOT NULL,
    extra TEXT NOT NULL,
    source TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    page_id BIGINT REFERENCES raw_pages (id)
);

CREATE UNIQUE INDEX ux_ad_versions_key ON ad_versions (version_key);

CREATE INDEX ix_ad_versions_ad ON ad_versions (ad_id);

CREATE TABLE selectors (
    id {idpk},
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    UNIQUE (kind, value)
);

-- Which version of which ad carries a selector, and the exact text span it was read from.
CREATE TABLE ad_selectors (
    version_seq BIGINT NOT NULL REFERENCES ad_versions (seq),
    ad_id BIGINT NOT NULL,
    selector_id BIGINT NOT NULL REFERENCES selectors (id),
    field TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    raw TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (version_seq, selector_id, field, span_start)
);

CREATE INDEX ix_ad_selectors_selector ON ad_selectors (selector_id);

CREATE INDEX ix_ad_selectors_ad ON ad_selectors (ad_id);

-- The export-ready summary of one extracted version (phones, emails, ... as JSON).
CREATE TABLE ad_extractions (
    version_seq BIGINT PRIMARY KEY REFERENCES ad_versions (seq),
    ad_id BIGINT NOT NULL,
    language TEXT,
    data TEXT NOT NULL,
    extracted_at TEXT NOT NULL
);

CREATE INDEX ix_ad_extractions_ad ON ad_extractions (ad_id);

CREATE TABLE profiles (
    id TEXT PRIMARY KEY,
    network_id TEXT,
    first_seen TEXT,
    last_seen TEXT,
    data TEXT NOT NULL
);

CREATE INDEX ix_profiles_network ON profiles (network_id);

CREATE TABLE profile_ads (
    ad_id BIGINT PRIMARY KEY,
    profile_id TEXT NOT NULL
);

CREATE INDEX ix_profile_ads_profile ON profile_ads (profile_id);

CREATE TABLE networks (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL
);

-- Why two things were linked: the selector or similarity, with its score.
CREATE TABLE links (
    id {pk},
    level TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    reason TEXT NOT NULL,
    selector_id BIGINT,
    score DOUBLE PRECISION NOT NULL
);

CREATE INDEX ix_links_a ON links (level, a);

CREATE INDEX ix_links_b ON links (level, b);

CREATE TABLE indicators (
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    indicator TEXT NOT NULL,
    contribution DOUBLE PRECISION NOT NULL,
    evidence TEXT NOT NULL,
    PRIMARY KEY (entity_type, entity_id, indicator)
);

CREATE TABLE scores (
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    risk_score DOUBLE PRECISION NOT NULL,
    minor_score DOUBLE PRECISION NOT NULL,
    third_party_score DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);

CREATE INDEX ix_scores_risk ON scores (entity_type, risk_score);

CREATE TABLE stage_runs (
    id {pk},
    stage TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    watermark BIGINT,
    info TEXT NOT NULL
);

CREATE INDEX ix_stage_runs_stage ON stage_runs (stage, id);

-- Hash-chained: each row's hash covers its content and the previous row's hash.
CREATE TABLE audit_log (
    seq {pk},
    ts TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    justification TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

