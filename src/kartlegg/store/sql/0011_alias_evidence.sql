-- Site aliases carry their evidence: shared ad copies and selectors (count and share of the smaller site),
-- page-template similarity, the days between the old domain's last and the new one's first sighting,
-- and the strength ('alias': the same site; 'template': the same page template only, a weaker reason).
ALTER TABLE site_aliases ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;

ALTER TABLE site_aliases ADD COLUMN share DOUBLE PRECISION NOT NULL DEFAULT 0;

ALTER TABLE site_aliases ADD COLUMN template DOUBLE PRECISION;

ALTER TABLE site_aliases ADD COLUMN gap_days INTEGER;

ALTER TABLE site_aliases ADD COLUMN strength TEXT NOT NULL DEFAULT 'alias';
