"""A small synthetic market for the workbench tests: ads ingested and extracted for real, plus the rows
the linking and assessment stages would write (profiles, networks, links, scores, indicators)."""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import orjson
import pytest
from sqlalchemy import Connection, text
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette prefers httpx2; httpx is what the project pins
    from starlette.testclient import TestClient

from tests.conftest import make_settings

from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.extract.run import run_extract
from kartlegg.ids import ad_id
from kartlegg.records import AdInput
from kartlegg.store.ads import IncomingAd
from kartlegg.store.engine import Store, open_store
from kartlegg.web.app import WebConfig, create_app
from kartlegg.web.auth import ROLES, add_user

PASSWORD = "correct horse battery"
SITE = "rosa.example"
PHONE_A = "070-123 45 67"  # +46701234567, shared by profiles P1 and P2 (network N1)
E164_A = "+46701234567"
PHONE_B = "+47 412 34 567"  # +4741234567, profile P3


@dataclass(frozen=True)
class Market:
    ad_ids: dict[str, int]
    profiles: tuple[str, ...] = ("p-anna", "p-bella", "p-cora")
    network: str = "n-one"


def synthetic_ads(extra: list[AdInput] | None = None) -> list[AdInput]:
    ads = [
        AdInput(
            "a1",
            SITE,
            "https://rosa.example/ad/a1",
            "2026-03-01T14:05:00",
            "Ny i stan",
            f"Hej, jag heter Anna. Ring {PHONE_A} eller mejla anna@example.com",
            "Stockholm",
            ("https://rosa.example/i/1.jpg",),
        ),
        AdInput(
            "a2",
            SITE,
            "https://rosa.example/ad/a2",
            "2026-03-02T10:00:00",
            "Bella",
            f"Bella här, ny i Göteborg. Tel {PHONE_A}",
            "Göteborg",
            ("https://rosa.example/i/2.jpg",),
        ),
        AdInput(
            "a3",
            "nord.example",
            "https://nord.example/x/3",
            "2026-03-03T09:00:00",
            "Cora i Oslo",
            f"Cora, ring meg på {PHONE_B}",
            "Oslo",
            (),
        ),
        AdInput(
            "a4",
            "nord.example",
            None,
            "2026-03-03T12:00:00",
            "Uten nummer",
            "Bare en tekst uten kontakt, mannen min svarer",
            "Bergen",
            (),
        ),
    ]
    return ads + (extra or [])


def load_market(store: Store, extra: list[AdInput] | None = None) -> Market:
    items = [
        IncomingAd(a, f"h-{a.site}-{a.id}-{hash(a.body) & 0xFFFF}", "test", "0" * 64) for a in synthetic_ads(extra)
    ]
    ingest_items(store, items, IngestResult())
    run_extract(store, region="SE")
    ids = {a.id: ad_id(a.site, a.id) for a in synthetic_ads(extra)}
    with store.begin() as conn:
        conn.execute(text("INSERT INTO networks (id, data) VALUES ('n-one', '{}')"))
        for pid, net, first, last, ads, aliases in (
            ("p-anna", "n-one", "2026-03-01", "2026-03-01", ["a1"], ["Anna"]),
            ("p-bella", "n-one", "2026-03-02", "2026-03-02", ["a2"], ["Bella"]),
            ("p-cora", None, "2026-03-03", "2026-03-03", ["a3"], ["Cora"]),
        ):
            conn.execute(
                text("INSERT INTO profiles (id, network_id, first_seen, last_seen, data) VALUES (:i, :n, :f, :l, :d)"),
                {"i": pid, "n": net, "f": first, "l": last, "d": orjson.dumps({"aliases": aliases}).decode()},
            )
            for key in ads:
                conn.execute(
                    text("INSERT INTO profile_ads (ad_id, profile_id) VALUES (:a, :p)"), {"a": ids[key], "p": pid}
                )
        conn.execute(
            text(
                "INSERT INTO links (level, a, b, reason, selector_id, score) VALUES "
                "('profile', 'p-anna', 'p-bella', 'shared phone', NULL, 1.0), "
                "('profile', 'p-anna', 'p-bella', 'text template', NULL, 0.9)"
            )
        )
        # Scores are 0-100, as the assess stage writes them; the minor-first threshold is 50.
        for pid, risk, minor, third in (
            ("p-anna", 40.0, 10.0, 30.0),
            ("p-bella", 70.0, 80.0, 60.0),
            ("p-cora", 20.0, 0.0, 0.0),
        ):
            conn.execute(
                text(
                    "INSERT INTO scores (entity_type, entity_id, risk_score, minor_score, third_party_score) "
                    "VALUES ('profile', :i, :r, :m, :t)"
                ),
                {"i": pid, "r": risk, "m": minor, "t": third},
            )
        # Findings as the assess stage stores them (level, contributions, evidence spans, note).
        youth = {
            "level": "ad",
            "strength": 1.0,
            "minor": 0.5,
            "third_party": 0.0,
            "evidence": [{"ad_id": str(ids["a2"]), "field": "body", "start": 11, "end": 24, "text": "ny i Göteborg"}],
        }
        shared = {
            "level": "profile",
            "strength": 0.44999999999999996,
            "minor": 0.0,
            "third_party": 0.3,
            "evidence": [
                {
                    "ad_id": str(ids["a2"]),
                    "field": "body",
                    "start": 30,
                    "end": 43,
                    "text": PHONE_A,
                    "note": f"the phone {E164_A} is also used by 1 other profile: p-anna",
                }
            ],
        }
        for ind, contribution, evidence in (("young_age_claim", 0.5, youth), ("shared_phone", 0.3, shared)):
            conn.execute(
                text(
                    "INSERT INTO indicators (entity_type, entity_id, indicator, contribution, evidence) "
                    "VALUES ('profile', 'p-bella', :i, :c, :e)"
                ),
                {"i": ind, "c": contribution, "e": orjson.dumps(evidence).decode()},
            )
        conn.execute(
            text(
                "INSERT INTO ad_images (ad_id, version_seq, url, sha256, phash) SELECT ad_id, seq, "
                "'https://rosa.example/i/1.jpg', 'abc123', 'ffee00' FROM ad_versions WHERE ad_id IN (:a, :b)"
            ),
            {"a": ids["a1"], "b": ids["a2"]},
        )
        add_warc_evidence(store, conn, ids["a1"])
    return Market(ids)


def add_warc_evidence(store: Store, conn: Connection, ad: int) -> None:
    """A real WARC file in the archive folder and the raw_pages row pointing at its record."""
    store.settings.archive_dir.mkdir(parents=True, exist_ok=True)
    path = store.settings.archive_dir / "test.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, body in enumerate((b"<html>other page</html>", b"<html>Ny i stan</html>")):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                f"https://rosa.example/ad/{i}", "response", payload=io.BytesIO(body), http_headers=headers
            )
            offset = fh.tell()
            writer.write_record(rec)
    rid = rec.rec_headers.get_header("WARC-Record-ID")
    page = conn.execute(
        text(
            "INSERT INTO raw_pages (sha256, fetched_at, source, url, http_status, warc_path, warc_offset, "
            "warc_record_id) VALUES ('d00d', '2026-03-01T14:06:00', 'crawl', 'https://rosa.example/ad/1', 200, "
            "'test.warc.gz', :o, :r) RETURNING id"
        ),
        {"o": offset, "r": rid},
    ).scalar_one()
    conn.execute(text("UPDATE ad_versions SET page_id = :p WHERE ad_id = :a"), {"p": page, "a": ad})


def add_users(store: Store, roles: tuple[str, ...] = ROLES) -> None:
    with store.begin() as conn:
        for role in roles:
            if conn.execute(text("SELECT 1 FROM web_users WHERE name = :n"), {"n": f"{role}1"}).first() is None:
                add_user(conn, f"{role}1", role, PASSWORD, actor="test")


_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    m = _CSRF.search(html)
    assert m, "no CSRF field in the page"
    return m.group(1)


def login(client: TestClient, user: str, password: str = PASSWORD) -> TestClient:
    page = client.get("/login")
    resp = client.post(
        "/login",
        data={"username": user, "password": password, "csrf": csrf_of(page.text), "next": "/"},
        follow_redirects=False,
    )
    assert resp.status_code == 303, resp.text
    return client


def justify(client: TestClient, object_type: str, object_id: str | int, why: str = "case 2026/114") -> None:
    page = client.get(f"/{object_type}/{object_id}")
    assert page.status_code == 200
    resp = client.post(
        f"/{object_type}/{object_id}/justify",
        data={"csrf": csrf_of(page.text), "justification": why},
        follow_redirects=False,
    )
    assert resp.status_code == 303, resp.text


@pytest.fixture
def market(store: Store) -> Market:
    return load_market(store)


ClientFor = Callable[[str | None], TestClient]


def _clients(store: Store) -> Iterator[ClientFor]:
    app = create_app(store, WebConfig(secure_cookies=True))
    clients: list[TestClient] = []

    def make(role: str | None) -> TestClient:
        c = TestClient(app, base_url="https://testserver", raise_server_exceptions=False)
        clients.append(c)
        if role:
            add_users(store, (role,))  # created on first use: argon2 hashing is deliberately slow
        return login(c, f"{role}1") if role else c

    yield make
    for c in clients:
        c.close()


@pytest.fixture
def client_for(store: Store, market: Market) -> Iterator[ClientFor]:
    """A logged-in client per role (None: anonymous), over https so Secure cookies are sent."""
    yield from _clients(store)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Market, ClientFor]]:
    """One SQLite market for a whole module of read-mostly tests (keeps the suite fast)."""
    s = open_store(make_settings(tmp_path_factory.mktemp("web")))
    m = load_market(s)
    for make in _clients(s):
        yield s, m, make
    s.close()
