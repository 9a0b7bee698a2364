"""What the workbench stores about an ad (see ``kartlegg.store.holdings``): its search index (SQLite
FTS5 over the ad versions; PostgreSQL's index lives on ``ad_versions`` itself)."""

from sqlalchemy import Connection

from kartlegg.store.holdings import Scope, hook, nothing
from kartlegg.web import textindex


def _forget(conn: Connection, scope: Scope) -> None:
    textindex.forget_versions(conn, scope.versions)


HOLDINGS = (
    hook(textindex.FTS, _forget, "full-text index of ad titles and bodies"),
    nothing("web_grants", "a user's justification for opening an object id, expiring with the session"),
    nothing("web_users", "workbench accounts"),
    nothing("web_sessions", "login sessions"),
    nothing("web_login_attempts", "login attempts (rate limit)"),
)
