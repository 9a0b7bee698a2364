"""The held-out corpus's world: sites, persons, controllers, and ads written with their truth.

Written without reading kartlegg's extractor (see the package docstring). Deterministic from the seed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import phonenumbers

# ---------------------------------------------------------------------------------------------- vocabulary

DIGIT_WORDS = {
    "no": [["null"], ["en", "én"], ["to"], ["tre"], ["fire"], ["fem"], ["seks"], ["sju", "syv"], ["åtte"], ["ni"]],
    "sv": [["noll"], ["ett", "en"], ["två"], ["tre"], ["fyra"], ["fem"], ["sex"], ["sju"], ["åtta"], ["nio"]],
    "da": [["nul"], ["en", "et"], ["to"], ["tre"], ["fire"], ["fem"], ["seks"], ["syv"], ["otte"], ["ni"]],
    "en": [["zero", "oh"], ["one"], ["two"], ["three"], ["four"], ["five"], ["six"], ["seven"], ["eight"], ["nine"]],
}
PLUS_WORD = {"no": "pluss", "sv": "plus", "da": "plus", "en": "plus"}
AGE_WORDS = {
    "no": {16: "seksten", 17: "sytten", 18: "atten", 19: "nitten", 20: "tjue", 21: "tjueen", 22: "tjueto"},
    "sv": {16: "sexton", 17: "sjutton", 18: "arton", 19: "nitton", 20: "tjugo", 21: "tjugoett", 22: "tjugotvå"},
    "da": {16: "seksten", 17: "sytten", 18: "atten", 19: "nitten", 20: "tyve", 21: "enogtyve", 22: "toogtyve"},
    "en": {
        16: "sixteen",
        17: "seventeen",
        18: "eighteen",
        19: "nineteen",
        20: "twenty",
        21: "twenty-one",
        22: "twenty-two",
    },
}
AT_WORDS = {
    "no": ["krøllalfa", "(krøllalfa)", "(at)", "[at]", "alfakrøll"],
    "sv": ["snabel-a", "(snabel-a)", "[snabela]", "(at)"],
    "da": ["snabel-a", "(snabel-a)", "[at]", "(at)"],
    "en": ["at", "(at)", "[at]", "{at}", "(a)"],
}
DOT_WORDS = {
    "no": ["punktum", "(punktum)", "[punkt]", "(dot)"],
    "sv": ["punkt", "(punkt)", "[punkt]", "(dot)"],
    "da": ["punktum", "(prik)", "[punktum]", "(dot)"],
    "en": ["dot", "(dot)", "[dot]", "{dot}"],
}

NAMES = [
    "Mia",
    "Lina",
    "Sofi",
    "Ella",
    "Nora",
    "Alina",
    "Vika",
    "Daria",
    "Ioana",
    "Bianca",
    "Mei",
    "Noi",
    "Ploy",
    "Lucia",
    "Carla",
    "Kasia",
    "Ilze",
    "Oksana",
    "Bisi",
    "Tami",
    "Rosa",
    "Jade",
    "Amira",
    "Zina",
    "Katja",
    "Maja",
    "Freja",
    "Siri",
    "Tuva",
    "Liv",
    "Elin",
    "Saga",
    "Ida",
    "Vera",
    "Nadia",
    "Pim",
    "Anong",
    "Lola",
    "Gabi",
    "Dora",
    "Milena",
    "Raya",
    "Yana",
    "Eva",
    "Ines",
    "Marta",
    "Paula",
    "Selin",
    "Chloe",
    "Ruby",
]
EMAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "proton.me",
    "yahoo.com",
    "icloud.com",
    "live.se",
    "online.no",
    "hotmail.dk",
    "mail.com",
    "gmx.net",
    "yandex.com",
]

# country -> (calling code, mobile prefixes, national significant number length)
FOREIGN = {
    "PL": ("48", ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9),
    "RO": ("40", ["72", "73", "74", "75", "76", "77"], 9),
    "BG": ("359", ["87", "88", "89"], 9),
    "ES": ("34", ["6"], 9),
    "TH": ("66", ["81", "82", "86", "89", "90", "91"], 9),
    "UA": ("380", ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98"], 9),
    "NG": ("234", ["70", "80", "81", "90"], 10),
    "LV": ("371", ["2"], 8),
    "BR": ("55", ["119"], 11),
}
NORDIC = {
    "NO": ("47", ["4", "9"], 8),
    "SE": ("46", ["70", "72", "73", "76", "79"], 9),
    "DK": ("45", ["2", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91"], 8),
}
ORIGIN = {  # country -> adjective per language
    "NO": {"no": "norsk", "sv": "norsk", "da": "norsk", "en": "Norwegian"},
    "SE": {"no": "svensk", "sv": "svensk", "da": "svensk", "en": "Swedish"},
    "DK": {"no": "dansk", "sv": "dansk", "da": "dansk", "en": "Danish"},
    "PL": {"no": "polsk", "sv": "polsk", "da": "polsk", "en": "Polish"},
    "RO": {"no": "rumensk", "sv": "rumänsk", "da": "rumænsk", "en": "Romanian"},
    "BG": {"no": "bulgarsk", "sv": "bulgarisk", "da": "bulgarsk", "en": "Bulgarian"},
    "ES": {"no": "spansk", "sv": "spansk", "da": "spansk", "en": "Spanish"},
    "TH": {"no": "thai", "sv": "thailändsk", "da": "thailandsk", "en": "Thai"},
    "UA": {"no": "ukrainsk", "sv": "ukrainsk", "da": "ukrainsk", "en": "Ukrainian"},
    "NG": {"no": "nigeriansk", "sv": "nigeriansk", "da": "nigeriansk", "en": "Nigerian"},
    "LV": {"no": "latvisk", "sv": "lettisk", "da": "lettisk", "en": "Latvian"},
    "BR": {"no": "brasiliansk", "sv": "brasiliansk", "da": "brasiliansk", "en": "Brazilian"},
}
COUNTRY_EN = {"NO": "Norway", "SE": "Sweden", "DK": "Denmark"}


@dataclass(frozen=True)
class City:
    name: str  # canonical, as the scorer expects
    country: str
    variants: tuple[str, ...]  # ASCII spellings, old spellings, abbreviations
    exonyms: dict[str, str]  # language -> exonym
    districts: tuple[str, ...]
    region: str
    postal: tuple[str, ...]  # postal code stems


CITIES = [
    City(
        "Oslo",
        "NO",
        ("oslo", "OSLO"),
        {},
        ("Grünerløkka", "Majorstuen", "Frogner", "Tøyen"),
        "Østlandet",
        ("0150", "0355", "0555", "0650", "0187"),
    ),
    City("Bergen", "NO", ("bergen",), {}, ("Møhlenpris", "Nordnes", "Åsane"), "Vestlandet", ("5003", "5015", "5055")),
    City("Trondheim", "NO", ("Trondhjem", "Trd"), {}, ("Solsiden", "Møllenberg"), "Trøndelag", ("7010", "7042")),
    City("Stavanger", "NO", ("stavanger", "Stvg"), {}, ("Hillevåg", "Madla"), "Rogaland", ("4006", "4014")),
    City("Kristiansand", "NO", ("Krsand", "Kr.sand"), {}, ("Vågsbygd",), "Agder", ("4610", "4631")),
    City("Tromsø", "NO", ("Tromso", "Tromsoe"), {"sv": "Tromsö"}, (), "Nord-Norge", ("9008", "9019")),
    City("Drammen", "NO", ("drammen",), {}, ("Bragernes", "Strømsø"), "Buskerud", ("3015", "3044")),
    City("Fredrikstad", "NO", ("F.stad", "Fr.stad"), {}, ("Gamlebyen",), "Østfold", ("1606", "1630")),
    City(
        "Stockholm",
        "SE",
        ("Sthlm", "STHLM", "sthlm"),
        {},
        ("Södermalm", "Vasastan", "Kungsholmen", "Östermalm"),
        "Stockholms län",
        ("113 45", "118 20", "114 32", "112 51"),
    ),
    City(
        "Göteborg",
        "SE",
        ("Goteborg", "Gbg", "GBG", "Goeteborg"),
        {"en": "Gothenburg", "no": "Gøteborg", "da": "Gøteborg"},
        ("Hisingen", "Majorna", "Linnéstaden"),
        "Västra Götaland",
        ("411 05", "413 04"),
    ),
    City(
        "Malmö",
        "SE",
        ("Malmo", "Malmoe"),
        {"no": "Malmø", "da": "Malmø"},
        ("Möllevången", "Limhamn"),
        "Skåne",
        ("211 22", "214 21"),
    ),
    City("Uppsala", "SE", ("uppsala",), {}, ("Luthagen",), "Uppland", ("753 20", "752 36")),
    City("Linköping", "SE", ("Linkoping", "Linkoeping"), {}, (), "Östergötland", ("582 22",)),
    City("Örebro", "SE", ("Orebro", "Oerebro"), {"no": "Ørebro", "da": "Ørebro"}, (), "Närke", ("702 10",)),
    City("Västerås", "SE", ("Vasteras", "Vaesteraas"), {}, (), "Västmanland", ("722 15",)),
    City("Helsingborg", "SE", ("Hbg", "Hälsingborg"), {}, (), "Skåne", ("252 21",)),
    City(
        "København",
        "DK",
        ("Kobenhavn", "Koebenhavn", "Kbh", "KBH", "CPH"),
        {"en": "Copenhagen", "sv": "Köpenhamn"},
        ("Vesterbro", "Nørrebro", "Østerbro", "Amager", "Valby"),
        "Hovedstaden",
        ("1650", "2200", "2100", "1620"),
    ),
    City(
        "Aarhus", "DK", ("Århus", "Arhus", "aarhus"), {}, ("Trøjborg", "Frederiksbjerg"), "Østjylland", ("8000", "8200")
    ),
    City("Odense", "DK", ("odense",), {}, ("Bolbro",), "Fyn", ("5000",)),
    City("Aalborg", "DK", ("Ålborg", "Alborg"), {}, (), "Nordjylland", ("9000",)),
    City("Esbjerg", "DK", ("esbjerg",), {}, (), "Sydvestjylland", ("6700",)),
    City("Randers", "DK", ("randers",), {}, (), "Midtjylland", ("8900",)),
]
CITY_WEIGHT = {"Oslo": 8, "Stockholm": 8, "København": 8, "Bergen": 4, "Göteborg": 5, "Malmö": 4, "Aarhus": 4}
STREETS = {
    "NO": ["Storgata", "Kirkegata", "Parkveien", "Strandgata", "Markveien", "Sjøgata"],
    "SE": ["Storgatan", "Drottninggatan", "Kungsgatan", "Parkvägen", "Sveavägen", "Hamngatan"],
    "DK": ["Istedgade", "Vestergade", "Nørregade", "Søndergade", "Jernbanegade", "Havnegade"],
}

# ---------------------------------------------------------------------------------------------- sites


@dataclass
class Site:
    name: str
    domain: str
    country: str
    lang: str  # "mix" for the forum
    support_phone: str | None = None  # E.164
    support_email: str | None = None
    old_domain: str | None = None


def _valid(cc: str, nsn: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + cc + nsn))
    except phonenumbers.NumberParseException:
        return False


def random_number(rng: random.Random, cc: str, prefixes: list[str], length: int) -> str:
    """A random valid number of the plan (E.164)."""
    for _ in range(1000):
        p = rng.choice(prefixes)
        nsn = p + "".join(str(rng.randrange(10)) for _ in range(length - len(p)))
        if _valid(cc, nsn):
            return "+" + cc + nsn
    raise RuntimeError(f"no valid number for +{cc} {prefixes}")


def make_sites(rng: random.Random) -> list[Site]:
    return [
        Site(
            "rodelykt.no", "www.rodelykt.no", "NO", "no", random_number(rng, "47", ["22", "23"], 8), "hjelp@rodelykt.no"
        ),
        Site(
            "tjenestetorget.no",
            "tjenestetorget.no",
            "NO",
            "no",
            random_number(rng, "47", ["21", "67"], 8),
            "kundesenter@tjenestetorget.no",
        ),
        Site("nattkontakt.se", "nattkontakt.se", "SE", "sv", random_number(rng, "46", ["8"], 9), "info@nattkontakt.se"),
        Site(
            "sodeventer.dk",
            "www.sodeventer.dk",
            "DK",
            "da",
            random_number(rng, "45", ["70"], 8),
            "kundeservice@sodeventer.dk",
        ),
        Site(
            "nordic-companions.com",
            "nordic-companions.com",
            "XX",
            "en",
            "+4420794600" + f"{rng.randrange(100):02d}",
            "support@nordic-companions.com",
            old_domain="nordiccompanions.eu",
        ),
        Site("nordforum.org", "nordforum.org", "XX", "mix", None, "moderator@nordforum.org"),
    ]


# ---------------------------------------------------------------------------------------------- people


@dataclass
class Person:
    pid: str
    name: str
    origin: str
    age: int
    lang: str  # language she writes in on multilingual sites
    phones: list[str]  # E.164, [current] or [before, after]
    switch_day: int  # day the number changes (if two)
    second: str | None  # a second number used alongside (e.g. a WhatsApp number abroad)
    email: str | None
    sites: list[str]
    itinerary: list[tuple[int, City]]  # (from day, city)
    network: str | None = None
    weight: float = 1.0
    nickname: str = ""

    def city(self, day: int) -> City:
        cur = self.itinerary[0][1]
        for start, c in self.itinerary:
            if start <= day:
                cur = c
        return cur

    def next_city(self, day: int) -> City | None:
        for start, c in self.itinerary:
            if start > day:
                return c
        return None

    def phone(self, day: int) -> str:
        return self.phones[1] if len(self.phones) > 1 and day >= self.switch_day else self.phones[0]


@dataclass
class Network:
    nid: str
    booking: list[str]
    email: str | None
    members: list[Person] = field(default_factory=list)
    agency: str = ""


DAYS = 70
START = datetime(2026, 9, 20, tzinfo=timezone(timedelta(hours=1)))


class World:
    def __init__(self, seed: int, n_ads: int) -> None:
        self.rng = random.Random(f"heldout-{seed}")
        self.n_ads = n_ads
        self.sites = make_sites(self.rng)
        self.site_by = {s.name: s for s in self.sites}
        self.persons: list[Person] = []
        self.networks: list[Network] = []
        self._used_ids: set[tuple[str, str]] = set()
        self._used_numbers: set[str] = {s.support_phone for s in self.sites if s.support_phone}
        self._build(max(4, n_ads // 7))

    # -- population -----------------------------------------------------------------------------------
    def _number(self, country: str) -> str:
        table = NORDIC.get(country) or FOREIGN[country]
        while True:
            n = random_number(self.rng, *table)
            if n not in self._used_numbers:
                self._used_numbers.add(n)
                return n

    def _email(self, name: str) -> str:
        r = self.rng
        local = r.choice(
            [
                f"{name.lower()}.{r.choice(['lux', 'sweet', 'nordic', 'love', 'vip'])}{r.randrange(10, 99)}",
                f"{r.choice(['sweet', 'hot', 'miss', 'lady', 'bella'])}_{name.lower()}{r.randrange(1, 999)}",
                f"{name.lower()}{r.randrange(1985, 2008)}",
                f"{r.choice(['booking', 'kontakt', 'info', 'date'])}.{name.lower()}{r.randrange(10, 99)}",
            ]
        )
        return f"{local}@{r.choice(EMAIL_DOMAINS)}".replace("ä", "a").replace("é", "e")

    def _build(self, n_persons: int) -> None:
        r = self.rng
        weights = [CITY_WEIGHT.get(c.name, 2) for c in CITIES]
        site_names = [s.name for s in self.sites]
        for i in range(n_persons):
            foreign = r.random() < 0.55
            origin = r.choice(sorted(FOREIGN)) if foreign else r.choice(["NO", "SE", "DK"])
            home = r.choices(CITIES, weights)[0]
            if not foreign:
                home = r.choice([c for c in CITIES if c.country == origin])
            # phone: foreign mobile, or a local one in the country she works in
            phone_country = origin if (not foreign or r.random() < 0.55) else home.country
            phones = [self._number(phone_country)]
            switch = DAYS + 1
            if r.random() < 0.12:
                phones.append(self._number(home.country if r.random() < 0.6 else phone_country))
                switch = r.randrange(10, DAYS - 10)
            second = self._number(origin) if foreign and phone_country != origin and r.random() < 0.25 else None
            # itinerary: stays of one to three weeks, mostly in one country, sometimes across the border
            itin: list[tuple[int, City]] = [(0, home)]
            day = r.randrange(7, 22)
            while day < DAYS and r.random() < 0.7:
                if r.random() < 0.7:
                    nxt = r.choice([c for c in CITIES if c.country == itin[-1][1].country])
                else:
                    nxt = r.choices(CITIES, weights)[0]
                if nxt != itin[-1][1]:
                    itin.append((day, nxt))
                day += r.randrange(7, 22)
            lang = {"NO": "no", "SE": "sv", "DK": "da"}.get(origin, "en")
            minor = r.random() < 0.03
            age = r.choice([16, 17]) if minor else int(min(48, 19 + r.expovariate(1 / 7)))
            n_sites = r.choices([1, 2, 3], [0.55, 0.3, 0.15])[0]
            sites: list[str] = []
            for _ in range(n_sites):
                cand = [s for s in site_names if s not in sites]
                w = [
                    (4.0 if self.site_by[s].country == home.country else 0.4)
                    if self.site_by[s].country != "XX"
                    else (1.0 if self.site_by[s].lang == "mix" else (1.6 if foreign else 0.8))
                    for s in cand
                ]
                sites.append(r.choices(cand, w)[0])
            name = r.choice(NAMES)
            self.persons.append(
                Person(
                    pid=f"h{i:05d}",
                    name=name,
                    origin=origin,
                    age=age,
                    lang=lang,
                    phones=phones,
                    switch_day=switch,
                    second=second,
                    email=self._email(name) if r.random() < 0.35 else None,
                    sites=sites,
                    itinerary=itin,
                    weight=min(30.0, r.paretovariate(1.3)),
                    nickname=r.choice(["", "", "", "VIP", "Real", "New", "Sexy", "Sweet", "Exotic"]),
                )
            )
        # controllers: groups of two to six persons with a booking number (and sometimes an e-mail)
        pool = [p for p in self.persons if p.origin not in ("NO", "SE", "DK") or r.random() < 0.1]
        r.shuffle(pool)
        k = 0
        n_net = 0
        while k < len(pool) * 0.5:
            size = r.randrange(2, 7)
            members = pool[k : k + size]
            k += size
            if len(members) < 2:
                break
            country = members[0].city(0).country
            booking = [self._number(country if r.random() < 0.6 else members[0].origin)]
            if r.random() < 0.25:
                booking.append(self._number(country))
            net = Network(
                f"hnet{n_net:04d}",
                booking,
                self._email(r.choice(["agency", "booking", "vip"])) if r.random() < 0.4 else None,
                members,
                r.choice(
                    [
                        "Nordlys Models",
                        "Angel Agency",
                        "VIP Girls",
                        "Star Escort",
                        "Diamond",
                        "Bella Rosa",
                        "Elite Nordic",
                        "Sakura",
                    ]
                ),
            )
            n_net += 1
            # members tour together: the first member's itinerary, shifted a little
            for m in members:
                m.network = net.nid
                if r.random() < 0.6:
                    m.itinerary = [(max(0, d + r.randrange(-2, 3)) if d else 0, c) for d, c in members[0].itinerary]
                    m.sites = sorted(set(m.sites) | set(members[0].sites))
            self.networks.append(net)
        self.net_by = {n.nid: n for n in self.networks}

    # -- ads --------------------------------------------------------------------------------------------
    def ads(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        r = self.rng
        weights = [p.weight for p in self.persons]
        out: list[tuple[dict[str, Any], dict[str, Any]]] = []
        events = []
        for _ in range(self.n_ads):
            p = r.choices(self.persons, weights)[0]
            day = r.randrange(DAYS)
            events.append((day, r.randrange(86400), p, r.choice(p.sites)))
        events.sort(key=lambda e: (e[0], e[1]))
        for day, sec, p, site in events:
            out.append(Ad(self, p, self.site_by[site], day, sec).build())
        return out

    def new_id(self, site: Site) -> str:
        r = self.rng
        while True:
            if site.name == "rodelykt.no":
                ad_id = str(r.randrange(10_000_000, 99_999_999))
            elif site.name == "tjenestetorget.no":
                ad_id = str(r.randrange(200_000_000, 399_999_999))
            elif site.name == "nattkontakt.se":
                ad_id = str(r.randrange(4_000_000, 4_999_999))
            elif site.name == "sodeventer.dk":
                ad_id = str(r.randrange(100_000, 999_999))
            elif site.name == "nordic-companions.com":
                ad_id = str(r.randrange(10_000, 99_999))
            else:
                ad_id = str(r.randrange(100_000, 1_999_999))
            if (site.name, ad_id) not in self._used_ids:
                self._used_ids.add((site.name, ad_id))
                return ad_id


# ---------------------------------------------------------------------------------------------- writing


def _groups(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


class Ad:
    def __init__(self, world: World, person: Person, site: Site, day: int, sec: int) -> None:
        self.w = world
        self.r = world.rng
        self.p = person
        self.site = site
        self.day = day
        self.when = START + timedelta(days=day, seconds=sec)
        self.lang = site.lang if site.lang != "mix" else self.r.choice([person.lang, person.lang, "en", "no", "sv"])
        self.city = person.city(day)
        self.furniture: list[dict[str, Any]] = []
        self.styles: dict[str, str] = {}
        self.estyles: dict[str, str] = {}
        self.phones: list[str] = []
        self.own: list[str] = []
        self.emails: list[str] = []
        self.ad_id = world.new_id(site)
        self.url_phone: str | None = None

    # -- numbers ----------------------------------------------------------------------------------------
    def furn(self, kind: str, text: str, e164: str | None = None) -> str:
        """Record the numbers printed in a piece of furniture (each run of digits, blanks and dots inside a
        run kept together) and return the text."""
        runs = [re.sub(r"\D", "", m) for m in re.findall(r"\d+(?:[ .:/-]\d+)*", text)]
        for digits in runs if len(runs) > 1 else ["".join(runs)]:
            item: dict[str, Any] = {"kind": kind, "digits": digits, "text": text}
            if e164:
                item["e164"] = e164
            self.furniture.append(item)
        return text

    def _dial(self, e164: str) -> tuple[str, str, str]:
        """(country code, national significant number, country) of a number."""
        num = phonenumbers.parse(e164)
        return (
            str(num.country_code),
            phonenumbers.national_significant_number(num),
            str(phonenumbers.region_code_for_number(num)),
        )

    def _domestic(self, country: str) -> bool:
        """Whether a number of this country is written without its country code on this ad."""
        return country == self.city.country and country in NORDIC

    def plain(self, e164: str, domestic: bool) -> str:
        r = self.r
        cc, nsn, country = self._dial(e164)
        if domestic:
            if country == "NO":
                if nsn[0] not in "49":  # a landline: pairs
                    return " ".join(_groups(nsn, r.choice([[2, 2, 2, 2], [8]])))
                return " ".join(_groups(nsn, r.choice([[3, 2, 3], [2, 2, 2, 2], [8], [4, 4]])))
            if country == "SE" and nsn[0] == "8":  # Stockholm landline, area code 08
                return "08-" + r.choice([" ".join(_groups(nsn[1:], [3, 2, 2])), nsn[1:]])
            if country == "SE":
                full = "0" + nsn
                return r.choice(
                    [
                        full[:3] + "-" + " ".join(_groups(full[3:], [3, 2, 2])),
                        full,
                        " ".join(_groups(full, [3, 3, 2, 2])),
                        full[:3] + "-" + full[3:],
                        full[:3] + "/" + full[3:],
                    ]
                )
            return " ".join(_groups(nsn, r.choice([[2, 2, 2, 2], [8], [4, 4]])))
        num = phonenumbers.parse(e164)
        return r.choice(
            [
                phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                e164,
                "00" + cc + " " + nsn,
                "+" + cc + " " + " ".join(_groups(nsn, [3, 3, 3, 3])),
                "(+" + cc + ") " + nsn,
                "+" + cc + "-" + "-".join(_groups(nsn, [3, 3, 4])),
            ]
            + (["+46 (0)" + nsn[:2] + "-" + nsn[2:]] if cc == "46" else [])
        )

    def digit_string(self, e164: str, domestic: bool) -> str:
        cc, nsn, country = self._dial(e164)
        if domestic:
            return ("0" + nsn) if country == "SE" else nsn
        return self.r.choice(["+" + cc, "00" + cc]) + nsn

    def written(self, e164: str) -> tuple[str, str]:
        """One way of writing the number in the body, and its style name."""
        r = self.r
        cc, nsn, country = self._dial(e164)
        domestic = r.random() < 0.85 and (
            self._domestic(country)
            # a Swede abroad keeps her trunk 0 ("070-..."), a Dane sometimes writes her 8 digits bare
            or (country == "SE" and r.random() < 0.3)
            or (country == "DK" and self.p.origin == "DK" and r.random() < 0.1)
        )
        style = r.choices(
            [
                "plain",
                "words",
                "mixed",
                "letters",
                "separators",
                "spaced",
                "fullwidth",
                "keycap",
                "emoji",
                "wa.me",
                "tel",
                "prefix words",
            ],
            [50, 8, 5, 4, 8, 5, 3, 2, 3, 5, 3, 2],
        )[0]
        lang = self.lang if self.lang in DIGIT_WORDS else "en"
        if style == "plain":
            if domestic and not self._domestic(country):
                return self.plain(e164, True), f"national format, {country} number abroad"
            return self.plain(e164, domestic), "plain national" if domestic else "plain international"
        if style in ("wa.me", "tel"):
            if style == "wa.me":
                return r.choice(["wa.me/", "https://wa.me/", "WhatsApp: wa.me/"]) + cc + nsn, "wa.me link"
            return r.choice(["tel:+", "tel:00", "tel:+"]) + cc + nsn, "tel: link"
        s = self.digit_string(e164, domestic)
        words = DIGIT_WORDS[lang]
        if style == "words":
            parts = [r.choice(words[int(ch)]) if ch.isdigit() else PLUS_WORD[lang] for ch in s if ch != "+"]
            if s.startswith("+"):
                parts.insert(0, PLUS_WORD[lang])
            sep = r.choice([" ", " ", "-", ", "])
            text = sep.join(parts)
            return (text.upper() if r.random() < 0.15 else text), f"digit words ({lang})"
        if style == "prefix words":
            # the country code spelled, the rest in digits
            pre = " ".join(r.choice(words[int(ch)]) for ch in cc)
            return f"{PLUS_WORD[lang]} {pre} " + " ".join(_groups(nsn, [3, 2, 3, 3])), f"code in words ({lang})"
        if style == "mixed":
            out = []
            for ch in s:
                if ch.isdigit() and r.random() < 0.5:
                    out.append(" " + r.choice(words[int(ch)]) + " ")
                else:
                    out.append(ch)
            return " ".join("".join(out).split()), f"mixed digits/words ({lang})"
        if style == "letters" and any(ch in "01" for ch in s):
            m = {"0": r.choice(["O", "o"]), "1": r.choice(["l", "I"])}
            grouped = " ".join(_groups(s, [3, 2, 3, 3, 3]))
            return "".join(m.get(ch, ch) for ch in grouped), "letters for digits"
        if style == "separators" or style == "letters":
            sep = r.choice([".", "-", "/", "*", "_", " - ", "•"])
            if r.random() < 0.5:
                return sep.join(s), "separators"
            return sep.join(_groups(s, [2, 2, 2, 2, 3])), "separators"
        if style == "spaced":
            return " ".join(s), "spaced digits"
        if style == "fullwidth":
            return "".join(
                chr(0xFF10 + int(ch)) if ch.isdigit() else ("＋" if ch == "+" else ch) for ch in s
            ), "full-width digits"
        if style == "keycap":
            return "".join((ch + "\ufe0f\u20e3") if ch.isdigit() else ch for ch in s), "keycap digits"
        emo = r.choice(["💋", "🌹", "❤️", "🔥", "✨"])
        return emo.join(_groups(s, [3, 2, 3, 3])), "emoji between digits"

    def write_email(self, email: str) -> tuple[str, str]:
        r = self.r
        local, domain = email.split("@")
        lang = self.lang if self.lang in AT_WORDS else "en"
        style = r.choices(
            ["plain", "spelled", "blank at", "split domain", "full-width at", "at only"], [45, 25, 10, 8, 4, 8]
        )[0]
        if style == "plain":
            return email, "plain"
        if style == "spelled":
            at = r.choice(AT_WORDS[lang])
            dot = r.choice(DOT_WORDS[lang])
            host, tld = domain.rsplit(".", 1)
            return f"{local} {at} {host} {dot} {tld}", f"spelled ({lang})"
        if style == "blank at":
            return f"{local} @ {domain}", "blanks around @"
        if style == "split domain":
            host, tld = domain.rsplit(".", 1)
            return r.choice(
                [f"{local}@{host} . {tld}", f"{local}@ {host} .{tld}", f"{local} @{host}. {tld}"]
            ), "split domain"
        if style == "full-width at":
            return f"{local}＠{domain}", "full-width @"
        at = r.choice(AT_WORDS[lang])
        return f"{local} {at} {domain}", f"at spelled ({lang})"

    # -- cities -----------------------------------------------------------------------------------------
    def city_written(self) -> str:
        r = self.r
        c = self.city
        ex = c.exonyms.get(self.lang)
        choices = [c.name, c.name, c.name] + list(c.variants) + ([ex, ex] if ex else [])
        if self.lang == "en" and c.name == "København":
            choices += ["Copenhagen"] * 4
        return r.choice(choices)

    def city_field(self) -> str:
        r = self.r
        c = self.city
        mode = r.choices(["canon", "variant", "district", "region", "empty"], [40, 25, 10, 10, 15])[0]
        if self.site.lang == "en" and mode in ("canon", "variant"):
            return f"{self.city_written()}, {COUNTRY_EN[c.country]}" if r.random() < 0.5 else self.city_written()
        if mode == "canon":
            return c.name
        if mode == "variant":
            return self.city_written()
        if mode == "district" and c.districts:
            d = r.choice(c.districts)
            return r.choice([d, f"{c.name} - {d}", f"{d}, {c.name}"])
        if mode == "region":
            return c.region
        return ""

    # -- the ad -----------------------------------------------------------------------------------------
    def contacts(self) -> list[str]:
        """Choose the numbers and e-mails the ad shows; returns lines of the contact block."""
        r = self.r
        p = self.p
        net = self.w.net_by.get(p.network) if p.network else None
        own = [p.phone(self.day)]
        if p.second and r.random() < 0.5:
            own.append(p.second)
        show_own, show_booking = True, False
        if net:
            mode = r.choices(["booking", "both", "own"], [45, 30, 25])[0]
            show_own, show_booking = mode != "booking", mode != "own"
        if r.random() < 0.03 and not show_booking:
            return [self.t("no_contact")]
        numbers: list[tuple[str, bool]] = []
        if show_own:
            numbers += [(n, True) for n in own]
        if show_booking and net:
            numbers += [(r.choice(net.booking), False)]
        lines: list[str] = []
        for e164, is_own in numbers:
            if e164 in self.phones:
                continue
            self.phones.append(e164)
            if is_own:
                self.own.append(e164)
            if is_own and self.url_phone is None and r.random() < 0.05:
                self.url_phone = e164  # written in the URL slug only
                self.styles[e164] = "in URL slug"
                if r.random() < 0.5:
                    lines.append(self.t("see_link"))
                continue
            text, style = self.written(e164)
            self.styles[e164] = style
            lead = self.t("booking") if not is_own else self.t("call")
            lines.append(f"{lead} {text}" if not (net and not is_own and r.random() < 0.4) else f"{net.agency}: {text}")
            if r.random() < 0.25:
                lines[-1] += " " + self.t("sms_only")
        emails = []
        if p.email and r.random() < 0.55:
            emails.append(p.email)
        if net and net.email and show_booking and r.random() < 0.6:
            emails.append(net.email)
        for e in emails:
            self.emails.append(e.lower())
            text, style = self.write_email(e)
            self.estyles[e.lower()] = style
            lines.append(f"{self.t('mail')} {text}")
        return lines

    def t(self, key: str) -> str:
        return self.r.choice(PHRASES[key][self.lang if self.lang in PHRASES[key] else "en"])

    def age_text(self) -> str:
        r = self.r
        a = self.p.age
        words = AGE_WORDS[self.lang if self.lang in AGE_WORDS else "en"]
        if a < 18 and r.random() < 0.3:
            return {"no": "snart 18", "sv": "snart 18", "da": "snart 18", "en": "almost 18"}.get(self.lang, "almost 18")
        if a in words and r.random() < 0.35:
            return words[a]
        return str(a)

    def body_lines(self) -> list[str]:
        r = self.r
        L = self.lang if self.lang in PHRASES["intro"] else "en"
        cw = self.city_written()
        origin = ORIGIN[self.p.origin][L]
        intro = r.choice(PHRASES["intro"][L]).format(name=self.p.name, age=self.age_text(), city=cw, origin=origin)
        lines = [r.choice(PHRASES["greet"][L]) + " " + intro]
        lines += r.sample(PHRASES["desc"][L], r.randrange(1, 4))
        extras = []
        if r.random() < 0.5:
            h, kg = r.randrange(152, 182), r.randrange(45, 75)
            extras.append(self.furn("height", r.choice(PHRASES["measure"][L]).format(h=h, kg=kg)))
        if r.random() < 0.25:
            extras.append(
                self.furn(
                    "measurements",
                    f"{r.choice([84, 86, 88, 90, 92, 95])}-{r.choice([58, 60, 62, 65])}-"
                    f"{r.choice([86, 88, 90, 92, 95])}",
                )
            )
        if r.random() < 0.6:
            price = r.choice([1200, 1500, 1800, 2000, 2500, 3000])
            extras.append(
                self.furn(
                    "price",
                    r.choice(PHRASES["price"][L]).format(
                        p=price,
                        pd=f"{price // 1000}.{price % 1000:03d}",
                        ps=f"{price // 1000} {price % 1000:03d}",
                        half=price * 6 // 10,
                    ),
                )
            )
        if r.random() < 0.35:
            a, b = r.choice([(10, 22), (12, 2), (18, 4), (9, 21), (11, 23)])
            extras.append(self.furn("hours", r.choice(PHRASES["hours"][L]).format(a=a, b=b)))
        if r.random() < 0.3 and self.city.country in STREETS:
            street = r.choice(STREETS[self.city.country])
            pc = r.choice(self.city.postal)
            addr = f"{street} {r.randrange(1, 80)}, {self.furn('postal_code', pc)} {self.city.name}"
            extras.append(r.choice(PHRASES["address"][L]).format(addr=addr))
        if r.random() < 0.1:
            nxt = self.p.next_city(self.day)
            if nxt and nxt != self.city:
                d = self.when + timedelta(days=r.randrange(3, 12))
                extras.append(
                    self.furn("date", r.choice(PHRASES["next"][L]).format(city=nxt.name, d=f"{d.day}.{d.month}."))
                )
        r.shuffle(extras)
        lines += extras
        lines += self.contacts()
        if self.p.age < 18 and r.random() < 0.3:
            lines.append(r.choice(PHRASES["young"][L]))
        return lines

    def title(self) -> str:
        r = self.r
        L = self.lang if self.lang in PHRASES["title"] else "en"
        t = r.choice(PHRASES["title"][L]).format(name=self.p.name, city=self.city_written(), age=self.age_text())
        if self.p.nickname and r.random() < 0.5:
            t = f"{self.p.nickname} {t}"
        return t

    def build(self) -> tuple[dict[str, Any], dict[str, Any]]:
        r = self.r
        s = self.site
        title = self.title()
        lines = self.body_lines()
        url, head, foot = self.template(title)
        if r.random() < 0.5:
            lines = head + lines + foot
        else:  # drift: furniture in a different order, some of it above the text
            lines = head[::-1] + lines + foot[::-1]
        sep = r.choice(["\n", "\n", "\n\n", " "])
        body = sep.join(x for x in lines if x)
        net_id = self.p.network or f"solo-{self.p.pid}"
        ad = {
            "id": self.ad_id,
            "site": s.name,
            "url": url,
            "posted_at": self.when.isoformat(timespec="seconds"),
            "title": title,
            "body": body,
            "city": self.city_field(),
            "images": [],
        }
        truth = {
            "id": self.ad_id,
            "site": s.name,
            "url": url,
            "phones": sorted(self.phones),
            "own_phones": sorted(self.own),
            "emails": sorted(self.emails),
            "city": self.city.name,
            "person_id": self.p.pid,
            "network_id": net_id,
            "age": self.p.age,
            "language": self.lang,
            "phone_styles": self.styles,
            "email_styles": self.estyles,
            "furniture": self.furniture,
        }
        return ad, truth

    # -- site templates -----------------------------------------------------------------------------------
    def _date(self, fmt: str, when: datetime | None = None) -> str:
        return (when or self.when).strftime(fmt)

    def _slug(self) -> str:
        slug = f"{self.p.name.lower()}-{self.city.name.lower()}".translate(
            str.maketrans({"ø": "o", "ö": "o", "å": "a", "ä": "a", "æ": "ae", " ": "-"})
        )
        if self.url_phone:
            cc, nsn, country = self._dial(self.url_phone)
            # written as she dials it: nationally with the trunk 0 a Swedish number carries, else with its code
            digits = (("0" + nsn) if country == "SE" else nsn) if self._domestic(country) else cc + nsn
            slug = self.r.choice([f"{slug}-{digits}", f"{digits}-{slug}", f"ring-{digits}-{slug}"])
        return slug

    def template(self, title: str) -> tuple[str, list[str], list[str]]:
        r = self.r
        s = self.site
        ad_id = self.ad_id
        member_since = self.when - timedelta(days=r.randrange(30, 2500))
        views = r.randrange(15, 40000)
        head: list[str] = []
        foot: list[str] = []
        if s.name == "rodelykt.no":
            url = f"https://{s.domain}/annonse/{self._slug()}/{ad_id}" + r.choice(
                ["", f"?s={r.randrange(100000, 999999)}", f"?ref=forside&side={r.randrange(1, 40)}"]
            )
            grouped = f"{ad_id[:4]} {ad_id[4:]}"
            foot.append(
                self.furn("ad_id", r.choice([f"Annonse-ID {grouped}", f"Annonse-ID: {ad_id}", f"Annonsenr. {grouped}"]))
            )
            foot.append(
                self.furn(
                    "views",
                    r.choice([f"Sett {views} ganger", f"Visninger: {views:,}".replace(",", " "), f"{views} visninger"]),
                )
            )
            if r.random() < 0.7:
                foot.append(
                    self.furn(
                        "date",
                        r.choice(
                            [
                                f"Medlem siden {self._date('%d.%m.%Y', member_since)}",
                                f"Medlem siden {member_since.year}",
                            ]
                        ),
                    )
                )
            foot.append(
                self.furn(
                    "date",
                    r.choice(
                        [f"Publisert {self._date('%d.%m.%Y kl. %H:%M')}", f"Publisert: {self._date('%d.%m.%y %H.%M')}"]
                    ),
                )
            )
            if r.random() < 0.5:
                foot.append(
                    "Kundeservice: "
                    + self.furn("site_phone", self.plain(s.support_phone or "", True), s.support_phone)
                    + f" · {self.furn_email()}"
                )
        elif s.name == "tjenestetorget.no":
            url = f"https://{s.domain}/" + r.choice(
                [f"tjenester/annonse.html?kode={ad_id}", f"annonse/{ad_id}?utm_source=sok", f"t/{self._slug()}/{ad_id}"]
            )
            if self.url_phone:
                url = f"https://{s.domain}/t/{self._slug()}/{ad_id}"
            head.append(r.choice(["Tjenester › Velvære", "Tjenester > Massasje", "Personlige tjenester"]))
            foot.append(
                self.furn(
                    "ad_id",
                    r.choice(
                        [
                            f"Annonsekode: {ad_id}",
                            f"Torgkode {ad_id}",
                            f"Annonsekode {ad_id[:3]} {ad_id[3:6]} {ad_id[6:]}",
                        ]
                    ),
                )
            )
            mon = ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."]
            foot.append(
                self.furn(
                    "date",
                    f"Sist endret {self.when.day}. {mon[self.when.month - 1]} {self.when.year} {self._date('%H:%M')}",
                )
            )
            if r.random() < 0.6:
                foot.append(self.furn("views", f"Annonsen er vist {views} ganger"))
            if r.random() < 0.4:
                sp = s.support_phone or ""
                foot.append("Spørsmål om annonsen? Ring oss på " + self.furn("site_phone", self.plain(sp, True), sp))
            if r.random() < 0.3:
                foot.append(self.furn_email(f"Meld fra om feil: {s.support_email}"))
        elif s.name == "nattkontakt.se":
            url = f"https://{s.domain}/annons/{ad_id}-{self._slug()}" + r.choice(
                ["", f"?ref=lista&p={r.randrange(1, 30)}", f"?uid={r.randrange(100000, 999999)}"]
            )
            foot.append(
                self.furn("ad_id", r.choice([f"Annons nr {ad_id}", f"Annonsnummer: {ad_id}", f"Annons-ID {ad_id}"]))
            )
            foot.append(self.furn("views", r.choice([f"Visningar: {views:,}".replace(",", " "), f"{views} visningar"])))
            if r.random() < 0.6:
                foot.append(self.furn("date", f"Medlem sedan {self._date('%Y-%m-%d', member_since)}"))
            foot.append(
                self.furn(
                    "date",
                    r.choice([f"Publicerad {self._date('%Y-%m-%d %H:%M')}", f"Upplagd {self._date('%d/%m %H:%M')}"]),
                )
            )
            if r.random() < 0.3:
                foot.append("Populära städer: Stockholm · Göteborg · Malmö · Uppsala")
            if r.random() < 0.4:
                sp = s.support_phone or ""
                foot.append(f"Kundtjänst {self.furn('site_phone', self.plain(sp, True), sp)} (vardagar 9–17)")
                foot.append(self.furn_email())
        elif s.name == "sodeventer.dk":
            url = f"https://{s.domain}/annoncer/{ad_id}/{self._slug()}" + r.choice(["", "?vis=fuld"])
            foot.append(
                self.furn("ad_id", r.choice([f"Annonce-nr. {ad_id}", f"Annoncenummer: {ad_id}", f"Annonce nr {ad_id}"]))
            )
            foot.append(self.furn("views", r.choice([f"Set {views} gange", f"Visninger: {views:,}".replace(",", ".")])))
            foot.append(
                self.furn(
                    "date",
                    r.choice(
                        [f"Oprettet {self._date('%d-%m-%Y kl. %H.%M')}", f"Indrykket d. {self._date('%d.%m.%Y')}"]
                    ),
                )
            )
            if r.random() < 0.5:
                foot.append(self.furn("date", f"Profil oprettet {self._date('%d/%m/%Y', member_since)}"))
            if r.random() < 0.4:
                sp = s.support_phone or ""
                foot.append(f"Support: tlf. {self.furn('site_phone', self.plain(sp, True), sp)}, {self.furn_email()}")
        elif s.name == "nordic-companions.com":
            domain = s.old_domain if self.day < 30 and s.old_domain else s.domain
            url = f"https://{domain}/escort/{self._slug()}-{ad_id}.html" + r.choice(
                ["", "?lang=en", f"?lang=en&ref={r.randrange(1000, 99999)}"]
            )
            head.append(
                r.choice(
                    [
                        f"Escorts › {COUNTRY_EN[self.city.country]} › {self.city.name}",
                        "Profile",
                        f"Independent escort in {COUNTRY_EN[self.city.country]}",
                    ]
                )
            )
            foot.append(self.furn("ad_id", r.choice([f"Ref. NC-{ad_id}", f"Profile ref: {ad_id}", f"Ref #{ad_id}"])))
            foot.append(self.furn("views", f"Views {views:,}"))
            foot.append(
                self.furn(
                    "date",
                    r.choice(
                        [
                            f"Member since {self._date('%d/%m/%Y', member_since)}",
                            f"Joined {self._date('%b %Y', member_since)}",
                        ]
                    ),
                )
            )
            foot.append(
                self.furn(
                    "date",
                    r.choice([f"Last online {self._date('%d %b %Y %H:%M')}", f"Updated {self._date('%Y-%m-%d')}"]),
                )
            )
            if domain == s.old_domain and r.random() < 0.6:
                foot.append("We are moving to nordic-companions.com – same profiles, same team.")
            if r.random() < 0.5:
                sp = s.support_phone or ""
                foot.append(
                    f"Advertiser support {self.furn('site_phone', self.plain(sp, False), sp)} / {self.furn_email()}"
                )
        else:  # forum
            topic = r.randrange(1000, 99999)
            url = f"https://{s.domain}/viewtopic.php?t={topic}&p={ad_id}#p{ad_id}"
            if self.url_phone:
                url = f"https://{s.domain}/t/{self._slug()}/{topic}?p={ad_id}"
            posts = r.randrange(1, 4000)
            member_no = r.randrange(1000, 99999)
            user = f"{self.p.name.lower()}_{r.randrange(10, 99)}"
            head.append(self.furn("ad_id", r.choice([f"Post #{ad_id}", f"Innlegg #{ad_id}", f"#{ad_id}"])))
            when = r.choice([self._date("%d.%m.%Y, %H:%M"), self._date("%d %b %Y %H:%M"), self._date("%Y-%m-%d %H:%M")])
            head.append(
                r.choice([f"{user} » ", f"Skrevet av {user} ", f"Posted by {user} on "]) + self.furn("date", when)
            )
            if r.random() < 0.3:
                head.append(
                    r.choice(
                        [
                            "Sitat: Noen som vet om det er noen nye her?",
                            "Citat: Tack för tipset!",
                            "Quote: anyone been lately?",
                        ]
                    )
                )
            foot.append(
                self.furn(
                    "member_no",
                    r.choice(
                        [
                            f"Medlem nr. {member_no} · Innlegg: {posts}",
                            f"Registrert: {self._date('%m.%Y', member_since)} · Innlegg: {posts}",
                            f"Member #{member_no} | Posts: {posts}",
                        ]
                    ),
                )
            )
            if r.random() < 0.15:
                foot.append(self.furn_email(f"Regler for forumet: kontakt {s.support_email}"))
        return url, head, foot

    def furn_email(self, text: str | None = None) -> str:
        e = self.site.support_email or ""
        self.furniture.append({"kind": "support_email", "digits": "", "text": e})
        return text or e


# ---------------------------------------------------------------------------------------------- phrases

PHRASES: dict[str, dict[str, list[str]]] = {
    "greet": {
        "no": ["Hei!", "Hei gutter,", "Hallo!", "Heisann!", "Hei du,"],
        "sv": ["Hej!", "Hej killar,", "Hallå!", "Hejsan!", "Hej du,"],
        "da": ["Hej!", "Hej søde,", "Hejsa!", "Hallo!", "Hej med dig,"],
        "en": ["Hi!", "Hello gentlemen,", "Hey!", "Hi there,", "Welcome!"],
    },
    "intro": {
        "no": [
            "Jeg heter {name}, {age} år, ny i {city}.",
            "{name} her, {age} år, på besøk i {city} denne uka.",
            "Søt {origin} jente, {age} år, nå i {city}.",
            "Mitt navn er {name} ({age}) og jeg er i {city}.",
        ],
        "sv": [
            "Jag heter {name}, {age} år, ny i {city}.",
            "{name} här, {age} år, på besök i {city} den här veckan.",
            "Söt {origin} tjej, {age} år, nu i {city}.",
            "Mitt namn är {name} ({age}) och jag finns i {city}.",
        ],
        "da": [
            "Jeg hedder {name}, {age} år, ny i {city}.",
            "{name} her, {age} år, på besøg i {city} denne uge.",
            "Sød {origin} pige, {age} år, nu i {city}.",
            "Mit navn er {name} ({age}) og jeg er i {city}.",
        ],
        "en": [
            "I'm {name}, {age} years old, new in {city}.",
            "{name} here, {age}, visiting {city} this week.",
            "Sweet {origin} girl, {age} y/o, now in {city}.",
            "My name is {name} ({age}) and I am in {city}.",
        ],
    },
    "desc": {
        "no": [
            "Jeg er blid, diskret og renslig.",
            "Tilbyr avslappende massasje og hyggelig selskap.",
            "Kan komme til deg eller hotell.",
            "Snakker engelsk og litt norsk.",
            "Ingen stress, god tid.",
            "Hyggelig leilighet nær sentrum.",
        ],
        "sv": [
            "Jag är glad, diskret och ren.",
            "Erbjuder avslappnande massage och trevligt sällskap.",
            "Kan komma till dig eller hotell.",
            "Pratar engelska och lite svenska.",
            "Ingen stress, gott om tid.",
            "Trevlig lägenhet nära centrum.",
        ],
        "da": [
            "Jeg er glad, diskret og renlig.",
            "Tilbyder afslappende massage og hyggeligt selskab.",
            "Kan komme til dig eller hotel.",
            "Taler engelsk og lidt dansk.",
            "Ingen stress, god tid.",
            "Hyggelig lejlighed tæt på centrum.",
        ],
        "en": [
            "I am friendly, discreet and clean.",
            "Offering relaxing massage and nice company.",
            "Outcall to your home or hotel.",
            "I speak English and a little Spanish.",
            "No rush, plenty of time.",
            "Cosy apartment close to the centre.",
        ],
    },
    "measure": {
        "no": ["Høyde {h} cm, vekt {kg} kg", "{h} cm / {kg} kg"],
        "sv": ["Längd {h} cm, vikt {kg} kg", "{h} cm / {kg} kg"],
        "da": ["Højde {h} cm, vægt {kg} kg", "{h} cm / {kg} kg"],
        "en": ["Height {h} cm, weight {kg} kg", "{h}cm, {kg}kg"],
    },
    "price": {
        "no": ["{p} kr/t", "{pd},- for en time", "1 time {p}kr, 30 min {half}kr", "Pris: {p},-"],
        "sv": ["{ps} kr/tim", "{p}:-", "1h {p}kr, 30 min {half}kr", "Pris {p} kr"],
        "da": ["{pd} kr. pr. time", "{p},- kr", "Pris {p} kr/t", "1 time {p} kr, ½ time {half} kr"],
        "en": ["{p} NOK/h", "Rates: 1h {p} SEK, 30min {half} SEK", "{p} DKK per hour", "1 hour {p} kr"],
    },
    "hours": {
        "no": ["Tilgjengelig {a}-{b}", "Åpent fra kl. {a}.00 til {b}.00"],
        "sv": ["Tillgänglig {a}–{b}", "Öppet kl {a}.00–{b}.00"],
        "da": ["Åben {a}-{b}", "Træffes kl. {a}.00-{b}.00"],
        "en": ["Available {a}:00-{b}:00", "Open {a}h to {b}h"],
    },
    "address": {
        "no": ["Incall: {addr}", "Adresse: {addr}"],
        "sv": ["Incall: {addr}", "Adress: {addr}"],
        "da": ["Incall: {addr}", "Adresse: {addr}"],
        "en": ["Incall: {addr}", "Address: {addr}"],
    },
    "next": {
        "no": ["Neste stopp: {city} fra {d}", "Kommer til {city} {d}"],
        "sv": ["Nästa stopp: {city} från {d}", "Kommer till {city} {d}"],
        "da": ["Næste stop: {city} fra {d}", "Kommer til {city} {d}"],
        "en": ["Next stop: {city} from {d}", "Coming to {city} on {d}"],
    },
    "call": {
        "no": ["Ring eller send SMS:", "Tlf:", "Mob.", "Nummer:", "Ring meg på", "SMS/WhatsApp:", "Kontakt:"],
        "sv": ["Ring eller sms:a:", "Tel:", "Mobil:", "Nr:", "Ring mig på", "SMS/WhatsApp:", "Kontakt:"],
        "da": ["Ring eller sms:", "Tlf.", "Mobil:", "Nr.", "Ring til mig på", "SMS/WhatsApp:", "Kontakt:"],
        "en": ["Call or text:", "Phone:", "Mob:", "Number:", "Call me on", "WhatsApp/Telegram:", "Contact:"],
    },
    "booking": {
        "no": ["Booking:", "Bestilling:", "Ring sentralen:"],
        "sv": ["Bokning:", "Boka via:", "Ring växeln:"],
        "da": ["Booking:", "Bestilling:", "Ring receptionen:"],
        "en": ["Booking:", "Reservations:", "Call the agency:"],
    },
    "sms_only": {
        "no": ["(kun SMS)", "- ikke skjult nummer", "(svarer ikke skjult nr)"],
        "sv": ["(endast sms)", "- inga dolda nummer"],
        "da": ["(kun sms)", "- ingen skjulte numre"],
        "en": ["(text only)", "- no private numbers"],
    },
    "mail": {
        "no": ["E-post:", "Mail:", "Skriv til"],
        "sv": ["E-post:", "Mejl:", "Maila"],
        "da": ["E-mail:", "Mail:", "Skriv til"],
        "en": ["Email:", "Mail:", "Write to"],
    },
    "see_link": {
        "no": ["Nummeret står i lenken", "Se nr i adressefeltet"],
        "sv": ["Numret står i länken"],
        "da": ["Nummeret står i linket"],
        "en": ["Number is in the link"],
    },
    "no_contact": {
        "no": ["Send melding via siden."],
        "sv": ["Skicka meddelande via sidan."],
        "da": ["Send besked via siden."],
        "en": ["Message me through the site."],
    },
    "young": {
        "no": ["Ung og uerfaren", "Går fortsatt på skolen"],
        "sv": ["Ung och oerfaren", "Går fortfarande i skolan"],
        "da": ["Ung og uerfaren", "Går stadig i skole"],
        "en": ["Young and new to this", "Still in school"],
    },
    "title": {
        "no": ["{name} – ny i {city}", "Søt jente i {city}", "{name}, {age}", "Massasje {city}", "NY! {name} {city}"],
        "sv": ["{name} – ny i {city}", "Söt tjej i {city}", "{name}, {age}", "Massage {city}", "NY! {name} {city}"],
        "da": ["{name} – ny i {city}", "Sød pige i {city}", "{name}, {age}", "Massage {city}", "NY! {name} {city}"],
        "en": [
            "{name} – new in {city}",
            "Sweet girl in {city}",
            "{name}, {age}",
            "Massage {city}",
            "{name} visiting {city}",
        ],
    },
}
