-- Assess stage: the carried template state in fewer pages (assess.carry, carried state version 2). A day's
-- ~8,000 new LSH band keys, each 66 characters of hex text, touched nearly every page of their index (4,547
-- pages of 16 KiB at 100k ads) and of the index by ad; a band key is now a 64-bit hash of the band, and an
-- ad's bands are deleted by their keys (computed from its stored signature), so the index by ad goes. Each
-- ad's signature is kept as 256 bytes instead of 512 hex characters. The old rows cannot be converted here
-- (SQLite has no hash function), so both tables are made again, empty, and the carried state is marked
-- stale: the next assess scores the whole market once, as after a catalogue change, and carries its state
-- in the new form.
DROP TABLE assess_bands;

CREATE TABLE assess_bands (
    band BIGINT NOT NULL,
    ad_id BIGINT NOT NULL,
    PRIMARY KEY (band, ad_id)
);

DROP TABLE assess_ads;

CREATE TABLE assess_ads (
    ad_id {idpk},
    site TEXT NOT NULL,
    grp TEXT NOT NULL,
    sig {blob},
    tcluster BIGINT,
    city TEXT,
    price DOUBLE PRECISION
);

CREATE INDEX ix_assess_ads_grp ON assess_ads (grp);

CREATE INDEX ix_assess_ads_tcluster ON assess_ads (tcluster);

CREATE INDEX ix_assess_ads_site ON assess_ads (site);

DELETE FROM assess_carry WHERE name IN ('version', 'catalogue', 'market');
