"""Site definitions: where a site's listings start, how to page, where ads are and which CSS selectors
read each field. Data files (YAML/JSON), validated on load so a typo fails at ``sites add``, not mid-crawl.

A site's ``name`` is its stable identity: ads are keyed by (name, site-local id), so when a site moves
to a new domain its definition gains the domain and its ads keep their ids.
"""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from selectolax.lexbor import LexborHTMLParser

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")


class SiteDefinitionError(ValueError):
    """A site definition that cannot be used; the message names the file and the field."""


def _check_selector(css: str) -> str:
    try:
        LexborHTMLParser("<p></p>").css(css)
    except Exception as exc:
        raise ValueError(f"invalid CSS selector {css!r}: {exc}") from None
    return css


class FieldRule(BaseModel):
    """How to read one field: a CSS selector, and optionally an attribute instead of the text."""

    model_config = ConfigDict(extra="forbid")

    css: str
    attr: str | None = None
    all: bool = False  # join every match (text fields) / keep every match (lists)
    #: a regular expression with one group applied to the value (bounded input, no backtracking blowup:
    #: values are capped at 100k characters before matching)
    pattern: str | None = None
    #: for dates: strptime format when the site does not write ISO 8601
    date_format: str | None = None

    @field_validator("css")
    @classmethod
    def _css(cls, v: str) -> str:
        return _check_selector(v)

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                rx = re.compile(v)
            except re.error as exc:
                raise ValueError(f"invalid pattern {v!r}: {exc}") from None
            if rx.groups != 1:
                raise ValueError(f"pattern {v!r} must have exactly one group")
        return v


class Listing(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ad_links: str = Field(description="CSS selector of the <a> elements that lead to ads")
    next_page: str | None = Field(default=None, description="CSS selector of the <a> to the next listing page")
    max_pages: int = Field(default=200, ge=1, le=100_000)

    @field_validator("ad_links", "next_page")
    @classmethod
    def _css(cls, v: str | None) -> str | None:
        return None if v is None else _check_selector(v)


class AdFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: where the site-local id comes from: a regex with one group over the ad URL (default: last number)
    id_from_url: str = r"(\d+)(?:\.html?)?/?(?:[?#].*)?$"
    title: FieldRule
    body: FieldRule
    city: FieldRule | None = None
    posted_at: FieldRule | None = None
    images: FieldRule | None = None

    @field_validator("id_from_url")
    @classmethod
    def _id(cls, v: str) -> str:
        try:
            rx = re.compile(v)
        except re.error as exc:
            raise ValueError(f"invalid id_from_url {v!r}: {exc}") from None
        if rx.groups != 1:
            raise ValueError("id_from_url must have exactly one group")
        return v


class Politeness(BaseModel):
    model_config = ConfigDict(extra="forbid")

    delay_seconds: float = Field(default=2.0, ge=0, le=3600)
    concurrency: int = Field(default=2, ge=1, le=64)
    obey_robots: bool = True


class FurnitureCorrections(BaseModel):
    """The analyst's corrections to what extraction learned of the site's furniture (``kartlegg sites show``)."""

    model_config = ConfigDict(extra="forbid")

    #: labels the site prints before an ad's own number or a code ("Objektkode")
    id_labels: list[str] = Field(default_factory=list)
    #: phones and e-mails (as shown by ``sites show``: E.164, lower-case) that are the site's own lines
    site_lines: list[str] = Field(default_factory=list)
    #: phones and e-mails learned as the site's, or as another site's line or address (furniture in this site's ads
    #: too: ``sites show`` lists them), that are a person's contact on this site after all
    contacts: list[str] = Field(default_factory=list)
    #: learned slots (as shown by ``sites show``, with their "L:"/"R:" prefix) that hold no ids
    not_id_slots: list[str] = Field(default_factory=list)


class SiteDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    domains: list[str] = Field(min_length=1)
    language: str | None = None
    country: str | None = None
    start_urls: list[str] = Field(min_length=1)
    listing: Listing
    ad: AdFields
    politeness: Politeness = Politeness()
    fetch_images: bool = True
    #: hosts besides ``domains`` that serve the site's images (a CDN); images elsewhere are not fetched
    image_domains: list[str] = Field(default_factory=list)
    kind: Literal["html"] = "html"
    furniture: FurnitureCorrections | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        v = v.strip().lower()
        if not _NAME.match(v):
            raise ValueError("name must be lower-case letters, digits, '.', '_' or '-' (at most 63)")
        return v

    @field_validator("domains", "image_domains")
    @classmethod
    def _domains(cls, v: list[str]) -> list[str]:
        out = []
        for d in v:
            d = d.strip().lower().rstrip(".")
            if not d or "/" in d or ":" in d:
                raise ValueError(f"domain {d!r} must be a bare host name (no scheme, port or path)")
            out.append(d)
        return out

    @field_validator("start_urls")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        for u in v:
            if urlsplit(u).scheme not in ("http", "https"):
                raise ValueError(f"start URL {u!r} must be http or https")
        return v

    @field_validator("language", "country")
    @classmethod
    def _code(cls, v: str | None) -> str | None:
        if v is not None and (len(v) != 2 or not v.isalpha()):
            raise ValueError(f"{v!r} must be a two-letter code")
        return None if v is None else v.lower()

    @model_validator(mode="after")
    def _start_on_site(self) -> SiteDefinition:
        for u in self.start_urls:
            host = (urlsplit(u).hostname or "").lower()
            if host not in self.domains:
                raise ValueError(f"start URL {u!r} is not on one of the domains {self.domains}")
        return self

    def owns(self, url: str) -> bool:
        return (urlsplit(url).hostname or "").lower() in self.domains

    def serves_image(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return host in self.domains or host in self.image_domains


def parse_definition(data: Any, source: str) -> SiteDefinition:
    try:
        return SiteDefinition.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors(include_url=False)
        )
        raise SiteDefinitionError(f"{source}: {problems}") from None


def load_definition(path: Path) -> SiteDefinition:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SiteDefinitionError(f"{path}: cannot read: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SiteDefinitionError(f"{path}: not valid YAML/JSON: {exc}") from None
    return parse_definition(data, str(path))


def bundled_definitions() -> list[SiteDefinition]:
    """Definitions shipped in ``kartlegg/collect/sites/`` (examples and the demo layouts' templates)."""
    out = []
    for entry in sorted(files("kartlegg.collect").joinpath("sites").iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".yaml", ".yml")) and not entry.name.startswith("demo-"):
            out.append(parse_definition(yaml.safe_load(entry.read_text("utf-8")), entry.name))
    return out


def demo_layout(layout: str) -> dict[str, Any]:
    """The raw definition template of one demo site layout (``demo-<layout>.yaml``)."""
    entry = files("kartlegg.collect").joinpath("sites").joinpath(f"demo-{layout}.yaml")
    data = yaml.safe_load(entry.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def user_sites_dir(home: Path) -> Path:
    return home / "sites"


def user_definitions(home: Path) -> list[SiteDefinition]:
    folder = user_sites_dir(home)
    if not folder.is_dir():
        return []
    return [load_definition(p) for p in sorted(folder.glob("*.yaml"))]


def all_definitions(home: Path) -> list[SiteDefinition]:
    """User definitions override bundled ones of the same name."""
    by_name = {d.name: d for d in bundled_definitions()}
    by_name.update({d.name: d for d in user_definitions(home)})
    return [by_name[k] for k in sorted(by_name)]


def save_definition(home: Path, definition: SiteDefinition) -> Path:
    folder = user_sites_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{definition.name}.yaml"
    data = definition.model_dump(mode="json", exclude_defaults=False)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    return path
