"""The four languages of kartlegg's pages and explanations: Norwegian bokmål, Swedish, Danish and English.

Messages live in Babel catalogues (``locale/<lang>/LC_MESSAGES/messages.po``, compiled to ``.mo`` by
``make i18n``; ``babel.cfg`` says what ``pybabel extract`` reads). Sitting beside ``ids`` and ``records``
rather than in ``web/``, the catalogues serve every stage: the assess stage's indicator titles are
translated through a plain ``gettext`` callable handed to it, so assess never imports the workbench.
Dates and numbers are formatted with Babel in the reader's locale.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import cache, lru_cache
from importlib.resources import files
from typing import IO, TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from babel import Locale

LANGUAGES: tuple[str, ...] = ("nb", "sv", "da", "en")
DEFAULT = "en"
#: each language named in itself, for the language menu
NAMES = {"nb": "Norsk (bokmål)", "sv": "Svenska", "da": "Dansk", "en": "English"}
#: what browsers send for Norwegian without a variant, or for nynorsk: bokmål is the one we have
_ALIASES = {"no": "nb", "nn": "nb"}

Gettext = Callable[[str], str]


def N_(message: str) -> str:
    """Mark a message for extraction; it is translated where it is shown, in the reader's language."""
    return message


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``language`` (English, the source language, needs none)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    from babel.support import Translations  # Babel is the workbench's ([web]); the CLI only marks messages

    return Translations.load(str(files("kartlegg").joinpath("locale")), [language], domain="messages")


def gettext_for(language: str) -> Gettext:
    return translations(language).gettext


def language_of(value: str | None) -> str | None:
    """``value`` as one of ``LANGUAGES`` ("nb-NO" -> nb, "no" -> nb, "sv_SE" -> sv), or None."""
    if not value:
        return None
    base = value.strip().replace("_", "-").split("-")[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else None


def negotiate(accept_language: str | None) -> str:
    """The best of ``LANGUAGES`` for a browser's Accept-Language header (q-values honoured), else English."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "")[:500].split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        lang = language_of(tag)
        if lang and q > 0:
            ranked.append((-q, i, lang))
    return min(ranked)[2] if ranked else DEFAULT


@cache
def _locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(language)


#: Formatted values kept per process: a page formats hundreds of numbers and dates, most of them seen before
#: (scores, counts, days), and Babel parses its pattern on every call (~80 us a number under load).
FORMAT_CACHE = 16384


@cache
def _number_pattern(digits: int) -> Any:
    from babel import numbers

    return numbers.parse_pattern("#,##0" + ("." + "0" * digits if digits else ""))


@lru_cache(maxsize=FORMAT_CACHE, typed=True)
def format_number(value: float | int | None, language: str, digits: int = 0) -> str:
    """A count or score as the reader writes it (1 234 567 in Norwegian, 1,234,567 in English)."""
    if value is None:
        return ""
    # what babel.numbers.format_decimal(value, format=..., locale=...) does, with the pattern parsed once
    return str(_number_pattern(digits).apply(value, _locale(language)))


def _parse(value: str | date | datetime | None) -> date | datetime | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text) if len(text) > 10 else date.fromisoformat(text[:10])
    except ValueError:
        return None


@lru_cache(maxsize=FORMAT_CACHE, typed=True)
def format_date(value: str | date | datetime | None, language: str) -> str:
    """A day in the reader's medium format ("3. mar. 2026", "3 mars 2026", "Mar 3, 2026"); text that is
    not a date (a site's garbage) is shown as it is."""
    parsed = _parse(value)
    if parsed is None:
        return "" if value is None else str(value)
    from babel import dates

    return dates.format_date(parsed, format="medium", locale=_locale(language))


@lru_cache(maxsize=FORMAT_CACHE, typed=True)
def format_month(value: str | None, language: str) -> str:
    """The month of an ISO day as a heading ("mars 2026", "March 2026"); "?" when there is no date."""
    parsed = _parse((value or "")[:7] + "-01") if value else None
    if parsed is None:
        return "?"
    from babel import dates

    return dates.format_date(parsed, format="LLLL y", locale=_locale(language))


@lru_cache(maxsize=FORMAT_CACHE, typed=True)
def format_datetime(value: str | date | datetime | None, language: str) -> str:
    """A moment as day and minute in the reader's format; a bare day stays a day."""
    parsed = _parse(value)
    if not isinstance(parsed, datetime):
        return format_date(value, language)
    from babel import dates

    return dates.format_datetime(parsed.replace(tzinfo=None), format="short", locale=_locale(language))


def extract_indicator_titles(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """``pybabel extract`` method for the assess stage's indicator catalogue: every ``title`` is a message."""
    data = yaml.safe_load(fileobj.read().decode("utf-8"))
    for ind in data.get("indicators", []):
        if isinstance(ind, dict) and ind.get("title"):
            yield 0, "gettext", str(ind["title"]), [f"indicator {ind.get('id', '')}"]
