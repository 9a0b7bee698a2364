"""blind20: the twentieth evaluation corpus, written blind to the extractor and the linker (issue 14).

A Nordic market of escort and massage ads as six kinds of page that hold an ad without being an ad site: an outreach
NGO's case archive (a plain export, then XML on a domain abroad), a classifieds' image and news sitemap, a monitoring
team's spreadsheet dumped cell by cell (A1 references with Excel's serial dates and numbers that lost their "+" or
their trunk 0, then R1C1), an ad-posting assistant's chat (text turns, then JSON lines with a tool call), a
translation memory of translated ads (TMX, then XLIFF 2.0 with inline tags) and a scraper's data repository
(``git show`` of a YAML file, then a raw TOML file). Each prints its own ids, dates, hashes, counters and codes; the
truth names every such number as furniture."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from benchmarks.blind20 import _forms, _sites
from benchmarks.blind20._data import AGE_WORD, CALL, CITIES, HERE, LANG_OF, MAIL_WORD, PRICE, RECRUIT, YOUNG
from benchmarks.blind20._forms import DISGUISED, EMAIL_EXACT, EMAIL_STYLES, HIDDEN, LINKED, PLAIN
from benchmarks.blind20._people import Network, Phrases, Woman, make_market
from benchmarks.corpus_files import ad_row

__all__ = ["DISGUISED", "EMAIL_EXACT", "EMAIL_STYLES", "HIDDEN", "KIND", "LINKED", "PLAIN", "SITES", "generate"]

SITES = ["saksarkiv", "nattkatalog", "markedsvakt", "annonsehjelp", "lingvabro", "annonsvakt"]
KIND = {
    "saksarkiv": "case_archive",
    "nattkatalog": "sitemap",
    "markedsvakt": "sheet_dump",
    "annonsehjelp": "assistant_chat",
    "lingvabro": "translation_memory",
    "annonsvakt": "scraper_repo",
}
#: the share of the period after which a site prints its second template
REDESIGN = {"saksarkiv": 0.55, "nattkatalog": 0.4, "markedsvakt": 0.5, "annonsehjelp": 0.6, "lingvabro": 0.45,
            "annonsvakt": 0.5}  # fmt: skip
START = datetime(2026, 10, 1, 6, 0, 0)
DAYS = 66

_COMMON = {"grouped": 10.0, "compact": 6.0, "intl_spaced": 5.0, "double_zero": 2.0, "tel_uri": 1.0, "wa_me": 2.0,
           "sms_uri": 1.0, "spaced_digits": 2.0, "dot_pairs": 2.0, "slashed": 1.0, "keycaps": 1.0, "fullwidth": 1.0,
           "starred": 1.0, "words": 1.0, "mixed_words": 0.6, "lookalike": 0.6}  # fmt: skip
_EXTRA = {
    "saksarkiv": {"plus_entity": 2.0},
    "nattkatalog": {"plus_entity": 2.0},
    "markedsvakt": {},
    "annonsehjelp": {"chat_split": 2.5},
    "lingvabro": {"plus_entity": 1.5, "tag_split": 2.5},
    "annonsvakt": {},
}
_CELL = {"numeric_cell": 8.0, "lost_zero": 5.0, "grouped": 4.0, "intl_spaced": 3.0, "words": 0.4}
_MAIL = {
    "saksarkiv": ["plain", "spelled", "bracketed", "spaced", "mailto"],
    "nattkatalog": ["plain", "at_entity", "spelled", "bracketed", "spaced"],
    "markedsvakt": ["hyperlink", "hyperlink", "plain"],
    "annonsehjelp": ["plain", "spelled", "spaced", "bracketed"],
    "lingvabro": ["at_entity", "plain", "spelled"],
    "annonsvakt": ["plain", "spelled", "mailto", "bracketed"],
}
_SITE_MAIL = {s: f"drift@{s}.{'eu' if s in ('lingvabro', 'annonsehjelp') else 'se'}" for s in SITES}
_PITCH = {
    "agency": {"no": "{a} har de flotteste damene i hele byen.", "sv": "{a} har de vackraste damerna i hela stan.",
               "da": "{a} har de smukkeste damer i hele byen.", "en": "{a} has the finest ladies in the whole town."},
    "clinic": {"no": "{a} ønsker deg velkommen til en rolig massasje.", "sv": "{a} välkomnar dig till en lugn massage.",
               "da": "{a} byder dig velkommen til en rolig massage.", "en": "{a} welcomes you to a calm massage."},
}  # fmt: skip
_MONTH_TOUR = {"no": "{a}.–{b}. {m}", "sv": "{a}–{b}/{m}", "da": "{a}.–{b}. {m}", "en": "{a}–{b}/{m}"}


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``n_ads`` ads and their truth rows, the same for a seed under any string-hash seed."""
    rng = random.Random(f"blind20-{seed}")
    women, nets, numbers = make_market(rng, n_ads, SITES)
    habit_styles = sorted(_COMMON)
    for w in women:
        w.habit = rng.choices(habit_styles, [_COMMON[s] for s in habit_styles])[0]
    phrases = Phrases()
    site_phone = {(s, c): numbers.landline(c) for s in SITES for c in ("NO", "SE", "DK")}
    specs: list[tuple[float, Woman | Network, str, str]] = []
    n_rec = max(3, n_ads // 150)
    for k in range(n_rec):
        net = nets[k % len(nets)]
        specs.append((rng.random(), net, net.home, rng.choice(SITES)))
    weights = [min(12.0, rng.paretovariate(1.4)) for _ in women]
    for w in rng.choices(women, weights, k=n_ads - n_rec):
        frac = min(0.999, w.start + w.span * rng.random())
        city = w.home if not w.tour or rng.random() < 0.6 else rng.choice(w.tour)
        specs.append((frac, w, city, rng.choice(w.sites)))
    specs.sort(key=lambda s: s[0])
    serial = {s: rng.randint(100, 900) for s in SITES}
    base_id = {s: rng.randint(10, 89) * 10**6 for s in SITES}
    ads, truth = [], []
    for frac, who, city, site in specs:
        serial[site] += rng.randint(1, 23)
        when = START + timedelta(seconds=int(frac * DAYS * 86400))
        template = "b" if frac >= REDESIGN[site] else "a"
        if isinstance(who, Network):
            ad, t = _recruitment(rng, who, city, site, template, when, phrases)
        else:
            ad, t = _woman_ad(rng, who, city, site, template, when, frac, phrases)
        ad.serial, ad.ad_id = serial[site], str(base_id[site] + serial[site])
        ad.site_phone, ad.site_mail = site_phone[(site, ad.country)], _SITE_MAIL[site]
        url, title, body = _render(ad, rng)
        ads.append(ad_row(site, ad.ad_id, url, title, body, None, when))
        t.update(
            site=site, id=ad.ad_id, url=url, furniture=ad.furniture, kind=KIND[site], template=f"{site}-{template}"
        )
        truth.append(t)
    return ads, truth


def _render(ad: _sites.Ad, rng: random.Random) -> tuple[str, str, str]:
    if ad.site == "saksarkiv":
        return _sites.case_archive(ad, rng, CITIES[ad.city][2])
    if ad.site == "nattkatalog":
        return _sites.sitemap(ad, rng)
    if ad.site == "markedsvakt":
        return _sites.sheet(ad, rng)
    if ad.site == "annonsehjelp":
        return _sites.assistant(ad, rng)
    if ad.site == "lingvabro":
        return _sites.translation_memory(ad, rng)
    return _sites.scraper_repo(ad, rng)


def _style(rng: random.Random, site: str, template: str, habit: str, first: bool, e164: str) -> str:
    table = dict(_CELL) if site == "markedsvakt" and first else {**_COMMON, **_EXTRA[site]}
    if site == "saksarkiv" and template == "a":
        table.pop("plus_entity", None)
    style = habit if habit in table and rng.random() < 0.6 else rng.choices(list(table), list(table.values()))[0]
    if style in HIDDEN and not _forms.hides(style, e164):
        style = "grouped"
    return style


def _contact(rng: random.Random, ad_lang: str, country: str, site: str, template: str, label: str, e164: str,
             habit: str, first: bool) -> _sites.Contact:  # fmt: skip
    style = _style(rng, site, template, habit, first, e164)
    region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
    intl = region != country or (style not in ("lost_zero",) and rng.random() < 0.2)
    return (label, e164, style, intl, _forms.phone(style, e164, intl, ad_lang, rng))


def _spelling(rng: random.Random, city: str) -> str:
    names = CITIES[city][1]
    return rng.choices(names, [4] + [1] * (len(names) - 1))[0]


def _mail(rng: random.Random, site: str, addr: str | None, habit: str, lang: str) -> tuple[str, str, str, str] | None:
    if not addr:
        return None
    styles = _MAIL[site]
    style = habit if habit in styles and rng.random() < 0.6 else rng.choice(styles)
    return (MAIL_WORD[lang], addr, style, _forms.email(style, addr, lang))


def _target(lang: str, country: str) -> str:
    return "en" if lang != "en" else LANG_OF[country]


def _woman_ad(rng: random.Random, w: Woman, city: str, site: str, template: str, when: datetime, frac: float,
              phrases: Phrases) -> tuple[_sites.Ad, dict[str, Any]]:  # fmt: skip
    country = CITIES[city][0]
    lang, name = w.lang, w.site_names[site]
    net = w.net
    inside = min(len(w.numbers) - 1, int(max(0.0, frac - w.start) / w.span * len(w.numbers)))
    own = [w.numbers[inside]]
    if inside and rng.random() < 0.15:
        own.append(w.numbers[inside - 1])
    phones: list[tuple[str, str]] = []  # (label key, e164)
    if net is None:
        phones = [("call", p) for p in own]
    else:
        phones = [("line", net.line)]
        share = {"hidden": 0.4, "agency": 0.15, "clinic": 0.0}[net.kind]
        if rng.random() < share:
            phones.append(("call", own[0]))
        else:
            own = []
    if net is not None and net.kind == "hidden":
        own = [p for k, p in phones if k == "call"]
    target = _target(lang, country)
    spelling = _spelling(rng, city)
    call = rng.randrange(4)

    def label(key: str, lg: str) -> str:
        if key == "call" or net is None or net.kind == "hidden":
            return CALL[lg][call]
        return "Booking" if net.kind == "agency" else net.name

    contacts = [
        _contact(rng, lang, country, site, template, label(k, lang), p, w.habit, i == 0)
        for i, (k, p) in enumerate(phones)
    ]
    addr = net.email if net is not None and net.kind != "hidden" and net.email else w.email
    mail = _mail(rng, site, addr, w.mail_habit, lang)
    tour = ""
    if city != w.home:
        d = rng.randint(1, 24)
        tour = " " + _MONTH_TOUR[lang].format(a=d, b=d + rng.randint(1, 4), m=when.month)
    price = (rng.choice([800, 1000, 1200, 1500]), rng.choice([1500, 1800, 2000, 2500, 3000]))

    def lines_in(lg: str) -> list[str]:
        cur = PRICE[lg] if lg != "en" else {"NO": "NOK", "SE": "SEK", "DK": "DKK"}[country]
        out = [HERE[lg].format(c=spelling) + tour]
        out += w.bio(name, lg, phrases)
        age = f"{w.age} {AGE_WORD[lg]} · {w.nationality}"
        if w.minor:
            age += ", " + rng.choice(YOUNG[lg]).format(a=w.age)
        out.append(age)
        out.append(f"30 min {price[0]} {cur} · 60 min {price[1]} {cur}")
        if net is not None and net.kind in _PITCH:
            pitch = _PITCH[net.kind][lg].format(a=net.name)
            phrases.claim(net.nid, pitch)
            out.append(pitch)
            if net.address:
                out.append(f"{net.address[0]}, {net.address[1]} {spelling}")
        return out

    lines = lines_in(lang)
    target_lines = lines_in(target)
    title = rng.choice([f"{name} {w.age} – {spelling}", f"{spelling}: {name}, {w.age}", f"{name} ({w.age}) {spelling}"])
    if net is not None and net.kind != "hidden" and rng.random() < 0.5:
        title = f"{name} @ {net.name}, {spelling}"
    ad = _sites.Ad(
        site=site, template=template, ad_id="", serial=0, when=when, city=city, spelling=spelling, country=country,
        lang=lang, chrome=LANG_OF[country], title=title, lines=lines, contacts=contacts, mail=mail,
        target_lang=target, target_title=title, target_lines=target_lines,
        target_labels=[label(k, target) for k, _ in phones], name=name, age=w.age, site_phone="", site_mail="",
    )  # fmt: skip
    ad.f("price", str(price[0]))
    ad.f("price", str(price[1]))
    if net is not None and net.address:
        ad.f("postcode", net.address[1])
    if tour:
        ad.f("tour_dates", tour)
    t = _truth(contacts, mail, own, city)
    t.update(
        person_id=w.pid,
        network_id=net.nid if net else "solo-" + w.pid,
        network_kind=net.kind if net else "solo",
        language=lang,
        nationality=w.nationality,
        minor=w.minor,
        recruitment=False,
    )
    return ad, t


def _recruitment(rng: random.Random, net: Network, city: str, site: str, template: str, when: datetime,
                 phrases: Phrases) -> tuple[_sites.Ad, dict[str, Any]]:  # fmt: skip
    country = CITIES[city][0]
    lang = LANG_OF[country] if rng.random() < 0.6 else "en"
    target = _target(lang, country)
    pick = rng.randrange(2)
    spelling = _spelling(rng, city)

    def lines_in(lg: str) -> list[str]:
        s = RECRUIT[lg][pick].format(a=net.name) + "."
        phrases.claim(net.nid, s)
        return [HERE[lg].format(c=spelling), s]

    contacts = [_contact(rng, lang, country, site, template, "Kontakt" if lang != "en" else "Contact", net.line,
                         "intl_spaced", True)]  # fmt: skip
    mail = _mail(rng, site, net.email, "plain", lang)
    title = f"{net.name} – jobb / work – {spelling}"
    ad = _sites.Ad(
        site=site, template=template, ad_id="", serial=0, when=when, city=city, spelling=spelling, country=country,
        lang=lang, chrome=LANG_OF[country], title=title, lines=lines_in(lang), contacts=contacts, mail=mail,
        target_lang=target, target_title=title, target_lines=lines_in(target),
        target_labels=["Contact" if target == "en" else "Kontakt"], name=net.name, age=30, site_phone="", site_mail="",
    )  # fmt: skip
    t = _truth(contacts, mail, [], city)
    t.update(
        person_id="controller-" + net.nid,
        network_id=net.nid,
        network_kind=net.kind,
        language=lang,
        nationality=None,
        minor=False,
        recruitment=True,
    )
    return ad, t


def _truth(contacts: list[_sites.Contact], mail: tuple[str, str, str, str] | None, own: list[str],
           city: str) -> dict[str, Any]:  # fmt: skip
    styles = {c[1]: c[2] for c in contacts}
    return {
        "phones": sorted(styles),
        "own_phones": sorted(set(own) & set(styles)),
        "phone_styles": styles,
        "emails": [mail[1]] if mail else [],
        "email_styles": {mail[1]: mail[2]} if mail else {},
        "city": city,
    }
