"""The records of the assess stage: findings with their evidence, and what the read API returns."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

#: The indicator name of the row that records what the fairness guard took off a score (not a finding).
FAIRNESS_ROW = "fairness_guard"
#: The indicator name of the row that says an ad's findings are its person's (``assess.person_rows``): it
#: names her profile, whose rows hold what the ad's own rows leave out (not a finding).
PERSON_ROW = "person_findings"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a finding was read: an ad's field and character span, or a note for an aggregate."""

    ad_id: str | None = None
    field: str | None = None
    start: int | None = None
    end: int | None = None
    text: str = ""
    note: str = ""
    #: the note's message id and parameters (``assess.notes``): rendered in the reader's language
    msg: str = ""
    args: tuple[tuple[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The fields that are set, in field order (spelled out: a run writes ~50,000 of these)."""
        out: dict[str, Any] = {}
        if self.ad_id is not None and self.ad_id != "":
            out["ad_id"] = self.ad_id
        if self.field is not None and self.field != "":
            out["field"] = self.field
        if self.start is not None:
            out["start"] = self.start
        if self.end is not None:
            out["end"] = self.end
        if self.text:
            out["text"] = self.text
        if self.note:
            out["note"] = self.note
        if self.msg:
            out["msg"] = self.msg
        if self.args:
            out["args"] = dict(self.args)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Evidence:
        return cls(
            ad_id=data.get("ad_id"),
            field=data.get("field"),
            start=data.get("start"),
            end=data.get("end"),
            text=str(data.get("text", "")),
            note=str(data.get("note", "")),
            msg=str(data.get("msg", "")),
            args=tuple(sorted(data["args"].items())) if isinstance(data.get("args"), dict) else (),
        )


@dataclass(slots=True)
class Hit:
    """One indicator found for one entity: how much (``count``) and the evidence for it."""

    indicator: str
    count: float
    evidence: list[Evidence] = dataclasses.field(default_factory=list)
    #: The level the finding was made at (an ad's score also lists its profile's and network's findings).
    level: str = "ad"
    #: For an ad-level finding summed up over a person's ads: the share of her ads that show it.
    share: float = 1.0


@dataclass(frozen=True, slots=True)
class Contribution:
    """One line of an explanation: an indicator and what it added to each score."""

    indicator: str
    title: str
    level: str
    strength: float
    minor: float
    third_party: float
    risk: float
    evidence: tuple[Evidence, ...]
    note: str = ""
    #: the note's message id and parameters (``assess.notes``)
    note_msg: str = ""
    note_args: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why an entity scores what it scores: each contribution with its evidence, largest first."""

    entity_type: str
    entity_id: str
    risk_score: float
    minor_score: float
    third_party_score: float
    contributions: tuple[Contribution, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TriageItem:
    """One row of the triage queue: who, how urgent, and the top reasons (indicator titles)."""

    entity_type: str
    entity_id: str
    minor_first: bool
    risk_score: float
    minor_score: float
    third_party_score: float
    network_id: str | None
    ads: int
    cities: tuple[str, ...]
    last_seen: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OutreachItem:
    """A contact for social services: how to reach the person and in which language. No intelligence."""

    ref: str
    city: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    handles: tuple[str, ...]
    languages: tuple[str, ...]
    ad_url: str | None
    last_seen: str | None
