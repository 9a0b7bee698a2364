-- Assess stage: the carried key tables as one B-tree each, keyed by their primary key (as 0069 did for the
-- digests). A day reads the keys of its ads through ix_assess_keys_ad and upserts the keys' counts: through
-- a rowid table each row cost a random page of an index and another of the table (at 1M ads out of the page
-- cache: the keys' join 194 MB, the site counts' upsert 170 MB). Here the key's B-tree holds the row and a
-- secondary index holds the key, so ix_assess_keys_ad answers a day's keys alone. The same rows, moved through
-- keyless copies so tables, keys and indexes keep their names in both dialects (PostgreSQL: as before).
-- Each secondary index is created before its rows go in: built afterwards (sorted, pages filled), its pages
-- split at the next day's counts (+156 MB of the 1M day's write calls against +30 MB this way).
CREATE TABLE assess_keys_0070 (key TEXT NOT NULL, ad_id BIGINT NOT NULL);
INSERT INTO assess_keys_0070 (key, ad_id) SELECT key, ad_id FROM assess_keys;
DROP TABLE assess_keys;
CREATE TABLE assess_keys (
    key TEXT NOT NULL,
    ad_id BIGINT NOT NULL,
    PRIMARY KEY (key, ad_id)
){norowid};
CREATE INDEX ix_assess_keys_ad ON assess_keys (ad_id);
INSERT INTO assess_keys (key, ad_id) SELECT key, ad_id FROM assess_keys_0070 ORDER BY key, ad_id;
DROP TABLE assess_keys_0070;

CREATE TABLE assess_key_sites_0070 (key TEXT NOT NULL, site TEXT NOT NULL, ads INTEGER NOT NULL);
INSERT INTO assess_key_sites_0070 (key, site, ads) SELECT key, site, ads FROM assess_key_sites;
DROP TABLE assess_key_sites;
CREATE TABLE assess_key_sites (
    key TEXT NOT NULL,
    site TEXT NOT NULL,
    ads INTEGER NOT NULL,
    PRIMARY KEY (key, site)
){norowid};
CREATE INDEX ix_assess_key_sites_count ON assess_key_sites (site, ads);
INSERT INTO assess_key_sites (key, site, ads) SELECT key, site, ads FROM assess_key_sites_0070 ORDER BY key, site;
DROP TABLE assess_key_sites_0070;

CREATE TABLE assess_key_persons_0070 (key TEXT NOT NULL, persons INTEGER NOT NULL);
INSERT INTO assess_key_persons_0070 (key, persons) SELECT key, persons FROM assess_key_persons;
DROP TABLE assess_key_persons;
CREATE TABLE assess_key_persons (
    key TEXT PRIMARY KEY,
    persons INTEGER NOT NULL
){norowid};
CREATE INDEX ix_assess_key_persons_count ON assess_key_persons (persons);
INSERT INTO assess_key_persons (key, persons) SELECT key, persons FROM assess_key_persons_0070 ORDER BY key;
DROP TABLE assess_key_persons_0070;

CREATE TABLE assess_profiles_0070 (profile_id TEXT NOT NULL, network_id TEXT);
INSERT INTO assess_profiles_0070 (profile_id, network_id) SELECT profile_id, network_id FROM assess_profiles;
DROP TABLE assess_profiles;
CREATE TABLE assess_profiles (
    profile_id TEXT PRIMARY KEY,
    network_id TEXT
){norowid};
INSERT INTO assess_profiles (profile_id, network_id) SELECT profile_id, network_id FROM assess_profiles_0070 ORDER BY profile_id;
DROP TABLE assess_profiles_0070;
