"""Logging in and out. Failed logins are audited (the user name as typed and the client address)."""

import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.routing import Match

from kartlegg import i18n
from kartlegg.i18n import N_
from kartlegg.store import audit
from kartlegg.web import auth
from kartlegg.web.deps import BadRequest, Workbench, home_page

LOGIN_CSRF_COOKIE = "kartlegg_login_csrf"


def router(w: Workbench) -> APIRouter:
    r = APIRouter()

    @r.get("/login", name="login_form")
    def login_form(request: Request, next: str = "/") -> Response:
        token = secrets.token_urlsafe(32)
        resp = w.page(request, "login.html", None, login_csrf=token, next=safe_next(next), error="")
        resp.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, secure=w.cfg.secure_cookies, samesite="strict")
        return resp

    @r.post("/login", name="login")
    async def login(request: Request) -> Response:
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        sent = form.get("csrf", "")
        if not cookie or not hmac.compare_digest(cookie.encode(), sent.encode()):
            raise BadRequest(N_("The login form expired; reload the page and try again."))
        # Password hashing (argon2, deliberately slow) and the session's writes block: run them in a worker
        # thread, not on the event loop every other user's page goes through.
        return await run_in_threadpool(checked, request, form, cookie)

    def checked(request: Request, form: dict[str, str], cookie: str) -> Response:
        username = form.get("username", "").strip()[:64]
        password = form.get("password", "")[:1024]
        ip = w.client_ip(request)
        nxt = safe_next(form.get("next", "/"))
        with w.store.begin() as conn:
            if auth.too_many_failures(conn, username, ip):
                return w.page(
                    request,
                    "login.html",
                    None,
                    429,
                    login_csrf=cookie,
                    next=nxt,
                    error=w.gettext(request, None)(
                        N_("Too many failed attempts from here; wait a little and try again.")
                    ),
                )
            user = auth.check_password(conn, username, password, ip)
        if user is None:
            with w.store.begin() as conn:
                audit.record(
                    conn, actor=username or "(empty)", action="login_failed", object_type="session", details={"ip": ip}
                )
            return w.page(
                request,
                "login.html",
                None,
                401,
                login_csrf=cookie,
                next=nxt,
                error=w.gettext(request, None)(N_("Wrong user name or password.")),
            )
        with w.store.begin() as conn:
            audit.record(conn, actor=user.name, action="login", object_type="session", details={"ip": ip})
            token, _sess = auth.create_session(conn, user, ip)
        if nxt == "/" or not w.roles.allowed(route_name(request, nxt), user.role):
            nxt = home_page(w.roles.routes_for(user.role))
        resp = RedirectResponse(nxt, status_code=303)
        resp.set_cookie(
            w.cfg.session_cookie,
            token,
            httponly=True,
            secure=w.cfg.secure_cookies,
            samesite="strict",
            max_age=auth.SESSION_HOURS * 3600,
            path="/",
        )
        resp.delete_cookie(LOGIN_CSRF_COOKIE)
        return resp

    @r.post("/logout", name="logout")
    async def logout(request: Request, sess: Annotated[auth.Session, Depends(w.user)]) -> Response:
        await w.check_csrf(request, sess.csrf)
        await run_in_threadpool(w.write, lambda conn: auth.end_session(conn, sess))
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(w.cfg.session_cookie, path="/", secure=w.cfg.secure_cookies, httponly=True)
        return resp

    @r.post("/language", name="language")
    async def language(request: Request, sess: Annotated[auth.Session, Depends(w.user)]) -> Response:
        """The user's workbench language, kept with the account ("" follows the browser again)."""
        form = await w.check_csrf(request, sess.csrf)
        chosen = i18n.language_of(form.get("language", ""))
        if form.get("language") and chosen is None:
            raise BadRequest(N_("Choose one of the offered languages."))
        await run_in_threadpool(w.write, lambda conn: auth.set_language(conn, sess.user, chosen))
        return RedirectResponse(safe_next(form.get("next", "/")), status_code=303)

    return r


def safe_next(nxt: str) -> str:
    """Only a local path: never an open redirect to another site."""
    if not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt or len(nxt) > 300:
        return "/"
    return nxt


def route_name(request: Request, path: str) -> str:
    scope = {"type": "http", "path": path.split("?", 1)[0], "method": "GET"}
    for route in request.app.router.routes:
        match, _ = route.matches(scope)
        if match == Match.FULL:
            return str(getattr(route, "name", ""))
    return ""
