"""The eighteenth blind corpus (issue 14): a synthetic Nordic escort and massage market seen through six kinds of
page no earlier corpus used, written without reading the extractor or the linker.

- kvikk: a payment app's export of the payment requests a seller sent, the ad in each request's message (masked
  account, transaction id, reference, amounts); after the app moved to kvikkpay.eu, OFX statements (DTPOSTED
  stamps, FITID, account id, the ad in MEMO);
- lagret: a browser's saved copy of a classified ad, first MHTML (MIME headers, boundary, frame Content-ID, RFC 822
  date), later a single-file HTML page with its saver's comment; the classified moved to nightads.eu;
- nattapi: a classifieds' public API, first JSON:API pages with a base64 paging cursor and a contact field, later a
  GraphQL search with edges and ASCII-escaped strings (\\u00f8) after the move to api.nattliste.io;
- endringer: a classified's edit history (versions, price and city changed with arrows, an old number struck out),
  later a unified diff between two versions on annonselogg.com;
- klipp: the subtitles of a video ad, SRT (cue numbers, timings; a number may be cut between two cues), later
  WebVTT with cue settings on clipnest.tv;
- speil: a mirror of an ad board on an onion-like address (mirror number, sync time, PGP fingerprint, listing hash,
  vendor level), later seen through a clearnet proxy with a verification line.

Women (a few minors stating 18 or 19, with cues) tour NO/SE/DK cities, change numbers, use another name per site;
controllers are agencies and clinics that print their name and booking line, and hidden controllers sharing one
line across two to seven women, some of whom also print their own number. Each ad's truth lists its phones (E.164)
with the style each was written in, e-mails with their style, the canonical city, person, network, the page's
furniture (every non-contact number it prints, the site's own phone and e-mail), language, nationality, minor and
recruitment flags.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from benchmarks.blind18._data import (
    ADJ,
    AGE_WORD,
    BOOK,
    CALL,
    CITIES,
    CITY_WEIGHT,
    IN,
    LANG_OF,
    MAIL,
    MINOR_CUES,
    NOUN,
    NOW,
)
from benchmarks.blind18._forms import (
    DISGUISED,
    EMAIL_EXACT,
    EMAIL_STYLES,
    HIDDEN,
    LINKED,
    PLAIN,
    email_text,
    leet_hides,
    phone_text,
)
from benchmarks.blind18._people import DAYS, Network, Registry, Woman, people
from benchmarks.blind18._write import Core, Page, endringer, klipp, kvikk, lagret, nattapi, speil
from benchmarks.corpus_files import ad_row

__all__ = ["DISGUISED", "EMAIL_EXACT", "EMAIL_STYLES", "HIDDEN", "KIND", "LINKED", "PLAIN", "SITES", "generate"]

SITES = ["kvikk", "lagret", "nattapi", "endringer", "klipp", "speil"]
KIND = {
    "kvikk": "payment_export",
    "lagret": "saved_page",
    "nattapi": "api_json",
    "endringer": "edit_history",
    "klipp": "subtitles",
    "speil": "onion_mirror",
}
_SITE_WEIGHT = {"kvikk": 1.0, "lagret": 1.2, "nattapi": 1.1, "endringer": 1.0, "klipp": 0.8, "speil": 0.7}
REDESIGN = {"kvikk": 100, "lagret": 110, "nattapi": 90, "endringer": 120, "klipp": 100, "speil": 125}
# each site's mix of written styles: what its writers (or its software) do to a number
_STYLES: dict[str, dict[str, float]] = {
    "kvikk": {"national": 3, "grouped": 3, "intl": 1, "e164": 1, "dotted": 1, "spaced": 1, "emoji_sep": 1,
              "words": 0.5, "leet": 0.4, "star_sep": 0.5, "parens": 0.5},
    "lagret": {"grouped": 3, "national": 2, "tel_link": 2, "wa_link": 1, "intl": 1, "nbsp": 1, "math_mono": 0.6,
               "line_split": 0.7, "half_words": 0.5, "dashes": 0.6, "slashed": 0.5},
    "nattapi": {"e164": 2, "msisdn": 1, "intl": 2, "national": 2, "grouped": 2, "wa_link": 1, "sms_link": 1,
                "dotted": 0.6, "slashed": 0.6, "words": 0.5, "dashes": 0.5},
    "endringer": {"national": 3, "grouped": 3, "intl": 1, "intl00": 1, "dotted": 1, "parens": 1, "spaced": 0.6,
                  "leet": 0.4, "star_sep": 0.5},
    "klipp": {"grouped": 3, "national": 2, "spaced": 1.5, "line_split": 1, "cue_split": 1.3, "words": 0.8,
              "half_words": 0.5, "intl": 1},
    "speil": {"e164": 2, "intl": 2, "intl00": 1, "wa_link": 1.5, "sms_link": 0.6, "math_mono": 0.8,
              "emoji_sep": 0.8, "leet": 0.5, "words": 0.4, "slashed": 0.6},
}  # fmt: skip
_EMAILS: dict[str, dict[str, float]] = {
    "kvikk": {"exact": 3, "spaced": 1, "snabel": 1, "at_word": 1},
    "lagret": {"entity": 2, "mailto": 2, "exact": 1, "bracket": 1},
    "nattapi": {"exact": 2, "pct": 1.5, "at_word": 1, "bracket": 0.6},
    "endringer": {"exact": 2, "snabel": 1.5, "at_word": 1, "spaced": 1},
    "klipp": {"at_word": 2, "snabel": 2, "spaced": 1},
    "speil": {"bracket": 2, "at_word": 1, "exact": 1, "spaced": 1},
}
_TITLE = {
    "no": ["{n} ({a}) ny i {c}", "{n} – {c} – massasje", "Søte {n} i {c} nå", "{c}: {n}, {a} år"],
    "sv": ["{n} ({a}) ny i {c}", "{n} – {c} – massage", "Söta {n} i {c} nu", "{c}: {n}, {a} år"],
    "da": ["{n} ({a}) ny i {c}", "{n} – {c} – massage", "Søde {n} i {c} nu", "{c}: {n}, {a} år"],
    "en": ["{n} ({a}) new in {c}", "{n} – {c} – massage", "Sweet {n} in {c} now", "{c}: {n}, {a} yrs"],
}
_STREETS = {
    "NO": ["Storgata", "Kirkegata", "Havnegata", "Kongens gate"],
    "SE": ["Drottninggatan", "Sveavägen", "Kungsgatan", "Storgatan"],
    "DK": ["Vestergade", "Nørregade", "Østergade", "Jernbanegade"],
}
_EPOCH = datetime(2026, 1, 5, 0, 0, 0)


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _style(rng: random.Random, site: str, e164: str, country: str) -> str:
    style = _pick(rng, _STYLES[site])
    if style == "leet" and not leet_hides(e164, country):
        style = "words"
    return style


def _site_number(rng: random.Random, registry: Registry) -> tuple[str, str]:
    """The payment app's own support line: an Oslo landline nobody else has."""
    while True:
        e164 = "+4722" + "".join(rng.choice("0123456789") for _ in range(6))
        num = phonenumbers.parse(e164)
        if phonenumbers.is_valid_number(num) and e164 not in registry.numbers:
            registry.numbers.add(e164)
            return e164, phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _ad_id(rng: random.Random, site: str, used: set[tuple[str, str]]) -> str:
    while True:
        if site == "kvikk":
            ad_id = str(rng.randint(10**8, 10**9 - 1))
        elif site == "speil":
            ad_id = "".join(rng.choice("0123456789abcdef") for _ in range(8))
        elif site == "klipp":
            ad_id = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3)) + str(
                rng.randint(10**5, 10**6 - 1)
            )
        else:
            ad_id = str(rng.randint(10**6, 10**8 - 1))
        if (site, ad_id) not in used:
            used.add((site, ad_id))
            return ad_id


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`n_ads` ads and their truth rows, deterministic for `seed`."""
    rng = random.Random(f"blind18-{seed}")
    registry = Registry()
    women, nets = people(rng, n_ads, registry)
    site_tel = _site_number(rng, registry)
    support = "admin@" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(16)) + ".onion"
    sites_of: dict[str, list[str]] = {}
    for w in women:
        k = rng.choice([1, 1, 2, 2, 3])
        sites_of[w.pid] = sorted(
            set(rng.choices(sorted(_SITE_WEIGHT), weights=[_SITE_WEIGHT[s] for s in sorted(_SITE_WEIGHT)], k=k))
        )
    weights = [w.weight for w in women]
    used: set[tuple[str, str]] = set()
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    recruiters = [n for n in nets if n.kind != "clinic"]
    for _ in range(n_ads):
        if recruiters and rng.random() < 0.012:
            ad, t = _recruitment(rng, rng.choice(recruiters), used, site_tel, support)
        else:
            w = rng.choices(women, weights=weights)[0]
            ad, t = _woman_ad(rng, w, rng.choice(sites_of[w.pid]), used, site_tel, support)
        ads.append(ad)
        truth.append(t)
    order = sorted(range(len(ads)), key=lambda i: (ads[i]["posted_at"], i))
    return [ads[i] for i in order], [truth[i] for i in order]


def _when(rng: random.Random, day: int) -> datetime:
    return _EPOCH + timedelta(days=day, minutes=rng.randint(8 * 60, 26 * 60 - 1), seconds=rng.randint(0, 59))


def _render(
    rng: random.Random, site: str, core: Core, page: Page, ad_id: str, day: int, field_phone: tuple[str, str] | None,
    site_tel: tuple[str, str], support: str,
) -> tuple[str, str, str, str]:  # fmt: skip
    new = day >= REDESIGN[site]
    if site == "kvikk":
        url, title, body = kvikk(core, page, new, ad_id, site_tel)
    elif site == "lagret":
        url, title, body = lagret(core, page, new, ad_id)
    elif site == "nattapi":
        url, title, body = nattapi(core, page, new, ad_id, field_phone)
    elif site == "endringer":
        url, title, body = endringer(core, page, new, ad_id)
    elif site == "klipp":
        url, title, body = klipp(core, page, new, ad_id)
    else:
        url, title, body = speil(core, page, new, ad_id, support)
    return url, title, body, f"{site}-{'new' if new else 'old'}"


def _ad_lang(rng: random.Random, w: Woman, country: str) -> str:
    if w.lang == "en":
        return "en" if rng.random() < 0.9 else LANG_OF[country]
    return w.lang if rng.random() < 0.75 else LANG_OF[country]


def _woman_ad(
    rng: random.Random, w: Woman, site: str, used: set[tuple[str, str]], site_tel: tuple[str, str], support: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    day = rng.randint(w.start, w.end)
    city = w.city(day)
    country = CITIES[city][0]
    lang = _ad_lang(rng, w, country)
    spelling = rng.choice(CITIES[city][1])
    alias = w.aliases[site]
    stated = max(w.age, rng.choice([18, 19])) if w.minor else w.age
    page = Page(rng)
    net = w.net
    extra: list[str] = []
    phones: dict[str, str] = {}
    own: list[str] = []
    contacts: list[tuple[str, str]] = []
    old_contact: str | None = None

    def add(e164: str, label: str) -> None:
        style = _style(rng, site, e164, country)
        if style == "cue_split" and site != "klipp":
            style = "grouped"
        phones.setdefault(e164, style)
        contacts.append((label, phone_text(e164, style, country, lang, rng)))

    mine = w.phone(day)
    if net is not None:
        name = net.name
        if net.kind in ("agency", "clinic"):
            extra += net.voice.sentences(lang)
        if net.kind == "clinic":
            street = f"{rng.choice(_STREETS[country])} {rng.randint(1, 80)}"
            code = page.num("postcode", 5 if country == "SE" else 4)
            extra.append(f"{street}, {code} {spelling}")
        add(net.line(day), BOOK[lang] if net.kind != "hidden" else CALL[lang])
        if w.prints_own and mine and rng.random() < (0.6 if net.kind == "hidden" else 0.8):
            add(mine, "WhatsApp" if rng.random() < 0.4 else "")
            own.append(mine)
    else:
        name = ""
        assert mine is not None
        add(mine, CALL[lang] if rng.random() < 0.7 else "")
        own.append(mine)
        if site == "endringer" and len(w.phones) > 1 and day >= w.change_day and rng.random() < 0.7:
            old = w.phones[0]
            style = _style(rng, site, old, country)
            phones[old] = style
            own.append(old)
            old_contact = f"{contacts[0][0]}: " if contacts[0][0] else ""
            old_contact += phone_text(old, style, country, lang, rng)
    if w.minor:
        extra.append(rng.choice(MINOR_CUES[lang]))
    email_addr = (w.email if net is None else net.email) if rng.random() < 0.6 else None
    emails: dict[str, str] = {}
    email_line = None
    if email_addr:
        est = _pick(rng, _EMAILS[site])
        emails[email_addr] = est
        email_line = f"{MAIL[lang]}: {email_text(email_addr, est, lang, rng)}"
    old_city = None
    prev = w.previous_city(day)
    if site == "endringer" and prev and rng.random() < 0.6:
        old_city = rng.choice(CITIES[prev][1])
    who = f"{rng.choice(ADJ[lang])} {rng.choice(NOUN[lang])}"
    intro = f"{w.opener[lang]} {alias}, {stated} {AGE_WORD[lang]}, {who} {IN[lang]} {spelling} {NOW[lang]}."
    title = rng.choice(_TITLE[lang]).format(n=alias, a=stated, c=spelling)
    if name:
        title = f"{name} · {title}"
    core = Core(
        lang=lang, country=country, city=city, spelling=spelling, alias=alias, title=title, intro=intro,
        sentences=list(w.voice.sentences(lang)), contacts=contacts, email=email_line,
        closer=f"{w.closer[lang]} {alias} {rng.choice(['xx', '💋', '<3', '~', '❤'])}", when=_when(rng, day),
        price=rng.choice([1000, 1200, 1500, 1800, 2000, 2500, 3000]), old_city=old_city, old_contact=old_contact,
        net_name=name, extra=extra,
    )  # fmt: skip
    first = next(iter(phones)) if phones else None
    field_phone = None
    if site == "nattapi" and first and phones[first] in PLAIN and rng.random() < 0.6:
        field_phone = (first, first if core.when.day % 2 else first.lstrip("+"))
    ad_id = _ad_id(rng, site, used)
    url, title, body, template = _render(rng, site, core, page, ad_id, day, field_phone, site_tel, support)
    ad = ad_row(site, ad_id, url, title, body, None, core.when)
    t = {
        "site": site, "id": ad_id, "url": url, "person_id": w.pid,
        "network_id": net.nid if net else f"solo-{w.pid}", "network_kind": net.kind if net else "solo",
        "phones": list(phones), "own_phones": own, "phone_styles": phones, "emails": list(emails),
        "email_styles": emails, "city": city, "furniture": page.furn, "kind": KIND[site], "template": template,
        "language": lang, "nationality": w.nationality, "minor": w.minor, "recruitment": False,
    }  # fmt: skip
    return ad, t


def _recruitment(
    rng: random.Random, net: Network, used: set[tuple[str, str]], site_tel: tuple[str, str], support: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    site = rng.choice(["kvikk", "lagret", "nattapi", "speil"])
    city = _pick(rng, {c: w for c, w in CITY_WEIGHT.items() if CITIES[c][0] == net.country})
    country = net.country
    lang = LANG_OF[country] if rng.random() < 0.6 else "en"
    spelling = rng.choice(CITIES[city][1])
    day = rng.randint(0, DAYS)
    line = net.line(day)
    style = _style(rng, site, line, country)
    page = Page(rng)
    label = net.name or {"no": "Jobb", "sv": "Jobb", "da": "Job", "en": "Work"}[lang]
    core = Core(
        lang=lang, country=country, city=city, spelling=spelling, alias=label,
        title=f"{label} · {spelling}", intro=f"{label} {IN[lang]} {spelling}.", sentences=[net.voice.recruit(lang)],
        contacts=[(CALL[lang], phone_text(line, style, country, lang, rng))], email=None, closer="",
        when=_when(rng, day), price=rng.choice([1000, 1500, 2000]), net_name=net.name,
    )  # fmt: skip
    ad_id = _ad_id(rng, site, used)
    url, title, body, template = _render(rng, site, core, page, ad_id, day, None, site_tel, support)
    ad = ad_row(site, ad_id, url, title, body, None, core.when)
    t = {
        "site": site, "id": ad_id, "url": url, "person_id": f"controller-{net.nid}", "network_id": net.nid,
        "network_kind": net.kind, "phones": [line], "own_phones": [], "phone_styles": {line: style}, "emails": [],
        "email_styles": {}, "city": city, "furniture": page.furn, "kind": KIND[site], "template": template,
        "language": lang, "nationality": "", "minor": False, "recruitment": True,
    }  # fmt: skip
    return ad, t
