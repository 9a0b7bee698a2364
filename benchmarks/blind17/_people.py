"""The market behind the seventeenth blind corpus: women (a few minors stating 18 or 19), their own numbers (some
change number on a day), the cities they tour, and the controllers: agencies and clinics that print their name and
booking line, and hidden controllers that only share one line across two to seven women. Every number is valid,
fictional and owned once."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import phonenumbers
from benchmarks.blind17._data import (
    AGENCIES,
    CITIES,
    CITY_WEIGHT,
    CLINICS,
    MAIL_DOMAINS,
    NAMES,
    NATIONALITIES,
    SLOTS,
    TAILS,
)

DAYS = 120  # ads are posted over the first 120 days of 2026

_MOBILE = {"NO": ("4", "9"), "SE": ("70", "72", "73", "76"), "DK": ("2", "3", "4", "5", "6")}
_LANDLINE = {"NO": ("22", "23", "55", "73"), "SE": ("8", "31", "40"), "DK": ("70", "33", "86")}
_CC = {"NO": 47, "SE": 46, "DK": 45}
_LEN = {"NO": 8, "SE": 9, "DK": 8}


class Numbers:
    """Valid fictional numbers, each handed out once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, country: str, landline: bool = False) -> str:
        heads = _LANDLINE[country] if landline else _MOBILE[country]
        while True:
            head = self.rng.choice(heads)
            nsn = head + "".join(str(self.rng.randrange(10)) for _ in range(_LEN[country] - len(head)))
            e164 = f"+{_CC[country]}{nsn}"
            if e164 in self.used or len(set(nsn)) < 4:
                continue
            if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
                self.used.add(e164)
                return e164


class Voices:
    """Each writer's own sentences per language; a sentence drawn once belongs to its writer only."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.owner: dict[str, str] = {}
        self.kept: dict[tuple[str, str], list[str]] = {}

    def of(self, writer: str, lang: str, n: int = 4) -> list[str]:
        key = (writer, lang)
        if key not in self.kept:
            out: list[str] = []
            while len(out) < n:
                subj, qual, what = self.rng.choice(SLOTS[lang])
                end = self.rng.choice(".!")
                s = f"{self.rng.choice(subj)} {self.rng.choice(qual)} {self.rng.choice(what)}"
                s += self.rng.choice(TAILS[lang]) + end
                if s.rstrip(".!") in self.owner:
                    continue
                self.owner[s.rstrip(".!")] = writer
                out.append(s)
            self.kept[key] = out
        return self.kept[key]


@dataclass
class Network:
    id: str
    kind: str  # agency, clinic, hidden
    name: str
    line: str
    country: str
    email: str | None
    women: list[str] = field(default_factory=list)


@dataclass
class Woman:
    id: str
    age: int
    stated_age: int
    minor: bool
    nationality: str
    numbers: list[str]
    switch_day: int  # the day she changes to her second number (if any)
    email: str | None
    home: str
    tour: list[str]
    sites: list[str]
    names: dict[str, str]
    network: Network | None
    weight: float
    english: float

    def number_on(self, day: int) -> list[str]:
        """Her own numbers printed on a day: the first, then the second; both for a week after the switch."""
        if len(self.numbers) < 2:
            return self.numbers[:1]
        if day < self.switch_day:
            return self.numbers[:1]
        if day < self.switch_day + 7:
            return [self.numbers[1], self.numbers[0]]
        return self.numbers[1:]


def _city(rng: random.Random, country: str | None = None) -> str:
    names = [c for c, v in CITIES.items() if country is None or v[0] == country]
    return rng.choices(names, weights=[CITY_WEIGHT.get(c, 2) for c in names])[0]


def _email(rng: random.Random, name: str, used: set[str]) -> str:
    while True:
        local = rng.choice(
            [
                f"{name.lower()}{rng.randrange(10, 99)}",
                f"{name.lower()}.{rng.choice('abcdklmnst')}",
                f"sweet.{name.lower()}",
                f"{name.lower()}_{rng.choice(['vip', 'love', 'xo', 'nord'])}",
            ]
        )
        addr = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        if addr not in used:
            used.add(addr)
            return addr


def people(rng: random.Random, n_ads: int, sites: list[str]) -> tuple[list[Woman], list[Network], Numbers]:
    """The women and controllers of a corpus of n_ads ads (about one woman per seven ads)."""
    numbers = Numbers(rng)
    mails: set[str] = set()
    n_women = max(4, round(n_ads * 0.145))
    n_nets = max(1, round(n_ads / 80))
    nets: list[Network] = []
    for i in range(n_nets):
        kind = rng.choices(["hidden", "agency", "clinic"], weights=[5, 3, 2])[0]
        country = rng.choice(["NO", "SE", "DK"])
        if kind == "agency":
            name = f"{rng.choice(AGENCIES)} {rng.choice(['', 'Nord', 'Scandinavia', 'Group'])}".strip()
            email: str | None = f"booking@{_slug(name)}{rng.choice(['', '-nord', '-vip'])}.com"
        elif kind == "clinic":
            name = f"{rng.choice(CLINICS)} {rng.choice(['City', 'Senter', 'Centrum', 'Studio'])}"
            email = f"post@{_slug(name)}.nu" if rng.random() < 0.5 else None
        else:
            name, email = "", None
        line = numbers.new(country, landline=kind == "clinic" and rng.random() < 0.5)
        nets.append(Network(f"net-{i + 1:03d}", kind, name, line, country, email))
    size = {"hidden": (2, 7), "agency": (3, 8), "clinic": (2, 5)}
    slots: list[Network | None] = []
    for n in nets:
        slots += [n] * rng.randint(*size[n.kind])
    slots = slots[: round(n_women * 0.45)]
    slots += [None] * (n_women - len(slots))
    rng.shuffle(slots)
    women: list[Woman] = []
    for i in range(n_women):
        wid = f"w{i + 1:04d}"
        net = slots[i]
        minor = rng.random() < 0.028
        age = rng.choice([16, 17]) if minor else rng.randint(19, 41)
        stated = rng.choice([18, 19]) if minor else age - rng.choice([0, 0, 0, 1, 2])
        home = _city(rng, net.country if net and rng.random() < 0.7 else None)
        country = CITIES[home][0]
        tour = [_city(rng, country if rng.random() < 0.6 else None) for _ in range(rng.randint(0, 4))]
        own_n = 0 if net and net.kind == "hidden" and rng.random() < 0.75 else 1 + (rng.random() < 0.25)
        nums = [numbers.new(country if rng.random() < 0.85 else rng.choice(["NO", "SE", "DK"])) for _ in range(own_n)]
        site_n = rng.choices([1, 2, 3], weights=[5, 4, 2])[0]
        her_sites = rng.sample(sites, site_n)
        base = rng.choice(NAMES)
        names = {s: (base if rng.random() < 0.5 else rng.choice(NAMES)) for s in her_sites}
        email = _email(rng, base, mails) if rng.random() < 0.3 else None
        w = Woman(
            wid,
            age,
            stated,
            minor,
            rng.choice(NATIONALITIES),
            nums,
            rng.randrange(20, DAYS - 10),
            email,
            home,
            tour,
            her_sites,
            names,
            net,
            min(6.0, rng.paretovariate(1.6)),
            rng.choice([0.15, 0.3, 0.5]),
        )
        if net:
            net.women.append(wid)
        women.append(w)
    return women, nets, numbers


def _slug(name: str) -> str:
    return "".join(c for c in name.lower().replace("é", "e").replace("&", "and") if c.isascii() and c.isalnum())
