"""The sixteenth blind corpus (issue 14): a Nordic escort market seen through pages that are not ad sites.

Written blind to the extractor and the linker, as the session's pure test set. Six kinds of page no earlier corpus
used, each with its own conventions in the text and the URL and a second template from its redesign day:

- sokfunn: a search engine's result page for "escort <city>": a result count, the source ad's URL printed as a
  breadcrumb with its id, a date before the snippet, the query's words in <b>, the snippet cut with "…";
  redesigned to an English interface on a domain abroad.
- nettarkivet: a web archive's snapshot of an ad: capture timestamps (14 digits) in the URL and the toolbar, every
  link rewritten through the archive (tel: and mailto: behind /web/<timestamp>/), the source site's footer with
  its own customer-service number and address.
- lenkeside: a link-in-bio page: buttons (wa.me, tel:, sms:), view and click counters, a tracking id in the URL.
- nordkatalog: a Telegram bot's catalogue card: card number, page x/y, inline buttons with their callback data
  (call:<number>, fav:<card>, page:<n>), a view count.
- nordchan: an image board's post: post numbers of 8 digits, ">>" quotes of other posts, a file name that is a
  13-digit millisecond stamp, the image's size and dimensions.
- kundeprat: a review board where buyers write about women: the buyer's handle (often with a year), the review's
  number, price and duration, stars, "her number:", the member's join year and post count.

The persons are women (a few minors stating 18 or 19, with cues), touring across NO/SE/DK, changing numbers, named
differently per site; controllers are hidden ones sharing a line across 2-7 women and agencies with a booking line
and an address; some controllers post recruitment ads. The truth gives each ad's phones (E.164) with their written
style, e-mails with theirs, the canonical city, person and network, and every number the page prints that is not a
contact (furniture, with its kind and digits; the sites' own numbers with their E.164).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from benchmarks.blind16._data import CITIES, RECRUIT
from benchmarks.blind16._people import DAYS, Network, Numbers, Woman, people
from benchmarks.blind16._write import (
    DISGUISED,
    EMAIL_EXACT,
    EMAIL_STYLES,
    HIDDEN,
    LINKED,
    PLAIN,
    email,
    hides,
    parts,
    phone,
)
from benchmarks.corpus_files import ad_row

__all__ = ["DISGUISED", "EMAIL_EXACT", "EMAIL_STYLES", "HIDDEN", "KIND", "LINKED", "PLAIN", "SITES", "generate"]

SITES = ["sokfunn", "nettarkivet", "lenkeside", "nordkatalog", "nordchan", "kundeprat"]
KIND = {
    "sokfunn": "search_results",
    "nettarkivet": "web_archive",
    "lenkeside": "link_in_bio",
    "nordkatalog": "bot_catalogue",
    "nordchan": "image_board",
    "kundeprat": "review_board",
}
_SITE_WEIGHT = [18, 17, 15, 17, 15, 18]
_START = datetime(2026, 1, 5, 0, 0, 0)

_PLAIN_W = {"national": 30, "intl": 14, "compact": 10, "e164": 4, "intl00": 3, "dotted": 4, "paren_cc": 3}
_DISG_W = {"spaced": 3, "fullwidth": 2, "mathbold": 2, "keycap": 2, "halves": 2, "newline_split": 2, "hashtag": 1}
_HIDDEN_W = {"words": 5, "mixed_words": 3, "lookalike": 3, "reversed": 1}
_LINK_W = {
    "sokfunn": {"bold_split": 6},
    "nettarkivet": {"tel_link": 22},
    "lenkeside": {"wa_link": 22, "tel_link": 8, "sms_link": 5},
    "nordkatalog": {"callback": 22},
    "nordchan": {"wa_link": 4, "bold_split": 3},
    "kundeprat": {},
}
_FOREIGN_OK = {"intl", "e164", "intl00", "paren_cc", "tel_link", "wa_link", "callback", "sms_link", "words"}
_FOREIGN_OK |= {"mathbold", "keycap"}
_EMAIL_W = {"plain": 30, "entity": 6, "at_word": 12, "at_paren": 6, "spaced": 6, "bracket": 5}

L: dict[str, dict[str, str]] = {
    "no": {"tel": "Tlf", "call": "Ring", "mail": "E-post", "new": "Nytt nummer", "book": "Booking", "in": "i"},
    "sv": {"tel": "Tel", "call": "Ring", "mail": "Mejl", "new": "Nytt nummer", "book": "Bokning", "in": "i"},
    "da": {"tel": "Tlf", "call": "Ring", "mail": "Mail", "new": "Nyt nummer", "book": "Booking", "in": "i"},
    "en": {"tel": "Phone", "call": "Call", "mail": "Email", "new": "New number", "book": "Booking", "in": "in"},
}
_MONTHS = {
    "no": "jan feb mar apr mai jun jul aug sep okt nov des".split(),
    "sv": "jan feb mar apr maj jun jul aug sep okt nov dec".split(),
    "da": "jan feb mar apr maj jun jul aug sep okt nov dec".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
_SOURCES = {
    "NO": ["rosenatt.no", "kveldsro.no"],
    "SE": ["nattfjaril.se", "mysmys.se"],
    "DK": ["kysmig.dk", "natlys.dk"],
}


class Page:
    """One ad being written: its text parts and the furniture its page prints."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.furniture: list[dict[str, str]] = []

    def f(self, kind: str, text: str) -> str:
        """`text` printed by the page as furniture of `kind`."""
        digits = "".join(c for c in text if c.isdigit())
        if len(digits) >= 2:
            self.furniture.append({"kind": kind, "digits": digits})
        return text

    def site_phone(self, e164: str, text: str) -> str:
        _, nsn, _ = parts(e164)
        self.furniture.append({"kind": "site_phone", "digits": nsn, "e164": e164})
        return text

    def site_email(self, addr: str) -> str:
        self.furniture.append({"kind": "support_email", "digits": "", "text": addr})
        return addr


class Ad:
    """What the person or controller says in one ad, before a site lays it out."""

    def __init__(self) -> None:
        self.name = ""
        self.age = 0
        self.city = ""
        self.spelling = ""
        self.lang = "en"
        self.sentences: list[str] = []
        self.phones: list[tuple[str, str, str, bool]] = []  # (E.164, style, text, is the new one)
        self.emails: list[tuple[str, str, str]] = []  # (address, style, text)
        self.day = 0
        self.when = _START
        self.agency = ""


def _style(rng: random.Random, site: str, e164: str, country: str) -> str:
    """A written style for the number; one from another country than the ad's city mostly keeps its code."""
    w = {**_PLAIN_W, **_DISG_W, **_HIDDEN_W, **_LINK_W[site]}
    own = {"NO": "+47", "SE": "+46", "DK": "+45"}[country]
    if not e164.startswith(("+45", "+46", "+47")) or (not e164.startswith(own) and rng.random() < 0.85):
        w = {k: v for k, v in w.items() if k in _FOREIGN_OK}
    while True:
        style = rng.choices(list(w), weights=list(w.values()))[0]
        if style not in HIDDEN or hides(e164, style):
            return style


def _date(when: datetime, lang: str, form: str) -> str:
    if form == "long":
        return f"{when.day}. {_MONTHS[lang][when.month - 1]} {when.year}"
    if form == "iso":
        return when.strftime("%Y-%m-%d")
    return when.strftime("%d.%m.%Y")


def _contact_lines(page: Page, ad: Ad, site: str, wrap: dict[str, str]) -> list[str]:
    """Each number and address on its own line, its label in the ad's language and its link in the page's form."""
    lab = L[ad.lang]
    out = []
    for e164, style, text, new in ad.phones:
        cc, nsn, _ = parts(e164)
        shown = text
        if style in wrap:
            shown = wrap[style].format(text=text, e164=e164, cc=cc, nsn=nsn, call=lab["call"])
        label = (
            lab["new"]
            if new
            else (lab["book"] + " " + ad.agency if ad.agency else page.rng.choice([lab["tel"], lab["call"]]))
        )
        out.append(f"{label}: {shown}")
    for _addr, style, text in ad.emails:
        shown = wrap.get("mailto", "{text}").format(text=text) if style == "mailto" else text
        out.append(f"{lab['mail']}: {shown}")
    return out


def _serp(page: Page, ad: Ad, tmpl: str, rid: str) -> tuple[str, str, str]:
    rng, new = page.rng, tmpl == "new"
    ui = "en" if new else "no"
    country = CITIES[ad.city][0]
    src = rng.choice(_SOURCES[country])
    src_id = page.f("source_ad_id", str(rng.randint(1_000_000, 99_999_999)))
    q = ad.spelling.lower().replace(" ", "+")
    start = rng.choice([0, 10, 20, 30])
    if new:
        url = f"https://findr-search.eu/s?query=escort+{q}&p={start // 10 + 1}&rid={page.f('result_id', rid)}"
    else:
        url = f"https://sokfunn.no/sok?q=escort+{q}&start={start}&rid={page.f('result_id', rid)}"
    count = rng.randint(1200, 480000)
    if new:
        head = f"About {page.f('result_count', f'{count:,}')} results ({rng.randint(18, 79) / 100:.2f} seconds)"
    else:
        spaced = f"{count:,}".replace(",", " ")
        head = f"Omtrent {page.f('result_count', spaced)} resultater (0,{rng.randint(18, 79)} sekunder)"
    title = f"<b>{ad.name}</b> – escort {ad.spelling} | {src}"
    snippet_parts = [s for s in ad.sentences[:2]]
    contacts = _contact_lines(page, ad, "sokfunn", {})
    bits = [snippet_parts[0], *contacts, *snippet_parts[1:]]
    when = page.f("date", _date(ad.when - timedelta(days=rng.randint(0, 9)), ui, "long"))
    crumb = f"https://{src} › {'annonse' if country == 'NO' else 'annons' if country == 'SE' else 'annonce'} › {src_id}"
    snippet = " … ".join(bits).replace(ad.spelling, f"<b>{ad.spelling}</b>", 1)
    lines = [head, title, crumb, f"{when} — {snippet} …"]
    lines.append("Cached · Similar" if new else "Bufret · Lignende sider")
    related = "Related searches" if new else "Relaterte søk"
    lines.append(f"{related}: escort {ad.spelling.lower()}, massasje {ad.spelling.lower()}")
    return url, f"{ad.name} – escort {ad.spelling}", "\n".join(lines)


def _archive(page: Page, ad: Ad, tmpl: str, aid: str) -> tuple[str, str, str]:
    rng, new = page.rng, tmpl == "new"
    country = CITIES[ad.city][0]
    src = rng.choice(_SOURCES[country])
    src_id = page.f("source_ad_id", str(rng.randint(100_000, 9_999_999)))
    ts = page.f("capture_time", (ad.when + timedelta(seconds=int(aid) % 80000)).strftime("%Y%m%d%H%M%S"))
    prev = page.f(
        "capture_time",
        (ad.when - timedelta(days=rng.randint(3, 40), seconds=rng.randint(0, 80000))).strftime("%Y%m%d%H%M%S"),
    )
    prefix = f"https://arkivspeil.is/{ts}" if new else f"https://nettarkivet.org/web/{ts}"
    url = f"{prefix}/https://{src}/profil/{src_id}"
    rel = f"/{ts}" if new else f"/web/{ts}"
    captures = page.f("capture_count", str(rng.randint(2, 340)))
    first = page.f("date", _date(ad.when - timedelta(days=rng.randint(20, 300)), "en", "iso"))
    if new:
        bar = [
            f"ARKIVSPEIL · {captures} snapshots · first {first}",
            f"◀ {prev} · {ts}",
            f"Saved from https://{src}/profil/{src_id}",
        ]
    else:
        bar = [
            f"NETTARKIVET · {captures} lagringar sedan {first}",
            f"◀ {prev} | {ts} ▶",
            f"Sparad från https://{src}/profil/{src_id}",
        ]
    wrap = {"tel_link": "[{text}](" + rel + "/tel:+{cc}{nsn})", "mailto": "[{text}](" + rel + "mp_/mailto:{text})"}
    lab = {"NO": "Kundeservice", "SE": "Kundtjänst", "DK": "Kundeservice"}[country]
    own = page.rng.choice(_SITE_PHONES[src])
    cs = page.site_phone(own, phone(own, "national", "no", rng))
    body = [
        *bar,
        "———",
        f"{ad.name}, {ad.age} · {ad.spelling}",
        *ad.sentences[:2],
        *_contact_lines(page, ad, "nettarkivet", wrap),
        f"{src} · {lab} {cs} · {page.site_email('kundeservice@' + src)}",
    ]
    return url, f"{ad.name} | {src} [{ts[:8]}]", "\n".join(body)


def _bio(page: Page, ad: Ad, tmpl: str, cid: str, handle: str) -> tuple[str, str, str]:
    rng, new = page.rng, tmpl == "new"
    url = (
        f"https://bioplace.co/@{handle}?cid={page.f('tracking_id', cid)}"
        if new
        else f"https://lenk.bio/{handle}?utm_source=ig&cid={page.f('tracking_id', cid)}"
    )
    wrap = {
        "wa_link": "WhatsApp → wa.me/{text}",
        "tel_link": "📞 {call} → tel:{e164}",
        "sms_link": "💬 SMS → sms:{e164}",
        "mailto": "✉️ mailto:{text}",
    }
    views = rng.randint(300, 40000)
    clicks = rng.randint(20, 4000)
    if new:
        stats = f"👁 {page.f('view_count', f'{views:,}')} views · {page.f('click_count', str(clicks))} clicks this week"
        foot = f"Made with bioplace · Report · {page.site_email('abuse@bioplace.co')}"
    else:
        stats = (
            f"👁 {page.f('view_count', str(views))} visninger · {page.f('click_count', str(clicks))} klikk denne uken"
        )
        foot = "Laget med lenk.bio · Rapporter · Personvern"
    body = [
        f"@{handle} · {ad.name} ✨",
        f"{ad.sentences[0]} 📍 {ad.spelling}",
        "🔗 Links" if new else "🔗 Mine lenker",
        *_contact_lines(page, ad, "lenkeside", wrap),
        *ad.sentences[1:2],
        stats,
        foot,
    ]
    return url, f"{ad.name} (@{handle})", "\n".join(body)


def _bot(page: Page, ad: Ad, tmpl: str, card: str) -> tuple[str, str, str]:
    rng, new = page.rng, tmpl == "new"
    url = (
        f"https://t.me/NordicCatalogueBot?start=p{page.f('card_id', card)}"
        if new
        else f"https://t.me/NordKatalogBot?start=kort_{page.f('card_id', card)}"
    )
    pages = rng.randint(4, 60)
    p = rng.randint(2, pages - 1)
    wrap = {"callback": "[📞 {call}] callback_data=call:{text}", "mailto": "[✉️] url=mailto:{text}"}
    views = page.f("view_count", str(rng.randint(40, 9000)))
    age = f"{ad.age} y.o." if new else f"{ad.age} år"
    bot, word, pg = ("NordicCatalogue", "card", "page") if new else ("NordKatalog", "kort", "side")
    body = [
        f"🤖 {bot} — {word} #{card} · {pg} {p}/{pages}",
        f"👤 {ad.name}, {age} · 📍 {ad.spelling}",
        *ad.sentences[:2],
        *_contact_lines(page, ad, "nordkatalog", wrap),
        f"[❤️] callback_data=fav:{card} [⬅️] callback_data=page:{p - 1} [➡️] callback_data=page:{p + 1}",
        f"{'Updated' if new else 'Oppdatert'} {ad.when.strftime('%d.%m %H:%M')} · 👁 {views}",
    ]
    return url, f"{ad.name} #{card}", "\n".join(body)


def _board(page: Page, ad: Ad, tmpl: str, post: str) -> tuple[str, str, str]:
    rng, new = page.rng, tmpl == "new"
    thread = page.f("thread_no", str(int(post) - rng.randint(20, 3000)))
    url = (
        f"https://kanalbrett.net/s/thread/{thread}#{post}"
        if new
        else f"https://nordchan.org/s/res/{thread}.html#p{post}"
    )
    page.f("post_no", post)
    quoted = page.f("post_no", str(int(post) - rng.randint(1, 19)))
    stamp = page.f("file_name", str(int(ad.when.timestamp() * 1000) + rng.randint(0, 99999)))
    w, h = rng.choice([(1080, 1350), (1080, 1920), (720, 1280), (1200, 1600), (960, 1280)])
    dims = page.f("image_size", f"{w}x{h}")
    kb = page.f("file_size", str(rng.randint(90, 2900)))
    dow = "Mon Tue Wed Thu Fri Sat Sun".split()[ad.when.weekday()]
    date = page.f("date", ad.when.strftime("%d/%m/%y"))
    head = f"Anonymous {date}({dow}){ad.when.strftime('%H:%M:%S')} No.{post}"
    lab = L[ad.lang]["in"]
    body = [
        head,
        f"File: {stamp}.jpg ({kb} KB, {dims})",
        f">>{quoted}",
        f"{ad.name} {ad.age} {lab} {ad.spelling}",
        *ad.sentences[:2],
        *_contact_lines(page, ad, "nordchan", {"wa_link": "wa.me/{text}", "mailto": "{text}"}),
    ]
    if new:
        body.insert(0, "/s/ - Skandinavia · Catalog · Archive")
    return url, f"/s/ {ad.spelling} thread", "\n".join(body)


def _reviews(page: Page, ad: Ad, tmpl: str, rid: str, buyer: str, texts: list[str]) -> tuple[str, str, str]:
    rng, new = page.rng, tmpl == "new"
    ui = ad.lang
    url = (
        f"https://reviewnord.eu/r/{page.f('review_id', rid)}"
        if new
        else f"https://kundeprat.net/anmeldelse/{page.f('review_id', rid)}-{ad.name.split()[0].lower()}"
    )
    page.f("handle", buyer)
    date = page.f("date", _date(ad.when, ui, "dots"))
    price = page.f("price", str(rng.choice([1000, 1200, 1500, 1800, 2000, 2500, 3000])))
    stars = rng.randint(1, 5)
    helpful = rng.randint(0, 60)
    since = page.f("member_since", str(rng.randint(2009, 2025)))
    posts = page.f("post_count", str(rng.randint(3, 2400)))
    word = {"no": ("Hvem", "Hvor", "Pris", "Hennes nummer", "Vurdering", "Medlem siden", "innlegg")}
    word["sv"] = ("Vem", "Var", "Pris", "Hennes nummer", "Betyg", "Medlem sedan", "inlägg")
    word["da"] = ("Hvem", "Hvor", "Pris", "Hendes nummer", "Bedømmelse", "Medlem siden", "indlæg")
    word["en"] = ("Who", "Where", "Price", "Her number", "Rating", "Member since", "posts")
    who, where, pr, num, rate, member, npost = word[ui]
    lines = [
        f"{'Review' if new else 'Anmeldelse'} #{rid} · {buyer} · {date}",
        f"{who}: {ad.name} ({ad.age}) · {where}: {ad.spelling}",
        f"{pr}: {price} {_CURRENCY[CITIES[ad.city][0]]} · 1 t",
        *texts,
    ]
    for _e164, _st, text, _new in ad.phones:
        lines.append(f"{num}: {text}")
    for _, _, text in ad.emails:
        lines.append(f"{L[ui]['mail']}: {text}")
    lines.append(f"{rate}: {'★' * stars}{'☆' * (5 - stars)} ({stars}/5) · 👍 {helpful}")
    lines.append(f"{buyer} · {member} {since} · {posts} {npost}")
    return url, f"{ad.name} {ad.spelling} – {rate.lower()} {stars}/5", "\n".join(lines)


_SITE_PHONES: dict[str, list[str]] = {}
_CURRENCY = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}


def _ids(rng: random.Random, used: set[str], lo: int, hi: int) -> str:
    while True:
        x = str(rng.randint(lo, hi))
        if x not in used:
            used.add(x)
            return x


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`n_ads` ads and their truth, the same for a seed under any string-hash seed."""
    rng = random.Random(seed * 1_000_003 + 16)
    women, nets = people(rng, n_ads, SITES)
    nums = Numbers(rng)
    for ws in women:
        nums.used.update(e for e, _ in ws.numbers)
    for nt in nets:
        nums.used.update(nt.lines)
    _SITE_PHONES.clear()
    for srcs in _SOURCES.values():
        for src in srcs:
            country = {"no": "NO", "se": "SE", "dk": "DK"}[src.rsplit(".", 1)[1]]
            _SITE_PHONES[src] = [nums.landline(country)]
    redesign = {s: rng.randint(35, 85) for s in SITES}
    by_site: dict[str, list[Woman]] = {s: [w for w in women if s in w.sites] for s in SITES}
    used_ids: dict[str, set[str]] = {s: set() for s in SITES}
    handles: dict[tuple[str, str], str] = {}
    recruiters = [n for n in nets if n.recruits] or nets[:1]
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for _ in range(n_ads):
        recruitment = rng.random() < 0.018
        site = rng.choices(
            SITES[:-1] if recruitment else SITES, weights=_SITE_WEIGHT[:-1] if recruitment else _SITE_WEIGHT
        )[0]
        day = rng.randrange(DAYS)
        tmpl = "new" if day >= redesign[site] else "old"
        ad = Ad()
        ad.day = day
        ad.when = _START + timedelta(days=day, seconds=rng.randint(6 * 3600, 86399))
        net: Network | None = None
        person: Woman | None = None
        if recruitment:
            net = rng.choice(recruiters)
            ad.lang, ad.city = net.lang, net.home
            ad.name, ad.age = net.name, 21
            ad.sentences = [net.voice[0], " · ".join(rng.sample(RECRUIT[net.lang], 3))]
            chosen = [(ln, False) for ln in net.lines]
            pid, own = f"controller-{net.nid}", []
        else:
            pool = by_site[site] or women
            person = rng.choices(pool, weights=[w.weight for w in pool])[0]
            net = next((n for n in nets if n.nid == person.net), None)
            ad.lang = person.lang
            ad.city = person.home if not person.tour or rng.random() < 0.6 else rng.choice(person.tour)
            ad.name, ad.age = person.names[site], person.age
            sents = list(person.sentences)
            rng.shuffle(sents)
            ad.sentences = sents
            if person.minor:
                ad.sentences = [person.sentences[-1], *sents]
            cur, prev = person.number_on(day)
            mine = [(cur, False)] + ([(prev, True)] if prev and rng.random() < 0.25 else [])
            if prev and mine[1:]:
                mine = [(cur, True), (prev, False)]
            if net is None:
                chosen = mine
            elif net.kind == "hidden":
                r = rng.random()
                chosen = (
                    [(net.lines[0], False)] if r < 0.6 else [(net.lines[0], False), mine[0]] if r < 0.85 else mine[:1]
                )
            else:
                chosen = [(ln, False) for ln in net.lines[: rng.choice([1, len(net.lines)])]]
                if rng.random() < 0.12:
                    chosen.append(mine[0])
                ad.agency = net.name
                ad.sentences = [*ad.sentences[:1], net.voice[rng.randrange(2)], *ad.sentences[1:]]
            pid = person.pid
            own = [e for e, _ in chosen if e in {x for x, _ in person.numbers}]
            if site == "kundeprat":
                chosen = chosen[:1]
                own = [e for e in own if e == chosen[0][0]]
        ad.spelling = rng.choice(CITIES[ad.city][1])
        for e164, new in chosen:
            style = _style(rng, site, e164, CITIES[ad.city][0])
            ad.phones.append((e164, style, phone(e164, style, ad.lang, rng, html=site == "sokfunn"), new))
        mails: list[str] = []
        if person and person.email and rng.random() < 0.45:
            mails.append(person.email)
        if net and net.email and (recruitment or rng.random() < 0.5):
            mails.append(net.email)
        for addr in mails:
            ew = dict(_EMAIL_W)
            if site in ("nettarkivet", "lenkeside", "nordkatalog"):
                ew["mailto"] = 25
            style = rng.choices(list(ew), weights=list(ew.values()))[0]
            ad.emails.append((addr, style, email(addr, style, ad.lang, rng)))
        page = Page(rng)
        texts: list[str] = []
        if site == "sokfunn":
            aid = _ids(rng, used_ids[site], 10_000, 9_999_999)
            url, title, body = _serp(page, ad, tmpl, aid)
        elif site == "nettarkivet":
            aid = _ids(rng, used_ids[site], 1000, 999_999)
            url, title, body = _archive(page, ad, tmpl, aid)
        elif site == "lenkeside":
            aid = _ids(rng, used_ids[site], 1_000_000_000, 9_999_999_999)
            key = (pid, site)
            if key not in handles:
                tail = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
                handles[key] = f"{ad.name.split()[0].lower()}.{rng.choice(['nord', 'vip', 'love', 'xo', 'luxe'])}{tail}"
            url, title, body = _bio(page, ad, tmpl, aid, handles[key])
        elif site == "nordkatalog":
            aid = _ids(rng, used_ids[site], 1000, 99_999)
            url, title, body = _bot(page, ad, tmpl, aid)
        elif site == "nordchan":
            aid = _ids(rng, used_ids[site], 41_000_000, 49_999_999)
            url, title, body = _board(page, ad, tmpl, aid)
        else:
            aid = _ids(rng, used_ids[site], 1000, 99_999)
            buyer = rng.choice(["viking", "fjellmann", "oslogutt", "svensken", "kalle", "frode", "turbo", "elgen"])
            buyer += rng.choice(["", str(rng.randint(1950, 2004)), str(rng.randint(10, 99))])
            if person is not None:
                texts = rng.sample(person.reviews[SITES_LANG.index(ad.lang) * 2 : SITES_LANG.index(ad.lang) * 2 + 2], 2)
            else:
                texts = ad.sentences[:2]
            url, title, body = _reviews(page, ad, tmpl, aid, buyer, texts)
        city_field = ad.spelling if site == "lenkeside" and tmpl == "new" else None
        ads.append(ad_row(site, aid, url, title, body, city_field, ad.when))
        truth.append(
            {
                "site": site,
                "id": aid,
                "url": url,
                "person_id": pid,
                "network_id": net.nid if net else f"solo-{pid}",
                "network_kind": net.kind if net else "solo",
                "phones": [e for e, _, _, _ in ad.phones],
                "own_phones": own,
                "phone_styles": {e: s for e, s, _, _ in ad.phones},
                "emails": [a for a, _, _ in ad.emails],
                "email_styles": {a: s for a, s, _ in ad.emails},
                "city": ad.city,
                "furniture": page.furniture,
                "kind": KIND[site],
                "template": f"{site}-{tmpl}",
                "language": ad.lang,
                "nationality": person.nationality if person else None,
                "minor": bool(person and person.minor),
                "recruitment": recruitment,
            }
        )
    return ads, truth


SITES_LANG = ["no", "sv", "da", "en"]
