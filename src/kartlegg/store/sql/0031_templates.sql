-- Page templates (collect/template.py): a structural fingerprint of every stored ad page (tag names and
-- class/id tokens, no text), and one MinHash per distinct fingerprint, so linking can tell a site that
-- reappears under a new domain by its page template. host is the host the page was read from.
CREATE TABLE page_templates (
    page_id BIGINT PRIMARY KEY,
    ad_id BIGINT NOT NULL,
    site TEXT NOT NULL,
    host TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    fetched_at TEXT NOT NULL
);

CREATE INDEX ix_page_templates_site ON page_templates (site, host);

CREATE TABLE templates (
    fingerprint TEXT PRIMARY KEY,
    minhash TEXT NOT NULL,
    shingles INTEGER NOT NULL
);
