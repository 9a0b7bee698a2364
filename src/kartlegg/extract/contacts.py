"""E-mail addresses (plain and obfuscated), messaging handles with their platform, URLs and domains."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from kartlegg.extract import cfemail, startcache
from kartlegg.extract.lexicon import lexicon
from kartlegg.extract.patterns import (
    LETTER_RUN,
    caseless_copy,
    digit_anchored,
    find_starts,
    grouped_alternation,
    letter_words,
    longest_first,
    lower_is_caseless,
    lower_same_length,
    search_word_start,
    trie_pattern,
)
from kartlegg.extract.phones import PhoneHit, first_from, validate
from kartlegg.extract.text import has_invisible, is_latin1, original_span, visible


@dataclass(init=False, unsafe_hash=True, slots=True)
class Hit:
    kind: str
    value: str
    start: int
    end: int
    detail: dict[str, Any] = field(default_factory=dict)

    # written out: mypyc compiles it, while the one @dataclass generates runs interpreted (~0.9 µs a hit)
    def __init__(self, kind: str, value: str, start: int, end: int, detail: dict[str, Any] | None = None) -> None:
        self.kind = kind
        self.value = value
        self.start = start
        self.end = end
        self.detail = {} if detail is None else detail


_EMAIL: Final = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,5}[A-Za-z]{2,24}(?![A-Za-z0-9\-])")
#: How far an address reaches before its "@" and after it (with the character its look-ahead reads).
_EMAIL_BEFORE: Final = 64
_EMAIL_AFTER: Final = 1 + 5 * 64 + 24 + 1


@dataclass(frozen=True, slots=True)
class _Obfuscated:
    """The obfuscated-address pattern, and its core (the "at" word, the domain and the first dot) that every match
    holds: a cheap scan for the core finds the stretch of text where a match can start and end."""

    full: re.Pattern[str]
    core: re.Pattern[str]  # lower-case, for lower-cased text (``lower_is_caseless``)
    core_ignorecase: re.Pattern[str]
    before: int  # a match starts at most this far before its core
    after: int  # and reads at most this far past the end of the last core
    #: one separator and the label after it, to split the domain part of a match into labels
    label: re.Pattern[str]
    #: the lower-case letter words of the "at" spellings: an ad with none of them and no "@" holds no address
    trigger: frozenset[str]
    #: spelled-out "at"s that are also ordinary words ("at"): the address around one must look like one
    bare_at: frozenset[str]
    #: words that are never a local part or domain after a bare "at" ("meet me at ...", "vi ses at ...")
    prose: frozenset[str]
    #: function words of the four languages: never the local part before an "@" set apart by blanks ("meet me @")
    function: frozenset[str]
    #: a local part's earlier pieces joined by spelled-out dots ("kari prikk nordmann alfakrøll ..."), underscores
    #: (group "u": "bella underscore baby34 at ...") or dashes (group "d"), read backwards
    local_prefix: re.Pattern[str]
    tlds: frozenset[str]
    common: frozenset[str]
    #: the "at" spellings as (first letter word, or "" for a bracketed one; regex alternative), longest first
    at_parts: tuple[tuple[str, str], ...]
    #: the core's tail after its "at"
    core_tail: str
    #: the first words of the spellings that are words ("at", "snabel", "alfakrøll", ...)
    spelling_words: frozenset[str]
    #: an e-mail cue word, at most two short words and a colon right before the end of the searched stretch
    cue: re.Pattern[str]
    #: what follows an "@" glued to the next word when it can open a domain ("@gmail.com", "@gmail dot com"); a
    #: handle ("@lisa_xo") opens none
    glued_domain: re.Pattern[str]
    #: cores of only the spellings whose first word an ad has (few words, a scan skips to few letters), by those
    #: words and whether "@" is scanned for
    subsets: dict[tuple[frozenset[str], bool], re.Pattern[str]]
    #: ``email_on_words`` ("på", "on", "hos"): "at" spellings looked for only in an ad that names e-mail
    #: (``_on_gate``), not among ``trigger``
    on_words: frozenset[str] = frozenset()


def _alternation(words: Sequence[str]) -> str:
    """Spellings as one regex alternation (``_alternatives``)."""
    return "|".join(p for _w, p in _alternatives(words))


def _alternatives(words: Sequence[str]) -> list[tuple[str, str]]:
    """Spellings as regex alternatives, longest first, each with its first letter word ("" for one that opens with a
    bracket); a spelling that starts or ends with a letter or digit only as a whole word ("at" not in "cat"), a
    blank inside one matches one or two blanks ("snabel  a"), and a bracketed one may have a blank inside each
    bracket ("( at )", "[ dot ]")."""
    parts: list[tuple[str, str]] = []
    for w in longest_first({w.strip() for w in words if w.strip()}):
        first = re.escape(w[0])
        rest = re.escape(w[1:]).replace("\\ ", "[ \\t]{1,2}")
        if len(w) > 2 and w[0] in _OPENING and w[-1] == _OPENING[w[0]]:
            rest = "[ \\t]?" + re.escape(w[1:-1]).replace("\\ ", "[ \\t]{1,2}") + "[ \\t]?" + re.escape(w[-1])
        # the left boundary as a look-behind after the first character, not a leading one: a pattern that opens
        # with literals lets the engine skip to the positions where one can start
        p = first + (f"(?<!\\w{first})" if w[0].isalnum() else "") + rest
        if w[-1].isalnum():
            p = p + "\\b"
        parts.append((LETTER_RUN.findall(w)[0] if w[0].isalnum() else "", p))
    return parts


_OPENING: Final = {"(": ")", "[": "]", "{": "}", "<": ">"}
#: The blanks around a spelled-out "at" or dot, or an "@": up to three, and one line break among them ("anna (at)
#: <line break> gmail (dot) com", "anna @ <line break> gmail.com"); a literal dot never reaches over a line break
#: ("anna@gmail.<line break>No sms").
_GAP: Final = r"[ \t]{0,3}(?:\r?\n[ \t]{0,3})?"
#: The longest ``_GAP``.
_GAP_MAX: Final = 3 + 2 + 3


def _bracketed(words: list[str]) -> list[str]:
    """``words`` with every spelling also in each kind of bracket: "[snabela]" as well as "(snabela)", "{punktum}"
    as well as "punktum" (a bracket only marks the spelling, whichever one a writer picks). A word the list has
    only in brackets ("(a)") is not added bare."""
    out = list(dict.fromkeys(words))
    seen = set(out)
    for w in words:
        core = w[1:-1] if len(w) > 2 and _OPENING.get(w[0]) == w[-1] else w
        if not core or not all(ch.isalpha() or ch in " -" for ch in core):
            continue
        for a, b in _OPENING.items():
            form = a + core + b
            if form not in seen:
                seen.add(form)
                out.append(form)
    return out


@functools.cache
def _obfuscated_email() -> _Obfuscated:
    lx = lexicon()
    on_words = frozenset(w.strip().lower() for w in lx.email_on_words if w.strip())
    at_words = _bracketed([w.strip().lower() for w in (*lx.email_at_words, *on_words) if w.strip()])
    dot_words = _bracketed([w.strip().lower() for w in lx.email_dot_words if w.strip()])
    at_parts = _alternatives(at_words)
    at = "|".join(p for _w, p in at_parts)
    dot = _alternation(dot_words)
    # a literal "." joins labels with at most one blank before it ("gmail .com"); a blank after it only between a
    # one-label domain and a known, lower-case top-level domain ("gmail . com", "icloud. se"): ". No sms" ends a
    # sentence; spelled-out dots may have blanks on both sides ("domene punktum no")
    sep = r"(?:" + _GAP + r"(?:" + dot + r")" + _GAP + r"|[ \t]?\.)"
    tld_alt = "|".join(longest_first({re.escape(t.lower()) for t in lx.tlds}))
    spaced_tld = r"[ \t]?\.[ \t](?-i:" + tld_alt + r")(?![\w.@-])"
    # a domain broken over lines before the dot of its known, lower-case top-level domain ("anna@gmail<line
    # break>.com"): a line that opens with ".com" continues the address (a literal dot at a line's end does not)
    broken_tld = r"[ \t]{0,3}\r?\n[ \t]{0,3}\.(?-i:" + tld_alt + r")(?![\w.@-])"
    local_part = r"(?<![\w.])([a-z0-9](?:[a-z0-9._\-]{0,62}[a-z0-9_])?)"
    labels = rf"([a-z0-9\-]{{1,63}})({spaced_tld}|{broken_tld}|(?:{sep}[a-z0-9\-]{{1,63}}){{1,3}})(?![\w])"
    full = re.compile(local_part + _GAP + r"(?:" + at + r"|@)" + _GAP + labels, re.IGNORECASE)
    # the "at", the domain's first label and the first dot: no address without them
    core = _GAP + r"[a-z0-9\-]{1,63}(?:" + sep + r"|[ \t]?\.[ \t]|[ \t]{0,3}\r?\n[ \t]{0,3}\.)[a-z0-9\-]"
    at_max = max([1, *map(len, at_words)]) + 4  # a blank inside may be two, and one inside each bracket
    dot_max = max([1, *map(len, dot_words)]) + 4
    local = 64 + _GAP_MAX
    longest = local + at_max + _GAP_MAX + 63 + 3 * (_GAP_MAX + dot_max + _GAP_MAX + 63) + 1  # + the look-ahead's
    trigger = frozenset(w for a in at_words for w in LETTER_RUN.findall(a)[:1]) - on_words
    function = frozenset(w.lower() for ws in lx.function_words.values() for w in ws)
    prose = function | {w.lower() for w in lx.handle_stopwords}
    return _Obfuscated(
        full,
        re.compile(r"(?:" + grouped_alternation([p for _w, p in at_parts] + ["@"]) + r")" + core),
        re.compile(r"(?:" + at + r"|@)" + core, re.IGNORECASE),
        local,
        longest,
        re.compile(_GAP + r"(" + dot + r"|\.)" + _GAP + r"([a-z0-9\-]{1,63})", re.IGNORECASE),
        trigger,
        frozenset(a for a in at_words if a in prose),
        prose,
        function,
        re.compile(
            r"(?<![\w.])([a-z0-9](?:[a-z0-9._\-]{0,30}[a-z0-9_])?)[ \t]{0,3}(?:"
            + dot
            + r"|(?P<u>"
            + _spelled_joiner(lx.email_underscore_words)
            + r")|(?P<d>"
            + _spelled_joiner(lx.email_dash_words)
            + r"))[ \t]{0,3}\Z",
            re.IGNORECASE,
        ),
        frozenset(t.lower() for t in lx.tlds),
        frozenset(d.lower() for d in lx.email_domains_common),
        tuple(at_parts),
        core,
        frozenset(w for w, _p in at_parts if w),
        re.compile(
            r"(?<![\w-])(?:"
            + "|".join(longest_first({re.escape(c.lower()) for c in lx.email_cues}))
            + r")[\w-]*[ \t]*[:=>\-–]?(?:[ \t]+[^\W\d_]{1,8}){0,2}[ \t]*[:=>\-–]?[ \t]*\Z"
        ),
        re.compile(r"[a-z0-9\-]{1,63}(?:[ \t]?\.|" + _GAP + r"(?:" + dot + r"))", re.IGNORECASE),
        {},
        on_words,
    )


def _spelled_joiner(words: Sequence[str]) -> str:
    """The regex alternation of a local part's spelled-out "_" or "-" (``email_underscore_words``,
    ``email_dash_words``), in any bracket; one that never matches when the lexicon lists none."""
    alt = _alternation(_bracketed([w.strip().lower() for w in words if w.strip()]))
    return alt or r"(?!)"


def _core_for(ob: _Obfuscated, words: set[str], at_sign: bool) -> re.Pattern[str]:
    """The lower-case core regex of only the "at" spellings that can be in a text with these ``words`` (bracketed
    ones always), and of "@" when ``at_sign``: it finds the same cores, and skips to fewer start characters than
    the whole alternation."""
    key = (ob.spelling_words.intersection(words), at_sign)
    rx = ob.subsets.get(key)
    if rx is None:
        present = key[0]
        # grouped by each spelling's first character: the same matches, without trying each spelling in turn at
        # every start (``grouped_alternation``)
        alt = grouped_alternation([*(p for w, p in ob.at_parts if not w or w in present), *(["@"] if at_sign else [])])
        # the lexicon's spellings only, never the ad's text: kept across runs (a whole set costs ~2-8 ms to compile)
        rx = startcache.kept_regex(r"(?:" + alt + r")" + ob.core_tail)
        ob.subsets[key] = rx
    return rx


def _obfuscated_matches(
    text: str, low: str | None, words: set[str] | None = None, at_sign: bool = True
) -> Iterator[re.Match[str]]:
    """``_obfuscated_email().full.finditer(text)``, scanning only where a match can be: every match holds a core,
    starts shortly before the first core and ends shortly after the last one (most texts have no core at all).
    ``words``: the letter words of ``low``, when the caller has them; ``at_sign=False`` leaves out matches around
    an "@" (the caller has read each "@" of the text as part of a plain address)."""
    window = _obfuscated_window(text, low, words, at_sign)
    if window is None:
        return iter(())
    return _obfuscated_email().full.finditer(text, window[0], window[1])


def _obfuscated_window(
    text: str, low: str | None, words: set[str] | None = None, at_sign: bool = True
) -> tuple[int, int] | None:
    """The stretch of ``text`` that holds every match of the obfuscated pattern (``_obfuscated_matches``), or
    None when there is none."""
    ob = _obfuscated_email()
    if words is not None and not lower_is_caseless(text):
        # a case trap ("ı"): the window is found in the caseless copy, where the spans are the same
        # (``caseless_copy``), not by the IGNORECASE core tried at every character (~2 M instructions a field)
        low = lower_same_length(caseless_copy(text))
        words = letter_words(low)
        text = low
        at_sign = True  # as the IGNORECASE core read it: every "@" too
    if lower_is_caseless(text) and words is not None:
        if low is None:
            low = lower_same_length(text)
        span = _core_span(low, _core_for(ob, words, at_sign), _core_starts(ob, low, words, at_sign))
        if span is None:
            return None
        first, last = span
        return max(0, first - ob.before), min(len(text), last + ob.after)
    if lower_is_caseless(text):
        cores = ob.core.finditer(lower_same_length(text) if low is None else low)
    else:
        cores = ob.core_ignorecase.finditer(text)
    first = last = -1
    for c in cores:
        if first < 0:
            first = c.start()
        last = c.end()
    if first < 0:
        return None
    return max(0, first - ob.before), min(len(text), last + ob.after)


#: What a bracketed "at" spelling opens with ("(at)", "[a]", "{at}", "<at>"): ``_core_for`` always keeps those.
_BRACKETS: Final = "([{<"


def _core_starts(ob: _Obfuscated, low: str, words: set[str], at_sign: bool) -> list[int]:
    """Every position where ``_core_for(ob, words, at_sign)`` can match in ``low``, in order: a bracket, an "@"
    (when ``at_sign``, or when a spelling opens with one: "@-tegn"), and a first word of a spelling the text has
    where no word character stands before it (the spellings' look-behind), found with ``str.find``. Run over the
    whole text, the core pattern stops at every "a", "s", "k" of the prose."""
    opens = "@" if at_sign or (_sign_spellings() and "@-" in low) else ""
    return find_starts(low, _BRACKETS + opens, low, ob.spelling_words.intersection(words))


@functools.cache
def _sign_spellings() -> bool:
    """Does a spelling of "at" open with the sign itself ("@-tegn", "@-tecken")? Such a spelling is found at its "@"."""
    return any(w.strip().startswith("@-") for w in lexicon().email_at_words)


def _core_span(low: str, core: re.Pattern[str], starts: list[int]) -> tuple[int, int] | None:
    """(start of the first, end of the last) of ``core.finditer(low)``'s matches, the pattern tried only at
    ``starts`` (every position where it can match), or None when it matches nowhere."""
    first = last = -1
    for p in starts:
        if p < last:
            continue
        m = core.match(low, p)
        if m is not None:
            if first < 0:
                first = p
            last = m.end()
    return None if first < 0 else (first, last)


#: The characters of ``_EMAIL``'s local part.
_LOCAL_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


def _plain_emails(text: str, first_at: int) -> list[re.Match[str]]:
    """``_EMAIL.finditer(text)`` (``first_at``: the first "@" of ``text``), with one ``match`` per "@".

    The pattern opens with a repeated class, so ``finditer`` tries every position and runs along each word before
    it fails. Every match holds exactly one "@" (the local part cannot hold one) and starts in the run of
    local-part characters right before it, at most 64 back; whether it matches does not depend on where in that
    run it starts (the local part takes any 1-64 of them), so the leftmost start, the one ``finditer`` finds first,
    is the only one to try. A start inside the previous match is not tried, as in ``finditer``. The end of the
    search is ``_EMAIL_AFTER`` past the last "@", as the window the pattern used to be run in."""
    out: list[re.Match[str]] = []
    hi = min(len(text), text.rfind("@") + _EMAIL_AFTER)
    last = 0
    i = first_at
    while i >= 0:
        s = i
        floor = max(last, i - _EMAIL_BEFORE)
        while s > floor and text[s - 1] in _LOCAL_CHARS:
            s -= 1
        if s < i:
            m = _EMAIL.match(text, s, hi)
            if m is not None:
                e = m.end()
                pair = _glued_pair(text, m, hi) if e < len(text) and text[e] in _RUN_ON else None
                if pair is not None:
                    out.extend(pair)
                    last = pair[1].end()
                else:
                    out.append(m)
                    last = e
        i = text.find("@", max(i + 1, last))
    return out


#: What may follow an address's match when a second address is glued to it: the next local part's characters, or
#: the second "@" itself (the second local part then read as the first address's domain).
_RUN_ON: Final = frozenset("@_.%+-")


def _glued_pair(text: str, m: re.Match[str], hi: int) -> tuple[re.Match[str], re.Match[str]] | None:
    """Two addresses a markup layer glued together (issue 14 session 41): a page's list of contacts, one link or
    line each, read with the tags or breaks between them dropped ("info@scandiangels.euscarlett_vip@hotmail.no",
    "vip@eliteagency.comjade.love@yahoo.com"). ``m`` runs on into local-part characters and a second "@" (a real
    address ends at a blank, a quote, a bracket or a sentence's dot). It is split where one of its domain's labels
    after the first opens with a known top-level domain (the longest one) and the rest opens an address of a local
    part of two characters or more: the first address ends there and the second starts there. None when no such
    split exists ("a@b.com@c.se" stays as it is read)."""
    e = m.end()
    j = e
    while j < len(text) and text[j] in _LOCAL_CHARS:
        j += 1
    if j >= len(text) or text[j] != "@":
        return None
    tlds = _tld_prefixes()
    start = m.start()
    q = text.find(".", text.find("@", start, e), e)
    while q >= 0:
        label_start = q + 1
        for tld in tlds:
            p = label_start + len(tld)
            if p < e and text[p].isalnum() and text[label_start:p].lower() == tld:
                first = _EMAIL.match(text, start, p)
                second = _EMAIL.match(text, p, hi)
                if (
                    first is not None
                    and first.end() == p
                    and second is not None
                    and second.end() > j + 1
                    and j - p >= 2
                ):
                    return first, second
        q = text.find(".", label_start, e)
    return None


@functools.cache
def _tld_prefixes() -> tuple[str, ...]:
    """The known top-level domains (``tlds``, lower case), longest first: the one a glued label opens with."""
    return tuple(sorted({t.lower() for t in lexicon().tlds}, key=_longest_then_alphabetical))


_HANDLE_AT: Final = 0
_ADDRESS_AT: Final = 1
#: glued to the next word only ("anna @gmail.com"), as a handle's "@" is ("Snap @lisa")
_GLUED_AT: Final = 2


def _at_kind(text: str, i: int) -> int:
    """What the "@" at ``i`` can be: an obfuscated address's, right after its local part ("anna@gmail dot com"), in
    brackets ("nina (@) yahoo") or set apart by blanks or a line break on both sides ("navn @ domene.no")
    (``_ADDRESS_AT``); glued to the next word only (``_GLUED_AT``: "anna @gmail.com", but also "Snap @lisa"); or a
    handle's ("Telegram: @sofie", ``_HANDLE_AT``)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() or before in "._-([{<":
        return _ADDRESS_AT
    if before in " \t\r\n":
        if after in " \t\r\n":
            return _ADDRESS_AT
        if after.isalnum():
            return _GLUED_AT
    return _HANDLE_AT


#: An HTML character reference a scraper left in the text ("anna&#64;gmail.com", "&#x40;", "&commat;", session 31),
#: or a URL's percent-escape of an address's punctuation ("mailto:lina22%40snowbox.net", "?email=anna%40x.se":
#: a link's href or a query value copied as written, issue 14 session 40; ``_ESCAPED`` says which), or a Markdown
#: backslash escape of it ("hedda\_kiss47@yahoo.com", "anna\.berg": an HTML-to-Markdown converter escapes "_", ".",
#: "-", "+" wherever they could start emphasis or a list, also inside an address; issue 14 session 41).
_ENTITY: Final = re.compile(r"&(?:#[0-9]{2,5}|#[xX][0-9a-fA-F]{2,4}|[a-zA-Z]{3,8});|%(?:40|2[eEdDbB]|5[fF])|\\[-_.+@]")
#: The characters of a URL's percent-escapes ``_ENTITY`` reads ("%40" is "@", "%2E" ".", "%2D" "-", "%2B" "+", "%5F"
#: "_"): the same punctuation as the references'.
_ESCAPED: Final = {"40": "@", "2e": ".", "2d": "-", "2b": "+", "5f": "_"}
#: The characters of an address a reference may stand for: only these are unescaped.
_ADDRESS_PUNCT: Final = frozenset("@.-_+")


def _unescaped(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` with each character reference of an address's punctuation ("&#64;", "&period;") and each URL
    percent-escape or Markdown backslash escape of it ("%40", "%2E", "\\_") written as its character, once
    (``&amp;#64;`` stays ``&#64;``), and for each
    one (its position in the new text, the characters it saved): a hit's span is mapped back with them
    (``_original``). None when no reference of them is in it."""
    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    pos = 0
    new_len = 0
    for m in _ENTITY.finditer(text):
        g = m.group()
        first = g[0]
        ch = _ESCAPED[g[1:].lower()] if first == "%" else g[1] if first == "\\" else html.unescape(g)
        if len(ch) != 1 or ch not in _ADDRESS_PUNCT:
            continue
        parts.append(text[pos : m.start()])
        new_len += m.start() - pos
        parts.append(ch)
        shifts.append((new_len, len(m.group()) - 1))
        new_len += 1
        pos = m.end()
    if not shifts:
        return None
    parts.append(text[pos:])
    return "".join(parts), shifts


def _md_escaped(text: str) -> bool:
    """Whether ``text`` (which holds a backslash) holds a Markdown escape of an address's punctuation ("\\_", "\\.",
    "\\-", "\\+", "\\@"): an address never holds a backslash, so the one before its punctuation is a markup layer's
    (an HTML-to-Markdown converter's, a chat client's) and is read away as ``_unescaped`` reads a character
    reference. Phones are read from the text as written (``\\+47 …`` is read there)."""
    return "\\_" in text or "\\." in text or "\\-" in text or "\\+" in text or "\\@" in text


def _original(p: int, shifts: list[tuple[int, int]]) -> int:
    """Where position ``p`` of the unescaped text is in the text as written: after every reference before it (a span
    that ends right after one holds it whole)."""
    return p + sum(saved for at, saved in shifts if at < p)


def find_emails(
    text: str, words: set[str] | None = None, low: str | None = None, wide_letters: bool = True
) -> list[Hit]:
    """``find_written_emails``, and the addresses a CDN's e-mail protection encoded in the text (``cfemail``:
    ``data-cfemail="…"``, ``/cdn-cgi/l/email-protection#…``, session 32), each spanning its hex."""
    hits = find_written_emails(text, words, low, wide_letters)
    if cfemail.may_hold(text) if words is None else ("cfemail" in words or "protection" in words):
        hits.extend(_encoded_emails(text))
        hits.sort(key=lambda h: h.start)
    return hits


def _encoded_emails(text: str) -> list[Hit]:
    """The addresses decoded from the text's protected hex strings: a decoded text is an address only when the
    ordinary reader reads all of it as one (a garbled or foreign string gives none)."""
    out: list[Hit] = []
    for s, e in cfemail.encoded(text):
        address = cfemail.decode(text[s:e])
        if address is None or "@" not in address:
            continue
        for h in _find_emails(address, None, None, True):
            if h.start == 0 and h.end == len(address):
                out.append(Hit("email", h.value, s, e, {"obfuscated": True, "encoded": "cfemail"}))
                break
    return out


def find_written_emails(
    text: str, words: set[str] | None = None, low: str | None = None, wide_letters: bool = True
) -> list[Hit]:
    """``_find_emails``; in a text holding a character reference of an address's punctuation ("info&#64;orchid-
    models.com", a scraper's leftover, session 31), read with each such reference unescaped once, the spans pointing
    into the text as written. A text holding an invisible character (``text.INVISIBLE``: "anna\u200b@\u200bgmail
    \u200b.com", written past a filter) is read without them, the spans pointing into the text as written."""
    if has_invisible(text):
        plain, removed = visible(text)
        return [
            Hit(h.kind, h.value, *original_span(h.start, h.end, removed), h.detail)
            for h in find_written_emails(plain, None, None, wide_letters)
        ]
    if (
        ("&" in text and ("&#" in text or "&commat;" in text or "&period;" in text))
        or "%40" in text
        or ("\\" in text and _md_escaped(text))
    ):
        got = _unescaped(text)
        if got is not None:
            plain, shifts = got
            return [
                Hit(h.kind, h.value, _original(h.start, shifts), _original(h.end, shifts), h.detail)
                for h in _find_emails(plain, None, None, wide_letters)
            ]
    return _find_emails(text, words, low, wide_letters)


def _find_emails(
    text: str, words: set[str] | None = None, low: str | None = None, wide_letters: bool = True
) -> list[Hit]:
    """Plain and obfuscated addresses: "anna (at) gmail dot com", "navn alfakrøll domene punktum no",
    "x snabel-a y punkt se", "navn @ domene.no". ``words``/``low``: the text's lower-case words and lower-cased
    text (``lower_same_length``), when the caller has them; ``wide_letters=False``: the caller knows that no
    character above U+00FF is a letter or digit (``patterns.scan`` gave a class string), so the text holds no
    Cyrillic or Greek look-alike to read as Latin.

    An obfuscated address ends at its last known top-level domain. After a bare "at" (an ordinary word) or an
    "@" set apart by blanks, neither the local part nor the domain may be an ordinary word ("meet me at ..."),
    and a bare "at" needs a spelled-out dot or a mail provider ("Mr.Smith at home.dk" is no address)."""
    ob = _obfuscated_email()
    if low is None:
        low = lower_same_length(text)
    if words is None:
        words = letter_words(low)
    # look-alike letters only where an address can be: an "@" or a spelled-out "at" in the text
    if wide_letters and ("@" in text or not words.isdisjoint(ob.trigger)) and not is_latin1(text):
        unmixed = _unmix_lookalikes(text)
        if unmixed is not text:
            text = unmixed
            low = lower_same_length(text)
            words = letter_words(low)
    if "@" in text and "\n>" in text:  # one character first: ``memchr``, ~50x faster than a two-character search
        unquoted = _unquote_domains(text)  # "anna@gmail<line break>> .com": a quoted line's mark is no part of it
        if unquoted is not text:
            text = unquoted
            low = lower_same_length(text)
    if ("-" in low and "at-" in low) or ("_" in low and "_at_" in low):
        dashed = _dashed_at(text)  # "anna -at- gmail.com" read as "anna (at) gmail.com" (same length: spans stay)
        if dashed is not text:
            text = dashed
            low = lower_same_length(text)
    if "\u00a9" in text:
        signed = _ocr_at(text, ob)  # "anna©gmail.com": OCR's "©" for the "@" it misread (same length: spans stay)
        if signed is not text:
            text = signed
            low = lower_same_length(text)
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    first_at = text.find("@")
    if first_at >= 0:
        for m in _plain_emails(text, first_at):
            v = m.group().strip(".").lower()
            hits.append(Hit("email", v, m.start(), m.start() + len(m.group().rstrip("."))))
            taken.append((m.start(), m.end()))
        _split_host_hits(text, first_at, ob, hits, taken)
        if " @ " in text:
            _letter_spaced_hits(text, ob, hits, taken)
    if not words.isdisjoint(_glued_gate()):
        _glued_at_hits(text, low, ob, hits, taken)
    # an "@" outside every plain address may be an obfuscated one's ("navn @ domene.no", "anna@gmail dot com");
    # one inside a plain address never is (the match would overlap it), nor a handle's ("Telegram: @sofie")
    loose_at = False
    i = first_at
    while i >= 0 and not loose_at:
        kind = _at_kind(text, i)
        loose_at = (
            kind == _ADDRESS_AT or (kind == _GLUED_AT and ob.glued_domain.match(text, i + 1) is not None)
        ) and not any(s <= i < e for s, e in taken)
        i = text.find("@", i + 1)
    # "på", "on": looked for only in an ad with an e-mail cue word (most ads hold one of them)
    scan = (
        words
        if words.isdisjoint(ob.on_words) or _on_gate(words, text) or _bare_address(low, words & ob.on_words)
        else words - ob.on_words
    )
    if loose_at or not scan.isdisjoint(ob.trigger) or not scan.isdisjoint(ob.on_words):
        window = _obfuscated_window(text, low, scan, loose_at)
        if window is not None:
            hits.extend(_obfuscated_hits(text, low, ob, window, _at_positions(text, low, scan, ob, loose_at), taken))
    if not words.isdisjoint(_implied_providers()[1]):
        _implied_hits(text, low, ob, hits, taken)
    guessed = _guessed_providers()
    if not words.isdisjoint(guessed):
        _provider_first_hits(text, low, ob, frozenset(guessed), guessed, hits, taken, guessed=True)
    _implied_domain_hits(text, low, ob, hits, taken)
    between = _implied_domain_words()
    if not words.isdisjoint(between):
        _item_implied_hits(text, low, ob, between, hits, taken)
    return hits


def _on_gate(words: set[str] | frozenset[str], text: str) -> bool:
    """Does an ad whose words hold an ``email_on_words`` ("på", "on") name e-mail too ("E-post:", "Mail:", "✉"), the
    label that lets such a bare word stand for an "@" (``_asked_to_write`` then asks for it before the address)?
    Most ads hold "på" or "on"; a write verb alone ("send", "skriv") is in too many of them to open the scan."""
    return not words.isdisjoint(_cue_words()) or any(sg in text for sg in _cue_signs())


def _bare_address(low: str, ons: set[str]) -> bool:
    """Does an "on" word of the text (``ons``: those it holds) stand between an address's local part
    (``_address_local``: "booking.fjord3", "katya98") and a dotted name ("sneglepost.se"): an address written with a
    provider's word in an ad that names e-mail nowhere but in a blanked key ('"email": …' of an export whose "text"
    ends "… kys 😘 booking.fjord3 på sneglepost.se", session 43)? The gate of ``_find_emails``' scan of the "on"
    words beside ``_on_gate``: a few ``str.find`` per word, most "på" of prose failing at the dotted name."""
    n = len(low)
    for w in ons:
        needle = " " + w + " "
        k = low.find(needle)
        while k >= 0:
            e = k + len(needle)
            t = low.find(" ", e)
            t = n if t < 0 else t
            dot = low.find(".", e, t)  # most "på" of prose: no dot in the next word (C searches only)
            if 0 < dot - e and dot + 1 < t and low[dot + 1].isalpha() and not any(c.isspace() for c in low[e:dot]):
                b = k
                while b > 0 and not low[b - 1].isspace():
                    b -= 1
                if _address_local(low[b:k]):
                    return True
            k = low.find(needle, e - 1)
    return False


@functools.cache
def _cue_words() -> frozenset[str]:
    """The longest letter word of each ``email_cues`` entry, lower case: "mail" of "e-mail", "post" of "e-post"."""
    return frozenset(max(LETTER_RUN.findall(c.lower()), key=len) for c in lexicon().email_cues if c.strip())


@functools.cache
def _implied_domain_words() -> frozenset[str]:
    """``email_provider_words`` that are words ("på", "on", "hos"), lower-cased: an ad with none holds no item
    ``_item_implied_hits`` reads."""
    return frozenset(w.lower() for w in lexicon().email_provider_words if w.strip().isalpha())


#: A name that may stand for a domain (a label: letters, digits, inner hyphens), and a local part read backwards.
_DOMAIN_NAME: Final = re.compile(r"[a-z0-9][a-z0-9\-]{1,61}[a-z0-9]")
_LOCAL_PART: Final = re.compile(r"[a-z0-9](?:[a-z0-9._\-]{0,62}[a-z0-9_])?")
#: Characters that end an item of a list of contacts ("Ring 45 … · booking på velvetnights · …", a sheet's cell, a
#: quoted line), besides a line's end: what stands next to an address written as an item of its own. Not ",": a
#: comment's "annons på touraloud, kallar sig Kateryna" names a site, not a mailbox.
_ITEM_ENDS: Final = frozenset('\t;|·•"»«>()[]/')


def _item_edge(low: str, i: int, step: int) -> bool:
    """Is ``i`` (the first character past a candidate, going ``step``) at an item's edge: the text's end or start,
    a line break, three blanks (a structured format's fields read with their keys blanked, ``formats``), or one of
    ``_ITEM_ENDS`` after blanks (before it: ``:`` too, a label's)?"""
    n = len(low)
    blanks = 0
    while 0 <= i < n and low[i] in " \u00a0":
        i += step
        blanks += 1
    if i < 0 or i >= n or blanks >= 3:
        return True
    c = low[i]
    return c == "\n" or c in _ITEM_ENDS or (step < 0 and (c == ":" or (not c.isascii() and not c.isalnum())))


def _item_implied_hits(
    text: str, low: str, ob: _Obfuscated, between: frozenset[str], hits: list[Hit], taken: list[tuple[int, int]]
) -> None:
    """``_implied_domain_hits`` without an e-mail cue, where the address is an item of its own: a cell of a sheet, a
    quoted line, one of the contacts a list separates by "·" ("45 33 75 34 · booking på silkandpearlgroup"), session
    39. Found from each " på "/" on "/" hos " (a few ``str.find`` an ad): the name after it must end the item and the
    local part before it open it; most such words in prose fail the first test at once."""
    providers = _implied_providers()[2]
    for word in between:
        needle = f" {word} "
        i = low.find(needle)
        while i >= 0:
            j = i + len(needle)
            nxt = low.find(needle, j)
            m = _DOMAIN_NAME.match(low, j)
            if m is None or not _item_edge(low, m.end(), 1):
                i = nxt
                continue
            k = i
            while k > 0 and (low[k - 1].isascii() and (low[k - 1].isalnum() or low[k - 1] in "._-")):
                k -= 1
            local = low[k:i]
            name = m.group()
            if (
                _LOCAL_PART.fullmatch(local) is None
                or not _item_edge(low, k - 1, -1)
                or local in ob.function
                or name in ob.prose
                or name in ob.tlds
                or name in providers
                or not any(ch.isalpha() for ch in name)
                or any(s < m.end() and k < e for s, e in taken)
            ):
                i = nxt
                continue
            hits.append(Hit("email_implied", f"{local}@{name}", k, m.end(), {"obfuscated": True, "inferred": True}))
            taken.append((k, m.end()))
            i = nxt


def _longest_then_alphabetical(w: str) -> tuple[int, str]:
    """A sort key for a regex alternation: longest first, ties alphabetical (the same pattern under any hash seed)."""
    return (-len(w), w)


@functools.cache
def _implied_domain_rules() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """What ``_implied_domain_hits`` reads with: the words and signs a cue opens with (its literals: every match of
    the cue pattern starts with one, so their ``str.find`` is the one pre-test, ``_cue_matches``), the cue ("Email:",
    "E-post -", "Maila", "✉", "Skriv til"), and the local part, a word between (``email_provider_words``) and the
    name that stands for the domain. One function for all three (session 40): the literals are the pattern's own
    alternatives, not a second list kept beside it."""
    lx = lexicon()
    cues = sorted({c.lower() for c in lx.email_cues}, key=_longest_then_alphabetical)
    signs = [sg for sg in lx.email_cue_signs if sg]
    write = sorted({w.lower() for w in lx.email_write_words}, key=_longest_then_alphabetical)
    # no look-behind in the pattern: one at its start made the engine try it at every position of every text holding a
    # cue's letters (531 M instructions on 1,500 blind14 ads); ``_cue_matches`` asks it of each match instead
    cue = re.compile(
        r"(?:(?:"
        + "|".join(re.escape(c) for c in cues)
        + r")[\w-]*[ \t]*[:=>\-\u2013]?|"
        + "|".join(re.escape(sg) for sg in signs)
        + r"|(?:"
        + "|".join(re.escape(w) for w in write)
        + r")[ \t]+(?:til|till|to)\b)\ufe0f?[ \t]*"
    )
    between = [re.escape(w.lower()) for w in lx.email_provider_words if w.strip() and w.strip() != "@"]
    body = re.compile(
        r"([a-z0-9](?:[a-z0-9._\-]{0,62}[a-z0-9_])?)[ \t]{1,2}(?:"
        + "|".join(sorted(between, key=_longest_then_alphabetical))
        + r")[ \t]{1,2}([a-z0-9][a-z0-9\-]{1,61}[a-z0-9])(?![\w@\-]|[ \t]?\.[ \t]?[a-z0-9])",
        re.IGNORECASE,
    )
    return _prefix_free({*cues, *write, *signs}), cue, body


def _prefix_free(literals: set[str]) -> tuple[str, ...]:
    """``literals`` without those another of them opens ("maila" after "mail", "skrive" after "skriv"): a match that
    opens with the longer opens with the shorter at the same place, so the shorter's ``str.find`` finds it."""
    return tuple(sorted(w for w in literals if not any(p != w and w.startswith(p) for p in literals)))


def _cue_matches(cue: re.Pattern[str], low: str) -> list[re.Match[str]]:
    """``cue``'s matches in ``low`` as ``finditer`` gives them with the look-behind ``(?<![\\w-])`` before a cue word
    (not before a sign). Every match opens with one of the cue's words or signs (``_implied_domain_rules``' literals),
    so the pattern is asked only where ``str.find`` sees one: searched, its first characters (e, m, s, w) are tried at
    every such letter of the text (session 39: the cue cost 531 M instructions on 1,500 blind14 ads). The finds are
    also the only pre-test: a text holding none of the literals is done after them."""
    starts: list[int] = []
    for word in _implied_domain_rules()[0]:
        i = low.find(word)
        while i >= 0:
            starts.append(i)
            i = low.find(word, i + 1)
    if not starts:
        return []
    out: list[re.Match[str]] = []
    pos = 0
    for s in sorted(set(starts)):
        if s < pos or (s > 0 and _word_char(low[s]) and (_word_char(low[s - 1]) or low[s - 1] == "-")):
            continue
        c = cue.match(low, s)
        if c is None:
            continue
        out.append(c)
        pos = c.end() if c.end() > s else s + 1
    return out


def _word_char(ch: str) -> bool:
    """Is ``ch`` what the regex ``\\w`` matches (a letter, a digit or "_", in any script)?"""
    return ch.isalnum() or ch == "_"


def _implied_domain_hits(text: str, low: str, ob: _Obfuscated, hits: list[Hit], taken: list[tuple[int, int]]) -> None:
    """Addresses whose domain is a name only, right after an e-mail cue ("Email: booking on polargrace", "E-post: post
    på jadetouchsenter", "✉ booking på velvetnights", session 39): kind ``email_implied``, value "local@name". No
    domain is invented here: ``implied.complete`` reads one only when the ad, its site or its stream wrote an address
    at a domain of that name ("booking@polargrace.com"), and drops the rest. The name is no provider (those are read
    above), no ordinary word and no top-level domain; the local part no ordinary word."""
    _literals, cue, body = _implied_domain_rules()
    cues = _cue_matches(cue, low)  # the cue's literals found: the pre-test
    if not cues:
        return
    providers = _implied_providers()[2]
    for c in cues:
        m = body.match(text, c.end())
        if m is None:
            continue
        local = m.group(1).lower()
        name = m.group(2).lower()
        if (
            local in ob.function  # "post", "booking", "kontakt" are mailboxes; "me", "her", "us" are not
            or name in ob.prose
            or name in ob.tlds
            or name in providers
            or not any(ch.isalpha() for ch in name)
            or any(s < m.end() and m.start() < e for s, e in taken)
        ):
            continue
        hits.append(Hit("email_implied", f"{local}@{name}", m.start(), m.end(), {"obfuscated": True, "inferred": True}))
        taken.append((m.start(), m.end()))


@functools.cache
def _guessed_providers() -> dict[str, str]:
    """``email_default_domains``, lower-cased: providers of several domains with the one a label form is read with."""
    return {k.lower(): v.lower() for k, v in lexicon().email_default_domains.items()}


#: A "©" glued between a local part and a domain with its top-level domain: how OCR reads the "@" of an address in a
#: screenshot ("anna©gmail.com", session 36); "© Site 2026", "Site © anna.no" have blanks beside the sign.
_OCR_AT: Final = re.compile(r"\u00a9(?=(?:[A-Za-z0-9\-]{1,63}\.){1,5}([A-Za-z]{2,24})(?![A-Za-z0-9\-]))")
#: What may stand right before that sign: the local part's last character.
_OCR_AT_BEFORE: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_%+-")


def _ocr_at(text: str, ob: _Obfuscated) -> str:
    """``text`` with each ``_OCR_AT`` sign whose domain ends in a known top-level domain written as "@". Tried only
    at each "©" (a site's footer has one in every ad: no search over the field)."""
    out: list[str] | None = None
    i = text.find("\u00a9")
    while i >= 0:
        if i > 0 and text[i - 1] in _OCR_AT_BEFORE:
            m = _OCR_AT.match(text, i)
            if m is not None and m.group(1).lower() in ob.tlds:
                if out is None:
                    out = list(text)
                out[i] = "@"
        i = text.find("\u00a9", i + 1)
    return text if out is None else "".join(out)


#: An "at" between dashes or underscores ("-at-", "_at_"), a word of its own or glued between the address's parts.
_DASHED_AT: Final = re.compile(r"-at-|_at_", re.IGNORECASE)


def _dashed_at(text: str) -> str:
    """``text`` with each "at" between dashes or underscores ("-at-", "_at_") written "(at)" (same length)."""
    if _DASHED_AT.search(text) is None:
        return text
    return _DASHED_AT.sub("(at)", text)


#: A domain whose host name is split by one blank ("@proton mail.com", "@gm ail.com", "@ou tlook.com"): the two pieces,
#: then the rest of the domain.
_SPLIT_HOST: Final = re.compile(r"@([a-z0-9]{1,20})[ \t]([a-z0-9]{1,20})((?:\.[a-z0-9\-]{1,63}){1,2})(?![\w@-])", re.I)


#: A top-level domain set apart in brackets after the rest of the domain ("anna@gmail (.com)", "vip@agency[.eu]").
_BRACKETED_TLD: Final = re.compile(
    r"@((?:[a-z0-9\-]{1,63}\.){0,2}[a-z0-9\-]{1,63})[ \t]?[(\[{][ \t]?\.[ \t]?([a-z]{2,24})[ \t]?[)\]}]", re.I
)


def _local_before(text: str, i: int) -> tuple[int, str]:
    """The local part right before the "@" at ``i``: its start and its lower-case text (dots and dashes at its ends
    left out; "" when there is none)."""
    s = i
    while s > 0 and i - s < _EMAIL_BEFORE and text[s - 1] in _LOCAL_CHARS:
        s -= 1
    raw = text[s:i]
    return i - len(raw.lstrip(".-")), raw.strip(".-").lower()


def _split_host_hits(text: str, first_at: int, ob: _Obfuscated, hits: list[Hit], taken: list[tuple[int, int]]) -> None:
    """The addresses whose host name a blank splits ("anna@proton mail.com"): the two pieces after an "@" are one
    host when joined they are a mail provider's (``email_domains_common``) and a known top-level domain ends the
    domain; and those whose top-level domain stands apart in brackets ("anna@gmail (.com)", session 30). Appended
    to ``hits`` and ``taken``."""
    i = first_at
    while i >= 0:
        if not any(s <= i < e for s, e in taken):
            b = _BRACKETED_TLD.match(text, i)
            if b is not None and b.group(2).lower() in ob.tlds:
                start, local = _local_before(text, i)
                if local:
                    hits.append(
                        Hit(
                            "email",
                            f"{local}@{b.group(1).lower()}.{b.group(2).lower()}",
                            start,
                            b.end(),
                            {"obfuscated": True},
                        )
                    )
                    taken.append((start, b.end()))
                    i = text.find("@", i + 1)
                    continue
            m = _SPLIT_HOST.match(text, i)
            if m is not None:
                host = (m.group(1) + m.group(2)).lower()
                rest = m.group(3).lower()
                s = i
                while s > 0 and i - s < _EMAIL_BEFORE and text[s - 1] in _LOCAL_CHARS:
                    s -= 1
                local = text[s:i].strip(".-").lower()
                if local and host in ob.common and rest.rsplit(".", 1)[1] in ob.tlds:
                    start = i - len(text[s:i].lstrip(".-"))
                    hits.append(Hit("email", f"{local}@{host}{rest}", start, m.end(), {"obfuscated": True}))
                    taken.append((start, m.end()))
        i = text.find("@", i + 1)


@functools.cache
def _glued_parts() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's letter spellings of "at" and ``email_domains_common``, lower case: what ``_glued_at`` matches
    and ``_glued_words`` finds."""
    lx = lexicon()
    ats = frozenset(w.strip().lower() for w in lx.email_at_words if w.strip() and w.strip()[0].isalpha())
    return ats, frozenset(d.lower() for d in lx.email_domains_common)


@functools.cache
def _glued_at() -> re.Pattern[str]:
    """An "at" word glued to a mail provider's name ("atlive", "krøllalfayahoo", "snabelaicloud"), with no letter or
    digit after (``_glued_parts``)."""
    words, names = _glued_parts()
    ats = {re.escape(w) for w in words}
    hosts = {re.escape(d) for d in names}
    return re.compile(r"(?:" + "|".join(longest_first(ats)) + r")(" + "|".join(longest_first(hosts)) + r")(?![^\W_])")


@functools.cache
def _glued_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The letter "at" words and the mail providers' names of ``_glued_at`` as it spells them (lower case); of the
    names only those that no other name opens (where "protonmail" stands, "proton" does)."""
    ats, hosts = _glued_parts()
    return tuple(sorted(ats)), tuple(sorted(h for h in hosts if not any(o != h and h.startswith(o) for o in hosts)))


def _glued_starts(low: str) -> list[int]:
    """Every position where ``_glued_at()`` can match in ``low``, in order: an "at" word that ends where a mail
    provider's name begins, found with ``str.find`` from the names (the pattern, tried at every "a", "s", "k" and
    "g" of the text, cost ~50-80 k instructions a field)."""
    hosts = _glued_words()[1]
    by_last = _ats_by_last()
    found: set[int] = set()
    for h in hosts:
        q = low.find(h)
        while q >= 0:
            if q:
                # only the "at" words that end with the character before the name (most names follow a blank)
                for a in by_last.get(low[q - 1], ()):
                    s = q - len(a)
                    if s >= 0 and low[s:q] == a:
                        found.add(s)
            q = low.find(h, q + 1)
    return sorted(found)


@functools.cache
def _ats_by_last() -> dict[str, tuple[str, ...]]:
    """``_glued_words``' "at" words by their last character (``_glued_starts`` compares only those that can end
    right before a name: ~23 slices a name found before, most of them made for nothing; session 35)."""
    out: dict[str, list[str]] = {}
    for a in _glued_words()[0]:
        out.setdefault(a[-1], []).append(a)
    return {c: tuple(ats) for c, ats in out.items()}


@functools.cache
def _glued_gate() -> frozenset[str]:
    """The letter words an ad with a glued address holds one of: a spelled dot's ("dot", "punkt", "prik", ...) or an
    e-mail cue's ("mail", "epost", ...), as a written dot counts only after a cue. Most ads hold none."""
    lx = lexicon()
    return frozenset(w for s in (*lx.email_dot_words, *lx.email_cues) for w in LETTER_RUN.findall(s.lower()))


def _glued_at_hits(text: str, low: str, ob: _Obfuscated, hits: list[Hit], taken: list[tuple[int, int]]) -> None:
    """Addresses whose "at" word is glued to both the local part and a mail provider's name, a dot and a known
    top-level domain after it ("lili.5ATlive(dot)dk"); a written dot only after an e-mail cue ("Mail: annaatlive.se",
    never "chatlive.se"). Appended to ``hits`` and ``taken``. The pattern opens with the "at" words' literals: a
    local part in front of it was tried from every word of every ad (~0.1 M instructions an ad)."""
    for m in digit_anchored(_glued_at(), low, _glued_starts(low)):  # ``finditer``'s matches, tried where one can be
        at = m.start()
        if at < 1 or low[at - 1] not in _LOCAL_LOW:
            continue  # the "at" word glued to the local part, as the provider is to it
        s = at
        while s > 0 and at - s < 41 and low[s - 1] in _LOCAL_LOW:
            s -= 1
        while s < at and not low[s].isalnum():
            s += 1
        if s >= at or (s > 0 and (low[s - 1].isalnum() or low[s - 1] == "_")):
            continue
        if any(b < m.end() and s < e for b, e in taken):
            continue
        lab = ob.label.match(text, m.end())
        if lab is None or lab.group(2).lower() not in ob.tlds:
            continue
        if lab.group(1) == "." and not _after_email_cue(low, s, ob):
            continue  # "chatlive.se", "flatlive.no": a web address, unless an e-mail cue says it is one
        # the local part as written, a last dot too ("magda.ATlive": "magda.@live.se", as "magda.@live.se" reads)
        v = f"{low[s:at]}@{m.group(1)}.{lab.group(2).lower()}"
        hits.append(Hit("email", v, s, lab.end(2), {"obfuscated": True}))
        taken.append((s, lab.end(2)))


#: The characters an address is made of, one of which a letter-spaced address writes between single blanks.
_SPACED_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-+")
#: A collapsed letter-spaced address: a local part, an "@" and a domain of at least two labels.
_COLLAPSED: Final = re.compile(r"[a-z0-9](?:[a-z0-9._+\-]{0,62}[a-z0-9_])?@((?:[a-z0-9\-]{1,63}\.){1,4}([a-z]{2,24}))")


def _spaced_run(text: str, i: int, step: int) -> int:
    """From the blank at ``i`` next to an "@", the far end of the run of single address characters each set apart
    by one blank ("a n n a" in "a n n a @ g m a i l . c o m"), walking by ``step`` (-1 left, +1 right): the index of
    the run's last character, or -1 when the run is empty. A line break, two blanks or a longer word ends it."""
    n = len(text)
    end = -1
    j = i
    while 0 <= j < n and text[j] == " ":
        c = j + step
        if not (0 <= c < n) or text[c] not in _SPACED_CHARS:
            break
        after = c + step
        if 0 <= after < n and text[after] not in " \t\r\n":
            if step > 0 and text[after] in _CLOSING and (after + 1 >= n or text[after + 1] in " \t\r\n"):
                end = c  # the run's last character, a sentence's dot or a bracket after it ("... d k.")
            break  # a longer word, no single character
        end = c
        j = after
    return end


#: What may close a sentence or a bracket right after a letter-spaced address.
_CLOSING: Final = frozenset(".,;:!?)]")


def _letter_spaced_hits(text: str, ob: _Obfuscated, hits: list[Hit], taken: list[tuple[int, int]]) -> None:
    """Addresses written letter by letter between single blanks ("a n n a . k i m @ g m a i l . c o m", session 30):
    the runs of single characters on both sides of an " @ " collapsed, kept when the whole is an address with a
    known top-level domain. Ordinary spaced text ("j a g  h a r") holds no "@" and collapses to no address.
    Appended to ``hits`` and ``taken``."""
    i = text.find(" @ ")
    while i >= 0:
        at = i + 1
        if not any(s <= at < e for s, e in taken):
            left = _spaced_run(text, at - 1, -1)
            right = _spaced_run(text, at + 1, 1)
            if left >= 0 and right >= 0 and right - at >= 7:  # at least "g . s e" after it
                value = text[left : right + 1].replace(" ", "").rstrip(".").lower()
                m = _COLLAPSED.fullmatch(value)
                if m is not None and m.group(2) in ob.tlds and at - left >= 3:
                    end = right - 1 if text[right] == "." else right + 1
                    hits.append(Hit("email", value, left, end, {"obfuscated": True}))
                    taken.append((left, end))
        i = text.find(" @ ", i + 3)


@functools.cache
def _implied_providers() -> tuple[re.Pattern[str], frozenset[str], dict[str, str]]:
    """The pattern of an address that names only its provider ("anna.kim på gmail", "anna (on icloud)", "anna +
    @gmail"), over ``email_single_domain_providers`` and ``email_provider_words``, the providers' names (an ad
    holding none of them as a word is skipped) and each name's one domain."""
    lx = lexicon()
    # the providers of several domains too ("sweet.mai on hotmail"), with the domain most of their addresses have:
    # ``_implied_hits`` marks those guessed and reads them only after an e-mail cue or with an address-like local part
    domains = {k.lower(): v.lower() for k, v in lx.email_default_domains.items()}
    domains.update({k.lower(): v.lower() for k, v in lx.email_single_domain_providers.items()})
    names = frozenset(domains)
    words = longest_first({re.escape(w.lower()) for w in lx.email_provider_words if w.strip()})
    providers = "|".join(longest_first({re.escape(n) for n in names}))
    rx = re.compile(
        r"(?<![\w.@+\-])([a-z0-9](?:[a-z0-9._\-]{0,62}[a-z0-9_])?)[ \t]{1,2}"
        r"(?:\([ \t]?(?:(?:" + "|".join(words) + r")[ \t]{1,2})?(" + providers + r")[ \t]?\)"
        r"|(?:\+[ \t]?)?(?:" + "|".join(words) + r")[ \t]{0,2}(" + providers + r"))"
        r"(?![\w@\-]|[ \t]?\.[ \t]?[a-z])",
        re.IGNORECASE,
    )
    return rx, names, domains


#: A provider's name opening an address whose domain it stands for, with ":" or a dash before the local part
#: ("gmail: anna.k", "Gmail - anna_22", session 31); from the provider's name on (``_implied_hits`` checks the
#: name is one of them).
_PROVIDER_FIRST: Final = re.compile(
    r"([a-z]{3,12})[ \t]{0,2}[:\-\u2013][ \t]{1,2}([a-z0-9](?:[a-z0-9._\-]{0,62}[a-z0-9_])?)(?![\w@\-]|\.[a-z0-9])",
    re.IGNORECASE,
)


@functools.cache
def _write_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().email_write_words)


def _asked_to_write(low: str, start: int, ob: _Obfuscated) -> bool:
    """Does an e-mail cue or a verb asking for a written message ("skriv", "write", ``email_write_words``) stand
    among the four words before ``start`` on its line ("Mail me: my name anna + @gmail", "Skriv til anna hos
    gmail"), or a sign that stands for "e-mail" (``email_cue_signs``: "✉ my gmail: kateryna", issue 14 session
    41: an envelope is the label "E-mail:" drawn)?"""
    if _after_email_cue(low, start, ob):
        return True
    lo = max(low.rfind("\n", 0, start) + 1, start - 48)
    cues = tuple(c.lower() for c in lexicon().email_cues)
    write = _write_words()
    if any(w in write or w.startswith(cues) for w in LETTER_RUN.findall(low, lo, start)[-4:]):
        return True
    return any(low.find(sg, lo, start) >= 0 for sg in _cue_signs())


@functools.cache
def _cue_signs() -> tuple[str, ...]:
    """``email_cue_signs`` ("✉", "📧"), each a sign that stands for "e-mail" before an address."""
    return tuple(sg for sg in lexicon().email_cue_signs if sg)


#: The prepositions a write verb takes to make a label of it ("Write to:", "Skriv til", "Skriv till").
_WRITE_TO: Final = frozenset({"to", "til", "till"})
#: A write verb, its preposition and the label's ":" or dash, at the end of the searched span.
_WRITE_LABEL: Final = re.compile(r"([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]*[:\-\u2013][ \t]*$")


def _write_label_before(low: str, start: int) -> bool:
    """Is ``start`` right after a write verb and its preposition made a label by a ":" or a dash ("Write to:
    lerkasweet on outlook", "> Skriv til: anna på hotmail", "Skriv till - anna hos hotmail")? A page's field label
    for the address, as "E-mail:" is (``_implied_domain_rules``' cue reads it too), so what follows is the address
    whole (issue 14 session 41). Without the ":" the words may be prose ("Skriv til lina hos hotmail", "I write to
    lisa on outlook"): a plain word after them stays unread, as before."""
    lo = max(low.rfind("\n", 0, start) + 1, start - 32)
    m = _WRITE_LABEL.search(low, lo, start)
    return m is not None and m.group(2) in _WRITE_TO and m.group(1) in _write_words()


#: The word right after a match, on its line.
_NEXT_WORD: Final = re.compile(r"[ \t]{0,3}[(\[{]?[ \t]?([^\W\d_]+)")


@functools.cache
def _dot_starts() -> tuple[str, ...]:
    """The letter words of the spelled-out dots ("dot", "punkt", "prik"): a word opening with one continues a domain."""
    return tuple({w for d in lexicon().email_dot_words for w in LETTER_RUN.findall(d.lower())[:1]})


#: A digit, dot or underscore: a local part holding one is no ordinary word.
_ADDRESS_LIKE: Final = re.compile(r"[0-9._]")


def _implied_matches(rx: re.Pattern[str], names: frozenset[str], text: str, low: str) -> list[re.Match[str]]:
    """``rx.finditer(text)``'s matches, searched for only just before each provider's name that stands as a word: the
    pattern opens with a local part, which it would try from every character of the ad (~0.5 M instructions an ad
    holding "gmail"). The search reaches a few characters past the name, for the pattern's look-ahead; of what it
    finds, the match that ends at this name counts."""
    found: dict[int, re.Match[str]] = {}
    for name in names:
        q = low.find(name)
        while q >= 0:
            e = q + len(name)
            n = len(low)
            glued = e < n and (low[e] in "-_" or low[e].isalnum())
            # "anna@gmail.com": a dot and a letter after the name continue its domain (the pattern's look-ahead)
            dotted = e + 1 < n and low[e] == "." and low[e + 1].isalpha()
            if (q == 0 or not low[q - 1].isalnum()) and not glued and not dotted:
                for m in rx.finditer(text, max(0, q - _IMPLIED_REACH), min(len(text), e + 8)):
                    if m.end() >= e:
                        found.setdefault(m.start(), m)
                        break
            q = low.find(name, e)
    return [found[k] for k in sorted(found)]


#: How far before a provider's name its local part may open: 64 characters, the blanks, "(", "+" and a word between.
_IMPLIED_REACH: Final = 64 + 16


def _implied_hits(text: str, low: str, ob: _Obfuscated, hits: list[Hit], taken: list[tuple[int, int]]) -> None:
    """Addresses that name only a single-domain provider after an e-mail cue ("Mail: anna.kim på gmail", "E-post:
    anna (on icloud)", "Skriv til anna_22 hos gmail", session 30), read with that provider's one domain and marked
    ``inferred``; a provider with several domains (hotmail, yahoo, outlook) is never completed. The local part is no
    ordinary word, and one without a digit, dot or underscore needs the cue. Appended to ``hits`` and ``taken``."""
    rx, names, domains = _implied_providers()
    single = _single_providers()
    for m in _implied_matches(rx, names, text, low):
        local = m.group(1).lower()
        provider = (m.group(2) or m.group(3)).lower()
        if local in ob.prose or local in domains or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        nxt = _NEXT_WORD.match(low, m.end())
        if nxt is not None and (nxt.group(1) in ob.tlds or nxt.group(1).startswith(_dot_starts())):
            continue  # "anna at gmail dotcom", "anna på gmail punkt sv": a domain written on, not left out
        if _ADDRESS_LIKE.search(local) is None and not _asked_to_write(low, m.start(), ob):
            continue  # "Anna på gmail" only after "Mail:" or "Skriv til"; "anna_22 på gmail" is a local part
        detail: dict[str, object] = {"obfuscated": True, "inferred": True}
        if provider not in single:
            # "sweet.mai on hotmail": the provider's usual domain, a guess the judge of a stream may correct with an
            # address the same stream wrote in full ("sweet.mai@hotmail.no", ``furniture.complete_implied``)
            if (
                _ADDRESS_LIKE.search(local) is None
                and not _after_email_cue(low, m.start(), ob)
                and not _write_label_before(low, m.start())
            ):
                continue  # a plain word before "on outlook" only right after "Mail:" or "Write to:", never in prose
            detail["guessed"] = True
        hits.append(Hit("email", f"{local}@{domains[provider]}", m.start(), m.end(), detail))
        taken.append((m.start(), m.end()))
    _provider_first_hits(text, low, ob, single, domains, hits, taken)


@functools.cache
def _single_providers() -> frozenset[str]:
    """``email_single_domain_providers``' names, lower-cased: the providers whose implied address is no guess."""
    return frozenset(n.lower() for n in lexicon().email_single_domain_providers)


def _provider_first_hits(
    text: str,
    low: str,
    ob: _Obfuscated,
    names: frozenset[str],
    domains: dict[str, str],
    hits: list[Hit],
    taken: list[tuple[int, int]],
    guessed: bool = False,
) -> None:
    """Addresses written as a single-domain provider's name, ":" or a dash, and the local part ("Mejl: gmail:
    anna.k", "Skriv til Gmail - anna_22", session 31), read with the provider's one domain and marked ``inferred``,
    as ``_implied_hits`` reads "anna.k (gmail)": the local part is no ordinary word and holds a digit, dot or
    underscore, or an e-mail cue or a verb asking for a written message stands before the name. ``guessed``: the
    providers are of several domains (``email_default_domains``, "outlook: anna_22", session 36), the hit says so."""
    detail: dict[str, object] = {"obfuscated": True, "inferred": True}
    if guessed:
        detail["guessed"] = True
    for name in names:
        q = low.find(name)
        while q >= 0:
            m = _PROVIDER_FIRST.match(text, q)
            q_next = low.find(name, q + len(name))
            if m is None or m.group(1).lower() != name or (q > 0 and (low[q - 1].isalnum() or low[q - 1] in "@._-")):
                q = q_next
                continue
            local = m.group(2).lower()
            if (
                local in ob.prose
                or local in domains
                or not any(c.isalpha() for c in local)  # "gmail - 12345": a number, not a user name
                or any(s < m.end() and m.start() < e for s, e in taken)
                or (_ADDRESS_LIKE.search(local) is None and not _asked_to_write(low, q, ob))
            ):
                q = q_next
                continue
            hits.append(Hit("email", f"{local}@{domains[name]}", m.start(), m.end(), dict(detail)))
            taken.append((m.start(), m.end()))
            q = q_next


#: A forum's quote mark opening the line that holds an address's top-level domain ("anna@gmail<LF>> .com"): the
#: line before ends in the domain's first label after an "@".
_QUOTED_TLD: Final = re.compile(
    r"@(?:[\w.\-]{1,63}[ \t]{0,2}\n[ \t]{0,2}(>[ \t>]{0,3})(?=\.[a-z]{2,6}(?![\w.@-]))"
    # or the whole domain on the quoted line after an "@" that ends its line ("anna@<LF>> gmail.com", session 30)
    r"|[ \t]{0,2}\n[ \t]{0,2}(>[ \t>]{0,3})(?=[a-z0-9\-]{1,63}\.[a-z]{2,6}(?![\w@-])))",
    re.IGNORECASE,
)


def _unquote_domains(text: str) -> str:
    """``text`` with the quote marks of ``_QUOTED_TLD`` written as blanks (same length: spans stay)."""
    out: list[str] | None = None
    for m in _QUOTED_TLD.finditer(text):
        if out is None:
            out = list(text)
        g = 1 if m.start(1) >= 0 else 2
        for i in range(m.start(g), m.end(g)):
            out[i] = " "
    return text if out is None else "".join(out)


def _obfuscated_hits(
    text: str, low: str, ob: _Obfuscated, window: tuple[int, int], ats: list[int] | None, taken: list[tuple[int, int]]
) -> list[Hit]:
    """The addresses the obfuscated pattern's candidates in ``window`` spell, left to right (``taken``: the spans
    already read, extended with each address found). ``ats``: ``_at_positions``, where each candidate's "at" can
    be; the pattern is then tried only where a match can start (``_local_starts``: a few positions right before
    each "at"), in order, instead of searched for from every word of the window, which reaches ``ob.after`` (~0.45
    k characters) past the last core; None searches the whole window."""
    hits: list[Hit] = []
    pos, hi = window
    starts = None if ats is None else _local_starts(low, ats)
    while True:
        if starts is None:
            cand = ob.full.search(text, pos, hi)
        else:
            # the first start from ``pos`` on where the pattern matches: the match ``search`` would find
            cand = None
            k = first_from(starts, pos)
            while cand is None and k < len(starts):
                cand = ob.full.match(text, starts[k], hi)
                k += 1
        if cand is None:
            break
        hit = _obfuscated_hit(text, low, cand, ob, taken)
        if hit is None:
            # a rejected candidate may hold the start of the real address ("Mail me at anna(at)gmx.com" is first
            # read as "me at anna"): look again from the next character after its start
            pos = cand.start(1) + 1
            continue
        hits.append(hit)
        taken.append((hit.start, hit.end))
        pos = cand.end()
    return hits


def _at_positions(text: str, low: str, words: set[str], ob: _Obfuscated, at_sign: bool) -> list[int] | None:
    """Every position, in order, where the "at" of a match of ``ob.full`` can be (``_obfuscated_hits``): each "@",
    and where the core of a spelling the text can hold matches in ``low``, overlaps too (a match's "at" opens a
    core: the "at", its gap, the domain's first label and the first dot). ``at_sign``: the window's, whose core
    pattern is reused (a pattern per subset of the spellings is compiled once, ~0.2 M instructions); without it
    every "@" is kept untried. None for text with a case trap (``lower_is_caseless``): the whole window is
    searched."""
    if not lower_is_caseless(text):
        return None
    core = _core_for(ob, words, at_sign)
    return [
        p
        for p in _core_starts(ob, low, words, True)
        if (not at_sign and low[p] == "@") or core.match(low, p) is not None
    ]


#: What a local part is made of, in lower-cased text (``lower_is_caseless``), and the blanks of ``_GAP``.
_LOCAL_LOW: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")
_GAP_CHARS: Final = " \t\r\n"


def _local_starts(low: str, ats: list[int]) -> list[int]:
    """Every position, in order, where a match of ``ob.full`` with its "at" at one of ``ats`` can start: its local part
    (1-64 of ``_LOCAL_LOW``) ends where the blanks before the "at" (``_GAP``, at most ``_GAP_MAX``) begin, and opens
    where no word character or "." stands before it (the pattern's look-behind; lower-casing keeps each character's
    class)."""
    found: set[int] = set()
    for c in ats:
        e = c
        while e > 0 and c - e < _GAP_MAX and low[e - 1] in _GAP_CHARS:
            e -= 1
        k = e
        floor = max(0, e - 64)
        while k > floor and low[k - 1] in _LOCAL_LOW:
            k -= 1
        for s in range(k, e):
            if s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_" or low[s - 1] == "."):
                found.add(s)
    return sorted(found)


def _obfuscated_hit(text: str, low: str, m: re.Match[str], ob: _Obfuscated, taken: list[tuple[int, int]]) -> Hit | None:
    """The address a match of the obfuscated pattern spells, or None when it spells none (no known top-level
    domain, prose around a bare "at", an "@" that opens a handle, or an overlap with an address already read)."""
    if any(s < m.end() and m.start() < e for s, e in taken):
        return None
    at_word = _BLANKS.sub(" ", text[m.end(1) : m.start(2)].strip().lower())
    at_kind = _at_kind(text, text.index("@", m.end(1))) if at_word == "@" else _ADDRESS_AT
    if at_kind == _HANDLE_AT:
        return None  # the same rule wherever another spelling opened the window
    labels = [m.group(2)]
    ends = [m.end(2)]
    spelled = True
    rest = m.group(3)
    pos = 0
    while (lab := ob.label.match(rest, pos)) is not None and lab.end() > pos:
        labels.append(lab.group(2))
        ends.append(m.start(3) + lab.end(2))
        spelled = spelled and lab.group(1) != "."
        pos = lab.end()
    k = max((i for i in range(1, len(labels)) if labels[i].lower() in ob.tlds), default=0)
    if k == 0:
        return None
    local = m.group(1).lower()
    domain = labels[0].lower()
    bare = at_word in ob.bare_at
    if bare and domain in ob.prose:
        return None  # "vi ses at ..."
    if bare and local in ob.prose and not _prose_local_ok(local, spelled, ob, low, m.start()):
        return None  # "meet me at ..."
    if at_word == "@" and m.end(1) < m.start(2) - 1 and local in ob.function:
        return None  # "meet me @ ..."
    if at_word in ob.on_words and (
        local in ob.prose
        or low.startswith("/", ends[k])
        or not ((_address_local(local) and domain not in _platform_names()) or _asked_to_write(low, m.start(), ob))
    ):
        # "Send melding på t.me/+4670…" (a message word before a link), "Alfa Romeo på gmail.com" (no cue): a
        # provider's word stands for the "@" only where the ad asks to be written to
        return None
    if (
        bare
        and not spelled
        and domain not in ob.common
        and not (at_word in ob.on_words and _address_local(local) and domain not in _platform_names())
        and not _asked_to_write(low, m.start(), ob)
    ):
        # "Mr.Smith at home.dk": a bare "at" needs a mail provider, a spelled-out dot, an e-mail cue or a verb asking
        # for a written message ("Skriv til info at orchid-escorts.com", session 31)
        return None
    if (
        at_kind == _GLUED_AT
        and domain not in ob.common
        and not (len(labels) == 2 and _SPACED_DOT.match(m.group(3)) is not None)
        and not _after_email_cue(low, m.start(), ob)
    ):
        # "Snap @lisa.sweet": an "@" glued to the next word only needs a mail provider, an e-mail cue, or a blank
        # before the dot of its top-level domain ("booking @agency . eu": no handle is written so)
        return None
    start = m.start()
    for _ in range(3):  # "kari prikk nordmann alfakrøll ...": the local part's earlier pieces
        pre = ob.local_prefix.search(text, max(0, start - 48), start)
        if pre is None or pre.group(1).lower() in ob.prose or any(s < start and pre.start() < e for s, e in taken):
            break
        local = pre.group(1).lower() + ("_" if pre.group("u") else "-" if pre.group("d") else ".") + local
        start = pre.start()
    v = local + "@" + ".".join(labels[: k + 1]).lower()
    return Hit("email", v, start, ends[k], {"obfuscated": True})


@functools.cache
def _platform_names() -> frozenset[str]:
    """The messaging platforms' and profile sites' names, lower case (``platforms`` aliases, ``platform_links``' first
    labels): "lisa_91 on onlyfans.com" names a profile, no address, whatever its local part's shape."""
    lx = lexicon()
    names = {a.lower() for p in lx.platforms.values() for a in p.aliases if " " not in a}
    names.update(k.split("/", 1)[0].split(".", 1)[0].lower() for k in lx.platform_links)
    return frozenset(names)


def _address_local(local: str) -> bool:
    """Is ``local`` shaped as only an address's local part is: letters (three or more) with a digit, a dot or an
    underscore among them ("booking.fjord3", "nanna_vip", "katya98")? Before a provider's word ("på", "on") and a
    domain with its top-level label, in an ad that names e-mail (``_on_gate``), such a local part needs no cue beside
    it: no word of prose is so written (session 43: "… kys 💋 booking.fjord3 på sneglepost.se" ending an ad's text)."""
    if _ADDRESS_LIKE.search(local) is None or not local[:1].isalpha():
        return False
    return sum(1 for c in local if c.isalpha()) >= 3


#: A written dot with a blank before it, opening a domain's last label (" . com", " .eu").
_SPACED_DOT: Final = re.compile(r"[ \t]{1,3}\.")


def _prose_local_ok(local: str, spelled: bool, ob: _Obfuscated, low: str, start: int) -> bool:
    """May an ordinary word be the local part before a bare "at" ("contact AT agency DOT net", session 30)? Only a
    word no language uses as a function word ("contact", "info", never "me"), with the dot spelled out too: a
    spelled-out "at" and dot around a known top-level domain are an address's, whatever its local part; or, with a
    written dot, after an e-mail cue or a verb asking for a written message ("E-post: kontakt at aurora-models.com",
    "Skriv til info at orchid-escorts.com", session 31)."""
    if local in ob.function:
        return False
    return spelled or _asked_to_write(low, start, ob)


def _after_email_cue(low: str, start: int, ob: _Obfuscated) -> bool:
    """Does an e-mail cue ("Email:", "E-post:", "mail me at", "mejla mig på") lead up to ``start``, with at most
    two short words between?"""
    return ob.cue.search(low, max(0, start - _CUE_REACH), start) is not None


#: How far before an address an e-mail cue is looked for.
_CUE_REACH: Final = 40


@dataclass(frozen=True, slots=True)
class _HandleRules:
    link_re: re.Pattern[str]
    cue_re: re.Pattern[str]
    #: ``cue_re`` for lower-cased text: no IGNORECASE and no left boundary (``_next_cue`` checks it), so the engine
    #: skips straight to the characters that can start a cue instead of trying every position
    cue_lower: re.Pattern[str]
    alias_to_platform: dict[str, str]
    links: dict[str, str]
    #: the cue part of ``cue_lower`` (after the alias group), to build the pattern of a subset of the aliases
    cue_tail: str
    #: each alias by the letter words a text has where it matches: its first word, and for a spaced alias
    #: ("whats app", matched as "whatsapp" too) the first word of its blank-less spelling
    alias_keys: dict[str, tuple[str, ...]]
    #: the same the other way round: the aliases of each key word
    key_aliases: dict[str, tuple[str, ...]]
    #: every key word
    key_words: frozenset[str]
    #: the aliases whose key words a text has, as one pattern (where ``cue_lower`` can start), by those aliases
    subsets: dict[frozenset[str], re.Pattern[str]]


@functools.cache
def _handle_regexes() -> _HandleRules:
    lx = lexicon()
    alias_to_platform: dict[str, str] = {}
    for name, p in lx.platforms.items():
        for a in p.aliases:
            alias_to_platform[a.lower()] = name
    links = {k.lower(): v for k, v in lx.platform_links.items()}
    link_re = re.compile(
        r"(?<![\w.])(?:https?://)?(?:www\.)?(" + trie_pattern(links) + r")/{0,2}\+?@?([A-Za-z0-9_.\-]{2,40})",
        re.IGNORECASE,
    )
    tail = (
        r")(?![^\W_])"
        r"(?:[ \t]{1,2}(?:me|id|is|name|user|username|namn|navn|nick|på|pa|on|at|er|är)(?![^\W_])){0,2}"
        r"[ \t]{0,2}(?:([:=>@\-–/])[ \t]{0,2})?(@?)([A-Za-z][A-Za-z0-9_.\-]{1,31})?"
    )
    cue = r"(" + _alias_alternation(alias_to_platform) + tail
    cue_re = re.compile(r"(?<![^\W_])" + cue, re.IGNORECASE)
    keys = {
        a: tuple({w for f in (a, a.replace(" ", "")) for w in LETTER_RUN.findall(f)[:1]}) for a in alias_to_platform
    }
    by_key: dict[str, list[str]] = {}
    for a, ks in keys.items():
        for k in ks:
            by_key.setdefault(k, []).append(a)
    key_aliases = {k: tuple(v) for k, v in by_key.items()}
    return _HandleRules(
        link_re, cue_re, re.compile(cue), alias_to_platform, links, tail, keys, key_aliases, frozenset(by_key), {}
    )


def _alias_alternation(aliases: Iterable[str]) -> str:
    """The aliases as one trie alternation, a blank inside one matching one blank or none."""
    return trie_pattern(aliases).replace("\\ ", r"[ \t]?")


def _cue_for(rules: _HandleRules, words: set[str]) -> re.Pattern[str] | None:
    """The aliases that can match in a text with these lower-case letter ``words``, as one pattern (None: none
    can): where ``rules.cue_lower`` can start. Where an alias matches, it stands between two characters that are
    no letter or digit, so its key word (``alias_keys``) is a whole letter run of the text; the search for the
    few present aliases skips to the letters they start with instead of stopping at every "s", "w", "x", and
    compiling it for each new set of aliases costs a fraction of compiling the whole cue pattern."""
    present = _present_aliases(rules, words)
    if not present:
        return None
    rx = rules.subsets.get(present)
    if rx is None:
        if len(rules.subsets) > 1024:
            rules.subsets.clear()
        # the aliases alone (a small pattern, cheap to compile for each new set): the cue at the position found is
        # then read by ``cue_lower`` itself
        rx = startcache.kept_regex(r"(?:" + _alias_alternation(present) + r")(?![^\W_])")
        rules.subsets[present] = rx
    return rx


def _present_aliases(rules: _HandleRules, words: set[str]) -> frozenset[str]:
    """The aliases one of whose key words (``alias_keys``) is among ``words``: looked up from the key words the
    text has (a set intersection) instead of asking each alias."""
    key_aliases = rules.key_aliases
    return frozenset([a for k in rules.key_words.intersection(words) for a in key_aliases[k]])


def _next_cue(
    rules: _HandleRules, text: str, low: str | None, pos: int, lower: re.Pattern[str] | None = None
) -> re.Match[str] | None:
    """``rules.cue_re.search(text, pos)``, or the same match found in ``low`` (``text`` lower-cased, when
    ``lower_is_caseless``) by the faster ``cue_lower`` (or ``lower``, its subset for the text's words,
    ``_cue_for``): a candidate right after a letter or digit is skipped exactly where ``cue_re``'s left boundary
    fails."""
    if low is None:
        return rules.cue_re.search(text, pos)
    if lower is None:
        return search_word_start(rules.cue_lower, low, pos)
    # every cue opens with an alias, so the first position where one of the text's aliases stands is where
    # ``cue_lower`` matches first; the rest of a cue is optional, so it matches there
    found = search_word_start(lower, low, pos)
    return None if found is None else rules.cue_lower.match(low, found.start())


_USERNAME_LIKE: Final = re.compile(r"[0-9_.]")
_BLANKS: Final = re.compile(r"[ \t]+")


@functools.cache
def _handle_trigger() -> tuple[frozenset[str], tuple[str, ...]]:
    rules = _handle_regexes()
    alias_to_platform, links = rules.alias_to_platform, rules.links
    return frozenset(a.split(" ")[0] for a in alias_to_platform), tuple(h.split("/")[0] for h in links)


@functools.cache
def _host_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The link hosts (``_handle_trigger``) by their last label with its dot (".me", ".com"): a text holds a host
    only if it holds that ending, so two substring searches settle most texts instead of one per host."""
    groups: dict[str, list[str]] = {}
    for h in _handle_trigger()[1]:
        groups.setdefault(h[h.rfind(".") :] if "." in h else h, []).append(h)
    return tuple((end, tuple(hs)) for end, hs in groups.items())


def _has_host(low: str) -> bool:
    """``any(h in low for h in hosts)`` over the link hosts, tried only under an ending ``low`` holds."""
    for end, hosts in _host_groups():
        if end in low:
            for h in hosts:
                if h in low:
                    return True
    return False


#: How far before its host a link can open: "", "www.", "http://", "https://", "http://www.", "https://www."
#: (``_handle_regexes``' ``link_re``: ``(?:https?://)?(?:www\.)?`` then the host).
_LINK_LEADS: Final = (0, 4, 7, 8, 11, 12)


@functools.cache
def _link_hosts() -> tuple[str, ...]:
    """The link hosts as ``link_re`` names them (``_HandleRules.links``' keys, lower-cased), longest first."""
    return tuple(sorted(_handle_regexes().links, key=lambda h: (-len(h), h)))


def _link_starts(low: str) -> list[int]:
    """Every position where ``link_re`` can match in a caseless text (``lower_is_caseless``; ``low``: its lower-case
    form), in order: a host found with ``str.find``, less each lead's length. ``digit_anchored`` over these finds
    what ``finditer`` finds; the pattern opens with a look-behind and optional leads, so the engine tried it at
    every character of the field (~70 k instructions a field that holds a host; session 35)."""
    found: set[int] = set()
    for h in _link_hosts():
        q = low.find(h)
        while q >= 0:
            for k in _LINK_LEADS:
                if q >= k:
                    found.add(q - k)
            q = low.find(h, q + 1)
    return sorted(found)


@functools.cache
def _handle_stopwords() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().handle_stopwords)


def find_handles(
    text: str, phones: Sequence[PhoneHit], words: set[str] | None = None, low: str | None = None
) -> list[Hit]:
    """Handles: profile links (t.me/name, wa.me/4670...) and platform cues ("Snap: name", "WhatsApp +46...").

    ``words``/``low``: the text's lower-case words and lower-cased text (``lower_same_length``), when the caller
    has them."""
    rules = _handle_regexes()
    alias_to_platform, links = rules.alias_to_platform, rules.links
    cues = _handle_trigger()[0]
    caseless = lower_is_caseless(text)
    if low is None and (caseless or words is not None):
        low = lower_same_length(text)
    has_host = low is None or _has_host(low)
    if words is not None and words.isdisjoint(cues) and not has_host:
        return []
    folded = False
    if not caseless and words is not None:
        # a case trap ("ı"): links and cues are found in the caseless copy (the same spans: ``caseless_copy``), each
        # then read from the text itself, not by IGNORECASE patterns tried at every character
        low = lower_same_length(caseless_copy(text))
        words = letter_words(low)
        has_host = _has_host(low)
        caseless = folded = True
    lx = lexicon()
    stop = _handle_stopwords()
    hits: list[Hit] = []
    # a link holds its host, so caseless text without one has no link
    link_matches: Iterator[re.Match[str]]
    if not caseless or low is None:
        link_matches = rules.link_re.finditer(text)
    else:  # tried only where a host's lead can open a link (``_link_starts``), not at every character
        link_matches = digit_anchored(rules.link_re, text, _link_starts(low)) if has_host else iter(())
    for m in link_matches:
        # a host written with a case trap ("ınstagram.com", which IGNORECASE matched) is keyed as IGNORECASE read it:
        # looked up as written, it raised KeyError and stopped the whole stream (session 36)
        platform = links[caseless_copy(m.group(1)).lower()]
        handle = m.group(2).rstrip(".")
        if lx.platforms[platform].phone_based and handle.isdigit():
            e = validate(handle, True, ())
            if not e:
                continue
            handle = e
        else:
            handle = handle.lower()
        if handle.lower() in stop:
            continue
        hits.append(
            Hit(
                "handle",
                handle,
                m.start(),
                m.start(2) + len(handle) if not handle.startswith("+") else m.end(),
                {"platform": platform},
            )
        )
    lower: re.Pattern[str] | None = None
    if caseless and words is not None:
        lower = _cue_for(rules, words)
        if lower is None:
            return hits  # no alias can be in the text
    pos = 0
    while (cm := _next_cue(rules, text, low if caseless else None, pos, lower)) is not None:
        m = cm
        if folded:
            # the cue's groups as the text writes them: the same match, found in the copy
            again = rules.cue_re.match(text, cm.start())
            if again is not None:
                m = again
        # a rejected candidate name may itself be the next cue ("Twitter/ Instagram @name")
        pos = m.end(1)
        alias = _BLANKS.sub(" ", m.group(1).lower())
        platform = alias_to_platform.get(alias) or alias_to_platform.get(alias.replace(" ", ""), "")
        if not platform:
            continue
        marker = m.group(2) or m.group(3)
        short = len(alias) <= 2
        if lx.platforms[platform].phone_based:
            # the phone number that follows the cue closely ("WhatsApp: +46 70...", "wa 070...")
            nxt = next((p for p in phones if 0 <= p.start - m.end(1) <= 25), None)
            if nxt is not None and (not short or marker):
                hits.append(Hit("handle", nxt.e164, m.start(), nxt.end, {"platform": platform}))
                continue
        name = m.group(4)
        if not name or (short and not marker):
            continue
        name = name.rstrip(".-")
        # without "Snap:" / "@" the next word is a handle only if it looks like one ("snapchat lisa.sweet")
        if not marker and not _USERNAME_LIKE.search(name):
            continue
        if len(name) < 3 or name.lower() in stop or name.lower() in alias_to_platform:
            continue
        if platform == "telegram" and len(name) < 5:
            continue
        hits.append(Hit("handle", name.lower(), m.start(), m.start(4) + len(name), {"platform": platform}))
    return hits


#: Cyrillic and Greek letters that look like Latin ones, for one-for-one replacement.
_LOOKALIKES: Final = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0455\u0456\u0458\u0501\u04bb\u04cf\u051b\u051d"
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0405\u0406\u0408"
    "\u03bf\u03b1\u03b9\u03ba\u03bd\u03c1\u039f\u0391\u0392\u0395\u0397\u0399\u039a\u039c\u039d\u03a1"
    "\u03a4\u03a7\u0261",
    "aeopcyxsijdhlqwABEKMHOPCTXSIJoaikvpOABEHIKMNPTXg",
)
_LOOKALIKE_CHAR: Final = re.compile("[" + "".join(sorted(chr(c) for c in _LOOKALIKES)) + "]")
#: a run of the characters an address is made of
_ADDRESS_RUN: Final = re.compile(r"[\w.@+%\-]+")


def _unmix_lookalikes(text: str) -> str:
    """``text`` with the Cyrillic and Greek look-alikes of Latin letters made Latin inside runs of address characters
    that mix them with Latin letters or digits and hold nothing else ("аnna@gmail.com" with a Cyrillic "а", written
    to pass a filter); a word in one script stays as it is. The same length, so spans carry over; ``text`` itself
    when nothing changes."""
    if _LOOKALIKE_CHAR.search(text) is None:
        return text
    out: list[str] = []
    last = 0
    for m in _ADDRESS_RUN.finditer(text):
        w = m.group()
        if w.isascii():
            continue
        latin = w.translate(_LOOKALIKES)
        if latin.isascii() and any(c.isascii() for c in w):
            out.append(text[last : m.start()])
            out.append(latin)
            last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


_URL: Final = re.compile(r"(?i)(?<![\w@])(?:https?://|www\.)[^\s<>\"'()\[\]{}|\\^`]{1,300}")


@functools.cache
def _tld_dot() -> re.Pattern[str]:
    return re.compile(r"\.(?:" + trie_pattern(sorted(set(lexicon().tlds))) + r")(?![\w\-])", re.IGNORECASE)


@functools.cache
def _domain_re() -> re.Pattern[str]:
    tlds = trie_pattern(sorted(set(lexicon().tlds)))
    return re.compile(r"(?i)(?<![\w@.\-])((?:[a-z0-9\-]{1,63}\.){1,4}(?:" + tlds + r"))(?![\w\-]|\.\w|@)")


def find_urls(text: str, skip: Sequence[tuple[int, int]]) -> list[Hit]:
    """URLs in the text, and the domain of each (also bare domains like ``escort-anna.se``)."""
    hits: list[Hit] = []
    spans: list[tuple[int, int]] = list(skip)
    if "http" in text or "www" in text:
        for m in _URL.finditer(text):
            raw = m.group().rstrip(".,;:!?")
            hits.append(Hit("url", raw, m.start(), m.start() + len(raw)))
            spans.append((m.start(), m.start() + len(raw)))
            host = re.sub(r"(?i)^(?:https?://)?", "", raw).split("/", 1)[0].split(":", 1)[0]
            hs = text.find(host, m.start())
            dom = host.lower().removeprefix("www.")
            if "." in dom and hs >= 0:
                hits.append(Hit("domain", dom, hs, hs + len(host)))
    if "." not in text or not _tld_dot().search(text):
        return hits
    for m in _domain_re().finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        host = m.group(1)
        labels = host.split(".")
        if any(not lab or lab.startswith("-") or lab.endswith("-") for lab in labels):
            continue
        if all(lab.isdigit() for lab in labels[:-1]):
            continue
        hits.append(Hit("domain", host.lower().removeprefix("www."), m.start(1), m.end(1)))
    return hits
