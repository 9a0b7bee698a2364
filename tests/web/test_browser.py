"""The workbench in a real browser (Debian's Chromium through Playwright) over real HTTP on 127.0.0.1.

One browser for the module; each test gets a fresh context (its own cookies). Any Content-Security-Policy
violation reported by the browser fails the test: the pages must work with the strict policy.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from tests.conftest import make_settings
from tests.web.conftest import PASSWORD, add_users, load_market
from tests.web.test_workbench import enrich

from kartlegg.ops import registry
from kartlegg.store.engine import open_store
from kartlegg.web.app import create_app

pytestmark = pytest.mark.browser
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def chromium_path() -> str:
    path = os.environ.get("KARTLEGG_TEST_CHROMIUM") or shutil.which("chromium") or ""
    if not path:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: run the suite through `make test`")
        pytest.skip("Chromium is not installed (run through `make test`)")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_store(make_settings(tmp_path_factory.mktemp("browser")))
    enrich(store, load_market(store))
    registry.load_examples(store)
    add_users(store)
    port = free_port()
    # Secure cookies stay on: Chromium accepts them from http://127.0.0.1, a potentially trustworthy origin.
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    exe = chromium_path()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):  # type: ignore[no-untyped-def]
    ctx = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.csp_errors = []
    pg.on("console", lambda m: "Content Security Policy" in m.text and pg.csp_errors.append(m.text))
    yield pg
    assert not pg.csp_errors, pg.csp_errors
    ctx.close()


def log_in(page, user: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/login")
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("domcontentloaded")


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("KARTLEGG_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def test_triage_to_profile_to_network(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page, "analyst1")
    assert page.url.endswith("/")
    page.click("nav >> text=Triage")
    first = page.locator("#queue tbody tr").first
    assert "young_age_claim" in first.inner_text()
    first.locator("a").click()
    page.wait_for_selector("text=Why do you open this profile")
    page.fill("input[name=justification]", "case 2026/114")
    page.click("form.justify button")
    page.wait_for_selector("h1:has-text('Profile p-bella')")
    assert "Opened for: case 2026/114" in page.inner_text("main")
    assert page.locator("svg.map circle.dot").count() == 1
    page.click("a[href='/network/n-one']")
    page.fill("input[name=justification]", "case 2026/114")
    page.click("form.justify button")
    page.wait_for_selector("#graph[data-ready]")
    assert page.locator("#graph circle").count() >= 4  # two profiles, a phone, an image, a template
    # Click a profile node: the graph is interactive and leads back to the profile (already justified).
    page.locator("#graph circle.t-profile").first.click()
    page.wait_for_url("**/profile/p-*")


def test_search_by_obfuscated_phone_with_htmx(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page, "analyst1")
    page.goto("/search")
    page.fill("input[name=q]", "O7O 123 four5 67")
    page.fill("input[name=case]", "case 2026/115")
    page.click("form.search button")
    page.wait_for_selector("#results .searched")
    assert "+46701234567" in page.inner_text("#results")
    assert page.locator("#results tbody tr").count() == 2
    assert "q=O7O" in page.url  # htmx pushed the search into the address bar


def test_forbidden_pages_per_role(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page, "viewer1")
    nav = page.inner_text("nav")
    assert "Dashboard" in nav and "Map" in nav and "Triage" not in nav and "Search" not in nav
    for path in ("/triage", "/search", "/profile/p-anna", "/audit", "/outreach"):
        resp = page.goto(path)
        assert resp is not None and resp.status == 403, path
        assert "Forbidden" in page.inner_text("h1")
    page.click("form.logout button")
    log_in(page, "outreach1")
    assert page.url.endswith("/outreach")
    page.click("a[href='/outreach?city=Stockholm']")
    page.wait_for_selector("#outreach")
    main = page.inner_text("main")
    assert "anna@example.com" in main and "+46701234567" not in main  # her own address, not the shared phone
    for path in ("/", "/search", "/network/n-one"):
        resp = page.goto(path)
        assert resp is not None and resp.status == 403, path


def test_main_pages_render_for_admin(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page, "admin1")
    for name, path in (("dashboard", "/"), ("map", "/map"), ("audit", "/audit"), ("outreach", "/outreach")):
        resp = page.goto(path)
        assert resp is not None and resp.status == 200, path
        shot(page, name)
    page.goto("/audit")
    page.click("text=Verify the hash chain")
    page.wait_for_selector("p.ok")
    assert "Hash chain: intact" in page.inner_text("main")


def justify_here(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("input[name=justification]", "case 2026/114")
    page.click("form.justify button")
    page.wait_for_load_state("domcontentloaded")


NEW_PAGES = (
    "/profiles",
    "/networks",
    "/sites",
    "/stats",
    "/ops",
    "/ops/new",
    "/plan?city=Stockholm",
    "/exports",
    "/reports",
)


def test_new_pages_per_role(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page, "analyst1")
    for path in NEW_PAGES:
        resp = page.goto(path)
        assert resp is not None and resp.status == 200, path
        assert page.locator("main h1").count() == 1, path
    page.goto("/")
    page.click("ul.counts a[href*='minors=1']")  # a headline count opens the list behind it
    page.wait_for_selector("#profiles")
    assert page.locator("#profiles tbody tr[data-profile]").count() == 1
    page.click("#profiles a[href='/profile/p-bella']")
    justify_here(page)
    assert page.locator("h3.month").count() == 1
    page.click("form.logout button")
    log_in(page, "viewer1")
    for path in ("/stats", "/ops"):
        resp = page.goto(path)
        assert resp is not None and resp.status == 200, path
    for path in ("/profiles", "/networks", "/plan", "/exports", "/reports", "/ops/new"):
        resp = page.goto(path)
        assert resp is not None and resp.status == 403, path
        assert "Forbidden" in page.inner_text("h1")
        assert page.locator("header nav a").count() >= 2  # the error page keeps the navigation


def test_network_graph_hides_a_kind_and_marks_minors(page) -> None:  # type: ignore[no-untyped-def]
    log_in(page, "analyst1")
    page.goto("/network/n-one")
    justify_here(page)
    page.wait_for_selector("#graph[data-ready]")
    assert page.locator("#graph g.node.minor").count() == 1
    phones = page.locator("#graph g.node[data-kind=phone]")
    assert phones.count() >= 1 and phones.first.is_visible()
    page.uncheck("input[data-hide-kind=phone]")
    assert not phones.first.is_visible()
    page.check("input[data-hide-kind=phone]")
    assert phones.first.is_visible()


@pytest.mark.parametrize(
    ("lang", "title", "nav"),
    [
        ("nb", "Oversikt", "Statistikk"),
        ("sv", "Översikt", "Statistik"),
        ("da", "Overblik", "Statistik"),
        ("en", "Dashboard", "Statistics"),
    ],
)
def test_language_menu(page, lang: str, title: str, nav: str) -> None:  # type: ignore[no-untyped-def]
    log_in(page, "admin1")
    page.select_option("form.lang select", lang)
    page.click("form.lang button")
    page.wait_for_selector(f"html[lang={lang}]")
    assert page.inner_text("main h1") == title and nav in page.inner_text("header nav")
    page.goto("/profiles")
    assert page.locator(f"html[lang={lang}]").count() == 1  # kept with the user, on every page
    page.select_option("form.lang select", "en")
    page.click("form.lang button")
