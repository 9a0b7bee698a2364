"""The same site under a new domain: two sites (or two hosts of one site) with the same page template,
largely the same ads and selectors, and one taking over when the other stops.

When a site is seized or blocked it reappears under another domain with its page template and ads copied
over. Three kinds of evidence, combined (thresholds in ``rules.yaml`` ``alias``):

* **ads**: identical masked ad texts and non-hub selectors shared, as a share of the smaller site's;
* **template**: MinHash Jaccard similarity of the sites' most common page skeletons (collect/template.py);
* **time**: the old one is last seen about when the new one is first seen (a hand-over, not two live sites).

A pair is an alias (``strength="alias"``, score >= 0.5) when the ads alone are enough, or the template
matches and a smaller share of the ads (or a hand-over plus a few ads) agrees. A template match with
different ads is only reported as ``strength="template"`` (score < 0.5): two unrelated sites running the
same off-the-shelf escort-site script look exactly like that, so a skeleton alone never makes an alias.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass

from kartlegg.link.cluster import AdFeatures
from kartlegg.link.config import AliasRules, default_rules
from kartlegg.link.templates import SiteUnit, template_similarity
from kartlegg.link.timeline import posting_day


@dataclass(frozen=True, slots=True)
class SiteAlias:
    site_a: str
    site_b: str
    score: float
    shared: int
    reason: str
    share: float = 0.0
    template: float | None = None  #: template similarity (None: no page templates on one side)
    gap_days: int | None = None  #: days from the older one's last sighting to the newer one's first
    strength: str = "alias"  #: "alias" or "template" (a template match only: weaker, not the same site)


def _span(a: str, b: str, spans: Mapping[str, tuple[str, str]]) -> tuple[str, int | None]:
    """Time pattern: the reason text and the gap in days from the older one's last sighting to the newer
    one's first (None: unknown or both seen at the same time). Sightings are ISO timestamps, so two crawls
    of one day still tell which came first."""
    if a not in spans or b not in spans:
        return "", None
    (fa, la), (fb, lb) = spans[a], spans[b]
    old, new = (a, b) if (la, fa) <= (lb, fb) else (b, a)
    old_last, new_first = spans[old][1], spans[new][0]
    d_old, d_new = posting_day(old_last), posting_day(new_first)
    if d_old is None or d_new is None:
        return "", None
    if new_first >= old_last:
        gap = (d_new - d_old).days
        return f"first seen {_days(gap)} after {old} was last seen", gap
    return f"both seen at the same time ({_days((d_old - d_new).days + 1)})", None


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def find_site_aliases(
    ads: Sequence[AdFeatures],
    text_hashes: Sequence[str],
    hub_keys: set[tuple[str, str]],
    *,
    units: Mapping[str, SiteUnit] | None = None,
    ad_units: Mapping[int, Sequence[str]] | None = None,
    rules: AliasRules | None = None,
) -> list[SiteAlias]:
    """Site pairs that are one site under two domains (``strength="alias"``) or share only a template.

    ``units`` (label -> templates and first/last sighting) and ``ad_units`` (ad id -> labels, for sites
    read from several hosts) come from ``templates.load_site_units``; without them only ads count.
    """
    r = rules or default_rules().alias
    units = units or {}
    ad_units = ad_units or {}
    keys_by_site: dict[str, set[str]] = defaultdict(set)
    sites_by_key: dict[str, set[str]] = defaultdict(set)
    posted: dict[str, list[str]] = defaultdict(list)
    for ad, th in zip(ads, text_hashes, strict=True):
        labels = ad_units.get(ad.ad_id) or [ad.site]
        d = ad.posted_at if posting_day(ad.posted_at) else None
        for label in labels:
            if d:
                posted[label].append(d)
            keys_by_site[label]  # a site with no keys still exists
            for key in alias_keys(ad, th, hub_keys):
                keys_by_site[label].add(key)
                sites_by_key[key].add(label)
    shared: Counter[tuple[str, str]] = Counter()
    for sites in sites_by_key.values():
        if 2 <= len(sites) <= r.max_sites_per_key:
            for pair in site_pairs(sites):
                shared[pair] += 1
    spans = {label: (min(p), max(p)) for label, p in posted.items()}
    return decide_aliases(shared, {k: len(v) for k, v in keys_by_site.items()}, spans, units, r)


def alias_keys(ad: AdFeatures, text_hash: str, hub_keys: Container[tuple[str, str]]) -> list[str]:
    """What one ad brings to its site's evidence: its ad copy (masked-text hash) and its non-hub selectors."""
    own = [f"text:{text_hash}"] if text_hash else []
    own.extend(f"{k}:{v}" for k, v in ad.selectors if (k, v) not in hub_keys)
    return own


def site_pairs(sites: Iterable[str]) -> list[tuple[str, str]]:
    """Every pair (a < b) of the sites one key is seen on."""
    ordered = sorted(sites)
    return [(ordered[i], ordered[j]) for i in range(len(ordered)) for j in range(i + 1, len(ordered))]


def decide_aliases(
    shared: Mapping[tuple[str, str], int],
    sizes: Mapping[str, int],
    posted: Mapping[str, tuple[str, str]],
    units: Mapping[str, SiteUnit],
    r: AliasRules,
) -> list[SiteAlias]:
    """The aliases from what the sites share: ``shared`` keys per site pair (keys on 2..max_sites_per_key
    sites only), ``sizes`` (keys per site), ``posted`` (first and last posting day per site, used when the
    site has no page fetches). The same decision for a full rebuild and for counts kept up to date per day."""
    # When each was seen: page fetches when crawled, else the ads' posting dates.
    spans: dict[str, tuple[str, str]] = {}
    for label in set(posted) | set(units):
        u = units.get(label)
        if u is not None and u.first_seen and u.last_seen:
            spans[label] = (u.first_seen, u.last_seen)
        elif label in posted:
            spans[label] = posted[label]
    # Template pairs: every pair of units with templates (a few hundred sites at most).
    templated = sorted(label for label, u in units.items() if u.templates)
    similar: dict[tuple[str, str], float] = {}
    for i, a in enumerate(templated):
        for b in templated[i + 1 :]:
            sim = template_similarity(units[a], units[b], r.template_min_pages)
            if sim is not None:
                similar[(a, b)] = sim
    out: list[SiteAlias] = []
    for a, b in sorted(set(shared) | {p for p, s in similar.items() if s >= r.template_similarity}):
        n = shared.get((a, b), 0)
        smaller = min(sizes.get(a, 0), sizes.get(b, 0))
        share = n / smaller if smaller else 0.0
        sim = similar.get((a, b))
        same_template = sim is not None and sim >= r.template_similarity
        when, gap = _span(a, b, spans)
        handover = gap is not None and 0 <= gap <= r.handover_days
        strong = n >= r.min_shared and share >= r.min_share
        if same_template:
            strong = strong or (n >= r.min_shared and share >= r.template_min_share)
            strong = strong or (handover and n >= r.handover_min_shared)
        if not strong and not same_template:
            continue
        parts: list[str] = []
        if sim is not None:
            parts.append(
                f"same page template (similarity {sim:.2f})"
                if same_template
                else f"different page templates (similarity {sim:.2f})"
            )
        if n:
            parts.append(f"{n} shared ad copies and selectors ({share:.0%})")
        elif not strong:
            parts.append("no shared ads")
        if when:
            parts.append(when)
        if strong:
            score = max(share, (share + (sim or 0.0)) / 2 if same_template else share, 0.5)
            strength = "alias"
        else:
            parts.append("template only: possibly unrelated sites on the same site software")
            score = 0.4 * (sim or 0.0)
            strength = "template"
        out.append(
            SiteAlias(
                a,
                b,
                round(min(score, 1.0), 3),
                n,
                "; ".join(parts),
                share=round(share, 3),
                template=None if sim is None else round(sim, 3),
                gap_days=gap,
                strength=strength,
            )
        )
    return out
