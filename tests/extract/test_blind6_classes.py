"""The classes of what is not a contact, e-mails and cities that the sixth corpus (benchmarks/blind6, issue 14
session 28) showed, as golden cases in the languages they concern: a hotel's reception line, a site's own line
first printed at a redesign (in the stream and in the store), a foreign country-code domain a site moved to, hex
and base-36 ids in URLs, a compact date between a forum's middle dots, e-mails with a host split by a blank and
the at- and dot-words of the four languages, and the city spellings "aa" for "å", consonant abbreviations and
addresses. Synthetic text only, in other words, names and numbers than the corpus."""

from __future__ import annotations

import json
import random
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from kartlegg.collect.adfile import parse_record
from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import SiteStats, judge_window
from kartlegg.extract.places import canonical_city
from kartlegg.store import furniture as furniture_store
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings, run_cli
from tests.link.market import incoming


def phones(body: str, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, **kw).values("phone"))


def emails(body: str, **kw: str) -> list[str]:
    return sorted(extract_ad(body=body, **kw).values("email"))


def _mobiles(rng: random.Random, n: int, cc: str, first: str, digits: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        p = f"+{cc}{first}{rng.randint(10 ** (digits - 1), 10**digits - 1)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(p)) and p not in out:
            out.append(p)
    return out


# --- 1. a hotel's reception line is a third party's -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        ("Incall på rummet. Ring mig 0739 21 48 51\nBerghotellet (receptionen 08-612 40 90)", {"site_country": "SE"},
         ["+46739214851"]),
        ("Ring meg 412 57 386\nFjellstua Gjestehus, resepsjon: 73 52 18 40", {"site_country": "NO"}, ["+4741257386"]),
        ("Sms 28 17 64 03\nHavnehotellets reception 33 14 52 08", {"site_country": "DK"}, ["+4528176403"]),
        ("Text me +44 7700 900461. Staying at Harbour Inn (front desk +46 8 612 40 90)", {"site_country": "SE"},
         ["+447700900461"]),
        ("Call 073-921 48 51, room 214\nRiverside Lodge – reception 031-711 20 40", {"site_country": "SE"},
         ["+46739214851"]),
    ],
)  # fmt: skip
def test_a_hotels_reception_number_is_no_contact(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # an instruction to the client: the reception is how to book her
        ("Ring receptionen og fråga efter Mona: 08-612 40 90", {"site_country": "SE"}, ["+4686124090"]),
        ("Ring resepsjonen på hotellet og spør etter Kim: 73 52 18 40", {"site_country": "NO"}, ["+4773521840"]),
        # an agency's own desk, no lodging named
        ("Reception 33 14 52 08 · Booking hele døgnet", {"site_country": "DK"}, ["+4533145208"]),
        # a contact cue before the hotel's desk or name: her way to be booked
        # (a mobile: behind "boka via" a landline at the hotel's desk is the hotel's switchboard, session 30)
        ("Boka via hotellets reception: 0739 21 48 51", {"site_country": "SE"}, ["+46739214851"]),
        ("Ring Hotel Fjordgløtt: 73 52 18 40", {"site_country": "NO"}, ["+4773521840"]),
        # her mobile right after the hotel's name
        ("Hotel Fjordgløtt: 412 57 386", {"site_country": "NO"}, ["+4741257386"]),
    ],
)
def test_a_booking_line_through_a_reception_stays_a_contact(body: str, kw: dict[str, str], expected: list[str]) -> None:
    assert phones(body, **kw) == expected


def test_a_landline_right_after_a_hotels_name_is_the_hotels() -> None:
    assert phones("Sms 412 57 386. Bor på Sjøhotellet: 73 52 18 40", site_country="NO") == ["+4741257386"]


# --- 2. a site's own line first printed at its redesign ---------------------------------------------------------


def _redesigned_site(n: int, change: int, seed: int) -> tuple[list[dict[str, str]], set[str], str]:
    """A Danish directory's ads, each with its person's mobile; from ad ``change`` on its new footer prints the
    site's own number behind a contact label on every ad ("Ring os på": a contact label, so no rule for quiet
    footers learns it)."""
    rng = random.Random(seed)
    persons = _mobiles(rng, 80, "45", "2", 7)
    line = "+4533145208"
    ads = []
    for i in range(n):
        p = rng.choice(persons)[3:]
        body = f"Sød pige, ring {p[:4]} {p[4:]}\nAnnonce {rng.randint(100_000, 999_999)}"
        if i >= change:
            body += "\nRing os på 33 14 52 08"
        ads.append({"id": f"d{i}", "site": "lysside.dk", "title": "Ny her", "body": body})
    return ads, {f"+45{p[3:]}" for p in persons}, line


def test_a_line_new_in_the_template_is_the_sites_from_the_window_it_appears_in() -> None:
    """Counted window by window as `kartlegg extract` does, the new footer's number is the site's own from the first
    window that holds it on, long before it is on a third of all the site's ads."""
    ads, persons, line = _redesigned_site(600, 450, 28)
    stats: dict[str, SiteStats] = {}
    read: list[list[str]] = []
    for w in range(0, len(ads), 150):
        window = []
        for a in ads[w : w + 150]:
            fields = {"title": a["title"], "body": a["body"], "url": ""}
            ex = extract_ad(title=a["title"], body=a["body"], site=a["site"], ad_key=a["id"], judge_furniture=False)
            window.append((a["id"], a["site"], fields, ex))
        judge_window(window, stats, True)
        read.extend(ex.values("phone") for _k, _s, _f, ex in window)
    assert all(line not in got for got in read)
    assert all(set(got) <= persons and len(got) == 1 for got in read)
    model = stats["lysside.dk"].model()
    assert line in model.lines and model.fresh[line] == 150


def test_a_controllers_mobile_on_half_of_the_newest_ads_is_no_line() -> None:
    """An agency that began to post lately, on every second ad since: it stays a contact."""
    rng = random.Random(29)
    persons = _mobiles(rng, 60, "47", "9", 7)
    stats = SiteStats("s")
    for i in range(300):
        body = f"Hei, ring meg {rng.choice(persons)}"
        if i >= 150 and i % 2 == 0:
            body += "\nBestill via oss: 41 22 90 31"
        stats.add(f"k{i}", extract_ad(body=body, site_country="NO", ad_key=f"k{i}"), {"body": body})
    assert "+4741229031" not in stats.model().lines


def test_extract_cli_reads_a_redesigned_sites_new_line_as_furniture(tmp_path: Path) -> None:
    ads, persons, line = _redesigned_site(400, 300, 30)
    stdin = "".join(json.dumps(a) + "\n" for a in ads).encode()
    res = run_cli("extract", "--window", "100", home=tmp_path, stdin=stdin)
    assert res.returncode == 0, res.stderr
    rows = [json.loads(x) for x in res.stdout.decode().splitlines()]
    assert len(rows) == 400
    assert all(line not in r["phones"] for r in rows)
    assert all(set(r["phones"]) <= persons and len(r["phones"]) == 1 for r in rows)


def test_the_store_learns_a_redesigned_sites_new_line_before_its_next_growth(tmp_path: Path) -> None:
    """A day of a site's ads whose new footer prints its own number: the stored model is learned again that day
    (the site has not grown by a fifth), the number is furniture, kept as evidence, and `sites show` says it is
    new in the template."""
    ads, persons, line = _redesigned_site(340, 300, 31)
    home = tmp_path / "home"
    for n, part in enumerate((ads[:300], ads[300:])):
        dump = tmp_path / f"day{n}.jsonl"
        dump.write_text("".join(json.dumps(a) + "\n" for a in part))
        assert run_cli("ingest", str(dump), home=home).returncode == 0
        r = run_cli("analyze", home=home)
        assert r.returncode == 0, r.stderr.decode()
    store = open_store(make_settings(home))
    try:
        with store.connect() as conn:
            kinds = {
                (str(k), str(v))
                for k, v in conn.execute(
                    text(
                        "SELECT DISTINCT s.kind, s.value FROM selectors s "
                        "JOIN ad_selectors x ON x.selector_id = s.id WHERE s.kind IN ('phone', 'furniture')"
                    )
                )
            }
            model = json.loads(conn.execute(text("SELECT model FROM site_furniture")).scalar_one())
    finally:
        store.close()
    assert ("furniture", line) in kinds and ("phone", line) not in kinds
    assert {v for k, v in kinds if k == "phone"} <= persons
    assert line in model["lines"] and model["fresh"][line] == 40
    shown = run_cli("sites", "show", "lysside.dk", home=home)
    assert shown.returncode == 0, shown.stderr.decode()
    page = shown.stdout.decode()
    assert line in page and "new" in page and "40 ads" in " ".join(page.replace("│", " ").split())


# --- 3. a foreign country-code domain a site moved to -----------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "city", "expected"),
    [
        ("https://rosenatt.cx/girl/812", "Stockholm", ["+46739214851"]),
        ("https://rosenatt.ws/p/812", "Göteborg", ["+46739214851"]),
        ("https://lysnatt.se/p/812", "Oslo", ["+46739214851"]),  # a market country's domain still leads
    ],
)
def test_a_foreign_domain_a_site_moved_to_leaves_the_country_to_the_city(
    url: str, city: str, expected: list[str]
) -> None:
    assert phones("Call or text 073 921 48 51", url=url, city=city, site=url.split("/")[2]) == expected


# --- 4. ids and dates -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://natt.example.se/visa.php?a=5512&sid=7c41938370e1",
        "https://natt.example.se/visa.php?a=5512&session=41257386ab9d",
        "https://natt.example.no/p/k3x41257386z2",
    ],
)
def test_digits_inside_a_hex_or_base36_id_of_the_url_are_no_phone(url: str) -> None:
    assert phones("Hei!", url=url, site_country="NO") == []


def test_a_name_glued_to_her_number_in_the_url_is_still_read() -> None:
    assert phones("Hei!", url="https://natt.example.no/oslo/mona41257386", site_country="NO") == ["+4741257386"]


@pytest.mark.parametrize(
    "body",
    ["Tråd om Mona\n#241 · 260517 · ♥ 19", "Re: Kim\nInlägg #77 · 251130 · 👍 45\nBra!", "#8 · 270102 · 31 svar"],
)
def test_a_compact_date_between_middle_dots_is_no_phone(body: str) -> None:
    assert phones(body, site_country="DK") == []


@settings(max_examples=60, deadline=None)
@given(
    yy=st.integers(20, 29),
    mm=st.integers(1, 12),
    dd=st.integers(1, 28),
    before=st.integers(1, 999),
    after=st.integers(0, 99),
)
def test_no_run_joins_a_yymmdd_date_with_the_fields_beside_it(
    yy: int, mm: int, dd: int, before: int, after: int
) -> None:
    """Whatever the counter before and the count after, a forum header's date field is never read into a number."""
    body = f"#{before} · {yy:02d}{mm:02d}{dd:02d} · 👍 {after}"
    assert phones(body, site_country="DK") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Depositum til konto 5659 4526531185. Sms 28 17 64 03", ["+4528176403"]),
        ("Forudbetaling: kontonr. 9570 2261408812\nRing 28176403", ["+4528176403"]),
        ("Annonce 2024 28176403", ["+4528176403"]),  # a year after another id label: her number may follow
    ],
)
def test_a_danish_account_after_its_register_number_is_no_phone(body: str, expected: list[str]) -> None:
    assert phones(body, site_country="DK") == expected


# --- 6. e-mails -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mail: vera.nord@proto nmail.com", ["vera.nord@protonmail.com"]),
        ("Skriv: kim_77@hot mail.se tack", ["kim_77@hotmail.se"]),
        ("E-post: lina@icl oud.com", ["lina@icloud.com"]),
        ("Mejl sara.x@te lia.com", ["sara.x@telia.com"]),
        ("E-mail: mona -at- gmail.com", ["mona@gmail.com"]),
        ("Contact: jo.ann_at_yahoo dot com", ["jo.ann@yahoo.com"]),
        ("Mejla: tova91 (snabel-a) outlook pkt se", ["tova91@outlook.se"]),
        ("Mail: karen grisehale live prik dk", ["karen@live.dk"]),
        ("Skriv til ida.s at-tegn gmail punktum com", ["ida.s@gmail.com"]),
        ("Epost: nora krøll-alfa online.no", ["nora@online.no"]),
        # blind5's: an "at" word glued to the local part and the provider, and "alfa" alone
        ("Mail me jonna.7ATgmail(dot)se", ["jonna.7@gmail.se"]),
        ("Skriv til idunnkrøllalfahotmail[punkt]no", ["idunn@hotmail.no"]),
        ("E-post: mirasnabel-aicloud(dot)com", ["mira@icloud.com"]),
        ("Mail: vibekeatlive.dk", ["vibeke@live.dk"]),
        ("Skriv på hanne.b alfa yahoo prik dk", ["hanne.b@yahoo.dk"]),
    ],
)
def test_e_mail_spellings_of_blind6(body: str, expected: list[str]) -> None:
    assert emails(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Bor på hotellet, kom @ 21 i kveld. Hilsen from mail.com",
        "Se state-at-the-art massasje",
        "Møt meg @ hote llet.com",  # the two pieces join to no mail provider
        "Snap @lisa mail.com",
        "Se mer på chatlive.se og flatlive.no",  # a web address, no e-mail cue
        "Alfa Romeo på gmail.com",
    ],
)
def test_no_e_mail_where_none_is_written(body: str) -> None:
    assert emails(body) == []


# --- 7. cities --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("umeaa", "Umeå"),
        ("Vilhelmina", None),
        ("vasteraas", "Västerås"),
        ("Stvg", "Stavanger"),
        ("Sthlm", "Stockholm"),
        ("TRD", "Trondheim"),
        ("Kongens gate 4, 7011 Tr.heim", "Trondheim"),
        ("Vesterbrogade 12, 5000 Odense C", "Odense"),
        ("Forum » Danmark » Ålborg", "Aalborg"),
        ("Malmo, Sweden", "Malmö"),
    ],
)
def test_city_spellings_of_blind6(field: str, expected: str | None) -> None:
    assert canonical_city(field) == expected


def test_the_versions_a_site_is_compared_with_are_cut_at_the_run(store: Store) -> None:
    """`sample_versions` with `after_seq` gives the versions a run extracts, with `before_seq` the ones before them,
    newest first, on both backends (the store's redesign check reads both)."""
    ads, _persons, _line = _redesigned_site(30, 20, 32)
    ingest_items(store, incoming([parse_record(a) for a in ads]), IngestResult())
    with store.connect() as conn:
        every = furniture_store.sample_versions(conn, "lysside.dk", 100)
        cut = every[10].seq
        after = furniture_store.sample_versions(conn, "lysside.dk", 100, after_seq=cut)
        before = furniture_store.sample_versions(conn, "lysside.dk", 5, before_seq=cut)
    assert [v.seq for v in every] == sorted((v.seq for v in every), reverse=True) and len(every) == 30
    assert [v.seq for v in after] == [v.seq for v in every[:10]]
    assert [v.seq for v in before] == [v.seq for v in every[10:15]]
