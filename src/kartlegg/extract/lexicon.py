"""Lexicons and gazetteer: versioned YAML data files in ``extract/data``, validated on load, loaded once.

Everything that is language- or place-specific lives in the data files so that adding a city, a number word
or a platform alias is a data change with a test, not a code change.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "é": "e", "ü": "u"})


def fold(word: str) -> str:
    """Lower-case and drop Nordic diacritics: ads are often typed on foreign keyboards."""
    return word.lower().translate(_FOLD)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NumbersFile(_Strict):
    units: dict[int, list[str]]
    teens: dict[int, list[str]]
    tens: dict[int, list[str]]
    hundred: list[str]
    thousand: list[str]
    conjunctions: list[str]
    plus: list[str] = []
    weak: list[str]
    lookalikes: dict[str, str]

    @field_validator("units")
    @classmethod
    def _units(cls, v: dict[int, list[str]]) -> dict[int, list[str]]:
        if sorted(v) != list(range(10)):
            raise ValueError("units must define 0..9")
        return v

    @field_validator("lookalikes")
    @classmethod
    def _looks(cls, v: dict[str, str]) -> dict[str, str]:
        for k, d in v.items():
            if len(k) != 1 or not k.isalpha() or len(d) != 1 or not d.isdigit():
                raise ValueError(f"look-alike {k!r}->{d!r} must map one letter to one digit")
        return v


class City(_Strict):
    name: str
    country: str = Field(pattern=r"^[A-Z]{2}$")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    aliases: list[str] = []


class District(_Strict):
    name: str
    city: str
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    aliases: list[str] = []


class GazetteerFile(_Strict):
    cities: list[City]
    districts: list[District]
    capitalised_only: list[str] = []


class Platform(_Strict):
    aliases: list[str]
    phone_based: bool


class Hotels(_Strict):
    generic: dict[str, list[str]]
    chains: list[str]
    apartment_chains: list[str]


class Nationality(_Strict):
    country: str = Field(pattern=r"^[A-Z]{2}$")
    words: list[str]


class Language(_Strict):
    code: str = Field(pattern=r"^[a-z]{2}$")
    words: list[str]


class LexiconFile(_Strict):
    platforms: dict[str, Platform]
    platform_links: dict[str, str]
    handle_stopwords: list[str]
    email_at_words: list[str]
    email_dot_words: list[str]
    tlds: list[str]
    email_domains_common: list[str]
    email_cues: list[str]
    distractor_units: list[str]
    service_modes: dict[str, list[str]]
    hotels: Hotels
    currencies: dict[str, str]
    durations: dict[str, int]
    nationalities: dict[str, Nationality]
    languages: dict[str, Language]
    language_cues: list[str]
    function_words: dict[str, list[str]] = {}

    @field_validator("function_words")
    @classmethod
    def _function_words(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        seen: dict[str, str] = {}
        for lang, words in v.items():
            for w in words:
                if w != w.lower():
                    raise ValueError(f"function word {w!r} must be lower-case")
                if seen.setdefault(w, lang) != lang:
                    raise ValueError(f"function word {w!r} is listed for both {seen[w]} and {lang}")
        return v

    @field_validator("service_modes")
    @classmethod
    def _modes(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        if set(v) != {"incall", "outcall"}:
            raise ValueError("service_modes must be exactly incall and outcall")
        return v


_PUNCT = str.maketrans({c: " " for c in ":#.-_/()[]*|,;"})
#: The languages every furniture label list must cover.
LABEL_LANGUAGES = ("en", "no", "sv", "da")


def normalise_label(text: str) -> str:
    """Lower-case, punctuation read as blanks, blanks collapsed: "Annonse-ID:" -> "annonse id"."""
    return " ".join(text.lower().translate(_PUNCT).split())


class FurnitureFile(_Strict):
    """``data/furniture.yaml``: the labels sites print around ads, per language (``extract.furniture``)."""

    id_labels: dict[str, list[str]]
    site_line_labels: dict[str, list[str]]
    contact_cues: dict[str, list[str]]

    @field_validator("id_labels", "site_line_labels", "contact_cues")
    @classmethod
    def _all_languages(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = [lang for lang in LABEL_LANGUAGES if not v.get(lang)]
        if missing:
            raise ValueError(f"no words for language(s) {', '.join(missing)}")
        for words in v.values():
            for w in words:
                if not w.strip() or normalise_label(w) != w:
                    raise ValueError(f"label {w!r} must be written lower-case with single blanks, no punctuation")
        return v


def _load(name: str) -> Any:
    text = resources.files("kartlegg.extract").joinpath("data", name).read_text(encoding="utf-8")
    # the C loader (same safe subset) when PyYAML has libyaml: it is most of the start-up of `kartlegg extract`
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


@functools.cache
def numbers() -> NumbersFile:
    return NumbersFile.model_validate(_load("numbers.yaml"))


@functools.cache
def gazetteer() -> GazetteerFile:
    g = GazetteerFile.model_validate(_load("gazetteer.yaml"))
    names = {c.name for c in g.cities}
    for d in g.districts:
        if d.city not in names:
            raise ValueError(f"gazetteer: district {d.name} names unknown city {d.city}")
    return g


@functools.cache
def lexicon() -> LexiconFile:
    lx = LexiconFile.model_validate(_load("lexicon.yaml"))
    for host, platform in lx.platform_links.items():
        if platform not in lx.platforms:
            raise ValueError(f"lexicon: link {host} names unknown platform {platform}")
    return lx


@functools.cache
def furniture_words() -> FurnitureFile:
    return FurnitureFile.model_validate(_load("furniture.yaml"))


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
