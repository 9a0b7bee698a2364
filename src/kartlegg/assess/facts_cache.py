"""The per-ad facts cache (``assess_facts``): what reading an ad found, so an unchanged ad is never read again.

Reading an ad (``AdReader.read``: lexicon matching, the template signature) was about two thirds of an
assess run, and its result depends only on the ad's current version and what extraction and the image
fetcher stored for it, and on the catalogue. Each row is keyed by a *state*: the facts format, the catalogue
fingerprint, the version seq, the extraction's time and the number of image rows of that version. A new
version, a re-extraction, newly hashed images or another catalogue change the state, and the ad is read
again; erasure deletes the rows (``assess.holdings``). Rows are JSON (never pickle: a store is data, not
code) and round-trip exactly, so cached facts give the same scores as freshly read ones.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import Any

import numpy as np
import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg import __version__
from kartlegg.assess.ad_facts import AdFacts
from kartlegg.assess.model import Evidence, Hit
from kartlegg.store.engine import fetch_all, fetch_in, placeholder

#: bump when ``AdReader`` or this encoding changes what an ad's facts are (the package version is in too)
FORMAT = 1

_STATES = (
    "SELECT a.id, a.current_seq, e.extracted_at, "
    "(SELECT COUNT(*) FROM ad_images i WHERE i.version_seq = a.current_seq) "
    "FROM ads a LEFT JOIN ad_extractions e ON e.version_seq = a.current_seq WHERE a.current_seq IS NOT NULL"
)


def prefix(catalogue_fp: str) -> str:
    """What every state starts with: a new format, package version or catalogue moves every ad's."""
    return f"{FORMAT}:{__version__}:{catalogue_fp}"


def states(conn: Connection, catalogue_fp: str, ads: Collection[int] | None = None) -> dict[int, str]:
    """Every ad's current state (or these ads'): when it differs from its cached row's, the ad must be read
    again."""
    start = prefix(catalogue_fp)
    rows = fetch_all(conn, _STATES) if ads is None else fetch_in(conn, _STATES + " AND a.id IN :ids", ads)
    return {int(r[0]): f"{start}:{r[1]}:{r[2] or ''}:{r[3]}" for r in rows}


def cached_states(conn: Connection, ads: Collection[int] | None = None) -> dict[int, str]:
    sql = "SELECT ad_id, state FROM assess_facts"
    rows = fetch_all(conn, sql) if ads is None else fetch_in(conn, sql + " WHERE ad_id IN :ids", ads)
    return {int(r[0]): str(r[1]) for r in rows}


# -- encoding: compact JSON lists ------------------------------------------------------------------------
def _ev(e: Evidence) -> list[Any]:
    return [e.ad_id, e.field, e.start, e.end, e.text, e.note, e.msg, [list(a) for a in e.args]]


def _unev(x: list[Any]) -> Evidence:
    # most evidence has no message parameters: no generator made for them (a day decodes ~80,000 of these)
    return Evidence(x[0], x[1], x[2], x[3], x[4], x[5], x[6], tuple([(str(k), v) for k, v in x[7]]) if x[7] else ())


def _hit(h: Hit) -> list[Any]:
    return [h.indicator, h.count, [_ev(e) for e in h.evidence], h.level, h.share]


def _unhit(h: list[Any]) -> Hit:
    return Hit(h[0], float(h[1]), [_unev(e) for e in h[2]], h[3], float(h[4]))


def encode_hits(hits: Iterable[Hit]) -> bytes:
    """Findings as JSON, in their order (a person's merged findings, ``carry``): they round-trip exactly."""
    return orjson.dumps([_hit(h) for h in hits])


def decode_hits(raw: str | bytes) -> dict[str, Hit]:
    return {h.indicator: h for h in map(_unhit, orjson.loads(raw))}


def encode(f: AdFacts) -> bytes:
    """The facts as JSON (before ``price_findings``: the price finding depends on the market, not the ad)."""
    sig = f.signature.hashvalues.astype(">u4").tobytes().hex() if f.signature is not None else None
    return orjson.dumps(
        [
            f.ad_id,
            f.site,
            f.posted_at,
            f.cities,
            [[k, v, _ev(e)] for (k, v), e in f.contacts.items()],
            [[a, _ev(e)] for a, e in f.ages],
            [[k, _ev(e)] for k, e in f.images.items()],
            [[n, _ev(e)] for n, e in f.names],
            [[n, _ev(e)] for n, e in f.nationalities],
            f.languages,
            [f.hourly_eur[0], _ev(f.hourly_eur[1])] if f.hourly_eur else None,
            sig,
            f.snippet,
            [_hit(h) for h in f.hits.values()],
        ]
    )


def decode(raw: str | bytes) -> AdFacts:
    from kartlegg.minhash import MinHash  # numpy, imported when used

    x = orjson.loads(raw)
    sig = x[11]
    return AdFacts(
        ad_id=int(x[0]),
        site=x[1],
        posted_at=x[2],
        cities=list(x[3]),
        contacts={(k, v): _unev(e) for k, v, e in x[4]},
        ages=[(int(a), _unev(e)) for a, e in x[5]],
        images={k: _unev(e) for k, e in x[6]},
        names=[(n, _unev(e)) for n, e in x[7]],
        nationalities=[(n, _unev(e)) for n, e in x[8]],
        languages=list(x[9]),
        hourly_eur=(float(x[10][0]), _unev(x[10][1])) if x[10] else None,
        signature=MinHash(np.frombuffer(bytes.fromhex(sig), dtype=">u4").astype(np.uint32)) if sig else None,
        snippet=x[12],
        hits={h[0]: _unhit(h) for h in x[13]},
    )


# -- rows ------------------------------------------------------------------------------------------------
def save(conn: Connection, rows: list[tuple[int, str, AdFacts]]) -> None:
    """Store (ad id, state, facts) rows, replacing an ad's older row."""
    if not rows:
        return
    ph = placeholder(conn)
    conn.exec_driver_sql(
        f"INSERT INTO assess_facts (ad_id, state, facts) VALUES ({ph}, {ph}, {ph}) "
        "ON CONFLICT (ad_id) DO UPDATE SET state = excluded.state, facts = excluded.facts",
        [(ad, state, encode(f).decode()) for ad, state, f in rows],
    )


def delete(conn: Connection, ad_ids: list[int]) -> None:
    """Forget the rows of ads that no longer exist."""
    sql = text("DELETE FROM assess_facts WHERE ad_id IN :ids").bindparams(bindparam("ids", expanding=True))
    for i in range(0, len(ad_ids), 1000):
        conn.execute(sql, {"ids": ad_ids[i : i + 1000]})


def iter_cached(
    conn: Connection, *, skip: Collection[int] = (), keep: Collection[int] | None = None, batch: int = 5000
) -> Iterator[list[AdFacts]]:
    """The cached facts by ad id, a batch at a time (keyset paging: no long-held cursor), decoding only the
    rows not in ``skip`` and (when given) in ``keep``."""
    last: int | None = None
    while True:
        where = "" if last is None else "WHERE ad_id > :last "
        rows = conn.execute(
            text(f"SELECT ad_id, facts FROM assess_facts {where}ORDER BY ad_id LIMIT :n"), {"last": last, "n": batch}
        ).all()
        if not rows:
            return
        last = int(rows[-1][0])
        yield [decode(r[1]) for r in rows if r[0] not in skip and (keep is None or r[0] in keep)]
