"""The synthetic demo market: ads in the interchange format plus their ground truth.

``build_market`` keeps everything in memory (tests, the demo command); ``iter_market`` streams the same
ads day by day for benchmarks of a million ads. Both are deterministic for a seed: the world is drawn
once, then each day has its own random stream, so the output never depends on how it is consumed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from kartlegg.demo.lexicon import CityDef, Lexicon, TextDef, load_lexicon
from kartlegg.demo.phones import PhoneInfo, phone_info, render_phone
from kartlegg.demo.photos import image_url
from kartlegg.demo.world import Network, Person, Site, TextPlan, World, build_world, city_on

#: Typical price of one hour by currency, before the person's own factor.
_HOUR_PRICE = {"SEK": 1800, "NOK": 1900, "DKK": 1400, "EUR": 180}
_CURRENCY_WORDS = {
    "SEK": ("kr", "SEK", ":-"),
    "NOK": ("kr", "NOK", ",-"),
    "DKK": ("kr", "DKK", "kr."),
    "EUR": ("€", "EUR"),
}
#: Bodies are padded with more small talk up to this many characters before the footer.
_MIN_TEXT = 300
_DURATION_FACTORS = (0.6, 1.0, 1.8, 3.5)
_SLUG_MAP = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "é": "e", "ü": "u"})


@dataclass(slots=True)
class Market:
    """A generated market: the ads, one truth record per ad (same order), and the world behind them."""

    seed: int
    days: int
    start: date
    sites: list[Site]
    persons: list[Person]
    networks: list[Network]
    ads: list[dict[str, Any]]
    truth: list[dict[str, Any]]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _pick(options: list[str], n: int) -> str:
    return options[n % len(options)]


def _slug(*parts: str) -> str:
    raw = "-".join(parts).lower().translate(_SLUG_MAP)
    return "".join(c if c.isalnum() and c.isascii() else "-" for c in raw).strip("-")


class _AdWriter:
    """Composes one ad (title, body, images) and its truth; holds the per-market lookups."""

    def __init__(self, world: World, lex: Lexicon, start: date) -> None:
        self.world = world
        self.lex = lex
        self.k = lex.knobs
        self.start = start
        self.text: dict[str, TextDef] = lex.text
        self.styles = list(self.k.styles)
        self.style_weights = list(self.k.styles.values())
        self.local_site = {s.country: s for s in world.sites if not s.international}
        self.intl_sites = [s for s in world.sites if s.international]
        self.support_text: dict[str, str] = {}
        for s in world.sites:
            info = phone_info(s.support_phone)
            self.support_text[s.name] = (
                info.national if info.country == s.country and not s.international else info.intl
            )
        self.networks = {n.network_id: n for n in world.networks}
        self.next_id = {s.name: s.id_start for s in world.sites}
        self._slugs: dict[tuple[str, str], str] = {}
        self._day: tuple[int, datetime] = (-1, datetime.min)

    def day_start(self, day: int) -> datetime:
        if self._day[0] != day:
            self._day = (day, datetime.combine(self.start + timedelta(days=day), datetime.min.time()))
        return self._day[1]

    def slug(self, name: str, city: str) -> str:
        key = (name, city)
        out = self._slugs.get(key)
        if out is None:
            out = self._slugs[key] = _slug(name, city)
        return out

    # -- which sites a person posts on today -------------------------------------------------------
    def sites_for(self, person: Person, city: CityDef) -> list[Site]:
        out: list[Site] = []
        if person.posts_local and city.country in self.local_site:
            out.append(self.local_site[city.country])
        if person.posts_intl:
            out.extend(self.intl_sites)
        return out

    def language(self, person: Person, site: Site, rng: random.Random) -> str:
        if site.international:
            return "da" if person.nationality == "dk" and rng.random() < 0.5 else "en"
        if person.network_id is None and person.writes_english:
            return "en"
        return site.language

    def style(self, habit: str, rng: random.Random) -> str:
        if rng.random() < self.k.person_style_loyalty:
            return habit
        return rng.choices(self.styles, weights=self.style_weights, k=1)[0]

    def write(
        self, person: Person, site: Site, day: int, minute: int, rng: random.Random
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        k, world = self.k, self.world
        net = self.networks[person.network_id] if person.network_id else None
        city = world.cities[city_on(world, person, day)]
        lang = self.language(person, site, rng)
        t = self.text[lang]
        words = self.lex.numbers[lang]
        plan = net.plan if net is not None else person.plan
        third = person.third_person
        self.next_id[site.name] += rng.randint(1, 4)
        ad_id = str(self.next_id[site.name])
        when = self.day_start(day) + timedelta(minutes=minute)

        # -- contact: which numbers this ad shows, written in which style ---------------------------
        own = person.phones_on(day)
        shown: list[PhoneInfo] = []
        two = False
        habit = person.style
        if net is not None:
            ctrl = [s.phone for s in net.controller_phones if s.first_day <= day <= s.last_day]
            roll = rng.random()
            if own and roll < 0.5:
                shown, two = own[:1] + ctrl[:1], True
            elif own and roll < 0.7:
                shown = own[:1]
            else:
                shown, habit = ctrl[:1], net.style
        else:
            shown = own[:1]
        if shown and (person.handle or person.email) and rng.random() < k.no_phone_ad:
            shown, two = [], False
        style = self.style(habit, rng)
        rendered: list[str] = []
        used_style = "none"
        for p in shown:
            txt, used_style = render_phone(p, style, local=p.country == site.country, words=words, rng=rng)
            rendered.append(txt)

        # -- fill-ins -------------------------------------------------------------------------------
        name = person.aliases[site.name]
        age = person.stated_age
        spelled = city.spellings[0] if rng.random() < 0.5 else rng.choice(city.spellings)
        pplan = person.plan
        langs = [t.language_names.get(code, code) for code in person.languages]
        lang_list = langs[0] if len(langs) == 1 else ", ".join(langs[:-1]) + f" {t.and_} " + langs[-1]
        traits = t.traits
        t1 = _pick(traits, pplan.trait1)
        t2 = _pick(traits, pplan.trait2 + 1 if _pick(traits, pplan.trait2) == t1 else pplan.trait2)
        later = self.start + timedelta(days=day + rng.randint(1, 6))
        currency = site.currency
        cur_words = _CURRENCY_WORDS[currency]
        fill: dict[str, Any] = {
            "name": name,
            "age": age,
            "age_phrase": _pick(t.age_forms, pplan.intro + day // 30).format(age=age),
            "city": spelled,
            "district": _pick(city.districts, pplan.mode),
            "hotel": _pick(city.hotels, pplan.mode + day // 7),
            "nat": t.nationality[person.nationality],
            "nat_from": t.nat_from[person.nationality],
            "langs": lang_list,
            "t1": t1,
            "t2": t2,
            "weekday": rng.choice(t.weekdays),
            "date": f"{later.day}/{later.month}" if rng.random() < 0.5 else f"{later.day}.{later.month}",
            "year": later.year,
            "postcode": rng.choice(city.postcodes),
            "height": person.height,
            "weight": person.weight,
        }
        title_tpls = t.titles_third if third else t.titles_first
        title = _cap(_pick(title_tpls, plan.title if rng.random() < 0.7 else plan.title_alt).format_map(fill))
        if rng.random() < 0.3:
            title += " " + rng.choice(t.emoji_adult)

        lines: list[str] = [_pick(t.intro_third if third else t.intro_first, plan.intro).format_map(fill)]
        lines.append(_pick(t.traits_third if third else t.traits_first, plan.traits_tpl).format_map(fill))
        if rng.random() < 0.35:
            lines.append(_pick(t.age_lines, pplan.intro).format_map(fill))
        if rng.random() < person.youth_rate:
            y1, y2 = rng.sample(t.youth_words, 2)
            emo = rng.choice(t.emoji_youth)
            lines.append(rng.choice(t.youth_lines).format(y1=y1, y2=y2, e=emo).capitalize())
            if rng.random() < 0.5:
                title += " " + emo
        extras = t.extra_third if third else t.extra_first
        for n in plan.extras:
            extra = _pick(extras, n)
            if extra not in lines and rng.random() < 0.85:
                lines.append(extra)
        if net is not None or city.key != person.home_city or rng.random() < 0.1:
            lines.append(rng.choice(t.visit).format_map(fill))
        if person.incall:
            if rng.random() < person.hotel_rate:
                lines.append(_pick(t.hotel_third if third else t.hotel_first, pplan.mode).format_map(fill))
            else:
                lines.append(_pick(t.incall_third if third else t.incall_first, pplan.mode).format_map(fill))
        else:
            lines.append(_pick(t.outcall_third if third else t.outcall_first, pplan.mode).format_map(fill))
        if rng.random() < 0.6:
            lines.append(_pick(t.langs_third if third else t.langs_first, plan.langs).format_map(fill))
        stats = _pick(t.stats, plan.stats).format_map(fill)
        glued = rendered and rng.random() < k.glued_stats_after_phone
        if not glued and rng.random() < 0.7:
            lines.append(stats)
        lines.extend(self.price_lines(t, plan, person, currency, cur_words, rng))
        h1 = 10 + plan.hours % 10
        lines.append(_pick(t.hours, plan.hours).format(h1=h1, h2=min(24, h1 + 3 + (plan.hours // 10) % 8)))

        contact = self.contact_line(t, plan, third, two, rendered, rng)
        if glued:
            contact += " " + stats
        lines.append(contact)
        handles: list[list[str]] = []
        emails: list[str] = []
        if person.whatsapp and own and own[0] in shown and rng.random() < 0.8:
            wa = own[0]
            lines.append(_pick(t.whatsapp_lines, pplan.contact).format(phone=wa.e164 if day % 2 else wa.intl))
            handles.append(["whatsapp", wa.e164])
        if person.handle and rng.random() < 0.7:
            platform, handle = person.handle
            lines.append(_pick(t.handle_lines[platform], pplan.contact).format(handle=handle))
            handles.append([platform, handle])
        if net is not None and net.handle:
            platform, handle = net.handle
            lines.append(_pick(t.handle_lines[platform], plan.contact).format(handle=handle))
            handles.append([platform, handle])
        if person.email and rng.random() < 0.5:
            lines.append(_pick(t.email_lines, pplan.contact).format(email=person.email))
            emails.append(person.email)
        if net is not None and net.email:
            lines.append(_pick(t.email_lines, plan.contact).format(email=net.email))
            emails.append(net.email)
        if rng.random() < 0.5:
            lines.append(_pick(t.distractors, plan.distractor + day).format_map(fill))
        lines.append(_pick(t.closing_third if third else t.closing_first, plan.closing).format_map(fill))
        footer = site.footer.format(
            phone=self.support_text[site.name], email=site.support_email, id=ad_id, year=when.year
        )
        size = len("\n".join(lines))
        pad = rng.randrange(1 << 16)
        while size < _MIN_TEXT:
            pad += 1
            extra = _pick(extras, pad)
            if extra in lines and pad % len(extras):
                continue
            lines.insert(-1, extra)
            size += len(extra) + 1
        body = "\n".join(_cap(line) for line in lines) + "\n\n" + footer

        # -- pictures -------------------------------------------------------------------------------
        own_photos = person.photos
        if person.photo_switch_day is not None and day >= person.photo_switch_day:
            own_photos = person.later_photos
        photos: list[str] = []
        if rng.random() >= k.no_photo_ad:
            n_photos = min(len(own_photos), rng.randint(*k.photos_per_ad))
            photos = [own_photos[0]] if rng.random() < 0.8 else []
            photos += rng.sample(own_photos[len(photos) :], max(0, n_photos - len(photos)))
        if person.stock_photo and rng.random() < 0.5:
            photos.insert(rng.randint(0, len(photos)), person.stock_photo)
        if net is not None and net.banner_photo:
            photos.append(net.banner_photo)
        domain = site.domain_on(day)
        images = [image_url(domain, p, rng.randrange(8)) for p in photos]

        path = site.ad_path.format(id=ad_id, slug=self.slug(name, city.key))
        ad = {
            "id": ad_id,
            "site": site.name,
            "url": f"https://{domain}{path}",
            "posted_at": when.isoformat(),
            "title": title,
            "body": body,
            "city": city.label[site.language],
            "images": images,
        }
        truth = {
            "site": site.name,
            "id": ad_id,
            "person_id": person.person_id,
            "network_id": person.network_id,
            "true_phones": [p.e164 for p in shown],
            "phone_style": used_style,
            "minor": person.minor,
            "third_party": net is not None,
            "template_id": f"{net.network_id}:{lang}" if net is not None else None,
            "hub_phones": [site.support_phone],
            "third_person_text": third,
            "language": lang,
            "city_key": city.key,
            "alias": name,
            "stated_age": age,
            "true_age": person.true_age,
            "photos": photos,
            "handles": handles,
            "emails": emails,
            "domain": domain,
        }
        return ad, truth

    def price_lines(
        self, t: TextDef, plan: TextPlan, person: Person, currency: str, words: tuple[str, ...], rng: random.Random
    ) -> list[str]:
        n = 1 + plan.prices % 3
        idx = sorted(rng.sample(range(4), n))
        step = 10 if currency == "EUR" else 100
        out = []
        cur = words[plan.prices % len(words)]
        for i in idx:
            price = max(step, round(_HOUR_PRICE[currency] * person.price_base * _DURATION_FACTORS[i] / step) * step)
            out.append(_pick(t.prices, plan.prices).format(dur=t.durations[i], price=price, cur=cur))
        return out

    def contact_line(
        self, t: TextDef, plan: TextPlan, third: bool, two: bool, rendered: list[str], rng: random.Random
    ) -> str:
        if not rendered:
            return _pick(t.contact_none, plan.contact)
        if two and len(rendered) == 2:
            tpls = t.contact_two_third if third else t.contact_two_first
            return _pick(tpls, plan.contact).format(phone=rendered[0], phone2=rendered[1])
        tpls = t.contact_third if third else t.contact_first
        pick = plan.contact if rng.random() < 0.8 else rng.randrange(1 << 16)
        return _pick(tpls, pick).format(phone=rendered[0])


def _parse_start(start: str | date) -> date:
    if isinstance(start, date):
        return start
    try:
        return date.fromisoformat(start)
    except ValueError:
        raise ValueError(f"start must be an ISO date like 2026-01-05, not {start!r}") from None


def iter_market(
    seed: int = 7, n_persons: int = 400, days: int = 90, start: str | date = "2026-01-05", *, world: World | None = None
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Stream (ad, truth) pairs in posting order without keeping the ads in memory."""
    lex = load_lexicon()
    first_day = _parse_start(start)
    world = world or build_world(seed, n_persons, days, lex)
    writer = _AdWriter(world, lex, first_day)
    site_index = {s.name: i for i, s in enumerate(world.sites)}
    for day in range(days):
        rng = random.Random(seed * 1_000_003 + day)
        events: list[tuple[int, int, int]] = []
        for person in world.persons:
            if not person.first_day <= day <= person.last_day:
                continue
            city = world.cities[city_on(world, person, day)]
            for site in writer.sites_for(person, city):
                if rng.random() < person.post_rate:
                    minute = rng.randint(7 * 60, 24 * 60 - 1) if rng.random() < 0.9 else rng.randint(0, 7 * 60 - 1)
                    events.append((minute, person.index, site_index[site.name]))
        events.sort()
        for minute, pidx, sidx in events:
            yield writer.write(world.persons[pidx], world.sites[sidx], day, minute, rng)


def iter_market_ads(
    seed: int = 7, n_persons: int = 400, days: int = 90, start: str | date = "2026-01-05"
) -> Iterator[dict[str, Any]]:
    """Stream only the ads (for benchmarks: ~10,000 ads per 400 persons over 90 days)."""
    for ad, _truth in iter_market(seed, n_persons, days, start):
        yield ad


def build_market(seed: int = 7, n_persons: int = 400, days: int = 90, start: str | date = "2026-01-05") -> Market:
    """The whole market in memory; deterministic for (seed, n_persons, days, start)."""
    lex = load_lexicon()
    world = build_world(seed, n_persons, days, lex)
    ads: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    for ad, tr in iter_market(seed, n_persons, days, start, world=world):
        ads.append(ad)
        truth.append(tr)
    return Market(seed, days, _parse_start(start), world.sites, world.persons, world.networks, ads, truth)


def write_market(m: Market, out_dir: str | Path) -> tuple[Path, Path]:
    """Write ``ads.jsonl`` (ad input format) and ``truth.jsonl`` into ``out_dir``; returns both paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ads_path, truth_path = out / "ads.jsonl", out / "truth.jsonl"
    with open(ads_path, "wb") as fh:
        for ad in m.ads:
            fh.write(orjson.dumps(ad) + b"\n")
    with open(truth_path, "wb") as fh:
        for tr in m.truth:
            fh.write(orjson.dumps(tr) + b"\n")
    return ads_path, truth_path
