"""The person's stated name, which is what tells persons behind one controller's phone apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.names import find_name, poster_name, slug_name, title_age


def test_name_from_intro_phrases() -> None:
    assert find_name("Ny i stan", "Hej! Jag heter Maja och är 23.") == "Maja"
    assert find_name("", "Hi, my name is Olga") == "Olga"
    assert find_name("", "jeg hedder Sofie-Marie") == "Sofie-Marie"
    assert find_name("Ny i stan", "Namn: Petra. Ålder: 25") == "Petra"


def test_name_from_title() -> None:
    assert find_name("Bella, 24 - ny i Malmö", "") == "Bella"
    assert find_name("Klara 22", "") == "Klara"
    assert find_name("Ny i Malmö: Bella (24)", "") == "Bella"
    assert find_name("Vakre Jessira i Bergen", "") == "Jessira"
    assert find_name("Relax with Carisa ✨", "") == "Carisa"
    assert find_name("Ny i Malmö", "") is None
    assert find_name("Malmö 24/7 - Anna", "") is None  # "24/7" is not an age
    assert title_age("Ny i Malmö: Bella 24 år") == 24
    assert title_age("Malmö 24/7") is None and title_age("Mia 17") == 17  # a stated minor age matters most


def test_structured_field_wins() -> None:
    assert find_name("Anna 23", "", {"name": "lina"}) == "Lina"


def test_common_words_are_not_names() -> None:
    assert find_name("Ny 23 år", "") is None
    assert find_name("Sexy 21", "I am new here") is None
    assert find_name("", "") is None


@given(st.text(max_size=300), st.text(max_size=600))
def test_any_text_gives_a_plausible_name_or_none(title: str, body: str) -> None:
    name = find_name(title, body)
    assert name is None or (name[0].isupper() and 2 <= len(name) <= 31 and (name in title or name in body))
    age = title_age(title)
    assert age is None or (15 <= age <= 69 and str(age) in title)


def test_name_presenting_herself_in_the_body() -> None:
    assert find_name("Massasje Oslo", "Hei gutter, Nadia her, 22 år, på besøk i Oslo.") == "Nadia"
    assert find_name("Massage Malmö", "Hej! Anong här, 29 år.") == "Anong"
    assert find_name("Massage", "Hello gentlemen, Milena here, 19, visiting Esbjerg.") == "Milena"
    assert find_name("Massage", "Sexy here, hot there.") is None  # a stop word is no name
    assert find_name("Massage", "Come and see her, 22 y/o") is None  # lower case: not a name


def test_name_from_the_address_before_a_city() -> None:
    assert slug_name("https://www.rodelykt.example/annonse/freja-oslo/18450682?s=1") == "Freja"
    assert slug_name("https://x.example/escort/oksana-kristiansand-21504.html") == "Oksana"
    assert slug_name("https://x.example/annons/4284314-chloe-stockholm?ref=lista") == "Chloe"
    assert slug_name("https://x.example/annoncer/492188/ida-aalborg") == "Ida"
    assert slug_name("https://x.example/annons/504-new-yulia-vasteras") == "Yulia"  # after a stop word
    # the first word only: a nationality or district between the name and the city is not her name
    assert slug_name("https://x.example/annons/108-luna-romanian-stockholm-city") == "Luna"
    assert slug_name("https://x.example/pige/48/camila-polish-kobenhavn-k") == "Camila"
    assert slug_name("https://x.example/annons/41-ring-0728829885-eva-vasteras") == "Eva"  # a number starts over
    assert slug_name("https://x.example/pige/48/sofia-polish-kobenhavn") is None  # a place first: no guess
    assert slug_name("https://x.example/t/escort-oslo/1") is None  # a stop word
    assert slug_name("https://x.example/route/bergen-oslo/1") is None  # a place is no name
    assert slug_name("https://x.example/annonse/freja-hello/1") is None  # no city after it
    assert slug_name("https://oslo-freja.example/ad/1") is None  # the host is not the address's path
    assert slug_name(None) is None and slug_name("https://x.example/viewtopic.php?t=1&p=2") is None


def test_name_leading_a_title_or_right_before_a_city() -> None:
    assert find_name("Elin, nineteen", "") == "Elin"  # the first word, set off by a comma
    assert find_name("VIP Gabi – ny i Stockholm", "") == "Gabi"  # after stop words, set off by a dash
    assert find_name("NY! Bianca Bergen", "") == "Bianca"  # right before a city
    assert find_name("Exotic NY! Liv Fredrikstad", "") == "Liv"
    assert find_name("Sexy Mei visiting Västerås", "") == "Mei"
    assert find_name("Exotic Massasje Drammen", "") is None  # a stop word before the city, not "Exotic"
    assert find_name("Thai Oslo", "") is None  # a nationality is no name
    assert find_name("Oslo, ny jente", "") is None  # a place is no name
    assert find_name("Søt jente i Tromsø", "Hei!") is None


def test_name_from_a_forum_posts_author() -> None:
    assert poster_name("Skrevet av elin_15 05 Oct 2026 06:49\nPost #374922") == "Elin"
    assert poster_name("Post #1\n\nPosted by mei_63 on 19.10.2026, 00:42") == "Mei"
    assert poster_name("Sitat: Noen nye her?\nlola_65 » 15 Oct 2026 17:39") == "Lola"
    assert poster_name("Skrevet av sweet_22 05 Oct") is None  # a stop word
    assert poster_name("Posted by oslo_1 on 1.1.2026") is None  # a place
    assert poster_name("Skrevet av sweet_vip 05 Oct") is None  # no name-then-number user name
    assert poster_name("Hei, ring meg") is None


def test_name_after_a_titles_last_dash_or_with_her_age_in_the_body() -> None:
    assert find_name("Escort Oslo sentrum – Kasia", "") == "Kasia"
    assert find_name("Escort Oslo – Thai", "") is None  # a nationality
    assert find_name("Escort", "Sweet Polish girl Natasha (30) visiting Krsand this week.") == "Natasha"
    assert find_name("Escort", "New in town! Kasia, 34, waiting for you.") == "Kasia"
    assert find_name("Escort", "Söt och busig polsk tjej, Sara, 42 år. Jag finns i Malmö.") == "Sara"
    assert find_name("Escort", "Rates (30) min 1500 kr") is None  # a price, not an age
    assert find_name("Escort", "Ny i byen! Sofia, 37 år, venter") is None  # Sofia is a place too
    assert find_name("Escort", "Call (12) now") is None  # no age


def test_features_read_the_posts_author_when_nothing_else_names_her() -> None:
    """Link features take the text's name, then the address's, then the forum post's author: an unnamed
    post by "elin_15" is Elin's, and a post whose address names Bella stays Bella's whoever posted it."""
    from kartlegg.link.config import default_rules
    from kartlegg.link.features import build_features
    from kartlegg.store.rows import StoredVersion

    def version(seq: int, url: str) -> StoredVersion:
        body = "Skrevet av elin_15 05 Oct 2026 06:49\nPost #1\nSöt tjej, diskret och ren, ring mig gärna."
        return StoredVersion(seq, seq, "forum.example", str(seq), url, None, "Massage", body, "Malmö", [], {})

    rows = build_features(
        [
            version(1, "https://forum.example/viewtopic.php?t=1&p=1"),
            version(2, "https://forum.example/t/bella-malmo/2"),
        ],
        {},
        {},
        {},
        default_rules(),
    )
    assert [r.features.name for r in rows] == ["Elin", "Bella"]
