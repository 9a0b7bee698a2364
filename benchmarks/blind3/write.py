"""The market of the blind corpus: persons and controllers posting on six sites over twelve weeks."""

from __future__ import annotations

import random
from typing import Any

from .people import (
    CITIES,
    FIRST,
    FOREIGN,
    LANG_INDEX,
    NATIONALITY,
    SUFFIX,
    Network,
    Person,
    intl_shape,
    landline,
    make_email,
    mobile,
    national_shape,
    obfuscate,
    split_e164,
    write_email,
)
from .sites import (
    Annonseportalen,
    Kontaktsidan,
    Moedested,
    Nattguiden,
    Parts,
    ScandiDirectory,
    Site,
    VelvetNordic,
    cities_in,
    districts_of,
)

DAYS = 84
HIDE_STYLES = [
    ("words", 10),
    ("mixed_words", 8),
    ("letters", 8),
    ("odd_separators", 10),
    ("emoji", 7),
    ("line_break", 7),
    ("keycap", 2),
    ("unicode_fullwidth", 3),
    ("unicode_math_bold", 3),
    ("unicode_double_struck", 1),
    ("unicode_circled", 1),
    ("unicode_sans_bold", 1),
    ("spaced", 6),
    ("bracketed", 3),
    ("wa_link", 6),
    ("viber_link", 1),
]
CALL = {
    "no": [
        "Ring eller SMS:",
        "Ring meg på",
        "Tlf:",
        "Mob:",
        "Kontakt:",
        "SMS/WhatsApp",
        "Nummer:",
        "Ring:",
        "Send meg en melding på",
        "Kun SMS:",
    ],
    "sv": ["Ring eller sms:a", "Nå mig på", "Mobil:", "Tel:", "Kontakt:", "Sms:", "Ring:", "Skicka sms till"],
    "da": ["Ring på", "Skriv til mig på", "Tlf.", "Mobil:", "Kontakt:", "SMS:", "Ring/sms"],
    "en": [
        "Call me",
        "Text only:",
        "WhatsApp",
        "Phone:",
        "Call or text",
        "Contact:",
        "Mobile:",
        "Booking:",
        "Text me on",
    ],
}
MAIL = {
    "no": ["E-post:", "Mail:", "Skriv til"],
    "sv": ["E-post:", "Mejl:", "Maila"],
    "da": ["E-mail:", "Mail:", "Skriv til"],
    "en": ["Email:", "Mail me:", "E-mail"],
}
INTRO = {
    "no": [
        "Hei gutter! Jeg er ny i byen og klar for deg.",
        "Søt og leken jente tilbyr avslappende massasje.",
        "Diskret og hyggelig, kun hyggelige menn.",
        "Jeg er her kun noen få dager, ikke gå glipp av meg!",
        "Veldig god massasje, 100% diskret.",
        "Ta kontakt for en hyggelig stund.",
        "Jeg snakker engelsk og litt norsk.",
        "Ikke skjult nummer, takk.",
        "Hei, jeg er på besøk denne uka.",
    ],
    "sv": [
        "Hej killar! Ny i stan och redo för dig.",
        "Söt tjej erbjuder avslappnande massage.",
        "Diskret och trevlig, bara trevliga män.",
        "Jag är här bara några dagar!",
        "Inga dolda nummer.",
        "Jag pratar engelska och lite svenska.",
        "100% diskret, ring mig nu.",
    ],
    "da": [
        "Hej drenge! Ny i byen og klar til dig.",
        "Sød pige tilbyder afslappende massage.",
        "Diskret og hyggelig, kun søde mænd.",
        "Jeg er her kun få dage!",
        "Ingen skjulte numre.",
        "Jeg taler engelsk og lidt dansk.",
        "100% diskret, ring nu.",
    ],
    "en": [
        "Hi guys, I am new in town and ready for you.",
        "Sweet girl offering relaxing massage.",
        "Discreet and friendly, gentlemen only.",
        "Only here for a few days, don't miss me!",
        "No hidden numbers please.",
        "I speak English only.",
        "Real photos 100%, no rush.",
        "Hello my love, i am visit your city this week.",
        "Very good service, call me now baby.",
    ],
}
NEXT = {"no": "Neste uke: {c}", "sv": "Nästa vecka: {c}", "da": "Næste uge: {c}", "en": "Next week in {c}"}
HERE = {"no": "Jeg er i {c} nå", "sv": "Jag är i {c} nu", "da": "Jeg er i {c} nu", "en": "Now in {c}"}
AGE_WORDS = {
    "no": {15: "femten", 16: "seksten", 17: "sytten", 19: "nitten", 21: "tjueen", 22: "tjueto", 23: "tjuetre"},
    "sv": {15: "femton", 16: "sexton", 17: "sjutton", 19: "nitton", 21: "tjugoett", 22: "tjugotvå", 23: "tjugotre"},
    "da": {15: "femten", 16: "seksten", 17: "sytten", 19: "nitten", 21: "enogtyve", 22: "toogtyve", 23: "treogtyve"},
    "en": {
        15: "fifteen",
        16: "sixteen",
        17: "seventeen",
        19: "nineteen",
        21: "twenty-one",
        22: "twenty-two",
        23: "twenty-three",
    },
}
YEARS = {"no": "år", "sv": "år", "da": "år", "en": "years"}


def weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


class Corpus:
    def __init__(self, seed: int, n_ads: int) -> None:
        self.rng = random.Random(f"blind3:{seed}")
        self.n_ads = n_ads
        r = self.rng
        org = "9" + "".join(r.choice("0123456789") for _ in range(8))
        cvr = "3" + "".join(r.choice("0123456789") for _ in range(7))
        self.sites: dict[str, Site] = {
            "annonseportalen.no": Annonseportalen(r, landline(r, "NO"), org),
            "kontaktsidan.se": Kontaktsidan(r, landline(r, "SE")),
            "moedested.dk": Moedested(r, landline(r, "DK"), cvr),
            "nattguiden.to": Nattguiden(r),
            "velvetnordic.com": VelvetNordic(r),
            "scandidirectory.eu": ScandiDirectory(r),
        }
        self.used_ids: set[tuple[str, str]] = set()
        self.networks = self._networks(max(3, n_ads // 150))
        self.persons = self._persons(max(12, n_ads // 6))

    # -- population -------------------------------------------------------------------------------------
    def _networks(self, n: int) -> list[Network]:
        r = self.rng
        out = []
        for i in range(n):
            kind = weighted(r, [("agency", 2), ("pimp", 5), ("pair", 3)])
            country = r.choice(["NO", "SE", "DK"])
            phone = (
                mobile(r, country if r.random() < 0.7 else r.choice(FOREIGN))
                if kind != "pair" or r.random() < 0.5
                else None
            )
            email = None
            if kind == "agency" or (phone is None) or r.random() < 0.2:
                user = f"{r.choice(['booking', 'info', 'girls', 'vip', 'reception'])}{r.randint(1, 99)}"
                email = f"{user}@{r.choice(['gmail.com', 'protonmail.com', 'outlook.com'])}"
            out.append(Network(f"n{i:03d}", phone, email, kind, country))
        return out

    def _persons(self, n: int) -> list[Person]:
        r = self.rng
        out = []
        for i in range(n):
            nordic = r.random() < 0.3
            origin = r.choice(["NO", "SE", "DK"]) if nordic else r.choice(FOREIGN)
            base_country = origin if nordic else r.choice(["NO", "NO", "SE", "SE", "DK"])
            network = r.choice(self.networks) if r.random() < 0.35 else None
            if network and network.kind != "pair":
                base_country = network.country
            home_phone_country = origin if nordic or r.random() < 0.4 else base_country
            phones = [mobile(r, home_phone_country)]
            switch = DAYS + 1
            if r.random() < 0.25:
                phones.append(mobile(r, base_country if r.random() < 0.7 else home_phone_country))
                switch = r.randint(10, DAYS - 10)
            name = r.choice(FIRST)
            alt = [name + r.choice(SUFFIX) for _ in range(2)]
            age = r.randint(15, 17) if r.random() < 0.03 else min(45, int(r.triangular(18, 45, 23)))
            lang_home = {"NO": "no", "SE": "sv", "DK": "da"}.get(origin, "en")
            langs = [lang_home, "en"] if nordic else ["en", "en", {"NO": "no", "SE": "sv", "DK": "da"}[base_country]]
            tour = []
            city = r.choice(cities_in(base_country)[:6] + cities_in(base_country))
            for _ in range(DAYS // 7 + 1):
                if r.random() < (0.15 if nordic else 0.4):
                    country = base_country if r.random() < 0.7 else r.choice(["NO", "SE", "DK"])
                    city = r.choice(cities_in(country))
                tour.append(city)
            if network and network.kind == "agency":
                sites = ["velvetnordic.com"] + (
                    r.sample(["annonseportalen.no", "kontaktsidan.se", "scandidirectory.eu"], 1)
                    if r.random() < 0.5
                    else []
                )
            else:
                pool = ["annonseportalen.no", "kontaktsidan.se", "moedested.dk", "nattguiden.to", "scandidirectory.eu"]
                sites = r.sample(pool, r.choice([1, 1, 2, 2, 3]))
            email = make_email(r, name) if r.random() < 0.35 else None
            handle = f"@{name.lower()}_{r.randint(1, 999)}" if r.random() < 0.25 else None
            out.append(
                Person(
                    f"p{i:05d}",
                    name,
                    alt,
                    origin,
                    age,
                    phones,
                    switch,
                    email,
                    handle,
                    sites,
                    tour,
                    network,
                    langs,
                    r.choice([0.1, 0.3, 0.5, 0.7, 0.9]),
                )
            )
        return out

    # -- ads ------------------------------------------------------------------------------------------------
    def _site_for(self, p: Person, city: str) -> str:
        country = CITIES[city][0]
        fits = [s for s in p.sites if self.sites[s].country in ("", country) or s == "velvetnordic.com"]
        if not fits or (fits == ["scandidirectory.eu"] and self.rng.random() < 0.5):
            local = {"NO": ["annonseportalen.no", "nattguiden.to"], "SE": ["kontaktsidan.se"], "DK": ["moedested.dk"]}
            choice = self.rng.choice([*local[country], "scandidirectory.eu"])
            p.sites.append(choice)  # she keeps posting there while she tours in that country
            return choice
        return self.rng.choice(fits)

    def _ad_id(self, site: str) -> str:
        r = self.rng
        lo, hi = {
            "annonseportalen.no": (10_000_000, 99_999_999),
            "kontaktsidan.se": (1_000_000, 99_999_999),
            "moedested.dk": (10_000_000, 99_999_999),
            "nattguiden.to": (10_000, 9_999_999),
            "velvetnordic.com": (100, 99_999),
            "scandidirectory.eu": (100_000_000, 999_999_999),
        }[site]
        while True:
            i = str(r.randint(lo, hi))
            if (site, i) not in self.used_ids:
                self.used_ids.add((site, i))
                return i

    def _write_phone(self, e164: str, site: Site, lang: str, hides: float, plain: bool = False) -> tuple[str, str]:
        """(text, style) of a phone as written in the body."""
        r = self.rng
        cc, nsn, region = split_e164(e164)
        home = region in ("NO", "SE", "DK") and (region == site.country or (site.country == "" and r.random() < 0.5))
        if (home and r.random() < 0.65) or (region in ("NO", "SE", "DK") and r.random() < 0.1):
            base, style = national_shape(r, e164), "national"
        else:
            base, style = intl_shape(r, e164)
        if plain or r.random() > hides:
            return base, style
        how = weighted(r, HIDE_STYLES)
        if how == "wa_link":
            link = r.choice(
                [
                    f"https://wa.me/{cc}{nsn}",
                    f"wa.me/{cc}{nsn}",
                    f"https://api.whatsapp.com/send?phone={cc}{nsn}",
                    f"wa.me/+{cc}{nsn}",
                ]
            )
            return link, "wa_link"
        if how == "viber_link":
            return f"viber://chat?number=%2B{cc}{nsn}", "viber_link"
        return obfuscate(r, base, how, lang), f"{style}+{how}"

    def ads(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        r = self.rng
        weights = [r.choice([1, 1, 2, 3, 5, 8]) for _ in self.persons]
        out = []
        for _ in range(self.n_ads):
            p = r.choices(self.persons, weights=weights)[0]
            day = r.randrange(DAYS)
            city = p.tour[day // 7]
            site_name = self._site_for(p, city)
            site = self.sites[site_name]
            out.append(self._one(p, day, city, site_name, site))
        return out

    def _city_written(self, city: str, lang: str) -> str:
        r = self.rng
        x = r.random()
        variants = CITIES[city][1]
        if x < 0.55:
            return city
        if x < 0.8 and variants:
            return r.choice(variants)
        if x < 0.9 and districts_of(city):
            return r.choice(districts_of(city))
        return city.lower() if r.random() < 0.5 else city

    def _age_text(self, age: int, lang: str) -> tuple[str, str]:
        r = self.rng
        if age < 18:
            opts = [
                (str(age), "digits"),
                (f"{age} {YEARS[lang]}", "digits_years"),
                (AGE_WORDS[lang][age], "words"),
                (f"{age} y/o", "yo"),
                (f"{age}yo", "yo"),
            ]
            if age == 17:
                opts.append(
                    ({"no": "nesten 18", "sv": "snart 18", "da": "næsten 18", "en": "almost 18"}[lang], "almost_18")
                )
            return r.choice(opts)
        if age in AGE_WORDS[lang] and r.random() < 0.1:
            return AGE_WORDS[lang][age], "words"
        return r.choice([(str(age), "digits"), (f"{age} {YEARS[lang]}", "digits_years"), (f"{age}yo", "yo")])

    def _one(self, p: Person, day: int, city: str, site_name: str, site: Site) -> tuple[dict[str, Any], dict[str, Any]]:
        r = self.rng
        country = CITIES[city][0]
        lang = site.lang if r.random() < 0.6 else r.choice(p.langs)
        if site.lang == "en" and r.random() < 0.7:
            lang = "en"
        ad_id = self._ad_id(site_name)
        name = r.choice([p.name, *p.alt_names])
        phones: list[str] = []
        own: list[str] = []
        styles: dict[str, str] = {}
        written: dict[str, str] = {}
        lines: list[str] = []
        agency = site_name == "velvetnordic.com"
        net = p.network
        # the booking line of a controller
        network_line = None
        if net and net.booking_phone and (agency or r.random() < 0.6):
            text, style = self._write_phone(net.booking_phone, site, lang, 0.15)
            network_line = r.choice(
                [f"Booking: {text}", f"Bestilling / booking {text}", f"Reception {text}", f"Booking via {text}"]
            )
            phones.append(net.booking_phone)
            styles[net.booking_phone] = style
            written[net.booking_phone] = text
        emails: list[str] = []
        estyles: dict[str, str] = {}
        ewritten: dict[str, str] = {}
        if net and net.booking_email and (agency or r.random() < 0.5):
            text, style = write_email(r, net.booking_email, lang, 0.3)
            network_line = (network_line + " · " if network_line else "") + f"{r.choice(['Booking', 'Mail'])}: {text}"
            emails.append(net.booking_email)
            estyles[net.booking_email] = style
            ewritten[net.booking_email] = text
        # her own number(s)
        current = p.phone_on(day)
        slug_number = None
        show_own = r.random() < (0.35 if agency and network_line else 0.93)
        if show_own or not phones:
            if r.random() < 0.06:
                cc, nsn, region = split_e164(current)
                slug_number = nsn if region == site.country or r.random() < 0.3 else f"{cc}{nsn}"
                if region == "SE" and slug_number == nsn:
                    slug_number = "0" + nsn
                styles[current] = "url_slug"
                written[current] = slug_number
                if r.random() < 0.5:  # and again in the text
                    text, style = self._write_phone(current, site, lang, p.hides)
                    lines.append(f"{r.choice(CALL[lang])} {text}")
                    styles[current] = style
                    written[current] = text
            else:
                text, style = self._write_phone(current, site, lang, p.hides)
                lead = r.choice(CALL[lang])
                sep = r.choice([" ", " ", "\n", " 📞 ", " " if lead.endswith((":", ".")) else ": "])
                lines.append(f"{lead}{sep}{text}")
                styles[current] = style
                written[current] = text
                if r.random() < 0.15:  # written a second time, differently
                    text2, _ = self._write_phone(current, site, lang, p.hides)
                    lines.append(
                        r.choice([f"({text2})", f"WhatsApp {text2}", f"Igjen: {text2}" if lang == "no" else text2])
                    )
            phones.append(current)
            own.append(current)
            if len(p.phones) > 1 and current == p.phones[1] and day - p.switch_day < 14 and r.random() < 0.5:
                old = p.phones[0]
                text, style = self._write_phone(old, site, lang, 0.2, plain=True)
                lines.append(
                    {
                        "no": f"NYTT NUMMER! Gammelt nummer {text} er ute av bruk",
                        "sv": f"NYTT NUMMER! Gamla {text} funkar inte",
                        "da": f"NYT NUMMER! Det gamle {text} virker ikke",
                        "en": f"NEW NUMBER! Old one {text} not working",
                    }[lang]
                )
                phones.append(old)
                own.append(old)
                styles[old] = style
                written[old] = text
        if p.email and r.random() < 0.7:
            text, style = write_email(r, p.email, lang, p.hides)
            lines.append(f"{r.choice(MAIL[lang])} {text}")
            emails.append(p.email)
            estyles[p.email] = style
            ewritten[p.email] = text
        if p.handle and r.random() < 0.6:
            lines.append(
                r.choice(
                    [
                        f"Telegram: {p.handle}",
                        f"Snap {p.handle.lstrip('@')}",
                        f"Insta {p.handle}",
                        f"t.me/{p.handle.lstrip('@')}",
                    ]
                )
            )
        r.shuffle(lines)
        # the ad's text
        cw = self._city_written(city, lang)
        age_text, _ = self._age_text(p.age, lang)
        intro = r.sample(INTRO[lang], r.choice([1, 2, 2, 3]))
        if r.random() < 0.3:
            intro.append(HERE[lang].format(c=cw))
        week = day // 7
        if week + 1 < len(p.tour) and p.tour[week + 1] != city and r.random() < 0.3:
            intro.append(NEXT[lang].format(c=p.tour[week + 1]))
        nat = NATIONALITY[p.origin][LANG_INDEX[lang]]
        extra_names = []
        if agency and net:
            mates = [q for q in self.persons if q.network is net and q is not p]
            extra_names = [f"{q.name} ({q.tour[week]})" for q in r.sample(mates, min(len(mates), r.randint(1, 4)))]
        parts = Parts(
            lang,
            name,
            age_text,
            city,
            cw,
            country,
            nat,
            intro,
            lines,
            slug_number,
            day,
            r.randint(152, 182),
            r.randint(45, 80),
            extra_names,
            network_line,
        )
        page = site.render(ad_id, parts)
        printed = f"{page.url}\n{page.body}"  # a template may print only one of the two prices it was given
        page.furniture = [x for x in page.furniture if x["kind"] != "price" or x["text"] in printed]
        if slug_number and slug_number not in page.url:  # the template had no slug: the number goes in the query
            page.url += f"{'&' if '?' in page.url else '?'}{r.choice(['tlf', 'tel', 'nr', 's'])}={slug_number}"
        y_h, m_h = divmod(r.randint(0, 23 * 60 + 59), 60)
        from .sites import date_of

        y, m, d = date_of(day)
        ad = {
            "id": ad_id,
            "site": site_name,
            "url": page.url,
            "posted_at": f"{y}-{m:02d}-{d:02d}T{y_h:02d}:{m_h:02d}:00+01:00",
            "title": page.title,
            "body": page.body,
            "city": page.city_field,
            "images": [f"https://img.{site_name}/{ad_id}/{k}.jpg" for k in range(r.randint(0, 3))],
        }
        truth = {
            "id": ad_id,
            "site": site_name,
            "url": page.url,
            "phones": sorted(set(phones)),
            "own_phones": sorted(set(own)),
            "phone_styles": styles,
            "phone_written": written,
            "emails": sorted({e.lower() for e in emails}),
            "email_styles": {e.lower(): s for e, s in estyles.items()},
            "email_written": {e.lower(): s for e, s in ewritten.items()},
            "city": city,
            "person_id": p.pid,
            "network_id": net.nid if net else f"solo-{p.pid}",
            "furniture": page.furniture,
            "age": p.age,
            "language": lang,
        }
        return ad, truth
