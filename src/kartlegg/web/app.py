"""The workbench application: FastAPI + Jinja2 + htmx, server-rendered.

Three rules hold for every route:
* access follows the role x route matrix (``data/roles.yaml``); a route missing there is open to no one;
* every look at personal data goes through the read layer (``kartlegg.read``): the disclosure policy is
  checked, the audit row is written before the data is read, and when the audit write fails the request
  fails (503) and shows nothing (fail-closed); refusals (403) are audited too;
* every response carries a strict Content-Security-Policy; templates escape everything (ad text is
  attacker-written) and no inline script or style exists.

The routes live in routers (``web/routes/``: session, consult, persons, lists, stats, ops, disclose) over one
shared ``deps.Workbench``
(store, templates, role matrix) whose ``user`` dependency gives each route its checked session.
"""

from __future__ import annotations

import gc
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kartlegg import i18n
from kartlegg.i18n import N_
from kartlegg.read import load_policy
from kartlegg.store.engine import Store
from kartlegg.web import textindex
from kartlegg.web.deps import (
    MIN_JUSTIFICATION,
    AuditUnavailable,
    BadRequest,
    Forbidden,
    NotFound,
    NotLoggedIn,
    WebConfig,
    Workbench,
)
from kartlegg.web.headers import extra_security_headers
from kartlegg.web.roles import matrix
from kartlegg.web.routes import consult, disclose, lists, ops, persons, session, stats

__all__ = [
    "MIN_JUSTIFICATION",
    "AuditUnavailable",
    "BadRequest",
    "Forbidden",
    "NotFound",
    "NotLoggedIn",
    "WebConfig",
    "create_app",
    "prepare_to_serve",
]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """Pure ASGI middleware: the security headers on every response, error pages and static files too."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [*SECURITY_HEADERS, *extra_security_headers()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_static = str(scope.get("path", "")).startswith("/static/")

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in dict(self.headers)]
                headers.extend(self.headers)
                if not is_static:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, wrapped)


def create_app(store: Store, config: WebConfig | None = None) -> FastAPI:
    """The ASGI app over one store. ``config.secure_cookies=False`` only for plain-http local use."""
    load_policy()  # validated now: a broken disclosure policy must not wait for the first request
    w = Workbench(store, config or WebConfig(), matrix())
    textindex.prepare(store.engine)
    app = FastAPI(title="kartlegg", docs_url=None, redoc_url=None, openapi_url=None)
    static_dir = Path(str(files("kartlegg.web").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static_dir), name="static")
    for module in (session, consult, persons, lists, stats, ops, disclose):
        # The routes themselves, not a nested router: route names stay flat for the role matrix.
        for route in module.router(w).routes:
            app.router.routes.append(route)
    _errors(app, w)
    app.add_middleware(SecurityHeaders)
    app.state.workbench = w
    return app


def prepare_to_serve(app: FastAPI) -> None:
    """Before a server's first request: compile every template in every language, load each locale's data,
    then move all of it (and the rest of start-up) out of the garbage collector's sight (``gc.freeze``).

    Without it the first page of each kind compiled its template while the user waited, and every few
    dozen requests a full collection walked ~190,000 start-up objects that never die: a pause of tens of
    milliseconds (more under load) landing on whichever page was being served, i.e. on the p95.
    """
    w: Workbench = app.state.workbench
    for lang, e in w.envs.items():
        for name in e.list_templates(filter_func=lambda n: n.endswith(".html")):
            e.get_template(name)
        i18n.format_number(1234.5, lang, 1)
        i18n.format_datetime("2026-01-02T03:04:05", lang)
        i18n.format_month("2026-01-02", lang)
    gc.collect()
    gc.freeze()


def _errors(app: FastAPI, w: Workbench) -> None:
    def error(request: Request, status: int, title: str, message: str, with_session: bool = True) -> Response:
        """The error page in the reader's language; navigation kept when the session is known (the handlers
        run it in a worker thread: the session lookup must not block the event loop)."""
        sess = w.session_of(request) if with_session else None
        t = w.gettext(request, sess)
        return w.page(request, "error.html", sess, status, title=t(title), message=t(message))

    @app.exception_handler(NotLoggedIn)
    async def _login_needed(request: Request, _exc: NotLoggedIn) -> Response:
        if request.method == "GET":
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)
        return await run_in_threadpool(
            lambda: error(request, 401, N_("Not logged in"), N_("Log in first."), with_session=False)
        )

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        if exc.msg:  # the read layer's refusal, in the reader's language
            return await run_in_threadpool(
                lambda: error(request, 403, N_("Forbidden"), w.refusal(request, w.session_of(request), exc))
            )
        return await run_in_threadpool(
            lambda: error(request, 403, N_("Forbidden"), str(exc) or N_("Your role does not give access to this page."))
        )

    @app.exception_handler(BadRequest)
    async def _bad(request: Request, exc: BadRequest) -> Response:
        return await run_in_threadpool(lambda: error(request, 400, N_("Bad request"), str(exc)))

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return await run_in_threadpool(lambda: error(request, 404, N_("Not found"), str(exc)))

    @app.exception_handler(AuditUnavailable)
    async def _audit_down(request: Request, _exc: AuditUnavailable) -> Response:
        return await run_in_threadpool(
            lambda: error(
                request,
                503,
                N_("Audit log unavailable"),
                N_("The access could not be logged, so nothing is shown. Tell the administrator."),
                with_session=False,
            )
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return await run_in_threadpool(lambda: error(request, 404, N_("Not found"), N_("There is no such page.")))
        return await run_in_threadpool(lambda: error(request, exc.status_code, str(exc.status_code), str(exc.detail)))

    @app.exception_handler(Exception)
    async def _crash(request: Request, _exc: Exception) -> Response:
        return await run_in_threadpool(
            lambda: error(request, 500, N_("Error"), N_("The request failed; nothing is shown."), with_session=False)
        )
