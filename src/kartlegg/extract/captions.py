"""A video's captions as an ad, and a number said aloud in a transcript (issue 14, session 34).

A video site prints its automatic captions under the clip: a WebVTT file (``WEBVTT``, then cues of a time line
"00:00:06.435 --> 00:00:08.911" and its text) or an SRT one (a cue number, a time line with commas, the text). Read as
one text, the cue times are numbers ("00:01:12.400" glued to the next cue's digits), and a number said over two cues
is cut by a time line. ``read_captions`` recognises the file by its shape (time lines, with a ``WEBVTT`` header or an
SRT cue number before them), and blanks the header, the cue numbers and identifiers, the time lines with their
settings, NOTE, STYLE and REGION blocks and the inline timestamps and tags ("<00:00:01.439><c>"): only the cue text
is left, in order, every span still pointing at the raw text (``chat.Post``, as a chat export's post). Text around the
caption file (the page's header, a report line) is kept as it is.

A recogniser writes a number said aloud as words, with homophones ("ate" 8, "won" 1, "fore" 4, "tree" 3, sv "nie" 9,
"sjo" 7, da "otter" 8, no "tå" 2) and "double five" / "dubbel fem" (``numbers.yaml`` ``spoken_digits``,
``multipliers``, ``plus``; sv/no/da/en). ``spoken_phones`` reads those only inside a transcript (the caption file's
cue text, or a plain text after one of ``transcript_cues``): a run of such words, digits and multipliers, cues joined
(a number said over two cues is one run), read as a phone only when the whole run is one valid number of the ad's
countries (or, after "plus", with its country code); an ordinary word at a run's edge ("to", "for", "en") is left out
only when the run without it is that number. "I ate at ten" is no number: "at" ends the run, and "8" is none.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from kartlegg.extract import phones
from kartlegg.extract.chat import Post
from kartlegg.extract.lexicon import fold, numbers

#: A cue's time line: start "-->" end (hours optional, "." in WebVTT, "," in SRT), settings after it on the line.
_TIME_LINE: Final = re.compile(
    r"^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]*-->[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{2}[.,]\d{1,3}[^\n]*$", re.M
)
#: WebVTT's header line, and its blocks that hold no cue text.
_VTT_HEADER: Final = re.compile(r"^[\ufeff \t]*WEBVTT\b[^\n]*$", re.M)
_VTT_BLOCK: Final = ("NOTE", "STYLE", "REGION")
#: A WebVTT cue's inline timestamps and tags ("<00:00:01.439>", "<c>", "</c>", "<v Anna>").
_TAG: Final = re.compile(r"</?(?:\d[\d:.]*|[a-z]{1,4}(?:[.\w]*)(?:[ \t][^<>\n]{0,40})?)>")
#: Cues of a file read at most (a hostile body is bounded).
_MAX_CUES: Final = 2000
#: A token of spoken text: a letter run, a digit run or a "+".
_TOKEN: Final = re.compile(r"[^\W\d_]+|[0-9]+|\+")
#: What may stand between two tokens of one spoken number: blanks, line breaks (a cue's end), commas and dashes.
_GAP: Final = frozenset(" \t\r\n,-\u2013\u00a0")
#: Most ordinary words left out at each edge of a run ("to", "en" before it).
_MAX_TRIM: Final = 2
#: The transcript after one of ``transcript_cues`` in a plain text: read that far.
_CUE_REACH: Final = 600


def may_be_captions(text: str) -> bool:
    """The cheap gate: a caption file has time lines, and each holds "-->"."""
    return "-->" in text


def read_captions(text: str) -> Post | None:
    """The text with everything of the caption file but its cue text blanked (same length, line breaks kept), or
    None when ``text`` holds no caption file (module docstring). ``Post.transcript`` is the span of the cue text."""
    times = list(_TIME_LINE.finditer(text))
    if not times:
        return None
    header = _VTT_HEADER.search(text, 0, times[0].start())
    first_id = _line_before(text, times[0].start())
    if header is None and (first_id is None or not text[first_id[0] : first_id[1]].strip().isdigit()):
        return None  # neither WEBVTT nor an SRT cue number: an arrow in prose
    blank: list[tuple[int, int]] = []
    if header is not None:
        blank.append((header.start(), _block_end(text, header.start())))
        pos = header.end()
        while True:
            # NOTE, STYLE and REGION blocks between the cues: no cue text
            nxt = _next_block(text, pos, times[0].start() if times else len(text))
            if nxt is None:
                break
            blank.append(nxt)
            pos = nxt[1]
    cue_start = len(text)
    cue_end = 0
    for k, m in enumerate(times[:_MAX_CUES]):
        ident = _line_before(text, m.start())
        if ident is not None:
            blank.append(ident)
        blank.append((m.start(), m.end()))
        end = _block_end(text, m.end())
        if k + 1 < len(times) and end > times[k + 1].start():
            end = times[k + 1].start()
        cue_start = min(cue_start, m.end())
        cue_end = max(cue_end, end)
        if "<" in text[m.end() : end]:
            blank.extend(t.span() for t in _TAG.finditer(text, m.end(), end))
    return Post(_blanked(text, blank), (), (cue_start, cue_end))


def _line_before(text: str, at: int) -> tuple[int, int] | None:
    """The span of the non-empty line right before the line at ``at`` (a cue's number or identifier), or None."""
    if at == 0:
        return None
    end = at - 1  # the line break before the time line
    start = text.rfind("\n", 0, end) + 1
    if not text[start:end].strip():
        return None
    if "-->" in text[start:end]:
        return None
    return start, end


#: An empty line: a caption file's blocks end at one.
_EMPTY_LINE: Final = re.compile(r"\n[ \t\r]*\n")


def _block_end(text: str, at: int) -> int:
    """Where the block of lines at ``at`` ends: at its first empty line, or the text's end."""
    m = _EMPTY_LINE.search(text, at)
    return len(text) if m is None else m.start()


def _next_block(text: str, pos: int, stop: int) -> tuple[int, int] | None:
    """The next NOTE, STYLE or REGION block of a WebVTT file between ``pos`` and ``stop``, or None."""
    best: tuple[int, int] | None = None
    for word in _VTT_BLOCK:
        i = text.find("\n" + word, pos, stop)
        if i >= 0 and (best is None or i + 1 < best[0]):
            best = (i + 1, min(stop, _block_end(text, i + 1)))
    return best


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span's characters blanks, line breaks kept."""
    out = list(text)
    for s, e in spans:
        for k in range(s, e):
            if out[k] != "\n":
                out[k] = " "
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Word:
    """What a spoken word is: a digit ("d", value its digit), a multiplier ("m", value its count), a tens word ("x"),
    a teen ("t") or "plus" ("p"); ``weak``: also an ordinary word ("to", "for", "en", "ate")."""

    kind: str
    value: str
    weak: bool


@functools.cache
def _spoken() -> dict[str, _Word]:
    """Every spoken number word of sv/no/da/en (``spoken_digits``, ``teens``, ``tens``, ``multipliers``, ``plus``),
    lower-case and folded ("två", "tva")."""
    nf = numbers()
    weak = {w.lower() for w in nf.weak}
    plain = {w.lower() for ws in nf.units.values() for w in ws}
    out: dict[str, _Word] = {}

    def add(word: str, kind: str, value: str, is_weak: bool) -> None:
        for form in {word.lower(), fold(word)}:
            if form and form not in out:
                out[form] = _Word(kind, value, is_weak)

    for table in nf.spoken_digits.values():
        for digit, words in table.items():
            for w in words:
                low = w.lower()
                add(w, "d", str(digit), low in weak or low not in plain)
    for groups, kind in ((nf.teens, "t"), (nf.tens, "x")):
        for value, words in groups.items():
            for w in words:
                add(w, kind, str(value), w.lower() in weak)
    for count, words in nf.multipliers.items():
        for w in words:
            add(w, "m", str(count), True)
    for w in nf.plus:
        add(w, "p", "+", True)
    return out


@functools.cache
def _cues() -> frozenset[str]:
    return frozenset(numbers().transcript_cues)


def transcript_cued(words: set[str] | frozenset[str]) -> bool:
    """Does a plain text call itself a transcript (one of ``transcript_cues`` among its lower-case words)?"""
    return not words.isdisjoint(_cues())


def cued_span(low: str) -> tuple[int, int] | None:
    """The stretch after the first transcript cue of ``low`` (the text lower-cased) where spoken digits are read."""
    best = -1
    for w in _cues():
        i = low.find(w)
        while i >= 0 and ((i > 0 and low[i - 1].isalpha()) or (i + len(w) < len(low) and low[i + len(w)].isalpha())):
            i = low.find(w, i + 1)
        if i >= 0 and (best < 0 or i < best):
            best = i
    if best < 0:
        return None
    return best, min(len(low), best + _CUE_REACH)


def _word(token: str) -> _Word | None:
    """A token's spoken reading: the word, or the word with its doubled last letter once ("sexx", "syvv")."""
    table = _spoken()
    got = table.get(token)
    if got is None and len(token) > 2 and token[-1] == token[-2]:
        got = table.get(token[:-1])
        if got is not None:
            got = _Word(got.kind, got.value, True)
    return got


@dataclass(frozen=True, slots=True)
class _Unit:
    """One or more digits of a spoken run, where they were said, and whether an ordinary word gave them."""

    start: int
    end: int
    digits: str
    weak: bool
    spoken: bool


def spoken_phones(text: str, span: tuple[int, int], regions: Sequence[str]) -> tuple[str, list[phones.PhoneHit]]:
    """Numbers said aloud in ``text[span[0]:span[1]]`` (a transcript; module docstring), and ``text`` with their
    runs blanked so that no other reader takes a part of one."""
    low = text.lower()
    hits: list[phones.PhoneHit] = []
    for run in _runs(low, span[0], span[1]):
        got = _read(run, regions)
        if got is not None:
            hits.append(got)
        elif _crosses_line(low, run):
            hits.extend(_read_cut(low, run, regions))
    if not hits:
        return text, hits
    return _blanked(text, [(h.start, h.end) for h in hits]), hits


def _runs(low: str, start: int, end: int) -> list[list[_Unit]]:
    """The runs of spoken number tokens between ``start`` and ``end``: units (a multiplier with its digit, a tens word
    with its unit) separated by nothing but ``_GAP``; a "plus" opens a run; a run with no word is left to the digit
    reader unless it goes over a line break (a cue's end)."""
    runs: list[list[_Unit]] = []
    cur: list[_Unit] = []
    pending: tuple[int, int, _Word] | None = None  # a multiplier or a tens word waiting for its digit
    last_end = -1

    def close() -> None:
        nonlocal cur, pending
        if cur:
            runs.append(cur)
        cur = []
        pending = None

    for m in _TOKEN.finditer(low, start, end):
        tok = m.group()
        s, e = m.start(), m.end()
        if last_end >= 0 and any(c not in _GAP for c in low[last_end:s]):
            close()
        last_end = e
        if "0" <= tok[0] <= "9":
            if pending is not None and pending[2].kind == "m":
                p_s, count = pending[0], int(pending[2].value)
                pending = None
                if len(tok) == 1:  # "double 5"
                    cur.append(_Unit(p_s, e, tok * count, False, True))
                    continue
                close()
            elif pending is not None:
                cur.append(_Unit(pending[0], pending[1], pending[2].value, pending[2].weak, True))
                pending = None
            cur.append(_Unit(s, e, tok, False, False))
            continue
        w = _word(tok) if tok != "+" else _Word("p", "+", False)
        if w is None:
            close()
            last_end = -1
            continue
        if w.kind == "p":
            close()
            cur = [_Unit(s, e, "+", w.weak, True)]
            continue
        if pending is not None:
            p_s, _p_e, p = pending
            pending = None
            if p.kind == "m" and w.kind == "d":
                cur.append(_Unit(p_s, e, w.value * int(p.value), False, True))
                continue
            if p.kind == "x" and w.kind == "d" and w.value != "0":
                cur.append(_Unit(p_s, e, str(int(p.value) + int(w.value)), p.weak and w.weak, True))
                continue
            if p.kind == "x":
                cur.append(_Unit(p_s, _p_e, p.value, p.weak, True))
            else:
                close()  # "double" not before a digit: an ordinary word
        if w.kind in ("m", "x"):
            pending = (s, e, w)
        else:
            cur.append(_Unit(s, e, w.value, w.weak, True))
    if pending is not None and pending[2].kind == "x":
        cur.append(_Unit(pending[0], pending[1], pending[2].value, pending[2].weak, True))
    close()
    return [r for r in runs if any(u.spoken for u in r if u.digits != "+") or _crosses_line(low, r)]


def _crosses_line(low: str, run: list[_Unit]) -> bool:
    return len(run) > 1 and "\n" in low[run[0].end : run[-1].start]


def _read(run: list[_Unit], regions: Sequence[str]) -> phones.PhoneHit | None:
    """The number a whole run says, with up to ``_MAX_TRIM`` ordinary words left out at each edge; None if none."""
    n = len(run)
    for dropped in range(2 * _MAX_TRIM + 1):
        for lead in range(min(dropped, _MAX_TRIM) + 1):
            trail = dropped - lead
            if trail > _MAX_TRIM or lead + trail >= n:
                continue
            if any(not u.weak for u in run[:lead]) or any(not u.weak for u in run[n - trail :]):
                continue
            part = run[lead : n - trail]
            if part[0].digits == "+" and lead:
                continue
            got = _number(part, regions)
            if got is not None:
                return got
    return None


#: Most cue breaks inside one run tried as the ends of numbers (2^k ways: bounded).
_MAX_CUTS: Final = 8


def _read_cut(low: str, run: list[_Unit], regions: Sequence[str]) -> list[phones.PhoneHit]:
    """The numbers a run says when it is no number as a whole but two or more said one after the other, each ending
    at a cue break ("Booking 9 3 5 9 6 2 5 9" ⏎ cue ⏎ "46 74 96" ⏎ cue ⏎ "98"; "+45 71 53 50" ⏎ cue ⏎ "24" ⏎ cue ⏎
    "97 62 98 33"): the fewest cuts at line breaks that make every part one valid number, or nothing. A cue's end is
    where a recogniser or a subtitler cuts a sentence, so it is the only place a number may end inside a run; every
    part must be a number, so a run of furniture digits (a time said, a price) stays unread as before."""
    cuts = [k for k in range(1, len(run)) if "\n" in low[run[k - 1].end : run[k].start]]
    if not cuts or len(cuts) > _MAX_CUTS:
        return []
    for size in range(1, len(cuts) + 1):
        for chosen in itertools.combinations(cuts, size):
            bounds = (0, *chosen, len(run))
            got: list[phones.PhoneHit] = []
            for k in range(len(bounds) - 1):
                hit = _read(run[bounds[k] : bounds[k + 1]], regions)
                if hit is None:
                    break
                got.append(hit)
            else:
                return got
    return []


def _number(part: list[_Unit], regions: Sequence[str]) -> phones.PhoneHit | None:
    intl = part[0].digits == "+"
    units = part[1:] if intl else part
    if not units or any(u.digits == "+" for u in units):
        return None
    digits = "".join(u.digits for u in units)
    if not phones.MIN_DIGITS <= len(digits) <= phones.MAX_DIGITS:
        return None
    e164 = phones.validate(digits, intl, regions, bare_intl=False)
    if e164 is None:
        return None
    return phones.PhoneHit(e164, part[0].start, part[-1].end, "spoken", not intl)
