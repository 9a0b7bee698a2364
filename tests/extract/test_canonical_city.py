"""One canonical city for every spelling: site labels, exonyms, abbreviations, spellings without diacritics and
districts all name the gazetteer's city, so the store, the map and the statistics count each city once."""

from __future__ import annotations

import pytest

from kartlegg.extract import export_fields, extract_ad
from kartlegg.extract.lexicon import fold, gazetteer
from kartlegg.extract.places import canonical_city, display_city


@pytest.mark.parametrize(
    ("label", "city"),
    [
        ("Malmo", "Malmö"),
        ("H-borg", "Helsingborg"),
        ("Gothenburg", "Göteborg"),
        ("gbg", "Göteborg"),
        ("Kbh", "København"),
        ("CPH", "København"),
        ("Copenhagen", "København"),
        ("Köpenhamn", "København"),
        ("Tromso", "Tromsø"),
        ("Tromsoe", "Tromsø"),
        ("Umea", "Umeå"),
        ("Umeaa", "Umeå"),
        ("Orebro", "Örebro"),
        ("Trondhjem", "Trondheim"),
        ("Århus", "Aarhus"),
        ("  bergen ", "Bergen"),
        ("lund", "Lund"),  # an ordinary word in prose, but a label of the city field names a place
        ("Grünerløkka", "Oslo"),
        ("Grunerlokka", "Oslo"),
        ("Södermalm", "Stockholm"),
        ("Vesterbro", "København"),
        ("København V", "København"),
        ("Oslo sentrum", "Oslo"),
        ("Stockholm/Södermalm", "Stockholm"),
        ("Malmo, Sweden", "Malmö"),
        ("Kiev", "Kyiv"),
    ],
)
def test_every_spelling_names_one_city(label: str, city: str) -> None:
    assert canonical_city(label) == city
    assert display_city(label) == city


@pytest.mark.parametrize("label", ["Narnia", "Springfield", "lorem ipsum"])
def test_an_unknown_city_stays_as_written(label: str) -> None:
    assert canonical_city(label) is None
    assert display_city(label) == label


def test_no_city_is_nothing() -> None:
    assert canonical_city(None) is None and canonical_city("  ") is None
    assert display_city(None) is None


def test_every_gazetteer_spelling_resolves_to_its_own_city() -> None:
    """No spelling (as written, without diacritics, with digraphs such as "oe") is shared by two cities."""
    g = gazetteer()
    digraphs = str.maketrans({"å": "aa", "ä": "ae", "ö": "oe", "ø": "oe", "æ": "ae", "ü": "ue"})
    wrong = []
    entries = [(c.name, [c.name, *c.aliases]) for c in g.cities] + [(d.city, [d.name, *d.aliases]) for d in g.districts]
    for city, names in entries:
        for n in names:
            for variant in {n, n.upper(), fold(n), n.lower().translate(digraphs)}:
                if canonical_city(variant) != city:
                    wrong.append((variant, canonical_city(variant), city))
    assert not wrong


def test_a_district_mention_places_the_ad_in_its_city() -> None:
    ex = extract_ad(body="Incall på Grünerløkka, outcall til hotell.")
    assert ex.values("district") == ["Grünerløkka"]
    assert export_fields(ex)["cities"] == ["Oslo"]
    [m] = [m for m in ex.matches if m.kind == "city"]
    assert (m.raw, m.detail["district"]) == ("Grünerløkka", "Grünerløkka")


def test_the_ads_own_city_comes_first_in_its_canonical_spelling() -> None:
    # no now-word before Oslo: "Ny i Oslo" says where she is now and comes before the field (session 31)
    ex = extract_ad(body="Var i Oslo forrige uke, neste uke Bergen")
    assert export_fields(ex, "Gothenburg")["cities"][0] == "Göteborg"
    assert export_fields(ex, "Bergen")["cities"] == ["Bergen", "Oslo"]  # no city twice
    assert export_fields(ex, "Atlantis")["cities"] == export_fields(ex)["cities"]  # unknown: the text's cities


def test_a_postal_code_before_an_abbreviated_town_is_no_phone() -> None:
    """Issue 14: "Visningar: 31 651" over "252 42 H-borg" was read as +47 31651252 while "H-borg" named no town."""
    ex = extract_ad(body="Ring 0769 33 85 38\nAnnons-ID 76904621\nVisningar: 31 651\n252 42 H-borg", site_country="SE")
    assert ex.values("phone") == ["+46769338538"]
    assert ex.values("city") == ["Helsingborg"]
