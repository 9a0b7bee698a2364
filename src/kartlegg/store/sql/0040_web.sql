-- Web workbench: accounts, server-side sessions, login attempts (rate limit), justified access grants.
CREATE TABLE web_users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
);

-- The cookie carries a random token; only its SHA-256 is stored, so a database reader cannot log in.
CREATE TABLE web_sessions (
    token_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES web_users (name),
    csrf TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ip TEXT NOT NULL
);

CREATE TABLE web_login_attempts (
    id {pk},
    username TEXT NOT NULL,
    ip TEXT NOT NULL,
    ts TEXT NOT NULL,
    ok INTEGER NOT NULL
);

CREATE INDEX ix_web_login_attempts_user ON web_login_attempts (username, ts);

CREATE INDEX ix_web_login_attempts_ip ON web_login_attempts (ip, ts);

-- A justification given for opening one profile or network, valid for one session for a while.
CREATE TABLE web_grants (
    token_hash TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    justification TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    PRIMARY KEY (token_hash, object_type, object_id)
);

-- Triage order (minors first) and the dashboard's per-day charts at a million ads.
CREATE INDEX ix_web_scores_triage ON scores (entity_type, minor_score, risk_score);

-- Covering, so the per-day counts never read the (large) version rows themselves.
CREATE INDEX ix_web_versions_posted ON ad_versions (posted_at, city, ad_id);
