"""The people behind the eighteenth corpus's ads: women who tour, change numbers and use another name per site,
and the controllers (agencies, clinics, hidden controllers sharing one line) some of them work for. Each woman and
each controller has a voice: sentences of her own, never written by anyone outside her network."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import phonenumbers
from benchmarks.blind18._data import (
    ABROAD,
    ADJ,
    AGENCY,
    AGENCY_NAMES,
    CITIES,
    CITY_WEIGHT,
    CLINIC,
    CLINIC_NAMES,
    CLOSE,
    EMAIL_DOMAINS,
    LANG_OF,
    MIDDLE,
    NAMES,
    NATIONALITIES,
    NOUN,
    OPEN,
    RECRUIT,
)

DAYS = 182  # the corpus covers half a year
_EXTRA = {
    "no": ["også i helgene", "med dusj og håndklær", "uten stress", "hele kvelden", "nær stasjonen", "med musikk",
           "for nye og faste", "med et smil", "sent på natten", "med god parkering", "i fred og ro", "på engelsk",
           "hele uken", "bare for voksne menn", "helt uten hast", "rett etter jobb", "med et glass vin",
           "på et rent sted"],
    "sv": ["även på helgerna", "med dusch och handdukar", "utan stress", "hela kvällen", "nära stationen",
           "med musik", "för nya och gamla", "med ett leende", "sent på natten", "med bra parkering",
           "i lugn och ro", "på engelska", "hela veckan", "bara för vuxna män", "helt utan brådska",
           "direkt efter jobbet", "med ett glas vin", "på ett rent ställe"],
    "da": ["også i weekenden", "med bad og håndklæder", "uden stress", "hele aftenen", "tæt på stationen",
           "med musik", "for nye og faste", "med et smil", "sent om natten", "med god parkering", "i ro og mag",
           "på engelsk", "hele ugen", "kun for voksne mænd", "helt uden hast", "lige efter arbejde",
           "med et glas vin", "på et rent sted"],
    "en": ["also at weekends", "with shower and towels", "without stress", "all evening", "near the station",
           "with music", "for new and regular friends", "with a smile", "late at night", "with easy parking",
           "in peace and quiet", "in English too", "all through the week", "for gentlemen only",
           "with no hurry at all", "right after work", "with a glass of wine", "in a clean place"],
}  # fmt: skip


class Registry:
    """Who wrote each sentence and who owns each number, so that no two networks share a sentence and no number
    has two owners."""

    def __init__(self) -> None:
        self.sentences: dict[str, str] = {}
        self.numbers: set[str] = set()

    def claim(self, sentence: str, owner: str) -> bool:
        holder = self.sentences.setdefault(sentence, owner)
        return holder == owner


@dataclass
class Voice:
    """One writer's sentences per language, made on first use."""

    owner: str
    rng: random.Random
    registry: Registry
    kind: str = "woman"
    name: str = ""
    cache: dict[str, list[str]] = field(default_factory=dict)

    def sentences(self, lang: str) -> list[str]:
        if lang not in self.cache:
            self.cache[lang] = self._make(lang)
        return self.cache[lang]

    def recruit(self, lang: str) -> str:
        key = "recruit-" + lang
        if key not in self.cache:
            self.cache[key] = [self._unique(RECRUIT[lang], lang)]
        return self.cache[key][0]

    def _unique(self, make_one: list[str], lang: str) -> str:
        rng = self.rng
        for _ in range(60):
            s = rng.choice(make_one).format(a=rng.choice(ADJ[lang]), n=self.name)
            s = f"{s} {rng.choice(_EXTRA[lang])}."
            if self.registry.claim(s, self.owner):
                return s
        s = f"{make_one[0].format(a=rng.choice(ADJ[lang]), n=self.name)} {rng.choice(_EXTRA[lang])}, {self.name}."
        self.registry.claim(s, self.owner)
        return s

    def _make(self, lang: str) -> list[str]:
        if self.kind == "agency":
            return [self._unique(AGENCY[lang], lang)]
        if self.kind == "clinic":
            return [self._unique(CLINIC[lang], lang)]
        first, second = self.rng.sample(range(len(MIDDLE[lang])), 2)
        return [self._unique([MIDDLE[lang][first]], lang), self._unique([MIDDLE[lang][second]], lang)]


@dataclass
class Network:
    nid: str
    kind: str  # agency, clinic, hidden
    name: str
    country: str
    lines: list[str]
    change_day: int
    email: str | None
    voice: Voice
    members: list[Woman] = field(default_factory=list)

    def line(self, day: int) -> str:
        return self.lines[-1] if day >= self.change_day else self.lines[0]


@dataclass
class Woman:
    pid: str
    name: str
    aliases: dict[str, str]
    nationality: str
    lang: str
    age: int
    minor: bool
    phones: list[str]
    change_day: int
    email: str | None
    tour: list[tuple[int, str]]  # (first day, canonical city)
    start: int
    end: int
    voice: Voice
    net: Network | None
    weight: float
    opener: dict[str, str] = field(default_factory=dict)
    closer: dict[str, str] = field(default_factory=dict)
    prints_own: bool = True

    def phone(self, day: int) -> str | None:
        if not self.phones:
            return None
        return self.phones[-1] if day >= self.change_day else self.phones[0]

    def city(self, day: int) -> str:
        here = self.tour[0][1]
        for first, city in self.tour:
            if first <= day:
                here = city
        return here

    def previous_city(self, day: int) -> str | None:
        before = [city for first, city in self.tour if first <= day]
        return before[-2] if len(before) >= 2 and before[-2] != before[-1] else None


def new_number(rng: random.Random, region: str, registry: Registry) -> str:
    """A valid mobile number of `region` nobody in the corpus has: the region's example mobile with its tail
    drawn at random."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None
    nat = phonenumbers.national_significant_number(example)
    keep = 3 if region in ("NO", "DK") else 2 + (region == "SE")
    if region == "NO":
        heads = ["40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "97", "98", "99"]
    elif region == "SE":
        heads = ["70", "72", "73", "76", "79"]
    elif region == "DK":
        heads = ["20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "51", "52", "53", "60", "61", "71"]
    else:
        heads = [nat[:keep]]
    while True:
        head = rng.choice(heads)
        tail = "".join(rng.choice("0123456789") for _ in range(len(nat) - len(head)))
        num = phonenumbers.parse("+" + str(example.country_code) + head + tail)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.number_type(num)
            in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
            and e164 not in registry.numbers
            and len(set(tail)) >= 3
        ):
            registry.numbers.add(e164)
            return e164


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _tour(rng: random.Random, start: int, end: int, home: str, tourer: bool) -> list[tuple[int, str]]:
    stops = [(start, home)]
    day = start
    while tourer:
        day += rng.randint(4, 16)
        if day >= end:
            break
        if rng.random() < 0.75:  # mostly within a country, sometimes across the border
            country = CITIES[stops[-1][1]][0]
            pool = {c: w for c, w in CITY_WEIGHT.items() if CITIES[c][0] == country}
        else:
            pool = CITY_WEIGHT
        stops.append((day, _weighted(rng, pool)))
    return stops


def _email(rng: random.Random, name: str, registry: Registry, domains: list[str]) -> str:
    while True:
        local = name.lower() + rng.choice(["", ".", "_"]) + rng.choice(["xo", "vip", "love", "sweet", "nord", "x"])
        local += str(rng.randint(1, 99)) if rng.random() < 0.6 else ""
        addr = f"{local}@{rng.choice(domains)}"
        if addr not in registry.sentences:
            registry.sentences[addr] = addr
            return addr


def people(rng: random.Random, n_ads: int, registry: Registry) -> tuple[list[Woman], list[Network]]:
    """Women and networks for a corpus of `n_ads` ads."""
    n_women = max(8, round(n_ads / 6.6))
    n_nets = max(2, round(n_women / 12))
    nets: list[Network] = []
    for i in range(n_nets):
        kind = rng.choices(["agency", "clinic", "hidden"], weights=[0.33, 0.22, 0.45])[0]
        country = _weighted(rng, {"NO": 1, "SE": 1.1, "DK": 0.9})
        nid = f"net-{i:03d}"
        if kind == "agency":
            name = f"{rng.choice(AGENCY_NAMES)} {rng.choice(['', 'Nord', 'VIP', 'Club', 'Group'])}".strip()
        elif kind == "clinic":
            name = f"{rng.choice(CLINIC_NAMES)} {rng.choice(['', 'Spa', 'Studio', 'Senter', 'Center'])}".strip()
        else:
            name = ""
        lines = [new_number(rng, country, registry)]
        change = DAYS + 1
        if rng.random() < 0.3:
            lines.append(new_number(rng, country, registry))
            change = rng.randint(40, DAYS - 30)
        email = None
        if kind != "hidden" and rng.random() < 0.6:
            slug = "".join(c for c in name.lower() if c.isalpha())[:14] or "booking"
            email = _email(rng, "booking" if rng.random() < 0.5 else slug, registry, [f"{slug}.eu", *EMAIL_DOMAINS])
        voice = Voice(nid, random.Random(rng.random()), registry, kind, name)
        nets.append(Network(nid, kind, name, country, lines, change, email, voice))
    women: list[Woman] = []
    for i in range(n_women):
        pid = f"w{i:04d}"
        net = rng.choice(nets) if rng.random() < 0.36 else None
        if net is not None and net.kind == "clinic":
            nat = rng.choice(["thai", "thai", "thai", "vietnamese", "chinese", "filipina"])
        else:
            nat = rng.choice(NATIONALITIES)
        nordic = {"norwegian": "NO", "swedish": "SE", "danish": "DK"}.get(nat)
        home_country = nordic or (net.country if net else _weighted(rng, {"NO": 1, "SE": 1.1, "DK": 0.9}))
        home = _weighted(rng, {c: w for c, w in CITY_WEIGHT.items() if CITIES[c][0] == home_country})
        if nordic:
            lang = LANG_OF[nordic]
        else:
            lang = "en" if rng.random() < 0.55 else LANG_OF[home_country]
        minor = rng.random() < 0.03
        age = rng.choice([16, 17]) if minor else rng.randint(19, 44)
        start = rng.randint(0, DAYS - 10)
        end = min(DAYS, start + rng.randint(15, 170))
        tourer = (net is None and rng.random() < 0.55) or (net is not None and net.kind != "clinic")
        tour = _tour(rng, start, end, home, (tourer and not nordic) or rng.random() < 0.15)
        region = ABROAD.get(nat) if rng.random() < 0.3 else None
        phones = [new_number(rng, region or home_country, registry)]
        change = DAYS + 1
        if rng.random() < 0.3:
            phones.append(new_number(rng, home_country, registry))
            change = rng.randint(start, max(start, end - 3))
        name = rng.choice(NAMES)
        aliases = {site: (name if rng.random() < 0.6 else rng.choice(NAMES)) for site in _SITE_NAMES}
        email = _email(rng, name, registry, EMAIL_DOMAINS) if net is None and rng.random() < 0.3 else None
        voice = Voice(net.nid if net else f"solo-{pid}", random.Random(rng.random()), registry, "woman", name)
        weight = rng.lognormvariate(0, 0.9)
        prints_own = (
            net is None
            or (net.kind == "hidden" and rng.random() < 0.4)
            or (net.kind == "agency" and rng.random() < 0.15)
        )
        w = Woman(pid, name, aliases, nat, lang, age, minor, phones, change, email, tour, start, end, voice, net,
                  weight, prints_own=prints_own)  # fmt: skip
        for lg in ("no", "sv", "da", "en"):
            w.opener[lg] = rng.choice(OPEN[lg])
            w.closer[lg] = rng.choice(CLOSE[lg])
            _ = NOUN
        women.append(w)
        if net is not None:
            net.members.append(w)
    nets = [n for n in nets if n.members]
    return women, nets


_SITE_NAMES = ["kvikk", "lagret", "nattapi", "endringer", "klipp", "speil"]
