"""The CLI and the workbench read through the same functions: same outreach list, same triage queue, same
explanation sentences, on the same store (the demo-like market, run through the real pipeline)."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import defaultdict

import pytest
from sqlalchemy import text

from kartlegg.assess.catalogue import load_catalogue
from kartlegg.read import views
from kartlegg.read.context import cli_context
from kartlegg.store.engine import Store
from tests.conftest import run_cli
from tests.read.conftest import web_client
from tests.web.conftest import justify


def _cli_json(store: Store, *args: str) -> list[dict[str, object]]:
    res = run_cli(*args, home=store.settings.home)
    assert res.returncode == 0, res.stderr.decode()
    return [json.loads(line) for line in res.stdout.decode().splitlines() if line.strip()]


def _cities(store: Store) -> list[str]:
    with store.connect() as conn:
        return [
            str(r[0])
            for r in conn.execute(
                text("SELECT city, COUNT(*) FROM ad_versions WHERE city IS NOT NULL GROUP BY city ORDER BY 2 DESC")
            )
        ]


def _web_outreach(page: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    rows = []
    for ref, cell in re.findall(r'<tr data-ref="([^"]*)">(.*?)</tr>', page, re.S):
        items = re.findall(r'<li data-kind="(phone|email|handle)">([^<]*)</li>', cell)
        by = {k: [html.unescape(v) for kk, v in items if kk == k] for k in ("phone", "email", "handle")}
        rows.append((html.unescape(ref), by["phone"], by["email"], by["handle"]))
    return rows


def _persons_per_contact(store: Store) -> dict[tuple[str, str], set[str]]:
    """Who uses each contact, straight from the tables (a profile, or an ad linking has not placed)."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    with store.connect() as conn:
        for kind, value, ad, pid in conn.execute(
            text(
                "SELECT s.kind, s.value, x.ad_id, pa.profile_id FROM selectors s "
                "JOIN ad_selectors x ON x.selector_id = s.id LEFT JOIN profile_ads pa ON pa.ad_id = x.ad_id"
            )
        ):
            out[(kind, value)].add(pid or f"ad:{ad}")
    return out


def _site_lines(store: Store) -> set[tuple[str, str]]:
    """Contacts in more than the catalogue's share of a site's ads (sites big enough to tell)."""
    s = load_catalogue().settings
    with store.connect() as conn:
        sizes = dict(conn.execute(text("SELECT site_id, COUNT(*) FROM ads GROUP BY site_id")).all())
        rows = conn.execute(
            text(
                "SELECT s.kind, s.value, a.site_id, COUNT(DISTINCT x.ad_id) FROM selectors s "
                "JOIN ad_selectors x ON x.selector_id = s.id JOIN ads a ON a.id = x.ad_id "
                "GROUP BY s.kind, s.value, a.site_id"
            )
        ).all()
    return {
        (k, v)
        for k, v, site, n in rows
        if sizes[site] >= s.site_selector_min_ads and n > s.site_selector_share * sizes[site]
    }


def test_outreach_is_the_same_list_in_the_cli_and_the_workbench(demo_store: Store) -> None:
    web = web_client(demo_store, "outreach")
    compared = 0
    for city in _cities(demo_store)[:3]:
        cli = _cli_json(demo_store, "outreach", "--city", city, "--format", "jsonl", "--reason", "outreach week 12")
        page = web.get("/outreach", params={"city": city})
        assert page.status_code == 200
        rows = _web_outreach(page.text)
        assert rows == [(r["ref"], r["phones"], r["emails"], r["handles"]) for r in cli], city
        compared += len(rows)
    assert compared >= 10


def test_outreach_lists_only_a_persons_own_contact_routes(demo_store: Store) -> None:
    users = _persons_per_contact(demo_store)
    site_lines = _site_lines(demo_store)
    with demo_store.connect() as conn:
        hubs = {tuple(r) for r in conn.execute(text("SELECT kind, value FROM hub_selectors"))}
    assert hubs and site_lines, "the demo market has hubs and site lines to leave out"
    listed = 0
    left_out: set[tuple[str, str]] = set()
    # Every city through the read function the CLI and the page call (the CLI itself is compared with the
    # page above; one CLI process per city would only add start-up time).
    ctx = cli_context("tester", "outreach", "outreach week 12", mode="outreach")  # as `kartlegg outreach`
    for city in _cities(demo_store):
        for item in views.outreach(demo_store, ctx, city):
            for kind, shown_all in (("phone", item.phones), ("email", item.emails), ("handle", item.handles)):
                for shown in shown_all:
                    value = shown.split(":", 1)[1] if kind == "handle" and ":" in shown else shown
                    assert (kind, value) not in hubs and (kind, value) not in site_lines, (city, shown)
                    assert users[(kind, value)] in ({item.ref}, {f"ad:{item.ref}"}), shown
                    listed += 1
        left_out |= {k for k, who in users.items() if k[0] in ("phone", "email", "handle") and len(who) > 1}
    assert listed >= 10 and left_out  # some routes are given, shared ones exist and were withheld


def test_triage_is_the_same_queue_in_the_cli_and_the_workbench(demo_store: Store) -> None:
    web = web_client(demo_store, "analyst")
    threshold = load_catalogue().settings.minor_first_threshold
    for city, level in ((None, None), (_cities(demo_store)[0], None), (None, "profile")):
        args = ["triage", "--json", "--limit", "50"]
        params = {}
        if city:
            args += ["--city", city]
            params["city"] = city
        if level:
            args += ["--level", level]
            params["level"] = level
        cli = _cli_json(demo_store, *args)
        page = web.get("/triage", params=params).text
        rows = re.findall(r'<tr class="(minor)?" data-entity="([a-z]+):([^"]+)">(.*?)</tr>', page, re.S)
        assert [(f"{t}:{i}", bool(m)) for m, t, i, _ in rows] == [
            (f"{r['entity_type']}:{r['entity_id']}", r["minor_first"]) for r in cli
        ]
        for (_m, _t, _i, cells), r in zip(rows, cli, strict=True):
            reasons = [html.unescape(x) for x in re.findall(r"<li>(.*?)</li>", cells)]
            assert reasons == r["reasons"]
            assert r["minor_first"] == (r["minor_score"] >= threshold)
        assert cli, (city, level)


def test_explanation_sentences_are_the_same_in_the_cli_and_on_the_profile_page(demo_store: Store) -> None:
    top = _cli_json(demo_store, "triage", "--json", "--level", "profile", "--limit", "3")
    web = web_client(demo_store, "analyst")
    for row in top:
        pid = str(row["entity_id"])
        res = run_cli("explain", "profile", pid, "--json", home=demo_store.settings.home)
        cli = json.loads(res.stdout)
        justify(web, "profile", pid)
        page = web.get(f"/profile/{pid}").text
        why = re.search(r"<h2>Why</h2><ul class=\"reasons\">(.*?)</ul>", page, re.S)
        assert why, pid
        assert [html.unescape(x) for x in re.findall(r"<li>(.*?)</li>", why.group(1))] == cli["sentences"]
        for sentence in cli["sentences"]:
            assert "{" not in sentence and "9999" not in sentence and "0000" not in sentence
            assert len(sentence) <= 140 and (not sentence.endswith("…") or sentence[-2] != " ")
        text_out = run_cli("explain", "profile", pid, home=demo_store.settings.home).stdout.decode()
        assert all(s in text_out for s in cli["sentences"])


@pytest.mark.parametrize("fmt", ["graphml", "ftm"])
def test_graphs_never_draw_a_hub_or_a_site_line(demo_store: Store, tmp_path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    from kartlegg.report.query import Scope
    from kartlegg.report.service import Request, export

    target = tmp_path / f"g.{fmt}"
    export(demo_store, "graph", fmt, Scope(), str(target), Request("tester", "case 2026/114", "Kripos"))
    data = target.read_text("utf-8")
    if fmt == "ftm":  # the ads' own text (an ad document's title and body) may mention anything
        entities = [json.loads(line) for line in data.splitlines()]
        for e in entities:
            for prop in ("bodyText", "title"):
                e["properties"].pop(prop, None)
        data = json.dumps(entities, ensure_ascii=False)
    with demo_store.connect() as conn:
        hubs = {tuple(r) for r in conn.execute(text("SELECT kind, value FROM hub_selectors"))}
    banned = hubs | _site_lines(demo_store)
    contacts = [(k, v) for k, v in banned if k in ("phone", "email", "handle")]
    assert contacts
    for _kind, value in contacts:
        assert value not in data, value
    shared = [k for k, who in _persons_per_contact(demo_store).items() if len(who) > 1 and k not in banned]
    assert any(v in data for k, v in shared if k == "phone")  # a controller's number is still a tie


def test_network_page_never_draws_a_hub_or_a_site_line(demo_store: Store) -> None:
    web = web_client(demo_store, "analyst")
    banned = {v for _k, v in _site_lines(demo_store)}
    with demo_store.connect() as conn:
        banned |= {str(r[0]) for r in conn.execute(text("SELECT value FROM hub_selectors"))}
        nets = [str(r[0]) for r in conn.execute(text("SELECT id FROM networks ORDER BY profiles DESC LIMIT 5"))]
        used = {
            str(r[0])
            for r in conn.execute(
                text(
                    "SELECT DISTINCT s.value FROM profiles p JOIN profile_ads pa ON pa.profile_id = p.id "
                    "JOIN ad_selectors x ON x.ad_id = pa.ad_id JOIN selectors s ON s.id = x.selector_id "
                    "WHERE s.kind = 'phone' AND p.network_id IN (" + ", ".join(f"'{n}'" for n in nets) + ")"
                )
            )
        }
    assert used & banned, "these networks' persons carry a hub or a site line (the test can fail)"
    for nid in nets:
        justify(web, "network", nid)
        page = html.unescape(web.get(f"/network/{nid}").text)
        graph = json.loads(re.search(r"data-graph='([^']*)'", page).group(1))  # type: ignore[union-attr]
        labels = {n["label"] for n in graph["nodes"] if n["type"] != "profile"}
        assert not labels & banned, nid


@pytest.mark.parametrize(("by", "period", "cut"), [("city", "week", ""), ("site", "day", "2026-01-05")])
def test_market_statistics_are_the_same_in_the_cli_and_the_workbench(
    demo_store: Store, by: str, period: str, cut: str
) -> None:
    """`kartlegg stats market` and the statistics page's CSV read the same stored table (read.aggregates)."""
    args = ["stats", "market", "--by", by, "--period", period, "--format", "csv"] + (["--from", cut] if cut else [])
    cli = run_cli(*args, home=demo_store.settings.home)
    assert cli.returncode == 0, cli.stderr.decode()
    query = f"/stats.csv?table=market&market_by={by}&period={period}" + (f"&date_from={cut}" if cut else "")
    web = web_client(demo_store, "viewer").get(query)
    assert web.status_code == 200
    cols = ("period", "group", "ads", "active_profiles", "new_profiles")
    cli_rows = [{k: r[k] for k in cols} for r in csv.DictReader(io.StringIO(cli.stdout.decode()))]
    web_rows = [{k: r[k] for k in cols} for r in csv.DictReader(io.StringIO(web.text))]
    assert cli_rows and cli_rows == web_rows
