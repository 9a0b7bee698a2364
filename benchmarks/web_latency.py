"""Workbench latency at scale: every page's p95 with 1,000,000 ads stored (goal: <= 300 ms).

Fills a store with a synthetic market by bulk SQL (ads, versions, phone selectors with spans, profiles,
scores, indicators, networks), starts the real app under uvicorn on 127.0.0.1 and times sequential HTTP
requests from a logged-in analyst to every page (triage, search, profile and network lists with filters, a
profile and a network, the outreach list and its cities, statistics, planning, operations, sites, exports,
reports, the map), audit rows included. The outreach list is built once as the assess stage does after its
run (``assess.outreach_list.build``; its time is printed). Nothing here is real data.

    python benchmarks/web_latency.py --ads 1000000 --home /tmp/kartlegg-bench-web
    python benchmarks/web_latency.py --ads 1000000 --database-url postgresql://...  # PostgreSQL

The store is kept at --home and reused when it already holds the requested number of ads.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
import orjson
import uvicorn
from sqlalchemy import text

from kartlegg.assess import contacts, outreach_list
from kartlegg.config import Settings
from kartlegg.ids import ad_id, selector_id
from kartlegg.link import network_cities
from kartlegg.read import aggregates
from kartlegg.store.ads import max_version_seq
from kartlegg.store.engine import Store, open_store
from kartlegg.store.stages import finish_run, start_run
from kartlegg.web import textindex
from kartlegg.web.app import create_app
from kartlegg.web.auth import add_user

CITIES = ["Stockholm", "Göteborg", "Malmö", "Oslo", "Bergen", "Trondheim", "København", "Aarhus", "Odense", "Uppsala"]
SITES = [f"site{i}.example" for i in range(8)]
WORDS = "ny i stan hej välkommen trevlig diskret besök ring mig snart helg kväll dag möte hotell centralt".split()
PASSWORD = "benchmark password"
CASE = "case=bench+2026%2F1"  # a search shows ad text: it needs a case reference


def phone_of(k: int) -> tuple[str, str]:
    """The k-th synthetic Swedish mobile number: (E.164, national digits)."""
    n = 70_000_0000 + k * 7 % 9_999_999
    nat = f"0{n}"
    return f"+46{n}", nat


def written(nat: str, style: int) -> str:
    if style == 0:
        return f"{nat[:3]}-{nat[3:6]} {nat[6:8]} {nat[8:]}"
    if style == 1:
        return f"+46 {nat[1:3]} {nat[3:6]} {nat[6:8]} {nat[8:]}"
    return nat


def fill(store: Store, n_ads: int, per_profile: int = 4, seed: int = 7) -> None:
    rng = random.Random(seed)
    ph = "?" if store.dialect == "sqlite" else "%s"
    n_profiles = n_ads // per_profile
    t0 = time.perf_counter()
    with store.begin() as conn:
        for i, s in enumerate(SITES):
            conn.execute(
                text("INSERT INTO sites (id, name, created_at) VALUES (:i, :n, '2026-01-01')"), {"i": i + 1, "n": s}
            )
    chunk = 50_000
    for start in range(0, n_ads, chunk):
        ads, versions, sels, links, pads = [], [], {}, [], []
        for i in range(start, min(start + chunk, n_ads)):
            site = SITES[i % len(SITES)]
            aid = ad_id(site, f"ad{i}")
            profile = i % n_profiles
            e164, nat = phone_of(profile)
            phone_txt = written(nat, i % 3)
            city = CITIES[profile % len(CITIES)]
            day = (i * 13) % 56
            posted = f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}T{i % 24:02d}:00:00"
            prefix = f"Hej, ny i {city}. Ring {phone_txt}"
            body = prefix + " " + " ".join(rng.choice(WORDS) for _ in range(30))
            ads.append((aid, 1 + i % len(SITES), f"ad{i}", posted, i + 1))  # one version each: current = seq
            versions.append(
                (
                    i + 1,
                    aid,
                    i + 1,
                    f"h{i}",
                    posted,
                    posted,
                    f"Annons {i} i {city}",
                    body,
                    city,
                    "[]",
                    "{}",
                    "bench",
                    "0",
                )
            )
            sid = selector_id("phone", e164)
            sels[sid] = (sid, "phone", e164)
            start_pos = prefix.index(phone_txt)
            links.append((i + 1, aid, sid, "body", start_pos, start_pos + len(phone_txt), phone_txt, "{}"))
            pads.append((aid, f"p{profile}"))
        with store.begin() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO ads (id, site_id, ad_key, first_seen, current_seq) VALUES ({', '.join([ph] * 5)})", ads
            )
            conn.exec_driver_sql(
                "INSERT INTO ad_versions (seq, ad_id, version_key, content_hash, ingested_at, posted_at, title, body, "
                f"city, images, extra, source, source_sha256) VALUES ({', '.join([ph] * 13)})",
                versions,
            )
            conn.exec_driver_sql(
                f"INSERT INTO selectors (id, kind, value) VALUES ({ph}, {ph}, {ph}) ON CONFLICT DO NOTHING",
                list(sels.values()),
            )
            conn.exec_driver_sql(
                "INSERT INTO ad_selectors (version_seq, ad_id, selector_id, field, span_start, span_end, raw, detail) "
                f"VALUES ({', '.join([ph] * 8)})",
                links,
            )
            conn.exec_driver_sql(f"INSERT INTO profile_ads (ad_id, profile_id) VALUES ({ph}, {ph})", pads)
        print(f"  {min(start + chunk, n_ads):>9} ads  {time.perf_counter() - t0:6.0f} s", file=sys.stderr)
    for start in range(0, n_profiles, chunk):
        profiles, scores, inds = [], [], []
        for p in range(start, min(start + chunk, n_profiles)):
            minor = round(100 * rng.random() ** 6, 1)  # 0-100 as the assess stage scores: ~11% >= 50
            risk = round(rng.random() * 100, 1)
            profiles.append(
                (f"p{p}", f"n{p // 5}", "2026-01-01", "2026-02-28", orjson.dumps({"aliases": [f"alias{p}"]}).decode())
            )
            scores.append(("profile", f"p{p}", risk, minor, round(rng.random(), 2)))
            inds.append(("profile", f"p{p}", "shared_phone", 0.3, '"phone used by 4 ads"'))
            if minor >= 50:
                inds.append(("profile", f"p{p}", "young_age_claim", minor / 100, '"ny i stan"'))
        with store.begin() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO profiles (id, network_id, first_seen, last_seen, data) VALUES ({', '.join([ph] * 5)})",
                profiles,
            )
            conn.exec_driver_sql(
                "INSERT INTO scores (entity_type, entity_id, risk_score, minor_score, third_party_score) "
                f"VALUES ({', '.join([ph] * 5)})",
                scores,
            )
            conn.exec_driver_sql(
                "INSERT INTO indicators (entity_type, entity_id, indicator, contribution, evidence) "
                f"VALUES ({', '.join([ph] * 5)})",
                inds,
            )
    # Networks of five profiles (n0, n1, ...) with the summary the link stage stores, and each profile's city.
    for start in range(0, n_profiles, chunk):
        nets, pcities = [], []
        for p in range(start, min(start + chunk, n_profiles)):
            city = CITIES[p % len(CITIES)]
            pcities.append((f"p{p}", city, "2026-01-01", "2026-02-28", per_profile))
            if p % 5 == 0:
                summary = {"cities": [city], "first_seen": "2026-01-01", "last_seen": "2026-02-28"}
                nets.append((f"n{p // 5}", orjson.dumps(summary).decode(), 5, 5 * per_profile))
        with store.begin() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO networks (id, data, profiles, ads) VALUES ({ph}, {ph}, {ph}, {ph})", nets
            )
            conn.exec_driver_sql(
                "INSERT INTO profile_cities (profile_id, city, first_seen, last_seen, ads) "
                f"VALUES ({', '.join([ph] * 5)})",
                pcities,
            )
    if store.dialect == "postgresql":
        with store.begin() as conn:
            conn.execute(text("ANALYZE"))
    print(f"filled {n_ads} ads, {n_profiles} profiles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ads", type=int, default=1_000_000)
    ap.add_argument("--home", default="/tmp/kartlegg-bench-web")
    ap.add_argument("--database-url", default=None)
    ap.add_argument("--requests", type=int, default=200, help="requests per kind")
    args = ap.parse_args()
    home = Path(args.home)
    home.mkdir(parents=True, exist_ok=True)
    url = args.database_url or f"sqlite:///{home / 'kartlegg.sqlite'}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    store = open_store(Settings(home=home, database_url=url, actor="bench"))
    with store.connect() as conn:
        have = int(conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one())
    if have != args.ads:
        if have:
            sys.exit(f"{home} holds {have} ads, not {args.ads}: use another --home")
        fill(store, args.ads)
    with store.connect() as conn:
        need_list = not outreach_list.built(conn)
    if need_list:  # what `kartlegg analyze` stores at the end of its assess run (the fill writes scores itself)
        t0 = time.perf_counter()
        with store.begin() as conn:
            run_id = start_run(conn, "assess")
            n = outreach_list.build(conn)
            info = {outreach_list.BUILT: n, "totals": contacts.totals(conn)}
            finish_run(conn, run_id, watermark=max_version_seq(conn), info=info)
        print(f"outreach list of every city built in {time.perf_counter() - t0:.0f} s ({n} rows)", file=sys.stderr)
    with store.begin() as conn:  # a store built before the run stored its counts (ads per site, persons)
        row = conn.execute(text("SELECT id, info FROM stage_runs WHERE stage = 'assess' ORDER BY id DESC")).first()
        info = orjson.loads(row[1] or "{}")
        if "totals" not in info:
            info["totals"] = contacts.totals(conn)
            conn.execute(
                text("UPDATE stage_runs SET info = :i WHERE id = :r"), {"i": orjson.dumps(info).decode(), "r": row[0]}
            )
    with store.connect() as conn:
        need_cities = not network_cities.built(conn)
    if need_cities:  # what the link stage writes at the end of its run (the fill writes networks itself)
        t0 = time.perf_counter()
        with store.begin() as conn:
            n = network_cities.rebuild(conn)
        print(f"network cities written in {time.perf_counter() - t0:.0f} s ({n} rows)", file=sys.stderr)
    with store.connect() as conn:
        stale = conn.execute(text("SELECT stamp FROM aggregates WHERE name = 'activity'")).scalar() != (
            aggregates.stamp(conn)
        )
    if stale:  # what `kartlegg analyze` stores after its stages
        t0 = time.perf_counter()
        aggregates.refresh(store)
        print(f"aggregates stored in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    with store.begin() as conn:
        if conn.execute(text("SELECT 1 FROM web_users WHERE name = 'bench'")).first() is None:
            add_user(conn, "bench", "analyst", PASSWORD, actor="bench")
    t0 = time.perf_counter()
    with store.begin() as conn:
        textindex.ensure(conn)
    print(f"text index ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    from kartlegg.web.app import WebConfig, prepare_to_serve

    app = create_app(store, WebConfig(secure_cookies=False))
    prepare_to_serve(app)  # as `kartlegg serve` does
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    rng = random.Random(11)
    n_profiles = args.ads // 4
    # a long timeout: the warm-up requests fill the shared caches (statistics, dashboard, map) the slow way
    with httpx.Client(base_url=base, timeout=900, follow_redirects=True) as client:
        login = client.get("/login")
        token = login.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        r = client.post("/login", data={"username": "bench", "password": PASSWORD, "csrf": token, "next": "/triage"})
        assert r.status_code == 200, r.status_code

        def phone_query() -> str:
            _e164, nat = phone_of(rng.randrange(n_profiles))
            forms = [
                f"{nat[:3]} {nat[3:6]} {nat[6:]}",
                f"+46 {nat[1:3]}-{nat[3:]}",
                nat.replace("0", "O").replace("1", "l"),
                f"{nat[:3]}.{nat[3:6]}.{nat[6:8]}.{nat[8:]}",
            ]
            return rng.choice(forms)

        def justified(kind: str, eid: str) -> str:
            page = client.get(f"/{kind}/{eid}")
            csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            client.post(f"/{kind}/{eid}/justify", data={"csrf": csrf, "justification": "benchmark"})
            return f"/{kind}/{eid}"

        def justified_profile() -> str:
            return justified("profile", f"p{rng.randrange(n_profiles)}")

        def justified_network() -> str:
            return justified("network", f"n{rng.randrange(n_profiles // 5)}")

        kinds = {
            "dashboard (cached aggregates)": lambda: "/",
            "triage (first page)": lambda: "/triage",
            "triage (pages 2-20)": lambda: f"/triage?offset={50 * rng.randrange(1, 20)}",
            "triage (one city)": lambda: f"/triage?city={rng.choice(CITIES)}",
            "search phone (obfuscated forms)": lambda: (
                f"/search?{CASE}&q=" + httpx.QueryParams({"x": phone_query()})["x"]
            ),
            "search text (two words)": lambda: f"/search?{CASE}&kind=text&q={rng.choice(WORDS)}+{rng.choice(WORDS)}",
            "search alias (selector prefix)": lambda: f"/search?{CASE}&kind=alias&q=anna{rng.randrange(100)}",
            "profiles (first page)": lambda: "/profiles",
            "profiles (city, likely minors)": lambda: f"/profiles?city={rng.choice(CITIES)}&minors=1",
            "profiles (pages 2-20, risk >= 50)": lambda: f"/profiles?min_risk=50&page={rng.randrange(2, 21)}",
            "networks (first page)": lambda: "/networks",
            "networks (city filter)": lambda: f"/networks?city={rng.choice(CITIES)}",
            "profile page (justified)": justified_profile,
            "network page (justified)": justified_network,
            "outreach (cities)": lambda: "/outreach",
            "outreach (one city)": lambda: f"/outreach?city={rng.choice(CITIES)}",
            "outreach (one city, pages 2-20)": lambda: (
                f"/outreach?city={rng.choice(CITIES)}&page={rng.randrange(2, 21)}"
            ),
            "statistics (cached aggregates)": lambda: "/stats",
            "planning list (one city)": lambda: f"/plan?city={rng.choice(CITIES)}",
            "operations registry": lambda: "/ops",
            "sites under a new domain": lambda: "/sites",
            "exports form": lambda: "/exports",
            "reports form": lambda: "/reports",
            "activity map (cached counts)": lambda: "/map",
        }
        first: dict[str, float] = {}
        for name, path in (("dashboard", "/"), ("statistics", "/stats?period=year"), ("map", "/map")):
            t = time.perf_counter()  # the first view after a start: no cache filled yet, the stored aggregates
            assert client.get(path).status_code == 200
            first[name] = (time.perf_counter() - t) * 1000
        results: dict[str, list[float]] = {}
        for name, make in kinds.items():
            print(f"  {name}", file=sys.stderr)
            for _ in range(5):  # warm-up
                client.get(make())
            times = []
            for _ in range(args.requests):
                path = make()
                t = time.perf_counter()
                resp = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
                assert resp.status_code == 200, (path, resp.status_code)
            results[name] = times
        hits = client.get("/search", params={"q": phone_query(), "case": "bench 2026/1"}).text.count('href="/ad/')
        t = time.perf_counter()  # a week range cuts weeks: computed from every ad, not stored
        assert client.get("/stats", params={"date_from": "2026-01-03"}, timeout=900).status_code == 200
        stats_live = (time.perf_counter() - t) * 1000
        t = time.perf_counter()  # another window than the stored 30 days: computed
        assert client.get("/", params={"days": 60}, timeout=600).status_code == 200
        dash_live = (time.perf_counter() - t) * 1000
    server.should_exit = True
    thread.join(10)
    print(f"\n{args.ads:,} ads, {store.dialect}, {args.requests} sequential requests per kind over HTTP on 127.0.0.1")
    print(f"(a phone search finds {hits} ads: each synthetic person has 4)")
    print(
        "first view after a start (the aggregates stored by the last run): "
        + ", ".join(f"{k} {v:.0f} ms" for k, v in first.items())
    )
    print(
        f"computed when not stored (then cached 5 min): statistics with a date range {stats_live:.0f} ms, "
        f"dashboard over 60 days {dash_live:.0f} ms\n"
    )
    print("| request | n | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, t in results.items():
        print(
            f"| {name} | {len(t)} | {statistics.median(t):.1f} | {percentile(t, 0.95):.1f} "
            f"| {percentile(t, 0.99):.1f} | {max(t):.1f} |"
        )
    store.close()


if __name__ == "__main__":
    os.environ.setdefault("KARTLEGG_ACTOR", "bench")
    main()
