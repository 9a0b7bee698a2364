"""Every stage's declaration of what it stores about an ad (``kartlegg.store.holdings``), in one list."""

from __future__ import annotations

import importlib

from kartlegg.store.holdings import Holding

#: The modules that declare holdings, in stage order. Erasure deletes in reverse: later stages first,
#: the spine (whose tables the others reference) last.
MODULES = (
    "kartlegg.store.holdings",
    "kartlegg.collect.holdings",
    "kartlegg.link.holdings",
    "kartlegg.assess.holdings",
    "kartlegg.ops.holdings",
    "kartlegg.web.holdings",
)


def by_module() -> list[tuple[str, tuple[Holding, ...]]]:
    return [(name, importlib.import_module(name).HOLDINGS) for name in MODULES]


def declared_tables() -> set[str]:
    return {h.table for _, hs in by_module() for h in hs}
