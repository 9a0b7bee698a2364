"""What assessment reads from earlier stages: only spine tables and columns (ARCHITECTURE.md).

Ads (latest version), extraction summaries and selector spans, image hashes, profiles and networks.
Nothing here knows how extraction or linking work inside.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

from kartlegg.store import schema
from kartlegg.store.ads import StoredVersion, _stored, latest_versions, versions_query
from kartlegg.store.engine import fetch_all, fetch_in


@dataclass(frozen=True, slots=True)
class Sel:
    """One selector occurrence in an ad version (``ad_selectors`` joined with ``selectors``)."""

    kind: str
    value: str
    field: str
    start: int
    end: int
    raw: str
    detail: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AdView:
    """An ad's latest version with everything extraction stored for it."""

    ad_id: int
    seq: int
    site: str
    url: str | None
    posted_at: str | None
    title: str
    body: str
    city: str | None
    images: list[str]
    data: dict[str, Any]
    language: str | None
    selectors: list[Sel]
    image_hashes: list[str]


_SELECTORS = text(
    "SELECT a.version_seq, s.kind, s.value, a.field, a.span_start, a.span_end, a.raw, a.detail "
    "FROM ad_selectors a JOIN selectors s ON s.id = a.selector_id WHERE a.version_seq IN :seqs "
    # the primary key's columns, so the order is total: where two selectors share a span ("500 kr" read as
    # SEK and as NOK), which one a reader keeps must not hang on the row order (PostgreSQL's varies)
    "ORDER BY a.version_seq, a.field, a.span_start, a.selector_id"
).bindparams(bindparam("seqs", expanding=True))
_EXTRACTIONS = text("SELECT version_seq, language, data FROM ad_extractions WHERE version_seq IN :seqs").bindparams(
    bindparam("seqs", expanding=True)
)
_IMAGES = text("SELECT version_seq, sha256, phash FROM ad_images WHERE version_seq IN :seqs").bindparams(
    bindparam("seqs", expanding=True)
)


def _loads(raw: Any) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _versions_of(conn: Connection, ad_ids: list[int], batch: int) -> Iterator[list[StoredVersion]]:
    ids = sorted(ad_ids)
    for i in range(0, len(ids), batch):
        q = versions_query(True).where(schema.ads.c.id.in_(ids[i : i + batch])).order_by(schema.ads.c.id)
        yield [_stored(r) for r in conn.execute(q)]


def iter_ad_views(conn: Connection, batch: int = 2000, ad_ids: list[int] | None = None) -> Iterator[list[AdView]]:
    """Every ad's latest version (or only those of ``ad_ids``), with selectors, extraction summary and image
    hashes, in batches by ad id."""
    source = latest_versions(conn, batch=batch) if ad_ids is None else _versions_of(conn, ad_ids, batch)
    for versions in source:
        seqs = [v.seq for v in versions]
        sels: dict[int, list[Sel]] = {}
        for r in conn.execute(_SELECTORS, {"seqs": seqs}):
            sels.setdefault(int(r[0]), []).append(
                Sel(str(r[1]), str(r[2]), str(r[3]), int(r[4]), int(r[5]), str(r[6]), _loads(r[7]))
            )
        extractions: dict[int, tuple[str | None, dict[str, Any]]] = {
            int(r[0]): (r[1], _loads(r[2])) for r in conn.execute(_EXTRACTIONS, {"seqs": seqs})
        }
        hashes: dict[int, list[str]] = {}
        for r in conn.execute(_IMAGES, {"seqs": seqs}):
            keys = hashes.setdefault(int(r[0]), [])
            if r[1]:
                keys.append(f"sha256:{r[1]}")
            if r[2]:
                keys.append(f"phash:{r[2]}")
        out: list[AdView] = []
        for v in versions:
            language, data = extractions.get(v.seq, (None, {}))
            out.append(
                AdView(
                    ad_id=v.ad_id,
                    seq=v.seq,
                    site=v.site,
                    url=v.url,
                    posted_at=v.posted_at,
                    title=v.title,
                    body=v.body,
                    city=v.city,
                    images=[str(i) for i in v.images if isinstance(i, str)],
                    data=data,
                    language=language or (data.get("language") if isinstance(data.get("language"), str) else None),
                    selectors=sels.get(v.seq, []),
                    image_hashes=hashes.get(v.seq, []),
                )
            )
        yield out


@dataclass(frozen=True, slots=True)
class Links:
    """What linking decided: each ad's profile, each profile's network."""

    ad_profile: Mapping[int, str]
    profile_network: Mapping[str, str | None]

    @property
    def linked(self) -> bool:
        return len(self.profile_network) > 0

    def members(self, networks: AbstractSet[str]) -> list[tuple[str, str]]:
        """(profile, network) of every profile of ``networks``, in profile-id order."""
        return [(p, n) for p, n in self.profile_network.items() if n is not None and n in networks]

    def networks(self) -> int:
        """How many networks there are."""
        return len({n for n in self.profile_network.values() if n})

    def existing(self, networks: Collection[str]) -> set[str]:
        """Those of ``networks`` that hold a profile now."""
        return set(networks) & {n for n in self.profile_network.values() if n}

    def prefetch(self, ads: Iterable[int]) -> None:
        """Say which ads' persons and networks will be asked for (loaded links hold them all)."""

    def prefetch_persons(self, ads: Iterable[int]) -> None:
        """Say which ads' persons (not their networks) will be asked for."""


def load_links(conn: Connection) -> Links:
    """Each ad's profile and each profile's network, profiles by id: a network pools its profiles' evidence
    in this order, so it must not hang on the table's physical order (which rewriting rows moves) for an
    incremental run's carried network scores to stay those of a full run."""
    ad_profile = {int(r[0]): str(r[1]) for r in fetch_all(conn, "SELECT ad_id, profile_id FROM profile_ads")}
    profile_network = {
        str(r[0]): (str(r[1]) if r[1] is not None else None)
        for r in fetch_all(conn, "SELECT id, network_id FROM profiles ORDER BY id")
    }
    return Links(ad_profile, profile_network)


_ABSENT = object()


class _Lookup(Mapping[Any, Any]):
    """One column of a table by its key, read when asked (and kept): never iterated, a pass over every
    row being what it avoids."""

    def __init__(self, conn: Connection, table: str, key: str, value: str) -> None:
        self._raw = conn.connection.driver_connection  # sqlite3: a cached statement per lookup, no ORM rows
        self._one = f"SELECT {value} FROM {table} WHERE {key} = ?"
        self._some = f"SELECT {key}, {value} FROM {table} WHERE {key} IN "
        self._count = f"SELECT COUNT(*) FROM {table}"
        self._known: dict[Any, Any] = {}  # key -> value, or _ABSENT
        self._len: int | None = None

    def _value(self, key: Any) -> Any:
        got = self._known.get(key, _ABSENT)
        if got is _ABSENT and key not in self._known:
            row = self._raw.execute(self._one, (key,)).fetchone()  # type: ignore[union-attr]
            got = self._known[key] = _ABSENT if row is None else row[0]
        return got

    def prefetch(self, keys: Iterable[Any]) -> None:
        """Look these keys up a statement per 900 (an incremental run knows most of what it will ask)."""
        wanted = sorted({k for k in keys if k not in self._known})
        for i in range(0, len(wanted), 900):
            part = wanted[i : i + 900]
            self._known.update(dict.fromkeys(part, _ABSENT))
            sql = self._some + f"({', '.join('?' * len(part))})"
            self._known.update(self._raw.execute(sql, part).fetchall())  # type: ignore[union-attr]

    def get(self, key: Any, default: Any = None) -> Any:
        got = self._known.get(key, _ABSENT)  # a key known (prefetched) answered here: ~110,000 calls a day
        if got is _ABSENT:
            got = self._value(key)
        return default if got is _ABSENT else got

    def __getitem__(self, key: Any) -> Any:
        got = self._value(key)
        if got is _ABSENT:
            raise KeyError(key)
        return got

    def __contains__(self, key: object) -> bool:
        return self._value(key) is not _ABSENT

    def __len__(self) -> int:
        if self._len is None:
            self._len = int(self._raw.execute(self._count).fetchone()[0])  # type: ignore[union-attr]
        return self._len

    def __iter__(self) -> Iterator[Any]:
        raise TypeError("a link lookup is not iterated: a pass over every row is what it avoids")


class LiveLinks(Links):
    """``Links`` read from the tables when asked, inside the run's transaction (SQLite): an incremental run
    looks up the ads and profiles it reaches, not every row (issue 20; 1.2 M rows at 1M ads)."""

    _conn: Connection

    def __init__(self, conn: Connection) -> None:
        super().__init__(
            _Lookup(conn, "profile_ads", "ad_id", "profile_id"), _Lookup(conn, "profiles", "id", "network_id")
        )
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "_ads", self.ad_profile)
        object.__setattr__(self, "_profiles", self.profile_network)

    _ads: _Lookup
    _profiles: _Lookup

    def prefetch(self, ads: Iterable[int]) -> None:
        ads = list(ads)
        self._ads.prefetch(ads)
        self._profiles.prefetch(p for a in ads if (p := self._ads.get(a)) is not None)

    def prefetch_persons(self, ads: Iterable[int]) -> None:
        self._ads.prefetch(ads)

    def members(self, networks: AbstractSet[str]) -> list[tuple[str, str]]:
        sql = "SELECT id, network_id FROM profiles WHERE network_id IN :ids"
        return sorted((str(r[0]), str(r[1])) for r in fetch_in(self._conn, sql, sorted(networks)))

    def networks(self) -> int:
        return int(self._conn.execute(text("SELECT COUNT(DISTINCT network_id) FROM profiles")).scalar_one())

    def existing(self, networks: Collection[str]) -> set[str]:
        sql = "SELECT DISTINCT network_id FROM profiles WHERE network_id IN :ids"
        return {str(r[0]) for r in fetch_in(self._conn, sql, sorted(networks))}
