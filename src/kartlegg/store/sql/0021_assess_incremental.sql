-- Assess stage, incremental runs (assess.facts_cache, assess.diff): each ad's facts as read under a state
-- (catalogue, version, extraction, images), so an unchanged ad is not read again; and a digest of each
-- stored result (an entity's score with its indicators, a city's outreach list), so a run writes only
-- the rows that changed.
CREATE TABLE assess_facts (
    ad_id {idpk},
    state TEXT NOT NULL,
    facts TEXT NOT NULL
);

CREATE TABLE assess_digests (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
