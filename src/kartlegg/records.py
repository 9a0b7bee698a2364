"""Record types shared by every stage.

Kept deliberately small and free of behaviour so that any stage (or a Spark job) can build them
from plain rows. Stages add their own records in their own packages; only what crosses a stage
boundary lives here. What extraction finds (``Match``, ``Extraction``) is in ``kartlegg.extract.matches``,
where it is compiled with the selectors.
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
