-- Link stage: the profile and network lists' own order as indexes (most recently seen, then most ads, then
-- id; largest networks first), so a page is read in index order and the list stops after it instead of
-- sorting every profile or network (8 s for the network list's first page at 1,000,000 ads).
CREATE INDEX ix_profiles_recent ON profiles (last_seen DESC, ads DESC, id);

CREATE INDEX ix_networks_order ON networks (profiles DESC, ads DESC, id);
