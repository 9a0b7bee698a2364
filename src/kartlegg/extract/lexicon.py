"""Lexicons and gazetteer: versioned YAML data files in ``extract/data``, validated on load, loaded once.

Everything that is language- or place-specific lives in the data files so that adding a city, a number word
or a platform alias is a data change with a test, not a code change.

Each file is read strictly: every field of the right type (no coercion: a YAML ``no`` that became a boolean
is refused), no unknown fields, and every error names the file and the field. Plain checks and frozen
dataclasses rather than pydantic: importing pydantic and building its model classes was ~0.7 G instructions
of the ~1.7 G that `kartlegg extract` spent starting, for four small files that every run reads.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final, TypeVar

from kartlegg.extract import startcache
from kartlegg.extract.labels import normalise_label as normalise_label  # compiled (``labels``), read by its old name

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "é": "e", "ü": "u"})
#: ``_FOLD`` as pairs, one ``str.replace`` each (``fold``); no value holds a key, so none is replaced twice.
_FOLD_PAIRS: Final = tuple((chr(k), v) for k, v in _FOLD.items())
_K = TypeVar("_K")
_V = TypeVar("_V")


def fold(word: str) -> str:
    """Lower-case and drop Nordic diacritics: ads are often typed on foreign keyboards.

    ``word.lower().translate(_FOLD)``, by ``str.replace`` for each diacritic the word holds and not at all for an
    ASCII word: ``translate`` with a dict raises and clears a ``KeyError`` for each different character the table
    lacks (~600 instructions each; ~3,500 words at every start, session 38)."""
    low = word.lower()
    if low.isascii():
        return low
    for old, new in _FOLD_PAIRS:
        if old in low:
            low = low.replace(old, new)
    return low


class LexiconError(ValueError):
    """A data file that does not hold what its reader expects; the message names the file and the field."""


# --- strict readers of the YAML's plain data ---------------------------------------------------------------


def _record(data: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected a mapping, got {type(data).__name__}")
    unknown = [str(k) for k in data if k not in required and k not in optional]
    if unknown:
        raise LexiconError(f"{where}: unknown field(s) {', '.join(unknown)}")
    missing = [k for k in required if k not in data]
    if missing:
        raise LexiconError(f"{where}: missing field(s) {', '.join(missing)}")
    return data


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise LexiconError(f"{where}: expected a string, got {value!r}")
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise LexiconError(f"{where}: expected a whole number, got {value!r}")
    return value


def _float(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LexiconError(f"{where}: expected a number, got {value!r}")
    if not low <= value <= high:
        raise LexiconError(f"{where}: {value} is outside {low:g}..{high:g}")
    return float(value)


def _code(value: Any, where: str, pattern: str) -> str:
    text = _str(value, where)
    if not re.fullmatch(pattern, text):
        raise LexiconError(f"{where}: {text!r} does not match {pattern}")
    return text


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise LexiconError(f"{where}: expected a list, got {type(value).__name__}")
    return value


def _strs(value: Any, where: str) -> list[str]:
    return [_str(v, f"{where}[{i}]") for i, v in enumerate(_list(value, where))]


def _mapping(value: Any, where: str, key: Callable[[Any, str], _K], item: Callable[[Any, str], _V]) -> dict[_K, _V]:
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: expected a mapping, got {type(value).__name__}")
    return {key(k, f"{where} key {k!r}"): item(v, f"{where}.{k}") for k, v in value.items()}


def _word_lists(value: Any, where: str) -> dict[str, list[str]]:
    return _mapping(value, where, _str, _strs)


def _numbered_word_lists(value: Any, where: str) -> dict[int, list[str]]:
    return _mapping(value, where, _int, _strs)


# --- the files -----------------------------------------------------------------------------------------------


def _spoken_rule(value: Any, where: str) -> tuple[tuple[str, ...], frozenset[str]]:
    d = _record(value, where, ("countries", "words"))
    countries = tuple(_strs(d["countries"], f"{where}.countries"))
    if not countries or any(len(c) != 2 or not c.isupper() for c in countries):
        raise LexiconError(f'{where}.countries: expected ISO 3166 codes ("RO")')
    return countries, frozenset(w.lower() for w in _strs(d["words"], f"{where}.words"))


def _neighbour_rule(value: Any, where: str) -> tuple[int, frozenset[str]]:
    d = _record(value, where, ("unit", "with"))
    unit = _int(d["unit"], f"{where}.unit")
    if not 0 <= unit <= 9:
        raise LexiconError(f"{where}: unit {unit} is not a digit")
    return unit, frozenset(w.lower() for w in _strs(d["with"], f"{where}.with"))


def _tags(value: object, where: str) -> tuple[str, ...]:
    """A list of HTML tag names (ASCII letters and digits, lower case)."""
    tags = tuple(_strs(value, where))
    for t in tags:
        if not (t.isascii() and t.isalnum() and t.islower()):
            raise LexiconError(f"{where}: {t!r} is no lower-case tag name")
    return tags


@dataclass(frozen=True, slots=True, kw_only=True)
class NumbersFile:
    units: dict[int, list[str]]
    teens: dict[int, list[str]]
    tens: dict[int, list[str]]
    hundred: list[str]
    thousand: list[str]
    conjunctions: list[str]
    plus: list[str] = field(default_factory=list)
    #: words that repeat the unit word after them ("double five" 55): count -> words (``numwords.compose``)
    multipliers: dict[int, list[str]] = field(default_factory=dict)
    weak: list[str]
    lookalikes: dict[str, str]
    #: words that give a masked number's last digits ("last", "siste", ...) and that say a new number is an old
    #: one with other last digits ("same", "samme", ...): ``masks.complete_masks``
    completion_cues: tuple[str, ...] = ()
    same_cues: tuple[str, ...] = ()
    #: the mask written again before its digits: the words that may open that clause and those between the mask
    #: and the digits ("– xx er 67", "hvor ## = 18"): ``masks.complete_masks``
    mask_again_words: tuple[str, ...] = ()
    mask_is: tuple[str, ...] = ()
    #: words that may open a completion before its cue word ("de siste 2 er 60", "the last 2 are 32")
    completion_articles: tuple[str, ...] = ()
    same_endings: tuple[str, ...] = ()
    #: a number written backwards after (or before) one of these ("baklengs: 76543214"), and one given in two parts
    #: ("første del 9062 ... og så 1407"): the words opening the first part and those before the rest (``order``)
    backwards_cues: tuple[str, ...] = ()
    #: verbs that may stand between a run and a backwards cue after it ("93025174 (les baklengs)", "(read it
    #: backwards)"): ``order``
    backwards_verbs: tuple[str, ...] = ()
    halves_first: tuple[str, ...] = ()
    halves_rest: tuple[str, ...] = ()
    #: words opening a number's last part given first ("slutter på 239498, starter med +37376"): ``order``
    halves_last: tuple[str, ...] = ()
    #: connectives that alone join two groups into one number ("9765 (og så) 6115", "0701 och sen 234567"): ``order``
    halves_between: tuple[str, ...] = ()
    #: words read as another language's unit when a word of that language is in their run: word -> (unit, words)
    by_neighbours: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict)
    #: the digit words only one language (or a few close ones) writes, with the countries where it is spoken, most
    #: likely first: a number spelled in them is read in those countries first (``numwords.spoken_countries``)
    spoken_in: dict[str, tuple[tuple[str, ...], frozenset[str]]] = field(default_factory=dict)
    #: Cyrillic and Greek letters read as the digits they look like inside a number ("+З7О б1..."): ``cyrillic``
    cyrillic_lookalikes: dict[str, str] = field(default_factory=dict)
    #: the Latin letters ``letters`` reads as digits, for a stretch that mixes them with the Cyrillic ones
    #: ("O7б9-BB ZO бB"): ``cyrillic``
    latin_lookalikes: dict[str, str] = field(default_factory=dict)
    #: inline HTML tags a number is read without when one is glued to its digits ("<b>48</b> 97"): ``markup``
    inline_tags: tuple[str, ...] = ()
    #: a number's first digits given after the rest ("11 3941 – start med 95", "406 0452, area code 070 first"): the
    #: words before the prefix and those that may close the clause after it (``prefix``)
    prefix_cues: tuple[str, ...] = ()
    prefix_closers: tuple[str, ...] = ()
    #: words between single digits of a completion ("de to siste er 4 og 7", "three and five"): ``masks``
    digit_joiners: tuple[str, ...] = ()
    #: words before the last group of a number written as a list ("912, 34 og 567", "+5732, 1354 and 1473"): ``prose``
    prose_joiners: tuple[str, ...] = ()
    #: the verbs of a mark's key ("+47 48 07 *6 *2 (* is three)", "(# = null)", "(X er fire)"): ``masked``
    mark_is: tuple[str, ...] = ()
    #: words by which a text says it was read by OCR from a scan or a photo ("OCR-text", "inskannad"): ``ocr``
    ocr_markers: tuple[str, ...] = ()
    #: the characters OCR reads in place of digits ("D" 0, "A" 4, "G" 6, "/" 7): ``ocr``, in a text so marked only
    ocr_confusions: dict[str, str] = field(default_factory=dict)
    #: digits said aloud as a recogniser writes them, per language: language -> digit -> words (``captions``)
    spoken_digits: dict[str, dict[int, list[str]]] = field(default_factory=dict)
    #: words by which a plain text says it is a transcript ("transcript", "undertexter", "talebesked"): ``captions``
    transcript_cues: tuple[str, ...] = ()
    #: the phone keypad's letters per digit ("2": "ABC") and capital groups never read by it ("SMS", "NOK"): ``keypad``
    keypad: dict[str, str] = field(default_factory=dict)
    keypad_not_words: tuple[str, ...] = ()
    #: words that make the number word after them an hour ("efter ni", "after nine", "kl. tre"): not a digit of a
    #: phone (``phones._runs``)
    hour_cues: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, data: Any, where: str = "numbers.yaml") -> NumbersFile:
        need = ("units", "teens", "tens", "hundred", "thousand", "conjunctions", "weak", "lookalikes")
        d = _record(
            data,
            where,
            need,
            (
                "plus",
                "multipliers",
                "completion_cues",
                "same_cues",
                "same_endings",
                "mask_again_words",
                "mask_is",
                "completion_articles",
                "backwards_cues",
                "backwards_verbs",
                "halves_first",
                "halves_rest",
                "halves_last",
                "halves_between",
                "by_neighbours",
                "spoken_in",
                "cyrillic_lookalikes",
                "latin_lookalikes",
                "inline_tags",
                "prefix_cues",
                "prefix_closers",
                "hour_cues",
                "digit_joiners",
                "prose_joiners",
                "mark_is",
                "ocr_markers",
                "ocr_confusions",
                "spoken_digits",
                "transcript_cues",
                "keypad",
                "keypad_not_words",
            ),
        )
        units = _numbered_word_lists(d["units"], f"{where}: units")
        if sorted(units) != list(range(10)):
            raise LexiconError(f"{where}: units must define 0..9")
        lookalikes = _mapping(d["lookalikes"], f"{where}: lookalikes", _str, _str)
        for k, v in lookalikes.items():
            if len(k) != 1 or not k.isalpha() or len(v) != 1 or not v.isdigit():
                raise LexiconError(f"{where}: look-alike {k!r}->{v!r} must map one letter to one digit")
        cyrillic = _mapping(d.get("cyrillic_lookalikes", {}), f"{where}: cyrillic_lookalikes", _str, _str)
        for k, v in cyrillic.items():
            if len(k) != 1 or not k.isalpha() or k.isascii() or len(v) != 1 or not v.isdigit():
                raise LexiconError(f"{where}: look-alike {k!r}->{v!r} must map one non-ASCII letter to one digit")
        latin = _mapping(d.get("latin_lookalikes", {}), f"{where}: latin_lookalikes", _str, _str)
        for k, v in latin.items():
            if len(k) != 1 or not k.isalpha() or not k.isascii() or len(v) != 1 or not v.isdigit():
                raise LexiconError(f"{where}: look-alike {k!r}->{v!r} must map one ASCII letter to one digit")
        confusions = _mapping(d.get("ocr_confusions", {}), f"{where}: ocr_confusions", _str, _str)
        for k, v in confusions.items():
            if len(k) != 1 or k.isdigit() or k.isspace() or len(v) != 1 or not v.isdigit():
                raise LexiconError(f"{where}: OCR confusion {k!r}->{v!r} must map one non-digit to one digit")
        spoken = _mapping(d.get("spoken_digits", {}), f"{where}: spoken_digits", _str, _numbered_word_lists)
        said: dict[str, int] = {}
        for lang, table in spoken.items():
            if sorted(table) != list(range(10)):
                raise LexiconError(f"{where}: spoken_digits.{lang} must define 0..9")
            for digit, words in table.items():
                for w in words:
                    # the languages' words are read as one table: a word is one digit in all of them
                    if said.setdefault(w.lower(), digit) != digit:
                        raise LexiconError(f"{where}: spoken_digits.{lang}: {w!r} is {said[w.lower()]} elsewhere")
        keypad = _mapping(d.get("keypad", {}), f"{where}: keypad", _str, _str)
        for k, v in keypad.items():
            if len(k) != 1 or not k.isdigit() or not v.isalpha() or not v.isupper():
                raise LexiconError(f"{where}: keypad {k!r}->{v!r} must map one digit to capital letters")
        return cls(
            units=units,
            teens=_numbered_word_lists(d["teens"], f"{where}: teens"),
            tens=_numbered_word_lists(d["tens"], f"{where}: tens"),
            hundred=_strs(d["hundred"], f"{where}: hundred"),
            thousand=_strs(d["thousand"], f"{where}: thousand"),
            conjunctions=_strs(d["conjunctions"], f"{where}: conjunctions"),
            plus=_strs(d.get("plus", []), f"{where}: plus"),
            multipliers=_numbered_word_lists(d.get("multipliers", {}), f"{where}: multipliers"),
            weak=_strs(d["weak"], f"{where}: weak"),
            lookalikes=lookalikes,
            completion_cues=tuple(_strs(d.get("completion_cues", []), f"{where}: completion_cues")),
            same_cues=tuple(_strs(d.get("same_cues", []), f"{where}: same_cues")),
            same_endings=tuple(_strs(d.get("same_endings", []), f"{where}: same_endings")),
            mask_again_words=tuple(_strs(d.get("mask_again_words", []), f"{where}: mask_again_words")),
            mask_is=tuple(_strs(d.get("mask_is", []), f"{where}: mask_is")),
            completion_articles=tuple(_strs(d.get("completion_articles", []), f"{where}: completion_articles")),
            backwards_cues=tuple(_strs(d.get("backwards_cues", []), f"{where}: backwards_cues")),
            backwards_verbs=tuple(_strs(d.get("backwards_verbs", []), f"{where}: backwards_verbs")),
            halves_first=tuple(_strs(d.get("halves_first", []), f"{where}: halves_first")),
            halves_rest=tuple(_strs(d.get("halves_rest", []), f"{where}: halves_rest")),
            halves_last=tuple(_strs(d.get("halves_last", []), f"{where}: halves_last")),
            halves_between=tuple(_strs(d.get("halves_between", []), f"{where}: halves_between")),
            by_neighbours=_mapping(d.get("by_neighbours", {}), f"{where}: by_neighbours", _str, _neighbour_rule),
            spoken_in=_mapping(d.get("spoken_in", {}), f"{where}: spoken_in", _str, _spoken_rule),
            cyrillic_lookalikes=cyrillic,
            latin_lookalikes=latin,
            inline_tags=_tags(d.get("inline_tags", []), f"{where}: inline_tags"),
            prefix_cues=tuple(_strs(d.get("prefix_cues", []), f"{where}: prefix_cues")),
            prefix_closers=tuple(_strs(d.get("prefix_closers", []), f"{where}: prefix_closers")),
            hour_cues=tuple(_strs(d.get("hour_cues", []), f"{where}: hour_cues")),
            digit_joiners=tuple(_strs(d.get("digit_joiners", []), f"{where}: digit_joiners")),
            prose_joiners=tuple(_strs(d.get("prose_joiners", []), f"{where}: prose_joiners")),
            mark_is=tuple(_strs(d.get("mark_is", []), f"{where}: mark_is")),
            ocr_markers=tuple(w.lower() for w in _strs(d.get("ocr_markers", []), f"{where}: ocr_markers")),
            ocr_confusions=confusions,
            spoken_digits=spoken,
            transcript_cues=tuple(w.lower() for w in _strs(d.get("transcript_cues", []), f"{where}: transcript_cues")),
            keypad=keypad,
            keypad_not_words=tuple(_strs(d.get("keypad_not_words", []), f"{where}: keypad_not_words")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class City:
    name: str
    country: str
    lat: float
    lon: float
    aliases: list[str] = field(default_factory=list)
    #: a smaller town (``minor: true``): never read from a bare abbreviation of consonants ("Hstd" is Halmstad's)
    minor: bool = False

    @classmethod
    def from_data(cls, data: Any, where: str) -> City:
        d = _record(data, where, ("name", "country", "lat", "lon"), ("aliases", "minor"))
        minor = d.get("minor", False)
        if not isinstance(minor, bool):
            raise ValueError(f"{where}.minor: expected true or false")
        return cls(
            name=_str(d["name"], f"{where}.name"),
            country=_code(d["country"], f"{where}.country", "[A-Z]{2}"),
            lat=_float(d["lat"], f"{where}.lat", -90, 90),
            lon=_float(d["lon"], f"{where}.lon", -180, 180),
            aliases=_strs(d.get("aliases", []), f"{where}.aliases"),
            minor=minor,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class District:
    name: str
    city: str
    lat: float
    lon: float
    aliases: list[str] = field(default_factory=list)

    @classmethod
    def from_data(cls, data: Any, where: str) -> District:
        d = _record(data, where, ("name", "city", "lat", "lon"), ("aliases",))
        return cls(
            name=_str(d["name"], f"{where}.name"),
            city=_str(d["city"], f"{where}.city"),
            lat=_float(d["lat"], f"{where}.lat", -90, 90),
            lon=_float(d["lon"], f"{where}.lon", -180, 180),
            aliases=_strs(d.get("aliases", []), f"{where}.aliases"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Landmark:
    """A square, street, station or sight of one city ("Karl Johan", "Nyhavn", "Avenyn"): an ad that names only it is
    placed in that city (session 30); it is no district of its own."""

    name: str
    city: str
    lat: float
    lon: float
    aliases: list[str] = field(default_factory=list)

    @classmethod
    def from_data(cls, data: Any, where: str) -> Landmark:
        d = District.from_data(data, where)
        return cls(name=d.name, city=d.city, lat=d.lat, lon=d.lon, aliases=d.aliases)


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """A county, landscape or part of a country a site's city field may hold instead of a town ("Rogaland",
    "Østjylland", "Västra Götaland"), with its market towns, largest first (session 31): the field narrows the
    ad's place to them."""

    name: str
    cities: list[str]
    aliases: list[str] = field(default_factory=list)

    @classmethod
    def from_data(cls, data: Any, where: str) -> Region:
        d = _record(data, where, ("name", "cities"), ("aliases",))
        return cls(
            name=_str(d["name"], f"{where}.name"),
            cities=_strs(d["cities"], f"{where}.cities"),
            aliases=_strs(d.get("aliases", []), f"{where}.aliases"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class GazetteerFile:
    cities: list[City]
    districts: list[District]
    capitalised_only: list[str] = field(default_factory=list)
    landmarks: list[Landmark] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    #: a town's name that is also a district's of other towns ("Lund": a Swedish city and a part of Kristiansand)
    namesakes: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: Any, where: str = "gazetteer.yaml") -> GazetteerFile:
        d = _record(data, where, ("cities", "districts"), ("capitalised_only", "landmarks", "regions", "namesakes"))
        raw_namesakes = d.get("namesakes", {})
        if not isinstance(raw_namesakes, dict):
            raise LexiconError(f"{where}: namesakes must be a mapping")
        return cls(
            cities=[City.from_data(c, f"{where}: cities[{i}]") for i, c in enumerate(_list(d["cities"], where))],
            districts=[
                District.from_data(c, f"{where}: districts[{i}]") for i, c in enumerate(_list(d["districts"], where))
            ],
            capitalised_only=_strs(d.get("capitalised_only", []), f"{where}: capitalised_only"),
            landmarks=[
                Landmark.from_data(c, f"{where}: landmarks[{i}]")
                for i, c in enumerate(_list(d.get("landmarks", []), where))
            ],
            regions=[
                Region.from_data(c, f"{where}: regions[{i}]") for i, c in enumerate(_list(d.get("regions", []), where))
            ],
            namesakes={
                _str(k, f"{where}: namesakes"): _strs(v, f"{where}: namesakes.{k}") for k, v in raw_namesakes.items()
            },
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Platform:
    aliases: list[str]
    phone_based: bool

    @classmethod
    def from_data(cls, data: Any, where: str) -> Platform:
        d = _record(data, where, ("aliases", "phone_based"))
        if not isinstance(d["phone_based"], bool):
            raise LexiconError(f"{where}.phone_based: expected true or false, got {d['phone_based']!r}")
        return cls(aliases=_strs(d["aliases"], f"{where}.aliases"), phone_based=d["phone_based"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Hotels:
    generic: dict[str, list[str]]
    chains: list[str]
    apartment_chains: list[str]

    @classmethod
    def from_data(cls, data: Any, where: str) -> Hotels:
        d = _record(data, where, ("generic", "chains", "apartment_chains"))
        return cls(
            generic=_word_lists(d["generic"], f"{where}.generic"),
            chains=_strs(d["chains"], f"{where}.chains"),
            apartment_chains=_strs(d["apartment_chains"], f"{where}.apartment_chains"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Nationality:
    country: str
    words: list[str]
    #: the country's names (one word each) in sv/no/da/en: "0706 507 013 4 (Nigeria number)" (``foreign``)
    names: list[str] = field(default_factory=list)

    @classmethod
    def from_data(cls, data: Any, where: str) -> Nationality:
        d = _record(data, where, ("country", "words"), ("names",))
        names = _strs(d.get("names", []), f"{where}.names")
        if any(not n.isalpha() for n in names):
            raise LexiconError(f"{where}.names: a country's name here is one word of letters")
        return cls(
            country=_code(d["country"], f"{where}.country", "[A-Z]{2}"), words=_strs(d["words"], where), names=names
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Language:
    code: str
    words: list[str]

    @classmethod
    def from_data(cls, data: Any, where: str) -> Language:
        d = _record(data, where, ("code", "words"))
        return cls(code=_code(d["code"], f"{where}.code", "[a-z]{2}"), words=_strs(d["words"], f"{where}.words"))


@dataclass(frozen=True, slots=True, kw_only=True)
class LexiconFile:
    platforms: dict[str, Platform]
    platform_links: dict[str, str]
    handle_stopwords: list[str]
    email_at_words: list[str]
    email_dot_words: list[str]
    tlds: list[str]
    email_domains_common: list[str]
    email_cues: list[str]
    distractor_units: list[str]
    service_modes: dict[str, list[str]]
    hotels: Hotels
    currencies: dict[str, str]
    durations: dict[str, int]
    nationalities: dict[str, Nationality]
    languages: dict[str, Language]
    language_cues: list[str]
    function_words: dict[str, list[str]] = field(default_factory=dict)
    #: mail providers with one domain ("gmail" -> "gmail.com"): an address that names only the provider ("anna på
    #: gmail") is read with that domain (session 30); a provider of several domains (hotmail.com/.no/.se) is not
    email_single_domain_providers: dict[str, str] = field(default_factory=dict)
    #: providers of several domains with the one an address named only as "<provider>: <local part>" is read with
    #: ("outlook: anna_22" -> outlook.com, session 36), marked inferred and guessed
    email_default_domains: dict[str, str] = field(default_factory=dict)
    #: the words between a local part and the provider it names ("på", "hos", "on", "at"), sv/no/da/en
    email_provider_words: list[str] = field(default_factory=list)
    #: verbs that ask for a written message ("skriv til", "write to"), sv/no/da/en: with an e-mail cue, what may stand
    #: a few words before an address that names only its provider
    email_write_words: list[str] = field(default_factory=list)
    #: signs that stand for "e-mail" before an address ("✉ booking on velvetnights"), read like ``email_cues`` where an
    #: address's domain is only implied (``contacts._implied_domain_hits``, session 39)
    email_cue_signs: list[str] = field(default_factory=list)
    email_on_words: list[str] = field(default_factory=list)
    #: "_" and "-" spelled out inside a local part ("bella underscore baby34 at yahoo dot com", "anna bindestrek k
    #: alfakrøll ..."), sv/no/da/en: what a speech-to-text layer (a video's captions, a voicemail's transcript) or a
    #: writer spelling the address out writes for them (session 41)
    email_underscore_words: list[str] = field(default_factory=list)
    email_dash_words: list[str] = field(default_factory=list)
    #: the codes a number's country is written with in brackets ("(RO) 0711 052 172", "517165037 [PL]") and the
    #: region each names ("UK" -> GB); a code that is also a word or label in capitals ("ID", "PM", "TV") is left out
    number_tags: dict[str, str] = field(default_factory=dict)
    #: the countries a foreign national number without a tag is tried in, most likely first (``homeland``)
    home_countries: list[str] = field(default_factory=list)
    #: words that name the rest of a number begun elsewhere (the title: "… +4071", body "rest of number: 1083324"),
    #: sv/no/da/en, lower case; found as substrings of the body's lower-cased text (``splits.find_rest_split``)
    number_rest_cues: list[str] = field(default_factory=list)
    #: words marking the stop of a tour list she is at now, written after the stop and its dates ("Trondheim, 3–6
    #: Mar, now", "Malmö 12–15/3 (just nu)"), sv/no/da/en, lower case (``places.now_after``, session 37)
    current_stop_words: list[str] = field(default_factory=list)
    #: month names and short forms and a date range's words, sv/no/da/en, lower case: skipped between a tour stop
    #: and its mark
    tour_date_words: list[str] = field(default_factory=list)

    @classmethod
    def from_data(cls, data: Any, where: str = "lexicon.yaml") -> LexiconFile:
        lists = (
            "handle_stopwords",
            "email_at_words",
            "email_dot_words",
            "tlds",
            "email_domains_common",
            "email_cues",
            "distractor_units",
            "language_cues",
        )
        need = ("platforms", "platform_links", *lists, "service_modes", "hotels", "currencies", "durations")
        d = _record(
            data,
            where,
            (*need, "nationalities", "languages"),
            (
                "function_words",
                "email_single_domain_providers",
                "email_default_domains",
                "email_provider_words",
                "email_write_words",
                "email_cue_signs",
                "email_on_words",
                "email_underscore_words",
                "email_dash_words",
                "number_tags",
                "home_countries",
                "number_rest_cues",
                "current_stop_words",
                "tour_date_words",
            ),
        )
        service_modes = _word_lists(d["service_modes"], f"{where}: service_modes")
        if set(service_modes) != {"incall", "outcall"}:
            raise LexiconError(f"{where}: service_modes must be exactly incall and outcall")
        function_words = _word_lists(d.get("function_words", {}), f"{where}: function_words")
        seen: dict[str, str] = {}
        for lang, words in function_words.items():
            for w in words:
                if w != w.lower():
                    raise LexiconError(f"{where}: function word {w!r} must be lower-case")
                if seen.setdefault(w, lang) != lang:
                    raise LexiconError(f"{where}: function word {w!r} is listed for both {seen[w]} and {lang}")
        read = {name: _strs(d[name], f"{where}: {name}") for name in lists}
        return cls(
            platforms=_mapping(d["platforms"], f"{where}: platforms", _str, Platform.from_data),
            platform_links=_mapping(d["platform_links"], f"{where}: platform_links", _str, _str),
            service_modes=service_modes,
            hotels=Hotels.from_data(d["hotels"], f"{where}: hotels"),
            currencies=_mapping(d["currencies"], f"{where}: currencies", _str, _str),
            durations=_mapping(d["durations"], f"{where}: durations", _str, _int),
            nationalities=_mapping(d["nationalities"], f"{where}: nationalities", _str, Nationality.from_data),
            languages=_mapping(d["languages"], f"{where}: languages", _str, Language.from_data),
            function_words=function_words,
            handle_stopwords=read["handle_stopwords"],
            email_at_words=read["email_at_words"],
            email_dot_words=read["email_dot_words"],
            tlds=read["tlds"],
            email_domains_common=read["email_domains_common"],
            email_cues=read["email_cues"],
            distractor_units=read["distractor_units"],
            language_cues=read["language_cues"],
            email_single_domain_providers=_mapping(
                d.get("email_single_domain_providers", {}), f"{where}: email_single_domain_providers", _str, _str
            ),
            email_default_domains=_mapping(
                d.get("email_default_domains", {}), f"{where}: email_default_domains", _str, _str
            ),
            email_provider_words=_strs(d.get("email_provider_words", []), f"{where}: email_provider_words"),
            email_write_words=_strs(d.get("email_write_words", []), f"{where}: email_write_words"),
            email_cue_signs=_strs(d.get("email_cue_signs", []), f"{where}: email_cue_signs"),
            email_on_words=_strs(d.get("email_on_words", []), f"{where}: email_on_words"),
            email_underscore_words=_strs(d.get("email_underscore_words", []), f"{where}: email_underscore_words"),
            email_dash_words=_strs(d.get("email_dash_words", []), f"{where}: email_dash_words"),
            number_tags=_number_tags(d["number_tags"], f"{where}: number_tags") if "number_tags" in d else {},
            home_countries=_home_countries(d.get("home_countries", []), f"{where}: home_countries"),
            number_rest_cues=_strs(d.get("number_rest_cues", []), f"{where}: number_rest_cues"),
            current_stop_words=_lower_words(d.get("current_stop_words", []), f"{where}: current_stop_words"),
            tour_date_words=_lower_words(d.get("tour_date_words", []), f"{where}: tour_date_words"),
        )


def _lower_words(value: Any, where: str) -> list[str]:
    """A list of lower-case words or phrases of letters and single blanks ("just nu"), none twice."""
    out = _strs(value, where)
    for w in out:
        if not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", w) or w != w.lower():
            raise LexiconError(f"{where}: {w!r} must be lower-case letter words with single blanks")
    if len(set(out)) != len(out):
        raise LexiconError(f"{where}: a word is listed twice")
    return out


#: The market countries: their numbers are read by the ad's own countries, never as a woman's home country's.
_MARKET: Final = frozenset({"SE", "NO", "DK"})


def _home_countries(value: Any, where: str) -> list[str]:
    """``home_countries``: distinct ISO codes (two capitals), none of the market countries."""
    out = [_code(v, where, "[A-Z]{2}") for v in _list(value, where)]
    if len(set(out)) != len(out):
        raise LexiconError(f"{where}: a country is listed twice")
    if _MARKET & set(out):
        raise LexiconError(f"{where}: a market country (SE, NO, DK) is no home country here")
    return out


def _number_tags(value: Any, where: str) -> dict[str, str]:
    """``number_tags``: ``codes`` (ISO codes that name their own region) and ``aliases`` (a code -> the region it
    names), each two capitals."""
    d = _record(value, where, ("codes",), ("aliases",))
    out = {c: c for c in (_code(v, f"{where}.codes", "[A-Z]{2}") for v in _list(d["codes"], f"{where}.codes"))}
    for alias, region in _mapping(d.get("aliases", {}), f"{where}.aliases", _str, _str).items():
        out[_code(alias, f"{where}.aliases", "[A-Z]{2}")] = _code(region, f"{where}.aliases.{alias}", "[A-Z]{2}")
    return out


#: The languages every furniture label list must cover.
LABEL_LANGUAGES = ("en", "no", "sv", "da")


@dataclass(frozen=True, slots=True, kw_only=True)
class FurnitureFile:
    """``data/furniture.yaml``: the labels sites print around ads, per language (``extract.furniture``)."""

    id_labels: dict[str, list[str]]
    site_line_labels: dict[str, list[str]]
    contact_cues: dict[str, list[str]]
    third_party_labels: dict[str, list[str]]
    lodging_words: dict[str, list[str]]
    room_words: dict[str, list[str]]
    counter_words: dict[str, list[str]]
    payment_labels: dict[str, list[str]]
    site_mailboxes: dict[str, list[str]]
    own_words: dict[str, list[str]]
    desk_asks: dict[str, list[str]]
    disown_after: dict[str, list[str]]
    disown_before: dict[str, list[str]]
    own_number_words: dict[str, list[str]]
    staff_labels: dict[str, list[str]]
    price_periods: dict[str, list[str]]
    chat_system_words: dict[str, list[str]]
    #: words that name a number's country code ("(country code +45) 23 55 85 85", "(landskode +36) ..."): they end
    #: in an id label's word ("code", "kode") but the number after them is a phone (session 33)
    country_code_labels: dict[str, list[str]] = field(default_factory=dict)
    #: labels of a lookup page's list of numbers near the one it is about ("Lignende nummer:", "Similar numbers"): they
    #: add weight to a lone neighbour number (``extract.lookup``, session 37), never decide alone
    neighbour_labels: dict[str, list[str]] = field(default_factory=dict)
    #: words naming a date a page prints ("Oppdatert", "Sparad", "Gemt", "Captured"): a compact date right after one
    #: is the page's date, not a phone (``extract.dates``, session 38)
    date_words: dict[str, list[str]] = field(default_factory=dict)
    #: words before a number that make it a reference to another post ("svar på", "reply to", "re"): with a "#" or
    #: an id of its length on the page (``extract.postrefs``, session 38)
    reference_markers: dict[str, list[str]] = field(default_factory=dict)
    #: words for an ad's link ("lenken", "länken", "linket", "url") and the number words before them ("nummeret står
    #: i lenken"): the ad says its number is written in its URL (``extract.linked``, session 42)
    link_words: dict[str, list[str]] = field(default_factory=dict)
    link_number_words: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: Any, where: str = "furniture.yaml") -> FurnitureFile:
        names = (
            "id_labels", "site_line_labels", "contact_cues", "third_party_labels", "lodging_words", "room_words",
            "counter_words", "payment_labels", "site_mailboxes", "own_words", "desk_asks", "disown_after",
            "disown_before", "own_number_words", "staff_labels", "price_periods", "chat_system_words",
        )  # fmt: skip
        optional = (
            "country_code_labels", "neighbour_labels", "date_words", "reference_markers", "link_words",
            "link_number_words",
        )  # fmt: skip
        d = _record(data, where, names, optional)
        link_words = d.get("link_words")
        link_number_words = d.get("link_number_words")
        code_labels = d.get("country_code_labels")
        near_labels = d.get("neighbour_labels")
        date_words = d.get("date_words")
        ref_markers = d.get("reference_markers")
        return cls(
            date_words={} if date_words is None else _labels(date_words, f"{where}: date_words"),
            reference_markers={} if ref_markers is None else _labels(ref_markers, f"{where}: reference_markers"),
            link_words={} if link_words is None else _labels(link_words, f"{where}: link_words"),
            link_number_words=(
                {} if link_number_words is None else _labels(link_number_words, f"{where}: link_number_words")
            ),
            neighbour_labels={} if near_labels is None else _labels(near_labels, f"{where}: neighbour_labels"),
            country_code_labels={} if code_labels is None else _labels(code_labels, f"{where}: country_code_labels"),
            id_labels=_labels(d["id_labels"], f"{where}: id_labels"),
            site_line_labels=_labels(d["site_line_labels"], f"{where}: site_line_labels"),
            contact_cues=_labels(d["contact_cues"], f"{where}: contact_cues"),
            third_party_labels=_labels(d["third_party_labels"], f"{where}: third_party_labels"),
            lodging_words=_labels(d["lodging_words"], f"{where}: lodging_words"),
            room_words=_labels(d["room_words"], f"{where}: room_words"),
            counter_words=_labels(d["counter_words"], f"{where}: counter_words"),
            payment_labels=_labels(d["payment_labels"], f"{where}: payment_labels"),
            site_mailboxes=_labels(d["site_mailboxes"], f"{where}: site_mailboxes"),
            own_words=_labels(d["own_words"], f"{where}: own_words"),
            desk_asks=_labels(d["desk_asks"], f"{where}: desk_asks"),
            disown_after=_labels(d["disown_after"], f"{where}: disown_after"),
            disown_before=_labels(d["disown_before"], f"{where}: disown_before"),
            own_number_words=_labels(d["own_number_words"], f"{where}: own_number_words"),
            staff_labels=_labels(d["staff_labels"], f"{where}: staff_labels"),
            price_periods=_labels(d["price_periods"], f"{where}: price_periods"),
            chat_system_words=_labels(d["chat_system_words"], f"{where}: chat_system_words"),
        )


def _labels(value: Any, where: str) -> dict[str, list[str]]:
    v = _word_lists(value, where)
    missing = [lang for lang in LABEL_LANGUAGES if not v.get(lang)]
    if missing:
        raise LexiconError(f"{where}: no words for language(s) {', '.join(missing)}")
    for words in v.values():
        for w in words:
            if not w.strip() or normalise_label(w) != w:
                raise LexiconError(f"{where}: label {w!r} must be lower-case with single blanks, no punctuation")
    return v


def _parse(text: str) -> Any:
    import yaml  # only when the start cache does not hold the file's parse (extract/startcache.py)

    # the C loader (same safe subset) when PyYAML has libyaml
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


def _load(name: str) -> Any:
    text = resources.files("kartlegg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return startcache.parsed(name, text, _parse)


@functools.cache
def numbers() -> NumbersFile:
    return NumbersFile.from_data(_load("numbers.yaml"))


@functools.cache
def gazetteer() -> GazetteerFile:
    g = GazetteerFile.from_data(_load("gazetteer.yaml"))
    names = {c.name for c in g.cities}
    for d in g.districts:
        if d.city not in names:
            raise LexiconError(f"gazetteer: district {d.name} names unknown city {d.city}")
    for m in g.landmarks:
        if m.city not in names:
            raise LexiconError(f"gazetteer: landmark {m.name} names unknown city {m.city}")
    for r in g.regions:
        for c in r.cities:
            if c not in names:
                raise LexiconError(f"gazetteer: region {r.name} names unknown city {c}")
    for town, others in g.namesakes.items():
        for c in (town, *others):
            if c not in names:
                raise LexiconError(f"gazetteer: namesake {town} names unknown city {c}")
    return g


@functools.cache
def lexicon() -> LexiconFile:
    lx = LexiconFile.from_data(_load("lexicon.yaml"))
    for host, platform in lx.platform_links.items():
        if platform not in lx.platforms:
            raise LexiconError(f"lexicon: link {host} names unknown platform {platform}")
    return lx


@functools.cache
def furniture_words() -> FurnitureFile:
    return FurnitureFile.from_data(_load("furniture.yaml"))


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


#: ``data/fields.yaml``'s classes: the contact fields, then the furniture kinds.
FIELD_CONTACTS: Final = ("phone", "email", "text")
FIELD_FURNITURE: Final = ("id", "time", "date", "geo", "url", "price", "age", "count", "code")


@dataclass(frozen=True, slots=True)
class FieldWordsFile:
    """``data/fields.yaml``: a structured format's field names by class (``extract.structured``): each normalised
    name (``normalise_label``) of every language with its class ("phone", "email", "text" or a furniture kind)."""

    classes: dict[str, str]

    @classmethod
    def from_data(cls, data: Any, where: str = "fields.yaml") -> FieldWordsFile:
        d = _record(data, where, ("contact", "furniture"))
        out: dict[str, str] = {}
        for section, kinds in (("contact", FIELD_CONTACTS), ("furniture", FIELD_FURNITURE)):
            table = _record(d[section], f"{where}: {section}", kinds)
            for kind in kinds:
                for words in _labels(table[kind], f"{where}: {section}: {kind}").values():
                    for w in words:
                        out.setdefault(w, kind)  # the first class that lists a name keeps it (contact first)
        return cls(out)


@functools.cache
def field_words() -> FieldWordsFile:
    return FieldWordsFile.from_data(_load("fields.yaml"))
