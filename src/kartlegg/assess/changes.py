"""What changed since the last assess run, taken from the stages instead of comparing every ad (issue 20).

An ad's facts state (``facts_cache``) moves only with a new version (a version seq above the run's
watermark), an extraction (extract writes only versions above its watermark, never again) or an image row
of its version (``ad_images`` rows are only inserted: on SQLite, a rowid above the largest one at the run's
start). Its person moves only when a link run rewrites its ``profile_ads`` row: a region run records those
ads in ``link_moves`` and says so in its run record. Each run records where it started (``mark``); the next
takes as candidates the ads past that mark and the ads linking moved, and compares only their states and
persons. Erasure empties the carried state (``assess.holdings``), so such a run is never incremental; no
ad disappears otherwise, which the counts check. When anything is missing or does not add up (PostgreSQL,
a store assessed by older code, a link run that recorded nothing, another package version or catalogue),
``since`` gives None and the run compares every ad, as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.store.engine import fetch_all, fetch_in, placeholder
from kartlegg.store.stages import MOVES_RECORDED, last_watermark

MARK = "since"


def mark(conn: Connection, prefix: str) -> dict[str, Any] | None:
    """Where this run starts, for the next run's ``since`` (read before any ad is; None off SQLite)."""
    if conn.dialect.name != "sqlite":
        return None
    images = conn.execute(text("SELECT COALESCE(MAX(rowid), 0) FROM ad_images")).scalar_one()
    return {"extract": last_watermark(conn, "extract"), "images": int(images), "prefix": prefix}


def moves(conn: Connection) -> list[int]:
    """The ads the link runs since the last assess run moved to another person (or none)."""
    return [int(r[0]) for r in fetch_all(conn, "SELECT ad_id FROM link_moves")]


def forget_moves(conn: Connection, ads: list[int]) -> None:
    """The moves a successful run took in (at its start): the next run starts from its carried persons."""
    ph = placeholder(conn)
    for chunk in _chunks(ads):
        conn.exec_driver_sql(f"DELETE FROM link_moves WHERE ad_id IN ({', '.join([ph] * len(chunk))})", chunk)


def _chunks(items: list[int], n: int = 900) -> Iterator[tuple[int, ...]]:
    for i in range(0, len(items), n):
        yield tuple(items[i : i + n])


@dataclass(frozen=True, slots=True)
class Since:
    """The ads that may have changed since the last run: every ad whose state or person moved is here."""

    #: ads past the last run's mark (new versions, extractions, image rows): their states are compared
    candidates: list[int]
    #: ads whose ``profile_ads`` row a link run rewrote
    moved: list[int]
    #: the current ads not carried by the last run (all of them candidates)
    new: list[int]
    #: how many ads there are
    total: int
    #: the last run's counts of ads per site (``contacts.totals``), None when it stored none
    sites: dict[int, int] | None


def since(
    conn: Connection, prefix: str, last: tuple[int, int, dict[str, Any]] | None, moved: list[int]
) -> Since | None:
    """What changed since the last successful run ``last`` (id, watermark, info), or None: compare all."""
    if last is None or conn.dialect.name != "sqlite":
        return None
    run_id, watermark, info = last
    was = info.get(MARK)
    if not isinstance(was, dict) or was.get("prefix") != prefix:
        return None
    for (raw,) in fetch_all(conn, f"SELECT info FROM stage_runs WHERE stage = 'link' AND id > {int(run_id)}"):
        if not orjson.loads(raw or "{}").get(MOVES_RECORDED):
            return None
    images = int(conn.execute(text("SELECT COALESCE(MAX(rowid), 0) FROM ad_images")).scalar_one())
    if images < int(was["images"]):  # rows deleted (an erasure): a rowid may come again
        return None
    seq = min(watermark, int(was["extract"]))
    found = {int(r[0]) for r in fetch_all(conn, f"SELECT id FROM ads WHERE current_seq > {seq}")}
    found |= {int(r[0]) for r in fetch_all(conn, f"SELECT ad_id FROM ad_images WHERE rowid > {int(was['images'])}")}
    candidates = sorted(found)
    carried = {int(r[0]) for r in fetch_in(conn, "SELECT ad_id FROM assess_ads WHERE ad_id IN :ids", candidates)}
    new = [a for a in candidates if a not in carried]
    total, versioned = conn.execute(text("SELECT COUNT(*), COUNT(current_seq) FROM ads")).one()
    n_carried = int(conn.execute(text("SELECT COUNT(*) FROM assess_ads")).scalar_one())
    if total != versioned or total != n_carried + len(new):  # an ad gone, or not carried and not new
        return None
    return Since(candidates, moved, new, int(total), _sites(conn, info.get("totals"), new, int(total)))


def _sites(conn: Connection, stored: Any, new: list[int], total: int) -> dict[int, int] | None:
    """Ads per site by difference: the last run's counts and the new ads' sites (no ad goes between
    incremental runs); None when the last run stored none or they do not add up to every ad."""
    if not isinstance(stored, dict) or not isinstance(stored.get("sites"), dict):
        return None
    sites = Counter({int(k): int(v) for k, v in stored["sites"].items()})
    sites.update(int(r[0]) for r in fetch_in(conn, "SELECT site_id FROM ads WHERE id IN :ids", new))
    return dict(sorted(sites.items())) if sum(sites.values()) == total else None


class Present(Collection[int]):
    """The current ads, without a set of every ad: the candidates, and the ads the last run carried (no ad
    goes between incremental runs, ``since``)."""

    def __init__(self, conn: Connection, candidates: set[int], total: int) -> None:
        self.conn, self.candidates, self.total = conn, candidates, total

    def __contains__(self, ad: object) -> bool:
        if ad in self.candidates:
            return True
        row = self.conn.execute(text("SELECT 1 FROM assess_ads WHERE ad_id = :a"), {"a": ad}).first()
        return row is not None

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[int]:
        raise TypeError("Present is not iterated: a pass over every ad is what it avoids")
