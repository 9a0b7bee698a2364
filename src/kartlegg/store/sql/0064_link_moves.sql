-- The ads whose person a link run changed (its region's rewritten ``profile_ads`` rows), written in the
-- same transaction as those rows and emptied by the next assess run: a day's assess takes the ads linking
-- moved from here instead of comparing every ad's person with the one it carried (issue 20). A link run
-- that records them says so in its run record (``moves_recorded``); after any other, assess compares all.
CREATE TABLE link_moves (
    ad_id BIGINT PRIMARY KEY
);
