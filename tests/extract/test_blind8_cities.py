"""City classes the eighth corpus (benchmarks/blind8, issue 14, session 30) showed, as golden cases in sv/no/da/en:
abbreviations (Bgo, Stvg, Lkpg), landmarks instead of a town (a square, a street, a station, a sight), districts the
gazetteer lacked, and a forum post quoting an ad whose "now" cities must not outrank the post's own. Synthetic text:
other wordings than the corpus."""

from __future__ import annotations

import pytest

from kartlegg.extract import export_fields, extract_ad
from kartlegg.extract.lexicon import gazetteer
from kartlegg.extract.places import canonical_city, find_places


def cities(body: str, city: str | None = None, **kw: str) -> list[str]:
    ex = extract_ad(body=body, city=city, **kw)
    return list(export_fields(ex, city)["cities"])


@pytest.mark.parametrize(
    ("label", "city"),
    [("Bgo", "Bergen"), ("Stvg", "Stavanger"), ("Lkpg", "Linköping"), ("Jkpg", "Jönköping"), ("Nkpg", "Norrköping"),
     ("Tr.heim", "Trondheim"), ("T-heim", "Trondheim"), ("Fr.stad", "Fredrikstad"), ("K-sand", "Kristiansand")],
)  # fmt: skip
def test_abbreviations_name_their_city(label: str, city: str) -> None:
    assert canonical_city(label) == city


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("Tar imot i Bgo hele uka", "Bergen"),  # no
        ("Finns i Lkpg över helgen", "Linköping"),  # sv
        ("In Stvg until Sunday", "Stavanger"),  # en
    ],
)
def test_abbreviations_in_running_text(body: str, city: str) -> None:
    assert cities(body)[:1] == [city]


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("Diskret leilighet to minutter fra Karl Johan", "Oslo"),  # no, a street
        ("Holder til like ved Nidarosdomen", "Trondheim"),  # no, a sight
        ("Bor på gangavstand til Torgallmenningen", "Bergen"),  # no, a square
        ("Lägenhet nära Stureplan, ring innan", "Stockholm"),  # sv, a square
        ("Två minuter från T-Centralen", "Stockholm"),  # sv, a station
        ("Mitt hotell ligger vid Avenyn", "Göteborg"),  # sv, a street
        ("Lejlighed tæt på Nyhavn", "København"),  # da
        ("Lige ved Strøget, ring først", "København"),  # da
        ("Close to Liseberg, incall only", "Göteborg"),  # en, a sight
        ("Apartment near Fløyen", "Bergen"),  # en
    ],
)
def test_a_landmark_places_the_ad_in_its_city(body: str, city: str) -> None:
    assert cities(body)[:1] == [city]


def test_every_landmark_maps_to_its_city() -> None:
    """Each landmark's every spelling, written as in an ad, is read as a mention of its own city (never as another
    place or a district)."""
    g = gazetteer()
    for lm in g.landmarks:
        for name in (lm.name, *lm.aliases):
            hits = [h for h in find_places(f"Rett ved {name} i kveld") if h.kind == "city"]
            assert [h.value for h in hits] == [lm.city], name
            assert hits[0].detail.get("landmark") == lm.name
            assert canonical_city(name) == lm.city, name


def test_landmarks_are_no_districts_and_need_a_capital_where_they_are_words() -> None:
    assert [h.kind for h in find_places("Nær Operaen")] == ["city"]
    assert find_places("vi går på operaen og globen i kveld") == []


def test_a_street_with_a_house_number_leaves_the_town_to_the_address() -> None:
    assert cities("Adresse: Karl Johans gate 12, 3015 Drammen") == ["Drammen"]


@pytest.mark.parametrize(
    ("body", "city"),
    [("Privat leilighet på Bragernes", "Drammen"), ("Incall Strømsø, nær stasjonen", "Drammen")],
)
def test_new_districts(body: str, city: str) -> None:
    assert cities(body)[:1] == [city]


def test_a_quoted_ads_now_city_does_not_outrank_the_forum_posts_own() -> None:
    body = (
        "Var hos henne i går i Uppsala.\nCitat ur annonsen:\n> Bara i Aarhus till fredag\n> Ring 0701234567\n"
        "Betalade 1500 kr."
    )
    assert cities(body, title="[Uppsala] Recension")[:1] == ["Uppsala"]
    # unquoted, her "now" city still comes first
    assert cities("Bara i Aarhus till fredag, sedan Uppsala")[:1] == ["Aarhus"]
