"""The append: a day's new ads that join one woman's stored component, proved to move nothing else.

Of a day's region (the histories of the persons its new ads belong to), ~98 % of the touched components keep
their old partition into profiles and networks, and in most every new ad simply joins a profile that existed
(docs/benchmarks.md, session 35's day). ``appendable`` says, from what the region walk read, for which stored
components that is certain without linking them: the conditions under which every decision of the profile
rules (``cluster.link_ads``) over the component and its new ads comes out as before, with the new ads in the
one profile the component holds. Conservative: any doubt, and the component is relinked as now.

The conditions, for a stored component C (every old ad of it) and the group G of new ads whose evidence
reaches it (new ads joined to each other by evidence form one group):

* G reaches C alone: every non-hub selector, verified text copy and name-key pair of its ads (a contactless
  namesake within the window) leads to an ad of C or of G (several groups that each reach C alone are one
  G); no ad of C is a seed of ``index.update`` (a hub flip, a text bucket that gained or lost a pair of old
  ads, a moved photo cluster: its old edges moved).
* C is one stored profile P in a network of its own, and P has a contact (a contactless profile that gains
  one becomes a candidate of other contactless profiles' joins).
* One name: every ad of G names her, and every named ad of C and G folds to the same name. So each selector
  has one name group (``_person_groups``): no controller's line, site aliases, line aliases, twins,
  variants or unnamed ads on a line, and no number passes through several names (``passing_numbers`` needs
  ``passing_site_min_names`` >= 2 names); every shared non-hub selector chains all its ads.
* Ages: every stated age of C and G lies within ``age_tolerance`` of every other, so ``_constrained_union``
  refuses no merge (names agree, ages fit): the union is plain connectivity, and C with G is one profile.
  G states no age outside the range of C's ads with a contact (none when they state none), so P's ages as
  the contactless joins read them (``_join_bare``, on the profiles the union made: her namesakes' candidate
  holds every ad of C with a contact) do not move.
* Every ad of G has a contact (no contactless join of its own) and shares a non-hub selector with an ad of
  C (it joins P by that edge, whatever else it holds).

What an append must still write is not only the new ads' rows: the ad links (``_chain_and_star`` over the
selector's ads in ad-id order, ad ids being hashes, then the union's spanning forest), P's row (its timeline
and first 50 selectors per kind in ad order) and its network's row (cities by count, weeks) are functions of
all P's ads. The run checks each verdict against the relink it still makes (``misses``): a proof on every
day's data before any relink is skipped on it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass

from kartlegg.link.cluster import AdFeatures, LinkResult, bare, day_of, name_key
from kartlegg.link.config import LinkRules
from kartlegg.link.graph import UnionFind
from kartlegg.link.names import fold_name


@dataclass(frozen=True, slots=True)
class Append:
    """A stored component whose new ads all join its one profile, and nothing else moves."""

    component: int
    profile: str
    old: tuple[int, ...]  #: the component's ads (sorted ids)
    new: tuple[int, ...]  #: the new ads joining it (sorted ids)


def appendable(
    ads: Sequence[AdFeatures],
    comps: Mapping[int, int],
    new: Collection[int],
    seeded: Container[int],
    prev_profiles: Mapping[int, str],
    prev_networks: Mapping[str, str],
    hubs: Container[tuple[str, str]],
    copies: Iterable[tuple[int, int]],
    rules: LinkRules,
    doubts: Counter[str] | None = None,
) -> list[Append]:
    """The components of a walked region (``ads``, sorted by id; ``comps``: the stored component of each old
    ad) that the region's ``new`` ads join as an append (module docstring). ``seeded``: old ads
    ``index.update`` made seeds; ``prev_profiles`` / ``prev_networks``: the region's stored profiles and
    their networks; ``hubs``: the store's hubs among the region's selectors; ``copies``: the region's verified
    text copies (ad ids; a fact of the two texts, ``fuzz.ratio`` at the verify cutoff, whatever the
    partition). ``doubts``: counts, by the first condition that failed, the groups of new ads that reach a
    stored component but are no append."""
    doubts = Counter() if doubts is None else doubts
    if not new or rules.person.controller_min_names < 2 or not rules.hub.passing_site_min_names >= 2:
        return []
    fresh = [a for a in ads if a.ad_id in new]
    # every ad that shares a non-hub selector with a new ad
    wanted = {s for a in fresh for s in a.selectors if s not in hubs}
    carriers: dict[tuple[str, str], list[int]] = defaultdict(list)
    keys = {k for a in fresh if (k := name_key(a)) is not None}
    named: dict[str, list[AdFeatures]] = defaultdict(list)
    for a in ads:
        for s in a.selectors:
            if s in wanted:
                carriers[s].append(a.ad_id)
        if keys and (k := name_key(a)) is not None and k in keys:
            named[k].append(a)
    reach: dict[int, set[int]] = {a.ad_id: set() for a in fresh}
    joins: dict[int, set[int]] = {a.ad_id: set() for a in fresh}  #: the ads it shares a selector with
    for a in fresh:
        for s in a.selectors:
            if s in carriers:
                joins[a.ad_id].update(carriers[s])
        joins[a.ad_id].discard(a.ad_id)
        reach[a.ad_id] |= joins[a.ad_id]
    for x, y in copies:
        if x in reach:
            reach[x].add(y)
        if y in reach:
            reach[y].add(x)
    window = rules.person.bare_window_days
    for a in fresh:
        k, d = name_key(a), day_of(a)
        if k is None or d is None:
            continue
        for b in named[k]:
            e = day_of(b)
            if b.ad_id != a.ad_id and e is not None and abs(e - d) <= window and (bare(a) or bare(b)):
                reach[a.ad_id].add(b.ad_id)
    # groups of new ads joined to each other
    ids = sorted(reach)
    pos = {x: i for i, x in enumerate(ids)}
    uf = UnionFind(len(ids))
    for x, met in reach.items():
        for y in met:
            if y in pos:
                uf.union(pos[x], pos[y])
    groups: dict[int, list[int]] = defaultdict(list)
    for x in ids:
        groups[uf.find(pos[x])].append(x)
    feats = {a.ad_id: a for a in ads}
    members: dict[int, list[int]] = defaultdict(list)
    for x, label in comps.items():
        if x not in new:
            members[label].append(x)
    sizes = Counter(prev_networks.values())  # profiles per network
    out: list[Append] = []
    doubted: set[int] = set()
    joining: dict[int, list[int]] = defaultdict(list)  # component -> the new ads of the groups reaching it alone
    for group in groups.values():
        old = {y for x in group for y in reach[x] if y not in new}
        touched = {comps.get(y) for y in old}
        if len(touched) != 1 or None in touched:
            if old:
                doubts["reaches several components"] += 1
            doubted.update(t for t in touched if t is not None)
            continue
        joining[next(t for t in touched if t is not None)].extend(group)
    for c, group in joining.items():
        if c in doubted:
            doubts["a component a group reaches with another"] += 1
            continue
        comp_ads = sorted(members[c])
        pid, why = _verdict(comp_ads, group, feats, seeded, prev_profiles, prev_networks, sizes, joins, rules)
        if pid is None:
            doubts[why] += 1
        else:
            out.append(Append(c, pid, tuple(comp_ads), tuple(sorted(group))))
    return out


def _verdict(
    comp: Sequence[int],
    group: Sequence[int],
    feats: Mapping[int, AdFeatures],
    seeded: Container[int],
    prev_profiles: Mapping[int, str],
    prev_networks: Mapping[str, str],
    sizes: Mapping[str, int],
    joins: Mapping[int, set[int]],
    rules: LinkRules,
) -> tuple[str | None, str]:
    """The profile the ``group`` of new ads joins in the stored component ``comp`` as an append, else None
    and the first condition that failed."""
    if any(a in seeded or a not in feats for a in comp):
        return None, "an old ad a seed (hub, bucket, photo)"
    pids = {prev_profiles.get(a) for a in comp}
    if len(pids) != 1 or None in pids:
        return None, "several profiles"
    pid = next(p for p in pids if p is not None)
    nid = prev_networks.get(pid)
    if nid is None or sizes.get(nid) != 1:
        return None, "a network of several"
    olds = [feats[a] for a in comp]
    news = [feats[a] for a in group]
    if all(bare(a) for a in olds) or any(bare(a) for a in news):
        return None, "without a contact"
    if any(not a.name for a in news):
        return None, "a new ad names nobody"
    if len({fold_name(a.name) for a in (*olds, *news) if a.name}) != 1:
        return None, "two names"
    stated = [x for a in olds for x in a.ages]
    held = [x for a in olds if not bare(a) for x in a.ages]  # within the ages of her profile with a contact
    added = [x for a in news for x in a.ages]
    if added and (not held or min(added) < min(held) or max(added) > max(held)):
        return None, "a new age outside hers"
    if stated and max(stated) - min(stated) > rules.person.age_tolerance:
        return None, "her ages apart"
    inside = set(comp)
    if any(not (joins[a] & inside) for a in group):
        return None, "joined by a text copy or another new ad"
    return pid, ""


def misses(appends: Sequence[Append], ads: Sequence[AdFeatures], result: LinkResult) -> list[Append]:
    """The verdicts the relink of the region contradicts: where the component and its new ads are not
    exactly one profile of a network of its own."""
    pos = {a.ad_id: i for i, a in enumerate(ads)}
    profile_of = {i: p for p, members in enumerate(result.profiles) for i in members}
    network_of = {p: k for k, members in enumerate(result.networks) for p in members}
    out: list[Append] = []
    for x in appends:
        want = {pos[a] for a in (*x.old, *x.new)}
        p = profile_of[pos[x.new[0]]]
        if set(result.profiles[p]) != want or len(result.networks[network_of[p]]) != 1:
            out.append(x)
    return out
