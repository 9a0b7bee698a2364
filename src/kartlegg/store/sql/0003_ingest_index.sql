-- Ingest speed (issue 2): one index on ad_versions instead of two. (ad_id, version_key) is unique exactly
-- when version_key is (version_key hashes the ad id), and its ad_id prefix serves every "versions of this
-- ad" lookup the (ad_id) index served, so each new version costs one B-tree insert less.
CREATE UNIQUE INDEX ux_ad_versions_ad_key ON ad_versions (ad_id, version_key);

DROP INDEX ux_ad_versions_key;

DROP INDEX ix_ad_versions_ad;
