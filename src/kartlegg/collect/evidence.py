"""The evidence chain of an ad: every stored version, the page it was read from, and the archived record
whose bytes still hash to what was recorded at fetch time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from kartlegg.collect.warc import read_record
from kartlegg.ids import ad_id as make_ad_id
from kartlegg.store.engine import Store


class UnknownAd(LookupError):
    """No ad matches the reference the user gave."""


@dataclass(frozen=True, slots=True)
class VersionEvidence:
    seq: int
    content_hash: str
    ingested_at: str
    source: str
    title: str
    page_id: int | None
    url: str | None = None
    fetched_at: str | None = None
    http_status: int | None = None
    sha256: str | None = None
    warc_path: str | None = None
    warc_offset: int | None = None
    warc_record_id: str | None = None
    verified: bool | None = None
    problem: str = ""
    #: the page's template fingerprint (collect/template.py), when the crawler recorded one
    template: str | None = None


@dataclass(frozen=True, slots=True)
class AdEvidence:
    ad_id: int
    site: str
    ad_key: str
    first_seen: str
    versions: list[VersionEvidence]

    @property
    def ok(self) -> bool:
        return all(v.verified is not False for v in self.versions)


def resolve_ad(conn: Connection, ref: str) -> int:
    """An ad id from ``123456`` (the stored id) or ``site/ad-key``."""
    ref = ref.strip()
    candidates: list[int] = []
    if ref.isdigit():
        candidates.append(int(ref))
    for sep in ("/", ":"):
        if sep in ref:
            site, key = ref.split(sep, 1)
            candidates.append(make_ad_id(site.strip().lower(), key.strip()))
    for cand in candidates:
        if cand < 2**63 and conn.execute(text("SELECT 1 FROM ads WHERE id = :i"), {"i": cand}).first():
            return cand
    raise UnknownAd(f"no ad {ref!r} (give the ad id, or SITE/AD-KEY)")


def verify_page(archive_dir: Path, warc_path: str, offset: int, record_id: str, sha256: str) -> tuple[bool, str]:
    """Re-read the archived record and check it is the one recorded and its bytes are unchanged."""
    path = Path(warc_path)
    if not path.is_absolute():
        path = archive_dir / path
    if not path.exists():
        return False, f"archive file missing: {path}"
    try:
        rec = read_record(path, offset)
    except Exception as exc:  # a damaged archive is a finding, not a crash
        return False, f"cannot read record at {path}:{offset}: {exc}"
    if rec.record_id != record_id:
        return False, f"record at offset {offset} is {rec.record_id}, expected {record_id}"
    actual = hashlib.sha256(rec.payload).hexdigest()
    if actual != sha256:
        return False, f"payload SHA-256 is {actual}, recorded {sha256}: the archive was altered"
    if rec.digests_ok is False:
        return False, "WARC block/payload digest does not match the record"
    return True, ""


def ad_evidence(store: Store, ref: str) -> AdEvidence:
    with store.connect() as conn:
        aid = resolve_ad(conn, ref)
        head = conn.execute(
            text("SELECT s.name, a.ad_key, a.first_seen FROM ads a JOIN sites s ON s.id = a.site_id WHERE a.id = :i"),
            {"i": aid},
        ).one()
        rows = conn.execute(
            text(
                "SELECT v.seq, v.content_hash, v.ingested_at, v.source, v.title, v.page_id, p.url, p.fetched_at, "
                "p.http_status, p.sha256, p.warc_path, p.warc_offset, p.warc_record_id, t.fingerprint "
                "FROM ad_versions v LEFT JOIN raw_pages p ON p.id = v.page_id "
                "LEFT JOIN page_templates t ON t.page_id = v.page_id WHERE v.ad_id = :i ORDER BY v.seq"
            ),
            {"i": aid},
        ).all()
    versions = []
    for r in rows:
        verified: bool | None = None
        problem = ""
        if r[10] is not None and r[11] is not None:
            verified, problem = verify_page(store.settings.archive_dir, r[10], int(r[11]), r[12], r[9])
        elif r[5] is None:
            problem = "imported from a file, no archived page"
        versions.append(
            VersionEvidence(
                seq=int(r[0]),
                content_hash=r[1],
                ingested_at=r[2],
                source=r[3],
                title=r[4],
                page_id=r[5],
                url=r[6],
                fetched_at=r[7],
                http_status=r[8],
                sha256=r[9],
                warc_path=r[10],
                warc_offset=None if r[11] is None else int(r[11]),
                warc_record_id=r[12],
                verified=verified,
                problem=problem,
                template=r[13],
            )
        )
    return AdEvidence(aid, head[0], head[1], head[2], versions)
