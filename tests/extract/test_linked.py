"""An ad that says its number is in its link ("Nummeret står i lenken", "number is in the link"): the number its URL
holds is the person's, not the page's id; the ad's key, an id key's value and a link sentence that names no number
stay furniture or nothing (issue 14, session 42)."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import SiteStats, judge
from kartlegg.extract.linked import freed, query_key, says_in_link
from kartlegg.extract.matches import Extraction


def phones(ex: Extraction) -> list[str]:
    return sorted(ex.values("phone"))


# Golden ads in the four languages: (country, URL, key, body, her phone). The number sits in an id position of the
# URL (a whole segment, the slug's opening or closing number) beside the ad's key.
ADS = [
    (
        "NO",
        "https://www.natt.example/a/97858702-petra-oslo-sentrum-2443576?kat=kontakt&side=8",
        "2443576",
        "Hei, jeg er Petra.\nIncall 2500 kr/h\nNummeret står i lenken ;)",
        "+4797858702",
    ),
    (
        "SE",
        "https://www.lykta.example/p/74842-40731307587?a=8452300&src=lista",
        "8452300",
        "Söt tjej i Jönköping.\nPris: 1h 1500 kr\nNumret finns i länken",
        "+40731307587",
    ),
    (
        "DK",
        "https://moede.example/annoncer/73549507/4565498284/",
        "73549507",
        "Mariposa (22) Ishøj\nIncall/outcall – hotelbesøg ok\nNummeret står i linket",
        "+4565498284",
    ),
    (
        "DK",
        "https://kaereste.example/annonce/2026-84448/this-week-only-22443376",
        "8754755",
        "Tantra and relaxation. Available 24/7.\nMy number is in the link ;)",
        "+4522443376",
    ),
]


@pytest.mark.parametrize(("country", "url", "key", "body", "hers"), ADS)
def test_a_number_the_ad_says_is_in_its_link_reads(country: str, url: str, key: str, body: str, hers: str) -> None:
    ex = extract_ad(body=body, url=url, site_country=country, ad_key=key)
    assert hers in phones(ex)


def test_without_the_sentence_a_whole_segment_stays_the_pages() -> None:
    """The same URL without the ad's words: a number that is a whole path segment is the page's, as it was."""
    _, url, key, body, hers = ADS[2]
    ex = extract_ad(body=body.rsplit("\n", 1)[0], url=url, site_country="DK", ad_key=key)
    assert hers not in phones(ex)


def test_the_ad_key_and_an_id_key_stay_furniture() -> None:
    """A repost copies the sentence onto a page whose URL holds only its ids: its key and a source id ("sid=")."""
    ex = extract_ad(
        body="Numret finns i länken",
        url="https://radar.example/a/54011473?src=lykta&sid=74552300",
        site_country="SE",
        ad_key="54011473",
    )
    assert phones(ex) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nummeret står i lenken",
        "Nummeret mitt står i lenken over",
        "Numret finns i länken",
        "Mitt telefonnummer står i URL:en",
        "Nummeret står i linket",
        "Mit mobilnummer er i webadressen",
        "number is in the link ;)",
        "My phone number is in the URL",
    ],
)
def test_says_in_link(text: str) -> None:
    assert says_in_link("", text)


@pytest.mark.parametrize(
    "text",
    [
        "Click the link for my photos",
        "Bilder i lenken, ring meg",
        "Se länken för bilder",
        "Se flere billeder via linket",
        "Tlf 412 34 567, bilder i lenken",  # the number is written: the link is for something else
        "Ring nummeret. Lenken er til bildene",  # another clause
        "två timmar, tre rosor",
    ],
)
def test_a_link_sentence_without_a_number_word_is_nothing(text: str) -> None:
    assert not says_in_link(text)


def test_freed_keeps_the_key_short_numbers_and_id_keys() -> None:
    url = "https://x.example/p/12345678-anna-90123456?sid=45678901&s=4540215608&id=45678902"
    at = url.find
    assert not freed(url, at("12345678"), at("12345678") + 8, "12345678")  # the ad's key
    assert freed(url, at("90123456"), at("90123456") + 8, "12345678")
    assert not freed(url, at("45678901"), at("45678901") + 8, "12345678")  # "sid=": an id key
    assert not freed(url, at("45678902"), at("45678902") + 8, "12345678")  # "id="
    assert freed(url, at("4540215608"), at("4540215608") + 10, "12345678")
    assert not freed("https://x.example/p/27830", 21, 26, None)  # too short for a phone
    assert query_key(url, at("4540215608")) == "s"
    assert query_key(url, at("90123456")) is None


_WORDS = st.sampled_from(
    ["jeg", "är", "ny", "i", "byen", "bilder", "photos", "se", "via", "massage", "the", "for", "mina", "billeder", "og"]
)
_LINKS = st.sampled_from(["lenken", "länken", "linket", "link", "url"])


@settings(max_examples=60, deadline=None)
@given(before=st.lists(_WORDS, max_size=5), after=st.lists(_WORDS, max_size=5), link=_LINKS)
def test_property_no_number_word_no_cue(before: list[str], after: list[str], link: str) -> None:
    """A clause with a link word but no number word never says the number is in the link."""
    assert not says_in_link(" ".join([*before, link, *after]))


@settings(max_examples=40, deadline=None)
@given(sub=st.integers(min_value=0, max_value=9_999_999), key=st.integers(min_value=1_000_000, max_value=9_999_999))
def test_property_a_linked_mobile_reads_and_the_key_stays(sub: int, key: int) -> None:
    """Any Norwegian mobile in a slug beside the ad's key reads where the ad says it is in the link; the key never."""
    number = f"9{sub:07d}"
    assume(phonenumbers.is_valid_number(phonenumbers.parse("+47" + number)) and str(key) not in number)
    url = f"https://natt.example/a/{number}-lina-oslo-{key}"
    ex = extract_ad(body="Hei!\nNummeret står i lenken", url=url, site_country="NO", ad_key=str(key))
    got = phones(ex)
    assert "+47" + number in got
    assert all(str(key) not in p for p in got)


# A site that puts the person's number in its links as a query value or the slug's closing number, under a key of its
# own ("?c=", "&nr=", "&s="): where its ads also write that number in the text as a contact, the position is learned
# as hers (``furniture.MIN_URL_PHONE_ADS``), and an ad that writes it only in the link reads it there.
SLOT_ADS = [
    ("NO", "https://natt.example/profil.php?uid={u}&ad={k}&c={n}", "Nummer: {n}", "Kun SMS, takk."),
    ("SE", "https://www.kontakt.example/annons/{k}?nr=46{n}", "Ring: +46 {n}", "Bara trevliga män."),
    ("DK", "https://moede.example/vis/odense/{k}-{n}", "Kontakt: {n}", "Diskret og hyggelig."),
    (
        "NO",
        "https://dir.example/listing.php?lid={k}&ref=A-91{u}&nr=47{n}",
        "WhatsApp +47 {n}",
        "Discreet and friendly.",
    ),
]
_NUMBERS = {"NO": ("9", 8), "SE": ("7", 9), "DK": ("4", 8)}


def _number(country: str, i: int) -> str:
    lead, n = _NUMBERS[country]
    return lead + f"{(i * 7919 + 1234567) % 10 ** (n - 1):0{n - 1}d}"


@pytest.mark.parametrize(("country", "url", "said", "quiet"), SLOT_ADS)
def test_a_url_position_the_text_names_as_her_contact_is_learned_as_hers(
    country: str, url: str, said: str, quiet: str
) -> None:
    stats = SiteStats("s")
    rows = []
    for i in range(24):
        n, k = _number(country, i), str(81_000_000 + 997 * i)
        u = url.format(u=300_000 + i, k=k, n=n)
        body = f"Hei!\n{said.format(n=n)}" if i % 3 else f"Hei!\n{quiet}"  # a third write it only in the link
        fields = {"title": "", "body": body, "url": u}
        stats.add(k, extract_ad(body=body, url=u, site_country=country, judge_furniture=False), fields)
        rows.append((k, n, fields))
    model = stats.model()
    assert model.url_phone_slots
    for k, n, fields in rows[::3]:
        ex = extract_ad(body=fields["body"], url=fields["url"], site_country=country, judge_furniture=False)
        got = phones(judge(ex, fields, ad_key=k, site="s", model=model))
        assert any(p.endswith(n) for p in got)
        assert all(k not in p for p in got)


@settings(max_examples=20, deadline=None)
@given(start=st.integers(min_value=10_000_000, max_value=89_000_000), step=st.integers(min_value=1, max_value=5000))
def test_property_an_id_position_beside_a_written_phone_stays_an_id(start: int, step: int) -> None:
    """Ids in the link and her number in the text, different numbers: the position is never learned as hers."""
    stats = SiteStats("s")
    for i in range(24):
        k = str(start + step * i)
        u = f"https://ads.example/annonse/{k}?id={k}&ref={start + 3 * i}"
        body = "Ring meg: 412 34 567"
        stats.add(k, extract_ad(body=body, url=u, site_country="NO", judge_furniture=False), {"body": body, "url": u})
    assert not stats.model().url_phone_slots
