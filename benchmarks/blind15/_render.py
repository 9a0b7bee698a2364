# ruff: noqa: E501, B007, RUF005
"""The six sites' templates of the fifteenth blind corpus: each ad's page and its truth line."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import phonenumbers

from . import _fmt as fmt
from ._data import CITIES, COUNTY_NO, DEMONYM_EN, DISTRACTORS, POSTCODE_RANGE, REGION_DK, STREETS
from ._text import W, controller_sentences, own_sentences, recruit_sentences

LANG_OF = {"NO": "no", "SE": "sv", "DK": "da"}
FLYER_CITIES = (
    "København",
    "Aarhus",
    "Odense",
    "Aalborg",
    "Esbjerg",
    "Randers",
    "Kolding",
    "Vejle",
    "Malmö",
    "Lund",
    "Helsingborg",
)
CALL = {"no": "Ring", "sv": "Ring", "da": "Ring", "en": "Call"}
CONTACT = {"no": "Kontakt", "sv": "Kontakt", "da": "Kontakt", "en": "Contact"}
MAILW = {"no": "E-post", "sv": "E-post", "da": "E-mail", "en": "E-mail"}
AGE = {"no": "år", "sv": "år", "da": "år", "en": "y.o."}
CUR = {"NO": "NOK", "SE": "SEK", "DK": "DKK"}
START = dt.datetime(2026, 1, 1)
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Ctx:
    """One ad being written: its furniture, contacts and the words it is written with."""

    def __init__(self, gen: Any, site: str, day: int) -> None:
        self.g = gen
        self.rng = gen.rng
        self.site = site
        self.day = day
        self.v2 = day >= gen.REDESIGN[site]
        self.when = START + dt.timedelta(days=day, seconds=self.rng.randrange(8 * 3600, 86400))
        self.furniture: list[dict[str, Any]] = []
        self.phones: list[tuple[str, str, str, bool]] = []  # e164, style, printed, hers
        self.emails: list[tuple[str, str, str]] = []

    def f(self, kind: str, printed: str | int) -> str:
        s = str(printed)
        digits = "".join(c for c in s if c.isdigit() and c.isascii())
        if digits:
            self.furniture.append({"kind": kind, "digits": digits})
        return s

    def fphone(self, kind: str, e164: str, printed: str) -> str:
        nsn = phonenumbers.national_significant_number(phonenumbers.parse(e164))
        self.furniture.append({"kind": kind, "digits": nsn, "e164": e164})
        return printed

    def fmail(self, addr: str) -> str:
        self.furniture.append({"kind": "support_email", "digits": "", "text": addr})
        return addr

    def date(self, style: str, when: dt.datetime | None = None, kind: str = "date") -> str:
        w = when or self.when
        s = {
            "dmy.": w.strftime("%d.%m.%Y"),
            "iso": w.strftime("%Y-%m-%d"),
            "dmy-": w.strftime("%d-%m-%Y"),
            "dm": w.strftime("%d.%m"),
            "exif": w.strftime("%Y:%m:%d %H:%M:%S"),
            "isots": w.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.rng.randrange(1000):03d}+00:00",
            "dmyhm": w.strftime("%d.%m.%Y %H:%M"),
        }[style]
        return self.f(kind, s)

    def time(self) -> str:
        return self.f("time", self.when.strftime("%H:%M"))


def _slug(s: str) -> str:
    t = s.lower()
    for a, b in (("ø", "o"), ("æ", "ae"), ("å", "a"), ("ä", "a"), ("ö", "o"), ("ü", "u"), ("é", "e"), ("&", "")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z]+", "-", t).strip("-")


class Renderer:
    def __init__(self, gen: Any) -> None:
        from . import REDESIGN

        gen.REDESIGN = REDESIGN
        self.g = gen
        self.rng = gen.rng

    # -- choices -------------------------------------------------------------------------------------------
    def spell(self, city: str) -> str:
        names = CITIES[city][1]
        return names[0] if self.rng.random() < 0.55 else self.rng.choice(names)

    def site_for(self, w: Any, city: str) -> str:
        country = CITIES[city][0]
        ok = [
            s
            for s in w.sites
            if (s != "relaxguiden" or country == "SE") and (s != "flyerbanken" or city in FLYER_CITIES)
        ]
        return self.rng.choice(ok) if ok else "kontaktborsen"

    def lang_for(self, w: Any, site: str, country: str) -> str:
        if site == "touraloud":
            return "en"
        if w.net is not None:
            return w.net.lang if site != "relaxguiden" else "sv"
        if w.nat in ("NO", "SE", "DK"):
            return LANG_OF[w.nat]
        p = w.p_en + (0.1 if site == "nordlounge" else 0)
        return "en" if self.rng.random() < p else LANG_OF[country]

    def texts(self, w: Any, lang: str, name: str) -> list[str]:
        g = self.g
        if w.net is not None:
            net = w.net
            if lang not in net.texts:
                net.texts[lang] = controller_sentences(self.rng, g.reg, net.nid, lang, net.brand)
            out = [s.replace("{name}", name) for s in net.texts[lang]]
        else:
            if lang not in w.texts:
                w.texts[lang] = own_sentences(self.rng, g.reg, "solo-" + w.pid, lang, name, w.nat)
            sents = w.texts[lang]
            out = [sents[0]] + self.rng.sample(sents[1:], self.rng.randint(2, 3))
            out[0] = re.sub(r"(?<=, )\w+(?=, )", name, out[0], count=1) if False else out[0]
        if w.minor:
            key = ("minor", lang)
            if key not in w.texts:
                owner = w.net.nid if w.net else "solo-" + w.pid
                phrase = self.rng.choice(W[lang]["minor"])
                w.texts[key] = [g.reg.claim(owner, lambda: f"{phrase}, {name}!", self.rng)]
            out.insert(1, w.texts[key][0])
        return out

    def style(self, site: str, e164: str, domestic: bool) -> str:
        s = self.g.weighted(self.g_styles(site))
        if not domestic and s in ("national", "compact"):
            s = "intl"
        return s

    def g_styles(self, site: str) -> dict[str, float]:
        from . import SITE_STYLES

        return SITE_STYLES[site]

    def estyle(self) -> str:
        from . import EMAIL_W

        return self.g.weighted(EMAIL_W)

    def contacts(
        self,
        c: Ctx,
        phones: list[tuple[str, bool]],
        emails: list[str],
        lang: str,
        country: str,
        forced: str | None = None,
    ) -> None:
        for e164, hers in phones:
            _, _, region = fmt.parts(e164)
            dom = region == country
            st = forced or self.style(c.site, e164, dom)
            c.phones.append((e164, st, fmt.phone(self.rng, e164, st, lang, dom), hers))
        for addr in emails:
            st = self.estyle()
            c.emails.append((addr, st, fmt.email(self.rng, addr, st, lang)))

    # -- one ad --------------------------------------------------------------------------------------------
    def render(self, what: str, who: Any, day: int) -> tuple[dict[str, Any], dict[str, Any]]:
        if what == "ad":
            return self.woman_ad(who, day)
        if what == "recruit":
            return self.recruit(who, day)
        net, w, num = who
        return self.lookup(net, w, num, day)

    def woman_ad(self, w: Any, day: int) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = self.rng
        city = w.city_at(day)
        country = CITIES[city][0]
        site = self.site_for(w, city)
        lang = self.lang_for(w, site, country)
        name = w.names[site]
        c = Ctx(self.g, site, day)
        phones: list[tuple[str, bool]] = []
        net = w.net
        if net is None:
            phones.append((w.number_at(day), True))
            if w.wa_home and rng.random() < 0.35:
                phones.append((w.wa_home, True))
        else:
            from . import _line_at

            phones.append((_line_at(net.lines, day), False))
            if rng.random() < {"agency": 0.2, "clinic": 0.1, "hidden": 0.0}[net.kind]:
                phones.append((w.number_at(day), True))
        emails: list[str] = []
        if w.email and (net is None or rng.random() < 0.5) and rng.random() < 0.7:
            emails.append(w.email)
        if net is not None and net.email and rng.random() < 0.6:
            emails.append(net.email)
        if net is None and emails and rng.random() < 0.05:
            phones = []  # e-mail only
        self.contacts(c, phones, emails, lang, country)
        age = w.age + (day - w.start) // 200 + (rng.choice([0, 0, 0, 1, -1]) if not w.minor else 0)
        if w.minor:
            age = max(age, 18) + rng.choice([0, 0, 1])
        texts = self.texts(w, lang, name)
        info = dict(city=city, country=country, lang=lang, name=name, age=age, texts=texts, w=w, net=net)
        later = [(a, x) for a, _, x in w.stops if a > day and x != city]
        if later and rng.random() < 0.5:  # the next stop of her tour: another city, named after hers
            info["next"] = later[0]
        title, body, url, cfield, extra = self.page(site, c, info)
        return self.finish(c, w.pid, net, w, city, lang, title, body, url, cfield, extra, recruitment=False)

    def recruit(self, net: Any, day: int) -> tuple[dict[str, Any], dict[str, Any]]:
        from . import _line_at

        rng = self.rng
        city = rng.choice(net.cities)
        site = "kontaktborsen" if rng.random() < 0.6 else "nordlounge"
        lang = net.lang
        c = Ctx(self.g, site, day)
        key = "recruit-" + lang
        if key not in net.texts:
            net.texts[key] = recruit_sentences(rng, self.g.reg, net.nid, lang)
        emails = [net.email] if net.email else []
        self.contacts(c, [(_line_at(net.lines, day), False)], emails, lang, CITIES[city][0])
        info = dict(
            city=city,
            country=CITIES[city][0],
            lang=lang,
            name=net.brand or "",
            age=None,
            texts=net.texts[key],
            w=None,
            net=net,
            recruit=True,
        )
        title, body, url, cfield, extra = self.page(site, c, info)
        return self.finish(
            c, "controller-" + net.nid, net, None, city, lang, title, body, url, cfield, extra, recruitment=True
        )

    def finish(
        self,
        c: Ctx,
        pid: str,
        net: Any,
        w: Any,
        city: str,
        lang: str,
        title: str,
        body: str,
        url: str,
        cfield: str | None,
        extra: dict[str, Any],
        recruitment: bool,
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        ad: dict[str, Any] = {
            "site": c.site,
            "id": extra.pop("id"),
            "url": url,
            "title": title,
            "body": body,
            "posted_at": c.when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if cfield is not None:
            ad["city"] = cfield
        if extra.get("images"):
            ad["images"] = extra.pop("images")
        phones = list(dict.fromkeys(p[0] for p in c.phones))
        t = {
            "site": c.site,
            "id": ad["id"],
            "url": url,
            "person_id": pid,
            "network_id": net.nid if net is not None else "solo-" + pid,
            "network_kind": net.kind if net is not None else "solo",
            "phones": phones,
            "own_phones": [p[0] for p in c.phones if p[3]],
            "phone_styles": {p[0]: p[1] for p in c.phones},
            "emails": [e[0] for e in c.emails],
            "email_styles": {e[0]: e[1] for e in c.emails},
            "city": city,
            "furniture": c.furniture,
            "kind": self.kind(c.site),
            "template": c.site + ("/v2" if c.v2 else "/v1"),
            "language": lang,
            "nationality": w.nat if w else None,
            "minor": bool(w and w.minor),
            "recruitment": recruitment,
        }
        return ad, t

    def kind(self, site: str) -> str:
        from . import KIND

        return KIND[site]

    # -- the lookup site -----------------------------------------------------------------------------------
    def lookup(self, net: Any, w: Any, num: str, day: int) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = self.rng
        g = self.g
        c = Ctx(g, "nummerkollen", day)
        if w is not None:
            city = w.city_at(day)
            pid, owner = w.pid, (net.nid if net else "solo-" + w.pid)
            hers = True
            name = w.names["nummerkollen"]
        else:
            city = rng.choice(net.cities)
            pid, owner, hers, name = "controller-" + net.nid, net.nid, False, None
        country = CITIES[city][0]
        lang = LANG_OF[country] if not c.v2 else "en"
        cc, nsn, region = fmt.parts(num)
        dom = region == country
        printed = fmt.phone(rng, num, "lookup_header", lang, dom)
        c.phones.append((num, "lookup_header", printed, hers))
        compact = fmt.written(num, dom).lstrip("+")
        # comments, newest first: the first names her current city
        n_com = rng.randint(2, 5)
        dates = sorted(
            (
                START + dt.timedelta(days=max(0, day - rng.randrange(0, 60)), hours=rng.randrange(24))
                for _ in range(n_com)
            ),
            reverse=True,
        )
        dates[0] = c.when
        comments = []
        sites_seen = ["kontaktborsen", "nordlounge", "en flyer", "touraloud", "Discord"]
        for i, when in enumerate(dates):
            cl = lang
            where = (
                self.spell(city)
                if i == 0
                else (self.spell(w.city_at(max(0, day - 30))) if w else self.spell(rng.choice(net.cities)))
            )
            user = rng.choice(["anonym", "gjest", "guest", "Ola_N", "nysgjerrig", "tipser", "kunde", "besøkende"])
            d = c.date("iso", when, kind="comment_date")
            if w is not None:
                bits = {
                    "no": [
                        f"annonse på {rng.choice(sites_seen)}, kaller seg {name}, {where}",
                        f"{name} i {where}, svarer bare på sms",
                        f"sa hun het {name}, var i {where}",
                        f"ringte fra {where}, {name}, svarte på engelsk",
                    ],
                    "sv": [
                        f"annons på {rng.choice(sites_seen)}, kallar sig {name}, {where}",
                        f"{name} i {where}, svarar bara på sms",
                        f"sa att hon hette {name}, var i {where}",
                        f"ringde från {where}, {name}, svarade på engelska",
                    ],
                    "da": [
                        f"annonce på {rng.choice(sites_seen)}, kalder sig {name}, {where}",
                        f"{name} i {where}, svarer kun på sms",
                        f"sagde hun hed {name}, var i {where}",
                        f"ringede fra {where}, {name}, svarede på engelsk",
                    ],
                    "en": [
                        f"ad on {rng.choice(sites_seen)}, calls herself {name}, {where}",
                        f"{name} in {where}, only answers texts",
                        f"said her name was {name}, in {where}",
                        f"called from {where}, {name}, spoke English",
                    ],
                }[cl]
            else:
                bits = {
                    "no": [
                        f"forskjellige jenter svarer, annonser i {where}",
                        f"samme nummer på mange annonser i {where}",
                    ],
                    "sv": [f"olika tjejer svarar, annonser i {where}", f"samma nummer i många annonser i {where}"],
                    "da": [f"forskellige piger svarer, annoncer i {where}", f"samme nummer i mange annoncer i {where}"],
                    "en": [f"different girls answer, ads in {where}", f"same number on many ads in {where}"],
                }[cl]
            text = g.reg.claim(owner, lambda b=bits: rng.choice(b), rng)
            if i == 1 and rng.random() < 0.2:
                st = rng.choice(["national", "spaced_digits", "words"])
                p2 = fmt.phone(rng, num, st, cl, dom)
                text += f" ({p2})"
            comments.append(f"• {user}, {d}: {text}")
        nb = []
        for delta in (-1, 1):
            cand = "+" + cc + str(int(nsn) + delta)
            try:
                valid = phonenumbers.is_valid_number(phonenumbers.parse(cand))
            except phonenumbers.NumberParseException:
                valid = False
            if valid and cand not in g.used and len(str(int(nsn) + delta)) == len(nsn):
                g.used.add(cand)
                nb.append(c.fphone("similar_number", cand, fmt.phone(rng, cand, "lookup_header", lang, dom)))
        searches = c.f("search_counter", f"{rng.randint(3, 4800):,}".replace(",", " "))
        ident = g.next_id("nummerkollen")
        if not c.v2:
            heads = {
                "no": ("Hvem ringte?", "Søkt", "ganger", "Sist søkt", "Kommentarer", "Lignende nummer", "Send SØK til"),
                "sv": (
                    "Vem ringde?",
                    "Sökt",
                    "gånger",
                    "Senast sökt",
                    "Kommentarer",
                    "Liknande nummer",
                    "Skicka SÖK till",
                ),
                "da": (
                    "Hvem ringede?",
                    "Søgt",
                    "gange",
                    "Senest søgt",
                    "Kommentarer",
                    "Lignende numre",
                    "Send SØG til",
                ),
            }[lang]
            title = f"{heads[0]} {printed}"
            url = f"https://www.nummerkollen.com/{country.lower()}/{compact}"
            lines = [
                f"{printed} · {'mobil' if lang != 'en' else 'mobile'} ({region})",
                f"{heads[1]} {searches} {heads[2]} · {heads[3]} {c.date('dmy.')}",
                f"{heads[4]} ({c.f('comment_count', n_com)}):",
                *comments,
            ]
            if nb:
                lines.append(f"{heads[5]}: " + ", ".join(nb))
            lines.append(
                f"Nummerkollen AS · org.nr. {c.f('org_number', self.g.orgno[:3] + ' ' + self.g.orgno[3:6] + ' ' + self.g.orgno[6:])}"
                f" · {heads[6]} {c.f('sms_shortcode', self.g.shortcode)}"
            )
        else:
            title = f"Number report {printed} | nummerkollen.io"
            url = f"https://nummerkollen.io/report/{c.f('ad_id', ident)}"
            score = rng.randint(1, 99)
            lines = [
                f"Report #{c.f('ad_id', ident)} · {printed} · line type: mobile · country {region}",
                f"Lookups: {searches} · spam score {c.f('rating', score)}/100 · updated {c.date('iso')}",
                f"Community notes ({c.f('comment_count', n_com)}), newest first",
                *comments,
            ]
            if nb:
                lines.append("Nearby numbers: " + " | ".join(nb))
            lines.append(
                f"© Nummerkollen · {c.fmail('privacy@nummerkollen.io')} · reg. {c.f('org_number', self.g.orgno)}"
            )
        body = "\n".join(lines)
        return self.finish(c, pid, net, w, city, lang, title, body, url, None, {"id": str(ident)}, recruitment=False)

    # -- the page templates --------------------------------------------------------------------------------
    def page(self, site: str, c: Ctx, info: dict[str, Any]) -> tuple[str, str, str, str | None, dict[str, Any]]:
        """The page with as many of the owner's sentences as fit in 1,200 characters (the same draws each try)."""
        texts = list(info["texts"])
        state, ids, emails = self.rng.getstate(), dict(self.g.ids), list(c.emails)
        for k in range(len(texts), 0, -1):
            self.rng.setstate(state)
            self.g.ids.update(ids)
            c.furniture, c.emails = [], list(emails)
            out = getattr(self, site)(c, info, texts[:k], probe=False)
            if len(out[0]) + len(out[1]) <= 1200:
                break
        return out

    def next_stop(self, c: Ctx, info: dict[str, Any]) -> list[str]:
        if "next" not in info:
            return []
        day, city = info["next"]
        word = {"no": "Neste stopp", "sv": "Nästa stopp", "da": "Næste stop", "en": "Next stop"}[info["lang"]]
        when = START + dt.timedelta(days=day)
        return [f"{word}: {self.spell(city)} {c.date('dm', when)}"]

    def contact_block(self, c: Ctx, lang: str, sep: str = " / ") -> list[str]:
        out = []
        phones = [p for p in c.phones]
        if phones:
            out.append(f"{CONTACT[lang]}: " + sep.join(p[2] for p in phones))
        if c.emails:
            out.append(f"{MAILW[lang]}: " + ", ".join(e[2] for e in c.emails))
        return out

    def kontaktborsen(self, c: Ctx, info: dict[str, Any], texts: list[str], probe: bool):
        rng = self.rng
        city, country, lang = info["city"], info["country"], info["lang"]
        sp = self.spell(city)
        ident = self.g.next_id("kontaktborsen")
        rec = info.get("recruit")
        name = info["name"]
        hook = {
            "no": ["Ny i byen", "Tilbake i", "Besøker", "Kun denne uken i"],
            "sv": ["Ny i stan", "Tillbaka i", "Besöker", "Bara denna vecka i"],
            "da": ["Ny i byen", "Tilbage i", "Besøger", "Kun denne uge i"],
            "en": ["New in town", "Back in", "Visiting", "Only this week in"],
        }[lang]
        if rec:
            title = f"{texts[0].split(',')[0]} – {sp}"
        else:
            h = rng.choice(hook)
            if h == hook[0]:
                title = f"{h}! {name}, {sp}"
            elif rng.random() < 0.5:
                title = f"{h} {sp} – {name} ({c.f('age', info['age'])})"
            else:
                title = f"{h} {sp} – {name}"
        lines: list[str] = []
        if not c.v2:
            region = COUNTY_NO.get(city) or REGION_DK.get(city) or "Sverige"
            cfield = region
            lines.append(f"Voksen › {'Jobb' if rec else 'Selskap og massasje'} › {region}")
            lines.append(
                f"Annonse-ID: {c.f('ad_id', ident)} · Vist {c.f('view_counter', rng.randint(12, 9800))} ganger"
                f" · Lagt inn {c.date('dmy.')} kl. {c.time()}"
            )
            lines += texts
            lines += self.next_stop(c, info)
            if not rec and rng.random() < 0.5:
                lines.append(f"Alder: {c.f('age', info['age'])} · Høyde: {c.f('height', rng.randint(152, 181))} cm")
            if rng.random() < 0.5:
                lo, hi = POSTCODE_RANGE[city]
                pc = str(rng.randint(lo, hi)).zfill(4 if country != "SE" else 5)
                if country == "SE":
                    pc = pc[:3] + " " + pc[3:]
                lines.append(
                    f"Sted: {rng.choice(STREETS[country])} {c.f('street_number', rng.randint(1, 140))}, "
                    f"{c.f('postcode', pc)} {sp}"
                )
            else:
                lines.append(f"Sted: {sp}")
            if not rec and rng.random() < 0.6:
                lines.append(f"Pris: {c.f('price', rng.choice([1500, 2000, 2500, 3000, 1800, 3500]))} kr/t")
            lines += self.contact_block(c, "no")
            sup = self.g.support["kontaktborsen"][0]
            lines.append(
                f"Kundeservice {c.fphone('support_phone', sup, fmt.phone(rng, sup, 'national', 'no', country == 'NO' or True))}"
                f" (hverdager {c.f('time', '09')}–{c.f('time', '15')}) · Meld annonse"
            )
            url = f"https://www.kontaktborsen.no/annonse/{c.f('ad_id', ident)}"
        else:
            cfield = city
            lab = {
                "NO": ("Annonse nr.", "visninger", "favoritter", "Telefon", "E-post", "Hjelp"),
                "SE": ("Annons nr", "visningar", "favoriter", "Telefon", "E-post", "Hjälp"),
                "DK": ("Annonce nr.", "visninger", "favoritter", "Telefon", "E-mail", "Hjælp"),
            }[country]
            lines.append(f"{sp} · {c.date('iso')} · {lab[0]} {c.f('ad_id', ident)}")
            lines += texts
            lines += self.next_stop(c, info)
            if c.phones:
                lines.append(f"{lab[3]}: " + "  ".join(p[2] for p in c.phones))
            if c.emails:
                lines.append(f"{lab[4]}: " + " ".join(e[2] for e in c.emails))
            if not rec and rng.random() < 0.5:
                lines.append(
                    f"{c.f('price', rng.choice([1500, 2000, 2500, 3000]))} {CUR[country]} · "
                    f"{c.f('age', info['age'])} {AGE['no']} · {c.f('height', rng.randint(152, 181))} cm"
                )
            lines.append(
                f"{c.f('view_counter', rng.randint(30, 20000))} {lab[1]} · {c.f('favourite_counter', rng.randint(0, 300))} {lab[2]}"
            )
            sup = self.g.support["kontaktborsen"][1]
            lines.append(
                f"{lab[5]}: {c.fmail('support@kontaktborsen.eu')} · "
                f"{c.fphone('support_phone', sup, fmt.phone(rng, sup, 'intl', 'no', False))}"
            )
            url = f"https://kontaktborsen.eu/{country.lower()}/{_slug(city)}/{_slug(title)[:40]}-{ident}"
        return title, "\n".join(lines), url, cfield, {"id": str(ident)}

    def relaxguiden(self, c: Ctx, info: dict[str, Any], texts: list[str], probe: bool):
        rng = self.rng
        city, lang, net = info["city"], info["lang"], info["net"]
        sp = self.spell(city)
        ident = self.g.next_id("relaxguiden")
        name = info["name"]
        salon = net.brand if net else f"{name}s massage"
        kind = rng.choice(["Thaimassage", "Klassisk massage", "Oljemassage", "Aromamassage", "Tantramassage"])
        title = f"{salon} – {kind} i {sp}"
        lo, hi = POSTCODE_RANGE[city]
        pc = str(rng.randint(lo, hi))
        pc = pc[:3] + " " + pc[3:]
        street = net.street if net else f"{rng.choice(STREETS['SE'])} {rng.randint(2, 60)}"
        snum = street.split()[-1]
        street_txt = street[: -len(snum)] + c.f("street_number", snum)
        lines = []
        if not c.v2:
            lines.append(f"{salon}, {street_txt}, {c.f('postcode', pc)} {sp}")
            lines.append(
                f"Öppet: mån–fre {c.f('time', rng.choice(['10', '11', '09']))}–{c.f('time', rng.choice(['19', '20', '21']))}, "
                f"lör {c.f('time', '11')}–{c.f('time', '17')}"
            )
            if net:
                lines.append(f"Org.nr {c.f('org_number', net.orgnr)} · Swish {c.f('payment_number', net.swish)}")
            lines.append(
                "Behandlingar: "
                + ", ".join(
                    f"{k} {c.f('duration', m)} min {c.f('price', p)} kr"
                    for k, m, p in rng.sample(
                        [("Thai", 60, 650), ("Olja", 90, 950), ("Rygg", 30, 400), ("Fot", 45, 500), ("Aroma", 60, 700)],
                        2,
                    )
                )
            )
            lines += texts
            lines += self.contact_block(c, lang)
            lines.append(
                f"★ {c.f('rating', str(rng.randint(38, 50) / 10).replace('.', ','))} ({c.f('review_counter', rng.randint(3, 240))} omdömen)"
            )
            sup = self.g.support["relaxguiden"][0]
            lines.append(
                f"Relaxguiden · Annonsera: {c.fphone('support_phone', sup, fmt.phone(rng, sup, 'national', 'sv', True))}"
                f" · {c.fmail('info@relaxguiden.se')}"
            )
            url = f"https://www.relaxguiden.se/massage/{_slug(city)}/{_slug(salon)}-{c.f('ad_id', ident)}"
        else:
            lines.append(f"Salong-ID {c.f('ad_id', ident)} · {sp} · uppdaterad {c.date('iso')}")
            lines.append(f"Adress: {street_txt}, {c.f('postcode', pc)} {sp}")
            lines += texts
            lines.append(f"{kind}: {c.f('duration', 60)} min / {c.f('price', rng.choice([600, 650, 700, 750]))} kr")
            if c.phones:
                lines.append("Boka: " + " eller ".join(p[2] for p in c.phones))
            if c.emails:
                lines.append("Mejl: " + ", ".join(e[2] for e in c.emails))
            if net:
                lines.append(
                    f"Betala med Swish: {c.f('payment_number', net.swish)} · org.nr {c.f('org_number', net.orgnr)}"
                )
            lines.append(
                f"Betyg {c.f('rating', rng.randint(35, 50) / 10)}/5 av {c.f('review_counter', rng.randint(3, 240))} recensioner"
            )
            sup = self.g.support["relaxguiden"][1]
            lines.append(
                f"Kundtjänst {c.fphone('support_phone', sup, fmt.phone(rng, sup, 'national', 'sv', True))} · "
                f"{c.fmail('kundtjanst@relaxguiden.nu')}"
            )
            url = f"https://relaxguiden.nu/s/{_slug(salon)}-{c.f('ad_id', ident)}"
        return title, "\n".join(lines), url, city, {"id": str(ident)}

    def nordlounge(self, c: Ctx, info: dict[str, Any], texts: list[str], probe: bool):
        rng = self.rng
        city, lang, name = info["city"], info["lang"], info["name"]
        sp = self.spell(city)
        big = {
            "Oslo": "ads-oslo",
            "Stockholm": "ads-stockholm",
            "Göteborg": "ads-gbg",
            "Malmö": "annonser-malmo",
            "København": "cph-girls",
            "Bergen": "ads-bergen",
            "Aarhus": "ads-aarhus",
        }
        chan = big.get(city, {"NO": "norge-ovrig", "SE": "sverige-ovrigt", "DK": "danmark-andet"}[info["country"]])
        if info.get("recruit"):
            chan = "jobs-" + rng.choice(["nordic", "scandinavia"])
        guild = c.f("guild_id", "13" + "".join(rng.choice("0123456789") for _ in range(16)))
        ch = c.f("channel_id", "13" + "".join(rng.choice("0123456789") for _ in range(16)))
        msg = "14" + "".join(rng.choice("0123456789") for _ in range(17))
        ident = msg
        c.f("message_id", msg)
        handle = _slug(name).replace("-", "") + rng.choice(
            ["_" + _slug(sp).split("-")[0][:6], "xo", "_vip", "", "_new"]
        )
        # content: her words, the city, the contacts; a link-preview card may carry the number
        content = [
            f"**{name}** – {sp}" + (f" ({c.f('age', info['age'])})" if info["age"] and rng.random() < 0.4 else "")
        ]
        content += texts
        content += self.next_stop(c, info)
        card = None
        for e164, st, printed, _ in c.phones:
            if st == "preview_card" and card is None:
                card = {
                    "title": f"{name} | links",
                    "url": f"https://biolink.page/{_slug(name)}{rng.choice(['', 'x', 'vip'])}",
                    "description": f"WhatsApp {printed} · {sp}",
                }
            elif st == "wa_link":
                content.append(f"WhatsApp → {printed}")
            elif st == "tel_link":
                content.append(f"[{CALL[lang]}]({printed})")
            else:
                content.append(f"{CALL[lang]}/SMS: {printed}")
        for addr, st, printed in c.emails:
            content.append(f"✉ {printed}")
        text = "\n".join(content)
        reacts = rng.randint(0, 40)
        if not c.v2:
            msgd: dict[str, Any] = {
                "id": msg,
                "type": "Default",
                "timestamp": c.date("isots", kind="timestamp"),
                "content": text,
                "author": {
                    "id": c.f("user_id", "9" + "".join(rng.choice("0123456789") for _ in range(17))),
                    "name": handle,
                    "nickname": f"{name} 💋",
                },
            }
            if card:
                msgd["embeds"] = [card]
            if reacts:
                msgd["reactions"] = [{"emoji": {"name": "🔥"}, "count": int(c.f("reaction_counter", reacts))}]
            body = json.dumps(msgd, ensure_ascii=False, indent=1)
        else:
            lines = [f"Guild: Nordlounge / Channel: #{chan}", f"[{c.date('dmyhm', kind='timestamp')}] {handle}", text]
            if card:
                lines += ["{Embed}", card["title"], card["url"], card["description"]]
            if reacts:
                lines += ["{Reactions}", f"🔥 ({c.f('reaction_counter', reacts)})"]
            body = "\n".join(lines)
        title = f"#{chan}"
        url = f"https://discord.com/channels/{guild}/{ch}/{msg}"
        return title, body, url, None, {"id": ident}

    def flyerbanken(self, c: Ctx, info: dict[str, Any], texts: list[str], probe: bool):
        rng = self.rng
        city, lang, name, country = info["city"], info["lang"], info["name"], info["country"]
        sp = self.spell(city)
        ident = self.g.next_id("flyerbanken")
        lo, hi = POSTCODE_RANGE[city]
        pc = str(rng.randint(lo, hi)).zfill(4)
        if country == "SE":
            pc = pc[:3] + " " + pc[3:]
        street = rng.choice(STREETS[country])
        found = f"{street} {c.f('street_number', rng.randint(1, 120))}, {c.f('postcode', pc)} {sp}"
        # OCR of the flyer: her first sentences, the number as read, a price; the QR decoded apart
        ocr = [name.upper()] + texts[:2]
        qr = None
        for i, (e164, st, printed, hers) in enumerate(list(c.phones)):
            if qr is not None and st in ("qr_mecard", "qr_smsto", "wa_link"):  # one QR code a flyer
                st, printed = "intl", fmt.phone(rng, e164, "intl", lang, False)
                c.phones[i] = (e164, st, printed, hers)
            if st == "qr_mecard":
                mail = next((e for e in c.emails if e[1] in ("plain", "upper", "mailto", "entity")), None)
                qr = f"MECARD:N:{name};TEL:{printed};" + (f"EMAIL:{mail[0]};" if mail else "") + ";"
                if mail:
                    c.emails[c.emails.index(mail)] = (mail[0], "qr_mecard", mail[0])
            elif st == "qr_smsto":
                qr = f"SMSTO:{printed}:Hej {name}"
            elif st == "wa_link":
                qr = printed
            else:
                ocr.append(f"{CALL[lang] if lang != 'en' else 'Call'} {printed}")
        for addr, st, printed in c.emails:
            if st != "qr_mecard":
                ocr.append(printed)
        if rng.random() < 0.5:
            ocr.append(f"{c.f('price', rng.choice([500, 800, 1000, 1200, 1500]))},-")
        if qr is None and rng.random() < 0.25:
            qr = f"WIFI:T:WPA;S:{_slug(name)}-guest;P:{rng.choice(['rose', 'kiss', 'velvet'])}{rng.choice(['xx', 'yy'])};;"
        shot = c.when + dt.timedelta(days=-rng.randint(0, 3), hours=-rng.randint(0, 5))
        conf = rng.randint(61, 97)
        lines = []
        if not c.v2:
            lines.append(
                f"Indsendt {c.date('dmy-')} af bidragyder #{c.f('contributor_id', rng.randint(100, 9999))} · Fundet: {found}"
            )
            lines.append(f"OCR-tekst (sikkerhed {c.f('ocr_confidence', conf)} %):")
            lines += ocr
            if qr:
                lines.append(f"QR-kode afkodet: {qr}")
            fn = shot.strftime("IMG_%Y%m%d_%H%M%S")
            lines.append(f"Fil: {c.f('file_name', fn)}.jpg")
            sup = self.g.support["flyerbanken"][0]
            lines.append(
                f"Flyerbanken · redaktionen {c.fphone('support_phone', sup, fmt.phone(rng, sup, 'national', 'da', True))}"
                f" · CVR {c.f('org_number', self.g.cvr)}"
            )
            url = f"https://flyerbanken.dk/scan/{c.f('ad_id', ident)}"
            title = f"Flyer {ident} · {street}, {sp}"
            cfield = city
        else:
            lat = {"DK": 55.6, "SE": 55.6}[country] + rng.random() / 3
            lon = (
                12.4 + rng.random() / 2 if city in ("København", "Malmö", "Lund", "Helsingborg") else 9.5 + rng.random()
            )
            lines.append(f"Scan {c.f('ad_id', ident)} · {found}")
            lines.append(
                f"EXIF DateTimeOriginal {c.date('exif', shot, kind='exif_date')} · GPS {c.f('gps', f'{lat:.5f}')}, {c.f('gps', f'{lon:.5f}')}"
            )
            lines.append("Tekstgenkendelse:")
            lines += ocr
            if qr:
                lines.append(f"QR: {qr}")
            lines.append(
                f"flyerbanken.eu · {c.fmail('redaktion@flyerbanken.eu')} · CVR {c.f('org_number', self.g.cvr)}"
            )
            url = f"https://flyerbanken.eu/f/{ident}"
            title = f"{sp}: flyer {ident}"
            cfield = None
        return title, "\n".join(lines), url, cfield, {"id": str(ident)}

    def touraloud(self, c: Ctx, info: dict[str, Any], texts: list[str], probe: bool):
        rng = self.rng
        city, name, w, net = info["city"], info["name"], info["w"], info["net"]
        country = info["country"]
        sp = self.spell(city)
        ident = self.g.next_id("touraloud")
        demonym = DEMONYM_EN.get(w.nat, "") if w else ""
        # tour list: the current stop among earlier and later ones (other cities, distractor towns)
        stops = []
        for _ in range(rng.randint(1, 3)):
            other = rng.choice([x for x in CITIES if x != city] + DISTRACTORS)
            stops.append(other)
        pos = rng.randint(0, len(stops))
        stops.insert(pos, None)
        items = []
        d0 = c.when - dt.timedelta(days=3 * pos + rng.randint(0, 3))
        for i, s in enumerate(stops):
            a = d0 + dt.timedelta(days=4 * i)
            b = a + dt.timedelta(days=rng.randint(2, 4))
            label = sp if s is None else (self.spell(s) if s in CITIES else s)
            if a.month == b.month:
                span = f"{c.f('date', a.day)}–{c.f('date', b.day)} {MONTHS_EN[b.month - 1]}"
            else:
                span = f"{c.f('date', a.day)} {MONTHS_EN[a.month - 1]}–{c.f('date', b.day)} {MONTHS_EN[b.month - 1]}"
            items.append(f"{label}, {span}" + (", now" if s is None else ""))
        now = rng.random() < 0.7
        contact = []
        for e164, st, printed, _ in c.phones:
            if st == "spaced_digits":
                contact.append(("link", f"Call, aria-label: call {printed}"))
            elif st == "img_alt":
                contact.append(("graphic", f"alt: {name} – {printed}"))
            elif st == "tel_link":
                contact.append(("link", f"Call me, {printed}"))
            elif st == "wa_link":
                contact.append(("link", f"WhatsApp, {printed}"))
            else:
                contact.append(("text", f"Phone {printed}"))
        for addr, st, printed in c.emails:
            contact.append(("link", f"E-mail, {printed}"))
        if net is not None and net.brand:
            contact.append(("text", f"Booked through {net.brand}, {net.domain}"))
        cur = CUR[country]
        rates = f"1 hour {c.f('price', rng.choice([2000, 2500, 3000]))} {cur}, 2 hours {c.f('price', rng.choice([4000, 4500, 5000]))} {cur}"
        if not c.v2:
            L = [
                "banner landmark",
                f"heading level 1 {name}, {demonym} companion".replace("  ", " "),
                f"graphic {name} in a hotel room",
            ]
            if now:
                L.append(f"status Currently in {sp}")
            L += ["heading level 2 Tour dates", f"list with {len(items)} items"] + items + ["out of list"]
            L += ["heading level 2 About me"] + texts + ["heading level 2 Rates", rates, "heading level 2 Contact"]
            L += [f"{role} {t}" for role, t in contact]
            sup = self.g.support["touraloud"][0]
            L.append(
                f"contentinfo landmark © TourAloud · profile views {c.f('view_counter', rng.randint(100, 60000))} · "
                f"support {c.fphone('support_phone', sup, fmt.phone(rng, sup, 'intl', 'en', False))}"
            )
            url = f"https://touraloud.com/{_slug(name)}-{c.f('ad_id', ident)}/tour"
            cfield = None
        else:
            L = [f"{name}, heading level 1", f"{demonym} companion, text".strip(", ") if demonym else "companion, text"]
            if now:
                L.append(f"Now in {sp}, status")
            L += ["Tour dates, heading level 2"] + [f"{x}, list item" for x in items]
            L += ["About, heading level 2"] + texts + [f"{rates}, text"]
            L += [f"{t}, {role}" for role, t in contact]
            sup = self.g.support["touraloud"][1]
            L.append(
                f"Help: {c.fmail('help@touraloud.net')}, {c.fphone('support_phone', sup, fmt.phone(rng, sup, 'intl', 'en', False))}, link"
            )
            url = f"https://touraloud.net/p/{c.f('ad_id', ident)}"
            cfield = city
        title = f"Tour dates – {name}"
        return title, "\n".join(L), url, cfield, {"id": str(ident)}
