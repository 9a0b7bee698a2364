"""Market, profile and network level: findings that need more than one ad.

Persons per phone, images across names, shared templates, circuits, phone changes, inconsistent ages,
nationality with limited languages (sensitive), network size, and prices against the city median. All
aggregates are computed here from the spine tables, so this stage does not depend on how linking works.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from kartlegg.assess.ad_facts import AdFacts
from kartlegg.assess.catalogue import Catalogue, Indicator
from kartlegg.assess.inputs import Links
from kartlegg.assess.model import Evidence, Hit
from kartlegg.assess.notes import note
from kartlegg.assess.sentences import listing
from kartlegg.assess.shared_notes import shared_note, template_note
from kartlegg.i18n import N_


def group_key(ad_id: int, links: Links) -> str:
    """The person an ad belongs to: its profile, or the ad alone when linking has not placed it."""
    return links.ad_profile.get(ad_id) or f"ad:{ad_id}"


def sharing_cap(catalogue: Catalogue, links: Links) -> int:
    """More persons than this on one selector makes it a site's line (``max_profiles_share`` of profiles)."""
    s = catalogue.settings
    return max(s.max_profiles_min, int(len(links.profile_network) * s.max_profiles_share))


def find_site_wide(facts: Iterable[AdFacts], catalogue: Catalogue) -> set[str]:
    """Selectors and images a site prints in a large share of its ads: its support number, e-mail, logo.

    Keys are ``kind:value`` for contacts and the image key for images.
    """
    s = catalogue.settings
    ads_per_site: dict[str, int] = defaultdict(int)
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for f in facts:
        ads_per_site[f.site] += 1
        for kind, value in f.contacts:
            seen[(f.site, f"{kind}:{value}")] += 1
        for key in f.images:
            seen[(f.site, key)] += 1
    return {
        key
        for (site, key), n in seen.items()
        if ads_per_site[site] >= s.site_selector_min_ads and n > s.site_selector_share * ads_per_site[site]
    }


def _date(s: str | None) -> datetime | None:
    if not s:
        return None
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    return d.replace(tzinfo=None)


def _day(d: datetime) -> str:
    return d.date().isoformat() if d != datetime.min else "undated"


@dataclass(slots=True)
class GroupResult:
    """Findings per group (profile or lone ad) and per network, plus what could not be computed."""

    profile_hits: dict[str, dict[str, Hit]]
    network_hits: dict[str, dict[str, Hit]]
    skipped: list[str]


#: one low-price indicator's medians: the cities' own (those with enough prices) and the national one
Medians = tuple[dict[str, float], float]


def price_medians(prices: Iterable[tuple[str | None, float]], catalogue: Catalogue) -> dict[str, Medians]:
    """Per low-price indicator: the median hourly price of each city (casefolded first city, None for none)
    with at least ``min_city_prices`` prices, and the median of all. Empty when nothing is priced."""
    inds = [i for i in catalogue.indicators if i.detector == "low_price"]
    listed = list(prices)
    if not inds or not listed:
        return {}
    overall = statistics.median(p for _, p in listed)
    by_city: dict[str, list[float]] = defaultdict(list)
    for city, p in listed:
        if city is not None:
            by_city[city].append(p)
    out: dict[str, Medians] = {}
    for ind in inds:
        min_n = int(ind.params.get("min_city_prices", 8))
        out[ind.id] = ({c: statistics.median(v) for c, v in by_city.items() if len(v) >= min_n}, overall)
    return out


def price_key(f: AdFacts) -> str | None:
    """The city an ad's price is held against: its first city, casefolded (None: no city)."""
    return f.cities[0].casefold() if f.cities else None


def price_findings(facts: Iterable[AdFacts], catalogue: Catalogue, medians: dict[str, Medians] | None = None) -> None:
    """Mark ads priced far below their city's median hourly price (the national median as fallback).

    ``medians`` (``price_medians``) are those of the whole market; None computes them from ``facts``."""
    inds = [i for i in catalogue.indicators if i.detector == "low_price"]
    if not inds:
        return
    priced = [f for f in facts if f.hourly_eur is not None]
    if not priced:
        return
    if medians is None:
        medians = price_medians(((price_key(f), f.hourly_eur[0]) for f in priced if f.hourly_eur), catalogue)
    for ind in inds:
        ratio = float(ind.params.get("ratio", 0.6))
        own, overall = medians[ind.id]
        for f in priced:
            assert f.hourly_eur is not None
            city = f.cities[0].casefold() if f.cities else ""
            median = own.get(city, overall)
            price, ev = f.hourly_eur
            if median > 0 and price < ratio * median:
                prices = {"price": f"{price:.0f}", "median": f"{median:.0f}"}
                said = (
                    note(N_("{price} EUR/h against a median of {median} EUR/h ({where})"), where=f.cities[0], **prices)
                    if city in own
                    else note(N_("{price} EUR/h against a median of {median} EUR/h (all cities)"), **prices)
                )
                f.hits[ind.id] = Hit(
                    ind.id, 1.0, [Evidence(ev.ad_id, ev.field, ev.start, ev.end, ev.text, *said)], "ad"
                )


def template_params(catalogue: Catalogue) -> tuple[float, int] | None:
    """The shared-template detector's (threshold, num_perm), or None when the catalogue has none."""
    for ind in catalogue.at_level("profile"):
        if ind.detector == "shared_template":
            return float(ind.params.get("threshold", 0.7)), int(ind.params.get("num_perm", 64))
    return None


def template_clusters(facts: Iterable[AdFacts], ind: Indicator) -> list[list[int]]:
    """Ads written from one template: the connected components of the pairs that share an LSH band and
    whose signatures agree at ``threshold`` (an order-independent partition), each as ascending ad ids,
    ordered by their least ad id; lone signed ads are clusters of one."""
    from kartlegg.minhash import MinHashLSH  # numpy, imported when used

    threshold = float(ind.params.get("threshold", 0.7))
    num_perm = int(ind.params.get("num_perm", 64))
    lsh: MinHashLSH[int] = MinHashLSH(threshold=threshold, num_perm=num_perm)
    signed = sorted((f for f in facts if f.signature is not None), key=lambda f: f.ad_id)
    sigs = {f.ad_id: f.signature for f in signed}
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for f in signed:
        assert f.signature is not None
        for other in lsh.query(f.signature):
            o = sigs[other]
            if o is not None and f.signature.jaccard(o) >= threshold:
                ra, rb = find(f.ad_id), find(other)
                if ra != rb:
                    parent[ra] = rb
        lsh.insert(f.ad_id, f.signature)
    clusters: dict[int, list[int]] = defaultdict(list)
    for f in signed:
        clusters[find(f.ad_id)].append(f.ad_id)
    return list(clusters.values())


def contact_kinds(ind: Indicator) -> set[str]:
    """The contact kinds a ``persons_per_phone`` indicator counts (phones unless its ``kinds`` say)."""
    return {str(k) for k in ind.params.get("kinds", ["phone"])}


class GroupAnalyser:
    """Profile- and network-level detectors over the whole market's ``AdFacts``."""

    def __init__(
        self,
        catalogue: Catalogue,
        facts: dict[int, AdFacts],
        links: Links,
        *,
        site_wide: set[str] | None = None,
        max_sharing: int | None = None,
        clusters: list[list[int]] | None = None,
        networks: set[str] | None = None,
        key_persons: dict[str, int] | None = None,
    ) -> None:
        """``facts`` are the whole market's in ad-id order; or (an incremental run, ``assess.carry``) the ads
        of the persons to score and of everyone sharing an image with them, ordered by (person's least ad
        id, ad id), with the market-wide ``site_wide``, ``max_sharing``, template ``clusters`` and contact
        keys' counts of persons (``key_persons``) carried in the store. Each person's findings are then
        those of a whole-market run."""
        self.catalogue = catalogue
        self.facts = facts
        self.links = links
        self.groups: dict[str, list[AdFacts]] = defaultdict(list)
        for f in facts.values():
            self.groups[group_key(f.ad_id, links)].append(f)
        self.cap = catalogue.settings.evidence_per_indicator
        s = catalogue.settings
        self.local_nat = {n.casefold() for n in s.local_nationalities}
        self.local_lang = {n.casefold() for n in s.local_languages}
        self.site_wide = site_wide if site_wide is not None else find_site_wide(facts.values(), catalogue)
        #: More profiles than this on one selector means a site's own number or logo, not a controller's.
        self.max_sharing = max_sharing if max_sharing is not None else sharing_cap(catalogue, links)
        #: the shared-template clusters (ad ids, ascending; clusters by least ad id): given, or found by ``run``
        self.clusters = clusters
        #: the networks whose size finding is wanted (None: all)
        self.networks = networks
        #: contact key -> its count of persons in the whole market, for keys whose other holders' ads are not
        #: in ``facts`` (an incremental run); otherwise the persons among ``facts`` are counted
        self.key_persons = key_persons or {}

    def run(self) -> GroupResult:
        hits: dict[str, dict[str, Hit]] = defaultdict(dict)
        skipped: list[str] = []
        sharing = {"persons_per_phone", "images_across_names", "shared_template"}
        for ind in self.catalogue.at_level("profile"):
            if ind.detector in sharing and not self.links.linked:
                skipped.append(f"{ind.id}: no profiles yet (run the link stage)")
                continue
            found = getattr(self, "_" + ind.detector)(ind)
            for key, hit in found.items():
                if ind.strength(hit.count) > 0:
                    hit.level = "profile"
                    hit.evidence = hit.evidence[: self.cap]
                    hits[key][ind.id] = hit
        network_hits: dict[str, dict[str, Hit]] = defaultdict(dict)
        for ind in self.catalogue.at_level("network"):
            for nid, hit in self._network_size(ind).items():
                if ind.strength(hit.count) > 0:
                    hit.level = "network"
                    network_hits[nid][ind.id] = hit
        return GroupResult(dict(hits), dict(network_hits), skipped)

    # -- detectors: each returns group key -> Hit (count; strength is applied by the caller) ------------
    def _sharing(self, ind: Indicator, members: dict[str, dict[str, Evidence]], what: str) -> dict[str, Hit]:
        """Generic "one X across several profiles": members maps X -> {group: evidence}.

        A contact's finding is the same whatever the count beyond the indicator's saturation (its strength
        does not move): each holder shows her contact key with the most other holders up to that count
        (ties: the least key), and the note names the key, counted when read (``shared_notes``), so a new
        holder of a widely shared handle changes no other holder's stored finding."""
        out: dict[str, Hit] = {}
        chosen: dict[str, str] = {}
        top = ind.saturates_at
        for x, groups in members.items():
            n = self.key_persons.get(x, len(groups)) if what == "contact" else len(groups)
            if n < 2 or n > self.max_sharing or x in self.site_wide:
                continue
            if what == "contact":
                count = float(min(n, top))
                kind, _, label = x.partition(":")
                for g, ev in groups.items():
                    current = out.get(g)
                    if current is None or count > current.count or (count == current.count and x < chosen[g]):
                        said = shared_note(kind, label, x, g)
                        out[g] = Hit(ind.id, count, [Evidence(ev.ad_id, ev.field, ev.start, ev.end, ev.text, *said)])
                        chosen[g] = x
                continue
            others = sorted(groups)
            for g, ev in groups.items():
                current = out.get(g)
                if current is None or n > current.count:
                    rest = [o for o in others if o != g]
                    msg = (
                        N_("the {kind_t} {label} is also used by {n} other profile: {who}")
                        if len(rest) == 1
                        else N_("the {kind_t} {label} is also used by {n} other profiles: {who}")
                    )
                    said = note(msg, kind_t="image", label=x, n=len(rest), who=listing(rest))
                    out[g] = Hit(ind.id, float(n), [Evidence(ev.ad_id, ev.field, ev.start, ev.end, ev.text, *said)])
        return out

    def _persons_per_phone(self, ind: Indicator) -> dict[str, Hit]:
        kinds = contact_kinds(ind)
        members: dict[str, dict[str, Evidence]] = defaultdict(dict)
        for g, ads in self.groups.items():
            for f in ads:
                for (kind, value), ev in f.contacts.items():
                    if kind in kinds:
                        members[f"{kind}:{value}"].setdefault(g, ev)
        return self._sharing(ind, members, "contact")

    def _images_across_names(self, ind: Indicator) -> dict[str, Hit]:
        members: dict[str, dict[str, Evidence]] = defaultdict(dict)
        names: dict[str, dict[str, Evidence]] = defaultdict(dict)
        for g, ads in self.groups.items():
            for f in ads:
                for key, ev in f.images.items():
                    members[key].setdefault(g, ev)
                    for name, nev in f.names:
                        names[key].setdefault(name, nev)
        out = self._sharing(ind, members, "image")
        # The same image under several names, even within one profile.
        for key, by_name in names.items():
            if len(by_name) < 2 or key in self.site_wide:
                continue
            groups = members[key]
            for g, ev in groups.items():
                n = float(len(by_name))
                current = out.get(g)
                if current is None or n > current.count:
                    said = note(
                        N_("image {key} appears under {n} names: {names}"),
                        key=key[:80],
                        n=len(by_name),
                        names=", ".join(sorted(by_name))[:200],
                    )
                    ev_list = [Evidence(ev.ad_id, ev.field, ev.start, ev.end, ev.text, *said), *by_name.values()]
                    out[g] = Hit(ind.id, n, ev_list)
        return out

    def _shared_template(self, ind: Indicator) -> dict[str, Hit]:
        if self.clusters is None:
            self.clusters = template_clusters(self.facts.values(), ind)
        out: dict[str, Hit] = {}
        chosen: dict[str, int] = {}
        top = ind.saturates_at
        for members in self.clusters:
            groups: dict[str, int] = {}
            for ad in members:
                groups.setdefault(group_key(ad, self.links), ad)
            n = len(groups)
            if n < 2:
                continue
            # as a contact's (``_sharing``): the cluster with the most persons up to saturation (ties: the
            # holder's least ad), its count read when shown, so a cluster growing past saturation changes
            # no member's stored finding
            count = float(min(n, top))
            for g, ad in groups.items():
                f = self.facts.get(ad)
                if f is None:  # a person an incremental run does not score (only her group key counts here)
                    continue
                current = out.get(g)
                if current is None or count > current.count or (count == current.count and ad < chosen[g]):
                    said = template_note(ad, g)
                    ev = Evidence(str(f.ad_id), "body", 0, len(f.snippet), f.snippet, *said)
                    out[g] = Hit(ind.id, count, [ev])
                    chosen[g] = ad
        return out

    def _circuit_movement(self, ind: Indicator) -> dict[str, Hit]:
        min_cities = int(ind.params.get("min_cities", 3))
        window = timedelta(days=float(ind.params.get("window_days", 60)))
        out: dict[str, Hit] = {}
        for g, ads in self.groups.items():
            dated = sorted(
                ((_date(f.posted_at) or datetime.min, f) for f in ads if f.cities), key=lambda t: (t[0], t[1].ad_id)
            )
            if len({f.cities[0].casefold() for _, f in dated}) < min_cities:
                continue
            best: list[tuple[datetime, AdFacts]] = []
            lo = 0
            for hi in range(len(dated)):
                while dated[hi][0] - dated[lo][0] > window:
                    lo += 1
                in_window = dated[lo : hi + 1]
                if len({f.cities[0].casefold() for _, f in in_window}) > len({f.cities[0].casefold() for _, f in best}):
                    best = in_window
            cities = {f.cities[0].casefold() for _, f in best}
            if len(cities) >= min_cities:
                seen: dict[str, tuple[datetime, AdFacts]] = {}
                for d, f in best:
                    seen.setdefault(f.cities[0].casefold(), (d, f))
                route = " -> ".join(f.cities[0] for _, f in seen.values())
                days = (best[-1][0] - best[0][0]).days if best[0][0] != datetime.min else None
                ev = [
                    Evidence(
                        str(f.ad_id),
                        "city",
                        None,
                        None,
                        f.cities[0],
                        *(
                            note(N_("{n} cities: {route} (here {day})"), n=len(seen), route=route, day=_day(d))
                            if days is None
                            else note(
                                N_("{n} cities in {days} days: {route} (here {day})"),
                                n=len(seen),
                                days=days,
                                route=route,
                                day=_day(d),
                            )
                        ),
                    )
                    for d, f in seen.values()
                ]
                out[g] = Hit(ind.id, 1.0, ev)
        return out

    def _phone_changes(self, ind: Indicator) -> dict[str, Hit]:
        out: dict[str, Hit] = {}
        for g, ads in self.groups.items():
            phones: dict[str, Evidence] = {}
            for f in sorted(ads, key=lambda f: (f.posted_at or "", f.ad_id)):
                for (kind, p), ev in f.contacts.items():
                    if kind == "phone" and f"phone:{p}" not in self.site_wide:
                        phones.setdefault(p, ev)
            if len(phones) >= 2:
                said = note(N_("{n} different phone numbers"), n=len(phones))
                ev_list = [Evidence(e.ad_id, e.field, e.start, e.end, e.text, *said) for e in phones.values()]
                out[g] = Hit(ind.id, float(len(phones)), ev_list)
        return out

    def _age_inconsistent(self, ind: Indicator) -> dict[str, Hit]:
        spread = int(ind.params.get("min_spread", 2))
        out: dict[str, Hit] = {}
        for g, ads in self.groups.items():
            ages: dict[int, Evidence] = {}
            for f in ads:
                for a, ev in f.ages:
                    ages.setdefault(a, ev)
            if ages and max(ages) - min(ages) >= spread:
                said = note(N_("stated ages {ages}"), ages=", ".join(str(a) for a in sorted(ages)))
                ev_list = [Evidence(e.ad_id, e.field, e.start, e.end, e.text, *said) for e in ages.values()]
                out[g] = Hit(ind.id, 1.0, ev_list)
        return out

    def _foreign_limited_languages(self, ind: Indicator) -> dict[str, Hit]:
        out: dict[str, Hit] = {}
        for g, ads in self.groups.items():
            foreign = [(n, ev) for f in ads for n, ev in f.nationalities if n.casefold() not in self.local_nat]
            if not foreign:
                continue
            languages = {lang for f in ads for lang in f.languages}
            if languages & self.local_lang:
                continue
            said = (
                note(
                    N_("nationality {nat}; languages: {spoken}"), nat=foreign[0][0], spoken=", ".join(sorted(languages))
                )
                if languages
                else note(N_("nationality {nat}; languages: none stated"), nat=foreign[0][0])
            )
            ev_list = [Evidence(e.ad_id, e.field, e.start, e.end, e.text, *said) for _, e in foreign]
            out[g] = Hit(ind.id, 1.0, ev_list)
        return out

    def _network_size(self, ind: Indicator) -> dict[str, Hit]:
        members: dict[str, list[str]] = defaultdict(list)
        pairs = self.links.profile_network.items() if self.networks is None else self.links.members(self.networks)
        for pid, nid in pairs:
            if nid is not None:
                members[nid].append(pid)
        out: dict[str, Hit] = {}
        for nid, pids in members.items():
            said = note(N_("network of {n} profiles: {ids}"), n=len(pids), ids=", ".join(sorted(pids))[:300])
            out[nid] = Hit(ind.id, float(len(pids)), [Evidence(None, None, None, None, "", *said)])
        return out
