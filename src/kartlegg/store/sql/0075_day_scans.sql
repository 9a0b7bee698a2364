-- A day's reads that passed over a whole table (issue 20, session 33), through an index instead.
-- Extract and link each ask the ads per site (store.furniture.sites_with_versions_after): `SELECT site_id,
-- COUNT(*) FROM ads GROUP BY site_id` read every ad's row and sorted them in a temporary B-tree (34 ms at
-- 100k ads, twice a day); over this index it is one pass of a narrow B-tree (6 ms).
CREATE INDEX ix_ads_site ON ads (site_id);

-- Assess: when a level's guard boundary moves, a day reads the lifted entities whose scores with sensitive
-- findings reach the moved range (assess.carry `_lifted_near`): by their kept full scores, one range per
-- moved score, instead of every lifted entity of the level (43,445 ads at 100k read to keep ~2,900).
CREATE INDEX ix_assess_base_full_risk ON assess_base (entity_type, full_risk) WHERE lifted = 1;

CREATE INDEX ix_assess_base_full_minor ON assess_base (entity_type, full_minor) WHERE lifted = 1;

CREATE INDEX ix_assess_base_full_third_party ON assess_base (entity_type, full_third_party) WHERE lifted = 1;
