"""A site's own line printed beside its advertisers' numbers: no controller, so no network edge.

A site (or the tool that keeps a record of its ads: an archive, a translation service, a posting assistant)
prints a number of its own on its pages: a hotline, a customer-service or support line, a project manager's,
a moderator's "report an ad" line. When the extractor reads it as a phone, it sits on the ads of many women
who have nothing else in common, and a network built on it joins solo women and unrelated controllers into
one (blind20: a translation agency's project-manager line joined 174 ads of four solo women and two
controllers; an assistant's support line 259 ads of 26 networks).

What tells it from a controller's line, which is exactly such a number on several women's ads:

* **beside a number of her own on (nearly) every ad**: a controller's line is how a client books her, so
  it is the ad's only number on most of its ads (an agency's women print their own on 15-40 % of theirs, a
  clinic's on none); a site's line is printed whatever the advertiser writes, and she writes her own.
* **those numbers written without it too**: each woman keeps writing her number on her ads elsewhere (other
  sites, other pages of the site without the line); a woman booked through a line prints it wherever her
  ads go, so her own number rarely appears without it.
* **on one site**: a controller's line follows its women from site to site; a site's line stays on the site.
* **many names**: at least ``site_line_min_names`` different names (more than the few of one woman's
  aliases), each with a number of her own beside it.

All four must hold; the line still joins ads of one person (profiles are not this rule's business): it is
only no evidence that two persons share a controller. The decision reads the line's ads and those of the
numbers beside it, all in one contact component, so a full run, a region run and the Spark engine agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from typing import Protocol

from kartlegg.link.names import fold_name


class _Ad(Protocol):
    """The fields of ``cluster.AdFeatures`` this rule reads."""

    @property
    def site(self) -> str: ...

    @property
    def name(self) -> str | None: ...

    @property
    def selectors(self) -> Collection[tuple[str, str]]: ...


def site_lines(
    ads: Sequence[_Ad],
    index: Mapping[tuple[str, str], Sequence[int]],
    hubs: Collection[tuple[str, str]],
    *,
    min_names: int,
    share: float,
    site_share: float,
    outside: float,
) -> set[tuple[str, str]]:
    """The phones of ``index`` (selector -> ad indices) that are a site's own line (module docstring).

    ``min_names``: different names (folded) among its ads, and as many different numbers beside it (0: off);
    ``share``: of its ads writing another non-hub number; ``site_share``: of its ads on its commonest site;
    ``outside``: of the numbers beside it that are also written on ads without it."""
    out: set[tuple[str, str]] = set()
    if min_names <= 0:
        return out
    for key, members in index.items():
        if key[0] != "phone" or len(members) < min_names or key in hubs:
            continue
        sites = Counter(ads[i].site for i in members)
        if sites.most_common(1)[0][1] < site_share * len(members):
            continue
        names = {fold_name(n) for i in members if (n := ads[i].name)}
        if len(names) < min_names:
            continue
        beside: Counter[tuple[str, str]] = Counter()
        writing = 0
        for i in members:
            others = {s for s in ads[i].selectors if s[0] == "phone" and s != key and s not in hubs}
            if others:
                writing += 1
                beside.update(others)
        if writing < share * len(members) or len(beside) < min_names:
            continue
        elsewhere = sum(1 for q, n in beside.items() if len(index.get(q, ())) > n)
        if elsewhere >= outside * len(beside):
            out.add(key)
    return out
