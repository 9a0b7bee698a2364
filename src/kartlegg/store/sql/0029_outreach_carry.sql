-- Assess stage, the outreach list carried between runs (assess.outreach_list): each ad's contact routes
-- (every version's phones, e-mails and handles, with the ad's site and person), each route's counts (persons,
-- ads per site) and status (own, shared, hub, site_line), so a day classifies only the routes its ads touch
-- or whose counts lie between a moved threshold's old and new value, and builds again only the persons
-- those reach. The list itself is keyed by city and person and read in (last seen, reference) order through
-- an index (sort_key: both as hex, so every backend and collation orders it as Python does), so a day
-- writes only its persons' rows instead of renumbering a city. Positions and the city digests go: the
-- next run builds the list again (its run info key changed), until then pages compute it live.
DROP TABLE outreach_list;

CREATE TABLE outreach_list (
    city_key TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    city TEXT NOT NULL,
    ads INTEGER NOT NULL,
    phones TEXT NOT NULL,
    emails TEXT NOT NULL,
    handles TEXT NOT NULL,
    languages TEXT NOT NULL,
    ad_url TEXT,
    last_seen TEXT,
    PRIMARY KEY (city_key, entity_type, entity_id)
);

CREATE INDEX ix_outreach_list_order ON outreach_list (city_key, sort_key);

CREATE INDEX ix_outreach_list_entity ON outreach_list (entity_type, entity_id, city_key);

DELETE FROM outreach_cities;

DELETE FROM assess_digests WHERE kind = 'city';

CREATE TABLE outreach_ad_routes (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    ad_id BIGINT NOT NULL,
    site_id BIGINT NOT NULL,
    owner TEXT NOT NULL,
    PRIMARY KEY (kind, value, ad_id)
);

CREATE INDEX ix_outreach_ad_routes_ad ON outreach_ad_routes (ad_id);

CREATE TABLE outreach_routes (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    owners INTEGER NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (kind, value)
);

CREATE INDEX ix_outreach_routes_owners ON outreach_routes (owners);

CREATE TABLE outreach_route_sites (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    site_id BIGINT NOT NULL,
    ads INTEGER NOT NULL,
    PRIMARY KEY (kind, value, site_id)
);

CREATE INDEX ix_outreach_route_sites_count ON outreach_route_sites (site_id, ads);
