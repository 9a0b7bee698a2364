-- Assess stage: each carried key's ads per site and its persons, kept with the carried state (assess.carry),
-- so a day reads the site lines and the keys that crossed the sharing cap through an index range instead of
-- counting every key of the market (minutes at a million ads). Filled here from the carried rows of a store
-- assessed before.
CREATE TABLE assess_key_sites (
    key TEXT NOT NULL,
    site TEXT NOT NULL,
    ads INTEGER NOT NULL,
    PRIMARY KEY (key, site)
);

CREATE INDEX ix_assess_key_sites_count ON assess_key_sites (site, ads);

CREATE TABLE assess_key_persons (
    key TEXT PRIMARY KEY,
    persons INTEGER NOT NULL
);

CREATE INDEX ix_assess_key_persons_count ON assess_key_persons (persons);

CREATE INDEX ix_assess_ads_site ON assess_ads (site);

INSERT INTO assess_key_sites (key, site, ads)
SELECT k.key, a.site, COUNT(*) FROM assess_keys k JOIN assess_ads a ON a.ad_id = k.ad_id GROUP BY k.key, a.site;

INSERT INTO assess_key_persons (key, persons)
SELECT k.key, COUNT(DISTINCT a.grp) FROM assess_keys k JOIN assess_ads a ON a.ad_id = k.ad_id GROUP BY k.key;
