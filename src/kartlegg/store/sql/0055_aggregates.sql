-- Statistics and workbench aggregates over every ad (market per period and place, the dashboard, the map,
-- the headline counts), computed once after a pipeline run (read.aggregates.refresh) and read back while
-- the store is as it was then (stamp), instead of reading every ad on a page's first view.
CREATE TABLE aggregates (
    name TEXT PRIMARY KEY,
    stamp TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    data TEXT NOT NULL
);
