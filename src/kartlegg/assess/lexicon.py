"""Lexicon matching: one compiled pattern per indicator, built from the catalogue's terms.

Terms are literals (escaped), so the pattern is an alternation of fixed strings with bounded gaps: no
catastrophic backtracking on attacker-written text. Word terms only match as whole words (``hon är``
does not match inside ``python ärende``); a trailing ``*`` allows a short word ending (``tonåring*``);
spaces match any run of whitespace. Emojis match anywhere, with or without a variation selector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Text beyond this many characters per field is not searched (ads are short; this bounds the work).
MAX_FIELD_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class TermHit:
    term: str
    language: str
    start: int
    end: int
    text: str


def _term_pattern(term: str) -> str:
    wildcard = term.endswith("*")
    core = term[:-1] if wildcard else term
    core = core.strip()
    pat = re.escape(core).replace(r"\ ", r"\s{1,3}")
    pat = pat.replace("\ufe0f", "")  # the emoji variation selector is optional
    if wildcard:
        pat += r"\w{0,15}"
    if core[:1].isalnum():
        pat = r"(?<!\w)" + pat
    if core[-1:].isalnum() or wildcard:
        pat += r"(?!\w)"
    return pat


class LexiconMatcher:
    """Finds the terms of one lexicon (all languages) in a text."""

    def __init__(self, lexicon: dict[str, list[str]]) -> None:
        self._language: dict[str, tuple[str, str]] = {}
        groups: list[str] = []
        # Longest terms first, so "hon tar emot" wins over "hon".
        terms = sorted(
            {(t, lang) for lang, ts in lexicon.items() for t in ts}, key=lambda tl: (-len(tl[0]), tl[0], tl[1])
        )
        seen: set[str] = set()
        for term, lang in terms:
            key = term.lower()
            if key in seen:
                continue
            seen.add(key)
            name = f"t{len(groups)}"
            self._language[name] = (term, lang)
            groups.append(f"(?P<{name}>{_term_pattern(term)})")
        self._pattern = re.compile("|".join(groups), re.IGNORECASE) if groups else None

    def find(self, text: str) -> list[TermHit]:
        if self._pattern is None or not text:
            return []
        hits: list[TermHit] = []
        for m in self._pattern.finditer(text[:MAX_FIELD_CHARS].replace("\ufe0f", " ")):
            name = m.lastgroup
            if name is None:
                continue
            term, lang = self._language[name]
            hits.append(TermHit(term, lang, m.start(), m.end(), text[m.start() : m.end()]))
        return hits
