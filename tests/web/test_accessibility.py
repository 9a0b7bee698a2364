"""WCAG 2.1 AA on every page, checked by axe-core (npm, pinned in tests/web/axe/package.json) injected by
Playwright into Debian's Chromium; and no horizontal scrolling of the main content at 1366x768 or at tablet
width (768 px)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.web.test_browser import ARGS, chromium_path, log_in, server  # noqa: F401 - the module's server

pytestmark = pytest.mark.browser
AXE = Path(
    os.environ.get("KARTLEGG_TEST_AXE", Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js")
)
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = (
    "/",
    "/triage",
    "/profiles",
    "/networks",
    "/sites",
    "/search?q=070-123+45+67",
    "/map",
    "/stats",
    "/ops",
    "/ops/new",
    "/plan?city=Stockholm",
    "/outreach",
    "/outreach?city=Stockholm",
    "/exports",
    "/reports",
    "/audit",
    "/profile/p-bella",
    "/network/n-one",
    "/no/such/page",
)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail("axe-core is missing: run the suite through `make test`")
        pytest.skip("axe-core is not installed (npm ci --prefix tests/web/axe)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=ARGS)
        yield b
        b.close()


def _justified(page) -> None:  # type: ignore[no-untyped-def]
    """Give the justification for the profile and network pages first (the form is checked too)."""
    for path in ("/profile/p-bella", "/network/n-one"):
        page.goto(path)
        assert not _violations(page), path
        page.fill("input[name=justification]", "case 2026/114")
        page.click("form.justify button")
        page.wait_for_load_state("domcontentloaded")


def _violations(page) -> list[str]:  # type: ignore[no-untyped-def]
    # The test context bypasses the CSP only to inject axe; the pages themselves run under it elsewhere.
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        ".map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))",
        WCAG,
    )
    return list(found)


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_no_wcag_violation_on_any_page(browser, server, lang: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = browser.new_context(
        base_url=server, bypass_csp=True, locale=lang, extra_http_headers={"accept-language": lang}
    )
    page = ctx.new_page()
    page.goto("/login")
    assert not _violations(page), "/login"
    log_in(page, "admin1")
    _justified(page)
    bad = {}
    for path in PAGES:
        page.goto(path)
        found = _violations(page)
        if found:
            bad[path] = found
    ctx.close()
    assert not bad, bad


def _linked(page, path: str, prefix: str) -> str:  # type: ignore[no-untyped-def]
    """The first link under ``prefix`` on ``path`` (an ad of a profile, an operation of the registry)."""
    page.goto(path)
    hrefs = page.eval_on_selector_all("main a[href]", "links => links.map(a => a.getAttribute('href'))")
    return next(h for h in hrefs if h.startswith(prefix) and h[len(prefix) :].split("?")[0].isdigit())


@pytest.mark.parametrize(("width", "height", "lang"), [(1366, 768, "en"), (768, 1024, "en"), (768, 1024, "nb")])
def test_main_content_never_scrolls_sideways(browser, server, width: int, height: int, lang: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Every page, the login page, an ad and an operation's form, in English and in Norwegian (longer words)."""
    ctx = browser.new_context(
        base_url=server, viewport={"width": width, "height": height}, extra_http_headers={"accept-language": lang}
    )
    page = ctx.new_page()
    wide = {}

    def check(path: str) -> None:
        page.goto(path)
        sizes = page.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth,"
            " document.querySelector('main').scrollWidth, document.querySelector('main').clientWidth]"
        )
        if sizes[0] > sizes[1] or sizes[2] > sizes[3]:
            wide[path] = sizes

    check("/login")
    log_in(page, "admin1")
    _justified_plain(page)
    for path in (*PAGES, _linked(page, "/profile/p-bella", "/ad/"), _linked(page, "/ops", "/ops/")):
        check(path)
    ctx.close()
    assert not wide, f"wider than the window at {width}px, {lang} (page, window, main, main visible): {wide}"


def _justified_plain(page) -> None:  # type: ignore[no-untyped-def]
    for path in ("/profile/p-bella", "/network/n-one"):
        page.goto(path)
        page.fill("input[name=justification]", "case 2026/114")
        page.click("form.justify button")
        page.wait_for_load_state("domcontentloaded")


def test_the_check_finds_a_violation_when_there_is_one(browser, server) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    ctx = browser.new_context(base_url=server, bypass_csp=True)
    page = ctx.new_page()
    page.goto("/login")
    page.evaluate("() => document.querySelector('main').appendChild(document.createElement('input'))")
    found = _violations(page)
    ctx.close()
    assert any(v.startswith("label:") for v in found), found
