"""The shortcuts in the contact scanners find exactly what the plain patterns find, on hostile text too."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract.contacts import (
    _EMAIL,
    _LOOKALIKES,
    _at_positions,
    _core_for,
    _core_span,
    _core_starts,
    _cue_for,
    _handle_regexes,
    _handle_trigger,
    _has_host,
    _local_starts,
    _next_cue,
    _obfuscated_email,
    _obfuscated_hits,
    _obfuscated_matches,
    _present_aliases,
    _unmix_lookalikes,
    find_emails,
)
from kartlegg.extract.patterns import letter_words, lower_is_caseless, lower_same_length, scan

# pieces of addresses and handle cues in both cases, the case traps ("İ", "ı", "ſ"), blanks and long runs
PIECES = st.sampled_from(
    [
        "anna", "ANNA", "at", "AT", " at ", "(at)", "[AT]", "(a)", "@", "(snabel-a)", "(alfakrøll)", "gmail",
        "dot", " DOT ", "(dot)", "[.]", "punkt", ".", "com", "se", "that", " ", "\t", "\n", "-", "_", "1", "x",
        "snabel-a", "snabel a", "Krøllalfa", "alfakroll", "punktum", "prikk", "[prik]", "cat", "dotnet", " @ ",
        "İ", "ı", "ſ", "ä", "a" * 70, "snap", "Snapchat", "WhatsApp", "whats app", "kik", "telegram", "ig", ":",
        "me", "på", "lisa.sweet", "wa.me/", "T.ME/", "https://", "www.", "whats", " app", "we", "chat", "Only",
        "fans", "X", "sc", "SC:", "wapp", "insta", "tg", "viber", "Signal", "2", "é", "\u0430", "\u03bf", "\ufe6b",
        "\u3002", "\r\n", "( at )", "[ dot ]",
    ]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_obfuscated_addresses_are_found_only_where_their_core_is(text: str) -> None:
    full = [m.span() for m in _obfuscated_email().full.finditer(text)]
    assert [m.span() for m in _obfuscated_matches(text, None)] == full
    low = lower_same_length(text)
    assert [m.span() for m in _obfuscated_matches(text, low)] == full
    # with the text's words, only the spellings whose first word is among them are scanned for: the same matches
    assert [m.span() for m in _obfuscated_matches(text, low, letter_words(low))] == full


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_cues_found_in_lower_cased_text_are_the_cues_of_the_text(text: str) -> None:
    rules = _handle_regexes()
    low = lower_same_length(text) if lower_is_caseless(text) else None
    # the subset of the aliases whose key words the text has (None: none can match, so no cue is found)
    subset = _cue_for(rules, letter_words(low)) if low is not None else None
    pos = 0
    while (m := rules.cue_re.search(text, pos)) is not None:
        fast = _next_cue(rules, text, low, pos)
        assert fast is not None
        assert [fast.span(g) for g in range(5)] == [m.span(g) for g in range(5)]
        if low is not None:
            assert subset is not None
            cut = _next_cue(rules, text, low, pos, subset)
            assert cut is not None and [cut.span(g) for g in range(5)] == [m.span(g) for g in range(5)]
        pos = m.end(1)
    assert _next_cue(rules, text, low, pos) is None
    assert subset is None or _next_cue(rules, text, low, pos, subset) is None


@settings(max_examples=500, deadline=None)
@given(TEXT)
@example("Snapchat WhatsApp whats app kik telegram ig insta tg viber Signal sc wapp only fans chat")
def test_the_aliases_a_text_can_hold_are_looked_up_by_its_words(text: str) -> None:
    """The aliases found from the text's key words are those whose key words the text has, alias by alias."""
    rules = _handle_regexes()
    words = letter_words(lower_same_length(text))
    want = frozenset(a for a, ks in rules.alias_keys.items() if not words.isdisjoint(ks))
    assert _present_aliases(rules, words) == want


@settings(max_examples=500, deadline=None)
@given(TEXT)
@example("x" * 70 + "@gmail.com, " + "y" * 64 + "@a.se " + "z" * 65 + "@b.no")  # the local part's 64 characters
@example("anna@gmail.com@gmail.com a@b.se.@c.dk x@-.se @y.se")  # an "@" right after a match, or inside its reach
def test_plain_addresses_are_all_found_around_the_at_signs(text: str) -> None:
    found = [(h.start, h.value) for h in find_emails(text, set()) if not h.detail]
    # Cyrillic and Greek look-alikes inside a Latin word are read as the Latin letters they imitate
    unmixed = _unmix_lookalikes(text)
    assert len(unmixed) == len(text)
    assert found == [(m.start(), m.group().strip(".").lower()) for m in _EMAIL.finditer(unmixed)]


def test_every_look_alike_is_a_letter_above_latin1() -> None:
    """What ``find_emails(wide_letters=False)`` relies on: a text with no letter or digit above U+00FF has no
    look-alike to read as Latin."""
    assert _LOOKALIKES
    assert all(c > 0xFF and chr(c).isalnum() for c in _LOOKALIKES)


@settings(max_examples=500, deadline=None)
@given(TEXT)
@example("\u0430nna@gmail.com, \u03bfla (at) gmail dot com")
def test_addresses_read_without_the_look_alike_pass_where_scan_saw_no_wide_letter(text: str) -> None:
    """Where ``scan`` gives a class string (no letter or digit above U+00FF), the look-alike pass changes nothing
    and skipping it finds the same addresses."""
    prep, low, words, _digits, alnum = scan(text)
    if alnum is None:
        return
    assert _unmix_lookalikes(prep) is prep
    assert find_emails(prep, words, low, wide_letters=False) == find_emails(prep, words, low)


@settings(max_examples=500, deadline=None)
@given(TEXT)
@example("wa.me/4670 t.me/x api.whatsapp.com x.com kik.me anna@gmail.com signal.me/#p")
def test_link_hosts_are_found_under_their_endings_as_one_by_one(text: str) -> None:
    """A text holds a link host exactly when the host-by-host substring test finds one."""
    for low in (lower_same_length(text), text):
        assert _has_host(low) == any(h in low for h in _handle_trigger()[1])


@settings(max_examples=500, deadline=None)
@given(TEXT)
@example("anna at gmail dot com, that cat (at) x.se [snabel-a] y.no _at z.dk <at> w.com a@b.se")
def test_the_core_is_tried_only_where_it_can_start(text: str) -> None:
    """The first and last core found by trying the core pattern where a bracket, an "@" or a spelling's first word
    starts are those of the pattern run over the whole lower-cased text."""
    if not lower_is_caseless(text):
        return
    low = lower_same_length(text)
    words = letter_words(low)
    ob = _obfuscated_email()
    for at_sign in (True, False):
        core = _core_for(ob, words, at_sign)
        spans = [m.span() for m in core.finditer(low)]
        want = (spans[0][0], spans[-1][1]) if spans else None
        assert _core_span(low, core, _core_starts(ob, low, words, at_sign)) == want


@settings(max_examples=500, deadline=None)
@given(TEXT)
@example("a" * 70 + " at gmail dot com, me at anna(at)gmx.com" + " x" * 300 + " b at c.se")
@example("write to anna@gmail dot com")
@example("kari-anna at gmail dot com, x.y-z (at) hotmail dot com, _a-b@c dot se, ö-ab at gmail dot com")
@example("a" * 70 + "-b at gmail dot com, " + "c" * 63 + "   \r\n (at) yahoo dot no")
@example("b" * 64 + "   \r\n   (at) gmail dot com")
def test_every_obfuscated_match_has_its_at_where_the_search_skips_to(text: str) -> None:
    """Every match of the pattern, from any start, has its "at" among ``_at_positions`` within ``ob.before`` of its
    start, and starts at one of ``_local_starts``: where ``_obfuscated_hits`` tries the pattern."""
    if not lower_is_caseless(text):
        assert _at_positions(text, lower_same_length(text), set(), _obfuscated_email(), True) is None
        return
    low = lower_same_length(text)
    ob = _obfuscated_email()
    for at_sign in (True, False):
        ats = _at_positions(text, low, letter_words(low), ob, at_sign)
        assert ats is not None
        for s in range(len(text)):
            m = ob.full.match(text, s)
            if m is not None:
                assert any(s <= a <= s + ob.before for a in ats), (s, m.group(), at_sign)
                assert s in _local_starts(low, ats), (s, m.group(), at_sign)


@settings(max_examples=500, deadline=None)
@given(TEXT, st.integers(0, 400), st.integers(0, 800), st.lists(st.tuples(st.integers(0, 400), st.integers(1, 30))))
@example("me at anna(at)gmx.com and kari at gmail dot com", 0, 60, [])
@example("write to anna@gmail dot com", 0, 400, [])
@example("me at kari-anna at gmail dot com, x.y-z (at) hotmail dot com", 0, 400, [])
@example("x " + "b" * 64 + "   \r\n   (at) gmail dot com", 0, 400, [])
def test_obfuscated_candidates_are_read_as_a_search_of_the_whole_window_reads_them(
    text: str, lo: int, size: int, spans: list[tuple[int, int]]
) -> None:
    """``_obfuscated_hits`` with the skips reads the same addresses as with the whole window searched, over any
    window and any spans already read."""
    if not lower_is_caseless(text):
        return
    low = lower_same_length(text)
    ob = _obfuscated_email()
    window = (min(lo, len(text)), min(len(text), lo + size))
    taken = [(s, s + n) for s, n in spans]
    whole = _obfuscated_hits(text, low, ob, window, None, list(taken))
    for at_sign in (True, False):
        fast = _obfuscated_hits(
            text, low, ob, window, _at_positions(text, low, letter_words(low), ob, at_sign), list(taken)
        )
        assert [(h.value, h.start, h.end) for h in fast] == [(h.value, h.start, h.end) for h in whole]
