-- Link stage: every verified text copy (a < b, ad ids) with its fuzz.ratio, written with the components
-- (link/components.py). A day's region walk takes a candidate pair of a bucket the run did not change,
-- inside one stored component, from here (absent: refused) instead of comparing the two texts again.
-- Filled by the next full link run (index version 3).
CREATE TABLE link_text_pairs (
    a BIGINT NOT NULL,
    b BIGINT NOT NULL,
    ratio DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (a, b)
);
