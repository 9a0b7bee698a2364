"""Code lists: offences (with their Norwegian, Swedish, Danish and English names), measures, kinds.

The offence list is a data file (``report/data/offences.yaml``), validated on load.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import yaml
from pydantic import BaseModel, Field

#: what is counted about an operation; those marked True are counted per offence
MEASURES: dict[str, bool] = {
    "identified": True,
    "arrested": True,
    "reported": True,
    "prosecuted": True,
    "convicted": True,
    "offered_help": False,
    "offered_help_under_18": False,
    "minors_found": False,
    "addresses_surveilled": False,
}
KINDS = ("street", "online_apartment", "hotel", "national_action_week", "eu_action_week", "annual_total", "unspecified")
QUALIFIERS = ("exact", "about", "more_than", "at_least")
TARGET_KINDS = ("address", "hotel", "apartment_hotel")


class OffenceNames(BaseModel):
    en: list[str] = Field(min_length=1)
    no: list[str] = Field(default_factory=list)
    sv: list[str] = Field(default_factory=list)
    da: list[str] = Field(default_factory=list)


class OffenceList(BaseModel):
    version: int
    offences: dict[str, OffenceNames]


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


@cache
def offence_list() -> OffenceList:
    raw = files("kartlegg.report").joinpath("data/offences.yaml").read_text("utf-8")
    return OffenceList.model_validate(yaml.safe_load(raw))


@cache
def _aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, names in offence_list().offences.items():
        out[_norm(code)] = code
        for lang_names in (names.en, names.no, names.sv, names.da):
            for n in lang_names:
                key = _norm(n)
                if key in out and out[key] != code:
                    raise ValueError(f"offence name {n!r} maps to both {out[key]} and {code}")
                out[key] = code
    return out


def offence_code(name: str) -> str:
    """The code of an offence named in any of the four languages (or the code itself)."""
    code = _aliases().get(_norm(name))
    if code is None:
        raise ValueError(f"unknown offence {name!r}; known codes: {', '.join(offence_list().offences)}")
    return code


def offence_label(code: str, lang: str = "en") -> str:
    names = offence_list().offences.get(code)
    if names is None:
        return code
    chosen = getattr(names, lang, None) or names.en
    return str(chosen[0])
