"""The person's stated name, which is what tells persons behind one controller's phone apart."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.config import default_rules
from kartlegg.link.names import find_name, poster_name, slug_name, staff_name, title_age, undecorate


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
    assert find_name("Malmö 24/7 - Anna", "") == "Anna"  # "24/7" is not an age; Anna is the one name by a place
    assert title_age("Ny i Malmö: Bella 24 år") == 24
    assert title_age("Malmö 24/7") is None and title_age("Mia 17") == 17  # a stated minor age matters most


def test_a_title_day_or_city_count_is_no_age() -> None:
    """A touring page's title gives her stay ("18–22 Feb") after the city: the day is no age, in any language;
    an age beside her name is still read, and a day range of a month named after a woman still is a date."""
    for title in ("Olga visiting Århus 18–22 Feb", "Olga visiting Stockholm 24–1 Feb", "Nina i Bergen 19. mars",
                  "Lisa besøger Aalborg 21-23 okt", "Mia, 24 april", "Oslo 25 new girls"):  # fmt: skip
        assert title_age(title) is None, title
    assert title_age("Olga 26 visiting Århus 18–22 Feb") == 26
    assert title_age("Nora (22) Bergen 3 Mar") == 22
    assert title_age("Anna 29 – Mars 3") == 29  # a dash and a month with no day after it: her age
    # the month names that are also names (``names.calendar_after``) in sv, no, da and en: after a day, the month
    for title in ("Emma, 19 maj", "Lisa, 23-25 mai", "Sofie, 18–22 juni", "Kate visiting London 24 June",
                  "Nora 30 juli"):  # fmt: skip
        assert title_age(title) is None, title
    assert title_age("Maj 24 – ny i Malmö") == 24 and title_age("June 27 in Oslo") == 27  # her name, then her age


@given(word=st.sampled_from(default_rules().names.calendar_after), day=st.integers(15, 31))
def test_a_named_month_after_a_day_is_a_date(word: str, day: int) -> None:
    assert title_age(f"Olga, {day} {word.capitalize()}") is None and title_age(f"Olga {day}–{day} {word}") is None
    assert title_age(f"Olga {day} i Göteborg {word}") == day


def test_structured_field_wins() -> None:
    assert find_name("Anna 23", "", {"name": "lina"}) == "Lina"


def test_common_words_are_not_names() -> None:
    assert find_name("Ny 23 år", "") is None
    assert find_name("Sexy 21", "I am new here") is None
    assert find_name("", "") is None


@given(st.text(max_size=300), st.text(max_size=600))
def test_any_text_gives_a_plausible_name_or_none(title: str, body: str) -> None:
    name = find_name(title, body)
    written = unicodedata.normalize("NFC", title + "\n" + body)
    # a name written in capitals is given capitalised ("ANNA" -> "Anna"): it is in the text up to case
    assert name is None or (name[0].isupper() and 2 <= len(name) <= 31 and name.casefold() in written.casefold())
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


# Session 26 (issue 14): names as advertisers write them.


def test_names_with_any_diacritics_or_script_are_read_whole() -> None:
    """A name is read in any cased script and with any accents, never cut at its first non-ASCII letter
    ("Tha" for Thaís made her ads another person's), and one way however the accents were typed."""
    assert find_name("Ny i Oslo", "Hei! Jeg heter Thaís og er ny i byen.") == "Thaís"  # no
    assert find_name("Austėja, 24 – ny i Malmö", "") == "Austėja"  # sv
    assert find_name("Söt tjej", "Hej! Jag heter Zsófi, 22 år.") == "Zsófi"
    assert find_name("Ny pige", "Hej søde, jeg hedder Jūratė, 31, ny i Aarhus.") == "Jūratė"  # da
    assert find_name("Lucía 23", "") == "Lucía"  # en title shape
    assert find_name("", "Hi, my name is Наташа") == "Наташа"
    assert find_name("Ştefania-Łucja 27", "") == "Ştefania-Łucja"
    assert find_name("Luci\u0301a 23", "") == "Lucía"  # typed with a combining accent: composed
    assert find_name("", "I am Annabellerosemarie") is None  # too long for a name: not its first 15 letters
    assert find_name("", "I am ÉVA") is None  # capitals throughout: no name
    assert poster_name("Skrevet av zsófi_15 05 Oct 2026") == "Zsófi"
    assert slug_name("https://x.example/annons/12-luc%C3%ADa-malmo") == "Lucía"


def test_ordinary_words_nationalities_and_fact_labels_are_no_names() -> None:
    """Words that open a site's titles or stand where a name does are the languages' vocabulary, not names:
    function words ("Bara", "Only"), title words ("Wellness", "Exotic"), nationalities, fact labels."""
    assert find_name("Bara 23", "") is None  # sv
    assert find_name("Kun 23", "") is None  # da/no
    assert find_name("Wellness 23", "") is None
    assert find_name("Romanian 24", "") is None
    assert find_name("Only today", "Hi, I am Romanian and new in town.") is None
    assert find_name("Escort", "Velkommen her! Diskret leilighet.") is None
    assert find_name("Escort", "Ålder 25 år, längd 165.") is None and find_name("Escort", "Age 25 years") is None
    assert find_name("Exotic Noi, 23", "") == "Noi"
    assert find_name("Ny tjej i Sztokholm – Vera", "") == "Vera"  # the word after "i" is a place


def test_a_name_presenting_herself_or_under_a_role_label() -> None:
    """Unnamed-looking ads on an agency's or parlour's line name her: "X her/här/here" before an emoji, an
    age or the line's end, and a role label before her name."""
    assert find_name("Massasje", "Ioana her 💋 30 år") == "Ioana"  # no
    assert find_name("Massage", "Gergana här\nRing för tid.") == "Gergana"  # sv, the line's end
    assert find_name("Massage", "Hi baby, Ioana here") == "Ioana"  # en
    assert find_name("Thai massage", "Massør: Mai") == "Mai"  # da/no
    assert find_name("Thaimassage", "Massös: Mai, 28") == "Mai"  # sv
    assert find_name("Thai massage", "Therapist: Mai, 28") == "Mai"
    assert find_name("Thai massage", "Hos oss: Mai") == "Mai"
    assert find_name("Massage", "Come here 💋") is None and find_name("Massasje", "Kom her! 💋") is None  # verbs


def test_a_name_with_her_age_in_the_body_or_by_a_place_in_the_title() -> None:
    assert find_name("Ny pige i Odense C", "NY I ODENSE C!! Nika 42 – kun for voksne herrer.") == "Nika"
    assert find_name("Bergen", "NEW IN BERGEN!!! Alina 20yo, real photos") == "Alina"
    assert find_name("Oslo", "Tina age 22, real photos 100%") == "Tina"
    assert find_name("Oslo", "Mai 38 y.o., real photos 100%") == "Mai"
    assert find_name("Odense", "Eva 27 år – kun for voksne") == "Eva"
    assert find_name("Oslo", "Pris 30 min 1500") is None and find_name("Escort", "Oslo 24 år") is None
    assert find_name("Tøyen: Viki", "") == "Viki"
    assert find_name("København ❤ Viki", "") == "Viki"
    assert find_name("♥ Precious ♥ Linköping", "") == "Precious"
    assert find_name("Re: Camila (Vasastan)", "") == "Camila"
    assert find_name("Vollsmose ❤ Sofia", "") is None  # Sofia is a place abroad: the district is no name
    # a district no gazetteer knows, which her text says she is in
    assert find_name("Bolbro ❤ Angel", "Sexy Polish girl just arrived in Bolbro 💋") == "Angel"
    assert find_name("Ny pige i Nordvest", "Ny i byen Nordvest, ring til mig.") is None
    assert find_name("Hot Angel", "Sexy girl in town") is None  # no place in the title


def test_a_first_name_before_a_second_word_is_hers() -> None:
    """ "Ronja Love 25 år": the name before the word with her age is her first name (a second word, a
    surname or a stage name, read alone split her ads from those that give her first name only)."""
    assert find_name("Ronja Love 25 år", "") == "Ronja"
    assert find_name("Sweet Ieva Love 26yo", "") == "Ieva"
    assert find_name("Maja Love in Oslo", "") == "Maja"
    assert find_name("Massage Oslo Anna 25", "") == "Anna"  # a place before her name is no first name
    assert find_name("Thai Anna 25", "") == "Anna"


def test_two_persons_whose_names_share_their_first_letters_stay_apart() -> None:
    """Zsófi and Zsuzsa on one controller's phone are two persons: names cut at "Zs" made them one."""
    from kartlegg.link.cluster import AdFeatures, link_ads
    from kartlegg.link.config import default_rules
    from kartlegg.link.features import build_features
    from kartlegg.store.rows import StoredVersion

    texts = [("Zsófi, 24 – ny i Malmö", "Hej!"), ("Zsuzsa, 31 – ny i Malmö", "Hej!")] * 2
    versions = [
        StoredVersion(i + 1, i + 1, "s.example", str(i), None, None, t, b, "Malmö", [], {})
        for i, (t, b) in enumerate(texts)
    ]
    sels = {v.seq: [("phone", "+46700000009")] for v in versions}
    rows = build_features(versions, sels, {}, {}, default_rules())
    ads: list[AdFeatures] = [r.features for r in rows]
    assert [a.name for a in ads] == ["Zsófi", "Zsuzsa", "Zsófi", "Zsuzsa"]
    res = link_ads(ads, lambda _: {})
    assert {frozenset(ads[i].ad_id for i in p) for p in res.profiles} == {frozenset({1, 3}), frozenset({2, 4})}


# Session 27 (issue 14): addresses made from the title.


def test_an_address_made_from_the_title_names_no_one() -> None:
    """A site that writes the title into the address ("kun-i-dag-oslo") gives the title's words, not her
    name: a word the title writes in small letters, an ordinary word without its diacritics ("sot" for
    "søt") or a nationality is no name there, as in the text."""
    url = "https://www.nattlys.example/annonse/4397736/"
    assert slug_name(url + "kun-i-dag-oslo", title="Kun i dag Oslo") is None
    assert slug_name(url + "new-in-bergen", title="New in Bergen!") is None
    assert slug_name(url + "ny-i-byen-bergen", title="Ny i byen, Bergen") is None
    assert slug_name(url + "sot-thai-jente-i-bergen", title="Søt thai jente i Bergen") is None
    assert slug_name(url + "sod-polsk-pige-i-odense", title="Sød polsk pige i Odense") is None
    assert slug_name(url + "sweet-polish-girl-oslo", title="Sweet Polish girl Oslo") is None
    assert slug_name(url + "freja-oslo", title="Freja Oslo") == "Freja"
    assert slug_name(url + "freja-oslo", title="Ny jente i Oslo") == "Freja"
    assert slug_name(url + "dag-oslo", title="Dag, 25 Oslo") == "Dag"  # the title writes it as a name


def test_a_name_and_age_ending_a_line_of_the_body() -> None:
    """ "NEW in Odense - Lucía, 28" on a line of its own names Lucía (her address, "luc-a-odense", cut her
    name at the accent the site could not write)."""
    body = "Age 28 · Location Odense\nNEW NEW NEW in Odense - Lucía, 28\nClean and discreet apartment."
    assert find_name("Only today Odense", body) == "Lucía"
    assert find_name("Only today", "Pris, 30\nRing meg") is None  # a label, not a name
    assert find_name("Only today", "Oslo, 28\nRing meg") is None  # a place


def test_her_own_phone_stays_hers_when_an_address_repeats_the_title() -> None:
    """Her ads on one number, two of them under a title the site also writes into the address ("Kun i dag
    Oslo": "kun-i-dag-oslo"), are one person: "Dag" read from the address made her number a controller's
    (two names), which then joined only same-name ads."""
    from kartlegg.link.cluster import AdFeatures, link_ads
    from kartlegg.link.config import default_rules
    from kartlegg.link.features import build_features
    from kartlegg.store.rows import StoredVersion

    ads_in = [
        ("Nadia, 24 – ny i Oslo", "Hei!", "nadia-24-ny-i-oslo"),
        ("Kun i dag Oslo", "Hyggelig dame på besøk i Oslo.", "kun-i-dag-oslo"),
        ("Nadia, 24 – ny i Oslo", "Hei igjen!", "nadia-24-ny-i-oslo"),
        ("Kun i dag Oslo", "Hyggelig dame, 24 år.", "kun-i-dag-oslo"),
    ]
    versions = [
        StoredVersion(i + 1, i + 1, "s.example", str(i), f"https://s.example/a/{i}/{slug}", None, t, b, "Oslo", [], {})
        for i, (t, b, slug) in enumerate(ads_in)
    ]
    sels = {v.seq: [("phone", "+4791234567")] for v in versions}
    ads: list[AdFeatures] = [r.features for r in build_features(versions, sels, {}, {}, default_rules())]
    assert [a.name for a in ads] == ["Nadia", None, "Nadia", None]
    assert link_ads(ads, lambda _: {}).profiles == [[0, 1, 2, 3]]


# Session 28 (issue 14): forum titles with a tag, a city before her number, addresses that lost her letters.


def test_a_title_opening_with_a_tag_in_brackets_names_her() -> None:
    """A forum's title "[Sverige] Lucía – review" names her after its tag, as "Lucía – review" would."""
    assert find_name("[Sverige] Lucía – review", "") == "Lucía"
    assert find_name("(Norge) Małgorzata – omtale", "Møtte henne på hotellet.") == "Małgorzata"
    assert find_name("[NY] Oslo – Anna", "") == "Anna"


def test_a_city_before_her_number_is_no_name() -> None:
    """The title "København – 59-48-36-46" gives the place and her number's first group, not a name and an age."""
    assert find_name("Sød Favour i København – 59-48-36-46", "") == "Favour"
    assert find_name("VIP Kinga in Oslo – 36 700-327-342", "") == "Kinga"
    assert find_name("Sofia, 24", "") == "Sofia"  # a name that is a city abroad still is one


def test_an_address_that_lost_her_letters_reads_the_titles_spelling() -> None:
    """A site that drops or folds letters it cannot write ("tha-s" of "Thaís", "ma-gorzata" of "Małgorzata",
    "reka" of "Réka") names her as the title does, so her ads are read with one name, not two."""
    assert slug_name("https://forum.example/t/tha-s-aarhus/40223/1", title="Omtale: Thaís") == "Thaís"
    assert slug_name("https://forum.example/t/ma-gorzata-oslo/9/2", title="Omtale: Małgorzata") == "Małgorzata"
    assert slug_name("https://forum.example/t/reka-malmo/9/3", title="Omtale: Réka") == "Réka"
    assert slug_name("https://forum.example/t/zs-fia-bergen/9/4", title="Zsófia?") == "Zsófia"
    assert slug_name("https://forum.example/t/tha-s-aarhus/40223/1", title="Omtale") == "Tha"  # nothing to read
    assert slug_name("https://forum.example/t/reka-malmo/9/3", title="Omtale: Rebeka") == "Reka"  # not hers


# Session 29 (issue 14): a parlour's directory, whose titles name the business and its street.


def test_a_masseuse_is_read_from_the_staff_line_not_the_parlours_title() -> None:
    """A parlour's page names the business in its title and the masseuse on a staff line ("Today:", "I dag:",
    "Idag jobbar:"): her ads are hers, not the parlour's, whatever the title says."""
    body = "Angels Thai Massage\nKungsgatan 100B, 270 33 Jönköping\nTræffes 11-23\nI dag: Elena\nmob 0724932559"
    assert find_name("Angels Thai Massage | Kungsgatan 100", body) == "Elena"
    assert find_name("Thai massage Luleå (Golden Thai Massage)", "Golden Thai Massage\nToday: Thu (20)\n") == "Thu"
    assert find_name("Royal Thaimassage – Örebro", "Royal Thaimassage\nIdag jobbar: Stella\n") == "Stella"
    assert staff_name("Lotus Wellness\nToday: Grace (18)\nplus 46") == ("Grace", 18)
    assert staff_name("Today: Grace, 24\n") == ("Grace", 24)
    assert staff_name("I dag: Oslo\n") is None  # a place on the line, not a name
    assert staff_name("Next week: Bergen\nToday: Malmö") is None  # a touring line names cities
    assert staff_name("Ring i dag: Anna") is None  # a label inside a sentence is no staff line


def test_a_street_is_no_name_and_its_number_no_age() -> None:
    """A parlour's title with its street and number ("Ruen Thaimassage | Storgatan 46") names no person and
    states no age: 46 is a house number; a name that merely ends like a street's ("Agata") still is one."""
    assert find_name("Ruen Thaimassage | Storgatan 46", "") is None
    assert find_name("Spa | Istedgade 38", "") is None
    assert find_name("Massage, Markveien 27", "") is None
    assert title_age("Angels Thai Massage | Storgatan 46") is None
    assert find_name("Agata, 24", "") == "Agata" and title_age("Agata 24") == 24  # too short for a street
    assert find_name("Relax with Carisa ✨", "") == "Carisa"


def test_features_read_her_age_from_the_staff_line() -> None:
    """A parlour's ad states her age only on the staff line ("Today: Grace (18)"): her features carry it,
    and a street's number in the title ("Storgatan 46") is no age."""
    from kartlegg.link.config import default_rules
    from kartlegg.link.features import build_features
    from kartlegg.store.rows import StoredVersion

    def version(seq: int, title: str, body: str) -> StoredVersion:
        url = f"https://spa.example/{seq}"
        return StoredVersion(seq, seq, "spa.example", str(seq), url, None, title, body, "Malmö", [], {})

    rows = build_features(
        [
            version(1, "Lotus Wellness | Storgatan 46", "Lotus Wellness\nToday: Grace (18)\n"),
            version(2, "Lotus Wellness | Storgatan 46", "Lotus Wellness\nI dag: Grace\n"),
        ],
        {},
        {},
        {},
        default_rules(),
    )
    assert [(r.features.name, r.features.ages) for r in rows] == [("Grace", (18,)), ("Grace", ())]


# Session 30 (issue 14): display names with ornaments, announcements, parlours' names.


def test_a_display_names_ornaments_are_taken_off() -> None:
    """ "Petra Latina" here and "Petra" there are one name: a descriptor, a nationality, an emoji, "xx" or
    "(ny)" after her name is taken off before the cues are read, and is never a name itself."""
    assert find_name("Massasje", "Hei! Nadja Blonde her, 24 år") == "Nadja"  # no
    assert find_name("Kun idag", "Hej! Söt polsk Irina VIP, 27 år") == "Irina"  # sv
    assert find_name("Kun i dag", "Hej skat Mette 💋 her, 31 år") == "Mette"  # da
    assert find_name("Petra Latina – hot massage", "") == "Petra"  # en
    assert find_name("Petra Latina 29yo", "") == "Petra"
    assert find_name("Lina (ny) 26 år", "") == "Lina"
    assert find_name("Kiara xx, 22", "") == "Kiara"
    assert find_name("Latina 25", "") is None  # a descriptor alone names no one
    assert find_name("Stockholm City escort 28", "") is None
    assert undecorate("Oslo 💋 Viki VIP") == "Oslo 💋 Viki"  # a place keeps what follows it


@given(
    st.sampled_from(["Nadja", "Irina", "Mette", "Petra", "Zsófi", "Łucja"]),
    st.lists(st.sampled_from(["Latina", "VIP", "Sweet", "Blonde", "xx", "💋", "❤️", "(ny)", "Thai", "søt"]), max_size=3),
)
def test_her_name_is_read_whatever_ornaments_follow_it(name: str, ornaments: list[str]) -> None:
    shown = " ".join([name, *ornaments])
    assert find_name(f"{shown} – massasje", "") == name
    assert find_name("Massage", f"Hei! {shown} her, 25 år") == name
    assert find_name("Escort", f"Hello! {shown}, 25 years") == name


def test_an_announcement_names_the_new_girl() -> None:
    """ "New girl in town: X", "Ny jente X", "X er ny hos oss", "X just arrived": the name cues of an ad
    announcing her, in the four languages; a place after them is no name."""
    assert find_name("Ny i Bergen!", "God kveld! Ny jente i byen: Katja ❤ (22)") == "Katja"  # no
    assert find_name("Søt jente", "Hei kjære Karin Sweet er tilbake i byen!") == "Karin"
    assert find_name("Söt tjej i Solna", "Hej älskling Vanja Hot är ny här. Ring mig.") == "Vanja"  # sv
    assert find_name("Kun denne uge", "Hejsa! Ny pige Malou er landet i Aalborg") == "Malou"  # da
    assert find_name("New in Malmö!", "Hello! New girl Daisy VIP just arrived!") == "Daisy"  # en
    assert find_name("Ny i byen", "Ny jente i Oslo, ring meg") is None
    assert find_name("New girl Oslo", "") is None


def test_a_parlours_name_a_place_of_several_words_or_a_title_in_capitals() -> None:
    """The word after "Spa", "Klinik", "Wellness" opening a title names the parlour; the words of a place
    after a preposition name the place ("vid S-Marina"); a title in capitals is read as a name is written,
    its prepositions and stop words no names."""
    assert find_name("Spa Magnolia – ny massøse", "") is None
    assert find_name("Klinik Jasmin – åbent i dag", "Massøse: Dorte, 41") == "Dorte"
    assert find_name("Söt tjej vid S-Marina", "") is None
    assert find_name("MILLA 23 ÅR", "") == "Milla"
    assert find_name("NEW IN TROMSØ!", "") is None and find_name("SWEET GIRL IN ARENDAL", "") is None


def test_her_name_after_a_descriptor_or_with_her_age_between_dashes() -> None:
    """ "Søt litauisk Mia, tjue-noe år": a name a nationality or descriptor describes, before a comma, when
    her age is written in words; "Mia – 31 – estisk" and "Mia, age 31": her age right after her name."""
    assert find_name("Kun i dag", "Heisann! Søt litauisk Vilja VIP, tjue-noe år") == "Vilja"  # no
    assert find_name("Bara idag", "Hej du! Söt ungersk Tilde, snart 20 år") == "Tilde"  # sv
    assert find_name("Kun i dag", "Hej drenge! Sød thai Dao (midt i tyverne)") == "Dao"  # da
    assert find_name("This week", "Welcome! Sweet Estonian Kerli 💋, age early twenties") == "Kerli"  # en
    assert find_name("Ny i Tromsø!", "Vilja – 31 – estisk. Massasje.") == "Vilja"
    assert find_name("Only today", "Hi! Exotic Dao, age 31") == "Dao"
    assert find_name("Massage", "Thai Massage, Oslo") is None and find_name("Escort", "Pris – 30 – 60") is None


def test_a_firms_name_after_a_preposition_is_no_persons() -> None:
    """ "hos Baltic Companions", "with Diamond Escorts", "hos Golden Thaimassage": the word before a firm's noun
    is the agency's or parlour's name, not hers (no, sv, da, en); hers is read elsewhere in the ad, or before
    the preposition in a title ("Nina hos Golden Thaimassage"). A word ending in a parlour's noun is none."""
    assert find_name("Lola (22)", "Hei, Lola her.\nLola er en av jentene hos Baltic Companions.") == "Lola"
    assert find_name("Ny i Oslo", "Jeg jobber hos Baltic Companions. Jeg heter Tiril, 22 år.") == "Tiril"
    assert find_name("Ny tjej", "Bokning hos Diamond Escorts. Mitt namn är Elin.") == "Elin"
    assert find_name("Ny pige", "Ring til Royal Companions. Jeg hedder Signe.") == "Signe"
    assert find_name("New in town", "Booking with Diamond Escorts only. My name is Holly.") == "Holly"
    assert find_name("Nina hos Golden Thaimassage", "Boka: 0701234567") == "Nina"
    assert find_name("Thaimassage Stockholm – Nok", "Avslappnande massage") == "Nok"
    for firm in ("Baltic Companions", "Diamond Escorts", "Lotus Models", "Golden Thaimassage", "Orkidé Spa"):
        assert find_name("Ny i byen", f"Book via oss hos {firm}.") is None, firm
    # a name followed by an ordinary word stays hers
    assert find_name("Ny i byen", "Kom til meg hos Tiril nå") == "Tiril"


def test_her_name_inside_a_sentence_before_hos_or_with_names_her_not_the_firm() -> None:
    """ "venter Lara hos Silk Road Wellness", "väntar ROXY hos Diamant VIP": a capitalised word inside a
    sentence before "hos"/"med"/"with" is her name, the word after it the agency's (whose noun the lexicon
    may not know, or an ornament took off), in no, sv, da and en. Invented firms and names."""
    assert find_name("Ny i byen", "Eksklusiv dame venter Lara hos Moskus Road Wellness, ring meg.") == "Lara"
    assert find_name("Kontakt", "Exklusiv dam väntar ROXY hos Bernsten VIP, ingen brådska.") == "Roxy"
    assert find_name("Ny pige", "Frisk i byen denne uge Tove med Kobolt Ladies, kom og se.") == "Tove"
    assert find_name("New girl", "Sweet new lady in town Mirela with Harbour Dates, no rush.") == "Mirela"
    # the title's name stands where the body's word before the preposition is a city's name too
    assert find_name("Sofia (31) – Trondheim", "Kun noen få dager Sofia hos Krystall Dates.") == "Sofia"
    # a word opening a sentence is no sign: the name after the preposition is still read
    assert find_name("Kveld", "Date with Nina, 24, in Oslo.") == "Nina"
    assert find_name("Ny i byen", "Kom til meg hos Tiril nå") == "Tiril"


def test_a_receipts_practitioner_label_names_her() -> None:
    """A booking receipt names its masseuse under a role label ("Din behandler: Mai", "Din behandlare:",
    "Your practitioner:"), in da/no, sv and en, where its title names only the parlour. Invented."""
    title = "Bookingbekræftelse #12345678 – Studio Lotusblomst"
    assert find_name(title, "Adresse: Nørregade 9, Odense\nDin behandler: Mai. Velkommen!") == "Mai"
    assert find_name("Bokningsbekräftelse", "Salong: Zen Vita\nDin behandlare: Linh, 29 år") == "Linh"
    assert find_name("Booking confirmed", "Clinic: Lotus\nYour practitioner: Ploy. See you soon") == "Ploy"


# Session 35 (issue 14): a clinic's page names the clinic in its title and infobox, its masseuse in a staff
# list or table. Every clinic, name and number below is invented.


def test_a_wiki_staff_list_of_one_names_the_masseuse_not_the_clinic() -> None:
    """A clinic's wiki page (MediaWiki or Markdown) names the clinic in its title and infobox and the one
    masseuse of the revision under a staff heading: the ad is hers, in no, sv, da and en alike."""
    infobox = "{{Infoboks klinikk\n| navn = Lotus Massasje\n| telefon = 91 23 45 67\n}}\n"
    body = infobox + "== Massører ==\n* Dara (27) – fra Thailand, ny fra 01.05.2026.\nRolig og rent.\n"
    assert find_name("Lotus Massasje – Bergen", body) == "Dara"
    assert staff_name(body) == ("Dara", 27)
    assert staff_name("## Våra massörer\n- Miss Suda, 31\n\nVälkommen!") == ("Suda", 31)  # sv, a title
    assert staff_name("Vores massøser:\n• Mai 29 år\n") == ("Mai", 29)  # da
    assert staff_name("== Masseuses ==\n* Anong Thai (24)\n") == ("Anong", 24)  # en, a nationality after
    # two bullets: the clinic's roster, no one person's page
    assert staff_name("== Massører ==\n* Dara (27)\n* Suda (31)\n") is None


def test_a_staff_table_of_one_row_names_her_and_states_her_age() -> None:
    """A staff table is found by its header (a name column, then a Markdown rule row or a wiki's "|-"),
    wherever it stands; a table of several rows or a key-value table names no one."""
    md = "# Jade Spa\n\n| Felt | Verdi |\n|---|---|\n| Telefon | 92 00 11 22 |\n\n## Massører\n"
    md += "| Navn | Alder | Fra | Direkte |\n|---|---|---|---|\n| Kanya | 26 | Thailand | – |\n\nVelkommen.\n"
    assert find_name("Jade Spa – Oslo", md) == "Kanya"
    assert staff_name(md) == ("Kanya", 26)
    wiki = '{| class="wikitable"\n! Name !! Age\n|-\n| Lien || 33\n|}\n'
    assert staff_name(wiki) == ("Lien", 33)
    two = "| Namn | Ålder |\n|---|---|\n| Lien | 33 |\n| Kanya | 26 |\n"
    assert staff_name(two) is None
    assert staff_name("| Namn | Värde |\n| Telefon | 0701234567 |\n") is None  # no rule row: no table header
    assert staff_name("| Namn | Ålder |\n|---|---|\n| Stockholm | 33 |\n") is None  # a place, no name
    html = "<h2>Personale</h2><table><tr><th>Navn</th><th>Alder</th></tr><tr><td><b>Suda</b></td><td>29</td></tr>"
    assert staff_name(html + "</table><p>Velkommen</p>") == ("Suda", 29)  # an HTML table, tags in a cell
    assert staff_name(html + "<tr><td>Mai</td><td>24</td></tr></table>") is None  # two rows: a roster


def test_a_clinics_name_before_its_noun_is_no_name_in_a_title_of_a_place() -> None:
    """ "Tropical Massage – Stockholm" names the clinic: the word before a firm's noun is the firm's, so an
    ad without a staff line names no one rather than every masseuse of the clinic alike."""
    assert find_name("Coral Massage – Stockholm", "# Coral Massage\n") is None
    assert find_name("Coral Spa | Oslo", "") is None
    assert find_name("Tøyen: Viki", "") == "Viki"
    assert find_name("Miss Lina 23", "") == "Lina"  # a title before her name


def test_a_tours_words_before_a_city_are_no_name() -> None:
    """Session 37: "Besøker Oslo – X", "Tillbaka i Malmö – X" named every touring woman of a site "Besøker" or
    "Tillbaka", so her own number looked like a controller's line of two names and kept her ads apart."""
    assert find_name("Besøker Tromsø – Helga (26)", "Ring meg.") == "Helga"  # no
    assert find_name("Besöker Luleå – Vilma (31)", "Ring mig.") == "Vilma"  # sv
    assert find_name("Tillbaka i Uppsala – Bruna", "Hallå!") != "Tillbaka"
    assert find_name("Besøger Odense – Karin (27)", "Ring til mig.") == "Karin"  # da
    assert find_name("Tilbage i Vejle – Ida (23)", "") == "Ida"
    assert find_name("Back in Oslo – Amara", "Call me.") == "Amara"  # en
    assert find_name("Visiting Bergen – Lucia (24)", "") == "Lucia"
    assert find_name("Besøker Tromsø – Helga", "") != "Besøker"
