"""The seventeenth blind corpus (issue 14): a synthetic Nordic escort and massage market seen through six kinds of
page no earlier corpus used, written without reading the extractor or the linker.

- varsel: an app's push-notification log exported from a phone (a log line per notification, then JSON lines
  with Unix times after the app moved abroad to nightping.app);
- korttid: a short-let room listing (host, rating, street address with postcode, nightly price, listing number,
  check-in dates in the URL; moved to staynest.eu);
- frivillig: an NGO volunteer's spreadsheet flattened to text (cell references, Excel serial dates, phones stored
  as numbers with their trunk zero lost and thousands grouped, wrapped cells; later a shared sheet's CSV export);
- nyhetsbrev: an e-mail newsletter digest of new ads (issue and subscriber numbers, CVR, unsubscribe lines, other
  new names without numbers);
- modko: a moderation queue export (case, flagging user, rule, score, the ad text and the tool's masked copy of
  each number; later JSON records with quoted ad text);
- utskrift: a browser's print view (page header with print time and title, page footer with URL and page
  number, repeated on page two; later a US-style print date).

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

from benchmarks.blind17._data import CITIES, LANG_OF, MINOR_CUES, NAMES, RECRUIT
from benchmarks.blind17._forms import (
    DISGUISED,
    EMAIL_EXACT,
    EMAIL_STYLES,
    HIDDEN,
    LINKED,
    PLAIN,
    email_text,
    phone_style,
    phone_text,
)
from benchmarks.blind17._people import DAYS, Network, Voices, Woman, people
from benchmarks.blind17._write import Ad, Furn, frivillig, korttid, modko, nyhetsbrev, utskrift, varsel
from benchmarks.corpus_files import ad_row

__all__ = ["DISGUISED", "EMAIL_EXACT", "EMAIL_STYLES", "HIDDEN", "KIND", "LINKED", "PLAIN", "SITES", "generate"]

SITES = ["varsel", "korttid", "frivillig", "nyhetsbrev", "modko", "utskrift"]
KIND = {
    "varsel": "push_log",
    "korttid": "short_let",
    "frivillig": "spreadsheet",
    "nyhetsbrev": "newsletter",
    "modko": "moderation_queue",
    "utskrift": "print_view",
}
# each site's mix of written styles: what its writers (or its software) do to a number
_STYLES: dict[str, dict[str, float]] = {
    "varsel": {
        "national": 3,
        "intl": 2,
        "compact": 2,
        "tel_link": 1,
        "wa_link": 1,
        "emoji_sep": 1,
        "math_bold": 0.8,
        "words": 1.0,
        "letters": 0.6,
    },
    "korttid": {
        "national": 3,
        "intl": 2,
        "pairs": 1.5,
        "sms_link": 1,
        "dotted": 1,
        "halves": 1,
        "spaced": 0.8,
        "mixed_words": 0.8,
        "reversed": 0.5,
    },
    "frivillig": {
        "sheet_number": 3,
        "national": 2,
        "intl_compact": 1.5,
        "compact": 1.5,
        "cell_wrap": 1,
        "words": 0.7,
        "intl00": 0.5,
    },
    "nyhetsbrev": {
        "national": 3,
        "intl": 2,
        "paren_cc": 1,
        "tel_link": 1.2,
        "wa_link": 0.8,
        "fullwidth": 0.8,
        "bracketed": 0.8,
        "words": 0.8,
        "letters": 0.6,
    },
    "modko": {
        "national": 3,
        "compact": 2,
        "intl": 1.5,
        "starred": 1,
        "slashed": 1,
        "circled": 0.7,
        "reversed": 0.5,
        "mixed_words": 0.6,
        "intl00": 1,
    },
    "utskrift": {
        "national": 3.5,
        "intl": 2,
        "pairs": 1,
        "dotted": 1,
        "spaced": 1,
        "halves": 0.6,
        "words": 0.8,
        "sms_link": 0.5,
    },
}
_EMAILS: dict[str, float] = {
    "plain": 4,
    "mailto": 1,
    "entity": 0.6,
    "spaced_at": 1,
    "word_at": 1.2,
    "paren_at": 1,
    "bracket_at": 0.8,
    "provider_only": 0.5,
}
_COUNTRY = {"+47": "NO", "+46": "SE", "+45": "DK"}
_WITH_CC = {"intl", "intl_compact", "intl00", "paren_cc", "tel_link", "wa_link", "sms_link"}
_ID_START = {
    "varsel": 40000,
    "korttid": 51000000,
    "frivillig": 1,
    "nyhetsbrev": 700000,
    "modko": 1100000,
    "utskrift": 880000,
}


def _writer(w: Woman) -> str:
    return w.network.id if w.network else w.id


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """n_ads ads and their truth, a function of the seed alone."""
    rng = random.Random(f"blind17:{seed}")
    women, nets, numbers = people(rng, n_ads, SITES)
    site_phone = {"korttid": numbers.new("SE", landline=True), "utskrift": numbers.new("DK", landline=True)}
    redesign = {s: rng.randint(35, 85) for s in SITES}
    voices = Voices(rng)
    recruiters = [n for n in nets if n.women]
    n_recruit = min(round(n_ads * 0.015), max(0, n_ads - len(women))) if recruiters else 0
    posters: list[Woman | Network] = list(women[:n_ads])
    rest = n_ads - len(posters) - n_recruit
    if rest > 0:
        posters += rng.choices(women, weights=[w.weight for w in women], k=rest)
    posters += [rng.choice(recruiters) for _ in range(n_recruit)]
    events = sorted((rng.randrange(DAYS), rng.randrange(86400), i) for i in range(len(posters)))
    next_id = dict(_ID_START)
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for day, sec, i in events:
        poster = posters[i]
        when = datetime(2026, 1, 1) + timedelta(days=day, seconds=sec)
        ad, row = _ad(rng, poster, when, voices, redesign, next_id)
        furn = Furn()
        if ad.site == "varsel":
            url, title, body = varsel(rng, ad, furn)
        elif ad.site == "korttid":
            url, title, body = korttid(rng, ad, furn, site_phone["korttid"])
        elif ad.site == "frivillig":
            url, title, body = frivillig(rng, ad, furn)
        elif ad.site == "nyhetsbrev":
            others = [(rng.choice(NAMES), rng.choice(CITIES[c][1])) for c in rng.sample(sorted(CITIES), 3)]
            url, title, body = nyhetsbrev(rng, ad, furn, others)
        elif ad.site == "modko":
            url, title, body = modko(rng, ad, furn)
        else:
            url, title, body = utskrift(rng, ad, furn, site_phone["utskrift"])
        city_field = ad.spelling if ad.site == "frivillig" and ad.new else None
        ads.append(ad_row(ad.site, str(ad.ad_no), url, title, body, city_field, when))
        truth.append({"site": ad.site, "id": str(ad.ad_no), "url": url, **row, "furniture": furn.items})
    return ads, truth


def _ad(
    rng: random.Random,
    poster: Woman | Network,
    when: datetime,
    voices: Voices,
    redesign: dict[str, int],
    next_id: dict[str, int],
) -> tuple[Ad, dict[str, Any]]:
    """What one poster says in one ad, and the truth of it apart from the page's furniture."""
    day = (when - datetime(2026, 1, 1)).days
    if isinstance(poster, Network):
        net: Network | None = poster
        site = rng.choices(SITES, weights=[17, 16, 15, 18, 17, 17])[0]
        city = rng.choice(sorted(c for c, v in CITIES.items() if v[0] == poster.country))
        recruit = True
    else:
        net = poster.network
        site = rng.choice(poster.sites)
        city = poster.home if not poster.tour or rng.random() < 0.55 else rng.choice(poster.tour)
        recruit = False
    country = CITIES[city][0]
    if isinstance(poster, Woman):
        lang = "en" if rng.random() < poster.english else LANG_OF[country]
    else:
        lang = "en" if rng.random() < 0.3 else LANG_OF[country]
    spellings = CITIES[city][1]
    spelling = spellings[0] if rng.random() < 0.6 else rng.choice(spellings)
    next_id[site] += rng.randint(1, 37) if site != "frivillig" else 1
    phones: list[str] = []
    own: list[str] = []
    emails: list[str] = []
    sentences: list[str] = []
    extra: list[str] = []
    if isinstance(poster, Woman):
        mine = poster.number_on(day)
        if net is None:
            own = mine
        elif mine and rng.random() < {"hidden": 0.3, "agency": 0.4, "clinic": 0.2}[net.kind]:
            own = mine[:1]
        phones = ([net.line] if net else []) + own
        if poster.email and rng.random() < 0.5:
            emails.append(poster.email)
        if net:
            sentences += rng.sample(voices.of(net.id, lang), 2)
            if rng.random() < 0.5:
                sentences.append(rng.choice(voices.of(poster.id, lang, 2)))
        else:
            sentences += rng.sample(voices.of(poster.id, lang), rng.choice([2, 2, 3]))
        if poster.minor and rng.random() < 0.6:
            extra.append(rng.choice(MINOR_CUES[lang]))
        name, age = poster.names[site], str(poster.stated_age)
    else:
        phones = [poster.line]
        extra.append(RECRUIT[lang] + " →")
        sentences.append(rng.choice(voices.of(poster.id, lang)))
        name, age = poster.name or rng.choice(["Jobb", "Job", "Info"]), "18+"
    if net and net.kind != "hidden":
        extra.insert(0, f"{net.name} ·")
        if net.email and rng.random() < 0.4:
            emails.append(net.email)
    styles = {p: phone_style(rng, _STYLES[site]) for p in phones}
    for p in phones:  # a number from abroad is written with its country code
        if _COUNTRY[p[:3]] != country and styles[p] not in _WITH_CC | HIDDEN:
            styles[p] = rng.choice(["intl", "intl", "intl_compact", "intl00", "paren_cc", "wa_link"])
    estyles = {e: phone_style(rng, _EMAILS) for e in emails}
    ad = Ad(
        site=site,
        ad_no=next_id[site],
        new=day >= redesign[site],
        lang=lang,
        city=city,
        spelling=spelling,
        name=name,
        age=age,
        when=when,
        phones=[phone_text(rng, p, styles[p], lang, _COUNTRY[p[:3]] != country) for p in phones],
        emails=[email_text(rng, e, estyles[e], lang) for e in emails],
        sentences=sentences,
        extra=extra,
    )
    person = f"controller-{poster.id}" if isinstance(poster, Network) else poster.id
    row = {
        "person_id": person,
        "network_id": net.id if net else f"solo-{person}",
        "network_kind": net.kind if net else "solo",
        "phones": phones,
        "own_phones": own,
        "phone_styles": styles,
        "emails": emails,
        "email_styles": estyles,
        "city": city,
        "kind": KIND[site],
        "template": f"{site}-{'new' if ad.new else 'old'}",
        "language": lang,
        "nationality": poster.nationality if isinstance(poster, Woman) else None,
        "minor": poster.minor if isinstance(poster, Woman) else False,
        "recruitment": recruit,
    }
    return ad, row
