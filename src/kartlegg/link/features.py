"""Per-ad link features, computed once per ad version and kept in ``link_features``.

This is the incremental half of linking: a new day's ads are read, masked, hashed and indexed once; the
clustering that follows works from these compact rows and never re-reads or re-hashes old ads.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, text

from kartlegg.extract.places import canonical_city
from kartlegg.link import text as textsim
from kartlegg.link.cluster import AdFeatures
from kartlegg.link.config import LinkRules, NameRules
from kartlegg.link.facts import profile_facts
from kartlegg.link.names import find_name, heading_age, poster_name, slug_name, staff_name, title_age
from kartlegg.link.phash import PREFIX as PHASH_PREFIX
from kartlegg.link.phash import parse_phash
from kartlegg.store.ads import StoredVersion
from kartlegg.store.engine import fetch_in, placeholder

_SELECTOR_KINDS = ("phone", "email", "handle")
_HASHY = re.compile(r"^[A-Za-z0-9_\-]{8,128}$")


def image_key(url: str, sha256: str | None = None, phash: str | None = None) -> str:
    """What identifies one picture: its perceptual hash when fetched and decodable (``phash:``; near-identical
    ones are joined into one cluster key at link time), else its bytes' hash, else a hash-like file name,
    else the URL."""
    if phash and parse_phash(phash) is not None:
        return PHASH_PREFIX + phash.lower()
    if sha256:
        return "sha256:" + sha256.lower()
    path = url.split("?", 1)[0].split("#", 1)[0]
    base = path.rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0]
    if _HASHY.match(stem) and any(ch.isdigit() for ch in stem) and any(ch.isalpha() for ch in stem):
        return "file:" + base.lower()[:200]
    return "url:" + url[:500]


def ad_name(v: StoredVersion, rules: NameRules, template: Collection[str] = ()) -> str | None:
    """The name an ad is read with, none of ``template`` (its site's stock words, ``stock_names``): the ad's
    own words, else its address's, else a forum post's author."""
    name = find_name(v.title, v.body, v.extra, rules, template)
    if name is None:
        name = slug_name(v.url, rules, v.title) or poster_name(v.body, rules)
        if name is not None and name.lower() in template:
            return None
    return name


@dataclass(frozen=True, slots=True)
class FeatureRow:
    features: AdFeatures
    version_seq: int
    masked: str
    text_hash: str


def build_features(
    versions: Sequence[StoredVersion],
    selectors: dict[int, list[tuple[str, str]]],
    extractions: dict[int, dict[str, Any]],
    image_hashes: dict[int, dict[str, tuple[str | None, str | None]]],
    rules: LinkRules,
    templates: Mapping[str, Collection[str]] | None = None,
    names: Mapping[int, str | None] | None = None,
) -> list[FeatureRow]:
    """Features of a batch of versions (the masked texts are MinHashed together, which is what makes it fast).
    ``templates``: each site's stock words that are no names there (``stock_names.learn``); ``names``: names
    already read with those words, by version seq (``stock_names.names_read``), taken instead of reading them."""
    masked = [textsim.mask_text(v.title, v.body, rules.text.max_chars) for v in versions]
    bands = textsim.band_keys(masked, rules.text)
    out: list[FeatureRow] = []
    for v, m, b in zip(versions, masked, bands, strict=True):
        ex = extractions.get(v.seq, {})
        sel: dict[tuple[str, str], None] = dict.fromkeys(selectors.get(v.seq, []))
        hashes = image_hashes.get(v.seq, {})
        for url in v.images[:50]:
            if isinstance(url, str) and url:
                sha, ph = hashes.get(url, (None, None))
                sel.setdefault(("image", image_key(url, sha, ph)), None)
        ages = tuple(sorted({int(a) for a in ex.get("ages", []) if isinstance(a, int | str) and str(a).isdigit()}))
        if not ages:  # her age on a staff line ("Today: Elena (24)"), else in the title ("Bella 24")
            staff = staff_name(v.body, rules.names)
            fallback = (staff[1] if staff else None) or title_age(v.title, rules.names) or heading_age(v.body)
            ages = (fallback,) if fallback else ()
        cities = [c for c in ex.get("cities", []) if isinstance(c, str)]
        city = v.city or (cities[0] if cities else None)
        feats = AdFeatures(
            ad_id=v.ad_id,
            site=v.site,
            # one name per city ("Malmo", "malmö" -> "Malmö"), so timelines and movements see no false moves
            city=(canonical_city(city) or city.strip().title()) if city else None,
            posted_at=v.posted_at,
            name=names[v.seq]
            if names is not None and v.seq in names
            else ad_name(v, rules.names, templates.get(v.site, ()) if templates else ()),
            ages=ages,
            selectors=tuple(sel),
            bands=tuple(b),
            facts=profile_facts(v.body),
        )
        th = hashlib.blake2b(m.encode("utf-8"), digest_size=8).hexdigest() if b else ""
        out.append(FeatureRow(feats, v.seq, m, th))
    return out


ImageHashes = dict[int, dict[str, tuple[str | None, str | None]]]


def load_batch_inputs(
    conn: Connection, lo: int, hi: int
) -> tuple[dict[int, list[tuple[str, str]]], dict[int, dict[str, Any]], ImageHashes]:
    """Selectors, extraction summaries and image hashes (sha256, phash) of versions ``lo..hi``."""
    selectors: dict[int, list[tuple[str, str]]] = defaultdict(list)
    # No filter on kind in SQL: with one, SQLite walks every selector of that kind instead of the version range.
    for seq, kind, value in conn.execute(
        text(
            "SELECT a.version_seq, s.kind, s.value FROM ad_selectors a JOIN selectors s ON s.id = a.selector_id "
            "WHERE a.version_seq BETWEEN :lo AND :hi ORDER BY a.version_seq, a.field, a.span_start"
        ),
        {"lo": lo, "hi": hi},
    ):
        if kind in _SELECTOR_KINDS:
            selectors[int(seq)].append((kind, value))
    extractions: dict[int, dict[str, Any]] = {}
    for seq, data in conn.execute(
        text("SELECT version_seq, data FROM ad_extractions WHERE version_seq BETWEEN :lo AND :hi"),
        {"lo": lo, "hi": hi},
    ):
        extractions[int(seq)] = orjson.loads(data)
    images: ImageHashes = defaultdict(dict)
    for seq, url, sha, ph in conn.execute(
        text(
            "SELECT version_seq, url, sha256, phash FROM ad_images WHERE version_seq BETWEEN :lo AND :hi "
            "AND (sha256 IS NOT NULL OR phash IS NOT NULL)"
        ),
        {"lo": lo, "hi": hi},
    ):
        images[int(seq)][url] = (sha, ph)
    return selectors, extractions, images


def feature_data(
    ages: Sequence[int],
    selectors: Sequence[tuple[str, str]],
    bands: Sequence[int],
    text_hash: str,
    facts: Sequence[tuple[str, str]],
) -> str:
    """``link_features.data`` of one ad: the one writer of its JSON, which both engines store (the Spark engine's
    ``store_io`` too), so that a store reads alike whichever engine wrote it. Facts only where the ad prints one."""
    data: dict[str, Any] = {
        "ages": list(ages),
        "sel": [list(s) for s in selectors],
        "bands": list(bands),
        "th": text_hash,
    }
    if facts:
        data["facts"] = [list(x) for x in facts]
    return orjson.dumps(data).decode()


def save_features(conn: Connection, rows: Sequence[FeatureRow]) -> None:
    """Upsert feature rows; an older version never overwrites a newer one."""
    if not rows:
        return
    ph = placeholder(conn)
    params = [
        (
            r.features.ad_id,
            r.version_seq,
            r.features.site,
            r.features.city,
            r.features.posted_at,
            r.features.name,
            feature_data(r.features.ages, r.features.selectors, r.features.bands, r.text_hash, r.features.facts),
            r.masked,
        )
        for r in rows
    ]
    conn.exec_driver_sql(
        "INSERT INTO link_features (ad_id, version_seq, site, city, posted_at, name, data, masked) "
        f"VALUES ({', '.join([ph] * 8)}) ON CONFLICT (ad_id) DO UPDATE SET version_seq = excluded.version_seq, "
        "site = excluded.site, city = excluded.city, posted_at = excluded.posted_at, name = excluded.name, "
        "data = excluded.data, masked = excluded.masked WHERE excluded.version_seq >= link_features.version_seq",
        params,
    )


def _decode(row: Sequence[Any]) -> tuple[AdFeatures, str]:
    ad_id, site, city, posted_at, name, data = row
    d = orjson.loads(data)
    feats = AdFeatures(
        ad_id=int(ad_id),
        site=site,
        city=city,
        posted_at=posted_at,
        name=name,
        ages=tuple(d["ages"]),
        selectors=tuple((s[0], s[1]) for s in d["sel"]),
        bands=tuple(d["bands"]),
        facts=tuple((f[0], f[1]) for f in d.get("facts", ())),
    )
    return feats, d.get("th", "")


def load_all_features(conn: Connection, batch: int = 50_000) -> tuple[list[AdFeatures], list[str]]:
    """Every ad's features ordered by ad id, and each ad's masked-text hash (streamed in batches)."""
    feats: list[AdFeatures] = []
    hashes: list[str] = []
    last = -1
    while True:
        rows = conn.execute(
            text(
                "SELECT ad_id, site, city, posted_at, name, data FROM link_features WHERE ad_id > :last "
                "ORDER BY ad_id LIMIT :n"
            ),
            {"last": last, "n": batch},
        ).all()
        if not rows:
            break
        for row in rows:
            f, th = _decode(row)
            feats.append(f)
            hashes.append(th)
        last = int(rows[-1][0])
    return feats, hashes


def load_features(conn: Connection, ad_ids: Iterable[int]) -> dict[int, tuple[AdFeatures, str]]:
    """The stored features (raw image keys) and masked-text hash of the given ads."""
    rows = fetch_in(
        conn, "SELECT ad_id, site, city, posted_at, name, data FROM link_features WHERE ad_id IN :ids", ad_ids
    )
    out: dict[int, tuple[AdFeatures, str]] = {}
    for row in rows:
        f, th = _decode(row)
        out[f.ad_id] = (f, th)
    return out


def load_masked(conn: Connection, ad_ids: Iterable[int]) -> dict[int, str]:
    """Masked texts of the given ads (ad id -> text)."""
    return {int(a): m for a, m in fetch_in(conn, "SELECT ad_id, masked FROM link_features WHERE ad_id IN :ids", ad_ids)}
