"""Running assessment over the store: read the ads that changed, find indicators, score ads, profiles and
networks, and write what changed.

Reading an ad is most of the work and depends on the ad alone, so each ad's facts are cached under its
state (``facts_cache``) and read again only when the state moves. Scores depend on the whole market
(persons per phone, city price medians, the top-decile guard): the market's aggregates are carried in the
store (``carry``) and updated from what changed, and only the entities they reach are scored again, as a
whole-market run would score them (a first run, a catalogue change, an erasure or ``full`` score the whole
market and carry its state). Each result is compared with a digest of what is stored (``diff``): only the
rows of entities whose result changed are deleted and inserted, in one transaction, so readers see the old
scores until the new ones are complete and a killed run changes nothing. A run is pending when ads
changed, linking ran, or the catalogue changed since the last successful run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.assess import carry, changes, contacts, diff, facts_cache, outreach_list, person_rows
from kartlegg.assess.ad_facts import AdFacts, AdReader
from kartlegg.assess.catalogue import Catalogue, load_catalogue
from kartlegg.assess.group_facts import GroupAnalyser, group_key, price_findings
from kartlegg.assess.inputs import Links, LiveLinks, iter_ad_views, load_links
from kartlegg.assess.model import FAIRNESS_ROW, Contribution, Hit
from kartlegg.assess.scoring import Scored, apply_fairness_guard, hit_strength, merge_hits, scorer
from kartlegg.cycles import collector_paused
from kartlegg.store.ads import max_version_seq
from kartlegg.store.engine import DAY_CACHE_KIB, Store, fetch_in, page_cache, placeholder
from kartlegg.store.stages import finish_run, start_run

STAGE = "assess"


def catalogue_fingerprint(catalogue: Catalogue) -> str:
    return hashlib.sha256(catalogue.model_dump_json().encode()).hexdigest()[:16]


def _last_ok(conn: Connection, stage: str) -> tuple[int, int, dict[str, Any]] | None:
    row = conn.execute(
        text("SELECT id, watermark, info FROM stage_runs WHERE stage = :s AND status = 'ok' ORDER BY id DESC LIMIT 1"),
        {"s": stage},
    ).first()
    if row is None:
        return None
    return int(row[0]), int(row[1] or 0), orjson.loads(row[2] or "{}")


def pending(store: Store, catalogue: Catalogue | None = None) -> int:
    """How many ads the next run would (re)assess: all of them when anything changed, else 0."""
    cat = catalogue or load_catalogue()
    with store.connect() as conn:
        n_ads = int(conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one())
        last = _last_ok(conn, STAGE)
        if last is None:
            return n_ads
        run_id, watermark, info = last
        if (
            max_version_seq(conn) > watermark
            or info.get("catalogue") != catalogue_fingerprint(cat)
            or info.get("ads") != n_ads  # ads erased or added
            or outreach_list.BUILT not in info  # assessed before the outreach list was stored
        ):
            return n_ads
        link = _last_ok(conn, "link")
        if link is not None and link[0] > run_id:
            return n_ads
        return 0


def _rows(scored: Scored) -> tuple[list[tuple[Any, ...]], tuple[Any, ...]]:
    ind_rows: list[tuple[Any, ...]] = []
    if scored.stored is not None:  # an ad's own part of its person's findings (``person_rows``)
        for ind, contribution, data in scored.stored:
            ind_rows.append((scored.entity_type, scored.entity_id, ind, contribution, orjson.dumps(data).decode()))
    else:
        for c in scored.contributions:
            evidence = {
                "level": c.level,
                "strength": c.strength,
                "minor": c.minor,
                "third_party": c.third_party,
                "risk": c.risk,
                "note": c.note,
                **({"note_msg": c.note_msg, "note_args": dict(c.note_args)} if c.note_msg else {}),
                "evidence": [e.to_json() for e in c.evidence],
            }
            row = (scored.entity_type, scored.entity_id, c.indicator, c.risk, orjson.dumps(evidence).decode())
            ind_rows.append(row)
    if scored.notes:
        full = {d: scored.scores[d] for d in scored.scores}
        ind_rows.append(
            (
                scored.entity_type,
                scored.entity_id,
                FAIRNESS_ROW,
                -scored.capped.get("risk", 0.0) / 100.0,
                orjson.dumps(
                    {
                        "level": scored.entity_type,
                        "notes": scored.notes,
                        "note_msgs": [[msg, dict(args)] for msg, args in scored.note_msgs],
                        "removed": {d: round(v, 3) for d, v in scored.capped.items()},
                        "scores": full,
                    }
                ).decode(),
            )
        )
    score_row = (
        scored.entity_type,
        scored.entity_id,
        round(scored.scores["risk"], 3),
        round(scored.scores["minor"], 3),
        round(scored.scores["third_party"], 3),
    )
    return ind_rows, score_row


def _write(
    conn: Connection, levels: Iterable[list[Scored]], *, full: bool, gone: list[tuple[str, str]] | None = None
) -> tuple[int, int]:
    """Store every scored entity's score and indicator rows; return (indicator rows, entities written).

    Incremental (``full`` False and the digests describe the tables): only entities whose rows changed are
    deleted and inserted, and entities that are gone are deleted. Otherwise both tables are replaced.
    ``gone`` given: ``levels`` are only the entities scored again (``carry``), and ``gone`` the entities
    that no longer exist; the others' rows stay.
    """
    ph = placeholder(conn)
    if gone is not None:
        return _write_some(conn, [s for level in levels for s in level], gone)
    old = {} if full else diff.load(conn, diff.ENTITY_KINDS)
    if full or not diff.consistent(conn, "scores", "1 = 1", len(old)):
        full, old = True, {}
        conn.execute(text("DELETE FROM indicators"))
        conn.execute(text("DELETE FROM scores"))
        diff.clear(conn, diff.ENTITY_KINDS)
    ind_sql = (
        f"INSERT INTO indicators (entity_type, entity_id, indicator, contribution, evidence) "
        f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph})"
    )
    score_sql = (
        f"INSERT INTO scores (entity_type, entity_id, risk_score, minor_score, third_party_score) "
        f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph})"
    )
    n_ind = n_written = 0
    ind_buf: list[tuple[Any, ...]] = []
    score_buf: list[tuple[Any, ...]] = []
    stale: list[tuple[str, str]] = []
    digests: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()

    def flush() -> None:
        if stale:
            for table in ("indicators", "scores"):
                conn.execute(
                    text(f"DELETE FROM {table} WHERE entity_type = :t AND entity_id = :i"),
                    [{"t": t, "i": i} for t, i in stale],
                )
            stale.clear()
        if ind_buf:
            conn.exec_driver_sql(ind_sql, list(ind_buf))
            ind_buf.clear()
        if score_buf:
            conn.exec_driver_sql(score_sql, list(score_buf))
            score_buf.clear()
        diff.put(conn, digests)
        digests.clear()

    for level in levels:
        for s in level:
            rows, score = _rows(s)
            n_ind += len(rows)
            key = (s.entity_type, s.entity_id)
            seen.add(key)
            d = diff.digest(orjson.dumps([score, rows]))
            if old.get(key) == d:
                continue
            if key in old:
                stale.append(key)
            ind_buf.extend(rows)
            score_buf.append(score)
            digests.append((*key, d))
            n_written += 1
            if len(score_buf) >= 5000:
                flush()
    gone = [k for k in old if k not in seen]
    stale.extend(gone)
    flush()
    diff.drop(conn, gone)
    return n_ind, n_written + len(gone)


def _write_some(conn: Connection, scored: list[Scored], gone: list[tuple[str, str]]) -> tuple[int, int]:
    """The incremental write of ``_write``: the scored entities whose digest moved, and the gone ones.

    A moved entity's rows are compared with the stored ones (read by key) and only the rows that differ
    are written: an indicator row whose values moved is updated in place, not deleted and inserted (which
    appended it at the table's end and moved its key's index entry: a 1M day's largest share of pages
    written), an unchanged one is left alone, and a score row is written only when a score moved. An entity
    whose stored digest is the digest of its stored score with the rows it has now has those rows stored
    already (the digest covers both): only its score row is written, and its indicator rows are not read."""
    ph = placeholder(conn)
    keys = [(s.entity_type, s.entity_id) for s in scored]
    old = diff.load_keys(conn, [*keys, *gone])
    moved: list[tuple[tuple[str, str], list[tuple[Any, ...]], tuple[Any, ...]]] = []
    digests: list[tuple[str, str, str]] = []
    for s in scored:
        rows, score = _rows(s)
        key = (s.entity_type, s.entity_id)
        d = diff.digest(orjson.dumps([score, rows]))
        if old.get(key) == d:
            continue
        moved.append((key, rows, score))
        digests.append((*key, d))
    gone_keys = [k for k in gone if k in old]
    known = [k for k, _, _ in moved if k in old]
    stored_scores = _stored_scores(conn, known)
    # an entity whose stored digest is that of its stored score with the rows it has now: only its score moved
    # (most of a day's ads: a new ad of her person moves her share, so her score, not the rows the ad keeps)
    same_rows = {
        key
        for key, rows, _ in moved
        if (was_score := stored_scores.get(key)) is not None
        and diff.digest(orjson.dumps([(*key, *was_score), rows])) == old[key]
    }
    stored_rows = _stored_rows(conn, [k for k in known if k not in same_rows])
    ind_new: list[tuple[Any, ...]] = []
    ind_set: list[tuple[Any, ...]] = []
    ind_drop: list[tuple[Any, ...]] = []
    score_buf: list[tuple[Any, ...]] = []
    for key, rows, score in moved:
        if key in same_rows:
            score_buf.append(score)
            continue
        was = stored_rows.get(key, {})
        for r in rows:
            before = was.pop(r[2], None)
            if before is None:
                ind_new.append(r)
            elif before != (r[3], r[4]):
                ind_set.append((r[3], r[4], *r[:3]))
        ind_drop.extend((*key, ind) for ind in was)
        if stored_scores.get(key) != score[2:]:
            score_buf.append(score)
    where = f"entity_type = {ph} AND entity_id = {ph}"
    deleted = 0
    for i in range(0, len(ind_drop), 5000):
        deleted += conn.exec_driver_sql(
            f"DELETE FROM indicators WHERE {where} AND indicator = {ph}", ind_drop[i : i + 5000]
        ).rowcount
    for i in range(0, len(gone_keys), 5000):
        deleted += conn.exec_driver_sql(f"DELETE FROM indicators WHERE {where}", gone_keys[i : i + 5000]).rowcount
        conn.exec_driver_sql(f"DELETE FROM scores WHERE {where}", gone_keys[i : i + 5000])
    for i in range(0, len(ind_set), 5000):
        conn.exec_driver_sql(
            f"UPDATE indicators SET contribution = {ph}, evidence = {ph} WHERE {where} AND indicator = {ph}",
            ind_set[i : i + 5000],
        )
    for i in range(0, len(ind_new), 5000):
        conn.exec_driver_sql(
            f"INSERT INTO indicators (entity_type, entity_id, indicator, contribution, evidence) "
            f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph})",
            ind_new[i : i + 5000],
        )
    # a score row rewritten in place: an index entry moves only where its columns did (a deleted and
    # inserted row moved the key's and all four score indexes' entries: ~10,700 of a 1M day's 50,038 pages)
    for i in range(0, len(score_buf), 5000):
        conn.exec_driver_sql(
            f"INSERT INTO scores (entity_type, entity_id, risk_score, minor_score, third_party_score) "
            f"VALUES ({ph}, {ph}, {ph}, {ph}, {ph}) ON CONFLICT (entity_type, entity_id) DO UPDATE SET "
            "risk_score = excluded.risk_score, minor_score = excluded.minor_score, "
            "third_party_score = excluded.third_party_score",
            score_buf[i : i + 5000],
        )
    diff.put(conn, digests)
    diff.drop(conn, gone_keys)
    # the rows now: the last run's count moved by this run's (SQLite's executemany sums the rows each statement
    # deleted); counting them was a pass over the table (~5 M rows at 1M ads)
    last = _last_ok(conn, STAGE) if conn.dialect.name == "sqlite" else None
    if last is not None and isinstance(last[2].get("findings"), int):
        return int(last[2]["findings"]) - deleted + len(ind_new), len(digests) + len(gone_keys)
    n_ind = int(conn.execute(text("SELECT COUNT(*) FROM indicators")).scalar_one())
    return n_ind, len(digests) + len(gone_keys)


def _by_type(keys: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_type: dict[str, list[str]] = {}
    for t, i in keys:
        by_type.setdefault(t, []).append(i)
    return by_type


def _stored_rows(conn: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, tuple[float, str]]]:
    """The stored indicator rows (indicator -> contribution, evidence) of these entities."""
    ph = placeholder(conn)
    rows: dict[tuple[str, str], dict[str, tuple[float, str]]] = {}
    for etype, ids in _by_type(keys).items():
        sql = (
            "SELECT entity_id, indicator, contribution, evidence FROM indicators "
            f"WHERE entity_type = {ph} AND entity_id IN :ids"
        )
        for r in fetch_in(conn, sql, ids, 500, (etype,)):
            rows.setdefault((etype, str(r[0])), {})[str(r[1])] = (float(r[2]), str(r[3]))
    return rows


def _stored_scores(conn: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[float, float, float]]:
    """The stored scores of these entities."""
    ph = placeholder(conn)
    scores: dict[tuple[str, str], tuple[float, float, float]] = {}
    for etype, ids in _by_type(keys).items():
        sql = (
            "SELECT entity_id, risk_score, minor_score, third_party_score FROM scores "
            f"WHERE entity_type = {ph} AND entity_id IN :ids"
        )
        for r in fetch_in(conn, sql, ids, 500, (etype,)):
            scores[(etype, str(r[0]))] = (float(r[1]), float(r[2]), float(r[3]))
    return scores


def _person_findings(ads: list[AdFacts], catalogue: Catalogue) -> list[Hit]:
    """A person's ad-level findings: each with the share of her ads that show it.

    One youth word in one of thirty ads says less about a person than youth words in most of her ads
    (``ad_findings_at_profile: share``); ``max`` counts a finding in any ad fully.
    """
    cap = catalogue.settings.evidence_per_indicator
    by_ind: dict[str, list[Hit]] = {}
    for f in ads:
        for h in f.hits.values():
            by_ind.setdefault(h.indicator, []).append(h)
    out: list[Hit] = []
    use_share = catalogue.settings.ad_findings_at_profile == "share"
    for ind_id, hits in by_ind.items():
        share = len(hits) / len(ads) if use_share else 1.0
        evidence = [e for h in hits for e in h.evidence][:cap]
        out.append(Hit(ind_id, max(h.count for h in hits), evidence, "ad", share))
    return out


def assess_market(
    facts: dict[int, AdFacts], links: Links, catalogue: Catalogue
) -> tuple[list[Scored], list[Scored], list[Scored], list[str]]:
    """Score every ad, profile and network of an in-memory market (the pure core of a run)."""
    ads, profiles, networks, skipped, _, _ = _assess(facts, links, catalogue)
    return ads, profiles, networks, skipped


def _assess(
    facts: dict[int, AdFacts], links: Links, catalogue: Catalogue, scope: carry.Scope | None = None
) -> tuple[list[Scored], list[Scored], list[Scored], list[str], GroupAnalyser, dict[str, dict[str, Hit]]]:
    """Score the market of ``facts``: every entity, guarded; or (``scope``: an incremental run) only the
    scope's persons, their ads and the scope's networks (merged from their other profiles' kept findings),
    against its market values, not yet guarded. Also returns each scored person's merged findings."""
    cap = catalogue.settings.evidence_per_indicator
    strength = hit_strength(catalogue)
    score_entity = scorer(catalogue)
    if scope is None:
        price_findings(facts.values(), catalogue)
        analyser = GroupAnalyser(catalogue, facts, links)
    else:
        price_findings(facts.values(), catalogue, scope.medians)
        analyser = GroupAnalyser(
            catalogue,
            facts,
            links,
            site_wide=scope.site_wide,
            max_sharing=scope.max_sharing,
            clusters=scope.clusters,
            # the scored networks, and those of the scored persons: a person's row holds her network's
            # findings even when the network is not scored again (the guard's second round)
            networks=scope.networks | {n for p in scope.persons if (n := links.profile_network.get(p))},
            key_persons=scope.key_persons,
        )
    groups = analyser.run()
    network_hits = groups.network_hits

    def wanted(key: str) -> bool:
        return scope is None or key in scope.persons

    def network_of(profile: str) -> dict[str, Hit]:
        nid = links.profile_network.get(profile)
        return network_hits.get(nid, {}) if nid else {}

    # Persons (profiles, and ads linking has not placed): their ads' findings, their own, their network's.
    person: dict[str, dict[str, Hit]] = {}
    for key, ads in analyser.groups.items():
        if not wanted(key):
            continue
        merged: dict[str, Hit] = {}
        merge_hits(merged, _person_findings(ads, catalogue), cap, strength)
        merge_hits(merged, groups.profile_hits.get(key, {}).values(), cap, strength)
        if not key.startswith("ad:"):
            merge_hits(merged, network_of(key).values(), cap, strength)
        person[key] = merged
    # profiles without ads still carry their network's findings (in profile-id order, as ``links`` holds them)
    profiles = (
        links.profile_network if scope is None else sorted(p for p in scope.persons if p in links.profile_network)
    )
    for pid in profiles:
        if pid not in person:
            person[pid] = {}
            merge_hits(person[pid], network_of(pid).values(), cap, strength)
    by_profile = {pid: score_entity("profile", pid, hits) for pid, hits in person.items() if not pid.startswith("ad:")}
    hers = _Persons(by_profile)
    score_ad = _AdScores(catalogue, strength, _ad_scorer(score_entity), hers)
    # Ads: the ad's own evidence first, scored as its person (one ad is one sample of a person).
    ad_scored = [
        score_ad(f, person.get(key, {}), key) for f in facts.values() if wanted(key := group_key(f.ad_id, links))
    ]
    profile_scored = list(by_profile.values())
    if scope is None:
        network_all = _network_hits(links, None, person, catalogue, strength)
    else:
        network_all = _network_hits(links, scope.networks, {**scope.kept, **person}, catalogue, strength)
    network_scored = [score_entity("network", nid, hits) for nid, hits in network_all.items()]
    if scope is None:
        for level in (ad_scored, profile_scored, network_scored):
            apply_fairness_guard(level, catalogue)
    return ad_scored, profile_scored, network_scored, groups.skipped, analyser, person


def _score_ad(
    f: AdFacts,
    person: dict[str, Hit],
    catalogue: Catalogue,
    strength: Callable[[Hit], float],
    score_entity: Callable[[str, str, dict[str, Hit]], Scored],
    profile: str,
    hers: person_rows.Person | None,
) -> Scored:
    """An ad's score: its own findings with its person's merged ones. With her profile's contributions
    (``hers``, of ``profile``), the ad stores only its own part of them when that is enough to read them back
    (``person_rows``): a new ad of hers then leaves this ad's rows as they are."""
    cap = catalogue.settings.evidence_per_indicator
    hits: dict[str, Hit] = {}
    for h in f.hits.values():
        hits[h.indicator] = Hit(h.indicator, h.count, list(h.evidence[:cap]), h.level, 0.0)
    own = {k: [e.to_json() for e in h.evidence] for k, h in hits.items()} if hers is not None else {}
    merge_hits(hits, person.values(), cap, strength)
    scored = score_entity("ad", str(f.ad_id), {k: h for k, h in hits.items() if h.share > 0})
    if hers is not None:
        scored.stored = person_rows.slim(scored.contributions, own, hers, profile, cap)
    return scored


class _AdScores:
    """``_score_ad`` for a run's ads, an ad without findings of its own scored once per person.

    Such an ad's findings are its person's alone (``merge_hits`` into nothing: her findings, her evidence
    up to the cap), so its contributions, scores and stored rows (``person_rows.slim`` with no evidence of
    its own) are those of every other such ad of hers; only the entity id differs. A repeat is a copy of the
    first one's, made before the fairness guard changes any of them (on the independent corpus about a
    third of a day's ~13,000 scored ads)."""

    def __init__(
        self,
        catalogue: Catalogue,
        strength: Callable[[Hit], float],
        score_ad: Callable[[str, str, dict[str, Hit]], Scored],
        hers: _Persons,
    ) -> None:
        self.catalogue, self.strength, self.score_ad, self.hers = catalogue, strength, score_ad, hers
        self.alone: dict[str, Scored] = {}  #: each person's first ad without findings of its own, as scored

    def __call__(self, f: AdFacts, person: dict[str, Hit], key: str) -> Scored:
        if f.hits:
            return _score_ad(f, person, self.catalogue, self.strength, self.score_ad, key, self.hers.get(key))
        first = self.alone.get(key)
        if first is None:
            s = _score_ad(f, person, self.catalogue, self.strength, self.score_ad, key, self.hers.get(key))
            # kept apart from ``s``, which the guard may change: its contributions and stored rows it does not
            self.alone[key] = Scored(
                s.entity_type, s.entity_id, s.contributions, dict(s.scores), dict(s.base), stored=s.stored
            )
            return s
        return Scored(
            "ad", str(f.ad_id), list(first.contributions), dict(first.scores), dict(first.base), stored=first.stored
        )


def _ad_scorer(
    score_entity: Callable[[str, str, dict[str, Hit]], Scored],
) -> Callable[[str, str, dict[str, Hit]], Scored]:
    """``score_entity`` remembering what it made of each run of findings but their evidence: a person's ads
    are scored as her findings with their own evidence first (``_score_ad``), so most of them give the same
    (indicator, count, level, share) in the same order, and a score depends on nothing else (the evidence is
    only listed). A repeat copies the contributions with its own evidence, and the same scores."""
    made: dict[tuple[tuple[str, float, str, float], ...], tuple[list[Contribution], dict[str, float], dict[str, float]]]
    made = {}

    def score(entity_type: str, entity_id: str, hits: dict[str, Hit]) -> Scored:
        key = tuple([(h.indicator, h.count, h.level, h.share) for h in hits.values()])
        got = made.get(key)
        if got is None:
            s = score_entity(entity_type, entity_id, hits)
            made[key] = (list(s.contributions), dict(s.scores), dict(s.base))  # the guard changes the Scored's
            return s
        contributions, scores, base = got
        return Scored(
            entity_type,
            entity_id,
            [
                Contribution(
                    c.indicator,
                    c.title,
                    c.level,
                    c.strength,
                    c.minor,
                    c.third_party,
                    c.risk,
                    tuple(hits[c.indicator].evidence),
                    c.note,
                    c.note_msg,
                    c.note_args,
                )
                for c in contributions
            ],
            dict(scores),
            dict(base),
        )

    return score


class _Persons:
    """The scored profiles' contributions as ``person_rows.slim`` compares an ad's with them, each made once."""

    def __init__(self, profiles: dict[str, Scored], score: Callable[[str], Scored] | None = None) -> None:
        self.profiles, self.score = profiles, score
        self.made: dict[str, person_rows.Person] = {}

    def get(self, key: str) -> person_rows.Person | None:
        """``key``'s (a profile; None for an ad linking has not placed), scored by ``score`` when not given."""
        if key.startswith("ad:"):
            return None
        made = self.made.get(key)
        if made is None:
            s = self.profiles.get(key)
            if s is None:
                if self.score is None:
                    return None
                s = self.score(key)
            made = self.made[key] = person_rows.person(s.contributions)
        return made


def _network_hits(
    links: Links,
    networks: AbstractSet[str] | None,
    person: dict[str, dict[str, Hit]],
    catalogue: Catalogue,
    strength: Callable[[Hit], float],
) -> dict[str, dict[str, Hit]]:
    """Each network's findings (of ``networks``; None: all): the strongest of any of its profiles' merged
    findings, merged in the profiles' order (``person`` holds every profile of them)."""
    cap = catalogue.settings.evidence_per_indicator
    out: dict[str, dict[str, Hit]] = {}
    for pid, nid in links.profile_network.items() if networks is None else links.members(networks):
        if nid is not None:
            merge_hits(out.setdefault(nid, {}), person[pid].values(), cap, strength)
    return out


def _from_kept(
    inc: carry.Incremental, guarded: dict[str, set[str]], links: Links, cat: Catalogue, medians: dict[str, Any]
) -> tuple[list[Scored], list[Scored], list[Scored]]:
    """The guard's second round for linked persons' entities: each scored from its persons' kept findings
    (and an ad's own), as a whole-market run scores it; nothing else moved for them."""
    strength = hit_strength(cat)
    score_entity = scorer(cat)
    ads = inc.facts_of({int(a) for a in guarded["ad"]})
    price_findings(ads.values(), cat, medians)
    networks = guarded["network"]
    wanted = {group_key(a, links) for a in ads} | guarded["profile"]
    wanted |= {p for p, _ in links.members(networks)}
    kept = inc.kept_hits(wanted)

    def profile_of(p: str) -> Scored:  # her profile as her kept findings score it (as stored when last scored)
        return score_entity("profile", p, kept[p])

    by_profile = {p: profile_of(p) for p in sorted(guarded["profile"])}
    hers = _Persons(by_profile, profile_of)
    score_ad = _AdScores(cat, strength, _ad_scorer(score_entity), hers)
    ad_scored = []
    for a, f in ads.items():
        key = group_key(a, links)
        ad_scored.append(score_ad(f, kept[key], key))
    profile_scored = list(by_profile.values())
    network_all = _network_hits(links, networks, kept, cat, strength)
    return ad_scored, profile_scored, [score_entity("network", n, hits) for n, hits in network_all.items()]


def _refresh(
    store: Store,
    cat: Catalogue,
    full: bool,
    on_progress: Callable[[int], None] | None,
    since: changes.Since | None = None,
) -> tuple[dict[int, str], dict[int, AdFacts], list[int]]:
    """Read again every ad whose state moved (and cache it). Returns every current ad's state (``since``:
    only the candidates'), the facts read, and the cached ads that no longer exist (``since``: none)."""
    fp = catalogue_fingerprint(cat)
    ads = None if since is None else since.candidates
    with store.connect() as conn:
        now = facts_cache.states(conn, fp, ads)
        cached = {} if full else facts_cache.cached_states(conn, ads)
    stale = [a for a, state in now.items() if cached.get(a) != state]
    gone = [a for a in cached if a not in now]
    reader_fn = AdReader(cat)
    fresh: dict[int, AdFacts] = {}
    if not stale:
        return now, fresh, gone
    with store.connect() as reader:
        every = since is None and len(stale) == len(now)  # every ad (``since``: ``now`` holds the candidates)
        for batch in iter_ad_views(reader, ad_ids=None if every else stale):
            rows = []
            for view in batch:
                if view.ad_id in now:  # an ad ingested since the states were read waits for the next run
                    fresh[view.ad_id] = read = reader_fn.read(view)
                    rows.append((view.ad_id, now[view.ad_id], read))
            with store.begin() as conn:  # committed per batch: a killed run keeps what it read (keyed by state)
                facts_cache.save(conn, rows)
            if on_progress:
                on_progress(len(batch))
    return now, fresh, gone


def _read_facts(
    store: Store, cat: Catalogue, full: bool, on_progress: Callable[[int], None] | None
) -> tuple[dict[int, AdFacts], int, list[int]]:
    """Every current ad's facts, by ad id: read again where its state changed (and cached), else from the
    cache. Returns the facts, how many ads were read, and the cached ads that no longer exist."""
    now, fresh, gone = _refresh(store, cat, full, on_progress)
    unchanged: dict[int, AdFacts] = {}
    with store.connect() as reader:
        for batch_ in facts_cache.iter_cached(reader, skip=fresh.keys(), keep=now.keys()):
            unchanged.update((f.ad_id, f) for f in batch_)
            if on_progress:
                on_progress(len(batch_))
    facts: dict[int, AdFacts] = {}
    for a in sorted(now):  # ad id order, as a full read gives: the group passes depend on it
        got = fresh.get(a) or unchanged.get(a)
        if got is not None:
            facts[a] = got
    return facts, len(fresh), gone


def _carried(store: Store, cat: Catalogue, full: bool, moved: list[int]) -> tuple[bool, changes.Since | None]:
    """Whether this run can start from the carried market state (else it scores the whole market), and what
    changed since the last run when the stages say (``changes.since``). The scores are checked against their
    digests (a count of each: a pass over the store) only when the stages do not say."""
    if full:
        return False, None
    fp = catalogue_fingerprint(cat)
    with store.connect() as conn:
        if not carry.valid(conn, fp):
            return False, None
        since = changes.since(conn, facts_cache.prefix(fp), _last_ok(conn, STAGE), moved)
        if since is not None:
            return True, since
        return diff.consistent(conn, "scores", "1 = 1", diff.count(conn, diff.ENTITY_KINDS)), None


def _incremental(
    conn: Connection,
    cat: Catalogue,
    links: Links,
    now: dict[int, str],
    fresh: dict[int, AdFacts],
    gone: list[int],
    since: changes.Since | None = None,
) -> tuple[int, int, carry.Delta, list[str], int, outreach_list.Changes]:
    """Score what the day reaches (``carry``) and write it; return (findings, written, delta, skipped,
    entities scored, what changed for the outreach list). ``since``: ``now`` holds the candidates only."""
    facts_cache.delete(conn, gone)
    present = now.keys() if since is None else changes.Present(conn, set(now), since.total)
    inc = carry.Incremental(conn, cat, catalogue_fingerprint(cat), links, present, fresh, since)
    scope = inc.update()
    facts = inc.load(scope)
    ads, profiles, networks, skipped, _, person = _assess(facts, links, cat, scope)
    carry.put_person_hits(conn, person, changed_only=True)
    levels = (ads, profiles, networks)
    extra = inc.more(levels, scope)
    if extra is not None:
        ads2, profiles2, networks2 = _from_kept(inc, extra.guarded, links, cat, scope.medians)
        if extra.persons:  # ads linking has not placed: no kept findings, scored as persons
            more_facts = inc.load(extra)
            ads3, profiles3, networks3, _, _, _ = _assess(more_facts, links, cat, extra)
            ads2, profiles2, networks2 = ads2 + ads3, profiles2 + profiles3, networks2 + networks3
        carry.put_base(conn, (ads2, profiles2, networks2), changed_only=True)
        done = {(s.entity_type, s.entity_id) for level in levels for s in level}
        ads += [s for s in ads2 if (s.entity_type, s.entity_id) not in done]
        profiles += [s for s in profiles2 if (s.entity_type, s.entity_id) not in done]
        networks += [s for s in networks2 if (s.entity_type, s.entity_id) not in done]
    for level, scored in zip(carry.LEVELS, levels, strict=True):
        apply_fairness_guard(scored, cat, scope.bounds[level])
    inc.finish(scope.bounds)
    n_ind, n_written = _write(conn, levels, full=False, gone=inc.delta.gone)
    outreach = outreach_list.Changes(*inc.changes)
    return n_ind, n_written, inc.delta, skipped, sum(len(x) for x in levels), outreach


def run_assess(
    store: Store,
    on_progress: Callable[[int], None] | None = None,
    *,
    catalogue: Catalogue | None = None,
    force: bool = False,
    full: bool = False,
) -> dict[str, Any]:
    """Assess the store (unless nothing changed since the last run and not ``force``); return counts.

    Ads whose state did not change are taken from the facts cache; with the market state carried from the
    last run (``carry``), only the entities the changes reach are scored again, else every entity is scored
    from the whole market's facts (and the state carried); only rows that changed are written (``full``:
    read every ad again, score everything and replace every row; the result is the same).
    """
    cat = catalogue or load_catalogue()
    if not (force or full) and pending(store, cat) == 0:
        return {"up_to_date": True}
    with store.begin() as conn:
        run_id = start_run(conn, STAGE)
    prefix = facts_cache.prefix(catalogue_fingerprint(cat))
    with store.connect() as reader:
        watermark = max_version_seq(reader)
        start = changes.mark(reader, prefix)  # before any ad is read: the next run starts here
        moved = changes.moves(reader)
    info: dict[str, Any] = {} if start is None else {changes.MARK: start}
    carried, since = _carried(store, cat, full, moved)
    if carried:
        # a run from the carried state allocates ~10^5-10^6 objects without cycles (``kartlegg.cycles``)
        with collector_paused():
            now, fresh, gone = _refresh(store, cat, full, on_progress, since)
            # the day's rows are read by key all over the store, most pages more than once (``DAY_CACHE_KIB``)
            with store.begin() as conn, page_cache(conn, DAY_CACHE_KIB):
                # what changed is known (``since``): the links of what the run reaches, looked up; else all of them
                links = load_links(conn) if since is None else LiveLinks(conn)
                n_ind, n_written, delta, skipped, n_scored, outreach = _incremental(
                    conn, cat, links, now, fresh, gone, since
                )
                info |= {"ads": delta.ads, "profiles": delta.profiles, "networks": delta.networks, "scored": n_scored}
                info["compared"] = "all" if since is None else len(since.candidates) + len(since.moved)
                changes.forget_moves(conn, moved)
                known = None
                if since is not None and since.sites is not None:  # persons: profiles, and ads without one
                    known = (since.sites, len(links.profile_network) + since.total - len(links.ad_profile))
                _finish(
                    conn, cat, run_id, watermark, info, n_ind, n_written, len(fresh), skipped, full, outreach, known
                )
    else:
        with store.connect() as reader:
            links = load_links(reader)
        facts, n_read, gone = _read_facts(store, cat, full, on_progress)
        ads, profiles, networks, skipped, analyser, person = _assess(facts, links, cat)
        with store.begin() as conn:
            facts_cache.delete(conn, gone)
            n_ind, n_written = _write(conn, (ads, profiles, networks), full=full)
            carry.rebuild(
                conn,
                cat,
                catalogue_fingerprint(cat),
                facts,
                links,
                analyser.clusters,
                analyser.site_wide,
                analyser.max_sharing,
                (ads, profiles, networks),
                person,
            )
            info |= {"ads": len(ads), "profiles": len(profiles), "networks": len(networks)}
            changes.forget_moves(conn, moved)
            _finish(conn, cat, run_id, watermark, info, n_ind, n_written, n_read, skipped, full)
    internal = ("catalogue", outreach_list.BUILT, "totals", changes.MARK, "compared")
    return {k: v for k, v in info.items() if k not in internal}


def _finish(
    conn: Connection,
    cat: Catalogue,
    run_id: int,
    watermark: int,
    info: dict[str, Any],
    n_ind: int,
    n_written: int,
    n_read: int,
    skipped: list[str],
    full: bool,
    changes: outreach_list.Changes | None = None,
    known: tuple[dict[int, int], int] | None = None,
) -> None:
    """Bring the outreach list up to date (only what ``changes`` reach, when given) and record the run
    (``info`` gets its counts; ``known``: ads per site and persons kept by difference, else counted)."""
    totals = contacts.totals(conn, known)  # what readers classify contact routes against until the next run
    built: dict[str, Any] = {}
    n_outreach = outreach_list.build(conn, cat, full=full, changes=changes, totals=totals, stats=built)
    info.update(built)
    info.update(
        {
            "findings": n_ind,
            "read": n_read,
            "written": n_written,
            "catalogue": catalogue_fingerprint(cat),
            outreach_list.BUILT: n_outreach,
            "totals": totals,
        }
    )
    if skipped:
        info["skipped"] = len(skipped)
    finish_run(conn, run_id, watermark=watermark, info=info)
