# ruff: noqa: E501
"""Persons, controllers and six fictional sites posting over nine months (benchmarks/blind6)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import string
from dataclasses import dataclass, field
from typing import Any

from .hide import EMAIL_STYLES, PHONE_STYLES, email_text, phone_text, pick
from .lex import CC, CITIES, CITY_WEIGHT, cc_nsn, intl_form, landline, mobile, national_form

START = dt.datetime(2026, 3, 1)
DAYS = 274

NAMES: dict[str, list[str]] = {
    "NO": ["Ingrid", "Silje", "Mari", "Tuva", "Sunniva", "Åse", "Hedda", "Marte"],
    "SE": ["Elin", "Moa", "Linnéa", "Saga", "Tindra", "Ebba", "Märta", "Alva"],
    "DK": ["Sofie", "Freja", "Ida", "Mathilde", "Signe", "Line", "Nanna", "Maja"],
    "RO": ["Ioana", "Bianca", "Andreea", "Roxana", "Ștefania", "Denisa", "Alina", "Georgiana"],
    "PL": ["Małgorzata", "Kasia", "Agnieszka", "Zuzanna", "Iwona", "Ola", "Weronika", "Paulina"],
    "BG": ["Desislava", "Petya", "Raya", "Yoana", "Gergana", "Tsveta"],
    "HU": ["Zsófia", "Réka", "Eszter", "Dóra", "Kinga", "Noémi"],
    "TH": ["Nok", "Ploy", "Fah", "Mint", "Ying", "Pim", "Noi", "Kanya"],
    "NG": ["Blessing", "Joy", "Precious", "Favour", "Chioma", "Ngozi"],
    "BR": ["Letícia", "Thaís", "Camila", "Júlia", "Bruna", "Luana"],
    "ES": ["Lucía", "Nerea", "Inés", "Paula", "Ainhoa"],
    "LT": ["Gintarė", "Rūta", "Eglė", "Aistė"],
    "UA": ["Oksana", "Yuliia", "Kateryna", "Daryna", "Olena"],
    "CO": ["Valentina", "Mariana", "Daniela", "Yuliana", "Catalina"],
    "GB": ["Chloe", "Jade", "Amber", "Holly"],
    "EE": ["Kertu", "Liis", "Triin", "Maarja"],
    "VE": ["Génesis", "Yorgelis", "Andrea", "Oriana"],
}
ORIGIN_WEIGHT = {
    "NO": 6,
    "SE": 7,
    "DK": 6,
    "RO": 14,
    "PL": 6,
    "BG": 6,
    "HU": 5,
    "TH": 10,
    "NG": 8,
    "BR": 5,
    "ES": 3,
    "LT": 3,
    "UA": 4,
    "CO": 4,
    "GB": 2,
    "EE": 2,
    "VE": 3,
}
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "protonmail.com",
    "online.no",
    "live.se",
    "hotmail.dk",
    "icloud.com",
    "mail.ru",
    "wp.pl",
    "yahoo.ro",
    "abv.bg",
    "telia.com",
]
HOTELS = [
    "Hotell Fjordlys",
    "Nordstjernan Hotel",
    "Hotel Kronborg Plaza",
    "Scandinavian Inn",
    "Hotel Havblikk",
    "Strandhotellet",
    "City Lodge Nord",
    "Hotel Lindegården",
]
STREETS = {
    "NO": ["Storgata", "Kirkeveien", "Markveien", "Bogstadveien"],
    "SE": ["Drottninggatan", "Storgatan", "Kungsgatan", "Sveavägen"],
    "DK": ["Vesterbrogade", "Nørregade", "Istedgade", "Algade"],
}
MONTHS = {
    "no": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "sv": ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    "da": ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
INTRO = {
    "no": [
        "Ny i byen, diskret og hyggelig.",
        "Søt jente på besøk, kun noen dager!",
        "Avslappende massasje og godt selskap.",
        "Snakker engelsk og litt norsk.",
        "Kun hotellbesøk, ingen skjult nummer.",
        "Rolig og smilende, ta kontakt for avtale.",
    ],
    "sv": [
        "Ny i stan! Diskret och trevlig.",
        "Söt tjej på besök, bara några dagar.",
        "Avslappnande massage och trevligt sällskap.",
        "Pratar engelska och lite svenska.",
        "Endast hotellbesök, inga dolda nummer.",
        "Lugn och glad, hör av dig för tid.",
    ],
    "da": [
        "Ny i byen, diskret og sød.",
        "Sød pige på besøg, kun få dage!",
        "Afslappende massage og hyggeligt selskab.",
        "Taler engelsk og lidt dansk.",
        "Kun hotelbesøg, ingen skjulte numre.",
        "Rolig og smilende, skriv for en aftale.",
    ],
    "en": [
        "New in town, discreet and friendly.",
        "Sweet girl visiting, only a few days!",
        "Relaxing massage and good company.",
        "I speak English, a little Swedish.",
        "Hotel visits only, no hidden numbers.",
        "Calm and smiling, message me to book.",
    ],
}
MORE = {
    "no": [
        "Jeg er en varm og leken jente som elsker å gi deg en god opplevelse.",
        "Ta kontakt på forhånd, jeg svarer ikke på skjult nummer.",
        "Besøk hos deg eller på hotellet mitt, diskresjon garantert.",
        "Bare seriøse henvendelser, takk. Ingen spørsmål om pris på SMS.",
    ],
    "sv": [
        "Jag är en varm och lekfull tjej som vill ge dig en fin stund.",
        "Hör av dig i god tid, jag svarar inte på dolda nummer.",
        "Besök hos dig eller på mitt hotell, diskretion utlovas.",
        "Endast seriösa förfrågningar tack, inga prisfrågor på sms.",
    ],
    "da": [
        "Jeg er en varm og legesyg pige, som gerne giver dig en god oplevelse.",
        "Skriv i god tid, jeg svarer ikke på skjulte numre.",
        "Besøg hos dig eller på mit hotel, diskretion garanteret.",
        "Kun seriøse henvendelser tak, ingen prisspørgsmål på sms.",
    ],
    "en": [
        "I am a warm and playful girl who loves to give you a good time.",
        "Contact me in advance, I do not answer hidden numbers.",
        "Outcall to you or incall at my hotel, discretion guaranteed.",
        "Serious requests only please, no price questions by text.",
    ],
}
SPOKEN = {
    "no": ["Språk: engelsk, litt norsk", "Snakker: English, español", "Språk: rumensk, engelsk"],
    "sv": ["Språk: engelska, lite svenska", "Talar: English, polski", "Språk: thai, engelska"],
    "da": ["Sprog: engelsk, lidt dansk", "Taler: English, русский", "Sprog: ungarsk, engelsk"],
    "en": ["Languages: English, Romanian", "I speak English and a little Swedish", "Languages: Thai, English"],
}
LEAD = {
    "no": ["Ring/SMS:", "Tlf:", "Kontakt meg på", "Mobil", "Ring meg", "SMS kun:"],
    "sv": ["Ring eller sms:a", "Tel:", "Nå mig på", "Mobil:", "Sms:a", "Ring:"],
    "da": ["Ring/sms:", "Tlf.", "Kontakt mig på", "Mobil:", "Skriv på", "Ring:"],
    "en": ["Call/text:", "Phone:", "WhatsApp", "Reach me on", "Tel", "Text only:"],
}
MAILLEAD = {"no": "E-post:", "sv": "Mejla:", "da": "Mail:", "en": "Email:"}
AGE_WORD = {"no": "år", "sv": "år", "da": "år", "en": "y.o."}
TEEN_WORDS = {
    "no": {16: "seksten", 17: "sytten"},
    "sv": {16: "sexton", 17: "sjutton"},
    "da": {16: "seksten", 17: "sytten"},
    "en": {16: "sixteen", 17: "seventeen"},
}


@dataclass
class Site:
    name: str
    domain: str
    lang: str
    country: str | None
    redesign: int
    id_range: tuple[int, int]
    support_phone: str = ""
    support_email: str = ""
    moved_to: str = ""
    next_id: int = 0


@dataclass
class Person:
    pid: str
    name: str
    origin: str
    age: int
    numbers: list[tuple[int, str]]
    email: str | None
    handle: str | None
    tour: list[tuple[int, str]]
    sites: list[str]
    net: str
    weight: float
    minor_text: str = ""
    aliases: dict[str, str] = field(default_factory=dict)

    def number(self, day: int) -> str | None:
        cur = None
        for start, num in self.numbers:
            if start <= day:
                cur = num
        return cur

    def old_number(self, day: int) -> str | None:
        prev = None
        for start, num in self.numbers:
            if start <= day:
                if num != self.number(day):
                    prev = num
                if 0 <= day - start < 21 and prev:
                    return prev
        return None

    def city(self, day: int) -> str:
        cur = self.tour[0][1]
        for start, c in self.tour:
            if start <= day:
                cur = c
        return cur


@dataclass
class Network:
    nid: str
    phone: str | None
    email: str | None
    kind: str  # "agency" or "parlour"
    city: str = ""
    members: list[str] = field(default_factory=list)


class Ad:
    """One ad being composed: text pieces, and the truth as it is written."""

    def __init__(self) -> None:
        self.furniture: list[dict[str, Any]] = []
        self.phones: list[str] = []
        self.own: list[str] = []
        self.pstyles: dict[str, str] = {}
        self.emails: list[str] = []
        self.estyles: dict[str, str] = {}
        self.slugnum = ""  # a number written only in the URL's slug

    def furn(self, kind: str, text: str, e164: str | None = None) -> str:
        item: dict[str, Any] = {"kind": kind, "digits": re.sub(r"\D", "", text), "text": text}
        if e164:
            item["e164"] = e164
        self.furniture.append(item)
        return text


def _slug(s: str) -> str:
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("ä", "a"), ("ö", "o"), ("ü", "u"), ("é", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


class Market:
    def __init__(self, seed: int, n_ads: int) -> None:
        self.rng = random.Random(seed * 7919 + 6)
        self.n_ads = n_ads
        r = self.rng
        self.sites = {
            "nattsommer": Site("nattsommer", "nattsommer.no", "no", "NO", r.randint(120, 160), (3_100_000, 3_900_000)),
            "kvallsljus": Site(
                "kvallsljus", "kvallsljus.se", "sv", "SE", r.randint(110, 170), (20_400_000, 26_000_000)
            ),
            "hyggelys": Site("hyggelys", "hyggelys.dk", "da", "DK", r.randint(100, 150), (410_000, 690_000)),
            "nordicrose": Site(
                "nordicrose",
                "nordicrose.se",
                "en",
                None,
                r.randint(115, 135),
                (88_000, 140_000),
                moved_to="nordicrose.cx",
            ),
            "roligamassage": Site("roligamassage", "roligamassage.nu", "sv", None, r.randint(130, 170), (1_000, 9_000)),
            "kundesnakk": Site("kundesnakk", "kundesnakk.net", "no", None, r.randint(90, 180), (150_000, 420_000)),
        }
        self.sites["nattsommer"].support_phone = landline(r, "NO")
        self.sites["kvallsljus"].support_phone = landline(r, "SE")
        self.sites["hyggelys"].support_phone = landline(r, "DK")
        self.sites["nordicrose"].support_phone = mobile(r, "GB")
        self.sites["roligamassage"].support_phone = landline(r, "SE")
        for s in self.sites.values():
            s.support_email = (
                r.choice(["support", "kundeservice", "hjelp", "info", "kontakt", "admin"]) + "@" + s.domain
            )
            s.next_id = r.randint(*s.id_range)
        self.networks: list[Network] = []
        self.persons: list[Person] = []
        self._lang = "en"
        self._people()

    # ---- the world ----------------------------------------------------------------------------------
    def _city(self, country: str | None = None) -> str:
        names = [c for c in CITIES if country is None or CITIES[c][0] == country]
        return self.rng.choices(names, weights=[CITY_WEIGHT[c] for c in names])[0]

    def _email(self, name: str, origin: str) -> str:
        r = self.rng
        base = _slug(name).replace("-", "")
        local = r.choice(
            [
                f"{base}{r.randint(1, 99)}",
                f"{base}.{r.choice(['love', 'sweet', 'vip', 'nord', 'xo'])}",
                f"{base}_{r.randint(1985, 2006)}",
                f"{r.choice(['sweet', 'miss', 'lady', 'hot'])}{base}",
            ]
        )
        dom = r.choice(
            DOMAINS[:5]
            + {
                "NO": ["online.no"],
                "SE": ["live.se", "telia.com"],
                "DK": ["hotmail.dk"],
                "RO": ["yahoo.ro"],
                "PL": ["wp.pl"],
                "BG": ["abv.bg"],
                "UA": ["mail.ru"],
            }.get(origin, ["icloud.com"])
        )
        return f"{local}@{dom}"

    def _people(self) -> None:
        r = self.rng
        n_persons = max(4, self.n_ads // 5)
        n_nets = max(1, n_persons // 14)
        for k in range(n_nets):
            kind = "parlour" if k % 3 == 0 else "agency"
            country = r.choice(["NO", "SE", "DK"])
            city = self._city(country)
            phone = (
                (landline(r, country) if kind == "parlour" and r.random() < 0.5 else mobile(r, country))
                if r.random() < 0.9
                else None
            )
            email = (
                f"{r.choice(['booking', 'vip', 'bestill', 'info'])}.{_slug(city)}{r.randint(1, 99)}@{r.choice(DOMAINS[:5])}"
                if (r.random() < 0.4 or phone is None)
                else None
            )
            self.networks.append(Network(f"net-{k:03d}", phone, email, kind, city))
        origins = list(ORIGIN_WEIGHT)
        for i in range(n_persons):
            origin = r.choices(origins, weights=[ORIGIN_WEIGHT[o] for o in origins])[0]
            base_country = origin if origin in CC else r.choice(["NO", "SE", "DK"])
            net: Network | None = None
            if r.random() < 0.3:
                net = r.choice(self.networks)
                base_country = CITIES[net.city][0]
            if net and net.kind == "parlour" and origin not in CC and r.random() < 0.7:
                origin = "TH"
            name = r.choice(NAMES[origin])
            age = r.randint(19, 44) if r.random() > 0.025 else r.choice([16, 17, 17])
            # numbers: a local SIM or the home one; some change number during the period
            country = base_country if origin in CC or r.random() < 0.55 else origin
            numbers = [(0, mobile(r, country))]
            if r.random() < 0.18:
                numbers.append((r.randint(40, DAYS - 30), mobile(r, r.choice([country, base_country]))))
            if r.random() < 0.05:
                numbers = []
            email = self._email(name, origin) if r.random() < 0.3 or not numbers else None
            handle = (
                f"{_slug(name).replace('-', '')}{r.choice(['_', '.', ''])}{r.randint(10, 9999)}"
                if r.random() < 0.25
                else None
            )
            home = net.city if net else self._city(base_country)
            tour = [(0, home)]
            if r.random() < 0.3 and not (net and net.kind == "parlour"):
                day = r.randint(5, 40)
                while day < DAYS:
                    tour.append((day, self._city(r.choice(["NO", "SE", "DK", base_country]))))
                    day += r.randint(5, 30)
            if net and net.kind == "parlour":
                sites = ["roligamassage"] + (["kundesnakk"] if r.random() < 0.4 else [])
            else:
                home_site = {"NO": "nattsommer", "SE": "kvallsljus", "DK": "hyggelys"}[base_country]
                sites = [home_site]
                for extra in ("nordicrose", "kundesnakk", "nattsommer", "kvallsljus", "hyggelys"):
                    if extra not in sites and r.random() < (0.35 if extra in ("nordicrose", "kundesnakk") else 0.12):
                        sites.append(extra)
            p = Person(
                f"p{i:05d}",
                name,
                origin,
                age,
                numbers,
                email,
                handle,
                tour,
                sites,
                net.nid if net else f"solo-p{i:05d}",
                r.paretovariate(1.6),
            )
            if len(sites) > 1 and r.random() < 0.25:
                other = r.choice(sites[1:])
                p.aliases[other] = r.choice([n for n in NAMES[origin] + NAMES["BR"] if n != name])
            if net:
                net.members.append(p.pid)
            self.persons.append(p)
        self.net_of = {n.nid: n for n in self.networks}

    # ---- ads ----------------------------------------------------------------------------------------
    def ads(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        r = self.rng
        weights = [p.weight for p in self.persons]
        plan: list[tuple[int, int, str, Person]] = []
        for _ in range(self.n_ads):
            p = r.choices(self.persons, weights=weights)[0]
            site = r.choice(p.sites)
            plan.append((r.randrange(DAYS), r.randrange(24 * 60), site, p))
        plan.sort(key=lambda x: (x[0], x[1], x[2], x[3].pid))
        out: list[tuple[dict[str, Any], dict[str, Any]]] = []
        posted: dict[str, list[tuple[str, str, Person, int]]] = {"nattsommer": [], "kvallsljus": [], "hyggelys": []}
        for day, minute, site_name, p in plan:
            site = self.sites[site_name]
            site.next_id += r.randint(1, 60)
            when = START + dt.timedelta(days=day, minutes=minute)
            ad = Ad()
            source = None
            if site_name == "nordicrose" and r.random() < 0.3:
                pool = [x for x in posted["nattsommer"] + posted["kvallsljus"] + posted["hyggelys"] if x[3] > day - 20]
                if pool:
                    source = pool[r.randrange(len(pool))]
                    p = source[2]
            rec, truth = self._compose(site, p, day, when, ad, source)
            if site_name in posted:
                posted[site_name].append((site.domain, rec["id"], p, day))
            out.append((rec, truth))
        return out

    def _contacts(self, site: Site, p: Person, day: int, ad: Ad, lang: str) -> list[str]:
        """The contact lines of an ad, recorded in the truth as they are written."""
        r = self.rng
        net = self.net_of.get(p.net)
        lines: list[str] = []
        own = p.number(day)
        show_own = own is not None and (net is None or net.phone is None or r.random() < 0.55)
        show_booking = net is not None and net.phone is not None and (not show_own or r.random() < 0.5)
        country = site.country or CITIES[p.city(day)][0]
        if show_own and own and site.name in ("nattsommer", "hyggelys", "nordicrose") and r.random() < 0.04:
            cc, nsn = cc_nsn(own)
            at_home = CC.get(CITIES[p.city(day)][0]) == int(cc)
            ad.slugnum = (("0" if cc == "46" else "") + nsn) if at_home else cc + nsn
            lines.append(
                {"no": "Nummeret står i lenken", "sv": "Numret finns i länken", "da": "Nummeret står i linket"}.get(
                    lang, "My number is in the link"
                )
            )
            ad.phones.append(own)
            ad.own.append(own)
            ad.pstyles[own] = "url slug"
        elif show_own and own:
            style = pick(r, PHONE_STYLES)
            text = phone_text(r, own, country, lang, style)
            lines.append(f"{r.choice(LEAD[lang])} {text}")
            ad.phones.append(own)
            ad.own.append(own)
            ad.pstyles[own] = style
            old = p.old_number(day)
            if old and r.random() < 0.6:
                lines.append(
                    {
                        "no": "Gammelt nr. {} virker ikke lenger",
                        "sv": "Gamla numret {} funkar inte",
                        "da": "Gamle nr. {} virker ikke",
                    }.get(lang, "Old number {} is off").format(phone_text(r, old, country, lang, "plain"))
                )
                ad.phones.append(old)
                ad.own.append(old)
                ad.pstyles[old] = "plain (old number)"
        if show_booking and net and net.phone:
            style = pick(r, PHONE_STYLES[:6])
            text = phone_text(r, net.phone, country, lang, style)
            lines.append(
                {"no": "Booking: {}", "sv": "Bokning: {}", "da": "Booking: {}"}.get(lang, "Bookings: {}").format(text)
            )
            if net.phone not in ad.phones:
                ad.phones.append(net.phone)
                ad.pstyles[net.phone] = style
        mails = []
        if p.email and (not ad.phones or r.random() < 0.5):
            mails.append(p.email)
        if net and net.email and (not ad.phones or r.random() < 0.3):
            mails.append(net.email)
        for em in mails:
            style = pick(r, EMAIL_STYLES)
            lines.append(f"{MAILLEAD[lang]} {email_text(r, em, lang, style)}")
            ad.emails.append(em)
            ad.estyles[em] = style
        if p.handle and r.random() < 0.5:
            app = r.choice(["Snap", "Telegram", "Kik", "Insta", "Signal"])
            lines.append(f"{app}: {'@' if r.random() < 0.5 else ''}{p.handle}")
            if any(c.isdigit() for c in p.handle):
                ad.furn("handle", p.handle)
        return lines

    def _age(self, p: Person, lang: str) -> str:
        r = self.rng
        if p.age < 18 and r.random() < 0.5:
            return r.choice(
                [
                    TEEN_WORDS[lang][p.age] + (" år" if lang != "en" else " years"),
                    f"{p.age}yo",
                    f"snart 18 ({p.age})" if lang != "en" else f"almost 18 ({p.age})",
                    f"født {2026 - p.age}"
                    if lang in ("no", "da")
                    else f"född {2026 - p.age}"
                    if lang == "sv"
                    else f"born {2026 - p.age}",
                ]
            )
        return r.choice([f"{p.age} {AGE_WORD[lang]}", f"{p.age}", f"{p.age}{AGE_WORD[lang][0]}"])

    def _date(self, when: dt.datetime, lang: str) -> str:
        r = self.rng
        m = MONTHS[lang][when.month - 1]
        if lang == "no":
            return r.choice(
                [when.strftime("%d.%m.%Y kl. %H:%M"), f"{when.day}. {m} {when.year}", when.strftime("%d.%m.%y %H.%M")]
            )
        if lang == "sv":
            return r.choice(
                [
                    when.strftime("%Y-%m-%d %H:%M"),
                    f"{when.day} {m} {when.year} kl {when:%H.%M}",
                    when.strftime("%y%m%d"),
                ]
            )
        if lang == "da":
            return r.choice(
                [when.strftime("%d/%m-%Y kl. %H.%M"), f"{when.day}. {m} {when.year}", when.strftime("%d-%m-%Y")]
            )
        return r.choice(
            [
                f"{m} {when.day}, {when.year} {when:%I:%M %p}",
                when.strftime("%d/%m/%Y %H:%M"),
                f"{when.day} {m} {when.year}",
            ]
        )

    def _price(self, lang: str, country: str) -> str:
        r = self.rng
        cur = {"NO": ["kr", "NOK", ",-"], "SE": ["kr", "SEK", ":-"], "DK": ["kr.", "DKK", ",-"]}[country]
        amount = r.choice([800, 1000, 1200, 1500, 1800, 2000, 2500, 3000, 3500])
        a = r.choice([f"{amount}", f"{amount:,}".replace(",", " "), f"{amount:,}".replace(",", ".")])
        c = r.choice(cur)
        unit = {"no": "/t", "sv": "/tim", "da": "/time", "en": "/h"}[lang]
        s = r.choice(
            [
                f"{a} {c}{unit}",
                f"{c} {a}",
                f"{a}{c}",
                f"30 min {amount * 6 // 10} {c} · 60 min {a} {c}",
                f"€{amount // 11} / {a} {c}",
            ]
        )
        return s

    def _measures(self, lang: str) -> str:
        r = self.rng
        h, w = r.randint(150, 182), r.randint(45, 80)
        return r.choice(
            [
                f"{h} cm / {w} kg",
                f"{h}cm {w}kg {r.choice(['75B', '80C', '85D', '70A'])}",
                f"{r.randint(82, 100)}-{r.randint(56, 70)}-{r.randint(84, 100)}",
                f"H: {h} V: {w}",
            ]
        )

    def _hours(self) -> str:
        r = self.rng
        a, b = r.randint(8, 14), r.randint(20, 26) % 24
        return r.choice([f"{a:02d}:00–{b:02d}:00", f"{a}-{b}", f"kl. {a}–{b}", f"{a}.00-{b}.00", "24/7"])

    def _city_text(self, city: str) -> str:
        return city if self.rng.random() < 0.45 else self.rng.choice(CITIES[city][1])

    def _compose(
        self, site: Site, p: Person, day: int, when: dt.datetime, ad: Ad, source: tuple[str, str, Person, int] | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        r = self.rng
        city = p.city(day)
        ccountry = CITIES[city][0]
        v2 = day >= site.redesign
        lang = site.lang
        if site.name in ("roligamassage", "kundesnakk", "nordicrose"):
            lang = (
                r.choice([{"NO": "no", "SE": "sv", "DK": "da"}[ccountry], "en"])
                if site.name != "nordicrose"
                else ("en" if r.random() < 0.8 else {"NO": "no", "SE": "sv", "DK": "da"}[ccountry])
            )
        if p.origin not in CC and lang != "en" and r.random() < 0.25:
            lang = "en"  # a foreign advertiser writing in English on a Nordic site
        self._lang = lang
        aid = str(site.next_id)
        contacts = self._contacts(site, p, day, ad, lang)
        ctext = self._city_text(city)
        fn = getattr(self, "_site_" + site.name)
        shown = p
        if site.name in p.aliases:  # another name on this site; the age is rounded differently from ad to ad
            shown = dataclasses.replace(p, name=p.aliases[site.name])
        if p.age >= 18 and r.random() < 0.3:
            shown = dataclasses.replace(shown, age=max(18, p.age + r.choice([-2, -1, 1, -3])))
        title, body, url, city_field = fn(site, shown, day, when, ad, lang, aid, city, ctext, contacts, v2, source)
        title, body = self._extras(site, p, day, when, ad, lang, city, title, body, v2)
        for f in ad.furniture:
            if f["kind"] == "ad_id" and f["digits"] == aid:
                break
        else:
            ad.furn("ad_id", aid)
        rec = {
            "id": aid,
            "site": site.name,
            "url": url,
            "posted_at": when.strftime("%Y-%m-%dT%H:%M:%S"),
            "title": title,
            "body": body,
            "city": city_field,
            "images": [f"https://img.{site.domain}/{aid}/{k}.jpg" for k in range(r.randint(0, 3))],
        }
        truth = {
            "id": aid,
            "site": site.name,
            "url": url,
            "phones": ad.phones,
            "own_phones": ad.own,
            "phone_styles": ad.pstyles,
            "emails": ad.emails,
            "email_styles": ad.estyles,
            "city": city,
            "person_id": p.pid,
            "network_id": p.net,
            "age": p.age,
            "language": lang,
            "furniture": ad.furniture,
        }
        return rec, truth

    def _extras(
        self,
        site: Site,
        p: Person,
        day: int,
        when: dt.datetime,
        ad: Ad,
        lang: str,
        city: str,
        title: str,
        body: str,
        v2: bool,
    ) -> tuple[str, str]:
        """Lines any site's ads carry now and then: a tour plan naming other cities, a rank, a hotel's
        reception number, the site's masked copy of the number, an account for a deposit, the number in the title."""
        r = self.rng
        lines = body.split("\n")
        add: list[str] = []
        later = [(d, c) for d, c in p.tour if d > day]
        if later and r.random() < 0.5:
            stops = [(day, city), *later[:2]]
            parts = []
            for k, (d, c) in enumerate(stops):
                start = START + dt.timedelta(days=d)
                end = START + dt.timedelta(days=(stops[k + 1][0] - 1 if k + 1 < len(stops) else d + 3))
                span = (
                    f"{start.day}/{start.month}–{end.day}/{end.month}"
                    if r.random() < 0.5
                    else f"{start:%d.%m}-{end:%d.%m}"
                )
                parts.append(f"{self._city_text(c)} {ad.furn('date', span)}")
            lead = {"no": "Turné:", "sv": "Turné:", "da": "Turné:", "en": "Tour:"}[lang]
            add.append(f"{lead} " + r.choice([" · ", ", ", " → "]).join(parts))
        if site.name in ("nattsommer", "nordicrose", "hyggelys") and r.random() < 0.25:
            n, of = r.randint(1, 60), r.randint(61, 900)
            k = r.randrange(3)
            if k == 0:
                add.append(
                    f"Plass {ad.furn('rank', str(n))} av {ad.furn('counter', str(of))} i {self._city_text(city)}"
                )
            elif k == 1:
                add.append(f"Rank #{ad.furn('rank', str(n))} in {city}")
            else:
                add.append(f"Top {ad.furn('rank', str(n))} 🔥")
        if site.name in ("nordicrose", "kundesnakk") and r.random() < 0.1:
            hotel_phone = landline(r, CITIES[city][0])
            add.append(
                f"{r.choice(HOTELS)} (reception {ad.furn('hotel_phone', national_form(r, hotel_phone), hotel_phone)})"
            )
        if site.name in ("nattsommer", "kvallsljus", "hyggelys") and v2 and ad.own and r.random() < 0.35:
            own = ad.own[0]
            nat = national_form(r, own).replace(" ", "")
            keep = len(nat) - r.choice([2, 3, 4])
            masked = nat[:keep] + "*" * (len(nat) - keep)
            label = {
                "nattsommer": "Telefon: {} (vis nummer)",
                "kvallsljus": "Telefon: {} – visa numret",
                "hyggelys": "Tlf.: {} [vis]",
            }[site.name]
            lines.insert(1, label.format(ad.furn("masked_number", masked)))
        if site.name == "nattsommer" and r.random() < 0.05:
            acct = f"{r.randint(1000, 9999)}.{r.randint(10, 99)}.{r.randint(10000, 99999)}"
            add.append(f"Forskudd til konto {ad.furn('payment_no', acct)}")
        if site.name == "nattsommer" and v2:
            add.append(
                f"Nattsommer AS · org.nr. {ad.furn('org_no', f'9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}')}"
            )
        if ad.own and r.random() < 0.05 and ad.pstyles.get(ad.own[0]) in ("plain", "intl"):
            title = f"{title} – {national_form(r, ad.own[0])}"
        if add:
            at = r.randint(1, max(1, len(lines) - 1))
            lines[at:at] = add
        return title, "\n".join(lines)

    def _body(self, parts: list[str]) -> str:
        r = self.rng
        lang = self._lang
        if r.random() < 0.7:
            parts = [parts[0], r.choice(MORE[lang]), *parts[1:]]
        if r.random() < 0.4:
            parts.insert(2, r.choice(SPOKEN[lang]))
        return "\n".join(x for x in parts if x)

    # ---- the six sites ------------------------------------------------------------------------------
    def _site_nattsommer(
        self,
        site: Site,
        p: Person,
        day: int,
        when: dt.datetime,
        ad: Ad,
        lang: str,
        aid: str,
        city: str,
        ctext: str,
        contacts: list[str],
        v2: bool,
        source: Any,
    ) -> tuple[str, str, str, str]:
        r = self.rng
        title = (
            f"{p.name} ({self._age(p, lang)}) – {ctext}"
            if r.random() < 0.6
            else f"{r.choice(['NY', 'Ny', 'Nyhet!'])} {p.name} i {ctext}"
        )
        attrs = (
            f"Alder: {self._age(p, lang)} | {self._measures(lang)} | Pris: {ad.furn('price', self._price(lang, 'NO'))}"
        )
        ad.furniture.append(
            {"kind": "measurement", "digits": re.sub(r"\D", "", attrs.split("|")[1]), "text": attrs.split("|")[1]}
        )
        if not v2:
            url = f"https://www.nattsommer.no/annonse/{aid}/{_slug(p.name)}-{_slug(city)}{'-' + ad.slugnum if ad.slugnum else ''}"
            footer = f"Annonse-nr. {aid} · Publisert {ad.furn('date', self._date(when, 'no'))} · Sett {ad.furn('counter', str(r.randint(20, 40000)))} ganger"
        else:
            url = f"https://nattsommer.no/{_slug(city)}/{_slug(p.name)}{'-tlf-' + ad.slugnum if ad.slugnum else ''}-a{aid}?ref=liste&side={r.randint(1, 40)}"
            code = f"NS-{int(aid):X}"
            footer = (
                f"Annonsekode {aid} / {ad.furn('ref_code', code)} — oppdatert {ad.furn('date', self._date(when, 'no'))}\n"
                f"Kundeservice {ad.furn('support_phone', national_form(r, site.support_phone), site.support_phone)} · "
                f"{ad.furn('support_email', site.support_email)}"
            )
        body = self._body(
            [
                r.choice(INTRO[lang]),
                attrs,
                *contacts,
                f"Åpent {ad.furn('hours', self._hours())}" if r.random() < 0.5 else "",
                footer,
            ]
        )
        return title, body, url, ctext if r.random() < 0.9 else ""

    def _site_kvallsljus(
        self,
        site: Site,
        p: Person,
        day: int,
        when: dt.datetime,
        ad: Ad,
        lang: str,
        aid: str,
        city: str,
        ctext: str,
        contacts: list[str],
        v2: bool,
        source: Any,
    ) -> tuple[str, str, str, str]:
        r = self.rng
        title = r.choice(
            [
                f"{p.name}, {self._age(p, lang)} – ny i {ctext}",
                f"{ctext}: {p.name} {r.choice(['💋', '🌹', ''])}",
                f"{p.name} {self._age(p, lang)}",
            ]
        )
        attrs = (
            f"Ålder: {self._age(p, lang)} · Längd {r.randint(150, 182)} · {ad.furn('price', self._price(lang, 'SE'))}"
        )
        if not v2:
            url = f"https://kvallsljus.se/visa.php?annons={aid}&kat={r.randint(1, 9)}&sid={''.join(r.choice('0123456789abcdef') for _ in range(12))}"
            footer = f"Annons-nr: {aid}\nInlagd: {ad.furn('date', self._date(when, 'sv'))} · Visningar: {ad.furn('counter', f'{r.randint(20, 30000):,}'.replace(',', ' '))}\nMedlem sedan {ad.furn('year', str(r.randint(2015, 2025)))}"
        else:
            b36 = ""
            n = int(aid)
            while n:
                n, d = divmod(n, 36)
                b36 = (string.digits + string.ascii_lowercase)[d] + b36
            url = f"https://www.kvallsljus.se/annons/{_slug(city)}/{b36}-{_slug(p.name)}"
            org = f"559{r.randint(0, 999):03d}-{r.randint(0, 9999):04d}"
            footer = (
                f"Objekt {aid} · uppdaterad {ad.furn('date', self._date(when, 'sv'))}\n"
                f"Kundtjänst: {ad.furn('support_phone', national_form(r, site.support_phone), site.support_phone)}, {ad.furn('support_email', site.support_email)} · Kvällsljus AB org.nr {ad.furn('org_no', org)}"
            )
        body = self._body(
            [
                r.choice(INTRO[lang]),
                attrs,
                *contacts,
                (
                    f"Här t.o.m. {ad.furn('date', f'{(when + dt.timedelta(days=4)).day}/{(when + dt.timedelta(days=4)).month}')}"
                    if r.random() < 0.5
                    else ""
                ),
                footer,
            ]
        )
        return title, body, url, ctext if r.random() < 0.85 else ""

    def _site_hyggelys(
        self,
        site: Site,
        p: Person,
        day: int,
        when: dt.datetime,
        ad: Ad,
        lang: str,
        aid: str,
        city: str,
        ctext: str,
        contacts: list[str],
        v2: bool,
        source: Any,
    ) -> tuple[str, str, str, str]:
        r = self.rng
        title = r.choice(
            [
                f"{p.name} {self._age(p, lang)} – {ctext}",
                f"Sød {p.name} i {ctext}",
                f"{p.name} | {ctext} | {r.choice(['ny', 'tilbage', 'kun i dag'])}",
            ]
        )
        mem = f"{r.randint(1, 99)}.{r.randint(0, 999):03d}"
        attrs = f"Alder {self._age(p, lang)} · {self._measures(lang)} · {ad.furn('price', self._price(lang, 'DK'))}"
        k = r.randrange(3)
        pay = ""
        if k == 1:
            pay = f"Betaling: MobilePay {ad.furn('payment_no', str(r.randint(10000, 99999)))}"
        elif k == 2:
            pay = f"Depositum til konto {ad.furn('payment_no', f'{r.randint(1000, 9999)} {r.randint(1000000000, 9999999999)}')}"
        if not v2:
            url = f"https://hyggelys.dk/profil/{_slug(p.name)}{'-' + ad.slugnum if ad.slugnum else ''}/{aid}.html"
            footer = f"Profil-ID: {aid} · Medlemsnr. {ad.furn('member_no', mem)}\nOprettet {ad.furn('date', self._date(when, 'da'))} · Visninger: {ad.furn('counter', f'{r.randint(20, 50000):,}'.replace(',', '.'))}"
        else:
            url = f"https://www.hyggelys.dk/annoncer/{_slug(city)}/{aid}-{_slug(p.name)}{'-' + ad.slugnum if ad.slugnum else ''}?utm_source=forside&pos={r.randint(1, 120)}"
            cvr = str(r.randint(30000000, 44999999))
            footer = (
                f"Annonce #{aid} · {ad.furn('date', self._date(when, 'da'))}\n"
                f"Hyggelys ApS · CVR {ad.furn('cvr', cvr)} · Kontakt os: {ad.furn('support_phone', national_form(r, site.support_phone), site.support_phone)}"
            )
        body = self._body([r.choice(INTRO[lang]), attrs, *contacts, pay, footer])
        return title, body, url, ctext if r.random() < 0.85 else ""

    def _site_nordicrose(
        self,
        site: Site,
        p: Person,
        day: int,
        when: dt.datetime,
        ad: Ad,
        lang: str,
        aid: str,
        city: str,
        ctext: str,
        contacts: list[str],
        v2: bool,
        source: Any,
    ) -> tuple[str, str, str, str]:
        r = self.rng
        country = CITIES[city][0]
        cname = {"NO": "norway", "SE": "sweden", "DK": "denmark"}[country]
        title = r.choice(
            [
                f"{p.name} – {ctext} escort {self._age(p, lang)}",
                f"VIP {p.name} in {ctext}",
                f"{p.name} ({p.origin}) {ctext}",
            ]
        )
        rating = f"{r.randint(30, 50) / 10:.1f}"
        hotel = r.choice(HOTELS)
        room = str(r.randint(101, 1299))
        lines = [
            r.choice(INTRO[lang]),
            f"Rates: 1h {ad.furn('price', self._price('en', country))}",
            f"Incall at {hotel}, room {ad.furn('hotel_room', room)}" if r.random() < 0.4 else "",
            f"Rating {ad.furn('rating', rating)} ({ad.furn('counter', str(r.randint(1, 400)))} reviews)"
            if r.random() < 0.6
            else "",
            *contacts,
            f"Available {ad.furn('hours', self._hours())}",
        ]
        if source:
            dom, sid, _, _ = source
            lines.append(
                f"Source: {dom} ad {ad.furn('source_id', sid)}"
                if r.random() < 0.5
                else f"Reposted from {dom} (#{ad.furn('source_id', sid)})"
            )
        if not v2:
            url = f"https://nordicrose.se/escort/{cname}/{_slug(city)}/{_slug(p.name)}{'-' + ad.slugnum if ad.slugnum else ''}-{aid}/"
            lines.append(f"Listing ID {aid} · added {ad.furn('date', self._date(when, 'en'))}")
        else:
            url = f"https://nordicrose.cx/girl/{aid}{'/' + _slug(p.name) + '-' + ad.slugnum if ad.slugnum else ''}?lang={r.choice(['en', 'sv', 'no'])}&c={_slug(city)}"
            lines.append(f"ID: {aid} | Last online {ad.furn('date', self._date(when, 'en'))}")
            lines.append(
                f"Support (WhatsApp): {ad.furn('support_phone', intl_form(r, site.support_phone, '+'), site.support_phone)} · {ad.furn('support_email', site.support_email.replace('.se', '.cx'))}"
            )
        return title, self._body(lines), url, ctext if r.random() < 0.6 else cname.title()

    def _site_roligamassage(
        self,
        site: Site,
        p: Person,
        day: int,
        when: dt.datetime,
        ad: Ad,
        lang: str,
        aid: str,
        city: str,
        ctext: str,
        contacts: list[str],
        v2: bool,
        source: Any,
    ) -> tuple[str, str, str, str]:
        r = self.rng
        country = CITIES[city][0]
        net = self.net_of.get(p.net)
        salon = f"{r.choice(['Thai', 'Siam', 'Lotus', 'Bangkok', 'Orchid', 'Zen'])} {r.choice(['Massage', 'Spa', 'Wellness', 'Health'])}"
        sid = str(int(p.net[4:]) * 37 + 1000) if net else aid
        street = f"{r.choice(STREETS[country])} {r.randint(1, 140)}"
        pc = r.randint(1000, 9999) if country != "SE" else r.randint(10000, 98999)
        pcs = f"{pc:04d}" if country != "SE" else f"{pc // 100} {pc % 100:02d}"
        words = {
            "no": ("Adresse", "Åpent", "Priser", "Massør"),
            "sv": ("Adress", "Öppet", "Priser", "Massös"),
            "da": ("Adresse", "Åbent", "Priser", "Massør"),
            "en": ("Address", "Open", "Prices", "Masseuse"),
        }[lang]
        price = r.choice(
            ["60 min 690 kr, 90 min 990 kr", "30 min 450:- / 60 min 750:-", "1 t. 700,- 1,5 t. 950,-", "60min 800kr"]
        )
        lines = [
            f"{salon} – {r.choice(['traditionell thaimassage', 'oljemassage', 'thai massage', 'avslappning'])}",
            f"{words[3]}: {p.name} ({self._age(p, lang)})",
            f"{words[0]}: {ad.furn('street_no', street)}, {ad.furn('postal_code', pcs)} {ctext}",
            f"{words[1]}: mån–fre {ad.furn('hours', self._hours())}, lör {ad.furn('hours', self._hours())}",
            f"{words[2]}: {ad.furn('price', price)}",
            *contacts,
            f"Omdöme {ad.furn('rating', f'{r.randint(30, 50) / 10:.1f}'.replace('.', ','))} av 5 ({ad.furn('counter', str(r.randint(1, 300)))} röster)",
        ]
        if not v2:
            url = f"https://www.roligamassage.nu/salong/{sid}/{_slug(salon)}?m={aid}"
            lines.append(f"Salong-ID {ad.furn('salon_id', sid)} · uppdaterad {ad.furn('date', self._date(when, 'sv'))}")
        else:
            url = f"https://roligamassage.nu/{_slug(city)}/{_slug(salon)}-{sid}/{aid}"
            swish = "123" + str(r.randint(1000000, 9999999))
            lines.append(
                f"Betala med Swish {ad.furn('payment_no', f'{swish[:3]} {swish[3:6]} {swish[6:8]} {swish[8:]}')} · presentkort {ad.furn('ref_code', f'PK-{r.randint(2024, 2026)}-{r.randint(1000, 9999)}')}"
            )
            lines.append(
                f"Annons {aid} · Frågor? {ad.furn('support_phone', national_form(r, site.support_phone), site.support_phone)} / {ad.furn('support_email', site.support_email)}"
            )
        return f"{salon} {ctext}", self._body(lines), url, f"{street}, {pcs} {ctext}" if r.random() < 0.5 else ctext

    def _site_kundesnakk(
        self,
        site: Site,
        p: Person,
        day: int,
        when: dt.datetime,
        ad: Ad,
        lang: str,
        aid: str,
        city: str,
        ctext: str,
        contacts: list[str],
        v2: bool,
        source: Any,
    ) -> tuple[str, str, str, str]:
        r = self.rng
        country = CITIES[city][0]
        thread = str(r.randint(10000, 99999))
        member = r.choice(["nordmann", "olaf", "viking", "gunnar", "svensson", "lars", "punter", "hansen"]) + str(
            r.randint(1, 999)
        )
        memno = str(r.randint(1000, 250000))
        posts = f"{r.randint(1, 9999):,}".replace(",", " ")
        quote_lead = {
            "no": "Sitat fra annonsen",
            "sv": "Citat ur annonsen",
            "da": "Citat fra annoncen",
            "en": "Quote from her ad",
        }[lang]
        src = r.choice(["nattsommer.no", "kvallsljus.se", "hyggelys.dk", "nordicrose"])
        src_id = str(r.randint(100000, 9999999))
        hotel, room = r.choice(HOTELS), str(r.randint(101, 999))
        room_w, paid_w, met_w, end_w = {
            "no": ("rom", "Betalte", "Møtte {} på", "Anbefales."),
            "sv": ("rum", "Betalade", "Träffade {} på", "Rekommenderas."),
            "da": ("værelse", "Betalte", "Mødte {} på", "Kan anbefales."),
            "en": ("room", "Paid", "Met {} at", "Recommended."),
        }[lang]
        told = f"{met_w.format(p.name)} {hotel}, {room_w} {ad.furn('hotel_room', room)}. {paid_w} {ad.furn('price', self._price(lang, country))}. {end_w}"
        header = f"{member} · {ad.furn('member_no', 'Medlem #' + memno) if lang != 'en' else ad.furn('member_no', 'Member #' + memno)} · {'Innlegg' if lang == 'no' else 'Inlägg' if lang == 'sv' else 'Indlæg' if lang == 'da' else 'Posts'}: {ad.furn('counter', posts)}"
        quote = (
            f"{quote_lead} ({src}, {ad.furn('source_id', src_id)}): «" + " / ".join(contacts) + "»" if contacts else ""
        )
        city_line = r.choice([f"Sted: {ctext}", f"i {ctext}", f"({ctext})", ctext])
        if not v2:
            url = f"https://kundesnakk.net/forum/showthread.php?t={thread}&p={aid}#post{aid}"
            lines = [
                header,
                f"Innlegg #{ad.furn('post_no', str(r.randint(2, 400)))} – {ad.furn('date', self._date(when, lang))}",
                told,
                quote,
                city_line,
            ]
        else:
            url = f"https://kundesnakk.net/t/{_slug(p.name)}-{_slug(city)}/{thread}/{aid}"
            lines = [
                f"#{ad.furn('post_no', str(r.randint(2, 400)))} · {ad.furn('date', self._date(when, lang))} · 👍 {r.randint(0, 40)}",
                header,
                quote,
                told,
                city_line,
            ]
        ad.furn("thread_id", thread)
        board = {"NO": "Norge", "SE": "Sverige", "DK": "Danmark"}[country]
        title = r.choice(
            [f"Re: {p.name} i {ctext} – erfaringer?", f"{p.name} ({ctext})", f"[{board}] {p.name} – review"]
        )
        return title, self._body(lines), url, "" if r.random() < 0.7 else f"Forum » {board} » {ctext}"
