"""Language of an ad: sv/no/da/en.

First a vote of function words that only one of the four languages uses (lexicon ``function_words``,
counted in the ad's word set that the API already has): a clear majority decides at the cost of a few set
look-ups. Anything less clear-cut goes to py3langid's model restricted to the four languages (accurate on
ad-length text; the library loads its model in ~0.5 s, langmodel.py's cut and numpy-free scorer in ~0.01 s;
loaded on first need).
Short or letter-poor texts get no language rather than a guess.
"""

from __future__ import annotations

import functools
from typing import Any, Final

from kartlegg.extract.langmodel import LANGUAGES
from kartlegg.extract.lexicon import lexicon

#: Characters read by the model: ad language is settled well within this, and it bounds the cost per ad.
SAMPLE_CHARS: Final = 240
MIN_LETTERS: Final = 12
#: The vote decides when the winner has at least this many distinct function words ...
VOTE_MIN: Final = 2
#: ... and at least this many times as many as the runner-up (on the independent corpus's 20,000 ads the
#: vote decides all but 9 of them, all correctly; the model, ~0.5 s to load, is left for the rest).
VOTE_RATIO: Final = 3


@functools.cache
def _identifier() -> Any:
    from kartlegg.extract import langmodel

    ident = langmodel.load(LANGUAGES)  # the model cut to our languages, if the build wrote it: ~7x faster
    if ident is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE)
        ident.set_languages(list(LANGUAGES))
    return ident


@functools.cache
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in lexicon().function_words.items() if lang in LANGUAGES}


def _vote_table() -> tuple[list[str], dict[str, list[int]]]:
    """The languages in ``_function_words``'s order and, for each function word, the indices of its languages."""
    global _VOTE_TABLE
    if _VOTE_TABLE is None:
        langs: list[str] = []
        table: dict[str, list[int]] = {}
        for lang, fw in _function_words().items():
            for w in fw:
                table.setdefault(w, []).append(len(langs))
            langs.append(lang)
        _VOTE_TABLE = (langs, table)
    return _VOTE_TABLE


_VOTE_TABLE: tuple[list[str], dict[str, list[int]]] | None = None


def vote(words: set[str] | frozenset[str], more: set[str] | frozenset[str] | None = None) -> str | None:
    """The language whose function words clearly dominate ``words`` (lower-case), or None; ``more``: further words
    (another field's), counted as ``words | more`` would be without building that union.

    Why one dict look-up per word: the four set intersections (``fw & words``, a new set each) were ~28 k
    instructions per ad (issue 14, session 21); a word's languages from one table give the same counts."""
    langs, table = _vote_table()
    n = len(langs)
    if not n:
        return None
    counts = [0] * n
    for w in words:
        hit = table.get(w)
        if hit is not None:
            for i in hit:
                counts[i] += 1
    if more is not None:
        for w in more:
            hit = table.get(w)
            if hit is not None and w not in words:
                for i in hit:
                    counts[i] += 1
    # the first of ``sorted((count, lang), reverse=True)`` and the count of the second
    top = 0
    for i in range(1, n):
        if counts[i] > counts[top] or (counts[i] == counts[top] and langs[i] > langs[top]):
            top = i
    best = counts[top]
    runner_up = 0
    for i in range(n):
        if i != top and counts[i] > runner_up:
            runner_up = counts[i]
    if best >= VOTE_MIN and best >= VOTE_RATIO * runner_up:
        return langs[top]
    return None


def enough_letters(sample: str) -> bool:
    """Has ``sample`` at least MIN_LETTERS letters: characters of the regex class ``[^\\W\\d_]``, which are
    ``str.isalnum`` and not ``str.isdecimal`` (``_sre`` reads ``\\w`` and ``\\d`` with the same predicates)?

    Why a loop: the regex that counted them (``[\\W\\d_]*(?:[^\\W\\d_][\\W\\d_]*){11}[^\\W\\d_]``) was ~10 k
    instructions per ad; compiled, this reads ASCII by code point and stops at the twelfth letter."""
    n = 0
    for ch in sample:
        c = ord(ch)
        if c < 128:
            if not (97 <= c <= 122 or 65 <= c <= 90):
                continue
        elif not ch.isalnum() or ch.isdecimal():
            continue
        n += 1
        if n >= MIN_LETTERS:
            return True
    return False


def detect_language(
    text: str, words: set[str] | frozenset[str] | None = None, more: set[str] | frozenset[str] | None = None
) -> str | None:
    """``words``: the text's lower-case words, when the caller has them (enables the fast vote); ``more``: further
    words of the text (its other field's), read as if in ``words``."""
    sample = text[:SAMPLE_CHARS]
    if len(sample) < MIN_LETTERS or not enough_letters(sample):
        return None
    if words is not None:
        lang = vote(words, more)
        if lang:
            return lang
    lang, _score = _identifier().classify(sample)
    return str(lang) if lang in LANGUAGES else None
