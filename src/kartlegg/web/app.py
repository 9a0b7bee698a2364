"""The workbench application: FastAPI + Jinja2 + htmx, server-rendered.

Three rules hold for every route:
* access follows the role x route matrix (``data/roles.yaml``); a route missing there is open to no one;
* every look at personal data writes its audit row in the same transaction that reads the data, before
  the data is read: when the audit write fails the request fails (503) and shows nothing (fail-closed);
* every response carries a strict Content-Security-Policy; templates escape everything (ad text is
  attacker-written) and no inline script or style exists.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

import jinja2
import orjson
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Connection, text
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kartlegg.read import AuditUnavailable as ReadAuditUnavailable
from kartlegg.read import ReadContext, Refused, audited_read, load_policy, refuse_audited
from kartlegg.read import views as read_views
from kartlegg.read.policy import Mode
from kartlegg.store import audit
from kartlegg.store.engine import Store
from kartlegg.web import auth, evidence, geo, queries, textindex
from kartlegg.web.phonequery import phone_candidates
from kartlegg.web.roles import matrix

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
LOGIN_CSRF_COOKIE = "kartlegg_login_csrf"
MIN_JUSTIFICATION = 5
DASHBOARD_TTL = 300.0
T = TypeVar("T")


class SecurityHeaders:
    """Pure ASGI middleware: the security headers on every response, error pages and static files too."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_static = str(scope.get("path", "")).startswith("/static/")

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in dict(SECURITY_HEADERS)]
                headers.extend(SECURITY_HEADERS)
                if not is_static:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, wrapped)


class AuditUnavailable(Exception):
    """The audit row could not be written, so the data must not be shown."""


class NotLoggedIn(Exception):
    pass


class Forbidden(Exception):
    pass


class BadRequest(Exception):
    pass


class NotFound(Exception):
    pass


@dataclass(frozen=True, slots=True)
class WebConfig:
    secure_cookies: bool = True

    @property
    def session_cookie(self) -> str:
        # The __Host- prefix makes browsers refuse the cookie unless Secure, host-only and Path=/.
        return "__Host-kartlegg" if self.secure_cookies else "kartlegg_session"


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kartlegg.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["short"] = lambda v, n=16: (str(v)[:n] + "…") if v is not None and len(str(v)) > n else (v or "")
    return env


def create_app(store: Store, config: WebConfig | None = None) -> FastAPI:
    """The ASGI app over one store. ``config.secure_cookies=False`` only for plain-http local use."""
    cfg = config or WebConfig()
    env = _env()
    roles = matrix()
    load_policy()  # validated now: a broken disclosure policy must not wait for the first request
    with store.begin() as conn:
        textindex.ensure(conn)
    app = FastAPI(title="kartlegg", docs_url=None, redoc_url=None, openapi_url=None)
    dashboard_cache: dict[int, tuple[float, queries.Dashboard]] = {}
    static_dir = Path(str(files("kartlegg.web").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static_dir), name="static")

    # ------------------------------------------------------------------ plumbing
    def client_ip(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def session_of(request: Request) -> auth.Session | None:
        token = request.cookies.get(cfg.session_cookie, "")
        if not token:
            return None
        with store.connect() as conn:
            return auth.load_session(conn, token)

    def guard(request: Request) -> auth.Session:
        """The caller's session, checked against the matrix for the matched route."""
        route = request.scope.get("route")
        name = getattr(route, "name", None) or ""
        sess = session_of(request)
        if roles.allowed(name, None):
            raise RuntimeError("guard() on a public route")
        if sess is None:
            raise NotLoggedIn()
        if not roles.allowed(name, sess.user.role):
            refuse_audited(
                store,
                ReadContext(sess.user.name, sess.user.role, name or "route"),
                "route",
                request.url.path[:200],
                f"the {sess.user.role} role has no access to {name or 'this page'}",
            )
            raise Forbidden()
        return sess

    async def check_csrf(request: Request, expected: str) -> dict[str, str]:
        form = await request.form()
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        sent = values.get("csrf") or request.headers.get("x-csrf-token", "")
        if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
            raise BadRequest("the form expired or did not come from this site; reload the page and try again")
        return values

    def audited(
        sess: auth.Session,
        action: str,
        object_type: str,
        object_id: str,
        work: Callable[[Connection], T],
        justification: str = "",
        details: dict[str, Any] | None = None,
        write: bool = False,
        purpose: str | None = None,
        mode: Mode = "full",
    ) -> T:
        """The read layer's audited read with the session's user, role and purpose (no audit row, no data;
        a refusal by the disclosure policy is audited and shown as 403)."""
        ctx = ReadContext(sess.user.name, sess.user.role, purpose or object_type, justification, mode)
        try:
            return audited_read(store, ctx, action, object_type, object_id, work, details, write=write)
        except ReadAuditUnavailable as exc:
            raise AuditUnavailable() from exc
        except Refused as exc:
            raise Forbidden(str(exc)) from exc

    def page(request: Request, template: str, sess: auth.Session | None, status: int = 200, **ctx: Any) -> HTMLResponse:
        allowed = roles.routes_for(sess.user.role) if sess else set()
        body = env.get_template(template).render(
            user=sess.user if sess else None,
            csrf=sess.csrf if sess else "",
            allowed=allowed,
            path=request.url.path,
            **ctx,
        )
        return HTMLResponse(body, status_code=status)

    # ------------------------------------------------------------------ errors
    @app.exception_handler(NotLoggedIn)
    async def _login_needed(request: Request, _exc: NotLoggedIn) -> Response:
        if request.method == "GET":
            resp = RedirectResponse("/login?next=" + request.url.path, status_code=303)
            return resp
        return page(request, "error.html", None, 401, title="Not logged in", message="Log in first.")

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return page(
            request,
            "error.html",
            session_of(request),
            403,
            title="Forbidden",
            message=str(exc) or "Your role does not give access to this page.",
        )

    @app.exception_handler(BadRequest)
    async def _bad(request: Request, exc: BadRequest) -> Response:
        return page(request, "error.html", session_of(request), 400, title="Bad request", message=str(exc))

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return page(request, "error.html", session_of(request), 404, title="Not found", message=str(exc))

    @app.exception_handler(AuditUnavailable)
    async def _audit_down(request: Request, _exc: AuditUnavailable) -> Response:
        return page(
            request,
            "error.html",
            None,
            503,
            title="Audit log unavailable",
            message="The access could not be logged, so nothing is shown. Tell the administrator.",
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return page(request, "error.html", None, exc.status_code, title=str(exc.status_code), message=str(exc.detail))

    @app.exception_handler(Exception)
    async def _crash(request: Request, _exc: Exception) -> Response:
        return page(request, "error.html", None, 500, title="Error", message="The request failed; nothing is shown.")

    # ------------------------------------------------------------------ login
    @app.get("/login", name="login_form")
    def login_form(request: Request, next: str = "/") -> Response:
        token = secrets.token_urlsafe(32)
        resp = page(request, "login.html", None, login_csrf=token, next=_safe_next(next), error="")
        resp.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, secure=cfg.secure_cookies, samesite="strict")
        return resp

    @app.post("/login", name="login")
    async def login(request: Request) -> Response:
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        sent = form.get("csrf", "")
        if not cookie or not hmac.compare_digest(cookie.encode(), sent.encode()):
            raise BadRequest("the login form expired; reload the page and try again")
        username = form.get("username", "").strip()[:64]
        password = form.get("password", "")[:1024]
        ip = client_ip(request)
        nxt = _safe_next(form.get("next", "/"))
        with store.begin() as conn:
            if auth.too_many_failures(conn, username, ip):
                return page(
                    request,
                    "login.html",
                    None,
                    429,
                    login_csrf=cookie,
                    next=nxt,
                    error="Too many failed attempts; wait 15 minutes.",
                )
            user = auth.check_password(conn, username, password, ip)
        if user is None:
            with store.begin() as conn:
                audit.record(
                    conn,
                    actor=username or "(empty)",
                    action="login_failed",
                    object_type="session",
                    details={"ip": ip},
                )
            return page(
                request, "login.html", None, 401, login_csrf=cookie, next=nxt, error="Wrong user name or password."
            )
        with store.begin() as conn:
            audit.record(conn, actor=user.name, action="login", object_type="session", details={"ip": ip})
            token, _sess = auth.create_session(conn, user, ip)
        if nxt == "/" or not roles.allowed(_route_name(app, nxt), user.role):
            nxt = _home(user.role)
        resp = RedirectResponse(nxt, status_code=303)
        resp.set_cookie(
            cfg.session_cookie,
            token,
            httponly=True,
            secure=cfg.secure_cookies,
            samesite="strict",
            max_age=auth.SESSION_HOURS * 3600,
            path="/",
        )
        resp.delete_cookie(LOGIN_CSRF_COOKIE)
        return resp

    @app.post("/logout", name="logout")
    async def logout(request: Request) -> Response:
        sess = guard(request)
        await check_csrf(request, sess.csrf)
        with store.begin() as conn:
            auth.end_session(conn, sess)
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(cfg.session_cookie, path="/", secure=cfg.secure_cookies, httponly=True)
        return resp

    # ------------------------------------------------------------------ pages
    @app.get("/", name="dashboard")
    def dashboard(request: Request, days: int = 30) -> Response:
        sess = guard(request)
        days = min(max(days, 7), 180)

        def work(conn: Connection) -> queries.Dashboard:
            # Aggregates only, and costly over a million ads: shared by every user for a few minutes.
            hit = dashboard_cache.get(days)
            if hit and time.monotonic() - hit[0] < DASHBOARD_TTL:
                return hit[1]
            data = queries.dashboard(conn, days)
            dashboard_cache[days] = (time.monotonic(), data)
            return data

        data = audited(sess, "consult", "dashboard", "", work, details={"days": days}, mode="aggregate")
        return page(request, "dashboard.html", sess, d=data, days=days)

    @app.get("/triage", name="triage")
    def triage(request: Request, level: str = "", city: str = "", offset: int = 0) -> Response:
        sess = guard(request)
        if level not in ("", "profile", "ad"):
            raise BadRequest("level is profile or ad")
        offset = max(offset, 0)
        where = city.strip()[:100] or None
        try:
            rows = read_views.triage(
                store,
                ReadContext(sess.user.name, sess.user.role, "triage"),
                action="consult",
                city=where,
                level=level or None,
                offset=offset,
            )
        except ReadAuditUnavailable as exc:
            raise AuditUnavailable() from exc
        except Refused as exc:
            raise Forbidden(str(exc)) from exc
        return page(
            request,
            "triage.html",
            sess,
            rows=rows,
            level=level,
            city=where or "",
            offset=offset,
            page_size=read_views.TRIAGE_PAGE,
        )

    @app.get("/search", name="search")
    def search(request: Request, q: str = "", kind: str = "auto", case: str = "") -> Response:
        sess = guard(request)
        q = q.strip()[:200]
        if kind not in ("auto", "phone", "text", "alias"):
            raise BadRequest("kind is auto, phone, text or alias")
        if not q:
            return page(request, "search.html", sess, q="", kind=kind, case=case, hits=None, phones=[], used="")
        phones = phone_candidates(q) if kind in ("auto", "phone") else []

        def run(conn: Connection) -> tuple[str, list[queries.AdHit]]:
            if phones:
                return "phone", queries.search_selectors(conn, "phone", phones)
            if kind == "phone":
                return "phone", []
            if kind == "alias" or (kind == "auto" and q.startswith("@")):
                return "alias", queries.search_alias(conn, q)
            hits = queries.search_text(conn, q)
            if kind == "auto" and not hits and " " not in q:
                return "alias", queries.search_alias(conn, q)
            return "text", hits

        used, hits = audited(
            sess, "search", "ads", "", run, justification=case[:200], details={"q": q, "kind": kind, "phones": phones}
        )
        return page(request, "search.html", sess, q=q, kind=kind, case=case, hits=hits, phones=phones, used=used)

    @app.get("/ad/{ad_id}", name="ad")
    def ad(request: Request, ad_id: int) -> Response:
        sess = guard(request)
        return justify_or_show(
            request, sess, "ad", str(ad_id), lambda c: queries.ad_view(c, ad_id), "ad.html", "ad", "ad_text"
        )

    @app.post("/ad/{ad_id}/justify", name="ad_justify")
    async def ad_justify(request: Request, ad_id: int) -> Response:
        return await do_justify(request, guard(request), "ad", str(ad_id))

    @app.get("/ad/{ad_id}/warc", name="ad_warc")
    def ad_warc(request: Request, ad_id: int) -> Response:
        sess = guard(request)
        with store.connect() as conn:
            why = auth.granted(conn, sess, "ad", str(ad_id)) or ""

        def work(conn: Connection) -> bytes | None:
            view = queries.ad_view(conn, ad_id)
            if view is None or view.evidence is None:
                return None
            return evidence.warc_record(store.settings.archive_dir, view.evidence)

        data = audited(sess, "export", "warc_record", str(ad_id), work, justification=why, purpose="evidence")
        if data is None:
            raise NotFound("no WARC record is stored for this ad")
        return Response(
            data,
            media_type="application/warc",
            headers={"content-disposition": f'attachment; filename="ad-{ad_id}.warc"'},
        )

    @app.post("/ad/{ad_id}/erase", name="ad_erase")
    async def ad_erase(request: Request, ad_id: int) -> Response:
        sess = guard(request)
        form = await check_csrf(request, sess.csrf)
        why = form.get("justification", "").strip()
        if len(why) < MIN_JUSTIFICATION:
            raise BadRequest("erasure needs a justification or case reference")
        erased = audited(
            sess, "erase", "ad", str(ad_id), lambda c: _erase_ad(c, ad_id), justification=why[:500], write=True
        )
        if not erased:
            raise NotFound("no such ad")
        return page(
            request, "error.html", sess, title="Erased", message=f"Ad {ad_id} and its extracted data were erased."
        )

    def justify_or_show(
        request: Request,
        sess: auth.Session,
        object_type: str,
        object_id: str,
        show: Callable[[Connection], Any],
        template: str,
        key: str,
        purpose: str,
    ) -> Response:
        with store.connect() as conn:
            why = auth.granted(conn, sess, object_type, object_id)
        if why is None:
            return page(
                request,
                "justify.html",
                sess,
                object_type=object_type,
                object_id=object_id,
                action=f"/{object_type}/{object_id}/justify",
                error="",
            )
        data = audited(sess, "consult", object_type, object_id, show, justification=why, purpose=purpose)
        if data is None:
            raise NotFound(f"no such {object_type}")
        return page(request, template, sess, **{key: data, "why": why})

    async def do_justify(request: Request, sess: auth.Session, object_type: str, object_id: str) -> Response:
        form = await check_csrf(request, sess.csrf)
        why = " ".join(form.get("justification", "").split())[:500]
        if len(why) < MIN_JUSTIFICATION:
            return page(
                request,
                "justify.html",
                sess,
                400,
                object_type=object_type,
                object_id=object_id,
                action=f"/{object_type}/{object_id}/justify",
                error=f"Give a justification or case reference (at least {MIN_JUSTIFICATION} characters).",
            )
        with store.begin() as conn:
            auth.grant(conn, sess, object_type, object_id, why)
        return RedirectResponse(f"/{object_type}/{object_id}", status_code=303)

    @app.get("/profile/{profile_id}", name="profile")
    def profile(request: Request, profile_id: str) -> Response:
        sess = guard(request)

        def show(conn: Connection) -> Any:
            view = queries.profile_view(conn, profile_id)
            if view is None:
                return None
            rows = [(name, n) for name, n in view.cities]
            ex = read_views.maybe_explanation(conn, "profile", profile_id)
            return {"p": view, "map": geo.activity_map(rows, 360.0), "ex": ex}

        return justify_or_show(request, sess, "profile", profile_id, show, "profile.html", "v", "profile")

    @app.post("/profile/{profile_id}/justify", name="profile_justify")
    async def profile_justify(request: Request, profile_id: str) -> Response:
        return await do_justify(request, guard(request), "profile", profile_id)

    @app.get("/profile/{profile_id}/export.json", name="profile_export")
    def profile_export(request: Request, profile_id: str) -> Response:
        sess = guard(request)
        with store.connect() as conn:
            why = auth.granted(conn, sess, "profile", profile_id) or ""
        view = audited(
            sess,
            "export",
            "profile",
            profile_id,
            lambda c: queries.profile_view(c, profile_id),
            justification=why,
            details={"format": "json"},
            purpose="export",
        )
        if view is None:
            raise NotFound("no such profile")
        body = orjson.dumps(view, default=_jsonable, option=orjson.OPT_INDENT_2)
        return Response(
            body,
            media_type="application/json",
            headers={"content-disposition": f'attachment; filename="profile-{profile_id[:40]}.json"'},
        )

    @app.get("/network/{network_id}", name="network")
    def network(request: Request, network_id: str) -> Response:
        sess = guard(request)
        return justify_or_show(
            request,
            sess,
            "network",
            network_id,
            lambda c: queries.network_view(c, network_id),
            "network.html",
            "n",
            "graph",
        )

    @app.post("/network/{network_id}/justify", name="network_justify")
    async def network_justify(request: Request, network_id: str) -> Response:
        return await do_justify(request, guard(request), "network", network_id)

    @app.get("/map", name="map")
    def activity_map(request: Request) -> Response:
        sess = guard(request)
        act = audited(sess, "consult", "map", "", queries.activity, mode="aggregate")
        return page(request, "map.html", sess, act=act, m=geo.activity_map(act.cities))

    @app.get("/outreach", name="outreach")
    def outreach(request: Request, city: str = "") -> Response:
        sess = guard(request)
        where = city.strip()[:100]
        ctx = ReadContext(sess.user.name, sess.user.role, "outreach", mode="outreach")
        try:
            if where:
                rows = read_views.outreach(store, ctx, where, action="consult")
                cities: list[tuple[str, int]] = []
            else:
                rows = []
                cities = audited_read(store, ctx, "consult", "cities", "", queries.ad_cities)
        except ReadAuditUnavailable as exc:
            raise AuditUnavailable() from exc
        except Refused as exc:
            raise Forbidden(str(exc)) from exc
        return page(request, "outreach.html", sess, rows=rows, city=where, cities=cities)

    @app.get("/audit", name="audit")
    def audit_page(request: Request, offset: int = 0, verify: bool = False) -> Response:
        sess = guard(request)
        offset = max(offset, 0)

        def work(conn: Connection) -> tuple[list[audit.AuditEntry], audit.VerifyResult | None]:
            # Walking the whole chain grows with the log: only when asked.
            return audit.entries(conn, limit=100, offset=offset), audit.verify(conn) if verify else None

        # The log records who read what and why, not the persons: an aggregate-mode read.
        rows, check = audited(
            sess, "consult", "audit_log", "", work, details={"offset": offset, "verify": verify}, mode="aggregate"
        )
        return page(request, "audit.html", sess, rows=rows, check=check, offset=offset)

    app.add_middleware(SecurityHeaders)
    return app


def _erase_ad(conn: Connection, ad_id: int) -> bool:
    """Erase one ad and everything extracted from it (the evidence page stays, as the law on evidence asks)."""
    if conn.execute(text("SELECT 1 FROM ads WHERE id = :a"), {"a": ad_id}).first() is None:
        return False
    p = {"a": ad_id}
    textindex.forget_ad(conn, ad_id)
    for table in ("ad_selectors", "ad_extractions", "ad_images", "profile_ads"):
        conn.execute(text(f"DELETE FROM {table} WHERE ad_id = :a"), p)
    conn.execute(text("DELETE FROM indicators WHERE entity_type = 'ad' AND entity_id = :s"), {"s": str(ad_id)})
    conn.execute(text("DELETE FROM scores WHERE entity_type = 'ad' AND entity_id = :s"), {"s": str(ad_id)})
    conn.execute(text("DELETE FROM ad_versions WHERE ad_id = :a"), p)
    conn.execute(text("DELETE FROM ads WHERE id = :a"), p)
    return True


def _jsonable(obj: Any) -> Any:
    if hasattr(obj, "__dataclass_fields__"):
        return {k: getattr(obj, k) for k in obj.__dataclass_fields__}
    raise TypeError


def _safe_next(nxt: str) -> str:
    """Only a local path: never an open redirect to another site."""
    if not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt or len(nxt) > 300:
        return "/"
    return nxt


def _route_name(app: FastAPI, path: str) -> str:
    from starlette.routing import Match

    scope = {"type": "http", "path": path, "method": "GET"}
    for route in app.router.routes:
        match, _ = route.matches(scope)
        if match == Match.FULL:
            return str(getattr(route, "name", ""))
    return ""


def _home(role: str) -> str:
    return {"outreach": "/outreach", "auditor": "/audit"}.get(role, "/")
