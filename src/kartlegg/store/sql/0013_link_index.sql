-- Link stage: the store-wide state linking needs, kept in the database and updated with each day's ads, so
-- a run reads only the region the new ads reach (docs/scale.md "Incremental linking").
-- Selector -> ads (canonical image keys), with what the hub rule needs from each ad.
CREATE TABLE link_selector_ads (
    sel BIGINT NOT NULL,
    ad_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    site TEXT NOT NULL,
    name TEXT,
    PRIMARY KEY (sel, ad_id)
);

CREATE INDEX ix_link_selector_ads_ad ON link_selector_ads (ad_id, kind);

-- Every selector once (id -> kind, value), with its ads and distinct names as of its last change.
CREATE TABLE link_keys (
    sel BIGINT PRIMARY KEY,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    ads INTEGER NOT NULL,
    names INTEGER NOT NULL
);

CREATE INDEX ix_link_keys_names ON link_keys (names, ads);

-- Text LSH buckets: band key -> ads, and the buckets grown past the bucket limit.
CREATE TABLE link_bands (
    band BIGINT NOT NULL,
    ad_id BIGINT NOT NULL,
    PRIMARY KEY (band, ad_id)
);

CREATE TABLE link_big_bands (
    band BIGINT PRIMARY KEY
);

-- Photo clusters: each perceptual hash (signed 64-bit), its cluster's canonical hash, and how many ads use it.
CREATE TABLE link_phash (
    hash BIGINT PRIMARY KEY,
    canon BIGINT NOT NULL,
    refs INTEGER NOT NULL
);

CREATE INDEX ix_link_phash_canon ON link_phash (canon);

-- Site alias evidence: key (selector or ad copy) -> sites (or hosts) with ads carrying it, the keys shared
-- per site pair and the keys per site.
CREATE TABLE link_site_keys (
    key BIGINT NOT NULL,
    label TEXT NOT NULL,
    ads INTEGER NOT NULL,
    PRIMARY KEY (key, label)
);

CREATE TABLE link_site_pairs (
    site_a TEXT NOT NULL,
    site_b TEXT NOT NULL,
    shared INTEGER NOT NULL,
    PRIMARY KEY (site_a, site_b)
);

CREATE TABLE link_site_sizes (
    label TEXT PRIMARY KEY,
    keys INTEGER NOT NULL
);

CREATE INDEX ix_hub_selectors_id ON hub_selectors (selector_id);

CREATE INDEX ix_link_features_site ON link_features (site, posted_at);
