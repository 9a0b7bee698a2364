"""Regex builders shared by the selector modules.

Word lists become trie-shaped alternations (``t(?:wo|hree|en)``) so the regex engine rejects a position
after one character instead of trying every word; every pattern built here is free of nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from kartlegg.extract import startcache
from kartlegg.extract.text import MAX_FIELD_CHARS, fold_table, prepare


def _trie(words: Iterable[str]) -> dict[str, dict[str, object]]:
    root: dict[str, dict[str, object]] = {}
    for w in words:
        node: dict[str, object] = root  # type: ignore[assignment]
        for ch in w:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}
    return root


#: ``re.escape`` of each character it changes: it escapes only ASCII characters (its table is of bytes), so every
#: other character is its own escape (tests/extract/test_rewrites_held_equal.py compares every code point).
_ESCAPED: Final[dict[str, str]] = {c: re.escape(c) for c in map(chr, range(128)) if re.escape(c) != c}


def _escape_char(ch: str) -> str:
    """``re.escape`` of one character, by a dict look-up (``re.escape`` is interpreted Python: a call, an
    attribute and a ``str.translate`` for each trie node, ~2 k instructions)."""
    return _ESCAPED.get(ch, ch)


def _emit(node: dict[str, object]) -> str:
    alts: list[str] = []
    optional = False
    for ch in sorted(node):
        if ch == "":
            optional = True
            continue
        sub = node[ch]
        assert isinstance(sub, dict)
        alts.append(_escape_char(ch) + _emit(sub))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


def trie_pattern(words: Iterable[str]) -> str:
    """One alternation matching any of ``words`` (longest first by construction of the trie). ``words``: extraction's
    own data (a lexicon's words), never an ad's: the alternation is kept across runs by its words
    (``startcache.kept_trie``; building it cost ~0.1 G instructions at every start)."""
    uniq = sorted({w for w in words if w})
    if not uniq:
        return "(?!)"
    return startcache.kept_trie(uniq, _trie_alternation)


def _trie_alternation(uniq: list[str]) -> str:
    """The alternation of sorted, unique, non-empty ``uniq``: ``trie_pattern`` without the start cache."""
    return _emit(_trie(uniq))  # type: ignore[arg-type]


#: A regex's characters that are no literal of their own (``grouped_alternation``).
_SPECIAL: Final = frozenset(".^$*+?{}[]\\|()")
#: The optional blank a bracketed spelling may have inside its bracket ("( at )": ``contacts``).
_OPTIONAL_BLANK: Final = "[ \\t]?"


def _opening_literal(alternative: str) -> str:
    """The regex text of the one literal character ``alternative`` opens with ("\\(", "a", "@"), or "" when it opens
    with anything else (a class, a group, a repeat, an escape such as "\\w")."""
    if not alternative:
        return ""
    c = alternative[0]
    if c == "\\":
        if len(alternative) < 2 or alternative[1].isalnum():
            return ""  # "\\w", "\\b", "\\1": no literal
        lit = alternative[:2]
    elif c in _SPECIAL:
        return ""
    else:
        lit = c
    if alternative[len(lit) : len(lit) + 1] in ("*", "+", "?", "{"):
        return ""  # the character repeated or optional ("a?"): not one literal
    return lit


def grouped_alternation(alternatives: Sequence[str]) -> str:
    """``"|".join(alternatives)`` with the alternatives that open with the same literal character written after it
    once ("a(?:t\\b|lfa\\b)|\\((?:...)"), and, inside a group, the optional blank that each one's next character
    follows (``[ \\t]?``, a bracketed spelling's) written once too; the same matches in a pattern compiled without
    IGNORECASE. The engine tries an alternation's alternatives one by one at every position it is asked: ~150
    spellings of "at" cost ~5-9 k instructions at each "<" of an HTML page when each is tried in turn; grouped, it
    skips the groups whose character is not there and, in its group, each alternative at its first letter.

    Exact because two alternatives that open with different literal characters never match at one position (a
    group keeps its alternatives' order, so the one the plain alternation takes first is still taken first), and
    because ``[ \\t]?`` followed by a character that is no blank takes the blank when there is one whichever
    alternative follows (with a blank there, the empty choice fails in every alternative alike). When an
    alternative opens with anything but a literal (a class, a group), the plain alternation is returned: its
    place in the order could not be kept."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        lit = _opening_literal(alt)
        if not lit:
            return "|".join(alternatives)
        groups.setdefault(lit, []).append(alt[len(lit) :])
    out: list[str] = []
    for lit, rests in groups.items():
        if len(rests) == 1:
            out.append(lit + rests[0])
            continue
        blank = ""
        if all(r.startswith(_OPTIONAL_BLANK) for r in rests):
            after = [_opening_literal(r[len(_OPTIONAL_BLANK) :]) for r in rests]
            if all(a and a not in (" ", "\t", "\\ ") for a in after):
                blank = _OPTIONAL_BLANK
                rests = [r[len(_OPTIONAL_BLANK) :] for r in rests]
        out.append(lit + blank + "(?:" + "|".join(rests) + ")")
    return "|".join(out)


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, equal lengths in code-point order: an alternation built from a set the same in
    every process (``sorted(key=len)`` kept the set's order, which the hash seed sets, so the regex cache of
    extract/startcache.py missed at every start)."""
    return sorted(words, key=lambda w: (-len(w), w))


def phrase_regex(phrases: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Whole-word match of any phrase; spaces inside a phrase match one run of blanks or a hyphen."""
    parts = {p.strip().lower() for p in phrases if p.strip()}
    pat = trie_pattern(parts)
    # the trie escapes spaces as "\ "; let them match a short blank run (bounded, no nesting)
    pat = pat.replace("\\ ", r"[ \t\-]{1,3}")
    return re.compile(r"(?<!\w)(?:" + pat + r")(?!\w)", flags)


def lower_same_length(text: str) -> str:
    """Lower-case text with the same length as ``text`` (so offsets carry over); rare characters whose
    lower-case form is longer ("İ") are kept as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


#: The only characters that IGNORECASE matching reads as one of the letters our patterns spell while their lower-case
#: form is not that letter: "İ" and "ı" match "i", "ſ" matches "s" (tests/extract/test_patterns.py checks every code
#: point). Lower-casing keeps every other character's class (word, digit, blank).
_CASE_TRAPS: Final = ("\u0130", "\u0131", "\u017f")


def lower_is_caseless(text: str) -> bool:
    """Does a lower-case pattern without IGNORECASE, run over ``lower_same_length(text)``, find exactly the spans the
    same pattern with IGNORECASE finds in ``text``? Yes unless the text holds one of the few case traps.

    Worth it: IGNORECASE folds every character it compares, and it turns off the engine's fast skip to the
    characters that can start a match (a pattern that opens with letters then tries every position)."""
    return _CASE_TRAPS[0] not in text and _CASE_TRAPS[1] not in text and _CASE_TRAPS[2] not in text


#: Each case trap as the letter IGNORECASE reads it (``caseless_copy``).
_TRAP_FOLD: Final = {0x130: "i", 0x131: "i", 0x17F: "s"}


def caseless_copy(text: str) -> str:
    """``text`` with each case trap written as the letter IGNORECASE reads it ("ı" and "İ" as "i", "ſ" as "s"): the
    same length, and a pattern with IGNORECASE (and no back-reference) finds the same spans in both; the copy is
    caseless (``lower_is_caseless``), so a lower-case pattern over its ``lower_same_length`` finds them too. Where
    only spans are read, a text with a trap need not be searched with IGNORECASE at every character.

    ``str.replace`` once per trap, not ``str.translate(_TRAP_FOLD)``: translate looks every character of a text
    above ASCII up in the dict and raises and clears a ``KeyError`` for each one the table lacks (~300 k
    instructions a 700-character field; blind14's 233 trapped fields of 1,500 ads cost 75 M, session 37)."""
    if lower_is_caseless(text):
        return text
    return text.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def search_word_start(rx: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    r"""``rx.search(text, pos)`` as if ``rx`` opened with ``(?<![^\W_])``: a candidate right after a letter or
    digit is passed over and the search goes on from its next character. Leaving the look-behind out of the
    pattern lets the engine skip straight to the characters that can start a match."""
    while (m := rx.search(text, pos)) is not None:
        s = m.start()
        if not s or not text[s - 1].isalnum():
            return m
        pos = s + 1
    return None


def find_starts(text: str, signs: Iterable[str], low: str, words: Iterable[str]) -> list[int]:
    """Every position, in order, of each of ``signs`` in ``text`` and of each of ``words`` in ``low`` where no
    letter, digit or underscore stands before it (a word's start), found with ``str.find``: where a pattern
    can begin, so it is tried there only instead of at every character."""
    found: set[int] = set()
    for sign in signs:
        p = text.find(sign)
        while p >= 0:
            found.add(p)
            p = text.find(sign, p + 1)
    for w in words:
        p = low.find(w)
        while p >= 0:
            if not p or not (low[p - 1].isalnum() or low[p - 1] == "_"):
                found.add(p)
            p = low.find(w, p + 1)
    return sorted(found)


class PhraseMatcher:
    """Whole-word phrases found in lower-cased text, fast.

    The regex starts with the trie itself (so the engine skips every position whose character cannot
    start a phrase) and the left word boundary is checked in Python; spaces inside a phrase match one
    short run of blanks or a hyphen.
    """

    def __init__(self, phrases: Iterable[str], across_lines: bool = False) -> None:
        """``across_lines``: a phrase's blank may also be one line break (a place name wrapped at a line's end,
        "Gamla⏎stan")."""
        keys = {" ".join(p.strip().lower().replace("-", " ").split()) for p in phrases if p.strip()}
        self.blank = r"(?:[ \t\-]{1,3}|[ \t]{0,2}\n[ \t]{0,2})" if across_lines else r"[ \t\-]{1,3}"
        self.by_first: dict[str, list[str]] = {}
        self.later_words: dict[str, frozenset[str]] = {}
        for k in keys:
            # keyed by its first letter run, a word of ``letter_words``: a first word with a digit or a dot ("dokk1",
            # "kr.sand") is none. Its later letter runs: each is bounded by a blank, a hyphen, a digit, a dot or the
            # match's end, so where the phrase matches, each is a whole letter run of the text ("kr.sand" needs
            # "sand" too, or every ad with "kr" would try it)
            runs = LETTER_RUN.findall(k)
            first = runs[0] if runs else k.split(" ")[0]
            self.by_first.setdefault(first, []).append(k)
            self.later_words[k] = frozenset(runs[1:])
        self.first_words = frozenset(self.by_first)
        self.regex = self._compile(keys)
        self._subsets: dict[frozenset[str], re.Pattern[str]] = {}

    def _compile(self, keys: Iterable[str], kept: bool = False) -> re.Pattern[str]:
        """``kept``: a subset's trie, made while ads are read; its code is kept across runs (``startcache.kept_regex``:
        it holds the matcher's phrases only)."""
        pat = r"(?:" + trie_pattern(keys).replace("\\ ", self.blank) + r")(?!\w)"
        return startcache.kept_regex(pat) if kept else re.compile(pat)

    def _regex_for(self, keys: frozenset[str]) -> re.Pattern[str]:
        """A regex for only the phrases that can be in the ad: a tiny trie scans fast."""
        rx = self._subsets.get(keys)
        if rx is None:
            if len(self._subsets) > 4096:
                self._subsets.clear()
            rx = self._compile(keys, kept=True)
            self._subsets[keys] = rx
        return rx

    def find(self, low: str, words: set[str] | frozenset[str] | None = None) -> list[tuple[int, int]]:
        """``words``: the letter runs of ``low``, when the caller has them. Then only the phrases whose first word
        and all-letter later words are among them are tried: the others cannot match anywhere in ``low``, and a
        regex without them finds the same."""
        if words is None:
            rx = self.regex
        else:
            firsts = self.first_words.intersection(words)
            if not firsts:
                return []
            later = self.later_words
            keys = frozenset([k for f in firsts for k in self.by_first[f] if later[k] <= words])
            if not keys:
                return []
            rx = self._regex_for(keys)
        out: list[tuple[int, int]] = []
        for m in rx.finditer(low):
            s = m.start()
            if s and _is_word_char(low[s - 1]):
                continue
            out.append((s, m.end()))
        return out


def key(text: str) -> str:
    """The lookup key of a matched phrase: lower-case, blanks and hyphens as single spaces."""
    return " ".join(text.lower().replace("-", " ").split())


_DIGIT_RUN: Final = re.compile(r"\d+")
#: A run of letters: the words of an ad (selectors gate themselves on the set of these, lower-cased).
LETTER_RUN: Final = re.compile(r"[^\W\d_]+")


def last_letter_runs(text: str, n: int) -> list[str]:
    """``LETTER_RUN.findall(text)[-n:]``, by a compiled walk back from the end that stops after ``n`` runs: a short
    stretch before a match is read this way per place or number, where ``findall``'s call cost ~10 k instructions.
    A letter is ``LETTER_RUN``'s class: ``str.isalnum`` and not ``str.isdecimal`` (``_sre`` reads ``\\w`` and ``\\d``
    by the same predicates), never "_"."""
    out: list[str] = []
    i = len(text)
    while i > 0 and len(out) < n:
        if not is_letter(text[i - 1]):
            i -= 1
            continue
        j = i - 1
        while j > 0 and is_letter(text[j - 1]):
            j -= 1
        out.append(text[j:i])
        i = j
    out.reverse()
    return out


def is_letter(ch: str) -> bool:
    r"""Is ``ch`` of ``LETTER_RUN``'s class, ``[^\W\d_]`` of ``re`` (a word character that is no decimal digit and
    no underscore)? ASCII by its code point (no method call), the rest by ``str.isalnum`` and not ``str.isdecimal``
    (what ``re`` tests for ``\w`` and ``\d``). The one copy of the test: ``order`` and ``phones`` ask it too."""
    c = ord(ch)
    if c < 128:
        return 97 <= c <= 122 or 65 <= c <= 90
    return ch.isalnum() and not ch.isdecimal()


#: ``bytes.translate`` table for latin-1 text: a letter (``LETTER_RUN``'s class) stays, any other byte becomes a blank.
_LETTER_CLASS: Final = bytes(c if LETTER_RUN.match(chr(c)) else 32 for c in range(256))


def letter_words(text: str) -> set[str]:
    """``set(LETTER_RUN.findall(text))`` at C speed: the text as one byte per character (latin-1, "?" for
    every wider character), every byte that is no letter made a blank, split on the blanks. Exact when no
    character above U+00FF is a letter (an emoji, a dash, a quote are not); text with one (Cyrillic, "ł")
    goes through the regex."""
    if text.isascii():
        data = text.encode("ascii")
    else:
        data = text.encode("latin-1", "replace")
        wide = data.count(b"?") - text.count("?")
        if wide and _wide_letter(text, data, wide):
            return set((_WORD_RUN if _THAI.search(text) else LETTER_RUN).findall(text))
    return set(data.translate(_LETTER_CLASS).decode("latin-1").split())


#: ``LETTER_RUN`` with the combining vowel and tone marks of Thai inside a word ("ห้า", "สี่": marks are no letters
#: to ``re``, so the words would be cut at them).
_THAI: Final = re.compile(r"[\u0e00-\u0e7f]")
_WORD_RUN: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])*")


def _wide_letter(text: str, data: bytes, wide: int) -> bool:
    """Is one of the ``wide`` characters above U+00FF (the "?" of ``data``) a letter (``[^\\W\\d_]``)?"""
    if wide > 32:
        return True
    p = data.find(b"?")
    while p >= 0:
        c = text[p]
        if c.isalnum() and not c.isdecimal():
            return True
        p = data.find(b"?", p + 1)
    return False


#: ``bytes.translate`` table: an ASCII digit becomes "0", every other byte a blank (``digit_runs``).
_DIGIT_CLASS: Final = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))
#: A decimal digit (``\d``) other than 0-9: text with one goes through the regex (``digit_runs``).
_OTHER_DECIMAL: Final = re.compile(r"[^\D0-9]")


class _Encoded:
    """The last field's latin-1 bytes and digit runs, kept for the next reader of the same ``str`` object.

    One field passes through several readers that each need its bytes (``scan``, ``digit_runs``, the id and
    look-alike readers): a field of an HTML page is encoded once per reader otherwise (~5 k instructions for a wide
    one of 800 characters), and ``digit_runs`` is asked up to five times for one text (the masks', ages', prices'
    and look-alike readers). A ``str`` is immutable and the memo holds a reference to it, so a text that ``is`` the
    kept one has the kept bytes. Each entry is one tuple, set in one assignment."""

    def __init__(self) -> None:
        self.data: tuple[str, bytes] = ("", b"")
        self.digits: tuple[str, list[int]] = ("", [])


_ENCODED: Final = _Encoded()


def latin1(text: str) -> bytes:
    """``text`` as one byte per character: latin-1, "?" for every wider character (the same bytes as
    ``text.encode("latin-1", "replace")``), from the memo when the last field asked for is this one."""
    kept = _ENCODED.data
    if kept[0] is text:
        return kept[1]
    data = text.encode("ascii") if text.isascii() else text.encode("latin-1", "replace")
    _ENCODED.data = (text, data)
    return data


def digit_runs(text: str) -> list[int]:
    """Start of every run of digits (``\\d+``): the only places where a pattern that opens with a digit can match.

    Without a regex match object per run: the text as one byte per character (latin-1, "?" for every wider
    character) mapped to "0" for a digit and a blank for anything else, then one ``bytes.find`` of " 0" per
    run, at C speed. Exact when 0-9 are the text's only decimal digits; ``\\d`` also takes "٣", "７", ...: text
    with such a digit (rare after ``text.prepare``) goes through the regex. The last text's runs are kept
    (``_Encoded``); every caller gets its own list (``number_starts`` adds to it)."""
    kept = _ENCODED.digits
    if kept[0] is text:
        return list(kept[1])
    data = latin1(text)
    if not text.isascii():
        wide = data.count(b"?") - text.count("?")
        if wide and _wide_decimal(text, data, wide):
            starts = [m.start() for m in _DIGIT_RUN.finditer(text)]
            _ENCODED.digits = (text, starts)
            return list(starts)
    starts = _digit_starts(data)
    _ENCODED.digits = (text, starts)
    return list(starts)


def _digit_starts(data: bytes) -> list[int]:
    """Start of every run of the bytes 0-9 in ``data``. The class string is searched as a ``str``: mypyc calls
    ``str.find`` directly, ``bytes.find`` as a Python method (~500 instructions a call)."""
    cls = data.translate(_DIGIT_CLASS).decode("ascii")
    out: list[int] = [0] if cls.startswith("0") else []
    p = cls.find(" 0")
    while p >= 0:
        out.append(p + 1)
        p = cls.find(" 0", p + 2)
    return out


def _wide_decimal(text: str, data: bytes, wide: int) -> bool:
    """Is one of the ``wide`` characters above U+00FF (the "?" of ``data``, its latin-1 form) a decimal digit?
    Looked up one by one when they are few (an emoji, a dash), else by the regex."""
    if wide > 32:
        return _OTHER_DECIMAL.search(text) is not None
    p = data.find(b"?")
    while p >= 0:
        if text[p].isdecimal():
            return True
        p = data.find(b"?", p + 1)
    return False


#: ``bytes.translate`` tables for latin-1 text: every byte lower-cased (``str.lower`` of a latin-1 character is
#: one latin-1 character), and every letter lower-cased, any other byte a blank (``letter_words`` of that).
_LOWER: Final = bytes(ord(chr(c).lower()) for c in range(256))
_LOWER_LETTER: Final = bytes(ord(chr(c).lower()) if LETTER_RUN.match(chr(c)) else 32 for c in range(256))
#: ``bytes.translate`` table for latin-1 text: "a" for a letter or digit (``str.isalnum``), a blank for any other byte.
_ALNUM_CLASS: Final = bytes(97 if chr(c).isalnum() else 32 for c in range(256))
#: More wide characters than this in a field and ``scan`` leaves it to the separate passes (bounded Python work).
_MAX_WIDE: Final = 64


def scan(text: str) -> tuple[str, str, set[str], list[int], str | None]:
    """What every selector reads of one field, from one encoding of it: the prepared text (``text.prepare``), its
    lower-case form (``lower_same_length``), the letter runs of that (``letter_words``), the starts of the
    prepared text's digit runs (``digit_runs``) and its class string: "a" for each letter or digit (``str.isalnum``),
    a blank for any other character, where the one pass knows it.

    The text as one byte per character (latin-1, "?" for each wider character) serves all five: it shows that
    there is nothing to fold, and four ``bytes.translate`` tables give the lower-case text, the words, the
    digit runs and the letter-or-digit class. Exact while no wider character is a letter or digit or is folded by
    ``prepare`` (an emoji, a dash, a quote: the wide characters of most ads); lowering keeps such a character no
    letter or digit (``tests/extract/test_patterns.py`` checks every code point). Any other text takes the four
    separate passes, and its class is None (the callers then read ``str.isalnum``): a class string says that no
    character above U+00FF is a letter or digit."""
    if len(text) > MAX_FIELD_CHARS:
        text = text[:MAX_FIELD_CHARS]
    data = latin1(text)
    if text.isascii():
        low = text.lower()
    else:
        wide = data.count(b"?") - text.count("?")
        if not wide:
            low = data.translate(_LOWER).decode("latin-1")
        elif wide <= _MAX_WIDE and _wide_inert(text, data):
            low = _lower_inert(text, data)
        else:
            prep = prepare(text)
            low = lower_same_length(prep)
            return prep, low, letter_words(low), digit_runs(prep), None
    words = set(data.translate(_LOWER_LETTER).decode("latin-1").split())
    kept = _ENCODED.digits
    if kept[0] is text:
        starts = list(kept[1])
    else:  # no wide character here is a digit (``_wide_inert``): ``digit_runs``' answer, kept for its next caller
        starts = _digit_starts(data)
        _ENCODED.digits = (text, starts)
        starts = list(starts)
    return text, low, words, starts, data.translate(_ALNUM_CLASS).decode("latin-1")


def _lower_inert(text: str, data: bytes) -> str:
    """``lower_same_length(text)`` of a text whose characters above U+00FF (the "?" of ``data``, its latin-1 form)
    are no letters or digits (``_wide_inert``): the latin-1 characters lowered by ``bytes.translate``, each wider
    one by itself (a few symbols have a lower-case form: "Ⓐ" → "ⓐ"; none of them is a capital sigma, the one
    character ``str.lower`` lowers by its neighbours). ``str.lower`` of a wide string reads every character's
    case mapping, ~20 instructions each; most such fields are latin-1 but for an emoji or a dash."""
    low = data.translate(_LOWER).decode("latin-1")
    parts: list[str] = []
    last = 0
    p = low.find("?")
    while p >= 0:
        c = text[p]
        if c != "?":
            lc = c.lower()
            parts.append(low[last:p])
            parts.append(lc if len(lc) == 1 else c)
            last = p + 1
        p = low.find("?", p + 1)
    if not parts:
        return low
    parts.append(low[last:])
    return "".join(parts)


def _wide_inert(text: str, data: bytes) -> bool:
    """Is every character above U+00FF (the "?" of ``data``) neither a letter nor a digit (``str.isalnum``) nor
    folded by ``text.prepare``?"""
    table = fold_table()
    p = data.find(b"?")
    while p >= 0:
        c = text[p]
        if c != "?" and (c.isalnum() or ord(c) in table):
            return False
        p = data.find(b"?", p + 1)
    return True


def decimal_at(text: str, i: int) -> bool:
    """``text[i].isdecimal()``; mypyc reads the code point directly (``ord``, a primitive) and calls the method (a
    Python method call, no primitive) only above ASCII."""
    c = ord(text[i])
    return 48 <= c <= 57 or (c > 127 and text[i].isdecimal())


def number_starts(text: str) -> list[int]:
    """Every digit run's start (``digit_runs``) and every "+" of ``text``, in order: where a pattern that opens with
    a look-behind for no word character, an optional "+" and a digit can begin. ``digit_anchored`` over these finds
    what ``finditer`` finds, without trying the pattern at every character."""
    starts = digit_runs(text)
    p = text.find("+")
    if p < 0:
        return starts
    while p >= 0:
        starts.append(p)
        p = text.find("+", p + 1)
    starts.sort()
    return starts


def digit_anchored(rx: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Matches of ``rx`` that begin where a digit run begins, without overlaps, in text order.

    One shared scan for the digit runs then a ``match`` at each: cheaper than one ``finditer`` over the
    whole ad per selector (matches that begin inside a digit run are rejected by every caller anyway)."""
    last = 0
    for s in starts:
        if s < last:
            continue
        m = rx.match(text, s)
        if m is not None:
            last = m.end()
            yield m


def phrase_starts(text: str, heads: tuple[str, ...], lead: str, reach: int) -> list[int]:
    r"""Where a pattern that opens with one of ``heads`` (the first words of its phrases, as written in ``text``), or
    with a character of ``lead`` at most ``reach`` characters before one ("+", "00", "plus " before "first"), can
    begin, in order: ``digit_anchored`` from these finds what ``finditer`` finds, without trying the pattern at
    every character of the field (a look-behind or an alternation at a pattern's head defeats the regex engine's own
    prefix scan). For patterns whose every alternative rejects a letter right before its start (``(?<![^\W\d_])``,
    ``(?<![\w+])``): a position after a letter is left out. A head inside a longer word is found only there."""
    found: set[int] = set()
    for head in heads:
        p = text.find(head)
        while p >= 0:
            if p == 0 or not text[p - 1].isalpha():
                found.add(p)
            for d in range(1, min(reach, p) + 1):
                q = p - d
                if text[q] in lead and (q == 0 or not text[q - 1].isalpha()):
                    found.add(q)
            p = text.find(head, p + 1)
    return sorted(found)


def word_alternation(words: Iterable[str]) -> str:
    """The words as a regex alternation, lower-cased, longest first (so "første del" wins over "første") and then in
    order (the same pattern under any hash seed), blanks inside matching any run of blanks."""
    ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(r"[ \t]+".join(re.escape(p) for p in w.split()) for w in ordered)


def ascii_digits(s: str) -> str:
    """The ASCII digits of ``s`` in order."""
    return "".join(ch for ch in s if "0" <= ch <= "9")


def blank(part: str) -> str:
    """``part`` as blanks, its line breaks kept: what a reader leaves of what it does not read (same length, so
    every span after it stays; ``chat``, ``structured``)."""
    if "\n" not in part:
        return " " * len(part)
    return "\n".join([" " * len(line) for line in part.split("\n")])


def splice(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, new) of ``edits`` (in order, apart) written in place of its span: the
    same-length rewrites that keep every later span where it was (``prefix``, ``prose``, ``cfemail``)."""
    out: list[str] = []
    last = 0
    for s, e, new in edits:
        out.append(text[last:s])
        out.append(new)
        last = e
    out.append(text[last:])
    return "".join(out)


def splice_first(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with ``edits`` written in place in order of their start; an edit that begins inside the one kept
    before it is left out (the first found wins: ``order``'s halves, ``masked``'s keys)."""
    kept: list[tuple[int, int, str]] = []
    last = 0
    for s, e, new in sorted(edits):
        if s >= last:
            kept.append((s, e, new))
            last = e
    return splice(text, kept)
