"""Issue 14, session 27: rewrites in extraction read exactly what the code they replace read."""

from __future__ import annotations

import re

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import numbering, patterns, phones


def _parse_plus_by_phonenumbers(digits: str) -> str:
    """What ``phones._parse_slow`` made of "+``digits``" before session 27: ``phonenumbers.parse``, then
    ``is_valid_number`` and E.164 ("" for no valid number)."""
    try:
        n = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(n):
        return ""
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


_CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
#: What follows a code: nothing, its trunk prefixes and the patterned ones' openings (CO "03", "09"; LT "8"; RU "8";
#: HU "06"; AR "0", "15"; MX "01", "044"; IT and SM keep a zero).
_AFTER_CODE = st.sampled_from(["", "0", "00", "8", "06", "03", "09", "1", "01", "044", "15", "9", "0549"])


@st.composite
def _plus_digits(draw: st.DrawFn) -> str:
    code = str(draw(st.sampled_from(_CODES))) if draw(st.integers(0, 9)) else str(draw(st.integers(1, 999)))
    example_number = draw(st.booleans())
    if example_number:
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(code), ())
        kind = draw(st.sampled_from([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
        ex = phonenumbers.example_number_for_type(regions[0], kind) if regions and regions[0] != "001" else None
        rest = phonenumbers.national_significant_number(ex) if ex is not None else ""
        cut = draw(st.integers(-2, 1))
        rest = rest[:cut] if cut < 0 else rest + "7" * cut
    else:
        rest = draw(st.text("0123456789", max_size=14))
    return code + draw(_AFTER_CODE) + rest


@settings(max_examples=1000, deadline=None)
@given(_plus_digits())
@example("4607291234567")  # a trunk zero after the code: "+46 0729…"
@example("971022345678")  # AE: the trunk zero stripped, "+971 22345678"
@example("46729123456")
@example("3706123456")  # LT, whose prefix is the pattern "[08]"
@example("37086123456")
@example("5703001234567")  # CO, a patterned prefix with a transform rule
@example("390612345678")  # IT: the zero is part of the number
@example("4407911123456")
@example("80012345678")  # non-geographic
@example("999123")  # no assigned code
@example("460")
@example("4612")
def test_a_plus_number_reads_as_phonenumbers_parse_reads_it(digits: str) -> None:
    """``numbering.parse_plus`` gives ``phonenumbers.parse``'s valid E.164 or "" for every "+digits" it answers
    (mutants: the national prefix never stripped, the answer for a rest too short or too long made non-empty — each
    fails; the prefix always stripped passes: no example found where the length check keeps a valid number as
    written)."""
    got = numbering.parse_plus(digits)
    if len(digits) < 3 or digits[0] == "0":
        assert got is None  # left to ``parse_international`` (which answers "") and ``parse``
        return
    assert got == _parse_plus_by_phonenumbers(digits)


@settings(max_examples=600, deadline=None)
@given(_plus_digits())
def test_parse_slow_of_a_plus_number_is_unchanged(digits: str) -> None:
    """``phones._parse_slow`` of "+digits" (through ``parse_international`` and ``parse_plus``) is what
    ``phonenumbers.parse`` gave (mutant: ``parse_plus`` asked with the "+" number's digits one short — fails)."""
    assert (phones._parse_slow("+" + digits, None) or "") == _parse_plus_by_phonenumbers(digits)


def _parse_slow_by_phonenumbers(number: str, region: str) -> str | None:
    """``phones._parse_slow`` of a national digit string before session 27: always ``phonenumbers.parse``."""
    try:
        n = phonenumbers.parse(number, region, keep_raw_input=True)
    except phonenumbers.NumberParseException:
        return None
    if n.country_code_source != phonenumbers.CountryCodeSource.FROM_DEFAULT_COUNTRY:
        return None
    if not phonenumbers.is_valid_number(n):
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


#: Regions whose international prefix is "00", "8~10" (RU), "011" (US), "0011" (AU), a pattern (FI, BR, KR), ...
_REGIONS = st.sampled_from(["SE", "NO", "DK", "GB", "DE", "US", "RU", "AU", "FI", "BR", "KR", "JP", "IT", "ZZ", "se"])
_OPENINGS = st.sampled_from(["00", "000", "001", "0046", "00 ", "0", "01", "011", "0011", "810", "8", "09", "990", ""])


@settings(max_examples=1000, deadline=None)
@given(_REGIONS, _OPENINGS, st.text("0123456789", max_size=12), st.sampled_from(["", "٣", "a"]))
@example("SE", "00", "207985", "")  # "00 20 79 85": dialled abroad, never Swedish
@example("SE", "00", "0207985", "")  # a zero after the prefix: parse reads it
@example("NO", "00", "", "")
@example("SE", "00", "4670123456", "")
@example("US", "011", "4670123456", "")
@example("RU", "810", "4670123456", "")
def test_a_national_string_after_the_international_prefix_reads_as_parse_reads_it(
    region: str, opening: str, rest: str, tail: str
) -> None:
    """``phones._parse_slow(number, region)`` (``_after_idd`` first) is what ``phonenumbers.parse`` gave, on digit
    strings that open with an international prefix or not (mutant: ``_after_idd`` True for any digits — fails; the
    "0 after the prefix" rule left out and the prefix taken as "00" for every region pass: ``parse`` finds no valid
    national number in these strings either way)."""
    number = (opening + rest).replace(" ", "") + tail
    if not number:
        return
    assert phones._parse_slow(number, region) == _parse_slow_by_phonenumbers(number, region)


def _digitise_before_27(text: str, digits: list[int]) -> tuple[str, list[int]] | None:
    """``phones._digitise`` as it was before session 27 (copied): the near check by strings, the pattern always."""
    n = len(text)
    near = False
    for d in digits:
        if d and text[d - 1] in phones._NEW_LOOKS:
            near = True
            break
        e = d
        while e < n and "0" <= text[e] <= "9":
            e += 1
        if e < n and text[e] in phones._NEW_LOOKS:
            near = True
            break
    if not near:
        return None
    out: list[str] = []
    spots: list[int] = []
    last = 0
    for m in phones._LOOK_RUN.finditer(text):
        raw = m.group()
        tokens = re.split(r"[ .\-/]+", raw.lstrip("+"))
        if any(phones._LOOK_SIZE.fullmatch(t) for t in tokens):
            continue
        real = sum(1 for ch in raw if "0" <= ch <= "9")
        letters = [i for i, ch in enumerate(raw) if ch.isalpha()]
        if real < phones.LOOK_MIN_DIGITS or len(letters) > phones.LOOK_MAX_SHARE * real:
            continue
        if not any(raw[i] in phones._NEW_LOOKS for i in letters):
            continue
        if any(raw[i].isalpha() and raw[i + 1].isalpha() and raw[i + 2].isalpha() for i in range(len(raw) - 2)):
            continue
        out.append(text[last : m.start()])
        out.append(raw.translate(phones._DIGIT_LOOKS))
        spots.extend(m.start() + i for i in letters)
        last = m.end()
    if not spots:
        return None
    out.append(text[last:])
    return "".join(out), spots


_LOOK_PIECES = st.sampled_from(
    [
        *"0123456789",
        *"SsBZzioOlI",
        *" .-/+%\n\t",
        "x",
        "a",
        "75B",
        "%2B",
        "٣",
        "Ş",
        "ı",
        "  ",
        "--",
        "S3",
        "9I26",
        "B794",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_LOOK_PIECES, max_size=40).map("".join))
@example("S3 28 34 44")
@example("9I26 B794 11")
@example("Tlf: +4S-6I3-17-Z6-S")
@example("bh: 75B • 0701234567")
@example("viber://chat?number=%2B4741792686")
@example("4o7SO S 12 34 56")
@example("ring 07O-1Z3 4S 67")
def test_letters_for_digits_read_as_before(text: str) -> None:
    """``phones._digitise`` (the near check by code points, then the stretch check before the pattern) gives what the
    reading before session 27 gave (mutants: "i" left out of the new look-alikes, ``LOOK_MIN_DIGITS`` + 1 digits
    asked — each fails; the stretch's own mutants are the next test's)."""
    digits = patterns.digit_runs(text)
    assert phones._digitise(text, digits) == _digitise_before_27(text, digits)


_INCREASING = st.sets(st.integers(0, 60), max_size=20).map(sorted)


@settings(max_examples=1000, deadline=None)
@given(_INCREASING, _INCREASING)
@example([], [3])
@example([1, 5, 9], [5])
def test_the_distractor_openings_merge_as_the_set_sorted(xs: list[int], ys: list[int]) -> None:
    """``phones._merged`` of two increasing lists is ``sorted({*xs, *ys})`` (mutants: a shared value kept twice, the
    rest of the second list dropped — each fails)."""
    assert phones._merged(xs, ys) == sorted({*xs, *ys})


_STRETCH = re.compile(r"[+0-9SsBZzioOlI .\-/]+")


@settings(max_examples=1000, deadline=None)
@given(st.lists(_LOOK_PIECES, max_size=40).map("".join))
@example("12+3456S")
@example("123 S x 456")
def test_the_stretch_check_is_what_it_says(text: str) -> None:
    """``phones._look_stretches`` gives exactly the maximal stretches of "+", ASCII digits, "SsBZzioOlI" and " .-/" that
    hold ``LOOK_MIN_DIGITS`` ASCII digits and a letter of "SsBZzi" (mutants: the digit count not reset at a break,
    "+" left out of the stretch — each fails; ``_digitise``'s outputs could not tell them)."""
    expected = [
        m.span()
        for m in _STRETCH.finditer(text)
        if sum(1 for ch in m.group() if "0" <= ch <= "9") >= phones.LOOK_MIN_DIGITS
        and any(ch in "SsBZzi" for ch in m.group())
    ]
    assert phones._look_stretches(text) == expected
