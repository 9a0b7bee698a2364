"""Matching selectors with a partner unit without disclosing them: private set intersection (PSI) over
normalised selectors, exchanged as files (units have no network path to each other).

The requester (``request``) blinds its selectors with a secret key of its own (ECDH, openmined-psi) and
writes them to a request file; its key and the list of its selectors stay in its data folder. The
answering unit (``answer``) blinds the request again and adds its own selectors, blinded with a fresh key
that is thrown away, as a compressed set; it learns nothing but how many selectors were asked. The
requester (``match``) unblinds and learns which of its own selectors the partner also holds, or only
how many (chosen at request time). Files carry no selector in clear and no unkeyed hash of one.

Files are JSON with their creation time and expiry, protected by HMAC-SHA256 under a key the two units
agreed on out of band (``--key``): a file altered in transit, past its expiry, or not made with that key
is refused. Every request, answer and match is audited with its reason on the side that runs it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import private_set_intersection.python as psi
from sqlalchemy import text

from kartlegg.store import audit
from kartlegg.store.engine import Store

FORMAT = "kartlegg-psi/1"
KINDS = ("phone", "email", "handle")
#: the chance that the answer's compressed set reports a selector the partner does not hold
FALSE_POSITIVE_RATE = 1e-9
MAX_FILE_BYTES = 200_000_000
MAX_ITEMS = 5_000_000
MIN_REASON = 5


class ExchangeError(Exception):
    """A file or request that must be refused; the message says why."""


def pending_dir(store: Store) -> Path:
    return store.settings.home / "exchange"


def shared_key(path: Path) -> bytes:
    """The key agreed with the partner unit (a file of at least 32 characters, kept off the exchanged media)."""
    try:
        key = path.read_bytes().strip()
    except OSError as exc:
        raise ExchangeError(f"cannot read the partner key {path}: {exc.strerror}") from exc
    if len(key) < 32:
        raise ExchangeError(f"the partner key {path} is shorter than 32 characters")
    return key


def holdings(store: Store, kinds: tuple[str, ...] = KINDS) -> list[str]:
    """This unit's contact selectors, normalised (``phone:+4670...``, ``email:a@b.se``,
    ``handle:PLATFORM:name``), sorted and without duplicates."""
    out: set[str] = set()
    with store.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT DISTINCT s.kind, s.value, x.detail FROM selectors s "
                "JOIN ad_selectors x ON x.selector_id = s.id WHERE s.kind IN ('phone', 'email', 'handle')"
            )
        )
        for kind, value, detail in rows:
            if kind not in kinds:
                continue
            if kind == "handle":
                platform = ""
                try:
                    platform = str(orjson.loads(detail or "{}").get("platform") or "")
                except orjson.JSONDecodeError:
                    pass
                out.add(f"handle:{platform.lower()}:{value.lower()}")
            else:
                out.add(f"{kind}:{value}")
    return sorted(out)


def _mac(key: bytes, body: dict[str, Any]) -> str:
    return hmac.new(key, orjson.dumps(body, option=orjson.OPT_SORT_KEYS), hashlib.sha256).hexdigest()


def _write(path: Path, key: bytes, body: dict[str, Any]) -> None:
    data = orjson.dumps({**body, "mac": _mac(key, body)}, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _read(path: Path, key: bytes, kind: str, now: datetime) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ExchangeError(f"{path} is larger than {MAX_FILE_BYTES} bytes")
        doc = orjson.loads(path.read_bytes())
    except OSError as exc:
        raise ExchangeError(f"cannot read {path}: {exc.strerror}") from exc
    except orjson.JSONDecodeError as exc:
        raise ExchangeError(f"{path} is not an exchange file (not JSON)") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("type") != kind:
        raise ExchangeError(f"{path} is not a {kind} file of this exchange format ({FORMAT})")
    mac = doc.pop("mac", "")
    if not isinstance(mac, str) or not hmac.compare_digest(mac, _mac(key, doc)):
        raise ExchangeError(f"{path} was altered in transit or not made with the agreed key: refused")
    try:
        expires = datetime.fromisoformat(str(doc["expires"]))
    except (KeyError, ValueError) as exc:
        raise ExchangeError(f"{path} carries no valid expiry: refused") from exc
    if now >= expires:
        raise ExchangeError(f"{path} expired at {doc['expires']}: refused (ask for a new request)")
    return doc


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(value), validate=True)
    except ValueError as exc:
        raise ExchangeError(f"the {what} in the file is damaged") from exc


@dataclass(frozen=True, slots=True)
class Requested:
    id: str
    path: Path
    selectors: int
    expires: str


def request(
    store: Store,
    out: Path,
    *,
    key: bytes,
    reason: str,
    actor: str,
    partner: str,
    reveal: bool = True,
    days: int = 7,
    kinds: tuple[str, ...] = KINDS,
    now: datetime | None = None,
) -> Requested:
    """Write a request file for ``partner``; the secret part stays in this unit's data folder."""
    _check_reason(reason)
    items = holdings(store, kinds)
    if not items:
        raise ExchangeError("this store holds no phone, e-mail or handle selectors to match")
    if len(items) > MAX_ITEMS:
        raise ExchangeError(f"more than {MAX_ITEMS} selectors: narrow the request with --kind")
    created = now or datetime.now(UTC)
    client = psi.client.CreateWithNewKey(reveal)
    req = client.CreateRequest(items)
    rid = uuid.uuid4().hex
    body = {
        "format": FORMAT,
        "type": "request",
        "id": rid,
        "partner": partner,
        "created": created.isoformat(timespec="seconds"),
        "expires": (created + timedelta(days=days)).isoformat(timespec="seconds"),
        "reveal": reveal,
        "count": len(items),
        "request": _b64(req.SerializeToString()),
    }
    state = pending_dir(store)
    state.mkdir(parents=True, exist_ok=True, mode=0o700)
    secret = {"id": rid, "key": _b64(client.GetPrivateKeyBytes()), "reveal": reveal, "items": items}
    fd = os.open(state / f"{rid}.json", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(orjson.dumps(secret))
    # audited before the file exists: no audit row, no file (fail-closed)
    _audit(store, actor, "exchange_request", rid, reason, {"partner": partner, "count": len(items), "reveal": reveal})
    _write(out, key, body)
    return Requested(rid, out, len(items), str(body["expires"]))


@dataclass(frozen=True, slots=True)
class Answered:
    id: str
    asked: int
    held: int


def answer(
    store: Store,
    request_file: Path,
    out: Path,
    *,
    key: bytes,
    reason: str,
    actor: str,
    kinds: tuple[str, ...] = KINDS,
    now: datetime | None = None,
) -> Answered:
    """Answer a partner's request: learns only how many selectors were asked."""
    _check_reason(reason)
    moment = now or datetime.now(UTC)
    doc = _read(request_file, key, "request", moment)
    count = doc.get("count")
    if not isinstance(count, int) or not 0 < count <= MAX_ITEMS:
        raise ExchangeError("the request's selector count is missing or out of range")
    req = psi.Request()
    try:
        req.ParseFromString(_unb64(doc.get("request"), "request"))
    except Exception as exc:  # protobuf's DecodeError: a damaged request, not our error
        raise ExchangeError("the request in the file is damaged") from exc
    if len(req.encrypted_elements) != count:
        raise ExchangeError("the request holds a different number of selectors than it says")
    reveal = bool(doc.get("reveal"))
    server = psi.server.CreateWithNewKey(reveal)
    items = holdings(store, kinds)
    setup = server.CreateSetupMessage(FALSE_POSITIVE_RATE, count, items, psi.DataStructure.GCS)
    resp = server.ProcessRequest(req)
    body = {
        "format": FORMAT,
        "type": "answer",
        "id": doc["id"],
        "created": moment.isoformat(timespec="seconds"),
        "expires": doc["expires"],
        "reveal": reveal,
        "setup": _b64(setup.SerializeToString()),
        "response": _b64(resp.SerializeToString()),
    }
    _audit(store, actor, "exchange_answer", str(doc["id"]), reason, {"partner": doc.get("partner"), "asked": count})
    _write(out, key, body)
    return Answered(str(doc["id"]), count, len(items))


@dataclass(frozen=True, slots=True)
class Matched:
    id: str
    size: int
    #: the requester's own selectors the partner also holds (empty when only the size was asked for)
    selectors: list[str]


def match(
    store: Store, answer_file: Path, *, key: bytes, reason: str, actor: str, now: datetime | None = None
) -> Matched:
    """Read the partner's answer to one of this unit's requests."""
    _check_reason(reason)
    doc = _read(answer_file, key, "answer", now or datetime.now(UTC))
    rid = str(doc.get("id", ""))
    state = pending_dir(store) / f"{rid}.json"
    if not rid.isalnum() or not state.exists():
        raise ExchangeError(f"no request {rid!r} was made from this data folder (or it was already matched)")
    secret = orjson.loads(state.read_bytes())
    reveal = bool(secret["reveal"])
    if bool(doc.get("reveal")) != reveal:
        raise ExchangeError("the answer does not match the request (reveal setting differs)")
    client = psi.client.CreateFromKey(_unb64(secret["key"], "key"), reveal)
    setup, resp = psi.ServerSetup(), psi.Response()
    try:
        setup.ParseFromString(_unb64(doc.get("setup"), "answer"))
        resp.ParseFromString(_unb64(doc.get("response"), "answer"))
    except Exception as exc:  # protobuf's DecodeError
        raise ExchangeError("the answer in the file is damaged") from exc
    items: list[str] = secret["items"]
    if reveal:
        found = sorted(items[i] for i in client.GetIntersection(setup, resp))
        size = len(found)
    else:
        found, size = [], int(client.GetIntersectionSize(setup, resp))
    _audit(store, actor, "exchange_match", rid, reason, {"size": size, "reveal": reveal})
    state.unlink()  # the request's key and selector list are not needed again
    return Matched(rid, size, found)


def _check_reason(reason: str) -> None:
    if len(reason.strip()) < MIN_REASON:
        raise ExchangeError("an exchange needs a reason (the case or cooperation it serves, at least 5 characters)")


def _audit(store: Store, actor: str, action: str, rid: str, reason: str, details: dict[str, Any]) -> None:
    with store.begin() as conn:
        audit.record(
            conn,
            actor=actor,
            action=action,
            object_type="exchange",
            object_id=rid,
            justification=reason.strip(),
            details=details,
        )
