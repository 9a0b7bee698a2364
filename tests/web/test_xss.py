"""Ad content is attacker-written: 100+ OWASP filter-evasion vectors go through every template and none
may come out as markup (no new tag, no event handler, no script, no foreign URL)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import orjson
import pytest
from sqlalchemy import text
from tests.conftest import make_settings
from tests.web.conftest import PHONE_A, add_users, justify, load_market, login

from kartlegg.ids import ad_id, selector_id
from kartlegg.records import AdInput
from kartlegg.web.app import create_app

PAYLOADS = [
    ln
    for ln in (Path(__file__).parent / "data" / "xss_payloads.txt").read_text("utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
]
TAGS = set(
    "html head meta title link script body header a nav form input span button main section h1 h2 p footer label "
    "select option table thead tbody tr th td ul li div dl dt dd mark b svg path circle text g rect figure "
    "figcaption code ol h3 fieldset legend textarea br".split()
)
SCRIPTS = {"/static/vendor/htmx.min.js", "/static/app.js"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "background", "poster"}


class Checker(HTMLParser):
    """Fails on anything in a page that our templates never produce."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            self.problems.append(f"unexpected tag <{tag}>")
        for name, value in attrs:
            v = (value or "").strip()
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name == "style":
                self.problems.append(f"style attribute on <{tag}>")
            local = v.startswith("/") and not v.startswith("//")
            fragment = v.startswith("#") and v[1:].replace("-", "").isalnum()  # the skip link: an id on the page
            if name in URL_ATTRS and not (local or fragment):
                self.problems.append(f"non-local URL {name}={v!r} on <{tag}>")
            if name.startswith("hx-") and tag not in ("form", "body"):
                self.problems.append(f"htmx attribute {name} on <{tag}>")
            if name == "http-equiv":
                self.problems.append("meta http-equiv")
        if tag == "script":
            src = dict(attrs).get("src")
            if src not in SCRIPTS:
                self.problems.append(f"script src={src!r}")
            self.in_script = True
        if tag == "meta" and not ({"charset", "name"} & {n for n, _ in attrs}):
            self.problems.append("meta without charset/name")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and data.strip():
            self.problems.append("inline script content")

    def handle_pi(self, data: str) -> None:
        self.problems.append("processing instruction")


def check(html: str, where: str) -> None:
    c = Checker()
    c.feed(html)
    c.close()
    assert not c.problems, f"{where}: {c.problems[:5]}"
    for p in PAYLOADS:
        if "<" in p and len(p) > 6:
            assert p not in html, f"{where}: payload survived unescaped: {p[:60]}"


@pytest.fixture(scope="module")
def xss_client(tmp_path_factory: pytest.TempPathFactory):
    from starlette.testclient import TestClient

    from kartlegg.store.engine import open_store

    store = open_store(make_settings(tmp_path_factory.mktemp("xss")))
    extra = [
        AdInput(
            f"x{i}",
            "rosa.example" if i % 5 else p[:80],
            p,
            f"2026-03-{1 + i % 28:02d}T12:00:00",
            p,
            f"{p} ring {PHONE_A} {p}",
            p if i % 3 == 0 else "Stockholm",
            (p,),
            {"note": p},
        )
        for i, p in enumerate(PAYLOADS)
    ]
    market = load_market(store, extra)
    add_users(store)
    evil_profile = 'p"><svg onload=alert(1)>'
    with store.begin() as conn:
        conn.execute(
            text("INSERT INTO networks (id, data) VALUES ('n-xss', :d)"),
            {"d": orjson.dumps({"name": PAYLOADS[0]}).decode()},
        )
        for j, pid in enumerate(("p-xss", evil_profile)):
            conn.execute(
                text(
                    "INSERT INTO profiles (id, network_id, first_seen, last_seen, data) "
                    "VALUES (:i, 'n-xss', :f, :f, :d)"
                ),
                {"i": pid, "f": PAYLOADS[1], "d": orjson.dumps({"aliases": PAYLOADS[:20]}).decode()},
            )
            conn.execute(text("INSERT INTO scores VALUES ('profile', :i, 99, 0.99, 0.9)"), {"i": pid})
            for k, p in enumerate(PAYLOADS[:30]):
                conn.execute(
                    text("INSERT INTO indicators VALUES ('profile', :i, :n, 0.1, :e)"),
                    {"i": pid, "n": f"{p[:40]}{k}", "e": orjson.dumps(p).decode()},
                )
            for i, site_ok in enumerate(PAYLOADS):
                if i % 2 == j:
                    aid = ad_id("rosa.example" if i % 5 else site_ok[:80], f"x{i}")
                    conn.execute(text("INSERT INTO profile_ads VALUES (:a, :p)"), {"a": aid, "p": pid})
        conn.execute(
            text("INSERT INTO links (level, a, b, reason, score) VALUES ('profile', 'p-xss', :b, :r, 0.5)"),
            {"b": evil_profile, "r": "text template " + PAYLOADS[2]},
        )
        for i, p in enumerate(PAYLOADS):
            aid = ad_id("rosa.example" if i % 5 else p[:80], f"x{i}")
            seq = conn.execute(text("SELECT MAX(seq) FROM ad_versions WHERE ad_id = :a"), {"a": aid}).scalar_one()
            for kind in ("handle", "district"):
                sid = selector_id(kind, p.lower())
                conn.execute(
                    text("INSERT INTO selectors VALUES (:i, :k, :v) ON CONFLICT DO NOTHING"),
                    {"i": sid, "k": kind, "v": p.lower()},
                )
                conn.execute(
                    text(
                        "INSERT INTO ad_selectors VALUES (:s, :a, :i, 'body', 0, :e, :r, '{}') ON CONFLICT DO NOTHING"
                    ),
                    {"s": seq, "a": aid, "i": sid, "e": len(p), "r": p},
                )
            conn.execute(
                text("INSERT INTO ad_images VALUES (:a, :s, :u, :h, :p, 1, 1, NULL) ON CONFLICT DO NOTHING"),
                {"a": aid, "s": seq, "u": p, "h": p[:30], "p": p[:16]},
            )
            conn.execute(text("INSERT INTO scores VALUES ('ad', :i, 50, 0.5, 0.5)"), {"i": str(aid)})
    app = create_app(store)
    client = TestClient(app, base_url="https://testserver", raise_server_exceptions=False)
    login(client, "admin1")
    yield client, market, evil_profile
    client.close()
    store.close()


def test_payload_list_is_big_enough() -> None:
    assert len(PAYLOADS) >= 100


def test_no_payload_survives_any_page(xss_client) -> None:
    client, _market, evil_profile = xss_client
    pages = ["/", "/?days=90", "/triage", "/triage?level=ad", "/map", "/outreach", "/profiles", "/networks"]
    pages += ["/profiles?minors=1", "/sites", "/stats", "/ops", "/plan?city=Stockholm", "/exports", "/reports"]
    pages += [f"/profiles?city={quote(p)}" for p in PAYLOADS[::10]] + [f"/plan?city={quote(p)}" for p in PAYLOADS[::10]]
    for i, p in enumerate(PAYLOADS):
        ad = ad_id("rosa.example" if i % 5 else p[:80], f"x{i}")
        justify(client, "ad", ad, p if len(p) >= 5 else f"case {p}")  # the justification is hostile too
        pages.append(f"/ad/{ad}")
    for p in PAYLOADS[::4]:
        pages.append(f"/search?q={quote(p)}&case={quote('case ' + p)}")  # the case reference is hostile too
        pages.append(f"/search?kind=alias&q={quote(p)}&case=case+2026")
    pages.append("/search?case=case+2026&q=" + quote(PHONE_A))
    for path in pages:
        resp = client.get(path)
        assert resp.status_code == 200, (path, resp.status_code)
        check(resp.text, path)
    justify(client, "profile", "p-xss", PAYLOADS[3])
    justify(client, "network", "n-xss", PAYLOADS[4])
    for path in ("/profile/p-xss", "/network/n-xss", "/audit", "/audit?verify=true"):
        resp = client.get(path)
        assert resp.status_code == 200, path
        check(resp.text, path)
    assert "data-graph='{" in client.get("/network/n-xss").text
    evil = client.get("/profile/" + quote(evil_profile, safe=""))
    check(evil.text, "justification form of an evil profile id")
    check(client.get("/login?next=" + quote(PAYLOADS[5])).text, "login next=")
    check(client.get("/no/such/" + quote(PAYLOADS[6])).text, "404")


def test_highlighted_spans_are_escaped(xss_client) -> None:
    client, _market, _evil = xss_client
    p = "<svg/onload=alert('XSS')>"
    i = PAYLOADS.index(p)
    ad = ad_id("rosa.example" if i % 5 else p[:80], f"x{i}")
    justify(client, "ad", ad)
    html = client.get(f"/ad/{ad}").text
    # the span is highlighted, as escaped text
    assert re.search(
        r'<mark class="k-(district|handle)" title="[^"<>]*">&lt;svg/onload=alert\(&#39;XSS&#39;\)&gt;</mark>', html
    )
