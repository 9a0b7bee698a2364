"""The demo world's data files (sites, cities, names, number words, text fragments, knobs), validated on load.

Everything that describes the fictional world lives in ``demo/data/*.yaml`` so that it can be read and
changed without touching the generator; pydantic refuses a malformed file with a clear message.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

LANGUAGES: tuple[str, ...] = ("sv", "no", "da", "en")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SiteDef(_Strict):
    name: str
    domain: str
    moved_to: str | None = None
    language: str
    country: str
    international: bool = False
    currency: str
    layout: str
    id_start: int
    ad_path: str
    support_phone: str
    support_email: str
    footer: str


class CityDef(_Strict):
    key: str
    country: str
    label: dict[str, str]
    spellings: list[str] = Field(min_length=1)
    districts: list[str] = Field(min_length=1)
    hotels: list[str] = Field(min_length=1)
    postcodes: list[str] = Field(min_length=1)

    @field_validator("label")
    @classmethod
    def _all_languages(cls, v: dict[str, str]) -> dict[str, str]:
        missing = set(LANGUAGES) - set(v)
        if missing:
            raise ValueError(f"label lacks languages {sorted(missing)}")
        return v


class Nationalities(_Strict):
    local: list[str]
    foreign: list[str]


class NamesDef(_Strict):
    names: list[str] = Field(min_length=20)
    nationalities: Nationalities
    home_phone_country: dict[str, str]
    handle_platforms: list[str]
    email_domains: list[str]


class NumberWords(_Strict):
    units: list[str] = Field(min_length=10, max_length=10)
    teens: list[str] = Field(min_length=10, max_length=10)
    tens: list[str] = Field(min_length=8, max_length=8)
    compose: str
    plus: str

    @field_validator("compose")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in ("tens_units", "units_og_tens", "tens_hyphen_units"):
            raise ValueError(f"unknown compose rule {v!r}")
        return v

    def two_digit(self, n: int) -> str:
        """The word for 0-99 ("fyrtiofem", "femogfyrre", "forty-five")."""
        if n < 10:
            return self.units[n]
        if n < 20:
            return self.teens[n - 10]
        tens, unit = self.tens[n // 10 - 2], n % 10
        if unit == 0:
            return tens
        if self.compose == "tens_units":
            return tens + self.units[unit]
        if self.compose == "units_og_tens":
            return self.units[unit] + "og" + tens
        return tens + "-" + self.units[unit]


class TextDef(_Strict):
    """Fragments of ad text in one language."""

    titles_first: list[str]
    titles_third: list[str]
    intro_first: list[str]
    intro_third: list[str]
    traits: list[str]
    traits_first: list[str]
    traits_third: list[str]
    youth_words: list[str]
    youth_lines: list[str]
    emoji_youth: list[str]
    emoji_adult: list[str]
    age_forms: list[str]
    age_lines: list[str]
    langs_first: list[str]
    langs_third: list[str]
    and_: str = Field(alias="and")
    incall_first: list[str]
    incall_third: list[str]
    hotel_first: list[str]
    hotel_third: list[str]
    outcall_first: list[str]
    outcall_third: list[str]
    visit: list[str]
    prices: list[str]
    durations: list[str] = Field(min_length=4, max_length=4)
    hours: list[str]
    stats: list[str]
    contact_first: list[str]
    contact_third: list[str]
    contact_two_first: list[str]
    contact_two_third: list[str]
    contact_none: list[str]
    handle_lines: dict[str, list[str]]
    whatsapp_lines: list[str]
    email_lines: list[str]
    closing_first: list[str]
    closing_third: list[str]
    extra_first: list[str]
    extra_third: list[str]
    distractors: list[str]
    weekdays: list[str] = Field(min_length=7, max_length=7)
    nationality: dict[str, str]
    nat_from: dict[str, str]
    language_names: dict[str, str]


class WorldKnobs(_Strict):
    """Rates and ranges that shape the world (``data/world.yaml``)."""

    network_share: float
    network_size: tuple[int, int]
    minor_share: float
    minor_network_share: float
    network_two_controller_phones: float
    network_own_phones: float
    network_first_person: float
    network_banner_photo: float
    network_circuit_cities: tuple[int, int]
    network_rotation_days: tuple[int, int]
    network_foreign_controller_phone: float
    independent_third_person: float
    independent_travel: float
    phone_change: float
    foreign_home_phone: float
    handle_share: float
    whatsapp_share: float
    email_share: float
    no_phone_ad: float
    stock_photo_person: float
    photo_refresh: float
    no_photo_ad: float
    stock_photos: int
    photos_per_person: tuple[int, int]
    photos_per_ad: tuple[int, int]
    cross_post_intl: float
    intl_only: float
    alias_change_per_site: float
    post_rate_independent: tuple[float, float]
    post_rate_network: tuple[float, float]
    active_min_days: int
    glued_stats_after_phone: float
    youth_cue_rate_minor: float
    youth_cue_rate_young_adult: float
    youth_cue_rate_adult: float
    young_adult_share: float
    adult_understate: float
    styles: dict[str, int]
    person_style_loyalty: float


class Lexicon(_Strict):
    sites: list[SiteDef]
    cities: list[CityDef]
    names: NamesDef
    numbers: dict[str, NumberWords]
    text: dict[str, TextDef]
    knobs: WorldKnobs


def _read(name: str) -> Any:
    with resources.files("kartlegg.demo").joinpath("data", name).open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def load_lexicon() -> Lexicon:
    """All demo data files, parsed and validated once per process."""
    return Lexicon(
        sites=_read("sites.yaml")["sites"],
        cities=_read("cities.yaml")["cities"],
        names=_read("names.yaml"),
        numbers=_read("numbers.yaml"),
        text={lang: _read(f"text_{lang}.yaml") for lang in LANGUAGES},
        knobs=_read("world.yaml"),
    )
