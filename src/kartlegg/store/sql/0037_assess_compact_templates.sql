-- Assess stage: the carried template state in fewer pages (assess.carry, carried state version 2). A day's
-- ~8,000 new LSH band keys, each 66 characters of hex text, touched nearly every page of their index (4,547
-- pages of 16 KiB at 100k ads) and of the index by ad; a band key is now a 64-bit hash of the band, and an
-- ad's bands are deleted by their keys (computed from its stored signature), so the index by ad goes. Each
-- ad's signature is kept as 256 bytes instead of 512 hex characters. The old rows cannot be converted here
-- (SQLite has no hash function), so both tables are made again, empty, and the carried state is marked
-- stale: the next assess scores the whole market once, as after a catalogue change, and carries its state
-- in the new form.
--
-- assess_ads and assess_facts are keyed by arrival (seq) with a unique index on the ad, instead of by the
-- ad id: ad ids are hashes, so a day's 1,000 new rows landed on ~1,000 random leaves of tables a full run
-- had packed full, and each such insert split its leaf (~3 pages written per row: 3,040 pages for the
-- facts, 1,814 for assess_ads at 100k). Rows now go to the tables' ends, and only the small index on the
-- ad takes random inserts. The cached facts are copied (they are the ads' reads, not the market's).
DROP TABLE assess_bands;

CREATE TABLE assess_bands (
    band BIGINT NOT NULL,
    ad_id BIGINT NOT NULL,
    PRIMARY KEY (band, ad_id)
);

DROP TABLE assess_ads;

CREATE TABLE assess_ads (
    seq {pk},
    ad_id BIGINT NOT NULL,
    site TEXT NOT NULL,
    grp TEXT NOT NULL,
    sig {blob},
    tcluster BIGINT,
    city TEXT,
    price DOUBLE PRECISION
);

CREATE UNIQUE INDEX ux_assess_ads_ad ON assess_ads (ad_id);

CREATE INDEX ix_assess_ads_grp ON assess_ads (grp);

CREATE INDEX ix_assess_ads_tcluster ON assess_ads (tcluster);

CREATE INDEX ix_assess_ads_site ON assess_ads (site);

CREATE TABLE assess_facts_copy AS SELECT ad_id, state, facts FROM assess_facts;

DROP TABLE assess_facts;

CREATE TABLE assess_facts (
    seq {pk},
    ad_id BIGINT NOT NULL,
    state TEXT NOT NULL,
    facts TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_assess_facts_ad ON assess_facts (ad_id);

INSERT INTO assess_facts (ad_id, state, facts) SELECT ad_id, state, facts FROM assess_facts_copy ORDER BY ad_id;

DROP TABLE assess_facts_copy;

DELETE FROM assess_carry WHERE name IN ('version', 'catalogue', 'market');
