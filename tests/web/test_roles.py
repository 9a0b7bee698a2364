"""The role x route matrix: complete, and enforced for every route (one allowed and one forbidden case each)."""

from __future__ import annotations

import pytest
from fastapi.routing import APIRoute
from starlette.routing import Mount
from starlette.testclient import TestClient
from tests.web.conftest import csrf_of

from kartlegg.ops import registry
from kartlegg.ops.model import Operation
from kartlegg.web.auth import ROLES
from kartlegg.web.roles import matrix

PARAMS = {"ad_id": "a1", "profile_id": "p-anna", "network_id": "n-one", "op_id": "1"}
#: what each POST route needs besides the CSRF token to succeed for an allowed role
FORMS = {
    "language": {"language": "en"},
    "ops_add": {"name": "Test operation", "reason": "case 2026/7"},
    "ops_save": {"name": "Test operation, edited", "reason": "case 2026/7"},
    "ops_import": {"reason": "case 2026/7"},
    "export_download": {"what": "ads", "format": "csv", "reason": "case 2026/7"},
    "report_download": {"kind": "market", "format": "html", "reason": "case 2026/7"},
}
UPLOADS = {"ops_import": {"file": ("ops.csv", b"key,name,country\nk-1,Imported operation,NO\n", "text/csv")}}


@pytest.fixture(scope="module", autouse=True)
def an_operation(shared) -> None:
    """Operation 1, for the edit routes."""
    store, _market, _make = shared
    with store.connect() as conn:
        if registry.get_operation(conn, 1) is None:
            registry.add_operation(store, Operation(name="Existing operation"), actor="test")


def _app_routes(make: object) -> dict[str, tuple[str, str]]:
    client: TestClient = make(None)  # type: ignore[operator]
    out: dict[str, tuple[str, str]] = {}
    for r in client.app.routes:  # type: ignore[attr-defined]
        if isinstance(r, APIRoute):
            out[r.name] = (sorted(r.methods)[0], r.path)
        elif isinstance(r, Mount):
            out[str(r.name)] = ("GET", r.path + "/app.css")
    return out


def test_every_route_is_in_the_matrix_and_nothing_else(shared) -> None:
    _store, _market, make = shared
    routes = _app_routes(make)
    m = matrix()
    missing = [name for name in routes if name not in m.public and name not in m.routes]
    assert not missing, f"routes missing from data/roles.yaml: {missing}"
    stale = [name for name in [*m.public, *m.routes] if name not in routes]
    assert not stale, f"data/roles.yaml names routes the app does not have: {stale}"


def test_unknown_route_is_open_to_no_role() -> None:
    m = matrix()
    assert not any(m.allowed("no_such_route", role) for role in ROLES)


def _request(client: TestClient, market, method: str, path: str, route: str = ""):
    if route == "profile_export" and client.cookies.get("__Host-kartlegg"):
        page = client.get("/profile/p-anna")
        if page.status_code == 200 and "justification" in page.text:
            client.post("/profile/p-anna/justify", data={"csrf": csrf_of(page.text), "justification": "case 1"})
    if route == "ad_warc" and client.cookies.get("__Host-kartlegg"):
        # the evidence needs this session's justification for the ad; test order (xdist) must not decide it
        ad = market.ad_ids["a1"]
        page = client.get(f"/ad/{ad}")
        if page.status_code == 200 and "justification" in page.text:
            client.post(f"/ad/{ad}/justify", data={"csrf": csrf_of(page.text), "justification": "case 1"})
    if route == "ad_erase":
        path = path.replace("{ad_id}", str(market.ad_ids["a4"]))
    for key, val in PARAMS.items():
        if "{" + key + "}" in path:
            path = path.replace("{" + key + "}", str(market.ad_ids[val]) if key == "ad_id" else val)
    if method == "GET":
        return client.get(path, follow_redirects=False)
    # A real CSRF token from a page this client may see, so only the role decides.
    home = client.get("/login") if client.cookies.get("__Host-kartlegg") is None else None
    token = csrf_of(home.text) if home is not None else _any_csrf(client)
    data = {"csrf": token, "justification": "case 2026/7", **FORMS.get(route, {})}
    return client.post(path, data=data, files=UPLOADS.get(route), follow_redirects=False)


def _any_csrf(client: TestClient) -> str:
    for page in ("/", "/outreach", "/audit", "/triage"):
        r = client.get(page)
        if r.status_code == 200 and 'name="csrf"' in r.text:
            return csrf_of(r.text)
    raise AssertionError("no page with a CSRF token")


CASES = [(name, roles) for name, roles in matrix().routes.items()]
_LOGGED_IN: dict[tuple[int, str], TestClient] = {}


def _client(make, role: str, route: str) -> TestClient:
    """One logged-in client per role for the module (argon2 makes each login slow on purpose)."""
    if route == "logout":
        return make(role)  # this one ends its session
    key = (id(make), role)
    if key not in _LOGGED_IN:
        _LOGGED_IN[key] = make(role)
    return _LOGGED_IN[key]


@pytest.mark.parametrize(("route", "roles"), CASES, ids=[c[0] for c in CASES])
def test_allowed_role_gets_the_route(shared, route: str, roles: list[str]) -> None:
    _store, market, make = shared
    method, path = _app_routes(make)[route]
    role = roles[-1]  # the least privileged listed role (lists go from admin down)
    resp = _request(_client(make, role, route), market, method, path, route)
    assert resp.status_code in (200, 303), (route, role, resp.status_code, resp.text[:300])
    if resp.status_code == 303:
        assert route in (
            "logout",
            "profile_justify",
            "network_justify",
            "ad_justify",
            "language",
            "ops_add",
            "ops_save",
        )


@pytest.mark.parametrize(("route", "roles"), CASES, ids=[c[0] for c in CASES])
def test_forbidden_role_is_refused(shared, route: str, roles: list[str]) -> None:
    _store, market, make = shared
    method, path = _app_routes(make)[route]
    others = [r for r in ROLES if r not in roles]
    if others:
        resp = _request(_client(make, others[0], route), market, method, path, route)
        assert resp.status_code == 403, (route, others[0], resp.status_code)
        assert "Forbidden" in resp.text
    resp = _request(make(None), market, method, path, route)
    if method == "GET":
        assert resp.status_code == 303 and resp.headers["location"].startswith("/login"), (route, resp.status_code)
    else:
        assert resp.status_code in (400, 401), (route, resp.status_code)


def test_public_routes_need_no_login(shared) -> None:
    _store, _market, make = shared
    anon = make(None)
    assert anon.get("/login").status_code == 200
    assert anon.get("/static/vendor/htmx.min.js").status_code == 200
