"""The market state carried between assess runs, so a day rescores what it reaches, not the whole market.

A person's findings depend on the whole market: who else uses her phone or photo (and whether it is a site's
own line, or used by more persons than ``max_profiles_share``), which other ads share her ad's template,
her city's median price, and, through the fairness guard, the top-decile boundary of every score of her
level. Each of these is carried in the store (migration 0035) and updated from what changed:

* ``assess_ads``: each ad's site, person (profile or ``ad:ID``), template signature and cluster, city and
  price; ``assess_keys``: its contact and image keys; ``assess_bands``: its template's LSH bands;
  ``assess_key_sites`` and ``assess_key_persons`` (0036): each key's ads per site and its persons, moved by
  what a run changed (never recounted over a key's every holder), so site lines and the sharing cap's
  crossings are index ranges;
* ``assess_profiles``: each profile's network; ``assess_person_hits`` (0062): each profile's merged
  findings; ``assess_base``: each entity's scores without sensitive
  findings, with them (before the guard) and whether they lift it;
* ``assess_carry``: the site lines, the sharing cap, the price medians and the guard's boundaries of the
  last run, the catalogue they were computed under and the state's version (no row: rebuild).

A run finds the ads that changed (new, new version, re-extracted, erased) and the ads linking moved to
another person; the persons of both (before and after) are scored again, and so is everyone they reach
whose findings can move: the holders of every key such an ad has or had (an image's always; a contact's
when its count of persons moved below the sharing indicators' saturation or across the sharing cap), the
holders of every key that became or stopped being a site line or crossed the sharing cap, every member of
a template cluster that gained, lost or regrouped a member (unless her old cluster and every cluster its
ads went to have at least the indicator's saturating count of persons), every priced ad whose median moved where that
moves its finding, every profile of a network whose profiles changed, every network that holds a rescored
profile (merged from its other profiles' kept findings, ``assess_person_hits``), and last every
lifted entity of a level whose boundary moved that the guard acts on at the old or the new boundary (read
from its kept scores with and without sensitive findings; scored from its persons' kept findings, since
nothing else moved for it). A count beyond saturation and the co-holders a
finding names are read when shown (``shared_notes``), not stored. Their findings are computed from their
own ads and the ads sharing a key with them (decoded from the facts cache), against the carried market
values, in the order a whole-market run visits them, so each result is exactly that of ``kartlegg assess
--full`` (tests/assess/test_incremental.py).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from hashlib import blake2b
from typing import Any

import numpy as np
import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.assess import facts_cache
from kartlegg.assess.ad_facts import AdFacts
from kartlegg.assess.catalogue import Catalogue
from kartlegg.assess.changes import Since
from kartlegg.assess.group_facts import (
    Medians,
    contact_kinds,
    group_key,
    price_key,
    price_medians,
    sharing_cap,
    template_params,
)
from kartlegg.assess.inputs import Links, LiveLinks
from kartlegg.assess.model import Hit
from kartlegg.assess.scoring import DIMENSIONS, Scored, boundaries, guard_may_act, lifted
from kartlegg.store.engine import fetch_all, fetch_in, placeholder

#: bump when what is carried, or how, changes: the next run then rebuilds it all
# 2: band keys as 64-bit hashes, signatures as bytes (migration 0037); 3: each entity's scores with sensitive
# findings kept beside its base (migration 0039); 4: shared contacts' and template clusters' findings counted
# when read (``shared_notes``): the stored findings changed form; 5: each profile's merged findings kept
# (``assess_person_hits``, migration 0062); 6: a placed ad's rows hold only its own part of its person's
# findings (``person_rows``): the stored findings changed form
VERSION = "6"
CHUNK = 500
LEVELS = ("ad", "profile", "network")


@dataclass(slots=True)
class Scope:
    """What an incremental run scores, and the market values it scores against."""

    persons: set[str]
    networks: set[str]
    site_wide: set[str]
    max_sharing: int
    clusters: list[list[int]]
    medians: dict[str, Medians]
    bounds: dict[str, dict[str, float]] = field(default_factory=dict)
    #: each contact key of the scored persons: its count of persons (the sharing finding needs no more of
    #: its other holders, so their ads are not loaded)
    key_persons: dict[str, int] = field(default_factory=dict)
    #: the kept merged findings of the profiles of the scored networks that are not scored themselves: a
    #: network's findings are its profiles' merged (``run._assess``)
    kept: dict[str, dict[str, Hit]] = field(default_factory=dict)
    #: the guard's second round: the entities of linked persons it scores again, by level, from their
    #: persons' kept findings (nothing but the guard's boundary moved for them)
    guarded: dict[str, set[str]] = field(default_factory=dict)


def _chunks(items: list[Any], n: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _in(conn: Connection, sql: str, ids: Collection[Any]) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (with ``IN :ids``) for ``ids``, ``CHUNK`` ids a statement."""
    return fetch_in(conn, sql, ids, CHUNK)


def keys_of(f: AdFacts) -> set[str]:
    """An ad's contact (``kind:value``) and image keys: what the sharing detectors and site lines count."""
    return {f"{k}:{v}" for k, v in f.contacts} | set(f.images)


def _sig_bytes(f: AdFacts) -> bytes | None:
    """The signature as stored: big-endian 32-bit values (256 bytes at 64 permutations)."""
    return f.signature.hashvalues.astype(">u4").tobytes() if f.signature is not None else None


def _bands(hashvalues: Any, b: int, r: int) -> list[int]:
    """The LSH band keys of a signature (``minhash.MinHashLSH``'s bands): each band, its number with its
    values, as a 64-bit hash signed to fit an SQLite INTEGER and a PostgreSQL BIGINT. Two different bands
    may share a key; ``_share_band`` keeps only the candidates that share a band itself."""
    values = np.ascontiguousarray(hashvalues[: b * r], dtype="<u4").reshape(b, r)
    return [
        int.from_bytes(
            blake2b(i.to_bytes(2, "little") + values[i].tobytes(), digest_size=8).digest(), "little", signed=True
        )
        for i in range(b)
    ]


def _share_band(x: Any, y: Any, b: int, r: int) -> bool:
    """True when two signatures agree on every value of at least one band: an LSH candidate pair."""
    n = b * r
    return bool((x[:n] == y[:n]).reshape(b, r).all(axis=1).any())


def _lsh(cat: Catalogue) -> tuple[float, int, int] | None:
    """(threshold, bands, rows) of the shared-template index, or None without the detector."""
    params = template_params(cat)
    if params is None:
        return None
    from kartlegg.minhash import optimal_bands  # numpy, imported when used

    b, r = optimal_bands(params[0], params[1])
    return params[0], b, r


def _sig(raw: bytes) -> Any:
    from kartlegg.minhash import MinHash

    return MinHash(np.frombuffer(bytes(raw), dtype=">u4").astype(np.uint32))


# -- the stored market values ----------------------------------------------------------------------------
def _json_bounds(bounds: dict[str, dict[str, float]]) -> dict[str, dict[str, float | None]]:
    return {lv: {d: (None if v == float("inf") else v) for d, v in b.items()} for lv, b in bounds.items()}


def _unjson_bounds(raw: dict[str, dict[str, float | None]]) -> dict[str, dict[str, float]]:
    return {lv: {d: (float("inf") if v is None else float(v)) for d, v in b.items()} for lv, b in raw.items()}


def valid(conn: Connection, catalogue_fp: str) -> bool:
    """True when the carried state describes the last run under this catalogue (else: rebuild)."""
    rows = {str(r[0]): str(r[1]) for r in conn.execute(text("SELECT name, value FROM assess_carry"))}
    return rows.get("version") == VERSION and rows.get("catalogue") == catalogue_fp and "market" in rows


def _save_market(
    conn: Connection,
    catalogue_fp: str,
    site_wide: set[str],
    max_sharing: int,
    medians: dict[str, Medians],
    bounds: dict[str, dict[str, float]],
) -> None:
    market = {
        "site_wide": sorted(site_wide),
        "max_sharing": max_sharing,
        "medians": {k: [own, overall] for k, (own, overall) in medians.items()},
        "bounds": _json_bounds(bounds),
    }
    # only its own rows: the outreach list keeps its state here too (``outreach_list.STATE``)
    conn.execute(text("DELETE FROM assess_carry WHERE name IN ('version', 'catalogue', 'market')"))
    conn.execute(
        text("INSERT INTO assess_carry (name, value) VALUES (:n, :v)"),
        [
            {"n": "version", "v": VERSION},
            {"n": "catalogue", "v": catalogue_fp},
            {"n": "market", "v": orjson.dumps(market).decode()},
        ],
    )


def _load_market(conn: Connection) -> dict[str, Any]:
    raw = conn.execute(text("SELECT value FROM assess_carry WHERE name = 'market'")).scalar_one()
    market: dict[str, Any] = orjson.loads(raw)
    market["site_wide"] = set(market["site_wide"])
    market["medians"] = {
        k: ({str(c): float(m) for c, m in v[0].items()}, float(v[1])) for k, v in market["medians"].items()
    }
    market["bounds"] = _unjson_bounds(market["bounds"])
    return market


# -- writing the per-ad rows -----------------------------------------------------------------------------
def _insert(conn: Connection, table: str, cols: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    ph = placeholder(conn)
    n = cols.count(",") + 1
    sql = f"INSERT INTO {table} ({cols}) VALUES ({', '.join([ph] * n)})"
    for chunk in _chunks(rows, 5000):
        conn.exec_driver_sql(sql, chunk)


def _ad_row(f: AdFacts, grp: str, tcluster: int | None) -> tuple[Any, ...]:
    price = f.hourly_eur[0] if f.hourly_eur is not None else None
    return (f.ad_id, f.site, grp, _sig_bytes(f), tcluster, price_key(f), price)


def _put_ads(
    conn: Connection,
    facts: Iterable[AdFacts],
    links: Links,
    tcluster: dict[int, int | None],
    lsh: tuple[float, int, int] | None,
) -> None:
    ads: list[tuple[Any, ...]] = []
    keys: list[tuple[Any, ...]] = []
    bands: list[tuple[Any, ...]] = []
    for f in facts:
        ads.append(_ad_row(f, group_key(f.ad_id, links), tcluster.get(f.ad_id)))
        keys.extend((k, f.ad_id) for k in sorted(keys_of(f)))
        if lsh is not None and f.signature is not None:
            bands.extend((b, f.ad_id) for b in _bands(f.signature.hashvalues, lsh[1], lsh[2]))
    _insert(conn, "assess_ads", "ad_id, site, grp, sig, tcluster, city, price", ads)
    _insert(conn, "assess_keys", "key, ad_id", keys)
    _insert(conn, "assess_bands", "band, ad_id", bands)


#: each key's ads per site and its persons, counted from the carried rows (``{where}``: all, or some keys)
_KEY_COUNTS = (
    "INSERT INTO assess_key_sites (key, site, ads) SELECT k.key, a.site, COUNT(*) FROM assess_keys k "
    "CROSS JOIN assess_ads a WHERE a.ad_id = k.ad_id {where} GROUP BY k.key, a.site",
    "INSERT INTO assess_key_persons (key, persons) SELECT k.key, COUNT(DISTINCT a.grp) FROM assess_keys k "
    "CROSS JOIN assess_ads a WHERE a.ad_id = k.ad_id {where} GROUP BY k.key",
)


def _holdings(conn: Connection, persons: Collection[str], keys: AbstractSet[str]) -> set[tuple[str, str]]:
    """The (key, person) pairs of ``keys`` that ``persons`` hold through any of their carried ads: read from
    the persons' ads, never from every holder of a key (a stock photo is on a fifth of the market)."""
    sql = (
        "SELECT DISTINCT k.key, a.grp FROM assess_ads a CROSS JOIN assess_keys k "
        "WHERE a.grp IN :ids AND k.ad_id = a.ad_id"
    )
    return {(str(r[0]), str(r[1])) for r in _in(conn, sql, persons) if str(r[0]) in keys}


def _count_by_difference(conn: Connection, sites: Counter[tuple[str, str]], persons: Counter[str]) -> None:
    """Move the kept counts by what a run changed: ``sites``, each (key, site)'s ads gained (or lost, below
    zero); ``persons``, each key's persons gained or lost. A count that reaches 0 goes, as a recount has none."""
    ph = placeholder(conn)
    for table, cols, key_cols, delta in (
        ("assess_key_sites", "key, site, ads", "key, site", [(*k, n) for k, n in sorted(sites.items()) if n]),
        ("assess_key_persons", "key, persons", "key", [(k, n) for k, n in sorted(persons.items()) if n]),
    ):
        count = cols.rsplit(", ", 1)[1]
        upsert = (
            f"INSERT INTO {table} ({cols}) VALUES ({', '.join([ph] * (cols.count(',') + 1))}) "
            f"ON CONFLICT ({key_cols}) DO UPDATE SET {count} = {table}.{count} + excluded.{count}"
        )
        where = " AND ".join(f"{c} = {ph}" for c in key_cols.split(", "))
        for chunk in _chunks(delta, 5000):
            conn.exec_driver_sql(upsert, chunk)
            lost = [row[:-1] for row in chunk if row[-1] < 0]
            if lost:
                conn.exec_driver_sql(f"DELETE FROM {table} WHERE {where} AND {count} <= 0", lost)


_BASE_COLS = "entity_type, entity_id, risk, minor, third_party, lifted, full_risk, full_minor, full_third_party"


def _stored_base(conn: Connection, rows: list[tuple[Any, ...]]) -> dict[tuple[str, str], tuple[Any, ...]]:
    """The ``assess_base`` rows stored for the entities of ``rows``, by (entity type, id)."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by_type[r[0]].append(r[1])
    out: dict[tuple[str, str], tuple[Any, ...]] = {}
    sql = f"SELECT {_BASE_COLS} FROM assess_base WHERE entity_type = {placeholder(conn)} AND entity_id IN :ids"
    for etype, ids in by_type.items():
        for r in fetch_in(conn, sql, ids, CHUNK, (etype,)):
            out[(str(r[0]), str(r[1]))] = tuple(r)
    return out


def put_base(conn: Connection, levels: Iterable[list[Scored]], *, changed_only: bool = False) -> None:
    """Store the entities' base scores. ``changed_only``: write only the rows whose values moved, and of a
    stored row only the columns that moved; a day rescores ~14 entities per new ad and most keep their
    values (2,709 of 14,133 moved on a 1,000-ad day), and each column set moves its index's entry even when
    its value is the same (a 1M day: 695 of ``ix_assess_base_minor``'s 1,004 pages written were unchanged)."""
    rows: list[tuple[Any, ...]] = [
        (
            s.entity_type,
            s.entity_id,
            *(s.base[d] for d in DIMENSIONS),
            int(lifted(s)),
            *(s.scores[d] + s.capped.get(d, 0.0) for d in DIMENSIONS),  # before the guard
        )
        for level in levels
        for s in level
    ]
    ph = placeholder(conn)
    cols = _BASE_COLS.split(", ")
    if changed_only and rows:
        stored = _stored_base(conn, rows)
        by_cols: dict[tuple[int, ...], list[tuple[Any, ...]]] = defaultdict(list)
        fresh: list[tuple[Any, ...]] = []
        for r in rows:
            was = stored.get((r[0], r[1]))
            if was is None:
                fresh.append(r)
            elif was != r:
                moved = tuple(i for i in range(2, len(cols)) if was[i] != r[i])
                by_cols[moved].append((*(r[i] for i in moved), r[0], r[1]))
        for moved, params in sorted(by_cols.items()):
            sets = ", ".join(f"{cols[i]} = {ph}" for i in moved)
            for chunk in _chunks(params, 5000):
                conn.exec_driver_sql(
                    f"UPDATE assess_base SET {sets} WHERE entity_type = {ph} AND entity_id = {ph}", chunk
                )
        rows = fresh
    sql = (
        f"INSERT INTO assess_base ({_BASE_COLS}) VALUES ({', '.join([ph] * len(cols))}) "
        "ON CONFLICT (entity_type, entity_id) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in cols[2:])
    )
    for chunk in _chunks(rows, 5000):
        conn.exec_driver_sql(sql, chunk)


def put_person_hits(conn: Connection, person: dict[str, dict[str, Hit]], *, changed_only: bool = False) -> None:
    """Keep the profiles' merged findings (``ad:`` persons have no network). ``changed_only``: write only
    the rows whose findings moved (most of a day's scored persons keep theirs)."""
    rows = {p: facts_cache.encode_hits(h.values()).decode() for p, h in person.items() if not p.startswith("ad:")}
    if changed_only and rows:
        sql = "SELECT profile_id, hits FROM assess_person_hits WHERE profile_id IN :ids"
        for r in _in(conn, sql, list(rows)):
            if rows.get(str(r[0])) == str(r[1]):
                del rows[str(r[0])]
    ph = placeholder(conn)
    sql = (
        f"INSERT INTO assess_person_hits (profile_id, hits) VALUES ({ph}, {ph}) "
        "ON CONFLICT (profile_id) DO UPDATE SET hits = excluded.hits"
    )
    for chunk in _chunks(sorted(rows.items()), 5000):
        conn.exec_driver_sql(sql, chunk)


def _level_bounds(conn: Connection, cat: Catalogue) -> dict[str, dict[str, float]]:
    """Each level's guard boundaries over every stored base score: the k-th largest value of each score
    (``scoring.top_decile_boundary``), read through the level's index on that score."""
    q = cat.settings.fairness_quantile
    out: dict[str, dict[str, float]] = {}
    for level in LEVELS:
        n = int(
            conn.execute(text("SELECT COUNT(*) FROM assess_base WHERE entity_type = :t"), {"t": level}).scalar_one()
        )
        if n == 0:
            out[level] = boundaries([], cat)
            continue
        k = max(1, math.ceil(n * (1.0 - q)))
        out[level] = {
            dim: float(
                conn.execute(
                    text(f"SELECT {dim} FROM assess_base WHERE entity_type = :t ORDER BY {dim} DESC LIMIT 1 OFFSET :o"),
                    {"t": level, "o": k - 1},
                ).scalar_one()
            )
            for dim in DIMENSIONS
        }
    return out


def _lifted_near(conn: Connection, level: str, moved: list[tuple[int, float, float | None]]) -> list[tuple[Any, ...]]:
    """The lifted entities of ``level`` whose scores may straddle a moved boundary (``moved``: index, new, old;
    ``guard_may_act`` with a margin): (id, base scores, full scores). Only these leave the database: ~40 % of a
    level is lifted on a market like the independent corpus, and a few percent reach a boundary. Each moved
    score is one range of its full score (``ix_assess_base_full_*``, migration 0075) and its rows carried
    before the full scores were kept (NULL), not a pass over every lifted entity of the level; a boundary
    not known before (None) reads them all."""
    cols = "entity_id, risk, minor, third_party, full_risk, full_minor, full_third_party"
    head = f"SELECT {cols} FROM assess_base WHERE entity_type = :t AND lifted = 1"
    params: dict[str, Any] = {"t": level}
    parts: list[str] = []
    for i, new, prior in moved:
        if prior is None:
            parts = [head]
            break
        d = DIMENSIONS[i]
        params[f"lo{i}"], params[f"hi{i}"] = min(new, prior) - 1e-4, max(new, prior) + 1e-4
        parts.append(f"{head} AND full_{d} IS NULL")
        parts.append(f"{head} AND full_{d} >= :lo{i} AND {d} < :hi{i}")
    if not parts:
        return []
    return [tuple(r) for r in conn.execute(text(" UNION ".join(parts)), params)]


def rebuild(
    conn: Connection,
    cat: Catalogue,
    catalogue_fp: str,
    facts: dict[int, AdFacts],
    links: Links,
    clusters: list[list[int]] | None,
    site_wide: set[str],
    max_sharing: int,
    levels: tuple[list[Scored], list[Scored], list[Scored]],
    person: dict[str, dict[str, Hit]],
) -> None:
    """Carry the state of a whole-market run (its facts, template clusters, market values, scores and
    each person's merged findings)."""
    for table in (
        "assess_ads",
        "assess_keys",
        "assess_key_sites",
        "assess_key_persons",
        "assess_bands",
        "assess_base",
        "assess_profiles",
        "assess_person_hits",
    ):
        conn.execute(text(f"DELETE FROM {table}"))
    lsh = _lsh(cat)
    if clusters is None and lsh is not None:  # the detector did not run (nothing linked yet): cluster now
        from kartlegg.assess.group_facts import template_clusters

        ind = next(i for i in cat.at_level("profile") if i.detector == "shared_template")
        clusters = template_clusters(facts.values(), ind)
    tcluster: dict[int, int | None] = {a: members[0] for members in clusters or [] for a in members}
    _put_ads(conn, facts.values(), links, tcluster, lsh)
    for sql in _KEY_COUNTS:
        conn.exec_driver_sql(sql.format(where=""))
    put_base(conn, levels)
    put_person_hits(conn, person)
    _insert(conn, "assess_profiles", "profile_id, network_id", list(links.profile_network.items()))
    forget_journal(conn)
    medians = price_medians(((price_key(f), f.hourly_eur[0]) for f in facts.values() if f.hourly_eur is not None), cat)
    bounds = {s[0].entity_type: boundaries((x.base for x in s), cat) for s in levels if s}
    for level in LEVELS:
        bounds.setdefault(level, boundaries([], cat))
    _save_market(conn, catalogue_fp, site_wide, max_sharing, medians, bounds)


#: the triggers of 0076 that keep ``assess_profile_moves``: without every one, it is not read
PROFILE_TRIGGERS = frozenset(f"assess_profile_moves_{event}" for event in ("ins", "upd", "del"))


def journaled_profiles(conn: Connection) -> list[str] | None:
    """The profiles written (inserted, moved to another network, deleted) since the last assess run, as the
    triggers of 0076 keep them (SQLite), or None when the store keeps none: every profile is compared then."""
    if conn.dialect.name != "sqlite":
        return None
    sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'assess_profile_moves_%'"
    if not PROFILE_TRIGGERS <= {str(r[0]) for r in fetch_all(conn, sql)}:
        return None
    return [str(r[0]) for r in fetch_all(conn, "SELECT profile_id FROM assess_profile_moves")]


def forget_journal(conn: Connection) -> None:
    """The run has brought ``assess_profiles`` up to the profiles: the next one starts from what is written after."""
    conn.exec_driver_sql("DELETE FROM assess_profile_moves")


def _guard_moves(
    base: Sequence[float], full: Sequence[float | None], moved: Iterable[tuple[int, float, float | None]]
) -> bool:
    """Whether a lifted entity's guarded scores may differ between a dimension's old and new boundary
    (``moved``: index, new, old): the guard acts on it at either. One carried before its scores with
    sensitive findings were kept (None) may."""
    for i, new, was in moved:
        f = full[i]
        if f is None or guard_may_act(base[i], f, new) or guard_may_act(base[i], f, was):
            return True
    return False


# -- an incremental run ----------------------------------------------------------------------------------
def _threshold(ratio: float, *medians: float) -> float | None:
    """The price below which an ad's low-price finding may differ between these medians (None: never)."""
    return max((ratio * m for m in medians if m > 0), default=None)


def _unsaturated(top: float, *persons: int) -> bool:
    """A template cluster whose count of persons, before or after, is below the indicator's saturation:
    its members' findings may move (beyond it the count is read when shown)."""
    return min(persons) < top


class _Prev(dict[int, tuple[str, "int | None"]]):
    """Each carried ad's person and template cluster as the run found them: every ad's (``ids`` None), or
    the ads that may have changed (``ids``), read first, and others read when needed (``fill``) before their
    rows are written: an unchanged ad's row keeps its values until ``_templates`` renumbers clusters."""

    def __init__(self, conn: Connection, ids: Collection[int] | None) -> None:
        super().__init__()
        self.conn = conn
        self.complete = ids is None
        self.asked: set[int] = set()
        if ids is None:
            self._put(fetch_all(conn, "SELECT ad_id, grp, tcluster FROM assess_ads"))
        else:
            self.fill(ids)

    def _put(self, rows: Iterable[tuple[Any, ...]]) -> None:
        self.update((int(r[0]), (str(r[1]), None if r[2] is None else int(r[2]))) for r in rows)

    def fill(self, ads: Iterable[int]) -> None:
        """Read the rows of these ads not asked for yet (an ad asked for and not carried stays out)."""
        if self.complete:
            return
        want = {a for a in ads if a not in self.asked}
        self.asked |= want
        self._put(_in(self.conn, "SELECT ad_id, grp, tcluster FROM assess_ads WHERE ad_id IN :ids", want))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, x: Hashable) -> Hashable:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


@dataclass(slots=True)
class Delta:
    """What an incremental run found changed: for the caller's write and counts."""

    gone: list[tuple[str, str]]
    ads: int
    profiles: int
    networks: int


class Incremental:
    """One incremental run inside the caller's transaction: update the carried state, decide the scope."""

    def __init__(
        self,
        conn: Connection,
        cat: Catalogue,
        catalogue_fp: str,
        links: Links,
        now: Collection[int],
        fresh: dict[int, AdFacts],
        since: Since | None = None,
    ) -> None:
        self.conn, self.cat, self.fp, self.links = conn, cat, catalogue_fp, links
        # every current ad (membership only: no per-ad map of the store is built); with ``since`` (what
        # changed, from the stages) a ``changes.Present``, never iterated
        self.now = now
        self.fresh = fresh
        self.since = since
        self.market = _load_market(conn)
        # what the sharing and template indicators count, and the count of persons they saturate at
        sharing = [i for i in cat.indicators if i.detector == "persons_per_phone"]
        self.sharing_kinds = {k for i in sharing for k in contact_kinds(i)}
        self.sharing_top = max((i.saturates_at for i in sharing), default=0.0)
        self.template_top = max(
            (i.saturates_at for i in cat.indicators if i.detector == "shared_template"), default=math.inf
        )

    def _grp(self, ad: int) -> str:
        return group_key(ad, self.links)

    def _live(self, person: str) -> bool:
        """A current profile, or a current ad linking has not placed."""
        if person in self.links.profile_network:
            return True
        if not person.startswith("ad:") or not person[3:].isdigit():
            return False
        ad = int(person[3:])
        return ad in self.now and self._grp(ad) == person

    # -- the ads ------------------------------------------------------------------------------------
    def update(self) -> Scope:
        """Bring the carried state up to date; return the persons and networks to score and the market."""
        conn, links, since = self.conn, self.links, self.since
        placed = links.ad_profile
        if since is None:  # every ad compared
            prev = _Prev(conn, None)
            missing = [a for a in self.now if a not in prev and a not in self.fresh]
            gone = [a for a in prev if a not in self.now]
            maybe_moved: Iterable[int] = prev
        else:  # only the ads the stages changed: none is gone (``changes.since``)
            prev = _Prev(conn, {*self.fresh, *since.candidates, *since.moved})
            missing = [a for a in since.candidates if a not in prev and a not in self.fresh]
            gone = []
            maybe_moved = since.moved
            links.prefetch([*self.fresh, *since.candidates, *since.moved])
        for batch in facts_cache.iter_cached(conn, keep=set(missing)) if missing else ():
            self.fresh.update((f.ad_id, f) for f in batch)
        changed = set(self.fresh) | set(gone)
        moved = sorted(
            a
            for a in maybe_moved
            if a in prev
            and prev[a][0] != (placed[a] if a in placed else f"ad:{a}")  # ``_grp`` inlined: may visit every ad
            and a in self.now
            and a not in self.fresh
        )
        persons: set[str] = set()
        for a in (*changed, *moved):
            if a in self.now:
                persons.add(self._grp(a))
            if a in prev:
                persons.add(prev[a][0])
        # what the outreach list builds again (``outreach_list.Changes``): these ads' persons, before and after
        self.changes = (sorted({*changed, *moved}), set(persons))
        # keys whose holders changed: every key a changed or moved ad has or had
        had = list(
            _in(
                conn,
                "SELECT k.key, a.site, k.ad_id FROM assess_keys k CROSS JOIN assess_ads a "
                "WHERE k.ad_id IN :ids AND a.ad_id = k.ad_id",
                [*changed, *moved],
            )
        )
        touched: set[str] = {str(r[0]) for r in had}
        for f in self.fresh.values():
            touched |= keys_of(f)
        # the kept counts move by difference: the changed ads' (key, site) rows, the persons' (key, person) pairs
        sites_delta = Counter((k, f.site) for f in self.fresh.values() for k in keys_of(f))
        sites_delta.subtract((str(k), str(site)) for k, site, a in had if a in changed)
        affected = set(persons)
        held_before = _holdings(conn, affected, touched)
        old_rows = _in(conn, "SELECT ad_id, sig, city, price FROM assess_ads WHERE ad_id IN :ids", [*self.fresh, *gone])
        # the fresh ads' and the gone ads' (their bands are deleted by key)
        old_sig = {int(r[0]): (None if r[1] is None else bytes(r[1])) for r in old_rows}
        # the cities whose median price may move: the changed ads' before and after (``_prices``)
        priced = {None if r[2] is None else str(r[2]) for r in old_rows if r[3] is not None}
        priced |= {price_key(f) for f in self.fresh.values() if f.hourly_eur is not None}
        # the changed ads' rows, written again (a fresh ad keeps its cluster when its signature did not move)
        for table in ("assess_ads", "assess_keys"):
            for chunk in _chunks(sorted(changed)):
                conn.execute(
                    text(f"DELETE FROM {table} WHERE ad_id IN :ids").bindparams(bindparam("ids", expanding=True)),
                    {"ids": chunk},
                )
        lsh = _lsh(self.cat)
        sig_moved = [a for a in self.fresh if _sig_bytes(self.fresh[a]) != old_sig.get(a)]
        removed = [a for a in gone if prev[a][1] is not None] + [a for a in sig_moved if old_sig.get(a) is not None]
        added = [a for a in sig_moved if self.fresh[a].signature is not None]
        keep_cluster = {a: prev[a][1] for a in self.fresh if a in prev and a not in sig_moved}
        ads_rows = [_ad_row(self.fresh[a], self._grp(a), keep_cluster.get(a)) for a in sorted(self.fresh)]
        _insert(conn, "assess_ads", "ad_id, site, grp, sig, tcluster, city, price", ads_rows)
        _insert(
            conn,
            "assess_keys",
            "key, ad_id",
            [(k, a) for a in sorted(self.fresh) for k in sorted(keys_of(self.fresh[a]))],
        )
        if moved:
            conn.execute(
                text("UPDATE assess_ads SET grp = :g WHERE ad_id = :a"), [{"g": self._grp(a), "a": a} for a in moved]
            )
        persons_delta = Counter(k for k, _ in _holdings(conn, affected, touched))
        persons_delta.subtract(k for k, _ in held_before)
        _count_by_difference(conn, sites_delta, persons_delta)
        max_sharing = sharing_cap(self.cat, links)
        old_cap = int(self.market["max_sharing"])
        touched -= self._steady(touched, persons_delta, old_cap, max_sharing)
        # templates: clusters that lost, gained or regrouped a member
        regrouped: set[int] = set()
        if lsh is not None:
            regrouped = self._templates(lsh, prev, {a: old_sig[a] for a in removed}, added)
        moved_clusters = {prev[a][1] for a in moved if prev[a][1] is not None}
        if moved_clusters:  # a member moved to another person: the others keep theirs beyond saturation
            sql = "SELECT tcluster, ad_id FROM assess_ads WHERE tcluster IN :ids"
            members: dict[int, list[int]] = defaultdict(list)
            for r in _in(conn, sql, list(moved_clusters)):
                members[int(r[0])].append(int(r[1]))
            prev.fill(a for ads in members.values() for a in ads)  # their persons: no member's moved since
            self.links.prefetch_persons(a for ads in members.values() for a in ads)  # not one lookup each
            top = self.template_top
            for ads in members.values():
                was = len({prev[a][0] for a in ads if a in prev})
                if _unsaturated(top, was, len({self._grp(a) for a in ads})):
                    regrouped.update(ads)
        self.links.prefetch_persons(regrouped)
        persons |= {self._grp(a) for a in regrouped if a in self.now}
        # site lines and the sharing cap
        site_wide = self._site_wide()
        old_wide: set[str] = self.market["site_wide"]
        touched |= site_wide ^ old_wide
        touched -= site_wide & old_wide  # a site's line both before and after: no finding reads who holds it
        if max_sharing != old_cap:
            lo, hi = sorted((old_cap, max_sharing))
            touched |= {
                str(r[0])
                for r in conn.execute(
                    text("SELECT key FROM assess_key_persons WHERE persons > :lo AND persons <= :hi"),
                    {"lo": lo, "hi": hi},
                )
            }
        holders = [int(r[0]) for r in _in(conn, "SELECT ad_id FROM assess_keys WHERE key IN :ids", touched)]
        links.prefetch(holders)
        persons |= {self._grp(a) for a in holders}
        # prices: ads whose finding a moved median changes
        medians = self._prices(persons, priced)
        # networks: profiles whose network changed, networks of rescored profiles, and all their profiles
        changed_profiles, gone_profiles, prev_net = self._profile_changes()
        cur_net = links.profile_network
        # a network whose profiles changed: its size finding moves, and with it every profile's findings
        networks = {n for p in (*changed_profiles, *gone_profiles) for n in (prev_net.get(p), cur_net.get(p)) if n}
        persons |= set(changed_profiles)
        persons |= {p for p, _ in links.members(networks)}
        # a network holding a rescored profile: merged from the others' kept findings (``Scope.kept``)
        networks |= {n for p in persons if (n := cur_net.get(p))}
        # a network is gone when every profile it had moved or went: its profiles are among those
        had_nets = {n for p in (*changed_profiles, *gone_profiles) if (n := prev_net.get(p))}
        gone_networks = had_nets - links.existing(had_nets)
        self._put_profiles(changed_profiles, gone_profiles)
        self.delta = Delta(
            gone=[("ad", str(a)) for a in gone]
            + [("profile", p) for p in gone_profiles]
            + [("network", n) for n in sorted(gone_networks)],
            ads=len(self.now),
            profiles=len(cur_net),
            networks=links.networks(),
        )
        for chunk in _chunks(self.delta.gone):
            conn.execute(
                text("DELETE FROM assess_base WHERE entity_type = :t AND entity_id = :i"),
                [{"t": t, "i": i} for t, i in chunk],
            )
        self.site_wide, self.max_sharing, self.medians = site_wide, max_sharing, medians
        live = {p for p in persons if self._live(p)}
        return Scope(live, links.existing(networks), site_wide, max_sharing, [], medians)

    def _profile_changes(self) -> tuple[list[str], list[str], dict[str, str | None]]:
        """The profiles whose network changed or that are new (in id order), the profiles gone, and their
        networks as carried: compared in SQL against ``assess_profiles`` when the links are looked up
        (``LiveLinks``: no map of every profile is built), only for the profiles written since the last run
        when the store keeps them (``journaled_profiles``), else against the loaded links."""
        cur_net = self.links.profile_network
        journal = journaled_profiles(self.conn)
        if journal is not None:
            forget_journal(self.conn)
        if isinstance(self.links, LiveLinks):
            rows: list[tuple[Any, ...]]
            gone_rows: list[tuple[Any, ...]]
            new_or_moved = (
                "SELECT p.id, a.network_id, a.profile_id IS NOT NULL FROM profiles p LEFT JOIN assess_profiles a "
                "ON a.profile_id = p.id WHERE (a.profile_id IS NULL OR a.network_id IS NOT p.network_id)"
            )
            gone_sql = (
                "SELECT a.profile_id, a.network_id, 1 FROM assess_profiles a "
                "WHERE NOT EXISTS (SELECT 1 FROM profiles p WHERE p.id = a.profile_id)"
            )
            if journal is None:
                rows = fetch_all(self.conn, new_or_moved + " ORDER BY p.id")
                gone_rows = fetch_all(self.conn, gone_sql)
            else:  # by id: sorted as the whole table's passes give them
                rows = sorted(fetch_in(self.conn, new_or_moved + " AND p.id IN :ids", journal))
                gone_rows = sorted(fetch_in(self.conn, gone_sql + " AND a.profile_id IN :ids", journal))
            prev = {str(r[0]): (None if r[1] is None else str(r[1])) for r in (*rows, *gone_rows) if r[2]}
            return [str(r[0]) for r in rows], [str(r[0]) for r in gone_rows], prev
        prev_net: dict[str, str | None] = {
            str(r[0]): (None if r[1] is None else str(r[1]))
            for r in fetch_all(self.conn, "SELECT profile_id, network_id FROM assess_profiles")
        }
        changed = [p for p in cur_net if p not in prev_net or prev_net[p] != cur_net[p]]
        gone = [p for p in prev_net if p not in cur_net]
        return changed, gone, prev_net

    def _steady(self, touched: set[str], delta: Counter[str], old_cap: int, cap: int) -> set[str]:
        """The touched contact keys whose other holders keep their findings: the count of persons holding
        the key is the same up to the sharing indicators' saturation and on the same side of the sharing cap
        (a cap that moved brings its range back later). A holder's sharing finding reads no more of a
        contact key (``GroupAnalyser._sharing``; the count and who are read when shown, ``shared_notes``)."""
        kinds, top = self.sharing_kinds, self.sharing_top
        eligible = [k for k in touched if k.partition(":")[0] in kinds]
        moved = [k for k in eligible if delta.get(k, 0)]
        sql = "SELECT key, persons FROM assess_key_persons WHERE key IN :ids"
        after = {str(r[0]): int(r[1]) for r in _in(self.conn, sql, moved)}
        steady: set[str] = set()
        for k in eligible:
            now = after.get(k, 0)
            before = now - delta.get(k, 0)
            if min(now, top) == min(before, top) and (before <= old_cap) == (now <= cap):
                steady.add(k)
        return steady

    def _put_profiles(self, changed: list[str], gone: list[str]) -> None:
        for chunk in _chunks(sorted({*changed, *gone})):
            self.conn.execute(
                text("DELETE FROM assess_profiles WHERE profile_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": chunk},
            )
        for chunk in _chunks(sorted(gone)):
            self.conn.execute(
                text("DELETE FROM assess_person_hits WHERE profile_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": chunk},
            )
        _insert(
            self.conn,
            "assess_profiles",
            "profile_id, network_id",
            [(p, self.links.profile_network[p]) for p in changed],
        )

    def _site_wide(self) -> set[str]:
        """Keys in more than ``site_selector_share`` of a site's ads (sites with enough ads): each site's
        keys above its threshold, read through the index on the kept counts."""
        s = self.cat.settings
        totals: Iterable[tuple[Any, Any]]
        if self.since is not None and self.since.sites is not None:  # kept by difference: no pass over the ads
            names = {int(r[0]): str(r[1]) for r in self.conn.execute(text("SELECT id, name FROM sites"))}
            by_name: Counter[str] = Counter()
            for site_id, n in self.since.sites.items():
                by_name[names[site_id]] += n
            totals = sorted(by_name.items())
        else:
            totals = self.conn.execute(text("SELECT site, COUNT(*) FROM assess_ads GROUP BY site")).all()
        out: set[str] = set()
        for site, total in totals:
            if int(total) >= s.site_selector_min_ads:
                out |= {
                    str(r[0])
                    for r in self.conn.execute(
                        text("SELECT key FROM assess_key_sites WHERE site = :s AND ads > :t"),
                        {"s": site, "t": float(s.site_selector_share) * int(total)},
                    )
                }
        return out

    def _prices(self, persons: set[str], cities: set[str | None]) -> dict[str, Medians]:
        """The market's median prices now (``price_medians`` of every priced ad), adding to ``persons`` the
        holders of the ads whose low-price finding a moved median changes. Only the medians of ``cities`` (the
        changed ads', before and after) and the overall one can move: they are read through the price
        indexes (0067), as are the ads below a moved median's threshold; every priced ad was read before
        (a pass over the carried ads at each run)."""
        inds = {
            i.id: (float(i.params.get("ratio", 0.6)), int(i.params.get("min_city_prices", 8)))
            for i in self.cat.indicators
            if i.detector == "low_price"
        }
        old: dict[str, Medians] = self.market["medians"]
        medians = self._medians(inds, cities, old)
        if medians == old:
            return medians
        for ind, (ratio, _) in inds.items():
            new_own, new_all = medians.get(ind, ({}, 0.0))
            old_own, old_all = old.get(ind, ({}, 0.0))
            if (new_own, new_all) == (old_own, old_all):
                continue
            # the ads whose median (and whether it is their city's) differ: those of a city whose own median
            # moved, came or went, and when the overall one moved, those of every city without one
            rows: list[tuple[int, str | None, float]] = []
            for city_key in sorted(set(old_own) | set(new_own)):
                was, now = old_own.get(city_key, old_all), new_own.get(city_key, new_all)
                if (was, city_key in old_own) != (now, city_key in new_own):
                    rows += self._priced_below(_threshold(ratio, was, now), city_key)
            if old_all != new_all:
                rows += [
                    row
                    for row in self._priced_below(_threshold(ratio, old_all, new_all))
                    if (key := row[1] if row[1] is not None else "") not in old_own and key not in new_own
                ]
            self.links.prefetch_persons(a for a, _, _ in rows)
            for a, city, price in rows:
                key = city if city is not None else ""
                before = (old_own.get(key, old_all), key in old_own)
                after = (new_own.get(key, new_all), key in new_own)
                if before == after:
                    continue
                if (before[0] > 0 and price < ratio * before[0]) or (after[0] > 0 and price < ratio * after[0]):
                    persons.add(self._grp(a))
        return medians

    def _medians(
        self, inds: dict[str, tuple[float, int]], cities: set[str | None], old: dict[str, Medians]
    ) -> dict[str, Medians]:
        """``price_medians`` over every carried priced ad, from the last run's medians and the counts and
        middle prices of ``cities`` and of all, read through the price indexes (every city's when the last run
        kept none for an indicator)."""
        if not inds:
            return {}
        ph = placeholder(self.conn)
        total = int(self.conn.execute(text("SELECT COUNT(*) FROM assess_ads WHERE price IS NOT NULL")).scalar_one())
        if total == 0:
            return {}
        overall = self._median("price IS NOT NULL", (), total)
        if all(ind in old for ind in inds):
            keep = {ind: {c: m for c, m in old[ind][0].items() if c not in cities} for ind in inds}
            counts = []
            for c in sorted(x for x in cities if x is not None):
                sql = f"SELECT COUNT(*) FROM assess_ads WHERE city = {ph} AND price IS NOT NULL"
                counts.append((c, int(fetch_all(self.conn, sql, (c,))[0][0])))
        else:  # no medians kept: every city counted
            keep = {ind: {} for ind in inds}
            sql = "SELECT city, COUNT(*) FROM assess_ads WHERE price IS NOT NULL AND city IS NOT NULL GROUP BY city"
            counts = sorted((str(r[0]), int(r[1])) for r in fetch_all(self.conn, sql))
        middle = {
            c: self._median(f"city = {ph} AND price IS NOT NULL", (c,), n)
            for c, n in counts
            if n >= min(m for _, m in inds.values())
        }
        out: dict[str, Medians] = {}
        for ind, (_, min_n) in inds.items():
            own = dict(keep[ind])
            own.update((c, middle[c]) for c, n in counts if n >= min_n)
            out[ind] = (dict(sorted(own.items())), overall)
        return out

    def _median(self, where: str, params: tuple[Any, ...], n: int) -> float:
        """``statistics.median`` of the ``n`` prices ``where`` selects: the middle one or two, through an index."""
        sql = f"SELECT price FROM assess_ads WHERE {where} ORDER BY price LIMIT 2 OFFSET {(n - 1) // 2}"
        values = [float(r[0]) for r in fetch_all(self.conn, sql, params)]
        return statistics.median(values[:1] if n % 2 else values[:2])

    def _priced_below(self, below: float | None, key: str | None = None) -> list[tuple[int, str | None, float]]:
        """The carried ads priced below ``below`` (None: none): of the city ``key`` (``""``: also those without
        a city), or of every city."""
        if below is None:
            return []
        ph = placeholder(self.conn)
        sql = "SELECT ad_id, city, price FROM assess_ads WHERE price IS NOT NULL AND price < {ph}"
        if key is None:
            found = fetch_all(self.conn, sql.format(ph=ph), (below,))
        else:
            found = fetch_all(self.conn, sql.format(ph=ph) + f" AND city = {ph}", (below, key))
            if key == "":
                found += fetch_all(self.conn, sql.format(ph=ph) + " AND city IS NULL", (below,))
        return [(int(r[0]), None if r[1] is None else str(r[1]), float(r[2])) for r in found]

    def _templates(
        self,
        lsh: tuple[float, int, int],
        prev: _Prev,
        removed: dict[int, bytes | None],
        added: list[int],
    ) -> set[int]:
        """Update the LSH index and the clusters; return every ad of a cluster whose members changed.
        ``removed``: the ads leaving the index, with their stored signatures (their band keys)."""
        conn = self.conn
        threshold, b, r = lsh
        ph = placeholder(conn)
        gone_bands = [
            (band, a)
            for a, raw in sorted(removed.items())
            if raw is not None
            for band in _bands(_sig(raw).hashvalues, b, r)
        ]
        for chunk in _chunks(gone_bands, 5000):
            conn.exec_driver_sql(f"DELETE FROM assess_bands WHERE band = {ph} AND ad_id = {ph}", chunk)
        added_sigs = {a: self.fresh[a].signature for a in added}
        _insert(
            conn,
            "assess_bands",
            "band, ad_id",
            [(band, a) for a in sorted(added) for band in _bands(added_sigs[a].hashvalues, b, r)],  # type: ignore[union-attr]
        )
        broken = {prev[a][1] for a in removed if prev[a][1] is not None}
        remaining = {int(x[0]) for x in _in(conn, "SELECT ad_id FROM assess_ads WHERE tcluster IN :ids", broken)}
        remaining -= set(removed)
        nodes = remaining | set(added)
        if not nodes:
            return set(removed)
        sigs: dict[int, Any] = dict(added_sigs)
        for x in _in(conn, "SELECT ad_id, sig FROM assess_ads WHERE ad_id IN :ids", remaining):
            sigs[int(x[0])] = _sig(x[1])
        cluster_of: dict[int, int] = {}
        uf = _UnionFind()
        joined: set[tuple[str, int]] = set()
        # every node's LSH candidates and the outside ones' clusters and signatures, read in a few statements
        # (one band lookup and one row read per node took ~1 s of a 100k day): nothing is written meanwhile
        node_bands = {n: _bands(sigs[n].hashvalues, b, r) for n in nodes}
        holders: dict[int, set[int]] = defaultdict(set)
        sql = "SELECT band, ad_id FROM assess_bands WHERE band IN :ids"
        for x in _in(conn, sql, {band for bands in node_bands.values() for band in bands}):
            holders[int(x[0])].add(int(x[1]))
        cands_of = {n: sorted(set().union(*(holders[band] for band in node_bands[n]))) for n in nodes}
        outside = {c for cands in cands_of.values() for c in cands if c not in nodes}
        for x in _in(conn, "SELECT ad_id, tcluster, sig FROM assess_ads WHERE ad_id IN :ids", outside):
            cluster_of[int(x[0])] = int(x[1])
            sigs[int(x[0])] = _sig(x[2])
        for n in sorted(nodes):
            for c in cands_of[n]:
                if c == n:
                    continue
                other: Hashable = c if c in nodes else ("cluster", cluster_of[c])
                if (
                    uf.find(n) != uf.find(other)
                    and _share_band(sigs[n].hashvalues, sigs[c].hashvalues, b, r)  # not only a key's collision
                    and sigs[n].jaccard(sigs[c]) >= threshold
                ):
                    uf.union(n, other)
                    if isinstance(other, tuple):
                        joined.add(other)
        components: dict[Hashable, list[Hashable]] = defaultdict(list)
        for node in [*sorted(nodes), *sorted(joined)]:
            components[uf.find(node)].append(node)
        parts = [
            (sorted(m for m in members if isinstance(m, int)), sorted(m[1] for m in members if isinstance(m, tuple)))
            for members in components.values()
        ]
        # the old clusters' members, all read before any row is renumbered: each old cluster is in one
        # component, and no component's new id is another's old cluster, so the order does not matter
        members_of: dict[int, set[int]] = defaultdict(set)
        olds_all = [o for _, olds in parts for o in olds]
        for x in _in(conn, "SELECT ad_id, tcluster FROM assess_ads WHERE tcluster IN :ids", olds_all):
            members_of[int(x[1])].add(int(x[0]))
        prev.fill([*remaining, *(a for m in members_of.values() for a in m)])  # before any is renumbered
        # every old cluster's members as they were: the joined ones', and the broken ones' (left and removed)
        before: dict[int, set[int]] = defaultdict(set, {o: set(m) for o, m in members_of.items()})
        for a in [*remaining, *removed]:
            if a in prev and (was := prev[a][1]) is not None:
                before[was].add(a)
        moves: list[tuple[int, int]] = []
        renames: list[tuple[int, int]] = []
        new_members: list[set[int]] = []
        received: dict[int, set[int]] = defaultdict(set)  # each old cluster: the new clusters holding its ads
        for i, (ads, olds) in enumerate(parts):
            merged = {a for o in olds for a in members_of[o]}
            new_id = min([*ads, *merged])
            moves.extend((new_id, a) for a in ads)
            renames.extend((new_id, o) for o in olds if o != new_id)
            new_members.append(set(ads) | merged)
            for o in olds:
                received[o].add(i)
            for a in ads:
                if a in prev and (was := prev[a][1]) is not None:
                    received[was].add(i)
        # an old cluster's members keep their findings when it had at least the saturating count of persons
        # and so has every new cluster its ads went to (``GroupAnalyser._shared_template``: the count beyond
        # it is read when shown; a member's ad stays her least in a saturated cluster); the changed ads' own
        # persons are scored anyway, and every member of another cluster comes from an old one
        top = self.template_top
        self.links.prefetch_persons(a for m in new_members for a in m)  # a statement per 900, not one each
        size = [len({self._grp(a) for a in m}) for m in new_members]
        touched: set[int] = set(removed)
        for o, into in received.items():
            if _unsaturated(top, len({prev[a][0] for a in before[o] if a in prev}), *(size[i] for i in into)):
                touched |= before[o]
        if moves:  # one statement each (a day has ~1,000 components)
            conn.exec_driver_sql(f"UPDATE assess_ads SET tcluster = {ph} WHERE ad_id = {ph}", moves)
        if renames:
            conn.exec_driver_sql(f"UPDATE assess_ads SET tcluster = {ph} WHERE tcluster = {ph}", renames)
        return touched

    # -- scoring ---------------------------------------------------------------------------------------
    def load(self, scope: Scope) -> dict[int, AdFacts]:
        """The facts of every ad of the scope's persons and of every ad sharing an image with them (except
        site lines), in the order a whole-market run visits them (person's least ad id, then ad id); the
        template clusters of the persons' ads into ``scope.clusters``, their contacts' counts of persons into
        ``scope.key_persons``."""
        # the persons' ads, and each person's least ad (its place in a whole-market run's order): the carried
        # rows are the current ads under their current persons once ``update`` ran
        first: dict[str, int] = {}
        scored: list[int] = []
        for r in _in(self.conn, "SELECT ad_id, grp FROM assess_ads WHERE grp IN :ids", scope.persons):
            scored.append(int(r[0]))
            first[str(r[1])] = min(first.get(str(r[1]), int(r[0])), int(r[0]))
        keys = {str(r[0]) for r in _in(self.conn, "SELECT DISTINCT key FROM assess_keys WHERE ad_id IN :ids", scored)}
        keys -= scope.site_wide
        contact = {k for k in keys if k.partition(":")[0] in self.sharing_kinds}
        sql = "SELECT key, persons FROM assess_key_persons WHERE key IN :ids"
        scope.key_persons = {str(r[0]): int(r[1]) for r in _in(self.conn, sql, contact)}
        sql = "SELECT DISTINCT ad_id FROM assess_keys WHERE key IN :ids"
        halo = {int(r[0]) for r in _in(self.conn, sql, keys - contact)}
        wanted = set(scored) | halo
        out: dict[int, AdFacts] = {a: self.fresh[a] for a in wanted if a in self.fresh}
        self.links.prefetch(wanted)
        rest = wanted - out.keys()
        for r in _in(self.conn, "SELECT ad_id, facts FROM assess_facts WHERE ad_id IN :ids", rest):
            out[int(r[0])] = facts_cache.decode(r[1])
        clusters: dict[int, list[int]] = defaultdict(list)
        ids = {
            int(r[0])
            for r in _in(
                self.conn, "SELECT tcluster FROM assess_ads WHERE ad_id IN :ids AND tcluster IS NOT NULL", scored
            )
        }
        for r in _in(self.conn, "SELECT ad_id, tcluster FROM assess_ads WHERE tcluster IN :ids", ids):
            clusters[int(r[1])].append(int(r[0]))
        scope.clusters = [sorted(clusters[c]) for c in sorted(clusters)]
        groups = {self._grp(a) for a in out} - first.keys()
        for r in _in(self.conn, "SELECT grp, MIN(ad_id) FROM assess_ads WHERE grp IN :ids GROUP BY grp", groups):
            first[str(r[0])] = int(r[1])
        order = sorted(out, key=lambda a: (first[self._grp(a)], a))
        others = [p for p, _ in self.links.members(scope.networks) if p not in scope.persons]
        scope.kept = self.kept_hits(others)
        return {a: out[a] for a in order}

    def more(self, scored: tuple[list[Scored], list[Scored], list[Scored]], scope: Scope) -> Scope | None:
        """Store the scored entities' base scores; when a level's boundary moved, the scope of the lifted
        entities not scored yet (their guard moves with it), else None. Sets ``scope.bounds``."""
        put_base(self.conn, scored, changed_only=True)
        bounds = _level_bounds(self.conn, self.cat)
        scope.bounds = bounds
        old: dict[str, dict[str, float]] = self.market["bounds"]
        done = {(s.entity_type, s.entity_id) for level in scored for s in level}
        extra_persons: set[str] = set()  # ads linking has not placed: scored as persons (no kept findings)
        guarded: dict[str, set[str]] = {level: set() for level in LEVELS}
        for level in LEVELS:
            was = old.get(level, {})
            moved = [
                (i, bounds[level][d], was.get(d)) for i, d in enumerate(DIMENSIONS) if bounds[level][d] != was.get(d)
            ]
            if not moved:
                continue
            for r in _lifted_near(self.conn, level, moved):
                eid = str(r[0])
                if (level, eid) in done or not _guard_moves(r[1:4], r[4:7], moved):
                    continue
                if level == "ad" and (grp := self._grp(int(eid))).startswith("ad:"):
                    extra_persons.add(grp)
                else:
                    guarded[level].add(eid)
        if not extra_persons and not any(guarded.values()):
            return None
        return Scope(
            extra_persons - scope.persons,
            set(),
            scope.site_wide,
            scope.max_sharing,
            [],
            scope.medians,
            bounds,
            guarded=guarded,
        )

    def kept_hits(self, profiles: Collection[str]) -> dict[str, dict[str, Hit]]:
        """The profiles' merged findings as the last run (or this one's first round) kept them."""
        sql = "SELECT profile_id, hits FROM assess_person_hits WHERE profile_id IN :ids"
        return {str(r[0]): facts_cache.decode_hits(r[1]) for r in _in(self.conn, sql, profiles)}

    def facts_of(self, ads: Collection[int]) -> dict[int, AdFacts]:
        """These ads' facts (this run's fresh ones, else the cache's), in ad-id order."""
        self.links.prefetch(ads)
        out = {a: self.fresh[a] for a in ads if a in self.fresh}
        sql = "SELECT ad_id, facts FROM assess_facts WHERE ad_id IN :ids"
        out.update((int(r[0]), facts_cache.decode(r[1])) for r in _in(self.conn, sql, [a for a in ads if a not in out]))
        return dict(sorted(out.items()))

    def finish(self, bounds: dict[str, dict[str, float]]) -> None:
        _save_market(self.conn, self.fp, self.site_wide, self.max_sharing, self.medians, bounds)
