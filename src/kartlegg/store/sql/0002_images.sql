-- Images referenced by ads: the fetched bytes' SHA-256 and perceptual hash (filled by the crawler),
-- so linking can tell a re-uploaded photo from a new one.
CREATE TABLE ad_images (
    ad_id BIGINT NOT NULL,
    version_seq BIGINT NOT NULL,
    url TEXT NOT NULL,
    sha256 TEXT,
    phash TEXT,
    width INTEGER,
    height INTEGER,
    fetched_at TEXT,
    PRIMARY KEY (version_seq, url)
);

CREATE INDEX ix_ad_images_ad ON ad_images (ad_id);

CREATE INDEX ix_ad_images_phash ON ad_images (phash);
