"""Photo clusters kept in the database (``link_phash``): a new day clusters its new perceptual hashes
against the stored ones instead of clustering every hash in the store again.

Each stored hash has its cluster's canonical (smallest) hash and the number of ads using it. A new hash
joins (and may bridge) the clusters of the stored hashes within the distance; a hash no ad uses any more
is dropped and the rest of its cluster is clustered again (it may have held the cluster together). The
components do not depend on the order hashes arrive in, so this equals clustering everything at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from sqlalchemy import Connection, bindparam, text

from kartlegg.link.graph import UnionFind
from kartlegg.link.phash import PREFIX, cluster_phashes, near_pairs, near_pairs_across, parse_phash, phash_key
from kartlegg.store.engine import placeholder

_TOP = 1 << 64
_HALF = 1 << 63


def to_db(h: int) -> int:
    """An unsigned 64-bit hash as the signed BIGINT the table holds."""
    return h - _TOP if h >= _HALF else h


def from_db(v: int) -> int:
    return int(v) + _TOP if int(v) < 0 else int(v)


def phash_values(selectors: Iterable[tuple[str, str]]) -> list[int]:
    """The 64-bit hashes of an ad's raw ``phash:`` image selectors."""
    out: list[int] = []
    for kind, value in selectors:
        if kind == "image" and value.startswith(PREFIX):
            h = parse_phash(value[len(PREFIX) :])
            if h is not None:
                out.append(h)
    return out


def _rows(conn: Connection, sql: str, values: Sequence[int]) -> list[tuple[int, int, int]]:
    stmt = text(sql).bindparams(bindparam("ids", expanding=True))
    out: list[tuple[int, int, int]] = []
    for start in range(0, len(values), 500):
        out.extend(
            (from_db(r[0]), from_db(r[1]), int(r[2]))
            for r in conn.execute(stmt, {"ids": [to_db(v) for v in values[start : start + 500]]})
        )
    return out


def canonical_of(conn: Connection, hashes: Iterable[int]) -> dict[str, str]:
    """Raw ``phash:`` key -> its cluster's key, for the given hashes whose cluster key differs."""
    rows = _rows(conn, "SELECT hash, canon, refs FROM link_phash WHERE hash IN :ids", sorted(set(hashes)))
    return {phash_key(h): phash_key(c) for h, c, _ in rows if c != h}


def rebuild(conn: Connection, refs: Mapping[int, int], canon: Mapping[int, int]) -> None:
    """Replace the table: every hash with its uses and its canonical hash (from ``cluster_phashes``)."""
    conn.execute(text("DELETE FROM link_phash"))
    ph = placeholder(conn)
    rows = [(to_db(h), to_db(canon.get(h, h)), n) for h, n in sorted(refs.items()) if n > 0]
    for start in range(0, len(rows), 50_000):
        conn.exec_driver_sql(
            f"INSERT INTO link_phash (hash, canon, refs) VALUES ({ph}, {ph}, {ph})", rows[start : start + 50_000]
        )


def update(conn: Connection, added: Counter[int], removed: Counter[int], t: int) -> set[int]:
    """Apply one run's uses gained and lost; return the canonical hashes (before the run) of the clusters
    whose members changed cluster, so the ads carrying them are linked again under their new key."""
    touched = sorted(set(added) | set(removed))
    if not touched:
        return set()
    before = {
        h: (c, n) for h, c, n in _rows(conn, "SELECT hash, canon, refs FROM link_phash WHERE hash IN :ids", touched)
    }
    born: list[int] = []
    dead: list[int] = []
    ph = placeholder(conn)
    for h in touched:
        c, n = before.get(h, (h, 0))
        m = n + added.get(h, 0) - removed.get(h, 0)
        if m > 0 and n == 0:
            born.append(h)
        elif m <= 0 and n > 0:
            dead.append(h)
        elif m != n:
            conn.exec_driver_sql(f"UPDATE link_phash SET refs = {ph} WHERE hash = {ph}", [(m, to_db(h))])
    affected: set[int] = set()
    # Dropped hashes: what is left of their clusters is clustered again.
    if dead:
        _delete(conn, "DELETE FROM link_phash WHERE hash IN :ids", dead)
        old_canons = sorted({before[h][0] for h in dead})
        rest = _rows(conn, "SELECT hash, canon, refs FROM link_phash WHERE canon IN :ids", old_canons)
        fresh = cluster_phashes((h for h, _, _ in rest), t)
        for h, c, _ in rest:
            if fresh[h] != c:
                affected.add(c)
                conn.exec_driver_sql(
                    f"UPDATE link_phash SET canon = {ph} WHERE hash = {ph}", [(to_db(fresh[h]), to_db(h))]
                )
        affected.update(before[h][0] for h in dead)
    if born:
        stored = conn.execute(text("SELECT hash, canon FROM link_phash")).all()
        old_h = np.array([from_db(r[0]) for r in stored], dtype=np.uint64)
        old_c = [from_db(r[1]) for r in stored]
        new_h = np.array(born, dtype=np.uint64)
        # Union-find over the born hashes (0..b-1) and the stored clusters they touch (b..).
        uf_index: dict[int, int] = {}
        edges: list[tuple[int, int]] = []
        for i, j in near_pairs_across(new_h, old_h, t).tolist():
            k = uf_index.setdefault(old_c[j], len(born) + len(uf_index))
            edges.append((i, k))
        edges.extend((int(i), int(j)) for i, j in near_pairs(new_h, t).tolist())
        uf = UnionFind(len(born) + len(uf_index))
        for a, b in edges:
            uf.union(a, b)
        clusters = {c: k for c, k in uf_index.items()}
        groups: dict[int, list[int]] = {}
        for x in range(len(born) + len(uf_index)):
            groups.setdefault(uf.find(x), []).append(x)
        canon_of_node = {k: c for c, k in clusters.items()}
        new_rows: list[tuple[int, int, int]] = []
        for members in groups.values():
            values = [born[x] if x < len(born) else canon_of_node[x] for x in members]
            low = min(values)
            for x in members:
                if x < len(born):
                    new_rows.append((to_db(born[x]), to_db(low), added.get(born[x], 0) - removed.get(born[x], 0)))
                elif canon_of_node[x] != low:
                    affected.add(canon_of_node[x])
                    conn.exec_driver_sql(
                        f"UPDATE link_phash SET canon = {ph} WHERE canon = {ph}",
                        [(to_db(low), to_db(canon_of_node[x]))],
                    )
        conn.exec_driver_sql(f"INSERT INTO link_phash (hash, canon, refs) VALUES ({ph}, {ph}, {ph})", new_rows)
    return affected


def _delete(conn: Connection, sql: str, values: Sequence[int]) -> None:
    stmt = text(sql).bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(values), 500):
        conn.execute(stmt, {"ids": [to_db(v) for v in values[start : start + 500]]})
