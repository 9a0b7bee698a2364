"""Accounts, sessions, login rate limit and justified access grants for the workbench.

Passwords are argon2id hashes (argon2-cffi defaults). A session is a random token in a cookie; the store
keeps only its SHA-256, with the session's CSRF token and expiry.

Failed logins throttle the (account, client address) pair they came from, with growing delays, before the
password is even checked; a whole unit behind one NAT address shares that address, so one person's typos
must not lock out a colleague's account, nor the same account from another address. Two wider limits,
far above what typing produces, stop guessing at scale: password spraying from one address across many
accounts, and guessing one account from many addresses (then only addresses that have logged in to that
account before still get through).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, text

from kartlegg.store import audit

ROLES: tuple[str, ...] = ("admin", "analyst", "outreach", "auditor", "viewer")
SESSION_HOURS = 8
GRANT_MINUTES = 30
#: failures of one (account, address) pair before it must wait; then BASE_DELAY_SECONDS, doubling per
#: further failure, at most MAX_DELAY_SECONDS
FREE_FAILURES = 5
BASE_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 15 * 60
FAILURE_WINDOW_MINUTES = 60
#: failures from one address across all accounts (spraying) and on one account across all addresses
MAX_ADDRESS_FAILURES = 100
MAX_ACCOUNT_FAILURES = 50
KNOWN_ADDRESS_DAYS = 30
MIN_PASSWORD = 10

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the account does not exist, so timing does not reveal which names exist."""
    return _hasher.hash(secrets.token_hex(16))


class AuthError(Exception):
    """A user mistake in account management (unknown role, short password, duplicate name)."""


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: str
    #: the workbench language the user chose (``kartlegg.i18n.LANGUAGES``); None: from the browser
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Session:
    token_hash: str
    user: User
    csrf: str
    expires_at: str


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(conn: Connection, name: str, role: str, password: str, *, actor: str) -> User:
    """Create an account (audited as an alteration)."""
    name = name.strip()
    if not name or len(name) > 64 or not all(c.isalnum() or c in "._-@" for c in name):
        raise AuthError("a user name is 1-64 letters, digits or . _ - @")
    if role not in ROLES:
        raise AuthError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"the password must have at least {MIN_PASSWORD} characters")
    if conn.execute(text("SELECT 1 FROM web_users WHERE name = :n"), {"n": name}).first():
        raise AuthError(f"user {name!r} already exists")
    audit.record(conn, actor=actor, action="alter", object_type="user", object_id=name, details={"role": role})
    conn.execute(
        text("INSERT INTO web_users (name, role, password_hash, created_at) VALUES (:n, :r, :h, :t)"),
        {"n": name, "r": role, "h": _hasher.hash(password), "t": _iso(_now())},
    )
    return User(name, role)


def pair_delay(failures: int) -> int:
    """Seconds an (account, address) pair waits after its latest failure, given its recent failures."""
    if failures < FREE_FAILURES:
        return 0
    return int(min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * 2 ** min(failures - FREE_FAILURES, 20)))


def login_wait(conn: Connection, username: str, ip: str) -> int:
    """Seconds before this account may try to log in from this address again (0: now)."""
    now = _now()
    since = _iso(now - timedelta(minutes=FAILURE_WINDOW_MINUTES))
    # failures since the pair's last success (by id: timestamps have whole seconds), which starts afresh
    last_ok = conn.execute(
        text("SELECT MAX(id) FROM web_login_attempts WHERE username = :u AND ip = :i AND ok = 1"),
        {"u": username, "i": ip},
    ).scalar_one()
    row = conn.execute(
        text(
            "SELECT COUNT(*), MAX(ts) FROM web_login_attempts "
            "WHERE username = :u AND ip = :i AND ok = 0 AND ts >= :s AND id > :ok"
        ),
        {"u": username, "i": ip, "s": since, "ok": last_ok or 0},
    ).one()
    failures, latest = int(row[0]), row[1]
    wait = 0
    if failures >= FREE_FAILURES and latest is not None:
        until = datetime.fromisoformat(latest) + timedelta(seconds=pair_delay(failures))
        wait = max(0, int((until - now).total_seconds() + 0.999))
    if wait:
        return wait
    spraying = conn.execute(
        text("SELECT COUNT(*) FROM web_login_attempts WHERE ip = :i AND ok = 0 AND ts >= :s"), {"i": ip, "s": since}
    ).scalar_one()
    if int(spraying) >= MAX_ADDRESS_FAILURES:
        return FAILURE_WINDOW_MINUTES * 60
    guessed = conn.execute(
        text("SELECT COUNT(*) FROM web_login_attempts WHERE username = :u AND ok = 0 AND ts >= :s"),
        {"u": username, "s": since},
    ).scalar_one()
    if int(guessed) >= MAX_ACCOUNT_FAILURES:
        known_since = _iso(now - timedelta(days=KNOWN_ADDRESS_DAYS))
        known = conn.execute(
            text("SELECT 1 FROM web_login_attempts WHERE username = :u AND ip = :i AND ok = 1 AND ts >= :s LIMIT 1"),
            {"u": username, "i": ip, "s": known_since},
        ).first()
        if known is None:
            return FAILURE_WINDOW_MINUTES * 60
    return 0


def too_many_failures(conn: Connection, username: str, ip: str) -> bool:
    """Whether this account must wait before logging in from this address (``login_wait``)."""
    return login_wait(conn, username, ip) > 0


def check_password(conn: Connection, username: str, password: str, ip: str) -> User | None:
    """The user when name and password match an enabled account; every attempt is recorded."""
    row = conn.execute(
        text("SELECT name, role, password_hash FROM web_users WHERE name = :n AND disabled = 0"), {"n": username}
    ).first()
    ok = False
    try:
        ok = _hasher.verify(row[2] if row else _dummy_hash(), password) and row is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        ok = False
    conn.execute(
        text("INSERT INTO web_login_attempts (username, ip, ts, ok) VALUES (:u, :i, :t, :o)"),
        {"u": username[:64], "i": ip, "t": _iso(_now()), "o": 1 if ok else 0},
    )
    return User(row[0], row[1]) if ok and row is not None else None


def create_session(conn: Connection, user: User, ip: str) -> tuple[str, Session]:
    """A new session; returns the cookie token (never stored) and the session."""
    token = secrets.token_urlsafe(32)
    th = token_hash(token)
    csrf = secrets.token_urlsafe(32)
    now = _now()
    expires = _iso(now + timedelta(hours=SESSION_HOURS))
    conn.execute(
        text(
            "INSERT INTO web_sessions (token_hash, username, csrf, created_at, expires_at, ip) "
            "VALUES (:h, :u, :c, :t, :e, :i)"
        ),
        {"h": th, "u": user.name, "c": csrf, "t": _iso(now), "e": expires, "i": ip},
    )
    return token, Session(th, user, csrf, expires)


def load_session(conn: Connection, token: str) -> Session | None:
    if not token or len(token) > 100:
        return None
    th = token_hash(token)
    row = conn.execute(
        text(
            "SELECT s.csrf, s.expires_at, u.name, u.role, u.language FROM web_sessions s "
            "JOIN web_users u ON u.name = s.username "
            "WHERE s.token_hash = :h AND u.disabled = 0"
        ),
        {"h": th},
    ).first()
    if row is None or row[1] <= _iso(_now()):
        return None
    return Session(th, User(row[2], row[3], row[4]), row[0], row[1])


def set_language(conn: Connection, user: User, language: str | None) -> None:
    """Store the user's workbench language (None: follow the browser's Accept-Language again)."""
    conn.execute(text("UPDATE web_users SET language = :l WHERE name = :n"), {"l": language, "n": user.name})


def end_session(conn: Connection, session: Session) -> None:
    conn.execute(text("DELETE FROM web_grants WHERE token_hash = :h"), {"h": session.token_hash})
    conn.execute(text("DELETE FROM web_sessions WHERE token_hash = :h"), {"h": session.token_hash})


def grant(conn: Connection, session: Session, object_type: str, object_id: str, justification: str) -> None:
    """Remember the justification given for opening one object, for this session, for a while."""
    params = {"h": session.token_hash, "t": object_type, "i": object_id}
    conn.execute(text("DELETE FROM web_grants WHERE token_hash = :h AND object_type = :t AND object_id = :i"), params)
    conn.execute(
        text(
            "INSERT INTO web_grants (token_hash, object_type, object_id, justification, expires_at) "
            "VALUES (:h, :t, :i, :j, :e)"
        ),
        {**params, "j": justification, "e": _iso(_now() + timedelta(minutes=GRANT_MINUTES))},
    )


def granted(conn: Connection, session: Session, object_type: str, object_id: str) -> str | None:
    """The justification on file for this object and session, if still valid."""
    row = conn.execute(
        text(
            "SELECT justification, expires_at FROM web_grants "
            "WHERE token_hash = :h AND object_type = :t AND object_id = :i"
        ),
        {"h": session.token_hash, "t": object_type, "i": object_id},
    ).first()
    if row is None or row[1] <= _iso(_now()):
        return None
    return str(row[0])
