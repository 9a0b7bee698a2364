"""The indicator catalogue: a versioned data file, validated on load.

Weights, thresholds, lexicons and sources live in ``data/indicators.yaml`` so analysts can change them
without code; ``KARTLEGG_INDICATORS`` points at a replacement file. The code only knows *detectors* (how
to measure something); the catalogue decides which detectors run, how strongly they count and why.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

Level = Literal["ad", "profile", "network"]
LEXICON_KEYS = ("sv", "no", "da", "en", "emoji")
LANGUAGES = ("sv", "no", "da", "en")

#: Detector name -> the level it works at. The catalogue may only use these.
DETECTORS: dict[str, Level] = {
    "lexicon": "ad",
    "stated_age": "ad",
    "low_price": "ad",
    "age_inconsistent": "profile",
    "persons_per_phone": "profile",
    "images_across_names": "profile",
    "shared_template": "profile",
    "circuit_movement": "profile",
    "phone_changes": "profile",
    "foreign_limited_languages": "profile",
    "network_size": "network",
}


class CatalogueError(ValueError):
    """The catalogue file is missing, unreadable or invalid; the message says where."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Weights(_Strict):
    minor: float = Field(ge=0.0, le=1.0)
    third_party: float = Field(ge=0.0, le=1.0)


class Source(_Strict):
    citation: str = Field(min_length=10)
    kind: str


class Settings(_Strict):
    minor_first_threshold: float = Field(ge=0.0, le=100.0)
    #: why the threshold is where it is (measured precision and recall), printed in docs/indicators.md
    minor_first_rationale: str = ""
    sensitive_max_weight: float = Field(ge=0.0, le=1.0)
    fairness_quantile: float = Field(gt=0.0, lt=1.0)
    evidence_per_indicator: int = Field(ge=1, le=50)
    ad_findings_at_profile: Literal["share", "max"]
    site_selector_share: float = Field(gt=0.0, le=1.0)
    site_selector_min_ads: int = Field(ge=1)
    max_profiles_share: float = Field(gt=0.0, le=1.0)
    max_profiles_min: int = Field(ge=2)
    local_languages: list[str]
    local_nationalities: list[str]
    nationality_languages: dict[str, str]
    language_names: dict[str, str]
    currency_to_eur: dict[str, float]


class Indicator(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]{1,40}$")
    title: str = Field(min_length=3)
    description: str = Field(min_length=10)
    level: Level
    detector: str
    weights: Weights
    fires_at: float = Field(default=1.0, gt=0.0)
    saturates_at: float = Field(default=1.0, gt=0.0)
    sensitive: bool = False
    basis: Literal["published indicator", "empirical research", "heuristic"]
    params: dict[str, Any] = Field(default_factory=dict)
    lexicon: dict[str, list[str]] = Field(default_factory=dict)
    rationale: str = Field(min_length=20)
    sources: list[str] = Field(min_length=1)

    @field_validator("lexicon")
    @classmethod
    def _lexicon_keys(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, terms in v.items():
            if key not in LEXICON_KEYS:
                raise ValueError(f"lexicon key {key!r} is not one of {', '.join(LEXICON_KEYS)}")
            for term in terms:
                if not term.strip() or len(term) > 80:
                    raise ValueError(f"lexicon term {term!r} must be 1-80 characters")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> Indicator:
        if self.detector not in DETECTORS:
            raise ValueError(f"unknown detector {self.detector!r}; known: {', '.join(sorted(DETECTORS))}")
        if DETECTORS[self.detector] != self.level:
            raise ValueError(
                f"detector {self.detector!r} works at level {DETECTORS[self.detector]!r}, not {self.level!r}"
            )
        if self.saturates_at < self.fires_at:
            raise ValueError("saturates_at must be >= fires_at")
        if self.detector == "lexicon":
            missing = [lang for lang in LANGUAGES if not self.lexicon.get(lang)]
            if missing:
                raise ValueError(f"a lexicon indicator needs terms in every language; missing: {', '.join(missing)}")
        return self

    def strength(self, count: float) -> float:
        """How strongly a finding of ``count`` counts: 0 below ``fires_at``, 1 from ``saturates_at``."""
        if count < self.fires_at:
            return 0.0
        return min(1.0, count / self.saturates_at)


class Catalogue(_Strict):
    version: int
    settings: Settings
    sources: dict[str, Source]
    indicators: list[Indicator] = Field(min_length=1)

    @model_validator(mode="after")
    def _references(self) -> Catalogue:
        ids = [i.id for i in self.indicators]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"indicator ids must be unique: {', '.join(dupes)}")
        for ind in self.indicators:
            unknown = [s for s in ind.sources if s not in self.sources]
            if unknown:
                raise ValueError(f"indicator {ind.id!r} cites unknown sources: {', '.join(unknown)}")
            if ind.sensitive and max(ind.weights.minor, ind.weights.third_party) > self.settings.sensitive_max_weight:
                raise ValueError(
                    f"sensitive indicator {ind.id!r} weighs more than sensitive_max_weight "
                    f"({self.settings.sensitive_max_weight})"
                )
        return self

    def by_id(self) -> dict[str, Indicator]:
        return {i.id: i for i in self.indicators}

    def at_level(self, level: Level) -> list[Indicator]:
        return [i for i in self.indicators if i.level == level]


def parse_catalogue(raw: str, origin: str = "<catalogue>") -> Catalogue:
    try:
        # libyaml when PyYAML has it: the same objects for ~10x less CPU (every assess run reads the catalogue)
        data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{origin}: not valid YAML: {exc}") from exc
    try:
        return Catalogue.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:10])
        raise CatalogueError(f"{origin}: invalid indicator catalogue: {problems}") from exc


def bundled_text() -> str:
    return files("kartlegg.assess").joinpath("data", "indicators.yaml").read_text("utf-8")


@cache
def _bundled() -> Catalogue:
    return parse_catalogue(bundled_text(), "kartlegg/assess/data/indicators.yaml")


def load_catalogue(path: str | os.PathLike[str] | None = None) -> Catalogue:
    """The catalogue at ``path``, else ``$KARTLEGG_INDICATORS``, else the bundled one.

    A file given by path is read afresh every time (it is small), so an edited weight counts at once.
    """
    chosen = path if path is not None else os.environ.get("KARTLEGG_INDICATORS") or None
    if chosen is None:
        return _bundled()
    try:
        raw = Path(chosen).read_text("utf-8")
    except OSError as exc:
        raise CatalogueError(f"cannot read indicator catalogue {chosen}: {exc.strerror}") from exc
    return parse_catalogue(raw, str(chosen))
