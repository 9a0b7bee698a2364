"""blind21: the twenty-first evaluation corpus, written blind to the extractor and the linker (issue 14).

A Nordic market of escort and massage ads on six sites: three ordinary ad sites as they print an ad (rosaguiden, a
Norwegian escort classified with bump times, bump counts, favourites, a verified-phone date, prices per duration and
related ads, then moved to a .eu domain with short ad codes, feed positions and weekly views; lotusguiden, a Swedish
massage directory with ratings, opening hours, treatments and street addresses with postcodes, then a Danish
lotus-guide.dk with MobilePay boxes and week numbers in the URL; nordic-companions, an English touring directory
with rates in the city's currency, tour stops, badges and member years, then a .io domain with hex listing ids) and
three pages that hold an ad without being an ad site (datakopi: an advertiser's GDPR access export with member,
invoice and order numbers and login IPs, first as text, then as JSON from a processor abroad; abusedesk: a hosting
provider's abuse ticket quoting the reported ad, then ARF reports (RFC 5965) from a provider in Germany; clips: an
outreach team's browser extension's saved clips, as Markdown, then as a Netscape bookmarks file with the ad in
<DD>). The women write their numbers and addresses plainly, as links, disguised or hidden, change numbers, tour,
and work alone, for agencies, for hidden controllers who answer one line for several women, or at clinics.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

import phonenumbers
from benchmarks.blind21._data import (
    ADJECTIVES,
    CITIES,
    CLOSERS,
    FIRST_NAMES,
    HOURS,
    MINOR_CUES,
    NATIONALITIES,
    NOUNS,
    OFFER_ADJ,
    OFFERS,
    OPENERS,
    PLACES,
    RECRUIT,
)
from benchmarks.blind21._forms import (
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
from benchmarks.blind21._people import Network, Numbers, Woman, population
from benchmarks.blind21._sites import KIND, RENDER, Page, digits_of
from benchmarks.corpus_files import ad_row

__all__ = ["DISGUISED", "EMAIL_EXACT", "EMAIL_STYLES", "HIDDEN", "KIND", "LINKED", "PLAIN", "SITES", "generate"]

SITES = ["rosaguiden", "lotusguiden", "companions", "datakopi", "abusedesk", "clips"]

#: each site's own phone (region, before and after its redesign) and its own address
SITE_PHONES = {
    "rosaguiden": ("NO", "MT"),
    "lotusguiden": ("SE", "DK"),
    "companions": ("GB", "EE"),
    "datakopi": ("NO", "IE"),
    "abusedesk": ("NO", "DE"),
    "clips": ("SE", "NL"),
}
SUPPORT = {
    "rosaguiden": ("kundeservice@rosaguiden.no", "help@rosaguiden.eu"),
    "lotusguiden": ("annons@lotusguiden.se", "kundeservice@lotus-guide.dk"),
    "companions": ("support@nordic-companions.com", "helpdesk@nordiccompanions.io"),
    "datakopi": ("personvern@datekontakt.no", "dsar@privacy-requests.eu"),
    "abusedesk": ("abuse@hostnordic.net", "abuse@eurohost-cloud.de"),
    "clips": ("support@snipstash.app", "help@clipvault.io"),
}

PHONE_LABELS = {
    "no": ["Ring/SMS:", "Tlf:", "Mobil:", "Nummer:", "📞"],
    "sv": ["Ring/sms:", "Tel:", "Mobil:", "Nr:", "📞"],
    "da": ["Ring/SMS:", "Tlf.:", "Mobil:", "Nummer:", "📞"],
    "en": ["Call/text:", "Phone:", "Mobile:", "Number:", "📞"],
}
LINK_LABELS = {"wa_link": "WhatsApp:", "tel_link": "☎", "sms_link": "SMS:"}
NEW_OLD = {
    "no": ("Nytt nummer:", "Gammelt nummer virker fortsatt:"),
    "sv": ("Nytt nummer:", "Gamla numret funkar också:"),
    "da": ("Nyt nummer:", "Gammelt nummer virker stadig:"),
    "en": ("New number:", "Old number still works:"),
}
MAIL_LABELS = {
    "no": ["E-post:", "Mail:", "✉"],
    "sv": ["Mejl:", "E-post:", "✉"],
    "da": ["Mail:", "E-mail:", "✉"],
    "en": ["Email:", "Mail:", "✉"],
}
_TAILS = [" 😘", " 💋", " ✨", " 🌹", " 💕", " 🔥", " 😊", " 🥰"]


class Voice:
    """Which writer (a network, or a solo woman) owns a sentence: two writers never share one, so that a linker
    cannot find a network in the generator's phrase book. A sentence already another writer's loses its full stop
    and takes an emoji, as a writer's own way of ending it."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def say(self, writer: str, sentence: str, rng: random.Random) -> str:
        owner = self.owner.setdefault(sentence, writer)
        if owner == writer:
            return sentence
        return sentence.rstrip(".!?") + rng.choice(_TAILS)


def _prose(
    voice: Voice, writer: str, w: Woman | None, lang: str, name: str, spelling: str, rng: random.Random
) -> list[str]:
    if w is None:  # a controller's recruitment ad
        out = [rng.choice(RECRUIT[lang]).format(c=spelling) + "."]
        out.append(rng.choice(CLOSERS[lang]) + ".")
        return [voice.say(writer, s, rng) for s in out]
    first = (
        f"{rng.choice(OPENERS[lang]).format(n=name)}, {rng.choice(ADJECTIVES[lang])} {rng.choice(NOUNS[lang])}"
        f" {rng.choice(PLACES[lang]).format(c=spelling)}{rng.choice(['.', '!'])}"
    )
    out = [first, rng.choice(OFFERS[lang]).format(a=rng.choice(OFFER_ADJ[lang])) + "."]
    if w.minor and rng.random() < 0.7:
        out.append(rng.choice(MINOR_CUES[lang]) + ".")
    if rng.random() < 0.4:
        out.append(
            rng.choice(HOURS[lang]).format(a=rng.choice([9, 10, 11, 12, 14]), b=rng.choice([20, 22, 23, 24])) + "."
        )
    out.append(rng.choice(CLOSERS[lang]) + rng.choice([".", "!"]))
    return [voice.say(writer, s, rng) for s in out]


def _spelling(city: str, rng: random.Random) -> str:
    names = CITIES[city][1]
    return names[0] if rng.random() < 0.55 else rng.choice(names)


class _Styles:
    """Each writer's habit: the style she (or the controller for his line) writes a number and an address in."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.phone: dict[str, str] = {}
        self.mail: dict[str, str] = {}

    def phone_style(self, key: str) -> str:
        if key not in self.phone:
            self.phone[key] = self.rng.choices(list(PHONE_WEIGHTS), list(PHONE_WEIGHTS.values()))[0]
        if self.rng.random() < 0.65:
            return self.phone[key]
        return self.rng.choices(list(PHONE_WEIGHTS), list(PHONE_WEIGHTS.values()))[0]

    def mail_style(self, key: str) -> str:
        if key not in self.mail:
            self.mail[key] = self.rng.choices(list(EMAIL_WEIGHTS), list(EMAIL_WEIGHTS.values()))[0]
        if self.rng.random() < 0.7:
            return self.mail[key]
        return self.rng.choices(list(EMAIL_WEIGHTS), list(EMAIL_WEIGHTS.values()))[0]


def _render_phone(style: str, e164: str, country: str, lang: str, rng: random.Random) -> tuple[str, str]:
    local = phonenumbers.region_code_for_number(phonenumbers.parse(e164)) == country
    text = phone(style, e164, local, lang, rng)
    nsn = phonenumbers.national_significant_number(phonenumbers.parse(e164))
    if style in HIDDEN and nsn in digits_of(text):  # nothing to hide by letters: she spells it out
        style = "words"
        text = phone(style, e164, local, lang, rng)
    return style, text


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``n_ads`` ads and their truth rows, the same for a seed on any machine."""
    rng = random.Random(seed * 7_919 + 21)
    numbers = Numbers(rng)
    women, nets = population(rng, n_ads, SITES, numbers)
    site_phone = {(s, t): numbers.new(SITE_PHONES[s][i], "fixed") for s in SITES for i, t in enumerate("ab")}
    redesign = {s: rng.randrange(50, 100) for s in SITES}
    start = datetime(2026, 1, 5, tzinfo=UTC)
    weights = [w.weight for w in women]
    recruiters = [n for n in nets if n.kind in ("agency", "hidden")]
    voice, styles = Voice(), _Styles(rng)
    counters: dict[str, int] = defaultdict(int)
    urls: dict[str, int] = {}
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for _ in range(n_ads):
        recruit = rng.random() < 0.012
        net: Network | None
        w: Woman | None
        if recruit:
            w, net = None, rng.choice(recruiters)
            site = rng.choice(["rosaguiden", "companions", "abusedesk", "clips"])
            city = net.city
        else:
            w = rng.choices(women, weights)[0]
            net = w.network
            site = rng.choice(w.sites)
            city = rng.choice(w.tour) if w.tour and rng.random() < 0.45 else w.home
        day = rng.randrange(150)
        when = start + timedelta(days=day, seconds=rng.randrange(86_400))
        tpl = "a" if day < redesign[site] else "b"
        country = CITIES[city][0]
        spelling = _spelling(city, rng)
        local_lang = {"NO": "no", "SE": "sv", "DK": "da"}[country]
        if w is None:
            lang = rng.choice(["en", local_lang])
        elif site == "companions":
            lang = "en" if rng.random() < 0.85 else w.lang
        else:
            lang = w.lang
        writer = net.nid if net else f"solo-{w.pid}" if w else "?"
        # the numbers the ad gives: whose they are and how they are labelled
        shown: list[tuple[str, bool, str]] = []  # (e164, own, label)
        if net is not None:
            shown.append((net.line, False, ""))
        if w is not None and (net is None or rng.random() < w.show_own):
            current = w.phone_on(day)
            both = len(w.phones) == 2 and w.switch_day <= day < w.switch_day + 20 and rng.random() < 0.6
            if both:
                shown.append((w.phones[1], True, NEW_OLD[lang][0]))
                shown.append((w.phones[0], True, NEW_OLD[lang][1]))
            else:
                shown.append((current, True, ""))
        phones, plabels, phone_styles, own_phones = [], [], {}, []
        for e164, own, label in shown:
            key = w.pid if own and w else net.nid if net else "?"
            style, text = _render_phone(styles.phone_style(key), e164, country, lang, rng)
            phones.append(text)
            plabels.append(label or LINK_LABELS.get(style) or rng.choice(PHONE_LABELS[lang]))
            phone_styles[e164] = style
            if own:
                own_phones.append(e164)
        mails, elabels, email_styles = [], [], {}
        addrs = []
        if w is not None and w.email and rng.random() < 0.55:
            addrs.append((w.email, w.pid))
        if net is not None and net.email and rng.random() < 0.6:
            addrs.append((net.email, net.nid))
        for addr, key in addrs:
            style = styles.mail_style(key)
            mails.append(email(style, addr, lang, rng))
            elabels.append(rng.choice(MAIL_LABELS[lang]))
            email_styles[addr] = style
        name = w.aliases[site] if w and site in w.aliases else (w.name if w else (net.name if net else "Team"))
        if w is None and not name:
            name = rng.choice(["Team", "Booking", "Jobb"])
        nat = w.nationality if w else ""
        nat_words = NATIONALITIES[nat][1] if nat else ("", "", "", "")
        page = Page(
            rng=rng,
            site=site,
            template=tpl,
            when=when,
            lang=lang,
            name=name,
            age=w.age if w else 30,
            height=w.height if w else 170,
            nat_word=nat_words[["no", "sv", "da", "en"].index(lang)] if nat else "-",
            nat_en=nat_words[3] if nat else "-",
            city=city,
            country=country,
            spelling=spelling,
            prose=_prose(voice, writer, w, lang, name, spelling, rng),
            phones=phones,
            raw=[e for e, _, _ in shown],
            styles=list(phone_styles.values()),
            emails=mails,
            plabels=plabels,
            elabels=elabels,
            clinic=net.name if net and net.kind == "clinic" else "",
            street=net.street if net and net.kind == "clinic" else "",
            agency=net.name if net and net.kind == "agency" else "",
            recruitment=recruit,
            others=[(rng.choice(FIRST_NAMES), rng.randrange(20, 40)) for _ in range(rng.choice([0, 2, 3]))],
            tour=[c for c in (w.tour if w else []) if c != city],
            site_phone=site_phone[(site, tpl)],
            support=SUPPORT[site][tpl == "b"],
        )
        title, body, url, city_field = RENDER[site](page)
        if url in urls:  # two pages drew one id: the later one is a new version of the address, as sites number them
            urls[url] += 1
            url += f"{'&' if '?' in url else '?'}v={urls[url]}"
        urls[url] = 1
        counters[site] += 1
        ad_id = str(300_000 + counters[site] * 13 + rng.randrange(13))
        ads.append(ad_row(site, ad_id, url, title, body, city_field, when))
        pid = w.pid if w else f"controller-{net.nid if net else '?'}"
        truth.append(
            {
                "site": site,
                "id": ad_id,
                "url": url,
                "person_id": pid,
                "network_id": writer,
                "network_kind": net.kind if net else "solo",
                "phones": list(phone_styles),
                "own_phones": own_phones,
                "phone_styles": phone_styles,
                "emails": list(email_styles),
                "email_styles": email_styles,
                "city": city,
                "furniture": page.furniture,
                "kind": KIND[site],
                "template": f"{site}-{tpl}",
                "language": lang,
                "nationality": nat or None,
                "minor": bool(w and w.minor),
                "recruitment": recruit,
            }
        )
    return ads, truth
