"""Assess stage: explainable risk indicators and a triage queue, minors first.

Public API (used by the CLI, the web workbench and reports):

* ``run_assess(store, on_progress=None) -> dict`` and ``pending(store) -> int``: the pipeline stage.
* ``triage(conn, city=None, limit=50) -> list[TriageItem]``: profiles by priority, minors first.
* ``outreach(conn, city) -> list[OutreachItem]``: contact routes and languages, no intelligence fields.
* ``explain(conn, entity_type, entity_id) -> Explanation``: each contribution with its evidence.

``triage``, ``outreach`` and ``explain`` read person data: the caller writes the audit row.
"""

from kartlegg.assess.catalogue import Catalogue, CatalogueError, load_catalogue
from kartlegg.assess.docs import render_markdown
from kartlegg.assess.model import Contribution, Evidence, Explanation, OutreachItem, TriageItem
from kartlegg.assess.queries import NotAssessed, explain, outreach, triage
from kartlegg.assess.run import pending, run_assess

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
