"""A foreign woman's number in her home country's national form, without a tag (issue 14, session 33).

"Kontakt: 067 550 8805" (Ukrainian) in a Swedish ad, "Tlf: 601 621 948" (Polish), "Ring/SMS: (849) 532-4090"
(Dominican), "Call: (41) 91112-5667" (Brazilian): no country is written beside the number (``foreign`` reads the
tagged ones) and the ad's countries find no valid number in it, so it was not read at all. Or the ad's countries read
it only as a landline of a town she is not in ("0843 275 372", a Vietnamese mobile, read as a Stockholm line in a
Copenhagen ad).

The mechanism: after a contact word, a run of 9-13 digits that no country of the ad reads is tried in each of
``lexicon.yaml``'s ``home_countries`` (the market's countries of origin, most likely first) with that country's trunk
prefix or without it; only a **mobile** reading counts (a woman's own number, not a foreign landline). Between
several readings the evidence is weighed, weakest last: the digit grouping as written when it is the country's own
national format ("067 550 8805" is Ukraine's and Albania's grouping, not France's "06 75 50 88 05"), then a
nationality the ad states ("ukrainsk jente", "Dominican lady"), then the order of ``home_countries``; every reading
that fits is kept as the number's ``readings`` (api), the chosen one first. A run the ad's countries read as a
landline is moved only when a home country's grouping fits the digits as written and the landline's does not.

Eight-digit runs are left to the ad's countries: Norwegian, Danish (and Latvian) numbers have eight digits, and a
Nordic number written nationally is the ad's market's (``api._phone_regions``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

import phonenumbers

from kartlegg.extract import startcache
from kartlegg.extract.lexicon import lexicon

#: The fewest and most digits of a run read in a home country (its trunk prefix included).
MIN_DIGITS: Final = 9
MAX_DIGITS: Final = 13


@dataclass(frozen=True, slots=True)
class Reading:
    """A run's reading in one home country: its region and E.164; ``bare``: the country writes a trunk prefix
    that the run lacks ("(41) 91112-5667" for Brazil's "(041) ...": its grouping must then be the country's)."""

    region: str
    e164: str
    bare: bool

    @property
    def groups(self) -> tuple[int, ...]:
        """The digit groups of the number's national format."""
        return _national_groups(self.e164)


@dataclass(frozen=True, slots=True)
class _Rules:
    """What a home country's mobile numbers look like: code, trunk prefix, lengths, pattern (phonenumbers')."""

    region: str
    code: str
    trunk: str
    lengths: frozenset[int]
    pattern: re.Pattern[str]


#: The form of ``_read_rules``' values, part of their key in the start cache: change it with what that function reads,
#: or a start cache written by the older code answers for it.
_RULES_FORM: Final = "homeland-rules 1"


@functools.cache
def _rules() -> tuple[_Rules, ...]:
    """Each home country's mobile rules, in ``home_countries``' order: read from ``phonenumbers``' metadata once
    (``_read_rules``), then kept in the start cache by the library's version and the list (loading 38 countries'
    metadata and compiling their patterns was ~75 M instructions in every process that met a foreign run)."""
    countries = lexicon().home_countries
    key = "\0".join((_RULES_FORM, phonenumbers.__version__, *countries))
    plain: list[tuple[str, str, str, list[int], str]] = startcache.kept_data(
        "homeland.rules", key, lambda: _read_rules(countries)
    )
    return tuple(
        _Rules(region, code, trunk, frozenset(lengths), startcache.kept_regex(pattern))
        for region, code, trunk, lengths, pattern in plain
    )


def _read_rules(countries: list[str]) -> list[tuple[str, str, str, list[int], str]]:
    """Each country's region, country code, trunk prefix, mobile lengths (sorted) and mobile pattern, from the
    metadata, as plain values (the start cache keeps them); a country without mobile metadata is left out."""
    out: list[tuple[str, str, str, list[int], str]] = []
    for r in countries:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(r)
        mobile = None if meta is None else meta.mobile
        if meta is None or mobile is None or not mobile.national_number_pattern or meta.country_code is None:
            continue
        general = meta.general_desc
        lengths = sorted(mobile.possible_length or (general.possible_length if general is not None else ()) or ())
        out.append((r, str(meta.country_code), meta.national_prefix or "", lengths, mobile.national_number_pattern))
    return out


_DIGIT_GROUP: Final = re.compile(r"[0-9]+")


def groups(written: str) -> tuple[int, ...]:
    """The lengths of the digit groups of ``written`` ("(849) 532-4090" -> (3, 3, 4))."""
    return tuple(len(g) for g in _DIGIT_GROUP.findall(written))


@functools.lru_cache(maxsize=4096)
def readings(digits: str) -> tuple[Reading, ...]:
    """Every home country where ``digits`` (as written, trunk prefix included) are a valid mobile number, in
    ``home_countries``' order. A look at each country's lengths first, its pattern only where one fits."""
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return ()
    out: list[Reading] = []
    seen: set[str] = set()
    for rules in _rules():
        trunked = bool(rules.trunk) and digits.startswith(rules.trunk)
        nsn = digits[len(rules.trunk) :] if trunked else digits
        if len(nsn) not in rules.lengths or not rules.pattern.fullmatch(nsn):
            continue
        e164 = "+" + rules.code + nsn
        if e164 in seen:
            continue
        seen.add(e164)
        out.append(Reading(rules.region, e164, bool(rules.trunk) and not trunked))
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _national_groups(e164: str) -> tuple[int, ...]:
    """The digit groups of ``e164``'s national format (phonenumbers'), "(849) 532-4090" -> (3, 3, 4).

    ``phonenumbers.format_number(parse(e164), NATIONAL)`` as the library writes it (``_national_format``), with the
    metadata's format patterns from the start cache (``startcache.kept_regex``): the library compiles every leading
    digits pattern it tries, ~1.4 M instructions a number the first time a process meets its country."""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return ()
    return groups(_national_format(number))


def national_groups(e164: str) -> tuple[int, ...]:
    """The digit groups of ``e164``'s national format, trunk prefix included ("+46796373618" -> (3, 3, 2, 2)):
    ``phones.trunkless`` compares them with a run written without its trunk 0."""
    return _national_groups(e164)


#: The first group of a format rule, where a national prefix rule is put (``phonenumberutil._FIRST_GROUP_PATTERN``).
_FIRST_GROUP: Final = re.compile(r"(\\\d)")


def _national_format(number: phonenumbers.PhoneNumber) -> str:
    """``phonenumbers.format_number(number, NATIONAL)`` for a number ``parse`` read from E.164 (no extension, no
    raw input, no carrier code): the first of the country's formats whose last leading digits pattern opens the
    national number and whose pattern matches all of it, its national prefix rule put on the first group."""
    code = number.country_code
    nsn = phonenumbers.national_significant_number(number)
    if number.extension or not number.national_number or code not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    region = phonenumbers.region_code_for_country_code(code)
    meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, region.upper())
    if meta is None:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    for fmt in meta.number_format:
        leading = fmt.leading_digits_pattern
        if leading and startcache.kept_regex(leading[-1]).match(nsn) is None:
            continue
        if fmt.pattern is None or fmt.format is None:  # no such format in the metadata: the library's own answer
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        pattern = startcache.kept_regex(fmt.pattern)
        if pattern.fullmatch(nsn) is None:
            continue
        rule = fmt.format
        prefix_rule = fmt.national_prefix_formatting_rule
        if prefix_rule:
            rule = _FIRST_GROUP.sub(prefix_rule, rule, count=1)
        return pattern.sub(rule, nsn)
    return nsn


@functools.cache
def _nationality_words() -> dict[str, str]:
    """Each nationality word and country name (lower-case) of ``lexicon.yaml`` and its country."""
    out: dict[str, str] = {}
    for n in lexicon().nationalities.values():
        for w in (*n.words, *n.names):
            out[w.lower()] = n.country
    return out


_WORD: Final = re.compile(r"[^\W\d_]{4,}")


def stated(text: str) -> frozenset[str]:
    """The countries whose nationality words or names ``text`` holds ("ukrainsk jente", "from Colombia")."""
    words = _nationality_words()
    return frozenset(c for w in _WORD.findall(text.lower()) if (c := words.get(w)) is not None)


def choose(text: str, written: str, digits: str) -> tuple[Reading, ...]:
    """The home-country readings of ``digits`` (``written`` as the ad writes them, in ``text``) that fit best, the
    chosen one first, or ``()``: the grouping as written, then a nationality ``text`` states, then the order."""
    shape = groups(written)
    found = [r for r in readings(digits) if not r.bare or r.groups == shape]
    if len(found) <= 1:
        return tuple(found)
    fit = [r for r in found if r.groups == shape] or found
    if len(fit) > 1:
        named = stated(text)
        if named:
            fit.sort(key=lambda r: r.region not in named)  # stable: the order of ``home_countries`` within each
    return tuple(fit)


def instead_of_landline(text: str, written: str, digits: str, landline: str) -> tuple[Reading, ...]:
    """The home-country readings of a run the ad's countries read only as ``landline`` (E.164): those whose national
    grouping is the run's as written, when the landline's is not ("0843 275 372": Vietnam's, not Stockholm's "08-43
    27 53 72"); else ``()``."""
    shape = groups(written)
    if _national_groups(landline) == shape:
        return ()
    return tuple(r for r in choose(text, written, digits) if r.groups == shape)
