-- Assess stage, market state carried between runs (assess.carry): what each ad adds to the market-wide
-- aggregates (its site, person, template signature and cluster, city and hourly price; its contact and
-- image keys; its template's LSH bands), each entity's score without sensitive findings (the fairness
-- guard's top-decile boundary), each profile's network, and the market's derived values. A day then
-- updates them from the ads, persons and networks that changed and rescores only what they reach.
CREATE TABLE assess_ads (
    ad_id {idpk},
    site TEXT NOT NULL,
    grp TEXT NOT NULL,
    sig TEXT,
    tcluster BIGINT,
    city TEXT,
    price DOUBLE PRECISION
);

CREATE INDEX ix_assess_ads_grp ON assess_ads (grp);

CREATE INDEX ix_assess_ads_tcluster ON assess_ads (tcluster);

CREATE TABLE assess_keys (
    key TEXT NOT NULL,
    ad_id BIGINT NOT NULL,
    PRIMARY KEY (key, ad_id)
);

CREATE INDEX ix_assess_keys_ad ON assess_keys (ad_id);

CREATE TABLE assess_bands (
    band TEXT NOT NULL,
    ad_id BIGINT NOT NULL,
    PRIMARY KEY (band, ad_id)
);

CREATE INDEX ix_assess_bands_ad ON assess_bands (ad_id);

CREATE TABLE assess_base (
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    risk DOUBLE PRECISION NOT NULL,
    minor DOUBLE PRECISION NOT NULL,
    third_party DOUBLE PRECISION NOT NULL,
    lifted INTEGER NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);

CREATE INDEX ix_assess_base_risk ON assess_base (entity_type, risk);

CREATE INDEX ix_assess_base_minor ON assess_base (entity_type, minor);

CREATE INDEX ix_assess_base_third_party ON assess_base (entity_type, third_party);

CREATE TABLE assess_profiles (
    profile_id TEXT PRIMARY KEY,
    network_id TEXT
);

CREATE TABLE assess_carry (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
