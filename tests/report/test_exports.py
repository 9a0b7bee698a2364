"""Exports round-trip through the readers the analysts' tools use, scoped and audited."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from followthemoney import model

from kartlegg.report import i2
from kartlegg.report.query import Scope, load_dataset
from kartlegg.report.service import DisclosureError, Request, export
from kartlegg.store.audit import entries
from kartlegg.store.engine import Store
from tests.report.market import PHONE_A, PHONE_B, aid, build_market

REQ = Request("tester", "case 7", "Oslo PD")


@pytest.fixture
def market(store: Store, tmp_path: Path) -> Store:
    build_market(store, tmp_path)
    return store


def test_graphml_and_gexf_read_back_with_networkx(market: Store, tmp_path: Path) -> None:
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        export(market, "graph", fmt, Scope(), str(out), REQ)
        g = reader(out)
        types = {n: d["type"] for n, d in g.nodes(data=True)}
        assert types["profile:P1"] == "profile" and types[f"phone:{PHONE_A}"] == "phone"
        assert types["site:rosa.example"] == "site"
        assert types["email:lina@example.com"] == "email"
        assert types[f"ad:{aid('d1')}"] == "ad"  # an ad without a profile stands for itself
        # phone A links P1 and P2: the reason the linking stage gave is on the profile-profile edge
        assert g.has_edge("profile:P1", f"phone:{PHONE_A}") and g.has_edge("profile:P2", f"phone:{PHONE_A}")
        e = g.get_edge_data("profile:P1", f"phone:{PHONE_A}")
        e = e[next(iter(e))] if isinstance(g, nx.MultiDiGraph) else e
        assert e["type"] == "uses_phone"
        assert (e["first_seen"], e["last_seen"]) == ("2026-03-02", "2026-03-09")
        assert float(e["weight"]) == 2.0
        link = g.get_edge_data("profile:P1", "profile:P2")
        link = link[next(iter(link))] if isinstance(g, nx.MultiDiGraph) else link
        assert link["type"] == "linked" and link["reason"] == f"shared_phone (phone {PHONE_A})"
        assert g.nodes["profile:P1"]["network_id"] == "N1"
        assert float(g.nodes["profile:P1"]["risk_score"]) == 72.0


def test_graph_scoped_to_a_network(market: Store, tmp_path: Path) -> None:
    out = tmp_path / "n.graphml"
    export(market, "graph", "graphml", Scope(network="N1"), str(out), REQ)
    g = nx.read_graphml(out)
    profiles = {n for n, d in g.nodes(data=True) if d["type"] == "profile"}
    assert profiles == {"profile:P1", "profile:P2"}
    assert f"phone:{PHONE_B}" not in g


def test_ftm_entities_validate_and_carry_selectors(market: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.ftm.json"
    n = export(market, "graph", "ftm", Scope(), str(out), REQ)
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == n
    by_schema: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        schema = model.get(row["schema"])
        assert schema is not None
        assert schema.validate(row) is None, row
        proxy = model.get_proxy(row)
        assert proxy.to_dict()["properties"] == row["properties"]  # nothing was dropped as invalid
        by_schema.setdefault(row["schema"], []).append(row)
    people = {p["id"]: p for p in by_schema["Person"]}
    assert set(people) == {"kartlegg-profile-P1", "kartlegg-profile-P2", "kartlegg-profile-P3"}
    assert people["kartlegg-profile-P2"]["properties"]["phone"] == [PHONE_A]
    assert people["kartlegg-profile-P2"]["properties"]["email"] == ["lina@example.com"]
    assert len(by_schema["HyperText"]) == 5 and len(by_schema["Mention"]) == 4
    mention = next(m for m in by_schema["Mention"] if m["properties"]["resolved"] == ["kartlegg-profile-P3"])
    assert mention["properties"]["contextPhone"] == [PHONE_B]
    (link,) = by_schema["UnknownLink"]
    assert link["properties"]["subject"] == ["kartlegg-profile-P1"]
    doc = next(d for d in by_schema["HyperText"] if d["id"] == f"kartlegg-ad-{aid('a1')}")
    assert any("archive archive/2026-03.warc.gz" in x for x in doc["properties"]["notes"])


def test_i2_sheets_match_their_import_spec(market: Store, tmp_path: Path) -> None:
    folder = tmp_path / "i2"
    export(market, "graph", "i2", Scope(), str(folder), REQ)
    spec = i2.read_spec(folder / i2.SPEC_FILE)
    assert set(spec) == {i2.ENTITY_FILE, i2.LINK_FILE}
    sheets = {}
    for fname, columns in spec.items():
        with open(folder / fname, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        header = list(rows[0])
        assert [c for c in columns if c not in header] == [], fname
        sheets[fname] = rows
    ids = {r["Entity ID"]: r for r in sheets[i2.ENTITY_FILE]}
    assert ids["profile:P1"]["Entity Type"] == "Person" and ids[f"phone:{PHONE_A}"]["Entity Type"] == "Telephone"
    for link in sheets[i2.LINK_FILE]:
        assert link["End 1 ID"] in ids and link["End 2 ID"] in ids
        assert ids[link["End 1 ID"]]["Entity Type"] == link["End 1 Type"]
    with pytest.raises(DisclosureError, match="--output FOLDER"):
        export(market, "graph", "i2", Scope(), "-", REQ)


def test_i2_chart_holds_the_sheets_entities_and_links(market: Store, tmp_path: Path) -> None:
    """The .anx chart: the sheets' entities with their ANB types and identities, links between them by
    EntityId, dates as ANB date-times, and the element structure of Analyst's Notebook Exchange files."""
    folder = tmp_path / "i2"
    export(market, "graph", "i2", Scope(), str(folder), REQ)
    root = ET.parse(folder / i2.ANX_FILE).getroot()
    assert root.tag == "Chart"
    with open(folder / i2.ENTITY_FILE, encoding="utf-8", newline="") as fh:
        sheet = {r["Entity ID"]: r for r in csv.DictReader(fh)}
    with open(folder / i2.LINK_FILE, encoding="utf-8", newline="") as fh:
        sheet_links = list(csv.DictReader(fh))
    items = root.findall("./ChartItemCollection/ChartItem")
    entities, by_entity_id = {}, {}
    for ci in items:
        ent = ci.find("./End/Entity")
        if ent is not None:
            style = ent.find("./Icon/IconStyle")
            assert style is not None
            entities[ent.get("Identity")] = (style.get("Type"), ci.get("Label"))
            by_entity_id[ent.get("EntityId")] = ent.get("Identity")
    assert {k: v[0] for k, v in entities.items()} == {k: r["Entity Type"] for k, r in sheet.items()}
    assert all(entities[k][1] == r["Label"] for k, r in sheet.items())
    links = [ci for ci in items if ci.find("Link") is not None]
    link_els = [ci.find("Link") for ci in links]
    ends = sorted((by_entity_id[x.get("End1Id")], by_entity_id[x.get("End2Id")]) for x in link_els if x is not None)
    assert ends == sorted((r["End 1 ID"], r["End 2 ID"]) for r in sheet_links)
    dated = [ci for ci in links if ci.get("DateSet") == "true"]
    assert dated and all(ci.get("DateTime", "")[:10] in {r["First Seen"] for r in sheet_links} for ci in dated)
    classes = {c.get("Name"): c.get("Type") for c in root.iter("AttributeClass")}
    assert classes["Risk Score"] == "AttNumber" and classes["First Seen"] == "AttTime"


def test_i2_chart_drops_what_xml_cannot_hold(tmp_path: Path) -> None:
    from kartlegg.report.anx import write_anx
    from kartlegg.report.graph import Graph

    g = Graph()
    g.node("profile:P9", "profile", "Ann\x00a\x1b <b>&", first_seen="not a day")
    g.node("phone:+4741234567", "phone", "+47 41234567")
    write_anx(g, tmp_path / "x.anx", i2.I2_ENTITY_TYPES)
    root = ET.parse(tmp_path / "x.anx").getroot()
    (item,) = [ci for ci in root.iter("ChartItem") if ci.find("./End/Entity[@Identity='profile:P9']") is not None]
    assert item.get("Label") == "Anna <b>&"


def test_csv_tables_and_every_export_is_audited(market: Store, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    export(market, "csv", "csv", Scope(city="oslo"), str(folder), REQ)
    profiles = list(csv.DictReader(open(folder / "profiles.csv", encoding="utf-8")))
    assert [(p["id"], p["ads"], p["network_id"]) for p in profiles] == [("P1", "2", "N1"), ("P2", "1", "N1")]
    networks = list(csv.DictReader(open(folder / "networks.csv", encoding="utf-8")))
    assert [(n["id"], n["profiles"], n["ads"]) for n in networks] == [("N1", "2", "3")]
    sel = {(r["kind"], r["value"]): r for r in csv.DictReader(open(folder / "selectors.csv", encoding="utf-8"))}
    assert sel[("phone", PHONE_A)]["ads"] == "3" and sel[("phone", PHONE_A)]["profiles"] == "2"
    ads = list(csv.DictReader(open(folder / "ads.csv", encoding="utf-8")))
    assert sorted(a["id"] for a in ads) == ["a1", "a2", "b1"]
    with market.connect() as conn:
        log = entries(conn)
    assert log[0].action == "export" and log[0].object_type == "csv"
    assert log[0].justification == "case 7" and log[0].details["recipient"] == "Oslo PD"
    assert log[0].details["scope"] == {"city": "oslo"} and log[0].actor == "tester"


def test_scope_by_dates_and_risk(market: Store) -> None:
    with market.connect() as conn:
        march = load_dataset(conn, Scope(date_from="2026-03-05", date_to="2026-03-31"))
        risky = load_dataset(conn, Scope(min_risk=50))
    assert sorted(a.ad_key for a in march.ads) == ["a2", "b1", "c1"]
    # a1 by its own score, a2 and b1 through their profiles; d1 (40) and c1 (12) stay out
    assert sorted(a.ad_key for a in risky.ads) == ["a1", "a2", "b1"]
