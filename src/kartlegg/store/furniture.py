"""The ``site_furniture`` table: each site's learned furniture model, and what learning reads."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.store.ads import StoredVersion, _stored, now_iso
from kartlegg.store.engine import fetch_in


def load_models(conn: Connection) -> dict[str, dict[str, Any]]:
    """Every stored model as JSON, by site name."""
    rows = conn.execute(text("SELECT site, model FROM site_furniture")).all()
    return {str(r[0]): orjson.loads(r[1]) for r in rows}


def learned_sizes(conn: Connection) -> dict[str, int]:
    """Each site's number of ads when its stored model was learned (the ``ads`` column; the model's own
    ``ads`` is the sample it was learned from, at most ``FURNITURE_SAMPLE``)."""
    return {str(r[0]): int(r[1]) for r in conn.execute(text("SELECT site, ads FROM site_furniture")).all()}


def save_model(conn: Connection, site: str, model: dict[str, Any], ads: int) -> None:
    conn.execute(
        text(
            "INSERT INTO site_furniture (site, model, ads, learned_at) VALUES (:s, :m, :a, :t) "
            "ON CONFLICT (site) DO UPDATE SET model = excluded.model, ads = excluded.ads, "
            "learned_at = excluded.learned_at"
        ),
        {"s": site, "m": orjson.dumps(model).decode(), "a": ads, "t": now_iso()},
    )


def sites_without_model(conn: Connection) -> dict[str, int]:
    """The sites that have ads but no stored model (an erasure forgot it), with their number of ads."""
    rows = conn.execute(
        text(
            "SELECT s.name, COUNT(*) FROM ads a JOIN sites s ON s.id = a.site_id "
            "WHERE NOT EXISTS (SELECT 1 FROM site_furniture f WHERE f.site = s.name) GROUP BY s.name"
        )
    ).all()
    return {str(r[0]): int(r[1]) for r in rows}


def overrides(conn: Connection) -> dict[str, dict[str, Any]]:
    """The analyst's corrections: the ``furniture:`` section of each site definition in force."""
    out: dict[str, dict[str, Any]] = {}
    for name, definition in conn.execute(text("SELECT name, definition FROM site_definitions")).all():
        data = orjson.loads(definition)
        section = data.get("furniture") if isinstance(data, dict) else None
        if isinstance(section, dict) and section:
            out[str(name)] = section
    return out


def definition_domains(conn: Connection) -> dict[str, list[str]]:
    """Each site definition's domains (``domains:``): a site's addresses are known before any of its ads is."""
    out: dict[str, list[str]] = {}
    for name, definition in conn.execute(text("SELECT name, definition FROM site_definitions")).all():
        data = orjson.loads(definition)
        got = data.get("domains") if isinstance(data, dict) else None
        if isinstance(got, list):
            out[str(name)] = [str(d) for d in got if isinstance(d, str)]
    return out


def sites_with_versions_after(conn: Connection, seq: int) -> dict[str, int]:
    """Sites that have versions newer than ``seq``, with their number of ads."""
    new = conn.execute(
        text("SELECT DISTINCT a.site_id FROM ad_versions v JOIN ads a ON a.id = v.ad_id WHERE v.seq > :seq"),
        {"seq": seq},
    ).all()
    wanted = {int(r[0]) for r in new}
    if not wanted:
        return {}
    names = {int(r[0]): str(r[1]) for r in conn.execute(text("SELECT id, name FROM sites")).all()}
    rows = conn.execute(text("SELECT site_id, COUNT(*) FROM ads GROUP BY site_id")).all()
    return {names[int(r[0])]: int(r[1]) for r in rows if int(r[0]) in wanted}


def sites_with_new_versions(conn: Connection, seq: int) -> set[str]:
    """The names of the sites that have versions newer than ``seq`` (``sites_with_versions_after`` without
    the ads per site: no pass over every ad's row, 0.7 M VM steps at 100k ads). From the new versions out
    (SQLite's ``CROSS JOIN`` keeps that order), not from a site's ads by the index on ``ads (site_id)``."""
    join = "CROSS JOIN" if conn.dialect.name == "sqlite" else "JOIN"
    rows = conn.execute(
        text(
            f"SELECT DISTINCT s.name FROM ad_versions v {join} ads a ON a.id = v.ad_id {join} sites s "
            "ON s.id = a.site_id WHERE v.seq > :seq"
        ),
        {"seq": seq},
    ).all()
    return {str(r[0]) for r in rows}


_VERSION_COLS = (
    "v.seq, v.ad_id, s.name, a.ad_key, v.url, v.posted_at, v.title, v.body, v.city, v.images, v.extra, s.country, "
    "s.language"
)


def sample_versions(
    conn: Connection, site: str, limit: int, after_seq: int | None = None, before_seq: int | None = None
) -> list[StoredVersion]:
    """The site's newest ``limit`` versions (newer than ``after_seq``, up to ``before_seq`` when given), newest
    first: what its current template is learned from.

    Read from the newest version back until ``limit`` of the site's are found (SQLite's ``CROSS JOIN`` keeps that
    order): with the index on ``ads (site_id)`` (0076) SQLite would otherwise start from every ad of the site and
    sort all their versions (4 -> 22 ms a site at 100k ads, growing with the store)."""
    return [_stored(r) for r in _sample(conn, _VERSION_COLS, site, limit, after_seq, before_seq)]


def sample_seqs(conn: Connection, site: str, limit: int) -> list[int]:
    """The seqs of ``sample_versions``' versions, in its order, without reading their texts."""
    return [int(r[0]) for r in _sample(conn, "v.seq", site, limit)]


def versions_at(conn: Connection, seqs: Collection[int]) -> dict[int, StoredVersion]:
    """The versions of the given seqs, by seq."""
    join = "CROSS JOIN" if conn.dialect.name == "sqlite" else "JOIN"
    sql = (
        f"SELECT {_VERSION_COLS} FROM ad_versions v {join} ads a ON a.id = v.ad_id {join} sites s "
        "ON s.id = a.site_id WHERE v.seq IN :ids"
    )
    return {v.seq: v for v in (_stored(r) for r in fetch_in(conn, sql, seqs))}


def _sample(
    conn: Connection, cols: str, site: str, limit: int, after_seq: int | None = None, before_seq: int | None = None
) -> list[Any]:
    join = "CROSS JOIN" if conn.dialect.name == "sqlite" else "JOIN"
    where = ["s.name = :site"]
    params: dict[str, Any] = {"site": site, "n": limit}
    if after_seq is not None:
        where.append("v.seq > :after")
        params["after"] = after_seq
    if before_seq is not None:
        where.append("v.seq <= :before")
        params["before"] = before_seq
    return list(
        conn.execute(
            text(
                f"SELECT {cols} FROM ad_versions v {join} ads a ON a.id = v.ad_id {join} sites s "
                f"ON s.id = a.site_id WHERE {' AND '.join(where)} ORDER BY v.seq DESC LIMIT :n"
            ),
            params,
        ).all()
    )
