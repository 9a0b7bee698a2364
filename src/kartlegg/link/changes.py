"""Another of her numbers: two profiles of one woman whose contacts never meet (issue 14, session 37).

A woman changes her number (a new SIM, "NYTT NUMMER!"), or keeps a home number beside a local one. Most
of her ads then print one number only, so the contact evidence makes two profiles of her with disjoint
contacts. No single clue joins them (a name is shared by many women of a site), so the join asks for
several independent ones at once:

* **her name on one site**: both profiles carry one name, the same (folded), on a site both use (her name
  is chosen per site, so a site shows her under one name);
* **her age**: both state ages, and they fit as one woman's (``cluster.ages_fit``);
* **a hand-over in time and place**: the older profile's last ad is posted at most ``number_change_days``
  before the newer one's first (and at most ``number_change_overlap`` days after it: an old ad still
  live), and a city of the older profile's last ads is a city of the newer one's first (her tour goes on);
* **no one else it could be**: each profile has exactly one such partner, and no third profile of the name
  on that site was posted around the hand-over (two women of one name there, or a controller's women under
  one persona, make it a guess).

A controller's text template with only her name changed is never evidence here: the join needs the same
name, and a text copy under two names joins nothing. The join is decided on the profiles the contact
evidence made, each pair on its own profiles, so no decision depends on the order of the others; it is a
full run's (``link_ads`` with ``changes``): a day's region run does not reach namesakes with their own
contacts, so it keeps no such join (docs/link.md, "Known limits").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from kartlegg.link.cluster import AdFeatures, Evidence, _median, ages_fit, day_of
from kartlegg.link.config import LinkRules
from kartlegg.link.names import fold_name

_CONTACT_KINDS = frozenset({"email", "handle", "phone"})
#: the ads of each side whose texts are compared: the older number's last, the newer's first
_TEXTS = 4


@dataclass(frozen=True, slots=True)
class _Span:
    """What the join reads of one profile with a contact."""

    name: str
    sites: frozenset[str]
    first: int
    last: int
    ages: tuple[int, ...]
    contacts: frozenset[tuple[str, str]]
    first_cities: frozenset[str]
    last_cities: frozenset[str]
    first_ad: int  #: index of its first dated ad
    last_ad: int  #: index of its last dated ad
    first_ads: tuple[int, ...]  #: indices of its first few dated ads (``_TEXTS``)
    last_ads: tuple[int, ...]  #: indices of its last few dated ads


def _span(
    ads: Sequence[AdFeatures], members: Sequence[int], hubs: Collection[tuple[str, str]], near: int
) -> _Span | None:
    names = {fold_name(ads[i].name) for i in members if ads[i].name}
    if len(names) != 1:
        return None
    contacts = frozenset(s for i in members for s in ads[i].selectors if s[0] in _CONTACT_KINDS and s not in hubs)
    if not contacts:
        return None
    dated = sorted((d, i) for i in members if (d := day_of(ads[i])) is not None)
    ages = tuple(x for i in members for x in ads[i].ages)
    if not dated:
        return None
    first, last = dated[0][0], dated[-1][0]
    return _Span(
        name=next(iter(names)),
        sites=frozenset(ads[i].site for i in members),
        first=first,
        last=last,
        ages=ages,
        contacts=contacts,
        first_cities=frozenset(c for d, i in dated if d <= first + near and (c := ads[i].city)),
        last_cities=frozenset(c for d, i in dated if d >= last - near and (c := ads[i].city)),
        first_ad=dated[0][1],
        last_ad=dated[-1][1],
        first_ads=tuple(i for _, i in dated[:_TEXTS]),
        last_ads=tuple(i for _, i in dated[-_TEXTS:]),
    )


def _text_ratio(texts: Callable[[Sequence[int]], dict[int, str]], a: _Span, b: _Span) -> float:
    """The closest of the older profile's last texts to the newer one's first (``fuzz.ratio``, 0-100)."""
    got = texts([*a.last_ads, *b.first_ads])
    return max(
        (fuzz.ratio(got[i], got[j]) for i in a.last_ads if i in got for j in b.first_ads if j in got), default=0.0
    )


def number_changes(
    ads: Sequence[AdFeatures],
    profiles: Sequence[Sequence[int]],
    hubs: Collection[tuple[str, str]],
    rules: LinkRules,
    texts: Callable[[Sequence[int]], dict[int, str]],
) -> list[tuple[int, int, Evidence]]:
    """The (older profile, newer profile, evidence) pairs of one woman on two numbers, by the rules above."""
    person = rules.person
    min_ratio, age_gap = person.number_change_text, person.number_change_age
    gap, overlap, near = person.number_change_days, person.number_change_overlap, person.number_change_near
    if not gap:
        return []
    spans: dict[int, _Span] = {}
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for p, members in enumerate(profiles):
        s = _span(ads, members, hubs, near)
        if s is None:
            continue
        spans[p] = s
        for site in s.sites:
            by_key[(s.name, site)].append(p)
    # every profile of a (name, site) key, with or without a contact or age: the namesakes that make a guess
    seen: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)  # key -> (profile, first, last)
    keys = set(by_key)
    for p, members in enumerate(profiles):
        days: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i in members:
            ad = ads[i]
            if ad.name and (d := day_of(ad)) is not None:
                k = (fold_name(ad.name), ad.site)
                if k in keys:
                    days[k].append(d)
        for k, ds in days.items():
            seen[k].append((p, min(ds), max(ds)))
    tol = person.age_tolerance
    after: dict[int, set[int]] = defaultdict(set)
    before: dict[int, set[int]] = defaultdict(set)
    site_of: dict[tuple[int, int], str] = {}
    for key, group in by_key.items():
        if len(group) < 2 or len(group) > person.number_change_max_profiles:
            continue  # a name many of the site's women with a contact use (or a word read as one) tells no one
        for a in group:
            sa = spans[a]
            for b in group:
                sb = spans[b]
                if a == b or not (sa.first <= sb.first and sa.last < sb.last):
                    continue
                if sb.first - sa.last > gap or sa.last - sb.first > overlap:
                    continue
                if sa.contacts & sb.contacts or not (sa.last_cities & sb.first_cities):
                    continue
                if sa.ages and sb.ages:
                    if not ages_fit(sa.ages, sb.ages, tol) or abs(_median(sa.ages) - _median(sb.ages)) > age_gap:
                        continue
                elif person.number_change_needs_age:
                    continue
                lo, hi = sa.last - gap, sb.first + gap
                if person.number_change_alone and any(
                    lo <= last and first <= hi for q, first, last in seen[key] if q not in (a, b)
                ):
                    continue  # a third woman of the name there then
                if min_ratio and _text_ratio(texts, sa, sb) < min_ratio:
                    continue
                after[a].add(b)
                before[b].add(a)
                site_of[(a, b)] = key[1]
    out: list[tuple[int, int, Evidence]] = []
    for a in sorted(after):
        if len(after[a]) != 1:
            continue
        (b,) = after[a]
        if len(before[b]) != 1:
            continue
        sa, sb = spans[a], spans[b]
        i, j = sa.last_ad, sb.first_ad
        city = ads[j].city or ads[i].city or "?"
        note = (
            f"another of her numbers: {ads[i].name} on {site_of[(a, b)]}, ages fit, "
            f"{max(0, sb.first - sa.last)} days from the old number's last ad to the new one's first, in {city}"
        )
        out.append((a, b, Evidence(min(i, j), max(i, j), "change", "", 0.5, note)))
    return out
