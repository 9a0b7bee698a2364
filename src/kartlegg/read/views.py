"""The reads the CLI and the workbench share: one triage queue, one outreach list, one explanation.

Each takes a ``ReadContext``, goes through ``audited_read`` (policy check, audit row, then the read) and
returns the same records to every door, so a social worker's outreach page and ``kartlegg outreach``
cannot disagree, and the "likely minor" flag has one threshold. ``reach`` and ``profile_contacts`` are
what the Maltego transforms read (a selector's ads, persons and networks; a person's contact selectors).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection

from kartlegg.assess import queries as assess_queries
from kartlegg.assess.catalogue import Catalogue, load_catalogue
from kartlegg.assess.model import OutreachItem, TriageItem
from kartlegg.assess.sentences import contribution_sentence
from kartlegg.link import query as link_query
from kartlegg.link.query import Reach
from kartlegg.read.context import ReadContext, audited_read
from kartlegg.read.policy import load_policy
from kartlegg.store.engine import Store

TRIAGE_PAGE = 50


def triage(
    store: Store,
    ctx: ReadContext,
    *,
    action: str = "triage",
    city: str | None = None,
    level: str | None = None,
    limit: int = TRIAGE_PAGE,
    offset: int = 0,
    translate: Callable[[str], str] | None = None,
) -> list[TriageItem]:
    """Profiles (and unplaced ads) by priority, likely minors first; reasons as sentences (indicator titles
    in the reader's language when ``translate`` is given)."""
    return audited_read(
        store,
        ctx,
        action,
        "profiles",
        city or "*",
        lambda c: assess_queries.triage(c, city=city, limit=limit, offset=offset, level=level, translate=translate),
        {"city": city, "level": level, "limit": limit, "offset": offset},
    )


def outreach(
    store: Store, ctx: ReadContext, city: str, *, action: str = "outreach", limit: int | None = None, offset: int = 0
) -> list[OutreachItem]:
    """Each person advertised in ``city`` with her own contact routes only (``assess.contacts``); ``limit``
    and ``offset`` page the list (the workbench; the CLI reads it whole)."""
    details: dict[str, object] = {"city": city}
    if limit is not None:
        details.update(limit=limit, offset=offset)
    return audited_read(
        store,
        ctx,
        action,
        "profiles",
        city,
        lambda c: assess_queries.outreach(c, city, limit=limit, offset=offset),
        details,
    )


@dataclass(frozen=True, slots=True)
class ExplainView:
    """An entity's scores and why, as sentences (the same text in the CLI and on its page)."""

    entity_type: str
    entity_id: str
    risk_score: float
    minor_score: float
    third_party_score: float
    minor_first: bool
    sentences: tuple[str, ...]
    notes: tuple[str, ...]


def explanation(
    conn: Connection,
    entity_type: str,
    entity_id: str,
    catalogue: Catalogue | None = None,
    translate: Callable[[str], str] | None = None,
) -> ExplainView:
    """The explanation of one entity as sentences (raises ``assess.NotAssessed`` when it has no score);
    ``translate`` (a catalogue's gettext, ``kartlegg.i18n``) puts the indicator titles and the evidence notes
    in the reader's language."""
    cat = catalogue or load_catalogue()
    ex = assess_queries.explain(conn, entity_type, entity_id, cat, translate=translate)
    return ExplainView(
        ex.entity_type,
        ex.entity_id,
        round(ex.risk_score, 1),
        round(ex.minor_score, 1),
        round(ex.third_party_score, 1),
        assess_queries.is_minor_first(ex.minor_score, cat),
        tuple(contribution_sentence(c, translate=translate) for c in ex.contributions),
        ex.notes,
    )


def explain(
    store: Store, ctx: ReadContext, entity_type: str, entity_id: str, *, action: str = "explain"
) -> ExplainView:
    return audited_read(store, ctx, action, entity_type, entity_id, lambda c: explanation(c, entity_type, entity_id))


def maybe_explanation(
    conn: Connection, entity_type: str, entity_id: str, translate: Callable[[str], str] | None = None
) -> ExplainView | None:
    """The explanation, or None when the entity has not been assessed (a page then shows no scores)."""
    try:
        return explanation(conn, entity_type, entity_id, translate=translate)
    except assess_queries.NotAssessed:
        return None


#: What ``reach`` starts from besides the policy's contact kinds: the address of an ad.
URL = "url"


def reach(store: Store, ctx: ReadContext, kind: str, value: str, *, action: str, limit: int = 200) -> Reach:
    """The ads a contact selector (phone, e-mail, handle) or an ad's URL leads to, their profiles and networks."""
    if kind != URL and not load_policy().is_contact(kind):
        raise ValueError(f"not a contact kind or an ad URL: {kind!r}")

    def work(c: Connection) -> Reach:
        if kind == URL:
            return link_query.url_reach(c, value, limit=limit)
        return link_query.selector_reach(c, kind, value, limit=limit)

    return audited_read(store, ctx, action, kind, value, work, {"limit": limit})


def profile_contacts(
    store: Store, ctx: ReadContext, profile_id: str, *, action: str
) -> list[tuple[str, str, int]] | None:
    """A profile's contact selectors (policy ``contact_kinds`` only, never furniture) with their ad counts."""
    kinds = tuple(load_policy().contact_kinds)
    return audited_read(
        store, ctx, action, "profile", profile_id, lambda c: link_query.profile_selectors(c, profile_id, kinds)
    )
