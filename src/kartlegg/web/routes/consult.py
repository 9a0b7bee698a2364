"""Pages that consult without disclosing one person: dashboard, map, triage queue, search, outreach list
and the audit log. Each is an audited read through the shared ``Workbench``."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from kartlegg.i18n import N_
from kartlegg.read import activity as read_activity
from kartlegg.read import aggregates, audited_read, load_policy, persons, records
from kartlegg.read import lists as read_lists
from kartlegg.read import views as read_views
from kartlegg.store import audit
from kartlegg.web import auth, geo, queries, textindex
from kartlegg.web.deps import DASHBOARD_TTL, BadRequest, Forbidden, Shared, Workbench
from kartlegg.web.phonequery import phone_candidates

OUTREACH_PAGE = 100
SEARCH_KINDS = {"phone": N_("phone search"), "text": N_("text search"), "alias": N_("alias search")}


def router(w: Workbench) -> APIRouter:
    r = APIRouter()
    User = Annotated[auth.Session, Depends(w.user)]
    map_cache: Shared[str, read_activity.Activity] = Shared(DASHBOARD_TTL)

    @r.get("/", name="dashboard")
    def dashboard(request: Request, sess: User, days: int = 30) -> Response:
        days = min(max(days, 7), 180)

        def work(conn: Connection) -> tuple[read_activity.Dashboard, read_lists.Headline]:
            # Aggregates only: stored after each pipeline run (read.aggregates); when the store changed since,
            # costly over a million ads, so shared by every user for a few minutes.
            return w.dashboard_cache.get(days, lambda: (aggregates.dashboard(conn, days), aggregates.headline(conn)))

        data, headline = w.audited(sess, "consult", "dashboard", "", work, details={"days": days}, mode="aggregate")
        return w.page(request, "dashboard.html", sess, d=data, h=headline, days=days)

    @r.get("/triage", name="triage")
    def triage(
        request: Request, sess: User, level: str = "", city: str = "", offset: int = 0, page: int = 0
    ) -> Response:
        if level not in ("", "profile", "ad"):
            raise BadRequest(N_("Show is profiles, unplaced ads, or both."))
        offset = (page - 1) * read_views.TRIAGE_PAGE if page > 0 else max(offset, 0)
        where = city.strip()[:100] or None
        ctx = w.context(sess, "triage")
        translate = w.gettext(request, sess)
        rows = w.read(
            lambda: read_views.triage(
                w.store, ctx, action="consult", city=where, level=level or None, offset=offset, translate=translate
            )
        )
        ad_ids = [int(r.entity_id) for r in rows if r.entity_type == "ad" and r.entity_id.isdigit()]
        labels = (
            w.read(
                lambda: audited_read(w.store, ctx, "consult", "ads", "triage", lambda c: queries.ad_labels(c, ad_ids))
            )
            if ad_ids
            else {}
        )
        return w.page(
            request,
            "triage.html",
            sess,
            rows=rows,
            labels=labels,
            level=level,
            city=where or "",
            offset=offset,
            page_size=read_views.TRIAGE_PAGE,
        )

    @r.get("/search", name="search")
    def search(request: Request, sess: User, q: str = "", kind: str = "auto", case: str = "") -> Response:
        q = q.strip()[:200]
        if kind not in ("auto", "phone", "text", "alias"):
            raise BadRequest(N_("Search as any, phone, text or alias."))
        if not q:
            return w.page(
                request,
                "search.html",
                sess,
                q="",
                kind=kind,
                case=case,
                hits=None,
                phones=[],
                used="",
                refused="",
                people=[],
            )
        phones = phone_candidates(q) if kind in ("auto", "phone") else []

        def run(conn: Connection) -> tuple[str, list[persons.AdHit]]:
            if phones:
                return "phone", persons.search_selectors(conn, "phone", phones)
            if kind == "phone":
                return "phone", []
            if kind == "alias" or (kind == "auto" and q.startswith("@")):
                return "alias", persons.search_alias(conn, q)
            hits = persons.search_text(conn, q, textindex.search)
            if kind == "auto" and not hits and " " not in q:
                return "alias", persons.search_alias(conn, q)
            return "text", hits

        # Hits show ad titles and text snippets: a disclosure that needs a case reference, as an ad does.
        ctx = w.context(sess, "search", case[:200])
        try:
            used, hits = w.read(lambda: records.search(w.store, ctx, run, {"q": q, "kind": kind, "phones": phones}))
        except Forbidden as exc:
            # The refusal is audited; the form comes back with the query and what is missing.
            return w.page(
                request,
                "search.html",
                sess,
                status=403,
                q=q,
                kind=kind,
                case=case,
                hits=None,
                phones=[],
                used="",
                refused=w.refusal(request, sess, exc),
                people=[],
            )
        # The persons and networks behind the hits, each once, in the order of the hits.
        people = list(dict.fromkeys((h["profile_id"], h.get("network_id")) for h in hits if h.get("profile_id")))
        return w.page(
            request,
            "search.html",
            sess,
            q=q,
            kind=kind,
            case=case,
            hits=hits,
            phones=phones,
            used=SEARCH_KINDS[used],
            refused="",
            people=people,
        )

    @r.get("/map", name="map")
    def activity_map(request: Request, sess: User) -> Response:
        def work(conn: Connection) -> read_activity.Activity:
            # Counts over every current ad (stored after a run, else seconds at a million): shared for a few
            # minutes, as the dashboard's.
            return map_cache.get("all", lambda: aggregates.activity(conn))

        act = w.audited(sess, "consult", "map", "", work, mode="aggregate")
        return w.page(request, "map.html", sess, act=act, m=geo.activity_map(act.cities))

    @r.get("/outreach", name="outreach")
    def outreach(request: Request, sess: User, city: str = "", page: int = 1) -> Response:
        where = city.strip()[:100]
        page = max(page, 1)
        offset = (page - 1) * OUTREACH_PAGE
        ctx = w.context(sess, "outreach", mode="outreach")
        cities: list[tuple[str, int]] = []
        rows = []
        if where:  # a page of the list, and one row more to know whether there is a next page
            rows = w.read(
                lambda: read_views.outreach(
                    w.store, ctx, where, action="consult", limit=OUTREACH_PAGE + 1, offset=offset
                )
            )
        else:
            cities = w.read(lambda: audited_read(w.store, ctx, "consult", "cities", "", queries.outreach_cities))
        fields = load_policy().fields("outreach", ctx.mode)  # what the disclosure policy lets the list show
        return w.page(
            request,
            "outreach.html",
            sess,
            rows=rows[:OUTREACH_PAGE],
            more=len(rows) > OUTREACH_PAGE,
            page=page,
            city=where,
            cities=cities,
            fields=fields,
        )

    @r.get("/audit", name="audit")
    def audit_page(request: Request, sess: User, offset: int = 0, verify: bool = False) -> Response:
        offset = max(offset, 0)

        def work(conn: Connection) -> tuple[list[audit.AuditEntry], audit.VerifyResult | None]:
            # Walking the whole chain grows with the log: only when asked.
            anchor = audit.anchor_for(w.store.settings)
            return audit.entries(conn, limit=100, offset=offset), audit.verify(conn, anchor) if verify else None

        # The log records who read what and why, not the persons: an aggregate-mode read.
        rows, check = w.audited(
            sess, "consult", "audit_log", "", work, details={"offset": offset, "verify": verify}, mode="aggregate"
        )
        return w.page(request, "audit.html", sess, rows=rows, check=check, offset=offset)

    return r
