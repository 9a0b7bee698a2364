"""Make the screenshots in docs/screenshots from a synthetic market (not a test; run by hand).

    bash scripts/screenshots.sh        # (runs .venv/bin/python -m tests.web.screenshots docs/screenshots)

Ads are ingested and extracted for real; profiles, networks, scores and indicators are inserted the way
the linking and assessment stages would. Everything is invented and non-explicit.
"""

from __future__ import annotations

import itertools
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

import orjson
import uvicorn
from sqlalchemy import text
from tests.conftest import make_settings
from tests.web.conftest import PASSWORD, add_users, add_warc_evidence
from tests.web.test_browser import ARGS, chromium_path, free_port

from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.extract.run import run_extract
from kartlegg.ids import ad_id
from kartlegg.ops import registry
from kartlegg.records import AdInput
from kartlegg.store.ads import IncomingAd
from kartlegg.store.engine import open_store
from kartlegg.web.app import create_app

NAMES = (
    "Anna Bella Cora Dina Elin Fanny Gina Hanna Ida Julia Klara Lina Maja Nora Olivia Petra Rita Sara Tina Vera".split()
)
CITIES = ["Stockholm", "Göteborg", "Malmö", "Oslo", "Bergen", "Trondheim", "København", "Aarhus", "Uppsala", "Odense"]
DISTRICTS = {"Stockholm": ["Södermalm", "Vasastan"], "Oslo": ["Grünerløkka", "Majorstuen"], "København": ["Vesterbro"]}
SITES = ["rosa.example", "nord.example", "kontakt.example"]


def build(home: Path) -> None:
    rng = random.Random(3)
    store = open_store(make_settings(home))
    ads: list[AdInput] = []
    persons = []
    for p in range(48):
        name = NAMES[p % len(NAMES)]
        network = p // 6 if p < 24 else None  # four controller networks of six, the rest independent
        phone = f"070-{100 + (network if network is not None else p) * 7:03d} {10 + p % 80:02d} {20 + p:02d}"
        if network is not None and p % 2:
            phone = f"070-{100 + network * 7:03d} 55 00"  # the controller's shared number
        city = CITIES[(p * 3) % len(CITIES)]
        keys = []
        for k in range(rng.randint(3, 9)):
            day = rng.randint(1, 58)
            posted = f"2026-{1 + day // 29:02d}-{1 + day % 28:02d}T{rng.randint(8, 23):02d}:00:00"
            c = city if rng.random() < 0.8 else rng.choice(CITIES)
            district = rng.choice(DISTRICTS.get(c, [""]))
            template = "Ny tjej i stan, bara några dagar. " if network is not None else ""
            mail = f"{name.lower()}{p}@example.com"
            body = f"{template}Hej, jag heter {name}. Träffas i {c} {district}. Ring {phone} eller mejla {mail}"
            key = f"{p}-{k}"
            ads.append(
                AdInput(
                    key,
                    SITES[(p + k) % 3],
                    f"https://{SITES[(p + k) % 3]}/ad/{key}",
                    posted,
                    f"{name}, ny i {c}",
                    body,
                    c,
                    (f"https://{SITES[0]}/img/{p}.jpg",),
                )
            )
            keys.append((SITES[(p + k) % 3], key))
        persons.append((p, name, network, keys))
    ingest_items(store, [IncomingAd(a, f"h{a.id}", "demo", "0" * 64) for a in ads], IngestResult())
    run_extract(store, region="SE")
    with store.begin() as conn:
        for n in range(4):
            conn.execute(text("INSERT INTO networks (id, data) VALUES (:i, '{}')"), {"i": f"net-{n + 1}"})
        for p, name, network, keys in persons:
            pid = f"prof-{p + 1:03d}"
            conn.execute(
                text("INSERT INTO profiles (id, network_id, first_seen, last_seen, data) VALUES (:i, :n, :f, :l, :d)"),
                {
                    "i": pid,
                    "n": f"net-{network + 1}" if network is not None else None,
                    "f": "2026-01-02" if p % 3 else "2026-02-20",
                    "l": "2026-02-27",
                    "d": orjson.dumps({"aliases": [name]}).decode(),
                },
            )
            for site, key in keys:
                conn.execute(text("INSERT INTO profile_ads VALUES (:a, :p)"), {"a": ad_id(site, key), "p": pid})
                conn.execute(
                    text(
                        "INSERT INTO ad_images SELECT ad_id, seq, :u, :h, :ph, 400, 600, NULL FROM ad_versions "
                        "WHERE ad_id = :a"
                    ),
                    {
                        "a": ad_id(site, key),
                        "u": f"https://{SITES[0]}/img/{p}.jpg",
                        "h": f"{p + 1:064x}",
                        "ph": f"{((network if network is not None else p) + 1) * 7919:016x}",
                    },
                )
            minor = 85.0 if p in (3, 17, 30) else round(rng.random() * 30, 1)  # 0-100; 35 flags a likely minor
            risk = round(30 + rng.random() * 40 + (25 if network is not None else 0), 0)
            conn.execute(
                text("INSERT INTO scores VALUES ('profile', :i, :r, :m, :t)"),
                {"i": pid, "r": min(risk, 99), "m": minor, "t": 70.0 if network is not None else 10.0},
            )
            if minor > 50:
                conn.execute(
                    text("INSERT INTO indicators VALUES ('profile', :i, 'youth_cues', 0.5, :e)"),
                    {"i": pid, "e": '"ny tjej, 18 år"'},
                )
            if network is not None:
                conn.execute(
                    text("INSERT INTO indicators VALUES ('profile', :i, 'shared_phone', 0.3, :e)"),
                    {"i": pid, "e": '"number shared with 5 other profiles"'},
                )
                conn.execute(
                    text("INSERT INTO indicators VALUES ('profile', :i, 'shared_template', 0.2, :e)"),
                    {"i": pid, "e": '"Ny tjej i stan, bara några dagar."'},
                )
        for n in range(4):
            members = [f"prof-{p + 1:03d}" for p in range(n * 6, n * 6 + 6)]
            for a, b in itertools.pairwise(members):
                conn.execute(
                    text(
                        "INSERT INTO links (level, a, b, reason, score) "
                        "VALUES ('profile', :a, :b, 'text template', 0.92)"
                    ),
                    {"a": a, "b": b},
                )
        first = conn.execute(text("SELECT MIN(ad_id) FROM profile_ads WHERE profile_id = 'prof-004'")).scalar_one()
        add_warc_evidence(store, conn, int(first))
        # What the link stage stores beside: sizes, network summaries, each profile's cities, a moved site.
        conn.execute(
            text("UPDATE profiles SET ads = (SELECT COUNT(*) FROM profile_ads pa WHERE pa.profile_id = profiles.id)")
        )
        for n in range(4):
            members = [persons[p] for p in range(n * 6, n * 6 + 6)]
            cities = sorted({CITIES[(p * 3) % len(CITIES)] for p, *_rest in members})
            summary = {"cities": cities, "first_seen": "2026-01-02", "last_seen": "2026-02-27"}
            conn.execute(
                text("UPDATE networks SET profiles = 6, ads = :a, data = :d WHERE id = :i"),
                {"i": f"net-{n + 1}", "a": sum(len(k) for *_r, k in members), "d": orjson.dumps(summary).decode()},
            )
        for p, _name, _network, _keys in persons:
            conn.execute(
                text("INSERT INTO profile_cities VALUES (:i, :c, '2026-01-02', '2026-02-27', 3)"),
                {"i": f"prof-{p + 1:03d}", "c": CITIES[(p * 3) % len(CITIES)]},
            )
        conn.execute(
            text(
                "INSERT INTO site_aliases (site_a, site_b, score, reason, strength) VALUES ('kontakt.example', "
                "'kontakt2.example', 0.91, '212 shared ads, one page template, handed over in 2 days', 'alias')"
            )
        )
    registry.load_examples(store)
    add_users(store)
    store.close()


def main(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    home = Path(tempfile.mkdtemp())
    build(home)
    store = open_store(make_settings(home))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=ARGS)
        page = browser.new_page(base_url=f"http://127.0.0.1:{port}", viewport={"width": 1280, "height": 860})
        page.goto("/login")
        page.screenshot(path=str(out / "login.png"))
        page.fill("input[name=username]", "admin1")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_load_state()

        def snap(name: str, path: str | None = None) -> None:
            if path:
                page.goto(path)
            full = name in ("dashboard", "profile", "ad", "search", "profiles")
            page.screenshot(path=str(out / f"{name}.png"), full_page=full)

        snap("dashboard", "/?days=60")
        snap("triage", "/triage")
        page.goto("/search")
        page.fill("input[name=q]", "O7O-1O7 55 OO")
        page.fill("input[name=case]", "case 2026/114")
        page.click("form.search button")
        page.wait_for_selector("#results .searched")
        snap("search")
        page.click("#results tbody tr a")
        page.wait_for_load_state()
        snap("ad")
        page.goto("/profile/prof-004")
        page.fill("input[name=justification]", "case 2026/114")
        page.click("form.justify button")
        page.wait_for_load_state()
        snap("profile")
        page.goto("/network/net-1")
        page.fill("input[name=justification]", "case 2026/114")
        page.click("form.justify button")
        page.wait_for_selector("#graph[data-ready]")
        snap("network")
        snap("map", "/map")
        snap("outreach", "/outreach")
        snap("audit", "/audit?verify=true")
        for name, path in (
            ("profiles", "/profiles"),
            ("profiles-minors", "/profiles?minors=1"),
            ("networks", "/networks"),
            ("sites", "/sites"),
            ("stats", "/stats?by=country&period=week"),
            ("ops", "/ops"),
            ("ops-edit", "/ops/1"),
            ("plan", "/plan?city=Stockholm"),
            ("exports", "/exports"),
            ("reports", "/reports"),
            ("not-found", "/no/such/page"),
        ):
            snap(name, path)
        page.goto("/profile/prof-010")
        snap("justify")
        # The same workbench in the user's language (chosen once, kept with the account).
        for lang in ("nb", "sv", "da"):
            page.select_option("form.lang select", lang)
            page.click("form.lang button")
            page.wait_for_load_state()
            snap(f"dashboard-{lang}", "/?days=60")
            snap(f"triage-{lang}", "/triage")
        page.select_option("form.lang select", "en")
        page.click("form.lang button")
        tablet = browser.new_page(base_url=f"http://127.0.0.1:{port}", viewport={"width": 768, "height": 1024})
        tablet.context.add_cookies(page.context.cookies())
        tablet.goto("/triage")
        tablet.screenshot(path=str(out / "triage-tablet.png"))
        browser.close()
    server.should_exit = True
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
