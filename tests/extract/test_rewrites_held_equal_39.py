"""Issue 14, session 39: extraction's cost cut with the same output. Each cheaper form is held to the form it replaced
(the old code is the oracle): the markup gate (``markup.may_hold``) lets through every text whose marks or hashtag
rows would be removed, the timestamp scan (``dates.stamps``) finds the same runs without a look-behind, the
remembered number types (``numbering.mobile_number``, ``mobile_only``, ``phones._fixed_line``) are the library's
answers on every call, and the mixed look-alike reading (``cyrillic._mixed_run``) swaps as ``translate`` did."""

from __future__ import annotations

import re

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import cyrillic, dates, markup, numbering, phones
from kartlegg.extract.text import swap_chars

_PIECES = [
    *"0123456789",
    " ",
    "  ",
    "\t",
    "\n",
    "<b>",
    "</b>",
    "<strong>",
    "</strong>",
    "<em class='x'>",
    "<b\n>",
    "<p>",
    "</td>",
    "<",
    ">",
    "**",
    "*",
    "__",
    "_",
    "~~",
    "#",
    " #",
    "Tlf: ",
    "Ring ",
    "ab",
    "å",
    "-",
]


def _marked() -> st.SearchStrategy[str]:
    """Texts glued from digits, blanks, tags (inline ones and others), emphasis marks, hashes and words."""
    return st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=30).map("".join)


def _whole(digits: str) -> bool:
    """A stand-in for the caller's number check: eight digits opening with 4 or 9 are one number."""
    return len(digits) == 8 and digits[0] in "49"


@settings(max_examples=1000, deadline=None)
@given(_marked())
@example("Tlf: <b>48</b> 97 <b>79</b> 82")
@example("<td>0701234567</td>")
@example("48</b>  <b>97")
@example("4<b\n class='x'>8 97 79 82")
@example("**2**1**9 8***5**1-33**77**")
@example("Ring: #4821 #9377")
@example("<p>Ring meg</p> #4821 #9377")
def test_the_markup_gate_lets_every_marked_number_through(text: str) -> None:
    """``may_hold`` is a pre-test: a text it refuses has no span to remove (``hidden_spans`` would find none)."""
    if markup.hidden_spans(text, _whole):
        assert markup.may_hold(text)
    if markup._tag_spans(text):
        assert markup._INSIDE.search(text) is not None


_OLD_STAMP_RUN = re.compile(r"(?<![0-9])[0-9]{12}(?:[0-9]{2})?(?![0-9])")


def _old_stamps(texts: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for text in texts:
        if len(text) < 12:
            continue
        for run in _OLD_STAMP_RUN.findall(text):
            if run not in out and dates.timestamp(run):
                out.append(run)
    return out


_STAMPY = st.lists(
    st.one_of(
        st.from_regex(r"20[0-9]{10}([0-9]{2})?", fullmatch=True),
        st.from_regex(r"[0-9]{1,16}", fullmatch=True),
        st.sampled_from([" ", "/", "-", "T", "a", "٣", "?ts=", "\n"]),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(st.tuples(_STAMPY, _STAMPY, _STAMPY))
@example(("https://arkiv.example/web/20260411005726/https://x.no/a/1", "Side 202604110057", "x 2026041100572612 y"))
def test_stamps_finds_what_the_look_behind_found(texts: tuple[str, str, str]) -> None:
    assert dates.stamps(texts) == _old_stamps(texts)


_NUMBERS = st.one_of(
    st.builds(
        lambda c, n: f"+{c}{n}",
        st.sampled_from(["47", "46", "45", "358", "1", "44", "39", "7", "370"]),
        st.from_regex(r"[0-9]{5,11}", fullmatch=True),
    ),
    st.sampled_from(
        [
            "+4722334455",
            "+4791234567",
            "+46812345678",
            "+46701234567",
            "+4533123456",
            "+4520123456",
            "+4557258745",
            "+390612345678",
            "+12025550143",
            "+79161234567",
            "+4779123456",
        ]
    ),
)


def _library_type(e164: str) -> int:
    try:
        return phonenumbers.number_type(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return -1


@settings(max_examples=400, deadline=None)
@given(st.lists(_NUMBERS, min_size=1, max_size=6))
def test_remembered_number_types_are_the_librarys(numbers: list[str]) -> None:
    """Asked twice (the second answer remembered), each answer is ``phonenumbers``' for a valid number."""
    types = phonenumbers.PhoneNumberType
    for _ in range(2):
        for e164 in numbers:
            kind = _library_type(e164)
            assert phones._fixed_line(e164) == (kind == types.FIXED_LINE)
            try:
                valid = phonenumbers.is_valid_number(phonenumbers.parse(e164))
            except phonenumbers.NumberParseException:
                valid = False
            if valid and phonenumbers.format_number(phonenumbers.parse(e164), 0) == e164:
                assert numbering.mobile_number(e164) == (kind in (types.MOBILE, types.FIXED_LINE_OR_MOBILE))
                assert numbering.mobile_only(e164) == (kind == types.MOBILE)


def test_the_memo_is_bounded() -> None:
    numbering._MOBILE_BITS.clear()
    for k in range(numbering._MEMO_SIZE + 10):
        numbering.mobile_number(f"+4790{k:06d}")
    assert len(numbering._MOBILE_BITS) <= numbering._MEMO_SIZE
    assert numbering.mobile_number("+4791234567")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(sorted({chr(k) for k in cyrillic._mixed_table()})),
            st.sampled_from([*"0123456789 .-/+", "Å", "ж", "💋"]),
            st.text(max_size=3),
        ),
        max_size=30,
    ).map("".join)
)
@example("O7б9-BB ZO бB")
def test_the_mixed_swap_is_translate(text: str) -> None:
    assert swap_chars(text, cyrillic._mixed_pairs()) == text.translate(cyrillic._mixed_table())


_CUE_PIECES = st.sampled_from(
    [*"ab -_:>\t\n", "e-mail", "email", "mail", "mejl", "e-post", "epost", "maila", "skriv", "write", "send", "til",
     "to", "till", " ", "x", "9", "é", "✉", "📧", "\ufe0f", "booking", "på", "on", "polargrace"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_CUE_PIECES, max_size=20).map("".join))
@example("xmail: anna på polar")
@example("e-mail: anna på polar")
@example("-mail ✉ anna på polar")
def test_the_implied_cue_matches_as_its_look_behind_form_did(low: str) -> None:
    """``contacts._cue_matches`` gives the matches the cue pattern gave with its look-behind ``(?<![\\w-])`` before
    each word alternative (session 39: the look-behind made the engine try every position of every text)."""
    from kartlegg.extract import contacts

    cue = contacts._implied_domain_rules()[1]
    old = re.compile(
        cue.pattern.replace("(?:(?:", "(?:(?<![\\w-])(?:", 1).replace("|(?:", "|(?<![\\w-])(?:", 1), cue.flags
    )
    assert old.pattern != cue.pattern
    got = [(m.start(), m.end()) for m in contacts._cue_matches(cue, low)]
    assert got == [(m.start(), m.end()) for m in old.finditer(low)]
