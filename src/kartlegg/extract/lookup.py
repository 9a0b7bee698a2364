"""A page about one number: its subject, and the neighbour numbers it lists beside it (issue 14, session 37).

A reverse phone-lookup page ("Hvem ringte? 94 81 77 90", ``/no/94817790``) is about one number, its *subject*: the
URL holds it as a whole path segment, so the URL-id rule would take it for the ad's own id, yet the page prints it
formatted as a phone (grouped, with a trunk or country code). An ad id is printed as it is in the URL ("Annonse-ID:
55855429"), never grouped the way phones are: a URL number that the text writes as a phone, and that is not the ad's
own key, is the page's subject (``written_as_phone``; ``furniture._reason`` asks it).

Such a page also lists "similar numbers" (``Lignende nummer: 94 81 77 89, 94 81 77 91``, ``Nearby numbers: … | …``):
the subject ±1, valid numbers that are nobody's. Read as contacts they put numbers on the outreach list that nobody
holds. They are told apart by what they are, not by the label: numbers of the subject's country and length, within
``MAX_GAP`` of it, listed on a line of their own that does not print the subject (``neighbour_runs``). Two or more
such numbers on one line are a run of neighbours; one alone only after a label naming them (``neighbour_labels`` in
``data/furniture.yaml``, sv/no/da/en): the label adds weight, never decides alone. A woman who prints two numbers
(old and new, a local SIM and her home WhatsApp) is not hurt: her numbers differ in more than the last digits, and
two consecutive SIMs on one line are never both within the gap of a third number of hers printed elsewhere.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Final

from kartlegg.extract.lexicon import furniture_words, normalise_label
from kartlegg.extract.matches import Match
from kartlegg.extract.phones import national_part

#: How far (as a number) a neighbour may lie from the page's subject: a lookup site lists the numbers just
#: before and after it (±1 to a few); a person's second SIM is rarely this close, and then never in a run.
MAX_GAP: Final = 10
#: How far before a lone neighbour, on its line, a label naming it is looked for.
_LABEL_REACH: Final = 60


def written_as_phone(raw: str) -> bool:
    """Is ``raw`` (a phone's text as the ad writes it) written the way phones are and ids are not: with a country
    code ("+47 …", "0047 …", "(+47)") or a trunk prefix and groups ("070-047 46 29"), or in two or more digit groups
    of two to four digits ("94 81 77 90", "948 17 790")? A compact run of digits ("94817790") is how ids are
    written, and so are groups of five or more ("98860 4123")."""
    s = raw.strip()
    if s.startswith(("+", "(+", "00")):
        return True
    groups = 0
    run = 0
    for c in s:
        if "0" <= c <= "9":
            run += 1
            continue
        if run:
            if run > 4 and groups == 0 and not s.startswith("0"):
                return False
            groups += 1
            run = 0
        if c not in " -./\u00a0":
            return False
    if run:
        groups += 1
    return groups >= 2


@functools.cache
def _labels() -> frozenset[str]:
    table = furniture_words().neighbour_labels
    return frozenset(w for words in table.values() for w in words)


def _labelled(text: str, line_start: int, start: int) -> bool:
    """Does a label naming neighbour numbers ("Lignende nummer:", "Similar numbers") end the text before the first
    number of a line, on that line?"""
    before = normalise_label(text[max(line_start, start - _LABEL_REACH) : start])
    if not before:
        return False
    for label in _labels():
        if before == label or before.endswith(" " + label):
            return True
    return False


def neighbour_runs(matches: Sequence[Match], fields: Mapping[str, str]) -> list[int]:
    """The indexes in ``matches`` of the phones that are a lookup page's neighbour numbers: every phone on a line
    lies within ``MAX_GAP`` of one other number the ad reads as a phone (its subject, printed elsewhere: not on that
    line), of the same country and length, and the line holds two or more of them or one after a neighbour label."""
    found = [
        i
        for i, m in enumerate(matches)
        if m.field != "url"
        and m.value.startswith("+")
        and (m.kind == "phone" or (m.kind == "furniture" and m.detail.get("read_as") == "phone"))
    ]
    values = {matches[i].value for i in found}
    if len(values) < 2 or not _near_pair(values):
        return []
    lines: dict[tuple[str, int], list[int]] = {}  # (field, line start) -> indexes, in the ad's order
    for i in found:
        m = matches[i]
        lines.setdefault((m.field, fields.get(m.field, "").rfind("\n", 0, m.start) + 1), []).append(i)
    out: list[int] = []
    for (f, ls), idx in lines.items():
        contacts = [i for i in idx if matches[i].kind == "phone"]
        if not contacts:
            continue
        on_line = {matches[i].value for i in idx}
        subjects = values - on_line
        if not subjects or _subject(on_line, subjects) is None:
            continue
        if len(on_line) < 2 and not _labelled(fields.get(f, ""), ls, min(matches[i].start for i in idx)):
            continue
        out.extend(contacts)
    return sorted(out)


def _near_pair(values: set[str]) -> bool:
    """Do two of the ad's numbers (E.164) lie within ``MAX_GAP`` of each other, of the same length? The cheap test
    that lets nearly every ad (no two such numbers) skip reading its lines."""
    nums = sorted((len(v), int(v[1:])) for v in values if v[1:].isdigit())
    for k in range(1, len(nums)):
        if nums[k][0] == nums[k - 1][0] and nums[k][1] - nums[k - 1][1] <= MAX_GAP:
            return True
    return False


def _subject(on_line: set[str], others: set[str]) -> str | None:
    """The number printed elsewhere that every number of ``on_line`` lies within ``MAX_GAP`` of (same country code
    and national length), or None."""
    for s in sorted(others):
        s_nsn = national_part(s)
        cc = s[: len(s) - len(s_nsn)]
        if not s_nsn.isdigit():
            continue
        near = True
        for v in on_line:
            v_nsn = national_part(v)
            if (
                len(v_nsn) != len(s_nsn)
                or v[: len(v) - len(v_nsn)] != cc
                or not v_nsn.isdigit()
                or not 0 < abs(int(v_nsn) - int(s_nsn)) <= MAX_GAP
            ):
                near = False
                break
        if near:
            return s
    return None
