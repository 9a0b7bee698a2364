"""The phone scanner's shortcuts read text exactly as the regexes they replace (property tests)."""

from __future__ import annotations

import bisect
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import phones
from kartlegg.extract.patterns import LETTER_RUN, decimal_at, digit_runs, letter_words, lower_same_length, scan

from . import phone_reference

#: Text with what the shortcuts turn on: digits, letters (also the case traps İ ı ſ and a Kelvin sign),
#: separators, currency and unit signs, underscores, line breaks, cue words.
_ALPHABET = st.sampled_from(list("0123456789 -./_\n\t$€£#%=&:ab kKlLiIdDvVsSmoåÅöİıſ\u212a²½"))
#: Every character (below U+2200) the distractor regex's case-insensitive match takes for each cue letter.
_FOLDS = {
    c: [chr(x) for x in range(0x2200) if re.fullmatch("(?i)" + c, chr(x))] for c in set("".join(phones._CUE_WORDS))
}
#: Cue words spelled with any of those characters ("İD", "momſ", "KL").
_CUE = st.sampled_from(phones._CUE_WORDS).flatmap(
    lambda w: st.tuples(*(st.sampled_from(_FOLDS[c]) for c in w)).map("".join)
)
_TEXT = st.lists(st.one_of(_ALPHABET, _CUE))


@settings(max_examples=400, deadline=None)
@given(_TEXT.map("".join))
def test_cue_free_text_has_no_cue_the_regex_finds(text: str) -> None:
    words = set(LETTER_RUN.findall(lower_same_length(text)))
    if phones._cue_free(text, words):
        assert phones._NON_DIGIT_DISTRACTOR.search(text) is None


#: Digit-dense text with the distractors' shapes: amounts, units, dates, times, ids, cue words.
_DENSE = st.lists(
    st.one_of(_ALPHABET, _CUE, st.sampled_from(["kr", "cm", "år", "min", "h", "av", "of", " 2026", "ad id", ":-"]))
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_DENSE, st.integers(0, 60), st.integers(0, 60))
@example("Ad #54232960\n\nHello", 4, 8)
@example("Adr: 111 53 Sthlm. Ring 2026 03 11 kl 18, 4123 4... (vis) 22\u00a0kr", 0, 60)
def test_blocked_spans_are_the_regex_matches_in_the_window(text: str, lo: int, width: int) -> None:
    """Trying the distractor pattern only at digit-run starts and cue positions finds what ``finditer``
    over the run's window finds."""
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    words = set(LETTER_RUN.findall(lower_same_length(text)))
    a, b = max(0, lo - 24), min(len(text), hi + 24)
    want = [m.span() for m in phones._distractors().finditer(text, a, b)]
    assert phones._blocked(text, lo, hi, digit_runs(text), phones._cue_free(text, words)) == want
    assert phones._blocked(text, lo, hi, digit_runs(text), False) == want


@settings(max_examples=300, deadline=None)
@given(_TEXT.map("".join))
def test_gap_rule_is_the_separator_pattern(text: str) -> None:
    spelled = re.compile(r"(?:[^\w$€£%=&]|_){0,6}|\$")
    for a in range(len(text)):
        for b in range(a, min(len(text), a + phones.MAX_GAP + 2) + 1):
            gap = text[a:b]
            want = b - a <= phones.MAX_GAP and spelled.fullmatch(gap) is not None and gap.count("\n") <= 1
            assert phones._gap_ok(text, a, b) == want, (gap, a, b)


@settings(max_examples=300, deadline=None)
@given(_TEXT.map("".join))
def test_token_tail_is_the_alnum_run(text: str) -> None:
    for m in re.finditer(r"\d", text):
        assert phones._alnum_end(text, m.start() + 1) == re.compile(r"\d[^\W_]*").match(text, m.start()).end()


def _backtracking(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The distractor pattern with its possessive quantifiers made ordinary again."""
    src = rx.pattern
    for possessive in ("{1,6}+", "{1,5}+", "{1,2}+", ")?+", "?+"):
        src = src.replace(possessive, possessive[:-1])
    assert src != rx.pattern
    return re.compile(src)


_UNITS = st.sampled_from(["kr", "cm", "år", "min", "h", "timer", "Kg", "m2", "x", "e"])
_AMOUNTS = st.lists(st.one_of(st.sampled_from(list("0123456789 .,-:/*'$€£%#\n")), _UNITS), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(_AMOUNTS)
def test_possessive_distractors_find_what_backtracking_would(text: str) -> None:
    fast = phones._distractors()
    slow = _backtracking(fast)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
    for d in range(len(text)):
        f, s = fast.match(text, d), slow.match(text, d)
        assert (f and f.span()) == (s and s.span())


#: The distractors' shapes around digit runs: years, postal codes and towns, masks, units, dates, signs.
_SHAPE_PIECES = [
    "2026", "1999", "111", "53", " 03", " 11", "111 53 Sthlm", "\n123 45 Bergen", " Sthlm", " Oslo", "...", "\u2026",
    "xxx", "XXX", " (", "vis", "'", "\u2013", "\u00a0", "\u3000", "\u0663", "av", "of", "juli", ".", ":", "24", "/",
    "7", "\r", "\x0b", "\u2006", " kr", " KR", " kroner", " Kg", " cmx", " av ", " AV ", " of ", " ofte", "\nar", " år",
    " ÅR", " juli 2026", "-03-11", "-", " m2", " m", " ſek", " İd", " Mai", " juli. 2026", " Sep\n1999", "\nRing ",
    " 45 67", "123 45 67", "111 53 sthlm", "-3-2026", "-11-1999", "-1-20", "org.nr ", "annons-id: ", "ad id ", "adid#",
    "Kl.", "idag", "adresse", "ORGNR", "momsnr", "cvr-nr", "$ ", "€", "#", "vat:", "annonceid", "İD ", "\u212al",
]  # fmt: skip
_SHAPES = st.lists(st.one_of(_ALPHABET, _UNITS, st.sampled_from(_SHAPE_PIECES)), max_size=40).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_SHAPES, st.integers(0, 50))
@example("Ring 2026 03 11", 50)
@example("Adr: 111 53 Sthlm", 50)
@example("4123 4... (vis nummer)", 50)
@example("070\u00a0kr 22\nar", 50)
@example("2026-03-11, 11-3-2026, 4123-4... (vis), 170 cm, 1500 KR, 12345 kg, 3 av 12, 20 juli 2026", 99)
@example("Kl.18 org.nr 5561 annons-id: 1234 ad id 3456 adid#4567 $\t5 €5 #12345 vat:7890 İD 9012 \u212al 8", 99)
@example("1-12-2026, 20 Sep. 1999, 111 53 sthlm", 99)
@example("90-60-90, 21.09.26 11.07, 20.09.2026, 17:44, 2026-09-20 13:19, 2.500,- 1.500 kr.", 99)
def test_distractors_open_only_where_the_prefilter_allows(text: str, cut: int) -> None:
    """``_opening`` (the characters after a digit run, a cue's letters or sign) says no only where the pattern finds
    nothing, in a window cut anywhere."""
    rx = phones._distractors()
    cues = [m.start() for m in phones._NON_DIGIT_DISTRACTOR.finditer(text)]
    for b in (len(text), min(len(text), cut)):
        for d in sorted({*digit_runs(text), *cues}):
            if d < b and rx.match(text, d, b) is not None:
                assert phones._opening(text, d, b, phones._opening_patterns()) is not None, (text, d, b)


_OPENER_PIECES = ["23\u201327/10", "21-25/11"]
_OPENER_PIECES += ["5'6\"", "24/7", "2000/30min", "28.08\u201302.09", "13.00\u201323.00", "20.1 2026", "14:30", "200$"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, _CUE, _UNITS, st.sampled_from(_SHAPE_PIECES + _OPENER_PIECES))).map("".join))
@example(
    "5'6\" 24/7 2000/30min 28.08\u201302.09 9.7.-16.7. 13.00\u201323.00 20.1 2026 14:30 200$ 1500:- 100,- Sep 20, 2026"
)
@example("0701234XXX 4123 4... (vis nummer) 4123-4\u2026 se 1h 2200 1t 2500 kr #54232960 kl. 18.00 org.nr 556 123-4567")
def test_the_opening_pattern_matches_as_the_whole_pattern(text: str) -> None:
    """The part of the distractor pattern chosen by the character after a digit run (or for a cue) matches
    exactly where, and as far as, the whole pattern does, at every start ``_blocked`` may try."""
    rx = phones._distractors()
    starts = set(digit_runs(text)) | {m.start() for m in phones._NON_DIGIT_DISTRACTOR.finditer(text)}
    for d in sorted(starts):
        want = rx.match(text, d)
        rx_at = phones._opening(text, d, len(text), phones._opening_patterns())
        if want is not None:
            assert rx_at is not None, (text, d)
        if rx_at is not None:
            got = rx_at.match(text, d)
            assert (got and got.span()) == (want and want.span()), (text, d)


@settings(max_examples=400, deadline=None)
@given(_TEXT.map("".join))
@example("Ad #5423, id:7, ID 5, kl 18, annonce-id 9, ad 3, mid 4, $5 €6 £7")
@example("Idag adressen, klockan 9, orgasm, vatten, refill, annonsen 7, momsfri, cvrx 8")
def test_cue_starts_are_the_cue_pattern_matches(text: str) -> None:
    """The cues found once per field with ``str.find`` are where the case-insensitive cue pattern matches; looking
    only for the cue words that a word of the text starts with (``_cue_words``) finds the same."""
    low = lower_same_length(text)
    found = phones._cue_starts(text, low)
    if found is not None:
        assert found == [m.start() for m in phones._NON_DIGIT_DISTRACTOR.finditer(text)]
        assert phones._cue_starts(text, low, phones._cue_words(letter_words(low))) == found


@settings(max_examples=400, deadline=None)
@given(_DENSE, st.integers(0, 60), st.integers(0, 60))
@example("Ad #54232960\n\nHello", 4, 8)
def test_blocked_spans_with_the_fields_cues(text: str, lo: int, width: int) -> None:
    """``_blocked`` with the field's cue positions finds what ``finditer`` over the run's window finds."""
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    a, b = max(0, lo - 24), min(len(text), hi + 24)
    want = [m.span() for m in phones._distractors().finditer(text, a, b)]
    cues = phones._cue_starts(text, lower_same_length(text))
    assert phones._blocked(text, lo, hi, digit_runs(text), False, cues) == want


def test_the_decimal_check_is_isdecimal_at_every_code_point() -> None:
    """``decimal_at`` reads 0-9 from the code point, asks ``str.isdecimal`` only above ASCII: the same answer."""
    text = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    for i, c in enumerate(text):
        assert decimal_at(text, i) == c.isdecimal(), hex(ord(c))


#: Letters and digits glued in tokens of every length around the 40-character head bound, wide letters and digits
#: (text ``scan`` leaves to the separate passes), wide characters that are neither, blanks and punctuation.
_TOKEN_PIECES = st.sampled_from(
    ["7", "0701", "x", "tonight", "a" * 39, "b" * 41, "é", "ß", "²", "ж", "٣", "—", "😊", "_", " ", "\n", ".", "-", "?"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=40).map("".join))
@example("x" * 45 + "12 ab3c" + "_7" + " 9")
def test_digit_tokens_from_the_class_string_are_the_tokens_read_character_by_character(text: str) -> None:
    """The candidate tokens found in ``scan``'s class string are those read with ``str.isalnum`` and ``_ALNUM_TAIL``."""
    prep, _low, _words, digits, alnum = scan(text)
    want = phones._digit_tokens(prep, digits, None)
    assert phones._digit_tokens(prep, digits, alnum) == want
    assert phones._digit_tokens(prep, digits, "".join("a" if c.isalnum() else " " for c in prep)) == want


#: Runs of digit groups glued to letters, look-alikes and number words, with separators and one-word bridges.
_RUN_PIECES = st.sampled_from(
    ["070", "12", "3", "4567", "1" * 50, "a", "tonight", "o", "O", "l", "fem", "to", "sms", " ", "-", ".", "\n", "  "]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_RUN_PIECES, max_size=30).map("".join))
@example("070 123 sms 45 67")
@example("x" * 50 + "0701234567 89")
def test_atoms_of_digit_runs_are_the_composed_atoms(text: str) -> None:
    """A run of digit pieces gives the atoms ``compose`` and the group merge give (``_digit_atoms``)."""
    for run, bridged in phone_reference.runs(text):
        for spaced in (False, True):
            want = phones._composed_atoms(text, run, bridged, spaced)
            assert phones._atoms(text, run, bridged, split_spaced=spaced) == want
            if phones._digits_only(run):
                assert phones._digit_atoms(run, bridged) == want


#: Obfuscated phone text: digit groups (glued to letters, long, full-width, superscript), number words and
#: look-alikes, bridge words, separators, line breaks, currency and unit signs, underscores.
_OBFUSCATED = st.sampled_from(
    [
        "070", "12", "3", "4567", "45", "1" * 50, "0046", "a", "tonight", "o", "O", "l", "I", "i", "oo", "fem", "to",
        "seventy", "eight", "fyrtiofem", "og", "sms", "and", "kr", "cm", " ", "  ", "-", ".", "/", "\n", "\n\n", "_",
        "$", "%", "(", ")", "+", "²", "７", "é", "😊", "2ONE6", "th0usand", "x" * 41, "y.", "Y.", "İ", "ſ", "en", "Io",
        "lO", "ol",
    ]
)  # fmt: skip


def _atom_fields(a: phones._Atom) -> tuple[object, ...]:
    return (a.digits, a.start, a.end, a.strong, a.wordy, a.lookalike, a.bridged)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_OBFUSCATED, max_size=40).map("".join), st.booleans())
@example("070 123 sms 45 67", False)
@example("ring 070 12 fem to 45 67 eller 0701234567 89", True)
@example("x" * 50 + "0701234567 89", True)
@example("23 y.o. 070 1 I 2 lO 45 67, fem to o seks", True)
@example("070 12 i 34 56 78", True)
@example("070\n\n+070", False)
def test_one_pass_runs_are_the_per_token_runs(text: str, use_scan: bool) -> None:
    """``phones._runs`` (spans, atoms made in the pass) reads the runs the per-token reading read
    (``phone_reference.runs``): the same atoms for runs of plain digit tokens, the same pieces and bridges for the
    others, with and without ``scan``'s class string and the ad's words."""
    if use_scan:
        prep, low, words, digits, alnum = scan(text)
        forms, _cues = phones._word_classes(words)
        wordy = True if forms else not words.isdisjoint(phones._LOOKALIKE_WORDS)
        args = (prep, wordy, words, digits, low, forms, alnum)
    else:
        prep = text
        args = (prep, True, None, None, None, None, None)
    want = phone_reference.runs(*args)
    got = phones._runs(*args)
    assert len(got) == len(want)
    for r, (run, bridged) in zip(got, want, strict=True):
        if r.atoms is not None:
            assert r.pieces is None and phones._digits_only(run)
            assert [_atom_fields(a) for a in r.atoms] == [_atom_fields(a) for a in phones._digit_atoms(run, bridged)]
        else:
            assert r.pieces == run
            assert (r.bridged or set()) == bridged


#: Gaps between number tokens: the bridge's separators, short and long words (bridge words, units, "²", "İ"),
#: digits, underscores and other signs.
_GAP_PIECES = st.sampled_from(
    [" ", "\t", ".", "-", "/", "*", "~", "  ", "sms", "och", "a", "ab", "abcdef", "Öl", "cm", "kr", "²", "İ", "ſ", "1",
     "_", ",", ":", "\n", "é"]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(_GAP_PIECES, max_size=12).map("".join))
@example(" sms ")
@example("./öl~")
def test_bridge_read_by_code_points_is_the_pattern(text: str) -> None:
    """``_bridge_ok`` (separators, letters, separators read by code point) says what the ``_BRIDGE`` full match and
    its word lists say, for every span of the gap text."""
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert phones._bridge_ok(text, a, b) == phone_reference.bridge_ok(text, a, b), (text[a:b], a, b)


#: Gaps around a blank line: line breaks, blanks, carriage returns, separators, signs, letters, digits.
_BLANK_LINE_PIECES = st.sampled_from(
    ["\n", "\n\n", " ", "  ", "\t", "\r", ".", "-", "_", "$", "=", "—", "\u260e", "a", "é", "7", "²"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_BLANK_LINE_PIECES, max_size=10).map("".join))
@example("\n\n")
@example(".\n \n.")
@example("\n—\n")
def test_blank_line_read_by_code_points_is_the_pattern(text: str) -> None:
    """``_blank_line_ok`` (read by code point) says what ``phone_reference.blank_line_ok``'s pattern says, for every
    span of the gap text."""
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert phones._blank_line_ok(text, a, b) == phone_reference.blank_line_ok(text, a, b), (text[a:b], a, b)


def _parsed_national_part(e164: str) -> str | None:
    """``phonenumbers.parse``'s national number of ``e164``, or None where it refuses the string."""
    import phonenumbers

    try:
        return str(phonenumbers.parse(e164, None).national_number)
    except phonenumbers.NumberParseException:
        return None


#: "+" and digits that open with country codes of each kind: none, a plain "0", "1" (NANP), "8" (Russia), a
#: pattern (Argentina, Brazil, Mexico), none (Norway, Denmark, Italy with its leading zero), unassigned ones.
_E164 = st.tuples(
    st.sampled_from(["", "0", "1", "7", "45", "46", "47", "39", "54", "55", "52", "44", "61", "99", "800", "882", "2"]),
    st.sampled_from(["", "0", "1", "8", "00", "06", "9", "15", "011", "80"]),
    st.text(alphabet="0123456789", max_size=16),
).map(lambda t: "+" + "".join(t))


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_E164, st.text(alphabet="+0123456789٣", max_size=20)))
@example("+112125551234")  # NANP: parse strips the national prefix "1"
@example("+78001234567")  # Russia's prefix "8"
@example("+390612345678")  # Italy: a leading zero, no prefix
@example("+4670123456")
@example("+460701234567")
def test_plain_national_part_is_what_phonenumbers_parses(e164: str) -> None:
    plain = phones._plain_national_part(e164)
    parsed = _parsed_national_part(e164)
    if plain is not None:
        assert plain == parsed
    assert (phones.national_part(e164) if parsed is not None else None) == parsed


@given(st.lists(st.integers(-5, 60)).map(sorted), st.integers(-10, 70))
def test_first_from_is_bisect_left(xs: list[int], x: int) -> None:
    assert phones.first_from(xs, x) == bisect.bisect_left(xs, x)


def _intl_mark_searched(text: str, start: int) -> int:
    """``_intl_mark`` as it read before the letter check: each pattern wherever its first condition holds."""
    if "+" in text[max(0, start - 3) : start] and phones._PLUS_BEFORE.search(text, max(0, start - 3), start):
        return 2
    if phones._APP_LINK_BEFORE.search(text, 0, start):
        return 2
    if start >= 5 and text[start - 1] in " \t:\n,-" and phones._plus_word().search(text, max(0, start - 8), start):
        return 1
    return 0


_PLUS_TEXT = st.lists(
    st.sampled_from(
        [
            "plus",
            "PLUS",
            "Pluss",
            "pluſ",
            "plu",
            "xplus",
            " ",
            "\t",
            ":",
            "\n",
            "+",
            "(",
            "0",
            "7",
            "a",
            "İ",
            "é",
            ",",
            "-",
            "/",
            "wa.me/",
            "WA.ME/",
            "api.whatsapp.com/send?phone=",
            "=",
            "_",
        ]
    )
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_PLUS_TEXT)
@example("ring plus 46 70, tel: pluss\n070, +46 70, PLUS\t\t0, pluſ 4")
@example("pluſ \t\n0, plus:\t\n1")
@example("plus, 4, pluss-4, +/4, wa.me/4, api.whatsapp.com/send?phone=4")
def test_intl_mark_searches_only_after_a_letter(text: str) -> None:
    """The spoken plus is searched for only where a letter ends before the gap, and finds what the search
    everywhere finds."""
    for start in range(len(text) + 1):
        assert phones._intl_mark(text, start) == _intl_mark_searched(text, start), (text, start)


@given(st.text(alphabet="0123456789 -\uff10\uff17\u20e3\n+", min_size=1, max_size=20))
def test_style_reads_fullwidth_digits(raw: str) -> None:
    atom = phones._Atom("0", 0, len(raw), True, False, False)
    fullwidth = any("\uff10" <= ch <= "\uff19" for ch in raw) and "\u20e3" not in raw
    assert (phones._style(raw, [atom], False) == "fullwidth") == fullwidth


#: A tour range's second day and its month ("23–27/10"): what ``phones._day_month_at`` reads.
_DAY_MONTH = re.compile(r"[0-9]{1,2}/[0-9]")


def _may_follow_spelled(text: str, d: int, e: int, b: int) -> bool:
    """``phones._may_follow`` as first written, with ``str`` methods: what its code-point reading must answer."""
    c = text[e]
    size = e - d
    if c == "-":
        return (
            (size <= 2 and (text.startswith(("-19", "-20"), e + 2) or text.startswith(("-19", "-20"), e + 3)))
            or (size == 4 and text.startswith(("19", "20"), d))
            or (
                size in (2, 3)
                and e + 4 < b
                and text[e + 1 : e + 3].isascii()
                and text[e + 1 : e + 3].isdecimal()
                and text[e + 3] == "-"
            )
            or (size <= 2 and _DAY_MONTH.match(text[e + 1 : b]) is not None)
            or _masked_spelled(text, d, e, b)
        )
    if c in ".,:'/-\u2026$€£%" or c.isalnum():
        return True
    if c in "\u2013\u2014":
        return (size == 4 and text.startswith(("19", "20"), d)) or (
            size <= 2 and _DAY_MONTH.match(text[e + 1 : b]) is not None
        )
    if not c.isspace() or e + 1 >= b:
        return False
    c1 = text[e + 1]
    if c1 in "$€£%:,/":
        return True
    if c1.isalnum() and not c1.isdecimal():
        k = e + 1
        while k < b and text[k].isalnum():
            k += 1
        word = text[e + 1 : k]
        if not word.isascii() or not phones._units_alnum():
            return size <= 5
        low = word.lower()
        if (size <= 4 and low in ("av", "af", "of")) or (size <= 5 and low in phones._units()):
            return True
        if not (size <= 2 and 3 <= len(word) <= 10 and word.isalpha()):
            return False
        j = k + 1 if text[k : k + 1] == "." else k
        return text[j : j + 1].isspace() and text.startswith(("19", "20"), j + 1)
    if c != " ":
        return False
    if size == 4 and text.startswith(("19", "20"), d):
        return True
    if (
        size == 3
        and "1" <= text[d] <= "9"
        and text[e + 1 : e + 3].isdecimal()
        and text[e + 3 : e + 4] == " "
        and text[e + 4 : e + 5].isalpha()
    ):
        return True
    return _masked_spelled(text, d, e, b)


def _masked_spelled(text: str, d: int, e: int, b: int) -> bool:
    window = text[e : min(b, d + 19)]
    return "..." in window or "\u2026" in window


_FOLLOW_PIECES = st.sampled_from(
    ["1", "19", "20", "2026", "111", "53", "4123", "-", "-19", "-20", " ", "\u00a0", "\x1c", "\x0b", "\u2003", ".",
     ",", ":", "'", "/", "\u2026", "...", "$", "€", "£", "%", "#", "Sthlm", "sthlm", "cm", "kg", "KR", "år", "av",
     "of", "juli", "Sep", "\u2013", "27/10", "1/1", "a", "Z", "é",
     "İ", "\u212a", "٣", "²", "½", "_", "\n", "\t", "x9", "3a"]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(_FOLLOW_PIECES, min_size=1, max_size=14).map("".join), st.integers(0, 60))
@example("20 juli 2026", 99)
@example("111 53 Sthlm", 99)
@example("11-3-2026", 99)
@example("4123 4... (vis nummer)", 99)
@example("20 ju1i 2026, 7 Ma2 1999", 99)
@example("4123 4567 8901 2345 6789...", 99)
@example("90-60-90 100-70-105 12-3-4 12-34-5", 99)
def test_the_follower_read_by_code_points_is_the_spelled_reading(text: str, cut: int) -> None:
    """``_may_follow`` reads the characters after a digit run by code point (compiled, no Python method calls):
    at every digit run start and every end inside the run's reach, its answer is the ``str`` methods' reading."""
    for d in digit_runs(text):
        e = d + 1
        while e < len(text) and decimal_at(text, e):
            e += 1
        for b in {len(text), min(len(text), cut)}:
            if e < b:
                assert phones._may_follow(text, d, e, b) == _may_follow_spelled(text, d, e, b), (text, d, e, b)


_WORDS = st.sampled_from(
    [
        "en", "to", "tre", "sex", "fyrtiofem", "femogfyrre", "seventy", "o", "i", "l", "kl", "klockan", "id", "idag",
        "ref", "annonsen", "ad", "adress", "org", "orgasm", "cvr", "moms", "vat", "vatten", "hej", "kyss", "and",
        "massage", "tjugo", "ett", "één", "ſex", "ı",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sets(_WORDS), min_size=1, max_size=6))
def test_word_classes_are_the_number_words_and_cue_words(sets: list[set[str]]) -> None:
    """``_word_classes`` (one set difference against the words known to be plain) gives what ``number_word_forms``
    and ``_cue_words`` give, ad after ad: a word is remembered as plain only when it is neither."""
    for words in sets * 2:
        forms, cues = phones._word_classes(words)
        assert forms == phones.number_word_forms(words)
        assert cues == phones._cue_words(words)
