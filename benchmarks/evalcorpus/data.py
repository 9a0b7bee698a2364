"""The corpus's data files (sites.yaml, places.yaml, texts.yaml), validated on load so a typo in a site's
convention fails with the file and field named instead of producing a silently odd corpus."""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path
from typing import Literal

import phonenumbers
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

HERE = Path(__file__).resolve().parent
Lang = Literal["sv", "no", "da", "en"]
Country = Literal["NO", "SE", "DK"]
DateStyle = Literal["sv_text", "no_dot", "da_dash", "en_text", "iso", "en_us", "da_text"]
PLACEHOLDERS = frozenset(
    "id ref views member date year postal city support_phone support_email page pages photos phone slug "
    "city_slug cat masked expires".split()
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Line(Strict):
    text: str
    p: float = Field(ge=0.0, le=1.0)


class Support(Strict):
    phone: str
    written: str
    email: str

    @model_validator(mode="after")
    def _valid(self) -> Support:
        num = phonenumbers.parse(self.written, phonenumbers.region_code_for_number(phonenumbers.parse(self.phone)))
        if not phonenumbers.is_valid_number(num):
            raise ValueError(f"support phone {self.written!r} is not a valid number")
        if phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) != self.phone:
            raise ValueError(f"support phone {self.written!r} does not read as {self.phone}")
        return self


class CityField(Strict):
    canonical: float
    variant: float
    district: float


class Site(Strict):
    name: str
    language: Lang
    country: Country | None
    countries: dict[Country, float]
    weight: float = 1.0  # how often a person picks this site among those serving her city
    text_languages: dict[Lang, float]
    id_digits: tuple[int, int]
    url: str
    date_style: DateStyle
    city_field: CityField
    support: Support
    header: list[Line]
    footer: list[Line]

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if "{id}" not in v or not v.startswith("https://"):
            raise ValueError("url must be https:// and contain {id}")
        return v

    @model_validator(mode="after")
    def _placeholders(self) -> Site:
        for line in [self.url, *(x.text for x in self.header + self.footer)]:
            for _, name, _, _ in string.Formatter().parse(line):
                if name is not None and name not in PLACEHOLDERS:
                    raise ValueError(f"unknown placeholder {{{name}}} in {line!r}")
        if not 6 <= self.id_digits[0] <= self.id_digits[1] <= 9:
            raise ValueError("id_digits must lie in 6..9")
        return self


class City(Strict):
    name: str
    weight: float
    variants: list[str]
    postal: list[str]
    districts: list[str]


class CountryPlaces(Strict):
    calling_code: int
    cities: list[City]


class LangTexts(Strict):
    digits: list[str] = Field(min_length=10, max_length=10)
    digit_alts: dict[str, list[str]] = {}
    teens: list[str] = Field(min_length=10, max_length=10)
    tens: list[str] = Field(min_length=8, max_length=8)
    tens_join: list[str]
    unit_first: bool
    at: list[str]
    dot: list[str]
    phone_cues: list[str]
    email_cues: list[str]
    same_number: list[str]
    age_forms: list[str]
    intro: list[str]
    body: list[str]
    prices: list[str]


class Texts(Strict):
    languages: dict[Lang, LangTexts]
    months: dict[str, list[str]]
    names: list[str]
    nationalities: dict[Lang, list[str]]
    email_domains: list[str]


class Data(Strict):
    sites: list[Site]
    countries: dict[Country, CountryPlaces]
    texts: Texts


def _load(name: str) -> object:
    path = HERE / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SystemExit(f"evalcorpus: cannot read {path}: {exc}") from None


@cache
def load() -> Data:
    """All three files, or SystemExit naming the file and the field at fault."""
    raw: dict[str, object] = {}
    for name, key in (("sites.yaml", "sites"), ("places.yaml", "countries"), ("texts.yaml", "texts")):
        doc = _load(name)
        raw[key] = doc.get(key) if isinstance(doc, dict) and key != "texts" else doc
    try:
        return Data.model_validate(raw)
    except ValidationError as exc:
        raise SystemExit(f"evalcorpus: invalid data file: {exc}") from None
