"""Stores for the read-layer tests: a demo-like market run through the real pipeline (site lines, hubs,
shared booking numbers, as the synthetic demo writes them), and the small report market with a hub number
and plaintext in its link reasons. Everything is synthetic."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kartlegg.collect.ingest import ingest_paths
from kartlegg.demo.market import build_market, write_market
from kartlegg.ids import selector_id
from kartlegg.pipeline import analyze
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings
from tests.report.market import PHONE_A, PHONE_C
from tests.report.market import build_market as build_report_market

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """40 persons over 30 days of the synthetic demo market, ingested and analysed for real (~10 s)."""
    home = tmp_path_factory.mktemp("demo")
    store = open_store(make_settings(home))
    market = build_market(seed=7, n_persons=40, days=30)
    ads, _truth = write_market(market, home / "demo")
    ingest_paths(store, [ads])
    analyze(store, workers=1)
    yield store
    store.close()


@pytest.fixture
def hub_store(sqlite_store: Store, tmp_path: Path) -> Store:
    """The report market, with phone C excluded as a hub (as the link stage writes it) linking P2 and P3,
    and link reasons that spell their phone in plain text (as older link runs wrote them)."""
    build_report_market(sqlite_store, tmp_path)
    with sqlite_store.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO hub_selectors (kind, value, selector_id, ads, sites, names, reason) "
                "VALUES ('phone', :v, :s, 40, 3, 30, 'used with 30 different names')"
            ),
            {"v": PHONE_C, "s": selector_id("phone", PHONE_C)},
        )
        conn.execute(
            text(
                "INSERT INTO links (level, a, b, reason, selector_id, score) VALUES "
                "('profile', 'P2', 'P3', :r, :s, 0.9), ('profile', 'P1', 'P2', :r2, NULL, 0.8)"
            ),
            {
                "r": f"phone={PHONE_C}",
                "s": selector_id("phone", PHONE_C),
                "r2": f"phone={PHONE_A}; mail lina@example.com; see https://rosa.example/ad/a1",
            },
        )
    return sqlite_store


def web_client(store: Store, role: str) -> TestClient:
    """A logged-in workbench client with ``role`` (user ``{role}1``), over https."""
    from kartlegg.web.app import WebConfig, create_app
    from tests.web.conftest import add_users, login

    add_users(store, (role,))
    client = TestClient(create_app(store, WebConfig()), base_url="https://testserver", raise_server_exceptions=False)
    return login(client, f"{role}1")
