-- Link stage: each selector's ads per site and per name, kept with the index, so the hub rule looked at
-- again after a day reads a few counts instead of every ad of the selector (a stock photo: a fifth of the
-- store). Filled here from the selector -> ads rows of a store linked before.
CREATE TABLE link_key_sites (
    sel BIGINT NOT NULL,
    site TEXT NOT NULL,
    ads INTEGER NOT NULL,
    PRIMARY KEY (sel, site)
);

CREATE TABLE link_key_names (
    sel BIGINT NOT NULL,
    name TEXT NOT NULL,
    ads INTEGER NOT NULL,
    PRIMARY KEY (sel, name)
);

INSERT INTO link_key_sites (sel, site, ads) SELECT sel, site, COUNT(*) FROM link_selector_ads GROUP BY sel, site;

INSERT INTO link_key_names (sel, name, ads)
SELECT sel, name, COUNT(*) FROM link_selector_ads WHERE name IS NOT NULL AND name <> '' GROUP BY sel, name;
