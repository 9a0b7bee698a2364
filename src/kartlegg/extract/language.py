"""Language of an ad: py3langid restricted to sv/no/da/en (fast, accurate on ad-length text).

The model is loaded once per process, on first use. Short or letter-poor texts get no language rather
than a guess.
"""

from __future__ import annotations

import functools
import re
from typing import Any

_LETTERS = re.compile(r"[^\W\d_]")

LANGUAGES = ("sv", "no", "da", "en")
#: Characters read: ad language is settled well within this, and it bounds the cost per ad.
SAMPLE_CHARS = 240
MIN_LETTERS = 12


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(list(LANGUAGES))
    return ident


def detect_language(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    if len(sample) < MIN_LETTERS or len(_LETTERS.findall(sample)) < MIN_LETTERS:
        return None
    lang, _score = _identifier().classify(sample)
    return str(lang) if lang in LANGUAGES else None
