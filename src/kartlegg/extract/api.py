"""The extraction API: one ad's text in, every selector found (with its span) out.

Each selector type has its own module (phones, contacts, ages, places, prices, people, language); this
module decides the country used to read national phone numbers, runs the modules over the ad's fields
under a time limit, and turns their hits into ``Match`` records whose spans point at the raw field text.
"""

from __future__ import annotations

import functools
import time
from typing import Any, Final
from urllib.parse import urlsplit

import phonenumbers

from kartlegg.extract import (
    ages,
    captions,
    cells,
    cfemail,
    chat,
    contacts,
    cyrillic,
    escapes,
    formats,
    furniture,
    homeland,
    implied,
    linemarks,
    people,
    phones,
    places,
    prefix,
    prices,
    prose,
    ranges,
    records,
    rendered,
    spelled,
    splits,
    structured,
    turns,
)
from kartlegg.extract.language import detect_language
from kartlegg.extract.lexicon import lexicon
from kartlegg.extract.matches import Extraction, Match
from kartlegg.extract.numbering import mobile_number
from kartlegg.extract.patterns import ascii_digits, scan, splice
from kartlegg.extract.phones import normalise_phone, normalise_phone_query
from kartlegg.extract.text import prepare

__all__ = ["export_fields", "extract_ad", "infer_regions", "normalise_phone", "normalise_phone_query"]

_LANGUAGE_COUNTRY: Final = {"sv": "SE", "no": "NO", "da": "DK"}
#: Country-code top-level domains that are used as generic names and say nothing about the country.
_GENERIC_CCTLDS: Final = frozenset(
    {"co", "io", "me", "tv", "cc", "ws", "to", "fm", "ai", "ly", "gg", "la", "am", "xxx", "nu"}
)
_SUPPORTED: Final = frozenset(phonenumbers.SUPPORTED_REGIONS)
_NORDIC: Final = places.MARKET_COUNTRIES


def _tld_country(host: str | None) -> str | None:
    if not host:
        return None
    host = host.lower().rstrip(".")
    if "." not in host:
        return None
    tld = host.rsplit(".", 1)[1]
    if tld in _GENERIC_CCTLDS or len(tld) != 2:
        return None
    code = "GB" if tld == "uk" else tld.upper()
    return code if code in _SUPPORTED else None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None


def _url_country(url: str | None) -> str | None:
    """The ccTLD country of a URL, cached on its scheme and host (every ad of a site shares them)."""
    if not url:
        return None
    i = url.find("//")
    j = url.find("/", i + 2) if i >= 0 else url.find("/")
    return _prefix_country(url if j < 0 else url[:j])


@functools.lru_cache(maxsize=4096)
def _prefix_country(prefix: str) -> str | None:
    return _tld_country(_host(prefix))


#: ``_site_country``'s answers by site name: a plain dict, read by compiled code without a call.
_SITE_COUNTRIES: Final[dict[str, str | None]] = {}


def _site_country(site: str) -> str | None:
    """``_tld_country(_host(site))``, once per site name (every ad of a site asks it; ``urlsplit``'s ``hostname``
    is interpreted Python, ~5 k instructions a call). Emptied at 4,096 names."""
    try:
        return _SITE_COUNTRIES[site]
    except KeyError:
        pass
    if len(_SITE_COUNTRIES) >= 4096:
        _SITE_COUNTRIES.clear()
    country = _SITE_COUNTRIES[site] = _tld_country(_host(site))
    return country


def _market_tld(country: str | None, language: str | None) -> str | None:
    """A TLD's country as a hint only when it is a market country (NO/SE/DK) or the ad's language's: a foreign
    country-code domain a site moved to (".cx", ".ws", ".to") is used as a generic name, and the ad's city
    decides."""
    if country is None or country in _NORDIC or country == _LANGUAGE_COUNTRY.get(language or ""):
        return country
    return None


def region_hints(
    *,
    city: str | None = None,
    site: str | None = None,
    site_country: str | None = None,
    url: str | None = None,
    language: str | None = None,
    region: str | None = None,
    text_countries: list[str] | None = None,
) -> list[str]:
    """The countries the ad's hints name, strongest first: the site's country (its definition, then the
    country TLD of its name or of the ad's URL), the ad's city, its language, then ``region``, then the
    countries of cities named in the text. A site serves one market wherever its persons were moved from,
    so the site outranks the city (a TLD only when ``_market_tld`` trusts it)."""
    out: list[str] = []
    for c in (
        (site_country or "").upper() or None,
        _market_tld(_site_country(site) if site and "." in site else None, language),
        _market_tld(_url_country(url), language),
        places.city_country(city),
        _LANGUAGE_COUNTRY.get(language or ""),
        region.upper() if region else None,
        *(text_countries or []),
    ):
        if c and c in _SUPPORTED and c not in out:
            out.append(c)
    return out


def infer_regions(
    *,
    city: str | None = None,
    site: str | None = None,
    site_country: str | None = None,
    url: str | None = None,
    language: str | None = None,
    region: str | None = None,
    text_countries: list[str] | None = None,
) -> tuple[str, ...]:
    """Countries in which a national number is read: the hints (``region_hints``), then the other Nordic
    countries when any hint is Nordic; with no hint at all the Nordic countries."""
    hints = region_hints(
        city=city,
        site=site,
        site_country=site_country,
        url=url,
        language=language,
        region=region,
        text_countries=text_countries,
    )
    return _with_neighbours(hints)


def _with_neighbours(hints: list[str]) -> tuple[str, ...]:
    if not hints:
        return phones.default_regions(None)
    out = list(hints)
    if any(c in _NORDIC for c in out):
        # a Nordic ad may carry a neighbour's number written nationally (a Danish mobile in a Malmö ad)
        out.extend(c for c in phones.default_regions(None) if c not in out)
    return tuple(out)


def _place_country(city: str | None, text_countries: list[str]) -> str | None:
    """The market country where the ad says she is: its city field (a city, a district, or a country's name),
    else the first market country among the text's cities."""
    if city:
        c = places.city_country(city) or places.named_country(city)
        if c is not None:
            return c if c in _NORDIC else None
    for c in text_countries:
        if c in _NORDIC:
            return c
    return None


def _phone_regions(
    regions: tuple[str, ...],
    site_country: str | None,
    city: str | None,
    text_countries: list[str],
    language: str | None,
    tld: str | None,
) -> tuple[str, ...]:
    """The countries a national number is read in: ``regions``, except that where the ad places her in another
    market country than the one a TLD or the language gave first, that country comes first (a Danish city on
    a ".no" site in English: an 8-digit number valid in both is read as Danish). The evidence is weighed: the
    site's country and the ad's language together outrank the city (a Norwegian writing Norwegian on a
    Norwegian site while she tours Copenhagen keeps her Norwegian number); a site definition's country stays
    first."""
    if not regions or site_country or regions[0] not in _NORDIC:
        return regions
    place = _place_country(city, text_countries)
    if place is None or place == regions[0] or (tld == regions[0] and _LANGUAGE_COUNTRY.get(language or "") == tld):
        return regions
    return (place, *(r for r in regions if r != place))


#: Styles of a phone whose country is written or was chosen by other evidence: never re-read by the ad's place.
_CODED_STYLES: Final = frozenset({"international", "tagged", "homeland", "trunkless", "invalid"})


def _overruled_place(
    regions: tuple[str, ...],
    national: tuple[str, ...],
    site_country: str | None,
    city: str | None,
    text_countries: list[str],
) -> str | None:
    """The market country the ad places her in when ``_phone_regions`` kept the TLD's country first against it (the
    TLD and the ad's language agree: a Norwegian-language ad on a ".no" site for Copenhagen), else None."""
    if national is not regions or not regions or site_country or regions[0] not in _NORDIC:
        return None
    place = _place_country(city, text_countries)
    return None if place is None or place == regions[0] else place


def _landline_moved(hit: phones.PhoneHit, written: str, place: str) -> phones.PhoneHit:
    """A national number the TLD's country reads only as a fixed line, and her place's country as a mobile, in her
    place's country ("Tlf: 63 45 98 45" on a Norwegian site for Copenhagen: a Danish mobile, not a landline in
    Hedmark). A touring woman carries her mobile; the TLD and the language still decide where both readings are
    mobiles (blind6's Norwegians writing Norwegian on a Norwegian site in Copenhagen). Every blind corpus agrees:
    on ".no" ads for a Danish city, an 8-digit number whose Norwegian reading is a landline is Danish (docs/
    benchmarks.md, session 33)."""
    if hit.style in _CODED_STYLES or "+" in written or mobile_number(hit.e164):
        return hit
    digits = ascii_digits(written)
    e = phones.validate(digits, False, (place,), bare_intl=False)
    if e is None or e == hit.e164 or not mobile_number(e):
        return hit
    return phones.PhoneHit(e, hit.start, hit.end, hit.style, hit.hinted)


def _zero_dropped(
    text: str, spans: list[tuple[int, int]], hits: list[phones.PhoneHit], national: tuple[str, ...]
) -> list[phones.PhoneHit]:
    """A sheet's number cells (``cells.digit_values``) that no hit covers, read as a mobile of the ad's first
    country with the trunk "0" a spreadsheet drops from a number cell ("737104717" in a Stockholm row: 073-710 47
    17), as ``structured.column_phone`` reads a CSV phone column. Only a mobile, only the first country (where the
    ad places her), only nine digits or more: a price, a row or a serial date is none."""
    if not national:
        return []
    out: list[phones.PhoneHit] = []
    for s, e in spans:
        if e - s < 9 or text[s] == "0" or any(h.start < e and s < h.end for h in hits):
            continue
        found = phones.validate("0" + text[s:e], False, national[:1], bare_intl=False)
        if found is not None and mobile_number(found):
            out.append(phones.PhoneHit(found, s, e, "trunkless"))
    return out


def _site_reading(detail: dict[str, Any], hit: phones.PhoneHit, written: str, site: str) -> None:
    """Where the ad's place outranked the site's country (``_phone_regions``) and the number is valid in both, keep
    the site country's reading as ``site_reading``: a line the site prints on every ad is learned and judged under
    one value (``furniture.SiteStats``, ``furniture.judge``). Not ``readings``: the site's learned country of the
    number (``furniture._written_country``) still corrects it."""
    digits = ascii_digits(written)
    e = phones.validate(digits, False, (site,), bare_intl=False)
    if e and e != hit.e164:
        detail["site_reading"] = e


def _home_readings(detail: dict[str, Any], hit: phones.PhoneHit, written: str, text: str) -> None:
    """A number read in a woman's home country (``homeland``) that fits several: every reading, the chosen one first,
    and a flag that its country is a judgement (``home_country``), as the issue asks of a number that fits several."""
    digits = ascii_digits(written)
    readings = [hit.e164, *(r.e164 for r in homeland.choose(text, written, digits) if r.e164 != hit.e164)]
    detail["home_country"] = True
    if len(readings) > 1:
        detail["readings"] = readings


@functools.lru_cache(maxsize=64)
def _code_of(region: str) -> str:
    """The country code of ``region`` with its "+" ("+47" for NO)."""
    return "+" + str(phonenumbers.country_code_for_region(region))


def _fixed_reading(detail: dict[str, Any], hit: phones.PhoneHit, regions: tuple[str, ...]) -> None:
    """A national number read in another of the ad's countries than the first that reads it, which has it as a fixed
    line (``phones._mobile_elsewhere``: a neighbour's mobile rather than another neighbour's landline): that landline
    kept as ``fixed_reading``, so the choice is a flagged judgement, not a silent one, and as ``site_reading``
    (``_landline_moved``'s way)."""
    e = phones.validate(phones.national_part(hit.e164), False, regions, bare_intl=False)
    if e is not None and e != hit.e164 and not mobile_number(e):
        detail["fixed_reading"] = e
        # a line the site prints on every ad is learned under one value, whichever country an ad's hints read it in
        detail.setdefault("site_reading", e)


def _trunkless_readings(detail: dict[str, Any], hit: phones.PhoneHit, written: str, text: str) -> None:
    """A mobile of the ad's country read without its trunk 0 (``phones.trunkless``) that a woman's home country
    reads too ("72.106.56.75": Swedish, or a Polish mobile): every reading, the chosen one first."""
    digits = ascii_digits(written)
    readings = [hit.e164, *(r.e164 for r in homeland.choose(text, written, digits) if r.e164 != hit.e164)]
    if len(readings) > 1:
        detail["readings"] = readings


def _readings(hit: phones.PhoneHit, written: str, regions: tuple[str, ...]) -> list[str]:
    """Every country's reading of a national number written in digits, the chosen one first."""
    digits = ascii_digits(written)
    out = [hit.e164]
    for r in regions:
        e = phones.validate(digits, False, (r,), bare_intl=False)
        if e and e not in out:
            out.append(e)
    return out


def _title_body_split(
    prep: dict[str, str], lows: dict[str, str], regions: tuple[str, ...]
) -> tuple[splits.Split, str] | None:
    """The number split between the title and the body (``splits.find_split``) and its E.164, or None."""
    title = prep.get("title")
    body = prep.get("body")
    if not title or not body:
        return None
    title = title.rstrip()
    ellipsis = title.endswith(("\u2026", "..."))
    if not ellipsis:
        # "Denisa i Stockholm +4071" and "… rest of number: 1083324": only when the title ends in a digit and the body
        # names the rest or opens with a digit
        if not title[-1:].isdigit():
            return None
        low = lows.get("body", "")
        cues = tuple(c for c in _rest_cues() if c in low)
        if not cues and not body.lstrip()[:1].isdigit():
            return None
    found: dict[str, str] = {}

    def valid(number: str) -> bool:
        e164 = phones.validate(number.lstrip("+"), number.startswith("+"), regions, bare_intl=False)
        if e164 is not None:
            found[number] = e164
        return e164 is not None

    if ellipsis:
        sp = splits.find_split(title, body, valid)
    else:
        sp = splits.find_rest_split(title, body, lows.get("body", ""), cues, valid)
    return None if sp is None else (sp, found[sp.number])


@functools.cache
def _rest_cues() -> tuple[str, ...]:
    """The words that name a number's rest ("rest of number", "resten av numret"), lower case, longest first."""
    return tuple(sorted({c.lower() for c in lexicon().number_rest_cues}, key=len, reverse=True))


def _chat_splits(
    text: str, pairs: tuple[tuple[int, int, int, int], ...], regions: tuple[str, ...]
) -> tuple[str, list[phones.PhoneHit]]:
    """A number split over two messages of one sender in a chat export ("073 373" … "06 15", ``chat.read_chat``):
    for each second half, the first pair (the likeliest first) whose halves together are one valid number and whose
    first half is none by itself is a hit over both halves;
    the halves are blanked in the text returned so that neither is read alone."""
    hits: list[phones.PhoneHit] = []
    edits: list[tuple[int, int, str]] = []
    done: set[int] = set()
    for a_s, a_e, b_s, b_e in pairs:
        if b_s in done:
            continue  # a likelier first half joined this second half already
        first = text[a_s:a_e]
        plus = first.startswith("+")
        number = ascii_digits(first) + ascii_digits(text[b_s:b_e])
        if not 7 <= len(number) <= 15:
            continue
        if phones.validate(ascii_digits(first), plus, regions, bare_intl=False) is not None:
            continue  # the first message's number is whole: what follows is something else
        if not (plus or first.startswith("00")) and (
            phones.validate(ascii_digits(text[b_s:b_e]), False, regions, bare_intl=False) is not None
        ):
            continue  # the second message is a number of its own: two numbers never glue (a bare code goes on)
        e164 = phones.validate(number, plus, regions, bare_intl=False)
        if e164 is None:
            continue
        done.add(b_s)
        hits.append(phones.PhoneHit(e164, a_s, b_e, "split"))
        edits.append((a_s, a_e, " " * (a_e - a_s)))
        edits.append((b_s, b_e, " " * (b_e - b_s)))
    return (splice(text, sorted(edits)) if edits else text), hits


def _split_half(field: str, prep: dict[str, str], sp: splits.Split) -> tuple[int, int] | None:
    """The span of a split number's title half in ``field`` (the title, or the URL slug's copy), to be left unread."""
    if field == "title":
        return sp.title_start, sp.title_end
    if field == "body":
        return (sp.body_start, sp.body_end) if sp.bare else None  # read whole at it, never alone
    if field == "url":
        return splits.slug_span(prep["url"], prep["title"], sp)
    return None


def _same_number_across_fields(phone_hits: dict[str, list[phones.PhoneHit]]) -> None:
    """A number read nationally in one field that another field writes with its country code (the title's
    "Ida 48698113", the body's "0045 48 69 81 13") is that international number, as within one field
    (``phones.find_phones``): a touring person's number is not re-read in the site's country."""
    intl = phones.international_parts(h for hits in phone_hits.values() for h in hits)
    if not intl:
        return
    for hits in phone_hits.values():
        hits[:] = [phones.as_international(h, intl) for h in hits]


@functools.cache
def warm_up(export_only: bool = False) -> None:
    """Load every lexicon and compiled pattern once per process; with ``export_only`` only those of the
    selectors ``extract_ad(export_only=True)`` reads (a stream filter never needs the prices' or hotels')."""
    # the py3langid model (~0.5 s) is not loaded here: most ads are settled by the function-word vote
    t = "warm up 070 123 45 67 Stockholm hotel incall 22 år 1500 kr/h anna (at) gmail dot com snap: anna"
    phones.find_phones(t, ("SE",))
    places.find_places(t)
    contacts.find_emails(t)
    contacts.find_handles(t, [])
    ages.find_ages(t)
    furniture.label_kind("annonse id")  # its labels' file: a stream and analyze judge site furniture
    ranges.warm_up()  # the price ranges' pattern furniture asks for (session 32): kept by the start cache
    prepare("\u0660")  # the class of what the fold table changes: compiled here, it is kept by the start cache
    prefix.warm_up()  # the patterns of rewrites a few ads need (session 31): compiled here, kept by the start cache
    spelled.warm_up()
    prose.warm_up()
    cyrillic.may_hold("")
    if not export_only:
        places.find_hotels(t)
        places.find_service_modes(t)
        contacts.find_urls(t, [])
        prices.find_prices(t, "SE")
        people.find_people(t)


class _Clock:
    """This thread's CPU-time limit for one ad.

    Reading the thread's CPU clock is a system call (2-5 µs here, several per ad); the wall clock is not.
    A thread's CPU time never runs ahead of the wall clock, so while less than the limit has passed on the
    wall clock the CPU deadline cannot have passed either, and only then is the CPU clock read."""

    def __init__(self, limit: float) -> None:
        self.limit = max(0.0, limit)
        self.wall = time.perf_counter()
        self.deadline = time.thread_time() + self.limit
        self.expired = False

    def over(self) -> bool:
        if not self.expired and time.perf_counter() - self.wall > self.limit and time.thread_time() > self.deadline:
            self.expired = True
        return self.expired


def extract_ad(
    *,
    title: str = "",
    body: str = "",
    url: str | None = None,
    city: str | None = None,
    site: str | None = None,
    site_country: str | None = None,
    region: str | None = None,
    time_limit: float = 1.0,
    export_only: bool = False,
    ad_key: str | None = None,
    site_furniture: furniture.SiteFurniture | None = None,
    judge_furniture: bool = True,
    posted: str | None = None,
) -> Extraction:
    """Extract selectors from one ad. ``region`` is the fallback country for national numbers.

    Phones and e-mails that are site furniture (the ad's own number ``ad_key`` in its text, ids in its URL,
    labelled ids and site lines, and what ``site_furniture`` learned of the site) become ``furniture``
    matches (``furniture.judge``); ``judge_furniture=False`` leaves that to the caller (a stream that learns
    the site first and judges once). ``posted``: the ad's own date (its record's ``posted_at``, ISO): a compact date
    the page prints is a date only near it (``dates.near``).

    Stops after the stage in which ``time_limit`` seconds of this thread's CPU time ran out and sets
    ``timed_out``: one pathological ad cannot stall a batch. CPU time, not wall time, so that a busy
    machine (a process waiting for a core) does not cut ordinary ads short and change what is read.
    ``export_only`` reads only what ``export_fields`` returns (phones, e-mails,
    handles, ages, places, language) and skips URLs, hotels, service modes, prices and nationalities:
    the stream filter's output has no use for them.
    """
    raw = {"title": title or "", "body": body or "", "url": url or ""}
    # what a browser decodes before a person sees it (character references, a base64 attribute, atob(), text turned
    # by CSS): read as shown (``rendered``); spans go back to the raw text after
    views: dict[str, rendered.View] = {}
    for f in ("title", "body"):
        if raw[f] and rendered.may_hold(raw[f]):
            view = rendered.render(raw[f])
            if view is not None:
                views[f] = view
    shown = {**raw, **{f: v.text for f, v in views.items()}} if views else raw
    # a CSV dump, a calendar feed …: read field by field (``formats``); spans go back to the raw text after
    reading = formats.read_format(shown["body"]) if body else None
    result = _extract(
        shown if reading is None else {**shown, "body": reading.source},
        reading,
        city=city,
        site=site,
        site_country=site_country,
        region=region,
        time_limit=time_limit,
        export_only=export_only,
    )
    if reading is not None:
        if reading.phone_cells:
            structured.label_cells(result, reading)  # a table's phone column labels what it holds
        structured.restore(result, reading, shown["body"])
    for f, v in views.items():
        rendered.restore(result, v, raw[f], f)
    if not judge_furniture:
        return result
    # an implied domain from the ad's own addresses, else from what the sites' ads wrote in full (the model's book,
    # ``furniture.share_lines``: a store's run), as a stream's judge completes it from its own book
    implied.complete(result, site, site_furniture.book if site_furniture is not None else None)
    fields = {**raw, "posted": posted} if posted else raw  # not read as text: only ``judge`` reads the date
    return furniture.judge(result, fields, ad_key=ad_key, site=site, model=site_furniture)


def _note_country(detail: dict[str, Any], countries: list[str]) -> None:
    """Add a place's country (``detail["country"]``) to the text's countries, first seen first."""
    country = detail.get("country")
    if isinstance(country, str) and country not in countries:
        countries.append(country)


def _extract(
    raw: dict[str, str],
    reading: structured.Reading | None,
    *,
    city: str | None,
    site: str | None,
    site_country: str | None,
    region: str | None,
    time_limit: float,
    export_only: bool,
) -> Extraction:
    warm_up(export_only)  # loading lexicons and patterns is not the ad's time
    result = Extraction()
    url = raw["url"] or None
    # each field prepared, lower-cased, its lower-case words (which let each selector skip ads without its cue
    # words), its digit runs and its letter-or-digit class, from one encoding of the field (``patterns.scan``)
    prep: dict[str, str] = {}
    lows: dict[str, str] = {}
    words: dict[str, set[str]] = {}
    digits: dict[str, list[int]] = {}
    alnums: dict[str, str | None] = {}
    for f, t in raw.items():
        if t:
            # a structured body is read as its reader left it (``formats``: furniture fields blanked)
            prep[f], lows[f], words[f], digits[f], alnums[f] = scan(reading.text if reading and f == "body" else t)
    chat_splits: tuple[tuple[int, int, int, int], ...] = ()
    spoken: tuple[int, int] = (0, 0)
    number_cells: list[tuple[int, int]] = []
    if "body" in prep and cells.may_hold(prep["body"]):
        # a sheet dumped cell by cell ("D2526: 33350472"): its cell references are keys, blanked (``cells``)
        bare = cells.blank_keys(prep["body"])
        if bare is not None:
            number_cells = cells.digit_values(prep["body"])
            prep["body"], lows["body"], words["body"], digits["body"], alnums["body"] = scan(bare)
    if "body" in prep and escapes.may_hold(prep["body"]):
        # a log line's quoted text with its line breaks escaped ("text=\"Hei\\nRing …\""): read as lines (``escapes``)
        decoded = escapes.read_escapes(prep["body"])
        if decoded is not None:
            prep["body"], lows["body"], words["body"], digits["body"], alnums["body"] = scan(decoded)
    if "body" in prep:
        # a group chat export: only the post's own messages are read (members' senders, joins and ids blanked); a
        # video's caption file: only its cue text, and the numbers said in it (``captions``)
        post = chat.read_chat(prep["body"]) if chat.may_be_chat(prep["body"]) else None
        if post is None and captions.may_be_captions(prep["body"]):
            post = captions.read_captions(prep["body"])
        if post is not None:
            prep["body"], lows["body"], words["body"], digits["body"], alnums["body"] = scan(post.text)
            chat_splits, spoken = post.splits, post.transcript
        elif captions.transcript_cued(words["body"]):
            spoken = captions.cued_span(lows["body"]) or spoken  # "Voicemail transcript: …" as plain text
        if post is None and linemarks.may_hold(prep["body"]):
            # an edit history's "-"/"+" lines, a unified diff: a line's own marker is no sign (``linemarks``)
            marked = linemarks.read_marks(prep["body"])
            if marked is not None:
                prep["body"], lows["body"], words["body"], digits["body"], alnums["body"] = scan(marked)
        if post is None:
            # a transcript read as it stands ("[18:46:26] Du: +46 739" ⏎ "[18:47:27] Du: 926 950", JSON lines'
            # messages): a number one writer cut over two turns (``turns``); keys and headers are in the source
            source = reading.source if reading is not None else prep["body"]
            if turns.may_hold(source, reading is not None and reading.kind == "json"):
                chat_splits = turns.turn_splits(source)
    text_fields = [f for f in ("title", "body") if f in prep]
    add = result.matches.append

    if text_fields:
        # the title's and the body's words are read as one set without building it (``language.vote``)
        more = words["body"] if len(text_fields) == 2 else None
        result.language = detect_language(" \n".join(prep[f] for f in text_fields), words[text_fields[0]], more)
    # the clock starts after the language: loading its model on first need is not this ad's time
    clock = _Clock(time_limit)

    text_countries: list[str] = []
    # an attribute list's place ("Område: Fr.stad") first: the city the ad is for, where the text's other cities
    # may be a tour's next stop or a name
    labelled: set[tuple[str, int, str]] = set()
    for f in text_fields:
        for p in places.labelled_cities(prep[f], words[f], lows[f]):
            labelled.add((f, p.start, p.value))
            add(Match(p.kind, p.value, f, p.start, p.end, raw[f][p.start : p.end], p.detail))
            _note_country(p.detail, text_countries)
    for f, t in prep.items():
        later_words = f != "url" and places.has_later_words(words[f])
        now_words = f != "url" and places.has_now_words(words[f])
        stop_words = f != "url" and places.has_current_stop_words(words[f])
        companies = f != "url" and places.may_name_company(t, words[f])
        found = places.find_places(t, words[f], lows[f])
        if f != "url" and (not found or places.abbreviations_may_matter(words[f])):
            # "Now in Stvg", "F-stad: …": only where it may matter
            found = places.abbreviated_cities(t, found, words[f], lows[f])
        for p in found:
            if p.kind == "city":
                if labelled and (f, p.start, p.value) in labelled:
                    continue  # the same city at the same place, read from its label already
                if companies and places.company_seat(t, p.start):
                    p.detail["site_line"] = True  # "Nattfiol OÜ, Tallinn": the site's seat, listed after the ad's
                elif later_words and places.later_stop(t, p.start):
                    p.detail["later"] = True
                elif (now_words and places.now_here(t, p.start)) or (stop_words and places.now_after(t, p.end)):
                    # "Now in Stvg", a tour list's "Trondheim, 3–6 Mar, now" (session 37): where she is, before a
                    # field that keeps her home city
                    p.detail["now"] = True
            add(Match(p.kind, p.value, f, p.start, p.end, raw[f][p.start : p.end], p.detail))
            _note_country(p.detail, text_countries)
    hints = region_hints(
        city=city,
        site=site,
        site_country=site_country,
        url=url,
        language=result.language,
        region=region,
        text_countries=text_countries,
    )
    regions = _with_neighbours(hints)
    tld = _market_tld(_site_country(site) if site and "." in site else None, result.language) or _market_tld(
        _url_country(url), result.language
    )
    national = _phone_regions(regions, site_country, city, text_countries, result.language, tld)
    if clock.over():
        result.timed_out = True
        return result

    # "Zara 20 +36 3045 …" in the title, "Skriv på …05569" in the body: one number, read at the body's half
    split = _title_body_split(prep, lows, national)
    phone_hits: dict[str, list[phones.PhoneHit]] = {}
    for f, t in prep.items():
        f_scan = words[f], digits[f], lows[f], alnums[f]
        hidden = cfemail.hidden(t) if "cfemail" in words[f] or "protection" in words[f] else None
        if hidden is not None:
            # an encoded address's hex ("data-cfemail=\"fe9c91…\"") is no number: read as "x"s (``cfemail``)
            t, s_low, s_words, s_digits, s_alnum = scan(hidden)
            f_scan = s_words, s_digits, s_low, s_alnum
        joined: list[phones.PhoneHit] = []
        if reading is not None and reading.numbers and f == "body":
            joined = structured.column_phones(reading, national, bool(hints))  # a phone column's bare digits
        record = reading.source if reading is not None and f == "body" else t
        if f == "body" and records.may_hold(record, f_scan[2] if record is t else None):
            # a record's country-code field joined to its phone field ('"cc": "+380", "msisdn": "509046682"',
            # "phone_cc=46 phone=724990836"): read as one number, and those digits read no other way (``records``)
            coded = records.coded_phones(record)
            if coded:
                joined = [h for h in joined if not any(cs < h.end and h.start < ce for cs, ce, _ in coded)]
                for cs, ce, _ in coded:
                    t = t[:cs] + " " * (ce - cs) + t[ce:]
                t, s_low, s_words, s_digits, s_alnum = scan(t)
                f_scan = s_words, s_digits, s_low, s_alnum
                joined.extend(phones.PhoneHit(e164, cs, ce, "international") for cs, ce, e164 in coded)
        if f == "body" and (chat_splits or spoken[1]):
            t, joined = _chat_splits(t, chat_splits, national) if chat_splits else (t, joined)
            if spoken[1]:
                t, heard = captions.spoken_phones(t, spoken, national)
                joined.extend(heard)
            if joined:
                t, s_low, s_words, s_digits, s_alnum = scan(t)
                f_scan = s_words, s_digits, s_low, s_alnum
        elif split is not None and (gone := _split_half(f, prep, split[0])) is not None:
            t, s_low, s_words, s_digits, s_alnum = scan(t[: gone[0]] + " " * (gone[1] - gone[0]) + t[gone[1] :])
            f_scan = s_words, s_digits, s_low, s_alnum
        hits = phones.find_phones(
            t,
            national,
            original=raw[f],
            deadline=clock.deadline,
            words=f_scan[0],
            digits=f_scan[1],
            low=f_scan[2],
            alnum=f_scan[3],
        )
        if f == "body" and number_cells:
            # a sheet's number cell the scanner read nothing in: the trunk 0 a spreadsheet drops ("737104717")
            joined.extend(_zero_dropped(t, number_cells, hits, national))
        phone_hits[f] = sorted([*hits, *joined], key=lambda h: h.start) if joined else hits
    if split is not None:
        sp, e164 = split
        body_hits = phone_hits.setdefault("body", [])
        if all(h.e164 != e164 for h in body_hits):
            body_hits.append(phones.PhoneHit(e164, sp.body_start, sp.body_end, "split"))
            body_hits.sort(key=lambda h: h.start)
    if len(phone_hits) > 1:
        _same_number_across_fields(phone_hits)
    place = _overruled_place(regions, national, site_country, city, text_countries)
    for f, hits in phone_hits.items():
        for h in hits:
            detail: dict[str, Any] = {"style": h.style}
            if h.hinted:
                detail["hinted"] = True  # disguised, no code written: the stream's written code may correct it
            if place is not None:
                moved = _landline_moved(h, raw[f][h.start : h.end], place)
                if moved is not h:
                    detail["site_reading"] = h.e164  # the TLD country's landline: a site's line is learned under it
                    h = moved
            if h.style == "invalid":
                detail["valid"] = False  # written with a "+" but no country vouches for it: kept as written
            elif not hints and h.style in ("national", "broken", "spaced"):
                readings = _readings(h, raw[f][h.start : h.end], regions)
                if len(readings) > 1:
                    detail["readings"] = readings  # no hint said which country: every reading is kept
            elif h.style == "homeland":
                _home_readings(detail, h, raw[f][h.start : h.end], prep[f])
            elif h.style == "trunkless":
                _trunkless_readings(detail, h, raw[f][h.start : h.end], prep[f])
            elif national is not regions and h.style in ("national", "broken", "spaced"):
                _site_reading(detail, h, raw[f][h.start : h.end], regions[0])
            if national and h.style not in _CODED_STYLES and not h.e164.startswith(_code_of(national[0])):
                _fixed_reading(detail, h, national)
            add(Match("phone", h.e164, f, h.start, h.end, raw[f][h.start : h.end], detail))
    if clock.over():
        result.timed_out = True
        return result

    for f in text_fields:
        t = prep[f]
        r = raw[f]
        w = words[f]
        emails = contacts.find_emails(t, w, lows[f], wide_letters=alnums[f] is None)
        for e in emails:
            add(Match(e.kind, e.value, f, e.start, e.end, r[e.start : e.end], e.detail))
        for hd in contacts.find_handles(t, phone_hits.get(f, []), w, lows[f]):
            add(Match("handle", hd.value, f, hd.start, hd.end, r[hd.start : hd.end], hd.detail))
        if not export_only:
            for u in contacts.find_urls(t, [(e.start, e.end) for e in emails]):
                add(Match(u.kind, u.value, f, u.start, u.end, r[u.start : u.end], u.detail))
        if clock.over():
            result.timed_out = True
            return result
        for a in ages.find_ages(t, w, digits[f], lows[f]):
            add(
                Match(
                    "age", str(a.age), f, a.start, a.end, r[a.start : a.end], {"wide_range": True} if a.wide else None
                )
            )
        if reading is not None and reading.ages and f == "body":
            for a in structured.column_ages(reading):  # an age column's value (``csvdump``)
                add(Match("age", str(a.age), f, a.start, a.end, r[a.start : a.end], {"column": True}))
        if export_only:
            continue
        for p in (*places.find_hotels(t, w, lows[f]), *places.find_service_modes(t, w, lows[f])):
            add(Match(p.kind, p.value, f, p.start, p.end, r[p.start : p.end], p.detail))
        for pr in prices.find_prices(t, regions[0] if regions else None, w, digits[f], lows[f]):
            detail = {"amount": pr.amount, "currency": pr.currency, "minutes": pr.minutes}
            add(Match("price", pr.value, f, pr.start, pr.end, r[pr.start : pr.end], detail))
        for ph in people.find_people(t, w, lows[f]):
            add(Match(ph.kind, ph.value, f, ph.start, ph.end, r[ph.start : ph.end], ph.detail))
        if clock.over():
            result.timed_out = True
            return result
    return result


def export_fields(ex: Extraction, city: str | None = None) -> dict[str, Any]:
    """The export-format fields of one extraction (ARCHITECTURE.md "Ad export"). ``city``: the ad's own city
    field; in its canonical spelling it comes first in ``cities`` (the cities the text names follow).

    Each list holds the distinct values of its kind in order of first appearance (``Extraction.values``), read in
    one compiled pass over the matches: ``Extraction`` is interpreted, and a call per kind cost a stream ~10 k
    instructions an ad."""
    phone_values: dict[str, None] = {}
    emails: dict[str, None] = {}
    age_values: dict[str, None] = {}
    named: dict[str, None] = {}
    after: dict[str, None] = {}  # cities named only as a later stop ("Neste uke: Bergen") or abroad: listed last
    now: dict[str, None] = {}  # cities named where she is now ("Now in Hbg"): before the city field (session 29)
    handles: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for m in ex.matches:
        kind = m.kind
        if kind == "phone":
            phone_values[m.value] = None
        elif kind == "email":
            emails[m.value] = None
        elif kind == "age":
            if not m.detail.get("wide_range"):  # the ages she seeks, not hers (``ages.MAX_AGE_SPAN``)
                age_values[m.value] = None
        elif kind == "city":
            if m.detail.get("later") or m.detail.get("country") not in _NORDIC_CITIES or m.detail.get("site_line"):
                after[m.value] = None  # a later stop, a city abroad, the site's own address (session 29)
            else:
                named[m.value] = None
                if m.detail.get("now"):
                    now[m.value] = None
        elif kind == "handle":
            key = (str(m.detail.get("platform", "")), m.value)
            if key not in seen:
                seen.add(key)
                handles.append({"platform": key[0], "handle": key[1]})
    return {
        "phones": list(phone_values),
        "emails": list(emails),
        "handles": handles,
        "ages": [int(a) for a in age_values],
        "cities": _cities([*named, *(c for c in after if c not in named)], city, now, len(named)),
        "language": ex.language,
    }


def export_row(ad_key: str, site: str, ex: Extraction, city: str | None) -> dict[str, Any]:
    """``kartlegg extract``'s line for one ad: its key and site, ``export_fields`` and the matches judged site
    furniture (value, reason, field). Compiled: built by the interpreted stream, it cost ~5 k instructions an ad."""
    row: dict[str, Any] = {"id": ad_key, "site": site}
    row.update(export_fields(ex, city))
    row["furniture"] = [
        {"value": m.value, "reason": m.detail.get("reason"), "field": m.field}
        for m in ex.matches
        if m.kind == "furniture"
    ]
    return row


#: Countries whose cities an ad's place is read from first; a city abroad in the text is mostly a name ("Sofia") or
#: where a person comes from, and only a fallback.
_NORDIC_CITIES: Final = frozenset({"NO", "SE", "DK", "FI", "IS"})


def _cities(named: list[str], city: str | None, now: dict[str, None] | None = None, firm: int = -1) -> list[str]:
    """The ad's cities: where the text says she is now ("Now in Hbg", ``now``), then its city field's, then the
    text's others. A field that names a region ("Stockholms län", "Vestlandet") comes after the text's cities; one
    the gazetteer lists with its towns ("Rogaland") puts the text's towns inside it first, and stands for its largest
    town where the text names no town of its own (``firm``: how many of ``named`` are the text's own, not later stops,
    abroad or a site's address; -1: all; session 31). A field's town whose name is also a district's of a town the text
    names (``places.namesake_of``: "Lund" beside "i Kristiansand") stands for that town."""
    own = places.canonical_city(city)
    if own is not None and named:
        for other in places.namesake_of(own):
            if other in named:
                own = other
                break
    if now and own is not None:
        # "just arrived in Lund" on an ad whose field says Kristiansand: the field's district, no other town
        now = {c: None for c in now if own not in places.namesake_of(c)}
    region = places.field_region(city) if city else None
    if region is not None and not now:
        inside = [c for c in named if c in region]
        if inside:
            named = [*inside, *(c for c in named if c not in region)]
        elif firm == 0 or not named:
            named = [region[0], *named]  # "Område: Rogaland", a street it does not know, "Næste uge: Trondheim"
    if now:
        first = [c for c in named if c in now]
        rest = [c for c in named if c not in now]
        if own is None:
            return [*first, *rest]
        return [*first, *([] if own in now else [own]), *(c for c in rest if c != own)]
    if own is None:
        return named
    if city and named and (len(named) > 1 or named[0] != own) and places.region_label(city):
        return [*named, *([] if own in named else [own])]
    return [own, *(c for c in named if c != own)]
