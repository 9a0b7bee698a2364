-- Crawler state: site definitions in force, and per-URL state for conditional and resumable crawls.
CREATE TABLE site_definitions (
    name TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per URL the crawler knows. pending = discovered but not yet fetched (a killed crawl resumes
-- from these); etag/last_modified feed conditional requests; last_sha256 spots unchanged pages.
CREATE TABLE crawl_urls (
    site TEXT NOT NULL,
    url TEXT NOT NULL,
    kind TEXT NOT NULL,
    pending INTEGER NOT NULL,
    etag TEXT,
    last_modified TEXT,
    last_status INTEGER,
    last_sha256 TEXT,
    last_fetched TEXT,
    fails INTEGER NOT NULL,
    last_error TEXT,
    PRIMARY KEY (site, url)
);

CREATE INDEX ix_crawl_urls_pending ON crawl_urls (site, pending);

CREATE INDEX ix_raw_pages_record ON raw_pages (warc_record_id);
