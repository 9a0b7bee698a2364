"""The name (alias) a person uses in an ad: what tells two persons behind one controller's phone apart.

Read from a structured ``name``/``alias`` field when the site has one, else from phrases such as
"jag heter X" / "my name is X", else from a title with "X, 23" or "X 23" (an age right after the name), a place
after the name, the name leading the title or ending it after a dash, else a name with her age in the body's
first lines; ``slug_name`` reads the ad's address and ``poster_name`` a forum post's author. Conservative on
purpose: a missed name only makes an ad "unknown" (compatible with anyone), a wrong one can split a person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from functools import cache
from itertools import pairwise
from typing import Any
from urllib.parse import unquote

from kartlegg.extract.places import MARKET_COUNTRIES, canonical_city, city_country
from kartlegg.link.config import NameRules, default_rules


def _letter_class(upper: bool) -> str:
    """A character class of the cased letters of the Latin, Greek and Cyrillic blocks: capitals (Lu, Lt), or
    small letters (Ll) with the combining marks a decomposed "Lucía" or "Austėja" writes its accents with."""
    spans = (
        ((0x41, 0x24F), (0x370, 0x52F), (0x1E00, 0x1FFF))
        if upper
        else ((0x61, 0x24F), (0x300, 0x36F), (0x370, 0x52F), (0x1E00, 0x1FFF))
    )
    cats = ("Lu", "Lt") if upper else ("Ll", "Mn")
    chars = [chr(c) for a, b in spans for c in range(a, b + 1) if unicodedata.category(chr(c)) in cats]
    out: list[str] = []
    for ch in chars:  # runs of consecutive code points as ranges
        if out and len(out[-1]) == 3 and ord(out[-1][2]) + 1 == ord(ch):
            out[-1] = out[-1][:2] + ch
        elif out and len(out[-1]) == 1 and ord(out[-1]) + 1 == ord(ch):
            out[-1] = out[-1] + "-" + ch
        else:
            out.append(ch)
    return "".join(re.escape(r) if len(r) == 1 else re.escape(r[0]) + "-" + re.escape(r[2]) for r in out)


_UP, _LOW = _letter_class(True), _letter_class(False)
# A name in any cased script with any diacritics ("Thaís", "Austėja", "Zsófi", "Наташа"), never cut short: no
# letter may follow it (a longer word is no name, not its first letters).
_NAME = rf"([{_UP}][{_LOW}]{{1,14}}(?:-[{_UP}][{_LOW}]{{1,14}})?)(?![^\W\d_])"
# (the two digits open no longer token: "Konversation 53f04ea0", a chat export's hex session id, is no name and age;
# letters after the age are a unit, "25yo", "23år")
_NAME_AGE = _NAME + r"(?:\s*[,(\-–|:!]\s*|\s+)\(?(\d{2})(?![\d/:.,]\d|\d|/|[^\W\d_]+\d)"
_TITLE = re.compile(r"^\W{0,3}" + _NAME_AGE)
_IN_TITLE = re.compile(r"(?<!\w)" + _NAME_AGE)
# "Jessira i Bergen", "Ylva in Aalborg", "Galisa väntar på dig": a name right before where she is.
_BEFORE_PLACE = re.compile(
    r"(?<!\w)" + _NAME + r",?\s+(?:i|in|väntar|venter|waits|här|her|here|visiting|besöker|besøker|besøger)\s"
)
# Title words, with what follows each up to the next word (a separator: "Elin, nineteen", "Tuva – ny i").
_TITLE_WORDS = re.compile(r"([^\W\d_]+)([^\w]*)")
# "Sweet Polish girl Natasha (30) visiting", "New in town! Kasia, 34, waiting", "Sofia, 37 år": a name with
# her age in the ad's first lines (an age in brackets, or after a comma and followed by a comma or "years").
_BODY_NAME_AGE = re.compile(
    r"(?<![\w.])"
    + _NAME
    + r"(?:\s*\((\d{2})\)(?!\s*(?:min|kr|sek|nok|dkk|eur|€|%))"
    # "NEW in Odense - Lucía, 28" ending its line: her name and age as a line's last words
    # "Elin, 32 · Ålesund", "Magda, 24 y.o. · 📍 Esbjerg": a profile's byline, her name and age, then a
    # separator before where she is
    + r"|,\s*(\d{2})\s*(?:,|år\b|years\b|yrs\b|y/o|y\.o\.|yo\b|(?=[ \t]*(?:\n|$|[·•|])))"
    # "Nika 42 år", "Alina 20yo", "Mai 38 y.o.", "Tina age 22", "Nika 42 – kun for": her age right after her
    # name, said to be one (a unit of age, "age", or a dash after it)
    + r"|,?\s+(?:age|ålder|alder)\s*:?\s*(\d{2})(?!\d)"
    + r"|\s+(\d{2})(?:\s*(?:år\b|years\b|yrs\b|y/o|y\.o\.|yo\b)|\s+[–—-]\s)"
    # "Ewa 18 in Bergen", "Dana 23 i Malmö": her name and age, then where she is (a capitalised place)
    + rf"|[ \t]+(\d{{2}})[ \t]+(?:i|in|på|fra|från|from)[ \t]+(?=[{_UP}])"
    # "Ruby – 33 – norsk", "Mia - 24, Oslo": her name, a dash, her age and a dash or comma after it
    + r"|[ \t]+[–—-][ \t]+(\d{2})[ \t]*(?:[–—,|]|-[ \t]))"
)
# A forum post's author line ("Skrevet av elin_15", "Posted by mei_63 on", "lola_65 » 15 Oct"): the
# letters the user name starts with.
_POSTER = re.compile(
    r"(?i:\b(?:posted\s+by|skrevet\s+av|skrevet\s+af|skrivet\s+av|postad\s+av|postat\s+av|indlæg\s+af))"
    rf"\s+([{_LOW}]{{2,15}})(?:[_.\-]?\d{{0,4}})(?=[\s,]|$)|^[ \t]*([{_LOW}]{{2,15}})[_.\-]?\d{{0,4}}[ \t]+»",
    re.MULTILINE,
)

# "Chloe her, 21 år", "Anong här, 29 år", "Milena here, 19", "Ioana her 💋 30 år", "Gergana här" (the line's
# end): a name presenting herself in the ad's first lines, before a separator, an emoji, an age or the end.
# A chat's or forum's heading in Markdown bold opening a line or a message's text ("**Jade** – Uppsala (24)" in a
# Discord export, its JSON's "content": "**Mai** – Vejle\\n…", a Telegram post): one word in bold, then a dash, a
# comma, a bracket or the line's end. A post names its author so where the site has no name field.
_BOLD_LEAD = re.compile(
    r'(?:^|\n|\\n|":[ \t]*")[ \t]*(?:\*\*|__)' + _NAME + r"(?:\*\*|__)(?=[ \t]*(?:[–—\-,(|]|\\n|\n|$))", re.MULTILINE
)
_WORD_RUN = re.compile(r"[^\W\d_]+")
# A record's field that is her name and age alone, between a page's field marks (a middle dot, a bullet, a bar, a
# list's arrow) or a line's ends: "Annonce 1102891 · Aarhus · Elin 18" (a moderation tool's case line), "▸ Zoe,
# 21 — Spend a mellow …" (a digest's entry), "| Mira 24 |". A name cue of any site that prints records as fields.
# Without a comma ("Elin 18") the field is hers only on a line that also says where she is (a field that is a
# place of the market): a counter's label and count are written so too ("Views 22", "Sida 32", "Favoritt 67").
_FIELD_MARK = re.compile(r"[·•|▸►]")
_FIELD_NAME_AGE = re.compile(
    r"(?:^[ \t]*|[·•|▸►][ \t]*)" + _NAME + r"(,[ \t]*|[ \t]+)(\d{2})(?![\d.,:/]\d|\d|[ \t]*[%€$])"
    r"[ \t]*(?=$|[·•|]|[–—-][ \t])",
    re.MULTILINE,
)
_FIELD_SPLIT = re.compile(r"[ \t]*(?:[·•|▸►]|[–—-][ \t])[ \t]*")


def _field_names(text: str) -> Iterator[tuple[str, int]]:
    """Her name and age from a record's field of the two alone (``_FIELD_NAME_AGE``), checked as it says."""
    if not _FIELD_MARK.search(text):
        return
    for m in _FIELD_NAME_AGE.finditer(text):
        age = int(m.group(3))
        if not 15 <= age <= 69:
            continue
        if "," not in m.group(2):
            start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            line = text[start : end if end >= 0 else len(text)]
            if not any(f and f != m.group(0).strip(" \t·•|▸►") and _market_city(f) for f in _FIELD_SPLIT.split(line)):
                continue
        yield m.group(1), age


# A profile card's line of fields opening with her name alone, then her age as a field of its own with its unit or
# label, then what else the card states ("Ioana · 33 år · 161 cm · vietnamesisk", "Lucia | 29 years | 165 cm",
# "Mia · Alder 24 · norsk", "Eva • Ålder: 31"): a salon map's or directory's card, whose title is the salon's or the
# site's. The unit or label makes the number her age (a counter's "Views · 22" has none); sv/no/da/en.
_AGE_UNIT = r"(?:år(?:[ \t]+(?:gammal|gammel))?|years?(?:[ \t]+old)?|yrs?|y\.?[ \t]?o\.?)"
_AGE_LABEL = r"(?:[Aa]ge|[ÅåAa]lder)[ \t]*:?[ \t]*"
_CARD_NAME_AGE = re.compile(
    r"^[ \t]*" + _NAME + r"[ \t]*[·•|▸►][ \t]*(?:" + _AGE_LABEL + r"(\d{2})|(\d{2})[ \t]*" + _AGE_UNIT + r")"
    r"(?![^\W\d_])[ \t]*(?=$|[·•|▸►])",
    re.MULTILINE,
)


def _card_names(text: str) -> Iterator[tuple[str, int]]:
    """Her name and age from a profile card's line of fields (``_CARD_NAME_AGE``)."""
    if not _FIELD_MARK.search(text):
        return
    for m in _CARD_NAME_AGE.finditer(text):
        age = int(m.group(2) or m.group(3))
        if 15 <= age <= 69:
            yield m.group(1), age


# Her age in brackets on the line of her name in bold ("**Jade** – Uppsala (24)"; a JSON string's "\\n" ends the line)
_BOLD_AGE = re.compile(
    r'(?:^|\n|\\n|":[ \t]*")[ \t]*(?:\*\*|__)' + _NAME + r"(?:\*\*|__)[^\n\\()]{0,40}\((\d{2})\)(?!\d)", re.MULTILINE
)
# Her name opening a line after a greeting or a firm's label and before a comma and a word in small letters: the
# sentence that presents her ("Hallå! Bruna, solbränd och elegant brunett.", "Bamboo Spa: Mai, diskret och glad
# väninna.", "Velkommen! Maiie, stilig og slank"): a greeting or a label, then her name and what she is like.
# The lead is needed: a line opening "Club, bästa servicen" is a sentence wrapped after "hos Noble" (a paper's column).
_GREETED = re.compile(r"^[ \t]*[^\n!:?.]{1,40}[!:][ \t]+" + _NAME + rf",[ \t]+(?=[{_LOW}]{{2,}})", re.MULTILINE)
_HERE = re.compile(r"(?<!\w)" + _NAME + r"\s+(?:här|her|here)(?=[ \t]*(?:[,!.]|\d|$|[^\w\s]))", re.MULTILINE)


class _Words(frozenset[str]):
    """The words that are no names (``_stopset``), with the endings that make a word a street's name
    ("Storgatan", "Istedgade"), no person's either."""

    streets: tuple[str, ...] = ()
    #: nouns after a firm's name ("Companions", "Escorts", "Massage"): the word before one is the firm's
    firms: frozenset[str] = frozenset()
    #: the longer of them, which end a parlour's name written as one word ("Thaimassage")
    firm_endings: tuple[str, ...] = ()


_VOCABULARY: dict[int, tuple[NameRules, _Words]] = {}


def _vocabulary(rules: NameRules) -> _Words:
    """``_stopset`` of the rules' stop and decorating words, kept per rules object (a frozen model: the
    tuples ``_stopset`` is cached on cost a hash of some 400 words at each call)."""
    kept = _VOCABULARY.get(id(rules))
    if kept is None or kept[0] is not rules:
        words = _stopset((*rules.stop, *rules.decor), tuple(rules.street), tuple(rules.firm))
        kept = _VOCABULARY[id(rules)] = (rules, words)
    return kept[1]


#: Pictographs, dingbats and the joiners of emoji sequences ("💋", "❤️", "✨"): a display name's ornaments.
_EMOJI = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"


@cache
def _decor_words(decor: tuple[str, ...]) -> str:
    """A pattern of one decorating word: the rules' ``decor`` and extraction's nationality adjectives, in any
    case, whole."""
    from kartlegg.extract.patterns import trie_pattern  # one alternation as a trie: ~250 words at each word

    return rf"(?i:{trie_pattern({w.lower() for w in decor} | _not_names())})(?![^\W\d_])"


@cache
def _decor_after(decor: tuple[str, ...]) -> re.Pattern[str]:
    """A name and the ornaments after it: decorating words ("Latina", "VIP", "xx"), one in brackets
    ("(ny)"), emoji."""
    dec = _decor_words(decor)
    return re.compile(r"(?<![^\W\d_])" + _NAME + rf"((?:[ \t]+{dec}|[ \t]+\([ \t]*{dec}[ \t]*\)|[ \t]*[{_EMOJI}]+)+)")


def undecorate(text: str, rules: NameRules | None = None) -> str:
    """``text`` with the ornaments taken off every name they follow: "Bella Latina her" -> "Bella her", "Nora
    💋 (38)" -> "Nora (38)", "Bianca (ny) (31)" -> "Bianca (31)". A display name keeps its first name,
    so the name read is the same wherever she writes a descriptor or none; the name cues ("X her", "X, 23",
    "X – massage") then see her name where they look for one. A word that is no name (a stop word, a
    place) keeps what follows it."""
    rules = rules or default_rules().names
    if not rules.decor:
        return text
    stop = _vocabulary(rules)

    def keep(m: re.Match[str]) -> str:
        return m.group(1) if _plain_name(m.group(1), stop) else m.group(0)

    return _decor_after(tuple(rules.decor)).sub(keep, text)


def _caps_title(title: str, stop: frozenset[str]) -> str:
    """A title written in capitals only ("WENDY 22YO", "ANNA – NY I OSLO") in the case a name is read in:
    each word capitalised, but a stop word or a preposition in small letters ("NEW IN DRAMMEN" -> "new in
    Drammen": "In" is no name)."""
    if not any(ch.isalpha() for ch in title) or any(ch.islower() for ch in title):
        return title

    def case(m: re.Match[str]) -> str:
        low = m.group(0).lower()
        return low if low in stop or low in _PLACE_WORDS else low.capitalize()

    return re.sub(r"[^\W\d_]+", case, title)


@cache
def _stopset(stop: tuple[str, ...], street: tuple[str, ...] = (), firm: tuple[str, ...] = ()) -> _Words:
    """The rules' stop words and the ordinary vocabulary of the four languages (extraction's lexicon: the
    function words only one language writes, and the words around a handle): "Bara", "Only", "Kun", "Söt",
    "Velkommen" open titles and stand where a name does, capitalised, and are no names; nor is a word ending
    in a street's ending after three letters of its own."""
    from kartlegg.extract.lexicon import lexicon

    lx = lexicon()
    vocabulary = [w for ws in lx.function_words.values() for w in ws] + list(lx.handle_stopwords)
    words = _Words(s.lower() for s in (*stop, *vocabulary))
    words.streets = tuple(sorted({s.lower() for s in street}))
    words.firms = frozenset(f.lower() for f in firm)
    words.firm_endings = tuple(sorted(f for f in words.firms if len(f) >= 5))
    return words


@cache
def _staff_pattern(labels: tuple[str, ...]) -> re.Pattern[str] | None:
    """A staff line: one of ``labels`` opening a line (after a bullet or an emoji), a colon, her name and
    perhaps her age ("Today: Elena (24)", "I dag: Elena", "Idag jobbar: Elena, 24")."""
    if not labels:
        return None
    alts = "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(labels, key=len, reverse=True))
    return re.compile(
        r"^[^\w\n]{0,3}(?i:" + alts + r")[ \t]*:[ \t]*" + _NAME + r"(?:[ \t]*\((\d{2})\)|,[ \t]*(\d{2})(?!\d))?",
        re.MULTILINE,
    )


def _head(text: str, n: int) -> str:
    """The first ``n`` characters of ``text`` as a window the cues read, without a word the cut splits: a window
    that ends inside a word leaves its first letters, which the cues read as a whole word where a bare name may end
    a match (a page's footer "© 2016–2026 Nordic Companions" cut after 500 characters to "Nordic Com", "Nordic
    Compa", ... named one woman's ads after each length her text happened to have; session 43). The cut moves back
    to the start of that word and "…" ends the window wherever it does not end at a line break: the window's end is
    no line's end, so the word before it is not read as a name ending its line ("@sofia.vip Parkering rett
    utenfor" cut inside "rett" reads no "Parkering"). A text no longer than ``n`` is as it is."""
    if len(text) <= n or text[n] in "\r\n":
        return text[:n]
    k = n
    if text[n].isalnum():
        while k > 0 and text[k - 1].isalnum():
            k -= 1
    return text[:k] + "\u2026"


def staff_name(body: str, rules: NameRules | None = None) -> tuple[str, int | None] | None:
    """The name (and age, when written) on a directory's or parlour's staff line ("Today: Elena (24)", "I
    dag: Elena", "Idag jobbar: Elena"): the person the ad is for, where the title names the business
    ("Angels Thai Massage | Storgatan 40"). None without such a line, or when the word after the label is
    no name (a stop word, a street, a place of the market)."""
    rules = rules or default_rules().names
    return _staff(undecorate(_head(body, 3000), rules), rules)


def _staff(body: str, rules: NameRules) -> tuple[str, int | None] | None:
    pattern = _staff_pattern(tuple(rules.staff))
    stop = _vocabulary(rules)
    if pattern is not None:
        for m in pattern.finditer(body):
            if _ok(m.group(1), stop) and not _market_city(m.group(1)):
                age = m.group(2) or m.group(3)
                return m.group(1), _age(age)
    return _roster(body, rules, stop)


def _age(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() and 15 <= int(text) <= 69 else None


@cache
def _roster_heading(labels: tuple[str, ...]) -> re.Pattern[str] | None:
    """A heading over a parlour's or agency's staff ("== Massører ==", "## Masseuses", "Våra tjejer:"): one of
    ``labels`` alone on its line, in a wiki's or Markdown's heading marks or before a colon."""
    if not labels:
        return None
    alts = "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(labels, key=len, reverse=True))
    return re.compile(r"^[ \t]*(?:=+|#+|'{2,})?[ \t]*(?i:" + alts + r")[ \t]*(?:=+|'{2,}|:)?[ \t]*$", re.MULTILINE)


# A bullet of a staff list: "* Mari (22) – fra Filippinene", "- Lily, 37", "• Fah 19 år".
_ROSTER_BULLET = re.compile(
    r"[*\-•·][ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)"
    r"(?:[ \t]*\((\d{2})\)|,[ \t]*(\d{2})(?!\d)|[ \t]+(\d{2})(?!\d))?"
)
# A table's cells: a Markdown row ("| Lily | 37 |"), a wiki table's header ("! Navn !! Alder") or row ("| Lily || 37")
_CELL_SPLIT = re.compile(r"[ \t]*(?:\|\||!!|\|)[ \t]*")
_RULE_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")


def _cells(line: str) -> list[str]:
    """A table row's cells, without the row's opening and closing bars (or a wiki header's "!")."""
    row = line.strip()
    if row.startswith("!"):
        row = row[1:]
    return [c.strip() for c in _CELL_SPLIT.split(row.strip("|").strip())]


def _roster(body: str, rules: NameRules, stop: frozenset[str]) -> tuple[str, int | None] | None:
    """The one person a parlour's or agency's page lists under its staff: a page of a clinic names its masseuse
    in a staff list ("== Massører ==" and "* Mari (22) – fra Filippinene") or a table whose header has a name
    column ("| Navn | Alder | Fra |", a wiki's "! Name !! Age"), while its title and infobox name the clinic.
    Read by the list's or table's shape, whatever the site: a table is found by its header (a name label in a
    cell, then a Markdown rule row or a wiki's "|-"), a list by a staff heading over its bullets. A list of
    several names is the business's roster, no one person's: None (so is a name cell that is no name)."""
    labels = {w.lower() for w in rules.roster_name}
    if "|" in body and labels:
        lines = body.splitlines()
        for k, line in enumerate(lines[:-1]):
            if "|" not in line and "!!" not in line:
                continue
            head = [c.lower() for c in _cells(line)]
            col = next((c for c, cell in enumerate(head) if cell in labels), None)
            if col is None or len(head) < 2:
                continue
            nxt = lines[k + 1].strip()
            if not (_RULE_ROW.match(nxt) or (line.lstrip().startswith("!") and nxt.startswith("|-"))):
                continue
            ages = {w.lower() for w in rules.roster_age}
            at = next((c for c, cell in enumerate(head) if cell in ages), None)
            rows = []
            for row in lines[k + 2 :]:
                r = row.strip()
                if r.startswith("|-"):
                    continue
                if not r.startswith("|") or r.startswith("|}"):  # the table's end (a wiki's "|}")
                    break
                rows.append(_cells(r))
            if len(rows) != 1 or len(rows[0]) <= col:
                return None
            return _listed(rows[0][col], rows[0][at] if at is not None and at < len(rows[0]) else None, stop)
    if "<t" in body and labels and (found := _html_roster(body, labels, {w.lower() for w in rules.roster_age}, stop)):
        return found
    if ("\t" in body or ";" in body) and labels:
        table, listed = _delimited_roster(body, labels, {w.lower() for w in rules.roster_age}, stop)
        if table:
            return listed
    heading = _roster_heading(tuple(rules.roster))
    if heading is None:
        return None
    for m in heading.finditer(body):
        bullets = []
        for line in body[m.end() :].lstrip("\n").splitlines():
            b = _ROSTER_BULLET.match(line.strip())
            if b is None:
                break
            bullets.append(b)
        if len(bullets) == 1:
            b = bullets[0]
            return _listed(b.group(1), b.group(2) or b.group(3) or b.group(4), stop)
        return None
    return None


_HTML_TABLE_END = re.compile(r"</table\s*>", re.IGNORECASE)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?:</tr\s*>|(?=<tr\b))", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)(?:</t[hd]\s*>|(?=<t[hd]\b)|$)", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>")


def _html_roster(body: str, labels: set[str], ages: set[str], stop: frozenset[str]) -> tuple[str, int | None] | None:
    """``_roster``'s staff table written in HTML: a row of header cells (``<th>``) with a name label, then
    one row of data cells (``<td>``) before the table ends or another header row."""
    for table in _HTML_TABLE_END.split(body):
        rows = [
            [(kind.lower(), _HTML_TAG.sub("", cell).strip()) for kind, cell in _HTML_CELL.findall(row)]
            for row in _HTML_ROW.findall(table)
        ]
        for k, row in enumerate(rows):
            if not row or any(kind != "h" for kind, _ in row):
                continue
            head = [cell.lower() for _, cell in row]
            col = next((c for c, cell in enumerate(head) if cell in labels), None)
            if col is None or len(head) < 2:
                continue
            at = next((c for c, cell in enumerate(head) if cell in ages), None)
            data: list[list[str]] = []
            for nxt in rows[k + 1 :]:
                if nxt and all(kind == "h" for kind, _ in nxt):
                    break
                if nxt:
                    data.append([cell for _, cell in nxt])
            if len(data) != 1 or len(data[0]) <= col:
                return None
            return _listed(data[0][col], data[0][at] if at is not None and at < len(data[0]) else None, stop)
    return None


def _delimited_roster(
    body: str, labels: set[str], ages: set[str], stop: frozenset[str]
) -> tuple[bool, tuple[str, int | None] | None]:
    """``_roster``'s table as a spreadsheet flattened to text: a header row of cells joined by tabs (a sheet's
    row pasted as text) or by semicolons (a CSV export) with a name label ("Dato⇥By⇥Navn⇥Alder⇥Tlf",
    "Date;City;Name;Age;Phone"), then its rows, one a line, joined by the same mark. One row names its person
    and states her age; several are a list of persons, no one's (None). The first is whether such a table was found."""
    lines = body.splitlines()
    for k, line in enumerate(lines[:-1]):
        for mark in ("\t", ";"):
            if mark not in line:
                continue
            head = [c.strip().lower() for c in line.split(mark)]
            col = next((c for c, cell in enumerate(head) if cell in labels), None)
            if col is None or len(head) < 3:
                continue
            rows: list[list[str]] = []
            rest = lines[k + 1 :]
            while rest:
                cells = rest.pop(0).split(mark)
                # a cell that wraps its text onto the next line ("93 68⏎64 80"): the row goes on there
                while 1 < len(cells) < len(head) and rest and mark in rest[0]:
                    more = rest.pop(0).split(mark)
                    cells = [*cells[:-1], cells[-1] + "\n" + more[0], *more[1:]]
                if len(cells) < len(head):  # the table's end: a line that is no row of it
                    break
                rows.append(cells)
            if len(rows) != 1:
                return bool(rows), None
            at = next((c for c, cell in enumerate(head) if cell in ages), None)
            return True, _listed(rows[0][col].strip(), rows[0][at] if at is not None else None, stop)
    return False, None


def _listed(name: str, age: str | None, stop: frozenset[str]) -> tuple[str, int | None] | None:
    """A staff list's or table's name cell and age cell as (name, age), when the cell is one name."""
    words = name.split()
    if len(words) == 2 and words[0].lower() in stop:  # "Miss Xiaoli", "Lady Mei": a title before her name
        words = words[1:]
    elif len(words) == 2 and not _plain_name(words[1], stop):  # "Mai Thai (23)", "Lily ny (20)"
        words = words[:1]
    if len(words) != 1 or re.fullmatch(_NAME, words[0]) is None or not _plain_name(words[0], stop):
        return None
    return words[0], _age(age.strip() if age else None)


@cache
def _patterns(intro: tuple[str, ...], decor: tuple[str, ...] = ()) -> re.Pattern[str]:
    """An intro phrase and the name after it, past up to three decorating words ("New girl in town: Sweet
    Mia", "Jeg heter søte Mia")."""
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(intro, key=len, reverse=True))
    dec = rf"(?:{_decor_words(decor)}\s+){{0,3}}" if decor else ""
    return re.compile(r"(?i:\b(?:" + alts + r"))\s+" + dec + _NAME)


@cache
def _after_decor(decor: tuple[str, ...]) -> re.Pattern[str]:
    """Her name after a nationality or a descriptor, before a comma, a bracket or the line's end ("Søt
    rumensk Mia, tjue-noe år", "Sweet Latvian Mia, age early twenties"): a descriptor describes a person."""
    dec = _decor_words(decor)
    return re.compile(
        r"(?<![^\W\d_])" + dec + r"[ \t]+" + _NAME + rf"(?:[ \t]+{dec}|[ \t]*[{_EMOJI}]+)*[ \t]*(?=[,(]|$)",
        re.MULTILINE,
    )


@cache
def _present(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Her name before a phrase that presents her ("Mia er ny hos oss", "Mia just arrived")."""
    if not phrases:
        return None
    alts = "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<!\w)" + _NAME + r"[ \t]+(?i:" + alts + r")(?![^\W\d_])")


def _ok(name: str, stop: frozenset[str]) -> bool:
    """No stop word, ordinary word, street or nationality ("I am Romanian", "Thai 25", "Storgatan 46" name
    no one)."""
    low = name.lower()
    return low not in stop and low not in _not_names() and not _street(low, stop)


def _street(low: str, stop: frozenset[str]) -> bool:
    """Does a word (in small letters) end in a street's ending after three letters of its own ("storgatan",
    "istedgade", not "agata"), or in a firm's noun ("thaimassage")?"""
    if not isinstance(stop, _Words):
        return False
    return any(low.endswith(e) and len(low) >= len(e) + 3 for e in (*stop.streets, *stop.firm_endings))


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _firm_word(word: str, stop: frozenset[str]) -> bool:
    """Is ``word`` a firm's noun ("Massage", "Escorts", "Thaimassage")?"""
    if not isinstance(stop, _Words) or not stop.firms:
        return False
    low = word.lower()
    return low in stop.firms or any(low.endswith(e) and len(low) >= len(e) + 3 for e in stop.firm_endings)


#: How far before its noun a firm's name may start: its noun's word and one more ("Chiang Mai Spa", "Blue Orchid
#: Massage"; a nationality is taken off first: "Chiang Mai Thai Spa"); a word before those is hers or the title's
_FIRM_RUN = 2


def _not_firm(words: Sequence[tuple[str, str]], k: int, stop: frozenset[str]) -> bool:
    """Can title word ``k`` be hers, not the firm's or the page's? Not part of a firm's name (``_firm_run``), not
    a firm's noun, not a word right after one ("Ivory Club Scandinavia", "Girls Group"), and not the title's first
    word before ":" with more words after it (a page's label: "Ændringslog: …", "Arkiv: …")."""
    w, sep = words[k]
    if k == 0 and sep.startswith(":") and len(words) > 2:
        return False
    if _firm_word(w, stop) or _firm_run(words, k, stop):
        return False
    return not (k and words[k - 1][1] == " " and _firm_word(words[k - 1][0], stop))


def _firm_run(words: Sequence[tuple[str, str]], k: int, stop: frozenset[str]) -> bool:
    """Is title word ``k`` part of a firm's name: followed by a firm's noun within ``_FIRM_RUN`` words, the
    words between capitalised and written with blanks ("Chiang Mai Thai Spa · massage Ålborg", "Golden
    Lotus Wellness | Oslo", "Tropical Massage – Stockholm")? A parlour's name is often two or three words
    before its noun (a place abroad, a flower, a colour), and its first word, read as the one name of a title
    that names a place, named every masseuse of the parlour after it; her own ads elsewhere, with her name,
    then showed her number with two names, a controller's line (session 43: "Chiang" on a clinic's pages).
    The word right before the noun is the firm's whatever stands between them (as before); a longer name is
    read over blanks only, so a separator ends it ("Elin | Golden Lotus Spa" still names Elin)."""
    for j in range(k + 1, min(k + 1 + _FIRM_RUN, len(words))):
        if _firm_word(words[j][0], stop):
            return True
        if words[j - 1][1] != " " or words[j][1] != " " or not words[j][0][:1].isupper():
            return False
    return False


def _firm_name(text: str, end: int, stop: frozenset[str]) -> bool:
    """Is the word ending at ``end`` a firm's name: followed by a firm's noun ("hos Baltic Companions",
    "with Diamond Escorts", "Aurora Thaimassage")?"""
    if not isinstance(stop, _Words) or not stop.firms:
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and _firm_word(m.group(1), stop)


def find_name(
    title: str,
    body: str,
    extra: dict[str, Any] | None = None,
    rules: NameRules | None = None,
    template: Collection[str] = frozenset(),
) -> str | None:
    """The person's stated name, capitalised as written (composed: "Lucía" one way however it was typed), or
    None. Of the words the cues read as a name, in their order (``name_candidates``), the first that is
    neither one of ``template`` (the words a site's own template puts where a name stands, learned per site
    in small letters: ``stock_names``) nor an ordinary word of the four languages (``names.common``: "Brand
    new here", "Body to body Oslo", "Helt ny här", "Anyone met Coco?") is hers. Unlike a stop word, an
    ordinary word is passed over only once read as the name, so the title's and body's cues still look past
    it for hers as before ("Sugar baby Kitty (23)" reads "Sugar", then "Kitty")."""
    rules = rules or default_rules().names
    common = _common(tuple(rules.common))
    labels = _label_words(body)
    for name in _find_names(title, body, extra, rules):
        low = name.lower()
        if low not in template and low not in common and low not in labels:
            return _composed(name)
    return None


def _label_words(body: str) -> frozenset[str]:
    """The words of a label that presents her in the body ("Jasmin Relax: Fon, glad och diskret", "Opal Angels:
    Megi, mjuk"): the parlour's or agency's name, which its title repeats ("Jasmin Relax – Tantramassage i
    Göteborg") and every masseuse's ad shares, so no name of hers (session 37)."""
    if ":" not in body:
        return frozenset()
    out: set[str] = set()
    for m in _GREETED.finditer(_head(body, 500)):
        lead = body[m.start() : m.start(1)].rstrip()
        if lead.endswith(":"):
            out.update(w.lower() for w in _WORD_RUN.findall(lead))
    return frozenset(out)


def name_candidates(
    title: str, body: str, extra: dict[str, Any] | None = None, rules: NameRules | None = None, limit: int = 3
) -> list[str]:
    """The first ``limit`` distinct words the name cues read, in the order ``find_name`` tries them: the
    first is what a site's ad is read as named when nothing is learned of the site, the next what would be
    read in its place (``templates.learn`` counts them)."""
    out: list[str] = []
    for name in _find_names(title, body, extra, rules or default_rules().names):
        name = _composed(name)
        if name not in out:
            out.append(name)
            if len(out) >= limit:
                break
    return out


def _composed(name: str) -> str:
    return unicodedata.normalize("NFC", name) if not name.isascii() else name


@cache
def _common(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _dated(word: str, number: int, calendar: frozenset[str]) -> bool:
    """Is ``word`` before ``number`` a date, not a name and an age: a month or a weekday (``names.calendar``)
    before a day of the month ("Week 53 · Dec 28 – Jan 3" on a booking calendar, "Mon 18 jan", "Posted Oct 12 –
    09:14")? Any page that prints a date so, a calendar's week, a forum's post line, a log's or ticket's
    stamp, would otherwise name the woman after the month."""
    return number <= 31 and word.lower() in calendar


def _find_names(title: str, body: str, extra: dict[str, Any] | None, rules: NameRules) -> Iterator[str]:
    """Every word a name cue reads, strongest cue first (a word may come twice)."""
    stop = _vocabulary(rules)
    calendar = _common(tuple(rules.calendar))
    if extra:
        for key in ("name", "alias"):
            value = extra.get(key)
            if isinstance(value, str) and 1 < len(value.strip()) <= 40:
                yield value.strip().title()
                return
    # her name with its ornaments taken off ("Bella Latina" -> "Bella"), a title in capitals in small letters
    raw, written = _head(body, 500), _head(body, 3000)
    title, body = undecorate(_caps_title(_head(title, 500), stop), rules), undecorate(written, rules)
    title200, body500 = _head(title, 200), _head(body, 500)
    staff = _staff(body, rules)
    if staff:
        yield staff[0]
    pattern = _patterns(tuple(rules.intro), tuple(rules.decor))
    for textval in (title, body):
        for m in pattern.finditer(textval):
            if not _ok(m.group(1), stop) or _market_city(m.group(1)):
                continue
            hers = _after_her_name(textval, m.start(), m.group(0), stop, rules)
            if hers:
                yield hers
                continue
            if not _firm_name(textval, m.end(1), stop):
                if hers is None and not (
                    m.group(0)[:4].rstrip().lower() in _AT_CUES and _brand(m.group(1), written, stop, rules)
                ):
                    yield m.group(1)
                continue
            # a title "Nina hos Golden Thaimassage", "Mia with Royal Companions": hers is the name before the
            # phrase; in a body only inside a sentence ("ny dam Ruby hos Cashmere Club"): the word before
            # one that opens a sentence is no name ("Bokning hos Diamond Escorts")
            before = _LAST_WORD.search(textval, max(0, m.start() - 40), m.start())
            if before and textval is not title and not _mid_sentence(textval, before.start()):
                before = None
            if before and _plain_name(before.group(1), stop) and not _market_city(before.group(1)):
                yield before.group(1)
    # a profile card's line opening with her name and age as fields, above a title that is the salon's (session 45)
    for word, age in _card_names(_head(body, 1500)):
        if _plain_name(word, stop) and not _market_city(word) and not _dated(word, age, calendar):
            yield word
    for tm in (_TITLE.match(title200), *_IN_TITLE.finditer(title200)):
        if (
            tm
            and _ok(tm.group(1), stop)
            and 15 <= int(tm.group(2)) <= 69
            and not _market_city(tm.group(1))
            and not _dated(tm.group(1), int(tm.group(2)), calendar)
        ):
            if first := _first_name(title, tm.start(1), stop):
                yield first
            yield tm.group(1)
    for pm in _BEFORE_PLACE.finditer(title200):
        if _ok(pm.group(1), stop):
            if first := _first_name(title, pm.start(1), stop):
                yield first
            yield pm.group(1)
    for cm in _CAPS_NAME_AGE.finditer(raw):
        word = cm.group(1).capitalize()
        if (
            15 <= int(cm.group(2)) <= 69
            and _plain_name(word, stop)
            and not _market_city(word)
            and not _dated(word, int(cm.group(2)), calendar)
        ):
            yield word
    lead = _title_lead(title200, stop, body500, tuple(rules.business))
    if lead:
        yield lead
    alone = _title_alone(title200, stop, written)
    if alone:
        yield alone
    for hm in _HERE.finditer(body500):
        if _ok(hm.group(1), stop):
            yield hm.group(1)
    present = _present(tuple(rules.present))
    if present is not None:
        for textval in (title200, body500):
            for xm in present.finditer(textval):
                if _plain_name(xm.group(1), stop):
                    yield xm.group(1)
    for bm in _BODY_NAME_AGE.finditer(body500):
        word, age = (
            bm.group(1),
            int(bm.group(2) or bm.group(3) or bm.group(4) or bm.group(5) or bm.group(6) or bm.group(7)),
        )
        if 15 <= age <= 69 and _plain_name(word, stop) and not _dated(word, age, calendar):
            # a line opening with her two-word display name and age ("👤 Magda Rose, 24 y.o.", "Ewa Rose 18 in
            # Bergen"): her first name is the first word, as in a title ("Ronja Love 25")
            # (the two words side by side as written: "Hejsan Söt bulgarisk Jasmin" is a greeting before her)
            first = _first_name(body, bm.start(1), stop)
            if first and _opens_line(body, body.rfind(first, 0, bm.start(1))) and f"{first} {word}" in written:
                yield first
            yield word
    for word, age in _field_names(_head(body, 1500)):
        if _plain_name(word, stop) and not _market_city(word) and not _dated(word, age, calendar):
            yield word
    for dm in _after_decor(tuple(rules.decor)).finditer(raw):
        if _plain_name(dm.group(1), stop):
            yield dm.group(1)
    # read last, so only where no cue above named her (session 37)
    for lm in (*_BOLD_LEAD.finditer(_head(written, 1500)), *_GREETED.finditer(body500)):
        if _plain_name(lm.group(1), stop) and not _market_city(lm.group(1)):
            yield lm.group(1)
    # last of all, the title's one word as read before session 43 (a parlour's first word, "Happy Feet Massage
    # Trondheim" in a salon directory), where no cue names a person: a listing of the parlour alone is the
    # parlour's, and its name tells parlours apart (blind4: read as no name, salons sharing a chain's e-mail joined)
    firm = _title_lead(title200, stop, body500, tuple(rules.business), whole_firm=False)
    if firm:
        yield firm


_LAST_WORD = re.compile(_NAME + r"[ \t]+$")
# A paper's contact ad opens with her name in capitals and her age ("RUBY, 34 – Nu i Göteborg", "SASHA, 30,
# Kolding"), at a line's start: a heading in capitals that ``_caps_title`` reads in a title.
_CAPS_NAME_AGE = re.compile(rf"^[ \t]*([{_UP}]{{2,15}}),[ \t]*(\d{{2}})(?!\d)", re.MULTILINE)
# Intro phrases that say where she works ("Mia hos ...", "Ruby with ..."): the name after one may be a firm's
_AT_CUES = frozenset({"hos", "with", "med", "at", "via"})
# The word after a name: a firm's two-word name ("Aurora Elite", "Diamant VIP", "Amber Girls")
_AFTER_NAME = re.compile(r"[ \t]+([^\W\d_]+)")


def _mid_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` follow a word in small letters ("ny dam Ruby"), not open a sentence?"""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k > 0 and text[k - 1].islower()


def _brand(name: str, written: str, stop: frozenset[str], rules: NameRules) -> bool:
    """Is ``name``, read after an intro phrase ("hos", "with"), a firm's in the ad as written: followed by a
    capitalised firm's noun or descriptor, at most three words on ("hos Aurora Elite", "hos Diamant VIP", "at
    Amber Girls", "hos Orchid Palace Thai Massage")? Undecorating ("Bella VIP" -> "Bella") takes that word
    off before the cues read, so the ad is read as written."""
    decor = _decor_set(tuple(rules.decor))
    k = written.find(name)
    while k >= 0:
        end = k + len(name)
        for _ in range(3):  # a firm's name of up to four words ("Orchid Palace Thai Massage")
            m = _AFTER_NAME.match(written, end)
            if not m or not m.group(1)[:1].isupper():
                break
            low = m.group(1).lower()
            if _firm_word(low, stop) or low in decor:
                return True
            end = m.end()
        k = written.find(name, k + len(name))
    return False


@cache
def _decor_set(decor: tuple[str, ...]) -> frozenset[str]:
    return frozenset(d.lower() for d in decor)


# a word in any case and the lower-case word before it, ending where an intro word starts ("venter ROXY ")
_NAME_INSIDE = re.compile(r"(?<![^\W\d_])[^\W\d_]+[ \t]+([^\W\d_]{2,15})[ \t]+$")


def _after_her_name(text: str, start: int, cue: str, stop: frozenset[str], rules: NameRules) -> str | None:
    """Her name right before an intro word of ``rules.with_whom`` starting at ``start`` ("venter Lara hos
    Silk Road Wellness", "väntar ROXY hos Diamant VIP"): a capitalised word written inside a sentence (a
    word in small letters before it), so the word after the cue is the firm's or a friend's. "" when that
    word cannot be a name itself ("dager Sofia hos Crystal Dates": a city's name too, left to the other
    cues), None when ``cue`` is no such word or no such word stands before it ("Date with Nina": the
    cue's word is read as before)."""
    word = cue.split(None, 1)[0].lower() if cue.strip() else ""
    if word not in _with_whom(tuple(rules.with_whom)):
        return None
    m = _NAME_INSIDE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    lead = text[m.start() : m.start(1)].split(None, 1)[0]
    name = m.group(1)
    if not lead.islower() or not name[0].isupper() or (len(name) > 1 and not (name[1:].islower() or name.isupper())):
        return None
    shown = name.capitalize() if name.isupper() else name
    return shown if _plain_name(shown, stop) and not _market_city(shown) else ""


@cache
def _with_whom(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _first_name(title: str, start: int, stop: frozenset[str]) -> str | None:
    """The word right before a name found at ``start``, when it can be a name itself: her first name, the
    found one her second ("Ronja Love 25 år", "Sweet Ieva Love 26yo", "Maja Love in Oslo")."""
    m = _LAST_WORD.search(title, max(0, start - 40), start)
    if m and (m.start() == 0 or not title[m.start() - 1].isalnum()) and _plain_name(m.group(1), stop):
        return m.group(1)
    return None


def _opens_line(text: str, start: int) -> bool:
    """Does ``start`` open its line, after at most an emoji or a bullet ("👤 Magda Rose, 24")?"""
    if start < 0:
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return len(line) <= 3 and not any(ch.isalnum() for ch in line)


def _market_city(word: str) -> bool:
    """A city of the market's countries ("København – 59-48-36-46", "Oslo – 36 700-327-342": the place
    before her number, not a name before her age)."""
    return city_country(canonical_city(word)) in MARKET_COUNTRIES


@cache
def _not_names() -> frozenset[str]:
    """Nationality adjectives ("Thai", "Polish", "Latina"): they stand before a city in titles as a service."""
    from kartlegg.extract.lexicon import lexicon

    return frozenset(w.lower() for n in lexicon().nationalities.values() for w in n.words)


def _plain_name(word: str, stop: frozenset[str]) -> bool:
    """Can ``word``, read where a name often stands, be one: no stop word, nationality or place?"""
    return _ok(word, stop) and canonical_city(word) is None


# "arrived in Bolbro", "ny i byen Nordvest", "nå i Tøyen": the place word after a preposition of place
_IN_PLACE = re.compile(r"(?<!\w)(?i:i|in|på|pa)\s+(?:(?i:byen|stan|town|the\s+city)\s+)?([^\W\d_]{3,})")
# Words after which a title names a place, not a person ("Ny tjej i Sztokholm – Vera")
_PLACE_WORDS = frozenset(
    ("i", "in", "på", "pa", "fra", "från", "from", "near", "ved", "vid", "nära", "nær", "til", "till", "to")
)


# "[Sverige] ", "(Norge) ": a short tag in brackets opening a title
_LEAD_TAG = re.compile(r"^\W{0,3}[\[(][^\[\]()]{1,30}[\])][ \t]*")


def _title_lead(
    title: str, stop: frozenset[str], body: str = "", business: tuple[str, ...] = (), whole_firm: bool = True
) -> str | None:
    """A title's name in four common shapes: the first word after stop words, set off by a comma or a dash
    ("Elin, nineteen", "VIP Gabi – ny i Stockholm"), any capitalised word right before a city ("NY! Bianca
    Bergen", "Exotic NY! Liv Fredrikstad"), the one word after the last dash ("Escort Oslo – Kasia"), or the
    one word that can be a name in a title that names a place ("Tøyen: Viki", "♥ Precious ♥ Linköping").
    Never a stop word, a place or a nationality. A tag in brackets opening the title ("[Sverige] Lucía –
    review", a forum's country) is passed over; so is the name of a parlour opening it with one of
    ``business`` ("Wellness Lotus – ny massøse", "Klinik Orkidé"). Every capitalised word of a place named
    after a preposition is the place's ("nära T-Centralen", "close to Karl Johan")."""
    words = [(m.group(1), m.group(2)) for m in _TITLE_WORDS.finditer(_LEAD_TAG.sub("", title, count=1))]

    def name_like(w: str) -> bool:
        return re.fullmatch(_NAME, w) is not None and _plain_name(w, stop)

    after_in: set[int] = set()
    for k in range(1, len(words)):
        (prev, sep), w = words[k - 1], words[k][0]
        # a place of several capitalised words goes on after its first ("Karl Johan"), up to a city
        more = k - 1 in after_in and sep in (" ", "-") and prev[:1].isupper() and w[:1].isupper()
        if prev.lower() in _PLACE_WORDS or (more and canonical_city(prev) is None):
            after_in.add(k)
    if len(words) >= 2 and words[0][0].lower() in business and words[0][1] == " ":
        after_in.add(1)  # the parlour's name: no person's (nor a place)
    for k, (w, sep) in enumerate(words):
        if w.lower() in stop and k + 1 not in after_in:
            continue
        if name_like(w) and sep.strip() and sep.strip()[0] in ",–—-" and k not in after_in:
            return w
        break
    for (w, sep), (nxt, _) in pairwise(words):
        if not sep.strip() and name_like(w) and canonical_city(nxt) is not None:
            return w
    # "Lucia | Aalborg | Nordic Companions", "Olga | Oslo | Silver": a page's title as fields, her name, her city,
    # the site's name or her level there (session 43, line43; read as one title the site's words were names too)
    fields = [f.strip() for f in title.split(" | ")]
    if len(fields) >= 3 and name_like(fields[0]) and not _firm_word(fields[0], stop):
        if canonical_city(fields[1]) is not None and canonical_city(fields[0]) is None:
            return fields[0]
    # "Escort Oslo sentrum – Kasia": one word after the title's last dash
    if len(words) >= 2 and words[-2][1].strip()[:1] in ("–", "—", "-") and not words[-1][1].strip():
        if name_like(words[-1][0]) and len(words) - 1 not in after_in:
            return words[-1][0]
    # "Tøyen: Viki", "København ❤ Viki", "♥ Precious ♥ Linköping", "Andreea | oslo", "Re: Camila (Vasastan)": a
    # title of a place and one word that can be a name, whatever stands between them. The place is one of the
    # market's countries ("Vollsmose ❤ Sofia" names Sofia, a place abroad too), or a word the ad's own text
    # puts after "in"/"i" ("just arrived in Bolbro": "Bolbro ❤ Angel", "Copenhaga ❤ Sasha")
    there = {m.group(1).lower() for m in _IN_PLACE.finditer(body)} if body else set()
    places = {w for w, _ in words if w.lower() in there}
    if places or any(city_country(canonical_city(w)) in MARKET_COUNTRIES for w, _ in words):
        # "Tropical Massage – Stockholm", "Golden Palm Spa | Oslo": the word before a firm's noun is the firm's, and
        # so are the noun and a word right after it ("Silk Road Dates VIP · København", "Ivory Club Scandinavia,
        # Oslo", "Nordlys Models Nord · OSLO": no word of them is hers)
        names = [
            w
            for k, (w, sep) in enumerate(words)
            if k not in after_in
            and w not in places
            and name_like(w)
            and (
                _not_firm(words, k, stop)
                if whole_firm
                else not (k + 1 < len(words) and _firm_word(words[k + 1][0], stop))
            )
        ]
        if len(names) == 1:
            return names[0]
    return None


# A page's own furniture in a title: a domain in small letters ("kveldsro.no"; "Kr.sand" is a place), a handle
# ("(@simona.love)"), a number or an id ("#78142"). What is left of a profile page's title is the name it shows
# ("Elin | kveldsro.no").
_TITLE_FURNITURE = re.compile(
    r"(?<![\w@.])[a-z0-9][\w-]*\.(?:[\w-]+\.)*[a-z]{2,6}(?![\w.])|@[\w.]+|#?\d[\d.,:/-]*",
)

_HANDLE = re.compile(r"@([^\W\d_]{2,})")


def _title_alone(title: str, stop: frozenset[str], body: str = "") -> str | None:
    """The one word of a title that is only her display name beside the page's furniture: "Elin | kveldsro.no",
    "Magda #78142", "Simona (@simona.love)" (her ornaments already taken off). A profile page, a catalogue card
    and a link-in-bio page title themselves with the name they show; a title with two words or more left, a
    stop word, a place or a nationality names no one here (the other cues read those). Of two words, the one
    the page's handle opens with is hers ("Pim Rose (@pim.vipqnv)": Pim; the handle agrees with her name). A word
    that the body (``body``) writes only as a record's label before its number is no name (``_record_label``)."""
    words: list[str] = _WORD_RUN.findall(_TITLE_FURNITURE.sub(" ", title))
    if len(words) == 2:
        handles = [h.lower() for h in _HANDLE.findall(title)]
        words = [w for w in words if any(h.startswith(w.lower()) for h in handles)]
    if (
        len(words) == 1
        and re.fullmatch(_NAME, words[0])
        and _plain_name(words[0], stop)
        and not _record_label(words[0], body)
    ):
        return words[0]
    return None


def _record_label(word: str, body: str) -> bool:
    """Is ``word`` the label of a record's number wherever the body writes it: "Konversation 79771547 · web",
    "Sagsnr.: 2026/01014-9", "Ärende 2231", "Ticket #4411", "Order no. 5566"? A tool's record (a case archive's
    page, a chat export, a helpdesk ticket, an order receipt) titles itself with its kind and its id ("Sagsnr.
    2026/01014-9", "Konversation 79771547") and prints the same pair as its first field: read alone beside the
    id, the kind named every woman of the tool alike, so her own number showed two names and looked like a
    controller's line (session 42: 141 / 171 of blind20's case-archive ads). A name the body writes elsewhere
    ("Elin | kveldsro.no" over "Elin, 32 · Ålesund") or before an age ("Maja 24") is a name."""
    if word not in body:
        return False
    uses = [m.group(1) is not None for m in re.finditer(_LABEL_USE.format(re.escape(word)), body)]
    return bool(uses) and all(uses)


# A word as a record's label: its number (three digits or more, after a ".", a ":", "no." or "#") right after it
_LABEL_USE = r"(?<![^\W\d_]){}(?![^\W\d_])(\.?:?[ \t]*(?:(?:no|nr)\.?[ \t]*)?#?\d{{3}})?"


def poster_name(body: str, rules: NameRules | None = None) -> str | None:
    """The name a forum post's author line gives ("Skrevet av elin_15", "Posted by mei_63", "lola_65 » 15
    Oct"): the user name's letters, when they are not a stop word or a place. Read last, when neither the ad
    nor its address names her: on a forum the person posts her own ads under her name."""
    rules = rules or default_rules().names
    stop, common = _vocabulary(rules), _common(tuple(rules.common))
    for m in _POSTER.finditer(_head(body, 500)):
        word = (m.group(1) or m.group(2)).capitalize()
        if _plain_name(word, stop) and word.lower() not in common:
            return word
    return None


@cache
def _folded(stop: frozenset[str]) -> frozenset[str]:
    """Stop words as an address writes them: without diacritics ("søt" -> "sot", "sød" -> "sod")."""
    return frozenset(_ascii(w) for w in stop)


def _ascii(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.replace("ø", "o").replace("æ", "ae").replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _title_writes_small(word: str, title: str) -> bool:
    """Does the title write ``word`` (an address's word) in small letters ("Kun i dag Oslo": "dag", "New in
    Bergen": "in")? An address made from the title then holds an ordinary word there, not her name."""
    return any(w == word or _ascii(w) == word for w in re.findall(rf"(?<![^\W\d_])[{_LOW}]+(?![^\W\d_])", title))


def slug_name(url: str | None, rules: NameRules | None = None, title: str = "") -> str | None:
    """The name a site writes first into the ad's address, before a city ("/annonse/freja-oslo/1845",
    "/annons/4034826-new-chloe-stockholm", "/escort/luna-romanian-stockholm-city-21504.html"): in one path
    segment of hyphen-joined words, the first word of letters after the last number and stop words, when it
    is not a place and a later word of the segment is a city. Only the first: the words after a name
    (nationality, district) are not names, and a word before a number ("ring-0728829885-eva-vasteras") is not
    one either."""
    if not url:
        return None
    rules = rules or default_rules().names
    stop, common = _vocabulary(rules), _common(tuple(rules.common))
    path = url.split("://", 1)[-1].partition("/")[2].split("?", 1)[0].split("#", 1)[0]
    path = unicodedata.normalize("NFC", unquote(path)).lower()  # "/annons/12-luc%C3%ADa-malmo": Lucía
    for seg in path.split("/"):
        name: str | None = None  # the segment's first word ("" when it cannot be a name: a place, too long)
        words = seg.split("-")
        at = 0
        for k, w in enumerate(words):
            w = w.split(".", 1)[0]  # "…-kristiansand-21504.html"
            if not w.isalpha():  # a number ("ring-0728829885-eva-vasteras") starts the name over
                name = None
            elif canonical_city(w) is not None:
                if name:
                    return _as_titled("-".join(words[at:k]), title, stop) or name.capitalize()
                name = ""  # "sofia-polish-oslo": Sofia is a place too, and "polish" is no name
            elif name is None and w not in stop:
                # no ordinary word as the address folds it ("sot" for "søt"), no nationality ("sweet-polish-
                # girl-oslo"), no word the title writes in small letters ("kun-i-dag-oslo" of "Kun i dag Oslo")
                plain = (
                    _ok(w, stop)
                    and w not in common
                    and _ascii(w) not in _folded(stop)
                    and not _title_writes_small(w, title)
                )
                name, at = (w if 2 <= len(w) <= 15 and plain else ""), k
    return None


def _as_titled(words: str, title: str, stop: frozenset[str]) -> str | None:
    """The title's spelling of the name an address holds at ``words`` (its words from the name on, up to
    the city), when the address was made from the title and lost her letters: "tha-s" of "Thaís",
    "zs-fia" of "Zsófia", "ma-gorzata" of "Małgorzata", "reka" of "Réka" (a letter folded, dropped, or
    turned into a hyphen). Else None: the address's word stands."""
    for m in re.finditer(_NAME, title):
        written = m.group(1)
        if written.isascii() or not _plain_name(written, stop):
            continue
        parts = []
        for ch in written.lower():
            folded = _ascii(ch)
            parts.append(re.escape(ch) if ch.isascii() else f"(?:{re.escape(folded)}|-?)" if folded.isascii() else "-?")
        if re.match("".join(parts) + "(?:-|$)", words + "-"):
            return unicodedata.normalize("NFC", written)
    return None


def title_age(title: str, rules: NameRules | None = None) -> int | None:
    """A stated age in a short title ("Bella 24 - ny i Malmö"), when extraction found none; not a street's
    number ("Angels Thai Massage | Storgatan 46").

    Only titles: in bodies two-digit numbers are prices, times and measurements too often.
    """
    rules = rules or default_rules().names
    stop, months = _vocabulary(rules), _common((*rules.calendar, *rules.calendar_after))
    head = _head(title, 200)
    for m in (_TITLE.match(head), *_IN_TITLE.finditer(head)):
        if (
            m
            and 15 <= int(m.group(2)) <= 69
            and not _street(m.group(1).lower(), stop)
            and not _market_city(m.group(1))
            and not _day_of_month(head, m.end(2), months)
        ):
            return int(m.group(2))
    return None


# After a day of the month: the rest of a day range ("18–22 Feb", "24–1 Feb") and the month's word.
_DAY_AFTER = re.compile(r"(?:\s*[–-]\s*\d{1,2}\.?)?\.?\s*([^\W\d_]+)")


def _day_of_month(text: str, end: int, months: frozenset[str]) -> bool:
    """Is the number ending at ``end`` a day with its month after it ("Olga visiting Århus 18–22 Feb", "Mia,
    24 april")? A touring page's title gives her stay so; the number is not her age. ``months``: ``names.calendar``
    and ``names.calendar_after`` (the month names that are also names, a month only after a day)."""
    m = _DAY_AFTER.match(text, end)
    if m is None or int(text[end - 2 : end]) > 31:
        return False
    month = m.group(1).lower()
    return month in months


def heading_age(body: str) -> int | None:
    """Her age beside her name in capitals opening a line of the body ("RUBY, 34 – Nu i Göteborg"): a paper's
    contact ad, whose title is the paper's page, when extraction found none; or in brackets on the line of her
    name in Markdown bold ("**Jade** – Uppsala (24)": a chat post's heading, whose title is the channel's); or
    in a record's field of her name and age ("Annonce 1102891 · Aarhus · Elin 18", "▸ Zoe, 21 — …")."""
    for m in (*_CAPS_NAME_AGE.finditer(_head(body, 500)), *_BOLD_AGE.finditer(_head(body, 1500))):
        if 15 <= int(m.group(2)) <= 69:
            return int(m.group(2))
    rules = default_rules().names
    stop, calendar = _vocabulary(rules), _common(tuple(rules.calendar))
    for word, age in _field_names(
        _head(body, 1500)
    ):  # a record's field of her name and age ("· Elin 18", "▸ Zoe, 21 —")
        if _plain_name(word, stop) and not _market_city(word) and not _dated(word, age, calendar):
            return age
    return None


#: The letters and marks an OCR pass or a scanned flyer confuses, each mapped to one of its pair: "Destíny",
#: "DESTINY" and "Destiny" are one name, and so are "EmiIia" / "Emilia", "Carrnen" / "Carmen", "L0la" / "Lola".
_OCR_FOLD = str.maketrans({"0": "o", "1": "l", "|": "l", "i": "l", "5": "s", "c": "e", "f": "t"})


@cache
def fold_name(name: str) -> str:
    """The form two spellings of one name share: small letters without diacritics, the letters an OCR pass
    confuses (rn/m, vv/w, I/l, 0/o, c/e, f/t) made one. Names are compared in this form when ads are linked
    (a flyer's OCR'd or upper-case name against her name on a site); the ad keeps the name as written."""
    low = _ascii(name.casefold())
    return low.replace("rn", "m").replace("vv", "w").translate(_OCR_FOLD)
