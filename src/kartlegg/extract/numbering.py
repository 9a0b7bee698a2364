"""Is a national significant number valid for a country code? ``phonenumbers``' answer, from its metadata.

``phonenumbers.is_valid_number`` answers from the same metadata but pays, on every call, for a number
object, a region look-up and a pattern look-up per number type; ``phonenumbers.parse`` adds normalising
regexes. A stream of ads meets mostly new digit strings (ids, prices, dates next to the phones), so that
cold cost is most of what reading a number costs. Here each region's patterns are compiled once into one
record and a check is a few set and ``fullmatch`` calls, with the library's exact rules (property tests
compare every answer with ``phonenumbers`` itself).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Final

import phonenumbers
from phonenumbers import PhoneMetadata, phonenumberutil

from kartlegg.extract import startcache

_NON_GEO: Final = phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY
#: The number types ``phonenumbers`` tries before fixed line and mobile (``_number_type_helper``).
_TYPES: Final = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")


@dataclass(frozen=True, slots=True)
class _Desc:
    lengths: frozenset[int]
    pattern: re.Pattern[str] | None

    def matches(self, nsn: str) -> bool:
        if self.lengths and len(nsn) not in self.lengths:
            return False
        return self.pattern is not None and self.pattern.fullmatch(nsn) is not None


@dataclass(frozen=True, slots=True)
class _Rules:
    general: _Desc | None
    #: Any of these matching (with ``general``) makes a number valid; mobile only where its pattern differs.
    kinds: tuple[_Desc, ...]
    leading: re.Pattern[str] | None


def _desc(d: Any) -> _Desc | None:
    if d is None:
        return None
    source = d.national_number_pattern
    # the library's own metadata, compiled when a region is first met while ads are read: kept across runs
    return _Desc(frozenset(d.possible_length or ()), startcache.kept_regex(source) if source else None)


def _rules(meta: Any) -> _Rules:
    # any type makes a number valid, so the order is free: fixed line and mobile first, where most valid numbers
    # stop (``phonenumbers`` tries them last, after eight rare types, to name the type)
    kinds = [_desc(meta.fixed_line)]
    if not meta.same_mobile_and_fixed_line_pattern:
        kinds.append(_desc(meta.mobile))
    kinds.extend(_desc(getattr(meta, t)) for t in _TYPES)
    leading = startcache.kept_regex(meta.leading_digits) if meta.leading_digits is not None else None
    return _Rules(_desc(meta.general_desc), tuple(k for k in kinds if k is not None), leading)


#: Each (region, country code)'s rules, read once: a plain dict, which compiled code reads without a call (an
#: ``lru_cache`` is a Python call, ~0.4 k instructions, and each number asked it twice).
_RULES: Final[dict[tuple[str, int], _Rules | None]] = {}
#: ``phonenumbers.COUNTRY_CODE_TO_REGION_CODE`` (the same dict), read without a module attribute look-up.
_CODE_REGIONS: Final = phonenumbers.COUNTRY_CODE_TO_REGION_CODE


def _region_rules(region: str, country_code: int) -> _Rules | None:
    key = (region, country_code)
    if key in _RULES:
        return _RULES[key]
    meta = (
        PhoneMetadata.metadata_for_nongeo_region(country_code, None)
        if region == _NON_GEO
        else PhoneMetadata.metadata_for_region(region, None)
    )
    rules = _RULES[key] = None if meta is None else _rules(meta)
    return rules


def _typed(rules: _Rules, nsn: str) -> bool:
    """``_number_type_helper(nsn, metadata) != UNKNOWN``."""
    if rules.general is None or not rules.general.matches(nsn):
        return False
    return any(k.matches(nsn) for k in rules.kinds)


def valid_number(country_code: int, nsn: str) -> bool:
    """``phonenumbers.is_valid_number`` of the number +``country_code`` ``nsn`` (digits, no leading zero)."""
    regions = _CODE_REGIONS.get(country_code)
    if not regions:
        return False
    if len(regions) == 1:
        rules = _region_rules(regions[0], country_code)
        return rules is not None and _typed(rules, nsn)
    # ``region_code_for_number``: the first region whose leading digits open the number, or (without leading
    # digits) whose types it fits; the number is valid where that region's types fit it (asked once)
    for r in regions:
        rules = _region_rules(r, country_code)
        if rules is None:
            continue
        if rules.leading is not None:
            if rules.leading.match(nsn):
                return _typed(rules, nsn)
        elif _typed(rules, nsn):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Kinds:
    """A region's number descriptions in the order ``phonenumbers._number_type_helper`` reads them."""

    general: _Desc | None
    #: premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail: any of them is not a mobile
    others: tuple[_Desc, ...]
    fixed: _Desc | None
    mobile: _Desc | None
    same: bool


#: Each (region, country code)'s ``_Kinds``, read once (None: no metadata).
_KINDS: Final[dict[tuple[str, int], _Kinds | None]] = {}


def _region_kinds(region: str, country_code: int) -> _Kinds | None:
    key = (region, country_code)
    if key in _KINDS:
        return _KINDS[key]
    meta = (
        PhoneMetadata.metadata_for_nongeo_region(country_code, None)
        if region == _NON_GEO
        else PhoneMetadata.metadata_for_region(region, None)
    )
    kinds = None
    if meta is not None:
        others = tuple(d for d in (_desc(getattr(meta, t)) for t in _TYPES) if d is not None)
        same = bool(meta.same_mobile_and_fixed_line_pattern)
        kinds = _Kinds(_desc(meta.general_desc), others, _desc(meta.fixed_line), _desc(meta.mobile), same)
    _KINDS[key] = kinds
    return kinds


def _matches(desc: _Desc | None, nsn: str) -> bool:
    """``phonenumbers._is_number_matching_desc``."""
    return desc is not None and desc.matches(nsn)


#: Each number's ``_mobile_bits`` (``MOBILE``, ``MOBILE_ONLY``), by its E.164 form: a run asks the type of the same
#: numbers again and again (each candidate of a field, each neighbour reading, each ad of one person), and one answer
#: is ~10 k instructions of look-ups and patterns. Cleared when it reaches ``_MEMO_SIZE`` (a stream's memory stays
#: bounded).
_MOBILE_BITS: Final[dict[str, int]] = {}
_MEMO_SIZE: Final = 8192
#: ``_mobile_bits``: the number is MOBILE or FIXED_LINE_OR_MOBILE (``mobile_number``), it is MOBILE (``mobile_only``).
_MOBILE: Final = 1
_MOBILE_ONLY: Final = 2


def mobile_number(e164: str) -> bool:
    """``phonenumbers.number_type(phonenumbers.parse(e164))`` is MOBILE or FIXED_LINE_OR_MOBILE, for a valid E.164
    number ("+" and digits, as ``parse`` formats it): the library's steps (the code: the shortest assigned 1-3
    digits; the region: ``region_code_for_number``'s; the type: ``_number_type_helper``'s order) on the compiled
    descriptions, without a number object, ``parse``'s normalising or a pattern look-up per type (~1 M
    instructions a call). ``tests/extract/test_rewrites_held_equal_29.py`` holds it to the library."""
    bits = _MOBILE_BITS.get(e164)
    if bits is None:
        bits = _mobile_bits(e164)
    return bits & _MOBILE != 0


def mobile_only(e164: str) -> bool:
    """``phonenumbers.number_type`` of a valid E.164 number is MOBILE: its country's mobile description fits it and
    its fixed-line one does not (not FIXED_LINE_OR_MOBILE). The number's own shape as evidence of its country: a
    Danish mobile range that is a Norwegian landline ("57 25 87 45") is read as the mobile a woman carries (issue
    14, session 38; ``api._mobile_elsewhere``)."""
    bits = _MOBILE_BITS.get(e164)
    if bits is None:
        bits = _mobile_bits(e164)
    return bits & _MOBILE_ONLY != 0


def _mobile_bits(e164: str) -> int:
    """``mobile_number`` and ``mobile_only`` of ``e164`` as bits, read from the descriptions and remembered."""
    bits = 0
    found = _typed_kinds(e164)
    if found is not None:
        kinds, nsn = found
        if kinds.same:
            if _matches(kinds.fixed, nsn):
                bits = _MOBILE
        elif _matches(kinds.mobile, nsn):
            bits = _MOBILE if _matches(kinds.fixed, nsn) else _MOBILE | _MOBILE_ONLY
    if len(_MOBILE_BITS) >= _MEMO_SIZE:
        _MOBILE_BITS.clear()
    _MOBILE_BITS[e164] = bits
    return bits


def _typed_kinds(e164: str) -> tuple[_Kinds, str] | None:
    """The number descriptions of ``e164``'s region and its national number, when it is valid and of none of the
    types tried before fixed line and mobile; else None."""
    digits = e164[1:]
    if not (e164.startswith("+") and 3 <= len(digits) and digits.isascii() and digits.isdigit()):
        return None
    for k in (1, 2, 3):
        code = int(digits[:k])
        if code in _CODE_REGIONS:
            break
    else:
        return None
    nsn = digits[k:]
    regions = _CODE_REGIONS[code]
    region: str | None = None
    if len(regions) == 1:
        region = regions[0]
    else:
        for r in regions:
            rules = _region_rules(r, code)
            if rules is None:
                continue
            if rules.leading is not None:
                if rules.leading.match(nsn):
                    region = r
                    break
            elif _typed(rules, nsn):
                region = r
                break
    if region is None:
        return None
    kinds = _region_kinds(region, code)
    if kinds is None or not _matches(kinds.general, nsn):
        return None
    for d in kinds.others:
        if d.matches(nsn):
            return None
    return kinds, nsn


@functools.lru_cache(maxsize=1024)
def _plain_prefix(country_code: int) -> str | None:
    """The trunk prefix ``parse`` may strip after this country code, when it is plain digits ("" for none);
    None when it is a pattern or the code is non-geographic (left to ``phonenumbers.parse``)."""
    region = phonenumbers.region_code_for_country_code(country_code)
    if region in (_NON_GEO, phonenumbers.UNKNOWN_REGION):
        return None
    meta = PhoneMetadata.metadata_for_region(region, None)
    if meta is None:
        return None
    prefix = meta.national_prefix_for_parsing or ""
    return prefix if prefix == "" or prefix.isdigit() else None


def parse_international(digits: str) -> str | None:
    """E.164 of "+``digits``" when ``phonenumbers.parse`` would read it as a valid number; "" when it would
    not; None when only ``parse`` can tell (a trunk prefix or zero after the code, a patterned prefix)."""
    if not digits.isdigit() or digits[0] == "0" or len(digits) <= 2:
        return "" if digits.isdigit() or not digits else None
    for k in (1, 2, 3):
        if k > len(digits):
            break
        code = int(digits[:k])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            rest = digits[k:]
            prefix = _plain_prefix(code)
            if prefix is None or not rest or rest[0] == "0" or (prefix and rest.startswith(prefix)):
                return None
            if len(rest) < 2 or len(rest) > 17:
                return ""
            return f"+{code}{rest}" if valid_number(code, rest) else ""
    return ""


#: ``phonenumbers.parse``'s answers of a length check that keep the number as written (no national prefix stripped).
_KEEP_WRITTEN: Final = frozenset(
    (
        phonenumbers.ValidationResult.TOO_SHORT,
        phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
        phonenumbers.ValidationResult.INVALID_LENGTH,
    )
)
#: ``parse``'s national prefix step, typed loosely: its carrier code (the answer's first item) may be None, which
#: the library's stub does not say (compiled code checks the types it is told).
_STRIP_NATIONAL_PREFIX: Final[Any] = phonenumberutil._maybe_strip_national_prefix_carrier_code
#: Each country code's metadata as ``parse`` reads it after a "+": a plain dict (None: no metadata).
_PLUS_META: Final[dict[int, PhoneMetadata | None]] = {}


def _plus_metadata(code: int) -> PhoneMetadata | None:
    if code in _PLUS_META:
        return _PLUS_META[code]
    region = phonenumbers.region_code_for_country_code(code)
    meta = _PLUS_META[code] = PhoneMetadata.metadata_for_region_or_calling_code(code, region)
    return meta


def parse_plus(digits: str) -> str | None:
    """``parse_international`` for what it leaves to ``phonenumbers.parse``: E.164 of "+``digits``" when ``parse``
    reads it as a valid number, "" when it does not, None for input other than 3-249 ASCII digits
    that open with no zero.

    A trunk prefix or zero after the code ("+46 0729…") and a code whose prefix is a pattern (+57, +370) are read
    with ``parse``'s own steps, without its normalising: the code (the shortest assigned 1-3 leading digits), the
    national prefix stripped by ``parse``'s helper (``_maybe_strip_national_prefix_carrier_code``) and kept only
    where ``_test_number_length`` finds the rest a possible length (too long counts as possible), then
    ``valid_number``. ``tests/extract/test_rewrites_held_equal_27.py`` holds it to ``parse``."""
    if not (3 <= len(digits) < 250 and digits.isascii() and digits.isdigit()) or digits[0] == "0":
        return None
    for k in (1, 2, 3):
        code = int(digits[:k])
        if code in _CODE_REGIONS:
            break
    else:
        return ""  # no assigned code: "Country calling code supplied was not recognised"
    rest = digits[k:]
    meta = _plus_metadata(code)
    if meta is None:
        return None
    stripped: str = _STRIP_NATIONAL_PREFIX(rest, meta)[1]
    if phonenumberutil._test_number_length(stripped, meta) not in _KEEP_WRITTEN:
        rest = stripped
    if len(rest) < 2 or len(rest) > 17:
        return ""  # too short or too long to be a phone number
    return f"+{code}{rest}" if valid_number(code, rest) else ""
