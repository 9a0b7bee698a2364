"""The thirteenth blind evaluation corpus (issue 14), written without reading the extractor or the linker.

    python -m benchmarks.blind13 [--seed 1] [--ads 6000] [--out DIR]

Six fictional sites, each with two templates (a redesign on a day of its own, some to a new domain):

- ringmig (sv; redesigned as callme-nord.eu in English): classifieds sold through an SMS/call gateway. A
  premium relay line and a short code with a keyword print on every ad (the gateway's, furniture); her own
  number is often behind a "Visa nummer" button: masked on the page, base64 in a data attribute.
- camtraad (en; redesigned as a XenForo-like ctforum.io): a cam/OnlyFans promo forum thread, one post per
  ad, with the member's join date, post count and reputation, and contacts in the post or its signature;
  hidden controllers post "for a friend".
- kontaktkort (da): a directory whose profiles are served as contact cards; the record holds the page and
  the .vcf text: vCard 2.1 with a quoted-printable NOTE (soft line breaks inside numbers), then vCard 4.0
  (tel: URIs with dashes, folded lines, UID, GEO, CVR and postcode furniture).
- postliste (no/en): the archive of agencies' (and a few touring women's) newsletters on a mailing-list
  host: first the pipermail HTML view (addresses written "name at domain"), then "view original" raw MIME
  (quoted-printable text part with =C3=B8 and soft breaks, a base64 HTML part that may hold the only number,
  Message-ID, Received headers).
- feedsamler (mixed languages): an aggregator re-posting other sites' ads as an RSS 2.0 feed, then Atom on
  feedsamler.eu with the HTML escaped once more and the tracking script left in; numbers in tel: links,
  image alt text and HTML character references.
- massasjewiki (no): a wiki of massage clinics, one revision per record naming one masseuse; MediaWiki
  infobox and wikitable first, Markdown tables (Wiki.js) on wiki.massasje.eu after the redesign.

New forms against the earlier corpora: an SMS/call gateway page, a cam/OnlyFans promo thread with
signatures, vCard exports, a mailing-list archive with raw MIME, an RSS/Atom feed, a wiki with Markdown
tables. Site kinds: classifieds, buyers'/promo forum, profile directory, aggregator, massage clinic listings.

Truth per ad: site, id, url, person_id, network_id ("solo-..." when no controller), network_kind,
phones (E.164), own_phones, phone_styles, emails, email_styles, city (canonical), furniture [{kind, digits,
e164 | text}], and for analysis: kind, template, lang, nationality, age (stated), minor, recruitment.
Every run of four or more digits printed is a contact's or furniture; numbers under four digits (ages,
heights, hour prices like 900) are not listed (the scorers ignore them).
"""

# ruff: noqa: E501  (templates and word lists are kept one record a line)

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import quopri
import random
import re
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from benchmarks.blind13 import _data as D

START = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
DAYS = 214  # 2026-05-01 .. 2026-11-30

KIND = {
    "ringmig": "sms_gateway_classifieds",
    "camtraad": "cam_promo_forum",
    "kontaktkort": "vcard_directory",
    "postliste": "mailing_list_archive",
    "feedsamler": "aggregator_feed",
    "massasjewiki": "clinic_wiki",
}
SITES = tuple(KIND)

PLAIN = {"e164", "intl_spaced", "national", "national_compact", "00_intl", "wa_link", "tel_href", "vcard_tel",
         "img_alt"}  # fmt: skip
DISGUISED = {"dotted", "spaced_digits", "zero_width", "fullwidth", "keycap", "bracket_groups", "slash_groups",
             "emoji_separated", "qp_soft_break", "vcard_folded", "tilde_sep"}  # fmt: skip
HIDDEN = {"words", "words_mixed", "pair_words", "lookalike", "html_entities", "base64_attr", "mime_base64",
          "reversed", "split_halves", "cyrillic_lookalike"}  # fmt: skip
EMAIL_STYLES = {"plain", "mailto", "vcard", "html_entity", "fullwidth", "pipermail", "at_word", "spaced",
                "native_word", "provider_hint", "qp_soft_break", "bidi_reversed", "base64_mailto"}  # fmt: skip
EMAIL_EXACT = {"plain", "mailto", "vcard", "html_entity", "fullwidth"}

# per site: the written styles of a woman's or a line's number and their weights (a site's own conventions:
# HTML sites link and encode, the vCard site has TEL lines, the mail archive encodes parts)
STYLE_WEIGHTS: dict[str, dict[str, float]] = {
    "ringmig": {"national": 22, "national_compact": 10, "intl_spaced": 8, "e164": 4, "tel_href": 6,
                "base64_attr": 14, "html_entities": 4, "words": 5, "words_mixed": 4, "pair_words": 3,
                "lookalike": 3, "dotted": 3, "spaced_digits": 3, "zero_width": 2, "slash_groups": 3,
                "split_halves": 2, "emoji_separated": 2, "tilde_sep": 2, "cyrillic_lookalike": 2},
    "camtraad": {"intl_spaced": 16, "e164": 10, "wa_link": 12, "national": 6, "00_intl": 4, "words": 7,
                 "words_mixed": 7, "lookalike": 5, "keycap": 5, "fullwidth": 4, "emoji_separated": 5,
                 "spaced_digits": 4, "dotted": 3, "reversed": 2, "split_halves": 3, "bracket_groups": 3,
                 "tilde_sep": 3, "cyrillic_lookalike": 3},
    "kontaktkort": {"vcard_tel": 55, "national": 8, "intl_spaced": 6, "words": 4, "spaced_digits": 3,
                    "dotted": 3, "lookalike": 3, "words_mixed": 3},
    "postliste": {"national": 22, "intl_spaced": 14, "e164": 6, "00_intl": 5, "mime_base64": 10, "words": 4,
                  "bracket_groups": 4, "slash_groups": 4, "spaced_digits": 3, "pair_words": 3},
    "feedsamler": {"tel_href": 18, "national": 14, "intl_spaced": 10, "img_alt": 8, "html_entities": 9,
                   "wa_link": 6, "words": 5, "words_mixed": 4, "zero_width": 3, "dotted": 3, "lookalike": 3,
                   "national_compact": 5, "fullwidth": 2, "cyrillic_lookalike": 2},
    "massasjewiki": {"national": 40, "intl_spaced": 12, "national_compact": 8, "slash_groups": 5,
                     "bracket_groups": 4, "spaced_digits": 3, "words": 2},
}  # fmt: skip
LOCAL_ONLY = {"national", "national_compact", "slash_groups"}  # a foreign SIM is written with its prefix

EMAIL_WEIGHTS: dict[str, dict[str, float]] = {
    "ringmig": {"plain": 4, "mailto": 3, "html_entity": 2, "at_word": 3, "native_word": 3, "spaced": 2,
                "provider_hint": 1, "bidi_reversed": 1, "base64_mailto": 1},
    "camtraad": {"plain": 5, "at_word": 4, "spaced": 3, "fullwidth": 2, "provider_hint": 2},
    "kontaktkort": {"vcard": 10, "plain": 2, "native_word": 1},
    "postliste": {"pipermail": 6, "plain": 3},
    "feedsamler": {"mailto": 4, "plain": 3, "html_entity": 3, "at_word": 2, "native_word": 1, "bidi_reversed": 1,
                   "base64_mailto": 1},
    "massasjewiki": {"plain": 6, "at_word": 1, "mailto": 1},
}  # fmt: skip

SITE_LANG = {"ringmig": "sv", "camtraad": "en", "kontaktkort": "da", "postliste": "no", "feedsamler": "*",
             "massasjewiki": "no"}  # fmt: skip
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "no": ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "da": ["jan.", "feb.", "marts", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
}
MONTH_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip
WEEKDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SOURCES = ["lilla-tavlan.se", "nattboka.no", "rodlygte.dk", "kvallsannons.se", "sorte-sider.dk", "moteplass-x.no"]


def _w(rng: random.Random, table: dict[str, float]) -> str:
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def _digits(text: str) -> str:
    return "".join(c for c in text if "0" <= c <= "9")


# --------------------------------------------------------------------------------------------- numbers


def _mobile(rng: random.Random, region: str, used: set[str]) -> str:
    prefixes, length = D.MOBILE[region]
    while True:
        nsn = rng.choice(prefixes)
        nsn += "".join(rng.choice("0123456789") for _ in range(length - len(nsn)))
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.number_type(num) not in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            continue
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in used:
            used.add(e164)
            return e164


def _service(rng: random.Random, region: str, prefix: str, length: int, used: set[str]) -> str:
    """A site's own line: Swedish 0771/0939 numbers, Norwegian 815 numbers, Danish 70 numbers."""
    cc = str(phonenumbers.country_code_for_region(region))
    while True:
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        num = phonenumbers.parse("+" + cc + nsn)
        e164 = "+" + cc + nsn
        if phonenumbers.is_valid_number(num) and e164 not in used:
            used.add(e164)
            return e164


def _parts(e164: str) -> tuple[str, str, str, str, bool]:
    """(country code, national significant number, national format, international format, local SIM)."""
    num = phonenumbers.parse(e164)
    region = phonenumbers.region_code_for_number(num)
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return str(num.country_code), phonenumbers.national_significant_number(num), nat, intl, region in ("NO", "SE", "DK")


FULLWIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")
LOOK = {"0": "O", "1": "l", "8": "B"}
# Cyrillic letters read as digits (a spammers' trick documented for Russian-language spam): З 3, О 0, Ч 4, б 6
CYRILLIC = {"3": "З", "0": "О", "4": "Ч", "6": "б"}
EMOJI_SEP = ["💋", "🌸", "✨", "🔥", "❤️", "🍒"]


def _number_words(rng: random.Random, digits: str, lang: str, mixed: bool) -> str:
    words = D.DIGIT_WORDS.get(lang, D.DIGIT_WORDS["en"])
    plus = D.PLUS_WORD.get(lang, "plus")
    out: list[str] = []
    idx = [i for i, c in enumerate(digits) if c.isdigit()]
    as_word = set(idx) if not mixed else set(rng.sample(idx, max(3, len(idx) // 2)))
    for i, c in enumerate(digits):
        if c == "+":
            out.append(plus)
        elif i in as_word:
            out.append(words[int(c)])
        else:
            out.append(c)
    sep = rng.choice([" ", "-", " ", ", "]) if not mixed else " "
    return sep.join(out)


def _pair_words(rng: random.Random, digits: str, lang: str) -> str:
    lang = lang if lang in D.TEENS else "en"
    out: list[str] = []
    body = digits.lstrip("+")
    if digits.startswith("+"):
        out.append(D.PLUS_WORD[lang])
    i = 0
    while i < len(body):
        pair = body[i : i + 2]
        if len(pair) == 1 or pair[0] == "0":
            out.extend(D.DIGIT_WORDS[lang][int(c)] for c in pair)
        elif pair[0] == "1":
            out.append(D.TEENS[lang][int(pair[1])])
        else:
            tens, unit = D.TENS[lang][int(pair[0])], int(pair[1])
            if unit == 0:
                out.append(tens)
            elif lang == "en":
                out.append(f"{tens}-{D.DIGIT_WORDS['en'][unit]}")
            else:
                out.append(tens + D.DIGIT_WORDS[lang][unit])
        i += 2
    return rng.choice([" ", ", ", " - "]).join(out)


SPLIT_INTRO = {
    "sv": ("nr börjar", "resten av numret"),
    "no": ("nr starter", "resten av nummeret"),
    "da": ("nr starter", "resten af nummeret"),
    "en": ("number starts", "rest of the number"),
}
REVERSED_NOTE = {
    "sv": "läs baklänges",
    "no": "les baklengs",
    "da": "læs baglæns",
    "en": "read it backwards",
}


# ---------------------------------------------------------------------------------------------- people


@dataclass
class Person:
    pid: str
    nat: str
    name: str
    aliases: dict[str, str]
    age: int
    minor: bool
    home: str
    tours: list[tuple[int, int, str]]
    start: int
    end: int
    phones: list[tuple[str, int, int]]
    second: str | None
    email: str | None
    handle: str
    net: str | None
    sites: list[str]
    weight: float
    sents: dict[str, list[str]]
    hair: int
    height: int
    meas: str
    age_drift: dict[str, int]

    def phone_at(self, day: int) -> str:
        for e164, d0, d1 in self.phones:
            if d0 <= day <= d1:
                return e164
        return self.phones[-1][0]

    def city_at(self, day: int) -> str:
        for d0, d1, city in self.tours:
            if d0 <= day <= d1:
                return city
        return self.home


@dataclass
class Controller:
    cid: str
    kind: str  # agency | hidden | clinic
    name: str
    lines: list[tuple[str, int, int]]
    email: str | None
    cities: list[str]
    sents: dict[str, list[str]]
    sites: list[str]
    org: str
    street: str
    postcode: str
    women: list[str] = field(default_factory=list)
    domain: str = ""

    def line_at(self, day: int) -> str:
        for e164, d0, d1 in self.lines:
            if d0 <= day <= d1:
                return e164
        return self.lines[-1][0]


class Page:
    """One ad being written: the contacts and furniture it prints, recorded as they are printed."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.furniture: list[dict[str, str]] = []
        self.phone_styles: dict[str, str] = {}
        self.rendered: dict[str, str] = {}
        self.email_styles: dict[str, str] = {}
        self.email_rendered: dict[str, str] = {}
        self.blobs: list[str] = []

    def f(self, kind: str, text: str) -> str:
        """Furniture: printed as `text`, its digits recorded when there are four or more."""
        d = _digits(text)
        if len(d) >= 4 and not any(x["digits"] == d and x["kind"] == kind for x in self.furniture):
            self.furniture.append({"kind": kind, "digits": d})
        return text

    def fphone(self, kind: str, e164: str, how: str = "national") -> str:
        _cc, nsn, nat, intl, _ = _parts(e164)
        text = {"national": nat, "intl": intl, "e164": e164}[how]
        if not any(x.get("e164") == e164 for x in self.furniture):
            self.furniture.append({"kind": kind, "digits": nsn, "e164": e164})
        return text

    def fmail(self, addr: str) -> str:
        if not any(x.get("text") == addr for x in self.furniture):
            self.furniture.append({"kind": "support_email", "digits": "", "text": addr})
        return addr

    def style_for(self, site: str, e164: str, allowed: set[str] | None = None) -> str:
        _, nsn, _nat, _, local = _parts(e164)
        table = dict(STYLE_WEIGHTS[site])
        if not local:
            for s in LOCAL_ONLY:
                table.pop(s, None)
        if allowed is not None:
            table = {k: v for k, v in table.items() if k in allowed} or {"intl_spaced": 1}
        style = _w(self.rng, table)
        if style == "cyrillic_lookalike" and not any(c in CYRILLIC for c in nsn):
            style = "words_mixed"
        if style == "lookalike" and not any(c in LOOK for c in nsn):
            style = "words_mixed"
        if style == "pair_words" and self.lang == "da":
            style = "words"
        return style

    def phone(self, e164: str, style: str) -> str:
        rng = self.rng
        cc, nsn, nat, intl, local = _parts(e164)
        base = (_digits(nat) if local else "+" + cc + nsn) if style not in ("e164",) else e164
        if style == "e164":
            out = e164
        elif style == "intl_spaced":
            out = intl
        elif style == "national":
            out = nat
        elif style == "national_compact":
            out = _digits(nat)
        elif style == "00_intl":
            out = "00" + intl[1:]
        elif style == "wa_link":
            out = f"wa.me/{cc}{nsn}"
        elif style == "tel_href":
            out = f'<a href="tel:+{cc}{nsn}">{nat if local else intl}</a>'
        elif style == "img_alt":
            out = f'<img src="/i/c{rng.randrange(10, 99)}.png" alt="{nat if local else intl}">'
        elif style == "vcard_tel":
            out = intl
        elif style == "dotted":
            out = ".".join(base)
        elif style == "spaced_digits":
            out = " ".join(base)
        elif style == "zero_width":
            out = "\u200b".join(base)
        elif style == "fullwidth":
            out = (nat if local else intl).translate(FULLWIDTH)
        elif style == "keycap":
            out = "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in base)
        elif style == "bracket_groups":
            out = f"(+{cc}) " + "-".join(intl.split(" ")[1:])
        elif style == "slash_groups":
            out = nat.replace(" ", "/", 1) if " " in nat else nat[:3] + "/" + nat[3:]
        elif style == "emoji_separated":
            e = rng.choice(EMOJI_SEP)
            groups = (nat if local else intl).replace("-", " ").split(" ")
            out = e.join(groups)
        elif style == "words":
            out = _number_words(rng, base, self.lang, mixed=False)
        elif style == "words_mixed":
            out = _number_words(rng, base, self.lang, mixed=True)
        elif style == "pair_words":
            out = _pair_words(rng, base, self.lang)
        elif style in ("lookalike", "cyrillic_lookalike"):
            table = LOOK if style == "lookalike" else CYRILLIC
            shown = nat if local else intl
            lead = len(shown) - len(shown.lstrip("0+")) + (len(cc) if not local else 0)
            chars = list(shown)
            spots = [i for i in range(lead, len(chars)) if chars[i] in table]
            for i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
                chars[i] = table[chars[i]]
            out = "".join(chars)
        elif style == "tilde_sep":
            out = "~".join(base)
        elif style == "html_entities":
            out = "".join(f"&#{ord(c)};" for c in base)
        elif style == "reversed":
            out = base[::-1]
        else:  # base64_attr, mime_base64, split_halves: written by the site's template
            out = base
        self.phone_styles.setdefault(e164, style)
        self.rendered.setdefault(e164, out)
        return out

    def email(self, addr: str, style: str) -> str:
        local, domain = addr.split("@")
        at, dot = D.AT_WORDS.get(self.lang, D.AT_WORDS["en"])
        if style == "plain" or style == "vcard":
            out = addr
        elif style == "mailto":
            out = f'<a href="mailto:{addr}">{addr if self.rng.random() < 0.5 else "e-mail"}</a>'
        elif style == "html_entity":
            out = addr.replace("@", "&#64;").replace(".", "&#46;")
        elif style == "fullwidth":
            out = addr.replace("@", "＠")
        elif style == "pipermail":
            out = f"{local} at {domain}"
        elif style == "at_word":
            out = local.replace(".", " [dot] ") + " [at] " + domain.replace(".", " [dot] ")
        elif style == "spaced":
            out = local + " @ " + domain.replace(".", " . ")
        elif style == "native_word":
            d0, tld = domain.rsplit(".", 1)
            out = f"{local} {at} {d0} {dot} {tld}"
        elif style == "bidi_reversed":  # written backwards, turned round by CSS
            out = f'<span style="unicode-bidi:bidi-override;direction:rtl">{addr[::-1]}</span>'
        elif style == "base64_mailto":  # a link that decodes itself in the browser
            blob = base64.b64encode(f"mailto:{addr}".encode()).decode()
            for run in re.findall(r"\d{4,}", blob):
                self.f("encoded_blob", run)
            out = f"<a href=\"javascript:location.href=atob('{blob}')\">E-mail</a>"
        elif style == "provider_hint":
            word = {"sv": "på", "no": "på", "da": "på", "en": "on"}[self.lang if self.lang in D.AT_WORDS else "en"]
            out = f"{local} {word} {domain.split('.')[0]}"
        else:
            out = addr
        self.email_styles.setdefault(addr, style)
        self.email_rendered.setdefault(addr, out)
        return out

    def email_style_for(self, site: str, addr: str) -> str:
        table = dict(EMAIL_WEIGHTS[site])
        if addr.split("@")[1] not in ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com"):
            table.pop("provider_hint", None)
        return _w(self.rng, table)


# ------------------------------------------------------------------------------------------ the world


def _day(d: int, rng: random.Random) -> dt.datetime:
    return START + dt.timedelta(days=d, hours=rng.randint(7, 23), minutes=rng.randrange(60), seconds=rng.randrange(60))


def _city_text(rng: random.Random, city: str) -> str:
    r = rng.random()
    if r < 0.5 or (city not in D.SPELLINGS and city not in D.DISTRICTS):
        return city
    if r < 0.8 or city not in D.DISTRICTS:
        return rng.choice(D.SPELLINGS.get(city, [city]))
    return rng.choice(D.DISTRICTS[city])


def _cities_of(country: str | None = None) -> list[str]:
    return [c for c, k in D.CITY_COUNTRY.items() if country is None or k == country]


BIG = {"Stockholm": 10, "Göteborg": 5, "Malmö": 5, "Oslo": 10, "Bergen": 4, "Trondheim": 3, "Stavanger": 3,
       "København": 10, "Aarhus": 4, "Odense": 2, "Aalborg": 2}  # fmt: skip


def _pick_city(rng: random.Random, country: str | None = None) -> str:
    cities = _cities_of(country)
    return rng.choices(cities, weights=[BIG.get(c, 1) for c in cities])[0]


class World:
    def __init__(self, rng: random.Random, n_ads: int) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.used_sent: set[str] = set()
        self.used_names: set[str] = set()
        self.persons: dict[str, Person] = {}
        self.ctrls: dict[str, Controller] = {}
        scale = n_ads / 6000
        self.redesign = {s: rng.randint(70, 160) for s in SITES}
        self.site_lines = {
            "ringmig": (_service(rng, "SE", "771", 9, self.used), _service(rng, "SE", "771", 9, self.used)),
            "ringmig_relay": (_service(rng, "SE", "939", 9, self.used), _service(rng, "SE", "944", 9, self.used)),
            "kontaktkort": (_service(rng, "DK", "70", 8, self.used), _service(rng, "DK", "70", 8, self.used)),
            "massasjewiki": (_service(rng, "NO", "815", 8, self.used), _service(rng, "NO", "815", 8, self.used)),
            "feedsamler": (_service(rng, "DK", "70", 8, self.used), _service(rng, "DK", "70", 8, self.used)),
        }
        self.short_codes = (str(rng.randint(71000, 72999)), str(rng.randint(71000, 72999)))
        self.cvr = str(rng.randint(30000000, 45999999))
        self.orgnr_se = f"559{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        self.gtag = "G-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        n_agency, n_hidden, n_clinic = round(24 * scale), round(42 * scale), round(16 * scale)
        for i in range(n_agency):
            self._controller(f"agency-{i:03d}", "agency")
        for i in range(n_hidden):
            self._controller(f"hidden-{i:03d}", "hidden")
        for i in range(n_clinic):
            self._controller(f"clinic-{i:03d}", "clinic")
        n_persons = round(880 * scale)
        sizes = {"agency": (3, 9), "hidden": (2, 6), "clinic": (2, 5)}
        k = 0
        for c in self.ctrls.values():
            lo, hi = sizes[c.kind]
            for _ in range(rng.randint(lo, hi)):
                self._person(f"p{k:04d}", c)
                k += 1
        while k < n_persons:
            self._person(f"p{k:04d}", None)
            k += 1

    # controllers --------------------------------------------------------------------------------------
    def _sentences(self, langs: list[str], n: int) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for lang in langs:
            a, b, c = D.CTRL_SLOTS[lang]
            got: list[str] = []
            while len(got) < n:
                s = f"{self.rng.choice(a)} {self.rng.choice(b)} – {self.rng.choice(c)}."
                if s not in self.used_sent:
                    self.used_sent.add(s)
                    got.append(s)
            out[lang] = got
        return out

    def _controller(self, cid: str, kind: str) -> None:
        rng = self.rng
        country = rng.choice(["SE", "NO", "DK"])
        if kind == "agency":
            while True:
                name = f"{rng.choice(D.AGENCY_WORDS)} {rng.choice(D.AGENCY_KIND)}"
                if name not in self.used_names:
                    break
            cities = [_pick_city(rng, country)] + ([_pick_city(rng)] if rng.random() < 0.4 else [])
            sites = ["postliste", *rng.sample(["kontaktkort", "feedsamler", "ringmig"], rng.randint(0, 2))]
        elif kind == "hidden":
            name = cid
            cities = [_pick_city(rng, country) for _ in range(rng.randint(1, 3))]
            sites = rng.sample(["ringmig", "camtraad", "feedsamler", "kontaktkort"], rng.randint(1, 2))
        else:
            country = rng.choice(["NO", "NO", "NO", "SE", "DK"])
            while True:
                name = f"{rng.choice(D.CLINIC_WORDS)} {D.CLINIC_KIND[country]}"
                if name not in self.used_names:
                    break
            cities = [_pick_city(rng, country)]
            sites = ["massasjewiki", *rng.sample(["kontaktkort", "feedsamler"], rng.randint(0, 1))]
        self.used_names.add(name)
        region = D.CITY_COUNTRY[cities[0]]
        lines = [(_mobile(rng, region, self.used), 0, DAYS)]
        if rng.random() < 0.35:  # the line changes once
            cut = rng.randint(40, DAYS - 40)
            lines = [(lines[0][0], 0, cut), (_mobile(rng, region, self.used), cut + 1, DAYS)]
        slug = re.sub(r"[^a-z]", "", name.lower().replace("ø", "o").replace("é", "e"))
        domain = f"{slug}.{rng.choice(['com', 'net', 'eu'])}"
        email = None
        if kind == "agency":
            email = f"{rng.choice(['booking', 'post', 'info', 'kontakt'])}@{domain}"
        elif kind == "clinic" and rng.random() < 0.6:
            email = f"{slug}{rng.randint(1, 99)}@{rng.choice(D.PROVIDERS[:6])}"
        elif kind == "hidden" and rng.random() < 0.3:
            tag = "".join(rng.choice("abcdefghijklmnoprstuvy") for _ in range(4))
            email = (
                f"{rng.choice(['vip', 'new', 'girls', 'date'])}.{tag}{rng.randint(10, 99)}@{rng.choice(D.PROVIDERS)}"
            )
        if email in self.used_names:
            email = None
        self.used_names.add(str(email))
        langs = ["en", {"SE": "sv", "NO": "no", "DK": "da"}[region]] + (["sv", "no", "da"] if kind != "clinic" else [])
        street = rng.choice(D.STREETS[region])
        self.ctrls[cid] = Controller(
            cid=cid, kind=kind, name=name, lines=lines, email=email, cities=cities,
            sents=self._sentences(sorted(set(langs)), 5), sites=sites,
            org=str(rng.randint(912000000, 929999999)) if region == "NO" else (
                f"559{rng.randint(100, 999)}-{rng.randint(1000, 9999)}" if region == "SE" else str(rng.randint(30000000, 45999999))),
            street=f"{street} {rng.randint(2, 140)}", postcode=rng.choice(D.POSTCODES[cities[0]]), domain=domain,
        )  # fmt: skip

    # persons ------------------------------------------------------------------------------------------
    def _person(self, pid: str, ctrl: Controller | None) -> None:
        rng = self.rng
        nats = list(D.NATIONS)
        if ctrl is not None and ctrl.kind == "clinic":
            nat = rng.choices(["TH", "VN", "CN", "PH"], weights=[8, 2, 2, 1])[0]
        elif ctrl is not None:
            nat = rng.choices(nats, weights=[D.NATIONS[n][0] * (0.3 if n in ("SE", "NO", "DK") else 1) for n in nats])[
                0
            ]
        else:
            nat = rng.choices(nats, weights=[D.NATIONS[n][0] for n in nats])[0]
        _, home_sim, names = D.NATIONS[nat]
        name = rng.choice(names)
        minor = rng.random() < 0.012 and (ctrl is None or ctrl.kind != "clinic")
        age = rng.randint(16, 17) if minor else min(52, 19 + int(rng.expovariate(1 / 7)))
        if ctrl is not None:
            home = rng.choice(ctrl.cities)
        elif nat in ("SE", "NO", "DK"):
            home = _pick_city(rng, nat)
        else:
            home = _pick_city(rng)
        start = rng.randint(0, DAYS - 20)
        end = min(DAYS - 1, start + rng.randint(20, DAYS))
        tours: list[tuple[int, int, str]] = []
        if ctrl is None or ctrl.kind != "clinic":
            d = start + rng.randint(5, 40)
            while d < end and rng.random() < (0.75 if nat not in ("SE", "NO", "DK") else 0.35):
                length = rng.randint(3, 12)
                pool = ctrl.cities if ctrl is not None and len(ctrl.cities) > 1 and rng.random() < 0.6 else None
                city = rng.choice(pool) if pool else _pick_city(rng)
                if city != home:
                    tours.append((d, d + length, city))
                d += length + rng.randint(7, 35)
        # numbers: a home-country SIM, later perhaps a local one; changes over time
        local_region = D.CITY_COUNTRY[home]
        first_region = (
            nat if nat in D.MOBILE and (nat in ("SE", "NO", "DK") or rng.random() < home_sim) else local_region
        )
        n_numbers = rng.choices([1, 2, 3], weights=[62, 30, 8])[0]
        cuts = sorted(rng.sample(range(start + 1, max(start + 3, end)), min(n_numbers - 1, max(0, end - start - 2))))
        bounds = [start, *cuts, end + 1]
        phones = []
        for i in range(len(bounds) - 1):
            region = first_region if i == 0 else (local_region if rng.random() < 0.7 else first_region)
            phones.append(
                (
                    _mobile(rng, region, self.used),
                    bounds[i] if i else 0,
                    bounds[i + 1] - 1 if i < len(bounds) - 2 else DAYS,
                )
            )
        second = None
        if first_region != local_region and rng.random() < 0.25:
            second = _mobile(rng, local_region, self.used)
        email = None
        if rng.random() < (0.35 if ctrl is None else 0.08):
            local = rng.choice([name.lower(), name.lower() + rng.choice(["x", "xo", "love", "vip", "sweet"]),
                                f"{name.lower()}.{rng.choice(['nord', 'escort', 'date', 'massage', 'bella'])}"])  # fmt: skip
            local = local.encode("ascii", "ignore").decode() + str(rng.randint(1, 99))
            email = f"{local}@{rng.choice(D.PROVIDERS)}"
            if email in self.used_names:
                email = None
            self.used_names.add(str(email))
        while True:
            handle = f"{name.lower()}_{rng.choice(['xo', 'vip', 'real', 'sweet', 'hot', 'nord'])}{rng.randint(1, 99)}"
            if handle not in self.used_names:
                self.used_names.add(handle)
                break
        if ctrl is not None:
            sites = list(ctrl.sites)
            if ctrl.kind != "clinic" and rng.random() < 0.3:
                sites.append(rng.choice(["feedsamler", "camtraad"]))
        else:
            table = {"ringmig": 30, "camtraad": 22, "kontaktkort": 20, "feedsamler": 20, "postliste": 3,
                     "massasjewiki": 3 if nat in ("TH", "VN", "CN", "PH") else 0.5}  # fmt: skip
            sites = []
            for _ in range(rng.choices([1, 2, 3], weights=[50, 35, 15])[0]):
                s = _w(rng, table)
                if s not in sites:
                    sites.append(s)
        aliases = {
            s: (name if rng.random() < 0.6 else rng.choice([*names, name + "a", name[:3] + "i", "Miss " + name]))
            for s in SITES
        }
        langs = ["en", "sv", "no", "da"]
        sents = {lang: rng.sample(D.SOLO[lang], 4) for lang in langs}
        boost = {"hidden": 1.6, "clinic": 2.0, "agency": 1.2}.get(ctrl.kind if ctrl is not None else "", 1.0)
        weight = rng.lognormvariate(0, 0.8) * boost
        meas = f"{rng.choice([80, 85, 90, 95])}-{rng.choice([55, 60, 65])}-{rng.choice([85, 88, 90, 95])}"
        drift = {s: -rng.choice([0, 0, 0, 1, 2, 3]) if age > 24 else 0 for s in SITES}
        p = Person(pid, nat, name, aliases, age, minor, home, tours, start, end, phones, second, email, handle,
                   ctrl.cid if ctrl else None, sites, weight, sents, rng.randrange(4), rng.randint(152, 181),
                   meas, drift)  # fmt: skip
        self.persons[pid] = p
        if ctrl is not None:
            ctrl.women.append(pid)

    def stated_age(self, p: Person, site: str, day: int) -> int:
        if p.minor:
            return 18 if self.rng.random() < 0.7 else 19
        return max(
            18, p.age + p.age_drift[site] + (1 if day > 150 and p.age_drift[site] == 0 and p.pid[-1] in "02468" else 0)
        )


# ------------------------------------------------------------------------------------------ templates


@dataclass
class Ctx:
    """What one ad is about: the person (or a controller's recruitment), the day, the site's template."""

    site: str
    v2: bool
    day: int
    when: dt.datetime
    lang: str
    person: Person | None
    ctrl: Controller | None
    city: str
    age: int
    name: str
    numbers: list[tuple[str, bool]]  # (e164, hers)
    email: str | None
    ad_no: int


def _solo_text(p: Page, ctx: Ctx, n: int) -> list[str]:
    person = ctx.person
    assert person is not None
    return person.sents[ctx.lang][:n] if ctx.lang in person.sents else person.sents["en"][:n]


def _ctrl_text(p: Page, ctx: Ctx, n: int) -> list[str]:
    assert ctx.ctrl is not None
    sents = ctx.ctrl.sents.get(ctx.lang) or ctx.ctrl.sents["en"]
    return sents[:n]


def _body_sentences(p: Page, ctx: Ctx) -> list[str]:
    """Her own words, or the controller's near-identical text with her name in it."""
    rng = p.rng
    if ctx.ctrl is not None and (ctx.person is None or ctx.ctrl.kind == "hidden" or rng.random() < 0.7):
        return _ctrl_text(p, ctx, rng.randint(2, 4))
    return _solo_text(p, ctx, rng.randint(2, 4))


def _origin(p: Page, ctx: Ctx) -> str:
    """Where she comes from, in the ad's language; a city of her country as a distractor now and then."""
    person = ctx.person
    assert person is not None
    country = D.COUNTRY_NAME[person.nat][ctx.lang if ctx.lang in ("en", "sv", "no", "da") else "en"]
    town = D.HOME_CITY.get(person.nat)
    tail = f" ({town})" if town and p.rng.random() < 0.25 else ""
    return {"en": f"I am from {country}{tail}.", "sv": f"Jag kommer från {country}{tail}.",
            "no": f"Jeg kommer fra {country}{tail}.", "da": f"Jeg kommer fra {country}{tail}."}[ctx.lang]  # fmt: skip


def _young(p: Page, ctx: Ctx) -> str:
    return p.rng.choice(D.YOUNG_CUES[ctx.lang]) if ctx.person is not None and ctx.person.minor else ""


def _tour_note(p: Page, ctx: Ctx) -> str:
    """A distractor city: where she goes next or came from, or a street named after another city."""
    rng = p.rng
    person = ctx.person
    r = rng.random()
    if person is not None and r < 0.18:
        nxt = [c for d0, _, c in person.tours if d0 > ctx.day and c != ctx.city]
        other = nxt[0] if nxt else (person.home if person.home != ctx.city else None)
        if other:
            d = (START + dt.timedelta(days=ctx.day + rng.randint(3, 12))).strftime("%d.%m")
            word = {"en": "Next stop", "sv": "Sedan", "no": "Deretter", "da": "Derefter"}[ctx.lang]
            return f"{word}: {other} {d}."
    if r < 0.26 and ctx.city in D.STREETS_NAMED:
        no = rng.randint(2, 99)
        return f"{rng.choice(D.STREETS_NAMED[ctx.city])} {no}, {ctx.city}."
    return ""


def _price(p: Page, cur: str) -> str:
    rng = p.rng
    if cur in ("kr", "NOK", "DKK", "SEK"):
        h = rng.choice([1200, 1500, 1800, 2000, 2500, 3000])
        half = round(h * 0.6 / 100) * 100
    else:
        h = rng.choice([150, 200, 250, 300])
        half = round(h * 0.6 / 10) * 10
    sep = rng.choice(["", " ", "."])
    fmt = (lambda v: f"{v:,}".replace(",", sep)) if sep else str
    return p.f("price", f"30 min {fmt(half)} {cur} / 1 t {fmt(h)} {cur}")


def _stamp(p: Page, text: str) -> str:
    return p.f("date", text)


def _split_title(p: Page, ctx: Ctx, e164: str) -> tuple[str, str]:
    """split_halves: the first digits in the title, the rest at the end of the body."""
    _, nsn, nat, _intl, local = _parts(e164)
    base = _digits(nat) if local else "+" + _parts(e164)[0] + nsn
    cut = len(base) // 2
    a, b = SPLIT_INTRO[ctx.lang]
    p.phone(e164, "split_halves")
    return f" – {a} {base[:cut]}…", f"{b}: …{base[cut:]}"


def _contacts(p: Page, ctx: Ctx, allowed: set[str] | None = None) -> tuple[list[str], str, str]:
    """Her numbers (and a line's) in the site's styles: (lines for the body, title tail, body tail)."""
    lines: list[str] = []
    title_tail = body_tail = ""
    lab = {"en": ("Call/SMS", "WhatsApp", "Booking"), "sv": ("Ring/SMS", "WhatsApp", "Bokning"),
           "no": ("Ring/SMS", "WhatsApp", "Booking"), "da": ("Ring/SMS", "WhatsApp", "Booking")}[ctx.lang]  # fmt: skip
    for e164, hers in ctx.numbers:
        style = p.style_for(ctx.site, e164, allowed)
        if style in ("base64_attr", "mime_base64") and allowed is None:
            style = "national" if _parts(e164)[4] else "intl_spaced"
        if style == "split_halves":
            if title_tail:
                style = "intl_spaced"
            else:
                title_tail, body_tail = _split_title(p, ctx, e164)
                continue
        text = p.phone(e164, style)
        if style == "reversed":
            text = f"{text} ({REVERSED_NOTE[ctx.lang]})"
        label = lab[2] if not hers else (lab[1] if style == "wa_link" else lab[0])
        lines.append(f"{label}: {text}")
    return lines, title_tail, body_tail


def _email_line(p: Page, ctx: Ctx) -> str:
    if not ctx.email:
        return ""
    style = p.email_style_for(ctx.site, ctx.email)
    return "E-mail: " + p.email(ctx.email, style)


def _hero(p: Page, ctx: Ctx) -> str:
    person = ctx.person
    assert person is not None
    hair = D.HAIR[ctx.lang][person.hair]
    age_word = {"en": "years", "sv": "år", "no": "år", "da": "år"}[ctx.lang]
    bits = [f"{ctx.name}, {ctx.age} {age_word}", hair, f"{person.height} cm"]
    if p.rng.random() < 0.4:
        bits.append(p.f("measurements", person.meas))
    return " · ".join(bits)


# ----- ringmig / callme-nord -----------------------------------------------------------------------


def t_ringmig(p: Page, ctx: Ctx, w: World) -> tuple[str, str, str, str | None]:
    rng = p.rng
    relay = w.site_lines["ringmig_relay"][ctx.v2]
    support = w.site_lines["ringmig"][ctx.v2]
    code = w.short_codes[ctx.v2]
    city_txt = _city_text(rng, ctx.city)
    views = p.f("counter", f"{rng.randint(40, 25000):,}".replace(",", " "))
    ad_id = str(ctx.ad_no)
    allowed = set(STYLE_WEIGHTS["ringmig"])
    hidden_nr: list[str] = []
    shown: list[str] = []
    tail_t = tail_b = ""
    for e164, _hers in ctx.numbers:
        style = p.style_for("ringmig", e164, allowed)
        _cc, _nsn, nat, intl, local = _parts(e164)
        if style == "base64_attr":
            blob = base64.b64encode(e164.encode()).decode()
            p.phone(e164, style)
            masked = (nat[:5] if local else intl[:7]) + " XX XX"
            p.f("masked_copy", masked)
            hidden_nr.append(f'<button class="reveal" data-nr="{blob}">{masked} – Visa nummer</button>')
            for run in re.findall(r"\d{4,}", blob):
                p.f("encoded_blob", run)
        elif style == "split_halves" and not tail_t:
            tail_t, tail_b = _split_title(p, ctx, e164)
        else:
            if style == "split_halves":
                style = "national" if local else "intl_spaced"
            text = p.phone(e164, style)
            shown.append(text if style != "reversed" else f"{text} ({REVERSED_NOTE[ctx.lang]})")
    sent = _body_sentences(p, ctx)
    if ctx.person is None:  # a controller's own recruitment ad
        title = (
            rng.choice(["Jobb för tjejer – hög lön", "Vi söker nya tjejer", "Extrajobb för unga kvinnor"])
            if not ctx.v2
            else rng.choice(["Models wanted – high pay", "Work with us – new girls wanted"])
        )
        hero = ""
    else:
        yc = _young(p, ctx)
        title = f"{ctx.name} {ctx.age} – {city_txt}" + (f" – {yc}" if yc else "") + tail_t
        hero = _hero(p, ctx)
    posted = ctx.when
    if not ctx.v2:
        date_txt = _stamp(p, f"{posted.day} {MONTHS['sv'][posted.month - 1]} {posted.year} {posted:%H:%M}")
        lines = [
            f"RingMig.se › Eskort & sällskap › {city_txt}",
            f"Annons-ID: {p.f('ad_id', ad_id)} · Visningar: {views} · Inlagd {date_txt}",
            hero,
            *sent,
        ]
        if ctx.person is not None:
            lines.append(_origin(p, ctx))
        lines += [_tour_note(p, ctx), _price(p, "kr")]
        lines += [f"Mitt nummer: {s}" for s in shown] + hidden_nr
        lines.append(_email_line(p, ctx))
        lines.append(
            f"☎ Ring via RingMig: {p.fphone('relay_line', relay)} (24,95 kr/min) · "
            f"SMS: skriv {p.f('sms_keyword', f'RM {ad_id}')} till {p.f('short_code', code)}"
        )
        lines.append(tail_b)
        lines.append(f"Kundtjänst {p.fphone('site_phone', support)} · {p.fmail('kundtjanst@ringmig.se')} · "
                     f"Org.nr {p.f('org_number', w.orgnr_se)}")  # fmt: skip
        url = f"https://ringmig.se/annons/{ad_id}-{_slug(ctx.name)}-{_slug(ctx.city)}"
        city_field = ctx.city if rng.random() < 0.7 else (rng.choice(D.SPELLINGS.get(ctx.city, [ctx.city])))
    else:
        date_txt = _stamp(p, f"{posted:%Y-%m-%d %H:%M}")
        lines = [
            f"CallMe Nord | Escorts in {D.COUNTRY_NAME[D.CITY_COUNTRY[ctx.city]]['en']} | {city_txt}",
            f"Listing #{p.f('ad_id', ad_id)} | {views} views | updated {date_txt}",
            hero,
            *sent,
        ]
        if ctx.person is not None:
            lines.append(_origin(p, ctx))
        lines += [_tour_note(p, ctx), _price(p, "EUR")]
        lines += [f"Direct: {s}" for s in shown] + [h.replace("Visa nummer", "Show number") for h in hidden_nr]
        lines.append(_email_line(p, ctx))
        lines.append(
            f"Tap to call through CallMe: {p.fphone('relay_line', relay, 'intl')} · text "
            f"{p.f('sms_keyword', f'CALL {ad_id}')} to {p.f('short_code', code)}"
        )
        lines.append(tail_b)
        lines.append(f"Support {p.fphone('site_phone', support, 'intl')} · {p.fmail('support@callme-nord.eu')}")
        url = f"https://callme-nord.eu/l/{ad_id}?ref=sms"
        city_field = {"SE": "Sverige", "NO": "Norge", "DK": "Danmark"}[D.CITY_COUNTRY[ctx.city]] + " / " + ctx.city
    return title, "\n".join(x for x in lines if x), url, city_field


def _slug(s: str) -> str:
    s = s.lower()
    for a, b in (("ö", "o"), ("ä", "a"), ("å", "a"), ("ø", "o"), ("æ", "ae"), ("ü", "u")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ----- camtraad / ctforum ---------------------------------------------------------------------------


def t_camtraad(p: Page, ctx: Ctx, w: World) -> tuple[str, str, str, str | None]:
    rng = p.rng
    ctx.lang = "en"
    p.lang = "en"
    tid = 4000 + (hash_int(ctx.name + ctx.city) % 5000) if not ctx.v2 else 90000 + (hash_int(ctx.city) % 9000)
    post = ctx.ad_no
    city_txt = _city_text(rng, ctx.city)
    lines_c, tail_t, tail_b = _contacts(p, ctx)
    sent = _body_sentences(p, ctx)
    if ctx.person is None:
        assert ctx.ctrl is not None
        user = f"{['scout', 'mgmt', 'booking'][hash_int(ctx.ctrl.cid) % 3]}_{hash_int(ctx.ctrl.cid) % 900 + 100}"
    else:
        user = ctx.person.handle if rng.random() < 0.8 else ctx.name.lower() + "xo"
    joined = START - dt.timedelta(days=rng.randint(20, 900))
    posts = rng.randint(3, 4200)
    fans = f"onlyfans.com/{ctx.person.handle if ctx.person else 'newgirls'}"
    if ctx.person is None:
        title = rng.choice(["Looking for new models – travel paid", "Girls wanted for Scandinavia tour"])
        intro = ["Jobs open!", *sent]
    elif ctx.ctrl is not None and ctx.ctrl.kind == "hidden":
        title = f"[PROMO] {ctx.name} {ctx.age} new in {city_txt}" + tail_t
        intro = [f"Posting for {ctx.name}.", *sent, _hero(p, ctx)]
    else:
        yc = _young(p, ctx)
        title = f"[PROMO] {ctx.name} – OF + real meets in {city_txt}" + (f" ({yc})" if yc else "") + tail_t
        intro = [f"Hi guys! {ctx.name} here 💕 {_hero(p, ctx)}", *sent, _origin(p, ctx),
                 f"My OnlyFans: {fans} ({rng.choice(['50% off this week', 'free trial', 'new content daily'])})"]  # fmt: skip
    sig_in = rng.random() < 0.4
    mail = _email_line(p, ctx)
    body_contacts = [] if sig_in else lines_c
    sig = ("_____\n" + " · ".join([f"Snap: {ctx.person.handle}" if ctx.person else "", *lines_c])) if sig_in else ""
    stamp = ctx.when
    if not ctx.v2:
        head = [
            f"camtraad.net › Promo corner › Thread {p.f('thread_id', str(tid))} › Page {rng.randint(1, 60)}",
            f"#{p.f('post_id', str(post))}  {_stamp(p, stamp.strftime('%d-%m-%Y, %H:%M'))}",
            f"{user}  Join Date: {MONTHS['en'][joined.month - 1]} {p.f('join_date', str(joined.year))}  "
            f"Posts: {p.f('counter', f'{posts:,}')}  Thanks: {rng.randint(0, 300)}",
        ]
        foot = f"Report post | Quote | Reply · Staff: {p.fmail('mods@camtraad.net')}"
        url = f"https://camtraad.net/threads/{tid}-promo-{_slug(ctx.city)}/post-{post}"
    else:
        head = [
            f"ctforum.io › Promos › {city_txt}",
            f"{user} · Member since {_stamp(p, joined.strftime('%b %d, %Y'))} · Messages {p.f('counter', f'{posts:,}')} · "
            f"Reaction score {rng.randint(0, 900)}",
            f"Post #{p.f('post_id', str(post))} · {_stamp(p, stamp.strftime('%b %d, %Y at %I:%M %p'))}",
        ]
        foot = f"Like · Reply · Report — contact: {p.fmail('help@ctforum.io')}"
        url = f"https://ctforum.io/t/{p.f('thread_id', str(tid))}/post-{post}"
    note = _tour_note(p, ctx)
    price = _price(p, "EUR") if rng.random() < 0.5 else ""
    body = "\n".join(x for x in [*head, *intro, note, price, *body_contacts, mail, tail_b, sig, foot] if x)
    return title, body, url, None


def hash_int(s: str) -> int:
    return int(hashlib.sha1(s.encode()).hexdigest()[:8], 16)


# ----- kontaktkort (vCard) --------------------------------------------------------------------------


def _fold(line: str, width: int = 75) -> str:
    out = []
    while len(line) > width:
        out.append(line[:width])
        line = " " + line[width:]
    out.append(line)
    return "\r\n".join(out)


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8"), quotetabs=False).decode("ascii")


def t_kontaktkort(p: Page, ctx: Ctx, w: World) -> tuple[str, str, str, str | None]:
    rng = p.rng
    if ctx.lang not in ("da", "en"):
        ctx.lang = p.lang = "da"
    card_no = ctx.ad_no
    site_phone = w.site_lines["kontaktkort"][ctx.v2]
    c = ctx.ctrl
    city_txt = _city_text(rng, ctx.city)
    sent = _body_sentences(p, ctx)
    note_bits = [*sent]
    if ctx.person is not None:
        note_bits += [_origin(p, ctx), _hero(p, ctx)]
        yc = _young(p, ctx)
        if yc:
            note_bits.insert(0, yc)
    note_bits.append(_tour_note(p, ctx))
    tel_lines: list[str] = []
    extra_note: list[str] = []
    for e164, hers in ctx.numbers:
        style = p.style_for("kontaktkort", e164)
        cc, _nsn, _nat, intl, _local = _parts(e164)
        if style == "vcard_tel":
            p.phone(e164, style)
            kind = "CELL" if hers else "WORK"
            if not ctx.v2:
                tel_lines.append(f"TEL;{kind};VOICE:{intl}")
            else:
                tel_lines.append(
                    f'TEL;VALUE=uri;TYPE="{kind.lower()},voice":tel:+{cc}-' + "-".join(intl.split(" ")[1:])
                )
            p.rendered[e164] = tel_lines[-1]
        else:
            text = p.phone(e164, style)
            extra_note.append(("SMS/ring: " if hers else "Booking: ") + text)
    if ctx.email:
        st = p.email_style_for("kontaktkort", ctx.email)
        if st == "vcard":
            p.email(ctx.email, "vcard")
            tel_lines.append(f"EMAIL;INTERNET:{ctx.email}" if not ctx.v2 else f"EMAIL;TYPE=home:{ctx.email}")
        else:
            extra_note.append("Mail: " + p.email(ctx.email, st))
    note = " ".join(x for x in [*note_bits, *extra_note] if x)
    street = (
        c.street
        if c is not None and c.kind != "hidden"
        else f"{rng.choice(D.STREETS[D.CITY_COUNTRY[ctx.city]])} {rng.randint(2, 140)}"
    )
    postcode = rng.choice(D.POSTCODES[ctx.city])
    p.f("postcode", postcode)
    downloads = p.f("counter", str(rng.randint(12, 9000)))
    fn = ctx.name if ctx.person is not None else (c.name if c else "Rekruttering")
    org = c.name if c is not None and c.kind != "hidden" else ""
    rev = ctx.when.strftime("%Y%m%dT%H%M%SZ")
    p.f("timestamp", rev)
    if not ctx.v2:
        card = ["BEGIN:VCARD", "VERSION:2.1", f"N:;{fn};;;", f"FN:{fn}"] + ([f"ORG:{org}"] if org else []) + tel_lines
        card.append(f"ADR;WORK:;;{street};{city_txt};;{postcode};{D.COUNTRY_NAME[D.CITY_COUNTRY[ctx.city]]['da']}")
        enc = _qp(note).replace("\n", "\r\n")
        card.append("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:" + enc)
        card += [f"REV:{rev}", "END:VCARD"]
        vcf = "\r\n".join(card)
        head = [f"Kontaktkort.dk › {city_txt} › Kort nr. {p.f('ad_id', str(card_no))}",
                f"Hent kontaktkort (.vcf) – hentet {downloads} gange"]  # fmt: skip
        foot = f"Kontaktkort.dk ApS · CVR {p.f('cvr', w.cvr)} · Kundeservice {p.fphone('site_phone', site_phone)}"
        url = f"https://kontaktkort.dk/kort/{card_no}"
    else:
        uid = hashlib.sha1(f"{ctx.site}{card_no}".encode()).hexdigest()
        uid = f"{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:32]}"
        for run in re.findall(r"\d{4,}", uid):
            p.f("uid", run)
        lat = f"{55 + rng.random() * 4:.4f}"
        lon = f"{9 + rng.random() * 9:.4f}"
        p.f("geo", lat)
        p.f("geo", lon)
        card = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{fn}"] + ([f"ORG:{org}"] if org else []) + tel_lines
        if ctx.person is not None and rng.random() < 0.5:
            card.append(f"X-SOCIALPROFILE;TYPE=telegram:https://t.me/{ctx.person.handle}")
        card.append(f"ADR;TYPE=work:;;{street};{city_txt};;{postcode};{D.CITY_COUNTRY[ctx.city]}")
        card.append(f"GEO:geo:{lat},{lon}")
        card.append(_fold("NOTE:" + note.replace(",", "\\,")))
        card += [f"UID:urn:uuid:{uid}", f"REV:{rev}", "END:VCARD"]
        vcf = "\r\n".join(card)
        head = [f"kontaktkort.dk/kort · {city_txt} · #{p.f('ad_id', str(card_no))}", f"{downloads} downloads"]
        foot = f"© Kontaktkort · CVR {p.f('cvr', w.cvr)} · {p.fphone('site_phone', site_phone, 'intl')} · {p.fmail('hjaelp@kontaktkort.dk')}"
        url = f"https://kontaktkort.dk/k/{_slug(fn)}-{card_no}.vcf"
    # numbers a quoted-printable soft break or a folded line cut apart
    for e164, rendered in p.rendered.items():
        if p.phone_styles[e164] in PLAIN | DISGUISED and rendered not in vcf and rendered.isascii():
            p.phone_styles[e164] = "qp_soft_break" if not ctx.v2 else "vcard_folded"
    for addr, rendered in p.email_rendered.items():
        if rendered not in vcf and p.email_styles[addr] in EMAIL_EXACT:
            p.email_styles[addr] = "qp_soft_break"
    title = (
        f"{fn} ({ctx.age}) – {city_txt} | Kontaktkort"
        if ctx.person is not None
        else f"{fn} søger nye piger | Kontaktkort"
    )
    body = "\n".join([*head, vcf, foot])
    city_field = city_txt if rng.random() < 0.5 else ctx.city
    return title, body, url, city_field


# ----- postliste (mailing list archive) -------------------------------------------------------------


def t_postliste(p: Page, ctx: Ctx, w: World) -> tuple[str, str, str, str | None]:
    rng = p.rng
    if ctx.lang not in ("no", "en"):
        ctx.lang = p.lang = "no"
    c = ctx.ctrl
    if c is not None and c.kind == "agency":
        lst = _slug(c.name).replace("-", "")
        sender, sender_name = c.email or f"post@{c.domain}", f"{c.name} Booking"
    else:
        assert ctx.person is not None
        lst = f"{_slug(ctx.name)}-tour"
        sender = ctx.person.email or f"{ctx.person.handle}@{D.PROVIDERS[hash_int(ctx.person.pid) % 4]}"
        sender_name = ctx.name
    city_txt = _city_text(rng, ctx.city)
    if ctx.person is None:
        subject = "Vi søker nye jenter / new girls wanted" if ctx.lang == "no" else "New models wanted"
    elif ctx.lang == "no":
        subject = (
            f"Ukens nye: {ctx.name} ({ctx.age}) i {city_txt}" if c is not None else f"Turné: {ctx.name} i {city_txt}"
        )
    else:
        subject = (
            f"This week: {ctx.name} ({ctx.age}) in {city_txt}" if c is not None else f"Tour: {ctx.name} in {city_txt}"
        )
    sent = _body_sentences(p, ctx)[: (1 if len(ctx.numbers) > 1 or ctx.email else 2) if ctx.v2 else 4]
    text = []
    if c is not None and c.kind == "agency":
        text.append(f"{c.name} – {'nyhetsbrev' if ctx.lang == 'no' else 'newsletter'}")
    if ctx.person is not None:
        if not ctx.v2:  # the raw message of the new archive is the short mobile newsletter
            text.append(_hero(p, ctx))
        yc = _young(p, ctx)
        if yc:
            text.append(yc)
        if not ctx.v2:
            text.append(_origin(p, ctx))
    text += sent
    text.append(_tour_note(p, ctx))
    text.append(
        _price(p, "NOK" if D.CITY_COUNTRY[ctx.city] == "NO" else ("SEK" if D.CITY_COUNTRY[ctx.city] == "SE" else "DKK"))
    )
    if rng.random() < 0.3:
        text.append(f"Depositum via Vipps: #{p.f('payment_number', str(rng.randint(10000, 999999)))}")
    # the contacts
    html_only: list[str] = []
    allowed = set(STYLE_WEIGHTS["postliste"]) if ctx.v2 else set(STYLE_WEIGHTS["postliste"]) - {"mime_base64"}
    for e164, hers in ctx.numbers:
        style = p.style_for("postliste", e164, allowed)
        if style == "mime_base64":
            p.phone(e164, style)
            cc, nsn, nat, intl, local = _parts(e164)
            html_only.append(f'<p><a href="tel:+{cc}{nsn}">{nat if local else intl}</a></p>')
            text.append(
                "Ring bookingen – nummeret står i HTML-versjonen."
                if ctx.lang == "no"
                else "Call us – number in the HTML version."
            )
        else:
            lab = ("Ring/SMS" if hers else "Booking") if ctx.lang == "no" else ("Call/SMS" if hers else "Booking")
            text.append(f"{lab}: {p.phone(e164, style)}")
    mail_style = "pipermail" if not ctx.v2 else "plain"
    if ctx.email and ctx.email != sender:
        text.append(
            ("E-post: " if ctx.lang == "no" else "E-mail: ") + p.email(ctx.email, "plain" if ctx.v2 else "pipermail")
        )
    plain = "\n".join(x for x in text if x)
    when = ctx.when
    msg = ctx.ad_no
    if not ctx.v2:
        from_line = f"{sender_name} {p.email(sender, mail_style)}"
        datestr = _stamp(
            p, f"{WEEKDAY[when.weekday()]} {MONTHS['en'][when.month - 1]} {when.day} {when:%H:%M:%S} CET {when.year}"
        )
        scrub = f"{when:%Y%m%d}"
        hexid = hashlib.md5(f"{msg}".encode()).hexdigest()[:8]
        for run in re.findall(r"\d{4,}", hexid):
            p.f("attachment_id", run)
        body = "\n".join([
            f"[{lst.capitalize()}] {subject}", from_line, datestr, "",
            "Previous message (by thread): [" + lst.capitalize() + "] ...",
            "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]", "",
            plain, "",
            "-------------- next part --------------",
            "An HTML attachment was scrubbed...",
            f"URL: <https://lister.nordpost.no/pipermail/{lst}/attachments/{p.f('date', scrub)}/{hexid}/attachment.html>", "",
            f"More information about the {lst.capitalize()} mailing list",
            f"Listeadmin: {p.fmail('postmaster@nordpost.no')}",
        ])  # fmt: skip
        url = f"https://lister.nordpost.no/pipermail/{lst}/{when.year}-{MONTH_LONG[when.month - 1]}/{p.f('message_number', f'{msg:06d}')}.html"
    else:
        p.email(sender, "plain")
        mid = p.f("message_id", f"{when:%Y%m%d%H%M%S}.{msg}")
        boundary = "=_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(10))
        qp_part = _qp(plain)
        html_part = (
            "<html><body>"
            + f"<h3>{html.escape(subject)}</h3>"
            + "".join(f"<p>{html.escape(x)}</p>" for x in plain.split("\n") if ": " in x and not x.startswith("30 min"))
            + "".join(html_only)
            + "</body></html>"
        )
        b64 = base64.encodebytes(html_part.encode()).decode()
        for run in re.findall(r"\d{4,}", b64):
            p.f("encoded_blob", run)
        ip = f"192.0.2.{rng.randint(1, 254)}"
        rfc = f"{WEEKDAY[when.weekday()]}, {when.day} {MONTHS['en'][when.month - 1]} {when.year} {when:%H:%M:%S} +0100"
        _stamp(p, rfc)
        body = "\n".join([
            f"Received: from mx{rng.randint(1, 9)} ([{ip}])",
            f"From: \"{sender_name}\" <{sender}>",
            f"To: {p.fmail(lst + '@arkiv.nordpost.eu')}", f"Subject: [{lst}] {subject}", f"Date: {rfc}",
            f"Message-ID: <{p.fmail(mid + '@' + sender.split('@')[1])}>",
            f"List-Unsubscribe: <mailto:{p.fmail(lst + '-leave@arkiv.nordpost.eu')}>",
            "MIME-Version: 1.0", f'Content-Type: multipart/alternative; boundary="{boundary}"', "",
            f"--{boundary}", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
            qp_part, f"--{boundary}", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", "",
            b64.rstrip("\n"), f"--{boundary}--",
        ])  # fmt: skip
        visible = qp_part
        for e164, rendered in p.rendered.items():
            if p.phone_styles[e164] in PLAIN | DISGUISED and rendered not in visible:
                p.phone_styles[e164] = "qp_soft_break"
        for addr, rendered in p.email_rendered.items():
            if addr != sender and rendered not in visible and p.email_styles[addr] in EMAIL_EXACT:
                p.email_styles[addr] = "qp_soft_break"
        url = f"https://arkiv.nordpost.eu/list/{lst}/message/{mid}/raw"
    title = f"[{lst.capitalize()}] {subject}"
    return title, body, url, None


# ----- feedsamler (RSS / Atom) ----------------------------------------------------------------------


def t_feedsamler(p: Page, ctx: Ctx, w: World) -> tuple[str, str, str, str | None]:
    rng = p.rng
    gid = ctx.ad_no
    src = rng.choice(SOURCES)
    src_id = p.f("source_ad_id", str(rng.randint(100000, 9999999)))
    city_txt = _city_text(rng, ctx.city)
    lines_c, tail_t, tail_b = _contacts(p, ctx)
    sent = _body_sentences(p, ctx)[: 2 if ctx.v2 else 4]
    if ctx.person is None:
        title = {"sv": "Vi söker tjejer", "no": "Vi søker jenter", "da": "Vi søger piger", "en": "Girls wanted"}[
            ctx.lang
        ]
        parts = [*sent]
    else:
        yc = _young(p, ctx)
        title = f"{ctx.name} ({ctx.age}) {city_txt}" + (f" {yc}" if yc else "") + tail_t
        parts = [_hero(p, ctx), *sent, _origin(p, ctx)]
    parts += [_tour_note(p, ctx), _price(p, {"SE": "SEK", "NO": "NOK", "DK": "DKK"}[D.CITY_COUNTRY[ctx.city]])]
    parts += lines_c
    parts.append(_email_line(p, ctx))
    parts.append(tail_b)
    inner = "".join(f"<p>{x}</p>" for x in parts if x)
    img = f'<img src="https://cdn.{"feedsamler.dk" if not ctx.v2 else "feedsamler.eu"}/i/{src_id}_1.jpg" alt="{html.escape(ctx.name)}">'
    when = ctx.when
    site_phone = w.site_lines["feedsamler"][ctx.v2]
    if not ctx.v2:
        camp = p.f("tracking_id", f"c{rng.randint(1000, 99999)}")
        pub = _stamp(
            p,
            f"{WEEKDAY[when.weekday()]}, {when.day:02d} {MONTHS['en'][when.month - 1]} {when.year} {when:%H:%M:%S} +0000",
        )
        body = "\n".join([
            "<item>", f"<title>{html.escape(title)}</title>",
            f"<link>https://feedsamler.dk/go/{p.f('guid', str(gid))}?utm_source=rss&amp;utm_campaign={camp}</link>",
            f'<guid isPermaLink="false">fs-{gid}</guid>', f"<pubDate>{pub}</pubDate>",
            f"<category>{city_txt}</category>", f'<source url="https://{src}/ad/{src_id}">{src}</source>',
            f"<description><![CDATA[{inner}{img}]]></description>", "</item>",
            f"<!-- feedsamler.dk · fjernelse: {p.fmail('fjern@feedsamler.dk')} · tlf {p.fphone('site_phone', site_phone)} -->",
        ])  # fmt: skip
        url = f"https://feedsamler.dk/go/{gid}"
    else:
        upd = _stamp(p, f"{when:%Y-%m-%dT%H:%M:%SZ}")
        script = f"<script>window.dataLayer=window.dataLayer||[];gtag('config','{w.gtag}');</script>"
        p.f("tracking_id", w.gtag)
        body = "\n".join([
            "<entry>", f'<title type="html">{html.escape(html.escape(title))}</title>',
            f"<id>tag:feedsamler.eu,{p.f('guid', f'2026:entry-{gid}')}</id>", f"<updated>{upd}</updated>",
            f'<link rel="alternate" href="https://feedsamler.eu/e/{gid}"/>',
            f'<link rel="via" href="https://{src}/ad/{src_id}"/>', f'<category term="{city_txt}"/>',
            f'<content type="html">{html.escape(inner + img + script)}</content>', "</entry>",
            f"<!-- takedown: {p.fmail('takedown@feedsamler.eu')} -->",
        ])  # fmt: skip
        url = f"https://feedsamler.eu/e/{gid}"
    return title, body, url, None


# ----- massasjewiki -----------------------------------------------------------------------------------


def t_massasjewiki(p: Page, ctx: Ctx, w: World) -> tuple[str, str, str, str | None]:
    rng = p.rng
    c = ctx.ctrl
    person = ctx.person
    assert person is not None
    country = D.CITY_COUNTRY[ctx.city]
    lang = "no" if country == "NO" or not ctx.v2 else "en"
    ctx.lang = p.lang = lang
    if c is not None and c.kind == "clinic":
        clinic, street, postcode, org = c.name, c.street, c.postcode, c.org
    else:
        clinic = f"{ctx.name} Thai {D.CLINIC_KIND[country]}"
        street = f"{rng.choice(D.STREETS[country])} {1 + hash_int(person.pid) % 90}"
        postcode = D.POSTCODES[ctx.city][hash_int(person.pid) % len(D.POSTCODES[ctx.city])]
        org = ""
    p.f("postcode", postcode)
    city_txt = _city_text(rng, ctx.city)
    main_nr = [(e, h) for e, h in ctx.numbers if not h] or ctx.numbers[:1]
    direct = [(e, h) for e, h in ctx.numbers if (e, h) not in main_nr]
    tel = " / ".join(p.phone(e, p.style_for("massasjewiki", e)) for e, _ in main_nr)
    dtel = " / ".join(p.phone(e, p.style_for("massasjewiki", e)) for e, _ in direct)
    mail = p.email(ctx.email, p.email_style_for("massasjewiki", ctx.email)) if ctx.email else ""
    prices = [rng.choice([450, 500, 550]), rng.choice([800, 850, 900, 950]), rng.choice([1100, 1200, 1250, 1300])]
    for v in prices:
        p.f("price", str(v))
    rev = p.f("revision_id", str(ctx.ad_no))
    views = p.f("counter", str(rng.randint(100, 40000)))
    when = ctx.when
    sent = _body_sentences(p, ctx)
    country_name = D.COUNTRY_NAME[person.nat][lang]
    orgline = p.f("org_number", " ".join([org[:3], org[3:6], org[6:]]) if org.isdigit() else org) if org else ""
    district = rng.choice(D.DISTRICTS.get(ctx.city, [ctx.city]))
    yc = _young(p, ctx)
    support = w.site_lines["massasjewiki"][ctx.v2]
    if not ctx.v2:
        body = "\n".join(x for x in [
            "{{Infoboks klinikk", f"| navn = {clinic}", f"| telefon = {tel}", f"| adresse = {street}, {postcode} {city_txt}",
            "| åpningstider = man–lør 10–21", f"| orgnr = {orgline}" if orgline else "", f"| e-post = {mail}" if mail else "", "}}",
            f"'''{clinic}''' er en thaimassasjeklinikk på [[{district}]] i [[{ctx.city}]].", "== Massører ==",
            f"* {ctx.name} ({ctx.age}) – fra {country_name}, ny fra {p.f('date', f'{when:%d.%m.%Y}')}." + (f" {yc}." if yc else "")
            + (f" Direkte: {dtel}" if dtel else ""),
            " ".join(sent), _tour_note(p, ctx) if c is None else "",
            "== Priser ==", '{| class="wikitable"', "! Behandling !! 30 min !! 60 min !! 90 min", "|-",
            f"| Thaimassasje || {prices[0]} || {prices[1]} || {prices[2]}", "|}",
            f"[[Kategori:Massasje i {ctx.city}]]",
            f"-- Sist endret {when.day}. {MONTHS['no'][when.month - 1]} {p.f('date', str(when.year))} av [[Bruker:{person.handle[:6]}]] · "
            f"oldid={rev} · {views} visninger · Feil? Ring redaksjonen {p.fphone('site_phone', support)}",
        ] if x)  # fmt: skip
        url = f"https://massasjewiki.no/index.php?title={_slug(clinic)}&oldid={rev}"
        city_field = f"Kategori:Massasje i {ctx.city}"
    else:
        head = {"no": ("Felt", "Verdi", "Telefon", "Adresse", "Åpent", "Massører", "Navn", "Alder", "Fra", "Direkte", "Priser", "Sist redigert", "versjon"),
                "en": ("Field", "Value", "Phone", "Address", "Open", "Masseuses", "Name", "Age", "From", "Direct", "Prices", "Last edited", "version")}[lang]  # fmt: skip
        rows = [f"# {clinic}", "", f"| {head[0]} | {head[1]} |", "|---|---|", f"| {head[2]} | {tel} |",
                f"| {head[3]} | {street}, {postcode} {city_txt} |", f"| {head[4]} | 10–21 |"]  # fmt: skip
        if orgline:
            rows.append(f"| Org.nr | {orgline} |")
        if mail:
            rows.append(f"| E-post | {mail} |")
        rows += ["", f"## {head[5]}", f"| {head[6]} | {head[7]} | {head[8]} | {head[9]} |", "|---|---|---|---|",
                 f"| {ctx.name}{' – ' + yc if yc else ''} | {ctx.age} | {country_name} | {dtel or '–'} |", "", " ".join(sent),
                 "", f"## {head[10]}", "| min | kr |", "|---|---|", f"| 30 | {prices[0]} |", f"| 60 | {prices[1]} |",
                 f"| 90 | {prices[2]} |", "",
                 f"_{head[11]} {p.f('date', f'{when:%Y-%m-%d}')} · {head[12]} {rev} · {views} views · "
                 f"{p.fmail('red@massasje.eu')} · {p.fphone('site_phone', support, 'intl')}_"]  # fmt: skip
        body = "\n".join(rows)
        url = f"https://wiki.massasje.eu/{lang}/{_slug(ctx.city)}/{_slug(clinic)}?v={rev}"
        city_field = None
    title = f"{clinic} – {city_txt}"
    return title, body, url, city_field


TEMPLATES = {"ringmig": t_ringmig, "camtraad": t_camtraad, "kontaktkort": t_kontaktkort,
             "postliste": t_postliste, "feedsamler": t_feedsamler, "massasjewiki": t_massasjewiki}  # fmt: skip


# ----------------------------------------------------------------------------------------------- ads


def _numbers_for(
    rng: random.Random, w: World, person: Person, ctrl: Controller | None, site: str, day: int
) -> list[tuple[str, bool]]:
    own = person.phone_at(day)
    if ctrl is None:
        nums = [(own, True)]
        if person.second and rng.random() < 0.5:
            nums.append((person.second, True))
        return nums
    line = ctrl.line_at(day)
    if ctrl.kind == "agency":
        return [(line, False)] + ([(own, True)] if rng.random() < 0.25 else [])
    if ctrl.kind == "hidden":
        return [(line, False)] + ([(own, True)] if rng.random() < 0.1 else [])
    return [(line, False)] + ([(own, True)] if rng.random() < 0.2 else [])


def _lang_for(rng: random.Random, site: str, v2: bool, person: Person | None, city: str) -> str:
    base = SITE_LANG[site]
    local = {"SE": "sv", "NO": "no", "DK": "da"}[D.CITY_COUNTRY[city]]
    if base == "*":
        return local if rng.random() < 0.6 else "en"
    if site == "ringmig":
        return "en" if v2 else "sv"
    foreign = person is not None and person.nat not in ("SE", "NO", "DK")
    if base != "en" and foreign and rng.random() < 0.35:
        return "en"
    return base


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    w = World(rng, n_ads)
    persons = list(w.persons.values())
    # recruitment ads: a controller's own, about 1 % of ads
    recruiters = [c for c in w.ctrls.values() if c.kind in ("agency", "hidden")]
    n_recruit = max(1, round(n_ads * 0.01)) if n_ads >= 50 else 0
    jobs: list[tuple[Person | None, Controller | None, str]] = []
    for person in persons:
        jobs.append((person, w.ctrls.get(person.net or ""), rng.choice(person.sites)))
    for _ in range(n_recruit):
        c = rng.choice(recruiters)
        site = rng.choice([s for s in c.sites if s != "kontaktkort"] or ["feedsamler"])
        jobs.append((None, c, site))
    weights = [p.weight for p in persons]
    while len(jobs) < n_ads:
        person = rng.choices(persons, weights=weights)[0]
        jobs.append((person, w.ctrls.get(person.net or ""), rng.choice(person.sites)))
    jobs = jobs[:n_ads]
    rng.shuffle(jobs)
    counters = {s: rng.randint(100000, 900000) for s in SITES}
    counters["ringmig"] = rng.randint(4_100_000, 4_900_000)
    counters["camtraad"] = rng.randint(210_000, 380_000)
    counters["postliste"] = rng.randint(1200, 4000)
    counters["kontaktkort"] = rng.randint(20000, 60000)
    dated = []
    for person, ctrl, site in jobs:
        if person is not None:
            day = rng.randint(person.start, person.end)
        else:
            day = rng.randint(0, DAYS - 1)
        dated.append((day, person, ctrl, site))
    dated.sort(key=lambda x: x[0])
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for day, person, ctrl, site in dated:
        counters[site] += rng.randint(1, 40)
        when = _day(day, rng)
        v2 = day >= w.redesign[site]
        if person is not None:
            city = ctrl.cities[0] if ctrl is not None and ctrl.kind == "clinic" else person.city_at(day)
            name = person.aliases[site]
        else:
            assert ctrl is not None
            city = rng.choice(ctrl.cities)
            name = ctrl.name if ctrl.kind != "hidden" else "Rekrytering"
        lang = _lang_for(rng, site, v2, person, city)
        p = Page(rng, lang)
        if person is not None:
            numbers = _numbers_for(rng, w, person, ctrl, site, day)
            age = w.stated_age(person, site, day)
            email = person.email if person.email and rng.random() < 0.6 else None
            if (
                ctrl is not None
                and ctrl.email
                and site in ("kontaktkort", "massasjewiki", "ringmig")
                and rng.random() < 0.5
            ):
                email = ctrl.email
            if ctrl is not None and ctrl.kind == "agency" and site == "postliste":
                email = None  # the newsletter's sender is the agency's address
        else:
            assert ctrl is not None
            numbers = [(ctrl.line_at(day), False)]
            age = 0
            email = ctrl.email if ctrl.email and rng.random() < 0.5 else None
        ctx = Ctx(site, v2, day, when, lang, person, ctrl, city, age, name, numbers, email, counters[site])
        title, body, url, city_field = TEMPLATES[site](p, ctx, w)
        phones = list(p.phone_styles)
        own = [e for e, hers in numbers if hers and e in p.phone_styles]
        ad = {
            "site": site, "id": str(counters[site]), "url": url, "title": title, "body": body,
            "posted_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }  # fmt: skip
        if city_field:
            ad["city"] = city_field
        ads.append(ad)
        pid = person.pid if person is not None else f"controller-{ctrl.cid}"  # type: ignore[union-attr]
        net = ctrl.cid if ctrl is not None else f"solo-{pid}"
        truth.append({
            "site": site, "id": str(counters[site]), "url": url, "person_id": pid, "network_id": net,
            "network_kind": ctrl.kind if ctrl is not None else "solo",
            "phones": phones, "own_phones": own, "phone_styles": dict(p.phone_styles),
            "emails": [e.lower() for e in p.email_styles], "email_styles": {e.lower(): s for e, s in p.email_styles.items()},
            "city": city, "furniture": p.furniture, "kind": KIND[site], "template": f"{site}_v{2 if v2 else 1}",
            "lang": ctx.lang, "nationality": person.nat if person is not None else None,
            "age": age or None, "minor": bool(person and person.minor), "recruitment": person is None,
        })  # fmt: skip
    return ads, truth
