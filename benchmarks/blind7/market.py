# ruff: noqa: E501  (data tables and templates read better on one line each)
"""Persons, controllers and their ads on six fictional sites over six months, with the truth of each ad."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from . import sites
from .writing import pick_style, write_email, write_phone

START = dt.datetime(2026, 6, 1, 8, 0)
DAYS = 183

# canonical city -> (country, spellings a site field or an ad uses, districts/suburbs filed under it)
CITIES: dict[str, tuple[str, list[str], list[str]]] = {
    "Oslo": ("NO", ["Oslo", "OSLO", "oslo", "Oslo sentrum", "Oslo S"], ["Grünerløkka", "Majorstuen", "Bærum", "Sandvika", "Asker", "Lørenskog", "Frogner", "Tøyen"]),
    "Bergen": ("NO", ["Bergen", "BERGEN", "Bergen sentrum"], ["Åsane", "Fyllingsdalen", "Laksevåg"]),
    "Trondheim": ("NO", ["Trondheim", "Trondhjem", "TRONDHEIM", "Trd"], ["Heimdal", "Moholt"]),
    "Stavanger": ("NO", ["Stavanger", "Stvg", "STAVANGER"], ["Hillevåg", "Madla"]),
    "Kristiansand": ("NO", ["Kristiansand", "Kr.sand", "Kristiansand S", "Krsand"], []),
    "Drammen": ("NO", ["Drammen", "DRAMMEN"], []),
    "Tromsø": ("NO", ["Tromsø", "Tromso", "Tromsoe"], []),
    "Fredrikstad": ("NO", ["Fredrikstad", "F-stad"], []),
    "Sandnes": ("NO", ["Sandnes"], []),
    "Ålesund": ("NO", ["Ålesund", "Aalesund", "Alesund"], []),
    "Bodø": ("NO", ["Bodø", "Bodo", "Bodoe"], []),
    "Tønsberg": ("NO", ["Tønsberg", "Tonsberg"], []),
    "Hamar": ("NO", ["Hamar"], []),
    "Lillestrøm": ("NO", ["Lillestrøm", "Lillestrom"], []),
    "Harstad": ("NO", ["Harstad"], []),
    "Stockholm": ("SE", ["Stockholm", "Sthlm", "STHLM", "Stockholm city", "Estocolmo", "Stokholm"], ["Södermalm", "Östermalm", "Solna", "Sundbyberg", "Nacka", "Kista", "Bromma", "Kungsholmen", "Täby", "Vasastan"]),
    "Göteborg": ("SE", ["Göteborg", "Gothenburg", "Goteborg", "Gbg", "GBG", "Gøteborg", "Göteborg C"], ["Hisingen", "Mölndal", "Frölunda", "Majorna"]),
    "Malmö": ("SE", ["Malmö", "Malmo", "Malmoe", "MALMÖ"], ["Limhamn", "Rosengård", "Västra Hamnen"]),
    "Uppsala": ("SE", ["Uppsala", "Upsala"], []),
    "Västerås": ("SE", ["Västerås", "Vasteras"], []),
    "Örebro": ("SE", ["Örebro", "Orebro"], []),
    "Linköping": ("SE", ["Linköping", "Linkoping"], []),
    "Helsingborg": ("SE", ["Helsingborg", "Hbg"], []),
    "Norrköping": ("SE", ["Norrköping", "Norrkoping"], []),
    "Jönköping": ("SE", ["Jönköping", "Jonkoping"], []),
    "Umeå": ("SE", ["Umeå", "Umea"], []),
    "Lund": ("SE", ["Lund"], []),
    "Gävle": ("SE", ["Gävle", "Gavle"], []),
    "Växjö": ("SE", ["Växjö", "Vaxjo"], []),
    "Luleå": ("SE", ["Luleå", "Lulea"], []),
    "Södertälje": ("SE", ["Södertälje", "Sodertalje"], []),
    "Borås": ("SE", ["Borås", "Boras"], []),
    "København": ("DK", ["København", "Copenhagen", "Kbh", "KBH", "Kobenhavn", "Cph", "Kopenhagen", "Köpenhamn", "København K"], ["Vesterbro", "Nørrebro", "Frederiksberg", "Amager", "Valby", "Hellerup", "Kastrup", "Hvidovre", "Brøndby", "Ishøj", "Østerbro"]),
    "Aarhus": ("DK", ["Aarhus", "Århus", "Arhus", "Aarhus C"], []),
    "Odense": ("DK", ["Odense", "Odense C"], []),
    "Aalborg": ("DK", ["Aalborg", "Ålborg"], []),
    "Esbjerg": ("DK", ["Esbjerg"], []),
    "Randers": ("DK", ["Randers"], []),
    "Kolding": ("DK", ["Kolding"], []),
    "Vejle": ("DK", ["Vejle"], []),
    "Horsens": ("DK", ["Horsens"], []),
    "Roskilde": ("DK", ["Roskilde"], []),
    "Herning": ("DK", ["Herning"], []),
    "Helsingør": ("DK", ["Helsingør", "Helsingor", "Elsinore"], []),
}  # fmt: skip
CITY_WEIGHT = {"Oslo": 14, "Stockholm": 14, "København": 14, "Göteborg": 6, "Bergen": 5, "Malmö": 5, "Aarhus": 5}

FOREIGN = {  # country -> mobile prefixes tried (the rest random, kept if valid)
    "RO": ["72", "73", "74", "75", "76", "78"], "BG": ["87", "88", "89"], "HU": ["20", "30", "70"],
    "PL": ["50", "51", "53", "60", "66", "69", "72", "79", "88"], "UA": ["50", "63", "66", "67", "68", "93", "97"],
    "TH": ["6", "8", "9"], "NG": ["70", "80", "81", "90"], "BR": ["119", "219", "319"], "ES": ["6"],
    "CO": ["30", "31", "32"], "LT": ["6"], "LV": ["2"], "CZ": ["60", "72", "73", "77"], "RU": ["91", "92", "98"],
    "VE": ["412", "414", "424"], "DO": ["809", "829"], "VN": ["9", "8"], "MD": ["6", "7"], "AL": ["67", "68", "69"],
    "PH": ["9"], "GB": ["74", "75", "77", "78", "79"], "DE": ["15", "16", "17"], "EE": ["5"], "FI": ["40", "45", "50"],
}  # fmt: skip
ORIGIN_WEIGHT = {
    "NO": 6, "SE": 6, "DK": 5, "RO": 12, "BG": 5, "HU": 5, "PL": 4, "UA": 4, "TH": 7, "NG": 6, "BR": 4, "ES": 3,
    "CO": 3, "LT": 2, "LV": 2, "CZ": 2, "RU": 2, "VE": 2, "DO": 1, "VN": 2, "MD": 1, "AL": 1, "PH": 1, "GB": 1,
    "DE": 1, "EE": 1, "FI": 1,
}  # fmt: skip
NORDIC_PREFIX = {
    "NO": ["4", "9"],
    "SE": ["70", "72", "73", "76", "79"],
    "DK": ["2", "3", "4", "5", "6", "71", "81", "91", "93"],
}

FIRST = """Anna Maria Elena Ioana Andreea Bianca Daria Natalia Olga Irina Katya Alina Diana Sofia Valentina Camila Isabella
Gabriela Luana Bruna Fernanda Paola Lina Nok Ploy Mai Fah Ning Joy Grace Blessing Precious Favour Mercy Lena Mia Emma
Nora Ida Sara Linnea Ebba Freja Ida Maja Julie Sofie Katrine Zsofia Reka Petra Eszter Kasia Agnieszka Monika Ewa Yana
Milena Veronika Lucia Carla Nadia Stella Amira Lola Jasmine Ruby Roxy Candy Angel Bella Kira Lara Nina Tina Vika Dasha
Ksenia Polina Mira Ivana Bojana Adriana Simona Larisa Cristina Roxana Madalina Thu Linh Hoa Lan Mariposa Yuki""".split()
HANDLE_TAILS = ["", "x", "xx", "_vip", ".sweet", "_love", "95", "99", "2001", "_osl", "sthlm", "_cph", "777", "69"]
MAIL_DOMAINS = ["gmail.com"] * 6 + ["hotmail.com", "outlook.com", "yahoo.com", "protonmail.com", "icloud.com", "live.se",
    "hotmail.no", "online.no", "yahoo.dk", "mail.ru", "yandex.ru", "gmx.de", "wp.pl", "abv.bg", "yahoo.ro", "seznam.cz",
    "proton.me", "outlook.dk", "hotmail.se"]  # fmt: skip


def valid_mobile(rng: random.Random, region: str, prefixes: list[str]) -> str:
    cc = phonenumbers.country_code_for_region(region)
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    n = len(phonenumbers.national_significant_number(ex))
    for i in range(600):
        p = rng.choice(prefixes)
        k = n + (0, 1, -1)[i % 3]
        nsn = p + "".join(str(rng.randrange(10)) for _ in range(k - len(p)))
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    raise RuntimeError(region)


def valid_fixed(rng: random.Random, region: str, prefixes: list[str], n: int) -> str:
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(500):
        p = rng.choice(prefixes)
        nsn = p + "".join(str(rng.randrange(10)) for _ in range(n - len(p)))
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    raise RuntimeError(region)


@dataclass
class Controller:
    id: str
    phones: list[str]
    email: str | None
    kind: str  # "agency", "parlour", "pimp"
    name: str


@dataclass
class Person:
    id: str
    origin: str
    base: str  # Nordic country of her home city
    home: str  # canonical city
    names: dict[str, str]
    age: int
    phones: list[str]  # own numbers in use from the start
    new_phone: str | None  # a number taken into use at change_day (replacing phones[0])
    change_day: int
    email: str | None
    sites: list[str]
    controller: Controller | None
    tours: list[tuple[int, int, str]] = field(default_factory=list)  # (from day, to day, city)
    handle: str = ""
    weight: float = 1.0
    masseuse: bool = False

    def city_on(self, day: int) -> str:
        for a, b, c in self.tours:
            if a <= day < b:
                return c
        return self.home

    def own_on(self, day: int) -> list[str]:
        if self.new_phone and day >= self.change_day:
            return [self.new_phone, *self.phones[1:]]
        return list(self.phones)


class Market:
    def __init__(self, seed: int, n_ads: int) -> None:
        self.rng = random.Random(f"blind7:{seed}")
        self.n_ads = n_ads
        self.sites = sites.make_sites(random.Random(f"blind7-sites:{seed}"), valid_fixed)
        self.controllers: list[Controller] = []
        self.persons: list[Person] = []
        self._make_people()

    def _city(self, country: str | None = None) -> str:
        names = [c for c, v in CITIES.items() if country is None or v[0] == country]
        return self.rng.choices(names, [CITY_WEIGHT.get(c, 1.5) for c in names])[0]

    def _email(self, name: str) -> str:
        rng = self.rng
        local = rng.choice([name.lower(), name.lower() + str(rng.randrange(70, 100)), f"{name.lower()}.{rng.choice(['vip', 'love', 'escort', 'massage', 'sweet'])}",
                            f"{rng.choice(['sweet', 'hot', 'sexy', 'lovely', 'miss'])}{name.lower()}{rng.randrange(1, 999)}", f"{name.lower()}_{rng.randrange(1990, 2008)}"])  # fmt: skip
        local = local.translate(str.maketrans("åäöøæéáíóúșț", "aaooaeaiouss"))
        return f"{local}@{rng.choice(MAIL_DOMAINS)}"

    def _make_people(self) -> None:
        rng = self.rng
        n_persons = max(4, self.n_ads // 5)
        n_ctrl = max(1, n_persons // 22)
        for i in range(n_ctrl):
            kind = rng.choices(["agency", "pimp", "parlour"], [4, 5, 4])[0]
            base = rng.choice(["NO", "SE", "DK"])
            if kind == "parlour" or rng.random() < 0.6:
                ph = [valid_mobile(rng, base, NORDIC_PREFIX[base])]
            else:
                region = rng.choice(["RO", "BG", "HU", "NG", "TH", "UA", "AL"])
                ph = [valid_mobile(rng, region, FOREIGN[region])]
            if rng.random() < 0.2:
                ph.append(valid_mobile(rng, base, NORDIC_PREFIX[base]))
            name = rng.choice(
                [
                    "Lotus",
                    "Orchid",
                    "Bamboo",
                    "Siam",
                    "Golden",
                    "Royal",
                    "Jasmin",
                    "Zen",
                    "Nordic Dream",
                    "Elite",
                    "VIP Models",
                    "Angels",
                ]
            )
            email = self._email(name.replace(" ", "")) if rng.random() < 0.4 else None
            self.controllers.append(Controller(f"net-{i:03d}", ph, email, kind, name))
        site_names = [s.name for s in self.sites if s.kind != "forum"]
        for i in range(n_persons):
            origin = rng.choices(list(ORIGIN_WEIGHT), list(ORIGIN_WEIGHT.values()))[0]
            base = origin if origin in ("NO", "SE", "DK") else rng.choice(["NO", "SE", "DK"])
            home = self._city(base)
            ctrl = None
            if rng.random() < 0.33:
                cands = [c for c in self.controllers]
                ctrl = rng.choice(cands)
            masseuse = (ctrl is not None and ctrl.kind == "parlour") or (
                origin in ("TH", "VN", "PH") and rng.random() < 0.5
            )
            name = rng.choice(FIRST)
            phones: list[str] = []
            if origin in ("NO", "SE", "DK"):
                phones.append(valid_mobile(rng, origin, NORDIC_PREFIX[origin]))
            else:
                if rng.random() < 0.6:
                    phones.append(valid_mobile(rng, origin, FOREIGN[origin]))
                if not phones or rng.random() < 0.4:
                    phones.append(valid_mobile(rng, base, NORDIC_PREFIX[base]))
            new_phone = None
            change_day = DAYS
            if rng.random() < 0.15:
                new_phone = valid_mobile(rng, base, NORDIC_PREFIX[base])
                change_day = rng.randrange(30, DAYS - 20)
            age = rng.choice([16, 17]) if rng.random() < 0.015 else int(min(48, 18 + abs(rng.gauss(0, 8))))
            if masseuse:
                psites = ["thaispa-guiden.com"] + (
                    ["kveldsbesok.no" if base == "NO" else "rosenrum.se" if base == "SE" else "moedested.dk"]
                    if rng.random() < 0.15
                    else []
                )
            else:
                k = rng.choices([1, 2, 3], [6, 3, 1])[0]
                local = {"NO": "kveldsbesok.no", "SE": "rosenrum.se", "DK": "moedested.dk"}[base]
                pool = [s for s in site_names if s != "thaispa-guiden.com"]
                psites = [local] if rng.random() < 0.7 else [rng.choice(pool)]
                while len(psites) < k:
                    s = rng.choice(pool)
                    if s not in psites:
                        psites.append(s)
            names = {}
            for s in psites:
                names[s] = name if rng.random() < 0.7 else rng.choice(FIRST)
            tours: list[tuple[int, int, str]] = []
            if not masseuse and rng.random() < 0.35:
                day = rng.randrange(0, 60)
                while day < DAYS and len(tours) < 6:
                    length = rng.randrange(3, 15)
                    dest = self._city(base if rng.random() < 0.7 else None)
                    if dest != home:
                        tours.append((day, day + length, dest))
                    day += length + rng.randrange(7, 40)
            p = Person(
                id=f"p{i:05d}", origin=origin, base=base, home=home, names=names, age=age, phones=phones,
                new_phone=new_phone, change_day=change_day, email=self._email(name) if rng.random() < 0.25 else None,
                sites=psites, controller=ctrl, tours=tours, handle=name.lower() + rng.choice(HANDLE_TAILS),
                weight=min(6.0, rng.paretovariate(1.6)), masseuse=masseuse,
            )  # fmt: skip
            if ctrl and ctrl.kind == "parlour":
                p.home = self.parlour_city(ctrl)
                p.base = CITIES[p.home][0]
            self.persons.append(p)

    def parlour_city(self, c: Controller) -> str:
        r = random.Random(c.id)
        names = list(CITIES)
        return r.choices(names, [CITY_WEIGHT.get(x, 1.5) for x in names])[0]

    def ads(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        rng = self.rng
        out: list[tuple[dict[str, Any], dict[str, Any]]] = []
        weights = [p.weight for p in self.persons]
        forum = next(s for s in self.sites if s.kind == "forum")
        seen_persons: list[tuple[Person, str, str]] = []  # (person, site, ad id) quoted by the forum later
        for _ in range(self.n_ads):
            day = rng.randrange(DAYS)
            when = START + dt.timedelta(days=day, minutes=rng.randrange(0, 15 * 60))
            if seen_persons and rng.random() < 0.12:
                person, src_site, src_id = rng.choice(seen_persons[-400:])
                site = forum
            else:
                person = rng.choices(self.persons, weights)[0]
                chosen = rng.choice(person.sites)
                site = next(s for s in self.sites if s.name == chosen)
                src_site, src_id = "", ""
            city = person.city_on(day)
            own = person.own_on(day)
            ctrl = person.controller
            contacts: list[tuple[str, bool]] = []
            r = rng.random()
            if ctrl and ctrl.kind == "parlour":
                contacts = [(ctrl.phones[0], False)] + ([(own[0], True)] if r < 0.2 else [])
            elif ctrl:
                if r < 0.5:
                    contacts = [(rng.choice(ctrl.phones), False)]
                elif r < 0.8:
                    contacts = [(ctrl.phones[0], False), (own[0], True)]
                else:
                    contacts = [(p, True) for p in own]
            else:
                contacts = [(p, True) for p in own] if rng.random() < 0.4 else [(own[0], True)]
            old_mention = None
            if person.new_phone and day >= person.change_day and day < person.change_day + 25 and rng.random() < 0.4:
                old_mention = person.phones[0]
            emails = []
            if person.email and rng.random() < 0.5:
                emails.append(person.email)
            if ctrl and ctrl.email and rng.random() < 0.5:
                emails.append(ctrl.email)
            no_contact = site.kind != "forum" and rng.random() < 0.03  # "kontakt via siden" only
            if no_contact:
                contacts, emails, old_mention = [], [], None
            ad, truth = self._ad(site, person, when, day, city, contacts, old_mention, emails, src_site, src_id)
            out.append((ad, truth))
            if site.kind != "forum":
                seen_persons.append((person, site.name, str(ad["id"])))
        return out

    def _ad(
        self, site: sites.Site, person: Person, when: dt.datetime, day: int, city: str,
        contacts: list[tuple[str, bool]], old_mention: str | None, emails: list[str], src_site: str, src_id: str,
    ) -> tuple[dict[str, Any], dict[str, Any]]:  # fmt: skip
        rng = self.rng
        lang = site.pick_lang(rng, person.origin)
        phone_texts: list[tuple[str, str, str]] = []  # (e164, style, text)
        styles: dict[str, str] = {}
        slug_phone = None
        for e164, _own in contacts:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
            style = pick_style(rng, region, person.origin)
            if (
                style == "app_link"
                and rng.random() < 0.2
                and site.kind in ("classified", "catalogue")
                and slug_phone is None
            ):
                style = "url_slug"
                slug_phone = e164
                styles.setdefault(e164, style)
                continue
            text = write_phone(rng, e164, lang, style, person.origin)
            styles.setdefault(e164, style)
            phone_texts.append((e164, style, text))
        old_text = None
        if old_mention:
            st = pick_style(rng, "NO", person.origin)
            old_text = write_phone(rng, old_mention, lang, st, person.origin)
            styles.setdefault(old_mention, st)
        email_texts = []
        email_styles: dict[str, str] = {}
        for e in emails:
            st, txt = write_email(rng, e, lang)
            email_styles.setdefault(e.lower(), st)
            email_texts.append(txt)
        name = person.names.get(site.name) or next(iter(person.names.values()))
        age = person.age + (rng.choice([-2, -1, 0, 0, 0, 1]) if site.name != next(iter(person.names)) else 0)
        if person.age < 18:
            age = person.age
        ctx = sites.Ctx(
            rng=rng, lang=lang, person=person, name=name, age=age, when=when, day=day, city=city,
            city_text=self._city_text(city), phones=phone_texts, old_phone=old_text, emails=email_texts,
            slug_phone=slug_phone, src_site=src_site, src_id=src_id, redesigned=day >= site.redesign_day,
            ctrl=person.controller,
        )  # fmt: skip
        ad, furniture = site.render(ctx)
        shown = f"{ad['title']}\n{ad['body']}\n{ad['url']}"
        flat = "".join(ch for ch in shown if ch.isdigit())
        furniture = [f for f in furniture if f["text"] in shown and f["digits"] in flat]  # only what was printed
        if ctx.city_field_text is not None:
            ad["city"] = ctx.city_field_text
        phones = (
            [e for e, _ in contacts]
            + ([old_mention] if old_mention else [])
            + ([slug_phone] if slug_phone and slug_phone not in [e for e, _ in contacts] else [])
        )
        phones = list(dict.fromkeys(phones))
        own_all = set(person.phones) | ({person.new_phone} if person.new_phone else set())
        truth = {
            "site": site.name,
            "id": str(ad["id"]),
            "url": ad["url"],
            "phones": phones,
            "own_phones": [p for p in phones if p in own_all],
            "phone_styles": {p: styles[p] for p in phones},
            "emails": list(dict.fromkeys(e.lower() for e in emails)),
            "email_styles": email_styles,
            "city": city,
            "person_id": person.id,
            "network_id": person.controller.id if person.controller else f"solo-{person.id}",
            "furniture": furniture,
            "age": person.age,
            "lang": lang,
        }
        return ad, truth

    def _city_text(self, city: str) -> str:
        rng = self.rng
        _, spellings, districts = CITIES[city]
        r = rng.random()
        if districts and r < 0.22:
            d = rng.choice(districts)
            return rng.choice([d, f"{d}, {spellings[0]}", f"{spellings[0]} ({d})", d])
        if r < 0.5:
            return rng.choice(spellings)
        return spellings[0]
