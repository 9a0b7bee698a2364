"""The profile and network lists (filters: city, period, new since, risk, likely minors; paged) and the
sites seen under a new domain: the link stage's queries behind ``kartlegg profiles``, ``kartlegg networks``
and ``kartlegg site-aliases``, read through ``kartlegg.read.lists``; each row holds only the fields the
disclosure policy gives the mode (``views.profile_list`` / ``views.network_list``)."""

from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from kartlegg.i18n import N_
from kartlegg.read import audited_read, load_policy, records
from kartlegg.read import lists as read_lists
from kartlegg.web import auth
from kartlegg.web.deps import BadRequest, Workbench


def list_filter(
    city: str = "", seen_from: str = "", seen_to: str = "", new_since: str = "", min_risk: str = "", minors: str = ""
) -> read_lists.ListFilter:
    """The list filter from the query string; a day or number that is not one is the user's mistake (400)."""
    try:
        days = [read_lists.valid_day(v) for v in (seen_from, seen_to, new_since)]
    except ValueError as exc:
        raise BadRequest(N_("Give days as YYYY-MM-DD, for example 2026-03-01.")) from exc
    risk = None
    if min_risk.strip():
        try:
            risk = float(min_risk)
        except ValueError as exc:
            raise BadRequest(N_("The lowest risk is a number from 0 to 100.")) from exc
        if not 0 <= risk <= 100:
            raise BadRequest(N_("The lowest risk is a number from 0 to 100."))
    return read_lists.ListFilter(city.strip()[:100] or None, days[0], days[1], days[2], risk, minors in ("1", "on"))


def query_string(f: read_lists.ListFilter) -> str:
    """The filter as a query string for the pager's links (ending in "&")."""
    from urllib.parse import urlencode

    pairs = {
        "city": f.city or "",
        "seen_from": f.seen_from or "",
        "seen_to": f.seen_to or "",
        "new_since": f.new_since or "",
        "min_risk": "" if f.min_risk is None else f"{f.min_risk:g}",
        "minors": "1" if f.minors else "",
    }
    return urlencode({k: v for k, v in pairs.items() if v}) + "&" if any(pairs.values()) else ""


def router(w: Workbench) -> APIRouter:
    r = APIRouter()
    User = Annotated[auth.Session, Depends(w.user)]
    Filter = Annotated[read_lists.ListFilter, Depends(list_filter)]

    def person_list(
        request: Request,
        sess: auth.Session,
        f: read_lists.ListFilter,
        page: int,
        what: Literal["profiles", "networks"],
        read: Callable[[Connection, read_lists.ListFilter, int], Any],
    ) -> Response:
        """A page of profiles or networks through the read layer (audited with its filter), as ``{what}.html``."""
        page = max(page, 1)
        ctx = w.context(sess, "triage")
        details = {**f.as_details(), "page": page}
        view: Literal["profile_list", "network_list"] = "profile_list" if what == "profiles" else "network_list"
        data = w.read(lambda: records.person_list(w.store, ctx, view, lambda c: read(c, f, page), details))
        cols = load_policy().fields(view, ctx.mode)
        return w.page(request, f"{what}.html", sess, d=data, f=f, qs=query_string(f), cols=cols)

    @r.get("/profiles", name="profiles")
    def profiles(request: Request, sess: User, f: Filter, page: int = 1) -> Response:
        return person_list(request, sess, f, page, "profiles", read_lists.profiles)

    @r.get("/networks", name="networks")
    def networks(request: Request, sess: User, f: Filter, page: int = 1) -> Response:
        return person_list(request, sess, f, page, "networks", read_lists.networks)

    @r.get("/sites", name="sites")
    def sites(request: Request, sess: User, weak: bool = False) -> Response:
        ctx = w.context(sess, "sites", mode="aggregate")
        rows = w.read(
            lambda: audited_read(
                w.store, ctx, "consult", "site_aliases", "*", lambda c: read_lists.site_aliases(c, weak)
            )
        )
        return w.page(request, "sites.html", sess, rows=rows, weak=weak)

    return r
