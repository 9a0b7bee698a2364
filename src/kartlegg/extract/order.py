"""Numbers written out of order: backwards after a cue, or in two parts with words between (issue 14, session 30).

"Kontakt: baklengs 76543214", "läs baklänges 0237324070", "read backwards: 9497941370" give a number's digits in
reverse; "første del 9062 ... og så 1407", "de första siffrorna är 0730, resten 512686", "start 4123, end 4567", "+first
37065 then 614502" give it in two parts, and "slutter på 239498, starter med +37376" the same with the last part
first (session 42). ``read_order`` rewrites such a number in place as its digits in order (the text
keeps its length, so every span stays, as ``masks.complete_masks`` and ``letters.read_letters`` do), and only when the
digits it would write are one valid mobile number (``mobile``: the caller's check, with the ad's regions; a run the cue
says is backwards, a mobile or fixed-line number when the run as written is no mobile: ``valid``). A verb of
``backwards_verbs`` may stand between a run and the cue after it ("93025174 (les baklengs)", "(read it backwards)",
session 32); a run read backwards may end in the "+" its code had in front ("59046354966+ (läs baklänges)": "+66 …",
session 33). The words are data (``numbers.yaml``: ``backwards_cues``, ``halves_first``, ``halves_rest``, in
en/no/sv/da): without one of them nothing is reversed or joined, so digits that merely follow each other are read as the
scanner always read them. One form needs no listed word (session 39): two groups around a bracketed remark of words
after a contact word ("Tlf. 3593 (resten) 0060"), joined only when they are one valid number together and neither
alone (``_remark_edits``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from kartlegg.extract.letters import contact_cued
from kartlegg.extract.lexicon import lexicon, numbers
from kartlegg.extract.patterns import (
    ascii_digits,
    digit_anchored,
    digit_runs,
    is_letter,
    phrase_starts,
    splice_first,
    word_alternation,
)

#: Digits with single blanks, dots or dashes inside: a number's run or one of its parts ("34 567", "0730-512").
_PART: Final = r"[0-9](?:[0-9]|[ .\-](?=[0-9])){%d,%d}"
#: A run read backwards: 6-17 digits.
_RUN: Final = _PART % (5, 20)
#: Between the cue and its run: blanks and a colon, dash or equals sign ("baklengs: 7654 3214").
_CUE_GAP: Final = r"[ \t]*[:=\-\u2013]?[ \t]*"
#: Between the first part and the word for the rest: blanks and punctuation ("9062 ... og så", "9185, resten").
_HALF_GAP: Final = r"[ \t,;.\u2026\-\u2013\u2014/]{0,8}"
#: Digits a joined number may have (with its code, without "+"/"00").
MIN_JOINED: Final = 7
MAX_JOINED: Final = 15


@functools.cache
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, frozenset[str], frozenset[str]]:
    """The backwards pattern (cue before or after the run), the halves pattern, and the words either needs (one of
    them among the text's words opens the pattern's search), from numbers.yaml; matched on the lower-cased text."""
    nums = numbers()
    back: re.Pattern[str] | None = None
    halves: re.Pattern[str] | None = None
    if nums.backwards_cues:
        cues = word_alternation(nums.backwards_cues)
        verbs = ""
        if nums.backwards_verbs:  # "(les baklengs)", "(read it backwards)": a verb may stand before a cue after
            verbs = r"(?:(?:" + word_alternation(nums.backwards_verbs) + r")(?![^\W\d_])[ \t]+)?"
        back = re.compile(
            r"(?<![^\W\d_])(?:" + cues + r")(?![^\W\d_])" + _CUE_GAP + r"(?P<before>(?<![\w+])" + _RUN + r")(?![0-9])"
            r"|(?P<after>(?<![\w+])"
            + _RUN
            + r"\+?)(?![0-9])[ \t]*[(\[]?[ \t]*"
            + verbs
            + "(?:"
            + cues
            + r")(?![^\W\d_])"
        )
    if nums.halves_first and nums.halves_rest:
        verbs = word_alternation(tuple(w for w in nums.mask_is if w[:1].isalpha()))
        verb = r"(?:[ \t]+(?:" + verbs + r")(?![^\W\d_]))?" if verbs else ""
        halves = re.compile(
            r"(?:(?<![\w+])(?P<pre>\+|00|pluss|plus)[ \t]?|(?<![^\W\d_]))"
            r"(?:"
            + word_alternation(nums.halves_first)
            + r")(?![^\W\d_])"
            + verb
            + _CUE_GAP
            + r"(?P<a>(?<![0-9])"
            + _PART % (1, 8)
            + r")(?![0-9])"
            + _HALF_GAP
            + r"(?<![^\W\d_])(?:"
            + word_alternation(nums.halves_rest)
            + r")(?![^\W\d_])"
            + verb
            + _CUE_GAP
            + r"(?P<b>"
            + _PART % (1, 10)
            + r")(?![0-9])"
        )
    return back, halves, _keys(nums.backwards_cues), _keys(nums.halves_first)


@functools.cache
def _last_first() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The halves pattern with the last part given first ("slutter på 239498, starter med +37376"): a word of
    ``halves_last``, the last part, a word of ``halves_first`` and the first part, whose "+", "00" or spoken plus
    stands before its digits; and the words a text needs one of (``_keys``). Matched on the lower-cased text."""
    nums = numbers()
    if not (nums.halves_last and nums.halves_first):
        return None, frozenset()
    rx = re.compile(
        r"(?<![^\W\d_])(?:"
        + word_alternation(nums.halves_last)
        + r")(?![^\W\d_])"
        + _CUE_GAP
        + r"(?P<b>(?<![\w+])"
        + _PART % (1, 10)
        + r")(?![0-9])"
        + _HALF_GAP
        + r"(?<![^\W\d_])(?:"
        + word_alternation(nums.halves_first)
        + r")(?![^\W\d_])"
        + _CUE_GAP
        + r"(?:(?P<pre>\+|00|pluss|plus)[ \t]?)?(?P<a>(?<![0-9])"
        + _PART % (1, 8)
        + r")(?![0-9])"
    )
    return rx, _keys(nums.halves_last)


@functools.cache
def _phrase_words(phrases: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """Each phrase with its lower-case words, or None when a word is not letters alone (then it may be no letter run
    of a text that holds it, and ``_present_heads`` cannot tell)."""
    out = [(p, tuple(p.lower().split())) for p in phrases]
    if not all(ws and all(w.isalpha() for w in ws) for _p, ws in out):
        return None
    return tuple(out)


def _present_heads(phrases: tuple[str, ...], words: set[str] | frozenset[str], glued: bool) -> tuple[str, ...] | None:
    """``_heads`` of the phrases whose words are all among the text's ``words`` (the patterns hold each phrase
    between letter boundaries and its words between blanks: a phrase that matches is so written); ``glued``: the
    first word may follow a spoken plus with no blank ("plussførste"), so it is not asked for. A phrase's first word
    is searched for in the text: "de", "the", "i", "in" open phrases and are in most texts, at every one of their
    places ("de" of "det", "under"), while the phrase's other words are rarer."""
    pw = _phrase_words(phrases)
    if pw is None:
        return _heads(phrases)
    present = tuple(p for p, ws in pw if all(w in words for w in ws[1 if glued else 0 :]))
    return _heads(present) if present else ()


@functools.cache
def _rest_keys() -> frozenset[str]:
    """``_keys`` of ``halves_rest``: the halves pattern needs one of its phrases after the first part."""
    return _keys(numbers().halves_rest)


def _keys(phrases: tuple[str, ...]) -> frozenset[str]:
    """One word of each phrase, its longest: a phrase is in a text only where all its words are, so the text's words
    holding none of these means no search (the short words, "i", "the", "de", are in most texts)."""
    return frozenset(max(p.lower().split(), key=len) for p in phrases if p.strip())


#: What may stand before the halves pattern's first word (its ``pre`` group: "+", "00", "plus", "pluss", then one
#: optional blank): the characters a match opening there begins with, and how far before the word it begins.
_PRE_LEAD: Final = "+0p"
_PRE_REACH: Final = len("pluss") + 1


@functools.cache
def _heads(phrases: tuple[str, ...]) -> tuple[str, ...] | None:
    """The first words of ``phrases`` as the halves and backwards patterns spell them (lower-cased), without those
    another one begins ("første" is found where "først" is): a match's first word opens at one of their occurrences.
    None when a phrase has no word (its empty alternative matches anywhere: the search runs over the whole field)."""
    firsts = set()
    for p in phrases:
        parts = p.lower().split()
        if not parts:
            return None
        firsts.add(parts[0])
    return tuple(sorted(w for w in firsts if not any(o != w and w.startswith(o) for o in firsts)))


@functools.cache
def _units() -> frozenset[str]:
    """Currencies, units and durations (lower-case): a part followed by one is an amount ("end 1500 kr")."""
    lx = lexicon()
    return frozenset(w.lower() for w in (*lx.distractor_units, *lx.durations, *lx.currencies))


def _amount_after(low: str, end: int) -> bool:
    """Does a unit word, ",-" or a currency sign follow ``end`` (a part's last digit) after blanks?"""
    k = end
    n = len(low)
    while k < n and low[k] in " \t":
        k += 1
    if low.startswith(",-", k) or (k < n and low[k] in "$€£%"):
        return True
    e = k
    while e < n and low[e].isalpha():
        e += 1
    return e > k and low[k:e] in _units()


#: ``_amount_after`` for other modules (``prose``: "500, 1000 og 1500 kr" are prices).
amount_after = _amount_after


def read_order(
    text: str,
    low: str,
    words: set[str] | frozenset[str],
    mobile: Callable[[str], bool],
    valid: Callable[[str], bool] | None = None,
) -> str | None:
    """``text`` with each number written backwards after a cue, or in two parts after a word for its first part,
    written in order where it stood; None when none was. ``low``: the text lower-cased (same length); ``words``:
    its lower-case letter runs (the cheap question: no cue word, no search); ``mobile``: digits ("+" or "00" kept
    in front) to True when they are one valid mobile number of the ad's regions; ``valid``: the same for any valid
    number (a run the cue says is backwards may be a clinic's landline, "64600822 (les baklengs)": read so when the
    run as written is no mobile)."""
    back, halves, back_words, first_words = _patterns()
    edits: list[tuple[int, int, str]] = []
    if back is not None and not words.isdisjoint(back_words):
        cue_heads = _present_heads(numbers().backwards_cues, words, False)
        found_back = (
            back.finditer(low)
            if cue_heads is None
            else digit_anchored(back, low, sorted({*phrase_starts(low, cue_heads, "", 0), *digit_runs(low)}))
        )
        for m in found_back:  # ``finditer``'s matches, tried only where a cue or a digit run opens
            group = "before" if m.group("before") is not None else "after"
            s, e = m.span(group)
            run = text[s:e]
            turned = run[::-1]
            back_digits = ("+" if turned.startswith("+") else "") + ascii_digits(turned)
            # a reversed landline only where the run as written is no mobile: "94137825 (baklengs)" stays a mobile
            if mobile(back_digits) or (valid is not None and valid(back_digits) and not mobile(ascii_digits(run))):
                edits.append((s, e, turned))
    last_first, last_words = _last_first()
    rest_words = _rest_keys()
    nums = numbers()
    for rx, needed, then, phrases, glued, lead, reach, first in (
        # "første del 9062 ... og så 1407" ("plussførste": a spoken plus may be glued to the first word)
        (halves, first_words, rest_words, nums.halves_first, True, _PRE_LEAD, _PRE_REACH, "a"),
        # "slutter på 239498, starter med +37376"
        (last_first, last_words, first_words, nums.halves_last, False, "", 0, "b"),
    ):
        # a phrase of each of the pattern's two word lists, not one alone: "siste", "sista", "part", "first" are
        # common words, and the search from each of their phrases' first words ("de", "the") is not cheap
        if rx is None or words.isdisjoint(needed) or words.isdisjoint(then):
            continue
        heads = _present_heads(phrases, words, glued)
        if heads == ():
            continue
        found = rx.finditer(low) if heads is None else digit_anchored(rx, low, phrase_starts(low, heads, lead, reach))
        for m in found:  # ``finditer``'s matches, tried only where a phrase's first word (or "+", "00", "plus") opens
            edit = _halves_edit(m, low, edits, mobile, first)
            if edit is not None:
                edits.append(edit)
    between = _between_edits(low, words, valid if valid is not None else mobile, edits)
    if between:
        edits.extend(between)
    if "(" in low or "[" in low:
        remarked = _remark_edits(text, low, valid if valid is not None else mobile, edits)
        if remarked:
            edits.extend(remarked)
    if not edits:
        return None
    return splice_first(text, edits)


def _halves_edit(
    m: re.Match[str], low: str, edits: list[tuple[int, int, str]], mobile: Callable[[str], bool], first: str
) -> tuple[int, int, str] | None:
    """The edit writing a halves match's number in order (the "+", "00" or spoken plus, the first part ``a``, then
    ``b``) where the match stood, or None: too short or long, over an earlier edit, an amount after either part
    (``first``: the group that comes first in the text), or no valid mobile number."""
    joined = ascii_digits(m.group("a")) + ascii_digits(m.group("b"))
    if not MIN_JOINED <= len(joined) <= MAX_JOINED:
        return None
    pre = m.group("pre")
    number = ("00" if pre == "00" else "+" if pre else "") + joined
    if any(s < m.end() and m.start() < e for s, e, _ in edits) or _amount_after(low, m.end(first)):
        return None
    if _amount_after(low, m.end()) or not mobile(number):
        return None
    return m.start(), m.end(), number.ljust(m.end() - m.start())


@functools.cache
def _between_pattern() -> tuple[re.Pattern[str] | None, tuple[str, ...] | None, frozenset[str]]:
    """From a first part's last digit on: the connective of ``halves_between`` (in brackets or not) and the second
    part; the connectives' first words (``_between_seeks``); the words a text needs one of (``_keys``)."""
    joiners = numbers().halves_between
    heads = _heads(joiners)
    if not joiners or heads is None:
        return None, None, frozenset()
    rx = re.compile(
        r"[ \t]{0,3}[(\[{]?[ \t]?(?:"
        + word_alternation(joiners)
        + r")(?![^\W\d_])[ \t]?[)\]}]?[ \t]{0,3}[:\-\u2013]?[ \t]{0,2}(?P<b>"
        + _PART % (2, 10)
        + r")(?![0-9]|[:.][0-9])"  # "4364 21:30": a bubble's time after the number is none of its groups
    )
    return rx, heads, _keys(joiners)


def _between_seeks(low: str, heads: tuple[str, ...], words: set[str] | frozenset[str]) -> list[int]:
    r"""The end of every ASCII digit that a connective's first word (one of ``heads``, no letter after it) follows
    after blanks and one opening bracket (``[ \t]{0,3}[(\[{]?[ \t]?``, at least one character), in order: the
    ``end()`` of each match of ``[0-9](?=[ \t(\[{])(?=[ \t]{0,3}[(\[{]?[ \t]?(?:heads)(?![^\W\d_]))`` over ``low``.

    Found back from the occurrences (``str.find``) of the heads among ``words`` (``letter_words(low)``): a head
    found so stands between a blank or bracket and no letter, so it is a whole letter run of ``low``, one of its
    words (a head with a character that is no letter is looked for always). The pattern's search tried every digit
    of the field (~50 k instructions a search, p1); "og", "så", "then" pass ``_between_edits``' gate in most
    Nordic ads, and a field holds one or two of the 18 heads as words."""
    n = len(low)
    found: set[int] = set()
    for h in heads:
        if h not in words and h.isalpha():
            continue
        k = len(h)
        p = low.find(h)
        while p >= 0:
            e = p + k
            if p >= 2 and low[p - 1] in _FILLER and not (e < n and is_letter(low[e])):
                for d in range(p - 2, max(-1, p - 7), -1):
                    if "0" <= low[d] <= "9" and _filler(low, d + 1, p):
                        found.add(d + 1)
            p = low.find(h, p + 1)
    return sorted(found)


#: What ``_filler`` may hold: what stands right before a connective's first word that ``_between_seeks`` finds.
_FILLER: Final = " \t([{"


def _filler(low: str, a: int, b: int) -> bool:
    r"""Does ``low[a:b]`` (not empty) match ``[ \t]{0,3}[(\[{]?[ \t]?`` whole?"""
    if a >= b:
        return False
    i = a
    while i < b and i - a < 4 and low[i] in " \t":
        i += 1
    if i == b:
        return b - a <= 4  # blanks only: three, then the optional one
    if i - a > 3 or low[i] not in "([{":
        return False
    i += 1
    return i == b or (i + 1 == b and low[i] in " \t")


#: What may stand between a first part's last digit and its connective: blanks and an opening bracket.
_BEFORE_JOINER: Final = frozenset(" \t([{")
#: A separator inside a part (one, between two digits).
_PART_SEPS: Final = frozenset(" .-")


def _part_start(low: str, end: int) -> int:
    """Where the part that ends at ``end`` (after its last digit) begins: digits with single blanks, dots or dashes
    between them, as ``_PART`` reads them, looked back from its end."""
    i = end
    while i > 0:
        ch = low[i - 1]
        if "0" <= ch <= "9":
            i -= 1
        elif ch in _PART_SEPS and i >= 2 and "0" <= low[i - 2] <= "9" and i < end and "0" <= low[i] <= "9":
            i -= 1
        else:
            break
    return i


def _year(digits: str) -> bool:
    """Is ``digits`` a year of four digits (1900-2099)?"""
    return len(digits) == 4 and digits[:2] in ("19", "20")


def _between_edits(
    low: str,
    words: set[str] | frozenset[str],
    valid: Callable[[str], bool],
    taken: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """Two groups joined by a connective alone ("9765 (og så) 6115", "+48512 then 007018", session 36), each as one
    number where it stood: only when the groups together are one valid number of the ad's regions (``valid``) and
    neither is one alone, no unit or currency follows either, the first is no time's or date's tail ("14:00 then
    15:00") and nothing of ``taken`` overlaps. Looked for only where a connective's first word stands."""
    rx, heads, keys = _between_pattern()
    if rx is None or heads is None or words.isdisjoint(keys):
        return []
    out: list[tuple[int, int, str]] = []
    for q in _between_seeks(low, heads, words):  # after a digit with a connective's first word right after it
        p = q
        while p < len(low) and low[p] in _BEFORE_JOINER:
            p += 1
        if q > 1 and low[q - 2].isalpha():
            continue  # "x4 then": a word's digit
        s = _part_start(low, q)
        m = rx.match(low, q)
        if m is None or m.start("b") <= p:
            continue
        before = low[s - 1] if s > 0 else " "
        plus = before == "+"
        if plus:
            before = low[s - 2] if s > 1 else " "
        if before.isalnum() or before in ".,:/#" or (not plus and before == "-"):
            continue  # "kl. 14:00 then 15:00", "id-4411 then 5522": the tail of something else
        e = m.end()
        after = low[e : e + 2]
        if after[:1] in (":", "/") or (after[:1] in ".," and after[1:2].isdigit()):
            continue  # "… then 15:30", "then 12.5": a time or a decimal after
        a_digits = ascii_digits(low[s:q])
        b_digits = ascii_digits(m.group("b"))
        joined = a_digits + b_digits
        if len(a_digits) < 2 or not MIN_JOINED <= len(joined) <= MAX_JOINED:
            continue
        pre = "+" if plus else ""
        if _amount_after(low, q) or _amount_after(low, e) or (_year(a_digits) and _year(b_digits)):
            continue  # "1500 og så 2000 kr", "fra 2024 deretter 2026"
        if valid(pre + a_digits) or valid(b_digits) or not valid(pre + joined):
            continue
        start = s - 1 if plus else s
        if any(ts < e and start < te for ts, te, _ in (*taken, *out)):
            continue
        out.append((start, e, (pre + joined).ljust(e - start)))
    return out


#: A digit, a bracketed remark of letters alone and the next digit: "3593 (resten) 0060", "9084 [the rest] 3177".
#: One to three words (a dot, dash or apostrophe inside), at most ``_REMARK_MAX`` characters between the brackets.
_REMARK: Final = re.compile(
    r"[0-9][ \t]{0,2}[(\[][ \t]?[^\W\d_][^\W\d_.'\-]*(?:[ .'\-]{1,2}[^\W\d_]+){0,2}\.?[ \t]?[)\]][ \t]{0,2}"
    r"[:\-\u2013]?[ \t]{0,2}(?=[0-9])"
)
_REMARK_MAX: Final = 24


def _remark_starts(low: str) -> list[int]:
    """Every position where ``_REMARK`` can match, in order: a digit with at most two blanks and then an opening
    bracket after it, found from the brackets (``str.find``). The pattern opens with a digit class, yet searching
    it over a field cost ~45 k instructions a field (compiled), at every digit and between."""
    found: list[int] = []
    for bracket in "([":
        b = low.find(bracket)
        while b >= 0:
            d = b - 1
            while d >= 0 and b - 1 - d < 2 and low[d] in " \t":
                d -= 1
            if d >= 0 and "0" <= low[d] <= "9":
                found.append(d)
            b = low.find(bracket, b + 1)
    found.sort()
    return found


#: The second part after a remark: digits with single blanks, dots or dashes inside, no time or decimal after.
_REMARK_TAIL: Final = re.compile(_PART % (1, 10) + r"(?![0-9]|[:.,][0-9])")


def _remark_edits(
    text: str,
    low: str,
    valid: Callable[[str], bool],
    taken: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """Two groups of one number with a bracketed remark between them ("Tlf. 3593 (resten) 0060", "SMS: 07322 (the
    rest) 18796", session 39): the words of the remark are whatever the writer chose, so none is listed; what makes it
    one number is its form. Joined only when a contact word stands before the first group on its line
    (``letters.contact_cued``), the groups together are one valid number of the ad's regions (``valid``) and neither
    is one alone, no unit or currency follows either, neither is the tail of a time, date, id or word ("#4411 (x)
    5522"), and nothing of ``taken`` overlaps. An age or a count in brackets holds digits and never matches."""
    out: list[tuple[int, int, str]] = []
    for m in digit_anchored(_REMARK, low, _remark_starts(low)):  # ``_REMARK.finditer``'s matches
        q = m.start() + 1  # after the first part's last digit
        inner = low[q : m.end()]
        o = inner.find("(") if "(" in inner else inner.find("[")
        c = inner.rfind(")") if ")" in inner else inner.rfind("]")
        if c - o - 1 > _REMARK_MAX:
            continue
        s = _part_start(low, q)
        tail = _REMARK_TAIL.match(low, m.end())
        if tail is None:
            continue
        before = low[s - 1] if s > 0 else " "
        plus = before == "+"
        if plus:
            before = low[s - 2] if s > 1 else " "
        if before.isalnum() or before in ".,:/#" or (not plus and before == "-"):
            continue  # "kl. 14:00 (ca) 15:00", "id-4411 (x) 5522": the tail of something else
        e = tail.end()
        if e < len(low) and (low[e].isalnum() or low[e] == "/"):
            continue  # "5522kr", "5522/3": not a group that ends
        a_digits = ascii_digits(low[s:q])
        b_digits = ascii_digits(tail.group())
        joined = a_digits + b_digits
        if len(a_digits) < 2 or len(b_digits) < 2 or not MIN_JOINED <= len(joined) <= MAX_JOINED:
            continue
        if _amount_after(low, q) or _amount_after(low, e) or (_year(a_digits) and _year(b_digits)):
            continue  # "1500 (ca) 2000 kr", "2024 (ny) 2026"
        pre = "+" if plus else ""
        if valid(pre + a_digits) or valid(b_digits) or not valid(pre + joined):
            continue
        start = s - 1 if plus else s
        if any(ts < e and start < te for ts, te, _ in (*taken, *out)) or not contact_cued(text, start):
            continue
        out.append((start, e, (pre + joined).ljust(e - start)))
    return out
