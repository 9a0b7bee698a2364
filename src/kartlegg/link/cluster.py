"""Linking ads into profiles (one person) and profiles into networks (one controller), in memory.

Pure functions over per-ad features, so the same code serves the store, tests and benchmarks.

Persons: ads are joined by evidence edges (shared e-mail, handle, image, phone; verified text copies),
strongest first, into a union-find whose clusters carry the person's name and stated ages. A merge that
would give one cluster two names or ages further apart than a person's own ages vary is refused, and a
selector seen with several names (a controller's phone) only joins ads that share the same name. So a
controller's phone joins the persons it serves into one *network* and never merges them into one person.

Hubs: a selector spread over many names, or over a large share of one site's ads (a site's support
number, a placeholder image), is excluded from both levels and reported as excluded.

Networks: profiles joined by any non-hub shared selector or text copy; connected components, with a
component too large to be one controller split by community detection.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from kartlegg.link import text as textsim
from kartlegg.link.config import LinkRules, default_rules
from kartlegg.link.graph import UnionFind, split_communities
from kartlegg.link.names import fold_name
from kartlegg.link.site_lines import site_lines
from kartlegg.link.timeline import posting_day

#: Selector kinds that can identify a person or a controller.
LINK_KINDS: tuple[str, ...] = ("email", "handle", "image", "phone")
_CONTACT_KINDS = frozenset({"email", "handle", "phone"})
#: Evidence strong enough to join ads under different names (one person's aliases): her pictures. E-mails
#: and handles are treated like phones, since a controller often takes the bookings for several persons.
_ALIAS_KINDS = frozenset({"image"})
#: The note of an unnamed ad's join to the one woman of a controller's line in her city (``unnamed_on_line``)
_UNNAMED_NOTE = "the line's one woman in this city then; the ad names nobody"


@dataclass(frozen=True, slots=True)
class AdFeatures:
    """What linking needs from one ad's latest version."""

    ad_id: int
    site: str
    city: str | None = None
    posted_at: str | None = None
    name: str | None = None
    ages: tuple[int, ...] = ()
    selectors: tuple[tuple[str, str], ...] = ()
    bands: tuple[int, ...] = ()
    #: (cluster key, this ad's own perceptual hash) for pictures joined by a near-identical cluster
    image_raw: tuple[tuple[str, str], ...] = ()
    #: the profile facts the ad prints as fields, sorted: ("height", "154"), ("nationality", "DK") (``facts.py``)
    facts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why two ads were linked: a shared selector (kind and value) or a text copy, with a score in 0..1."""

    a: int
    b: int
    kind: str
    value: str
    score: float
    note: str = ""  #: e.g. "similar photo (phash distance 3)"
    #: the selector joins one person's names (her pictures, her site aliases): a merge of two names is allowed
    alias: bool = False

    @property
    def reason(self) -> str:
        base = f"{self.kind}={self.value}" if self.value else self.kind
        return f"{base}: {self.note}" if self.note else base


@dataclass(frozen=True, slots=True)
class Hub:
    """A selector excluded from linking, with the spread that made it a hub."""

    kind: str
    value: str
    ads: int
    sites: int
    names: int
    reason: str


@dataclass(slots=True)
class LinkResult:
    profiles: list[list[int]]  #: ad indices per profile, ordered by smallest index
    networks: list[list[int]]  #: profile indices per network
    person_evidence: list[Evidence]  #: the edges that made each profile (a spanning forest)
    network_evidence: dict[tuple[int, int], list[Evidence]] = field(default_factory=dict)  #: profile pair -> why
    hubs: list[Hub] = field(default_factory=list)
    split_networks: set[int] = field(default_factory=set)  #: networks cut out of an oversized component
    #: every verified text copy (index pairs i < j), person evidence or not: what joins ads into components
    text_links: list[tuple[int, int]] = field(default_factory=list)
    #: the ``fuzz.ratio`` of each of ``text_links``
    text_ratios: list[float] = field(default_factory=list)
    #: (ad without a contact, ad of the profile it joined): what else joins components (``_join_bare``)
    name_links: list[tuple[int, int]] = field(default_factory=list)


def _chain_and_star(members: Sequence[int]) -> list[tuple[int, int]]:
    if len(members) < 2:
        return []
    first = members[0]
    out = [(first, m) for m in members[1:]]
    out.extend((members[i - 1], members[i]) for i in range(2, len(members)))
    return out


def find_hubs(
    ads: Sequence[AdFeatures], index: dict[tuple[str, str], list[int]], rules: LinkRules
) -> dict[tuple[str, str], Hub]:
    """Selectors whose spread says "shared infrastructure", not "one person or one controller".

    Phones first: spread over many names, or over a large share of one site's ads. Then pictures, e-mails
    and handles, which also count as hubs when the ads carrying them list many different (non-hub) phones:
    a stock photo travels between unrelated persons, a person's own photo stays with her one or two numbers.
    """
    site_totals = Counter(a.site for a in ads)
    hubs: dict[tuple[str, str], Hub] = {}
    ordered = sorted((k for k, m in index.items() if len(m) > 1), key=lambda k: (k[0] != "phone", k))
    for key in ordered:
        members = index[key]
        phones: set[tuple[str, str]] = set()
        if key[0] != "phone":
            phones = {s for i in members for s in ads[i].selectors if s[0] == "phone" and s not in hubs}
        hub = hub_of(key, [(ads[i].site, ads[i].name) for i in members], site_totals, len(phones), rules)
        if hub is not None:
            hubs[key] = hub
    return hubs


def hub_of(
    key: tuple[str, str],
    members: Sequence[tuple[str, str | None]],
    site_totals: Mapping[str, int],
    phones: int,
    rules: LinkRules,
) -> Hub | None:
    """The hub rule for one selector carried by ``members`` (site, name per ad): ``site_totals`` are the
    ads per site in the whole store, ``phones`` the distinct non-hub phones in the members' ads (unused
    for a phone). The one rule for a full rebuild and for selectors looked at again after a new day."""
    names = {name for _, name in members if name}
    return hub_of_spread(key, len(members), names, Counter(site for site, _ in members), site_totals, phones, rules)


def hub_of_spread(
    key: tuple[str, str],
    ads: int,
    names: Collection[str],
    per_site: Mapping[str, int],
    site_totals: Mapping[str, int],
    phones: int,
    rules: LinkRules,
) -> Hub | None:
    """``hub_of`` from the selector's counts alone: its ``ads``, its distinct (non-empty) ``names`` and its
    ads ``per_site``, as the index keeps them (``link.index``), so a day need not read every ad of it."""
    if ads < 2:
        return None
    h = rules.hub
    reason = _spread_reason(names, per_site, site_totals, rules)
    if not reason and key[0] != "phone":
        if key[0] == "image" and key[1].startswith("phash:"):
            # All re-encoded copies of one photo over the whole period: a person's own photo collects
            # her numbers (and her controller's), so it takes more phones, or several names as well.
            hub = phones >= h.photo_min_phones or (phones >= h.min_phones and len(names) >= h.photo_min_names)
        elif _mailbox(key, names, rules):
            hub = False
        else:
            hub = phones >= h.min_phones
        if hub:
            reason = f"used with {phones} different phone numbers"
    if not reason:
        return None
    return Hub(key[0], key[1], ads, len(per_site), len(names), reason)


def needs_phones(
    key: tuple[str, str], members: Sequence[tuple[str, str | None]], site_totals: Mapping[str, int], rules: LinkRules
) -> bool:
    """Does ``hub_of`` read ``phones`` for this selector? Only for a picture, e-mail or handle of two or more
    ads that its names and sites do not already make a hub: counting the phones next to a widely used
    stock photo (a fifth of the store's ads) is a join over all its ads, which the answer never reads."""
    names = {name for _, name in members if name}
    return needs_phones_spread(key, len(members), names, Counter(site for site, _ in members), site_totals, rules)


def needs_phones_spread(
    key: tuple[str, str],
    ads: int,
    names: Collection[str],
    per_site: Mapping[str, int],
    site_totals: Mapping[str, int],
    rules: LinkRules,
) -> bool:
    """``needs_phones`` from the selector's counts (``hub_of_spread``'s)."""
    if key[0] == "phone" or ads < 2 or _mailbox(key, names, rules):
        return False
    return not _spread_reason(names, per_site, site_totals, rules)


def _mailbox(key: tuple[str, str], names: Collection[str], rules: LinkRules) -> bool:
    """An e-mail address given under a few names is a mailbox, not shared infrastructure: one name's own
    address collects her numbers as she changes them, a controller's booking address those of the persons
    it books for (several names: it joins only same-name ads), so its phones make it no hub. Under no name
    it cannot be told apart from infrastructure, and the phone rule stands; so it does for a handle: a
    messenger name made of her name ("carla.vip", "anna_xo") is written alike by different persons."""
    return key[0] == "email" and 0 < len(names) <= rules.hub.mailbox_max_names


def _spread_reason(
    names: Collection[str], per_site: Mapping[str, int], site_totals: Mapping[str, int], rules: LinkRules
) -> str:
    """The hub reason from a selector's names and sites alone ("" when they make no hub). Of several sites
    past the share, the reason names the one with the largest share (then the first by name): it depends on
    the counts alone, not on the order the selector's ads were read in."""
    h = rules.hub
    if len(names) >= h.min_names:
        return f"used with {len(names)} different names"
    if len(names) >= h.site_min_names:
        best: tuple[float, str] | None = None
        for site, n in per_site.items():
            total = site_totals.get(site, 0)
            if total >= h.site_min_ads and n / total >= h.site_share:
                if best is None or (-n / total, site) < (-best[0], best[1]):
                    best = (n / total, site)
        if best is not None:
            return f"in {best[0]:.0%} of the ads on {best[1]}"
    return ""


def passing_numbers(
    ads: Sequence[AdFeatures],
    index: Mapping[tuple[str, str], Sequence[int]],
    hubs: Mapping[tuple[str, str], Hub],
    rules: LinkRules,
) -> dict[tuple[str, str], Hub]:
    """Phones that pass through other persons' ads: furniture read as a number, not anyone's line.

    A controller's line is written on every ad of the women it books, so each name it carries has many ads
    on it, and it follows its women from site to site; when the ads also show her own number, that number
    mostly rides with the line. A date, a map coordinate or a calendar timestamp misread as a number lands
    on one or two ads of each of several names, beside numbers of their own that those persons also write
    on ads without it. So a phone with at most ``passing_ads_per_name`` ads per name, at least one site
    showing two of its names (one name per site is one woman's aliases), another (non-hub) phone on
    ``passing_share`` of its ads, and ``passing_outside`` of those phones also written without it, links
    nothing, when it has ``passing_min_names`` names and as many such phones of one woman each (never two
    names on one site: an ad that prints a controller's two lines is no furniture), or, all on one site
    (one template's furniture), ``passing_site_min_names`` names and as many phones beside it. Read over
    the phone's ads and those of the numbers beside it, which share a contact with them: a contact
    component holds them all, so the embedded, region and Spark engines decide alike.
    """
    h = rules.hub
    out: dict[tuple[str, str], Hub] = {}
    ones: dict[tuple[str, str], bool] = {}

    def own(q: tuple[str, str]) -> bool:
        """Is ``q`` one woman's number: never two names on one site (her aliases on other sites allowed)?"""
        if q not in ones:
            seen: dict[str, str] = {}
            ones[q] = all(seen.setdefault(ads[i].site, n) == n for i in index.get(q, ()) if (n := _fold(ads[i].name)))
        return ones[q]

    for key, members in index.items():
        if key[0] != "phone" or len(members) < 2 or key in hubs:
            continue
        names = {_fold(ads[i].name) for i in members if ads[i].name}
        one_site = len({ads[i].site for i in members}) == 1
        least = min(h.passing_min_names, h.passing_site_min_names) if one_site else h.passing_min_names
        if len(names) < least or len(members) > h.passing_ads_per_name * len(names):
            continue
        on_site: dict[str, set[str]] = defaultdict(set)
        for i in members:
            if ads[i].name:
                on_site[ads[i].site].add(_fold(ads[i].name))
        if all(len(ns) < 2 for ns in on_site.values()):
            continue  # one name per site: one woman's site aliases writing two numbers, not furniture
        beside: Counter[tuple[str, str]] = Counter()
        writing = 0
        for i in members:
            others = {s for s in ads[i].selectors if s[0] == "phone" and s != key and s not in hubs}
            writing += bool(others)
            beside.update(s for s in others if one_site or own(s))
        if len(beside) < least or writing < h.passing_share * len(members):
            continue
        outside = sum(1 for q, n in beside.items() if len(index.get(q, ())) > n)
        if outside >= h.passing_outside * len(beside):
            sites = len({ads[i].site for i in members})
            reason = f"passes through {len(names)} names' ads beside numbers of their own"
            out[key] = Hub(key[0], key[1], len(members), sites, len(names), reason)
    return out


def selector_index(ads: Sequence[AdFeatures]) -> dict[tuple[str, str], list[int]]:
    """Selector (kind, value) -> indices of the ads that carry it, in ad order."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, ad in enumerate(ads):
        for key in ad.selectors:
            index[key].append(i)
    return index


def link_ads(
    ads: Sequence[AdFeatures],
    texts: Callable[[Sequence[int]], dict[int, str]],
    rules: LinkRules | None = None,
    *,
    hubs: dict[tuple[str, str], Hub] | None = None,
    skip_bands: frozenset[int] = frozenset(),
    text_candidates: set[tuple[int, int]] | None = None,
    text_scores: Mapping[tuple[int, int], float] | None = None,
    crowded: Collection[int] = frozenset(),
    changes: bool = True,
) -> LinkResult:
    """Profiles and networks for ``ads`` (sorted by ``ad_id``); ``texts`` gives masked texts by index.

    ``hubs`` and ``skip_bands`` come from the whole store when only a region of it is linked again, and so
    may ``text_candidates`` (index pairs i < j): the LSH pairs as the whole store's buckets give them, since
    a bucket's star-and-chain pairs depend on all its members, not only the region's. ``text_scores``
    (index pairs i < j -> ``fuzz.ratio`` with the verify cutoff, 0.0 when refused) are pairs already
    verified (by the region walk), taken as given instead of compared again. ``crowded``: ad ids without a
    contact whose namesakes with a contact outside ``ads`` lie in more than ``bare_max_profiles`` evidence
    components (``Region.crowded``): each holds a profile with a contact, so her profile meets too many to
    join one, and the region need not hold them. ``changes``: join two profiles of one woman on two numbers
    (``changes.number_changes``), which only a run over every ad can decide (a region run passes False).
    """
    from kartlegg.link.phash import photo_note  # phash builds on AdFeatures

    rules = rules or default_rules()
    n = len(ads)
    index = selector_index(ads)
    if hubs is None:
        hubs = find_hubs(ads, index, rules)
    reported = hubs
    if rules.hub.passing_min_names:  # linked as hubs here, never reported as hubs: see ``passing_numbers``
        hubs = {**hubs, **passing_numbers(ads, index, hubs, rules)}

    person_edges: list[Evidence] = []
    network_edges: list[Evidence] = []
    net = rules.network
    site_own = site_lines(
        ads,
        index,
        hubs,
        min_names=net.site_line_min_names,
        share=net.site_line_share,
        site_share=net.site_line_site_share,
        outside=net.site_line_outside,
    )
    scores = rules.person.scores
    lines: set[tuple[str, str]] = set()  # contacts of several name groups: a controller's, corroborating no copy
    line_groups: dict[tuple[str, str], list[list[int]]] = {}  # each line's name groups (``line_changes``)
    for key, members in index.items():  # insertion order follows ad order: deterministic
        if len(members) < 2 or key in hubs:
            continue
        kind, value = key
        score = scores.get(kind, 0.5)
        similar = kind == "image" and any(ads[i].image_raw for i in members)

        def edge(
            a: int, b: int, kind: str = kind, value: str = value, score: float = score, similar: bool = similar
        ) -> Evidence:
            return Evidence(a, b, kind, value, score, photo_note(ads[a], ads[b], value) if similar else "")

        if kind in net.kinds and key not in site_own:
            network_edges.extend(edge(a, b) for a, b in _chain_and_star(members))
        groups = [members] if kind in _ALIAS_KINDS else _person_groups(ads, members, key, hubs)
        if len(groups) < rules.person.controller_min_names:
            person_edges.extend(edge(a, b) for a, b in _chain_and_star(members))
        elif rules.person.site_aliases and (note := _aliases_with_twin(ads, index, members, groups, key, hubs, rules)):
            person_edges.extend(Evidence(a, b, kind, value, score, note, True) for a, b in _chain_and_star(members))
        else:
            lines.add(key)
            line_groups[key] = groups
            for group in groups:
                person_edges.extend(edge(a, b) for a, b in _chain_and_star(group))
                if rules.person.line_own_overlap >= 0:  # each site's ads of the name first (``_constrained_union``)
                    person_edges.extend(edge(a, b) for a, b in _site_chains(ads, group))
            joined = line_aliases(ads, groups, key, hubs, rules) if rules.person.line_alias_days else []
            if rules.person.line_twin_days:
                found = {(a, b) for a, b, _ in joined}
                joined += [t for t in line_twins(ads, groups, key, hubs, rules) if (t[0], t[1]) not in found]
            if rules.person.line_variant_letters:
                found = {(a, b) for a, b, _ in joined}
                joined += [t for t in line_variants(ads, groups, rules) if (t[0], t[1]) not in found]
            for ga, gb, note in joined:
                person_edges.append(Evidence(groups[ga][0], groups[gb][0], kind, value, score, note, True))
            if rules.person.line_unnamed_days:
                women = _merged(groups, joined)
                for i, g in unnamed_on_line(ads, members, women, rules.person.line_unnamed_days):
                    j = women[g][0]
                    person_edges.append(Evidence(min(i, j), max(i, j), kind, value, score, _UNNAMED_NOTE))

    if rules.person.line_change_days and len(line_groups) > 1:
        person_edges.extend(line_changes(ads, index, line_groups, hubs, rules))

    text_links: list[tuple[int, int]] = []
    text_ratios: list[float] = []
    for i, j, ratio in _text_pairs(ads, texts, rules, skip_bands, text_candidates, text_scores or {}):
        text_links.append((i, j))
        text_ratios.append(ratio)
        ev = Evidence(i, j, "text", "", round(ratio / 100.0, 3))
        if "text" in rules.network.kinds and ratio >= rules.network.text_ratio:
            network_edges.append(ev)
        same_name = bool(ads[i].name and ads[j].name and _fold(ads[i].name) == _fold(ads[j].name))
        if same_name and rules.person.text_same_city and ads[i].city and ads[j].city and ads[i].city != ads[j].city:
            same_name = False  # two namesakes writing one site's stock phrases in two cities: corroborate it
        if (
            not rules.person.text_needs_same_name
            or same_name
            or (
                ratio >= rules.person.text_corroborated_ratio
                and _share_contact(ads[i], ads[j], hubs, lines if rules.person.text_not_by_line else ())
            )
        ):  # the shared contact looked for last: most copies share their name (~7,000 a day at 50k)
            person_edges.append(ev)

    own = own_number_spans(ads, hubs, lines) if rules.person.line_own_overlap >= 0 else None
    profiles, used = _constrained_union(ads, person_edges, rules, lines, own)
    name_links = name_pairs(ads, rules) if rules.person.bare_max_profiles else []
    if name_links:
        if crowded:  # profiles that meet too many outside ``ads``: alone, as if all were here
            held = {i: p for p, members in enumerate(profiles) for i in members}
            alone = {held[i] for i, ad in enumerate(ads) if ad.ad_id in crowded}
            name_links = [(i, j) for i, j in name_links if held[i] not in alone]
        before = len(used)
        profiles = _join_bare(ads, profiles, used, name_links, rules)
        name_links = [(e.a, e.b) for e in used[before:]]
    if changes and rules.person.number_change_days:
        from kartlegg.link.changes import number_changes  # changes builds on AdFeatures

        joins = number_changes(ads, profiles, hubs, rules, texts)
        if joins:
            profiles = _merged_profiles(profiles, [(a, b) for a, b, _ in joins])
            used.extend(ev for _, _, ev in joins)
            name_links = [*name_links, *((ev.a, ev.b) for _, _, ev in joins)]
    profile_of = [0] * n
    for p, members in enumerate(profiles):
        for i in members:
            profile_of[i] = p

    pair_evidence: dict[tuple[int, int], list[Evidence]] = defaultdict(list)
    pair_kinds: dict[tuple[int, int], set[str]] = defaultdict(set)
    for ev in network_edges:
        pa, pb = profile_of[ev.a], profile_of[ev.b]
        if pa == pb:
            continue
        key2 = (pa, pb) if pa < pb else (pb, pa)
        pair_kinds[key2].add(ev.kind)
        bucket = pair_evidence[key2]
        if len(bucket) < 5 and all(e.reason != ev.reason for e in bucket):
            bucket.append(ev)
    net_rules = rules.network
    weak = frozenset(
        kind
        for kind, on in (("handle", net_rules.handle_between_numbers), ("text", net_rules.text_between_numbers))
        if not on
    )
    if weak:
        _drop_weak_between_numbers(ads, profiles, hubs, pair_evidence, pair_kinds, weak)
    pairs = sorted(pair_evidence)
    weights = [sum(e.score for e in pair_evidence[p]) for p in pairs]
    networks = split_communities(
        len(profiles), pairs, weights, seed=rules.text.seed, max_size=rules.network.max_profiles
    )
    split: set[int] = set()
    # Mark networks that came out of a split: their members still have evidence to profiles outside.
    network_of = [0] * len(profiles)
    for k, members in enumerate(networks):
        for p in members:
            network_of[p] = k
    for pa, pb in pairs:
        if network_of[pa] != network_of[pb]:
            split.add(network_of[pa])
            split.add(network_of[pb])
    return LinkResult(
        profiles=profiles,
        networks=networks,
        person_evidence=used,
        network_evidence=dict(pair_evidence),
        hubs=sorted(reported.values(), key=lambda h: (-h.ads, h.kind, h.value)),
        split_networks=split,
        text_links=text_links,
        text_ratios=text_ratios,
        name_links=name_links,
    )


def _drop_weak_between_numbers(
    ads: Sequence[AdFeatures],
    profiles: Sequence[Sequence[int]],
    hubs: Mapping[tuple[str, str], Hub],
    pair_evidence: dict[tuple[int, int], list[Evidence]],
    pair_kinds: Mapping[tuple[int, int], set[str]],
    weak: frozenset[str],
) -> None:
    """Two profiles joined by nothing but the ``weak`` kinds (a messaging handle, a text copy), each with
    phone numbers of her own and none in common, are no network: a handle is written without its app ("yana"
    on Telegram and on Instagram are two accounts) and is often her name with a few letters ("ewa69",
    "bella_cph"), so namesakes share it; a site's template, a city's stock sentences or a copied service list
    make two solo women's texts 95-97 alike. A controller's line or address links the persons it books by
    itself."""
    phoned: dict[int, bool] = {}

    def has_phone(p: int) -> bool:
        if p not in phoned:
            phoned[p] = any(s[0] == "phone" and s not in hubs for i in profiles[p] for s in ads[i].selectors)
        return phoned[p]

    for key2, kinds in pair_kinds.items():
        if kinds <= weak and has_phone(key2[0]) and has_phone(key2[1]):
            del pair_evidence[key2]


def _fold(name: str | None) -> str:
    """The name as linking compares it (``names.fold_name``): case, diacritics and OCR confusions folded."""
    return fold_name(name) if name else ""


def _person_groups(
    ads: Sequence[AdFeatures], members: Sequence[int], key: tuple[str, str], hubs: dict[tuple[str, str], Hub]
) -> list[list[int]]:
    """The named ads carrying one selector, grouped by person: by name (folded: ``_fold``), with names that
    share a (non-hub) picture in one group (one person's aliases). Two or more groups: a controller's selector."""
    named = [i for i in members if ads[i].name]
    names = sorted({_fold(ads[i].name) for i in named})
    if len(names) < 2:
        return [named] if named else []
    pos = {n: k for k, n in enumerate(names)}
    uf = UnionFind(len(names))
    first: dict[tuple[str, str], int] = {}
    for i in named:
        k = pos[_fold(ads[i].name)]
        for sel in ads[i].selectors:
            if sel[0] in _ALIAS_KINDS and sel != key and sel not in hubs:
                if sel in first:
                    uf.union(first[sel], k)
                else:
                    first[sel] = k
    by_group: dict[int, list[int]] = defaultdict(list)
    for i in named:
        by_group[uf.find(pos[_fold(ads[i].name)])].append(i)
    return list(by_group.values())


def _aliases_with_twin(
    ads: Sequence[AdFeatures],
    index: Mapping[tuple[str, str], Sequence[int]],
    members: Sequence[int],
    groups: Sequence[Sequence[int]],
    key: tuple[str, str],
    hubs: dict[tuple[str, str], Hub],
    rules: LinkRules,
) -> str:
    """``site_aliases`` of a contact, read over its twin too: a number written as a phone on some ads and as
    a messaging handle ("wa.me/46734674630") on others is one contact, and a parlour's line that shows two
    masseuses on one site among its phone ads is no woman's aliases on its handle ads either. The twin is
    read when the two share an ad (so both lie in one evidence component, whatever region is linked)."""
    kind, value = key
    twin = ("handle", value) if kind == "phone" else ("phone", value) if kind == "handle" else None
    more = index.get(twin, ()) if twin is not None and twin not in hubs else ()
    if more and not set(more).isdisjoint(members):
        both = sorted(set(members) | set(more))
        groups = _person_groups(ads, both, key, hubs)
        if len(groups) < rules.person.controller_min_names:
            return ""
        return site_aliases(ads, groups, key, hubs, rules, also=twin)
    return site_aliases(ads, groups, key, hubs, rules)


def site_aliases(
    ads: Sequence[AdFeatures],
    groups: Sequence[Sequence[int]],
    key: tuple[str, str],
    hubs: Mapping[tuple[str, str], Hub],
    rules: LinkRules,
    also: tuple[str, str] | None = None,
) -> str:
    """Are the name groups of one contact one person under another name on each site? Then the reason
    ("site aliases: ..."), else "". ``also``: the contact's twin (its number as a phone and as a handle),
    not counted as a contact of any group's own.

    A woman who advertises on several sites may use another name on one of them, each name kept on its
    site. Her contact then shows one name per site, each site's ads consistent, and her ages; a controller's
    line shows several names on one site (the persons it books there), ages of different women, or persons
    who each bring a contact of their own that the other never writes. So: every name group is the only
    one some site's named ads carry (a site showing several, an aggregator re-posting her ads from two
    sites or a forum quoting them, repeats names kept elsewhere), their stated ages fit one person
    (``ages_fit``), each name was written in a city
    where another of them was too, and at most one group has a contact (not this one, no hub) that no
    other group has and that it writes on two ads or more (or on its one ad). Names whose profile facts
    differ (a height or nationality each states alike ad after ad: ``group_facts``) are two women.
    """
    on_site: dict[str, set[int]] = defaultdict(set)
    for g, group in enumerate(groups):
        for i in group:
            on_site[ads[i].site].add(g)
    # every name is kept on a site of its own; a site showing several (an aggregator's re-posts, a forum's
    # quotes) only repeats names kept elsewhere
    home = {next(iter(gs)) for gs in on_site.values() if len(gs) == 1}
    if len(home) < len(groups):
        return ""
    ages = [stated for group in groups if (stated := [x for i in group for x in ads[i].ages])]
    if any(not ages_fit(a, b, rules.person.age_tolerance) for k, a in enumerate(ages) for b in ages[k + 1 :]):
        return ""
    # another height or nationality, each stated alike ad after ad: two women (``group_facts``)
    facts = [group_facts(ads, group, rules.person.line_fact_min_ads) for group in groups]
    if any(facts_agree(a, b) == 0 for k, a in enumerate(facts) for b in facts[k + 1 :]):
        return ""
    # each group's other contacts (not this one, no hub), by the ads that write them
    others = [
        Counter(
            s
            for i in group
            for s in ads[i].selectors
            if s[0] in _CONTACT_KINDS and s not in (key, also) and s not in hubs
        )
        for group in groups
    ]
    seen = Counter(s for contacts in others for s in contacts)
    # a contact of her own is one she keeps writing (on two ads or more of a name that has several): one ad's
    # among many is a number misread
    bringing = [
        any(seen[s] == 1 and (n > 1 or len(group) == 1) for s, n in contacts.items())
        for group, contacts in zip(groups, others, strict=True)
    ]
    mailbox = her_mailbox(ads, groups, key, rules.person.site_alias_mailbox_names)
    if sum(bringing) > 1 and not (
        mailbox and _one_after_another(ads, groups, others, seen, bringing, rules.person.number_change_overlap)
    ):
        return ""
    if not mailbox and not names_meet(ads, groups, rules):
        return ""
    shown = sorted({(ads[i].name or "", ads[i].site) for group in groups for i in group})
    note = "site aliases: " + ", ".join(f"{name} on {site}" for name, site in shown)
    return note + f" (her mailbox, named {mailbox})" if mailbox else note


#: a word of an address's local part: letters only ("freja.p" -> freja, "kanya7x" -> kanya)
_LOCAL_WORD = re.compile(r"[^\W\d_]{3,}")


def her_mailbox(ads: Sequence[AdFeatures], groups: Sequence[Sequence[int]], key: tuple[str, str], most: int) -> str:
    """The name of ``groups`` that an e-mail address ``key`` spells as a word of its local part, else "".

    A woman names her mailbox after herself ("freja.p@", "miss.ronja@", "kanya7x@", "paola28x@"), and keeps
    it while she changes sites, per-site names and numbers; a booking desk is named for its business or its
    role ("booking.velvet1@", "info.sabai55@"), and holds more names. An address of at most ``most`` names
    (0: never) that spells one of them is read as hers. Names and words compared folded (``names.fold_name``)."""
    kind, value = key
    if kind != "email" or not most or len(groups) > most:
        return ""
    words = {fold_name(w) for w in _LOCAL_WORD.findall(value.partition("@")[0])}
    spelled = {(_fold(name), name) for group in groups for i in group if (name := ads[i].name)}
    return min((pair for pair in spelled if pair[0] in words), default=("", ""))[1]  # whatever the order


def _one_after_another(
    ads: Sequence[AdFeatures],
    groups: Sequence[Sequence[int]],
    others: Sequence[Counter[tuple[str, str]]],
    seen: Counter[tuple[str, str]],
    bringing: Sequence[bool],
    overlap: int,
) -> bool:
    """Were the numbers (contacts) of her own that several name groups bring written one after the other, each
    group's last ad writing one at most ``overlap`` days after the next group's first? One woman who changed
    her number; two women of one desk write theirs at once. A group whose ads carry no date: not known, no."""
    spans: list[tuple[int, int]] = []
    for group, contacts, brings in zip(groups, others, bringing, strict=True):
        if not brings:
            continue
        mine = {s for s, n in contacts.items() if seen[s] == 1}
        days = [d for i in group if mine.intersection(ads[i].selectors) and (d := day_of(ads[i])) is not None]
        if not days:
            return False
        spans.append((min(days), max(days)))
    spans.sort()
    return all(later[0] >= earlier[1] - overlap for earlier, later in itertools.pairwise(spans))


def _merged(groups: Sequence[Sequence[int]], joined: Sequence[tuple[int, int, str]]) -> list[list[int]]:
    """The name groups with those ``line_aliases`` joined made one (one woman's names), in group order."""
    uf = UnionFind(len(groups))
    for a, b, _ in joined:
        uf.union(a, b)
    out: dict[int, list[int]] = {}
    for g, group in enumerate(groups):
        out.setdefault(uf.find(g), []).extend(group)
    return list(out.values())


def unnamed_on_line(
    ads: Sequence[AdFeatures], members: Sequence[int], groups: Sequence[Sequence[int]], window: int
) -> list[tuple[int, int]]:
    """The ads of a controller's line that name nobody, each with the name group it joins: (ad, group).

    An ad whose name was not read (a scanned flyer, a chat post that only says "new girl") carries the line
    alone, and the line serves several women. Where one of them is in the ad's city within ``window`` days
    of it, on the ad's own site, and no other woman of the line is in that city then (on any site), the ad
    is hers; a second woman of the line there, or none on the site: it stays alone.
    """
    unnamed = [i for i in members if not ads[i].name and ads[i].city and day_of(ads[i]) is not None]
    if not unnamed:
        return []
    # each woman's days by city, and by (site, city)
    in_city = [_days_by_city(ads, group) for group in groups]
    on_site: list[dict[tuple[str, str], list[int]]] = []
    for group in groups:
        by_site: dict[tuple[str, str], list[int]] = defaultdict(list)
        for j in group:
            if (city := ads[j].city) and (e := day_of(ads[j])) is not None:
                by_site[(ads[j].site, city)].append(e)
        on_site.append({k: sorted(ds) for k, ds in by_site.items()})
    out: list[tuple[int, int]] = []
    for i in unnamed:
        city, d = ads[i].city or "", [day_of(ads[i]) or 0]
        there = [g for g, seen in enumerate(in_city) if city in seen and _near(d, seen[city], window)]
        if len(there) == 1 and _near(d, on_site[there[0]].get((ads[i].site, city), []), window):
            out.append((i, there[0]))
    return out


def line_aliases(
    ads: Sequence[AdFeatures],
    groups: Sequence[Sequence[int]],
    key: tuple[str, str],
    hubs: Mapping[tuple[str, str], Hub],
    rules: LinkRules,
) -> list[tuple[int, int, str]]:
    """The name groups of a controller's line that are one woman renamed per site: (group, group, reason).

    A booking line serves several women at once, and each may go by another name on each site it posts
    her on ("Gina" on the classifieds, "Destiny" on a flyer, "Ivy" in a chat). Two of its names are one
    woman's when they were never written on one site (each site shows her under one name), their stated
    ages fit (``ages_fit``; both must state one) and their middle ages are at most ``line_alias_age`` apart
    (a line's women are often of an age: her own drift is smaller), an ad of each was posted in one city at
    most ``line_alias_days`` apart (she tours, and her ads on both sites follow her; in two cities on a line
    of more than ``line_alias_max_names`` names, whose women sit in one city at once), and each is the only
    name of the other's sites that met it so: a second name of that site in that city and time is a
    second woman of the line, and then neither is joined. Names of one site are never joined here, nor
    two names that each bring a contact of their own the other never writes (an agency's women, each with
    her own number beside its booking address: ``site_aliases``' rule).
    """
    window, middle = rules.person.line_alias_days, rules.person.line_alias_age
    tol = rules.person.age_tolerance
    sites = [{ads[i].site for i in group} for group in groups]
    ages = [[x for i in group for x in ads[i].ages] for group in groups]
    stays = [_days_by_city(ads, group) for group in groups]

    # a line of many names serves women who sit in one city at once: its names must have met in two cities,
    # or in one when the facts each prints ad after ad agree (her height, her nationality: ``group_facts``)
    need = 1 if len(groups) <= rules.person.line_alias_max_names else 2
    facts = [group_facts(ads, g, rules.person.line_fact_min_ads) for g in groups]
    shared = shared_nationalities(facts)

    def met(a: int, b: int) -> bool:
        agree = facts_agree(facts[a], facts[b])
        if agree == 1 and _alone_nationality(facts[a], facts[b]) in shared:
            agree = None  # her nationality is two women's on this line: it places neither
        least = 1 if agree else need
        days = rules.person.line_fact_days if agree and agree >= 2 else window
        return sum(c in stays[b] and _near(ds, stays[b][c], days) for c, ds in stays[a].items()) >= least

    own = _own_contacts(ads, groups, key, hubs, one_ad=True)
    writes = [{s for i in group for s in ads[i].selectors} for group in groups]
    partners: list[set[int]] = [set() for _ in groups]
    for a in range(len(groups)):
        if not ages[a] or not stays[a]:
            continue
        for b in range(a + 1, len(groups)):
            if sites[a] & sites[b] or not ages[b] or not ages_fit(ages[a], ages[b], tol):
                continue
            if own[a] - writes[b] and own[b] - writes[a]:
                continue
            if abs(_median(ages[a]) - _median(ages[b])) > middle or facts_agree(facts[a], facts[b]) == 0:
                continue
            if not met(a, b):
                continue
            partners[a].add(b)
            partners[b].add(a)
    out: list[tuple[int, int, str]] = []
    for a, found in enumerate(partners):
        for b in sorted(found):
            if b < a:
                continue
            # the only name of b's sites that met a, and the only one of a's sites that met b
            if any(o != b and sites[o] & sites[b] for o in found) or any(
                o != a and sites[o] & sites[a] for o in partners[b]
            ):
                continue
            out.append((a, b, _pair_reason("line aliases", ads, groups[a], groups[b])))
    return out


def line_twins(
    ads: Sequence[AdFeatures],
    groups: Sequence[Sequence[int]],
    key: tuple[str, str],
    hubs: Mapping[tuple[str, str], Hub],
    rules: LinkRules,
) -> list[tuple[int, int, str]]:
    """Name groups of a controller's line that follow each other city by city: one woman renamed per site.

    ``line_aliases`` asks for stated ages on both names and few names on the line; a site that prints no
    age (a scraper's dump, a map listing) or a line of many women leaves her names apart. Here two names of
    the line on different sites are one woman when her ads under each were posted where and when the
    other's were: each name has ``line_twin_min_ads`` ads with a city and a day (one or two ads in a city
    where an agency keeps several women at once say nothing), at least ``line_twin_share`` of them has an
    ad of the other in its city
    within ``line_twin_days`` days, and no other name of either's sites comes within ``line_twin_margin``
    times of that (a second woman of the line in that city then: neither is joined). Stated ages, where
    both state one, must fit (``ages_fit``) with medians at most ``line_alias_age`` apart, and the two must
    not each bring a contact of their own the other never writes.
    """
    p = rules.person
    window, need, margin, least = p.line_twin_days, p.line_twin_share, p.line_twin_margin, p.line_twin_min_ads
    sites = [{ads[i].site for i in group} for group in groups]
    ages = [[x for i in group for x in ads[i].ages] for group in groups]
    stays = [_days_by_city(ads, group) for group in groups]
    placed = [sum(len(ds) for ds in st.values()) for st in stays]
    facts = [group_facts(ads, g, p.line_fact_min_ads) for g in groups]

    def share(a: int, b: int) -> float:
        """The share of ``a``'s placed ads with an ad of ``b`` in their city within the window."""
        hits = sum(1 for c, ds in stays[a].items() if c in stays[b] for d in ds if _near([d], stays[b][c], window))
        return hits / placed[a]

    own = _own_contacts(ads, groups, key, hubs, one_ad=False)
    writes = [{s for i in group for s in ads[i].selectors} for group in groups]
    n = len(groups)
    score = [[0.0] * n for _ in range(n)]
    for a in range(n):
        for b in range(a + 1, n):
            if placed[a] < least or placed[b] < least or sites[a] & sites[b]:
                continue
            score[a][b] = score[b][a] = min(share(a, b), share(b, a))
    out: list[tuple[int, int, str]] = []
    for a in range(n):
        for b in range(a + 1, n):
            best = score[a][b]
            if best < need:
                continue
            if (
                ages[a]
                and ages[b]
                and (
                    not ages_fit(ages[a], ages[b], rules.person.age_tolerance)
                    or abs(_median(ages[a]) - _median(ages[b])) > p.line_alias_age
                )
            ):
                continue
            if own[a] - writes[b] and own[b] - writes[a]:
                continue
            if facts_agree(facts[a], facts[b]) == 0:  # another height or nationality: another woman
                continue
            # no rival: another name of b's sites near a, or of a's sites near b
            rivals = [score[a][o] for o in range(n) if o not in (a, b) and sites[o] & sites[b]]
            rivals += [score[o][b] for o in range(n) if o not in (a, b) and sites[o] & sites[a]]
            if any(r * margin > best for r in rivals):
                continue
            out.append((a, b, _pair_reason("line twins", ads, groups[a], groups[b])))
    return out


def _twin(key: tuple[str, str]) -> tuple[str, str]:
    """A contact's twin: its number as a phone and as a messaging handle are one contact."""
    kind, value = key
    return ("handle", value) if kind == "phone" else ("phone", value) if kind == "handle" else key


def line_changes(
    ads: Sequence[AdFeatures],
    index: Mapping[tuple[str, str], Sequence[int]],
    line_groups: Mapping[tuple[str, str], Sequence[Sequence[int]]],
    hubs: Mapping[tuple[str, str], Hub],
    rules: LinkRules,
) -> list[Evidence]:
    """A controller that changed its number: one edge per name of the old line and the new on one site.

    An agency, a clinic or a hidden pimp replaces its booking number (a new SIM, a blocked number) and from
    that day prints the new one on every woman's ad it posts: each woman keeps her name on each site and her
    age, and no ad prints both numbers, so the line alone would split every one of its women in two. Two
    lines of one kind are one controller's when the new one's first ad comes at most ``line_change_days``
    after the old one's last (at most ``line_change_overlap`` days before it: an old ad still live), the
    old line's women reappear on the new (at least ``line_change_min_names`` (name, site) pairs written on
    both, and ``line_change_share`` of the smaller line's), each line is the other's only such partner, and
    a contact that is neither line is written beside both (a woman's own number or mailbox, the agency's
    address): so both lie in one contact component, and a region run and the Spark engine, which link one
    such component at a time, decide as a full run does. Each name of both lines on one site then joins as
    a line's edge (the new line's key): the union still refuses ages that do not fit and two women of one
    name each with a number of her own (``own_numbers_apart``)."""
    p = rules.person
    keys = sorted(line_groups)
    first: dict[tuple[str, str], int] = {}
    last: dict[tuple[str, str], int] = {}
    for key in keys:
        days = [d for i in index[key] if (d := day_of(ads[i])) is not None]
        if days:
            first[key], last[key] = min(days), max(days)
    pairs: dict[tuple[str, str], dict[tuple[str, str], int]] = {}  # line -> (name, site) -> its first ad
    beside: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for key in first:
        seen: dict[tuple[str, str], int] = {}
        for group in line_groups[key]:
            for i in group:
                seen.setdefault((_fold(ads[i].name), ads[i].site), i)
        pairs[key] = seen
        skip = {key, _twin(key)}
        beside[key] = {
            s
            for i in index[key]
            for s in ads[i].selectors
            if s[0] in _CONTACT_KINDS and s not in skip and s not in hubs and _twin(s) not in skip
        }
    partners: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    found: list[tuple[tuple[str, str], tuple[str, str]]] = []
    by_first = sorted(first, key=lambda k: (first[k], k))
    starts = [first[k] for k in by_first]
    for old in by_first:
        for k in range(bisect_right(starts, first[old]), len(by_first)):
            new = by_first[k]
            gap = first[new] - last[old]
            if gap > p.line_change_days:
                break
            if new[0] != old[0] or -gap > p.line_change_overlap:
                continue
            shared = pairs[old].keys() & pairs[new].keys()
            if len(shared) < p.line_change_min_names:
                continue
            if len(shared) < p.line_change_share * min(len(pairs[old]), len(pairs[new])):
                continue
            if beside[old].isdisjoint(beside[new]) and new not in beside[old]:
                continue  # nothing written beside both: maybe two components, which no engine but a full run sees
            partners[old].append(new)
            partners[new].append(old)
            found.append((old, new))
    out: list[Evidence] = []
    for old, new in found:
        if len(partners[old]) > 1 and [k for k in partners[old] if first[k] > first[old]] != [new]:
            continue  # two new lines for one old: not one controller's change
        if len(partners[new]) > 1 and [k for k in partners[new] if first[k] < first[new]] != [old]:
            continue
        for pair in sorted(pairs[old].keys() & pairs[new].keys(), key=lambda k: pairs[old][k]):
            a, b = pairs[old][pair], pairs[new][pair]
            note = f"line changed: {old[1]} to {new[1]}: {ads[b].name} on {ads[b].site}"
            out.append(Evidence(min(a, b), max(a, b), new[0], new[1], p.scores.get(new[0], 0.5), note))
    return out


def spelled_alike(a: str, b: str, letters: int) -> str:
    """How two folded names are one name spelled two ways: "added" (one is the other with at most ``letters``
    letters added at its end, the shorter of three letters or more: "sofi" / "sofia", "austeja" /
    "austejaa"), "changed" (in a name of four letters or more, its last letter changed, "klea" / "klei",
    "ploy" / "ploi", or a letter doubled, "sofia" / "sofiia"), or "" (two names, or one). A letter changed
    elsewhere makes another name ("nina" / "tina", "lina" / "lisa")."""
    if a == b:
        return ""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 3 and long.startswith(short) and len(long) - len(short) <= letters:
        return "added"
    if len(short) < 4:
        return ""
    if len(short) == len(long) and short[:-1] == long[:-1]:
        return "changed"
    if len(long) == len(short) + 1:
        k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
        if long[k + 1 :] == short[k:] and k > 0 and long[k] == long[k - 1]:
            return "changed"
    return ""


def line_variants(
    ads: Sequence[AdFeatures], groups: Sequence[Sequence[int]], rules: LinkRules
) -> list[tuple[int, int, str]]:
    """Name groups of a controller's line whose names spell one name: one woman's names on two sites.

    A line's woman keeps her name from site to site or writes it another way on one ("Austeja" here,
    "Austejaa" there, "Sofi" for "Sofia"); its other women go by names of their own. Two groups are joined
    when they were never written on one site, their names spell one name (``spelled_alike``: letters added
    at the end; its last letter changed or a letter doubled, when an ad of each was posted in one city within
    ``line_alias_days``),
    both state ages that fit (``ages_fit``, medians at most ``line_alias_age`` apart: two women of one line
    are seldom of one age and one name), and no other group of the line spells either's name so."""
    p = rules.person
    names = [{_fold(ads[i].name) for i in group} for group in groups]
    sites = [{ads[i].site for i in group} for group in groups]
    ages = [[x for i in group for x in ads[i].ages] for group in groups]
    n = len(groups)
    alike: list[list[str]] = [[""] * n for _ in range(n)]
    for a in range(n):
        for b in range(a + 1, n):
            how = next(
                (h for x in names[a] for y in names[b] if (h := spelled_alike(x, y, p.line_variant_letters))), ""
            )
            alike[a][b] = alike[b][a] = how
    out: list[tuple[int, int, str]] = []
    stays: dict[int, dict[str, list[int]]] = {}
    for a in range(n):
        for b in range(a + 1, n):
            how = alike[a][b]
            if not how or sites[a] & sites[b] or not ages[a] or not ages[b]:
                continue
            if (
                not ages_fit(ages[a], ages[b], p.age_tolerance)
                or abs(_median(ages[a]) - _median(ages[b])) > p.line_alias_age
            ):
                continue
            if any(alike[o][a] or alike[o][b] for o in range(n) if o not in (a, b)):
                continue
            if how == "changed":
                sa = stays.setdefault(a, _days_by_city(ads, groups[a]))
                sb = stays.setdefault(b, _days_by_city(ads, groups[b]))
                if not any(c in sb and _near(ds, sb[c], p.line_alias_days) for c, ds in sa.items()):
                    continue
            out.append((a, b, _pair_reason("one name spelled two ways", ads, groups[a], groups[b])))
    return out


def names_meet(ads: Sequence[AdFeatures], groups: Sequence[Sequence[int]], rules: LinkRules) -> bool:
    """Was each name of one contact where another of them was? In a place: a city in common, or a country a
    site writes where the other names a city (``_meet``). With ``site_alias_unplaced``, a name whose ads name
    no place the gazetteer knows (none, or a region in a directory's field: "Vestland", "Østjylland") is not
    told apart by place, and meets any. With ``site_alias_days``, also in time: an ad of it posted at most
    that many days from an ad of another name, when no two names posted in two cities at once
    (``site_alias_apart_days``). A touring woman keeps her ads on two sites at once under a name per site,
    so her names are seldom in one city but always in one season and one city at a time; a number misread
    into another woman's, or given up and taken by another, shows its names months apart, and a booking
    line its women in two cities in one week."""
    places = [_places(ads[i].city for i in group) for group in groups]
    placed = [bool(p[1] or p[2]) for p in places] if rules.person.site_alias_unplaced else [True] * len(groups)
    window = rules.person.site_alias_days
    posted: list[list[int]] = []
    if window:
        posted = [sorted(d for i in group if (d := day_of(ads[i])) is not None) for group in groups]
    in_time = False
    for k, here in enumerate(places):
        if not placed[k]:
            continue
        others = [j for j in range(len(groups)) if j != k]
        if any(not placed[j] or _meet(here, places[j]) for j in others):
            continue
        if window and any(_near(posted[k], posted[j], window) for j in others):
            in_time = True
            continue
        return False
    return not in_time or not _two_places_at_once(ads, groups, rules.person.site_alias_apart_days)


def group_facts(ads: Sequence[AdFeatures], group: Sequence[int], least: int) -> dict[str, str]:
    """The profile facts a name group's ads state alike (``facts.py``): each kind stated on at least ``least``
    of its ads, all the same (a height within ``_HEIGHT_CM``). A site that prints a fact made up per ad (a
    height drawn anew on every ad of her) gives none, so only facts she keeps are evidence; 0: none."""
    if least <= 0:
        return {}
    seen: dict[str, list[str]] = defaultdict(list)
    for i in group:
        for kind, value in ads[i].facts:
            seen[kind].append(value)
    out: dict[str, str] = {}
    for kind, values in seen.items():
        if len(values) < least:
            continue
        if kind == "height":
            cms = [int(v) for v in values if v.isdigit()]
            if cms and max(cms) - min(cms) <= _HEIGHT_CM:
                out[kind] = str(round(_median(cms)))
        elif len(set(values)) == 1:
            out[kind] = values[0]
    return out


#: two stated heights this many cm apart are one (a conversion from feet and inches rounds)
_HEIGHT_CM = 1


def shared_nationalities(kept: Sequence[Mapping[str, str]]) -> frozenset[str]:
    """The nationalities two women of one line share: kept by two of its name groups with heights that differ
    (a clinic's two Filipinas, 152 and 168 cm). There a nationality alone tells neither from the other."""
    heights: dict[str, list[int]] = defaultdict(list)
    for k in kept:
        if "nationality" in k and "height" in k:
            heights[k["nationality"]].append(int(k["height"]))
    return frozenset(n for n, hs in heights.items() if max(hs) - min(hs) > _HEIGHT_CM)


def _alone_nationality(a: Mapping[str, str], b: Mapping[str, str]) -> str | None:
    """The nationality two kept facts share when it is the one fact both state, else None."""
    both = set(a) & set(b)
    return a["nationality"] if both == {"nationality"} else None


def facts_agree(a: Mapping[str, str], b: Mapping[str, str]) -> int | None:
    """Do two name groups' stable facts (``group_facts``) tell one woman (how many facts both state alike: her
    height, her nationality), two women (0: another height or nationality), or nothing (None: none both state)?"""
    if any(
        k in b and v != b[k] and not (k == "height" and abs(int(v) - int(b[k])) <= _HEIGHT_CM) for k, v in a.items()
    ):
        return 0
    return sum(k in b for k in a) or None


def _pair_reason(label: str, ads: Sequence[AdFeatures], a: Sequence[int], b: Sequence[int]) -> str:
    """Why two name groups were joined, as the analyst reads it: "line twins: Gina on x, Ivy on y"."""
    shown = sorted({(ads[i].name or "", ads[i].site) for group in (a, b) for i in group})
    return label + ": " + ", ".join(f"{name} on {site}" for name, site in shown)


def _days_by_city(ads: Sequence[AdFeatures], group: Sequence[int]) -> dict[str, list[int]]:
    """A name group's posting days by city, sorted: where and when her ads put her."""
    where: dict[str, list[int]] = defaultdict(list)
    for i in group:
        if (city := ads[i].city) and (d := day_of(ads[i])) is not None:
            where[city].append(d)
    return {c: sorted(ds) for c, ds in where.items()}


def _own_contacts(
    ads: Sequence[AdFeatures],
    groups: Sequence[Sequence[int]],
    key: tuple[str, str],
    hubs: Mapping[tuple[str, str], Hub],
    *,
    one_ad: bool,
) -> list[set[tuple[str, str]]]:
    """Each name group's contacts of her own: not the line ``key`` (nor its phone/handle twin), no hub, written on
    two of its ads (or on its one ad, with ``one_ad``): a contact one ad among many writes is a number misread."""
    kind, value = key
    twin = ("handle", value) if kind == "phone" else ("phone", value) if kind == "handle" else key
    own: list[set[tuple[str, str]]] = []
    for group in groups:
        seen = Counter(s for i in group for s in ads[i].selectors if s[0] in _CONTACT_KINDS)
        own.append(
            {
                s
                for s, n in seen.items()
                if s not in (key, twin) and s not in hubs and (n > 1 or (one_ad and len(group) == 1))
            }
        )
    return own


def _near(a: Sequence[int], b: Sequence[int], window: int) -> bool:
    """Is a day of sorted ``a`` at most ``window`` days from a day of sorted ``b``?"""
    for d in a:
        k = bisect_left(b, d - window)
        if k < len(b) and b[k] <= d + window:
            return True
    return False


def _two_places_at_once(ads: Sequence[AdFeatures], groups: Sequence[Sequence[int]], apart: int) -> bool:
    """Did two names post ads in two different cities (both known to the gazetteer) at most ``apart`` days
    apart? One woman is in one city at a time: two such names are two women (a booking line's, or an
    agency's address, across two cities)."""
    from kartlegg.extract.places import city_country

    seen: list[list[tuple[int, str]]] = []
    for group in groups:
        seen.append(
            [
                (d, city)
                for i in group
                if (city := ads[i].city) and city_country(city) and (d := day_of(ads[i])) is not None
            ]
        )
    for k, mine in enumerate(seen):
        for theirs in seen[k + 1 :]:
            if any(abs(d - e) <= apart and c != f for d, c in mine for e, f in theirs):
                return True
    return False


def _places(cities: Iterable[str | None]) -> tuple[set[str], set[str], set[str]]:
    """Where a name's ads say she is: their cities, those cities' countries, and the countries a site writes
    instead of a city ("Norway" in a directory's city field)."""
    from kartlegg.extract.places import city_country, named_country

    named: set[str] = set()
    of_named: set[str] = set()
    only: set[str] = set()
    for city in cities:
        if not city:
            continue
        country = named_country(city)
        if country:
            only.add(country)
        else:
            named.add(city)
            if cc := city_country(city):
                of_named.add(cc)
    return named, of_named, only


def _meet(a: tuple[set[str], set[str], set[str]], b: tuple[set[str], set[str], set[str]]) -> bool:
    """Were two names in one place: a city in common, or a country one writes where the other names a city?"""
    return bool(a[0] & b[0] or a[2] & (b[1] | b[2]) or b[2] & a[1])


def _share_contact(
    a: AdFeatures,
    b: AdFeatures,
    hubs: dict[tuple[str, str], Hub],
    lines: Collection[tuple[str, str]] = (),
) -> bool:
    """Do two ads share a contact (no hub, none of ``lines``: a controller's line is every one of its
    women's, and a hidden controller writes them all one text with a name slot)?"""
    own = {s for s in a.selectors if s[0] in _CONTACT_KINDS and s not in hubs and s not in lines}
    return any(s in own for s in b.selectors)


def _text_pairs(
    ads: Sequence[AdFeatures],
    texts: Callable[[Sequence[int]], dict[int, str]],
    rules: LinkRules,
    skip: frozenset[int],
    given: set[tuple[int, int]] | None = None,
    known: Mapping[tuple[int, int], float] | None = None,
) -> list[tuple[int, int, float]]:
    pairs = textsim.candidate_pairs([a.bands for a in ads], rules.text.max_bucket, skip) if given is None else given
    if not pairs:
        return []
    known = known or {}
    needed = sorted({i for p in pairs if p not in known for i in p})
    got = texts(needed)
    out: list[tuple[int, int, float]] = []
    from rapidfuzz import fuzz

    for i, j in sorted(pairs):
        score = known.get((i, j))
        if score is None:
            ti, tj = got.get(i), got.get(j)
            if ti is None or tj is None:
                continue
            score = fuzz.ratio(ti, tj, score_cutoff=rules.text.verify_ratio)
        if score:
            out.append((i, j, float(score)))
    return out


def _site_chains(ads: Sequence[AdFeatures], group: Sequence[int]) -> list[tuple[int, int]]:
    """A chain over each site's ads of a line's name group (the group's star crosses sites): a site shows
    her under one name, so two women of one name on a line sort themselves by site first."""
    last: dict[str, int] = {}
    out: list[tuple[int, int]] = []
    for i in group:
        site = ads[i].site
        if site in last:
            out.append((last[site], i))
        last[site] = i
    return out


#: a contact of her own -> the first and last day an ad printed it, and how many ads did
OwnSpans = dict[tuple[str, str], tuple[int, int, int]]


def own_number_spans(
    ads: Sequence[AdFeatures], hubs: Collection[tuple[str, str]], lines: Collection[tuple[str, str]]
) -> list[OwnSpans]:
    """Each ad's contacts of her own (no hub, no controller's line: a contact of one name group), with the
    ad's day as first and last day; an ad without a day has none (it cannot tell two periods apart)."""
    out: list[OwnSpans] = []
    for ad in ads:
        d = day_of(ad)
        out.append(
            {}
            if d is None
            else {s: (d, d, 1) for s in ad.selectors if s[0] in _CONTACT_KINDS and s not in hubs and s not in lines}
        )
    return out


def own_numbers_apart(a: OwnSpans, b: OwnSpans, overlap: int, min_ads: int) -> bool:
    """Are two sets of ads two women: each carries a contact of her own that the other never writes, on
    ``min_ads`` ads or more (a number on one ad may be a page's id misread), and the two were written over
    periods that overlap by ``overlap`` days or more?

    A controller's line serves several women, and two of them may go by one name (Jasmin, Lola); where each
    also prints her own number, she writes it on her ads while the other writes hers, at the same time. One
    woman who changes her number stops writing the old one when she starts the new (the periods follow each
    other, or overlap by an old ad still live), so she is one set. Sets sharing a contact of their own are
    one woman's whatever else they carry. Only contacts of one kind are compared (a number with a number, an
    address with an address): a woman may write her e-mail on some ads and her number on others."""
    if not a or not b or not a.keys().isdisjoint(b.keys()):
        return False
    kept = [(kb[0], fb, lb) for kb, (fb, lb, nb) in b.items() if nb >= min_ads]
    for ka, (fa, la, na) in a.items():
        if na >= min_ads:
            for kind, fb, lb in kept:
                if kind == ka[0] and min(la, lb) - max(fa, fb) >= overlap:
                    return True
    return False


def _merge_spans(a: OwnSpans, b: OwnSpans) -> OwnSpans:
    out = dict(a)
    for k, (f, last, n) in b.items():
        if k in out:
            f0, l0, n0 = out[k]
            out[k] = (min(f, f0), max(last, l0), n + n0)
        else:
            out[k] = (f, last, n)
    return out


def _constrained_union(
    ads: Sequence[AdFeatures],
    edges: list[Evidence],
    rules: LinkRules,
    lines: Collection[tuple[str, str]] = (),
    own: list[OwnSpans] | None = None,
) -> tuple[list[list[int]], list[Evidence]]:
    """Union-find over person edges, strongest first, refusing merges of different names or ages.

    A shared (non-hub) picture may join ads under different names (a person's aliases); a phone, e-mail,
    handle or text copy may not. With ``own`` (``own_number_spans``), a controller's line (one of ``lines``)
    refuses a merge of two sets that ``own_numbers_apart`` tells apart; a line's and a copy's edges come
    after the others of their score, so each set has gathered her own contacts' ads first. A text copy below
    ``person.text_own_ratio`` refuses such a merge too (a site's template or a controller's text with slots
    makes two women's ads 85-94 alike) and comes after every other edge; a nearly verbatim copy does not (a
    woman who changed her number keeps her text, and a lookup page of the old number dated after the change
    makes the periods meet).
    """
    uf = UnionFind(len(ads))
    names: list[frozenset[str]] = [frozenset((_fold(a.name),)) if a.name else frozenset() for a in ads]
    lo: list[int | None] = [min(a.ages) if a.ages else None for a in ads]
    hi: list[int | None] = [max(a.ages) if a.ages else None for a in ads]
    # the stated ages of each set of two or more ads that state one (a set of one: its ad's own)
    ages: dict[int, list[int]] = {}
    tol = rules.person.age_tolerance
    used: list[Evidence] = []
    # strongest first, then by ads, kind and value: two stable sorts (C key functions, no tuple per edge)
    ordered = sorted(edges, key=attrgetter("a", "b", "kind", "value"))
    overlap, min_ads = rules.person.line_own_overlap, rules.person.line_own_min_ads
    own_text = rules.person.text_own_ratio / 100.0  # a text edge's score is its ratio / 100
    if own is not None:  # a line's and a copy's edges after the others of their score, within a site first

        def weak(ev: Evidence) -> int:
            if ev.kind != "text" and (ev.kind, ev.value) not in lines:
                return 0
            return 1 if ads[ev.a].site == ads[ev.b].site else 2

        ordered.sort(key=weak)
    if own is not None and own_text > 0:  # a copy short of verbatim after every contact: each set holds her own

        def rank(ev: Evidence) -> float:
            return ev.score - 1.0 if ev.kind == "text" and ev.score < own_text else ev.score

        ordered.sort(key=rank, reverse=True)
    else:
        ordered.sort(key=attrgetter("score"), reverse=True)  # reverse keeps equal scores in their order
    spans: dict[int, OwnSpans] = {}
    for ev in ordered:
        ra, rb = uf.find(ev.a), uf.find(ev.b)
        if ra == rb:
            continue
        na, nb = names[ra], names[rb]
        if na and nb and not (na & nb) and not ev.alias and ev.kind not in _ALIAS_KINDS:
            continue
        if own is not None:
            sa, sb = spans.get(ra, own[ra]), spans.get(rb, own[rb])
            if ((ev.kind, ev.value) in lines or (ev.kind == "text" and ev.score < own_text)) and own_numbers_apart(
                sa, sb, overlap, min_ads
            ):
                continue
        la, lb, ha, hb = lo[ra], lo[rb], hi[ra], hi[rb]
        if la is not None and lb is not None and ha is not None and hb is not None:
            a_ages, b_ages = ages.get(ra, ads[ra].ages), ages.get(rb, ads[rb].ages)
            if max(ha, hb) - min(la, lb) > tol and not ages_fit(a_ages, b_ages, tol):
                continue
        root = uf.union(ra, rb)
        names[root] = na | nb
        if own is not None:
            merged = _merge_spans(spans.pop(ra, own[ra]), spans.pop(rb, own[rb]))
            if merged:
                spans[root] = merged
        if la is not None or lb is not None:
            other = rb if root == ra else ra
            kept = ages.pop(root, None) or list(ads[root].ages)
            kept.extend(ages.pop(other, ads[other].ages))
            ages[root] = kept
            lo[root] = min(x for x in (la, lb) if x is not None)
            hi[root] = max(x for x in (ha, hb) if x is not None)
        used.append(ev)
    return uf.groups(), used


def ages_fit(a: Sequence[int], b: Sequence[int], tol: int) -> bool:
    """Are two sets of stated ages one woman's? She writes her age loosely, a year or three either way on
    some ads: their middle ages (medians) differ by at most ``tol`` and none of them by more than ``tol`` + 1.
    (The extremes alone, as before session 28, split a woman who wrote 27 once and 31 once around her 30.)"""
    lo, hi = min(min(a), min(b)), max(max(a), max(b))
    return hi - lo <= tol or (hi - lo <= tol + 1 and abs(_median(a) - _median(b)) <= tol)


def _median(ages: Sequence[int]) -> float:
    xs = sorted(ages)
    return (xs[(len(xs) - 1) // 2] + xs[len(xs) // 2]) / 2


def bare(ad: AdFeatures) -> bool:
    """An ad with no contact of its own (no phone, e-mail or handle, hub or not)."""
    return not any(k in _CONTACT_KINDS for k, _ in ad.selectors)


def day_of(ad: AdFeatures) -> int | None:
    """The day an ad was posted (a date ordinal, as written: the date part of ``posted_at``), if known."""
    d = posting_day(ad.posted_at)
    return None if d is None else d.toordinal()


def bare_pairs(keyed: Sequence[tuple[int, int, bool]], window: int) -> Iterator[tuple[int, int]]:
    """The (ad without a contact, other ad) pairs of one ``name_key`` posted at most ``window`` days apart,
    from its ads as (item, day, bare): the edges that key adds to the evidence graph (``components``,
    the region walk and the Spark engine's blocking give the same), bounded in time so that a name
    common on a site over the years does not join all its ads into one component."""
    ordered = sorted(keyed, key=lambda t: (t[1], t[0]))
    days = [d for _, d, _ in ordered]
    for item, d, alone in ordered:
        if alone:
            for k in range(bisect_left(days, d - window), bisect_right(days, d + window)):
                if ordered[k][0] != item:
                    yield (item, ordered[k][0])


def name_key(ad: AdFeatures) -> str | None:
    """The (name, site, city) an ad without a contact is joined by (``_join_bare``); None without a name or
    city. One key for every spelling the linker folds to one name and one canonical city."""
    if not ad.name or not ad.city:
        return None
    return f"{ad.name.casefold()}|{ad.site}|{ad.city}"


def name_pairs(ads: Sequence[AdFeatures], rules: LinkRules) -> list[tuple[int, int]]:
    """Every ``bare_pairs`` edge of ``ads`` (indices), by key in the order of the keys' first ads."""
    keyed: dict[str, list[tuple[int, int, bool]]] = {}
    with_bare: set[str] = set()
    for i, ad in enumerate(ads):
        k, d = name_key(ad), day_of(ad)
        if k is not None and d is not None:
            alone = bare(ad)
            keyed.setdefault(k, []).append((i, d, alone))
            if alone:
                with_bare.add(k)
    window = rules.person.bare_window_days
    return [pair for k, group in keyed.items() if k in with_bare for pair in bare_pairs(group, window)]


def _join_bare(
    ads: Sequence[AdFeatures],
    profiles: list[list[int]],
    used: list[Evidence],
    links: Sequence[tuple[int, int]],
    rules: LinkRules,
) -> list[list[int]]:
    """Profiles without any contact joined to the one profile of their name on their site and city.

    A re-post of an earlier ad of hers with no number, e-mail or handle, her text rewritten so no text
    copy joins it, has only her name, her site and city and her age. A profile made of such ads alone, of
    one name, site and city (``name_key``), joins the profile with a contact that holds an ad of that key
    posted at most ``bare_window_days`` from one of hers, when exactly one such profile fits her ages (both
    stating one, with ``bare_needs_age``) and
    there are at most ``bare_max_profiles`` such profiles at all (a name many persons of one site and city
    use is weak evidence); two that fit, none: she stays alone. Profiles with a contact are never joined
    by this, so it adds no contact to anyone's.

    Decided on the profiles the contact evidence made, each on their own ages (a join does not widen the
    joined profile's ages for the next), so one profile's decision depends on its own ads and the profiles
    it meets alone, never on another's: the region walk reaches those (``region.walk``)."""
    profile_of = {i: p for p, members in enumerate(profiles) for i in members}
    # profile -> the profiles its ads without a contact meet through their key (``name_pairs``)
    met: dict[int, set[int]] = defaultdict(set)
    for i, j in links:
        met[profile_of[i]].add(profile_of[j])
    is_bare = [all(bare(ads[i]) for i in members) for members in profiles]
    ages: list[tuple[int, int] | None] = []
    for members in profiles:
        got = [x for i in members for x in ads[i].ages]
        ages.append((min(got), max(got)) if got else None)
    into: dict[int, int] = {}
    for p in sorted(met):
        members = profiles[p]
        keys = {k for i in members if (k := name_key(ads[i])) is not None}
        if not is_bare[p] or len(keys) != 1:
            continue
        (k,) = keys
        if len({ads[i].name for i in members if ads[i].name}) != 1:
            continue
        q = bare_join(ages[p], [(q, ages[q]) for q in sorted(met[p]) if not is_bare[q]], rules)
        if q is None:
            continue
        into[p] = q
        i = members[0]
        j = next(x for x in profiles[q] if name_key(ads[x]) == k)
        used.append(Evidence(min(i, j), max(i, j), "name", "", 0.5, bare_note(ads[i])))
    if not into:
        return profiles
    merged: dict[int, list[int]] = {}
    for p, members in enumerate(profiles):
        merged.setdefault(into.get(p, p), []).extend(members)
    return sorted((sorted(m) for m in merged.values()), key=lambda m: m[0])


def _merged_profiles(profiles: Sequence[list[int]], pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """``profiles`` with each pair of them made one (transitively), sorted by smallest member."""
    uf = UnionFind(len(profiles))
    for a, b in pairs:
        uf.union(a, b)
    merged: dict[int, list[int]] = {}
    for p, members in enumerate(profiles):
        merged.setdefault(uf.find(p), []).extend(members)
    return sorted((sorted(m) for m in merged.values()), key=lambda m: m[0])


def bare_join(
    ages: tuple[int, int] | None, candidates: Sequence[tuple[int, tuple[int, int] | None]], rules: LinkRules
) -> int | None:
    """The profile a contactless profile of stated ``ages`` joins among the profiles with a contact its key
    meets (``candidates``: (profile, its ages) in profile order): the one whose ages fit, when there are at
    most ``bare_max_profiles`` candidates; else None. ``_join_bare`` and Spark's ``bare_joins`` decide by it."""
    if not candidates or len(candidates) > rules.person.bare_max_profiles:
        return None
    tol, need = rules.person.age_tolerance, rules.person.bare_needs_age
    # the one profile of her name there may be joined where an age is not stated (a forum post about her)
    need = need and not (len(candidates) == 1 and rules.person.bare_one_without_age)
    fit = [q for q, theirs in candidates if _ages_fit(ages, theirs, tol, need)]
    return fit[0] if len(fit) == 1 else None


def bare_note(ad: AdFeatures) -> str:
    """The note of a contactless join's evidence, from the joining profile's first ad."""
    return f"{ad.name} on {ad.site} in {ad.city}, no contact of her own"


def _ages_fit(a: tuple[int, int] | None, b: tuple[int, int] | None, tol: int, need: bool) -> bool:
    """Ages within ``tol`` of each other; with ``need``, both must be known (``bare_needs_age``)."""
    if a is None or b is None:
        return not need
    return max(a[1], b[1]) - min(a[0], b[0]) <= tol


def bucket_partners(members: Sequence[int], i: int, max_bucket: int) -> list[int]:
    """The ads ``candidate_pairs`` pairs with ``i`` in one bucket (all, or star from the first plus chain)."""
    m = len(members)
    if m < 2 or m > max_bucket:
        return []
    if m <= 16 or members[0] == i:
        return [j for j in members if j != i]
    p = members.index(i)
    out = {members[0], members[p - 1]}
    if p + 1 < m:
        out.add(members[p + 1])
    out.discard(i)
    return sorted(out)
