"""``kartlegg analyze``: run every pipeline stage that exists over what is new, in order.

This module sits above the stages (like the CLI and the web app) and is the only place that knows
their order: collect -> extract -> link -> assess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kartlegg.assess import run as assess_run
from kartlegg.extract import run as extract_run
from kartlegg.link import run as link_run
from kartlegg.store.engine import Store
from kartlegg.store.stages import pipeline_lock

ProgressFactory = Callable[[str, int], Callable[[int], None]]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    pending: Callable[[Store], int]
    run: Callable[..., dict[str, Any]]


STAGES: tuple[Stage, ...] = (
    Stage("extract", extract_run.pending, extract_run.run_extract),
    Stage("link", link_run.pending, link_run.run_link),
    Stage("assess", assess_run.pending, assess_run.run_assess),
)


def analyze(
    store: Store, *, region: str | None = None, progress: ProgressFactory | None = None
) -> dict[str, dict[str, Any]]:
    """Run every stage under the pipeline lock (``StageBusy`` if another run holds it)."""
    results: dict[str, dict[str, Any]] = {}
    with pipeline_lock(store):
        for stage in STAGES:
            total = stage.pending(store)
            tick = progress(stage.name, total) if progress else None
            kwargs: dict[str, Any] = {"on_progress": tick}
            if stage.name == "extract":
                kwargs["region"] = region
            results[stage.name] = stage.run(store, **kwargs)
    return results
