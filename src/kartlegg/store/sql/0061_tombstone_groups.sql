-- Tombstones grouped by ad: ``ad_token`` is the keyed token of the erased ad that a URL or text
-- fingerprint tombstone belongs to, so an explicit decision to take the ad in again lifts all of them.
-- NULL for an ad's own token and for tombstones written before this migration.
ALTER TABLE erased_ads ADD COLUMN ad_token TEXT;

CREATE INDEX ix_erased_ads_ad_token ON erased_ads (ad_token);
