"""The nineteenth corpus's market: women (some under age), their own numbers (changed once for some), touring
routes, working names per site; controllers (agencies with a booking line, hidden controllers whose one line
2-7 women give, massage clinics) and their recruitment ads."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import phonenumbers
from benchmarks.blind19._data import AGENCY_TLDS, AGENCY_WORDS, CITIES, NAMES, NATIONALITIES, PARTS, PROVIDERS

#: mobile ranges a fictional number is drawn from: country -> (calling code, national prefixes, national length)
MOBILE: dict[str, tuple[int, tuple[str, ...], int]] = {
    "NO": (47, ("4", "9"), 8),
    "SE": (46, ("70", "72", "73", "76", "79"), 9),
    "DK": (45, ("2", "3", "4", "5", "6", "7", "8", "9"), 8),
    "RO": (40, ("72", "74", "75", "76"), 9),
    "PL": (48, ("50", "51", "53", "60", "66", "69", "72", "78", "79", "88"), 9),
    "LT": (370, ("6",), 8),
    "TH": (66, ("8", "9"), 9),
    "BR": (55, ("119", "219", "319"), 11),
    "ES": (34, ("6",), 9),
    "HU": (36, ("20", "30", "70"), 9),
    "BG": (359, ("87", "88", "89"), 9),
    "LV": (371, ("2",), 8),
    "UA": (380, ("50", "67", "93"), 9),
    "NG": (234, ("803", "806", "813"), 10),
    "CO": (57, ("300", "310", "320"), 10),
    "CZ": (420, ("60", "72", "77"), 9),
    "VN": (84, ("90", "91", "98"), 9),
    "IT": (39, ("320", "333", "347"), 10),
    "DE": (49, ("151", "160", "170", "176"), 11),
    "EE": (372, ("5",), 8),
    "FI": (358, ("40", "44", "50"), 9),
    "RU": (7, ("91", "92", "98"), 10),
}

#: the sentence tails that widen a phrase book (so that no two owners share a sentence)
TAILS: dict[str, tuple[str, ...]] = {
    "no": ("", " i sentrum", " hele uka", " med egen inngang", " uten hastverk", " for en kveld", " i helgene"),
    "sv": ("", " i centrum", " hela veckan", " med egen ingång", " utan brådska", " för en kväll", " på helgerna"),
    "da": ("", " i centrum", " hele ugen", " med egen indgang", " uden hastværk", " for en aften", " i weekenden"),
    "en": (
        "",
        " in the centre",
        " all week",
        " with a private entrance",
        " without hurry",
        " for an evening",
        " at weekends",
    ),
}


class Numbers:
    """Fictional valid mobile numbers, each handed out once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, country: str) -> str:
        code, prefixes, length = MOBILE[country]
        for _ in range(200):
            pre = self.rng.choice(prefixes)
            national = pre + "".join(self.rng.choice("0123456789") for _ in range(length - len(pre)))
            num = phonenumbers.parse(f"+{code}{national}")
            if not phonenumbers.is_valid_number(num):
                continue
            if phonenumbers.number_type(num) not in (
                phonenumbers.PhoneNumberType.MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            ):
                continue
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if e164 not in self.used:
                self.used.add(e164)
                return e164
        raise RuntimeError(country)


class PhraseBook:
    """Sentences, each given to one owner (a network or a solo woman) only."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.taken: set[str] = set()

    def sentences(self, lang: str, n: int, name: str) -> list[str]:
        openers, middles, closes = PARTS[lang]
        out: list[str] = []
        for i in range(400):
            opener, middle = self.rng.choice(openers), self.rng.choice(middles)
            if lang == "en" and opener.endswith(" a") and middle[0] in "aeiou":
                opener += "n"
            s = f"{opener} {middle} {self.rng.choice(closes)[:-1]}{self.rng.choice(TAILS[lang])}."
            if i > 200:  # a crowded phrase book: the owner signs it
                s = s[:-1] + f", {name}."
            if s not in self.taken:
                self.taken.add(s)
                out.append(s)
                if len(out) == n:
                    return out
        raise RuntimeError("phrase book exhausted")


@dataclass
class Network:
    nid: str
    kind: str  # agency | hidden | clinic
    line: str
    email: str | None
    name: str
    texts: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Woman:
    pid: str
    nationality: str
    age: int
    minor: bool
    phones: list[str]
    email: str | None
    route: list[str]
    names: dict[str, str]
    english: float
    network: Network | None
    n_ads: int
    change_day: int  # the day (from the market's start) she changes to her second number, if she has one
    texts: dict[str, list[str]] = field(default_factory=dict)


def _nationality(rng: random.Random) -> str:
    nordic = ("Norwegian", "Swedish", "Danish")
    if rng.random() < 0.3:
        return rng.choice(nordic)
    return rng.choice([n for n in NATIONALITIES if n not in nordic])


def _route(rng: random.Random) -> list[str]:
    cities = list(CITIES)
    home = rng.choice(cities)
    route = [home]
    for _ in range(rng.choice((0, 0, 1, 2, 3, 4))):
        same = [c for c in cities if CITIES[c][0] == CITIES[home][0]]
        route.append(rng.choice(same if rng.random() < 0.75 else cities))
    return route


def _ads_count(rng: random.Random) -> int:
    return min(40, max(1, int(rng.expovariate(1 / 7.0)) + 1))


def _email(rng: random.Random, name: str, taken: set[str]) -> str:
    while True:
        sep = rng.choice((".", "_", "", "-"))
        tail = rng.choice(("", str(rng.randint(2, 99)), rng.choice(("xo", "love", "vip", "nord", "sweet"))))
        addr = f"{name.lower()}{sep}{rng.choice(('x', 'lady', 'miss', 'real', 'sun', 'kiss'))}{tail}@" + rng.choice(
            PROVIDERS
        )
        if addr not in taken:
            taken.add(addr)
            return addr


def _woman(
    rng: random.Random, pid: str, numbers: Numbers, net: Network | None, sites: tuple[str, ...], mails: set[str]
) -> Woman:
    nat = _nationality(rng)
    minor = rng.random() < 0.03
    age = rng.choice((16, 17)) if minor else int(rng.triangular(19, 41, 23))
    route = _route(rng)
    home_numbers = NATIONALITIES[nat] if rng.random() < 0.3 else CITIES[route[0]][0]
    phones = [numbers.new(home_numbers)]
    if rng.random() < 0.22:
        phones.append(numbers.new(rng.choice((CITIES[route[-1]][0], home_numbers))))
    main = rng.choice(NAMES)
    names = {s: (main if rng.random() < 0.6 else rng.choice(NAMES)) for s in sites}
    email = _email(rng, main, mails) if net is None and rng.random() < 0.25 else None
    english = rng.choice((0.1, 0.2, 0.4, 0.6)) if NATIONALITIES[nat] not in ("NO", "SE", "DK") else 0.05
    n_ads = _ads_count(rng)
    return Woman(pid, nat, age, minor, phones, email, route, names, english, net, n_ads, rng.randint(20, 110))


def build(rng: random.Random, n_ads: int, sites: tuple[str, ...]) -> tuple[list[Woman], list[Network]]:
    """Women and networks whose ads add up to at least ``n_ads``."""
    numbers = Numbers(rng)
    mails: set[str] = set()
    nets: list[Network] = []
    women: list[Woman] = []
    for i in range(max(2, round(n_ads / 90))):
        kind = rng.choices(("agency", "hidden", "clinic"), (0.35, 0.45, 0.2))[0]
        word = rng.choice(AGENCY_WORDS)
        name = f"{word.capitalize()} {'Escort' if kind == 'agency' else 'Massage' if kind == 'clinic' else ''}"
        email = None
        if kind != "hidden" and rng.random() < 0.6:
            email = f"{rng.choice(('booking', 'kontakt', 'info', 'post'))}@{word}{i}.{rng.choice(AGENCY_TLDS)}"
            mails.add(email)
        line_country = rng.choice(("NO", "SE", "DK")) if kind != "hidden" or rng.random() < 0.7 else "RO"
        net = Network(f"net-{i + 1:03d}", kind, numbers.new(line_country), email, name.strip())
        nets.append(net)
        for _ in range(rng.randint(2, 7)):
            women.append(_woman(rng, f"w-{len(women) + 1:04d}", numbers, net, sites, mails))
    total = sum(w.n_ads for w in women) + 2 * len(nets)
    while total < n_ads * 1.05 + 10:
        w = _woman(rng, f"w-{len(women) + 1:04d}", numbers, None, sites, mails)
        women.append(w)
        total += w.n_ads
    return women, nets
