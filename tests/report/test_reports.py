"""Intelligence reports: content, hostile text, no external requests, snapshot, PDF pages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kartlegg.report.disclose import Disclosure
from kartlegg.report.html import ReportMeta, render_report
from kartlegg.report.query import Scope, load_dataset
from kartlegg.store.audit import entries
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings, run_cli
from tests.report.market import PHONE_A, aid, build_market

SNAPSHOTS = Path(__file__).parent / "snapshots"


class _Refs(HTMLParser):
    """Every attribute or CSS value through which a browser could fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if (
                name in ("src", "href", "srcset", "action", "data", "poster", "xlink:href")
                and value
                and value[0] != "#"
            ):
                self.refs.append(value)


def _network_html(store: Store, *, charts: bool) -> str:
    with store.connect() as conn:
        ds = load_dataset(conn, Scope(network="N1"))
    meta = ReportMeta("network", "N1", "2026-04-03T10:00:00+00:00", "tester", "case 7", "Oslo PD")
    return render_report(ds, meta, Disclosure(), charts=charts)


def test_network_report_content_and_safety(sqlite_store: Store, tmp_path: Path) -> None:
    build_market(sqlite_store, tmp_path)
    html = _network_html(sqlite_store, charts=True)
    # the selectors linking the ads, with the reason, and the indicator with its evidence text
    assert "shared_phone" in html and f"phone {PHONE_A}" in html
    assert "phone +46701234567 in 3 ads of 2 profiles" in html
    # evidence chain of a crawled ad: fetch time, SHA-256, WARC record
    assert "2026-03-21T06:00:00+00:00" in html and "0" * 63 + "1" in html
    assert "archive/2026-03.warc.gz record &lt;urn:uuid:00000001" in html
    assert "<svg" in html  # the chart is inline
    # only N1's ads
    assert f'id="ad-{aid("a1")}"' in html and f'id="ad-{aid("c1")}"' not in html
    parser = _Refs()
    parser.feed(html)
    assert parser.refs == [] and "script" not in parser.tags
    assert not re.search(r"url\((?!['\"]?#)|@import", html)
    assert "default-src 'none'" in html


def test_hostile_ad_text_is_escaped(sqlite_store: Store, tmp_path: Path) -> None:
    build_market(sqlite_store, tmp_path)
    with sqlite_store.connect() as conn:
        ds = load_dataset(conn, Scope(city="Stockholm"))
    html = render_report(ds, ReportMeta("market", "Stockholm", "t", "a", "", ""), Disclosure(), charts=False)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    parser = _Refs()
    parser.feed(html)
    assert parser.refs == [] and "img" not in parser.tags


def test_report_snapshot(sqlite_store: Store, tmp_path: Path) -> None:
    """The whole network report as reviewed; regenerate with UPDATE_SNAPSHOTS=1 after a deliberate change."""
    build_market(sqlite_store, tmp_path)
    html = _network_html(sqlite_store, charts=False)
    snap = SNAPSHOTS / "network-N1.html"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snap.write_text(html, encoding="utf-8")
    assert html == snap.read_text(encoding="utf-8")


def test_pseudonymised_report_hides_selectors_in_text(sqlite_store: Store, tmp_path: Path) -> None:
    build_market(sqlite_store, tmp_path)
    with sqlite_store.connect() as conn:
        ds = load_dataset(conn, Scope(network="N1"))
    from kartlegg.read.pseudonym import Pseudonymiser

    d = Disclosure(Pseudonymiser(b"k"))
    html = render_report(ds, ReportMeta("network", "N1", "t", "a", "", ""), d, charts=False)
    token = Pseudonymiser(b"k").token("phone", PHONE_A)
    assert token in html
    for plain in (PHONE_A, "070-123 45 67", "0701234567", "lina@example.com", "rosa.example/ad/a1"):
        assert plain not in html, plain
    assert f"Ring [{token}]" in html


@pytest.mark.browser
def test_cli_pdf_report_renders_pages(tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.fail("pdftoppm (poppler-utils) is missing: run the suite through `make test`")
    home = tmp_path / "home"
    store = open_store(make_settings(home))
    build_market(store, tmp_path)
    store.close()
    out = tmp_path / "n1.pdf"
    res = run_cli(
        "report",
        "network",
        "N1",
        "--format",
        "pdf",
        "-o",
        str(out),
        "--reason",
        "case 7",
        "--recipient",
        "Oslo PD",
        home=home,
    )
    assert res.returncode == 0, res.stderr.decode()
    assert out.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    from PIL import Image

    with Image.open(pages[0]) as img:
        lo, hi = img.convert("L").getextrema()
    assert lo < 100 < hi  # dark text on a light page, not a blank sheet
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout.decode()
    assert "Network N1" in text and "shared_phone" in text
    store = open_store(make_settings(home))
    with store.connect() as conn:
        log = entries(conn)
    store.close()
    assert (log[0].action, log[0].object_type, log[0].object_id) == ("report", "network", "N1")
    assert log[0].details["recipient"] == "Oslo PD" and log[0].details["format"] == "pdf"


def test_cli_report_unknown_network_is_a_clear_error(tmp_path: Path) -> None:
    res = run_cli("report", "network", "nope", "--reason", "case 7", home=tmp_path / "home")
    assert res.returncode == 2 and "no network 'nope'" in res.stderr.decode()


@pytest.mark.browser
def test_a_browser_opening_the_report_makes_no_request(sqlite_store: Store, tmp_path: Path) -> None:
    """The real check of "self-contained": Chromium loads the report (with the hostile ad) and asks for
    nothing but the file itself."""
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("KARTLEGG_TEST_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        pytest.fail("Chromium is missing: run the suite through `make test`")
    build_market(sqlite_store, tmp_path)
    with sqlite_store.connect() as conn:
        ds = load_dataset(conn, Scope())
    page_file = tmp_path / "market.html"
    page_file.write_text(
        render_report(ds, ReportMeta("market", "", "t", "a", "", ""), Disclosure(), charts=True), encoding="utf-8"
    )
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        page.wait_for_load_state("networkidle")
        assert page.locator("svg").count() == 1 and page.locator("script").count() == 0
        assert "<script>alert(1)</script>" in page.inner_text("body")  # shown as text, not run
        browser.close()
    assert requests == [page_file.as_uri()]


def test_chart_labels_cannot_break_out_of_the_svg() -> None:
    from kartlegg.report.charts import bar_chart, safe_label

    hostile = "--><script>alert(1)</script><!--"
    assert "--" not in safe_label(hostile) and "<" not in safe_label(hostile)
    svg = bar_chart([hostile, "2026-W10"], [1, 2], hostile)
    assert "<script" not in svg and "2026-W10" in svg


def test_cli_profile_and_market_reports_are_written_and_audited(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = open_store(make_settings(home))
    build_market(store, tmp_path)
    store.close()
    res = run_cli(
        "report", "profile", "P2", "--pseudonymise", "--recipient", "Europol", "--reason", "case 9", home=home
    )
    assert res.returncode == 0, res.stderr.decode()
    html = (home / "reports" / "profile-P2.html").read_text()
    assert "Profile P2" in html and "lina@example.com" not in html and "email:" in html
    out = tmp_path / "bergen.html"
    res = run_cli(
        "report",
        "market",
        "Bergen",
        "--city",
        "bergen",
        "--from",
        "2026-03-01",
        "-o",
        str(out),
        "--reason",
        "case 7",
        home=home,
    )
    assert res.returncode == 0, res.stderr.decode()
    html = out.read_text()
    assert f'id="ad-{aid("c1")}"' in html and f'id="ad-{aid("a1")}"' not in html
    store = open_store(make_settings(home))
    with store.connect() as conn:
        log = entries(conn)
    store.close()
    assert [(e.action, e.object_type, e.object_id) for e in log[:2]] == [
        ("report", "market", "Bergen"),
        ("report", "profile", "P2"),
    ]
    assert log[1].details["pseudonymised"] is True and log[1].details["recipient"] == "Europol"
    assert log[0].details["scope"] == {"city": "bergen", "from": "2026-03-01"}
