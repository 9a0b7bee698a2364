"""The twelfth blind corpus (issue 14): six invented sites of forms no earlier corpus had, written without
reading the extractor, the linker or the other corpora.

    python -m benchmarks.blind12 --seed 1 --ads 6000 --out DIR      # ads.jsonl + truth.jsonl

Sites (each redesigned on its own day, _render.REDESIGN; kinds in KIND):
- **snabbkontakt** (classifieds, sv/en; v2 snabbkontakt.eu run by an Estonian OÜ): "Annons-ID", views, a
  Stockholm support line and a Swish boost number; 30 % of the solo foreign women's ads are **machine-translated**
  ("Automatiskt översatt från rumänska", literal MT sentences, half with the original under "Visa original"),
  their number then in the poster's own digit words (ro/es/pt/pl), her home country's national form without a
  tag, or **Thai digits** (๐๘๑ …).
- **kartnaal** (a **maps business listing** of massage places, no/da/en; v2 kartnaal.app): stars, review count,
  street address with postcode (a district as locality in a third), opening hours, the reception line in the
  phone field, an **owner's update** naming the new masseuse (the person of the ad), a local guide's review and
  "Kartdata ©2026".
- **stjernekoll** (a **review aggregator with star tables**, da/sv/en; v2 the English stjernekoll.com): a star per
  category, member numbers and dates, the price paid, "Fra annoncen:" quoting her ad and contact; **15 % mask
  the number for non-members** ("4123xx45", no contact then), a quarter name an earlier city ("mødt i Bergen").
- **turneplan** (**tour dates as iCalendar**; v2 the rendered tour page): v1 raw ICS, one VEVENT a stop, lines
  **folded at 75 octets with CRLF + space** (a number can be cut by a fold: style ics_folded), escaped commas,
  DTSTAMP/DTSTART timestamps, GEO, UID, ORGANIZER/ATTENDEE mailto:; v2 dates, hotel, "Add to calendar".
- **skrapa** (a **scraper's CSV dump**, an aggregator of other sites' ads): a header and one row, columns in a
  different order in v1 and v4, 10 % of rows with an unquoted comma shifting the columns; the phone column as a
  spreadsheet left it (**"46701234567.0"**, "4741234567", **the leading zero lost** "701234567"), or the number
  only in the **OCR column of her photo** (look-alike letters), unix scrape time, lat/lon, the source's ad id.
- **klippkanalen** (**a video site's automatic captions**, sv/no/da/en; v2 SRT instead of WebVTT): cue times,
  views, upload date; the number **said aloud** as a recogniser writes it (digit words with homophones — "ate",
  "won", "for", "oh", "nie" — and "double five"/"dubbel fem"), or the recogniser's own US formatting ("070-123-4567"),
  or **split over two cues**; e-mails said aloud ("lina punkt rose snabel a gmail punkt com").

People: ~14.8 persons per 100 ads (888 at 6,000), 25 nationalities (Romanian, Thai first), 45 % of foreign
women on a home-country SIM, 25 % changing number once (three weeks with both), 2.5 % of local-SIM women with a
**keypad-letter (vanity) number** ("9 SEXY 698"), 1-3 sites each, her name per site (the same on half), stated
age drifting -2..+1 per site, 1.2 % aged 16-17 stating 18-19 with the cues real ads use; tours across the three
countries. Controllers (~1.33 per 100 ads): 32 % agencies (booking line, an e-mail, her own number on 20 % of her
ads), 25 % clinics (a landline in 60 %; Thai/Vietnamese/Chinese/Filipina masseuses), 43 % hidden controllers
(one line for all their women, a foreign SIM in 35 %); each controller's paragraph is its own (four of ten
sentence frames in its own order, its own brand and word pair), so near-identical text stays inside one
controller. 1.5 % of ads are controllers' **recruitment ads**: person "controller-<net>", the controller's line,
no woman's own number. Every printed number of four or more digits is a contact in the truth or furniture
(ids, counters, dates, timestamps, cue times, postcodes, prices, GEO, lat/lon, unix times, masked numbers, Swish
and org numbers, the sites' own lines and e-mails); numbers of one to three digits (ages, hours, stars) are not
listed.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from benchmarks.blind12._data import CITY_COUNTRY
from benchmarks.blind12._render import KIND, REDESIGN, RENDER, Ad, Page, lang_for
from benchmarks.blind12._world import DAYS, SITE_WEIGHTS, SITES, START, Controller, Person, build, wchoice

PLAIN = {
    "international",
    "national",
    "e164",
    "00",
    "compact",
    "dotted",
    "tel_link",
    "wa_link",
    "signal_link",
    "asr_formatted",
}
DISGUISED = {
    "zero_width",
    "superscript",
    "circled",
    "thai_digits",
    "one_by_one",
    "csv_float",
    "csv_int",
    "csv_zero_lost",
    "ics_folded",
    "foreign_national",
}
HIDDEN = {
    "words_sv",
    "words_en",
    "words_da",
    "words_no",
    "foreign_words",
    "mixed_digits_words",
    "asr_spoken",
    "asr_cue_split",
    "vanity",
    "lookalike",
}
EMAIL_STYLES = {
    "plain",
    "mailto",
    "at_words",
    "snabel",
    "zero_width",
    "fullwidth",
    "spoken",
    "csv_column",
    "ics_mailto",
}

__all__ = ["DISGUISED", "EMAIL_STYLES", "HIDDEN", "KIND", "PLAIN", "SITES", "generate"]


def _allocate(rng: random.Random, persons: list[Person], total: int) -> list[int]:
    w = [rng.lognormvariate(0, 0.9) * (0.8 if p.net else 1.0) for p in persons]
    s = sum(w)
    n = [max(1, int(x / s * total)) for x in w]
    while sum(n) < total:
        n[rng.choices(range(len(n)), w)[0]] += 1
    while sum(n) > total:
        i = max(range(len(n)), key=lambda k: n[k])
        n[i] -= 1
    return n


def _phones(rng: random.Random, p: Person, day: int, agency_own: bool) -> list[tuple[str, bool]]:
    active = [e for e, a, b in p.numbers if a <= day <= b] or [p.numbers[-1][0]]
    if len(active) > 1 and rng.random() < 0.5:
        active = [active[-1]]
    c = p.net
    if c is None:
        return [(e, True) for e in active]
    if c.kind == "agency":
        return [(c.line, False)] + ([(active[-1], True)] if agency_own else [])
    return [(c.line, False)]


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    persons, ctrls, _taken = build(rng, n_ads)
    n_recruit = round(n_ads * 0.015)
    counts = _allocate(rng, persons, n_ads - n_recruit)
    slots: list[tuple[int, int, Person | None, Controller | None]] = []
    for p, k in zip(persons, counts, strict=True):
        for _ in range(k):
            slots.append((rng.randint(p.first, p.last), rng.randrange(86400), p, p.net))
    recruiters = [c for c in ctrls if c.kind != "clinic"] or ctrls
    for _ in range(n_recruit):
        c = rng.choice(recruiters)
        slots.append((rng.randrange(DAYS), rng.randrange(86400), None, c))
    slots.sort(key=lambda s: (s[0], s[1]))
    agency_own = {p.pid: rng.random() < 0.2 for p in persons}
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for day, sec, p, c in slots:
        when = START + dt.timedelta(days=day, seconds=sec)
        if p:
            site = rng.choice(p.sites)
            city = p.home if (rng.random() < 0.55 or not p.tour) else rng.choice(p.tour)
            phones = _phones(rng, p, day, agency_own[p.pid])
            if not c and rng.random() < 0.03:
                phones = []
            emails = []
            if p.email and rng.random() < (0.45 if not c else 0.1):
                emails.append(p.email)
            if c and c.email and rng.random() < 0.6:
                emails.append(c.email)
        else:
            assert c is not None
            site = rng.choice([s for s in c.sites if s != "kartnaal"] or ["snabbkontakt"])
            city = c.city
            phones = [(c.line, False)]
            emails = [c.email] if c.email and rng.random() < 0.5 else []
        if site == "kartnaal" and p and not c:  # a solo masseuse's own listing: one number, hers
            phones = phones[:1]
        ver = 1 if when.date() < REDESIGN[site] else 2
        ad = Ad(
            site=site,
            ver=ver,
            when=when,
            person=p,
            ctrl=c,
            city=city,
            lang=lang_for(CITY_COUNTRY[city], rng),
            phones=phones,
            emails=emails,
            recruit=p is None,
            rng=rng,
        )
        if p:
            ad.name = p.names.get(site, p.names[p.sites[0]])
            ad.age = max(18, p.base_age + p.age_drift.get(site, 0))  # no ad states an age under 18
            if p.minor:  # a 16-17-year-old states 18 or 19
                ad.age = rng.choice([18, 18, 19])
        page = Page(rng=rng, lang=ad.lang)
        ad.page = page
        rec = RENDER[site](ad, page)
        ad_id = str(rec["id"])
        while (site, ad_id) in seen:  # a site never reuses an id: a later copy gets a suffix (never printed)
            ad_id += "b"
        seen.add((site, ad_id))
        printed = [e for e, _own in ad.phones if e in page.phone_styles]
        own = [e for e, o in ad.phones if o and e in page.phone_styles]
        record = {
            "site": site,
            "id": ad_id,
            "url": rec["url"],
            "title": rec["title"],
            "body": rec["body"],
            "posted_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if rec.get("city"):
            record["city"] = rec["city"]
        ads.append(record)
        net_id = c.cid if c else f"solo-{p.pid if p else 'x'}"
        truth.append(
            {
                "site": site,
                "id": ad_id,
                "url": rec["url"],
                "person_id": p.pid if p else f"controller-{c.cid if c else 'x'}",
                "network_id": net_id,
                "network_kind": c.kind if c else "solo",
                "phones": printed,
                "own_phones": own,
                "phone_styles": {e: page.phone_styles[e] for e in printed},
                "emails": sorted(page.email_styles),
                "email_styles": dict(sorted(page.email_styles.items())),
                "city": city,
                "city_style": ad.city_style,
                "other_city": ad.extra_city,
                "furniture": page.furniture,
                "kind": KIND[site],
                "template": f"{site}-v{ver}",
                "lang": ad.lang,
                "nationality": p.nat if p else None,
                "minor": bool(p and p.minor),
                "recruitment": p is None,
                "stated_age": ad.age or None,
            }
        )
    return ads, truth


_ = (SITE_WEIGHTS, wchoice)
