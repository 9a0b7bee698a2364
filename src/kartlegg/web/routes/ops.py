"""The operations registry: list, add, edit and CSV/JSONL import, through the ops stage's registry (the
functions behind ``kartlegg ops``), each change audited there with the user's name and reason."""

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from kartlegg.i18n import N_
from kartlegg.ops import registry
from kartlegg.ops.codes import KINDS, TARGET_KINDS
from kartlegg.ops.model import Operation, format_outcome, format_target, parse_outcome, parse_target
from kartlegg.web import auth
from kartlegg.web.deps import MIN_JUSTIFICATION, BadRequest, NotFound, Workbench

#: an upload larger than this is refused before it is read (the registry's own limit is larger)
MAX_UPLOAD = 5_000_000
FIELDS = ("name", "unit", "district", "country", "kind", "started_on", "ended_on", "notes")


def operation_from_form(form: dict[str, str]) -> Operation:
    """The form as an Operation; ``ValueError`` says in the user's words what is wrong."""
    data: dict[str, Any] = {k: (form.get(k, "").strip() or None) for k in FIELDS}
    data["notes"] = form.get("notes", "").strip()[:5000]
    data["country"] = (data["country"] or "").upper() or None
    lines = [ln.strip() for ln in form.get("outcomes", "").splitlines() if ln.strip()]
    data["outcomes"] = [parse_outcome(ln) for ln in lines[:200]]
    lines = [ln.strip() for ln in form.get("targets", "").splitlines() if ln.strip()]
    data["targets"] = [parse_target(ln) for ln in lines[:200]]
    try:
        return Operation.model_validate(data)
    except ValidationError as exc:
        raise ValueError(registry._error(exc)) from exc


def form_of(op: Operation) -> dict[str, str]:
    values = {k: "" if getattr(op, k) is None else str(getattr(op, k)) for k in FIELDS}
    values["outcomes"] = "\n".join(format_outcome(o) for o in op.outcomes)
    values["targets"] = "\n".join(format_target(t) for t in op.targets)
    return values


def router(w: Workbench) -> APIRouter:
    r = APIRouter()
    User = Annotated[auth.Session, Depends(w.user)]

    def edit_page(
        request: Request, sess: auth.Session, values: dict[str, str], op_id: int | None, error: str = ""
    ) -> Response:
        return w.page(
            request,
            "ops_edit.html",
            sess,
            400 if error else 200,
            values=values,
            op_id=op_id,
            error=error,
            kinds=KINDS,
            target_kinds=TARGET_KINDS,
        )

    @r.get("/ops", name="ops")
    def ops_list(request: Request, sess: User, country: str = "", district: str = "", year: str = "") -> Response:
        country, district = country.strip().upper()[:2], district.strip()[:100]
        if year and not (year.isdigit() and len(year) == 4):
            raise BadRequest(N_("The year has four digits, for example 2025."))
        rows = w.audited(
            sess,
            "consult",
            "operations",
            "*",
            lambda c: registry.list_operations(
                c, country=country or None, district=district or None, year=int(year) if year else None
            ),
            details={"country": country, "district": district, "year": year},
            purpose="operations",
            mode="aggregate",
        )
        return w.page(request, "ops.html", sess, rows=rows, country=country, district=district, year=year)

    @r.get("/ops/new", name="ops_new")
    def ops_new(request: Request, sess: User) -> Response:
        return edit_page(request, sess, {}, None)

    async def save(request: Request, sess: auth.Session, op_id: int | None) -> Response:
        form = await w.check_csrf(request, sess.csrf)
        return await run_in_threadpool(saved, request, sess, op_id, form)

    def saved(request: Request, sess: auth.Session, op_id: int | None, form: dict[str, str]) -> Response:
        t = w.gettext(request, sess)
        reason = " ".join(form.get("reason", "").split())[:500]
        if len(reason) < MIN_JUSTIFICATION:
            return edit_page(
                request, sess, form, op_id, t(N_("Give a reason or decision reference (at least 5 characters)."))
            )
        try:
            op = operation_from_form(form)
        except ValueError as exc:
            return edit_page(request, sess, form, op_id, str(exc))
        if op_id is None:
            registry.add_operation(w.store, op, actor=sess.user.name, reason=reason)
        elif not registry.update_operation(w.store, op_id, op, actor=sess.user.name, reason=reason):
            raise NotFound(N_("There is no such operation."))
        return RedirectResponse("/ops", status_code=303)

    @r.post("/ops/new", name="ops_add")
    async def ops_add(request: Request, sess: User) -> Response:
        return await save(request, sess, None)

    @r.get("/ops/{op_id}", name="ops_edit")
    def ops_edit(request: Request, sess: User, op_id: int) -> Response:
        found = w.audited(
            sess,
            "consult",
            "operation",
            str(op_id),
            lambda c: registry.get_operation(c, op_id),
            purpose="operations",
            mode="aggregate",
        )
        if found is None:
            raise NotFound(N_("There is no such operation."))
        return edit_page(request, sess, form_of(found.op), op_id)

    @r.post("/ops/{op_id}", name="ops_save")
    async def ops_save(request: Request, sess: User, op_id: int) -> Response:
        return await save(request, sess, op_id)

    @r.post("/ops-import", name="ops_import")
    async def ops_import(request: Request, sess: User) -> Response:
        form = await request.form()
        await w.check_csrf(request, sess.csrf)
        upload = form.get("file")
        reason = " ".join(str(form.get("reason", "")).split())[:500]
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise BadRequest(N_("Choose a CSV or JSONL file to import."))
        suffix = Path(upload.filename).suffix.lower()
        if suffix not in (".csv", ".jsonl"):
            raise BadRequest(N_("Import a .csv or .jsonl file."))
        if len(reason) < MIN_JUSTIFICATION:
            raise BadRequest(N_("Give a reason or decision reference (at least 5 characters)."))
        data = await upload.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise BadRequest(N_("The file is larger than 5 MB."))
        return await run_in_threadpool(imported, request, sess, upload.filename, suffix, data, reason)

    def imported(
        request: Request, sess: auth.Session, filename: str, suffix: str, data: bytes, reason: str
    ) -> Response:
        t = w.gettext(request, sess)
        with tempfile.TemporaryDirectory(prefix="kartlegg-ops-") as tmp:
            path = Path(tmp) / f"upload{suffix}"
            path.write_bytes(data)
            try:
                res = registry.import_records(w.store, path, actor=sess.user.name, reason=reason)
            except (ValueError, UnicodeDecodeError) as exc:
                raise BadRequest(t(N_("The file could not be read:")) + f" {exc}") from exc
        return w.page(request, "ops_imported.html", sess, res=res, name=filename[:100])

    return r
