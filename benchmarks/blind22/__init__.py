"""blind22: the twenty-second evaluation corpus, written blind to the extractor and the linker (issue 14).

A Nordic market of escort, massage and "gift for time" contact ads on six sites, each with its own page conventions
in the text and the URL and two templates (before and after its redesign day, four of them moving abroad):
kontaktsiden, a Norwegian contact-ad classified (ad numbers, "sist pålogget" times, read counts, body facts, wanted
age ranges, gift prices, then kontaktsiden.nu run from Cyprus with eye and heart counters, reply times, paid top
ads and neighbours' ads naming other cities); kyssguiden, a Swedish escort classified (category breadcrumbs,
published timestamps, view counts, prices per duration, saves, then a Maltese .net with featured dates, weekly views
and a price list); lystne, a Danish sex-ad site (ad numbers, expiry days, dot-thousand view counts, opening hours,
half-hour prices, then an Estonian .eu with dotted price tables and check dates); nightpass, an English directory
(NP references, shortlists, heights in feet, euro rates, then a .co.uk with country-suffixed ids, verification
months and response rates); eliteselskab, an agency platform where agencies list their models with booking lines,
measurements, deposits and colleagues' names (then a Dutch .eu in English); crawlmetrics, an SEO tool's crawl
report of ad pages on other sites (crawl and project ids, the crawled address with its page id, title lengths and
pixels, byte sizes, response times, content hashes, a custom extraction of tel: links, then a German audit table
with duplicate-content hints). Women write their numbers plainly, as messenger links (Viber, Telegram, WhatsApp's
API), disguised (stars, underscores, slashes, mathematical bold digits, a number broken over two lines, single
digits) or hidden (spelled out, letters for digits, words and digits alternating); change numbers; tour; reuse
their texts; and work alone, for agencies, at clinics, or under hidden controllers answering one line for several.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from benchmarks.blind22._data import (
    CITIES,
    CITY_SENTENCES,
    MAIL_LABELS,
    NATIONALITIES,
    NEW_NUMBER,
    PHONE_LABELS,
    RECRUIT,
)
from benchmarks.blind22._forms import (
    DISGUISED,
    EMAIL_EXACT,
    EMAIL_STYLES,
    EMAIL_WEIGHTS,
    HIDDEN,
    LINKED,
    PHONE_WEIGHTS,
    PLAIN,
    email,
    phone,
)
from benchmarks.blind22._people import LANGS, Network, Woman, compose, population
from benchmarks.blind22._sites import (
    COVERS,
    KIND,
    REDESIGN,
    RENDER,
    SITE_LANGS,
    SITE_LINES,
    SITES,
    Ad,
    Page,
)
from benchmarks.corpus_files import ad_row

__all__ = ["DISGUISED", "EMAIL_EXACT", "EMAIL_STYLES", "HIDDEN", "KIND", "LINKED", "PLAIN", "SITES", "generate"]

START = datetime(2026, 1, 5)
DAYS = 112

_OLD = {
    "no": "(gammelt nr {n} er ute av bruk)",
    "sv": "(gamla numret {n} är avstängt)",
    "da": "(gammelt nr. {n} er lukket)",
    "en": "(old number {n} no longer in use)",
}
_LINE = {
    "agency": {"no": "Booking:", "sv": "Bokning:", "da": "Booking kun via bureauet:", "en": "Bookings:"},
    "clinic": {"no": "Timebestilling:", "sv": "Tidsbokning:", "da": "Bestil tid:", "en": "Appointments:"},
}
_DIRECT = {"no": "Direkte:", "sv": "Direkt:", "da": "Direkte:", "en": "Direct:"}
_NO_CONTACT = {
    "no": "Kontakt meg via meldingsknappen",
    "sv": "Kontakta mig via meddelandeknappen",
    "da": "Skriv til mig via beskedknappen",
    "en": "Message me through the site",
}
_LINK_LABELS = {"viber_link": "Viber", "tme_link": "Telegram", "wa_api": "WhatsApp"}


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def _print_site_line(e164: str) -> str:
    num = phonenumbers.parse(e164)
    region = phonenumbers.region_code_for_number(num)
    if region in ("NO", "SE", "DK"):
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _phone_text(e164: str, style: str, home: str, lang: str, rng: random.Random, label: str) -> str:
    text = phone(e164, style, home, lang, rng)
    if style in LINKED:
        return f"{_LINK_LABELS[style]}: {text}"
    return f"{label} {text}"


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(f"blind22:{seed}:{n_ads}")
    women, nets, numbers, voices = population(rng, n_ads, SITES, SITE_LANGS)
    by_pid = {w.pid: w for w in women}
    site_lines = {s: tuple(numbers.new(region, fixed) for region, fixed in SITE_LINES[s]) for s in SITES}
    # each woman's number changes, her favourite way to write it, and each controller's
    changes: dict[str, list[float]] = {}
    style_of: dict[str, str] = {}
    mail_style_of: dict[str, str] = {}
    for woman in women:
        changes[woman.pid] = sorted(rng.uniform(0.1, 0.9) for _ in range(max(0, len(woman.phones) - 1)))
        style_of[woman.pid] = _weighted(rng, PHONE_WEIGHTS)
        mail_style_of[woman.pid] = _weighted(rng, EMAIL_WEIGHTS)
    for n in nets:
        style_of[n.nid] = rng.choice(["national", "intl", "compact", "wa_api", "pairs", "intl00", "tme_link"])
        mail_style_of[n.nid] = _weighted(rng, EMAIL_WEIGHTS)
    weights = [w.weight for w in women]
    # the ads' people, times and cities first, then rendered in time order (ids grow with time)
    specs: list[tuple[datetime, Woman | None, Network | None]] = []
    for _ in range(n_ads):
        when = START + timedelta(seconds=rng.randint(0, DAYS * 86400 - 1))
        if rng.random() < 0.012:
            specs.append((when, None, rng.choice(nets)))
        else:
            chosen = rng.choices(women, weights)[0]
            specs.append((when, chosen, chosen.net))
    specs.sort(key=lambda s: s[0])
    next_id = {s: 100000 + 37000 * i + rng.randint(0, 999) for i, s in enumerate(SITES)}
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for when, who, net in specs:
        w = who
        frac = (when - START).total_seconds() / (DAYS * 86400)
        if w is None:
            assert net is not None
            city = rng.choice([c for c, v in CITIES.items() if v[0] == net.country])
        else:
            city = w.cities[0] if rng.random() < 0.5 else rng.choice(w.cities)
        country = CITIES[city][0]
        if w is not None:
            sites = [s for s in w.sites if country in COVERS[s]]
            if not sites:
                sites = [s for s in SITES if country in COVERS[s]]
                w.sites.append(sites[0] if rng.random() < 0.5 else rng.choice(sites))
                sites = [w.sites[-1]]
            site = rng.choice(sites)
        else:
            site = rng.choice([s for s in SITES if country in COVERS[s]])
        if net is not None and net.kind == "agency" and w is not None and rng.random() < 0.35:
            if country in COVERS["eliteselskab"]:
                site = "eliteselskab"
        site_w = SITE_LANGS[site]
        if w is not None:
            lang = _weighted(
                rng, {k: v * (4 if k in w.langs else 0) + (1 if k == "en" else 0) for k, v in site_w.items()}
            )
        else:
            lang = net.lang if net and net.lang in site_w else _weighted(rng, site_w)
        new = when >= REDESIGN[site]
        spelling = rng.choice(CITIES[city][1])
        phones: list[tuple[str, str, str]] = []  # (e164, style, role)
        emails: list[tuple[str, str]] = []
        own: list[str] = []
        if w is None:
            assert net is not None
            line = net.lines[min(int(frac * len(net.lines)), len(net.lines) - 1)]
            phones.append((line, style_of[net.nid], "line"))
            if net.email and rng.random() < 0.5:
                emails.append((net.email, mail_style_of[net.nid]))
        else:
            k = sum(frac >= c for c in changes[w.pid])
            cur = w.phones[k] if w.phones else None
            fav = style_of[w.pid] if rng.random() < 0.6 else _weighted(rng, PHONE_WEIGHTS)
            if net is None:
                assert cur is not None
                if rng.random() < 0.03:
                    pass  # no number: the site's message button, perhaps an address
                elif k > 0 and frac - changes[w.pid][k - 1] < 0.08 and rng.random() < 0.4:
                    phones.append((cur, fav, "new"))
                    phones.append((w.phones[k - 1], _weighted(rng, {s: 1 for s in sorted(PLAIN)}), "old"))
                else:
                    phones.append((cur, fav, "own"))
            else:
                line = net.lines[min(int(frac * len(net.lines)), len(net.lines) - 1)]
                p_line = {"agency": 1.0, "clinic": 1.0, "hidden": 0.75}[net.kind]
                p_own = {"agency": 0.2, "clinic": 0.1, "hidden": w.shows_own}[net.kind] if cur else 0.0
                show_line = rng.random() < p_line
                show_own = rng.random() < p_own
                if not show_line and not show_own:
                    show_line = True
                if show_line:
                    phones.append((line, style_of[net.nid] if net.kind != "hidden" else fav, "line"))
                if show_own and cur:
                    phones.append((cur, fav, "own"))
            if w.email and rng.random() < 0.6:
                emails.append((w.email, mail_style_of[w.pid] if rng.random() < 0.8 else _weighted(rng, EMAIL_WEIGHTS)))
            if net is not None and net.email and net.kind != "hidden" and rng.random() < 0.4:
                emails.append((net.email, mail_style_of[net.nid]))
        # the contact block
        contact_lines: list[str] = []
        for e164, style, role in phones:
            if role == "line" and net is not None and net.kind in _LINE:
                label = _LINE[net.kind][lang]
            elif role == "own" and any(r == "line" for _, _, r in phones):
                label = _DIRECT[lang]
            elif role == "new":
                label = NEW_NUMBER[lang]
            else:
                label = rng.choice(PHONE_LABELS[lang])
            if role == "old":
                contact_lines[-1] += " " + _OLD[lang].format(n=phone(e164, style, country, lang, rng))
            else:
                contact_lines.append(_phone_text(e164, style, country, lang, rng, label))
        for addr, style in emails:
            contact_lines.append(f"{rng.choice(MAIL_LABELS[lang])} {email(addr, style, lang, rng)}")
        if not contact_lines:
            contact_lines.append(_NO_CONTACT[lang])
        tel = next((e for e, s, r in phones if s in PLAIN | LINKED and r != "old"), None)
        # the text
        if w is None:
            assert net is not None
            writer = net.nid
            sents = compose(RECRUIT[lang], lang, rng, voices, writer, 2, h=net.name) + net.voice[lang][:1]
            name, age, nat = net.name, 0, {lg: "" for lg in LANGS}
        else:
            writer = w.writer
            name = w.site_names[site]
            age = w.age
            nat = NATIONALITIES[w.nationality][1]
            body_sents = list(rng.choice(w.voice[lang]))
            if len(body_sents) > 2 and rng.random() < 0.3:
                body_sents.pop(rng.randrange(len(body_sents)))
            sents = [s.replace("{name}", name) for s in body_sents]
            if rng.random() < 0.5:
                sents += compose(CITY_SENTENCES[lang], lang, rng, voices, writer, 1, city=spelling)
            if net is not None and rng.random() < 0.5:
                sents = net.voice[lang][: rng.randint(1, 2)] + sents
        body = " ".join(sents) if rng.random() < 0.6 else "\n".join(sents)
        others: list[str] = []
        if net is not None:
            mates = [by_pid[p] for p in net.women if w is None or p != w.pid]
            others = list(dict.fromkeys(m.site_names[site] for m in mates))[: rng.randint(0, 4)]
        near = None
        if site == "kontaktsiden" and rng.random() < 0.25:
            other_city = rng.choice([c for c, v in CITIES.items() if v[0] == country and c != city])
            near = (rng.choice(women).site_names[site], CITIES[other_city][1][0])
        line_e164 = site_lines[site][1 if new else 0]
        ad_id = next_id[site]
        next_id[site] += rng.randint(1, 23)
        ad = Ad(site, ad_id, when, new, lang, city, spelling, CITIES[city][2], country, name, age, nat, body,
                "\n".join(contact_lines), tel, net.name if net else None, net.kind if net else None, others, near,
                line_e164, _print_site_line(line_e164), w is None)  # fmt: skip
        page = Page()
        url, title, text, city_field = RENDER[site](ad, page, rng)
        page.site_phone(line_e164, ad.site_line_text)
        person = f"controller-{net.nid}" if w is None and net else (w.pid if w else "")
        own = [e for e, _, r in phones if r in ("own", "new", "old")]
        styles: dict[str, str] = {}
        for e164, style, _ in phones:
            styles.setdefault(e164, style)
        ads.append(ad_row(site, str(ad_id), url, title, text, city_field, when))
        truth.append(
            {
                "site": site,
                "id": str(ad_id),
                "url": url,
                "person_id": person,
                "network_id": net.nid if net else f"solo-{person}",
                "network_kind": net.kind if net else "solo",
                "phones": list(styles),
                "own_phones": own,
                "phone_styles": styles,
                "emails": list(dict.fromkeys(a for a, _ in emails)),
                "email_styles": {a: s for a, s in emails},
                "city": city,
                "furniture": page.furniture,
                "kind": KIND[site],
                "template": f"{site}-{'b' if new else 'a'}",
                "language": lang,
                "nationality": w.nationality if w else "",
                "minor": bool(w and w.minor),
                "recruitment": w is None,
            }
        )
    return ads, truth
