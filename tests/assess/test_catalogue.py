"""The indicator catalogue is data, validated on load, and its lexicons match what analysts expect."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from kartlegg.assess.catalogue import Catalogue, CatalogueError, bundled_text, load_catalogue, parse_catalogue
from kartlegg.assess.docs import render_markdown
from kartlegg.assess.lexicon import LexiconMatcher

REQUIRED = {
    "youth_cues",
    "stated_age_18_19",
    "age_inconsistent",
    "third_person",
    "shared_phone",
    "shared_images",
    "shared_template",
    "circuit_movement",
    "new_in_town",
    "available_24_7",
    "foreign_limited_languages",
    "hotel_incall",
    "low_price",
    "phone_changes",
    "agency_name",
}
ROOT = Path(__file__).resolve().parents[2]


def test_bundled_catalogue_has_every_indicator_the_issue_asks_for() -> None:
    cat = load_catalogue()
    ids = {i.id for i in cat.indicators}
    assert REQUIRED <= ids
    youth = cat.by_id()["youth_cues"]
    for lang in ("sv", "no", "da", "en", "emoji"):
        assert youth.lexicon.get(lang), lang
    for ind in cat.indicators:
        assert ind.sources and ind.rationale
        assert {"minor", "third_party"} == set(ind.weights.model_dump())
    assert cat.by_id()["foreign_limited_languages"].sensitive


def test_docs_indicators_md_is_generated_from_the_catalogue() -> None:
    committed = (ROOT / "docs" / "indicators.md").read_text("utf-8")
    assert committed == render_markdown(load_catalogue()), (
        "docs/indicators.md is stale: run `kartlegg indicators --markdown --output docs/indicators.md`"
    )


def _mutated(edit: object) -> str:
    data = yaml.safe_load(bundled_text())
    assert callable(edit)
    edit(data)
    return yaml.safe_dump(data, allow_unicode=True)


def test_a_sensitive_indicator_may_not_weigh_more_than_the_cap() -> None:
    def edit(d: dict) -> None:
        for ind in d["indicators"]:
            if ind["id"] == "foreign_limited_languages":
                ind["weights"]["third_party"] = 0.9

    with pytest.raises(CatalogueError, match="sensitive_max_weight"):
        parse_catalogue(_mutated(edit))


def test_unknown_detector_missing_language_and_bad_source_are_refused() -> None:
    def detector(d: dict) -> None:
        d["indicators"][0]["detector"] = "crystal_ball"

    def language(d: dict) -> None:
        d["indicators"][0]["lexicon"].pop("da")

    def source(d: dict) -> None:
        d["indicators"][0]["sources"] = ["nobody_2099"]

    with pytest.raises(CatalogueError, match="unknown detector"):
        parse_catalogue(_mutated(detector))
    with pytest.raises(CatalogueError, match="missing: da"):
        parse_catalogue(_mutated(language))
    with pytest.raises(CatalogueError, match="unknown sources"):
        parse_catalogue(_mutated(source))
    with pytest.raises(CatalogueError, match="not valid YAML"):
        parse_catalogue("indicators: [")


def test_catalogue_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def edit(d: dict) -> None:
        d["settings"]["minor_first_threshold"] = 12

    f = tmp_path / "w.yaml"
    f.write_text(_mutated(edit), encoding="utf-8")
    monkeypatch.setenv("KARTLEGG_INDICATORS", str(f))
    assert load_catalogue().settings.minor_first_threshold == 12
    monkeypatch.setenv("KARTLEGG_INDICATORS", str(tmp_path / "missing.yaml"))
    with pytest.raises(CatalogueError, match="cannot read"):
        load_catalogue()


def test_lexicon_matches_whole_words_phrases_wildcards_and_emojis() -> None:
    m = LexiconMatcher({"sv": ["hon tar emot", "tonåring*", "ung"], "en": ["24/7"], "emoji": ["🍭", "✈️"]})
    text = "Hon  tar emot i Ungern? Nej. Tonåringen, ung. 24/7 🍭 ✈ 124/75"
    found = [(h.term, h.text) for h in m.find(text)]
    assert ("hon tar emot", "Hon  tar emot") in found
    assert ("tonåring*", "Tonåringen") in found
    assert ("ung", "ung") in found and not any(t == "Ung" for _, t in found)  # not inside "Ungern"
    assert ("24/7", "24/7") in found and len([1 for term, _ in found if term == "24/7"]) == 1
    assert ("🍭", "🍭") in found and ("✈️", "✈") in found


@given(st.text(max_size=400))
def test_lexicon_spans_point_at_the_matched_text(text: str) -> None:
    m = LexiconMatcher(load_catalogue().by_id()["youth_cues"].lexicon)
    for h in m.find(text):
        assert text[h.start : h.end] == h.text


def test_the_bundled_catalogue_reads_as_pythons_own_yaml_parser_reads_it() -> None:
    """The catalogue is parsed with libyaml where PyYAML has it (every assess run reads it): the same
    catalogue as the pure-Python safe loader gives."""
    pure = yaml.load(bundled_text(), Loader=yaml.SafeLoader)
    assert parse_catalogue(bundled_text()) == Catalogue.model_validate(pure)
    assert getattr(yaml, "__with_libyaml__", False)  # this install reads it through libyaml
