"""Record types shared by every stage.

Kept deliberately small and free of behaviour so that any stage (or a Spark job) can build them
from plain rows. Stages add their own records in their own packages; only what crosses a stage
boundary lives here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

#: Fields of an ad that extraction reads, in the order they are searched.
AD_TEXT_FIELDS: tuple[str, ...] = ("title", "body", "url")


@dataclass(frozen=True, slots=True)
class AdInput:
    """One ad as it arrives (ARCHITECTURE.md, "Ad input"). ``extra`` keeps unknown keys verbatim."""

    id: str
    site: str
    url: str | None = None
    posted_at: str | None = None
    title: str = ""
    body: str = ""
    city: str | None = None
    images: tuple[str, ...] = ()
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(init=False, unsafe_hash=True, slots=True)
class Match:
    """A value found in an ad, with the evidence an analyst needs to defend it.

    ``kind`` is the selector type (``phone``, ``email``, ``handle``, ``url``, ``domain``, ``age``,
    ``city``, ``district``, ``hotel``, ``service_mode``, ``price``, ``nationality``, ``language``).
    ``value`` is the normalised value (E.164 for phones, lower-case for emails, ...).
    ``field``/``start``/``end`` locate the raw text that produced it (``end`` exclusive);
    ``detail`` carries type-specific extras (platform of a handle, currency of a price, ...).
    """

    kind: str
    value: str
    field: str
    start: int
    end: int
    raw: str
    detail: dict[str, Any] = dataclasses.field(default_factory=dict)

    # Written out and not frozen: extraction builds ~8 per ad, and a frozen dataclass's generated
    # ``__init__`` stores each field through ``object.__setattr__`` (issue 14). Nothing assigns a field
    # after construction (``dataclasses.replace`` makes a new one); ``unsafe_hash`` keeps the frozen hash.
    def __init__(
        self, kind: str, value: str, field: str, start: int, end: int, raw: str, detail: dict[str, Any] | None = None
    ) -> None:
        self.kind = kind
        self.value = value
        self.field = field
        self.start = start
        self.end = end
        self.raw = raw
        self.detail = {} if detail is None else detail


@dataclass(slots=True)
class Extraction:
    """Everything extraction found in one ad."""

    matches: list[Match] = dataclasses.field(default_factory=list)
    language: str | None = None
    timed_out: bool = False

    def values(self, kind: str) -> list[str]:
        """Distinct values of one kind, in order of first appearance."""
        seen: dict[str, None] = {}
        for m in self.matches:
            if m.kind == kind:
                seen.setdefault(m.value, None)
        return list(seen)
