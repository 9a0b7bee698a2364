"""Link stage: ads into profiles (one person) and networks (one controller), with timelines and reasons.

Public API::

    run_link(store, on_progress=None, full=False, stream=False) -> dict   # the pipeline stage
    pending(store) -> int
    list_profiles(conn, new_since=None, city=None, ...) / get_profile(conn, id)
    list_networks(conn, top=20) / get_network(conn, id) / list_hubs(conn) / list_site_aliases(conn)
    link_ads(features, texts, rules) -> LinkResult            # the in-memory core
    apply_image_clusters(features, max_distance) -> (features, moved)   # near-identical photos, before link_ads
    cluster_phashes(hashes, max_distance) -> {hash: canonical hash}
    near_duplicate_groups(texts) / near_duplicate_pairs(texts)
"""

from typing import TYPE_CHECKING

from kartlegg.lazy import exports

if TYPE_CHECKING:
    from kartlegg.link.cluster import AdFeatures, Evidence, Hub, LinkResult, link_ads
    from kartlegg.link.config import LinkRules, default_rules, load_rules
    from kartlegg.link.phash import apply_image_clusters, cluster_phashes
    from kartlegg.link.query import (
        AdRef,
        CityWeek,
        HubSelector,
        LinkReason,
        NetworkDetail,
        NetworkSummary,
        ProfileDetail,
        ProfileSummary,
        SharedSelector,
        SiteAliasRow,
        get_network,
        get_profile,
        latest_seen,
        list_hubs,
        list_networks,
        list_profiles,
        list_site_aliases,
        new_since_default,
        profile_of_ad,
    )
    from kartlegg.link.run import pending, run_link
    from kartlegg.link.text import mask_text, near_duplicate_groups, near_duplicate_pairs
    from kartlegg.link.timeline import CitySpan, Move, Timeline

#: Each public name and the module that defines it, imported on first use (PEP 562): importing one
#: submodule (a reader's query, the catalogue) must not load the whole stage and its libraries.
_EXPORTS = {
    "AdFeatures": "kartlegg.link.cluster",
    "AdRef": "kartlegg.link.query",
    "CitySpan": "kartlegg.link.timeline",
    "CityWeek": "kartlegg.link.query",
    "Evidence": "kartlegg.link.cluster",
    "Hub": "kartlegg.link.cluster",
    "HubSelector": "kartlegg.link.query",
    "LinkReason": "kartlegg.link.query",
    "LinkResult": "kartlegg.link.cluster",
    "LinkRules": "kartlegg.link.config",
    "Move": "kartlegg.link.timeline",
    "NetworkDetail": "kartlegg.link.query",
    "NetworkSummary": "kartlegg.link.query",
    "ProfileDetail": "kartlegg.link.query",
    "ProfileSummary": "kartlegg.link.query",
    "SharedSelector": "kartlegg.link.query",
    "SiteAliasRow": "kartlegg.link.query",
    "Timeline": "kartlegg.link.timeline",
    "apply_image_clusters": "kartlegg.link.phash",
    "cluster_phashes": "kartlegg.link.phash",
    "default_rules": "kartlegg.link.config",
    "get_network": "kartlegg.link.query",
    "get_profile": "kartlegg.link.query",
    "latest_seen": "kartlegg.link.query",
    "link_ads": "kartlegg.link.cluster",
    "list_hubs": "kartlegg.link.query",
    "list_networks": "kartlegg.link.query",
    "list_profiles": "kartlegg.link.query",
    "list_site_aliases": "kartlegg.link.query",
    "load_rules": "kartlegg.link.config",
    "mask_text": "kartlegg.link.text",
    "near_duplicate_groups": "kartlegg.link.text",
    "near_duplicate_pairs": "kartlegg.link.text",
    "new_since_default": "kartlegg.link.query",
    "pending": "kartlegg.link.run",
    "profile_of_ad": "kartlegg.link.query",
    "run_link": "kartlegg.link.run",
}

__getattr__ = exports(__name__, _EXPORTS)


__all__ = [
    "AdFeatures",
    "AdRef",
    "CitySpan",
    "CityWeek",
    "Evidence",
    "Hub",
    "HubSelector",
    "LinkReason",
    "LinkResult",
    "LinkRules",
    "Move",
    "NetworkDetail",
    "NetworkSummary",
    "ProfileDetail",
    "ProfileSummary",
    "SharedSelector",
    "SiteAliasRow",
    "Timeline",
    "apply_image_clusters",
    "cluster_phashes",
    "default_rules",
    "get_network",
    "get_profile",
    "latest_seen",
    "link_ads",
    "list_hubs",
    "list_networks",
    "list_profiles",
    "list_site_aliases",
    "load_rules",
    "mask_text",
    "near_duplicate_groups",
    "near_duplicate_pairs",
    "new_since_default",
    "pending",
    "profile_of_ad",
    "run_link",
]
