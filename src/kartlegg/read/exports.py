"""The columns each export can hold, declared once: ``report`` writes them, ``policy.yaml`` picks per mode
which of them leave the unit (``views.export_*``; a column the policy leaves out is never written)."""

from __future__ import annotations

#: the ad export (``kartlegg export ads``, JSONL or CSV, and the ads table of ``export csv``)
ADS: tuple[str, ...] = (
    "id",
    "site",
    "url",
    "posted_at",
    "city",
    "phones",
    "emails",
    "handles",
    "ages",
    "cities",
    "language",
    "profile_id",
    "network_id",
    "risk_score",
    "minor_score",
    "third_party_score",
    "indicators",
)
PROFILES: tuple[str, ...] = (
    "id",
    "network_id",
    "first_seen",
    "last_seen",
    "ads",
    "sites",
    "cities",
    "phones",
    "emails",
    "risk_score",
    "minor_score",
    "third_party_score",
    "indicators",
)
NETWORKS: tuple[str, ...] = (
    "id",
    "profiles",
    "ads",
    "sites",
    "cities",
    "first_seen",
    "last_seen",
    "risk_score",
    "minor_score",
    "third_party_score",
    "indicators",
)
SELECTORS: tuple[str, ...] = ("kind", "value", "ads", "profiles", "networks", "first_seen", "last_seen")
#: the ad versions as the pipeline reads them (``kartlegg export versions --format parquet``, the Spark engine's
#: input): raw ad text, so the policy writes it in full mode only
VERSIONS: tuple[str, ...] = (
    "seq",
    "ad_id",
    "site",
    "ad_key",
    "url",
    "posted_at",
    "title",
    "body",
    "city",
    "images",
    "extra",
    "site_country",
    "site_language",
    "image_hashes",
)
#: the attributes of a graph export's nodes beside their id, type and label (GraphML, GEXF, i2)
GRAPH_NODES: tuple[str, ...] = (
    "network_id",
    "risk_score",
    "minor_score",
    "third_party_score",
    "first_seen",
    "last_seen",
    "ads",
)
#: the attributes of a graph export's edges beside their ends and type; ``reason`` is why two profiles
#: are linked (free text, scrubbed when pseudonymised)
GRAPH_EDGES: tuple[str, ...] = ("first_seen", "last_seen", "weight", "reason")

#: the policy's view of each export
VIEWS: dict[str, tuple[str, ...]] = {
    "export_ads": ADS,
    "export_profiles": PROFILES,
    "export_networks": NETWORKS,
    "export_selectors": SELECTORS,
    "export_versions": VERSIONS,
    "export_graph_nodes": GRAPH_NODES,
    "export_graph_edges": GRAPH_EDGES,
}
