-- Operations registry: police operations, their targets (places) and their outcomes (per offence).
CREATE TABLE operations (
    id {pk},
    name TEXT NOT NULL,
    unit TEXT,
    district TEXT,
    country TEXT,
    kind TEXT NOT NULL,
    started_on TEXT,
    ended_on TEXT,
    notes TEXT NOT NULL,
    sources TEXT NOT NULL,
    external_key TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_operations_district ON operations (country, district, started_on);

-- A place an operation targets; ``links`` (JSON) holds the ads, profiles and networks pointing there.
CREATE TABLE operation_targets (
    id {pk},
    operation_id BIGINT NOT NULL REFERENCES operations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    city TEXT,
    links TEXT NOT NULL
);

CREATE INDEX ix_operation_targets_op ON operation_targets (operation_id);

-- One counted outcome: a measure (arrested, reported, ...) for an offence code, with how exact the count is.
-- ``count`` NULL means unknown, never zero.
CREATE TABLE operation_outcomes (
    id {pk},
    operation_id BIGINT NOT NULL REFERENCES operations (id) ON DELETE CASCADE,
    measure TEXT NOT NULL,
    offence TEXT,
    count INTEGER,
    qualifier TEXT NOT NULL,
    sentence TEXT,
    court TEXT,
    decided_on TEXT,
    note TEXT NOT NULL
);

CREATE INDEX ix_operation_outcomes_op ON operation_outcomes (operation_id);
