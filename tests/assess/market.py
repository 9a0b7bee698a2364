"""Synthetic, non-explicit ads for the assess tests: loaded through the real ingest and extract stages.

Selectors the first-cut extractor does not produce yet (nationality, language, price, age, city) are
added the way the full extractor stores them (``ad_selectors`` with spans), and profiles/networks are
inserted as the link stage stores them. Nothing here is real personal data.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import text

from kartlegg.extract.api import export_fields, extract_ad
from kartlegg.ids import ad_id, selector_id
from kartlegg.records import AdInput
from kartlegg.store.ads import IncomingAd, ensure_sites, insert_ads
from kartlegg.store.engine import Store
from kartlegg.store.stages import MOVES_RECORDED, finish_run, start_run


@dataclass
class SynthAd:
    key: str
    body: str
    title: str = "Hej"
    city: str | None = "Stockholm"
    posted_at: str | None = "2026-03-01T12:00:00"
    images: list[str] = dataclasses.field(default_factory=list)
    #: (kind, value, raw text in the body, detail)
    selectors: list[tuple[str, str, str, dict[str, Any]]] = dataclasses.field(default_factory=list)
    profile: str | None = None
    network: str | None = None
    site: str = "rosa.example"
    truth: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def ad_id(self) -> int:
        return ad_id(self.site, self.key)


def load(store: Store, ads: list[SynthAd], *, link: bool = True) -> None:
    """Ingest, extract, add selectors, and (``link``) write profiles and networks."""
    cache: dict[str, int] = {}
    items = [
        IncomingAd(
            AdInput(
                id=a.key,
                site=a.site,
                url=f"https://{a.site}/ad/{a.key}",
                posted_at=a.posted_at,
                title=a.title,
                body=a.body,
                city=a.city,
                images=tuple(a.images),
            ),
            content_hash=f"h-{a.key}-{hash(a.body)}",
            source="test:synthetic",
            source_sha256="0" * 64,
        )
        for a in ads
    ]
    with store.begin() as conn:
        ensure_sites(conn, sorted({a.site for a in ads}), cache)
        insert_ads(conn, items, cache)
    with store.begin() as conn:
        seqs = {
            int(r[0]): int(r[1]) for r in conn.execute(text("SELECT ad_id, MAX(seq) FROM ad_versions GROUP BY ad_id"))
        }
        for a in ads:
            # The real extraction API, stored the way the extract stage stores it.
            ex = extract_ad(title=a.title, body=a.body, url=f"https://{a.site}/ad/{a.key}", city=a.city, site=a.site)
            found = [(m.kind, m.value, m.field, m.start, m.raw, m.detail) for m in ex.matches]
            for kind, value, raw, detail in a.selectors:
                start = a.body.find(raw)
                assert start >= 0, f"{raw!r} not in ad {a.key}"
                found.append((kind, value, "body", start, raw, detail))
            conn.execute(
                text(
                    "INSERT INTO ad_extractions (version_seq, ad_id, language, data, extracted_at) "
                    "VALUES (:s, :a, :l, :d, '2026-01-01T00:00:00') ON CONFLICT (version_seq) DO NOTHING"
                ),
                {"s": seqs[a.ad_id], "a": a.ad_id, "l": ex.language, "d": orjson.dumps(export_fields(ex)).decode()},
            )
            for kind, value, field, start, raw, detail in found:
                sid = selector_id(kind, value)
                conn.execute(
                    text("INSERT INTO selectors (id, kind, value) VALUES (:i, :k, :v) ON CONFLICT (id) DO NOTHING"),
                    {"i": sid, "k": kind, "v": value},
                )
                conn.execute(
                    text(
                        "INSERT INTO ad_selectors (version_seq, ad_id, selector_id, field, span_start, span_end, raw, "
                        "detail) VALUES (:s, :a, :i, :f, :st, :en, :raw, :d) ON CONFLICT DO NOTHING"
                    ),
                    {
                        "f": field,
                        "s": seqs[a.ad_id],
                        "a": a.ad_id,
                        "i": sid,
                        "st": start,
                        "en": start + len(raw),
                        "raw": raw,
                        "d": orjson.dumps(detail).decode(),
                    },
                )
        # recorded as the extract stage records a run: its watermark is the last version it extracted
        run = start_run(conn, "extract")
        finish_run(conn, run, watermark=max(seqs.values(), default=0), info={"versions": len(seqs)})
        if link:
            write_links(conn, ads)


def write_links(conn: Any, ads: list[SynthAd], *, record: bool = True) -> None:
    """Replace whatever the link stage wrote with the synthetic ground truth; ``record``: as a link run
    that records the ads whose person it changed (``link_moves``), else as one that does not (a full run)."""
    before = {int(r[0]): str(r[1]) for r in conn.execute(text("SELECT ad_id, profile_id FROM profile_ads"))}
    for table in ("profile_ads", "profiles", "networks"):
        conn.execute(text(f"DELETE FROM {table}"))
    profiles: dict[str, str | None] = {}
    for a in ads:
        if a.profile is not None:
            profiles.setdefault(a.profile, a.network)
    for nid in sorted({n for n in profiles.values() if n}):
        conn.execute(text("INSERT INTO networks (id, data) VALUES (:i, '{}')"), {"i": nid})
    for pid, nid in profiles.items():
        conn.execute(
            text("INSERT INTO profiles (id, network_id, data) VALUES (:i, :n, '{}')"),
            {"i": pid, "n": nid},
        )
    for a in ads:
        if a.profile is not None:
            conn.execute(
                text("INSERT INTO profile_ads (ad_id, profile_id) VALUES (:a, :p)"), {"a": a.ad_id, "p": a.profile}
            )
    after = {a.ad_id: a.profile for a in ads if a.profile is not None}
    moved = sorted(a for a in before.keys() | after.keys() if before.get(a) != after.get(a))
    if record and moved:
        conn.execute(
            text("INSERT INTO link_moves (ad_id) VALUES (:a) ON CONFLICT (ad_id) DO NOTHING"), [{"a": a} for a in moved]
        )
    run = start_run(conn, "link")
    finish_run(conn, run, watermark=0, info={MOVES_RECORDED: True} if record else {})


# -- a small market with ground truth ---------------------------------------------------------------

CITIES = ["Stockholm", "Göteborg", "Malmö", "Oslo", "Bergen", "København", "Aarhus", "Uppsala"]
NAMES = ["Anna", "Bella", "Clara", "Dina", "Elsa", "Freja", "Greta", "Hanna", "Ida", "Julia", "Kaja", "Lina"]
FILLER = [
    "Välkommen till en lugn och diskret träff i trevlig miljö med dusch och handdukar",
    "Jag är en glad och social kvinna som tycker om samtal och god kaffe på eftermiddagen",
    "Diskret lägenhet nära tunnelbanan, parkering finns på gatan utanför huset",
    "I love good conversation, dinner dates and long walks by the water in the evening",
    "Ring gärna i förväg så bokar vi en tid som passar dig under veckan",
    "Jeg er en rolig og hyggelig kvinne som liker å ta det med ro og prate litt først",
]
TEMPLATES = [
    "NY I STAN! Söt tjej från {nat} finns nu i {city} bara några dagar. Hon tar emot på hotell, ring och boka "
    "henne idag, snabbt svar dygnet runt.",
    "New in town! Sweet girl from {nat} is visiting {city} only a few days. She is available in hotel room, "
    "call to book her now, fast answer 24/7.",
]


def synthetic_market(seed: int = 1, n_persons: int = 60) -> list[SynthAd]:
    """Independent adults, controlled persons in small networks, and a few likely minors (most controlled)."""
    rng = random.Random(seed)
    ads: list[SynthAd] = []
    network_no = 0
    controlled_pool: list[int] = []
    person_network: dict[int, str] = {}
    kinds: dict[int, tuple[bool, bool]] = {}
    for p in range(n_persons):
        minor = rng.random() < 0.1
        controlled = rng.random() < (0.6 if minor else 0.3)
        kinds[p] = (minor, controlled)
        if controlled:
            controlled_pool.append(p)
    rng.shuffle(controlled_pool)
    while controlled_pool:
        size = min(len(controlled_pool), rng.randint(3, 5))
        group, controlled_pool = controlled_pool[:size], controlled_pool[size:]
        network_no += 1
        for p in group:
            person_network[p] = f"n{network_no}"
    network_phone = {n: f"+4670{7000000 + i:07d}" for i, n in enumerate(sorted(set(person_network.values())))}
    for p in range(n_persons):
        minor, controlled = kinds[p]
        name = rng.choice(NAMES)
        nat = rng.choice(["Rumänien", "Bulgarien", "Ungern"]) if (controlled or rng.random() < 0.3) else "Sverige"
        nat_code = {"Rumänien": "RO", "Bulgarien": "BG", "Ungern": "HU", "Sverige": "SE"}[nat]
        age = rng.choice([18, 19]) if minor else rng.randint(20, 45)
        own_phone = f"+4673{1000000 + p:07d}"
        home = rng.choice(CITIES)
        network = person_network.get(p, f"solo{p}")
        n_ads = rng.randint(1, 4)
        for k in range(n_ads):
            city = rng.choice(CITIES) if controlled and rng.random() < 0.6 else home
            stated_age = age if not (minor and k > 0 and rng.random() < 0.4) else age + rng.choice([3, 5])
            phone = network_phone[network] if controlled and rng.random() < 0.8 else own_phone
            if controlled and rng.random() < 0.7:
                body = rng.choice(TEMPLATES).format(nat=nat, city=city)
            else:
                body = f"Hej, jag heter {name}. " + " ".join(rng.sample(FILLER, 2)) + "."
            if minor and rng.random() < 0.7:
                body += rng.choice([" Ung tjej, nyss fyllt 18 🎀", " Sweet teen 🍭", " Skoltjej look 🧸"])
            elif not minor and rng.random() < 0.05:
                body += " Ung och glad."
            body += f" {stated_age} år. Ring {phone}."
            price = rng.choice([600, 700, 800]) if controlled and rng.random() < 0.5 else rng.choice([1800, 2000, 2500])
            body += f" Pris {price} kr/h."
            sels: list[tuple[str, str, str, dict[str, Any]]] = [
                ("age", str(stated_age), f"{stated_age} år", {}),
                ("price", str(price), f"{price} kr/h", {"amount": price, "currency": "SEK", "minutes": 60}),
            ]
            if nat in body:
                sels.append(("nationality", nat_code, nat, {}))
            ads.append(
                SynthAd(
                    key=f"p{p}-a{k}",
                    body=body,
                    city=city,
                    posted_at=f"2026-03-{1 + k * 5:02d}T12:00:00",
                    images=[f"https://img.example/{network if controlled else p}-{rng.randint(0, 2)}.jpg"],
                    selectors=sels,
                    profile=f"pr{p}",
                    network=network,
                    truth={"person": p, "minor": minor, "third_party": controlled},
                )
            )
    return ads
