"""blind21's people: women who advertise (alone, through an agency, under a hidden controller who answers one line
for several of them, or at a massage clinic), the numbers and addresses they use and change, the cities they tour,
and the controllers. Every number is valid and invented; a woman's own number is hers alone."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import phonenumbers
from benchmarks.blind21._data import (
    AGENCY_TAILS,
    AGENCY_WORDS,
    BIG,
    CITIES,
    CLINIC_TAILS,
    CLINIC_WORDS,
    FIRST_NAMES,
    MAIL_DOMAINS,
    NATIONALITIES,
    NATIONALITY_WEIGHTS,
    STREETS,
)


class Numbers:
    """Valid, invented numbers of a region, each handed out once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, region: str, kind: str = "mobile") -> str:
        ptype = phonenumbers.PhoneNumberType.MOBILE if kind == "mobile" else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, ptype)
        assert example is not None, region
        nsn = phonenumbers.national_significant_number(example)
        keep = 0 if len(nsn) <= 9 else 2  # an area or operator code in longer numbers
        types = {ptype, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
        for _ in range(5000):
            if region == "SE" and kind == "mobile":  # the ranges Swedish operators hand out
                nsn, keep = self.rng.choice(["70", "72", "73", "76", "79"]) + "0000000", 2
            digits = nsn[:keep] + "".join(str(self.rng.randrange(10)) for _ in range(len(nsn) - keep))
            num = phonenumbers.parse(f"+{example.country_code}{digits}")
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            ok = phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in types
            if ok and e164 not in self.used:
                self.used.add(e164)
                return e164
        raise RuntimeError(region)


@dataclass
class Network:
    """A controller: an agency (named, with a line and an address), a hidden controller (a line only) or a
    massage clinic (a name, a street address, a phone)."""

    nid: str
    kind: str
    line: str
    name: str = ""
    email: str = ""
    country: str = "NO"
    city: str = "Oslo"
    street: str = ""
    members: list[str] = field(default_factory=list)


@dataclass
class Woman:
    """One advertiser: her names per site, her numbers over time (a switch day), her address, her cities."""

    pid: str
    name: str
    nationality: str
    age: int
    minor: bool
    phones: list[str]
    switch_day: int
    email: str
    home: str
    tour: list[str]
    lang: str
    network: Network | None
    aliases: dict[str, str] = field(default_factory=dict)
    weight: float = 1.0
    sites: list[str] = field(default_factory=list)
    height: int = 165
    show_own: float = 0.0

    @property
    def network_id(self) -> str:
        return self.network.nid if self.network else f"solo-{self.pid}"

    def phone_on(self, day: int) -> str:
        return self.phones[0] if day < self.switch_day or len(self.phones) == 1 else self.phones[1]


def _language(rng: random.Random, nationality: str, country: str) -> str:
    home = NATIONALITIES[nationality][0]
    local = {"NO": "no", "SE": "sv", "DK": "da"}
    if home in local:
        return local[home]
    return rng.choices(["en", local[country]], [0.3, 0.7])[0]


def _address(rng: random.Random, name: str, taken: set[str]) -> str:
    base = name.lower()
    for _ in range(50):
        local = rng.choice(
            [
                f"{base}{rng.randrange(80, 100)}",
                f"{base}.{rng.choice('abcdefghkmnprst')}",
                f"{base}_{rng.choice(['love', 'kiss', 'sweet', 'vip', 'nord'])}",
                f"miss.{base}",
                f"{base}{rng.randrange(2, 30)}x",
            ]
        )
        addr = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        if addr not in taken:
            taken.add(addr)
            return addr
    raise RuntimeError(name)


def population(rng: random.Random, n_ads: int, sites: list[str], numbers: Numbers) -> tuple[list[Woman], list[Network]]:
    """The women and the controllers for a corpus of ``n_ads`` ads, their numbers from ``numbers``."""
    mails: set[str] = set()
    n_women = max(40, n_ads // 7)
    nets: list[Network] = []
    n_agency, n_hidden, n_clinic = max(2, n_women // 45), max(5, n_women // 32), max(2, n_women // 60)
    cities = sorted(CITIES)
    for i in range(n_agency + n_hidden + n_clinic):
        kind = "agency" if i < n_agency else "hidden" if i < n_agency + n_hidden else "clinic"
        city = rng.choice(BIG) if kind != "clinic" else rng.choice(cities)
        country = CITIES[city][0]
        made = Network(nid=f"net-{i + 1}", kind=kind, line=numbers.new(country), country=country, city=city)
        if kind == "agency":
            made.name = f"{rng.choice(AGENCY_WORDS)} {rng.choice(AGENCY_TAILS)}"
            made.email = f"booking.{made.name.split()[0].lower()}{i}@{rng.choice(MAIL_DOMAINS)}"
            mails.add(made.email)
        elif kind == "clinic":
            made.name = f"{rng.choice(CLINIC_WORDS)} {rng.choice(CLINIC_TAILS)}"
            made.street = f"{rng.choice(STREETS[country])} {rng.randrange(2, 140)}"
            made.line = numbers.new(country, "fixed" if rng.random() < 0.5 else "mobile")
            if rng.random() < 0.6:
                made.email = f"info.{made.name.split()[0].lower()}{i}@{rng.choice(MAIL_DOMAINS)}"
                mails.add(made.email)
        nets.append(made)
    women: list[Woman] = []
    nationalities = list(NATIONALITIES)
    for i in range(n_women):
        net: Network | None = None
        r = rng.random()
        if r < 0.4:
            net = nets[min(len(nets) - 1, int(rng.random() ** 1.3 * len(nets)))]
            if len(net.members) >= 7:
                net = None
        nat = rng.choices(nationalities, NATIONALITY_WEIGHTS)[0]
        if net and net.kind == "clinic":
            nat = rng.choice(["thai", "thai", "vietnamese", "chinese", "filipino"])
        minor = rng.random() < 0.025
        home = net.city if net and net.kind == "clinic" else rng.choice(BIG + cities)
        region = NATIONALITIES[nat][0]
        sim = region if region not in ("NO", "SE", "DK") and rng.random() < 0.6 else CITIES[home][0]
        phones = [numbers.new(sim)]
        if rng.random() < 0.3:
            phones.append(numbers.new(CITIES[home][0] if rng.random() < 0.6 else sim))
        name = rng.choice(FIRST_NAMES)
        woman = Woman(
            pid=f"w{i + 1}",
            name=name,
            nationality=nat,
            age=rng.choice([18, 19]) if minor else rng.randrange(20, 41),
            minor=minor,
            phones=phones,
            switch_day=rng.randrange(20, 130),
            email=_address(rng, name, mails) if rng.random() < 0.45 else "",
            home=home,
            tour=rng.sample(cities, rng.randrange(0, 4)) if not (net and net.kind == "clinic") else [],
            lang=_language(rng, nat, CITIES[home][0]),
            network=net,
            weight=rng.paretovariate(1.6),
            sites=rng.sample(sites, rng.choice([1, 1, 2, 2, 3])),
            height=rng.randrange(152, 182),
            show_own=0.0 if net is None else rng.choice([0.0, 0.2, 0.5]),
        )
        if net and net.kind == "clinic":  # a clinic advertises on the massage directory
            woman.sites = ["lotusguiden"] + ([rng.choice(sites)] if rng.random() < 0.3 else [])
            woman.sites = list(dict.fromkeys(woman.sites))
        for site in woman.sites:
            woman.aliases[site] = name if rng.random() < 0.6 else rng.choice(FIRST_NAMES)
        if net:
            net.members.append(woman.pid)
        women.append(woman)
    return women, [n for n in nets if n.members]
