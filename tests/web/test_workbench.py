"""The pages that were CLI-only (profiles, networks, sites, statistics, operations, planning, exports,
reports), the dashboard's headline counts, and the readable-page fixes (search leads to persons, the query
survives login, paged timeline, labelled ad rows, minor markers, 404 with navigation, four languages)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from urllib.parse import unquote

import orjson
import pytest
from sqlalchemy import text
from tests.web.conftest import E164_A, PASSWORD, csrf_of, justify

from kartlegg.ops import registry
from kartlegg.web.routes import disclose, persons


def enrich(store, market) -> None:
    """What the link stage writes beside the test market's rows: network size and summary, per-profile
    cities, a site seen under a new domain; and a score for the unplaced ad a4."""
    with store.begin() as conn:
        conn.execute(
            text("UPDATE networks SET profiles = 2, ads = 2, data = :d WHERE id = 'n-one'"),
            {
                "d": orjson.dumps(
                    {"cities": ["Stockholm", "Göteborg"], "first_seen": "2026-03-01", "last_seen": "2026-03-02"}
                ).decode()
            },
        )
        conn.execute(text("UPDATE profiles SET ads = 1"))
        for pid, city, day in (
            ("p-anna", "Stockholm", "2026-03-01"),
            ("p-bella", "Göteborg", "2026-03-02"),
            ("p-cora", "Oslo", "2026-03-03"),
        ):
            conn.execute(
                text(
                    "INSERT INTO profile_cities (profile_id, city, first_seen, last_seen, ads) "
                    "VALUES (:p, :c, :d, :d, 1)"
                ),
                {"p": pid, "c": city, "d": day},
            )
        conn.execute(
            text(
                "INSERT INTO site_aliases (site_a, site_b, score, reason, strength) "
                "VALUES ('rosa.example', 'rosa2.example', 0.9, 'same ads and phones', 'alias')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO scores (entity_type, entity_id, risk_score, minor_score, third_party_score) "
                "VALUES ('ad', :a, 30.0, 5.0, 0.0)"
            ),
            {"a": str(market.ad_ids["a4"])},
        )


@pytest.fixture(scope="module")
def wb(shared):
    store, market, make = shared
    enrich(store, market)
    return store, market, make


def profiles_in(html: str) -> list[str]:
    return re.findall(r'<tr data-profile="([^"]+)"', html)


def audit_rows(store, action: str, object_type: str) -> list[tuple[str, str, str]]:
    with store.connect() as conn:
        return [
            (r[0], r[1], r[2])
            for r in conn.execute(
                text(
                    "SELECT actor, justification, details FROM audit_log WHERE action = :a AND object_type = :o "
                    "ORDER BY seq"
                ),
                {"a": action, "o": object_type},
            )
        ]


# -- dashboard and lists ---------------------------------------------------------------------------------
def test_dashboard_headline_counts_link_to_the_lists_behind_them(wb) -> None:
    _store, _market, make = wb
    c = make("analyst")
    html = c.get("/").text
    links = dict(re.findall(r'<a href="([^"]+)"><span class="n">(\d+)</span>', html))
    minors = next(h for h in links if "minors=1" in h)
    new = next(h for h in links if "new_since=" in h)
    assert links[minors] == "1" and links[new] == "3"
    assert links["/networks?seen_from=2026-02-25"] == "1" and links["/sites"] == "1"
    # each count is the length of the list its link opens
    assert profiles_in(c.get(minors.replace("&amp;", "&")).text) == ["p-bella"]
    assert sorted(profiles_in(c.get(new).text)) == ["p-anna", "p-bella", "p-cora"]
    assert 'data-network="n-one"' in c.get("/networks?seen_from=2026-02-25").text
    assert "rosa2.example" in c.get("/sites").text


def test_a_viewer_sees_the_counts_but_no_link_to_person_lists(wb) -> None:
    _store, _market, make = wb
    html = make("viewer").get("/").text
    assert '<span class="n">1</span>' in html and "/profiles?" not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("city=Oslo", ["p-cora"]),
        ("city=goteborg", ["p-bella"]),
        ("min_risk=50", ["p-bella"]),
        ("minors=1", ["p-bella"]),
        ("new_since=2026-03-02", ["p-cora", "p-bella"]),
        ("seen_to=2026-03-01", ["p-anna"]),
        ("seen_from=2026-03-02&seen_to=2026-03-02", ["p-bella"]),
        ("page=2", []),
    ],
)
def test_profile_list_filters(wb, query: str, expected: list[str]) -> None:
    _store, _market, make = wb
    html = make("analyst").get(f"/profiles?{query}").text
    assert profiles_in(html) == expected
    if not expected:
        assert "No profile matches these filters." in html


def test_score_filters_on_both_backends(store, market, client_for) -> None:
    enrich(store, market)
    c = client_for("analyst")
    assert profiles_in(c.get("/profiles?minors=1&city=G%C3%B6teborg").text) == ["p-bella"]
    assert profiles_in(c.get("/profiles?min_risk=99").text) == []  # no profile passes: an empty selection
    assert profiles_in(c.get("/profiles?min_risk=99&city=Oslo").text) == []
    assert 'data-network="n-one"' in c.get("/networks?minors=1&seen_from=2026-03-01").text
    assert "/profiles?minors=1" in c.get("/").text


@pytest.mark.parametrize("query", ["seen_from=yesterday", "min_risk=high", "min_risk=120", "new_since=2026-13-01"])
def test_bad_filters_are_the_users_mistake_not_a_crash(wb, query: str) -> None:
    _store, _market, make = wb
    r = make("analyst").get(f"/profiles?{query}")
    assert r.status_code == 400 and "Traceback" not in r.text
    assert "YYYY-MM-DD" in r.text or "0 to 100" in r.text


def test_network_list_filters_and_marks_minors(wb) -> None:
    _store, _market, make = wb
    c = make("analyst")
    html = c.get("/networks?minors=1").text
    row = re.search(r'<tr data-network="n-one" class="minor">(.*?)</tr>', html, re.S)
    assert row and '<td class="num" data-field="minors">1</td>' in row.group(1)  # one likely minor among its members
    assert 'data-network="n-one"' not in c.get("/networks?city=Oslo").text
    assert 'data-network="n-one"' in c.get("/networks?city=stockholm").text
    assert 'data-network="n-one"' not in c.get("/networks?min_risk=90").text


def test_list_reads_are_audited_with_their_filters(wb) -> None:
    store, _market, make = wb
    make("analyst").get("/profiles?city=Oslo&minors=1")
    actor, _why, details = audit_rows(store, "consult", "profiles")[-1]
    assert actor == "analyst1"
    assert orjson.loads(details)["city"] == "Oslo" and orjson.loads(details)["minors"] is True


# -- readable pages --------------------------------------------------------------------------------------
def test_search_leads_to_the_profiles_and_network_behind_a_hit(wb) -> None:
    _store, _market, make = wb
    html = make("analyst").get("/search", params={"q": "O7O 123 four5 67", "case": "case 2026/17"}).text
    people = html.split('class="people"')[1].split("</p>")[0]
    assert 'href="/profile/p-anna"' in people and 'href="/profile/p-bella"' in people
    assert people.count('href="/network/n-one"') == 2 and E164_A in html


def test_the_query_survives_login(wb) -> None:
    _store, _market, make = wb
    anon = make(None)
    r = anon.get("/search?q=070-123&kind=phone", follow_redirects=False)
    assert r.status_code == 303
    target = unquote(r.headers["location"].split("next=", 1)[1])
    assert target == "/search?q=070-123&kind=phone"
    page = anon.get(r.headers["location"])
    assert 'name="next" value="/search?q=070-123&amp;kind=phone"' in page.text
    make("analyst")  # the account exists
    done = anon.post(
        "/login",
        data={"username": "analyst1", "password": PASSWORD, "csrf": csrf_of(page.text), "next": target},
        follow_redirects=False,
    )
    assert done.headers["location"] == "/search?q=070-123&kind=phone"


def test_triage_ad_rows_name_the_ad_not_its_id(wb) -> None:
    _store, market, make = wb
    html = make("analyst").get("/triage?level=ad").text
    row = re.search(rf'data-entity="ad:{market.ad_ids["a4"]}">(.*?)</tr>', html, re.S).group(1)
    assert "Uten nummer" in row and "nord.example" in row and "Bergen" in row
    assert f">ad {market.ad_ids['a4']}<" not in row


def test_not_found_keeps_the_navigation_and_the_home_link_fits_the_role(wb) -> None:
    _store, _market, make = wb
    r = make("analyst").get("/no/such/page")
    assert r.status_code == 404 and 'href="/triage"' in r.text and "There is no such page." in r.text
    outreach = make("outreach").get("/outreach").text
    assert '<a class="brand" href="/outreach">' in outreach


def test_network_graph_marks_likely_minors_and_offers_kind_switches(wb) -> None:
    _store, _market, make = wb
    c = make("analyst")
    justify(c, "network", "n-one")
    html = c.get("/network/n-one").text
    graph = orjson.loads(re.search(r"data-graph='([^']*)'", html).group(1).replace("&#34;", '"'))
    minor = {n["ref"]: n["minor"] for n in graph["nodes"] if n["type"] == "profile"}
    assert minor == {"p-anna": False, "p-bella": True}
    assert set(re.findall(r'data-hide-kind="(\w+)"', html)) == {"profile", "phone", "image", "template"}


def test_a_long_profile_is_paged_and_grouped_by_month(store, market, client_for, monkeypatch) -> None:
    monkeypatch.setattr(persons, "TIMELINE_PAGE", 1)
    with store.begin() as conn:
        conn.execute(
            text("INSERT INTO profile_ads (ad_id, profile_id) VALUES (:a, 'p-cora')"), {"a": market.ad_ids["a4"]}
        )
    c = client_for("analyst")
    justify(c, "profile", "p-cora")
    first = c.get("/profile/p-cora").text
    assert first.index('id="timeline"') < first.index("<h2>Cities</h2>")  # the timeline first
    assert '<h3 class="month">March 2026</h3>' in first
    assert first.count('href="/ad/') == 1 and 'href="/profile/p-cora?page=2#timeline"' in first
    second = c.get("/profile/p-cora?page=2").text
    assert second.count('href="/ad/') == 1 and "page=3" not in second


# -- statistics, operations, planning --------------------------------------------------------------------
def test_statistics_with_charts_and_csv(wb) -> None:
    store, _market, make = wb
    registry.load_examples(store)
    c = make("viewer")
    html = c.get("/stats?measure=reported&by=country").text
    assert "<svg viewBox=" in html and 'id="outcome-table"' in html and 'id="market-table"' in html
    r = c.get("/stats.csv?table=outcomes&measure=reported&by=country")
    assert r.headers["content-disposition"].endswith('kartlegg-outcomes.csv"')
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and {row["measure"] for row in rows} == {"reported"}
    market = list(csv.DictReader(io.StringIO(c.get("/stats.csv?table=market&period=year").text)))
    assert sum(int(m["ads"]) for m in market) == 4  # every ad of the test market, counted once
    assert c.get("/stats?period=decade").status_code == 400
    assert audit_rows(store, "consult", "statistics.outcomes.csv")
    # statistics read no person: each read is audited through the read layer in aggregate mode
    for what in ("statistics", "statistics.outcomes.csv", "statistics.market.csv"):
        details = [d if isinstance(d, dict) else orjson.loads(d) for _a, _j, d in audit_rows(store, "consult", what)]
        assert details and all((d["mode"], d["purpose"]) == ("aggregate", "statistics") for d in details), what


def test_operations_add_edit_and_import_are_audited(wb) -> None:
    store, _market, make = wb
    c = make("analyst")
    token = csrf_of(c.get("/ops/new").text)
    form = {
        "csrf": token,
        "name": "Hotelluke",
        "country": "NO",
        "district": "Oslo",
        "kind": "hotel",
        "started_on": "2026-03-02",
        "outcomes": "reported:sexkjøp=12\noffered_help~9",
        "targets": "hotel:Hotel Nord@Oslo",
        "reason": "vedtak 2026/3",
    }
    bad = c.post("/ops/new", data={**form, "outcomes": "reported=twelve"})
    assert bad.status_code == 400 and "cannot read outcome" in bad.text
    assert c.post("/ops/new", data=form, follow_redirects=False).status_code == 303
    listing = c.get("/ops?country=NO").text
    op_id = re.search(r'href="/ops/(\d+)">Hotelluke<', listing).group(1)
    edit = c.get(f"/ops/{op_id}").text
    assert "reported:" in edit and "=12" in edit and "hotel:Hotel Nord@Oslo" in edit
    c.post(f"/ops/{op_id}", data={**form, "name": "Hotelluke vår"})
    assert "Hotelluke vår" in c.get("/ops").text and ">Hotelluke<" not in c.get("/ops").text
    assert [a for a, why, _d in audit_rows(store, "ops.add", "operation") if why == "vedtak 2026/3"] == ["analyst1"]
    assert audit_rows(store, "ops.update", "operation")[-1][:2] == ("analyst1", "vedtak 2026/3")
    upload = b"key,name,country,started_on\nh-1,Gamle aksjonen,NO,2019-04-01\nh-2,Bad date,NO,2019-99-01\n"
    r = c.post(
        "/ops-import", data={"csrf": token, "reason": "historikk"}, files={"file": ("history.csv", upload, "text/csv")}
    )
    assert r.status_code == 200 and 'id="rejected"' in r.text and "line 3" in r.text
    assert "Gamle aksjonen" in c.get("/ops").text and "Bad date" not in c.get("/ops").text
    assert (
        c.post(
            "/ops-import", data={"csrf": token, "reason": "x"}, files={"file": ("a.csv", upload, "text/csv")}
        ).status_code
        == 400
    )  # no real reason


def test_planning_list_is_audited(wb) -> None:
    store, _market, make = wb
    html = make("analyst").get("/plan?city=Stockholm&days=30").text
    assert 'id="places"' in html and "<svg" in html
    assert audit_rows(store, "report", "plan")[-1][0] == "analyst1"
    assert make("analyst").get("/plan?city=Oslo&days=0").status_code == 400


# -- exports and reports ---------------------------------------------------------------------------------
def test_export_asks_for_a_reason_then_downloads_and_audits(wb) -> None:
    store, _market, make = wb
    c = make("analyst")
    token = csrf_of(c.get("/exports").text)
    refused = c.post("/exports", data={"csrf": token, "what": "ads", "format": "csv", "reason": ""})
    assert refused.status_code == 400 and 'role="alert"' in refused.text
    r = c.post(
        "/exports",
        data={"csrf": token, "what": "ads", "format": "csv", "reason": "case 2026/114", "recipient": "Kripos"},
    )
    assert r.status_code == 200 and 'filename="kartlegg-ads.csv"' in r.headers["content-disposition"]
    assert "+46701234567" in r.text
    actor, why, details = audit_rows(store, "export", "ads")[-1]
    assert (actor, why) == ("analyst1", "case 2026/114") and orjson.loads(details)["recipient"] == "Kripos"
    pseudo = c.post(
        "/exports", data={"csrf": token, "what": "ads", "format": "csv", "reason": "case 2026/114", "pseudonymise": "1"}
    )
    assert "+46701234567" not in pseudo.text and "070-123" not in pseudo.text
    i2 = c.post("/exports", data={"csrf": token, "what": "graph", "format": "i2", "reason": "case 2026/114"})
    assert zipfile.ZipFile(io.BytesIO(i2.content)).namelist()


def test_a_role_without_full_mode_would_disclose_pseudonymised_only() -> None:
    assert disclose.must_pseudonymise("outreach") and disclose.must_pseudonymise("viewer")
    assert not disclose.must_pseudonymise("analyst")


def test_report_download(wb) -> None:
    store, _market, make = wb
    c = make("analyst")
    token = csrf_of(c.get("/reports").text)
    missing = c.post("/reports", data={"csrf": token, "kind": "network", "format": "html", "reason": "case 7/26"})
    assert missing.status_code == 400 and "Give the id of the profile or network." in missing.text
    r = c.post(
        "/reports",
        data={
            "csrf": token,
            "kind": "network",
            "subject": "n-one",
            "format": "html",
            "reason": "case 7/26",
            "recipient": "Oslo PD",
        },
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "p-bella" in r.text and 'filename="kartlegg-network-report.html"' in r.headers["content-disposition"]
    assert audit_rows(store, "report", "network")[-1][:2] == ("analyst1", "case 7/26")


# -- languages -------------------------------------------------------------------------------------------
def test_the_browser_language_is_the_default_and_the_users_choice_is_kept(wb) -> None:
    store, _market, make = wb
    anon = make(None)
    assert "Logga in" in anon.get("/login", headers={"accept-language": "sv-SE,sv;q=0.9"}).text
    assert '<html lang="da">' in anon.get("/login", headers={"accept-language": "da"}).text
    c = make("analyst")
    token = csrf_of(c.get("/").text)
    r = c.post("/language", data={"csrf": token, "language": "nb", "next": "/triage"}, follow_redirects=False)
    assert r.headers["location"] == "/triage"
    html = c.get("/triage?level=profile", headers={"accept-language": "sv"}).text  # the choice beats the browser
    assert "Triagekø" in html and "Mange personer per telefon" in html  # page and indicator title in bokmål
    assert "sannsynlig mindreårig" in html
    with store.connect() as conn:
        assert conn.execute(text("SELECT language FROM web_users WHERE name = 'analyst1'")).scalar_one() == "nb"
    c.post("/language", data={"csrf": token, "language": "", "next": "/"})
    assert "Översikt" in c.get("/", headers={"accept-language": "sv"}).text  # the browser's again
    assert c.post("/language", data={"csrf": token, "language": "de"}).status_code == 400
    c.post("/language", data={"csrf": token, "language": "en"})


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", ("Profiler", "Statistikk", "Eksport")),
        ("sv", ("Profiler", "Statistik", "Export")),
        ("da", ("Profiler", "Statistik", "Eksport")),
        ("en", ("Profiles", "Statistics", "Exports")),
    ],
)
def test_main_pages_in_each_language(wb, lang: str, words: tuple[str, ...]) -> None:
    _store, _market, make = wb
    c = make("admin")
    for path in ("/", "/profiles", "/networks", "/stats", "/ops", "/plan", "/exports", "/reports", "/sites"):
        r = c.get(path, headers={"accept-language": lang})
        assert r.status_code == 200 and f'<html lang="{lang}">' in r.text, path
        assert all(w in r.text for w in words), (path, lang)


@pytest.mark.parametrize(
    ("lang", "ask"),
    [("nb", "oppgi en begrunnelse"), ("sv", "ange ett skäl"), ("da", "angiv en begrundelse"), ("en", "give a reason")],
)
def test_read_layer_refusals_are_in_the_readers_language(wb, lang: str, ask: str) -> None:
    _store, _market, make = wb
    c = make("admin")  # no language chosen: the browser's
    head = {"accept-language": lang}
    search = c.get("/search", params={"q": "070-123 45 67"}, headers=head)
    assert search.status_code == 403 and ask in search.text
    token = csrf_of(c.get("/exports", headers=head).text)
    export = c.post("/exports", data={"csrf": token, "what": "ads", "format": "csv", "reason": ""}, headers=head)
    assert export.status_code == 400 and ask in export.text
    if lang != "en":
        assert "give a reason" not in search.text + export.text
