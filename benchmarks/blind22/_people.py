"""blind22's people: women who advertise alone, for an agency, at a clinic or under a hidden controller who answers
one line for several women; their numbers over time, their names per site, their cities and their own voice (the
sentences they reuse from ad to ad), and the controllers' lines and house sentences."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import phonenumbers
from benchmarks.blind22._data import (
    ADJ,
    CITIES,
    DOMAINS,
    FIRST_NAMES,
    GREET,
    HOUSE,
    HOUSE_NAMES,
    LIKES,
    MINOR_CUES,
    NATIONALITIES,
    PLACES,
    SENTENCES,
    WHEN,
)

LANGS = ("no", "sv", "da", "en")
COUNTRY_LANG = {"NO": "no", "SE": "sv", "DK": "da"}

#: a national significant number's shape per region: (leading digits, total length)
_SHAPES: dict[str, list[tuple[str, int]]] = {
    "NO": [("4", 8), ("9", 8)],
    "SE": [("70", 9), ("72", 9), ("73", 9), ("76", 9), ("79", 9)],
    "DK": [("2", 8), ("3", 8), ("4", 8), ("5", 8), ("6", 8), ("71", 8), ("81", 8), ("91", 8), ("93", 8)],
    "RO": [("72", 9), ("73", 9), ("74", 9), ("75", 9), ("76", 9), ("78", 9)],
    "BG": [("87", 9), ("88", 9), ("89", 9)],
    "TH": [("81", 9), ("86", 9), ("89", 9), ("95", 9)],
    "NG": [("803", 10), ("806", 10), ("813", 10), ("703", 10)],
    "BR": [("119", 11), ("219", 11)],
    "UA": [("67", 9), ("50", 9), ("93", 9), ("97", 9)],
    "HU": [("20", 9), ("30", 9), ("70", 9)],
    "LT": [("6", 8)],
    "LV": [("2", 8)],
    "PL": [("50", 9), ("51", 9), ("60", 9), ("69", 9), ("79", 9)],
    "ES": [("6", 9)],
    "CO": [("30", 10), ("31", 10)],
    "VE": [("412", 10), ("414", 10), ("424", 10)],
    "VN": [("90", 9), ("91", 9), ("98", 9)],
    "CN": [("13", 11), ("15", 11), ("18", 11)],
    "DO": [("809", 10), ("829", 10)],
    "MD": [("6", 8), ("7", 8)],
    "AL": [("67", 9), ("68", 9), ("69", 9)],
    "CZ": [("60", 9), ("72", 9), ("77", 9)],
    "PH": [("91", 10), ("92", 10), ("99", 10)],
    "KE": [("71", 9), ("72", 9)],
    "EE": [("5", 8)],
    "CY": [("22", 8)],
    "MT": [("21", 8)],
    "GB": [("20", 10)],
    "NL": [("20", 9)],
    "DE": [("30", 10)],
}
#: the sites' own lines: landlines and service numbers
_FIXED: dict[str, list[tuple[str, int]]] = {"NO": [("22", 8), ("23", 8)], "SE": [("8", 9)], "DK": [("70", 8)]}


class Numbers:
    """Fresh valid numbers per region, never handed out twice (a number is one owner's)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self, region: str, fixed: bool = False) -> str:
        while True:
            lead, length = self.rng.choice((_FIXED if fixed else _SHAPES)[region])
            nsn = lead + "".join(self.rng.choice("0123456789") for _ in range(length - len(lead)))
            cc = phonenumbers.country_code_for_region(region)
            num = phonenumbers.parse(f"+{cc}{nsn}")
            if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
                continue
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if e164 in self.used or len(set(nsn)) < 4:
                continue
            self.used.add(e164)
            return e164


class Voices:
    """Who wrote which sentence first: a sentence belongs to one writer (a network, or a woman alone)."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def take(self, sentence: str, writer: str) -> bool:
        """The sentence (each of its parts a reader splits it into) is this writer's, unless another wrote it."""
        parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", sentence) if p.strip()]
        if any(self.owner.get(p, writer) != writer for p in parts):
            return False
        for p in parts:
            self.owner[p] = writer
        return True


def fill(template: str, lang: str, rng: random.Random, **slots: str) -> str:
    a, b = rng.sample(ADJ[lang], 2)
    likes = rng.sample(LIKES[lang], 2)
    values = {"a": a, "b": b, "l": likes[0], "m": likes[1], "p": rng.choice(PLACES[lang]), "w": rng.choice(WHEN[lang]),
              "g": rng.choice(GREET[lang])}  # fmt: skip
    values.update(slots)
    out = template.format(**values)
    return out[0].upper() + out[1:]


def compose(templates: list[str], lang: str, rng: random.Random, voices: Voices, writer: str, count: int,
            **slots: str) -> list[str]:  # fmt: skip
    """Up to ``count`` sentences of ``templates`` nobody else wrote first."""
    out: list[str] = []
    for _ in range(count * 6):
        if len(out) >= count:
            break
        s = fill(rng.choice(templates), lang, rng, **slots)
        if s not in out and voices.take(s, writer):
            out.append(s)
    return out


@dataclass
class Network:
    nid: str
    kind: str  # agency, clinic, hidden
    name: str
    lines: list[str]  # the controller's lines, one per period
    email: str | None
    lang: str
    country: str
    voice: dict[str, list[str]] = field(default_factory=dict)
    women: list[str] = field(default_factory=list)


@dataclass
class Woman:
    pid: str
    net: Network | None
    nationality: str
    name: str
    site_names: dict[str, str]
    age: int
    minor: bool
    phones: list[str]  # her own numbers, one per period (empty: she gives only the controller's line)
    email: str | None
    cities: list[str]
    sites: list[str]
    langs: list[str]
    voice: dict[str, list[list[str]]]  # per language: the bodies she reposts
    weight: float
    shows_own: float  # share of her ads (under a controller) that give her own number too

    @property
    def writer(self) -> str:
        return self.net.nid if self.net else f"solo-{self.pid}"


def _slug(text: str) -> str:
    table: dict[str, str | int | None] = {"å": "a", "ä": "a", "æ": "ae", "ø": "o", "ö": "o", "é": "e"}
    t = text.lower().translate(str.maketrans(table))
    return re.sub(r"[^a-z0-9]+", "", t)


def _pick_city(rng: random.Random, country: str | None = None) -> str:
    names = [c for c, v in CITIES.items() if country is None or v[0] == country]
    return rng.choices(names, [CITIES[c][3] for c in names])[0]


def population(rng: random.Random, n_ads: int, sites: list[str], site_langs: dict[str, dict[str, int]]) -> tuple[
    list[Woman], list[Network], Numbers, Voices
]:  # fmt: skip
    """The women and controllers of a market of about ``n_ads`` ads."""
    numbers = Numbers(rng)
    voices = Voices()
    n_women = max(12, n_ads // 22)
    n_nets = max(6, n_women // 9)
    kinds = [
        "hidden",
        "agency",
        "hidden",
        "clinic",
        "hidden",
        "agency",
        "clinic",
        "hidden",
        "agency",
        "hidden",
        "clinic",
    ]
    nets: list[Network] = []
    house_names = rng.sample(HOUSE_NAMES, len(HOUSE_NAMES))
    for i in range(n_nets):
        kind = kinds[i % len(kinds)]
        country = rng.choice(["NO", "SE", "DK"])
        name = house_names[i % len(house_names)] + (f" {i // len(house_names) + 1}" if i >= len(house_names) else "")
        region = country if kind != "hidden" or rng.random() < 0.5 else rng.choice(["RO", "BG", "NG", "TH", "LT"])
        n_lines = rng.choices([1, 2, 3], [50, 35, 15])[0]
        lines = [numbers.new(region) for _ in range(n_lines)]
        mail = f"{_slug(name)}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}" if rng.random() < 0.6 else None
        lang = rng.choice(["en", {"NO": "no", "SE": "sv", "DK": "da"}[country]])
        house = Network(f"net-{i + 1}", kind, name, lines, mail, lang, country)
        for lg in LANGS:
            templates = [t for t in HOUSE[lg] if kind != "hidden" or "{h}" not in t]  # a hidden one names nobody
            house.voice[lg] = compose(templates, lg, rng, voices, house.nid, 3, h=name)
        nets.append(house)
    women: list[Woman] = []
    minors = set(rng.sample(range(n_women), max(2, round(0.03 * n_women))))
    net_weights = [1.2 if n.kind == "hidden" else 1.0 for n in nets]
    nat_names = list(NATIONALITIES)
    nat_weights = [NATIONALITIES[n][2] for n in nat_names]
    for i in range(n_women):
        pid = f"w{i + 1}"
        r = rng.random()
        net: Network | None = None
        if r < 0.3 or i < 2 * len(nets):
            net = nets[i % len(nets)] if i < 2 * len(nets) else rng.choices(nets, net_weights)[0]
            if len(net.women) >= 7:
                net = min(nets, key=lambda n: len(n.women))
        nat = rng.choices(nat_names, nat_weights)[0] if i % 4 else nat_names[(i // 4) % len(nat_names)]
        home_region = NATIONALITIES[nat][0]
        minor = i in minors
        age = rng.choice([18, 19]) if minor else rng.choice(range(19, 41))
        name = rng.choice(FIRST_NAMES)
        site_names = {s: (name if rng.random() < 0.6 else rng.choice(FIRST_NAMES)) for s in sites}
        n_phones = rng.choices([1, 2, 3], [55, 33, 12])[0]
        base_country = net.country if net else rng.choice(["NO", "SE", "DK"])
        phones = []
        for _ in range(n_phones):
            region = (
                home_region
                if home_region and rng.random() < 0.4
                else rng.choice([base_country] * 3 + ["NO", "SE", "DK"])
            )
            phones.append(numbers.new(region))
        if net and rng.random() < (0.5 if net.kind != "hidden" else 0.35):
            phones = []  # she never gives her own number: the agency, the clinic or the controller answers
        mail = None
        if rng.random() < (0.3 if not net else 0.12):
            sep = rng.choice(["", ".", "_"])
            num = rng.randint(1, 2000) if rng.random() < 0.7 else ""
            sep = sep if num else ""  # a local part never ends with a dot (truth fix after the first measurement)
            mail = f"{_slug(name)}{sep}{num}@{rng.choice(DOMAINS)}"
            mail = mail.replace("@", "") if mail.count("@") > 1 else mail
        home_city = _pick_city(rng, base_country)
        tour = [home_city]
        if rng.random() < 0.55:
            for _ in range(rng.randint(1, 4)):
                tour.append(_pick_city(rng, rng.choice(["NO", "SE", "DK"])))
        n_sites = rng.choices([1, 2, 3, 4], [35, 35, 20, 10])[0]
        my_sites = rng.sample(sites, n_sites)
        own_lang = COUNTRY_LANG.get({"norwegian": "NO", "swedish": "SE", "danish": "DK"}.get(nat, ""), "")
        langs = [own_lang] if own_lang else []
        if rng.random() < (0.45 if own_lang else 0.6):
            langs.append("en")
        langs.append(COUNTRY_LANG[base_country])
        langs = list(dict.fromkeys(langs))
        w = Woman(pid, net, nat, name, site_names, age, minor, phones, mail, list(dict.fromkeys(tour)), my_sites,
                  langs, {}, min(rng.paretovariate(1.5), 1.5 if minor else 6.0), rng.random())  # fmt: skip
        writer = w.writer
        for lg in LANGS:
            bodies = []
            for _ in range(rng.choice([1, 1, 2, 3])):
                sents = compose(SENTENCES[lg], lg, rng, voices, writer, rng.randint(2, 4), n="{name}",
                                c=NATIONALITIES[nat][1][lg])  # fmt: skip
                if minor:
                    sents += compose(MINOR_CUES[lg], lg, rng, voices, writer, 1)
                rng.shuffle(sents)
                bodies.append(sents)
            w.voice[lg] = bodies
        women.append(w)
        if net:
            net.women.append(pid)
    return women, nets, numbers, voices
