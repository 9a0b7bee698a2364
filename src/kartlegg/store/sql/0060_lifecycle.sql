-- Lifecycle (erasure, retention): keyed tombstones of erased ads. ``token`` is HMAC-SHA256 of the ad id
-- under a key kept outside the database (Settings.tombstone_key_file), so the table tells whoever reads the
-- database that ads were erased, and when and why, but not which: an ad id is a hash of site and ad key,
-- a small space, so an unkeyed id could be found again by trying every key.
CREATE TABLE erased_ads (
    token TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    actor TEXT NOT NULL
);
