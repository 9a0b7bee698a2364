"""Assess stage: explainable risk indicators and a triage queue, minors first.

Public API (used by the CLI, the web workbench and reports):

* ``run_assess(store, on_progress=None) -> dict`` and ``pending(store) -> int``: the pipeline stage.
* ``triage(conn, city=None, limit=50) -> list[TriageItem]``: profiles by priority, minors first.
* ``outreach(conn, city) -> list[OutreachItem]``: contact routes and languages, no intelligence fields.
* ``explain(conn, entity_type, entity_id) -> Explanation``: each contribution with its evidence.

``triage``, ``outreach`` and ``explain`` read person data: the caller writes the audit row.
"""

from typing import TYPE_CHECKING

from kartlegg.lazy import exports

if TYPE_CHECKING:
    from kartlegg.assess.catalogue import Catalogue, CatalogueError, load_catalogue
    from kartlegg.assess.docs import render_markdown
    from kartlegg.assess.model import Contribution, Evidence, Explanation, OutreachItem, TriageItem
    from kartlegg.assess.queries import NotAssessed, explain, outreach, triage
    from kartlegg.assess.run import pending, run_assess

#: Each public name and the module that defines it, imported on first use (PEP 562): importing one
#: submodule (a reader's query, the catalogue) must not load the whole stage and its libraries.
_EXPORTS = {
    "Catalogue": "kartlegg.assess.catalogue",
    "CatalogueError": "kartlegg.assess.catalogue",
    "Contribution": "kartlegg.assess.model",
    "Evidence": "kartlegg.assess.model",
    "Explanation": "kartlegg.assess.model",
    "NotAssessed": "kartlegg.assess.queries",
    "OutreachItem": "kartlegg.assess.model",
    "TriageItem": "kartlegg.assess.model",
    "explain": "kartlegg.assess.queries",
    "load_catalogue": "kartlegg.assess.catalogue",
    "outreach": "kartlegg.assess.queries",
    "pending": "kartlegg.assess.run",
    "render_markdown": "kartlegg.assess.docs",
    "run_assess": "kartlegg.assess.run",
    "triage": "kartlegg.assess.queries",
}

__getattr__ = exports(__name__, _EXPORTS)


__all__ = [
    "Catalogue",
    "CatalogueError",
    "Contribution",
    "Evidence",
    "Explanation",
    "NotAssessed",
    "OutreachItem",
    "TriageItem",
    "explain",
    "load_catalogue",
    "outreach",
    "pending",
    "render_markdown",
    "run_assess",
    "triage",
]
