"""What extraction finds in an ad: ``Match`` (one value with its evidence) and ``Extraction`` (all of one ad's).

Compiled with mypyc with the selectors (extract/native.py): the selectors, site furniture and a stream build
and read these records ~10 times an ad each, and an interpreted class costs a Python call per construction and
a generic attribute look-up per read from compiled code (issue 14). They live in the extract package, not in
``kartlegg.records``, because only the extract package's modules are compiled; nothing outside extraction and
its stream reads them (the store keeps their fields as rows).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


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
