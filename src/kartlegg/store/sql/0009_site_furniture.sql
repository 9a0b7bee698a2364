-- Site furniture (issue 14): what extraction learned of each site's template (ids, codes, the site's own
-- lines), as JSON (kartlegg.extract.furniture.SiteFurniture), with the number of ads it was learned from.
CREATE TABLE site_furniture (
    site TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    ads INTEGER NOT NULL,
    learned_at TEXT NOT NULL
);
