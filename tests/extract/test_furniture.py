"""Site furniture: an ad's own number, a site's codes and lines are never read as the person's contacts."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter

import phonenumbers
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import (
    SiteFurniture,
    SiteStats,
    digits_of,
    judge,
    judge_window,
    lexicon,
    most_common,
    url_numbers,
)
from kartlegg.extract.matches import Extraction

PERSON = "412 34 567"  # +47 41234567, the person's own number in every case below
PERSON_E164 = "+4741234567"


def phones(ex: Extraction) -> list[str]:
    return ex.values("phone")


def furniture(ex: Extraction) -> dict[str, str]:
    return {m.value: str(m.detail["reason"]) for m in ex.matches if m.kind == "furniture"}


# Golden cases: the footer or header label a site prints before the ad's own number, in each language.
LABELLED = [
    ("no", "Annonse-ID: 55855429"),
    ("no", "Annonsenummer 55855429"),
    ("no", "Finn-kode: 55855429"),
    ("sv", "Annons-ID 46530777"),
    ("sv", "Annonsnr: 46530777"),
    ("sv", "Referens: 46530777"),
    ("da", "Annonce nr. 99713582"),
    ("da", "Annoncenummer: 99713582"),
    ("da", "Sagsnr. 99713582"),
    ("en", "Ad #31356833"),
    ("en", "Ref. 31356833"),
    ("en", "Listing ID: 31356833"),
]


@pytest.mark.parametrize(("lang", "footer"), LABELLED)
def test_labelled_ids_are_furniture(lang: str, footer: str) -> None:
    body = f"Hei, ring meg på {PERSON} i kveld.\n{footer}"
    ex = extract_ad(body=body, site_country="NO")
    assert phones(ex) == [PERSON_E164], (lang, footer)
    # kept as evidence of its own kind, unless the phone reader already saw it as an id ("ID: ...")
    assert set(furniture(ex).values()) <= {"id-label"}


SITE_LINES = [
    "Kundeservice: 22 86 40 00",
    "Kundtjänst 08-123 456 78",
    "Omstilling: 33 12 34 56",
    "Customer service +47 22 86 40 00",
]


@pytest.mark.parametrize("line", SITE_LINES)
def test_site_lines_are_furniture(line: str) -> None:
    ex = extract_ad(body=f"Ring meg: {PERSON}\n{line}", site_country="NO")
    assert phones(ex) == [PERSON_E164]
    assert set(furniture(ex).values()) == {"site-line"}


def test_a_contact_label_is_not_an_id_label() -> None:
    ex = extract_ad(body=f"Tlf: {PERSON}\nTelefonnummer: 987 65 432", site_country="NO")
    assert phones(ex) == [PERSON_E164, "+4798765432"]
    assert not furniture(ex)


@pytest.mark.parametrize(
    ("url", "ids"),
    [
        ("https://annonser.example.no/annons/68556572-ny-i-byen", ["68556572"]),
        ("https://example.dk/annonce.php?id=99713582&page=2", ["99713582"]),
        ("http://kitchener.example.com/FemaleEscorts/available-now/31356833", ["31356833"]),
        ("https://example.se/escort/ny-tjej-i-stan-4471993.html", ["4471993"]),
        # a phone put first in the slug, beside a whole-segment id: only the id
        ("http://delhi.example.com/FemaleEscorts/919711508888-our-service/10721141", ["10721141"]),
        # written with separators, a phone is never in an id position
        ("http://reviews.example.com/ad/bronx/718-798-0527/1/219228", ["219228"]),
        # ids are never zero-padded phone numbers
        ("http://mumbai.example.com/FemaleEscorts/09833469860-mumbai-call", []),
    ],
)
def test_url_id_positions(url: str, ids: list[str]) -> None:
    assert [u.digits for u in url_numbers(url) if u.strong or u.slot.endswith("-close")] == ids


def test_the_ads_own_id_in_text_and_url_is_not_a_phone() -> None:
    ex = extract_ad(
        title="Ny i byen",
        body=f"Ring {PERSON}. Se også annonse 68556572 på nett.",
        url="https://annonser.example.no/annons/68556572-ny-i-byen",
        site_country="NO",
    )
    assert phones(ex) == [PERSON_E164]
    assert set(furniture(ex).values()) <= {"ad-id", "url-id", "id-label"}
    assert len(furniture(ex)) == 1


def test_the_ad_key_written_in_the_text_is_not_a_phone() -> None:
    ex = extract_ad(body=f"Ring {PERSON}\n55855429 | Oslo", site_country="NO", ad_key="55855429")
    assert phones(ex) == [PERSON_E164]
    assert furniture(ex) == {"+4755855429": "ad-id"}


def test_a_phone_in_a_url_slug_still_counts() -> None:
    ex = extract_ad(url="http://reviews.example.com/ad/columbia/803-829-6965/1/114010", region="US")
    assert phones(ex) == ["+18038296965"]


def test_the_sites_own_email_domain_is_furniture() -> None:
    ex = extract_ad(
        body="Skriv til anna.k@gmail.com\nSpørsmål? kundeservice@annonser-example.no",
        url="https://www.annonser-example.no/annonse/1234",
    )
    assert ex.values("email") == ["anna.k@gmail.com"]
    assert furniture(ex) == {"kundeservice@annonser-example.no": "site-email"}


def test_lexicon_has_all_four_languages() -> None:
    lx = lexicon()
    for table in (lx.id_labels, lx.site_line_labels, lx.contact_cues):
        assert {"en", "no", "sv", "da"} <= set(table)


# Property: a random id in a footer line or a URL path never becomes a phone, the ad's real number does.
FOOTERS = ["Annonse-ID: {id}", "Annons-ID {id}", "Annonce nr. {id}", "Ad #{id}", "Ref: {id}", "ID {id}"]
URLS = [
    "https://s.example.no/annonse/{id}",
    "https://s.example.se/annons/{id}-slug",
    "https://s.example.dk/a.php?id={id}",
]


@settings(max_examples=150, deadline=None)
@given(
    ad_id=st.integers(min_value=10_000_000, max_value=99_999_999),
    person=st.integers(min_value=40_000_000, max_value=49_999_999),
    footer=st.sampled_from(FOOTERS),
    url=st.sampled_from(URLS),
    where=st.sampled_from(["footer", "url", "both"]),
)
def test_random_ids_never_become_phones(ad_id: int, person: int, footer: str, url: str, where: str) -> None:
    p = str(person)
    assume(_valid_no(p) and ad_id != person)
    body = f"Hei! Ring meg på {p[:3]} {p[3:5]} {p[5:]} :)"
    if where in ("footer", "both"):
        body += "\n" + footer.format(id=ad_id)
    ex = extract_ad(body=body, url=url.format(id=ad_id) if where in ("url", "both") else None, site_country="NO")
    assert phones(ex) == [f"+47{p}"]


# Learning: a site of synthetic ads whose template varies in wording, position and language.
TEMPLATES = [
    # (footer with the ad's number, an unlabelled counter line, the site's own line)
    ("Objekt {id} · publisert {d}.03.2026", "Sett {n} ganger", "Sentralen 22 86 40 00"),
    ("{id} · lagt ut {d}.03.2026", "Visningar {n}", "Hjälp: 08 123 456 78"),
    ("Kode {id}", "Views {n}", "Office line 33 12 34 56"),
    ("{id}", "{n} views", "Helpline 33 12 34 56"),  # the ad's number alone on the last line
]
CONTACTS = ["Ring meg på {p}", "Tlf {p}", "SMS: {p}", "Call me {p}", "{p} ring før du kommer"]


def _valid_no(national: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse("+47" + national))


def _persons(rng: random.Random, n: int) -> list[str]:
    """Synthetic Norwegian mobile numbers (valid per phonenumbers, so every reading is unambiguous)."""
    out: list[str] = []
    while len(out) < n:
        p = f"4{rng.randint(1_000_000, 9_999_999)}"
        if _valid_no(p):
            out.append(p)
    return out


def _site(template: tuple[str, str, str], n_ads: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    persons = _persons(rng, n_ads // 5)
    ads = []
    for i in range(n_ads):
        p = rng.choice(persons)
        pf = f"{p[:3]} {p[3:5]} {p[5:]}"
        footer, counter, line = template
        lines = [
            rng.choice(["Ny i byen!", "Hei kjære.", "Diskret og søt."]),
            rng.choice(CONTACTS).format(p=pf),
            counter.format(n=rng.randint(10, 99999)),
            footer.format(id=rng.randint(10_000_000, 99_999_999), d=rng.randint(10, 28)),
            line,
        ]
        if footer == "{id}":
            lines.append(lines.pop(3))  # alone on its line: a footer is the last line
        elif rng.random() < 0.5:
            lines[2], lines[3] = lines[3], lines[2]
        ads.append((f"k{i}", "\n".join(lines), p))
    return ads


@pytest.mark.parametrize("template", TEMPLATES)
def test_learning_a_sites_template(template: tuple[str, str, str]) -> None:
    ads = _site(template, 300, seed=len(template[0]))
    stats = SiteStats("s")
    extracted = []
    for key, body, p in ads:
        ex = extract_ad(body=body, site_country="NO", ad_key=key)
        stats.add(key, ex, {"body": body})
        extracted.append((ex, body, p))
    model = stats.model()
    assert model.id_slots, "the footer slot is learned"
    wrong = lost = 0
    for ex, body, p in extracted:
        judge(ex, {"body": body}, model=model)
        got = phones(ex)
        wrong += sum(1 for g in got if g != f"+47{p}")
        lost += f"+47{p}" not in got
    assert wrong == 0
    assert lost == 0
    # the model is plain data: stored and read back, it judges the same way
    again = SiteFurniture.from_json(model.to_json())
    assert again.id_slots == model.id_slots and again.lines == model.lines


def test_a_controllers_number_on_some_ads_is_not_a_site_line() -> None:
    rng = random.Random(5)
    stats = SiteStats("s")
    for i in range(400):
        own = _persons(rng, 1)[0]
        # one number on 8 % of the ads, in varied sentences: a controller's booking line, not the site's
        contact = "Booking 912 34 567" if i % 12 == 0 else f"Ring {own}"
        body = f"{rng.choice(['Hei', 'Hallo', 'Ny her'])}. {contact}\nAnnonse {rng.randint(10**7, 10**8 - 1)}"
        stats.add(f"k{i}", extract_ad(body=body, site_country="NO", ad_key=f"k{i}"), {"body": body})
    assert "+4791234567" not in stats.model().lines


def test_analyst_corrections_apply() -> None:
    model = SiteFurniture("s", ads=100, lines=frozenset({"+4722864000"}))
    fixed = model.corrected({"contacts": ["+4722864000"], "id_labels": ["Objektkode"]})
    assert "+4722864000" not in fixed.lines
    ex = extract_ad(body=f"Ring {PERSON}\nObjektkode: 55855429\n22 86 40 00", site_country="NO", site_furniture=fixed)
    assert phones(ex) == [PERSON_E164, "+4722864000"]


def test_a_controllers_number_on_a_third_of_a_small_sites_ads_stays_a_contact() -> None:
    """Same words after it on every ad ("... Support: ..."), but a contact label before it: a controller."""
    rng = random.Random(8)
    stats = SiteStats("s")
    for i in range(40):
        own = _persons(rng, 1)[0]
        phone = "070-324 88 92" if i % 3 == 0 else f"{own[:3]} {own[3:5]} {own[5:]}"
        body = f"Jag heter Anna. Ring {phone}. Support: 08-914 98 93"
        stats.add(f"k{i}", extract_ad(body=body, site_country="SE", ad_key=f"k{i}"), {"body": body})
    model = stats.model()
    assert "+46703248892" not in model.lines
    assert not model.id_slots


@pytest.mark.parametrize("key", ["55855429", "annonse-55855429", "dk55855429"])
def test_the_number_in_an_ad_key_is_the_ads_own(key: str) -> None:
    ex = extract_ad(body=f"Ring {PERSON}\n55855429 | Oslo", site_country="NO", ad_key=key)
    assert phones(ex) == [PERSON_E164]


def test_a_key_with_several_numbers_names_none() -> None:
    ex = extract_ad(body=f"Ring {PERSON}\n55855429 | Oslo", site_country="NO", ad_key="2026-55855429")
    assert "+4755855429" in phones(ex)  # which run is the ad's number is not known: nothing is hidden


def test_a_learned_model_survives_pickling_for_the_extraction_workers() -> None:
    import pickle

    model = SiteFurniture(
        site="s",
        ads=40,
        id_slots=frozenset({"L:annonse id:"}),
        lines=frozenset({"+4799999999"}),
        counts={"L:annonse id:": 40},
        examples={"L:annonse id:": ["Annonse-ID: 12345678"]},
        extra_id_labels=frozenset({"ref"}),
        not_furniture=frozenset({"+4741234567"}),
    )
    assert pickle.loads(pickle.dumps(model)) == model


_URL_FORMS = ["/annons/{n}-slug", "/{n}", "/escort/anna-{n}.html", "/s/x?id={n}&p=2", "/slug-{n}", "/a/{n}/anna"]


@settings(max_examples=60, deadline=None)
@given(
    ads=st.lists(
        st.tuples(st.sampled_from(_URL_FORMS), st.integers(10_000, 99_999_999), st.booleans()), min_size=8, max_size=24
    ),
)
def test_url_numbers_passed_in_count_and_judge_as_the_url_read_again(ads: list[tuple[str, int, bool]]) -> None:
    """`kartlegg extract` reads each URL's id positions once and hands them to ``SiteStats.add`` and ``judge``:
    the site learned and every ad judged as when each reads the URL itself. Half the URLs carry one of a few
    persons' numbers (a slot whose values recur: the model's ``url_phone_slots``, which ``judge`` drops)."""
    pool = ["41234567", "92345678", "47654321"]
    learned, handed = SiteStats("s"), SiteStats("s")
    rows = []
    for i, (form, n, person) in enumerate(ads):
        url = "https://site.example" + form.format(n=pool[n % 3] if person else n)
        body = f"Ring meg {PERSON}\nAnnonse-ID: {n}"
        fields = {"title": "", "body": body, "url": url}
        ex = extract_ad(body=body, url=url, site_country="NO", judge_furniture=False)
        nums = url_numbers(url)
        learned.add(f"k{i}", ex, fields)
        handed.add(f"k{i}", ex, fields, nums)
        rows.append((f"k{i}", ex, fields, nums))
    model = learned.model()
    assert handed.model() == model
    for key, ex, fields, nums in rows:
        alone = judge(Extraction(list(ex.matches), ex.language), fields, ad_key=key, site="s", model=model)
        given_nums = Extraction(list(ex.matches), ex.language)
        judge(given_nums, fields, ad_key=key, site="s", model=model, url_nums=nums)
        assert given_nums.matches == alone.matches


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 +-()./:٣²０abc\n")), max_size=40))
def test_digits_of_is_the_ascii_digit_runs_joined(s: str) -> None:
    assert digits_of(s) == "".join(re.findall(r"[0-9]+", s))


@given(st.dictionaries(st.sampled_from(["L:tlf", "R:id #", "A:first line", "L:ref", "x"]), st.integers(1, 4)))
def test_most_common_is_counters_most_common(counts: dict[str, int]) -> None:
    """The site statistics count in plain dicts (compiled code updates them through primitives); ``most_common``
    must pick what ``Counter.most_common(1)`` picked, the first key in insertion order among equal counts (a
    site line's slot is read from it)."""
    top = Counter(counts).most_common(1)
    assert most_common(counts) == (top[0] if top else None)


@pytest.mark.parametrize("learn", [True, False])
def test_a_streams_window_is_learned_and_judged_as_site_by_site(learn: bool) -> None:
    """``judge_window`` (the stream's compiled loop) counts and judges a window of interleaved sites' ads as the
    stream did site by site: all of a site's ads of the window counted, then each judged with the model so far;
    the counts carry over to the next window."""
    from kartlegg.demo.market import iter_market_ads

    ads = list(itertools.islice(iter_market_ads(seed=3, n_persons=60, days=30), 600))
    assert len({ad["site"] for ad in ads}) > 2
    stats: dict[str, SiteStats] = {}
    by_hand: dict[str, SiteStats] = {}
    for window in (ads[:400], ads[400:]):
        held = []
        expected = []
        for ad in window:
            fields = {"title": ad["title"] or "", "body": ad["body"] or "", "url": ad.get("url") or ""}
            ex = extract_ad(
                title=ad["title"], body=ad["body"], url=ad.get("url"), site=ad["site"], judge_furniture=False
            )
            held.append((ad["id"], ad["site"], fields, ex))
            expected.append((ad["id"], ad["site"], fields, Extraction(list(ex.matches), ex.language)))
        judge_window(held, stats, learn)
        for site in dict.fromkeys(site for _key, site, _f, _ex in expected):
            mine = [(key, f, ex) for key, s, f, ex in expected if s == site]
            st = by_hand.setdefault(site, SiteStats(site))
            for key, f, ex in mine:
                st.add(key, ex, f)
            model = st.model() if learn else None
            for key, f, ex in mine:
                judge(ex, f, ad_key=key, site=site, model=model)
        assert [ex.matches for *_rest, ex in held] == [ex.matches for *_rest, ex in expected]
        assert {s: st.model() for s, st in stats.items()} == {s: st.model() for s, st in by_hand.items()}
    assert any(m.kind == "furniture" for *_rest, ex in held for m in ex.matches)


def _left_seg(text: str, start: int) -> str:
    return text[max(text.rfind("\n", 0, start) + 1, start - 40) : start]


def _right_seg(text: str, end: int) -> str:
    hi = text.find("\n", end)
    return text[end : min(len(text) if hi < 0 else hi, end + 30)]


_LABEL_WORDS = [
    "annonse",
    "id",
    "tlf",
    "ring",
    "meg",
    "ref",
    "nr",
    "kundeservice",
    "annons",
    "publisert",
    "sms",
    "på",
    "zorbid",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_LABEL_WORDS), st.sampled_from([" ", "  ", ":", "#", "\n", ". ", "·", "12", "-"])),
        max_size=14,
    ),
    st.lists(st.sampled_from([*_LABEL_WORDS, " ", ".", "\n", "7"]), max_size=8),
)
@example(["annonse", " ", "id", ": "], [" ", "publisert"])
@example(["ring", " ", "zorbid", ": "], [])
def test_the_slot_readers_memos_answer_as_the_readers_themselves(before: list[str], after: list[str]) -> None:
    """``left_key``, ``right_key``, ``label_kind`` and ``_contact_key`` keep their answers in plain dicts: asked
    once and again (the second answer from the memo), each equals the unmemoised reading of the same text,
    None included."""
    from kartlegg.extract import furniture as fu

    text = "".join(before) + "412 34 567" + "".join(after)
    start = len("".join(before))
    end = start + len("412 34 567")
    left = "".join(before).rstrip(" \t:#.=-–")
    for _ in range(2):
        # the same text read at two places each: the memo is by the text read, not by the field
        for a, b in ((start, end), (end, start)):
            assert fu.left_key(text, a) == fu._left_key_of(_left_seg(text, a))
            assert fu.right_key(text, b) == fu._right_key_of(_right_seg(text, b))
        assert fu.label_kind(left) == fu._label_kind(left, frozenset())
        assert fu.label_kind(left, frozenset({"zorbid"})) == fu._label_kind(left, frozenset({"zorbid"}))
        for key in fu._keys(text, start, end):
            body = key[2:]
            assert fu._contact_key(key) == (fu.has_contact_cue(body) and fu._label_kind(body, frozenset()) is None)


def test_the_slot_readers_memos_are_bounded() -> None:
    """Past ``_MEMO_MAX`` answers a memo starts afresh: a long stream of new labels cannot grow it without end."""
    from kartlegg.extract import furniture as fu

    for i in range(fu._MEMO_MAX + 10):
        seg = f"annonse {i} nr "
        assert fu.left_key(seg, len(seg)) == "annonse # nr"
        assert fu.right_key(" " + seg, 0) == "annonse #"
        assert len(fu._LEFT_KEYS) <= fu._MEMO_MAX and len(fu._RIGHT_KEYS) <= fu._MEMO_MAX


# Written as a contact (session 40: one check for the id-slot judge, the date readers and the slot counts): a
# contact label before the number in each language, a table's phone column, a country code; a site's own id label
# is none of these.
@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("Tlf: 412 34 567", True),  # no
        ("Ring meg på 412 34 567", True),  # no
        ("Ring mig 412 34 567", True),  # da, sv
        ("Mejl 412 34 567", True),  # sv
        ("Call me 412 34 567", True),  # en
        ("Annonse-ID: 41234567", False),  # no
        ("Annons-ID: 41234567", False),  # sv
        ("Annonce-ID: 41234567", False),  # da
        ("Ad ID: 41234567", False),  # en
        ("Visninger 41234567", False),  # no: a counter
    ],
)
def test_a_number_behind_a_contact_label_is_written_as_a_contact(text: str, contact: bool) -> None:
    from kartlegg.extract import furniture as fu

    start = next(i for i, c in enumerate(text) if c.isdigit())
    keys = fu._keys(text, start, len(text))
    assert fu.written_as_contact(keys) is contact
    # a phone column or a country code makes any number a contact, whatever its label
    assert fu.written_as_contact(keys, "phone") is True
    assert fu.written_as_contact(keys, None, "+47 " + text[start:]) is True
    assert fu.written_as_contact(keys, None, "(+45) " + text[start:]) is True
    # without ``raw`` a country code is not asked (a site's statistics count labels and columns only)
    assert fu.written_as_contact(keys, "price") is contact


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*_LABEL_WORDS, " ", ": ", "\n", "-"]), max_size=8),
    st.sampled_from([None, "phone", "price", "id"]),
    st.sampled_from(["412 34 567", "+47 412 34 567", "(+45) 20 26 04 11", " +4741234567", "0047 41234567"]),
)
def test_written_as_a_contact_is_the_three_old_checks_in_one(before: list[str], column: str | None, raw: str) -> None:
    """The one check answers as the three it replaced did together: a contact label on the number's slot
    (``_beside_contact``), a phone column, and with ``raw`` a "+" or "(+" written first."""
    from kartlegg.extract import furniture as fu

    text = "".join(before) + raw
    keys = fu._keys(text, len(text) - len(raw), len(text))
    by_label = fu._beside_contact(keys)
    s = raw.lstrip()
    coded = s.startswith("+") or s.startswith("(+")
    assert fu.written_as_contact(keys, column, raw) == (by_label or column == "phone" or coded)
    assert fu.written_as_contact(keys, column) == (by_label or column == "phone")
    assert fu.written_as_contact(keys) == by_label


# A URL's path: a year, a week and a page that every ad of an edition shares are no person's number, however the
# site's other ads repeat them; a person's number that recurs as a whole segment still is.
def _site_of(urls: list[str]) -> tuple[SiteFurniture, list[tuple[Extraction, dict[str, str]]]]:
    stats = SiteStats("s")
    rows = []
    for i, url in enumerate(urls):
        body = f"Ny i byen. Ring {PERSON}."
        fields = {"title": "", "body": body, "url": url}
        ex = extract_ad(body=body, url=url, site_country="NO", judge_furniture=False)
        stats.add(f"k{i}", ex, fields)
        rows.append((ex, fields))
    return stats.model(), rows


@settings(max_examples=30, deadline=None)
@given(
    year=st.integers(2019, 2030),
    weeks=st.lists(st.integers(1, 52), min_size=1, max_size=3),
    pages=st.lists(st.integers(1, 48), min_size=1, max_size=4),
)
def test_a_papers_year_week_and_page_in_its_url_are_never_a_phone(
    year: int, weeks: list[int], pages: list[int]
) -> None:
    urls = [
        f"https://epaper.example.no/{year}/{weeks[i % len(weeks)]}/side-{pages[i % len(pages)]}.pdf#{50_000 + i}"
        for i in range(30)
    ]
    model, rows = _site_of(urls)
    for ex, fields in rows:
        judged = judge(ex, fields, ad_key=fields["url"].rpartition("#")[2], site="s", model=model)
        assert phones(judged) == [PERSON_E164]


def test_a_number_that_recurs_as_a_whole_url_segment_stays_a_phone() -> None:
    """A directory whose profile address is the woman's number ("/escort/92345678"), on most of her ads: the
    position's values recur and are a phone's length, so a reading there is hers, not an id."""
    urls = [f"https://dir.example.no/escort/{('41234567', '92345678', '47654321')[i % 3]}" for i in range(30)]
    model, rows = _site_of(urls)
    assert model.url_phone_slots
    judged = judge(rows[1][0], rows[1][1], ad_key="k1", site="s", model=model)
    assert "+4792345678" in phones(judged)


@pytest.mark.parametrize(("country", "label"), [("NO", "E-post:"), ("SE", "Mejl:"), ("DK", "Mail:"), ("NO", "E-mail:")])
def test_a_womans_address_behind_a_mail_label_on_many_ads_is_no_site_line(country: str, label: str) -> None:
    """One woman's address on a seventh of a small site's ads, behind an e-mail label, beside every other ad's
    number: hers, not the site's (session 39: learned as the site's line, its free-mail domain then dropped every
    address at it on every site). The site's own address on every ad is still its line."""
    rng = random.Random(39)
    stats = SiteStats("s")
    for i in range(300):
        own = _persons(rng, 1)[0]
        mail = "stella_love2@postkassen.dk" if i % 7 == 0 else f"girl{i}@postkassen.dk"
        body = f"Hei, ring {own}.\n{label} {mail}\nKundeservice: hjelp@nattsiden.no"
        stats.add(f"k{i}", extract_ad(body=body, site_country=country, ad_key=f"k{i}"), {"body": body})
    model = stats.model()
    assert "stella_love2@postkassen.dk" not in model.lines
    assert "hjelp@nattsiden.no" in model.lines
