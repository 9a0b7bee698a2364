"""Operations registry, statistics against hand-computed values, imports with bad rows, planning list."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from sqlalchemy import text

from kartlegg.ids import selector_id
from kartlegg.ops import registry
from kartlegg.ops.codes import offence_code
from kartlegg.ops.model import Operation
from kartlegg.ops.plan import planning_list
from kartlegg.ops.stats import combined_stats, load_population, market_stats, outcome_stats
from kartlegg.store.audit import entries
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings, run_cli
from tests.report.market import aid, build_market


def _op(name: str, district: str, day: str, *outcomes: tuple[str, str | None, int | None], **kw: object) -> Operation:
    return Operation.model_validate(
        {
            "name": name,
            "district": district,
            "country": "NO",
            "kind": kw.get("kind", "street"),
            "started_on": day,
            "outcomes": [{"measure": m, "offence": o, "count": c} for m, o, c in outcomes],
        }
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("kjøp av seksuelle tjenester", "purchase_of_sex"),
        ("Köp av  sexuell tjänst", "purchase_of_sex"),
        ("køb af seksuelle ydelser", "purchase_of_sex"),
        ("hallikvirksomhet", "procuring"),
        ("koppleri", "procuring"),
        ("rufferi", "procuring"),
        ("grovt koppleri", "aggravated_procuring"),
        ("människohandel för sexuella ändamål", "trafficking_sexual"),
        ("Human trafficking for sexual purposes", "trafficking_sexual"),
    ],
)
def test_offence_names_in_four_languages_map_to_one_code(name: str, code: str) -> None:
    assert offence_code(name) == code


def test_outcome_statistics_equal_hand_computed_values(store: Store, tmp_path: Path) -> None:
    ops = [
        _op("A", "Oslo", "2024-03-01", ("reported", "sexkjøp", 10), ("reported", "hallikvirksomhet", 2)),
        _op("B", "Oslo", "2024-06-01", ("reported", "purchase_of_sex", 5)),
        _op("C", "Oslo", "2025-02-01", ("reported", "purchase_of_sex", 12)),
        _op("D", "Vest", "2025-05-01", ("reported", "purchase_of_sex", None)),
    ]
    for op in ops:
        registry.add_operation(store, op, actor="tester")
    pop = tmp_path / "population.csv"
    pop.write_text(
        "country,district,year,population,source\nNO,Oslo,2024,700000,test\nNO,Oslo,2025,710000,test\n"
        "NO,,2025,5000000,test\n"
    )
    with store.connect() as conn:
        rows = outcome_stats(conn, by="district", measure="reported", population=load_population(pop))
    got = {(r.group, r.year, r.offence): r for r in rows}
    o24, o25 = got[("Oslo", "2024", "purchase_of_sex")], got[("Oslo", "2025", "purchase_of_sex")]
    assert (o24.count, o24.population, o24.per_100k) == (15, 700000, 2.14)  # 15 * 100000 / 700000
    assert (o25.count, o25.previous, o25.change, o25.change_pct) == (12, 15, -3, -20.0)
    assert o25.per_100k == 1.69  # 12 * 100000 / 710000 = 1.690
    assert got[("Oslo", "2024", "procuring")].count == 2
    vest = got[("Vest", "2025", "purchase_of_sex")]
    assert (vest.count, vest.unknown_records, vest.per_100k) == (None, 1, None)  # unknown, never zero
    with store.connect() as conn:
        by_country = outcome_stats(
            conn, by="country", measure="reported", date_from="2025-01-01", population=load_population(pop)
        )
    assert [(r.group, r.year, r.offence, r.count, r.unknown_records, r.per_100k) for r in by_country] == [
        ("NO", "2025", "purchase_of_sex", 12, 1, 0.24)  # 12 * 100000 / 5000000
    ]


def test_annual_totals_supersede_operations_and_unknown_years_get_no_change(store: Store) -> None:
    registry.add_operation(store, _op("op", "Oslo", "2009-02-01", ("reported", "purchase_of_sex", 3)), actor="t")
    registry.add_operation(
        store, _op("total", "Oslo", "2009-01-01", ("reported", "purchase_of_sex", 40), kind="annual_total"), actor="t"
    )
    registry.add_operation(
        store, _op("total", "Oslo", "2010-01-01", ("reported", "purchase_of_sex", None), kind="annual_total"), actor="t"
    )
    with store.connect() as conn:
        rows = {r.year: r for r in outcome_stats(conn, population={})}
    assert rows["2009"].count == 40  # the yearly total already includes the operation's 3
    assert (rows["2010"].count, rows["2010"].change) == (None, None)


def test_market_and_combined_statistics(store: Store, tmp_path: Path) -> None:
    build_market(store, tmp_path)
    with store.begin() as conn:
        for key, amount in (("a1", 1500), ("a2", 2000), ("b1", 3000)):
            data = orjson.loads(
                conn.execute(text("SELECT data FROM ad_extractions WHERE ad_id = :a"), {"a": aid(key)}).scalar_one()
            )
            data["prices"] = [{"amount": amount, "currency": "NOK"}]
            conn.execute(
                text("UPDATE ad_extractions SET data = :d WHERE ad_id = :a"),
                {"d": orjson.dumps(data).decode(), "a": aid(key)},
            )

    with store.connect() as conn:
        weekly = {(r.period, r.group): r for r in market_stats(conn, by="city", period="week")}
        daily = market_stats(conn, by="site", period="day", date_from="2026-03-09", date_to="2026-03-10")
        per_city_site = market_stats(conn, by="city,site", period="day", date_to="2026-03-10")
    w10, w11 = weekly[("2026-W10", "Oslo")], weekly[("2026-W11", "Oslo")]
    assert (w10.ads, w10.active_profiles, w10.new_profiles, w10.median_price) == (1, 1, 1, 1500.0)
    # week 11: a2 (P1, seen before) and b1 (P2, new); both third-party scores >= 50, neither minor-flagged
    assert (w11.ads, w11.active_profiles, w11.new_profiles) == (2, 2, 1)
    assert (w11.third_party_share, w11.minor_share, w11.median_price, w11.currency) == (1.0, 0.0, 2500.0, "NOK")
    sthlm = weekly[("2026-W14", "Stockholm")]
    assert (sthlm.ads, sthlm.active_profiles, sthlm.third_party_share) == (1, 0, None)
    assert [(r.period, r.group, r.ads) for r in daily] == [
        ("2026-03-09", "rosa.example", 1),
        ("2026-03-10", "kiss.example", 1),
    ]
    assert [(r.period, r.group, r.ads) for r in per_city_site] == [
        ("2026-03-02", "Oslo / rosa.example", 1),
        ("2026-03-09", "Oslo / rosa.example", 1),
        ("2026-03-10", "Oslo / kiss.example", 1),
    ]
    registry.add_operation(store, _op("E", "Oslo", "2026-03-15", ("reported", "purchase_of_sex", 3)), actor="t")
    with store.connect() as conn:
        combined = {(r.district, r.year): r for r in combined_stats(conn)}
    oslo = combined[("Oslo", "2026")]
    assert (oslo.reports, oslo.active_profiles, oslo.reports_per_1000_profiles) == (3, 2, 1500.0)


def test_import_reports_bad_rows_and_keeps_the_rest(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "history.csv"
    f.write_text(
        "key,name,district,country,kind,started_on,measure,offence,count,qualifier,source_outlet,source_date\n"
        "h1,Hotel week,Oslo,NO,hotel,2019-05-02,reported,sexkjøp,7,exact,Aftenposten,2019-05-10\n"
        "h1,Hotel week,Oslo,NO,hotel,2019-05-02,offered_help,,12,about,,\n"
        "h2,Bad offence,Oslo,NO,hotel,2019-06-01,reported,shoplifting,1,exact,,\n"
        "h3,Bad count,Oslo,NO,street,2019-06-01,reported,koppleri,many,exact,,\n"
        "h4,Bad date,Oslo,NO,street,2019-13-01,reported,koppleri,1,exact,,\n"
        "h5,Street,Bergen,NO,street,2019-07-01,arrested,hallikvirksomhet,1,exact,,\n",
        encoding="utf-8",
    )
    res = registry.import_records(store, f, actor="tester", reason="history")
    assert (res.rows, res.added, res.updated) == (6, 2, 0)
    assert [line for line, _ in res.rejected] == [4, 5, 6]
    assert "unknown offence 'shoplifting'" in res.rejected[0][1] and "many" in res.rejected[1][1]
    with store.connect() as conn:
        ops = {s.op.key: s for s in registry.list_operations(conn)}
        log = entries(conn)
    assert set(ops) == {"h1", "h5"}
    h1 = ops["h1"].op
    assert [(o.measure, o.offence, o.count, o.qualifier) for o in h1.outcomes] == [
        ("reported", "purchase_of_sex", 7, "exact"),
        ("offered_help", None, 12, "about"),
    ]
    assert h1.sources[0].outlet == "Aftenposten"
    assert log[0].action == "ops.import" and log[0].details["rejected"] == 3 and log[0].justification == "history"
    again = registry.import_records(store, f, actor="tester")
    assert (again.added, again.updated) == (0, 2)  # same keys: replaced, not duplicated
    with store.connect() as conn:
        assert len(registry.list_operations(conn)) == 2


def test_jsonl_import_and_cli_report_the_bad_line(tmp_path: Path) -> None:
    f = tmp_path / "ops.jsonl"
    good = {
        "name": "Week",
        "country": "SE",
        "kind": "eu_action_week",
        "outcomes": [{"measure": "reported", "offence": "koppleri", "count": 4}],
    }
    f.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({"name": "x", "kind": "party"}) + "\n")
    res = run_cli("ops", "import", str(f), home=tmp_path / "home")
    assert res.returncode == 1
    err = res.stderr.decode()
    assert f"{f}:2: invalid JSON" in err and f"{f}:3: kind" in err
    assert "1 operations added" in res.stdout.decode()
    listed = run_cli("ops", "list", "--format", "json", home=tmp_path / "home")
    assert [json.loads(x)["name"] for x in listed.stdout.decode().splitlines()] == ["Week"]


def test_example_data_keeps_press_figures_and_leaves_unknowns_empty(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run_cli("ops", "import", "--examples", home=home).returncode == 0
    store = open_store(make_settings(home))
    with store.connect() as conn:
        ops = {s.op.key: s.op for s in registry.list_operations(conn)}
    store.close()
    norrmalm = {(o.measure, o.offence): (o.count, o.qualifier) for o in ops["example-stockholm-norrmalm"].outcomes}
    assert norrmalm == {
        ("addresses_surveilled", None): (20, "more_than"),
        ("arrested", "purchase_of_sex"): (28, "exact"),
        ("prosecuted", "purchase_of_sex"): (28, "exact"),
        ("offered_help", None): (40, "about"),
        ("offered_help_under_18", None): (5, "exact"),
    }
    week = ops["example-se-empact-week"]
    assert {(o.measure, o.offence): o.count for o in week.outcomes} == {
        ("reported", "trafficking_sexual"): 2,
        ("reported", "procuring"): 4,
        ("reported", "purchase_of_sex"): 33,
        ("convicted", "procuring"): 1,
    }
    assert next(o.sentence for o in week.outcomes if o.measure == "convicted") == "3 months' prison and expulsion"
    bergen = ops["example-bergen-2009-first-buyer"]
    assert bergen.started_on == "2009-01-16"
    assert {(o.measure, o.count) for o in bergen.outcomes} == {("identified", 1), ("reported", 0)}
    for key in ("example-hordaland-2009", "example-oslo-2010"):
        assert [o.count for o in ops[key].outcomes] == [None]
    assert all(op.sources and op.sources[0].outlet for op in ops.values())
    # the Norrmalm date is not known: it is empty, not guessed
    assert ops["example-stockholm-norrmalm"].started_on is None


def _places(store: Store) -> None:
    with store.begin() as conn:
        for label, lat, lon in (("Hotel Nord", 59.91, 10.75), ("Hotel Vest", 59.92, 10.70)):
            conn.execute(
                text("INSERT INTO selectors (id, kind, value) VALUES (:i, 'hotel', :v)"),
                {"i": selector_id("hotel", label), "v": label},
            )
        for key, label in (("a1", "Hotel Nord"), ("a2", "Hotel Nord"), ("b1", "Hotel Vest")):
            seq = conn.execute(text("SELECT MAX(seq) FROM ad_versions WHERE ad_id = :a"), {"a": aid(key)}).scalar_one()
            lat, lon = (59.91, 10.75) if label == "Hotel Nord" else (59.92, 10.70)
            conn.execute(
                text(
                    "INSERT INTO ad_selectors (version_seq, ad_id, selector_id, field, span_start, span_end, raw, "
                    "detail) VALUES (:s, :a, :i, 'body', 0, 5, :r, :d)"
                ),
                {
                    "s": seq,
                    "a": aid(key),
                    "i": selector_id("hotel", label),
                    "r": label,
                    "d": json.dumps({"lat": lat, "lon": lon}),
                },
            )
        conn.execute(text("UPDATE scores SET minor_score = 70 WHERE entity_type = 'profile' AND entity_id = 'P2'"))


def test_planning_list_ranks_minors_first_and_targets_link_back(store: Store, tmp_path: Path) -> None:
    build_market(store, tmp_path)
    _places(store)
    with store.connect() as conn:
        places = planning_list(conn, city="oslo", days=30)
        recent = planning_list(conn, city="Oslo", days=5)
        elsewhere = planning_list(conn, city="Bergen")
        by_district = planning_list(conn, district="Oslo")
    # Hotel Vest has one ad but a minor-flagged profile (P2): it comes first
    assert [(p.label, p.ads, p.profiles, p.minor_flagged_profiles) for p in places] == [
        ("Hotel Vest", 1, 1, 1),
        ("Hotel Nord", 2, 1, 0),
    ]
    assert (places[0].lat, places[0].lon, places[0].last_seen) == (59.92, 10.70, "2026-03-10")
    assert {p.label: p.ads for p in recent} == {"Hotel Vest": 1, "Hotel Nord": 1}  # a1 (03-02) is outside 5 days
    assert elsewhere == [] and [p.label for p in by_district] == ["Hotel Vest", "Hotel Nord"]
    op = Operation.model_validate(
        {"name": "Hotels", "targets": [{"kind": "hotel", "label": "hotel  nord", "city": "Oslo"}]}
    )
    op_id = registry.add_operation(store, op, actor="tester", reason="planning")
    with store.connect() as conn:
        stored = registry.get_operation(conn, op_id)
    assert stored is not None
    assert stored.target_links == [
        {"ads": sorted([str(aid("a1")), str(aid("a2"))]), "profiles": ["P1"], "networks": ["N1"]}
    ]


def test_plan_and_stats_cli_html_have_map_and_charts(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = open_store(make_settings(home))
    build_market(store, tmp_path)
    _places(store)
    registry.load_examples(store)
    store.close()
    out = tmp_path / "plan.html"
    res = run_cli("plan", "--city", "Oslo", "--format", "html", "-o", str(out), "--reason", "op X", home=home)
    assert res.returncode == 0, res.stderr.decode()
    html = out.read_text()
    assert "<svg" in html and "Hotel Vest" in html and "<script" not in html
    stats = tmp_path / "market.html"
    res = run_cli("stats", "market", "--format", "html", "-o", str(stats), home=home)
    assert res.returncode == 0 and "<svg" in stats.read_text()
    res = run_cli("stats", "outcomes", "--by", "country", "--format", "json", home=home)
    rows = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert {"group": "SE", "offence": "purchase_of_sex", "measure": "reported", "count": 33}.items() <= next(
        r for r in rows if r["offence"] == "purchase_of_sex" and r["measure"] == "reported" and r["group"] == "SE"
    ).items()
    res = run_cli("ops", "add", "--name", "x", "--outcome", "reported:shoplifting=1", home=home)
    assert res.returncode == 2 and "unknown offence" in res.stderr.decode()
    res = run_cli(
        "ops",
        "add",
        "--name",
        "Week",
        "--country",
        "SE",
        "--outcome",
        "offered_help~9",
        "--outcome",
        "reported:sexköp=3",
        "--target",
        "hotel:Hotel Nord@Oslo",
        home=home,
    )
    assert res.returncode == 0, res.stderr.decode()
    op_id = res.stdout.decode().split()[1]
    shown = run_cli("ops", "show", op_id, home=home).stdout.decode()
    assert "about 9" in shown and "2 ads, 1 profiles, 1 networks" in shown
    store = open_store(make_settings(home))
    with store.connect() as conn:
        log = entries(conn)
    store.close()
    actions = [e.action for e in log]
    assert actions[:2] == ["consult", "ops.add"] and "report" in actions  # `ops show` is a read, audited
    # Statistics and the planning list are read through the read layer, as the workbench reads them: the
    # statistics in aggregate mode (any format, JSON too), the planning list in full mode with its reason.
    by = {e.object_type: e for e in reversed(log)}
    assert (by["stats.outcomes"].details["mode"], by["stats.outcomes"].details["format"]) == ("aggregate", "json")
    assert by["stats.market"].details["purpose"] == "statistics" and by["operation"].details["mode"] == "aggregate"
    assert (by["plan"].details["mode"], by["plan"].justification) == ("full", "op X")
