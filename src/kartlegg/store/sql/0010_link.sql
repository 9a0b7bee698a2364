-- Link stage: per-ad link features (computed once per ad version), hubs excluded from linking,
-- profile cities for filtering, and counts used to rank profiles and networks.
CREATE TABLE link_features (
    ad_id BIGINT PRIMARY KEY,
    version_seq BIGINT NOT NULL,
    site TEXT NOT NULL,
    city TEXT,
    posted_at TEXT,
    name TEXT,
    data TEXT NOT NULL,
    masked TEXT NOT NULL
);

CREATE TABLE hub_selectors (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    selector_id BIGINT NOT NULL,
    ads INTEGER NOT NULL,
    sites INTEGER NOT NULL,
    names INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (kind, value)
);

CREATE TABLE profile_cities (
    profile_id TEXT NOT NULL,
    city TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    ads INTEGER NOT NULL,
    PRIMARY KEY (profile_id, city)
);

CREATE INDEX ix_profile_cities_city ON profile_cities (city);

CREATE TABLE site_aliases (
    site_a TEXT NOT NULL,
    site_b TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (site_a, site_b)
);

ALTER TABLE profiles ADD COLUMN ads INTEGER NOT NULL DEFAULT 0;

ALTER TABLE networks ADD COLUMN profiles INTEGER NOT NULL DEFAULT 0;

ALTER TABLE networks ADD COLUMN ads INTEGER NOT NULL DEFAULT 0;

CREATE INDEX ix_profiles_first_seen ON profiles (first_seen);

CREATE INDEX ix_networks_size ON networks (profiles, ads);

-- What the last link run decided globally (hub selectors, oversized text buckets), so the next run can
-- tell whether a new day's ads changed it (then everything is linked again) or only a region needs it.
CREATE TABLE link_state (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
