"""Dates and timestamps a page prints are not phones (issue 14, session 38): a web archive's capture date in the
title ("[20260411]") beside its 14-digit capture stamp in the URL, a compact date after a date word, next to a time or
alone in a bracket, are furniture; a number the ad gives as a contact (a contact cue, a tel: link, a country code)
still reads, even when it is shaped like a date. Synthetic text only; every number is invented."""

from __future__ import annotations

import datetime as dt

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kartlegg.extract import dates, extract_ad
from kartlegg.extract.lexicon import furniture_words
from kartlegg.extract.matches import Extraction


def phones(ex: Extraction) -> list[str]:
    return sorted(ex.values("phone"))


def reasons(ex: Extraction) -> dict[str, str]:
    return {m.value: str(m.detail["reason"]) for m in ex.matches if m.kind == "furniture" and m.field != "url"}


# Golden pages in the four languages: (region, url, title, body, her phones, the date read as furniture and why).
PAGES = [
    (  # no: a web archive's snapshot, the capture date in the title, the stamp in the URL and the toolbar
        "NO",
        "https://nettarkiv.example/web/20260411005726/https://kveldsro.example/profil/6212034",
        "Lena | kveldsro.example [20260411]",
        "NETTARKIV · 254 lagringer siden 2025-12-30\n◀ 20260319083822 | 20260411005726 ▶\n"
        "Lena, 27 · Oslo\nTlf: 41 23 45 67",
        {"+4741234567"},
        ("+4520260411", "timestamp"),
    ),
    (  # sv: the archive's other template, the stamp only in the URL
        "SE",
        "https://arkivspegel.example/20260305224511/https://mysmys.example/profil/3160782",
        "Elena | mysmys.example [20260305]",
        "Sparad från https://mysmys.example/profil/3160782\nElena, 24 · Göteborg\nRing: 070-123 45 67",
        {"+46701234567"},
        ("+4520260305", "timestamp"),
    ),
    (  # da: a compact date after a date word
        "DK",
        "https://forum.example/traad/4471",
        "Nye profiler i Aarhus",
        "Opdateret: 20260218\nMia, 25 · Aarhus\nRing: 28 52 81 71",
        {"+4528528171"},
        ("+4520260218", "date"),
    ),
    (  # en: a compact date next to a time of day
        "DK",
        "https://cache.example/view/771",
        "Cached copy",
        "20260227 14:22 · cached\nJana, 30 · Aalborg\nCall: 60 13 06 38",
        {"+4560130638"},
        ("+4520260227", "date"),
    ),
    (  # no: a compact date alone in a bracket, no stamp on the page
        "DK",
        "https://speil.example/side/55",
        "Siri – Odense (20260412)",
        "Siri, 22 · Odense\nSms: 31 79 29 50",
        {"+4531792950"},
        ("+4520260412", "date"),
    ),
    (  # en: a crawl's id, its start date and time, in the URL and after its label (session 43)
        "DK",
        "https://crawl.example/p/2954/crawl/20260105-1453/url/285568",
        "Crawl 20260105-1453 · Project 2954",
        "Nora, 29 · Aarhus\nCall me: 31 79 29 50",
        {"+4531792950"},
        ("+4520260105", "date"),
    ),
    (  # sv: a date word before a compact date
        "DK",
        "https://katalog.example/kort/918",
        "Kort 918",
        "Uppdaterad 20260109\nNora, 29 · Malmö\nTel: 0046 70 765 43 21",
        {"+46707654321"},
        ("+4520260109", "date"),
    ),
]


@pytest.mark.parametrize(("region", "url", "title", "body", "own", "printed"), PAGES)
def test_a_page_date_is_furniture_and_her_number_reads(
    region: str, url: str, title: str, body: str, own: set[str], printed: tuple[str, str]
) -> None:
    ex = extract_ad(title=title, body=body, url=url, region=region)
    assert set(phones(ex)) == own
    value, reason = printed
    assert reasons(ex).get(value) == reason


# A number the ad gives as a contact, shaped like a date: it reads in all four languages.
CONTACTS = [
    "Ring: 20260411",  # no / da / sv
    "Ring mig på 20 26 04 11",  # da
    "Tlf 20260411 efter kl. 18",  # no / da
    "Call me: 20260411",  # en
    "[20 26 04 11](tel:+4520260411)",
    "SMS 20260411 (helst)",
    "Ring meg: 20260411 · svarer raskt",  # no
    "Nås på +45 20 26 04 11",  # sv
    "Anja [20 26 04 11]",  # in a bracket, but written in groups as a phone is
]


@pytest.mark.parametrize("line", CONTACTS)
def test_a_date_shaped_number_given_as_a_contact_reads(line: str) -> None:
    # on an archive page whose capture stamp holds the very same date
    url = "https://nettarkiv.example/web/20260411005726/https://natlys.example/profil/77"
    ex = extract_ad(title="Anja | natlys.example [20260411]", body=f"Anja, 24 · Aarhus\n{line}", url=url, region="DK")
    assert "+4520260411" in phones(ex)


def test_the_date_words_are_given_in_four_languages() -> None:
    words = furniture_words().date_words
    assert {"en", "no", "sv", "da"} <= set(words)
    assert all(words[lang] for lang in ("en", "no", "sv", "da"))


@pytest.mark.parametrize(
    ("digits", "date"),
    [
        ("20260411", True),  # YYYYMMDD
        ("11042026", True),  # DDMMYYYY
        ("260411", True),  # YYMMDD
        ("20261311", False),  # no 13th month
        ("20260431", False),  # no 31 April
        ("41234567", False),
        ("2026041", False),
    ],
)
def test_compact_date(digits: str, date: bool) -> None:
    assert dates.compact_date(digits) is date


def test_timestamp_and_its_parts() -> None:
    assert dates.timestamp("20260411005726")
    assert dates.timestamp("202604110057")
    assert not dates.timestamp("20260411245726")  # no 24th hour
    assert not dates.timestamp("45201234567890")
    assert dates.stamps(["x /20260411005726/ y", "◀ 20260319083822 · 20260411005726"]) == [
        "20260411005726",
        "20260319083822",
    ]
    assert dates.stamp_part("20260411", ["20260411005726"])
    assert dates.stamp_part("04110057", ["20260411005726"])  # an aligned part
    assert not dates.stamp_part("02604110", ["20260411005726"])  # not aligned
    assert not dates.stamp_part("20260411005726", ["20260411005726"])  # the whole run is no part


_DAYS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))
_TIMES = st.times()


@settings(max_examples=60, deadline=None)
@given(day=_DAYS, at=_TIMES, prev=_DAYS, region=st.sampled_from(["DK", "NO", "SE"]))
def test_an_archive_pages_capture_date_never_reads_as_a_phone(
    day: dt.date, at: dt.time, prev: dt.date, region: str
) -> None:
    stamp = day.strftime("%Y%m%d") + at.strftime("%H%M%S")
    before = prev.strftime("%Y%m%d") + "083822"
    ex = extract_ad(
        title=f"Rosa | kveldsro.example [{day.strftime('%Y%m%d')}]",
        body=f"ARKIV · 12 captures\n◀ {before} · {stamp}\nRosa, 31 · Oslo\nTlf: 41 23 45 67",
        url=f"https://arkiv.example/web/{stamp}/https://kveldsro.example/profil/88",
        region=region,
    )
    assert phones(ex) == ["+4741234567"]


@settings(max_examples=60, deadline=None)
@given(day=_DAYS, where=st.sampled_from(["[{}]", "({})", "Oppdatert {}", "Sparad: {}", "Gemt {}", "{} 14:22"]))
def test_a_compact_date_where_a_date_belongs_never_reads_as_a_phone(day: dt.date, where: str) -> None:
    text = where.format(day.strftime("%Y%m%d"))
    ex = extract_ad(title=f"Mira – Aarhus {text}", body="Mira, 26 · Aarhus\nRing: 28 52 81 71", region="DK")
    assert phones(ex) == ["+4528528171"]


@settings(max_examples=80, deadline=None)
@given(
    national=st.one_of(
        st.from_regex(r"\A[2-9][0-9]{7}\Z"),
        _DAYS.map(lambda d: d.strftime("%Y%m%d")),  # a real number shaped like a date: "20 26 04 11"
    ),
    day=_DAYS,
    cue=st.sampled_from(["Ring: ", "Tlf. ", "Ring mig på ", "Call me: ", "SMS ", "Tel: +45 "]),
)
def test_a_real_danish_number_after_a_contact_cue_still_reads(national: str, day: dt.date, cue: str) -> None:
    e164 = "+45" + national
    assume(phonenumbers.is_valid_number(phonenumbers.parse(e164)))
    stamp = day.strftime("%Y%m%d") + "005726"
    ex = extract_ad(
        title=f"Nora | natlys.example [{day.strftime('%Y%m%d')}]",
        body=f"Nora, 23 · Odense\n{cue}{national}",
        url=f"https://arkiv.example/web/{stamp}/https://natlys.example/profil/12",
        region="DK",
    )
    assert e164 in phones(ex)


def test_a_sites_date_slot_is_learned_from_its_ads() -> None:
    """A slot the site fills with dates on every ad ("Lena – Oslo – 20260411" in its titles: no bracket, no date word,
    no stamp) is learned as the site's date slot; the dates recur across unrelated women's ads (every page captured
    that day), so it is no id slot. Her number still reads, and the model survives storing and pickling."""
    import pickle
    import random

    from kartlegg.extract.furniture import SiteFurniture, SiteStats, judge

    rng = random.Random(38)
    start = dt.date(2026, 1, 5)
    stats = SiteStats("arkiv")
    ads = []
    for i in range(200):
        day = (start + dt.timedelta(days=rng.randint(0, 40))).strftime("%Y%m%d")
        own = f"{rng.choice('2345')}{rng.randint(1_000_000, 9_999_999)}"
        if not phonenumbers.is_valid_number(phonenumbers.parse("+45" + own)):
            continue
        title = f"{rng.choice(['Lena', 'Mia', 'Sara', 'Nora'])} – {rng.choice(['Aarhus', 'Odense'])} – {day}"
        body = f"{rng.choice(['Hej!', 'Ny i byen.', 'Diskret.'])}\nRing: {own[:2]} {own[2:4]} {own[4:6]} {own[6:]}"
        fields = {"title": title, "body": body}
        ex = extract_ad(title=title, body=body, region="DK", ad_key=f"k{i}", judge_furniture=False)
        stats.add(f"k{i}", ex, fields)
        ads.append((ex, fields, "+45" + own, "+45" + day))
    model = stats.model()
    assert model.date_slots and not model.id_slots
    again = SiteFurniture.from_json(model.to_json())
    assert again.date_slots == model.date_slots
    assert pickle.loads(pickle.dumps(model)) == model
    for ex, fields, own_e164, date_e164 in ads:
        judge(ex, fields, model=model)
        assert own_e164 in phones(ex)
        assert date_e164 not in phones(ex)
        assert reasons(ex).get(date_e164) == "date"


@pytest.mark.parametrize(
    ("digits", "day"),
    [("20260411", 20260411), ("11042026", 20260411), ("260411", 20260411), ("41234567", 0)],
)
def test_day_of(digits: str, day: int) -> None:
    assert dates.day_of(digits) == day


@pytest.mark.parametrize(
    "keys", [("ci", "co"), ("checkin", "checkout"), ("from", "to"), ("in", "ut"), ("ankomst", "afrejse")]
)
def test_a_booking_sites_query_dates_never_read_as_phones(keys: tuple[str, str]) -> None:
    """A booking page carries its dates as query values beside the listing's id (``/l/51009061-tessa?ci=20260228&
    co=20260303``). Learned over the site's ads, the query slots hold valid numbers that differ ad to ad (as a slug's
    phone would), and beside the ad's own id a second number reads as a word of the slug: without the query rule
    every stay's dates were phones, shared by the women booked on the same days. Her number in the text reads."""
    import random

    from kartlegg.extract.furniture import SiteStats, judge

    rng = random.Random(38)
    stats = SiteStats("stay")
    ads = []
    for i in range(200):
        check_in = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 60))
        out = check_in + dt.timedelta(days=rng.randint(1, 5))
        listing = str(rng.randint(51_000_000, 51_999_999))
        own = f"{rng.choice('2345')}{rng.randint(1_000_000, 9_999_999)}"
        if not phonenumbers.is_valid_number(phonenumbers.parse("+45" + own)):
            continue
        url = f"https://stay.example/l/{listing}-tessa?{keys[0]}={check_in:%Y%m%d}&{keys[1]}={out:%Y%m%d}&adults=1"
        body = f"Host Tessa\nRing: {own[:2]} {own[2:4]} {own[4:6]} {own[6:]}"
        fields = {"title": "Tessa · København", "body": body, "url": url}
        ex = extract_ad(title=fields["title"], body=body, url=url, region="DK", ad_key=listing, judge_furniture=False)
        stats.add(listing, ex, fields)
        ads.append((ex, fields, listing, "+45" + own))
    model = stats.model()
    for ex, fields, listing, own_e164 in ads:
        judge(ex, fields, ad_key=listing, model=model)
        assert phones(ex) == [own_e164], fields["url"]


@pytest.mark.parametrize("key", ["tel", "phone", "mobil", "telefon"])
def test_a_number_the_url_gives_as_a_contact_query_value_still_reads(key: str) -> None:
    """ "?tel=20260411" names a contact route: the number is hers, however like a date it looks."""
    ex = extract_ad(
        title="Nora · Odense",
        body="Nora, 23",
        url=f"https://x.example/p/77123456-nora?{key}=20260411",
        ad_key="77123456",
    )
    assert "+4520260411" in phones(ex)


# --- session 39: the ad's own date, and a URL's date places -------------------------------------------------------


@pytest.mark.parametrize(
    ("digits", "ad_day", "near"),
    [
        ("20260411", 20260412, True),  # the page's capture, a day before the ad was fetched
        ("20240105", 20260412, True),  # an update two years before: within NEAR_MONTHS
        ("20150612", 20260412, False),  # "20 15 06 12", a Danish number shaped like a date of another decade
        ("20150612", 0, True),  # no ad date known: any compact date is one
        ("11042026", 20260412, True),  # DDMMYYYY
        ("110426", 20260412, True),  # DDMMYY, read either way
        ("260411", 20260412, True),  # YYMMDD
        ("41234567", 20260412, False),  # no date at all
    ],
)
def test_a_compact_date_is_near_the_ads_own(digits: str, ad_day: int, near: bool) -> None:
    assert dates.near(digits, ad_day) is near


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2026-01-01T00:36:51Z", 20260101),
        ("2026-09-20T00:28:54+00:00", 20260920),
        ("2026-02-28", 20260228),
        ("2026-13-01", 0),
        ("20260101T003651Z", 0),  # ``extract_fields`` writes such a date out before it reaches extraction
        ("", 0),
        (None, 0),
    ],
)
def test_day_number(stamp: str | None, day: int) -> None:
    assert dates.day_number(stamp) == day


# A date word or a bracket, in the four languages, before a compact date: (region, title, body, her number, the
# date-shaped number, the ad's date).
FAR_AND_NEAR = [
    ("NO", "Lena | kveldsro.example [{}]", "Lena, 27 · Oslo\nTlf: 41 23 45 67", "+4741234567"),
    ("SE", "Elena · Göteborg", "Sparad: {}\nElena, 24\nRing: 070-123 45 67", "+46701234567"),
    ("DK", "Nye profiler i Aarhus", "Opdateret: {}\nMia, 25 · Aarhus\nRing: 28 52 81 71", "+4528528171"),
    ("DK", "Cached copy ({})", "Jana, 30 · Aalborg\nCall: 60 13 06 38", "+4560130638"),
]


@pytest.mark.parametrize(("region", "title", "body", "own"), FAR_AND_NEAR)
def test_a_date_far_from_the_ads_own_is_no_page_date(region: str, title: str, body: str, own: str) -> None:
    """The page's date lies near the ad's date: "20260411" on an ad posted 2026-04-12 is furniture; "20150612", eleven
    years off, is a Danish number shaped like a date, read as a phone. Without the ad's date both are dates."""
    for printed, posted, is_date in [
        ("20260411", "2026-04-12T10:00:00Z", True),
        ("20150612", "2026-04-12T10:00:00Z", False),
        ("20150612", None, True),
    ]:
        ex = extract_ad(title=title.format(printed), body=body.format(printed), region=region, posted=posted)
        assert own in phones(ex)
        assert ("+45" + printed in phones(ex)) is not is_date, (printed, posted)
        assert (reasons(ex).get("+45" + printed) == "date") is is_date


@settings(max_examples=60, deadline=None)
@given(day=_DAYS, ad=_DAYS, where=st.sampled_from(["[{}]", "({})", "Oppdatert {}", "Sparad: {}", "Gemt {}"]))
def test_a_compact_date_is_a_page_date_only_near_the_ads_own(day: dt.date, ad: dt.date, where: str) -> None:
    """Wherever a date belongs, a compact date is furniture when within NEAR_MONTHS of the ad's date, and a phone
    (when it is a valid number) when farther."""
    printed = day.strftime("%Y%m%d")
    assume(phonenumbers.is_valid_number(phonenumbers.parse("+45" + printed)))
    months = abs((day.year * 12 + day.month) - (ad.year * 12 + ad.month))
    ex = extract_ad(
        title="Nora · Odense", body=where.format(printed) + "\nRing: 28 52 81 71", region="DK", posted=ad.isoformat()
    )
    assert ("+45" + printed in phones(ex)) is (months > dates.NEAR_MONTHS)
    assert "+4528528171" in phones(ex)


def _contact(key: str) -> bool:
    return key in ("tel", "phone")


@pytest.mark.parametrize(
    ("url", "place"),
    [
        ("https://stay.example/l/51009061-tessa?ci=20260228&co=20260303", True),  # a query value
        ("https://stay.example/l/51009061-tessa?from=20260228#top", True),
        ("https://x.example/p/77123456-nora?tel=20260228", False),  # a key naming a contact route
        ("https://arkiv.example/web/20260228/lena", True),  # a whole path segment, a full date
        ("https://arkiv.example/logg/20260228?side=2", True),
        ("https://x.example/profil/260228/lena", False),  # six digits in a path: an id as often as a date
        ("https://x.example/profil/20260228-lena", False),  # in a slug
        ("https://x.example/p?id=5&x=a20260228", False),  # glued to letters
        ("https://x.example/p#/20260228", False),  # after the path
        ("https://crawl.example/p/29/crawl/20260228-1453/url/2855", True),  # a date and its time: one stamp
        ("https://backup.example/snap/20260228T145300", True),
        ("https://x.example/logg/20260228_0930?side=2", True),
        ("https://x.example/logg/20260228-9930/", False),  # no time of day after the date
        ("https://x.example/logg/20260228-14530/", False),  # five digits: no hhmm nor hhmmss
        ("https://x.example/logg/20260228-1453x/", False),  # glued to letters
    ],
)
def test_a_urls_date_places(url: str, place: bool) -> None:
    at = url.index("260228") - (2 if url[url.index("260228") - 2 : url.index("260228")] == "20" else 0)
    end = url.index("260228") + 6
    assert dates.url_date_place(url, at, end, _contact) is place
