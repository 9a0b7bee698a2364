-- The dashboard's 30 days kept as cells too (read.aggregate_cells, issue 20, session 34): it read every version
-- posted in its window on each refresh (~2.8 s at 1M). aggregate_ads.versions: each ad's versions as they were
-- counted, [day, city as written or '(none)', site id, versions] (the rows a change subtracts); aggregate_days:
-- the versions posted per (day, city as written, site); aggregate_day_persons: the persons with a version
-- posted that day. Days as written (the first ten characters of posted_at), every day kept: the window is cut
-- when read.
ALTER TABLE aggregate_ads ADD COLUMN versions TEXT;
CREATE TABLE aggregate_days (
    day TEXT NOT NULL,
    city TEXT NOT NULL,
    site_id BIGINT NOT NULL,
    versions INTEGER NOT NULL,
    PRIMARY KEY (day, city, site_id)
){norowid};
CREATE TABLE aggregate_day_persons (
    day TEXT NOT NULL,
    persons INTEGER NOT NULL,
    PRIMARY KEY (day)
){norowid};
-- Extract and link (issue 20, session 34): a site's ads counted by an index instead of reading every ad's row
-- (store.furniture.sites_with_versions_after: 38 -> 6 ms at 100k, twice a day); the furniture sample reads from
-- the newest version back (store.furniture.sample_versions) so that SQLite does not start from this index.
CREATE INDEX ix_ads_site ON ads (site_id);
-- Assess (issue 20, session 34): the profiles whose network may have moved since the last assess run, written by
-- triggers on profiles (SQLite), so that a day compares those against assess_profiles (assess.carry
-- `_profile_changes`) instead of every profile in two passes; the run that reads them empties the table. Filled
-- here with every profile, those carried included: the first run after this migration compares them all.
CREATE TABLE assess_profile_moves (
    profile_id TEXT NOT NULL,
    PRIMARY KEY (profile_id)
){norowid};
{sqlite} INSERT INTO assess_profile_moves (profile_id) SELECT id FROM profiles UNION SELECT profile_id FROM assess_profiles;
{sqlite} CREATE TRIGGER assess_profile_moves_ins AFTER INSERT ON profiles FOR EACH ROW BEGIN INSERT INTO assess_profile_moves (profile_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM assess_profile_moves WHERE profile_id = NEW.id); END;
{sqlite} CREATE TRIGGER assess_profile_moves_upd AFTER UPDATE OF id, network_id ON profiles FOR EACH ROW WHEN OLD.id IS NOT NEW.id OR OLD.network_id IS NOT NEW.network_id BEGIN INSERT INTO assess_profile_moves (profile_id) SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM assess_profile_moves WHERE profile_id = OLD.id); INSERT INTO assess_profile_moves (profile_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM assess_profile_moves WHERE profile_id = NEW.id); END;
{sqlite} CREATE TRIGGER assess_profile_moves_del AFTER DELETE ON profiles FOR EACH ROW BEGIN INSERT INTO assess_profile_moves (profile_id) SELECT OLD.id WHERE NOT EXISTS (SELECT 1 FROM assess_profile_moves WHERE profile_id = OLD.id); END;
