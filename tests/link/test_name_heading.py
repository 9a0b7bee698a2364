"""Her name where a chat post's heading, a greeting or a touring title puts it (session 37, issue 14).

On a controller's line the name is what tells whose ad it is: an ad read with no name, or with a word of the
title's ("Besöker", "Back", "Flyer"), joins no woman of the line, and a word many women's ads share joins them.
``names.find_name``: a touring status opening a title is no name (``names.stop``), a flyer archive's noun is an
ordinary word (``names.common``), a heading in Markdown bold names her (``names._BOLD_LEAD``), and so does the
sentence after a greeting or a firm's label that presents her (``names._GREETED``). Every name, number, firm
and site below is invented.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.link.cluster import AdFeatures, link_ads
from kartlegg.link.names import find_name

LINE = ("phone", "+4794556677")


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def test_a_touring_status_opening_a_title_is_no_name() -> None:
    """sv/no/da/en: the word before the place is where she is now; her name follows the dash."""
    assert find_name("Besöker Kista – Megi", "Kista · 2026-08-20\nOpal Angels: Megi, mjuk och lugn.") == "Megi"
    assert find_name("Tilbake i Oslo – Lily", "Velkommen, her er din Lily.\nTelefon: 92 56 49 70") == "Lily"
    assert find_name("Besøger Odense – Ana", "Hej søde, det er Ana igen.") == "Ana"
    assert find_name("Tilbage i Aarhus – Ida", "Ring til mig.") == "Ida"
    assert find_name("Back in Skøyen – Mia", "Hello guys, this is your Mia.") == "Mia"
    assert find_name("Visiting København – Thu", "Hey gentlemen.") == "Thu"
    assert find_name("Tillbaka i Malmö – Tilda", "Hallå.") == "Tilda"


def test_a_flyer_archives_title_names_no_one() -> None:
    """The archive's noun before the flyer's number and place: an ordinary word (da/en/sv/no)."""
    body = "Indsendt 09-05-2026 af bidragyder #3094\nOCR-tekst:\nHej alle sammen, ring til mig."
    assert find_name("Flyer 902226 · Søndergade, København", body) is None
    assert find_name("Flyers 902227 · Kungsgatan, Malmö", body) is None


def test_a_heading_in_markdown_bold_names_her() -> None:
    """A Discord export's message, as JSON and as text: the bold word opening the content."""
    message = {
        "id": "1457850522945338279",
        "type": "Default",
        "timestamp": "2026-01-21T21:30:04.482+00:00",
        "content": "**Jade** – Uppsala (24)\nMys och tantra.\nRing/SMS: +46 70 000 00 00",
        "author": {"id": "928483985121668938", "name": "jadexo"},
    }
    assert find_name("#sverige-ovrigt", json.dumps(message, ensure_ascii=False, indent=1)) == "Jade"
    text = "Guild: Lounge / Channel: #norge\n[15.11.2026 16:32] angel_new\n**Angelie** – Stavanger\nCall/SMS: 4"
    assert find_name("#norge", text) == "Angelie"
    assert find_name("#danmark", "[01.02.2026 10:00] x\n__Ronja__, ny i byen\nRing") == "Ronja"


def test_a_bold_place_or_firm_is_no_name() -> None:
    """A bold city opening a post is the channel's place, not her name."""
    assert find_name("#ads", "**Bergen** – ny jente\nRing meg") is None


def test_the_sentence_after_a_greeting_or_a_firms_label_names_her() -> None:
    """sv/no/da/en: a greeting or a label, her name, a comma and what she is like."""
    assert find_name("Thaimassage i Göteborg", "Adress: Storgatan 14\nRos Spa: Mai, diskret och glad.") == "Mai"
    assert find_name("#channel", "Hallå! Bruna, solbränd och elegant brunett.") == "Bruna"
    assert find_name("#kanal", "Velkommen! Maiie, stilig og slank prinsesse.") == "Maiie"
    assert find_name("#kanal", "Hej søde! Ana, sjov og diskret kvinde.") == "Ana"
    assert find_name("#channel", "Hi! Angelie, tanned and soft brunette.") == "Angelie"


def test_a_wrapped_line_opening_with_a_word_and_a_comma_is_no_greeting() -> None:
    """A paper's column wraps "hos Noble⏎Club, bästa servicen": no greeting or label before the word."""
    body = "Ung sexig tjej på besök i stan\nClub, bästa servicen i stan och\ndiskret och rent ställe."
    assert find_name("KONTAKTAVISA uke 19, side 12", body) is None


@given(st.sampled_from(["Besöker", "Besøker", "Besøger", "Visiting", "Back in", "Tilbake i", "Tillbaka i"]))
def test_a_controllers_line_keeps_its_touring_women_apart(status: str) -> None:
    """Two women of one line, each touring under her name: the status word read as the name would join them."""
    ads = []
    for k, (name, city) in enumerate([("Megi", "Oslo"), ("Lily", "Bergen")] * 3):
        posted = (date(2026, 5, 1) + timedelta(days=k)).isoformat() + "T12:00:00+02:00"
        title = f"{status} {city} – {name}"
        ads.append(AdFeatures(k, "board", city=city, posted_at=posted, name=find_name(title, ""), selectors=(LINE,)))
    persons = sorted(({ads[i].name for i in p} for p in link_ads(ads, _no_text).profiles), key=sorted)
    assert persons == [{"Lily"}, {"Megi"}]


def test_the_age_on_a_bold_headings_line_is_hers() -> None:
    """A chat post's heading states her age in brackets ("**Jade** – Uppsala (24)"), in JSON and as text; a
    bracket on another line is no age of the heading's."""
    from kartlegg.link.names import heading_age

    message = {"id": "1", "content": "**Jade** – Uppsala (24)\nTjena!", "author": {"name": "jadexo"}}
    assert heading_age(json.dumps(message, ensure_ascii=False, indent=1)) == 24
    assert heading_age("[15.11.2026 16:32] angel_new\n**Angelie** – Stavanger (31)\nHi") == 31
    assert heading_age("**Angelie** – Stavanger\nHi, 60 min (30)") is None
    assert heading_age("RUBY, 34 – Nu i Göteborg") == 34


def test_a_parlours_label_before_her_name_is_no_name_of_hers() -> None:
    """A parlour's or agency's name labels the sentence that presents her ("Jasmin Relax: Fon, glad"): the
    title's same words ("Jasmin Relax – Tantramassage") are the parlour's, shared by all its masseuses."""
    body = "Adress: Kungsgatan 14, Göteborg\nJasmin Relax: Fon, glad och diskret blondin.\nBoka: 0734330992"
    assert find_name("Jasmin Relax – Tantramassage i Göteborg", body) == "Fon"
    body = "Adresse: Storgata 3, Oslo\nLotus Wellness: Lara, myk og varm kvinne.\nRing: 92 00 00 00"
    assert find_name("Lotus Wellness – Thaimassasje i Oslo", body) == "Lara"
    body = "Address: Vesterbrogade 3\nAmber Care: Mai, sweet and discreet.\nCall: 20 00 00 00"
    assert find_name("Amber Care – Thai massage in Copenhagen", body) == "Mai"
    body = "Adresse: Vesterbrogade 3\nGinza Spa: Noi, sød og diskret pige.\nRing: 20 00 00 00"
    assert find_name("Ginza Spa – Thaimassage i København", body) == "Noi"
