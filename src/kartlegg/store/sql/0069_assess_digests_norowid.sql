-- Assess stage: the stored results' digests (assess/diff.py) as one B-tree keyed by (kind, key). A day's run
-- looks up the digests of the entities it reached (6,606 keys at 1M ads): through the primary key's index,
-- each key cost a random page of the index and another of the table (rows in insertion order), 672 MB read
-- from the disk on a store out of the page cache; here one page. The same rows, moved through a keyless copy
-- so the table and its key keep their names in both dialects (PostgreSQL: the same heap and index as before).
CREATE TABLE assess_digests_0069 (kind TEXT NOT NULL, key TEXT NOT NULL, digest TEXT NOT NULL);
INSERT INTO assess_digests_0069 (kind, key, digest) SELECT kind, key, digest FROM assess_digests;
DROP TABLE assess_digests;
CREATE TABLE assess_digests (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (kind, key)
){norowid};
INSERT INTO assess_digests (kind, key, digest) SELECT kind, key, digest FROM assess_digests_0069 ORDER BY kind, key;
DROP TABLE assess_digests_0069;
