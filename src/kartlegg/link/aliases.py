"""The same site under a new domain: two site names that carry largely the same ads and selectors.

When a site is seized or blocked it reappears under another domain with the same ads copied over. Two sites
are aliases when a large share of the smaller one's ad copies (identical masked texts) and non-hub
selectors also appear on the other.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from kartlegg.link.cluster import AdFeatures


@dataclass(frozen=True, slots=True)
class SiteAlias:
    site_a: str
    site_b: str
    score: float
    shared: int
    reason: str


def find_site_aliases(
    ads: Sequence[AdFeatures],
    text_hashes: Sequence[str],
    hub_keys: set[tuple[str, str]],
    *,
    min_shared: int = 5,
    min_score: float = 0.5,
    max_sites_per_key: int = 4,
) -> list[SiteAlias]:
    keys_by_site: dict[str, set[str]] = defaultdict(set)
    sites_by_key: dict[str, set[str]] = defaultdict(set)
    for ad, th in zip(ads, text_hashes, strict=True):
        own = [f"text:{th}"] if th else []
        own.extend(f"{k}:{v}" for k, v in ad.selectors if (k, v) not in hub_keys)
        for key in own:
            keys_by_site[ad.site].add(key)
            sites_by_key[key].add(ad.site)
    shared: Counter[tuple[str, str]] = Counter()
    for sites in sites_by_key.values():
        if 2 <= len(sites) <= max_sites_per_key:
            ordered = sorted(sites)
            for i in range(len(ordered)):
                for j in range(i + 1, len(ordered)):
                    shared[(ordered[i], ordered[j])] += 1
    out: list[SiteAlias] = []
    for (a, b), n in sorted(shared.items()):
        smaller = min(len(keys_by_site[a]), len(keys_by_site[b]))
        score = n / smaller if smaller else 0.0
        if n >= min_shared and score >= min_score:
            out.append(SiteAlias(a, b, round(score, 3), n, f"{n} shared ad copies and selectors ({score:.0%})"))
    return out
