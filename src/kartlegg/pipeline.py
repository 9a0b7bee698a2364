"""``kartlegg analyze``: run every pipeline stage that exists over what is new, in order.

This module sits above the stages (like the CLI and the web app) and is the only place that knows
their order: collect -> extract -> link -> assess.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kartlegg.store.engine import Store
from kartlegg.store.stages import pipeline_lock

ProgressFactory = Callable[[str, int], Callable[[int], None]]


@dataclass(frozen=True, slots=True)
class Stage:
    """A stage's module offers ``pending(store) -> int`` and ``run_<name>(store, on_progress=...)``.

    Modules are imported when the stage runs, not when the CLI starts (linking pulls in igraph).
    """

    name: str
    module: str

    def pending(self, store: Store) -> int:
        return int(importlib.import_module(self.module).pending(store))

    def run(self, store: Store, **kwargs: Any) -> dict[str, Any]:
        result: dict[str, Any] = getattr(importlib.import_module(self.module), f"run_{self.name}")(store, **kwargs)
        return result


STAGES: tuple[Stage, ...] = (
    Stage("extract", "kartlegg.extract.run"),
    Stage("link", "kartlegg.link.run"),
    Stage("assess", "kartlegg.assess.run"),
)


def analyze(
    store: Store, *, region: str | None = None, workers: int | None = None, progress: ProgressFactory | None = None
) -> dict[str, dict[str, Any]]:
    """Run every stage under the pipeline lock (``StageBusy`` if another run holds it).

    ``region`` and ``workers`` (extraction processes; default one per core) go to the extract stage."""
    results: dict[str, dict[str, Any]] = {}
    with pipeline_lock(store):
        for stage in STAGES:
            total = stage.pending(store)
            tick = progress(stage.name, total) if progress else None
            kwargs: dict[str, Any] = {"on_progress": tick}
            if stage.name == "extract":
                kwargs["region"] = region
                kwargs["workers"] = workers
            results[stage.name] = stage.run(store, **kwargs)
        # the statistics, dashboard and map figures over every ad, once per run instead of on a page's first view
        results["aggregates"] = importlib.import_module("kartlegg.read.aggregates").refresh(store)
    return results
