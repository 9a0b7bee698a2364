"""A site's stock words read as names, learned per site: "Sugar" of "Sugar baby Kitty", "Brand" of "Brand new here".

A site's template puts the same word where a name cue looks for one in many of its ads ("Sugar baby Kitty (23)"
reads "Sugar" as her first name and "Kitty" as her second; a stock line "Brand new here – be gentle" reads
"Brand" as a name presenting herself). Read as her name, it gives every woman of that site one name, so her own
number carries two names (this one and hers elsewhere) and is kept apart as a controller's line, while strangers'
ads of that site share a name. One woman's name does not recur under a large share of a site's contacts: a word
read first as the name in ``min_share`` of a site's sampled ads, under ``min_contact_share`` of the contacts
those ads carry and at least ``min_contacts`` of them, is the site's, and the next word a cue reads is hers
(``names.find_name``'s ``template``). Learned again from each site's newest ads at every link run
(``learn_from_store``); a site's words kept in ``link_state`` so that a change re-reads every ad's name.

A version's text never changes, so the name it reads with given words does not either: a run may pass the
names its sample read last time (``Memo``), and a day reads only its new versions' names and texts (7,000 ->
~1,000 names at every store size on the independent corpus: 1.2-1.3 -> 0.3-0.4 s CPU a day, a quarter of a 100k
day's link).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping

from sqlalchemy import Connection, text

from kartlegg.link.config import NameRules
from kartlegg.link.features import ad_name
from kartlegg.store.engine import fetch_in
from kartlegg.store.furniture import sample_seqs, sample_versions, versions_at
from kartlegg.store.rows import StoredVersion

_CONTACT_KINDS = ("phone", "email", "handle")

#: The names a site's sampled versions were read with: site -> the stock words read with (sorted, one a line;
#: "" for none) -> version seq -> the name. Only the latest sample's versions are kept.
Memo = dict[str, dict[str, dict[int, str | None]]]


def learn(
    ads: Iterable[tuple[str, str | None, Collection[tuple[str, str]]]], rules: NameRules
) -> dict[str, frozenset[str]]:
    """Each site's template words (in small letters) from its ads as (site, the name read with nothing
    learned, the ad's contacts)."""
    t = rules.template
    per_site: Counter[str] = Counter()
    site_contacts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    named: Counter[tuple[str, str]] = Counter()
    name_contacts: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for site, name, contacts in ads:
        per_site[site] += 1
        site_contacts[site].update(contacts)
        if name:
            key = (site, name.lower())
            named[key] += 1
            name_contacts[key].update(contacts)
    out: dict[str, set[str]] = defaultdict(set)
    if t.min_ads <= 0:
        return {}
    for (site, word), n in named.items():
        total, reached = per_site[site], len(name_contacts[(site, word)])
        if (
            total >= t.min_ads
            and n / total >= t.min_share
            and reached >= t.min_contacts
            and reached >= t.min_contact_share * len(site_contacts[site])
        ):
            out[site].add(word)
    return {site: frozenset(words) for site, words in sorted(out.items())}


def learn_from_store(
    conn: Connection, rules: NameRules, sites: Collection[str] | None = None, memo: Memo | None = None
) -> dict[str, frozenset[str]]:
    """The stock words of ``sites`` (default: every site with ads), each learned from its newest
    ``template.sample`` versions and their contacts. Twice: a stock word may hide another that the ads read
    next ("Body to body Oslo" over "Helt ny her"), which the second round sees.

    ``memo``: names read by an earlier call with the same ``rules`` (the caller's to ensure), taken instead
    of reading them again; updated with this call's, those of versions no longer sampled left out."""
    if rules.template.min_ads <= 0:
        return {}
    if sites is None:
        sites = [
            str(r[0]) for r in conn.execute(text("SELECT DISTINCT s.name FROM sites s JOIN ads a ON a.site_id = s.id"))
        ]
    out: dict[str, frozenset[str]] = {}
    for site in sorted(sites):
        known = memo.get(site, {}) if memo is not None else {}
        versions: dict[int, StoredVersion] = {}
        if known:  # the texts of the versions whose names are kept are not read
            seqs = sample_seqs(conn, site, rules.template.sample)
        else:
            sample = sample_versions(conn, site, rules.template.sample)
            seqs, versions = [v.seq for v in sample], {v.seq: v for v in sample}
        contacts: dict[int, set[tuple[str, str]]] = defaultdict(set)
        for seq, kind, value in fetch_in(
            conn,
            "SELECT a.version_seq, s.kind, s.value FROM ad_selectors a JOIN selectors s ON s.id = a.selector_id "
            "WHERE a.version_seq IN :ids",
            seqs,
        ):
            if kind in _CONTACT_KINDS:
                contacts[int(seq)].add((str(kind), str(value)))
        words: frozenset[str] = frozenset()
        read: dict[str, dict[int, str | None]] = {}
        for _round in range(2):
            key = "\n".join(sorted(words))
            names = known.get(key, {})
            versions.update(versions_at(conn, [q for q in seqs if q not in names and q not in versions]))
            read[key] = {q: names[q] if q in names else ad_name(versions[q], rules, words) for q in seqs}
            rows = [(site, read[key][q], contacts.get(q, set())) for q in seqs]
            more = learn(rows, rules).get(site, frozenset())
            if more <= words:
                break
            words |= more
        if memo is not None:
            memo[site] = read
        if words:
            out[site] = words
    return out


def names_read(memo: Memo, stock: Mapping[str, Collection[str]]) -> dict[int, str | None]:
    """The names the sample read with each site's words as learned (``stock``; none: nothing learned), by
    version seq: what ``features.ad_name`` gives those versions with those words, so building their features
    reads none of them again. A day's new versions are each site's newest, so in its sample: each was read once
    to learn the words and again for its features (~1,000 names a day, as many as the learning's)."""
    out: dict[int, str | None] = {}
    for site, by_words in memo.items():
        read = by_words.get("\n".join(sorted(stock.get(site, ()))))
        if read is not None:
            out.update(read)
    return out
