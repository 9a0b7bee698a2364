"""Six fictional sites, each with its page furniture (headers and footers with ad numbers, dates, counters,
member numbers, the site's own contacts, addresses) that drifts from ad to ad and changes at a redesign
halfway through the period. Every number that is not a contact goes into the truth as furniture."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import phonenumbers

from .market import REDESIGN, Network, Person, Truth, _slug, lang_of, person_body, write_email, write_phone
from .places import CITIES

MONTHS = {
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "desember"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}  # fmt: skip


def date_text(when: dt.datetime, lang: str, rng: random.Random) -> str:
    d, m, y, hh, mm = when.day, when.month, when.year, when.hour, when.minute
    mon = MONTHS[lang][m - 1]
    if lang == "no":
        opts = [
            f"{d:02d}.{m:02d}.{y} kl. {hh:02d}:{mm:02d}",
            f"{d}. {mon} {y}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{d}.{m}.{y} {hh:02d}.{mm:02d}",
            f"{d}. {mon[:3]}. kl {hh:02d}:{mm:02d}",
        ]
    elif lang == "sv":
        opts = [
            f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
            f"{d} {mon} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m} {y} kl {hh:02d}.{mm:02d}",
            f"{d} {mon[:3]} {hh:02d}:{mm:02d}",
        ]
    elif lang == "da":
        opts = [
            f"{d}. {mon} {y} kl. {hh:02d}.{mm:02d}",
            f"{d}/{m}-{y}",
            f"d. {d:02d}.{m:02d}.{y % 100:02d}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m} kl. {hh:02d}:{mm:02d}",
        ]
    else:
        h12 = hh % 12 or 12
        opts = [
            f"{mon} {d}, {y} {h12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}",
            f"{d} {mon[:3]} {y}",
            f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{when.second:02d}Z",
            f"{m:02d}/{d:02d}/{y}",
            f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
        ]
    return rng.choice(opts)  # fmt: skip


def pick(rng: random.Random, options: list[Callable[[], str]]) -> str:
    """One of several written forms, only the chosen one evaluated (so only its furniture is recorded)."""
    return rng.choice(options)()


def grouped(n: int, sep: str) -> str:
    s = str(n)
    out = []
    while len(s) > 3:
        out.append(s[-3:])
        s = s[:-3]
    out.append(s)
    return sep.join(reversed(out))


def city_written(city: str, rng: random.Random, district_share: float = 0.25) -> str:
    _, spell, districts, _ = CITIES[city]
    r = rng.random()
    if r < district_share and districts:
        return rng.choice(districts)
    if r < 0.55:
        return city
    return rng.choice(spell)


@dataclass
class Ad:
    site: str
    id: str
    url: str
    title: str
    body: str
    city_field: str
    when: dt.datetime
    truth: Truth
    phones: list[str]
    own: list[str]
    emails: list[str]

    def record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "site": self.site,
            "url": self.url,
            "posted_at": self.when.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            "title": self.title,
            "body": self.body,
            "city": self.city_field,
            "images": [],
        }


def _support_phone(rng: random.Random, country: str) -> str:
    from .market import _landline

    return _landline(rng, country)


class Site:
    name = ""
    country = ""
    lang = ""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.next_id = 0
        self.support_phone = _support_phone(rng, self.country if self.country in ("NO", "SE", "DK") else "NO")

    def support_written(self, rng: random.Random, tr: Truth) -> str:
        num = phonenumbers.parse(self.support_phone)
        if rng.random() < 0.5:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        else:
            text = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return tr.furn("support_phone", text, self.support_phone)


def _body_for(
    p: Person,
    when: dt.datetime,
    lang: str,
    country: str,
    rng: random.Random,
    tr: Truth,
    net: Network | None,
    district_share: float = 0.25,
    hide_own: bool = False,
) -> tuple[str, str, list[str], list[str], list[str]]:
    city = p.city_at(when)
    ct = city_written(city, rng, district_share)
    text, phones, own, emails = person_body(p, when, ct, lang, country, rng, tr, net, hide_own)
    return ct, text, phones, own, emails


class Nattlys(Site):
    """A Norwegian classified site (.no): 8-digit ad numbers starting like mobiles, Norwegian dates."""

    name, country, lang = "nattlys-no", "NO", "no"

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.next_id = 41_200_000 + rng.randrange(90_000)

    def ad(self, p: Person, when: dt.datetime, rng: random.Random, net: Network | None) -> Ad:
        tr = Truth()
        self.next_id += rng.randint(1, 40)
        aid = str(self.next_id)
        lang = lang_of(self.lang, p, rng)
        new = when >= REDESIGN
        in_slug = new and rng.random() < 0.06
        ct, text, phones, own, emails = _body_for(p, when, lang, self.country, rng, tr, net, hide_own=in_slug)
        title = rng.choice([f"{p.name} – {ct}", f"Ny i {ct}! {p.name}", f"{p.name} {p.age} {ct} 💋", f"{ct}: {p.name}"])
        head, foot = [], []
        if not new:
            url = f"https://www.nattlys.no/annonse/{aid}"
            tr.furn("ad_id", aid)
            r = rng.random()
            if r < 0.4:
                head.append(
                    f"Annonse nr. {tr.furn('ad_id', grouped(int(aid), ' '))} · Lagt inn "
                    f"{tr.furn('date', date_text(when, 'no', rng))}"
                )
            elif r < 0.7:
                head.append(f"Annonsenr: {tr.furn('ad_id', aid)}")
            if rng.random() < 0.5:
                head.append(f"Vist {tr.furn('counter', grouped(rng.randint(40, 48000), ' '))} ganger")
            foot.append(
                pick(
                    rng,
                    [
                        lambda: f"Kundeservice {self.support_written(rng, tr)} (hverdager 09–15)",
                        lambda: f"Spørsmål? Ring oss på {self.support_written(rng, tr)}",
                        lambda: "Rapporter annonsen",
                    ],
                )
            )
            if rng.random() < 0.3:
                foot.append(
                    f"Nattlys AS · Postboks {tr.furn('postbox', str(rng.randint(1200, 9800)))} Sentrum, "
                    f"{tr.furn('postcode', '0105')} Oslo · org.nr {tr.furn('org_no', '923 481 067')}"
                )
        else:
            slug = _slug(title)
            if in_slug:
                # the advertiser's number only in the page address: her title carried it, the site slugged it
                e164 = p.phone_at(when)[0]
                nsn = phonenumbers.national_significant_number(phonenumbers.parse(e164))
                if not nsn.startswith("4") and not nsn.startswith("9"):
                    nsn = e164.lstrip("+")
                slug = f"{_slug(p.name)}-{nsn}"
                tr.phone(e164, "in the URL slug only")
            city_slug = _slug(CITIES[p.city_at(when)][1][0])
            url = f"https://nattlys.no/a/{city_slug}/{slug}-{aid}?src=liste&side={rng.randint(1, 40)}"
            tr.furn("ad_id", aid)
            r = rng.random()
            if r < 0.5:
                head.append(f"ID {tr.furn('ad_id', aid)} | Oppdatert {tr.furn('date', date_text(when, 'no', rng))}")
            elif r < 0.8:
                head.append(
                    f"Kode: {tr.furn('ad_id', aid)} — {tr.furn('counter', str(rng.randint(10, 9000)))} visninger"
                )
            foot.append(
                pick(
                    rng,
                    [
                        lambda: (
                            f"Trenger du hjelp? {self.support_written(rng, tr)} · "
                            f"{tr.furn('support_email', 'hjelp@nattlys.no')}"
                        ),
                        lambda: f"Kontakt: {tr.furn('support_email', 'kundeservice@nattlys.no')}",
                        lambda: f"© {tr.furn('year', '2019')}–{tr.furn('year', str(when.year))} Nattlys",
                    ],
                )
            )
        city_field = ct if rng.random() < 0.7 else p.city_at(when)
        body = "\n".join([*head, text, *foot])
        return Ad(self.name, aid, url, title, body, city_field, when, tr, phones, own, emails)


class Rosa(Site):
    """A Swedish site (.se): 7-digit ads, 9-digit member numbers shaped like mobiles, ISO dates, org.nr."""

    name, country, lang = "rosaannonser-se", "SE", "sv"

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.next_id = 7_100_000 + rng.randrange(50_000)

    def ad(self, p: Person, when: dt.datetime, rng: random.Random, net: Network | None) -> Ad:
        tr = Truth()
        self.next_id += rng.randint(1, 30)
        aid = str(self.next_id)
        lang = lang_of(self.lang, p, rng)
        ct, text, phones, own, emails = _body_for(p, when, lang, self.country, rng, tr, net)
        new = when >= REDESIGN
        title = rng.choice(
            [f"{p.name} i {ct}", f"Ny tjej i {ct} – {p.name}", f"{p.name} ({p.age}) {ct}", f"♥ {p.name} ♥ {ct}"]
        )
        member = f"7{rng.randint(10_000_000, 99_999_999)}"
        head, foot = [], []
        if not new:
            url = f"https://www.rosaannonser.se/visa.php?annons={aid}&kat=3"
            tr.furn("ad_id", aid)
            head.append(
                pick(
                    rng,
                    [
                        lambda: (
                            f"Annons {tr.furn('ad_id', aid)} · Publicerad {tr.furn('date', date_text(when, 'sv', rng))}"
                        ),
                        lambda: f"Annons-ID: {tr.furn('ad_id', aid)}",
                        lambda: (
                            f"Publicerad {tr.furn('date', date_text(when, 'sv', rng))} · Visningar "
                            f"{tr.furn('counter', grouped(rng.randint(20, 60000), ' '))}"
                        ),
                    ],
                )
            )
            if rng.random() < 0.45:
                m = member if rng.random() < 0.5 else f"{member[:3]} {member[3:6]} {member[6:]}"
                head.append(f"Medlemsnr {tr.furn('member_no', m)}")
            foot.append(
                pick(
                    rng,
                    [
                        lambda: f"Kundtjänst {self.support_written(rng, tr)} (vardagar 9–16)",
                        lambda: f"Frågor? Mejla {tr.furn('support_email', 'support@rosaannonser.se')}",
                        lambda: (
                            f"Rosa Annonser AB · Org.nr {tr.furn('org_no', '559123-4567')} · Box "
                            f"{tr.furn('postbox', str(rng.randint(100, 9999)))}, "
                            f"{tr.furn('postcode', '111 21')} Stockholm"
                        ),
                    ],
                )
            )
        else:
            url = f"https://rosaannonser.se/annons/{_slug(p.name)}-{_slug(ct)}/{aid}"
            tr.furn("ad_id", aid)
            ref = f"RA-{when.year}-{when.month:02d}-{aid}"
            head.append(
                pick(
                    rng,
                    [
                        lambda: f"Ref. {tr.furn('ref_code', ref)} | {tr.furn('date', date_text(when, 'sv', rng))}",
                        lambda: (
                            f"Annonsnummer {tr.furn('ad_id', aid)} • Medlem sedan "
                            f"{tr.furn('year', str(rng.randint(2015, 2025)))}"
                        ),
                        lambda: (
                            f"Uppdaterad {tr.furn('date', date_text(when, 'sv', rng))} · "
                            f"{tr.furn('counter', str(rng.randint(5, 999)))} sparade"
                        ),
                        lambda: (
                            f"Medlem #{tr.furn('member_no', member)} · Betyg "
                            f"{tr.furn('rating', str(rng.randint(30, 50) / 10).replace('.', ','))}/5"
                        ),
                    ],
                )
            )
            foot.append(
                pick(
                    rng,
                    [
                        lambda: (
                            f"Support: {self.support_written(rng, tr)} · "
                            f"{tr.furn('support_email', 'support@rosaannonser.se')}"
                        ),
                        lambda: f"© {tr.furn('year', str(when.year))} Rosa Annonser",
                        lambda: "Anmäl annons",
                    ],
                )
            )
        city_field = rng.choice([ct, p.city_at(when), CITIES[p.city_at(when)][1][-1]])
        body = "\n".join([*head, text, *foot])
        return Ad(self.name, aid, url, title, body, city_field, when, tr, phones, own, emails)


class Hedon(Site):
    """A Danish site (.dk): 6-digit ads, 8-digit user numbers shaped like Danish numbers, CVR in the footer."""

    name, country, lang = "hedonkontakt-dk", "DK", "da"

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.next_id = 480_000 + rng.randrange(9_000)

    def ad(self, p: Person, when: dt.datetime, rng: random.Random, net: Network | None) -> Ad:
        tr = Truth()
        self.next_id += rng.randint(1, 12)
        aid = str(self.next_id)
        lang = lang_of(self.lang, p, rng)
        ct, text, phones, own, emails = _body_for(p, when, lang, self.country, rng, tr, net, 0.35)
        new = when >= REDESIGN
        title = rng.choice([f"{p.name} – {ct}", f"Ny pige i {ct}", f"{p.name} {p.age} år, {ct}", f"{ct} ❤ {p.name}"])
        user = f"{rng.choice('2345')}{rng.randint(1_000_000, 9_999_999)}"
        head, foot = [], []
        if not new:
            url = f"http://hedonkontakt.dk/annonce.asp?id={aid}&bruger={user}"
            tr.furn("ad_id", aid)
            tr.furn("member_no", user)
            head.append(
                pick(
                    rng,
                    [
                        lambda: (
                            f"Annonce-ID: {tr.furn('ad_id', grouped(int(aid), ' '))} · Oprettet "
                            f"{tr.furn('date', date_text(when, 'da', rng))}"
                        ),
                        lambda: (
                            f"Annoncenr. {tr.furn('ad_id', aid)} — set "
                            f"{tr.furn('counter', grouped(rng.randint(30, 40000), '.'))} gange"
                        ),
                        lambda: f"Oprettet {tr.furn('date', date_text(when, 'da', rng))}",
                    ],
                )
            )
            if rng.random() < 0.4:
                u = user if rng.random() < 0.5 else " ".join(user[i : i + 2] for i in range(0, 8, 2))
                head.append(f"Bruger nr. {tr.furn('member_no', u)}")
            foot.append(
                pick(
                    rng,
                    [
                        lambda: (
                            f"Kundeservice: {self.support_written(rng, tr)} · "
                            f"{tr.furn('support_email', 'info@hedonkontakt.dk')}"
                        ),
                        lambda: (
                            f"Hedon ApS · CVR-nr. {tr.furn('org_no', '38214490')} · "
                            f"{tr.furn('postcode', '1620')} København V"
                        ),
                        lambda: "Anmeld annoncen",
                    ],
                )
            )
        else:
            url = f"https://www.hedonkontakt.dk/{_slug(ct)}/annonce/{aid}-{_slug(p.name)}"
            tr.furn("ad_id", aid)
            head.append(
                pick(
                    rng,
                    [
                        lambda: f"#{tr.furn('ad_id', aid)} · opdateret {tr.furn('date', date_text(when, 'da', rng))}",
                        lambda: (
                            f"Profil {tr.furn('member_no', user)} · "
                            f"{tr.furn('counter', str(rng.randint(1, 400)))} anmeldelser"
                        ),
                        lambda: (
                            f"Set {tr.furn('counter', grouped(rng.randint(30, 40000), '.'))} gange "
                            f"· Ref {tr.furn('ref_code', 'HK' + aid + '-' + str(rng.randint(10, 99)))}"
                        ),
                    ],
                )
            )
            foot.append(
                pick(
                    rng,
                    [
                        lambda: (
                            f"Support {self.support_written(rng, tr)} (man–fre 10–16) · CVR "
                            f"{tr.furn('org_no', '38 21 44 90')}"
                        ),
                        lambda: f"Skriv til {tr.furn('support_email', 'support@hedonkontakt.dk')}",
                        lambda: f"© {tr.furn('year', '2017')}-{tr.furn('year', str(when.year))} Hedon",
                    ],
                )
            )
        city_field = rng.choice([ct, p.city_at(when), ""])
        body = "\n".join([*head, text, *foot])
        return Ad(self.name, aid, url, title, body, city_field, when, tr, phones, own, emails)


REGION = {
    "Oslo": "Oslo og Viken", "Bergen": "Vestland", "Trondheim": "Trøndelag", "Stavanger": "Rogaland",
    "Kristiansand": "Agder", "Tromsø": "Troms", "Stockholm": "Stockholms län", "Göteborg": "Västra Götaland",
    "Malmö": "Skåne", "Uppsala": "Uppsala län", "Linköping": "Östergötland", "Örebro": "Örebro län",
    "København": "Hovedstaden", "Aarhus": "Midtjylland", "Odense": "Syddanmark", "Aalborg": "Nordjylland",
    "Esbjerg": "Syddanmark",
}  # fmt: skip


class NordicAds(Site):
    """An aggregator that re-posts the national sites' ads with their source ids; it moved from .no to .eu
    at the redesign, and its interface is English."""

    name, country, lang = "nordicads", "NO", "en"

    def __init__(self, rng: random.Random, sources: list[Site]) -> None:
        super().__init__(rng)
        self.sources = sources
        self.next_id = 200_000 + rng.randrange(9000)

    def ad(self, p: Person, when: dt.datetime, rng: random.Random, net: Network | None, src: Site) -> Ad:
        tr = Truth()
        self.next_id += rng.randint(1, 9)
        aid = str(self.next_id)
        lang = lang_of(src.lang, p, rng)
        ct, text, phones, own, emails = _body_for(p, when, lang, src.country, rng, tr, net)
        src.next_id += rng.randint(1, 5)
        src_id = str(src.next_id)
        new = when >= REDESIGN
        title = rng.choice(
            [f"{p.name} – {ct} (via {src.name.split('-')[0]})", f"[{src.country}] {p.name}, {ct}", f"{p.name} | {ct}"]
        )
        city = p.city_at(when)
        head, foot = [], []
        if not new:
            url = f"https://nordicads.no/listing/{aid}?from={src.name}"
            tr.furn("ad_id", aid)
            head.append(
                f"Listing {tr.furn('ad_id', 'NX-00' + aid)} · imported {tr.furn('date', date_text(when, 'en', rng))}"
            )
            head.append(f"Source: {src.name.replace('-', '.')} ad {tr.furn('source_id', src_id)}")
            foot.append(
                pick(
                    rng,
                    [
                        lambda: (
                            f"Views {tr.furn('counter', grouped(rng.randint(10, 90000), ','))} | "
                            f"Saved {tr.furn('counter', str(rng.randint(0, 300)))} times"
                        ),
                        lambda: f"Rank #{tr.furn('rank', str(rng.randint(1, 900)))} in {REGION[city]} this week",
                        lambda: (
                            f"Questions: {self.support_written(rng, tr)} or "
                            f"{tr.furn('support_email', 'help@nordicads.no')}"
                        ),
                    ],
                )
            )
        else:
            url = f"https://nordicads.eu/{REGION[city].split()[0].lower()}/{aid}/{_slug(p.name)}"
            tr.furn("ad_id", aid)
            head.append(
                pick(
                    rng,
                    [
                        lambda: (
                            f"#{tr.furn('ad_id', aid)} · first seen "
                            f"{tr.furn('date', date_text(when, 'en', rng))} · "
                            f"original id {tr.furn('source_id', src_id)}"
                        ),
                        lambda: f"Original: https://{src.name.replace('-', '.')}/{tr.furn('source_id', src_id)}",
                        lambda: (
                            f"Re-posted from {src.name.replace('-', '.')} "
                            f"(#{tr.furn('source_id', src_id)}) on {tr.furn('date', date_text(when, 'en', rng))}"
                        ),
                    ],
                )
            )
            foot.append(
                pick(
                    rng,
                    [
                        lambda: (
                            f"Abuse: {tr.furn('support_email', 'abuse@nordicads.eu')} · NordicAds "
                            f"OÜ, reg. {tr.furn('org_no', '16' + str(rng.randint(100000, 999999)))}"
                        ),
                        lambda: f"Moved! nordicads.no is now nordicads.eu — support {self.support_written(rng, tr)}",
                        lambda: (
                            f"Rating {tr.furn('rating', str(rng.randint(25, 50) / 10))} "
                            f"({tr.furn('counter', str(rng.randint(1, 200)))} votes)"
                        ),
                    ],
                )
            )
        city_field = REGION[city] if rng.random() < 0.6 else ct
        body = "\n".join([*head, text, *foot])
        return Ad(self.name, aid, url, title, body, city_field, when, tr, phones, own, emails)


TREAT = {
    "no": ["Thaimassasje 60 min {a},- / 90 min {b},-", "Oljemassasje 60 min kr {a}", "Fotmassasje 30 min {c} kr"],
    "sv": ["Thaimassage 60 min {a} kr / 90 min {b} kr", "Oljemassage 60 min {a}:-", "Fotmassage 30 min {c} kr"],
    "da": ["Thaimassage 60 min {a},- / 90 min {b},-", "Oliemassage 60 min kr. {a}", "Fodmassage 30 min {c} kr."],
    "en": ["Thai massage 60 min {a} / 90 min {b}", "Oil massage 60 min {a}", "Foot massage 30 min {c}"],
}
OPEN = {
    "no": ["Åpningstider: man–lør {h1}–{h2}, søn 12–18", "Åpent alle dager {h1}.00–{h2}.00"],
    "sv": ["Öppettider: mån–lör {h1}–{h2}, sön 12–18", "Öppet alla dagar {h1}.00–{h2}.00"],
    "da": ["Åbningstider: man–lør {h1}–{h2}, søn 12–18", "Åbent alle dage {h1}.00–{h2}.00"],
    "en": ["Opening hours: Mon–Sat {h1}–{h2}, Sun 12–18", "Open every day {h1}:00–{h2}:00"],
}


class Wellness(Site):
    """A massage/wellness directory (.com) for all three countries: salons with street addresses,
    opening hours, treatment prices, ratings; the directory's own number in the footer."""

    name, country, lang = "velvaere-guiden", "NO", "en"

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.next_id = 3000 + rng.randrange(500)

    def ad(self, p: Person, when: dt.datetime, rng: random.Random, net: Network | None) -> Ad:
        tr = Truth()
        self.next_id += rng.randint(1, 3)
        aid = str(self.next_id)
        city = p.city_at(when)
        country = CITIES[city][0]
        lang = {"NO": "no", "SE": "sv", "DK": "da"}[country] if rng.random() < 0.6 else "en"
        pc, street = rng.choice(CITIES[city][3])
        no = str(rng.randint(2, 88))
        addr = f"{street} {tr.furn('street_no', no)}, {tr.furn('postcode', pc)} {city}"
        lines = [f"{p.salon} – {city_written(city, rng, 0.3)}", addr]
        h1, h2 = rng.choice([9, 10, 11]), rng.choice([19, 20, 21, 22])
        lines.append(tr.furn("hours", rng.choice(OPEN[lang]).format(h1=h1, h2=h2)))
        a = rng.choice([590, 690, 790, 850, 900, 990])
        lines.append(tr.furn("price", rng.choice(TREAT[lang]).format(a=a, b=a + 400, c=rng.choice([350, 390, 450]))))
        phones: list[str] = []
        emails: list[str] = []
        for e164 in p.phone_at(when):
            word = {"no": "Telefon", "sv": "Telefon", "da": "Telefon", "en": "Phone"}[lang]
            lines.append(f"{word}: {write_phone(e164, rng, lang, country, tr, 0.85)}")
            phones.append(e164)
        if net is not None and net.booking_phone:
            lines.append(f"Timebestilling / booking: {write_phone(net.booking_phone, rng, lang, country, tr, 0.85)}")
            phones.append(net.booking_phone)
        if p.email and rng.random() < 0.6:
            lines.append(f"E-mail: {write_email(p.email, rng, lang, tr)}")
            emails.append(p.email)
        new = when >= REDESIGN
        if not new:
            url = f"https://www.velvaere-guiden.com/salong.php?id={aid}&by={_slug(city)}"
            tr.furn("ad_id", aid)
            lines.insert(
                0,
                (
                    f"Oppføring #{tr.furn('ad_id', aid)} · ★ "
                    f"{tr.furn('rating', str(rng.randint(30, 50) / 10).replace('.', ','))} "
                    f"({tr.furn('counter', str(rng.randint(1, 240)))})"
                ),
            )
            lines.append(
                pick(
                    rng,
                    [
                        lambda: f"Eier av salongen? Kontakt oss: {self.support_written(rng, tr)}",
                        lambda: f"Listed since {tr.furn('year', str(rng.randint(2012, 2025)))}",
                    ],
                )
            )
        else:
            url = f"https://velvaere-guiden.com/{_slug(country)}/{_slug(city)}/{_slug(p.salon or '')}-{aid}"
            tr.furn("ad_id", aid)
            lines.insert(0, f"Entry {tr.furn('ad_id', aid)} | Updated {tr.furn('date', date_text(when, 'en', rng))}")
            lines.append(
                pick(
                    rng,
                    [
                        lambda: f"Directory support: {tr.furn('support_email', 'listings@velvaere-guiden.com')}",
                        lambda: f"Claim this listing: {self.support_written(rng, tr)}",
                        lambda: (
                            f"{tr.furn('counter', str(rng.randint(1, 300)))} reviews · average "
                            f"{tr.furn('rating', str(rng.randint(30, 50) / 10))}"
                        ),
                    ],
                )
            )
        body = "\n".join(lines)
        title = f"{p.salon} {city}"
        return Ad(self.name, aid, url, title, body, city, when, tr, phones, list(phones), emails)


USERS = ["nattugla", "kunde77", "gammel_rev", "tur_ist", "vikingen", "nordmann82", "svensken", "jyde_1", "anon123",
         "nightowl", "bergenser", "sthlmguy", "kbh_mand", "traveller", "frekk_fyr"]  # fmt: skip
REVIEW = {
    "no": ["Ringte nummeret i annonsen, hun svarte med en gang.", "Bildene stemmer. Anbefales.",
           "Ikke som på bildene, pass dere.", "Hyggelig, men stresset. {grade}/10."],
    "sv": ["Ringde numret i annonsen, hon svarade direkt.", "Bilderna stämmer. Rekommenderas.",
           "Inte som på bilderna, se upp.", "Trevlig men stressad. {grade}/10."],
    "da": ["Ringede til nummeret i annoncen, hun svarede med det samme.", "Billederne passer. Anbefales.",
           "Ikke som på billederne, pas på.", "Sød, men stresset. {grade}/10."],
}  # fmt: skip


class Forum(Site):
    """A buyers' review forum (.net, no/sv/da): posts quote the advertiser's ad, with post numbers, member
    statistics and dates; the city is in the thread title, the city field is empty."""

    name, country, lang = "kundeprat-net", "NO", "no"

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.next_id = 88_000 + rng.randrange(5000)
        self.thread = 10_000 + rng.randrange(2000)

    def ad(self, p: Person, when: dt.datetime, rng: random.Random, net: Network | None) -> Ad:
        tr = Truth()
        self.next_id += rng.randint(1, 25)
        aid = str(self.next_id)
        city = p.city_at(when)
        country = CITIES[city][0]
        flang = {"NO": "no", "SE": "sv", "DK": "da"}[country]
        alang = lang_of(flang, p, rng)
        ct, text, phones, own, emails = _body_for(p, when, alang, country, rng, tr, net)
        self.thread += rng.randint(0, 3)
        thread = str(self.thread)
        user = rng.choice(USERS)
        posts = grouped(rng.randint(3, 14000), rng.choice([" ", ".", ""]))
        since = str(rng.randint(2009, 2025))
        quote_word = {"no": "Sitat fra annonsen", "sv": "Citat från annonsen", "da": "Citat fra annoncen"}[flang]
        new = when >= REDESIGN
        meta = pick(
            rng,
            [
                lambda: f"Innlegg #{tr.furn('ad_id', aid)} · {tr.furn('date', date_text(when, flang, rng))}",
                lambda: (
                    f"#{tr.furn('post_no', str(rng.randint(2, 400)))} — {tr.furn('date', date_text(when, flang, rng))}"
                ),
            ],
        )
        tr.furn("ad_id", aid)
        member = pick(
            rng,
            [
                lambda: f"{user} (medlem siden {tr.furn('year', since)} · innlegg: {tr.furn('counter', posts)})",
                lambda: (
                    f"{user} · rang {tr.furn('rank', str(rng.randint(1, 2400)))} · {tr.furn('counter', posts)} innlegg"
                ),
                lambda: (
                    f"{user}\nRegistrert: "
                    f"{tr.furn('date', date_text(when - dt.timedelta(days=rng.randint(30, 4000)), flang, rng))}"
                ),
            ],
        )
        grade = str(rng.randint(3, 10))
        review = rng.choice(REVIEW[flang]).format(grade=grade)
        lines = [meta, member, f"{quote_word}:", "> " + text.replace("\n", "\n> "), review]
        if rng.random() < 0.25 and own:
            # the buyer retypes her number himself
            retyped = write_phone(own[0], rng, flang, country, tr)
            lines.append({"no": f"Nummeret hennes er {retyped}", "sv": f"Hennes nummer är {retyped}",
                          "da": f"Hendes nummer er {retyped}"}[flang])  # fmt: skip
        if rng.random() < 0.3:
            lines.append(
                f"Betalte {tr.furn('price', str(rng.choice([1500, 2000, 2500, 3000])))} for 1t. "
                f"Karakter {tr.furn('rating', grade + '/10')}"
            )
        if not new:
            url = f"https://kundeprat.net/forum/viewtopic.php?t={thread}&p={aid}#p{aid}"
        else:
            url = f"https://kundeprat.net/t/{_slug(p.name + ' ' + ct)}.{thread}/post-{aid}"
            lines.append(
                pick(
                    rng,
                    [
                        lambda: f"Moderator: {tr.furn('support_email', 'mod@kundeprat.net')}",
                        lambda: f"Sist redigert {tr.furn('date', date_text(when, flang, rng))}",
                        lambda: "",
                    ],
                )
            )
        tr.furn("thread_id", thread)
        title = rng.choice([f"{p.name} – {ct} – erfaringer?", f"Re: {p.name} ({ct})", f"{ct}: {p.name} {p.age}"])
        body = "\n".join(x for x in lines if x)
        return Ad(self.name, aid, url, title, body, "", when, tr, phones, own, emails)
