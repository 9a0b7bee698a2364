"""``extract.numbering`` answers exactly as ``phonenumbers`` does (oracle property tests)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import numbering
from kartlegg.extract.numbering import parse_international, valid_number

_CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
#: Codes shared by several regions (NANP, +7, +44, +47 with Svalbard, +358 with Åland, ...) and the Nordic ones.
_SHARED = [c for c in _CODES if len(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[c]) > 1]
_NORDIC = [45, 46, 47, 358, 354]
_TYPES = [
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.VOIP,
]


def _examples() -> list[tuple[int, str]]:
    """Valid numbers of every region and type ``phonenumbers`` has an example for."""
    out: list[tuple[int, str]] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _TYPES:
            n = phonenumbers.example_number_for_type(region, kind)
            if n is not None:
                out.append((n.country_code, str(n.national_number)))
    return out


_EXAMPLES = _examples()


@st.composite
def _numbers(draw: st.DrawFn) -> tuple[int, str]:
    """A valid example number, then digits changed, dropped or added: numbers on both sides of validity."""
    if draw(st.booleans()):
        code, nsn = draw(st.sampled_from(_EXAMPLES))
        digits = list(nsn)
        for _ in range(draw(st.integers(0, 3))):
            op = draw(st.sampled_from(["set", "drop", "add"]))
            k = draw(st.integers(0, max(0, len(digits) - 1)))
            d = draw(st.sampled_from("0123456789"))
            if op == "set" and digits:
                digits[k] = d
            elif op == "drop" and len(digits) > 1:
                del digits[k]
            else:
                digits.insert(k, d)
        nsn = "".join(digits).lstrip("0") or "1"
    else:
        code = draw(st.sampled_from(_CODES + _SHARED * 3 + _NORDIC * 5))
        nsn = draw(st.text(alphabet="0123456789", min_size=1, max_size=16).map(lambda s: "1" + s))
    return code, nsn


@settings(max_examples=1000, deadline=None)
@given(_numbers())
def test_valid_number_is_phonenumbers_is_valid_number(number: tuple[int, str]) -> None:
    code, nsn = number
    expected = phonenumbers.is_valid_number(phonenumbers.PhoneNumber(country_code=code, national_number=int(nsn)))
    assert valid_number(code, nsn) == expected


def _parsed(digits: str) -> str | None:
    try:
        n = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n):
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        _numbers().map(lambda n: f"{n[0]}{n[1]}"),
        st.text(alphabet="0123456789", max_size=18),
        _numbers().map(lambda n: f"{n[0]}0{n[1]}"),  # a trunk zero after the code: left to parse
    )
)
def test_parse_international_reads_as_phonenumbers_parse(digits: str) -> None:
    fast = parse_international(digits)
    if fast is not None:
        assert (fast or None) == _parsed(digits)


def test_the_fast_path_answers_most_numbers_itself() -> None:
    """Without a trunk zero after the code, parse is not needed: the shortcut is the common path."""
    answered = [parse_international(f"{c}{n}") is not None for c, n in _EXAMPLES]
    assert sum(answered) >= 0.8 * len(answered)  # 88 % with phonenumbers 9.0.43
    assert parse_international("46701234567") == "+46701234567"
    assert parse_international("4520123456") == "+4520123456"
    assert parse_international("4741234567") == "+4741234567"
    assert parse_international("999123456") == ""


def _read_regions() -> list[str]:
    """The regions extraction reads national numbers in: the Nordic defaults and every gazetteer place's country."""
    from kartlegg.extract.lexicon import gazetteer

    return sorted({"SE", "NO", "DK", "FI", *(c.country for c in gazetteer().cities)})


_READ_REGIONS = _read_regions()


@st.composite
def _region_numbers(draw: st.DrawFn) -> tuple[int, str]:
    """A region extraction reads, and random digits of 1-17 (after a non-zero digit) or one of its example numbers
    with a digit changed: mostly invalid strings of every length, and valid ones of every type."""
    region = draw(st.sampled_from(_READ_REGIONS))
    code = phonenumbers.country_code_for_region(region)
    examples = [
        str(n.national_number)
        for kind in _TYPES
        if (n := phonenumbers.example_number_for_type(region, kind)) is not None
    ]
    if examples and draw(st.booleans()):
        nsn = draw(st.sampled_from(examples))
        k = draw(st.integers(0, len(nsn) - 1))
        nsn = (nsn[:k] + draw(st.sampled_from("0123456789")) + nsn[k + 1 :]).lstrip("0") or "1"
    else:
        nsn = draw(st.sampled_from("123456789")) + draw(st.text(alphabet="0123456789", max_size=16))
    return code, nsn


@settings(max_examples=1000, deadline=None)
@given(_region_numbers())
def test_valid_number_answers_as_is_valid_number_in_every_region_read(number: tuple[int, str]) -> None:
    """``valid_number`` reads the metadata itself (fixed line and mobile first, its rules kept in a dict): its answer
    is ``phonenumbers.is_valid_number``'s for the regions extraction reads."""
    code, nsn = number
    expected = phonenumbers.is_valid_number(phonenumbers.PhoneNumber(country_code=code, national_number=int(nsn)))
    assert valid_number(code, nsn) == expected


_PIECES = ["\\d{3}", "1\\d{2,3}", "[2-5]\\d+", "(?:12|3)\\d?", "9", "\\d{2}7", "[1-9]\\d{1,4}"]


@st.composite
def _descs(draw: st.DrawFn) -> SimpleNamespace:
    """A number description as the metadata has it: a pattern (or none) and possible lengths (-1: no number)."""
    pattern = draw(st.sampled_from([*_PIECES, None]))
    lengths = draw(st.one_of(st.just((-1,)), st.lists(st.integers(1, 6), max_size=3, unique=True).map(tuple)))
    return SimpleNamespace(national_number_pattern=pattern, possible_length=lengths)


def _matching_desc(nsn: str, d: SimpleNamespace | None) -> bool:
    """``phonenumbers``' ``_is_number_matching_desc``: the length test, then the whole pattern."""
    if d is None or not d.national_number_pattern:
        return False
    if d.possible_length and len(nsn) not in d.possible_length:
        return False
    return re.fullmatch(d.national_number_pattern, nsn) is not None


@settings(max_examples=1000, deadline=None)
@given(
    general=_descs(),
    kinds=st.lists(st.one_of(st.none(), _descs()), min_size=10, max_size=10),
    same_mobile=st.booleans(),
    nsn=st.text(alphabet="0123456789", min_size=1, max_size=7),
)
def test_the_types_in_any_order_are_the_general_test_and_any_type(
    general: SimpleNamespace, kinds: list[SimpleNamespace | None], same_mobile: bool, nsn: str
) -> None:
    """On made-up metadata, where the types need not sit inside the general pattern nor keep to their lengths:
    ``_typed`` (fixed line and mobile tried first) is the general description's test and then any type's, in
    ``phonenumbers``' order (``_number_type_helper``)."""
    meta = SimpleNamespace(
        general_desc=general,
        same_mobile_and_fixed_line_pattern=same_mobile,
        leading_digits=None,
        fixed_line=kinds[8],
        mobile=kinds[9],
        **dict(zip(numbering._TYPES, kinds[:8], strict=True)),
    )
    types = kinds[:9] if same_mobile else kinds
    expected = _matching_desc(nsn, general) and any(_matching_desc(nsn, k) for k in types)
    assert numbering._typed(numbering._rules(meta), nsn) == expected
