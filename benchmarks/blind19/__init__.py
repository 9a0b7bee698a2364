"""The nineteenth blind corpus (issue 14): a Nordic market seen through pages that are not classifieds at all but
what surrounds them — a classifieds' helpdesk ticket thread quoting a reported ad, an aggregator's ingestion log
(JSON lines with trace ids, then logfmt), an outreach team's notes app export (Markdown with front matter, then a
sync export with latitude/longitude metadata), a paste site (line-number gutter, then a raw view), a booking
calendar's free/busy page with time slots, and an outreach tool's inbox of automatic replies. Written blind to the
extractor and the linker: each site's furniture (ticket and case ids, trace/span ids in hex, epoch stamps, listing
ids, byte counts, durations, time slots, coordinates, message ids) is labelled in the truth."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from benchmarks.blind19._data import CITIES, NATION_WORD, WORDS
from benchmarks.blind19._forms import (
    DISGUISED,
    EMAIL_EXACT,
    EMAIL_STYLES,
    HIDDEN,
    LINKED,
    PLAIN,
    SPLIT,
    pick_email_style,
    pick_phone_style,
    write_email,
    write_phone,
)
from benchmarks.blind19._people import Network, PhraseBook, Woman, build
from benchmarks.blind19._sites import (
    KIND,
    MARKDOWN,
    REDESIGN,
    RENDER,
    SITE_STYLES,
    SITES,
    TEMPLATES,
    Ad,
    Page,
    _iso,
)

__all__ = [
    "DISGUISED",
    "EMAIL_EXACT",
    "EMAIL_STYLES",
    "HIDDEN",
    "KIND",
    "LINKED",
    "PLAIN",
    "SITES",
    "SPLIT",
    "generate",
]

LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}
CURRENCY = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}
START = datetime(2026, 8, 3, 8, 0, 0)


def _spelling(rng: random.Random, city: str) -> str:
    names = CITIES[city][1]
    return names[0] if rng.random() < 0.7 or len(names) == 1 else rng.choice(names[1:])


class Writer:
    """Writes ads of one corpus: owns the random stream, the phrase book and each site's running counters."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.book = PhraseBook(rng)
        self.seq = dict.fromkeys(SITES, 0)

    def texts(self, owner: Woman | Network, lang: str, name: str) -> list[str]:
        if lang not in owner.texts:
            owner.texts[lang] = self.book.sentences(lang, 3, name)
        return owner.texts[lang]

    def ad(
        self,
        site: str,
        when: datetime,
        city: str,
        lang: str,
        person: str,
        net: Network | None,
        woman: Woman | None,
        contacts: list[tuple[str, bool]],
        emails: list[str],
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = self.rng
        self.seq[site] += 1
        new = when >= REDESIGN[site]
        country = CITIES[city][0]
        w = WORDS[lang]
        spelling = _spelling(rng, city)
        phone_styles: dict[str, str] = {}
        email_styles: dict[str, str] = {}
        page = Page()
        written: list[str] = []
        for e164, _own in contacts:
            style = pick_phone_style(rng, e164, country, SITE_STYLES[site], site in MARKDOWN)
            if style == "md_escaped" and site not in MARKDOWN:
                style = "intl"
            if style == "gutter_split" and new:
                style = "wrapped"
            phone_styles[e164] = style
            written.append(write_phone(rng, e164, style, lang, "\n", country))
        for addr in emails:
            style = pick_email_style(rng, addr, site in MARKDOWN)
            email_styles[addr] = style
        header = ""
        if site == "svarlogg":  # the auto-reply's sender: her number (or address) as its header prints it
            if emails and rng.random() < 0.5:
                header = f"{woman.names[site] if woman else net.name if net else 'x'} <{emails[0]}>"
                email_styles[emails[0]] = "angle"
                emails = emails[1:]
            else:
                e164 = contacts[0][0]
                phone_styles[e164] = "e164"
                header = e164
                written = written[1:]
        elif site == "feedpipe" and rng.random() < 0.35:  # the aggregator's structured contact field
            e164 = contacts[0][0]
            phone_styles[e164] = "json_fields"
            header = e164
            written = written[1:]
        mask = ""
        if site == "meldpunkt" and written and phone_styles[contacts[-1][0]] in PLAIN and rng.random() < 0.4:
            shown = write_phone(rng, contacts[-1][0], "national", lang, "\n")
            mask = shown[:-3] + "•••"  # the agent's note masks what it quotes
        lines: list[str] = []
        if woman is not None:
            name = woman.names[site]
            age = 18 + (woman.age == 17) if woman.minor else woman.age
            hello = f"{rng.choice(w['hello'])} {name}, {age} {rng.choice(w['years'])}"
            if lang in NATION_WORD and woman.nationality in NATION_WORD[lang] and rng.random() < 0.4:
                hello += f" · {NATION_WORD[lang][woman.nationality]}"
            lines.append(hello)
            own = self.texts(woman if net is None else net, lang, name)
            lines += rng.sample(own, 2)
            if woman.minor and rng.random() < 0.7:
                lines.append(rng.choice(w["young"]))
            title = rng.choice((f"{name} {age} – {spelling}", f"{name} ({age}) {spelling}", f"{spelling}: {name}"))
        else:
            assert net is not None
            name, age = net.name, 0
            lines.append(rng.choice(w["recruit"]))
            lines += rng.sample(self.texts(net, lang, net.name), 1)
            title = f"{net.name} – {spelling}"
        now = rng.choice(w["now"]).format(c=spelling)
        lines.append(now)
        if woman is not None and rng.random() < 0.15:
            other = rng.choice([c for c in woman.route if c != city] or [c for c in CITIES if c != city])
            lines.append(rng.choice(w["next"]).format(c=CITIES[other][1][0]))
        if woman is not None and rng.random() < 0.6:
            unit = CURRENCY[country] if lang == "en" else rng.choice(w["unit"])
            if unit in ("NOK", "SEK", "DKK") and unit != CURRENCY[country]:
                unit = CURRENCY[country]
            p1, p2 = rng.randrange(800, 2100, 100), rng.randrange(1500, 4100, 100)
            lines.append(f"30 min {page.f('price', str(p1))} {unit} / 60 min {page.f('price', str(p2))} {unit}")
        if woman is not None and net is not None and net.kind != "hidden" and rng.random() < 0.5:
            lines.append(f"Booking: {net.name}")
        call = rng.choice(w["call"])
        if written:
            if len(written) == 2 and rng.random() < 0.5:
                lines.append(f"{call}: {written[0]} / {written[1]}")
            else:
                lines += [f"{call}: {x}" for x in written]
        elif site == "svarlogg":
            lines.append(
                {
                    "no": "Svar på dette nummeret",
                    "sv": "Svara på detta nummer",
                    "da": "Svar på dette nummer",
                    "en": "Reply to this number",
                }[lang]
            )
        for addr in emails:
            lines.append(f"{rng.choice(w['mail'])}: {write_email(rng, addr, email_styles[addr], lang)}")
        ad = Ad(site, new, lang, name, age, title, lines, city, spelling, when, self.seq[site], header, mask)
        url, page_title, body = RENDER[site](rng, ad, page)
        ad_id = f"{site[:3]}{self.seq[site]:05d}"
        record = {
            "site": site,
            "id": ad_id,
            "url": url,
            "title": page_title,
            "body": body,
            "city": None,
            "posted_at": _iso(when),
        }
        own_phones = [e for e, own in contacts if own]
        truth = {
            "site": site,
            "id": ad_id,
            "url": url,
            "person_id": person,
            "network_id": net.nid if net is not None else f"solo-{person}",
            "network_kind": net.kind if net is not None else "solo",
            "phones": [e for e, _ in contacts],
            "own_phones": own_phones,
            "phone_styles": phone_styles,
            "emails": list(email_styles),
            "email_styles": email_styles,
            "city": city,
            "furniture": page.furniture,
            "kind": KIND[site],
            "template": TEMPLATES[site][new],
            "language": lang,
            "nationality": woman.nationality if woman is not None else "",
            "minor": bool(woman is not None and woman.minor),
            "recruitment": woman is None,
        }
        return record, truth


Slot = tuple[datetime, str, str, Woman | None, Network | None]


def _slots(rng: random.Random, women: list[Woman], nets: list[Network]) -> list[Slot]:
    """Every ad the market would post: a woman's along her route, in time order, on her favourite sites; each
    controller's recruitment ads."""
    slots: list[Slot] = []
    for woman in women:
        sites = rng.sample(SITES, rng.choice((1, 2, 2, 3)))
        when = START + timedelta(days=rng.randint(0, 110), minutes=rng.randint(0, 800))
        for i in range(woman.n_ads):
            leg = woman.route[min(len(woman.route) - 1, i * len(woman.route) // woman.n_ads)]
            slots.append((when, rng.choice(sites), leg, woman, woman.network))
            when += timedelta(days=rng.randint(0, 5), minutes=rng.randint(30, 900))
    for net in nets:
        if net.kind == "clinic":
            continue
        for _ in range(rng.randint(1, 3)):
            when = START + timedelta(days=rng.randint(0, 120), minutes=rng.randint(0, 800))
            slots.append((when, rng.choice(SITES), rng.choice(list(CITIES)), None, net))
    return slots


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The corpus for a seed: ``n_ads`` ads and their truth rows, in posting order."""
    rng = random.Random(f"blind19:{seed}")
    women, nets = build(rng, n_ads, SITES)
    slots = _slots(rng, women, nets)
    keep = sorted(rng.sample(range(len(slots)), min(n_ads, len(slots))))
    chosen = sorted((slots[i] for i in keep), key=lambda s: (s[0], s[3].pid if s[3] else s[4].nid if s[4] else ""))
    writer = Writer(rng)
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for when, site, city, woman, net in chosen:
        country = CITIES[city][0]
        if woman is not None:
            lang = "en" if rng.random() < woman.english + 0.05 else LANG_OF[country]
            change = START + timedelta(days=woman.change_day)
            own_now = woman.phones[-1] if when >= change else woman.phones[0]
            contacts = _contacts(rng, woman, net, own_now)
            emails = _emails(rng, woman, net)
            person = woman.pid
        else:
            assert net is not None
            lang = "en" if rng.random() < 0.3 else LANG_OF[country]
            contacts = [(net.line, False)]
            emails = [net.email] if net.email and rng.random() < 0.5 else []
            person = f"controller-{net.nid}"
        record, row = writer.ad(site, when, city, lang, person, net, woman, contacts, emails)
        ads.append(record)
        truth.append(row)
    return ads, truth


def _contacts(rng: random.Random, woman: Woman, net: Network | None, own: str) -> list[tuple[str, bool]]:
    if net is None:
        out = [(own, True)]
        if len(woman.phones) > 1 and rng.random() < 0.08:
            other = woman.phones[0] if own != woman.phones[0] else woman.phones[1]
            out.append((other, True))
        return out
    if net.kind == "hidden":
        r = rng.random()
        if r < 0.45:
            return [(net.line, False)]
        if r < 0.75:
            return [(own, True)]
        return [(own, True), (net.line, False)]
    if rng.random() < (0.15 if net.kind == "agency" else 0.2):
        return [(net.line, False), (own, True)]
    return [(net.line, False)]


def _emails(rng: random.Random, woman: Woman, net: Network | None) -> list[str]:
    if net is None:
        return [woman.email] if woman.email and rng.random() < 0.55 else []
    return [net.email] if net.email and rng.random() < 0.4 else []
