"""Fairness guard: nationality alone never lifts a profile into the top decile."""

from __future__ import annotations

import orjson
import yaml
from sqlalchemy import text

from kartlegg import i18n
from kartlegg.assess import explain, run_assess, triage
from kartlegg.assess.catalogue import bundled_text, load_catalogue, parse_catalogue
from kartlegg.assess.queries import FAIRNESS_ROW
from kartlegg.assess.scoring import top_decile_boundary
from kartlegg.store.engine import Store
from tests.assess.market import SynthAd, load

FOREIGN = [("nationality", "Romanian", "Romania", {"country": "RO"}), ("language", "en", "English", {})]


def _population() -> list[SynthAd]:
    ads = [
        SynthAd(f"strong{i}", "Ring +46707000004. Från Romania, talar English.", profile=f"strong{i}", network="ring")
        for i in range(5)
    ]
    ads[0].selectors = FOREIGN  # already in the top decile: nationality may still count for her
    for i in range(95):  # a weak finding each; a third of them foreign with English only
        foreign = i % 3 == 0
        body = "Ny i stan! Från Romania, talar English." if foreign else "Ny i stan! Välkommen."
        ads.append(SynthAd(f"weak{i}", body, profile=f"weak{i}", selectors=FOREIGN if foreign else []))
    ads.append(SynthAd("only", "Från Romania, talar English.", profile="only", selectors=FOREIGN))
    return ads


def _profile_scores(store: Store) -> dict[str, float]:
    with store.connect() as conn:
        rows = conn.execute(text("SELECT entity_id, risk_score FROM scores WHERE entity_type = 'profile'"))
        return {str(r[0]): float(r[1]) for r in rows}


def test_nationality_alone_scores_nothing(store: Store) -> None:
    load(store, _population())
    run_assess(store)
    with store.connect() as conn:
        ex = explain(conn, "profile", "only")
        assert ex.risk_score == 0
        nat = next(c for c in ex.contributions if c.indicator == "foreign_limited_languages")
        assert nat.risk == 0 and "only next to other findings" in nat.note
        assert "only" not in {i.entity_id for i in triage(conn, limit=1000)}


def test_nationality_never_lifts_a_profile_into_the_top_decile(store: Store) -> None:
    load(store, _population())
    # The same market scored without the sensitive indicator defines who belongs in the top decile.
    data = yaml.safe_load(bundled_text())
    for ind in data["indicators"]:
        if ind.get("sensitive"):
            ind["weights"] = {"minor": 0.0, "third_party": 0.0}
    run_assess(store, catalogue=parse_catalogue(yaml.safe_dump(data, allow_unicode=True)))
    base = _profile_scores(store)
    run_assess(store, catalogue=load_catalogue())
    final = _profile_scores(store)
    boundary = top_decile_boundary(list(base.values()), load_catalogue().settings.fairness_quantile)
    assert 0 < boundary < 100
    lifted = [p for p in final if final[p] > base[p]]
    assert lifted == ["strong0"], "the sensitive indicator counts where it cannot change the top decile"
    for p, score in final.items():
        if base[p] < boundary:
            assert score < boundary, p
        if base[p] <= boundary:
            assert score <= boundary, p
    with store.connect() as conn:
        held = explain(conn, "profile", "weak0")
    assert held.notes and held.notes[0].startswith("fairness guard: risk held at ")
    # the note is stored as a message with parameters: each reader gets it in her language
    with store.connect() as conn:
        sv = explain(conn, "profile", "weak0", translate=i18n.gettext_for("sv"))
        nb = explain(conn, "profile", "weak0", translate=i18n.gettext_for("nb"))
    boundary = held.notes[0].rsplit("boundary ", 1)[1]
    assert sv.notes[0].startswith("rättvisespärr: risk hålls vid ") and sv.notes[0].endswith(f"gräns {boundary}")
    assert nb.notes[0].startswith("rettferdighetssperre: risiko holdt på ")
    with store.begin() as conn:  # a store assessed before the notes kept their messages shows the English
        raw = conn.execute(
            text("SELECT evidence FROM indicators WHERE entity_id = 'weak0' AND indicator = :f"), {"f": FAIRNESS_ROW}
        ).scalar_one()
        old = {k: v for k, v in orjson.loads(raw).items() if k != "note_msgs"}
        conn.execute(
            text("UPDATE indicators SET evidence = :e WHERE entity_id = 'weak0' AND indicator = :f"),
            {"e": orjson.dumps(old).decode(), "f": FAIRNESS_ROW},
        )
        assert explain(conn, "profile", "weak0", translate=i18n.gettext_for("sv")).notes == held.notes
    # Without the guard the foreign profiles would have overtaken the others tied at the boundary.
    assert any(c.indicator == "foreign_limited_languages" and c.risk > 0 for c in held.contributions)
