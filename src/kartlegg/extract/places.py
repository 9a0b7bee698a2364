"""Cities and districts from the gazetteer, hotel and apartment-hotel mentions, incall/outcall.

``canonical_city`` gives every spelling of a city one name (the gazetteer's), so that the store's site labels
("Malmo", "Kbh", "Gothenburg"), the map and the statistics never count one city under several names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from kartlegg.extract.gates import abbreviation_starts
from kartlegg.extract.lexicon import City, District, Landmark, fold, gazetteer, lexicon
from kartlegg.extract.patterns import (
    PhraseMatcher,
    digit_anchored,
    key,
    last_letter_runs,
    lower_same_length,
    search_word_start,
)


def _key(s: str) -> str:
    return key(s)


@dataclass(init=False, unsafe_hash=True, slots=True)
class PlaceHit:
    kind: str
    value: str
    start: int
    end: int
    detail: dict[str, Any]

    # written out: mypyc compiles it, while the one @dataclass generates runs interpreted (~0.9 µs a hit)
    def __init__(self, kind: str, value: str, start: int, end: int, detail: dict[str, Any]) -> None:
        self.kind = kind
        self.value = value
        self.start = start
        self.end = end
        self.detail = detail


@functools.cache
def _places() -> tuple[PhraseMatcher, dict[str, City | District | Landmark], frozenset[str], dict[str, City]]:
    g = gazetteer()
    by_key: dict[str, City | District | Landmark] = {}
    cities = {c.name: c for c in g.cities}
    for c in g.cities:
        for n in (c.name, *c.aliases):
            by_key.setdefault(_key(n), c)
            by_key.setdefault(_key(fold(n)), c)
    for d in g.districts:
        for n in (d.name, *d.aliases):
            by_key.setdefault(_key(n), d)
    for m in g.landmarks:  # after the towns and districts: a name both are keeps its town's or district's reading
        for n in (m.name, *m.aliases):
            by_key.setdefault(_key(n), m)
    caps = frozenset(_key(n) for n in g.capitalised_only)
    return PhraseMatcher(by_key, across_lines=True), by_key, caps, cities


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """Lower-case first words of phrases: a per-ad trigger (an ad without any of them skips the regex)."""
    return frozenset(_key(p).split(" ")[0] for p in phrases if p.strip())


@functools.cache
def _place_trigger() -> frozenset[str]:
    return first_words(_places()[1])


#: The market countries by their names (sv/no/da/en, and German as sites abroad write them), for a city field that
#: names a country instead of a city ("Norge", "Sweden").
_COUNTRY_NAMES: Final = {
    name: code
    for code, names in (
        ("NO", ("norge", "noreg", "norway", "norwegen")),
        ("SE", ("sverige", "sweden", "schweden")),
        ("DK", ("danmark", "denmark", "dänemark")),
    )
    for name in names
}


def named_country(name: str | None) -> str | None:
    """The market country a city field names instead of a city ("Norge" -> "NO"), else None."""
    return _COUNTRY_NAMES.get(name.strip().casefold()) if name else None


def city_country(name: str | None) -> str | None:
    """Country code of a city name in any spelling the gazetteer knows ("Köpenhamn" -> "DK")."""
    if not name:
        return None
    _, by_key, _, cities = _places()
    e = by_key.get(_key(name)) or by_key.get(_key(fold(name)))
    if isinstance(e, City):
        return e.country
    if isinstance(e, (District, Landmark)):
        return cities[e.city].country
    return None


def find_places(text: str, words: set[str] | None = None, low: str | None = None) -> list[PlaceHit]:
    """Cities and districts named in the text, by their canonical names. A district also counts as a mention of
    its city (same span, ``detail["district"]`` says so): an ad placed only "på Grünerløkka" is an Oslo ad; a
    landmark ("rett ved Karl Johan", "nära Avenyn") only as its city's (``detail["landmark"]``)."""
    rx, by_key, caps, cities = _places()
    low = low if low is not None else lower_same_length(text)
    out: list[PlaceHit] = []
    for s, e in rx.find(low, words):
        raw = text[s:e]
        k = _key(raw)
        if k in caps and not raw[:1].isupper():
            continue
        entry = by_key.get(k)
        if isinstance(entry, City):
            detail: dict[str, Any] = {"country": entry.country, "lat": entry.lat, "lon": entry.lon}
            out.append(PlaceHit("city", entry.name, s, e, detail))
        elif isinstance(entry, District):
            c = cities[entry.city]
            detail = {"city": entry.city, "country": c.country, "lat": entry.lat, "lon": entry.lon}
            out.append(PlaceHit("district", entry.name, s, e, detail))
            via = {"country": c.country, "lat": c.lat, "lon": c.lon, "district": entry.name}
            out.append(PlaceHit("city", c.name, s, e, via))
        elif isinstance(entry, Landmark):
            # a landmark ("rett ved Karl Johan") places the ad in its city; it is no district of its own. One with a
            # house number after it is an address's street, whose town the address names (streets recur in towns)
            if _HOUSE_NUMBER.match(text, e) is not None:
                continue
            c = cities[entry.city]
            out.append(
                PlaceHit(
                    "city", c.name, s, e, {"country": c.country, "lat": c.lat, "lon": c.lon, "landmark": entry.name}
                )
            )
    return out


#: A house number right after a street's name ("Sveavägen 45", "Karl Johans gate 12B"); not a time, a date or a
#: price ("Nyhavn 19:15" is a chat bubble's time: the whole digit run is looked at, never its first digits alone).
_HOUSE_NUMBER: Final = re.compile(r"[ \t]{1,2}\d{1,4}(?!\d)(?![:.,]\d)")


#: Letters that ads typed on foreign keyboards spell with two ("Tromsoe", "Umeaa", "Koebenhavn").
_DIGRAPHS: Final = str.maketrans({"å": "aa", "ä": "ae", "ö": "oe", "ø": "oe", "æ": "ae", "ü": "ue", "é": "e"})


@functools.cache
def _city_names() -> dict[str, str]:
    """Lookup key of every gazetteer spelling (as written, without diacritics, with digraphs) -> its city's name;
    a district's spellings give the district's city."""
    g = gazetteer()
    out: dict[str, str] = {}
    entries: list[tuple[str, list[str]]] = [(c.name, [c.name, *c.aliases]) for c in g.cities]
    entries += [(d.city, [d.name, *d.aliases]) for d in g.districts]
    entries += [(m.city, [m.name, *m.aliases]) for m in g.landmarks]
    for city, names in entries:
        for n in names:
            out.setdefault(_key(n), city)
    for city, names in entries:
        for n in names:
            out.setdefault(_key(fold(n)), city)
            out.setdefault(_key(n.lower().translate(_DIGRAPHS)), city)
            out.setdefault(_key(fold(n.lower().replace("å", "aa"))), city)  # "Vasteraas": only å as two letters
    return out


def canonical_city(name: str | None) -> str | None:
    """The one name of the city ``name`` stands for, in any spelling, exonym or abbreviation the gazetteer knows
    ("Malmo" -> "Malmö", "Kbh" -> "København", "Grünerløkka" -> "Oslo", "Oslo sentrum" -> "Oslo"); None for a
    name it does not know (callers keep such a name as written: nothing is dropped)."""
    if not name or not name.strip():
        return None
    return _canonical(name.strip()[:200])


@functools.lru_cache(maxsize=8192)
def _canonical(name: str) -> str | None:
    names = _city_names()
    low = name.lower()
    for k in (_key(low), _key(fold(low)), _key(low.translate(_DIGRAPHS))):
        if k in names:
            return names[k]
    tail = _last_place_piece(name)
    if tail is not None:
        got = _canonical(tail)
        if got is not None:
            return got
    # a label with more than the city in it ("København V", "Stockholm/Södermalm", "Malmo, Sweden"): the first
    # place named in it; a lower-case label may be an ordinary-word place ("lund"), as the field names a place
    for h in find_places(name[:1].upper() + name[1:]):
        return h.value if h.kind == "city" else str(h.detail["city"])
    return _contracted(low) or _skeleton(low)


#: An address's postcode and town at the end of a label ("Istedgade 82, 1357 Odense C"), or a breadcrumb's last
#: piece ("Forum » Norge » Tr.heim"): the most specific place of the label.
_POSTCODE_TOWN: Final = re.compile(r"(?:^|[\s,])(?:[A-Z]{1,2}-?)?\d{4,5}[ \t]+([^\d,»>|]{2,40})\Z")
_BREADCRUMB: Final = re.compile(r"[»>|]")


def _last_place_piece(name: str) -> str | None:
    """The town after an address's postcode, or a breadcrumb's last piece; None for other labels."""
    m = _POSTCODE_TOWN.search(name)
    if m is not None:
        return m.group(1).strip()
    if _BREADCRUMB.search(name) is not None:
        last = _BREADCRUMB.split(name)[-1].strip()
        return last or None
    return None


_VOWELS: Final = frozenset("aeiouyåäöøæéü")
#: The countries whose towns a bare abbreviation may stand for (the market's: ads abroad write names out).
#: The market's countries (NO, SE, DK): one set for every rule that trusts a hint only inside the market.
MARKET_COUNTRIES: Final = frozenset({"NO", "SE", "DK"})


def _skeleton(low: str) -> str | None:
    """The one Nordic city a bare abbreviation of consonants spells ("stvg" -> Stavanger, "sthlm" -> Stockholm):
    three to five consonants, the first the name's first letter, all of them in the name in order; None when no
    city or several fit (a label of ordinary letters holds vowels)."""
    word = low.strip().replace(".", "")
    if not 3 <= len(word) <= 5 or not word.isalpha() or not word.isascii() or any(c in _VOWELS for c in word):
        return None
    fits = {
        c.name
        for c in gazetteer().cities
        if c.country in MARKET_COUNTRIES and not c.minor and _spells(word, fold(c.name))
    }
    return fits.pop() if len(fits) == 1 else None


def _spells(word: str, name: str) -> bool:
    """Are ``word``'s letters in ``name`` in order, the first opening it?"""
    if not name.startswith(word[0]):
        return False
    k = 1
    for c in word[1:]:
        k = name.find(c, k)
        if k < 0:
            return False
        k += 1
    return True


#: A name cut in its middle with a dot or a dash, as Norwegian and Danish write long town names ("Kr.sand", "Fr.stad",
#: "F-stad").
_CONTRACTION: Final = re.compile(r"([^\W\d_]{1,4})[.\-]\s?([^\W\d_]{3,})")


def _contracted(low: str) -> str | None:
    """The one gazetteer city whose name opens and ends as a contraction does ("kr.sand" -> Kristiansand,
    "fr.stad" -> Fredrikstad); None when no city or several fit."""
    m = _CONTRACTION.fullmatch(low.strip())
    if m is None:
        return None
    head, tail = m.group(1), m.group(2)
    fits = {
        c.name
        for c in gazetteer().cities
        for n in (c.name, *c.aliases)
        if len(n) > len(head) + len(tail) and n.lower().startswith(head) and n.lower().endswith(tail)
    }
    return fits.pop() if len(fits) == 1 else None


#: Labels of an attribute list's place ("Område: Oslo", "Ort – Malmö", "City: Aalborg", "By: Kr.sand") in
#: sv/no/da/en, opening a line or a field of it; the place stands for the ad, where other cities of its text may be
#: the next stop of a tour or a person's name ("Sofia").
_PLACE_LABEL_WORDS: Final = (
    "by", "sted", "område", "omrade", "lokasjon", "bosted", "ort", "stad", "plats", "lokation", "city", "location",
    "area", "based", "town",
)  # fmt: skip
#: What follows a place label: a separator ("-", ":", a tab or a blank) and the place, up to the field's end.
_PLACE_VALUE: Final = re.compile(r"(?:[ \t]*[:=\-\u2013\u2014][ \t]*|\t[ \t]*|[ \t])([^\n|·•;,:]{2,40})")


def _opens_field(text: str, k: int) -> bool:
    """Does ``text[k]`` open a line or a field of one: only blanks after a line start or a field separator
    (|·•;,) before it, or at least two blanks right before it?"""
    j = k
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in "\n|·•;," or k - j >= 2


def labelled_cities(text: str, words: set[str] | None = None, low: str | None = None) -> list[PlaceHit]:
    """Cities an attribute list names after a place label ("Område: Fr.stad", "City: lund"), read as the city
    field is (``canonical_city``: any spelling, lower case, a district, a contraction), with the value's span.
    Each label the text's words (``words``) hold is looked for with ``str.find`` (a pattern tried at every
    character cost ~40 µs an ad)."""
    labels = [w for w in _PLACE_LABEL_WORDS if words is None or w in words]
    if not labels:
        return []
    low = low if low is not None else lower_same_length(text)
    _, _, _, cities = _places()
    found: list[PlaceHit] = []
    n = len(text)
    for w in labels:
        k = low.find(w)
        while k >= 0:
            end = k + len(w)
            if (k == 0 or not low[k - 1].isalnum()) and (end >= n or not low[end].isalnum()) and _opens_field(text, k):
                m = _PLACE_VALUE.match(text, end)
                if m is not None:
                    value = m.group(1).strip()
                    name = canonical_city(value)
                    entry = cities.get(name) if name else None
                    if entry is not None:
                        s = m.start(1) + m.group(1).find(value)
                        detail: dict[str, Any] = {
                            "country": entry.country, "lat": entry.lat, "lon": entry.lon, "labelled": True,
                        }  # fmt: skip
                        found.append(PlaceHit("city", entry.name, s, s + len(value), detail))
            k = low.find(w, end)
    found.sort(key=lambda h: h.start)
    return found


#: Words that make the city after them a later stop of a tour ("Neste uke: Bergen", "Next week in Lund").
_LATER_WORDS: Final = frozenset({"next", "neste", "nästa", "næste", "snart", "soon", "later", "senere", "senare"})


def has_later_words(words: set[str]) -> bool:
    """Does a field hold a later-stop word at all (``words``: its lower-case words)?"""
    return not words.isdisjoint(_LATER_WORDS)


def later_stop(text: str, start: int) -> bool:
    """Is the city at ``start`` named after a later-stop word, among the three words before it on its line?"""
    lo = max(text.rfind("\n", 0, start) + 1, start - 30)
    return any(w in _LATER_WORDS for w in re.findall(r"[^\W\d_]+", text[lo:start].lower())[-3:])


#: A company's name with its legal form ("Nattlys AS", "Rosenrum AB", "Hedon ApS", "Nordic Media Ltd", "Foo OÜ"):
#: a town after it on its line is the company's seat, a site's footer (session 31), not where the ad is.
_COMPANY: Final = re.compile(
    r"[A-ZÆØÅÄÖ][\w&.\-]*[ \t](?:AS|ASA|AB|ApS|A/S|I/S|OÜ|Oy|Ltd|Limited|GmbH|AG|SIA|UAB|Inc|LLC|BV|SL)(?![\w/])"
)
#: The legal forms as the text's lower-case letter words: a field holding none (nor "A/S") has no company line.
_COMPANY_WORDS: Final = frozenset(
    {"as", "asa", "ab", "aps", "oü", "oy", "ltd", "limited", "gmbh", "ag", "sia", "uab", "inc", "llc", "bv", "sl"}
)
#: How far before a city its company's name and form may stand ("Annonseportalen AS · Org.nr. 997789902 · Postboks
#: 4410 Nydalen, 0403 Oslo").
_COMPANY_REACH: Final = 80


def may_name_company(text: str, words: set[str]) -> bool:
    """Can the field hold a company's legal form (``words``: its lower-case letter words)?"""
    return not words.isdisjoint(_COMPANY_WORDS) or "/S" in text


def company_seat(text: str, start: int) -> bool:
    """Is the city at ``start`` named after a company's name and legal form on its line ("Nattfiol OÜ, Tallinn",
    "Hedon ApS · CVR 38214490 · 1620 København V")? Such a line is a site's footer, furniture for places too."""
    line = max(text.rfind("\n", 0, start) + 1, start - _COMPANY_REACH)
    return _COMPANY.search(text, line, start) is not None


#: Words that say where she is now, among the three before a city on its line (session 29): "Now in Hbg", "Nå i
#: Bergen", "Nu i Malmö", "Visiting Stockholm", "Besøker Tromsø", "Tar imot i Oslo", "Modtager i Aarhus", "Only a few
#: days in Hamar", "Kun i Herning", "Incall in Hillevåg", "Privat leilighet i Tromsø": where she receives. Such a city
#: outranks the site's city field, which may keep her home city while she tours.
_NOW_WORDS: Final = frozenset(
    {
        "now", "currently", "visiting", "nå", "nu", "besøker", "besöker", "besøger", "imot", "emot", "modtager",
        "modtar", "days", "dager", "dagar", "dage", "idag", "incall", "kun", "only", "bara", "bare", "leilighet",
        "lejlighed", "lägenhet", "apartment",
    }
)  # fmt: skip
#: Words of a headline saying she is new there, read as ``_NOW_WORDS`` are (session 31: "🔥 NEW IN STAVANGER 🔥", "Ny i
#: Örebro!", "Ny pige i Odense", "nyhet i Bergen", "just arrived in Aarhus"): where she is, before a channel's or a
#: site's own city. Kept apart: they are in many ads, and do not open the abbreviations' search as a now-word does.
_NEW_WORDS: Final = frozenset(
    {"new", "newly", "ny", "nya", "nye", "nyhet", "arrived", "ankommet", "ankommit", "anlänt", "ankommen"}
)


#: Where a field already names a place, abbreviations are read in it only after one of these or a now-word: a tour's
#: list ("Turné: Stvg 26.04-12.05 → Möllevången …").
_TOUR_WORDS: Final = frozenset({"turné", "turne", "tour", "turnè", "turnê", "rundtur"})


def abbreviations_may_matter(words: set[str]) -> bool:
    """Read abbreviated towns in a field that names a place already (``words``: its lower-case words)?"""
    return not words.isdisjoint(_NOW_WORDS) or not words.isdisjoint(_TOUR_WORDS)


def has_now_words(words: set[str]) -> bool:
    """Does a field hold a word of ``_NOW_WORDS`` or ``_NEW_WORDS`` at all (``words``: its lower-case words)?"""
    return not words.isdisjoint(_NOW_WORDS) or not words.isdisjoint(_NEW_WORDS)


def now_here(text: str, start: int) -> bool:
    """Is the city at ``start`` named after a word saying she is there now, or new there, among the three words before
    it on its line ("Now in Stvg.", "Jeg tar imot i F-stad", "NEW IN BERGEN")? Not on a quoted line ("> Kun i Bergen
    til 25/6", session 30): a forum post quoting her ad says where she was when the ad was written; the post's own
    place (its title's tag, its text) stands first."""
    line = text.rfind("\n", 0, start) + 1
    if text[line : line + 4].lstrip(" \t").startswith(">"):
        return False
    if start > 0 and text[start - 1] in "/-_=":
        return False  # a link's slug ("…/a/ny-i-bergen-6474089", session 31): the page's words, not where she is now
    lo = max(line, start - 30)
    return any(w in _NOW_WORDS or w in _NEW_WORDS for w in last_letter_runs(text[lo:start].lower(), 3))


@functools.cache
def _current_stop() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    """``current_stop_words`` as word tuples (longest first), their words, and ``tour_date_words``."""
    lx = lexicon()
    phrases = sorted({tuple(p.split(" ")) for p in lx.current_stop_words}, key=len, reverse=True)
    return tuple(phrases), frozenset(w for p in phrases for w in p), frozenset(lx.tour_date_words)


def has_current_stop_words(words: set[str]) -> bool:
    """Can a field mark a tour list's stop as the current one (``words``: its lower-case words)?"""
    return not words.isdisjoint(_current_stop()[1])


#: How far after a tour stop its mark may stand on its line ("Stockholm, 16 Mar–19 Apr, just nu").
_STOP_REACH: Final = 48
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")


def now_after(text: str, end: int) -> bool:
    """Is the city ending at ``end`` a tour list's stop marked as the one she is at now, the mark after it and its
    dates on its line ("Trondheim, 3–6 Mar, now", "Malmö 12/3–15/3 (nu)", "Bergen 1.–4. mai – akkurat nå", session
    37)? Between the city and the mark only digits, signs and ``tour_date_words`` (months, "to", "til"); after the mark
    no word on the line but a sign or the line's end ("now, list item" is a screen reader's role after a sign). A
    list names its current stop anywhere, not always first: the marked one is where the ad places her."""
    stop = text.find("\n", end, end + _STOP_REACH)
    seg = lower_same_length(text[end : (end + _STOP_REACH if stop < 0 else stop)])  # its offsets are the text's
    phrases, _, dates = _current_stop()
    runs = [(m.start(), m.end(), m.group()) for m in _LETTER_RUN.finditer(seg)]
    i = 0
    # a postal district's capitals right after the city ("Odense C", "København NV") are the city's, then the dates
    if (
        runs
        and runs[0][1] <= 3
        and runs[0][1] - runs[0][0] <= 2
        and text[end + runs[0][0] : end + runs[0][1]].isupper()
    ):
        i = 1
    while i < len(runs) and runs[i][2] in dates:
        i += 1
    if i == len(runs):
        return False
    for p in phrases:
        k = len(p)
        if tuple(r[2] for r in runs[i : i + k]) != p:
            continue
        if any(runs[j + 1][0] - runs[j][1] != 1 or seg[runs[j][1]] != " " for j in range(i, i + k - 1)):
            continue  # "now" and "here" apart ("nå, her …") are no phrase
        tail = seg[runs[i + k - 1][1] :].lstrip(" \t")
        return not tail or not tail[0].isalpha()
    return False


#: Words of a region's name, not a city's (session 29): a city field holding one ("Stockholms län", "Vestlandet",
#: "Skåne") is less precise than a city the text names.
_REGION_WORDS: Final = frozenset(
    {
        "län", "fylke", "amt", "region", "regionen", "landsdel", "landskap", "skåne", "jylland", "sjælland", "fyn",
        "norrland", "svealand", "götaland", "vestlandet", "østlandet", "sørlandet", "nord-norge", "trøndelag",
        "hovedstaden", "midtjylland", "nordjylland", "syddanmark", "norge", "sverige", "danmark", "norway",
        "sweden", "denmark",
    }
)  # fmt: skip


_REGION_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@functools.lru_cache(maxsize=4096)
def region_label(label: str) -> bool:
    """Does a city field name a region rather than a city ("Stockholms län", "Vestlandet", "Danmark")?"""
    return field_region(label) is not None or any(w in _REGION_WORDS for w in _REGION_WORD.findall(label.lower()))


@functools.cache
def _regions() -> dict[str, tuple[str, ...]]:
    """Lookup key of every region's name and alias (as written and without diacritics) -> its towns, largest first."""
    out: dict[str, tuple[str, ...]] = {}
    for r in gazetteer().regions:
        for n in (r.name, *r.aliases):
            out.setdefault(_key(n), tuple(r.cities))
            out.setdefault(_key(fold(n)), tuple(r.cities))
    return out


@functools.lru_cache(maxsize=4096)
def field_region(label: str | None) -> tuple[str, ...] | None:
    """The towns of the region a city field names ("Rogaland", "Region Hovedstaden", "Østjylland"), largest first;
    None for a field that names no region the gazetteer knows (session 31)."""
    if not label:
        return None
    return _regions().get(_key(label.strip().lower()))


def namesake_of(town: str) -> tuple[str, ...]:
    """The towns a district of which bears ``town``'s name ("Lund" -> Kristiansand), or none (session 31)."""
    return tuple(gazetteer().namesakes.get(town, ()))


#: A town's name cut with a dot or a dash ("Kr.sand", "F-stad") or a capitalised abbreviation of consonants ("Stvg",
#: "Sthlm") in running text (session 29): read as ``canonical_city`` reads a field (``_contracted``, ``_skeleton``).
#: It opens with its capital (no look-behind first: the engine then skips to capitals), ~3x faster.
_ABBREVIATED: Final = re.compile(
    r"[A-ZÆØÅÄÖ](?<![^\W\d_][A-ZÆØÅÄÖ])(?:[bcdfghjklmnpqrstvwxz]{2,4}|[a-zæøåäö]{0,3}[.\-][a-zæøåäö]{3,})(?![^\W\d_])"
)


@functools.lru_cache(maxsize=4096)
def _abbreviation(low: str) -> str | None:
    return _contracted(low) if ("." in low or "-" in low) else _skeleton(low)


def abbreviated_cities(
    text: str, found: list[PlaceHit], words: set[str] | None = None, low: str | None = None
) -> list[PlaceHit]:
    """``found`` (the places ``find_places`` read) and the cities the text names only by a contraction or an
    abbreviation of consonants ("Jeg tar imot i F-stad", "Now in Stvg."): the one market town each spells, or none;
    not where ``found`` has a place already (an alias: "Sthlm", "Kbh"). ``words`` and ``low``: the text's
    (``patterns.scan``), when the caller has them; then the pattern is tried only where ``gates.abbreviation_starts``
    says it can open (most fields: nowhere)."""
    matches: Iterator[re.Match[str]]
    if words is not None and low is not None:
        starts = abbreviation_starts(text, low, words)
        if not starts:
            return found
        matches = digit_anchored(_ABBREVIATED, text, starts)  # tried only where it can open (``gates``)
    else:
        matches = _ABBREVIATED.finditer(text)
    out = found
    _, _, _, cities = _places()
    for m in matches:
        if any(h.start < m.end() and m.start() < h.end for h in found):
            continue
        name = _abbreviation(m.group(0).lower())
        entry = cities.get(name) if name else None
        if entry is not None and entry.country in MARKET_COUNTRIES:
            detail: dict[str, Any] = {"country": entry.country, "lat": entry.lat, "lon": entry.lon}
            if out is found:
                out = list(found)
            out.append(PlaceHit("city", entry.name, m.start(), m.end(), detail))
    if out is not found:
        out.sort(key=lambda h: h.start)  # in the text's order, as the cities are ranked
    return out


def display_city(name: str | None) -> str | None:
    """``canonical_city`` of a raw label, or the label as written when the gazetteer does not know it."""
    if name is None:
        return None
    return canonical_city(name) or name.strip() or name


@functools.cache
def _hotels() -> tuple[PhraseMatcher, re.Pattern[str], dict[str, str], set[str]]:
    h = lexicon().hotels
    generic: dict[str, str] = {}
    for typ, words in h.generic.items():
        for w in words:
            generic[_key(w)] = typ
    # no left boundary in the pattern (``_chain_matches`` checks it): opening with the names, the engine skips
    # straight to their first letters instead of trying every position
    chains = re.compile(
        r"(" + "|".join(re.escape(c) for c in sorted(h.chains, key=len, reverse=True)) + r")(?![^\W_])"
        r"((?:[ \t](?:Hotel|Hotell|Blu))?(?:[ \t][A-ZÅÄÖÆØ][\w&'\-]{1,20}){0,2})"
    )
    return PhraseMatcher(generic), chains, generic, {_key(c) for c in h.apartment_chains}


def _chain_matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""What ``rx.finditer(text)`` would find were ``rx`` to open with ``(?<![^\W_])``: a candidate right after a
    letter or digit is passed over (the scan goes on from its next character), a match resumes after its end."""
    pos = 0
    while (m := search_word_start(rx, text, pos)) is not None:
        yield m
        pos = m.end()


@functools.cache
def _hotel_trigger() -> frozenset[str]:
    h = lexicon().hotels
    return first_words([w for ws in h.generic.values() for w in ws] + h.chains)


def find_hotels(text: str, words: set[str] | None = None, low: str | None = None) -> list[PlaceHit]:
    if words is not None and words.isdisjoint(_hotel_trigger()):
        return []
    generic_re, chain_re, generic, apart = _hotels()
    low = low if low is not None else lower_same_length(text)
    out: list[PlaceHit] = []
    taken: list[tuple[int, int]] = []
    for m in _chain_matches(chain_re, text):
        name = (m.group(1) + m.group(2)).strip()
        typ = "apartment_hotel" if _key(m.group(1)) in apart else "hotel"
        out.append(PlaceHit("hotel", name, m.start(), m.start() + len(name), {"type": typ, "chain": m.group(1)}))
        taken.append((m.start(), m.start() + len(name)))
    for gs, ge in generic_re.find(low):
        if any(s <= gs < e for s, e in taken):
            continue
        typ = generic[_key(text[gs:ge])]
        value = "apartment hotel" if typ == "apartment_hotel" else "hotel"
        out.append(PlaceHit("hotel", value, gs, ge, {"type": typ}))
    return out


@functools.cache
def _modes() -> tuple[PhraseMatcher, dict[str, str]]:
    table: dict[str, str] = {}
    for mode, words in lexicon().service_modes.items():
        for w in words:
            table[_key(w)] = mode
    return PhraseMatcher(table), table


def find_service_modes(text: str, words: set[str] | None = None, low: str | None = None) -> list[PlaceHit]:
    rx, table = _modes()
    low = low if low is not None else lower_same_length(text)
    return [PlaceHit("service_mode", table[_key(text[s:e])], s, e, {}) for s, e in rx.find(low, words)]
