"""What every router of the workbench shares: the store, the templates, the role matrix, and the request
plumbing (session, role guard, CSRF, the read layer's audited reads, justification forms, pages).

``Workbench.user`` is the FastAPI dependency every protected route declares: it resolves the session and
checks the role matrix for the matched route (a refusal is audited); ``Workbench.audited`` runs a read
through ``kartlegg.read`` with that user's role, the route's purpose and disclosure mode.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from kartlegg import i18n
from kartlegg.i18n import N_
from kartlegg.read import AuditUnavailable as ReadAuditUnavailable
from kartlegg.read import ReadContext, Refused, audited_read, refuse_audited
from kartlegg.read.activity import Dashboard
from kartlegg.read.lists import Headline
from kartlegg.read.policy import Mode
from kartlegg.store.engine import Store
from kartlegg.web import auth
from kartlegg.web.roles import RoleMatrix

MIN_JUSTIFICATION = 5
#: seconds a dashboard, statistics or map result is shared by every user
DASHBOARD_TTL = 300.0
T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


class Shared(Generic[K, T]):
    """Results over every ad (dashboard, statistics, map) shared by every user for ``ttl`` seconds.

    When a result has expired, the first request computes it again and the others are served the previous
    one meanwhile, instead of each computing it at once: after an ingest the stored aggregates no longer
    match the store and one computation takes seconds at 100,000 ads; 20 users asking together made ~10
    of them at once on 2 cores (statistics up to 16 s, map 6 s, benchmarks/web_load.py). A result is thus
    at most ``ttl`` plus one computation old, as before at most ``ttl``. With no result yet, every request
    computes (the first view after a start).
    """

    def __init__(self, ttl: float, max_keys: int = 200) -> None:
        self.ttl, self.max_keys = ttl, max_keys
        self._items: dict[K, tuple[float, T]] = {}
        self._refreshing: set[K] = set()
        self._lock = threading.Lock()

    def get(self, key: K, compute: Callable[[], T]) -> T:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and (time.monotonic() - hit[0] < self.ttl or key in self._refreshing):
                return hit[1]
            self._refreshing.add(key)
        try:
            value = compute()
        finally:
            with self._lock:
                self._refreshing.discard(key)
        with self._lock:
            if len(self._items) >= self.max_keys and key not in self._items:
                self._items.clear()
            self._items[key] = (time.monotonic(), value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class AuditUnavailable(Exception):
    """The audit row could not be written, so the data must not be shown."""


class NotLoggedIn(Exception):
    pass


class Forbidden(Exception):
    """403: the role may not use the route, or the disclosure policy refused the read (message shown:
    ``msg % params`` in the reader's language when the refusal gave its message id)."""

    def __init__(self, message: str = "", msg: str = "", params: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.msg = msg
        self.params = params or {}


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


def env(language: str = i18n.DEFAULT) -> jinja2.Environment:
    """The templates in one language: its catalogue installed (``{% trans %}``, ``_()``), dates and
    numbers formatted in its locale (filters ``num``, ``day``, ``moment``)."""
    e = jinja2.Environment(
        loader=jinja2.PackageLoader("kartlegg.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    e.policies["ext.i18n.trimmed"] = True
    e.install_gettext_translations(i18n.translations(language), newstyle=True)  # type: ignore[attr-defined]
    e.filters["short"] = lambda v, n=16: (str(v)[:n] + "…") if v is not None and len(str(v)) > n else (v or "")
    e.filters["num"] = lambda v, digits=0: i18n.format_number(v, language, digits)
    e.filters["day"] = lambda v: i18n.format_date(v, language) if v else ""
    e.filters["moment"] = lambda v: i18n.format_datetime(v, language) if v else ""
    e.globals["lang"] = language
    e.globals["languages"] = [(code, i18n.NAMES[code]) for code in i18n.LANGUAGES]
    return e


#: where the brand link and "back" go: the first of these pages the role may see
HOME_PAGES = (("dashboard", "/"), ("triage", "/triage"), ("outreach", "/outreach"), ("audit", "/audit"))


def home_page(allowed: set[str]) -> str:
    return next((href for name, href in HOME_PAGES if name in allowed), "/login")


class Workbench:
    """The shared state and plumbing of one app over one store."""

    def __init__(self, store: Store, config: WebConfig, roles: RoleMatrix) -> None:
        self.store = store
        self.cfg = config
        self.roles = roles
        self.envs = {lang: env(lang) for lang in i18n.LANGUAGES}
        self.dashboard_cache: Shared[int, tuple[Dashboard, Headline]] = Shared(DASHBOARD_TTL)

    # -- who is asking ---------------------------------------------------------------------------------
    @staticmethod
    def client_ip(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def session_of(self, request: Request) -> auth.Session | None:
        token = request.cookies.get(self.cfg.session_cookie, "")
        if not token:
            return None
        with self.store.reading() as conn:
            return auth.load_session(conn, token)

    def user(self, request: Request) -> auth.Session:
        """The dependency of every protected route: the caller's session, checked against the role matrix
        for the matched route. A refusal is audited before the 403."""
        route = request.scope.get("route")
        name = getattr(route, "name", None) or ""
        sess = self.session_of(request)
        if self.roles.allowed(name, None):
            raise RuntimeError("Workbench.user on a public route")
        if sess is None:
            raise NotLoggedIn()
        if not self.roles.allowed(name, sess.user.role):
            refuse_audited(
                self.store,
                ReadContext(sess.user.name, sess.user.role, name or "route"),
                "route",
                request.url.path[:200],
                f"the {sess.user.role} role has no access to {name or 'this page'}",
            )
            raise Forbidden()
        return sess

    @staticmethod
    async def check_csrf(request: Request, expected: str) -> dict[str, str]:
        form = await request.form()
        values = {k: v for k, v in form.items() if isinstance(v, str)}
        sent = values.get("csrf") or request.headers.get("x-csrf-token", "")
        if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
            raise BadRequest(N_("The form expired or did not come from this site; reload the page and try again."))
        return values

    # -- reading ---------------------------------------------------------------------------------------
    @staticmethod
    def context(sess: auth.Session, purpose: str, justification: str = "", mode: Mode = "full") -> ReadContext:
        return ReadContext(sess.user.name, sess.user.role, purpose, justification, mode)

    @staticmethod
    def read(work: Callable[[], T]) -> T:
        """Run a read-layer call; map its refusals to 403 and an unwritable audit log to 503."""
        try:
            return work()
        except ReadAuditUnavailable as exc:
            raise AuditUnavailable() from exc
        except Refused as exc:
            raise Forbidden(str(exc), exc.msg, exc.params) from exc

    def audited(
        self,
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
        """The read layer's audited read with the session's user and role (no audit row, no data)."""
        ctx = self.context(sess, purpose or object_type, justification, mode)
        return self.read(
            lambda: audited_read(self.store, ctx, action, object_type, object_id, work, details, write=write)
        )

    def write(self, work: Callable[[Connection], object]) -> None:
        """One short write transaction (a grant, a session's end, a language); async handlers run it in a
        worker thread (``run_in_threadpool``) so the event loop never waits on the database."""
        with self.store.begin() as conn:
            work(conn)

    # -- answering -------------------------------------------------------------------------------------
    @staticmethod
    def language(request: Request, sess: auth.Session | None) -> str:
        """The user's chosen language, else the browser's (Accept-Language), else English."""
        chosen = i18n.language_of(sess.user.language) if sess else None
        return chosen or i18n.negotiate(request.headers.get("accept-language"))

    def gettext(self, request: Request, sess: auth.Session | None) -> i18n.Gettext:
        return i18n.gettext_for(self.language(request, sess))

    def refusal(self, request: Request, sess: auth.Session | None, exc: Exception) -> str:
        """A refusal's message in the reader's language: the read layer's message id and parameters (also
        behind a report's or export's ``DisclosureError``), else the message as a catalogue id."""
        t = self.gettext(request, sess)
        said = exc.__cause__ if isinstance(exc.__cause__, Refused) else exc
        msg, params = getattr(said, "msg", ""), getattr(said, "params", {})
        return t(msg) % params if msg else t(str(exc))

    def page(
        self, request: Request, template: str, sess: auth.Session | None, status: int = 200, **ctx: Any
    ) -> HTMLResponse:
        allowed = self.roles.routes_for(sess.user.role) if sess else set()
        body = (
            self.envs[self.language(request, sess)]
            .get_template(template)
            .render(
                user=sess.user if sess else None,
                home=home_page(allowed),
                csrf=sess.csrf if sess else "",
                allowed=allowed,
                path=request.url.path,
                **ctx,
            )
        )
        return HTMLResponse(body, status_code=status)

    def justify_or_show(
        self,
        request: Request,
        sess: auth.Session,
        object_type: str,
        object_id: str,
        read: Callable[[ReadContext], Any],
        template: str,
        purpose: str,
        extra: Callable[[Any], dict[str, Any]] | None = None,
    ) -> Response:
        """A disclosure: the justification form first, then the read layer's record (``read`` with the
        user's context and that justification), rendered as ``rec`` (plus ``extra(rec)``)."""
        with self.store.reading() as conn:
            why = auth.granted(conn, sess, object_type, object_id)
        if why is None:
            return self.page(
                request,
                "justify.html",
                sess,
                object_type=object_type,
                object_id=object_id,
                action=f"/{object_type}/{object_id}/justify",
                error="",
            )
        ctx = self.context(sess, purpose, why)
        data = self.read(lambda: read(ctx))
        if data is None:
            raise NotFound(f"no such {object_type}")
        return self.page(
            request, template, sess, rec=data, object_id=object_id, why=why, **(extra(data) if extra else {})
        )

    async def do_justify(self, request: Request, sess: auth.Session, object_type: str, object_id: str) -> Response:
        form = await self.check_csrf(request, sess.csrf)
        return await run_in_threadpool(self._justified, request, sess, object_type, object_id, form)

    def _justified(
        self, request: Request, sess: auth.Session, object_type: str, object_id: str, form: dict[str, str]
    ) -> Response:
        why = " ".join(form.get("justification", "").split())[:500]
        if len(why) < MIN_JUSTIFICATION:
            return self.page(
                request,
                "justify.html",
                sess,
                400,
                object_type=object_type,
                object_id=object_id,
                action=f"/{object_type}/{object_id}/justify",
                error=self.gettext(request, sess)(
                    N_("Give a justification or case reference (at least %(n)d characters).")
                )
                % {"n": MIN_JUSTIFICATION},
            )
        with self.store.begin() as conn:
            auth.grant(conn, sess, object_type, object_id, why)
        return RedirectResponse(f"/{object_type}/{object_id}", status_code=303)
