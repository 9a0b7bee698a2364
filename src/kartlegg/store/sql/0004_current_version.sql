-- The current version of each ad, materialised (issue 15): every reader joined
-- "v.seq = (SELECT MAX(seq) FROM ad_versions WHERE ad_id = a.id)", a subquery per ad in every query.
-- store.ads.insert_rows keeps it in the same transaction as each new version (ingest, crawl, WARC import);
-- existing stores are backfilled here. Readers use store.ads.current_version().
ALTER TABLE ads ADD COLUMN current_seq BIGINT;

UPDATE ads SET current_seq = (SELECT MAX(seq) FROM ad_versions WHERE ad_id = ads.id);

CREATE INDEX ix_ads_current ON ads (current_seq);
