"""Numbers a page prints as references to other posts (an image board's ``>>41039819``, a forum's "svar på #5521",
ids of the page's own family) are furniture, never contacts; a woman's real number beside them still reads (issue
14, session 38)."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.lexicon import furniture_words
from kartlegg.extract.matches import Extraction
from kartlegg.extract.postrefs import in_family, marked, page_ids


def phones(ex: Extraction) -> list[str]:
    return sorted(ex.values("phone"))


def refs(ex: Extraction) -> set[str]:
    """The digits of the numbers read as post references (whichever country their reading gave them)."""
    return {m.raw for m in ex.matches if m.kind == "furniture" and m.detail.get("reason") == "post-ref"}


# Golden posts in the four languages: (country, URL, key, body, the quoted post's digits, her phones).
POSTS = [
    (
        "NO",
        "https://board.example/s/thread/41038652#41039826",
        "41039826",
        "Anonym 10/03/26(Tue)07:16:47 No.41039826\nFil: 1773127104706.jpg (2371 KB, 1200x1600)\n>>41039819\n"
        "Mia 22 i Oslo\nJeg er ny i byen.\nRing: 928 08 198",
        "41039819",
        ["+4792808198"],
    ),
    (
        "SE",
        "https://chan.example/s/res/45101368.html#p45101945",
        "45101945",
        "Anonym 14/01/26(Wed)09:41:16 No.45101945\n>>45101935\nSara 27 i Göteborg\nSvar på sms.\nTel: 0702-32 45 16",
        "45101935",
        ["+46702324516"],
    ),
    (
        "DK",
        "https://board.example/dk/thread/43969619#43971619",
        "43971619",
        "Anonym No.43971619\n>>>/dk/43971618\nLina 24 i Aarhus\nSkriv til mig.\nTlf: 36 21 22 41",
        "43971618",
        ["+4536212241"],
    ),
    (
        "NO",
        "https://board.example/s/thread/46881768#46883119",
        "46883119",
        "Anonymous No.46883119\n>>46883100\nIda 33 in Oslo\nCall me: 47405091",
        "46883100",
        ["+4747405091"],
    ),
]


@pytest.mark.parametrize(("country", "url", "key", "body", "quoted", "hers"), POSTS)
def test_a_quoted_post_is_furniture_and_her_number_reads(
    country: str, url: str, key: str, body: str, quoted: str, hers: list[str]
) -> None:
    ex = extract_ad(title="/s/ thread", body=body, url=url, site_country=country, ad_key=key)
    assert phones(ex) == hers
    assert quoted in refs(ex)


# Reply words in the four languages, after which a number is a reference on a page with ids of its length.
REPLIES = [
    ("NO", "Svar på #41039819\nMia 22 i Oslo. Ring 928 08 198", "+4792808198"),
    ("SE", "Svar till 41039819\nSara i Malmö. Tel: 070-232 45 16", "+46702324516"),
    ("DK", "Svar til >>41039819\nLina i Odense. Tlf: 36 21 22 41", "+4536212241"),
    ("NO", "Reply to No.41039819\nIda in Bergen. Call: +47 474 05 091", "+4747405091"),
    ("SE", "Re: #41039819\nNora i Uppsala. Ring 0702-32 45 16", "+46702324516"),
]


@pytest.mark.parametrize(("country", "body", "hers"), REPLIES)
def test_a_reply_word_makes_a_post_reference(country: str, body: str, hers: str) -> None:
    ex = extract_ad(body=body, url="https://forum.example/t/88811107", site_country=country, ad_key="88811107")
    assert phones(ex) == [hers]


@pytest.mark.parametrize(
    ("body", "hers"),
    [
        ("Ring >> 412 34 567", "+4741234567"),  # an arrow before a phone written as one
        ("Tlf: >>41234567", "+4741234567"),  # a contact label before the sign
        ("Tlf:>>41234567", "+4741234567"),  # the sign glued to a label: no token's start
        ("Svarer på 41234567", "+4741234567"),  # "I answer on": a contact, no reference word
        ("Svar på 41234567", "+4741234567"),  # a reply word, but no id of its length on the page, no "#"
    ],
)
def test_a_contact_beside_a_marker_still_reads(body: str, hers: str) -> None:
    ex = extract_ad(body=body, url="https://ads.example/annonse/5512", site_country="NO", ad_key="5512")
    assert phones(ex) == [hers]


def test_a_number_of_the_pages_id_family_is_furniture_without_a_marker() -> None:
    body = "Innlegg 41039826\nSe også 41039819\nMia i Oslo. Ring 92808198"
    ex = extract_ad(body=body, url="https://board.example/t/41038652#41039826", site_country="NO", ad_key="41039826")
    assert phones(ex) == ["+4792808198"]
    assert "41039819" in refs(ex)


def test_page_ids_read_the_anchor() -> None:
    assert page_ids("https://b.example/res/45101368.html#p45101945", ["45101368"]) == {"45101368", "45101945"}
    assert page_ids("https://b.example/t/41038652#41039826", []) == {"41039826"}
    assert page_ids("https://b.example/t/41038652#top", ["41038652"]) == {"41038652"}
    assert page_ids("https://b.example/t/5#12", ["12345"]) == frozenset()


def test_in_family() -> None:
    ids = frozenset({"41038652", "41039826"})
    assert in_family("41039819", ids)  # between the thread and its post
    assert in_family("41039830", ids)  # just after the post
    assert not in_family("41039826", ids)  # the page's own id: another rule's
    assert not in_family("41060000", ids)  # far after
    assert not in_family("92808198", ids)
    assert not in_family("4103981", ids)  # another length
    assert not in_family("410 398 19", ids)  # written as a phone
    assert not in_family("41039819", frozenset({"41000000", "41900000"}))  # two ids far apart: no family between


def test_marked_signs() -> None:
    ids = frozenset({"41039826"})
    for text in (">>41039819", "x >>41039819", ">>>/s/41039819", "#p41039819", "No.41039819", "№41039819"):
        assert marked(text, len(text) - 8, "41039819", ids), text
    for text in ("Ring>>41039819", "Tlf: >>41039819", "Ring >> 41039819", "x 41039819"):
        assert not marked(text, len(text) - 8, "41039819", ids), text


def test_the_lexicon_names_reference_words_in_four_languages() -> None:
    table = furniture_words().reference_markers
    assert set(table) >= {"en", "no", "sv", "da"}
    assert "svar på" in table["no"] and "reply to" in table["en"]
    assert "svarer på" not in table["no"]


def _norwegian(n: int) -> bool:
    """Is ``n`` a number Norway's numbering plan holds (phonenumbers' metadata)? Not every 8 digits of a mobile range
    are: "45366254" is no Norwegian number but a valid Danish one, and is read as Danish (session 40: the property
    below drew it on rare runs, on the base too, and "failed" on the right reading)."""
    return phonenumbers.is_valid_number(phonenumbers.parse(str(n), "NO"))


# Norwegian mobiles: 8 digits in the mobile ranges (40, 41, 45-48, 9x) that Norway's plan holds, with at least four
# different digits (a round "42000000" is read as no one's number by other rules).
MOBILES = (
    st.builds(
        lambda first, rest: int(first + rest),
        st.sampled_from(
            ["40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]
        ),
        st.text("0123456789", min_size=6, max_size=6),
    )
    .filter(lambda n: len(set(str(n))) >= 4)
    .filter(_norwegian)
)


def test_a_number_outside_norways_plan_reads_in_the_neighbour_country_that_holds_it() -> None:
    """The draw that made the quoted-post property flaky: 45366254 is no Norwegian number (phonenumbers) but a Danish
    one, so a Norwegian board's ad reads it as Danish; 45123456, in both plans, reads as Norwegian there."""
    assert not _norwegian(45366254)
    body = "Anonymous No.92366254\n>>92366252\nMia 22 i Oslo\nRing meg: {}"
    url = "https://b.example/s/thread/92366252#92366254"
    for own, want in ((45366254, "+4545366254"), (45123456, "+4745123456")):
        ex = extract_ad(title="/s/ Oslo", body=body.format(own), url=url, site_country="NO", ad_key="92366254")
        assert phones(ex) == [want]


@settings(max_examples=40, deadline=None)
@given(post=MOBILES, thread_gap=st.integers(2, 3000), quote_gap=st.integers(1, 3000), own=MOBILES)
@example(post=92366254, thread_gap=2, quote_gap=2, own=45123456)  # the flaky draw's neighbour in both plans
def test_a_random_quoted_post_never_becomes_a_phone_and_her_number_does(
    post: int, thread_gap: int, quote_gap: int, own: int
) -> None:
    thread = post - thread_gap
    quoted = post - min(quote_gap, thread_gap - 1)
    assume(len(str(thread)) == 8)
    assume(abs(own - post) > 20_000)
    body = f"Anonymous No.{post}\n>>{quoted}\nMia 22 i Oslo\nRing meg: {own}"
    ex = extract_ad(
        title="/s/ Oslo",
        body=body,
        url=f"https://b.example/s/thread/{thread}#{post}",
        site_country="NO",
        ad_key=str(post),
    )
    assert f"+47{quoted}" not in phones(ex)
    assert f"+47{own}" in phones(ex)


@settings(max_examples=40, deadline=None)
@given(post=MOBILES, gap=st.integers(1, 10), own=MOBILES, grouped=st.booleans())
def test_a_random_neighbour_id_never_becomes_a_phone(post: int, gap: int, own: int, grouped: bool) -> None:
    near = post - gap
    assume(abs(own - post) > 20_000)
    s = str(own)
    written = f"{s[:3]} {s[3:5]} {s[5:]}" if grouped else s
    body = f"Post {near}\nLina i Bergen. Tlf: {written}"
    ex = extract_ad(body=body, url=f"https://forum.example/p/{post}", site_country="NO", ad_key=str(post))
    assert phones(ex) == [f"+47{own}"]
