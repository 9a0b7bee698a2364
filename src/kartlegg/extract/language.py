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
import re
from typing import Any, Final

from kartlegg.extract.langmodel import LANGUAGES
from kartlegg.extract.lexicon import lexicon

#: Characters read by the model: ad language is settled well within this, and it bounds the cost per ad.
SAMPLE_CHARS: Final = 240
MIN_LETTERS: Final = 12
#: Matches (at 0) a text with at least MIN_LETTERS letters and stops at the last one it needs; the two
#: classes are each other's complement, so there is exactly one way to match (no backtracking).
_ENOUGH_LETTERS: Final = re.compile(r"[\W\d_]*(?:[^\W\d_][\W\d_]*){" + str(MIN_LETTERS - 1) + r"}[^\W\d_]")
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


def vote(words: set[str] | frozenset[str]) -> str | None:
    """The language whose function words clearly dominate ``words`` (lower-case), or None."""
    counts = sorted(((len(fw & words), lang) for lang, fw in _function_words().items()), reverse=True)
    if not counts:
        return None
    best, lang = counts[0]
    runner_up = counts[1][0] if len(counts) > 1 else 0
    if best >= VOTE_MIN and best >= VOTE_RATIO * runner_up:
        return lang
    return None


def detect_language(text: str, words: set[str] | frozenset[str] | None = None) -> str | None:
    """``words``: the text's lower-case words, when the caller has them (enables the fast vote)."""
    sample = text[:SAMPLE_CHARS]
    if len(sample) < MIN_LETTERS or not _ENOUGH_LETTERS.match(sample):
        return None
    if words is not None:
        lang = vote(words)
        if lang:
            return lang
    lang, _score = _identifier().classify(sample)
    return str(lang) if lang in LANGUAGES else None
