-- Link stage: each network's cities as rows (link.network_cities, rebuilt at the end of a link run), so the
-- network list filtered by a city reads that city's networks through an index instead of decoding every
-- network's summary.
CREATE TABLE network_cities (
    network_id TEXT NOT NULL,
    city_key TEXT NOT NULL,
    city TEXT NOT NULL,
    PRIMARY KEY (city_key, network_id)
);

CREATE INDEX ix_network_cities_network ON network_cities (network_id);
