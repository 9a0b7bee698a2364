-- Link stage: a day's link reads the network of each profile its region's ads were in (link.run
-- `_link_region`: `SELECT id, network_id FROM profiles WHERE network_id IS NOT NULL AND id IN ...`). Through
-- the primary key's index each row costs a second random page of the profile table (its JSON data beside
-- it): at 1M ads, 3,706 profiles read 150 MB from the disk on a store out of the page cache. Here the id
-- and network of the linked profiles are one small B-tree, read without the table.
CREATE INDEX ix_profiles_id_network ON profiles (id, network_id) WHERE network_id IS NOT NULL;
