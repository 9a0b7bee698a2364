"""What the link stage stores about an ad (see ``kartlegg.store.holdings``).

Per-ad rows are deleted; persons and networks (their JSON names selectors, their timelines cities and
dates) are rebuilt without the erased ads by ``relink_after_erasure``.
"""

from kartlegg.link.run import forget_ads
from kartlegg.store.holdings import derived, hook, nothing, rows

HOLDINGS = (
    hook("profiles", forget_ads, "persons and networks made only of erased ads go; the rest are rebuilt"),
    rows("link_features", "ad_id IN :ids"),
    rows("profile_ads", "ad_id IN :ids"),
    rows("link_selector_ads", "ad_id IN :ids"),
    rows("link_bands", "ad_id IN :ids"),
    rows("link_bands_recent", "ad_id IN :ids"),
    rows("link_components", "ad_id IN :ids"),
    rows("link_name_keys", "ad_id IN :ids"),
    rows("link_text_pairs", "a IN :ids OR b IN :ids"),
    rows("link_moves", "ad_id IN :ids"),
    derived("link_keys", "selectors with their counts: the index is rebuilt by the link run the erasure starts"),
    derived("link_key_sites", "each selector's ads per site (rebuilt with the index)"),
    derived("link_key_names", "each selector's ads per name (rebuilt with the index the erasure's link run makes)"),
    derived("link_big_bands", "oversized text buckets (rebuilt with the index)"),
    derived("link_phash", "photo clusters (rebuilt with the index)"),
    derived("link_site_keys", "selectors and ad copies per site (rebuilt with the index)"),
    derived("link_site_pairs", "counts of keys shared per site pair (rebuilt with the index)"),
    derived("link_site_sizes", "counts of keys per site (rebuilt with the index)"),
    rows("links", "level = 'ad' AND (a IN :sids OR b IN :sids)"),
    derived("links", "person-level reasons name the shared selector"),
    derived("profiles", "persons, with their selectors and timeline"),
    derived("profile_cities", "where each person was seen"),
    derived("networks", "controllers, with the selectors their persons share"),
    derived("network_cities", "the cities each network was seen in (rebuilt from the networks)"),
    derived("hub_selectors", "selectors shared too widely to link (a hub of the remaining ads stays one)"),
    derived(
        "link_state",
        "the last run's global decisions (hub selectors, big text buckets); the names each site's sample read "
        "(stock_names_read) are dropped by the hook on profiles",
    ),
    nothing("site_aliases", "pairs of sites and how many ads and selectors they share"),
)
