"""Issue 14, session 31: rewrites in extraction read exactly what the code they replace read (the old code is each
test's oracle)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import furniture, order
from kartlegg.extract.lexicon import numbers
from kartlegg.extract.patterns import ascii_digits, digit_anchored, digit_runs, phrase_starts

#: Pieces of a field the halves pattern reads: its first words (whole, inside longer words, in capitals), what may
#: stand before them ("+", "00", "plus", "pluss"), words for the rest, the verbs, digits with blanks, dots and
#: dashes, a unit after a part, blanks, a line break and letters that glue onto a word.
_HALVES_BITS = [
    "first",
    "første del",
    "de første sifrene",
    "the first part",
    "början",
    "start",
    "starts with",
    "först",
    "de",
    "the",
    "+",
    "00",
    "plus",
    "pluss",
    "then",
    "og så",
    "resten",
    "slut",
    "end",
    "er",
    "är",
    ":",
    "kr",
    "4123",
    "0730",
    "512686",
    "4",
    "9",
    "-",
    ".",
    ",",
    "…",
    " ",
    " ",
    "\t",
    "\n",
    "x",
    "_",
    "é",
    "baklengs",
    "backwards",
    "i omvendt rekkefølge",
    "in reverse",
    "i",
    "in",
    "(",
    "7654",
    "3214",
    "٣",
    "²",
]


def _mobile(digits: str) -> bool:
    """A stand-in for the ad's mobile check: 8 to 12 digits after the code's "+" or "00"."""
    return 8 <= len(digits.removeprefix("+").removeprefix("00")) <= 12


def _old_read_order(text: str, low: str, words: set[str]) -> str | None:
    """Session 30's ``read_order``: the halves pattern's ``finditer`` over the whole field."""
    back, halves, back_words, first_words = order._patterns()
    edits: list[tuple[int, int, str]] = []
    if back is not None and not words.isdisjoint(back_words):
        for m in back.finditer(low):
            group = "before" if m.group("before") is not None else "after"
            s, e = m.span(group)
            turned = text[s:e][::-1]
            if _mobile(ascii_digits(turned)):
                edits.append((s, e, turned))
    if halves is not None and not words.isdisjoint(first_words):
        for m in halves.finditer(low):
            joined = ascii_digits(m.group("a")) + ascii_digits(m.group("b"))
            if not order.MIN_JOINED <= len(joined) <= order.MAX_JOINED:
                continue
            pre = m.group("pre")
            number = ("00" if pre == "00" else "+" if pre else "") + joined
            if any(s < m.end() and m.start() < e for s, e, _ in edits) or order._amount_after(low, m.end("a")):
                continue
            if order._amount_after(low, m.end()) or not _mobile(number):
                continue
            edits.append((m.start(), m.end(), number.ljust(m.end() - m.start())))
    # session 36: two groups with a connective alone between them ("4123 then 512686"; its own tests)
    edits.extend(order._between_edits(low, words, _mobile, edits))
    if not edits:
        return None
    edits.sort()
    out: list[str] = []
    last = 0
    for s, e, new in edits:
        if s < last:
            continue
        out.append(text[last:s])
        out.append(new)
        last = e
    out.append(text[last:])
    return "".join(out)


def _words(low: str) -> set[str]:
    return set("".join(c if c.isalpha() else " " for c in low).split())


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_HALVES_BITS), max_size=20))
@example(["første del", " ", "4123", " ", "og så", " ", "0730"])
@example(["plus", " ", "first", " ", "4123", " ", "then", " ", "512686"])
@example(["pluss", " ", "først", " ", "4123", " ", "og så", " ", "512686"])
@example(["00", "first", " ", "0730", ",", " ", "end", " ", "512686"])
@example(["+", "first", " ", "4123", " ", "then", " ", "512686", " ", "kr"])
@example(["x", "first", " ", "4123", " ", "then", " ", "512686"])  # inside a word: no first word
@example(["baklengs", ":", " ", "7654", " ", "3214"])
@example(["7654", "3214", " ", "(", "backwards"])
@example(["i omvendt rekkefølge", " ", "7654", "3214"])
@example(["x", "7654", "3214", " ", "backwards"])  # glued to a word: no run
@example(["in reverse", " ", "٣", "7654", "3214"])
def test_halves_found_from_the_first_words(parts: list[str]) -> None:
    """The halves pattern tried only at its first words' occurrences (and the "+", "00", "plus" before them) finds
    what ``finditer`` over the whole field finds, the backwards pattern tried at its cues' and the digit runs'
    starts too, and ``read_order`` rewrites what it rewrote (mutants: "pluss " left out of the reach,
    ``order._PRE_REACH`` 5 — fails on "pluss først ..."; the digit runs left out of the backwards starts — fails on
    "76543214 (backwards)")."""
    text = "".join(parts)
    for t in (text, text.upper()):
        low = t.lower()
        _back, halves, _bw, _fw = order._patterns()
        assert halves is not None
        heads = order._heads(numbers().halves_first)
        assert heads is not None
        starts = phrase_starts(low, heads, order._PRE_LEAD, order._PRE_REACH)
        assert [(m.span(), m.groupdict()) for m in digit_anchored(halves, low, starts)] == [
            (m.span(), m.groupdict()) for m in halves.finditer(low)
        ]
        back = _back
        assert back is not None
        cue_heads = order._heads(numbers().backwards_cues)
        assert cue_heads is not None
        back_starts = sorted({*phrase_starts(low, cue_heads, "", 0), *digit_runs(low)})
        assert [(m.span(), m.groupdict()) for m in digit_anchored(back, low, back_starts)] == [
            (m.span(), m.groupdict()) for m in back.finditer(low)
        ]
        words = _words(low)
        assert order.read_order(t, low, words, _mobile) == _old_read_order(t, low, words)


def test_halves_pattern_opens_as_the_gate_assumes() -> None:
    """``phrase_starts`` is told the halves pattern's openings: a first word of ``halves_first``, or "+", "00",
    "plus", "pluss" and a blank before it. A rule author who changes either changes ``order._PRE_LEAD`` and
    ``_PRE_REACH`` (or ``_heads``) with it; this test says so."""
    _back, halves, _bw, _fw = order._patterns()
    assert halves is not None
    assert halves.pattern.startswith(r"(?:(?<![\w+])(?P<pre>\+|00|pluss|plus)[ \t]?|(?<![^\W\d_]))(?:")
    heads = order._heads(numbers().halves_first)
    assert heads is not None
    for phrase in numbers().halves_first:
        assert any(phrase.lower().startswith(h) for h in heads)


def test_heads_drop_the_words_another_begins() -> None:
    """One search finds "først" and "første": the longer head is dropped; a phrase without a word turns the gate
    off (its empty alternative matches anywhere)."""
    assert order._heads(("først", "første del", "de første", "first")) == ("de", "first", "først")
    assert order._heads(("first", " ")) is None


def test_a_number_in_two_halves_is_still_joined() -> None:
    """Golden cases in three languages: the halves are joined through the gate."""
    for text, want in [
        ("Ring: første del 4123 og så 4567", "4123 4567"),
        ("de första siffrorna är 0730, resten 512686", "0730512686"),
        ("start 4123, end 4567 xoxo", "4123 4567"),
    ]:
        low = text.lower()
        got = order.read_order(text, low, _words(low), lambda d: len(d) in (8, 10))
        assert got is not None and got.replace(" ", "").find(want.replace(" ", "")) >= 0, (text, got)


def _old_phrases(seg: str, phrases: frozenset[str]) -> list[tuple[int, int]]:
    """Session 30's ``furniture._phrases``: every run of up to four words joined and looked up."""
    words = [(w.group().lower(), w.start(), w.end()) for w in furniture._LINE_WORDS.finditer(seg)]
    out: list[tuple[int, int]] = []
    n = len(words)
    for i in range(n):
        for k in range(min(4, n - i), 0, -1):
            if " ".join(w for w, _s, _e in words[i : i + k]) in phrases:
                out.append((words[i][1], words[i + k - 1][2]))
                break
    return out


#: Words of the service labels and the person's own words (whole, split, in capitals), with blanks, punctuation,
#: an apostrophe, a digit and a line break between them.
_PHRASE_BITS = [
    "customer",
    "Customer",
    "service",
    "support",
    "help",
    "desk",
    "trenger",
    "du",
    "hjelp",
    "behöver",
    "hjälp",
    "i",
    "I",
    "am",
    "i'm",
    "I'M",
    "my",
    "jeg",
    "mig",
    "a",
    "b",
    "c",
    "d",
    "x",
    "y",
    " ",
    " ",
    "  ",
    "?",
    ":",
    "'",
    "7",
    "_",
    "\n",
]
_OWN = furniture._words("own_words")
_LABELS = furniture._words("site_line_labels")


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_BITS), max_size=24), st.sampled_from(["own", "labels", "made"]))
@example(["customer", " ", "service"], "labels")
@example(["behöver", " ", "du", " ", "hjälp", "?"], "labels")
@example(["help", " ", "desk"], "labels")
@example(["I", " ", "am"], "own")
@example(["i'm"], "own")
@example(["a", " ", "b", " ", "c", " ", "d"], "made")
def test_phrases_joined_only_where_one_opens(parts: list[str], kind: str) -> None:
    """``furniture._phrases`` by its table of first words finds the phrases the joins of every run found, longest
    first, and ``_own_words`` (memoised) answers as the person's own words there (mutants: the table's sizes
    shortest first — fails on "help desk", read as "help"; the memo asked for the service labels — fails on "my")."""
    phrases = {"own": _OWN, "labels": _LABELS, "made": frozenset({"a", "a b", "a b c d", "b c", "x  y", ""})}[kind]
    seg = "".join(parts)
    assert furniture._phrases(seg, phrases) == _old_phrases(seg, phrases)
    for _again in range(2):  # the memo's first answer and its kept one
        assert furniture._own_words(seg) == bool(_old_phrases(seg, _OWN))
