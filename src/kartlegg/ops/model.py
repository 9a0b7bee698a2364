"""Operation records as they are entered or imported, validated with pydantic."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from kartlegg.ops.codes import KINDS, MEASURES, QUALIFIERS, TARGET_KINDS, offence_code


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    outlet: str = Field(min_length=1)
    date: str | None = None
    note: str | None = None


class Target(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str
    label: str = Field(min_length=1, max_length=300)
    city: str | None = None

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        if v not in TARGET_KINDS:
            raise ValueError(f"target kind must be one of {', '.join(TARGET_KINDS)}")
        return v


class Outcome(BaseModel):
    """One count; ``count`` None means unknown (never zero)."""

    model_config = ConfigDict(extra="forbid")
    measure: str
    offence: str | None = None
    count: int | None = Field(default=None, ge=0)
    qualifier: str = "exact"
    sentence: str | None = None
    court: str | None = None
    decided_on: str | None = None
    note: str | None = None

    @field_validator("measure")
    @classmethod
    def _measure(cls, v: str) -> str:
        if v not in MEASURES:
            raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
        return v

    @field_validator("offence")
    @classmethod
    def _offence(cls, v: str | None) -> str | None:
        return None if v is None or not v.strip() else offence_code(v)

    @field_validator("qualifier")
    @classmethod
    def _qualifier(cls, v: str) -> str:
        if v not in QUALIFIERS:
            raise ValueError(f"qualifier must be one of {', '.join(QUALIFIERS)}")
        return v


def _iso_date(v: str | None) -> str | None:
    if v is None or v == "":
        return None
    date.fromisoformat(v)
    return v


class Operation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: str | None = None
    name: str = Field(min_length=1, max_length=300)
    unit: str | None = None
    district: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    kind: str | None = Field(default=None, validate_default=True)
    started_on: str | None = None
    ended_on: str | None = None
    notes: str = ""
    sources: list[Source] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str | None) -> str:
        if v is None or v == "":
            return "unspecified"
        if v not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        return v

    @field_validator("started_on", "ended_on")
    @classmethod
    def _dates(cls, v: str | None) -> str | None:
        return _iso_date(v)

    @model_validator(mode="after")
    def _order(self) -> Operation:
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            raise ValueError("ended_on is before started_on")
        return self


# --- the one-line forms the CLI's options and the workbench's form use ------------------------------------

_OUTCOME = re.compile(r"^(?P<m>[a-z_0-9]+)(?::(?P<o>[^=~>]+))?(?P<q>>=|=|~|>)(?P<n>\d+|\?)$")
_QUAL = {"=": "exact", "~": "about", ">": "more_than", ">=": "at_least"}


def parse_outcome(spec: str) -> dict[str, Any]:
    """``MEASURE[:OFFENCE]=N`` (exact), ``~N`` (about), ``>N`` (more than), ``>=N`` (at least), ``=?`` unknown."""
    m = _OUTCOME.match(spec.strip())
    if not m:
        raise ValueError(f"cannot read outcome {spec!r}; write e.g. reported:purchase_of_sex=3 or offered_help~40")
    return {
        "measure": m["m"],
        "offence": m["o"],
        "count": None if m["n"] == "?" else int(m["n"]),
        "qualifier": _QUAL[m["q"]],
    }


def format_outcome(o: Outcome) -> str:
    """The outcome in the form ``parse_outcome`` reads (an edit form shows what was stored)."""
    sign = {v: k for k, v in _QUAL.items()}[o.qualifier]
    return f"{o.measure}{':' + o.offence if o.offence else ''}{sign}{'?' if o.count is None else o.count}"


def parse_target(spec: str) -> dict[str, Any]:
    """``KIND:LABEL[@CITY]``, e.g. ``hotel:Hotel Nord@Oslo``."""
    kind, sep, rest = spec.partition(":")
    if not sep:
        raise ValueError(f"cannot read target {spec!r}; write e.g. hotel:Hotel Nord@Oslo")
    label, _, city = rest.partition("@")
    return {"kind": kind.strip(), "label": label.strip(), "city": city.strip() or None}


def format_target(t: Target) -> str:
    return f"{t.kind}:{t.label}{'@' + t.city if t.city else ''}"


def parse_source(spec: str) -> dict[str, str | None]:
    """``OUTLET[|DATE]`` of a public source."""
    outlet, _, day = spec.partition("|")
    return {"outlet": outlet.strip(), "date": day.strip() or None}
