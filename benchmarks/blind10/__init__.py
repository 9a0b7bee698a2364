"""The tenth blind corpus (issue 14, session 31): six invented sites of kinds the earlier corpora did not use,
written without reading the extractor. `generate(seed, n_ads)` returns the ads (the records `kartlegg ingest`
and `kartlegg extract` read) and their truth, in the same order, deterministic for a seed.

Sites (each redesigned on its own day: a new template, URL shape and footer, two of them a new domain abroad)
  honningkrukka  sugar-dating profiles (no/sv/da/en). Contact details are forbidden and moderated, so most
                 contacts are hidden (words, look-alike letters, prefix written last, masked digits with a
                 hint) or absent ("message me here"); profile id, views, "last active", allowance ranges,
                 height, the site's support line, e-mail and org. number. v2 moves to .eu (Estonian line and
                 registry code).
  lenkr          link-in-bio pages of creators: buttons to wa.me, t.me/+number, signal.me, tel:/sms:, a vCard,
                 OnlyFans/Telegram handles, click counters, follower counts, "tour dates" naming other cities,
                 no city field. v2: new domain lenkr.link, the page id in the URL.
  bokagent       agency gallery sites built on one white-label builder: model cards (height, weight,
                 measurements, rates table in three durations, model number), one booking line and e-mail for
                 every model of an agency; independent women use the same builder with their own number.
                 v2: each agency on its own domain.
  naboplassen    a social network's marketplace: a massage "item" with price, condition, seller rating,
                 listing id, "listed N days ago in <district>", a masked phone button ("91 2X XX XX") and a
                 description where the filter makes sellers hide numbers; clinics post their address, postcode,
                 org. number and landline. City field is a city or a county ("Stockholms län").
  arkivspeilet   a web-archive mirror of three closed ad sites (rosenstraket.se, natsvaermeren.dk, kveldsro.no):
                 a capture banner with a 14-digit timestamp and capture counts, then the original ad with its
                 HTML residue (&nbsp;, <br>, img alt text, &#64;, Cloudflare's "[email protected]" with the
                 address XOR-encoded in data-cfemail), the original's ad number, views, support line, org.
                 number. posted_at is the original's publication day, before the site closed.
  tavla          a Reddit-like board: flair titles ("[F24] [Oslo]"), points, comments, members, usernames with
                 digits, base-36 post ids, board rules; self-posts and buyers' posts quoting an ad (the quoted
                 woman is the truth). No city field.

Persons: ~15% of the ad count, 24 nationalities, most foreign, many on a home-country SIM (some also with a
local number for calls); 1-3 sites each with a name per site; stated age drifting (-2..+1) from the true age;
a base city and 0-4 tours (also abroad); numbers changing over time ("NEW NUMBER, old one: ..." for a while);
about 1.5% minors (16-17) who state 18-19 and show the signals real ads use (🌱, "still in school", baby face).
Controllers (~1.3% of the ad count): agencies (a booking line and e-mail; sometimes the model's own WhatsApp
too), hidden controllers (one line, often a foreign SIM, for 2-9 women with near-identical text and the same
hiding style) and massage clinics (address, landline or mobile, org. number). A network woman's ads on sites
the controller does not use carry her own number; her network_id is the controller's on every ad.

Truth per ad: site, id, url, person_id, network_id ("solo-<person>"), network_kind, phones (E.164), own_phones,
phone_styles, emails, email_styles, city (canonical), city_style, furniture [{kind, digits, e164?, text?}],
nationality, minor, age, stated_age, template, kind (site kind), lang.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import phonenumbers
from benchmarks.blind10 import _data as D
from benchmarks.blind10._render import HIDDEN, PLAIN, email, parts, phone

__all__ = ["HIDDEN", "PLAIN", "SITES", "generate"]

DAY0 = date(2026, 5, 1)
NDAYS = 214  # 2026-05-01 .. 2026-11-30
MIRROR_CLOSE = 120  # the mirrored sites closed on day 120 (2026-08-29)
SITES = ("honningkrukka", "lenkr", "bokagent", "naboplassen", "arkivspeilet", "tavla")
KIND = {
    "honningkrukka": "sugar_profiles", "lenkr": "link_in_bio", "bokagent": "agency_gallery",
    "naboplassen": "social_marketplace", "arkivspeilet": "web_archive_mirror", "tavla": "reddit_like_board",
}  # fmt: skip
#: phone styles per site (weights): what the site's filter and culture push advertisers to
STYLE_WEIGHTS: dict[str, dict[str, float]] = {
    "honningkrukka": {"words": 14, "mixed_words": 9, "letters": 9, "homoglyph": 6, "prefix_last": 7, "masked_hint": 6,
                      "split": 5, "separators": 9, "keycap": 5, "unicode_digits": 6, "national": 9, "intl": 5,
                      "reversed": 3, "prose_numbers": 4, "wa_link": 3},
    "lenkr": {"wa_link": 34, "tg_link": 8, "signal_link": 5, "tel_link": 12, "vcard": 6, "intl": 14, "e164": 6,
              "viber_link": 4, "keycap": 3, "unicode_digits": 3, "words": 2, "national": 3},
    "bokagent": {"intl": 40, "national": 22, "intl00": 6, "wa_link": 10, "tel_link": 8, "dotted": 4, "e164": 6,
                 "national_compact": 4},
    "naboplassen": {"words": 12, "mixed_words": 10, "letters": 8, "homoglyph": 5, "separators": 12, "keycap": 7,
                    "unicode_digits": 7, "split_lines": 6, "prefix_last": 5, "masked_hint": 4, "national": 10,
                    "dotted": 5, "reversed": 2, "split": 4, "prose_numbers": 3},
    "arkivspeilet": {"national": 30, "intl": 14, "national_compact": 12, "dotted": 6, "intl00": 6, "img_alt": 8,
                     "words": 5, "letters": 4, "separators": 5, "split_lines": 4, "tel_link": 4, "mixed_words": 2},
    "tavla": {"intl": 16, "national": 12, "words": 9, "mixed_words": 6, "letters": 6, "separators": 8, "keycap": 4,
              "unicode_digits": 4, "wa_link": 10, "tg_link": 5, "signal_link": 4, "prefix_last": 4,
              "homoglyph": 3, "masked_hint": 3, "dotted": 3},
}  # fmt: skip
#: share of ads that print no phone at all (the site lets one write inside it)
NO_PHONE = {
    "honningkrukka": 0.3,
    "lenkr": 0.05,
    "bokagent": 0.0,
    "naboplassen": 0.12,
    "arkivspeilet": 0.03,
    "tavla": 0.2,
}
EMAIL_SHARE = {
    "honningkrukka": 0.08,
    "lenkr": 0.4,
    "bokagent": 0.3,
    "naboplassen": 0.08,
    "arkivspeilet": 0.3,
    "tavla": 0.12,
}
EMAIL_WEIGHTS: dict[str, dict[str, float]] = {
    "honningkrukka": {"at_word": 4, "bracket": 3, "local_word": 4, "spaced": 3, "fullwidth_at": 2, "implied": 3,
                      "plain": 1},
    "lenkr": {"mailto": 6, "plain": 4, "at_word": 1},
    "bokagent": {"plain": 6, "mailto": 4, "bracket": 1},
    "naboplassen": {"at_word": 3, "local_word": 3, "spaced": 2, "implied": 2, "plain": 1, "fullwidth_at": 1},
    "arkivspeilet": {"plain": 4, "html_entity": 3, "cfemail": 3, "at_word": 1, "local_word": 1},
    "tavla": {"plain": 3, "at_word": 3, "bracket": 2, "implied": 1, "spaced": 1},
}  # fmt: skip
IMPLIED_OK = {"gmail.com", "hotmail.com", "outlook.com", "icloud.com"}
DOMAINS = ["gmail.com"] * 6 + [
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "protonmail.com",
    "yahoo.com",
    "live.se",
    "hotmail.no",
    "online.no",
    "gmx.de",
    "mail.ru",
    "yahoo.ro",
    "wp.pl",
    "tutanota.com",
]


# ---------------------------------------------------------------------------------------------------------- numbers


class Numbers:
    """Valid, unused numbers by region (random subscriber digits under the region's example prefix)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def make(self, region: str, prefix: str | None = None, length: int | None = None, mobile: bool = True) -> str:
        ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        assert ex is not None
        nsn = phonenumbers.national_significant_number(ex)
        cc = ex.country_code
        if prefix is None:
            prefix = {
                "NO": self.rng.choice("49"),
                "SE": self.rng.choice(["70", "72", "73", "76", "79"]),
                "DK": self.rng.choice(["2", "3", "4", "5", "6", "71", "81", "91", "93"]),
            }.get(region, nsn[: 3 if len(nsn) > 9 else 2])
        length = length or len(nsn)
        ok = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
        for _ in range(500):
            cand = prefix + "".join(self.rng.choice("0123456789") for _ in range(length - len(prefix)))
            num = phonenumbers.parse(f"+{cc}{cand}")
            if not phonenumbers.is_valid_number(num):
                continue
            if mobile and phonenumbers.number_type(num) not in ok:
                continue
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if e164 not in self.used:
                self.used.add(e164)
                return e164
        raise RuntimeError(f"no number for {region} {prefix}")

    def landline(self, country: str) -> str:
        region, prefix, length = {
            "NO": ("NO", "2", 8),
            "SE": ("SE", "8", 9),
            "DK": ("DK", "3", 8),
            "EE": ("EE", "6", 7),
            "SE-svc": ("SE", "771", 9),
            "DK-svc": ("DK", "70", 8),
        }[country]
        return self.make(region, prefix, length, mobile=False)


# ---------------------------------------------------------------------------------------------------------- people


@dataclass
class Net:
    nid: str
    kind: str  # agency | hidden | clinic
    name: str
    slug: str
    country: str
    lines: list[tuple[str, int, int]]
    email: str | None
    sites: dict[str, float]
    text: str  # the near-identical paragraph of a hidden controller or the agency's strapline
    style: str  # the one way a hidden controller writes the line
    street: str = ""
    postcode: str = ""
    city: str = ""
    org: str = ""
    members: list[Person] = field(default_factory=list)


@dataclass
class Person:
    pid: str
    nat: str
    name: str
    age: int
    minor: bool
    base: str
    tours: list[tuple[int, int, str]]
    numbers: list[tuple[str, int, int]]
    email: str | None
    handle: str
    start: int
    end: int
    sites: dict[str, float]
    net: Net | None
    names: dict[str, str] = field(default_factory=dict)
    age_shift: dict[str, int] = field(default_factory=dict)
    n_ads: int = 0

    def city_on(self, day: int) -> str:
        for a, b, c in self.tours:
            if a <= day <= b:
                return c
        return self.base

    def numbers_on(self, day: int) -> list[str]:
        return [e for e, a, b in self.numbers if a <= day <= b]


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _city(rng: random.Random, country: str | None = None) -> str:
    w = {c: v for c, v in D.CITY_WEIGHT.items() if country is None or D.CITY_COUNTRY[c] == country}
    return _weighted(rng, w)


def _slug(text: str) -> str:
    t = text.lower()
    for a, b in (
        ("ø", "o"),
        ("å", "a"),
        ("æ", "ae"),
        ("ö", "o"),
        ("ä", "a"),
        ("é", "e"),
        ("ó", "o"),
        ("á", "a"),
        ("í", "i"),
        ("ë", "e"),
        ("ü", "u"),
    ):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def _make_email(rng: random.Random, name: str, used: set[str]) -> str:
    while True:
        local = rng.choice(
            [
                _slug(name).replace("-", ""),
                _slug(name).replace("-", "")
                + rng.choice([".", "_", ""])
                + rng.choice(["love", "xo", "vip", "sweet", "nordic", "kiss", "luxe"]),
                _slug(name).replace("-", "") + str(rng.randint(90, 2005)),
            ]
        )
        addr = f"{local}@{rng.choice(DOMAINS)}"
        if addr not in used:
            used.add(addr)
            return addr


AGENCY_NAMES = [
    "Velvet Nord",
    "Aurora Companions",
    "Silk & Snow",
    "Fjord Elite",
    "Nordlys Models",
    "Crystal Baltic",
    "Diamond Øresund",
    "Scandi Muse",
    "Midnight Orchid",
    "Polar Pearl",
    "Amber Rose Agency",
    "Noble Nights",
    "Opal Escorts",
    "Royal Tulip",
    "Blue Lagoon Girls",
    "Skyline VIP",
]
CLINIC_NAMES = [
    "Bangkok Wellness",
    "Lotus Thai Massasje",
    "Siam Spa",
    "Golden Hands",
    "Orchid Massage",
    "Jasmine Thai Spa",
    "Bamboo Body Care",
    "Sabai Sabai Massage",
    "Lily Health Studio",
    "Jade Spa",
    "Zen Touch",
]
HIDDEN_TEXT = [
    "New girl in town! {name}, {age}, {nat}. Very sweet and open minded, real photos 100%. Outcall and incall "
    "in a private apartment near the centre. Only gentlemen, no drugs, no alcohol. Available now.",
    "Hello my love, I am {name} {age} years from {nat_country}. I am here only few days!! Come visit me, "
    "I wait for you with a smile. Sexy body and nice service. Call me now, no private number.",
    "Hi, I am {name}. Beautiful {nat} girl {age} years, first time in your city. Discreet apartment, "
    "24/7, shower ok. I do not answer hidden numbers. Kisses!",
    "Ny jente i byen / new girl: {name} ({age}), {nat}. Privat leilighet, rent og diskret. Ring nå – "
    "bare noen dager her!",
    "Ny tjej: {name}, {age} år, från {nat_country}. Diskret lägenhet centralt, dygnet runt. "
    "Ring eller sms – inga dolda nummer.",
    "Ny pige i byen: {name}, {age} år fra {nat_country}. Diskret lejlighed, 24/7. Ring nu – kun få dage!",
]
HANDLE_TAILS = ["xo", "vip", "baby", "luxe", "nordic", "kiss", "official", "real", "love", "doll"]


def _people(rng: random.Random, nums: Numbers, n_ads: int) -> tuple[list[Person], list[Net]]:
    n_persons = max(4, round(n_ads * 0.148))
    n_nets = max(1, round(n_ads * 0.0133))
    used_emails: set[str] = set()
    nets: list[Net] = []
    for i in range(n_nets):
        kind = rng.choices(["agency", "hidden", "clinic"], weights=[30, 48, 22])[0]
        country = rng.choices(["NO", "SE", "DK"], weights=[32, 38, 30])[0]
        if kind == "agency":
            name = rng.choice(AGENCY_NAMES) + ("" if rng.random() < 0.7 else f" {rng.choice(['VIP', 'Club', 'Int.'])}")
            sites = {"bokagent": 7, "tavla": 1.5, "arkivspeilet": 1.5, "naboplassen": 0.5}
        elif kind == "hidden":
            name = "hidden"
            sites = {"naboplassen": 4, "arkivspeilet": 4, "tavla": 1.5, "honningkrukka": 1.5}
        else:
            name = rng.choice(CLINIC_NAMES)
            sites = {"naboplassen": 6, "arkivspeilet": 3, "tavla": 1}
        if kind == "hidden" and rng.random() < 0.35:
            region = rng.choice(["RO", "BG", "LT", "PL"])
        else:
            region = country
        n_lines = 1 if rng.random() < 0.75 else 2
        switch = rng.randint(40, NDAYS - 40)
        if kind == "clinic" and rng.random() < 0.5:
            first = nums.landline(country)
        else:
            first = nums.make(region)
        lines = [(first, 0, NDAYS if n_lines == 1 else switch)]
        if n_lines == 2:
            lines.append((nums.make(region), switch + 1, NDAYS))
        mail = None
        slug = _slug(name) + (f"-{i}" if kind == "hidden" else "")
        if kind == "agency":
            mail = f"booking@{_slug(name).replace('-', '')}.com"
        elif kind == "clinic" and rng.random() < 0.5:
            mail = _make_email(rng, name, used_emails)
        city = _city(rng, country)
        nets.append(
            Net(
                nid=f"net-{i + 1:03d}",
                kind=kind,
                name=name,
                slug=slug,
                country=country,
                lines=lines,
                email=mail,
                sites=sites,
                text=rng.choice([*HIDDEN_TEXT[:3], HIDDEN_TEXT[3 + ["NO", "SE", "DK"].index(country)]]),
                style=_weighted(
                    rng,
                    {
                        "national": 3,
                        "intl": 2,
                        "words": 2,
                        "separators": 2,
                        "letters": 1,
                        "mixed_words": 1,
                        "keycap": 1,
                    },
                ),
                street=f"{rng.choice(D.STREETS[country])} {rng.randint(2, 88)}",
                postcode=rng.choice(D.POSTCODE[city]),
                city=city,
                org={
                    "NO": f"9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                    "SE": f"559{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                    "DK": f"{rng.randint(30, 44)}{rng.randint(10, 99)} {rng.randint(1000, 9999)}",
                }[country],
            )
        )
    persons: list[Person] = []
    # every controller has 2-9 women (most 2-5); about 40% of the persons are in a network
    slots: list[Net | None] = [
        n for n in nets for _ in range(rng.choices(range(2, 10), weights=[5, 6, 5, 4, 3, 2, 1, 1])[0])
    ]
    slots = slots[:n_persons] + [None] * max(0, n_persons - len(slots))
    rng.shuffle(slots)
    for i in range(n_persons):
        net = slots[i]
        if net and net.kind == "clinic":
            nat = rng.choices(["TH", "VN", "CN", "PH"], weights=[6, 2, 2, 1])[0]
        elif net and net.kind == "hidden":
            nat = rng.choices(
                ["RO", "BG", "HU", "NG", "MD", "UA", "LT", "AL", "TH", "BR"], weights=[6, 4, 3, 4, 2, 2, 1, 1, 1, 1]
            )[0]
        else:
            nat = _weighted(rng, D.NATION_WEIGHT)
        region, _, _, home_sim, pool = D.NATIONS[nat]
        minor = rng.random() < 0.015
        age = rng.randint(16, 17) if minor else min(48, 18 + int(rng.expovariate(1 / 7)))
        base = net.city if net and rng.random() < 0.6 else _city(rng, nat if nat in D.LANG_OF else None)
        start = rng.randint(0, NDAYS - 20) if rng.random() < 0.5 else 0
        end = min(NDAYS - 1, start + rng.randint(20, NDAYS))
        tours: list[tuple[int, int, str]] = []
        for _ in range(rng.choices([0, 1, 2, 3, 4], weights=[30, 25, 20, 15, 10])[0]):
            a = rng.randint(start, max(start, end - 5))
            tours.append((a, a + rng.randint(3, 10), _city(rng)))
        local_region = D.CITY_COUNTRY[base]
        own_region = region if (nat in D.LANG_OF or rng.random() < home_sim) else local_region
        k = rng.choices([1, 2, 3], weights=[68, 26, 6])[0]
        cuts = sorted(rng.sample(range(start + 1, end), k - 1)) if end - start > k + 2 else []
        bounds = [start, *cuts, end]
        numbers = [
            (nums.make(own_region), bounds[j] if j == 0 else bounds[j] + 1, bounds[j + 1])
            for j in range(len(bounds) - 1)
        ]
        if own_region != local_region and rng.random() < 0.3:
            numbers.append((nums.make(local_region), start, end))
        name = rng.choice(pool)
        person_email = _make_email(rng, name, used_emails) if rng.random() < 0.4 else None
        handle = (
            _slug(name).replace("-", "")
            + rng.choice(["_", ".", ""])
            + rng.choice([*HANDLE_TAILS, str(rng.randint(1, 99))])
        )
        if net:  # one to three of the controller's sites, sometimes one of her own besides
            k = rng.choice([1, 2, 2, 3])
            names = list(net.sites)
            picked: list[str] = []
            while len(picked) < min(k, len(names)):
                pick = _weighted(rng, {x: net.sites[x] for x in names if x not in picked})
                picked.append(pick)
            sites = {x: net.sites[x] for x in picked}
            if len(picked) < 3 and rng.random() < 0.3:
                sites[rng.choice(["lenkr", "tavla", "honningkrukka"])] = 2.0
        else:
            chosen = rng.sample(list(SITES), rng.choices([1, 2, 3], weights=[45, 38, 17])[0])
            base_w = {
                "honningkrukka": 1.2,
                "lenkr": 1.0,
                "bokagent": 0.25,
                "naboplassen": 1.0,
                "arkivspeilet": 1.3,
                "tavla": 0.8,
            }
            sites = {s: base_w[s] * rng.uniform(0.5, 1.5) for s in chosen}
        p = Person(
            f"p{i + 1:04d}", nat, name, age, minor, base, tours, numbers, person_email, handle, start, end, sites, net
        )
        for s in SITES:
            r = rng.random()
            p.names[s] = (
                name
                if r < 0.55
                else rng.choice(D.NICK)
                if r < 0.75
                else rng.choice(pool)
                if r < 0.85
                else name.upper()
                if r < 0.92
                else name + " " + rng.choice(["VIP", "Love", "XO", "♡"])
            )
            p.age_shift[s] = 0 if rng.random() < 0.6 else rng.choice([-2, -1, -1, 1])
        if net:
            net.members.append(p)
        persons.append(p)
    # ads per person: every person one, the rest heavy-tailed
    weights = [rng.lognormvariate(0, 0.9) for _ in persons]
    for p in persons:
        p.n_ads = 1 if n_ads >= len(persons) else 0
    if n_ads < len(persons):
        for p in rng.sample(persons, n_ads):
            p.n_ads = 1
    rest = n_ads - sum(p.n_ads for p in persons)
    for p in rng.choices(persons, weights=weights, k=max(0, rest)):
        p.n_ads += 1
    return persons, [n for n in nets if n.members]


# ---------------------------------------------------------------------------------------------------------- ads


@dataclass
class Plan:
    person: Person
    site: str
    day: int
    minute: int
    capture: int = 0  # the mirror's capture day
    mirrored: str = ""  # the mirror's original site
    quote: bool = False  # a buyer's post quoting the ad (tavla)


class Ad:
    """The ad being written: its parts, its truth, and the furniture it prints."""

    def __init__(self, rng: random.Random, plan: Plan, lang: str, country: str) -> None:
        self.rng = rng
        self.country = country
        self.plan = plan
        self.lang = lang
        self.phones: dict[str, str] = {}
        self.own: set[str] = set()
        self.emails: dict[str, str] = {}
        self.furniture: list[dict[str, str]] = []

    def fur(self, kind: str, text: str, e164: str | None = None) -> str:
        item = {"kind": kind, "digits": re.sub(r"\D", "", text)}
        if e164:
            item["e164"] = e164
        if kind == "support_email":
            item["text"] = text
        self.furniture.append(item)
        return text

    def ph(self, e164: str, style: str, own: bool) -> str | tuple[str, str]:
        table = "0158" if style == "letters" else "0346"
        if style in {"letters", "homoglyph"} and not set(parts(e164)[2]) & set(table):
            style = "mixed_words"  # nothing to swap for a look-alike
        if style == "prefix_last" and parts(e164)[0] != self.country:
            style = "cc_last"  # the national digits stay whole, the country code comes last
        self.phones.setdefault(e164, style)
        if own:
            self.own.add(e164)
        return phone(e164, style, self.lang, self.rng, self.country)

    def em(self, addr: str, style: str) -> str:
        if style == "implied" and addr.split("@")[1] not in IMPLIED_OK:
            style = "at_word"
        self.emails.setdefault(addr, style)
        return email(addr, style, self.lang, self.rng)


def _fit(
    head: list[str],
    core: list[str],
    optional: list[str],
    tail: list[str],
    title: str,
    rng: random.Random,
    filler: list[str],
    sep: str = "\n",
) -> str:
    """The body from its parts, optional parts dropped until title+body is at most 1,200 characters and
    filler added until it is at least 150."""
    opt = list(optional)
    while True:
        body = sep.join(x for x in [*head, *core, *opt, *tail] if x)
        if len(title) + len(body) <= 1200 or not opt:
            break
        opt.pop()
    while len(title) + len(body) < 150:
        body += sep + rng.choice(filler)
    if len(title) + len(body) > 1200:
        body = body[: 1200 - len(title)]
    return body


def _city_text(rng: random.Random, city: str) -> tuple[str, str]:
    if rng.random() < 0.5 or not D.CITY_SPELL.get(city):
        return city, "name"
    text, kind = rng.choice(D.CITY_SPELL[city])
    return text, kind


def _other_city(rng: random.Random, city: str) -> str:
    while True:
        c = _city(rng)
        if c != city:
            return c


def _style(rng: random.Random, site: str) -> str:
    """A phone style of the site, never the split one (for a second number or a controller's line)."""
    style = _weighted(rng, STYLE_WEIGHTS[site])
    return "national" if style == "split" else style


def _contacts(ad: Ad, p: Person, day: int, site: str) -> tuple[list[str], str | None]:
    """The contact lines of an ad (phones, e-mail), written in the site's styles. Returns (lines, split tail)."""
    rng, lang = ad.rng, ad.lang
    lines: list[str] = []
    tail: str | None = None
    net = p.net
    uses_line = bool(net and site in net.sites and rng.random() < 0.93)
    calls = D.CALL[lang]
    if uses_line and net:
        current = [e for e, a, b in net.lines if a <= day <= b] or [net.lines[-1][0]]
        style = net.style if net.kind == "hidden" else _style(rng, site)
        text = ad.ph(current[0], style, own=False)
        label = {"agency": "Booking", "clinic": rng.choice(calls), "hidden": rng.choice(calls)}[net.kind]
        lines.append(f"{label}: {text}")
        if rng.random() < 0.12 and p.numbers_on(day):
            own = p.numbers_on(day)[0]
            lines.append(f"WhatsApp ({p.names[site]}): {ad.ph(own, _style(rng, site), own=True)}")
        if net.email and site in {"bokagent", "arkivspeilet", "tavla"} and rng.random() < 0.6:
            lines.append(f"E-mail: {ad.em(net.email, _weighted(rng, EMAIL_WEIGHTS[site]))}")
        return lines, tail
    if rng.random() >= NO_PHONE[site]:
        numbers = p.numbers_on(day) or [p.numbers[-1][0]]
        for j, e164 in enumerate(numbers[:2]):
            style = _weighted(rng, STYLE_WEIGHTS[site])
            if style == "split" and tail is None:
                head_part, tail_part = ad.ph(e164, style, own=True)
                lines.append(f"{rng.choice(calls)}: {head_part}")
                tail = tail_part
                continue
            if style == "split":
                style = "words"
            text = ad.ph(e164, style, own=True)
            assert isinstance(text, str)
            label = rng.choice(calls) if j == 0 else "WhatsApp"
            lines.append(
                f"{label}: {text}" if style not in {"wa_link", "tg_link", "signal_link", "viber_link"} else text
            )
        # a recent number change: the old number is printed with the new one
        for e164, _, b in p.numbers:
            if b < day <= b + 20 and e164 not in ad.phones and rng.random() < 0.4:
                style = rng.choice(["national", "intl", "words", "separators"])
                lines.append(f"{D.NEW_NUMBER[lang]} {ad.ph(e164, style, own=True)}")
    if p.email and rng.random() < EMAIL_SHARE[site]:
        lines.append(f"✉ {ad.em(p.email, _weighted(rng, EMAIL_WEIGHTS[site]))}")
    return lines, tail


# ---------------------------------------------------------------------------------------------------------- sites


@dataclass
class Ctx:
    """What every site template reads about one ad."""

    ad: Ad
    p: Person
    site: str
    version: int
    ad_id: str
    day: int
    city: str
    city_text: str
    name: str
    age: int
    support: dict[str, str]
    contacts: list[str]
    tail: str | None
    extras: list[str]  # distractor cities, minor hints


def _date(day: int) -> date:
    return DAY0 + timedelta(days=day)


def _money(rng: random.Random, lo: int, hi: int, step: int = 100) -> str:
    v = rng.randrange(lo, hi, step)
    return f"{v:,}".replace(",", " ") if rng.random() < 0.5 else str(v)


def _support(c: Ctx, key: str, fmt: str = "national") -> str:
    e164 = c.support[key]
    _, _, _, nat, intl = parts(e164)
    return c.ad.fur("support_phone", nat if fmt == "national" else intl, e164)


def _about(c: Ctx, k: int) -> list[str]:
    rng = c.ad.rng
    nat = D.NATIONS[c.p.nat][1]
    return [s.format(name=c.name, age=c.age, city=c.city_text, nat=nat) for s in rng.sample(D.ABOUT[c.ad.lang], k)]


def _payment(c: Ctx, country: str, key: int) -> str:
    """A controller's payment number (a business Swish number, a Vipps or MobilePay box): not a phone."""
    if country == "SE":
        swish = f"123 {key * 7919 % 1000:03d} {key % 100:02d} {(key * 31) % 100:02d}"
        return f"Deposit/betalning: Swish {c.ad.fur('payment', swish)}"
    if country == "NO":
        return f"Betal med Vipps #{c.ad.fur('payment', str(540000 + key * 613 % 9999))}"
    return f"MobilePay Box {c.ad.fur('payment', str(48000 + key * 37 % 999))}"


def _honningkrukka(c: Ctx) -> tuple[str, str, str | None, str]:
    ad, rng, lang = c.ad, c.ad.rng, c.ad.lang
    cur = D.CURRENCY[D.CITY_COUNTRY[c.city]]
    views = ad.fur("counter", f"{rng.randint(40, 9800):,}".replace(",", " "))
    lo = rng.randrange(3000, 12000, 500)
    height = rng.randint(152, 181)
    if c.version == 1:
        url = f"https://honningkrukka.no/profil/{c.ad_id}"
        title = f"{c.name}, {c.age} – {c.city_text}"
        head = [
            "Honningkrukka · Sugar dating for ekte mennesker",
            f"Profil-ID: {ad.fur('profile_id', c.ad_id)} · Sist aktiv for {rng.randint(1, 23)} t siden · "
            f"{views} visninger",
            f"Sugarbaby · {c.age} år · {height} cm · Bor i: {c.city_text}",
        ]
        money = [
            f"Ønsket lommepenger: {ad.fur('price', str(lo))}–{ad.fur('price', str(lo * 2))} {cur}/mnd",
            f"PPM fra {ad.fur('price', _money(rng, 1000, 5000, 500))} {cur}",
        ]
        tail = [
            f"Kundeservice {_support(c, 'hk1')} (hverdager 09–16) · "
            f"{ad.fur('support_email', 'kundeservice@honningkrukka.no')} · "
            f"Org.nr. {ad.fur('org_number', '927 114 305')}"
        ]
        field_city: str | None = c.city
    else:
        url = f"https://www.honningkrukka.eu/m/{_slug(c.name)}-{c.ad_id}"
        title = f"Sugar baby {c.name} ({c.age}) · {c.city_text}"
        head = [
            "HONNINGKRUKKA.EU — arrangements, not escorting",
            f"Member #{ad.fur('profile_id', c.ad_id)} | Online {rng.randint(2, 59)} min ago | Profile views {views}",
            f"Height {height} cm | Education: {rng.choice(['student', 'bachelor', 'high school'])}",
        ]
        code = D.CUR_CODE[D.CITY_COUNTRY[c.city]]
        money = [
            f"Allowance: {ad.fur('price', str(lo))}-{ad.fur('price', str(lo * 2))} {code}/month",
            "Looking for: mentor · travel · generous gentleman",
        ]
        tail = [
            f"Support {_support(c, 'hk2', 'intl')} · {ad.fur('support_email', 'help@honningkrukka.eu')} · "
            f"Registry code {ad.fur('org_number', '16483927')} · Tallinn"
        ]
        english = {"København": "Copenhagen", "Göteborg": "Gothenburg", "Malmö": "Malmo", "Tromsø": "Tromso"}
        field_city = english.get(c.city, c.city)
    about = _about(c, 2)
    core = [about[0], *c.contacts]
    optional = [*money, *c.extras, about[1]]
    if c.tail:
        tail = [f"… {c.tail}", *tail]
    if not c.contacts:
        core.append(D.NO_CONTACT[lang])
        if rng.random() < 0.4:  # a messenger handle instead (the moderators delete it when they see it)
            core.append(rng.choice(["snap", "sn@p", "👻", "insta", "kik"]) + f": {c.p.handle}")
    body = _fit(head, core, optional, tail, title, rng, D.FILLER[lang])
    return url, title, field_city, body


def _lenkr(c: Ctx) -> tuple[str, str, str | None, str]:
    ad, rng = c.ad, c.ad.rng
    handle = c.p.handle
    flag = D.NATIONS[c.p.nat][2]
    followers = ad.fur("counter", f"{rng.randint(1100, 48000):,}".replace(",", " "))
    if c.version == 1:
        url = f"https://lenkr.me/{handle}?ref={c.ad_id}"
        title = f"@{handle} | lenkr"
        tail = [f"Made with lenkr ✦ Report page ✦ © 2026 Lenkr AB, org.nr {ad.fur('org_number', '559412-7730')}"]
    else:
        url = f"https://lenkr.link/@{handle}/p/{c.ad_id}"
        title = f"{c.name} {flag} — links"
        tail = [f"lenkr.link · Hjälp {_support(c, 'lk2')} · {ad.fur('support_email', 'hello@lenkr.link')}"]
    head = [f"@{handle} · {followers} followers", f"{c.name} {flag} {c.age} | 📍 {c.city_text} | independent ✨"]
    buttons = []
    for line in c.contacts:
        clicks = ad.fur("counter", str(rng.randint(1000, 9999)))
        buttons.append(f"🔗 {line}   ({clicks} clicks)" if c.version == 1 else f"[ {line} ]  ↗{clicks}")
    if c.tail:
        buttons.append(f"…{c.tail}")
    extra_links = [
        f"🔥 OnlyFans → onlyfans.com/{handle}",
        f"✈️ Telegram channel → t.me/{handle}_vip",
        f"📸 Instagram → instagram.com/{handle}.backup",
    ]
    d = _date(c.day + rng.randint(5, 12))
    c2, c3 = _other_city(rng, c.city), _other_city(rng, c.city)
    d3, d5 = d + timedelta(days=3), d + timedelta(days=5)
    tour = (
        f"📅 Tour: {ad.fur('date', f'{d.day:02d}.{d.month:02d}')}–{d3.day:02d}.{d3.month:02d} {c2}"
        f" · {d5.day:02d}.{d5.month:02d} {c3}"
    )
    body = _fit(
        head,
        buttons,
        [tour, *rng.sample(extra_links, 2), *c.extras, *_about(c, 1)],
        tail,
        title,
        rng,
        D.FILLER[c.ad.lang],
    )
    return url, title, None, body


def _bokagent(c: Ctx) -> tuple[str, str, str | None, str]:
    ad, rng = c.ad, c.ad.rng
    net = c.p.net if c.p.net and c.p.net.kind == "agency" else None
    agency = net.name if net else f"{c.name} Independent"
    aslug = net.slug if net else _slug(c.name) + "-" + c.p.pid[1:]
    cur = D.CUR_CODE[D.CITY_COUNTRY[c.city]]
    english = {
        "København": "Copenhagen",
        "Göteborg": "Gothenburg",
        "Malmö": "Malmo",
        "Tromsø": "Tromso",
        "Aarhus": "Aarhus",
        "Västerås": "Vasteras",
        "Örebro": "Orebro",
        "Linköping": "Linkoping",
    }
    field_city = english.get(c.city, c.city)
    model_no = str(int(c.p.pid[1:]) % 97 + 3)
    if c.version == 1:
        url = f"https://{aslug}.bokagent.eu/models/{c.ad_id}/{_slug(c.name)}"
        title = f"{c.name} – {agency} | {field_city} escort"
        tail = [
            f"© 2026 {agency} · Website by bokagent.eu · {ad.fur('support_email', 'abuse@bokagent.eu')} · "
            f"Builder support {_support(c, 'bk1', 'intl')}"
        ]
    else:
        url = f"https://www.{aslug}.com/en/girl/{_slug(c.name)}-{c.ad_id}"
        title = f"{c.name} ({c.age}) | {agency}"
        org = net.org if net else f"{rng.randint(30, 44)}{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
        tail = [f"{agency} · Org./VAT {ad.fur('org_number', org)} · powered by bokagent"]
    cities = [field_city] + [english.get(x, x) for x in rng.sample(list(D.CITY_WEIGHT), 2) if x != c.city]
    head = [
        f"{agency.upper()} · Elite companions in {' · '.join(cities)}",
        f"Model no. {ad.fur('model_id', model_no)} — {c.name}",
    ]
    h, w = rng.randint(155, 182), rng.randint(46, 68)
    meas = f"{rng.randint(80, 98)}-{rng.randint(56, 68)}-{rng.randint(84, 100)}"
    stats = (
        f"Age {c.age} · Height {h} cm · Weight {w} kg · Bust {rng.choice(['70', '75', '80'])}{rng.choice('ABCDE')}"
        f" · {ad.fur('measurements', meas)} · Nationality {D.NATIONS[c.p.nat][1]}"
    )
    p1, p2 = rng.randrange(1500, 3000, 100), rng.randrange(2500, 4500, 100)
    rates = (
        f"Rates: 30 min {ad.fur('price', str(p1))} {cur} / 1 hour {ad.fur('price', str(p2))} {cur} / "
        f"2 hours {ad.fur('price', str(p2 * 2 - 500))} {cur} / "
        f"Overnight {ad.fur('price', str(p2 * 5))} {cur}"
    )
    upd = _date(c.day)
    core = [stats, f"Now available in {c.city_text}.", *c.contacts]
    if c.tail:
        core.append(c.tail)
    optional = [rates, f"Last updated {ad.fur('date', upd.isoformat())}", *c.extras, *_about(c, 2)]
    if net and rng.random() < 0.5:
        optional.insert(1, _payment(c, D.CITY_COUNTRY[c.city], int(net.nid[4:])))
    if net is None:
        optional.insert(0, "Independent – no agency, no middlemen.")
    body = _fit(head, core, optional, tail, title, rng, D.FILLER["en"])
    return url, title, field_city, body


NP_LABELS = {
    "no": (
        "Tjenester › Helse og velvære › Massasje",
        "Pris",
        "Oppført for {n} dager siden i {c}",
        "Tilstand: Ny",
        "Selger",
        "Medlem siden",
        "vurderinger",
        "Annonse-ID",
        "Del · Lagre · Rapporter annonse",
        "Vis nummer",
    ),
    "sv": (
        "Tjänster › Hälsa och välmående › Massage",
        "Pris",
        "Upplagd för {n} dagar sedan i {c}",
        "Skick: Nytt",
        "Säljare",
        "Medlem sedan",
        "omdömen",
        "Annons-ID",
        "Dela · Spara · Anmäl annons",
        "Visa nummer",
    ),
    "da": (
        "Tjenester › Sundhed og velvære › Massage",
        "Pris",
        "Oprettet for {n} dage siden i {c}",
        "Stand: Ny",
        "Sælger",
        "Medlem siden",
        "anmeldelser",
        "Annonce-ID",
        "Del · Gem · Anmeld annonce",
        "Vis nummer",
    ),
    "en": (
        "Services › Health & beauty › Massage",
        "Price",
        "Listed {n} days ago in {c}",
        "Condition: New",
        "Seller",
        "Joined",
        "ratings",
        "Listing ID",
        "Share · Save · Report listing",
        "Show number",
    ),
}


RELAX = {
    "no": "Avslappende massasje",
    "sv": "Avslappnande massage",
    "da": "Afslappende massage",
    "en": "Relaxing massage",
}


def _naboplassen(c: Ctx) -> tuple[str, str, str | None, str]:
    ad, rng = c.ad, c.ad.rng
    lang = c.ad.lang if c.version == 1 else "en"
    L = NP_LABELS[lang]
    cur = D.CURRENCY[D.CITY_COUNTRY[c.city]]
    price = ad.fur("price", str(rng.randrange(500, 1600, 50)))
    net = c.p.net if c.p.net and c.p.net.kind == "clinic" and "naboplassen" in c.p.net.sites else None
    if c.version == 1:
        url = f"https://naboplassen.no/marketplace/item/{c.ad_id}/"
        tail = [
            f"{L[7]}: {ad.fur('ad_id', c.ad_id)} · {L[8]}",
            f"Kundesenter {_support(c, 'np1')} · {ad.fur('support_email', 'hjelp@naboplassen.no')}",
        ]
    else:
        cc = D.CITY_COUNTRY[c.city].lower()
        url = f"https://naboplassen.com/{cc}/item/{c.ad_id}?ref=share"
        tail = [
            f"{L[7]} {ad.fur('ad_id', c.ad_id)} · Naboplassen Marketplace · Help centre {_support(c, 'np2', 'intl')}"
        ]
    title = rng.choice(
        [
            f"{RELAX[c.ad.lang]} – {price} {cur}",
            f"Massage {c.city_text} 💆‍♀️",
            f"{c.name} – ny i byen 💋",
            f"Body to body {c.city_text}",
        ]
    )
    r = rng.random()
    if r < 0.35 and c.city in D.CITY_REGION:
        field_city: str | None = D.CITY_REGION[c.city]
    elif r < 0.6 and c.version == 1:
        field_city = f"{c.city} · {ad.fur('postcode', rng.choice(D.POSTCODE[c.city]))}"
    else:
        field_city = (
            c.city
            if c.version == 1
            else f"{c.city}, {dict(NO='Norway', SE='Sweden', DK='Denmark')[D.CITY_COUNTRY[c.city]]}"
        )
    stars = f"{rng.randint(35, 50) / 10:.1f}".replace(".", ",")
    seller = (net.name if net else c.name) + (" " + rng.choice("ABDEKLMNST") + "." if not net else "")
    head = [L[0], f"{L[1]}: {price} {cur}", L[2].format(n=rng.randint(1, 29), c=c.city_text), L[3]]
    about = _about(c, 3)
    core = [about[0], *c.contacts]
    if net:
        core.insert(0, f"{net.name} – {net.street}, {ad.fur('postcode', net.postcode)} {c.city}")
        core.append(f"Org.nr {ad.fur('org_number', net.org)} · Åpent {rng.choice(['10–21', '11–22', '09–20'])}")
        if rng.random() < 0.5:
            core.append(_payment(c, net.country, int(net.nid[4:])))
    if c.tail:
        tail.insert(0, f"({c.tail})")
    card = f"{L[4]}: {seller} · {L[5]} {rng.randint(2016, 2025)} · ★ {stars} ({rng.randint(3, 140)} {L[6]})"
    optional = [card, *c.extras, *about[1:]]
    own = [e for e in c.ad.own]
    if c.version == 1 and own and rng.random() < 0.5:
        _, _, nsn, _, _ = parts(own[0])
        masked = nsn[:2] + " " + nsn[2] + "X XX XX"
        item = {"kind": "masked_own", "digits": nsn[:3]}
        c.ad.furniture.append(item)
        tail.insert(0, f"📞 {masked} – {L[9]}")
    body = _fit(head, core, optional, tail, title, rng, D.FILLER[c.ad.lang])
    return url, title, field_city, body


MIRRORED = {
    "SE": (
        "rosenstraket.se",
        "Rosenstråket",
        "sv",
        "Annons nr",
        "Publicerad",
        "Visningar",
        "Ort",
        "Kundtjänst",
        "info@rosenstraket.se",
        "Rosenstråket AB, org.nr 556812-4471",
    ),
    "DK": (
        "natsvaermeren.dk",
        "Natsværmeren",
        "da",
        "Annonce nr.",
        "Oprettet",
        "Visninger",
        "By",
        "Kundeservice",
        "kontakt@natsvaermeren.dk",
        "Natsværmeren ApS, CVR 3918 2264",
    ),
    "NO": (
        "kveldsro.no",
        "Kveldsro",
        "no",
        "Annonse nr.",
        "Publisert",
        "Visninger",
        "Sted",
        "Kundeservice",
        "post@kveldsro.no",
        "Kveldsro AS, org.nr 915 340 118",
    ),
}
MONTHS = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"]


def _arkivspeilet(c: Ctx) -> tuple[str, str, str | None, str]:
    ad, rng = c.ad, c.ad.rng
    country = c.ad.plan.mirrored
    domain, brand, _, nr, pub, views, place, cs, mail, org = MIRRORED[country]
    orig_id = str(40000 + int(c.ad_id) * 7 % 59999)
    cap = _date(c.ad.plan.capture)
    hms = f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    ts = f"{cap.year}{cap.month:02d}{cap.day:02d}{hms}"
    url = f"https://arkivspeilet.org/web/{ts}/https://{domain}/annons/{orig_id}"
    ad.fur("archive_timestamp", ts)
    caps = rng.randint(1, 9)
    if c.version == 1:
        banner = (
            f"ARKIVSPEILET | Arkivert kopi av {domain} | fanget {cap.day}. {MONTHS[cap.month - 1]} {cap.year} "
            f"{ts[8:10]}:{ts[10:12]}:{ts[12:]} UTC | {caps} fangster | "
            "Originalen er ikke lenger tilgjengelig"
        )
        title = f"{brand} – {c.name} {c.age} {c.city_text}"
    else:
        banner = f"Snapshot {ts} of https://{domain}/annons/{orig_id} · saved {caps} times · this page is a mirror"
        title = f"[arkiv] {c.name}, {c.age} – {brand}"
    published = _date(c.day)
    field_city = c.city_text if rng.random() < 0.3 else c.city
    meta = (
        f"{brand} › Eskort › {field_city}<br>{nr} {ad.fur('ad_id', orig_id)} · {pub} "
        f"{ad.fur('date', published.isoformat())} {rng.randint(8, 23)}:{rng.randint(10, 59)} · "
        f"{views}: {ad.fur('counter', str(rng.randint(120, 8800)))}"
    )
    sep = rng.choice(["<br>", "&nbsp;<br>", "\n", "<br />\n"])
    core = [sep.join(_about(c, 2)), *[x.replace(" ", "&nbsp;", 1) if rng.random() < 0.2 else x for x in c.contacts]]
    if c.tail:
        core.append(c.tail)
    foot = f"{cs} {_support(c, 'mirror-' + country)} · {ad.fur('support_email', mail)} · {ad.fur('org_number', org)}"
    body = _fit([banner, meta], core, [*c.extras, f"{place}: {field_city}"], [foot], title, rng, D.FILLER[c.ad.lang])
    return url, title, field_city, body


BOARDS = ["nordicnights", "escortsverige", "oslonights", "cphcompanions", "skandinaviskrum"]
USERS = ["nordic_guy", "throwaway", "viking", "gentleman", "mr_discreet", "lurker", "oslo_dude", "sthlm_man"]


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def _tavla(c: Ctx) -> tuple[str, str, str | None, str]:
    ad, rng = c.ad, c.ad.rng
    board = BOARDS[int(c.p.pid[1:]) % len(BOARDS)] if rng.random() < 0.7 else rng.choice(BOARDS)
    pid36 = _base36(1_500_000_000 + int(c.ad_id) * 7919)
    points = rng.randint(-3, 240)
    comments = rng.randint(0, 80)
    members = ad.fur("counter", f"{rng.randint(12000, 96000):,}".replace(",", " "))
    quote = c.ad.plan.quote
    if quote:
        user = f"{rng.choice(USERS)}{rng.randint(1960, 2004)}"
        title = f"Anyone met {c.name}? ({c.city_text})"
    else:
        user = f"{_slug(c.name).replace('-', '')}_{rng.choice(['real', 'vip', 'xo', str(c.age)])}"
        title = f"[F{c.age}] [{c.city_text}] " + rng.choice(
            ["in town till Sunday 💋", "incall this week", "new here, verified ✅", "available now"]
        )
    ad.fur("username", user)
    slug = _slug(title)[:40]
    if c.version == 1:
        url = f"https://tavla.io/t/{board}/comments/{pid36}/{slug}/"
        head = [f"t/{board} · posted by u/{user} · {rng.randint(1, 23)}h · {points} points · {comments} comments"]
        tail = [
            f"t/{board} · {members} members · Rule 3: no minors – report to mods · "
            f"{ad.fur('support_email', 'mods@tavla.io')} · "
            f"Tavla Labs ApS CVR {ad.fur('org_number', '4127 0953')}"
        ]
    else:
        url = f"https://tavla.io/t/{board}/p/{pid36}"
        head = [f"TAVLA · t/{board} · u/{user} · ▲ {points} · 💬 {comments}"]
        tail = [f"{members} members · tavla.io · {ad.fur('support_email', 'help@tavla.io')}"]
    about = _about(c, 3)
    if quote:
        inner = " ".join([about[0], *c.contacts] + ([c.tail] if c.tail else []))
        core = [f"Found this ad, she wrote: «{inner}»", rng.choice(["Worth it?", "Legit or scam?", "Any reviews?"])]
    else:
        core = [about[0], *c.contacts] + ([c.tail] if c.tail else [])
        if rng.random() < 0.4:
            core.append(f"Verified ✅ by mods {ad.fur('date', _date(c.day).strftime('%d.%m.%Y'))}")
    optional = [*c.extras, *about[1:]]
    body = _fit(head, core, optional, tail, title, rng, D.FILLER[c.ad.lang])
    return url, title, None, body


RENDER = {
    "honningkrukka": _honningkrukka,
    "lenkr": _lenkr,
    "bokagent": _bokagent,
    "naboplassen": _naboplassen,
    "arkivspeilet": _arkivspeilet,
    "tavla": _tavla,
}


# ---------------------------------------------------------------------------------------------------------- corpus


def _lang(rng: random.Random, p: Person, city: str, site: str) -> str:
    if site in {"bokagent", "lenkr"}:
        return "en" if rng.random() < 0.85 else D.LANG_OF[D.CITY_COUNTRY[city]]
    if p.nat in D.LANG_OF:
        return D.LANG_OF[p.nat] if rng.random() < 0.85 else "en"
    if site == "arkivspeilet" or rng.random() < 0.35:
        return D.LANG_OF[D.CITY_COUNTRY[city]]
    return "en"


def _hidden_text(c_name: str, c_age: int, p: Person) -> str:
    assert p.net is not None
    nat = D.NATIONS[p.nat][1]
    country = {
        "RO": "Romania",
        "BG": "Bulgaria",
        "HU": "Hungary",
        "NG": "Nigeria",
        "MD": "Moldova",
        "UA": "Ukraine",
        "LT": "Lithuania",
        "AL": "Albania",
        "TH": "Thailand",
        "BR": "Brasil",
    }.get(p.nat, nat)
    return p.net.text.format(name=c_name, age=c_age, nat=nat, nat_country=country)


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    nums = Numbers(rng)
    support = {
        "hk1": nums.landline("NO"),
        "hk2": nums.landline("EE"),
        "lk2": nums.landline("SE-svc"),
        "bk1": nums.landline("DK-svc"),
        "np1": nums.landline("NO"),
        "np2": nums.landline("NO"),
        "mirror-SE": nums.landline("SE"),
        "mirror-DK": nums.landline("DK-svc"),
        "mirror-NO": nums.landline("NO"),
    }
    persons, _ = _people(rng, nums, n_ads)
    redesign = {s: rng.randint(60, MIRROR_CLOSE - 10 if s == "arkivspeilet" else 170) for s in SITES}
    plans: list[Plan] = []
    for p in persons:
        for _ in range(p.n_ads):
            site = _weighted(rng, p.sites)
            day = rng.randint(p.start, p.end)
            plan = Plan(p, site, day, rng.randrange(1440))
            if site == "arkivspeilet":
                if p.start >= MIRROR_CLOSE:
                    others = {k: v for k, v in p.sites.items() if k != "arkivspeilet"} or {"tavla": 1.0}
                    plan.site = _weighted(rng, others)
                else:
                    plan.day = rng.randint(p.start, min(p.end, MIRROR_CLOSE - 1))
                    plan.capture = rng.randint(plan.day, MIRROR_CLOSE - 1)
                    plan.mirrored = D.CITY_COUNTRY[p.city_on(plan.day)]
            if plan.site == "tavla":
                plan.quote = rng.random() < 0.2
            plans.append(plan)
    plans.sort(key=lambda x: (x.day, x.minute, x.person.pid))
    counters = {
        "honningkrukka": 48000,
        "lenkr": 700000,
        "bokagent": 1200,
        "naboplassen": 771400000,
        "arkivspeilet": 310000,
        "tavla": 10,
    }
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for plan in plans:
        p, site, day = plan.person, plan.site, plan.day
        counters[site] += rng.randint(1, 40)
        ad_id = str(counters[site])
        city = p.city_on(day)
        lang = _lang(rng, p, city, site)
        ad = Ad(rng, plan, lang, D.CITY_COUNTRY[city])
        version_day = plan.capture if site == "arkivspeilet" else day
        version = 2 if version_day >= redesign[site] else 1
        city_text, city_style = _city_text(rng, city)
        stated = max(18, p.age + p.age_shift[site] + (1 if day > 150 and p.pid[-1] in "13579" else 0))
        if p.minor:
            stated = rng.choice([18, 18, 19])
        name = p.names[site]
        contacts, tail = _contacts(ad, p, day, site)
        extras: list[str] = []
        if rng.random() < 0.22:
            other = _other_city(rng, city)
            extras.append((D.NEXT_STOP if rng.random() < 0.5 else D.WAS_IN)[lang].format(city=other))
        if p.minor and rng.random() < 0.8:
            extras.insert(0, rng.choice(D.MINOR_HINT[lang]))
        c = Ctx(ad, p, site, version, ad_id, day, city, city_text, name, stated, support, contacts, tail, extras)
        if p.net and p.net.kind == "hidden" and site in p.net.sites and rng.random() < 0.85:
            # the controller's paragraph, near-identical for all his women
            c.contacts = [_hidden_text(name, stated, p), *contacts]
        url, title, field_city, body = RENDER[site](c)
        minute = plan.minute
        posted = f"{_date(day).isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00Z"
        record: dict[str, Any] = {
            "site": site,
            "id": ad_id,
            "url": url,
            "title": title,
            "body": body,
            "posted_at": posted,
        }
        if field_city is not None:
            record["city"] = field_city
        if site in {"lenkr", "bokagent", "honningkrukka"}:
            record["images"] = [f"https://cdn.{site}.example/{ad_id}/{k}.jpg" for k in range(rng.randint(1, 4))]
        ads.append(record)
        net = p.net
        truth.append(
            {
                "site": site,
                "id": ad_id,
                "url": url,
                "person_id": p.pid,
                "network_id": net.nid if net else f"solo-{p.pid}",
                "network_kind": net.kind if net else "solo",
                "phones": sorted(ad.phones),
                "own_phones": sorted(ad.own),
                "phone_styles": dict(ad.phones),
                "emails": sorted(ad.emails),
                "email_styles": dict(ad.emails),
                "city": city,
                "city_style": city_style,
                "furniture": ad.furniture,
                "nationality": p.nat,
                "minor": p.minor,
                "age": p.age,
                "stated_age": stated,
                "template": f"{site}-v{version}",
                "kind": KIND[site],
                "lang": lang,
            }
        )
    return ads, truth
