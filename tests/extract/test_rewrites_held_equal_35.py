"""Issue 14, session 35: patterns tried only where they can match give exactly what the code they replace gave (the
old code, a ``finditer`` or a ``match`` at every digit run, is each test's oracle)."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kartlegg.extract import contacts, masks, phones, prefix, separators
from kartlegg.extract.patterns import digit_anchored, digit_runs, lower_is_caseless, lower_same_length, number_starts


def _spans(ms: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]


def _text(fragments: list[str]) -> st.SearchStrategy[str]:
    """Texts glued from ``fragments`` and single characters: the shapes each pattern reads, in any order."""
    piece = st.one_of(st.sampled_from(fragments), st.characters(codec="utf-8"))
    return st.lists(piece, max_size=40).map("".join)


# --- contacts: profile links tried only where a host's lead can open one --------------------------------------------

_LINK_BITS = [
    "t.me",
    "T.ME/",
    "wa.me/",
    "Wa.Me/+",
    "x.com",
    "telegram.me",
    "instagram.com/",
    "onlyfans.com",
    "snapchat.com/add/",
    "signal.me/#p/",
    "api.whatsapp.com/send?phone=",
    "kik.me",
    "https://",
    "HTTP://",
    "www.",
    "WWW.",
    "//",
    "@",
    "+",
    ".",
    "_",
    "-",
    " ",
    "\n",
    "anna",
    "Lisa_92",
    "4670",
    "1234567",
    "ſ",
    "K",
]


@settings(max_examples=600, deadline=None)
@given(_text(_LINK_BITS))
@example("see https://www.t.me/anna and wa.me/+46701234567")
@example("xwa.me/anna .t.me/lisa x.com/x.com/abc")
@example("HTTPS://WWW.INSTAGRAM.COM/Lisa_92")
def test_link_matches_are_finditer_s(text: str) -> None:
    """In caseless text (``lower_is_caseless``), ``link_re`` tried at ``_link_starts`` finds what ``finditer`` found."""
    if not lower_is_caseless(text):
        return
    rx = contacts._handle_regexes().link_re
    low = lower_same_length(text)
    assert _spans(digit_anchored(rx, text, contacts._link_starts(low))) == _spans(rx.finditer(text))


def test_find_handles_reads_links_as_before() -> None:
    """The user's view: links in caseless text are still read, with their platform, after a lead or none."""
    text = "Kontakt: https://www.t.me/anna_sweet eller wa.me/+46701234567, insta: instagram.com/lisa.92"
    words = set(re.findall(r"[^\W\d_]+", text.lower()))
    hits = contacts.find_handles(text, [], words, text.lower())
    found = {(h.detail["platform"], h.value) for h in hits}
    assert ("telegram", "anna_sweet") in found
    assert ("instagram", "lisa.92") in found
    assert any(p == "whatsapp" for p, _ in found)


# --- phones: look-alike letters read only inside the stretches that can hold a run -----------------------------------


def _digitise_session_34(text: str, digits: list[int]) -> tuple[str, list[int]] | None:
    """``phones._digitise`` as session 34 wrote it: the run pattern over the whole field."""
    if not phones._near_new_look(text, digits) or not phones._look_stretches(text):
        return None
    out: list[str] = []
    spots: list[int] = []
    last = 0
    for m in phones._LOOK_RUN.finditer(text):
        raw = m.group()
        tokens = re.split(r"[ .\-/]+", raw.lstrip("+"))
        if any(phones._LOOK_SIZE.fullmatch(t) for t in tokens):
            continue
        real = sum(1 for ch in raw if "0" <= ch <= "9")
        letters = [i for i, ch in enumerate(raw) if ch.isalpha()]
        if real < phones.LOOK_MIN_DIGITS or len(letters) > phones.LOOK_MAX_SHARE * real:
            continue
        if not any(raw[i] in phones._NEW_LOOKS for i in letters):
            continue
        if any(raw[i].isalpha() and raw[i + 1].isalpha() and raw[i + 2].isalpha() for i in range(len(raw) - 2)):
            continue
        out.append(text[last : m.start()])
        out.append(raw.translate(phones._DIGIT_LOOKS))
        spots.extend(m.start() + i for i in letters)
        last = m.end()
    if not spots:
        return None
    out.append(text[last:])
    return "".join(out), spots


_LOOK_BITS = [
    "S3 28 34 44",
    "9I26 B794",
    "+4S-6I3-17-Z6-S",
    "075B",
    "%2B46",
    "0",
    "7",
    "12",
    "345",
    "S",
    "s",
    "B",
    "Z",
    "z",
    "i",
    "o",
    "O",
    "l",
    "I",
    " ",
    ".",
    "-",
    "/",
    "+",
    "\t",
    "\n",
    "a",
    "x",
    "_",
    "%",
    "SB",
    "ZZ",
    "IO",
]


@settings(max_examples=1000, deadline=None)
@given(_text(_LOOK_BITS))
@example("Ring S3 28 34 44\tnu")
@example("tel 9I26 B794 OI\t\n")
@example("+4S-6I3-17-Z6-S\t\tx")
@example("0S 12 34 56 78 IO \t")
@example("123456S SB\t")
def test_digitise_is_session_34_s(text: str) -> None:
    """``_digitise`` (the pattern over ``_look_stretches`` only) reads exactly what the whole field's pattern read."""
    digits = digit_runs(text)
    assert phones._digitise(text, digits) == _digitise_session_34(text, digits)


# --- prefix: the clause tried only at runs whose cue can follow ------------------------------------------------------


def _read_prefix_session_34(text: str, low: str, words: set[str], mobile: Callable[[str], bool]) -> str | None:
    """``prefix.read_prefix`` as session 34 wrote it: the pattern tried at every digit run."""
    pattern, keys = prefix._pattern()
    if pattern is None or words.isdisjoint(keys):
        return None
    edits: list[tuple[int, int, str]] = []
    for m in digit_anchored(pattern, low, digit_runs(low)):
        pre = m.group("pre")
        run = "".join(ch for ch in m.group("run") if "0" <= ch <= "9")
        if len(run) < 4:
            continue
        number = ("+" if pre.startswith("+") else "") + "".join(ch for ch in pre if "0" <= ch <= "9") + run
        if not prefix.MIN_JOINED <= len(number.lstrip("+")) <= prefix.MAX_JOINED or not mobile(number):
            continue
        start = m.start("run")
        edits.append((start, m.end(), number.ljust(m.end() - start)))
    if not edits:
        return None
    out = text
    for s, e, new in sorted(edits, reverse=True):
        out = out[:s] + new + out[e:]
    return out


_PREFIX_BITS = [
    "11 3941",
    "406 0452",
    "66 5270",
    "797-5892",
    "71 19 01 61 3",
    "95",
    "070",
    "+40",
    "60",
    " ",
    "\t",
    "  ",
    ", ",
    " – ",
    " — ",
    "(",
    ")",
    ":",
    "=",
    ";",
    "-",
    ".",
    "start med",
    "START MED",
    "starts with",
    "area code",
    "første cifre",
    "de første sifre er",
    "börjar på",
    "prefix",
    "riktnummer",
    "first",
    "foran",
    "put first",
    "xstart med",
    "ring",
    "kl",
    "\n",
]


def _mobile(number: str) -> bool:
    return len(number.lstrip("+")) in (8, 10, 11) and not number.lstrip("+").startswith("1")


@settings(max_examples=1000, deadline=None)
@given(_text(_PREFIX_BITS))
@example("Kun SMS: 11 3941 – start med 95")
@example("Reservations: 406 0452, area code 070 first")
@example("Tlf. 66 5270 (første cifre 60)")
@example("71 19 01 61 3 (starts with +40)")
@example("12 34 56 78 90 12 34 56, 11 3941\t\t– start med 95")
def test_read_prefix_is_session_34_s(text: str) -> None:
    """``read_prefix`` (the pattern tried only where a cue's first word follows the run) reads what it read before."""
    low = lower_same_length(text)
    words = set(re.findall(r"[^\W\d_]+", low))
    assert prefix.read_prefix(text, low, words, _mobile) == _read_prefix_session_34(text, low, words, _mobile)


def test_read_prefix_still_joins_a_cued_prefix() -> None:
    text = "Kun SMS: 11 3941 – start med 95"
    low = text.lower()
    out = prefix.read_prefix(text, low, set(re.findall(r"[^\W\d_]+", low)), lambda n: n == "95113941")
    assert out is not None and "95113941" in out and len(out) == len(text)


# --- separators: one number under a repeated sign, tried only where a sign follows a short run -----------------------


def _join_runs_session_34(text: str, out: list[str]) -> bool:
    """``separators.join_runs`` as session 34 wrote it: the pattern tried at every digit run and "+"."""
    changed = False
    for m in digit_anchored(separators._RUN, text, number_starts(text)):
        sign = m.group(4)
        if m.group(2) is not None and m.group(2) != sign:
            continue
        run = m.group()
        digits = "".join(ch for ch in run if "0" <= ch <= "9")
        if len(digits) > separators.MAX_DIGITS:
            continue
        body = run[len(m.group(1) or "") :]
        groups = [g.strip() for g in body.split(sign)]
        single = all(len(g) == 1 for g in groups)
        many = len(digits) >= separators.MIN_DIGITS
        if not ((single and many) or (sign in separators.ODD_SIGNS and many)):
            continue
        if any(" " in g or "\t" in g for g in groups):
            continue
        if not single and (" " in body or "\t" in body):
            continue
        new = ("+" if m.group(1) else "") + digits
        for i in range(m.start(), m.end()):
            k = i - m.start()
            out[i] = new[k] if k < len(new) else " "
        changed = True
    return changed


_SIGN_BITS = [
    "5",
    "0",
    "12",
    "4123",
    "56789",
    "#",
    "*",
    "|",
    "~",
    "•",
    "·",
    "_",
    "^",
    "=",
    "<",
    ">",
    "+",
    "-",
    ".",
    "/",
    ",",
    ":",
    "(",
    " ",
    "\t",
    "\n",
    "a",
    "x",
    "€",
    "½",
    "٣",
    "5*0*8*8*5*0*6*1*3",
    "+|4|6|7|2|1|2|3|4|5",
    "+47#412#57#386",
    "+ ~ 3 ~ 5 ~ 9 ~ 1 ~ 2 ~ 3 ~ 4",
]


@settings(max_examples=1000, deadline=None)
@given(_text(_SIGN_BITS))
@example("ring 5*0*8*8*5*0*6*1*3 nu")
@example("+47#412#57#386 9999*999*9999")
@example("1 \t# 2 # 3 # 4 # 5 # 6 # 7")
@example("ring 5\t*0\t*8\t*8\t*5\t*0\t*6\t*1 nu")
@example("4 *\t1 *\t2 *\t5 *\t7 *\t3 *\t8")
@example("2026 | 505.246 visninger")
def test_join_runs_is_session_34_s(text: str) -> None:
    """``join_runs`` (the pattern tried only where ``_run_starts`` says it can open) writes what it wrote before."""
    new, old = list(text), list(text)
    assert separators.join_runs(text, new) == _join_runs_session_34(text, old)
    assert new == old


@settings(max_examples=500, deadline=None)
@given(st.characters(codec="utf-8"))
@example("_")
@example("\u00a0")
@example("\u2028")
@example("٣")
def test_sign_at_is_the_pattern_s_sign(ch: str) -> None:
    assert separators._sign_at(ch, 0) == (re.fullmatch(separators._SIGN, ch) is not None)


# --- masks: the characters' list made only when a mask or a "same" note is written -----------------------------------


def _complete_masks_session_34(
    text: str, low: str, words: set[str] | None, whole: Callable[[str], bool] | None
) -> str | None:
    """``masks.complete_masks`` as session 34 wrote it: the characters' list made before the masks are looked for."""
    out: list[str] | None = None
    a = b = c = False
    digits = digit_runs(text)
    if masks._mask_after_digits(text, digits):
        out = list(text)
        low_out = list(low)
        if masks._split_masks(text, low, out, low_out):
            text, low, a = "".join(out), "".join(low_out), True
            digits = digit_runs(text)
    if "xx" in low or "**" in text or "##" in text or ".." in text or "\u2026" in text:
        if out is None:
            out = list(text)
        a = masks._masks(text, low, out, whole)[0] or a
    if masks._has_same(low, words):
        if out is None:
            out = list(text)
        b = masks._same(text, low, out)[0]
    if separators.may_join(text, digits):
        if out is None:
            out = list(text)
        c = separators.join_runs(text if not (a or b) else "".join(out), out)
    if separators.may_join_x(text, digits):
        if out is None:
            out = list(text)
        if separators.join_x(text, out):
            c = True
    return "".join(out) if out is not None and (a or b or c) else None


_MASK_BITS = [
    "912 34 5xx",
    "(xx = 67)",
    "41257386##",
    "4123 4...",
    "070-123 45 **",
    "…789xx",
    "93 25 60 **",
    "3x xx",
    "59-48-3*-**",
    "same but ending 92",
    "samma men slutar på 45",
    "0701234567",
    "last 3 digits: 545",
    "5*0*8*8*5*0*6*1*3",
    "5x1x1x3x0x8x6x3x9",
    "..",
    "\u2026",
    "xx",
    " ",
    "\n",
    "ring",
    "Ring",
    "NU",
    "0",
    "12",
]


@settings(max_examples=1000, deadline=None)
@given(_text(_MASK_BITS), st.booleans())
@example("ring 912 34 5xx (xx = 67)", False)
@example("Ring 912 34 5xx NU", False)
@example("Ring 912 34 5xx (xx = 67) NU", False)
@example("Ring 0701234567 ... Same but ending 92 NU", False)
@example("0701234567 ... same but ending 92", False)
@example("Tlf 41257386## kyss", True)
@example("ring meg... 93 25 60 ** ", False)
def test_complete_masks_is_session_34_s(text: str, strict: bool) -> None:
    """``complete_masks`` (the list made at the first change) gives what it gave with the list made up front."""
    low = lower_same_length(text)
    words = set(re.findall(r"[^\W\d_]+", low))

    def whole(head: str) -> bool:
        return strict and len("".join(ch for ch in head if ch.isdigit())) >= 8

    assert masks.complete_masks(text, low, words, None, whole) == _complete_masks_session_34(text, low, words, whole)


# --- contacts: a glued "at" word compared only where it can end ------------------------------------------------------


def _glued_starts_session_34(low: str) -> list[int]:
    ats, hosts = contacts._glued_words()
    found: set[int] = set()
    for h in hosts:
        q = low.find(h)
        while q >= 0:
            for a in ats:
                s = q - len(a)
                if s >= 0 and low[s:q] == a:
                    found.add(s)
            q = low.find(h, q + 1)
    return sorted(found)


_GLUED_BITS = [
    "at",
    "snabela",
    "snabel-a",
    "krøllalfa",
    "alfa",
    "kanelbulle",
    "gmail",
    "hotmail",
    "live",
    "mail",
    "e-mail",
    "protonmail",
    "yahoo",
    ".com",
    "(dot)",
    "lili.5",
    "anna",
    " ",
    "\n",
]


@settings(max_examples=600, deadline=None)
@given(_text(_GLUED_BITS))
@example("lili.5atlive(dot)dk mail: annasnabelagmail.com")
@example("gmail at")
def test_glued_starts_are_session_34_s(text: str) -> None:
    low = lower_same_length(text)
    assert contacts._glued_starts(low) == _glued_starts_session_34(low)
