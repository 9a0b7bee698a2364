"""Pages that disclose one person or ad: an ad's text and its WARC record, a profile and its export, a
network graph. Each needs a justification first (the disclosure policy's purposes ``ad_text``,
``evidence``, ``profile``, ``export``, ``graph``); without one the read is refused and the refusal audited."""

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from kartlegg import i18n
from kartlegg.lifecycle.erase import EraseError, UnknownTarget, erase
from kartlegg.read import records
from kartlegg.web import auth, evidence, geo
from kartlegg.web.deps import MIN_JUSTIFICATION, BadRequest, NotFound, Workbench

TIMELINE_PAGE = 50


def router(w: Workbench) -> APIRouter:
    r = APIRouter()
    User = Annotated[auth.Session, Depends(w.user)]

    def granted(sess: auth.Session, object_type: str, object_id: str) -> str:
        with w.store.reading() as conn:
            return auth.granted(conn, sess, object_type, object_id) or ""

    @r.get("/ad/{ad_id}", name="ad")
    def ad(request: Request, sess: User, ad_id: int) -> Response:
        return w.justify_or_show(
            request,
            sess,
            "ad",
            str(ad_id),
            lambda ctx: records.ad(w.store, ctx, ad_id, action="consult"),
            "ad.html",
            "ad_text",
        )

    @r.post("/ad/{ad_id}/justify", name="ad_justify")
    async def ad_justify(request: Request, sess: User, ad_id: int) -> Response:
        return await w.do_justify(request, sess, "ad", str(ad_id))

    @r.get("/ad/{ad_id}/warc", name="ad_warc")
    def ad_warc(request: Request, sess: User, ad_id: int) -> Response:
        ctx = w.context(sess, "evidence", granted(sess, "ad", str(ad_id)))
        archive = w.store.settings.archive_dir
        data = w.read(lambda: records.evidence(w.store, ctx, ad_id, lambda ev: evidence.warc_record(archive, ev)))
        if data is None:
            raise NotFound("no WARC record is stored for this ad")
        return Response(
            data,
            media_type="application/warc",
            headers={"content-disposition": f'attachment; filename="ad-{ad_id}.warc"'},
        )

    @r.post("/ad/{ad_id}/erase", name="ad_erase")
    async def ad_erase(request: Request, sess: User, ad_id: int) -> Response:
        form = await w.check_csrf(request, sess.csrf)
        return await run_in_threadpool(erased, request, sess, ad_id, form)

    def erased(request: Request, sess: auth.Session, ad_id: int, form: dict[str, str]) -> Response:
        why = form.get("justification", "").strip()
        if len(why) < MIN_JUSTIFICATION:
            raise BadRequest("erasure needs a justification or case reference")
        try:
            erase(w.store, "ad", str(ad_id), reason=why[:500], actor=sess.user.name)
        except UnknownTarget as exc:
            raise NotFound("no such ad") from exc
        except EraseError as exc:
            raise BadRequest(str(exc)) from exc
        return w.page(
            request,
            "error.html",
            sess,
            title="Erased",
            message=f"Ad {ad_id} was erased everywhere: its versions, extracted data, links, scores, search index "
            "and archived pages. A re-import will not bring it back.",
        )

    @r.get("/profile/{profile_id}", name="profile")
    def profile(request: Request, sess: User, profile_id: str, page: int = 1) -> Response:
        page = max(page, 1)
        lang = w.language(request, sess)

        def extra(rec: records.Record) -> dict[str, Any]:
            # A long profile: the timeline first, a page at a time, grouped by month.
            timeline = rec.get("timeline", [])
            months: dict[str, list[Any]] = {}
            for t in timeline[(page - 1) * TIMELINE_PAGE : page * TIMELINE_PAGE]:
                months.setdefault(i18n.format_month(t["posted_at"], lang), []).append(t)
            rows = [(c["city"], c["ads"]) for c in rec.get("cities", [])]
            return {
                "map": geo.activity_map(rows, 360.0),
                "months": list(months.items()),
                "pages": (page, len(timeline) > page * TIMELINE_PAGE),
            }

        return w.justify_or_show(
            request,
            sess,
            "profile",
            profile_id,
            lambda ctx: records.profile(w.store, ctx, profile_id, action="consult", translate=i18n.gettext_for(lang)),
            "profile.html",
            "profile",
            extra,
        )

    @r.post("/profile/{profile_id}/justify", name="profile_justify")
    async def profile_justify(request: Request, sess: User, profile_id: str) -> Response:
        return await w.do_justify(request, sess, "profile", profile_id)

    @r.get("/profile/{profile_id}/export.json", name="profile_export")
    def profile_export(request: Request, sess: User, profile_id: str) -> Response:
        ctx = w.context(sess, "export", granted(sess, "profile", profile_id))
        rec = w.read(lambda: records.profile(w.store, ctx, profile_id, action="export"))
        if rec is None:
            raise NotFound("no such profile")
        return Response(
            orjson.dumps(rec, option=orjson.OPT_INDENT_2),
            media_type="application/json",
            headers={"content-disposition": f'attachment; filename="profile-{profile_id[:40]}.json"'},
        )

    @r.get("/network/{network_id}", name="network")
    def network(request: Request, sess: User, network_id: str) -> Response:
        return w.justify_or_show(
            request,
            sess,
            "network",
            network_id,
            lambda ctx: records.network(w.store, ctx, network_id, action="consult"),
            "network.html",
            "graph",
        )

    @r.post("/network/{network_id}/justify", name="network_justify")
    async def network_justify(request: Request, sess: User, network_id: str) -> Response:
        return await w.do_justify(request, sess, "network", network_id)

    return r
