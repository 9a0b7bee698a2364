"""What is not a contact across sites (issue 14, session 30; the classes the eighth corpus, benchmarks/blind8,
showed): another site's support line and address carried into an aggregator's re-post or a forum's quote, a hotel's
reception line the client is told to call and ask for her at, and a re-post's source id in its URL. Golden cases in
the four languages and a property: a line learned as one site's own is never a contact in another site's ad, while
the advertiser's own number beside it still is. Synthetic text only: other sites, words, names and numbers than the
corpus."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.furniture import (
    SiteFurniture,
    SiteStats,
    judge_window,
    registrable,
    share_lines,
    url_numbers,
)
from kartlegg.extract.matches import Extraction


def phones(ex: Extraction) -> list[str]:
    return sorted(ex.values("phone"))


def emails(ex: Extraction) -> list[str]:
    return sorted(ex.values("email"))


def furniture(ex: Extraction) -> dict[str, str]:
    return {m.value: str(m.detail["reason"]) for m in ex.matches if m.kind == "furniture"}


Ad = tuple[str, str, str, str]  # (key, site, url, body)


def stream(ads: Sequence[Ad]) -> dict[str, Extraction]:
    """The ads through a stream's window (``kartlegg extract``): each site learned from its ads, then judged with
    what every site learned."""
    window = []
    for key, site, url, body in ads:
        ex = extract_ad(body=body, url=url, site=site, site_country="NO", export_only=True, judge_furniture=False)
        window.append((key, site, {"title": "", "body": body, "url": url}, ex))
    judge_window(window, {}, True)
    return {key: ex for key, _site, _fields, ex in window}


def _mobile(rng: random.Random) -> tuple[str, str]:
    """An invented Norwegian mobile as written and in E.164."""
    n = f"{rng.choice('49')}{rng.randrange(10**7):07d}"
    return f"{n[:3]} {n[3:5]} {n[5:]}", f"+47{n}"


# A source site's footer naming its service, in each language: (footer with {n} for the site's line, its line in
# E.164, its address). The numbers are invented landlines and service numbers.
FOOTERS = [
    ("Trenger du hjelp? Ring {n} (hverdager 08-16) eller skriv til hjelp@kveldsstjerna.no", "63 91 20 44",
     "+4763912044", "hjelp@kveldsstjerna.no"),
    ("Behöver du hjälp? Ring kundtjänst {n} eller mejla kundtjanst@kvallsstjarnan.se", "0910-44 52 18",
     "+46910445218", "kundtjanst@kvallsstjarnan.se"),
    ("Kundeservice {n} · hjaelp@aftenstjernen.dk", "+45 70 24 91 30", "+4570249130", "hjaelp@aftenstjernen.dk"),
    ("Site support (Telegram only): {n} · support@evening-star.eu", "+372 600 4417", "+3726004417",
     "support@evening-star.eu"),
]  # fmt: skip

SOURCES = ["kveldsstjerna.no", "kvallsstjarnan.se", "aftenstjernen.dk", "evening-star.eu"]


def _source_ads(footer: str, line: str, source: str, n: int = 40, seed: int = 3) -> list[Ad]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        own, _e164 = _mobile(rng)
        body = f"Hei, ny i byen.\nSms: {own}\n\n{footer.format(n=line)}"
        out.append((f"s{i}", source, f"https://{source}/annonse/{7_100_000 + i}", body))
    return out


def _copy(source: str, footer: str, line: str, own: str, i: int) -> Ad:
    name = source.split(".")[0]
    body = f"Hentet fra {name} (ID {5_300_000 + i})\n\nSøt jente, ring {own}\n\n{footer.format(n=line)}"
    return (f"r{i}", "ukeradar.com", f"https://ukeradar.com/r/{4_400_000 + i}?src={name}", body)


@pytest.mark.parametrize(("footer", "line", "e164", "address"), FOOTERS)
def test_a_line_learned_on_its_site_is_furniture_in_an_aggregators_copy(
    footer: str, line: str, e164: str, address: str
) -> None:
    source = registrable(address.rpartition("@")[2]) or ""
    rng = random.Random(7)
    copies = []
    owners = {}
    for i in range(6):
        own, own_e164 = _mobile(rng)
        copies.append(_copy(source, footer, line, own, i))
        owners[f"r{i}"] = own_e164
    got = stream(_source_ads(footer, line, source) + copies)
    for key, own_e164 in owners.items():
        ex = got[key]
        assert phones(ex) == [own_e164], (key, footer)
        assert emails(ex) == []
        assert furniture(ex).get(e164) == "other-site-line"
        assert furniture(ex).get(address) in {"other-site-line", "other-site-email"}


@pytest.mark.parametrize(("footer", "line", "e164", "address"), FOOTERS)
def test_a_copy_that_cites_its_source_needs_no_learning(footer: str, line: str, e164: str, address: str) -> None:
    """A single run, a small store: the aggregator's copy comes before any of the source's ads. The copy's own
    evidence: a service line with a site's mailbox at the domain its URL or first line names as its source."""
    source = registrable(address.rpartition("@")[2]) or ""
    key, site, url, body = _copy(source, footer, line, "418 27 395", 1)
    ex = extract_ad(body=body, url=url, site=site, site_country="NO", ad_key=key)
    assert phones(ex) == ["+4741827395"]
    assert furniture(ex) == {e164: "site-line", address: "site-email"}


@pytest.mark.parametrize(
    ("body", "url", "expected_phones", "expected_emails"),
    [
        # her own words on the line: her number and her address, whatever service words the line names
        ("Hentet fra kveldsstjerna (ID 5300001)\nSpørsmål? Ring meg på 418 27 395 eller skriv til kontakt@lunarose.no",
         "https://ukeradar.com/r/1?src=kveldsstjerna", ["+4741827395"], ["kontakt@lunarose.no"]),
        # a mailbox at a domain the copy does not cite: an advertiser's own domain stays hers
        ("Questions? Call 418 27 395 or info@lunarose-escort.com", "https://ukeradar.com/r/2?src=kveldsstjerna",
         ["+4741827395"], ["info@lunarose-escort.com"]),
        # a free-mail address is never a site's
        ("Hentet fra kveldsstjerna\nTrenger du hjelp? Sms 418 27 395 · hjelp@gmail.com",
         "https://ukeradar.com/r/3?src=kveldsstjerna", ["+4741827395"], ["hjelp@gmail.com"]),
        # a controller's booking address on a service word's line, not a site's mailbox: kept
        ("Hentet fra kveldsstjerna (ID 5300004)\nBooking: 918 27 395 · booking@kveldsstjerna-vip.no (kundeservice)",
         "https://ukeradar.com/r/4?src=kveldsstjerna", ["+4791827395"], ["booking@kveldsstjerna-vip.no"]),
    ],
)  # fmt: skip
def test_a_persons_own_line_stays_hers(
    body: str, url: str, expected_phones: list[str], expected_emails: list[str]
) -> None:
    ex = extract_ad(body=body, url=url, site="ukeradar.com", site_country="NO")
    assert phones(ex) == expected_phones
    assert emails(ex) == expected_emails


def test_an_address_at_any_learned_sites_domain_is_that_sites() -> None:
    """A site that moved prints its old domain's address under its new one; another site's copy prints its."""
    source = SiteFurniture(site="evening-star", hosts=frozenset({"evening-star.eu", "eveningstar.no"}))
    agg = SiteFurniture(site="ukeradar.com")
    shared = share_lines({"evening-star": source, "ukeradar.com": agg})
    body = "Ring 418 27 395\nabuse@eveningstar.no"
    own = extract_ad(
        body=body, url="https://evening-star.eu/p/1", site="evening-star", site_furniture=shared["evening-star"]
    )
    assert furniture(own) == {"abuse@eveningstar.no": "site-email"}
    other = extract_ad(
        body=body, url="https://ukeradar.com/r/9", site="ukeradar.com", site_furniture=shared["ukeradar.com"]
    )
    assert furniture(other) == {"abuse@eveningstar.no": "other-site-email"}
    assert phones(other) == ["+4741827395"]


def test_share_lines_keeps_each_sites_own_and_the_analysts_contacts() -> None:
    a = SiteFurniture(site="a.no", lines=frozenset({"+4763912044"}))
    b = SiteFurniture(site="b.se", lines=frozenset({"+46910445218"})).corrected({"contacts": ["+4763912044"]})
    shared = share_lines({"a.no": a, "b.se": b}, {"c.dk": ["www.aftenstjernen.dk"]})
    assert shared["b.se"].carried["+4763912044"] == "a.no"
    assert shared["a.no"].carried_hosts["aftenstjernen.dk"] == "c.dk"
    body = "Ring 418 27 395 eller 63 91 20 44"
    # the analyst said the number is a contact on b.se: it stays one there
    assert phones(extract_ad(body=body, site="b.se", site_country="NO", site_furniture=shared["b.se"])) == [
        "+4741827395",
        "+4763912044",
    ]
    c = share_lines({"a.no": a, "c.dk": SiteFurniture(site="c.dk")})["c.dk"]
    got = extract_ad(body=body, site="c.dk", site_country="NO", site_furniture=c)
    assert phones(got) == ["+4741827395"]
    assert furniture(got) == {"+4763912044": "other-site-line"}


def test_a_model_keeps_its_domains_through_json_and_pickle() -> None:
    import pickle

    st_ = SiteStats("kveldsstjerna")
    for key, site, url, body in _source_ads(*FOOTERS[0][:2], "kveldsstjerna.no", n=12):
        st_.add(key, extract_ad(body=body, url=url, site=site, judge_furniture=False), {"body": body, "url": url})
    model = st_.model()
    assert model.hosts == frozenset({"kveldsstjerna.no"})
    assert SiteFurniture.from_json(model.to_json()).hosts == model.hosts
    shared = share_lines({"kveldsstjerna": model})["kveldsstjerna"]
    assert pickle.loads(pickle.dumps(shared)) == shared


# --- a property: a learned support line is never a contact in another site's ad, her number beside it is -------

_LABELS = ["Kundeservice:", "Kundtjänst", "Support", "Customer service", "Trenger du hjelp? Ring", "Brug for hjælp?"]


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    label=st.sampled_from(_LABELS),
    line=st.sampled_from(["63 91 20 44", "22 86 40 00", "+372 600 4417", "0910-44 52 18"]),
    cue=st.sampled_from(["Ring meg på", "Sms:", "Call me", "Ring mig på", "Tlf."]),
    where=st.sampled_from(["before", "after", "same"]),
)
def test_a_learned_line_never_becomes_a_contact_elsewhere(
    seed: int, label: str, line: str, cue: str, where: str
) -> None:
    rng = random.Random(seed)
    source = [(f"s{i}", "kveldsstjerna.no", f"https://kveldsstjerna.no/a/{9_000_000 + i}",
               f"Hei\n{cue} {_mobile(rng)[0]}\n{label} {line}") for i in range(30)]  # fmt: skip
    own, own_e164 = _mobile(rng)
    own = "+47 " + own  # her country written: the cue's language does not choose it
    body = {
        "before": f"{cue} {own}\n{label} {line}",
        "after": f"{label} {line}\n{cue} {own}",
        "same": f"{cue} {own} · {label} {line}",
    }[where]
    copy = ("r1", "ukeradar.com", "https://ukeradar.com/r/1", f"Fra kveldsstjerna:\n{body}")
    ex = stream([*source, copy])["r1"]
    assert own_e164 in phones(ex)
    assert phones(ex) == [own_e164]


# --- a hotel's reception line the client is told to call and ask for her at --------------------------------------


@pytest.mark.parametrize(
    ("body", "kw"),
    [
        ("Hun bor på Hotell Solsiden, rom 514. Ring resepsjonen 55 30 18 40 og spør etter henne.",
         {"site_country": "NO"}),
        ("Hon bor på Hotell Hamnkrogen, rum 208. Ring receptionen 031-711 20 40 och fråga efter Lina.",
         {"site_country": "SE"}),
        ("Hun bor på Hotel Vesterport, værelse 319. Ring receptionen +45 33 14 52 08 og spørg efter hende.",
         {"site_country": "NO"}),
        ("She stays at the Harbour Hotel, room 1108. Call the front desk +47 55 30 18 40 and ask for Mia.",
         {"site_country": "NO"}),
        # a landline behind "call the reception" in a hotel's clause: the hotel's switchboard, no ask needed
        ("Staying at Hotel Nordlys, room 614 (call the reception +47 22 41 90 00)", {"site_country": "NO"}),
    ],
)  # fmt: skip
def test_a_reception_the_client_asks_for_her_at_is_the_hotels(body: str, kw: dict[str, str]) -> None:
    ex = extract_ad(body=f"Sms 413 62 208\n{body}", **kw)
    assert phones(ex) == ["+4741362208"]
    assert set(furniture(ex).values()) == {"third-party"}


@pytest.mark.parametrize(
    ("body", "kw", "expected"),
    [
        # a mobile behind "ring the reception", no one to ask for: an agency's desk, her booking line
        ("Hotell Solsiden, rom 514. Ring resepsjonen 413 62 208", {"site_country": "NO"}, ["+4741362208"]),
        # no lodging or room on the line: an agency's "reception" is its booking desk
        ("Ring receptionen og spørg efter Mona: 22 33 44 55", {"site_country": "DK"}, ["+4522334455"]),
        ("Reception 33 14 52 08 · ask for Mona", {"site_country": "DK"}, ["+4533145208"]),
    ],
)  # fmt: skip
def test_a_booking_desk_without_a_hotels_clause_stays_a_contact(
    body: str, kw: dict[str, str], expected: list[str]
) -> None:
    assert phones(extract_ad(body=body, **kw)) == expected


# --- a re-post's source id in its URL ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://ukeradar.com/r/4400001?src=kveldsstjerna&sid=48213-7719342",
        "https://ukeradar.com/listing/4400001?from=kvallsstjarnan&kilde=48213_7719342",
    ],
)
def test_a_source_id_of_joined_groups_in_a_query_is_an_id(url: str) -> None:
    nums = url_numbers(url)
    assert any(u.digits == "482137719342" and u.strong for u in nums)
    ex = extract_ad(body="Ring 413 62 208", url=url, site="ukeradar.com", site_country="NO")
    assert phones(ex) == ["+4741362208"]


def test_a_contact_named_query_value_of_groups_is_no_id() -> None:
    assert not [u for u in url_numbers("https://ukeradar.com/r?tlf=413-62-208") if u.slot == "query-tlf"]


def test_an_ad_on_one_line_keeps_her_number_before_the_sites_footer() -> None:
    """Some sites serve an ad as one line: only the stretch from the service phrase to the site's address is the
    site's, not her number earlier on the line."""
    body = (
        "Hej! Ny i stan. Nr: 0736 12 48 90 Annons-ID 5512093 Visningar: 1 204 Kundtjänst 08-410 225 30 (vardagar 9-17) "
        "info@kvallsstjarnan.se"
    )
    ex = extract_ad(
        body=body, url="https://kvallsstjarnan.se/annons/5512093", site="kvallsstjarnan.se", ad_key="5512093"
    )
    assert phones(ex) == ["+46736124890"]
    assert furniture(ex) == {"+46841022530": "site-line", "info@kvallsstjarnan.se": "site-email"}


def test_a_profile_slug_naming_her_domain_is_no_citation() -> None:
    """Her profile's slug on a site may spell her own domain: only a URL's query or the first line cite a source."""
    body = "Hei!\nSpørsmål? Skriv til kontakt@lunarose.no eller sms 418 27 395"
    ex = extract_ad(
        body=body, url="https://kveldsstjerna.no/profil/lunarose", site="kveldsstjerna.no", site_country="NO"
    )
    assert emails(ex) == ["kontakt@lunarose.no"]
    assert phones(ex) == ["+4741827395"]
