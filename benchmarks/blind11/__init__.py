"""The eleventh blind evaluation corpus (issue 14, session 32), written without reading the extractor.

Six fictional sites, each with two templates (a redesign on its own day, three of them moving to a new domain):

- torgeti (classifieds, no/en): a general marketplace's adult and massage sections, plus its "Jobb" section where
  controllers post "models wanted" recruitment ads (a form no earlier corpus had). Ad number, views, Vipps number,
  organisation number, support line and e-mail. City field.
- nattkanalen (chat export, sv/en/no): an analyst's archive of a Telegram group export ("[06.12.26 21:14:05] Name:"
  lines); after the redesign day the group moved to WhatsApp and the archive holds WhatsApp exports
  ("06/12/2026, 21:14 - +47 412 34 567: ..."). Each ad is one post with the lines around it: buyers asking prices
  (some are unknown numbers shown as the sender), admins' rules, timestamps, message ids. No city field.
- flygbladsarkivet (OCR'd flyers, sv/da/en): a street-outreach NGO's archive of scanned flyers and cards left in
  phone boxes, hotels and bars, stored as automatic OCR text with the scanner's misreadings (O for 0, l for 1, S for
  5, B for 8 ...), page headers, scan numbers and where it was found (the city field, when noted).
- matchly (dating app, en/da/sv/no): a dating/sugar app's profiles as scraped JSON rendered to text; the app filters
  digits and links, so numbers are mostly words, look-alikes and riddles, handles and "add me on the other app".
- aktakontroll (verification and rating service, sv/en): a paid "verified escort" service: verification id and
  date, rating, review count and quoted reviews, badge fields, re-posting the advertiser's own contact block.
- massagekortet (massage/clinic directory, da/no/sv): clinics and masseuses with address, postcode, opening hours,
  CVR number, price list and a reception line.

People: ~15 % of the ad count (about 900 for 6,000 ads), 22 nationalities, many on a home-country SIM, 1-3 sites
each with a different name per site, ages drifting by a year or two, touring across the three countries,
changing numbers (an old and a new number side by side for a while), a few minors (16-17) stating 18-19 with the
cues real ads use. Controllers: about n/75 (80 for 6,000): agencies (booking line and e-mail, their own text),
hidden controllers (one line for several women, near-identical text, sometimes a recruitment ad) and clinics
(a reception line). Truth: one line per ad (see generate()).

Choices, and why:
- Sites and kinds: four kinds from the usual list (classifieds, chat/channel dump, sugar-dating profiles, massage and
  clinic listings) in forms no earlier corpus had (a Telegram result.json export and a WhatsApp _chat.txt, a dating
  app's JSON, recruitment ads), and two new kinds (OCR'd flyers, a verification service). Ad shares: torgeti ~32 %,
  matchly ~16 %, nattkanalen ~16 %, aktakontroll ~16 %, flygbladsarkivet ~11 %, massagekortet ~8 %.
- Phone styles (_contact.py): about 55-60 % plain, 20 % disguised, 22 % hidden over the corpus, but by site: the
  directory, the verification service and the classifieds mostly plain (tel: links on the HTML sites), the dating
  app mostly hidden (apps filter digits), the flyers a third OCR-damaged, the chat full of wa.me links and numbers
  as senders. Country code by name ("rumänskt nummer: 723 ...") and Cyrillic look-alikes (О З Ч б) come from
  reading about how spammers get numbers past filters; direction marks around numbers, attachment placeholders and
  "joined using this group's invite link" lines from the documented WhatsApp export format; phone/email/link text
  entities and date_unixtime from Telegram's JSON export.
- Numbers: random valid mobile numbers per country (checked with phonenumbers), landlines for site support lines
  and half the clinics; 40 % of foreign women keep a home SIM, 30 % of those add a local SIM when touring; 28 % of
  women change number once, and give the old and the new number side by side for three weeks after.
- Persons and controllers: ~42 % of women are run by a controller; agencies show her own number too in ~20 % of
  ads, hidden controllers in ~12 %, clinics in ~10 %. Recruitment ads (~2.5 %) are the controller's alone: their
  person is "recruiter-<network>", their phones the controller's line, own_phones empty.
- Cities: 35 cities by market size; the body writes the city canonically in ~40 % of ads, another spelling or
  abbreviation ~21 %, a postcode and the city ~12 %, a district or suburb ~12 %, a hashtag ~10 %, a landmark ~5 %
  (city_style), and names another city (where she comes from, was or goes next) in a third of ads; four sites
  have a city field too (sometimes "City - District" or "postcode City"). Suburbs and landmarks count as the city
  the market puts them in (Solna, Frederiksberg, Bærum, Kastrup as Stockholm, København, Oslo, København).
- Furniture: every number a page prints that is not a contact, with 4+ digits (ad ids, views, org/CVR numbers,
  postcodes, prices, measurements, dates, chat timestamps and unix times, Telegram user ids, message and chat ids,
  scan ids, verification ids, member numbers, Vipps numbers, the visible part of a number held back for DMs), the
  sites' own phones (by E.164) and e-mails, and buyers' numbers shown as chat senders or joining the group.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from benchmarks.blind11 import _data as D
from benchmarks.blind11._contact import DISGUISED, EMAIL_STYLES, HIDDEN, PLAIN, email_text, nsn, phone_text

__all__ = ["DISGUISED", "EMAIL_STYLES", "HIDDEN", "PLAIN", "SITES", "generate"]

SITES = ("torgeti", "nattkanalen", "flygbladsarkivet", "matchly", "aktakontroll", "massagekortet")
KIND = {
    "torgeti": "classifieds",
    "nattkanalen": "chat_export",
    "flygbladsarkivet": "ocr_flyer",
    "matchly": "dating_app",
    "aktakontroll": "verification",
    "massagekortet": "clinic_directory",
}
# the day each site changed its template (and, for three, its domain)
REDESIGN = {
    "torgeti": dt.date(2026, 7, 20),
    "nattkanalen": dt.date(2026, 8, 20),
    "flygbladsarkivet": dt.date(2026, 8, 1),
    "matchly": dt.date(2026, 9, 21),
    "aktakontroll": dt.date(2026, 7, 1),
    "massagekortet": dt.date(2026, 8, 10),
}
START, END = dt.date(2026, 1, 5), dt.date(2026, 11, 30)

# mobile number shapes per country (national significant number), validated with phonenumbers
MOBILE = {
    "NO": [("4", 7), ("9", 7)],
    "SE": [("70", 7), ("72", 7), ("73", 7), ("76", 7), ("79", 7)],
    "DK": [("2", 7), ("3", 7), ("4", 7), ("5", 7), ("6", 7), ("7", 7), ("9", 7)],
    "RO": [("72", 7), ("74", 7), ("75", 7), ("76", 7), ("78", 7)],
    "BG": [("87", 7), ("88", 7), ("89", 7)],
    "HU": [("20", 7), ("30", 7), ("70", 7)],
    "PL": [("5", 8), ("6", 8), ("7", 8), ("88", 7)],
    "LT": [("6", 7)],
    "LV": [("2", 7)],
    "UA": [("50", 7), ("67", 7), ("93", 7), ("97", 7), ("63", 7)],
    "TH": [("6", 8), ("8", 8), ("9", 8)],
    "BR": [("119", 8), ("219", 8), ("319", 8), ("419", 8)],
    "CO": [("30", 8), ("31", 8), ("32", 8)],
    "VE": [("412", 7), ("414", 7), ("424", 7)],
    "ES": [("6", 8)],
    "NG": [("803", 7), ("806", 7), ("813", 7), ("703", 7), ("905", 7)],
    "CZ": [("60", 7), ("72", 7), ("77", 7)],
    "DE": [("151", 8), ("160", 7), ("170", 7), ("176", 8)],
    "IT": [("32", 8), ("33", 8), ("34", 8)],
    "VN": [("9", 8), ("3", 8), ("8", 8)],
    "PH": [("9", 9)],
    "DO": [("809", 7), ("829", 7), ("849", 7)],
}
LANDLINE = {"NO": [("2", 7)], "SE": [("8", 8)], "DK": [("3", 7), ("7", 7)], "DE": [("30", 8)], "EE": [("6", 6)]}
HOME_SIM = 0.4  # share of foreign women who keep (and advertise) a home-country number


@dataclass
class Controller:
    nid: str
    kind: str  # agency | hidden | clinic
    name: str
    country: str
    city: str
    lines: list[tuple[dt.date, str]]  # booking line, from a date
    email: str | None
    lang: str
    text_seed: int
    members: list[Person] = field(default_factory=list)

    def line(self, day: dt.date) -> str:
        cur = self.lines[0][1]
        for start, num in self.lines:
            if start <= day:
                cur = num
        return cur


@dataclass
class Person:
    pid: str
    nat: str
    lang: str
    age: int
    minor: bool
    home: str
    tour: list[str]
    phones: list[tuple[dt.date, str]]
    local_sims: dict[str, str]
    email: str | None
    handle: str
    names: dict[str, str]
    drift: dict[str, int]
    sites: list[str]
    net: Controller | None
    weight: float
    start: dt.date
    end: dt.date
    height: int
    shows_own: bool  # an agency woman who also gives her own number

    def numbers(self, day: dt.date, country: str, rng: random.Random) -> list[str]:
        """Her numbers on a day: the current one (and the old one for three weeks after a change), plus her local SIM
        when she is in its country and chooses to give it."""
        cur = [n for s, n in self.phones if s <= day] or [self.phones[0][1]]
        out = [cur[-1]]
        if len(cur) >= 2:
            switched = max(s for s, _ in self.phones if s <= day)
            if (day - switched).days < 21 and rng.random() < 0.6:
                out.append(cur[-2])
        sim = self.local_sims.get(country)
        if sim and rng.random() < 0.7:
            out = [sim] + (out if rng.random() < 0.5 else [])
        return out


class World:
    def __init__(self, rng: random.Random, n_ads: int) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.n = n_ads
        self.site_phone = {s: self.number(rng.choice(["NO", "SE", "DK"]), LANDLINE) for s in SITES}
        self.site_phone2 = {s: self.number(rng.choice(["DE", "EE", "SE"]), LANDLINE) for s in SITES}
        cities = list(D.CITY_WEIGHT)
        self.cities, self.cweights = cities, [D.CITY_WEIGHT[c] for c in cities]
        n_ctl = max(3, round(n_ads / 75))
        kinds = ["agency"] * round(n_ctl * 0.35) + ["clinic"] * round(n_ctl * 0.2)
        kinds += ["hidden"] * (n_ctl - len(kinds))
        self.controllers = [self.controller(i, k) for i, k in enumerate(kinds)]
        n_people = max(10, round(n_ads * 0.14))
        self.people = [self.person(i) for i in range(n_people)]
        for c in self.controllers:  # every controller runs at least two women
            while len(c.members) < 2:
                solo = [p for p in self.people if p.net is None]
                p = rng.choice(solo)
                p.net = c
                c.members.append(p)
                p.sites = self.sites_for(c)
                p.names = {s: p.names.get(s, rng.choice(D.WORK_NAMES)) for s in p.sites}
                p.drift = {s: p.drift.get(s, 0) for s in p.sites}

    # numbers ----------------------------------------------------------------------------------------------
    def number(self, country: str, table: dict[str, list[tuple[str, int]]] | None = None) -> str:
        shapes = (table or MOBILE)[country]
        for _ in range(500):
            prefix, k = self.rng.choice(shapes)
            digits = prefix + "".join(self.rng.choice("0123456789") for _ in range(k))
            try:
                num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(country)) + digits)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != country:
                continue
            if table is None and phonenumbers.number_type(num) not in (
                phonenumbers.PhoneNumberType.MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            ):
                continue
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if e164 in self.used or len(set(digits)) < 4:
                continue
            self.used.add(e164)
            return e164
        raise RuntimeError(f"no number for {country}")

    def city(self, country: str | None = None) -> str:
        if country is None:
            return self.rng.choices(self.cities, self.cweights)[0]
        pool = [(c, w) for c, w in zip(self.cities, self.cweights, strict=True) if D.CITY_COUNTRY[c] == country]
        return self.rng.choices([c for c, _ in pool], [w for _, w in pool])[0]

    def day(self, a: dt.date = START, b: dt.date = END) -> dt.date:
        return a + dt.timedelta(days=self.rng.randrange(max(1, (b - a).days + 1)))

    # controllers -------------------------------------------------------------------------------------------
    def controller(self, i: int, kind: str) -> Controller:
        rng = self.rng
        country = rng.choice(["NO", "SE", "DK", "NO", "SE", "DK", "RO", "BG", "HU", "NG", "TH"])
        if kind == "clinic":
            country = rng.choice(["NO", "SE", "DK"])
        nordic = country in ("NO", "SE", "DK")
        keep_home = kind == "clinic" or rng.random() < (0.8 if nordic else 0.4)
        line_country = country if keep_home else rng.choice(["NO", "SE", "DK"])
        lines = [(START, self.number(line_country, LANDLINE if kind == "clinic" and rng.random() < 0.5 else None))]
        if rng.random() < 0.3:
            lines.append((self.day(dt.date(2026, 4, 1), dt.date(2026, 10, 1)), self.number(line_country)))
        name = {
            "agency": rng.choice(["Nordic", "Velvet", "Aurora", "Crystal", "Midnight", "Elite", "Diamond", "Scandi"])
            + " "
            + rng.choice(["Escorts", "Models", "Companions", "Agency", "Angels", "VIP"]),
            "clinic": rng.choice(["Lotus", "Bamboo", "Orkidé", "Siam", "Jasmin", "Golden Hands", "Zen", "Baan"])
            + " "
            + rng.choice(["Thai Massage", "Massasje", "Massage & Spa", "Wellness", "Klinik"]),
            "hidden": "",
        }[kind]
        dom = name.lower().replace(" & ", "").replace(" ", "").replace("é", "e") or "x"
        email = None
        if kind == "agency":
            box = rng.choice(["booking", "info", "vip", "contact"])
            email = f"{box}@{dom}{rng.randrange(2, 99)}.{rng.choice(['com', 'eu', 'net'])}"
        elif kind == "clinic" and rng.random() < 0.6:
            email = f"{rng.choice(['post', 'booking', 'kontakt'])}@{dom}.{country.lower()}"
        elif kind == "hidden" and rng.random() < 0.3:
            box = f"{rng.choice(['girls', 'booking', 'model', 'job'])}.{rng.choice(['nord', 'sthlm', 'cph', 'osl'])}"
            email = f"{box}{rng.randrange(10, 99)}@{rng.choice(D.MAIL_DOMAINS)}"
        lang = {"NO": "no", "SE": "sv", "DK": "da"}.get(country, "en")
        city = self.city(country if country in ("NO", "SE", "DK") else None)
        return Controller(f"net-{i:03d}", kind, name, country, city, lines, email, lang, rng.randrange(10**6))

    # people ------------------------------------------------------------------------------------------------
    def sites_for(self, net: Controller | None) -> list[str]:
        """1-3 sites, by who runs her: agencies verify and post, hidden controllers use the cheap channels."""
        rng = self.rng
        if net is None:
            pool = ["torgeti", "nattkanalen", "flygbladsarkivet", "matchly", "aktakontroll", "massagekortet"]
            sw = [26, 14, 7, 20, 18, 8]
        elif net.kind == "agency":
            pool, sw = ["aktakontroll", "torgeti", "nattkanalen", "matchly"], [40, 30, 20, 6]
        elif net.kind == "hidden":
            pool, sw = ["torgeti", "nattkanalen", "flygbladsarkivet", "matchly"], [35, 30, 20, 12]
        else:
            pool, sw = ["massagekortet", "torgeti", "flygbladsarkivet"], [70, 20, 10]
        k = rng.choices([1, 2, 3], [0.5, 0.35, 0.15])[0]
        sites: list[str] = []
        while len(sites) < min(k, len(pool)):
            s = rng.choices(pool, sw)[0]
            if s not in sites:
                sites.append(s)
        return sites

    def person(self, i: int) -> Person:
        rng = self.rng
        nats = D.NATIONALITIES
        nat = rng.choices([n for n, _, _ in nats], [w for _, w, _ in nats])[0]
        r = rng.random()
        net = None
        if r < 0.42:
            kind = rng.choices(["agency", "hidden", "clinic"], [0.35, 0.45, 0.2])[0]
            if kind == "clinic":
                nat = rng.choice(["TH", "TH", "TH", "VN", "PH", "CO"])
            pool = [c for c in self.controllers if c.kind == kind] or self.controllers
            net = rng.choice(pool)
        minor = rng.random() < 0.013
        age = rng.choice([16, 17]) if minor else min(48, 19 + int(rng.expovariate(1 / 7)))
        lang = {"NO": "no", "SE": "sv", "DK": "da"}.get(nat) or rng.choice(["en", "en", "en", "no", "sv", "da"])
        if nat in ("NO", "SE", "DK"):
            home = self.city(nat)
        elif net is not None:
            home = net.city if rng.random() < 0.7 else self.city(D.CITY_COUNTRY[net.city])
        else:
            home = self.city()
        tour = []
        if nat not in ("NO", "SE", "DK") or rng.random() < 0.25:
            tour = [self.city() for _ in range(rng.choice([1, 2, 2, 3, 4]))]
        phone_country = nat if nat not in ("NO", "SE", "DK") and rng.random() < HOME_SIM else D.CITY_COUNTRY[home]
        phones = [(START, self.number(phone_country))]
        if rng.random() < 0.28:
            phones.append((self.day(dt.date(2026, 3, 1), dt.date(2026, 11, 1)), self.number(phone_country)))
        local_sims = {}
        if phone_country not in ("NO", "SE", "DK") and rng.random() < 0.3:
            c = D.CITY_COUNTRY[rng.choice([home, *tour])]
            local_sims[c] = self.number(c)
        base = rng.choice(D.FIRST_NAMES[nat]) if rng.random() < 0.35 else rng.choice(D.WORK_NAMES)
        email = None
        if rng.random() < 0.3:
            local = unicodedata.normalize("NFKD", base.lower().replace("ø", "o").replace("æ", "ae"))
            local = "".join(c for c in local if c.isalnum())
            local += rng.choice([".", "_", "", "-"]) + rng.choice(
                [str(rng.randrange(80, 100)), str(rng.randrange(1, 30)), "vip", "xx", "sweet", "nordic", "love", "x"]
            )
            email = f"{local}@{rng.choice(D.MAIL_DOMAINS)}"
        handle = (
            base.lower() + rng.choice(["_", ".", ""]) + rng.choice(["xo", "vip", str(rng.randrange(10, 99)), "love"])
        )
        handle = "".join(c for c in handle if c.isalnum() or c in "._")
        sites = self.sites_for(net)
        names = {s: (base if rng.random() < 0.5 else rng.choice(D.WORK_NAMES + D.FIRST_NAMES[nat])) for s in sites}
        drift = {s: rng.choice([0, 0, 0, -1, -1, -2, 1]) for s in sites}
        start = self.day(START, dt.date(2026, 9, 1))
        end = min(END, start + dt.timedelta(days=rng.randrange(30, 330)))
        p = Person(
            f"p{i:04d}",
            nat,
            lang,
            age,
            minor,
            home,
            tour,
            phones,
            local_sims,
            email,
            handle,
            names,
            drift,
            sites,
            net,
            rng.lognormvariate(0, 0.8),
            start,
            end,
            rng.randrange(152, 182),
            rng.random() < 0.3,
        )
        if net is not None:
            net.members.append(p)
        return p


# rendering ------------------------------------------------------------------------------------------------------

# phone style weights per site: (style, weight); PLAIN about 60 % overall, HIDDEN about 22 %
STYLE_W: dict[str, list[tuple[str, float]]] = {
    "torgeti": [
        ("national", 45),
        ("international", 20),
        ("compact", 10),
        ("double_zero", 4),
        ("dotted", 5),
        ("paren_trunk", 2),
        ("foreign_national", 2),
        ("odd_separators", 5),
        ("keycap", 3),
        ("one_by_one", 3),
        ("words", 4),
        ("word_pairs", 3),
        ("half_words", 3),
        ("lookalike", 4),
        ("substitution", 2),
        ("split_title", 3),
        ("img_alt", 3),
        ("code_apart", 2),
        ("last_two_riddle", 2),
        ("country_by_name", 2),
    ],
    "nattkanalen": [
        ("international", 28),
        ("national", 24),
        ("compact", 10),
        ("e164", 8),
        ("wa_link", 8),
        ("tme_link", 4),
        ("keycap", 4),
        ("fullwidth", 2),
        ("math_bold", 3),
        ("split_messages", 6),
        ("words", 3),
        ("half_words", 3),
        ("lookalike", 3),
        ("sender_label", 8),
        ("odd_separators", 3),
        ("viber_link", 2),
        ("backwards", 1),
        ("foreign_national", 2),
        ("country_by_name", 3),
    ],
    "flygbladsarkivet": [
        ("ocr", 30),
        ("national", 30),
        ("international", 14),
        ("dotted", 6),
        ("compact", 6),
        ("words", 3),
        ("lookalike", 3),
        ("one_by_one", 3),
        ("foreign_national", 3),
    ],
    "matchly": [
        ("words", 20),
        ("word_pairs", 12),
        ("half_words", 14),
        ("lookalike", 12),
        ("substitution", 8),
        ("last_two_riddle", 8),
        ("backwards", 3),
        ("one_by_one", 8),
        ("odd_separators", 8),
        ("math_bold", 4),
        ("fullwidth", 3),
        ("international", 6),
        ("national", 5),
    ],
    "aktakontroll": [
        ("international", 30),
        ("national", 24),
        ("e164", 6),
        ("tel_link", 10),
        ("sms_link", 3),
        ("wa_link", 8),
        ("compact", 6),
        ("paren_trunk", 4),
        ("double_zero", 4),
        ("img_alt", 2),
        ("words", 2),
        ("fullwidth", 1),
    ],
    "massagekortet": [
        ("national", 40),
        ("international", 12),
        ("compact", 8),
        ("dotted", 8),
        ("tel_link", 10),
        ("img_alt", 5),
        ("one_by_one", 3),
        ("words", 3),
        ("lookalike", 2),
        ("odd_separators", 3),
        ("double_zero", 3),
    ],
}
EMAIL_W: dict[str, list[tuple[str, float]]] = {
    "torgeti": [
        ("plain", 40),
        ("at_words", 20),
        ("spaced", 10),
        ("bracket_both", 8),
        ("provider_hint", 8),
        ("fullwidth_at", 4),
        ("entity", 4),
    ],
    "nattkanalen": [("plain", 60), ("spaced", 15), ("at_words", 15), ("fullwidth_at", 10)],
    "flygbladsarkivet": [("plain", 70), ("spaced", 30)],
    "matchly": [("at_words", 35), ("provider_hint", 25), ("bracket_both", 20), ("spaced", 20)],
    "aktakontroll": [("mailto", 35), ("cfemail", 30), ("plain", 25), ("entity", 10)],
    "massagekortet": [("plain", 45), ("mailto", 25), ("cfemail", 20), ("at_words", 10)],
}
SITE_LANG = {
    "torgeti": ["no", "no", "no", "en"],
    "nattkanalen": ["sv", "en", "no", "sv"],
    "flygbladsarkivet": ["sv", "da", "en"],
    "matchly": ["en", "da", "sv", "no"],
    "aktakontroll": ["sv", "en"],
    "massagekortet": ["da", "da", "no", "sv"],
}
COUNTRY_LANG = {"NO": "no", "SE": "sv", "DK": "da"}

L = {  # a few phrases per language
    "call": {
        "no": ["Ring", "Ring/SMS", "Tlf", "Mob", "Kontakt"],
        "sv": ["Ring", "Ring/SMS", "Tel", "Mobil", "Kontakt"],
        "da": ["Ring", "Ring/SMS", "Tlf", "Mobil", "Kontakt"],
        "en": ["Call", "Call/SMS", "Phone", "Tel", "Text me"],
    },
    "new": {"no": "Nytt nummer", "sv": "Nytt nummer", "da": "Nyt nummer", "en": "New number"},
    "old": {"no": "gammelt", "sv": "gamla", "da": "gammelt", "en": "old"},
    "mail": {"no": "E-post", "sv": "Mejl", "da": "E-mail", "en": "Email"},
    "years": {"no": "år", "sv": "år", "da": "år", "en": "y.o."},
    "now": {"no": "Nå i", "sv": "Nu i", "da": "Nu i", "en": "Now in"},
    "next": {"no": "Neste uke", "sv": "Nästa vecka", "da": "Næste uge", "en": "Next week"},
    "from": {"no": "Kommer fra", "sv": "Kommer från", "da": "Kommer fra", "en": "Originally from"},
    "hour": {"no": "time", "sv": "timme", "da": "time", "en": "hour"},
    "incall": {"no": "Incall/outcall", "sv": "Incall & outcall", "da": "Incall/outcall", "en": "Incall and outcall"},
    "noprivate": {
        "no": "Ingen skjulte nummer",
        "sv": "Inga dolda nummer",
        "da": "Ingen skjulte numre",
        "en": "No hidden numbers",
    },
    "dm": {"no": "Resten på DM", "sv": "Resten i DM", "da": "Resten på DM", "en": "rest in DM"},
}

INTRO = {
    "no": [
        "Hei gutter! Jeg er {name}, {age} år, {nat} jente.",
        "Ny i byen: {name} ({age}).",
        "{name} her – søt og leken {nat} jente, {age} år.",
        "Hei, jeg heter {name} og er {age}.",
    ],
    "sv": [
        "Hej killar! Jag är {name}, {age} år, {nat} tjej.",
        "Ny i stan: {name} ({age}).",
        "{name} här – söt och lekfull {nat} tjej, {age} år.",
        "Hej, jag heter {name} och är {age}.",
    ],
    "da": [
        "Hej drenge! Jeg er {name}, {age} år, {nat} pige.",
        "Ny i byen: {name} ({age}).",
        "{name} her – sød og legesyg {nat} pige, {age} år.",
        "Hej, jeg hedder {name} og er {age}.",
    ],
    "en": [
        "Hi gentlemen! I'm {name}, {age} y.o. {nat} girl.",
        "New in town: {name} ({age}).",
        "{name} here – sweet and playful {nat} lady, {age}.",
        "Hello, my name is {name}, {age} years.",
    ],
}
MINOR_CUE = {
    "no": ["Helt ny, 18 år og liten 🎀", "ung og fersk, akkurat fylt 18", "går siste året på skolen, ser yngre ut"],
    "sv": ["Helt ny, 18 år och liten 🎀", "ung och fräsch, precis fyllt 18", "tonårstjej, ser yngre ut 🍭"],
    "da": ["Helt ny, 18 år og lille 🎀", "ung og frisk, lige fyldt 18", "teenpige, ser yngre ud 🍭"],
    "en": ["brand new, just turned 18 🎀", "young fresh teen 🍭", "petite schoolgirl look, barely 18"],
}
BODY_LINE = {
    "no": "{h} cm, {w} kg, {m}. {svc}.",
    "sv": "{h} cm, {w} kg, {m}. {svc}.",
    "da": "{h} cm, {w} kg, {m}. {svc}.",
    "en": "{h} cm, {w} kg, {m}. {svc}.",
}
HIDDEN_TEXT = [  # a hidden controller's near-identical text, the woman's details swapped in
    {
        "no": "Ny jente i byen! {name} {age} år, {nat}. Diskret leilighet sentralt. Bare SMS eller WhatsApp, ingen "
        "skjulte nummer. 100% ekte bilder.",
        "sv": "Ny tjej i stan! {name} {age} år, {nat}. Diskret lägenhet centralt. Bara SMS eller WhatsApp, inga dolda "
        "nummer. 100% äkta bilder.",
        "da": "Ny pige i byen! {name} {age} år, {nat}. Diskret lejlighed centralt. Kun SMS eller WhatsApp, ingen "
        "skjulte numre. 100% ægte billeder.",
        "en": "New girl in town! {name} {age} y.o., {nat}. Discreet apartment in the centre. Only SMS or WhatsApp, no "
        "hidden numbers. 100% real photos.",
    },
    {
        "no": "🔥 {name} 🔥 {age} år. Sexy, søt og alltid blid. Kun i noen dager! Ring nå for booking.",
        "sv": "🔥 {name} 🔥 {age} år. Sexig, söt och alltid glad. Bara några dagar! Ring nu för bokning.",
        "da": "🔥 {name} 🔥 {age} år. Sexet, sød og altid glad. Kun i nogle dage! Ring nu for booking.",
        "en": "🔥 {name} 🔥 {age} years. Sexy, sweet and always smiling. Only a few days! Call now for booking.",
    },
    {
        "no": "VIP modell {name} ({age}), {nat}, nylig ankommet. Hotell og privat. Booking på nummeret under, svarer "
        "24/7.",
        "sv": "VIP-modell {name} ({age}), {nat}, nyss anländ. Hotell och privat. Bokning på numret nedan, svarar 24/7.",
        "da": "VIP-model {name} ({age}), {nat}, lige ankommet. Hotel og privat. Booking på nummeret nedenfor, svarer "
        "24/7.",
        "en": "VIP model {name} ({age}), {nat}, just arrived. Hotel and private. Booking on the number below, answer "
        "24/7.",
    },
]
RECRUIT = {
    "no": "Modeller søkes! Vi søker jenter 18-30 år til godt betalt jobb i {city} og Skandinavia. Inntekt fra {inc} kr "
    "i uken, reise og bolig betalt, ingen erfaring nødvendig. Send bilder og alder.",
    "sv": "Modeller sökes! Vi söker tjejer 18-30 år till välbetalt jobb i {city} och Skandinavien. Inkomst från {inc} "
    "kr i veckan, resa och boende betalt, ingen erfarenhet krävs. Skicka bilder och ålder.",
    "da": "Modeller søges! Vi søger piger 18-30 år til godt betalt job i {city} og Skandinavien. Indtægt fra {inc} kr "
    "om ugen, rejse og bolig betalt, ingen erfaring nødvendig. Send billeder og alder.",
    "en": "Models wanted! We are looking for girls 18-30 for well paid work in {city} and Scandinavia. Earn from "
    "{inc} a week, travel and flat paid, no experience needed. Send photos and your age.",
}
FILLER = {
    "no": "Seriøse henvendelser. Hilsen meg.",
    "sv": "Endast seriösa förfrågningar. Kram.",
    "da": "Kun seriøse henvendelser. Knus.",
    "en": "Serious gentlemen only. Kisses.",
}


@dataclass
class Ad:
    """One ad under construction: its text parts and its truth."""

    site: str
    lang: str
    day: dt.date
    country: str  # where the ad is for
    v2: bool
    furniture: list[dict[str, Any]] = field(default_factory=list)
    styles: dict[str, str] = field(default_factory=dict)
    estyles: dict[str, str] = field(default_factory=dict)
    city_style: str = "field"

    def furn(self, kind: str, digits: str, e164: str | None = None, text: str | None = None) -> str:
        """Records a non-contact number the page prints (4+ digits, or the site's own phone or e-mail)."""
        item: dict[str, Any] = {"kind": kind, "digits": digits}
        if e164:
            item["e164"] = e164
        if text:
            item["text"] = text
        if e164 or text or len(digits) >= 4:
            self.furniture.append(item)
        return digits


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


class Renderer:
    def __init__(self, world: World, rng: random.Random) -> None:
        self.w = world
        self.rng = rng
        self.ids: dict[str, int] = {s: rng.randrange(10**5, 10**6) for s in SITES}
        self.seen_uid: set[int] = set()

    # pieces --------------------------------------------------------------------------------------------------
    def city_text(self, city: str, lang: str, plain: bool = False) -> tuple[str, str]:
        """A way of writing the city: (text, style); `plain` for a name only (a spelling, never a place in it)."""
        rng = self.rng
        r = rng.random() * (0.6 if plain else 1.0)
        if r < 0.4:
            return city, "canonical"
        if r < 0.6 and D.SPELLINGS.get(city):
            return rng.choice(D.SPELLINGS[city]), "spelling"
        if r < 0.7:
            return "#" + city.lower().replace(" ", ""), "hashtag"
        if r < 0.85 and city in D.DISTRICTS:
            return rng.choice(D.DISTRICTS[city]), "district"
        if r < 0.93 and city in D.LANDMARKS:
            near = {"no": "nær", "sv": "nära", "da": "tæt på", "en": "near"}[lang]
            return f"{near} {rng.choice(D.LANDMARKS[city])}", "landmark"
        if city in D.POSTCODE:
            return f"{rng.choice(D.POSTCODE[city])} {city}", "postcode"
        return city, "canonical"

    def distractor(self, city: str, lang: str) -> str:
        """A sentence naming another place: where she comes from, was before or goes next."""
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            return f"{L['from'][lang]} {rng.choice(D.ABROAD)}."
        other = rng.choice([c for c in D.CITY_WEIGHT if c != city])
        if r < 0.7:
            return f"{L['next'][lang]}: {other}."
        was = {"no": "Tidligere i", "sv": "Tidigare i", "da": "Tidligere i", "en": "Previously in"}[lang]
        return f"{was} {other}, {L['now'][lang].lower()} {city}."

    def price(self, ad: Ad, lang: str) -> str:
        rng = self.rng
        cur = {"NO": "kr", "SE": "kr", "DK": "kr"}[ad.country]
        base = {"NO": 2500, "SE": 2000, "DK": 1800}[ad.country]
        p1 = base + 500 * rng.randrange(0, 5)
        p2 = p1 + rng.choice([800, 1000, 1500, 2000])
        fmt = rng.choice(["{:,}".format, "{}".format, lambda x: f"{x:,}".replace(",", ".")])
        s = f"30 min {fmt(p1 // 2 + 200)} {cur}, 1 {L['hour'][lang]} {fmt(p1)} {cur}, 2 t {fmt(p2)},-"
        ad.furn("price", str(p1))
        ad.furn("price", str(p2))
        ad.furn("price", str(p1 // 2 + 200))
        return s.replace(",", " ", 0)

    def body_line(self, ad: Ad, p: Person, lang: str) -> str:
        rng = self.rng
        m = f"{rng.choice([80, 85, 90, 95, 100])}-{rng.choice([55, 58, 60, 62, 65])}-{rng.choice([85, 88, 90, 95])}"
        ad.furn("measurements", _digits(m))
        svc = ", ".join(rng.sample(D.SERVICES[lang], 3))
        return BODY_LINE[lang].format(h=p.height, w=rng.randrange(45, 70), m=m, svc=svc.capitalize())

    def phones_of(
        self, p: Person | None, c: Controller | None, day: dt.date, country: str
    ) -> tuple[list[str], list[str]]:
        """(all numbers, her own numbers) for an ad of a person (or of a controller alone)."""
        own: list[str] = []
        line: list[str] = []
        if p is not None:
            own = p.numbers(day, country, self.rng)
        if c is not None:
            line = [c.line(day)]
            keep = {"agency": 0.7 if p is not None and p.shows_own else 0.0, "hidden": 0.12, "clinic": 0.1}[c.kind]
            if self.rng.random() >= keep:
                own = []
            elif c.kind != "agency":
                own = own[:1]
        return line + own, own

    def write_phone(self, ad: Ad, e164: str, lang: str, allow: set[str] | None = None) -> list[str]:
        rng = self.rng
        weights = [(s, w) for s, w in STYLE_W[ad.site] if allow is None or s in allow]
        home = phonenumbers.region_code_for_number(phonenumbers.parse(e164)) == ad.country
        for _ in range(20):
            style = rng.choices([s for s, _ in weights], [w for _, w in weights])[0]
            if style in ("foreign_national", "country_by_name") and home:
                continue
            if style in ("national", "compact", "dotted") and not home and rng.random() < 0.8:
                style = "international"
            if style == "paren_trunk" and not phonenumbers.format_number(
                phonenumbers.parse(e164), phonenumbers.PhoneNumberFormat.NATIONAL
            ).startswith("0"):
                continue
            break
        else:
            style = "international"
        if style == "national" and not home:
            style = "foreign_national"
        ad.styles[e164] = style
        return phone_text(e164, style, lang, ad.country, rng)

    def write_email(self, ad: Ad, addr: str, lang: str) -> str:
        rng = self.rng
        weights = EMAIL_W[ad.site]
        style = rng.choices([s for s, _ in weights], [w for _, w in weights])[0]
        if style == "provider_hint" and addr.split("@")[1] not in (
            "gmail.com",
            "hotmail.com",
            "outlook.com",
            "yahoo.com",
            "icloud.com",
        ):
            style = "at_words"
        ad.estyles[addr] = style
        return email_text(addr, style, lang, rng)

    def contact_block(
        self, ad: Ad, phones: list[str], own: list[str], emails: list[str], lang: str, allow: set[str] | None = None
    ) -> tuple[str, str]:
        """(block text, text for the title): each number with its lead-in, the e-mail, messenger handles."""
        rng = self.rng
        lines, title_extra = [], ""
        for i, e164 in enumerate(phones):
            parts = self.write_phone(ad, e164, lang, allow)
            lead = rng.choice(L["call"][lang])
            if len(own) >= 2 and e164 == own[0] and i > 0:
                lead = L["new"][lang]
            elif len(own) >= 2 and e164 == own[-1] and i > 0:
                lead = f"({L['old'][lang]})"
            if len(parts) == 2:
                title_extra = parts[0] + "…"
                lines.append(f"{lead}: …{parts[1]}")
            else:
                lines.append(f"{lead}: {parts[0]}")
        if phones and rng.random() < 0.2:
            lines.append(
                rng.choice(
                    ["WhatsApp ✔ Telegram ✔", "Viber/WhatsApp", "Kun SMS", "SMS first please", L["noprivate"][lang]]
                )
            )
        if not phones and rng.random() < 0.5:  # a masked number: not given in the ad, the visible part is furniture
            vis = str(rng.choice([41, 45, 46, 47, 48, 90, 92, 93, 97, 98])) + str(rng.randrange(10, 99))
            lines.append(f"{rng.choice(L['call'][lang])}: {vis} xx xxx ({L['dm'][lang]})")
            ad.furn("masked_own", vis)
        for addr in emails:
            lines.append(f"{L['mail'][lang]}: {self.write_email(ad, addr, lang)}")
        return "\n".join(lines), title_extra

    def next_id(self, site: str, step: int = 37) -> int:
        self.ids[site] += self.rng.randrange(1, step)
        return self.ids[site]


# the sites ------------------------------------------------------------------------------------------------------


@dataclass
class Slot:
    person: Person | None
    ctl: Controller | None
    site: str
    day: dt.date
    city: str


OCR_LETTERS = {"m": "rn", "l": "I", "e": "c", "o": "0", "i": "í", "å": "a", "ö": "o", "ä": "a", "ø": "o", "t": "f"}


def _ocr_words(text: str, rng: random.Random, rate: float = 0.04) -> str:
    return "".join(OCR_LETTERS[c] if c in OCR_LETTERS and rng.random() < rate else c for c in text)


def _date(day: dt.date, style: str) -> str:
    return {
        "dmy": day.strftime("%d.%m.%Y"),
        "iso": day.isoformat(),
        "dmy2": day.strftime("%d.%m.%y"),
        "dmy-": day.strftime("%d-%m-%Y"),
        "slash": day.strftime("%d/%m/%Y"),
    }[style]


class Sites(Renderer):
    def lang_for(self, slot: Slot) -> str:
        langs = SITE_LANG[slot.site]
        who = slot.ctl.lang if slot.ctl is not None and slot.ctl.kind != "agency" else None
        who = who or (slot.person.lang if slot.person else None)
        if who in langs and self.rng.random() < 0.65:
            return who
        local = COUNTRY_LANG[D.CITY_COUNTRY[slot.city]]
        if local in langs and self.rng.random() < 0.5:
            return local
        return self.rng.choice(langs)

    def about(self, ad: Ad, slot: Slot, lang: str, name: str, age: int) -> list[str]:
        """Her description: intro (or the hidden controller's shared text), minor cues, body, prices, places."""
        rng, p, c = self.rng, slot.person, slot.ctl
        assert p is not None
        nat = (
            D.NAT_EN[p.nat]
            if lang == "en"
            else (D.NAT_SV[p.nat] if lang == "sv" else dict((n, w) for n, _, w in D.NATIONALITIES)[p.nat])
        )
        out = []
        if c is not None and c.kind == "hidden":
            out.append(HIDDEN_TEXT[c.text_seed % len(HIDDEN_TEXT)][lang].format(name=name, age=age, nat=nat))
        elif c is not None and c.kind == "agency":  # the agency's own line, then her
            shows = {"no": "presenterer", "sv": "presenterar", "da": "præsenterer", "en": "presents"}[lang]
            out.append(
                f"{c.name} {shows}: {name}, {age}. " + rng.choice(INTRO[lang]).format(name=name, age=age, nat=nat)
            )
        elif c is not None and c.kind == "clinic":
            new = {"no": "ny massør", "sv": "ny massös", "da": "ny massør", "en": "new masseuse"}[lang]
            out.append(f"{c.name} – {new} {name} ({age}), {nat}.")
        else:
            out.append(rng.choice(INTRO[lang]).format(name=name, age=age, nat=nat))
        if p.minor:
            out.append(rng.choice(MINOR_CUE[lang]))
        if rng.random() < 0.6:
            out.append(self.body_line(ad, p, lang))
        if rng.random() < 0.6:
            out.append(self.price(ad, lang))
        ctext, ad.city_style = self.city_text(slot.city, lang)
        if ad.city_style == "landmark":
            out.append(f"{ctext[0].upper()}{ctext[1:]} – {L['incall'][lang].lower()}.")
        elif rng.random() < 0.6:
            out.append(f"{L['now'][lang]} {ctext}.")
        else:
            out.append(f"{ctext} – {L['incall'][lang].lower()}.")
        if rng.random() < 0.35:
            out.append(self.distractor(slot.city, lang))
        if rng.random() < 0.3:
            out.append(rng.choice(["Snap", "Insta", "Telegram", "Kik", "Signal"]) + ": @" + p.handle)
        return out

    def stated_age(self, p: Person, site: str) -> int:
        if p.minor:
            return self.rng.choice([18, 18, 19])
        return max(18, p.age + p.drift.get(site, 0) + (1 if self.rng.random() < 0.1 else 0))

    def emails_for(self, slot: Slot) -> list[str]:
        out = []
        c, p = slot.ctl, slot.person
        if c is not None and c.email and self.rng.random() < (0.8 if c.kind == "agency" else 0.5):
            out.append(c.email)
        if p is not None and p.email and (c is None or c.kind == "agency") and self.rng.random() < 0.65:
            out.append(p.email)
        return out

    # torgeti: classifieds ------------------------------------------------------------------------------------
    def torgeti(
        self, ad: Ad, slot: Slot, lang: str, phones: list[str], own: list[str], emails: list[str]
    ) -> dict[str, Any]:
        rng = self.rng
        aid = self.next_id("torgeti", 4000) + 300_000_000
        ad.furn("ad_id", str(aid))
        views = rng.randrange(40, 25000)
        ad.furn("counter", str(views))
        recruit = slot.person is None
        cat = "jobb" if recruit else rng.choice(["massasje", "voksen", "dating"])
        block, title_extra = self.contact_block(ad, phones, own, emails, lang)
        if recruit:
            assert slot.ctl is not None
            ctext, ad.city_style = self.city_text(slot.city, lang, plain=True)
            inc = rng.choice([15000, 20000, 25000, 30000, 40000])
            ad.furn("price", str(inc))
            text = [RECRUIT[lang].format(city=ctext, inc=f"{inc:,}".replace(",", " "))]
            title = {"no": "Modeller søkes", "sv": "Modeller sökes", "da": "Modeller søges", "en": "Models wanted"}[
                lang
            ]
            title += f" – {ctext}"
        else:
            assert slot.person is not None
            name, age = slot.person.names["torgeti"], self.stated_age(slot.person, "torgeti")
            text = self.about(ad, slot, lang, name, age)
            title = rng.choice(
                [
                    f"{name} {age} – {slot.city}",
                    f"{name} ({age})",
                    f"NY! {name}, {age} år",
                    f"{name} – {L['incall'][lang]}",
                ]
            )
        if title_extra:
            title += " " + title_extra
        date_s = _date(ad.day, "dmy" if not ad.v2 else "iso")
        hh = f"{rng.randrange(0, 24):02d}:{rng.randrange(60):02d}"
        orgnr = "9" + "".join(rng.choice("0123456789") for _ in range(8))
        if not ad.v2:
            head = f"Torgeti · {cat.capitalize()} › {slot.city}\n"
            head += f"Annonsenr. {aid} · Publisert {date_s} kl. {hh} · Visninger {views}"
            support = self.w.site_phone["torgeti"]
            foot = (
                f"Torgeti AS · Org.nr. {orgnr[:3]} {orgnr[3:6]} {orgnr[6:]} · Kundeservice "
                f"{phone_text(support, 'national', 'no', 'NO', rng)[0] if support.startswith('+47') else support}"
                " (hverdager 9-16) · kundeservice@torgeti.no"
            )
            mail = "kundeservice@torgeti.no"
            url = f"https://www.torgeti.no/annonse/{cat}/{aid}"
            ad.furn("org_number", orgnr)
        else:
            head = f"TORGETI.COM  |  {cat.upper()}  |  Ad #{aid}  |  {views} views  |  updated {date_s}"
            support = self.w.site_phone2["torgeti"]
            foot = f"Torgeti Marketplace OÜ · reg. {orgnr[1:]} · support {support} · help@torgeti.com"
            mail = "help@torgeti.com"
            url = f"https://torgeti.com/no/oppslag/{aid}-{cat}"
            ad.furn("org_number", orgnr[1:])
        ad.furn("site_phone", nsn(support), e164=support)
        ad.furn("support_email", "", text=mail)
        if rng.random() < 0.3:
            vipps = str(rng.randrange(100000, 999999))
            text.append(f"Fremhev annonsen din – Vipps {vipps}" if not ad.v2 else f"Boost this ad: Vipps #{vipps}")
            ad.furn("payment", vipps)
        body = head + "\n\n" + "\n".join(text) + "\n\n" + block + "\n\n" + foot
        city_field = (
            slot.city if rng.random() < 0.75 else f"{slot.city} - {rng.choice(D.DISTRICTS.get(slot.city, [slot.city]))}"
        )
        return {"id": str(aid), "url": url, "title": title, "body": body, "city": city_field}

    # nattkanalen: chat export --------------------------------------------------------------------------------
    def nattkanalen(
        self, ad: Ad, slot: Slot, lang: str, phones: list[str], own: list[str], emails: list[str]
    ) -> dict[str, Any]:
        """A post and the lines around it. v1: Telegram Desktop's machine-readable export, one message object a
        line (date_unixtime, from_id, text as parts with phone/email/link entities); v2: a WhatsApp iOS _chat.txt
        ([dd/mm/yyyy, hh:mm:ss] sender: ..., multi-line posts, attachment placeholders, joins by invite link,
        unsaved numbers as senders wrapped in direction marks)."""
        rng = self.rng
        mid = self.next_id("nattkanalen", 60)
        t0 = dt.datetime.combine(ad.day, dt.time(rng.randrange(12, 24), rng.randrange(60), rng.randrange(60)))
        epoch = dt.datetime(1970, 1, 1)
        lines: list[str] = []

        def emit(t: dt.datetime, sender: str, parts: list[Any], uid: int | None = None, msg_id: int = 0) -> None:
            if not ad.v2:
                unix = int((t - epoch).total_seconds()) - 7200
                ad.furn("timestamp", str(unix))
                ad.furn("timestamp", _digits(t.isoformat()))
                text: Any = parts[0] if len(parts) == 1 and isinstance(parts[0], str) else parts
                obj = {
                    "id": msg_id or mid,
                    "type": "message",
                    "date": t.isoformat(),
                    "date_unixtime": str(unix),
                    "from": sender,
                    "from_id": f"user{uid or rng.randrange(10**9, 8 * 10**9)}",
                    "text": text,
                }
                ad.furn("user_id", _digits(obj["from_id"]))
                if msg_id:
                    ad.furn("message_id", str(msg_id))
                lines.append(json.dumps(obj, ensure_ascii=False))
            else:
                stamp = t.strftime("%d/%m/%Y, %H:%M:%S")
                ad.furn("timestamp", _digits(stamp))
                flat = "".join(p if isinstance(p, str) else p["text"] for p in parts)
                lines.append(f"[{stamp}] {sender}: {flat}")

        p, c = slot.person, slot.ctl
        if c is not None and c.kind == "agency":
            sender = c.name or "Booking"
        elif c is not None and c.kind == "hidden":
            sender = rng.choice(["Booking 24/7", "VIP girls", "💋💋", "Nya tjejer", "New girls", "Jobb Norden"])
        else:
            sender = p.names["nattkanalen"] if p is not None else "Jobb Norden"
        label_phone = phones[0] if phones and rng.random() < 0.25 else None
        if label_phone:  # an unsaved number is shown as the sender (WhatsApp wraps it in direction marks)
            ad.styles[label_phone] = "sender_label"
            shown = phone_text(label_phone, "sender_label", lang, ad.country, rng)[0]
            sender = f"\u202a{shown}\u202c" if ad.v2 else shown
        if rng.random() < 0.25:
            rules = {
                "sv": "Regler: inga länkar, inga siffror i bilder, max 1 annons per dag.",
                "en": "Rules: no links, no digits in pictures, one ad per day.",
                "no": "Regler: ingen lenker, ingen tall i bilder, maks 1 annonse per dag.",
            }.get(lang, "Rules: one ad per day.")
            emit(t0 - dt.timedelta(minutes=rng.randrange(5, 90)), "Admin", [rules], msg_id=mid - rng.randrange(1, 9))
        if ad.v2 and rng.random() < 0.3:  # someone joined by the invite link before the post
            joined = self.w.number(rng.choice(["NO", "SE", "DK"]))
            ad.furn("member_number", nsn(joined), e164=joined)
            jt = (t0 - dt.timedelta(minutes=rng.randrange(1, 30))).strftime("%d/%m/%Y, %H:%M:%S")
            ad.furn("timestamp", _digits(jt))
            lines.append(
                f"[{jt}] Nattkanalen 2.0: \u200e\u202a{phone_text(joined, 'international', lang, 'XX', rng)[0]}\u202c"
                " joined using this group's invite link"
            )
        if p is None:
            assert c is not None
            ctext, ad.city_style = self.city_text(slot.city, lang, plain=True)
            inc = rng.choice([15000, 20000, 30000])
            ad.furn("price", str(inc))
            about = [RECRUIT[lang].format(city=ctext, inc=inc)]
        else:
            name, age = p.names["nattkanalen"], self.stated_age(p, "nattkanalen")
            about = self.about(ad, slot, lang, name, age)
        parts: list[Any] = [("\n" if ad.v2 else " ").join(about) + ("\n" if ad.v2 else " ")]
        second = None
        allow = {s for s, _ in STYLE_W["nattkanalen"]} - {"sender_label"}
        for e164 in phones:
            if e164 == label_phone:
                continue
            got = self.write_phone(ad, e164, lang, allow)
            if len(got) == 2:
                parts.append(got[0] + " ")
                second = got[1]
            elif ad.styles[e164] in ("international", "e164", "national", "compact", "foreign_national"):
                parts.append({"type": "phone", "text": got[0]})
                parts.append(" ")
            elif ad.styles[e164] in ("wa_link", "tme_link", "viber_link"):
                parts.append({"type": "link", "text": got[0]})
                parts.append(" ")
            else:
                parts.append(got[0] + " ")
        for addr in emails:
            written = self.write_email(ad, addr, lang)
            parts.append({"type": "email", "text": written} if ad.estyles[addr] == "plain" else written)
        if not phones and rng.random() < 0.4:
            vis = "+46 7" + str(rng.randrange(10, 99))
            parts.append(f"{vis}… ({L['dm'][lang]})")
            ad.furn("masked_own", _digits(vis))
        if ad.v2 and rng.random() < 0.5:  # the photo sent with the post
            att = f"{rng.randrange(1, 400):08d}-PHOTO-{t0.strftime('%Y-%m-%d-%H-%M-%S')}.jpg"
            ad.furn("attachment", t0.strftime("%Y"))
            lines.append(f"[{t0.strftime('%d/%m/%Y, %H:%M:%S')}] {sender}: \u200e<attached: {att}>")
        parts = [x for x in parts if x != ""]
        emit(t0, sender, parts, uid=rng.randrange(10**9, 8 * 10**9), msg_id=mid)
        t = t0
        n_buyers = rng.choice([0, 1, 1, 2, 3])
        for k in range(n_buyers + (1 if second else 0)):
            t = t + dt.timedelta(seconds=rng.randrange(20, 900))
            if second and k == 0:
                emit(t, sender, [second], msg_id=mid + 1)
                continue
            if sum(len(x) + 1 for x in lines) > 850:  # the archive page shows a window of the chat
                break
            if rng.random() < 0.4:
                buyer = self.w.number(rng.choice(["NO", "SE", "DK"]))
                ad.furn("member_number", nsn(buyer), e164=buyer)
                bname = phone_text(buyer, "international", lang, "XX", rng)[0]
                bname = f"\u202a{bname}\u202c" if ad.v2 else bname
            else:
                bname = rng.choice(["Jonas", "Mikke", "anon", "Lars P", "Erik", "TT", "K."])
            q = rng.choice(
                ["pris?", "price for 1h?", "ledig ikväll?", "where?", "pm", "hvor?", "addr?", "👍", "dm sent"]
            )
            emit(t, bname, [q], msg_id=mid + 2 + k)
        if not ad.v2:
            chat = 1700000000 + rng.randrange(10**8)
            url = f"https://arkiv.nattkanalen.net/tg/{chat}/{mid}"
            ad.furn("chat_id", str(chat))
            title = f"Nattkanalen (Telegram export, result.json) · message {mid}"
        else:
            url = f"https://arkiv.nattkanalen.net/wa/{ad.day.strftime('%Y%m%d')}/{mid}"
            ad.furn("date", ad.day.strftime("%Y%m%d"))
            title = f"WhatsApp _chat.txt 'Nattkanalen 2.0' · rad {mid}"
        ad.furn("message_id", str(mid))
        return {"id": str(mid), "url": url, "title": title, "body": "\n".join(lines)}

    # flygbladsarkivet: OCR'd flyers --------------------------------------------------------------------------
    def flygbladsarkivet(
        self, ad: Ad, slot: Slot, lang: str, phones: list[str], own: list[str], emails: list[str]
    ) -> dict[str, Any]:
        rng = self.rng
        scan = self.next_id("flygbladsarkivet", 30)
        ad.furn("scan_id", str(scan))
        p = slot.person
        if p is None:
            ctext, ad.city_style = self.city_text(slot.city, lang, plain=True)
            flyer = [RECRUIT[lang].format(city=ctext, inc=25000)]
            ad.furn("price", "25000")
        else:
            name, age = p.names["flygbladsarkivet"], self.stated_age(p, "flygbladsarkivet")
            flyer = [x.upper() if rng.random() < 0.3 else x for x in self.about(ad, slot, lang, name, age)]
        flyer = [_ocr_words(x, rng) for x in flyer]
        block, title_extra = self.contact_block(ad, phones, own, emails, lang)
        place = rng.choice(
            {
                "sv": ["telefonkiosk", "hotellobby", "bar", "vindruta på bil", "busshållplats"],
                "da": ["telefonboks", "hotellobby", "bar", "bilrude", "busstoppested"],
                "en": ["phone box", "hotel lobby", "bar", "car windscreen", "bus stop"],
            }.get(lang, ["bar"])
        )
        found = slot.city if rng.random() < 0.5 else rng.choice(D.DISTRICTS.get(slot.city, [slot.city]))
        if not ad.v2:
            url = f"https://flygbladsarkivet.se/skann/2026/{scan}.pdf#ocr"
            head = (
                f"=== flygbladsarkivet.se · Skanning nr {scan} · sida 1/1 ===\nOCR-text (automatisk, kan innehålla "
                f"fel) · inskannad {_date(ad.day, 'iso')} · hittad: {place}"
            )
            foot = "Arkivets anm.: originalet förvaras hos Gatuteamet. Frågor: arkiv@flygbladsarkivet.se"
            mail = "arkiv@flygbladsarkivet.se"
        else:
            doc = f"{rng.randrange(16**7, 16**8):08x}"
            url = f"https://flyerarchive.eu/d/{doc}"
            conf = rng.randrange(55, 97)
            head = f"FLYER ARCHIVE · doc {doc} · scan {scan} · OCR confidence {conf}%"
            head += f" · found: {place}, {_date(ad.day, 'dmy')}"
            foot = "Flyer Archive is run by street outreach volunteers. Corrections: ocr@flyerarchive.eu"
            foot += f" · tel {self.w.site_phone2['flygbladsarkivet']}"
            mail = "ocr@flyerarchive.eu"
            ad.furn(
                "site_phone", nsn(self.w.site_phone2["flygbladsarkivet"]), e164=self.w.site_phone2["flygbladsarkivet"]
            )
            ad.furn("date", _digits(_date(ad.day, "dmy")))
        ad.furn("support_email", "", text=mail)
        if not ad.v2:
            ad.furn("date", _digits(_date(ad.day, "iso")))
        body = (
            head
            + "\n---\n"
            + "\n".join(flyer)
            + "\n"
            + (title_extra + " " if title_extra else "")
            + block
            + "\n---\n"
            + foot
        )
        title = f"Skanning {scan}" if not ad.v2 else f"Flyer {scan}"
        ad_rec = {"id": f"s{scan}", "url": url, "title": title, "body": body}
        if rng.random() < 0.6:
            ad_rec["city"] = found
        return ad_rec

    # matchly: dating app JSON --------------------------------------------------------------------------------
    def matchly(
        self, ad: Ad, slot: Slot, lang: str, phones: list[str], own: list[str], emails: list[str]
    ) -> dict[str, Any]:
        rng = self.rng
        while True:
            uid = rng.randrange(10**7, 10**8)
            if uid not in self.seen_uid:
                self.seen_uid.add(uid)
                break
        ad.furn("user_id", str(uid))
        p = slot.person
        assert p is not None
        name, age = p.names["matchly"], self.stated_age(p, "matchly")
        about = self.about(ad, slot, lang, name, age)
        bio = " ".join(about)
        block, title_extra = self.contact_block(ad, phones, own, emails, lang, allow=None)
        bio += " " + block.replace("\n", " · ") + (" " + title_extra if title_extra else "")
        km = rng.randrange(1, 40)
        active = f"{ad.day.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z"
        ad.furn("date", _digits(ad.day.isoformat()))
        looking = rng.choice(["sugar daddy", "generous gentleman", "arrangement", "fun & allowance", "no time wasters"])
        if not ad.v2:
            body = (
                f'{{"uid": {uid}, "name": "{name}", "age": {age}, "verified": {rng.choice(["true", "false"])}, '
                f'"distance_km": {km}, "height_cm": {p.height}, "bio": "{bio}", "looking_for": "{looking}", '
                f'"photos": {rng.randrange(1, 9)}, "likes": {rng.randrange(100, 9000)}, "last_active": "{active}"}}'
            )
            url = f"https://matchly.app/u/{uid}"
        else:
            body = (
                f"{name}, {age} · {km} km away · {p.height} cm\nAbout me\n{bio}\nLooking for\n{looking}\n"
                f"Active {active[:10]} · profile {uid}"
            )
            url = f"https://matchly.app/p/{uid:x}"
        title = f"{name}, {age}"
        return {"id": str(uid), "url": url, "title": title, "body": body, "city": slot.city}

    # aktakontroll: verification and ratings ------------------------------------------------------------------
    def aktakontroll(
        self, ad: Ad, slot: Slot, lang: str, phones: list[str], own: list[str], emails: list[str]
    ) -> dict[str, Any]:
        rng = self.rng
        vid = self.next_id("aktakontroll", 50)
        p, c = slot.person, slot.ctl
        assert p is not None
        name, age = p.names["aktakontroll"], self.stated_age(p, "aktakontroll")
        about = self.about(ad, slot, lang, name, age)
        block, title_extra = self.contact_block(ad, phones, own, emails, lang)
        rating = f"{rng.randrange(30, 50) / 10:.1f}"
        nrev = rng.randrange(0, 80)
        views = rng.randrange(200, 60000)
        ad.furn("counter", str(views))
        ad.furn("verification_id", str(vid))
        vday = ad.day - dt.timedelta(days=rng.randrange(0, 60))
        ad.furn("date", _digits(vday.isoformat()))
        reviews = []
        for _ in range(rng.choice([0, 1, 2])):
            member = rng.randrange(1000, 99999)
            ad.furn("member_id", str(member))
            q = rng.choice(
                [
                    "Allt som i annonsen, rekommenderas.",
                    "Exactly as the photos, friendly.",
                    "Punktlig och trevlig.",
                    "Location easy to find, will return.",
                ]
            )
            if rng.random() < 0.25:  # a review from an earlier tour names another city
                other = rng.choice([x for x in D.CITY_WEIGHT if x != slot.city])
                q = f"Träffade henne i {other} i våras." if lang == "sv" else f"Met her in {other} last spring."
            reviews.append(f"«{q}» – medlem #{member}" if lang == "sv" else f"«{q}» – member #{member}")
        agency = (
            f"Byrå: {c.name}"
            if c is not None and c.kind == "agency" and lang == "sv"
            else (f"Agency: {c.name}" if c is not None and c.kind == "agency" else "")
        )
        if not ad.v2:
            head = (
                f"ÄktaKontroll ✔ Verifierad profil\n{name}, {age} – {slot.city}\nVerifierings-ID: AK-{vid} · "
                f"verifierad {vday.isoformat()} (videosamtal) · Betyg {rating.replace('.', ',')} / 5 ({nrev} omdömen) "
                f"· {views} visningar"
            )
            support = self.w.site_phone["aktakontroll"]
            foot = f"Support: support@aktakontroll.se · {support} (vardagar 10-16)"
            mail = "support@aktakontroll.se"
            url = f"https://aktakontroll.se/profil/{name.lower()}-{vid}"
        else:
            head = (
                f"VERIFIED NORDIC ✓ {name} ({age}) · {slot.city}\nVerification #{vid} · checked {vday.isoformat()} "
                f"· rating {rating}/5 · {nrev} reviews · {views} profile views"
            )
            support = self.w.site_phone2["aktakontroll"]
            foot = f"Verified Nordic Ltd · help@verified-nordic.com · hotline {support}"
            mail = "help@verified-nordic.com"
            url = f"https://verified-nordic.com/{lang}/p/{vid}"
        ad.furn("site_phone", nsn(support), e164=support)
        ad.furn("support_email", "", text=mail)
        contact_head = "Kontakt (från annonsören):" if lang == "sv" else "Contact (as given by the advertiser):"
        body = "\n".join([head, " ".join(about), agency, contact_head, block, *reviews, foot]).replace("\n\n", "\n")
        title = f"{name}, {age} – verifierad" if lang == "sv" else f"{name}, {age} – verified"
        if title_extra:
            title += " · " + title_extra
        return {"id": str(vid), "url": url, "title": title, "body": body, "city": slot.city}

    # massagekortet: clinics --------------------------------------------------------------------------------------
    def massagekortet(
        self, ad: Ad, slot: Slot, lang: str, phones: list[str], own: list[str], emails: list[str]
    ) -> dict[str, Any]:
        rng = self.rng
        kid = self.next_id("massagekortet", 20)
        ad.furn("listing_id", str(kid))
        p, c = slot.person, slot.ctl
        assert p is not None
        name, age = p.names["massagekortet"], self.stated_age(p, "massagekortet")
        clinic = (
            c.name
            if c is not None and c.kind == "clinic"
            else {"da": "Privat massør", "no": "Privat massør", "sv": "Privat massös", "en": "Private"}[lang]
        )
        ctry = D.CITY_COUNTRY[slot.city]
        street = f"{rng.choice(D.STREETS[ctry])} {rng.randrange(1, 140)}"
        pc = rng.choice(D.POSTCODE[slot.city])
        ad.furn("postcode", _digits(pc))
        if ctry == "DK":  # CVR: 8 digits, like a Danish phone number
            cvr = str(rng.randrange(10**7, 10**8))
            ad.furn("org_number", cvr)
        elif ctry == "SE":  # organisationsnummer NNNNNN-NNNN
            a, b = rng.randrange(556000, 560000), rng.randrange(1000, 10000)
            cvr = f"{a}-{b}"
            ad.furn("org_number", f"{a}{b}")
        else:  # Norwegian organisation number: 9 digits
            cvr = str(rng.randrange(9 * 10**8, 10**9))
            ad.furn("org_number", cvr)
        orgword = {"DK": "CVR", "NO": "Org.nr.", "SE": "Org.nr"}[ctry]
        prices = [
            rng.choice([350, 400, 450, 500]),
            rng.choice([600, 650, 700, 800]),
            rng.choice([900, 950, 1000, 1200]),
        ]
        for pr in prices:
            ad.furn("price", str(pr))
        about = self.about(ad, slot, lang, name, age)
        block, title_extra = self.contact_block(ad, phones, own, emails, lang)
        hours = rng.choice(["man-fre 10-21, lør-søn 11-19", "alle dage 10.00-22.00", "mån-fre 11-20", "10-22 hver dag"])
        upd = _date(ad.day, "dmy-")
        ad.furn("date", _digits(upd))
        nrev = rng.randrange(0, 120)
        site_ph = self.w.site_phone["massagekortet"] if not ad.v2 else self.w.site_phone2["massagekortet"]
        ad.furn("site_phone", nsn(site_ph), e164=site_ph)
        mail = "annonce@massagekortet.dk"
        ad.furn("support_email", "", text=mail)
        if not ad.v2:
            head = f"Massagekortet.dk › {slot.city} › {clinic}\n{clinic} – {name} ({age})"
            addr = f"Adresse: {street}, {pc} {slot.city} · {orgword} {cvr}\nÅbningstider: {hours}"
            price = f"Priser: 30 min {prices[0]} kr · 60 min {prices[1]} kr · 90 min {prices[2]} kr"
            foot = f"Opdateret {upd} · {nrev} anmeldelser\nMassagekortet ApS · {mail} · annoncesupport {site_ph}"
            url = f"https://massagekortet.dk/klinik/{kid}/{clinic.lower().replace(' ', '-')}"
        else:
            head = f"{clinic.upper()} · {name}, {age} · ★ {rng.randrange(30, 50) / 10:.1f} ({nrev})"
            addr = f"{street} · {pc} · {orgword}: {cvr} · {hours}"
            price = f"30' {prices[0]},- | 60' {prices[1]},- | 90' {prices[2]},-"
            foot = f"Sidst opdateret {upd}. Massagekortet · {mail} · {site_ph}"
            url = f"https://massagekortet.dk/k/{name.lower()}-{kid}"
        body = "\n".join([head, addr, " ".join(about), price, (title_extra + " " if title_extra else "") + block, foot])
        title = f"{clinic} – {name}" + (f" · {title_extra}" if title_extra and rng.random() < 0.5 else "")
        city_field = slot.city if rng.random() < 0.7 else f"{pc} {slot.city}"
        return {"id": f"k{kid}", "url": url, "title": title, "body": body, "city": city_field}


# the corpus -----------------------------------------------------------------------------------------------------


def _plan(w: World, rng: random.Random, n_ads: int) -> list[Slot]:
    """Who posts where and when: every person at least once, the rest by activity; recruitment ads by controllers."""
    slots: list[Slot] = []
    recruiters = [c for c in w.controllers if c.kind in ("hidden", "agency")]
    for _ in range(max(1, round(n_ads * 0.025))):
        c = rng.choice(recruiters)
        site = rng.choice(["torgeti", "torgeti", "nattkanalen", "flygbladsarkivet"])
        slots.append(Slot(None, c, site, w.day(), c.city))
    people = w.people
    chosen = list(people) + rng.choices(people, [p.weight for p in people], k=max(0, n_ads - len(slots) - len(people)))
    for p in chosen[: n_ads - len(slots)]:
        site = rng.choices(p.sites, [3, 2, 1][: len(p.sites)])[0]
        day = w.day(p.start, p.end)
        if p.tour and rng.random() < 0.45:
            city = rng.choice(p.tour)
        else:
            city = p.home
        slots.append(Slot(p, p.net, site, day, city))
    slots.sort(key=lambda s: s.day)
    return slots[:n_ads]


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ads and their truth, in the same order. Truth keys: site, id, url, person_id, network_id ("solo-..." with
    no controller), network_kind, phones and own_phones (E.164), phone_styles, emails, email_styles, city
    (canonical), city_style, furniture [{kind, digits, e164?, text?}], kind (the site kind), template (site:v1|v2),
    lang, nationality, age, stated_age, minor, recruitment."""
    rng = random.Random(seed)
    w = World(rng, n_ads)
    r = Sites(w, rng)
    ads, truth = [], []
    seen: set[tuple[str, str]] = set()
    for slot in _plan(w, rng, n_ads):
        country = D.CITY_COUNTRY[slot.city]
        lang = r.lang_for(slot)
        v2 = slot.day >= REDESIGN[slot.site]
        ad = Ad(slot.site, lang, slot.day, country, v2)
        ad.city_style = "field"
        phones, own = r.phones_of(slot.person, slot.ctl, slot.day, country)
        if slot.site == "matchly" and rng.random() < 0.3:  # many app profiles give only a handle
            phones, own = [], []
        emails = r.emails_for(slot)
        rec = getattr(r, slot.site)(ad, slot, lang, phones, own, emails)
        key = (slot.site, rec["id"])
        if key in seen:
            raise RuntimeError(f"duplicate id {key}")
        seen.add(key)
        t = dt.datetime.combine(slot.day, dt.time(rng.randrange(24), rng.randrange(60), rng.randrange(60)))
        record = {
            "site": slot.site,
            "id": rec["id"],
            "url": rec["url"],
            "posted_at": t.isoformat() + "Z",
            "title": rec["title"],
            "body": rec["body"],
        }
        if rec.get("city"):
            record["city"] = rec["city"]
        if rng.random() < 0.4 and slot.site in ("torgeti", "aktakontroll", "massagekortet"):
            record["images"] = [f"https://img.{slot.site}.example/{rng.randrange(10**9):x}.jpg"]
        p, c = slot.person, slot.ctl
        if len(record["title"]) + len(record["body"]) < 160:
            record["body"] += "\n" + FILLER[lang]
        ads.append(record)
        truth.append(
            {
                "site": slot.site,
                "id": rec["id"],
                "url": rec["url"],
                "person_id": p.pid if p is not None else f"recruiter-{c.nid if c else 'x'}",
                "network_id": c.nid if c is not None else f"solo-{p.pid if p else 'x'}",
                "network_kind": c.kind if c is not None else "solo",
                "phones": sorted(ad.styles),
                "own_phones": sorted(set(own) & set(ad.styles)),
                "phone_styles": dict(sorted(ad.styles.items())),
                "emails": sorted(ad.estyles),
                "email_styles": dict(sorted(ad.estyles.items())),
                "city": slot.city,
                "city_style": ad.city_style,
                "furniture": ad.furniture,
                "kind": KIND[slot.site],
                "template": f"{slot.site}:{'v2' if v2 else 'v1'}",
                "lang": lang,
                "nationality": p.nat if p is not None else "",
                "age": p.age if p is not None else None,
                "minor": bool(p and p.minor),
                "recruitment": p is None,
            }
        )
    return ads, truth
