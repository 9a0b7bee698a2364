"""Regex builders shared by the selector modules.

Word lists become trie-shaped alternations (``t(?:wo|hree|en)``) so the regex engine rejects a position
after one character instead of trying every word; every pattern built here is free of nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _trie(words: Iterable[str]) -> dict[str, dict[str, object]]:
    root: dict[str, dict[str, object]] = {}
    for w in words:
        node: dict[str, object] = root  # type: ignore[assignment]
        for ch in w:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}
    return root


def _emit(node: dict[str, object]) -> str:
    alts: list[str] = []
    optional = False
    for ch in sorted(node):
        if ch == "":
            optional = True
            continue
        sub = node[ch]
        assert isinstance(sub, dict)
        alts.append(re.escape(ch) + _emit(sub))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body


def trie_pattern(words: Iterable[str]) -> str:
    """One alternation matching any of ``words`` (longest first by construction of the trie)."""
    uniq = sorted({w for w in words if w})
    if not uniq:
        return "(?!)"
    return _emit(_trie(uniq))  # type: ignore[arg-type]


def phrase_regex(phrases: Iterable[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Whole-word match of any phrase; spaces inside a phrase match one run of blanks or a hyphen."""
    parts = {p.strip().lower() for p in phrases if p.strip()}
    pat = trie_pattern(parts)
    # the trie escapes spaces as "\ "; let them match a short blank run (bounded, no nesting)
    pat = pat.replace("\\ ", r"[ \t\-]{1,3}")
    return re.compile(r"(?<!\w)(?:" + pat + r")(?!\w)", flags)
