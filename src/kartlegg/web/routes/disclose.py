"""Exports and reports from the workbench: the form asks for the format, the scope, the recipient and the
justification; the download is written by the report stage's ``service`` (the functions behind
``kartlegg export`` and ``kartlegg report``), which checks the disclosure policy with the user's role and
records the disclosure before a byte is written. A role that may not read in full mode gets pseudonymised
output only."""

import shutil
import tempfile
from collections.abc import Collection
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from kartlegg.i18n import N_
from kartlegg.read import lists as read_lists
from kartlegg.read import load_policy
from kartlegg.report.html import KINDS as REPORT_KINDS
from kartlegg.report.pdf import PdfError
from kartlegg.report.query import Scope
from kartlegg.report.service import EXPORT_KINDS, FOLDER_OUTPUTS, DisclosureError
from kartlegg.report.service import Request as DisclosureRequest
from kartlegg.report.service import export as run_export
from kartlegg.report.service import report as run_report
from kartlegg.web import auth
from kartlegg.web.deps import BadRequest, Workbench

MEDIA = {
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "graphml": "application/xml",
    "gexf": "application/xml",
    "ftm": "application/x-ndjson",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "zip": "application/zip",
}
EXTENSION = {"ftm": "ftm.json"}


def must_pseudonymise(role: str) -> bool:
    """A role the disclosure policy does not let read in full mode discloses pseudonymised only."""
    return not load_policy().allows(role, "full")


def scope_of(form: dict[str, str]) -> Scope:
    try:
        frm, to = read_lists.valid_day(form.get("from")), read_lists.valid_day(form.get("to"))
    except ValueError as exc:
        raise BadRequest(N_("Give days as YYYY-MM-DD, for example 2026-03-01.")) from exc
    risk = None
    if form.get("min_risk", "").strip():
        try:
            risk = float(form["min_risk"])
        except ValueError as exc:
            raise BadRequest(N_("The lowest risk is a number from 0 to 100.")) from exc
    return Scope(
        form.get("network", "").strip()[:100] or None,
        form.get("profile", "").strip()[:100] or None,
        form.get("city", "").strip()[:100] or None,
        frm,
        to,
        risk,
    )


def download(path: Path, name: str, fmt: str) -> Response:
    return Response(
        path.read_bytes(),
        media_type=MEDIA.get(fmt, "application/octet-stream"),
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


def router(w: Workbench) -> APIRouter:
    r = APIRouter()
    User = Annotated[auth.Session, Depends(w.user)]

    def disclosure(sess: auth.Session, form: dict[str, str]) -> DisclosureRequest:
        pseudo = form.get("pseudonymise") == "1" or must_pseudonymise(sess.user.role)
        return DisclosureRequest(
            sess.user.name,
            " ".join(form.get("reason", "").split())[:500],
            " ".join(form.get("recipient", "").split())[:200],
            pseudo,
            role=sess.user.role,
        )

    def form_page(
        request: Request,
        sess: auth.Session,
        template: str,
        kinds: Collection[str],
        values: dict[str, str] | None = None,
        error: str = "",
    ) -> Response:
        """The export or report form: empty, or again with the user's values and what was wrong (400)."""
        return w.page(
            request,
            template,
            sess,
            400 if error else 200,
            kinds=kinds,
            forced=must_pseudonymise(sess.user.role),
            values=values or {},
            error=error,
        )

    @r.get("/exports", name="exports")
    def exports(request: Request, sess: User) -> Response:
        return form_page(request, sess, "exports.html", EXPORT_KINDS)

    @r.post("/exports", name="export_download")
    async def export_download(request: Request, sess: User) -> Response:
        form = await w.check_csrf(request, sess.csrf)
        return await run_in_threadpool(exported, request, sess, form)  # an export can take minutes

    def exported(request: Request, sess: auth.Session, form: dict[str, str]) -> Response:
        what = form.get("what", "")
        fmt = form.get("format", "") or EXPORT_KINDS.get(what, ("",))[0]
        req = disclosure(sess, form)
        with tempfile.TemporaryDirectory(prefix="kartlegg-export-") as tmp:
            folder = (what, fmt) in FOLDER_OUTPUTS
            out = Path(tmp) / ("out" if folder else "export")
            try:
                run_export(w.store, what, fmt, scope_of(form), str(out), req)
            except DisclosureError as exc:
                return form_page(request, sess, "exports.html", EXPORT_KINDS, form, w.refusal(request, sess, exc))
            if folder:
                archive = shutil.make_archive(str(Path(tmp) / "export"), "zip", out)
                return download(Path(archive), f"kartlegg-{what}-{fmt}.zip", "zip")
            return download(out, f"kartlegg-{what}.{EXTENSION.get(fmt, fmt)}", fmt)

    @r.get("/reports", name="reports")
    def reports(request: Request, sess: User) -> Response:
        return form_page(request, sess, "reports.html", REPORT_KINDS)

    @r.post("/reports", name="report_download")
    async def report_download(request: Request, sess: User) -> Response:
        form = await w.check_csrf(request, sess.csrf)
        return await run_in_threadpool(reported, request, sess, form)

    def reported(request: Request, sess: auth.Session, form: dict[str, str]) -> Response:
        kind, fmt = form.get("kind", ""), form.get("format", "html")
        subject = form.get("subject", "").strip()[:100]
        req = disclosure(sess, form)
        t = w.gettext(request, sess)

        def again(message: str) -> Response:
            return form_page(request, sess, "reports.html", REPORT_KINDS, form, message)

        if kind in ("profile", "network") and not subject:
            return again(t(N_("Give the id of the profile or network.")))
        with tempfile.TemporaryDirectory(prefix="kartlegg-report-") as tmp:
            out = Path(tmp) / f"report.{fmt}"
            try:
                run_report(w.store, kind, subject, scope_of(form), fmt, out, req)
            except DisclosureError as exc:
                return again(w.refusal(request, sess, exc))
            except PdfError as exc:
                return again(t(N_("The PDF could not be made:")) + f" {exc}")
            return download(out, f"kartlegg-{kind}-report.{fmt}", fmt)

    return r
