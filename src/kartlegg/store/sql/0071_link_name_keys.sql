-- Link stage: each dated named ad's (name, site, city) key (link/cluster.py name_key) with its day, marked
-- when the ad has no contact of its own (bare), so that a day's region walk reaches, from an ad without a
-- contact, every ad of its key posted near it, and from any other ad, the ads without a contact of its key
-- posted near it (link/region.py, cluster.bare_pairs): a profile of such ads joins the one profile of her
-- name there (cluster._join_bare). Filled by the next full link run (index version 4).
CREATE TABLE link_name_keys (
    nkey BIGINT NOT NULL,
    ad_id BIGINT NOT NULL,
    day INTEGER NOT NULL,
    bare SMALLINT NOT NULL,
    PRIMARY KEY (nkey, ad_id)
){norowid};

CREATE INDEX ix_link_name_keys_ad ON link_name_keys (ad_id);
