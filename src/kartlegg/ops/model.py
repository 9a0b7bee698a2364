"""Operation records as they are entered or imported, validated with pydantic."""

from __future__ import annotations

from datetime import date

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
