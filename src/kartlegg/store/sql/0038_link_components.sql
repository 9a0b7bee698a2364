-- Link stage: each ad's evidence component (link/components.py), so a day's region walk takes a reached
-- ad with its whole component instead of reading its selectors and text buckets again. Filled by the next
-- full link run (index version 2); until then the walk reads every ad's edges, as before.
CREATE TABLE link_components (
    ad_id BIGINT PRIMARY KEY,
    comp BIGINT NOT NULL
);

CREATE INDEX ix_link_components_comp ON link_components (comp);
