"""The people of blind20's market: women (a few minors stating 18 or 19), the numbers they change, the cities they
tour, the names they use per site and the sentences they write; and the controllers over some of them (agencies that
sign their ads, hidden controllers whose one line 2-7 women give, massage clinics with a landline and an address).
Every sentence a woman or a controller writes is hers or its alone (``Phrases``), so that no linker can find a
network in the generator's phrase book."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import phonenumbers
from benchmarks.blind20._data import (
    CITIES,
    CITY_WEIGHT,
    CLOSE,
    FIRST_NAMES,
    LANDLINE,
    LANG_OF,
    MAIL_DOMAINS,
    MOBILE,
    NATIONALITIES,
    OFFER,
    OPEN,
    TRAIT,
    WITH,
)

SIGN_OFF = {"no": ["hilsen", "klem fra", "kyss fra"], "sv": ["hälsningar", "kram från", "puss från"],
            "da": ["hilsen", "knus fra", "kys fra"], "en": ["love from", "hugs from", "kisses from"]}  # fmt: skip


class Numbers:
    """Invented, valid numbers, each handed out once (a number is one owner's)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _draw(self, prefix: str, length: int) -> str:
        while True:
            e164 = prefix + "".join(str(self.rng.randrange(10)) for _ in range(length))
            if e164 in self.used:
                continue
            num = phonenumbers.parse(e164)
            if (
                phonenumbers.is_valid_number(num)
                and phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == e164
            ):
                self.used.add(e164)
                return e164

    def mobile(self, region: str) -> str:
        prefix, length = self.rng.choice(MOBILE[region])
        return self._draw(prefix, length)

    def landline(self, region: str) -> str:
        prefix, length = LANDLINE[region]
        return self._draw(prefix, length)


class Phrases:
    """Who owns each sentence: a sentence already another writer's is drawn again."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def claim(self, owner: str, sentence: str) -> bool:
        if self.owner.setdefault(sentence, owner) != owner:
            return False
        return True


@dataclass
class Network:
    nid: str
    kind: str  # agency | hidden | clinic
    name: str
    line: str
    email: str | None
    home: str
    address: tuple[str, str] | None = None  # street, postcode (a clinic's)
    women: list[Woman] = field(default_factory=list)
    pitch: dict[str, str] = field(default_factory=dict)  # the controller's own sentence per language


@dataclass
class Woman:
    pid: str
    nationality: str
    home: str
    tour: list[str]
    numbers: list[str]
    email: str | None
    name: str
    site_names: dict[str, str]
    lang: str
    age: int
    minor: bool
    picks: tuple[int, int, int, int, int, int]
    habit: str
    mail_habit: str
    sites: list[str]
    start: float
    span: float
    net: Network | None = None
    bios: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def owner(self) -> str:
        return self.net.nid if self.net else "solo-" + self.pid

    def bio(self, name: str, lang: str, phrases: Phrases) -> list[str]:
        """Her two sentences, in a language, under a name: the same choices every time, drawn again only where
        another writer already owns the sentence."""
        key = (name, lang)
        if key not in self.bios:
            o, t, w, f, c, s = self.picks
            for k in range(200):
                first = OPEN[lang][(o + k) % 4].format(n=name) + ", " + TRAIT[lang][(t + k // 4) % 8]
                first += " " + WITH[lang][(w + k // 32) % 8] + "."
                if phrases.claim(self.owner(), first):
                    break
            for k in range(200):
                second = OFFER[lang][(f + k) % 6] + " " + CLOSE[lang][(c + k // 6) % 5] + ", "
                second += SIGN_OFF[lang][(s + k // 30) % 3] + " " + name + "!"
                if phrases.claim(self.owner(), second):
                    break
            self.bios[key] = [first, second]
        return self.bios[key]


def pick_city(rng: random.Random, country: str | None = None) -> str:
    names = [c for c in CITY_WEIGHT if country is None or CITIES[c][0] == country]
    return rng.choices(names, [CITY_WEIGHT[c] for c in names])[0]


def make_market(rng: random.Random, n_ads: int, sites: list[str]) -> tuple[list[Woman], list[Network], Numbers]:
    numbers = Numbers(rng)
    n_women = max(12, n_ads * 10 // 68)
    n_nets = max(5, n_ads // 85)
    nats = list(NATIONALITIES)
    nat_w = [NATIONALITIES[n][1] for n in nats]
    women: list[Woman] = []
    from benchmarks.blind20._forms import DISGUISED, HIDDEN, LINKED, PLAIN

    habits = sorted(PLAIN | LINKED | DISGUISED | HIDDEN)
    for i in range(n_women):
        nat = rng.choices(nats, nat_w)[0]
        region = NATIONALITIES[nat][0]
        nordic = region in ("NO", "SE", "DK")
        home = pick_city(rng, region if nordic else None)
        country = CITIES[home][0]
        tour = [pick_city(rng) for _ in range(rng.choice([0, 0, 1, 2, 3]))]
        num_region = region if (nordic or rng.random() < 0.55) else country
        own = [numbers.mobile(num_region)]
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            own.append(numbers.mobile(num_region if rng.random() < 0.6 else country))
        name = rng.choice(FIRST_NAMES)
        minor = rng.random() < 0.03
        age = rng.choice([18, 19]) if minor else rng.randint(19, 41)
        lang = LANG_OF[country] if nordic else ("en" if rng.random() < 0.4 else LANG_OF[country])
        mail = None
        if rng.random() < 0.16:
            local = f"{name.lower()}{rng.choice(['', '.', '_', '-'])}{rng.choice(['xo', 'love', 'vip', 'sweet', ''])}"
            local += str(rng.randint(1, 999))
            mail = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        women.append(
            Woman(
                pid=f"w{i:04d}",
                nationality=nat,
                home=home,
                tour=tour,
                numbers=own,
                email=mail,
                name=name,
                site_names={s: (name if rng.random() < 0.6 else rng.choice(FIRST_NAMES)) for s in sites},
                lang=lang,
                age=age,
                minor=minor,
                picks=(
                    rng.randrange(4),
                    rng.randrange(8),
                    rng.randrange(8),
                    rng.randrange(6),
                    rng.randrange(5),
                    rng.randrange(3),
                ),
                habit=rng.choice(habits),
                mail_habit=rng.choice(["plain", "plain", "spelled", "bracketed", "spaced", "mailto"]),
                sites=rng.sample(sites, rng.choice([1, 1, 2, 2, 3])),
                start=rng.random() * 0.8,
                span=rng.uniform(0.15, 0.6),
            )
        )
    if sum(w.email is not None for w in women) == 0:
        women[0].email = "eva.vip7@proton.me"
    return women, _networks(rng, women, numbers, n_nets), numbers


def _networks(rng: random.Random, women: list[Woman], numbers: Numbers, n_nets: int) -> list[Network]:
    from benchmarks.blind20._data import AGENCY_WORDS

    kinds = ["hidden"] * 9 + ["agency"] * 6 + ["clinic"] * 5
    suffix = {"agency": ["Escort", "Models", "Company", "Elite"], "clinic": ["Spa", "Massage", "Wellness", "Thai"]}
    pool = [w for w in women if not w.minor or rng.random() < 0.5]
    rng.shuffle(pool)
    nets: list[Network] = []
    taken: set[str] = set()
    for k in range(n_nets):
        kind = kinds[k % len(kinds)]
        home = pick_city(rng)
        country = CITIES[home][0]
        name = ""
        while not name or name in taken:
            name = rng.choice(AGENCY_WORDS) + " " + rng.choice(suffix.get(kind, ["Team"]))
            if kind == "hidden":
                name = rng.choice(AGENCY_WORDS) + str(rng.randint(2, 99))
        taken.add(name)
        line = numbers.landline(country) if kind == "clinic" else numbers.mobile(country)
        mail = None
        if kind != "hidden" and rng.random() < 0.5:
            slug = name.lower().replace(" ", "").replace("é", "e")
            mail = f"booking@{slug}.{ {'NO': 'no', 'SE': 'se', 'DK': 'dk'}[country] }"
        street = rng.choice(["Storgata", "Kungsgatan", "Vestergade", "Havnegata", "Drottninggatan", "Nørregade"])
        address = (f"{street} {rng.randint(2, 80)}", str(rng.randint(1000, 9899))) if kind == "clinic" else None
        net = Network(f"net{k:03d}", kind, name, line, mail, home, address)
        size = rng.randint(2, 7)
        for _ in range(size):
            if not pool:
                break
            w = pool.pop()
            w.net = net
            if kind == "clinic":
                w.home, w.tour = home, []
            elif kind == "agency" and rng.random() < 0.5:
                w.home = home
            net.women.append(w)
        nets.append(net)
    return nets
