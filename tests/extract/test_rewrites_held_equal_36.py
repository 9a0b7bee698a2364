"""Issue 14, session 36: patterns tried only where they can open, and texts with a case trap ("ı", "İ", "ſ") read
through their caseless copy, give exactly what the code they replace gave (the old code, a ``finditer`` over the
whole field or an IGNORECASE pattern over the text itself, is each test's oracle)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import contacts, places
from kartlegg.extract.gates import abbreviation_starts
from kartlegg.extract.patterns import (
    caseless_copy,
    digit_anchored,
    letter_words,
    lower_is_caseless,
    lower_same_length,
    scan,
)

_TRAPS = "\u0130\u0131\u017f"


def _spans(ms: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]


def _with_traps(fragment: str) -> st.SearchStrategy[str]:
    """``fragment`` as written, or with its "i"s and "s"s (either case) written as case traps."""
    swapped = fragment.translate(str.maketrans({"i": "\u0131", "I": "\u0130", "s": "\u017f", "S": "\u017f"}))
    return st.sampled_from([fragment, swapped])


def _text(fragments: list[str]) -> st.SearchStrategy[str]:
    """Texts glued from ``fragments`` (some with case traps), single characters and the traps themselves."""
    piece = st.one_of(
        st.sampled_from(fragments).flatmap(_with_traps),
        st.characters(codec="utf-8"),
        st.sampled_from(list(_TRAPS)),
    )
    return st.lists(piece, max_size=40).map("".join)


# --- places: an abbreviated city tried only where it can open ---------------------------------------------------------

_ABBREV_BITS = [
    "Stvg",
    "Sthlm",
    "Kbh",
    "F-stad",
    "Kr.sand",
    "Fr.stad",
    "E-post",
    "E-mail",
    "Tr.heim",
    "Gbg",
    "Ålb",
    "Æbl",
    "Ørsta",
    "Öst-",
    "ab",
    "xStvg",
    "Stvgx",
    ".",
    "-",
    " ",
    "\n",
    "3",
    "Now in ",
    "jeg tar imot i ",
]


@settings(max_examples=800, deadline=None)
@given(_text(_ABBREV_BITS))
@example("Now in Stvg. E-post: x, Kr.sand-Sthlm and F-stad")
@example("2Stvg Ab.cde A-bcd ABcd.efg")
def test_abbreviations_tried_at_their_starts_are_finditer_s(text: str) -> None:
    """``_ABBREVIATED`` tried at ``abbreviation_starts`` finds what ``finditer`` found (the fields as ``scan`` gives
    them)."""
    prep, low, words, _digits, _alnum = scan(text)
    starts = abbreviation_starts(prep, low, words)
    rx = places._ABBREVIATED
    assert _spans(digit_anchored(rx, prep, starts)) == _spans(rx.finditer(prep))


def test_abbreviated_cities_read_as_before() -> None:
    """The user's view: "Now in Stvg." and "F-stad" are still read as their towns with the gate's starts, and
    "E-post" (which passes the gate) is no town."""
    text = "Now in Stvg. E-post: anna@example.com. Next week F-stad"
    prep, low, words, _d, _a = scan(text)
    fast = places.abbreviated_cities(prep, [], words, low)
    assert [(h.value, h.start, h.end) for h in fast] == [
        (h.value, h.start, h.end) for h in places.abbreviated_cities(prep, [])
    ]
    assert {h.value for h in fast} >= {"Stavanger", "Fredrikstad"}


# --- case traps: the caseless copy has the same IGNORECASE spans --------------------------------------------------

_CONTACT_BITS = [
    "anna",
    "iris",
    "lisa.sweet",
    "@",
    " at ",
    "(at)",
    "[at]",
    "(a)",
    "snabel-a",
    "snabel a",
    "alfakrøll",
    "at-tegn",
    "gmail",
    "hotmail",
    "outlook",
    " dot ",
    "(dot)",
    " punkt ",
    ".com",
    ".se",
    ".no",
    "Snap: ",
    "snapchat ",
    "Insta: ",
    "instagram.com/",
    "kik: ",
    "kik.me/",
    "t.me/",
    "Telegram @",
    "WhatsApp ",
    "wa.me/",
    "https://",
    "www.",
    "Signal ",
    "sms ",
    "+46 70 123 45 67",
    "0701234567",
    " ",
    "\n",
    ":",
    "_",
    "-",
]


@settings(max_examples=600, deadline=None)
@given(_text(_CONTACT_BITS))
@example("ırıs(at)gmaıl dot com, İnstagram: ıris_92, kık.me/ıris")
@example("ſnap: anna ſnabel-a hotmail.ſe")
def test_caseless_copy_keeps_ignorecase_spans(text: str) -> None:
    """The IGNORECASE patterns the trap paths ran over the text find the same spans in its caseless copy, which is
    caseless and of the same length."""
    copy = caseless_copy(text)
    assert len(copy) == len(text)
    assert lower_is_caseless(copy)
    rules = contacts._handle_regexes()
    ob = contacts._obfuscated_email()
    for rx in (ob.core_ignorecase, ob.full, rules.link_re, rules.cue_re):
        assert [m.span() for m in rx.finditer(copy)] == [m.span() for m in rx.finditer(text)]


def _window_session_35(text: str, low: str, words: set[str], at_sign: bool) -> tuple[int, int] | None:
    """``contacts._obfuscated_window`` of a text with a case trap as session 35 read it: the IGNORECASE core over the
    whole text, every "@" with it whatever ``at_sign`` says."""
    ob = contacts._obfuscated_email()
    if lower_is_caseless(text):
        return contacts._obfuscated_window(text, low, words, at_sign)
    first = last = -1
    for c in ob.core_ignorecase.finditer(text):
        if first < 0:
            first = c.start()
        last = c.end()
    if first < 0:
        return None
    return max(0, first - ob.before), min(len(text), last + ob.after)


@settings(max_examples=600, deadline=None)
@given(_text(_CONTACT_BITS), st.booleans())
@example("ırıs(at)gmaıl dot com", True)
@example("anna ſnabel-a hotmail punkt ſe", True)
@example("ıris anna@protonmail.com", False)
def test_obfuscated_window_of_a_trapped_text_is_session_35_s(text: str, at_sign: bool) -> None:
    prep, low, words, _d, _a = scan(text)
    assert contacts._obfuscated_window(prep, low, words, at_sign) == _window_session_35(prep, low, words, at_sign)


def _handles_session_35(text: str, words: set[str], low: str) -> list[tuple[str, int, int, object]]:
    """``find_handles`` of a text with a case trap as session 35 read it: its gate on the text's own words, then the
    link and cue patterns over the whole text (the path without ``words``)."""
    cues = contacts._handle_trigger()[0]
    if words.isdisjoint(cues) and not contacts._has_host(low):
        return []
    return [(h.value, h.start, h.end, h.detail) for h in contacts.find_handles(text, [], None, None)]


@settings(max_examples=600, deadline=None)
@given(_text(_CONTACT_BITS))
@example("İnstagram: ıris_92 and kık.me/ıris, ſnap: anna")
@example("Snap: lıſa.sweet Telegram @ırıs")
def test_handles_of_a_trapped_text_are_session_35_s(text: str) -> None:
    prep, low, words, _d, _a = scan(text)
    if lower_is_caseless(prep):
        return
    got = [(h.value, h.start, h.end, h.detail) for h in contacts.find_handles(prep, [], words, low)]
    old = _outcome(lambda: _handles_session_35(prep, words, low))
    if old is not KeyError:
        assert got == old


def _outcome(call: Callable[[], object]) -> object:
    """What ``call`` returns, or ``KeyError`` when it raises one: session 35 looked a link's host up as written, and
    one written with a trap ("ınſtagram.com/…") raised (now read: ``test_a_trapped_host_is_read``)."""
    try:
        return call()
    except KeyError:
        return KeyError


def test_a_trapped_handle_keeps_its_spelling() -> None:
    """The user's view: a handle written with a dotless "ı" is read as written (the copy only finds it)."""
    text = "Snap: ırıs_92"
    prep, low, words, _d, _a = scan(text)
    assert [h.value for h in contacts.find_handles(prep, [], words, low)] == ["ırıs_92"]
    assert letter_words(lower_same_length(caseless_copy(text))) >= {"snap", "iris"}


def test_a_trapped_host_is_read() -> None:
    """The user's view: a profile link whose host holds a dotless "ı" is read as its platform's handle; session 35
    raised ``KeyError`` there, which stopped the whole ``kartlegg extract`` stream at that ad."""
    text = "Snap: ınstagram.com/anna_92, ring 412 34 567"
    prep, low, words, _d, _a = scan(text)
    hits = contacts.find_handles(prep, [], words, low)
    assert ("instagram", "anna_92") in {(h.detail["platform"], h.value) for h in hits}
    assert ("instagram", "anna_92") in {(h.detail["platform"], h.value) for h in contacts.find_handles(prep, [])}
