"""``extract.numbering`` answers exactly as ``phonenumbers`` does (oracle property tests)."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(max_examples=3000, deadline=None)
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


@settings(max_examples=2000, deadline=None)
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
