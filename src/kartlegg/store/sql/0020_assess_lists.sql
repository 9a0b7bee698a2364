-- Assess stage: the outreach list of every city (and its cities), computed once per run (assess.outreach_list.build), so a
-- page reads one city's rows by position instead of classifying every contact route of the market; and
-- the index the triage queue reads its non-minor part through, a page at a time, in risk order.
CREATE TABLE outreach_list (
    city_key TEXT NOT NULL,
    pos INTEGER NOT NULL,
    city TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    ads INTEGER NOT NULL,
    phones TEXT NOT NULL,
    emails TEXT NOT NULL,
    handles TEXT NOT NULL,
    languages TEXT NOT NULL,
    ad_url TEXT,
    last_seen TEXT,
    PRIMARY KEY (city_key, pos)
);

CREATE INDEX ix_outreach_list_entity ON outreach_list (entity_type, entity_id, city_key);

-- the list's cities with their persons and ads, for the outreach page's choice of city
CREATE TABLE outreach_cities (
    city_key TEXT PRIMARY KEY,
    city TEXT NOT NULL,
    persons INTEGER NOT NULL,
    ads INTEGER NOT NULL
);

CREATE INDEX ix_scores_queue ON scores (risk_score, entity_type);
