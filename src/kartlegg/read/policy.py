"""The disclosure policy (``policy.yaml``): which role reads in which mode, what each mode shows, and
when a reason is required. One data file for the CLI, the workbench, reports and exports, validated on
load so a typo cannot silently open a field.
"""

from __future__ import annotations

import dataclasses
import os
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kartlegg.assess.model import OutreachItem, TriageItem
from kartlegg.read import exports, lists, persons

ENV_POLICY = "KARTLEGG_POLICY"
Mode = Literal["full", "pseudonymised", "outreach", "aggregate"]
MODES: tuple[Mode, ...] = ("full", "pseudonymised", "outreach", "aggregate")
ROLES = ("admin", "analyst", "outreach", "auditor", "viewer")


def _names(record: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record))


#: the fields each view can have (a policy naming another field is refused on load); ``read.records``
#: builds the person-level views from these records
VIEW_FIELDS: dict[str, tuple[str, ...]] = {
    "triage": _names(TriageItem),
    "outreach": _names(OutreachItem),
    "profile": _names(persons.ProfileRecord),
    "network": _names(persons.NetworkRecord),
    "member": _names(persons.Member),
    "graph": _names(persons.Graph),
    "ad": _names(persons.AdRecord),
    "evidence": _names(persons.Evidence),
    "search": _names(persons.AdHit),
    "profile_list": _names(lists.ProfileRow),
    "network_list": _names(lists.NetworkRow),
    **exports.VIEWS,
    "explain": (
        "entity_type",
        "entity_id",
        "risk_score",
        "minor_score",
        "third_party_score",
        "minor_first",
        "sentences",
        "notes",
    ),
}


class PolicyError(ValueError):
    """The policy file is missing or invalid (the message names the field)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReasonRule(_Strict):
    min_length: int = Field(ge=1, le=200)
    required_for: list[str] = Field(min_length=1)


class Policy(_Strict):
    version: Literal[1]
    contact_kinds: list[str] = Field(min_length=1)
    plain_kinds: list[str]
    redaction_mark: str = Field(min_length=1)
    reason: ReasonRule
    modes: dict[Mode, str]
    roles: dict[Literal["admin", "analyst", "outreach", "auditor", "viewer"], list[Mode]]
    cli_role: Literal["admin", "analyst", "outreach", "auditor", "viewer"]
    views: dict[str, dict[Mode, list[str]]]

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        if set(self.modes) != set(MODES):
            raise ValueError(f"modes must describe exactly {', '.join(MODES)}")
        if set(self.roles) != set(ROLES):
            raise ValueError(f"roles must list exactly {', '.join(ROLES)}")
        if overlap := set(self.contact_kinds) & set(self.plain_kinds):
            raise ValueError(f"contact kinds can never be plain in a pseudonymised disclosure: {sorted(overlap)}")
        for view, modes in self.views.items():
            if view not in VIEW_FIELDS:
                raise ValueError(f"views: unknown view {view!r} (known: {', '.join(VIEW_FIELDS)})")
            for mode, fields in modes.items():
                unknown = [f for f in fields if f not in VIEW_FIELDS[view]]
                if unknown:
                    raise ValueError(f"views.{view}.{mode}: unknown fields {unknown}")
        return self

    # -- questions the read layer asks ---------------------------------------------------------------
    def allows(self, role: str, mode: str) -> bool:
        return mode in self.roles.get(role, [])  # type: ignore[call-overload]

    def needs_reason(self, purpose: str) -> bool:
        return purpose in self.reason.required_for

    def reason_ok(self, justification: str) -> bool:
        return len(" ".join(justification.split())) >= self.reason.min_length

    def fields(self, view: str, mode: str) -> tuple[str, ...]:
        return tuple(self.views.get(view, {}).get(mode, []))  # type: ignore[call-overload]

    def project(self, view: str, mode: str, record: Any) -> dict[str, Any]:
        """The fields of ``record`` that ``mode`` shows in ``view``, in the policy's order."""
        return {f: getattr(record, f) for f in self.fields(view, mode)}

    def is_contact(self, kind: str) -> bool:
        return kind in self.contact_kinds

    def is_plain(self, kind: str) -> bool:
        return kind in self.plain_kinds

    def redact(self, value: str) -> str:
        """Free text with everything shaped like a phone number, e-mail, URL or @handle replaced by the
        mark; keyed tokens (``phone:ABC…``) and dates are left as they are."""
        out: list[str] = []
        pos = 0
        for m in _TOKEN.finditer(value):
            out.append(_redact_shapes(value[pos : m.start()], self.redaction_mark))
            out.append(m.group(0))
            pos = m.end()
        out.append(_redact_shapes(value[pos:], self.redaction_mark))
        return "".join(out)


_TOKEN = re.compile(r"\b[a-z_]+:[A-Z2-7]{24}\b")
_SHAPES = re.compile(
    r"(?P<url>\b(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]])"
    r"|(?P<email>[\w.+-]+(?:@|\s*\[at\]\s*|\s*\(at\)\s*)[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<handle>(?<![\w@])@[\w.]{2,})"
    r"|(?P<phone>(?<![\w:])\+?\d[\d \-./()]{4,}\d)"
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")


def _redact_shapes(value: str, mark: str) -> str:
    def repl(m: re.Match[str]) -> str:
        if m.lastgroup == "phone":
            # dates ("2026-03-01 2026-03-09") and short numbers ("0.45 0.3") are not phones
            digits = sum(c.isdigit() for c in _DATE.sub("", m.group(0)))
            if digits < 6:
                return m.group(0)
        return mark

    return _SHAPES.sub(repl, value)


def load_policy(path: Path | None = None) -> Policy:
    """The bundled policy, or ``path`` / ``$KARTLEGG_POLICY``; a clear ``PolicyError`` when invalid."""
    chosen = path or (Path(os.environ[ENV_POLICY]) if os.environ.get(ENV_POLICY) else None)
    if chosen is None:
        return _bundled()
    return _parse(_read(chosen), str(chosen))


@lru_cache(maxsize=1)
def _bundled() -> Policy:
    return _parse(files("kartlegg.read").joinpath("policy.yaml").read_text("utf-8"), "policy.yaml")


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except OSError as exc:
        raise PolicyError(f"cannot read the disclosure policy {path}: {exc.strerror}") from exc


def _parse(raw: str, name: str) -> Policy:
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise PolicyError(f"{name}: not valid YAML ({exc})") from exc
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "(top)"
        raise PolicyError(f"{name}: {where}: {first['msg']}") from exc
