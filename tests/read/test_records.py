"""Every person-level view (profile, network with its members and graph, ad with its evidence, search hits)
holds exactly the fields the disclosure policy declares for its mode: in the read layer's records, in
``kartlegg profile`` / ``kartlegg network`` and on the workbench's pages; a copy of the policy without a
field (``KARTLEGG_POLICY``) removes it from the CLI's and the workbench's output."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kartlegg.read import ReadContext, Refused, load_policy, records
from kartlegg.read import persons as read_persons
from kartlegg.read.policy import ENV_POLICY
from kartlegg.store import audit
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings, run_cli
from tests.read.conftest import web_client
from tests.read.test_policy import _copy, cli_env
from tests.web.conftest import E164_A, PHONE_A, Market, csrf_of, justify, load_market

REASON = "case 2026/114"
PERSON_VIEWS = ("profile", "network", "ad", "search")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Market]]:
    """The workbench's small market (three profiles, one network, a WARC record), once for the module."""
    store = open_store(make_settings(tmp_path_factory.mktemp("records")))
    yield store, load_market(store)
    store.close()


def _read(store: Store, market: Market, view: str, mode: str) -> Any:
    ctx = ReadContext("tester", "analyst", view, REASON, mode)  # type: ignore[arg-type]
    if view == "profile":
        return records.profile(store, ctx, "p-bella")
    if view == "network":
        return records.network(store, ctx, market.network)
    if view == "ad":
        return records.ad(store, ctx, market.ad_ids["a1"])
    return records.search(store, ctx, lambda c: ("phone", read_persons.search_selectors(c, "phone", [E164_A])), {})[1]


@pytest.mark.parametrize("mode", ["full", "pseudonymised"])
@pytest.mark.parametrize("view", PERSON_VIEWS)
def test_each_record_holds_exactly_the_declared_fields(small: tuple[Store, Market], view: str, mode: str) -> None:
    store, market = small
    policy = load_policy()
    rec = _read(store, market, view, mode)
    if view == "search":
        assert len(rec) == 2 and all(list(hit) == list(policy.fields("search", mode)) for hit in rec)
        return
    assert list(rec) == list(policy.fields(view, mode))
    if view == "network":  # the nested records by their own views
        assert list(rec["graph"]) == list(policy.fields("graph", mode))
        assert rec["members"] and all(list(m) == list(policy.fields("member", mode)) for m in rec["members"])
    if view == "ad":
        assert list(rec["evidence"]) == list(policy.fields("evidence", mode))
    text = json.dumps(rec, ensure_ascii=False)
    if mode == "pseudonymised":
        for plain in (E164_A, PHONE_A, "anna@example.com", "https://rosa.example/ad/a1"):
            assert plain not in text, f"{view} leaks {plain}"
        assert "phone:" in text or view == "search"  # search hits name their match by its token too
    else:
        assert E164_A in text or "anna@example.com" in text or view == "network"


def test_a_mode_that_shows_nothing_of_a_view_is_refused_and_audited(small: tuple[Store, Market]) -> None:
    store, _market = small
    ctx = ReadContext("olga", "outreach", "profile", REASON, "outreach")
    with pytest.raises(Refused, match="shows no profile in outreach mode"):
        records.profile(store, ctx, "p-anna")
    ev = ReadContext("tester", "analyst", "evidence", REASON, "pseudonymised")
    with pytest.raises(Refused, match="no archived record in pseudonymised mode"):
        records.evidence(store, ev, 1, lambda e: b"never")
    with store.connect() as conn:
        rows = [(e.actor, e.action, e.object_type) for e in audit.entries(conn, limit=2)]
    assert rows == [("tester", "refused", "warc_record"), ("olga", "refused", "profile")]


def _json(res: Any) -> Any:
    assert res.returncode == 0, res.stderr.decode()
    return json.loads(res.stdout)


def test_the_cli_prints_exactly_the_declared_fields_and_the_policy_can_drop_one(
    small: tuple[Store, Market], tmp_path: Path
) -> None:
    store, market = small
    home, env = store.settings.home, cli_env(store)
    policy = load_policy()
    full = _json(run_cli("profile", "p-anna", "--reason", REASON, "--json", home=home, env=env))
    assert list(full) == list(policy.fields("profile", "full"))
    assert {"kind": "email", "value": "anna@example.com", "ads": 1} in full["selectors"]
    net = _json(run_cli("network", market.network, "--reason", REASON, "--pseudonymise", "--json", home=home, env=env))
    assert list(net) == list(policy.fields("network", "pseudonymised"))
    assert [list(m) for m in net["members"]] == [list(policy.fields("member", "pseudonymised"))] * 2
    assert "aliases" not in net["members"][0] and "Anna" not in json.dumps(net)  # names are left out
    narrow = _copy(tmp_path, "cities, selectors, images, links]", "cities, images, links]")  # profile.full
    res = run_cli("profile", "p-anna", "--reason", REASON, home=home, env=cli_env(store, {ENV_POLICY: str(narrow)}))
    shown = res.stdout.decode()
    assert res.returncode == 0 and "Ny i stan" in shown  # her ads are there (the timeline) ...
    assert "selectors" not in shown and "anna@example.com" not in shown  # ... her selectors are not


def _fields(page: str) -> set[str]:
    return {f for attr in re.findall(r'data-field="([^"]+)"', page) for f in attr.split()}


def _pages(store: Store, market: Market) -> dict[str, str]:
    web = web_client(store, "analyst")
    ad = market.ad_ids["a1"]
    for kind, ident in (("profile", "p-bella"), ("network", market.network), ("ad", ad)):
        justify(web, kind, ident)
    return {
        "profile": web.get("/profile/p-bella").text,
        "network": web.get(f"/network/{market.network}").text,
        "ad": web.get(f"/ad/{ad}").text,
        "search": web.get("/search", params={"q": PHONE_A, "case": REASON}).text,
        "export": web.get("/profile/p-bella/export.json").text,
    }


def test_the_workbench_shows_exactly_the_declared_fields(store: Store) -> None:
    market = load_market(store)
    policy = load_policy()
    pages = _pages(store, market)
    for view in PERSON_VIEWS:
        assert _fields(pages[view]) == set(policy.fields(view, "full")), view
    assert list(json.loads(pages["export"])) == list(policy.fields("profile", "full"))


def test_a_policy_copy_without_a_field_removes_it_from_the_workbench(
    small: tuple[Store, Market], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, market = small
    raw = _copy(tmp_path, "version: 1", "version: 1").read_text("utf-8")
    for old, new in (
        ("notes, timeline, cities, selectors, images, links]", "notes, timeline, cities, links]"),  # profile.full
        ("city, title, body, images, selectors, language, evidence,", "city, title, body, language, evidence,"),
        ("full: [ad_id, site, title, city, posted_at, snippet, matched,", "full: [ad_id, site, title, posted_at,"),
        ("full: [network_id, profiles, ads, first_seen, last_seen, cities, members, shared, weeks, links, graph]",
         "full: [network_id, profiles, ads, first_seen, last_seen, cities, members, links]"),
    ):  # fmt: skip
        assert old in raw
        raw = raw.replace(old, new, 1)
    narrow = tmp_path / "narrow.yaml"
    narrow.write_text(raw, encoding="utf-8")
    monkeypatch.setenv(ENV_POLICY, str(narrow))
    pages = _pages(store, market)
    assert {"selectors", "images"}.isdisjoint(_fields(pages["profile"])) and "anna@example.com" not in pages["profile"]
    assert {"selectors", "images"}.isdisjoint(_fields(pages["ad"])) and "rosa.example/i/1.jpg" not in pages["ad"]
    assert {"snippet", "matched"}.isdisjoint(_fields(pages["search"])) and "Ring" not in pages["search"]
    assert {"shared", "weeks", "graph"}.isdisjoint(_fields(pages["network"])) and 'id="graph"' not in pages["network"]
    assert {"selectors", "images"}.isdisjoint(json.loads(pages["export"]))
    assert _fields(pages["ad"]) == set(load_policy().fields("ad", "full"))


def test_search_snippets_need_a_case_reference(small: tuple[Store, Market]) -> None:
    store, _market = small
    web = web_client(store, "analyst")
    refused = web.get("/search", params={"q": PHONE_A})
    assert refused.status_code == 403 and "give a reason" in refused.text
    assert "Ring" not in refused.text and "data-field" not in refused.text  # no title, no snippet
    assert "Ring" in web.get("/search", params={"q": PHONE_A, "case": REASON}).text
    with store.connect() as conn:
        rows = [(e.action, e.object_type, e.justification) for e in audit.entries(conn, limit=2)]
    assert rows == [("search", "ads", REASON), ("refused", "ads", "")]
    assert csrf_of(refused.text)  # the form comes back, ready for the reason
