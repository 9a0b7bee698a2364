"""Issue 14, session 41: rewrites in extraction for speed give exactly what the code they replace gave (the old code
or pattern is each test's oracle): patterns that open with one character class instead of a repeat or a
look-behind, an alternation grouped by its alternatives' first characters, and one encoding of a field kept for its
next reader."""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import blocks, contacts, letters, patterns

#: Session 40's patterns, before their first character was written apart.
_OLD_GROUP_RUN = re.compile(r"(?<![dlx])(?<![dlx]=)[dl]{1,4}(?:[-=][dl]{1,4}){2,5}(?!=?[dlx])")
_OLD_HEX_ID = re.compile(r"[0-9A-Fa-f]{4}(?:[0-9A-Fa-f]{4,}|(?:[ :\-][0-9A-Fa-f]{4}){3,}(?![0-9A-Za-z]))")


def _opens_with_class(rx: re.Pattern[str]) -> bool:
    """Does ``re`` skip to the characters that can open a match (a literal or a character-class prefix)?"""
    parsed = _parser.parse(rx.pattern, rx.flags)
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, parsed.state.flags)
    return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, parsed.state.flags))


def _spans(rx: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, pos, endpos)]


def test_rewritten_patterns_open_with_a_class() -> None:
    assert _opens_with_class(letters._GROUP_RUN)
    assert _opens_with_class(blocks._HEX_ID)
    assert not _opens_with_class(_OLD_GROUP_RUN)
    assert not _opens_with_class(_OLD_HEX_ID)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="dlx-=|", max_size=60), pos=st.integers(0, 60), span=st.integers(0, 60))
@example(text="dd-dd-dd-dd", pos=0, span=60)
@example(text="xd-dd-dd-dd", pos=1, span=60)
@example(text="d=dd-dd-dd-dd", pos=2, span=60)
@example(text="dd-ld-dd-dl-", pos=0, span=11)
def test_group_run_finds_what_the_old_pattern_found(text: str, pos: int, span: int) -> None:
    end = min(len(text), pos + span)
    assert _spans(letters._GROUP_RUN, text, pos, end) == _spans(_OLD_GROUP_RUN, text, pos, end)
    assert [m.span() for m in [letters._GROUP_RUN.search(text, pos, end)] if m] == [
        m.span() for m in [_OLD_GROUP_RUN.search(text, pos, end)] if m
    ]


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="0a9fFgG :-x#", max_size=80), pos=st.integers(0, 80), span=st.integers(0, 80))
@example(text="F8E6 AE0E 70BA 7586 4633", pos=0, span=80)
@example(text="sig 3c93720703b4bb57", pos=2, span=80)
@example(text="0a0a0a0a0a0a0a0g", pos=0, span=80)
def test_hex_id_finds_what_the_old_pattern_found(text: str, pos: int, span: int) -> None:
    end = min(len(text), pos + span)
    assert _spans(blocks._HEX_ID, text, pos, end) == _spans(_OLD_HEX_ID, text, pos, end)


def test_opening_literal() -> None:
    assert patterns._opening_literal("\\(at\\)") == "\\("
    assert patterns._opening_literal("a(?<!\\wa)t\\b") == "a"
    assert patterns._opening_literal("@") == "@"
    assert patterns._opening_literal("ø[ \\t]?") == "ø"
    assert patterns._opening_literal("\\w+") == ""
    assert patterns._opening_literal("[ab]") == ""
    assert patterns._opening_literal("(?:a)") == ""
    assert patterns._opening_literal("a?b") == ""
    assert patterns._opening_literal("\\(?x") == ""
    assert patterns._opening_literal("") == ""


def test_grouped_alternation_golden() -> None:
    alts = ["\\([ \\t]?at[ \\t]?\\)", "a(?<!\\wa)t\\b", "\\([ \\t]?a[ \\t]?\\)", "@"]
    assert patterns.grouped_alternation(alts) == "\\([ \\t]?(?:at[ \\t]?\\)|a[ \\t]?\\))|a(?<!\\wa)t\\b|@"
    # an alternative that opens with a class keeps the plain alternation (its place in the order matters)
    assert patterns.grouped_alternation(["a", "[ab]c", "ab"]) == "a|[ab]c|ab"
    # an optional blank before a blank is not written once
    assert patterns.grouped_alternation(["<[ \\t]?[ \\t]x", "<[ \\t]?y"]) == "<(?:[ \\t]?[ \\t]x|[ \\t]?y)"


#: Spellings of the kind ``contacts`` writes for "at" and "dot": words, bracketed words, words with a blank inside.
_SPELLINGS = st.lists(
    st.text(alphabet="ats-@ ", min_size=1, max_size=5).map(lambda w: w.strip()).filter(bool), max_size=8
)


@settings(max_examples=400, deadline=None)
@given(
    words=_SPELLINGS,
    brackets=st.lists(st.sampled_from("([{<"), max_size=3),
    text=st.text("ats-@ ([{<>)]}\t", max_size=40),
)
@example(words=["at", "a"], brackets=["("], text="x ( at ) y (a) a t")
@example(words=["at"], brackets=["<", "("], text="<at> < at>(at )")
def test_grouped_alternation_matches_what_the_plain_one_matches(
    words: list[str], brackets: list[str], text: str
) -> None:
    spelled = [*words, *(b + w + contacts._OPENING[b] for b in brackets for w in words if w.replace(" ", "").isalpha())]
    alts = [p for _w, p in contacts._alternatives(spelled)] + ["@"]
    plain = re.compile("(?:" + "|".join(alts) + ")x?")
    grouped = re.compile("(?:" + patterns.grouped_alternation(alts) + ")x?")
    for p in range(len(text) + 1):
        a, b = plain.match(text, p), grouped.match(text, p)
        assert (a and a.span()) == (b and b.span())
    assert _spans(plain, text, 0, len(text)) == _spans(grouped, text, 0, len(text))


def test_core_pattern_is_grouped_and_finds_the_same_cores() -> None:
    ob = contacts._obfuscated_email()
    plain = re.compile(r"(?:" + "|".join(p for _w, p in ob.at_parts) + r"|@)" + ob.core_tail)
    text = "skriv til anna (at) gmail punkt com, <b>lisa [snabel-a] live.se</b> eller kari@ yahoo.no at home"
    assert _spans(ob.core, text, 0, len(text)) == _spans(plain, text, 0, len(text))
    rx = contacts._core_for(ob, {"snabel", "at"}, True)
    assert _spans(rx, text, 0, len(text)) == _spans(plain, text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="0129 a-\u2014\u0663\u00e6x?", max_size=40))
@example(text="12 \u0663 4")
@example(text="")
def test_digit_runs_kept_are_the_runs_and_each_caller_gets_its_own(text: str) -> None:
    expected = [m.start() for m in re.finditer(r"\d+", text)]
    first = patterns.digit_runs(text)
    assert first == expected
    first.append(10**6)  # ``number_starts`` adds to the list it gets
    assert patterns.digit_runs(text) == expected
    assert patterns.latin1(text) == text.encode("latin-1", "replace")
    other = text + "7"
    assert patterns.digit_runs(other) == [m.start() for m in re.finditer(r"\d+", other)]
    assert patterns.latin1(text) == text.encode("latin-1", "replace")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="0129 aB-\u2014\u00e6x?\u263a", max_size=40))
def test_scan_digit_runs_agree_with_digit_runs_in_either_order(text: str) -> None:
    prep, _low, _words, starts, _cls = patterns.scan(text)
    assert starts == [m.start() for m in re.finditer(r"\d+", prep)]
    assert patterns.digit_runs(prep) == starts
    again = patterns.scan(text)[3]
    assert again == starts and again is not starts
