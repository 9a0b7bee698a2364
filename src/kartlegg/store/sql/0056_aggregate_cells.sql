-- The market tables and the map's counts kept as cells, moved by what changed instead of counted from every ad
-- on each run (read.aggregate_cells, issue 20). aggregate_ads: each ad's facts as they were counted (its day,
-- site, city, person, prices; the city as written and its district selectors for the map), the rows a change
-- subtracts. aggregate_profiles: each person's first day and flags as counted. aggregate_cells: each table's
-- (period, group) counts, its prices as [currency, amount, n] (the median needs them all) and its row's median.
-- aggregate_changes: the ads and persons whose facts may have moved since the last refresh, written by the
-- triggers below (SQLite only: on PostgreSQL every refresh counts every ad, as before). A trigger tests for the key
-- instead of INSERT OR IGNORE: the statement that fires it imposes its own conflict policy (an upsert's ABORT).
CREATE TABLE aggregate_ads (
    ad_id {idpk},
    day TEXT NOT NULL,
    site TEXT NOT NULL,
    city TEXT NOT NULL,
    label TEXT,
    profile_id TEXT,
    prices TEXT,
    districts TEXT
);
CREATE INDEX ix_aggregate_ads_profile ON aggregate_ads (profile_id);
CREATE TABLE aggregate_profiles (
    id TEXT NOT NULL,
    first_day TEXT NOT NULL,
    third_party INTEGER NOT NULL,
    minor INTEGER NOT NULL,
    PRIMARY KEY (id)
){norowid};
CREATE TABLE aggregate_cells (
    name TEXT NOT NULL,
    period TEXT NOT NULL,
    grp TEXT NOT NULL,
    ads INTEGER NOT NULL,
    active INTEGER NOT NULL,
    new INTEGER NOT NULL,
    third_party INTEGER NOT NULL,
    minor INTEGER NOT NULL,
    median DOUBLE PRECISION,
    currency TEXT NOT NULL,
    prices TEXT NOT NULL,
    PRIMARY KEY (name, period, grp)
){norowid};
CREATE TABLE aggregate_changes (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (kind, key)
){norowid};
{sqlite} CREATE TRIGGER aggregate_ads_ins AFTER INSERT ON ads FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(NEW.id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(NEW.id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_ads_upd AFTER UPDATE ON ads FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(NEW.id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(NEW.id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_ads_del AFTER DELETE ON ads FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(OLD.id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(OLD.id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_versions_ins AFTER INSERT ON ad_versions FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(NEW.ad_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(NEW.ad_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_versions_upd AFTER UPDATE ON ad_versions FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(NEW.ad_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(NEW.ad_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_versions_del AFTER DELETE ON ad_versions FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(OLD.ad_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(OLD.ad_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_extractions_ins AFTER INSERT ON ad_extractions FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(NEW.ad_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(NEW.ad_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_extractions_upd AFTER UPDATE ON ad_extractions FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(NEW.ad_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(NEW.ad_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_extractions_del AFTER DELETE ON ad_extractions FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(OLD.ad_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(OLD.ad_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_profile_ads_ins AFTER INSERT ON profile_ads FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(NEW.ad_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(NEW.ad_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_profile_ads_upd AFTER UPDATE ON profile_ads FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(NEW.ad_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(NEW.ad_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_profile_ads_del AFTER DELETE ON profile_ads FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'ad', CAST(OLD.ad_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'ad' AND key = CAST(OLD.ad_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_scores_ins AFTER INSERT ON scores FOR EACH ROW WHEN NEW.entity_type = 'profile' BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'profile', CAST(NEW.entity_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'profile' AND key = CAST(NEW.entity_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_scores_upd AFTER UPDATE ON scores FOR EACH ROW WHEN NEW.entity_type = 'profile' BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'profile', CAST(NEW.entity_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'profile' AND key = CAST(NEW.entity_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_scores_del AFTER DELETE ON scores FOR EACH ROW WHEN OLD.entity_type = 'profile' BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'profile', CAST(OLD.entity_id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'profile' AND key = CAST(OLD.entity_id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_sites_upd AFTER UPDATE ON sites FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'site', CAST(NEW.id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'site' AND key = CAST(NEW.id AS TEXT)); END;
{sqlite} CREATE TRIGGER aggregate_sites_del AFTER DELETE ON sites FOR EACH ROW BEGIN INSERT INTO aggregate_changes (kind, key) SELECT 'site', CAST(OLD.id AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM aggregate_changes WHERE kind = 'site' AND key = CAST(OLD.id AS TEXT)); END;
