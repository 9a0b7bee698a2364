"""Erasure: an ad, a person's ads or every ad carrying a selector, gone from every table, index, evidence
file and derived result, with a keyed tombstone so that no re-import or re-crawl brings it back.

One transaction deletes what every stage declared (``registry``), tombstones the ads, their page URLs and
their texts, writes the audit row and rewrites the WARC files (renamed into place just before the
commit): the ads' own pages go, and so does every other archived page of their sites whose text holds an
erased title, text or selector (a listing page that showed the ad), unless it is the evidence of an ad
kept, and the ads' photos that no kept ad shows. Then the link stage rebuilds the persons and networks
that held an erased ad and assessment scores everything again; should that be interrupted, the next
``kartlegg analyze`` finishes it (``link.run.forget_ads``).
"""

from __future__ import annotations

import hashlib
import hmac
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import BigInteger, Connection, String, bindparam, text

from kartlegg.collect.evidence import UnknownAd, resolve_ad
from kartlegg.ids import ad_id, selector_id
from kartlegg.keys import key_file
from kartlegg.lifecycle import registry
from kartlegg.lifecycle.selectors import BadSelector, parse
from kartlegg.lifecycle.warcerase import TEXT_PREFIX, ErasedRecord, Needles, Rewritten, rewrite_without
from kartlegg.store import audit, tombstones
from kartlegg.store.engine import Store
from kartlegg.store.holdings import Scope
from kartlegg.store.stages import StageBusy, pipeline_lock

KINDS = ("ad", "profile", "selector")
MIN_REASON = 5
CHUNK = 500


class EraseError(Exception):
    """A request the user can correct (unknown ad, no reason, bad selector, a pipeline run in progress)."""


class UnknownTarget(EraseError):
    """No ad, profile or selector matches the reference."""


@dataclass(slots=True)
class Erasure:
    kind: str
    object_id: str
    ads: int = 0
    versions: int = 0
    warc_records: int = 0
    #: other archived records dropped: pages that showed what was erased (listings), the ads' photos
    warc_other: int = 0
    warc_files: int = 0
    rebuilt: dict[str, Any] = field(default_factory=dict)


def target_ads(
    conn: Connection, kind: str, ref: str, *, key: bytes, region: str | None = None
) -> tuple[list[int], str]:
    """The ads that ``kind``/``ref`` names, and the id the audit row names: a selector only as its kind
    and a keyed hash (``key``), never in clear."""
    if kind == "ad":
        try:
            aid = resolve_ad(conn, ref)
        except UnknownAd as exc:
            raise UnknownTarget(str(exc)) from exc
        return [aid], str(aid)
    if kind == "profile":
        ids = [int(r[0]) for r in conn.execute(text("SELECT ad_id FROM profile_ads WHERE profile_id = :p"), {"p": ref})]
        if not ids:
            raise UnknownTarget(f"no profile {ref!r} (profile ids look like P0123abcd...; see `kartlegg profiles`)")
        return sorted(ids), ref
    if kind == "selector":
        try:
            skind, value = parse(ref, region)
        except BadSelector as exc:
            raise EraseError(str(exc)) from exc
        sid = selector_id(skind, value)
        ids = [
            int(r[0])
            for r in conn.execute(text("SELECT DISTINCT ad_id FROM ad_selectors WHERE selector_id = :s"), {"s": sid})
        ]
        if not ids:
            raise UnknownTarget(f"no ad carries that {skind}")
        token = hmac.new(key, f"{skind}\x1f{value}".encode(), hashlib.sha256).hexdigest()[:20]
        return sorted(ids), f"{skind}:{token}"
    raise EraseError(f"unknown kind {kind!r}; kinds: {', '.join(KINDS)}")


def _in(conn: Connection, sql: str, name: str, values: list[Any]) -> list[Any]:
    stmt = text(sql).bindparams(bindparam(name, expanding=True))
    out: list[Any] = []
    for start in range(0, len(values), CHUNK):
        out.extend(conn.execute(stmt, {name: values[start : start + CHUNK]}).all())
    return out


def scope_of(conn: Connection, ids: list[int]) -> Scope:
    """Everything that hangs off the erased ads, read before anything is deleted."""
    scope = Scope(ids=sorted(set(ids)))
    versions = _in(conn, "SELECT seq, page_id, url FROM ad_versions WHERE ad_id IN :ids", "ids", scope.ids)
    scope.versions = sorted(int(r[0]) for r in versions)
    scope.pages = sorted({int(r[1]) for r in versions if r[1] is not None})
    urls = {r[2] for r in versions if r[2]}
    urls.update(r[0] for r in _in(conn, "SELECT url FROM raw_pages WHERE id IN :ids", "ids", scope.pages) if r[0])
    scope.urls = sorted(urls)
    scope.carried = sorted(
        {int(r[0]) for r in _in(conn, "SELECT DISTINCT selector_id FROM ad_selectors WHERE ad_id IN :ids", "ids", ids)}
    )
    return scope


@dataclass(slots=True)
class Marks:
    """What the erased ads leave outside their own rows: tombstone inputs and what to search the archive for."""

    urls: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    texts: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    needles: Needles = field(default_factory=Needles)
    hosts: set[str] = field(default_factory=set)
    #: the erased ads' photos that no kept ad shows: their archived image records go too
    images: frozenset[str] = frozenset()


def marks_of(conn: Connection, scope: Scope) -> Marks:
    """Read before anything is deleted: each ad's URLs and texts, and the needles: titles, the start of
    each text, and the selectors no ad outside the scope carries (in the form the page showed and stored)."""
    m = Marks()
    rows = _in(
        conn,
        "SELECT v.ad_id, v.url, p.url, v.title, v.body FROM ad_versions v LEFT JOIN raw_pages p ON p.id = v.page_id "
        "WHERE v.ad_id IN :ids",
        "ids",
        scope.ids,
    )
    for aid, url, page_url, title, body in rows:
        m.urls[int(aid)].update(u for u in (url, page_url) if u)
        m.texts[int(aid)].add(body or "")
        m.needles.add([title])
        m.needles.add([body], prefix=TEXT_PREFIX)
    held = _in(conn, "SELECT selector_id, ad_id FROM ad_selectors WHERE selector_id IN :ids", "ids", scope.carried)
    mine = set(scope.ids)
    shared = {int(sid) for sid, aid in held if int(aid) not in mine}
    gone = sorted(set(scope.carried) - shared)
    raw = _in(conn, "SELECT DISTINCT raw FROM ad_selectors WHERE selector_id IN :ids", "ids", gone)
    m.needles.add(r[0] for r in raw)
    m.needles.add(r[0] for r in _in(conn, "SELECT value FROM selectors WHERE id IN :ids", "ids", gone))
    m.hosts = {urlsplit(u).netloc.lower() for us in m.urls.values() for u in us if urlsplit(u).netloc}
    photos = {str(r[0]) for r in _in(conn, "SELECT DISTINCT url FROM ad_images WHERE ad_id IN :ids", "ids", scope.ids)}
    shown = _in(conn, "SELECT url, ad_id FROM ad_images WHERE url IN :u", "u", sorted(photos))
    m.images = frozenset(photos - {str(u) for u, aid in shown if int(aid) not in mine})
    return m


def _site_files(conn: Connection, hosts: set[str]) -> set[str]:
    """The archive files holding any page of these hosts (where a listing that showed an erased ad is)."""
    files: set[str] = set()
    for host in sorted(hosts):
        for scheme in ("http", "https"):
            files.update(
                r[0]
                for r in conn.execute(
                    text("SELECT DISTINCT warc_path FROM raw_pages WHERE warc_path IS NOT NULL AND url LIKE :u"),
                    {"u": f"{scheme}://{host}/%"},
                )
            )
    return files


def _kept_evidence(conn: Connection, files: list[str]) -> frozenset[str]:
    """The records in ``files`` that are the evidence of an ad still in the store: never dropped."""
    rows = _in(
        conn,
        "SELECT p.warc_record_id FROM raw_pages p JOIN ad_versions v ON v.page_id = p.id WHERE p.warc_path IN :f",
        "f",
        files,
    )
    return frozenset(str(r[0]) for r in rows if r[0])


def _delete(conn: Connection, table: str, where: str, scope: Scope) -> None:
    """Delete ``where`` over each list it names, in chunks (the lists not being chunked are empty, so a
    clause is a disjunction over its lists)."""
    params = scope.params()
    used = [name for name in params if f":{name}" in where]
    stmt = text(f"DELETE FROM {table} WHERE {where}").bindparams(
        *(bindparam(n, expanding=True, type_=String() if n in ("sids", "urls") else BigInteger()) for n in used)
    )
    for name in used:
        values = list(params[name])
        for start in range(0, len(values), CHUNK):
            args: dict[str, Any] = {n: [] for n in used}
            args[name] = values[start : start + CHUNK]
            conn.execute(stmt, args)


def _warc_records(conn: Connection, scope: Scope) -> dict[str, list[ErasedRecord]]:
    by_file: dict[str, list[ErasedRecord]] = defaultdict(list)
    rows = _in(
        conn,
        "SELECT warc_path, warc_record_id, sha256 FROM raw_pages WHERE id IN :ids AND warc_path IS NOT NULL",
        "ids",
        scope.pages,
    )
    for path, rid, sha in rows:
        if rid:
            by_file[path].append(ErasedRecord(rid, sha))
    return by_file


def _rewrite(
    conn: Connection,
    archive: Path,
    by_file: dict[str, list[ErasedRecord]],
    marks: Marks,
    reason: str,
    actor: str,
) -> list[Rewritten]:
    """Rewrite each file of the erased ads' sites without the erased records, their photos and the pages
    that show what was erased; store the kept records' new offsets and forget the dropped pages' rows."""
    files = sorted(set(by_file) | _site_files(conn, marks.hosts))
    keep = _kept_evidence(conn, files)
    if files and marks.needles:  # what is left after the deletes is the kept ads
        kept = conn.execute(text("SELECT title, substr(body, 1, 200) FROM ad_versions"))
        marks.needles.prune(value for row in kept for value in row)
    done: list[Rewritten] = []
    try:
        for rel in files:
            path = Path(rel) if Path(rel).is_absolute() else archive / rel
            if not path.exists():
                continue  # a file already gone holds nothing to erase
            rw = rewrite_without(
                path,
                by_file.get(rel, []),
                reason=reason,
                actor=actor,
                needles=marks.needles,
                urls=marks.images,
                keep=keep,
            )
            if not rw.removed:
                rw.discard()
                continue
            done.append(rw)
            stmt = text("UPDATE raw_pages SET warc_offset = :o WHERE warc_path = :p AND warc_record_id = :r")
            if rw.offsets:
                conn.execute(stmt, [{"o": off, "p": rel, "r": rid} for rid, off in rw.offsets.items()])
            if rw.matched:
                forget = text(
                    "DELETE FROM raw_pages WHERE warc_path = :p AND warc_record_id IN :r AND NOT EXISTS "
                    "(SELECT 1 FROM ad_versions v WHERE v.page_id = raw_pages.id)"
                ).bindparams(bindparam("r", expanding=True))
                for start in range(0, len(rw.matched), CHUNK):
                    conn.execute(forget, {"p": rel, "r": rw.matched[start : start + CHUNK]})
    except BaseException:
        for rw in done:
            rw.discard()
        raise
    return done


def erase(
    store: Store,
    kind: str,
    ref: str,
    *,
    reason: str,
    actor: str,
    region: str | None = None,
    rebuild: bool = True,
) -> Erasure:
    """Erase what ``kind``/``ref`` names everywhere; audited with ``reason`` (see the module docstring)."""
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise EraseError("erasure needs a reason (a decision or case reference, at least 5 characters)")
    key = key_file(store.settings.tombstone_key_file)
    with store.connect() as conn:
        ids, object_id = target_ads(conn, kind, ref, key=key, region=region)
    return erase_ads(store, ids, reason=reason, actor=actor, kind=kind, object_id=object_id, rebuild=rebuild)


def erase_ads(
    store: Store,
    ids: list[int],
    *,
    reason: str,
    actor: str,
    kind: str = "ad",
    object_id: str = "",
    rebuild: bool = True,
    action: str = "erase",
    details: dict[str, Any] | None = None,
) -> Erasure:
    """Erase these ads (the function behind ``erase`` and retention); returns what was removed."""
    result = Erasure(kind, object_id)
    try:
        with pipeline_lock(store):
            _erase_locked(store, ids, result, reason=reason, actor=actor, action=action, details=details or {})
            if rebuild:
                result.rebuilt = rebuild_derived(store)
    except StageBusy as exc:
        raise EraseError(f"{exc}; erase once it has finished") from exc
    return result


def _erase_locked(
    store: Store, ids: list[int], result: Erasure, *, reason: str, actor: str, action: str, details: dict[str, Any]
) -> None:
    key = key_file(store.settings.tombstone_key_file)
    rewrites: list[Rewritten] = []
    try:
        with store.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left readable
            present = {int(r[0]) for r in _in(conn, "SELECT id FROM ads WHERE id IN :ids", "ids", sorted(set(ids)))}
            scope = scope_of(conn, sorted(present))
            by_file = _warc_records(conn, scope)
            marks = marks_of(conn, scope)
            modules = registry.by_module()
            for _, holdings in modules:
                for h in holdings:
                    if h.kind == "hook" and h.hook is not None:
                        h.hook(conn, scope)
            for _, holdings in reversed(modules):
                for h in holdings:
                    if h.kind == "rows":
                        _delete(conn, h.table, h.where, scope)
            tombstones.add(conn, key, scope.ids, reason=reason, actor=actor, urls=marks.urls, texts=marks.texts)
            rewrites = _rewrite(conn, store.settings.archive_dir, by_file, marks, reason, actor)
            result.ads, result.versions = len(scope.ids), len(scope.versions)
            result.warc_records = sum(len(v) for v in by_file.values())
            result.warc_other = sum(len(rw.matched) for rw in rewrites)
            result.warc_files = len(rewrites)
            audit.record(
                conn,
                actor=actor,
                action=action,
                object_type=result.kind,
                object_id=result.object_id,
                justification=reason,
                details={
                    **details,
                    "ads": result.ads,
                    "versions": result.versions,
                    "warc_records": result.warc_records,
                    "warc_other": result.warc_other,
                },
            )
            for rw in rewrites:  # the last step before the commit: a failed commit leaves files re-runnable
                rw.commit()
            rewrites = []
    finally:
        for rw in rewrites:
            rw.discard()
    if store.dialect == "sqlite":
        with store.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # old page images leave the WAL file


def readmit(store: Store, refs: list[str], *, reason: str, actor: str) -> int:
    """Lift the tombstones of erased ads (``SITE/AD-KEY`` or ad id), with their URL and text fingerprints:
    the explicit, audited decision that lets a re-import or re-crawl take them in again. Returns how many."""
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise EraseError("taking an erased ad in again needs a reason (the decision, at least 5 characters)")
    ids: list[int] = []
    for ref in refs:
        site, sep, key_ = ref.strip().partition("/")
        if ref.strip().isdigit():
            ids.append(int(ref))
        elif sep and site and key_:
            ids.append(ad_id(site, key_))
        else:
            raise EraseError(f"{ref!r} is not an ad reference; give SITE/AD-KEY (e.g. rosa.example/1234) or an ad id")
    key = key_file(store.settings.tombstone_key_file)
    with store.begin() as conn:
        n = tombstones.lift(conn, key, ids)
        if not n:
            raise UnknownTarget("none of these ads is erased (no tombstone to lift)")
        audit.record(
            conn,
            actor=actor,
            action="readmit",
            object_type="ad",
            object_id=",".join(str(i) for i in ids)[:500],
            justification=reason,
            details={"ads": n},
        )
    return n


def rebuild_derived(store: Store) -> dict[str, Any]:
    """Learn the erased ads' sites' furniture again from the ads left, link and assess again, so site models,
    persons, networks, reasons and scores no longer hold the erased ads."""
    from kartlegg.assess.run import run_assess
    from kartlegg.extract.run import relearn_forgotten
    from kartlegg.link.run import run_link

    return {"furniture": relearn_forgotten(store), "link": run_link(store), "assess": run_assess(store)}
