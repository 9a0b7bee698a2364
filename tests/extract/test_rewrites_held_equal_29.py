"""Issue 14, session 29: rewrites in extraction read exactly what the code they replace read."""

from __future__ import annotations

import re

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import contacts, letters, masks, numbering, numwords, separators
from kartlegg.extract.patterns import digit_anchored, number_starts


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


#: Digits, "+", the signs and masks these patterns read, letters, blanks, a line break, a wide decimal digit.
_NUMBERY = st.text(st.sampled_from([*"0123456789+ -.*#~|xX?=()\n\tab٣", "…"]), max_size=60)


@settings(max_examples=1000, deadline=None)
@given(_NUMBERY)
@example("+ ~ 3 ~ 5 ~ 9 ~ 1 ~ 2 ~ 3 ~ 4")  # a run that opens at its "+"
@example("a+4#6#7#2#1#2#3#4")  # a "+" after a letter: no run
@example("tel 912 34 5xx (xx = 67)")
@example("ring +4790 12 3x xx")
@example("٣12 345 67xx")  # a wide digit glued before: no head
def test_runs_at_number_starts_equal_finditer(text: str) -> None:
    """``join_runs``', ``_masks``' and ``_split_masks``' patterns tried only at a "+" or a digit run's start
    (``number_starts``) find what ``finditer`` finds (mutant: the "+" left out of ``number_starts`` — fails)."""
    for rx in (separators._RUN, masks._MASKED, masks._SPLIT_MASK):
        assert _spans(digit_anchored(rx, text, number_starts(text))) == _spans(rx.finditer(text))


def _old_same() -> re.Pattern[str]:
    words = masks.numbers().same_cues
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<![^\W\d_])(?:" + body + r")(?![^\W\d_])")


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from([*masks.numbers().same_cues, "a", "s", "x", " ", "-", "7", "_", "é", "\n"]), max_size=20)
)
@example(["same"])
@example(["a", "same"])  # inside a word: no cue
@example(["7", "same"])  # after a digit: a cue
@example(["same", "s"])
def test_same_cue_pattern_equals_lookbehind_first(parts: list[str]) -> None:
    """The "same" cue pattern with its look-behind after each word's first letter finds what the pattern that
    opens with it found (mutant: the look-behind left out — fails on "asame")."""
    low = "".join(parts)
    assert [m.span() for m in masks._cues()[1].finditer(low)] == [m.span() for m in _old_same().finditer(low)]


def _glued_pieces() -> list[str]:
    ats, _ = contacts._glued_words()
    hosts = [d.lower() for d in contacts.lexicon().email_domains_common]
    return [*ats, *hosts, "a", "t", "s", "l", ".", " ", "x", "5", "dk", "com", "_"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_glued_pieces()), max_size=14))
@example(["lili", ".", "5", "at", "live", "(dot)dk"])
@example(["anna", "at", "protonmail", ".", "com"])  # a name that opens with another's
@example(["x", "alfa", "krøllalfa", "gmail"])
@example(["chat", "tuta", "nota"])
def test_glued_at_at_its_starts_equals_finditer(parts: list[str]) -> None:
    """``_glued_at`` tried only where an "at" word ends at a mail provider's name (``_glued_starts``) finds what
    ``finditer`` finds (mutant: the names kept that open another, "proton" dropped where "protonmail" opens with it —
    fails)."""
    low = "".join(parts)
    rx = contacts._glued_at()
    assert _spans(digit_anchored(rx, low, contacts._glued_starts(low))) == _spans(rx.finditer(low))


def _old_near(text: str, digits: list[int]) -> bool:
    """``letters._near`` before session 29 (a tuple per look)."""
    n = len(text)
    for d in digits:
        for k in (d - 1, d - 2):
            if k >= 0 and letters._letter_code(ord(text[k])) == 2:
                return True
        e = d
        while e < n and 48 <= ord(text[e]) <= 57:
            e += 1
        for k in (e, e + 1):
            if k < n and letters._letter_code(ord(text[k])) == 2:
                return True
    return False


@settings(max_examples=1000, deadline=None)
@given(st.text(st.sampled_from(list("0123456789 -.AbEoOlIsSgqxy٣")), max_size=30))
@example("12 34 S")
@example("S 12")
@example("12A")
def test_near_without_tuples(text: str) -> None:
    """``letters._near`` equals its tuple form (mutant: the look two after the run left out — fails)."""
    digits = [m.start() for m in re.finditer(r"\d+", text)]
    assert letters._near(text, digits) == _old_near(text, digits)


def _mobile_by_phonenumbers(e164: str) -> bool:
    kind = phonenumbers.number_type(phonenumbers.parse(e164))
    return kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


_KINDS = [getattr(phonenumbers.PhoneNumberType, k) for k in ("MOBILE", "FIXED_LINE", "TOLL_FREE", "PREMIUM_RATE",
          "VOIP", "PAGER", "UAN", "PERSONAL_NUMBER", "SHARED_COST", "VOICEMAIL", "FIXED_LINE_OR_MOBILE")]  # fmt: skip


def _example_numbers() -> list[str]:
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _KINDS:
            ex = phonenumbers.example_number_for_type(region, kind)
            if ex is not None:
                out.append(phonenumbers.format_number(ex, phonenumbers.PhoneNumberFormat.E164))
    for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        ex = phonenumbers.example_number_for_non_geo_entity(code)
        if ex is not None:
            out.append(phonenumbers.format_number(ex, phonenumbers.PhoneNumberFormat.E164))
    return sorted(set(out))


def test_mobile_number_on_every_example_number() -> None:
    """``numbering.mobile_number`` equals ``number_type`` of ``parse`` on every region's example number of every
    type (mutant: the first region of a shared code taken — fails). Two mutants pass: the eight other types not
    checked (no example number, nor 30 variants of each of its last digits, matches one of them and the mobile
    pattern), and a region whose mobile and fixed-line patterns are the same read by its mobile pattern (the same
    pattern): both steps are the library's, copied."""
    numbers = _example_numbers()
    assert len(numbers) > 1000
    for e in numbers:
        assert numbering.mobile_number(e) == _mobile_by_phonenumbers(e), e


@st.composite
def _valid_e164(draw: st.DrawFn) -> str:
    code = draw(st.sampled_from(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)))
    return f"+{code}" + draw(st.text("0123456789", min_size=4, max_size=12))


@settings(max_examples=1000, deadline=None)
@given(_valid_e164())
@example("+12025550123")
@example("+14165550123")  # CA under +1
@example("+447400123456")
@example("+4791234567")
@example("+4721234567")
def test_mobile_number_equals_number_type(e164: str) -> None:
    """On any valid number of any code (digits drawn, kept when ``parse`` finds them valid) the same answer."""
    try:
        n = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return
    if (
        not phonenumbers.is_valid_number(n)
        or phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != e164
    ):
        return
    assert numbering.mobile_number(e164) == _mobile_by_phonenumbers(e164)


def _old_segment(token: str) -> tuple[numwords.Piece, ...]:
    """``numwords._segment`` before session 29 (``startswith`` with a start, ``min`` with a key)."""
    n = len(token)
    if n > numwords.MAX_DP_TOKEN:
        return numwords._plain(token)
    by_first, _, looks = numwords._words()
    low = token.lower().translate(numwords._LETTERISE)
    best: list[tuple[float, int, tuple[numwords.Piece, ...]]] = [(0.0, 0, ())] * (n + 1)
    for i in range(n - 1, -1, -1):
        ch = token[i]
        cands: list[tuple[float, int, tuple[numwords.Piece, ...]]] = []
        if "0" <= ch <= "9":
            c, k, rest = best[i + 1]
            cands.append((c, k + 1, (numwords.Piece("d", i, i + 1, ch), *rest)))
        else:
            for w in by_first.get(low[i], ()):
                j = i + len(w.key)
                if j <= n and low.startswith(w.key, i):
                    c, k, rest = best[j]
                    cands.append((c, k + 1, (numwords.Piece(w.kind, i, j, w.value, w.weak), *rest)))
            if ch in looks:
                c, k, rest = best[i + 1]
                cands.append(
                    (c + 0.4, k + 1, (numwords.Piece("l", i, i + 1, numwords.numbers().lookalikes[ch]), *rest))
                )
            c, k, rest = best[i + 1]
            cands.append((c + 1.0, k + 1, (numwords.Piece("o", i, i + 1, ""), *rest)))
        best[i] = min(cands, key=lambda t: (t[0], t[1]))
    return numwords._tidy(token, best[0][2])


def _pieces(ps: tuple[numwords.Piece, ...]) -> list[tuple[str, int, int, str, bool]]:
    return [(p.kind, p.start, p.end, p.value, p.weak) for p in ps]


_WORD_BITS = [
    *("two", "to", "tre", "fire", "fem", "sju", "sex", "seks", "ni", "nio", "otte", "ett", "en", "null", "noll"),
    *("o", "O", "l", "I", "S", "B", "dobbel", "double", "x", "-", "4", "7", "kaks", "hat", "egy", "ноль"),
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_WORD_BITS), min_size=1, max_size=8))
@example(["fire", "fem"])
@example(["tonight", "602"])
@example(["o", "7", "O"])
def test_segment_without_method_calls(parts: list[str]) -> None:
    """``numwords._segment`` with a slice compare and a plain loop for the least candidate equals its old form: the
    same pieces, ties to the first candidate (mutant: a later equal candidate taken — fails)."""
    token = "".join(parts)
    assert _pieces(numwords._segment.__wrapped__(token)) == _pieces(_old_segment(token))


def _old_cued(text: str, start: int) -> bool:
    """``letters._cued`` before session 29 (a ``startswith`` per cue word)."""
    nl = text.rfind("\n", 0, start)
    if nl >= 0 and not text[nl + 1 : start].strip(" \t>"):
        nl = text.rfind("\n", 0, nl)
    line = text[max(nl + 1, start - letters.CUE_REACH) : start].lower()
    cues = letters._contact_words()
    for w in letters._WORD.findall(line):
        if w in cues or any(len(c) >= 4 and w.startswith(c) for c in cues):
            return True
    return False


_CUE_BITS = [*sorted(letters._contact_words())[:40], "ring", "bookings", "kontakten", "tel", "mod", "a", " ", "\n", ":"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_CUE_BITS), max_size=10), st.integers(0, 80))
@example(["bookings", " "], 9)
@example(["Modell", " "], 7)
def test_cued_with_one_startswith(parts: list[str], start: int) -> None:
    """``letters._cued`` with the long cue words as one tuple equals its old form (mutant: cue words of three
    letters taken as openings — fails on a word that opens with one)."""
    text = " ".join(parts) + " 12 34"
    start = min(start, len(text))
    assert letters._cued(text, start) == _old_cued(text, start)
