"""The persons and controllers behind the sixteenth blind corpus: women (a few minors stating 18 or 19) with
their numbers over time, tours, names per site and their own sentences; controllers (hidden ones sharing one line
across 2-7 women, agencies with a booking line and an address) with their own voice. Every number has one owner,
and no sentence is written by two networks."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import phonenumbers
from benchmarks.blind16._data import (
    AGENCY,
    CITIES,
    CITY_WEIGHT,
    CLOSE,
    FIRST_NAMES,
    MAIL_DOMAINS,
    MINOR_CUES,
    NATIONAL_CC,
    NATIONALITIES,
    NICK_SUFFIX,
    REVIEW,
    SELF,
)

DAYS = 120
LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}
_MOBILE_START = {"47": "49", "46": "7", "45": "2345678", "40": "7", "48": "5678", "66": "689", "34": "67"}
_MOBILE_START |= {"36": "237", "359": "89", "370": "6", "371": "2"}
_NSN_LEN = {"47": 8, "46": 9, "45": 8, "40": 9, "48": 9, "66": 9, "34": 9, "36": 9, "359": 9, "370": 8, "371": 8}
CC_OF = {"NO": "47", "SE": "46", "DK": "45"}


@dataclass
class Woman:
    pid: str
    net: str
    net_kind: str
    names: dict[str, str]
    age: int
    minor: bool
    nationality: str
    home: str
    tour: list[str]
    numbers: list[tuple[str, int]]  # (E.164, first day in use)
    email: str | None
    lang: str
    sites: list[str]
    weight: float
    sentences: list[str] = field(default_factory=list)
    reviews: list[str] = field(default_factory=list)

    def number_on(self, day: int) -> tuple[str, str | None]:
        """Her number in use on `day` and the one before it, if she changed."""
        cur, prev = self.numbers[0][0], None
        for e164, start in self.numbers[1:]:
            if day >= start:
                cur, prev = e164, cur
        return cur, prev


@dataclass
class Network:
    nid: str
    kind: str  # hidden | agency
    name: str
    lines: list[str]
    email: str | None
    lang: str
    home: str
    voice: list[str]
    recruits: bool


class Numbers:
    """Fictional but valid mobile numbers, each handed out once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def mobile(self, cc: str) -> str:
        while True:
            nsn = self.rng.choice(_MOBILE_START[cc]) + "".join(
                self.rng.choice("0123456789") for _ in range(_NSN_LEN[cc] - 1)
            )
            if cc == "46":
                nsn = "7" + self.rng.choice("02369") + nsn[2:]
            e164 = f"+{cc}{nsn}"
            num = phonenumbers.parse(e164)
            if (
                e164 not in self.used
                and phonenumbers.is_valid_number(num)
                and phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.MOBILE
            ):
                self.used.add(e164)
                return e164

    def landline(self, country: str) -> str:
        while True:
            d = "".join(self.rng.choice("0123456789") for _ in range(7))
            e164 = {"NO": f"+472{d}", "SE": f"+468{d}{self.rng.choice('0123456789')}", "DK": f"+453{d}"}[country]
            num = phonenumbers.parse(e164)
            if e164 not in self.used and phonenumbers.is_valid_number(num):
                self.used.add(e164)
                return e164


class Voices:
    """Sentences unique to their writer across the whole corpus."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _unique(self, make: list[list[str]], join: str, tail: str, extra: str) -> str:
        for attempt in range(60):
            s = join.join(self.rng.choice(p) for p in make)
            if attempt > 40:
                s += " " + extra
            s = s[0].upper() + s[1:] + tail
            if s not in self.used:
                self.used.add(s)
                return s
        raise RuntimeError("no unique sentence left")

    def self_intro(self, lang: str, name: str, with_close: bool) -> str:
        a, b, c, d = SELF[lang]
        if with_close:
            x, y, z = CLOSE[lang]
            return self._unique([a, b, c, d, [","], [w.lower() for w in x], y, z], " ", ".", name).replace(" ,", ",")
        return self._unique([a, b, c, d], " ", self.rng.choice([".", "!"]), name)

    def agency(self, lang: str, name: str) -> str:
        return self._unique(list(AGENCY[lang]), " ", ".", name)

    def review(self, lang: str, name: str) -> str:
        a, b, c = REVIEW[lang]
        pronoun = ("henne", "hende", "her")
        opener = [(w.rsplit(" ", 1)[0] if w.endswith(pronoun) else w) + " " + name for w in a]
        return self._unique([opener, b, c], " ", ".", name)


def _weighted_city(rng: random.Random, country: str | None = None) -> str:
    names = [c for c in CITY_WEIGHT if country is None or CITIES[c][0] == country]
    return rng.choices(names, weights=[CITY_WEIGHT[c] for c in names])[0]


def people(rng: random.Random, n_ads: int, sites: list[str]) -> tuple[list[Woman], list[Network]]:
    """The women and controllers for a corpus of `n_ads` ads on `sites`."""
    nums, voices = Numbers(rng), Voices(rng)
    n_women = max(8, round(n_ads / 6.9))
    n_nets = max(2, round(n_ads / 80))
    nets: list[Network] = []
    for i in range(n_nets):
        kind = "hidden" if rng.random() < 0.6 else "agency"
        home = _weighted_city(rng)
        country = CITIES[home][0]
        lang = LANG_OF[country] if rng.random() < 0.6 else "en"
        stem = rng.choice(["Nord", "Vest", "Aurora", "Polar", "Fjord", "Baltic", "Lys", "Krone", "Saga", "Hav"])
        name = f"{stem}{rng.choice(['lys', ' Escort', ' Models', ' Dreams', ' Angels', ' VIP', 'stjerna'])}"
        lines = [nums.mobile(CC_OF[country])]
        if kind == "agency" and rng.random() < 0.4:
            lines.append(nums.mobile(CC_OF[country]))
        email = None
        if kind == "agency":
            email = f"booking.{stem.lower()}{i}@{rng.choice(MAIL_DOMAINS)}"
        voice = [voices.agency(lang, name) for _ in range(2)]
        nets.append(Network(f"net-{i:03d}", kind, name, lines, email, lang, home, voice, rng.random() < 0.35))
    women: list[Woman] = []
    for i in range(n_women):
        pid = f"p{i:04d}"
        net: Network | None = None
        if rng.random() < 0.3:
            net = rng.choice(nets)
        nationality = rng.choice(NATIONALITIES)
        home = _weighted_city(rng, None if net is None or rng.random() < 0.3 else CITIES[net.home][0])
        country = CITIES[home][0]
        minor = rng.random() < 0.025
        age = rng.choice([18, 19]) if minor else rng.randint(20, 39)
        base = rng.choice(FIRST_NAMES)
        my_sites = rng.sample(sites, rng.choice([1, 1, 2, 2, 3]))
        names = {s: (base if rng.random() < 0.6 else rng.choice(FIRST_NAMES)) + rng.choice(NICK_SUFFIX) for s in sites}
        tour = []
        if rng.random() < 0.4:
            tour = [_weighted_city(rng, country if rng.random() < 0.7 else None) for _ in range(rng.randint(1, 3))]
            tour = [c for c in tour if c != home]
        cc = CC_OF[country]
        if nationality in NATIONAL_CC and rng.random() < 0.3:
            cc = NATIONAL_CC[nationality]
        elif rng.random() < 0.12:
            cc = CC_OF[rng.choice(["NO", "SE", "DK"])]
        numbers = [(nums.mobile(cc), 0)]
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            numbers.append((nums.mobile(cc), rng.randint(10, DAYS - 10)))
        numbers.sort(key=lambda x: x[1])
        mail = None
        if rng.random() < (0.35 if net is None else 0.12):
            tail = rng.choice(["", "x", "love", "nord", str(rng.randint(80, 99))])
            local = f"{base.lower()}{rng.choice(['', '.', '_'])}{tail}"
            mail = f"{local}{i}@{rng.choice(MAIL_DOMAINS)}"
        lang = LANG_OF[country]
        r = rng.random()
        if r < 0.33:
            lang = "en"
        elif r < 0.4:
            lang = rng.choice(["no", "sv", "da"])
        w = Woman(
            pid=pid,
            net=net.nid if net else f"solo-{pid}",
            net_kind=net.kind if net else "solo",
            names=names,
            age=age,
            minor=minor,
            nationality=nationality,
            home=home,
            tour=tour,
            numbers=numbers,
            email=mail,
            lang=lang,
            sites=my_sites,
            weight=rng.paretovariate(1.6),
        )
        nm = names[my_sites[0]].split(" ")[0]
        w.sentences = [voices.self_intro(lang, nm, True), voices.self_intro(lang, nm, False)]
        w.sentences.append(voices.self_intro(lang, nm, False))
        if minor:
            w.sentences.append(rng.choice(MINOR_CUES[lang]).rstrip("!") + f", {age}.")
        on_board = names["kundeprat"].split(" ")[0] if "kundeprat" in names else nm
        w.reviews = [voices.review(rl, on_board) for rl in ("no", "sv", "da", "en") for _ in range(2)]
        women.append(w)
    return women, nets
