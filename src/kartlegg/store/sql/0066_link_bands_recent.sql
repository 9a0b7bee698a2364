-- Link stage: the text LSH bucket rows indexed since their slice of band keys was last merged
-- (link/index.py). A day's ~25,000 rows went into the whole store's link_bands, random keys into a
-- 25M-row B-tree at 1M ads (each row a different leaf page: 1.4-3 s a day); here they land in a small
-- table, read with link_bands (a bucket is the rows of both), and each run moves one slice of the key
-- space into link_bands in key order (a full run moves all).
CREATE TABLE link_bands_recent (
    band BIGINT NOT NULL,
    ad_id BIGINT NOT NULL,
    PRIMARY KEY (band, ad_id)
){norowid};
