"""Matching selectors with a partner unit without disclosing them: private set intersection (PSI) over
normalised selectors, exchanged as files (units have no network path to each other).

The requester (``request``) blinds its selectors with a secret key of its own (ECDH, openmined-psi) and
writes them to a request file; its key and the list of its selectors stay in its data folder. The
answering unit (``answer``) blinds the request again and adds its own selectors, blinded with a fresh key
that is thrown away, as a compressed set; it learns nothing but how many selectors were asked. The
requester (``match``) unblinds and learns which of its own selectors the partner also holds, or only
how many (chosen at request time). Files carry no selector in clear and no unkeyed hash of one.

Files are JSON with their creation time and expiry, signed with the sending unit's Ed25519 key
(``signing``): a file altered in transit, past its expiry, signed by a unit that is not among the partner
keys, or answered by another unit than the one asked is refused. A request names the public key of the
unit it is for, so no other unit answers it. Every request, answer and match, and every refused file, is
audited with its reason on the side that runs it.
"""

from __future__ import annotations

import base64
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import private_set_intersection.python as psi
from sqlalchemy import text

from kartlegg.lifecycle.signing import SigningError, load_partners, public_hex, sign, unit_key, verify
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


def _write(path: Path, store: Store, body: dict[str, Any]) -> None:
    try:
        doc = sign(unit_key(store.settings), body)
    except SigningError as exc:
        raise ExchangeError(str(exc)) from exc
    data = orjson.dumps(doc, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def partner_keys(store: Store, partners: dict[str, str] | None) -> dict[str, str]:
    """The partner units' public keys: ``partners`` as given, or the configured file."""
    if partners is not None:
        return partners
    try:
        return load_partners(store.settings.partners_file)
    except SigningError as exc:
        raise ExchangeError(str(exc)) from exc


def _read(path: Path, partners: dict[str, str], kind: str, now: datetime) -> tuple[dict[str, Any], str]:
    """The document and the name of the partner that signed it, or ``ExchangeError`` saying why not."""
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
    try:
        signer = verify(doc, partners, str(path))
    except SigningError as exc:
        raise ExchangeError(str(exc)) from exc
    try:
        expires = datetime.fromisoformat(str(doc["expires"]))
    except (KeyError, ValueError) as exc:
        raise ExchangeError(f"{path} carries no valid expiry: refused") from exc
    if now >= expires:
        raise ExchangeError(f"{path} expired at {doc['expires']}: refused (ask for a new request)")
    return doc, signer


def _refused(store: Store, actor: str, path: Path, reason: str, why: str) -> None:
    """Audit a refused file: who tried to read it, for which case, and why it was refused."""
    _audit(store, actor, "exchange_refused", path.name[:200], reason, {"refused": why[:500]})


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
    reason: str,
    actor: str,
    partner: str,
    partners: dict[str, str] | None = None,
    reveal: bool = True,
    days: int = 7,
    kinds: tuple[str, ...] = KINDS,
    now: datetime | None = None,
) -> Requested:
    """Write a request file for ``partner`` (a name in the partner keys), signed by this unit; the secret
    part stays in this unit's data folder."""
    _check_reason(reason)
    keys = partner_keys(store, partners)
    if partner not in keys:
        known = ", ".join(sorted(keys)) or "none"
        raise ExchangeError(f"no public key for partner {partner!r} in the partner keys (known: {known})")
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
        "to": keys[partner],
        "created": created.isoformat(timespec="seconds"),
        "expires": (created + timedelta(days=days)).isoformat(timespec="seconds"),
        "reveal": reveal,
        "count": len(items),
        "request": _b64(req.SerializeToString()),
    }
    state = pending_dir(store)
    state.mkdir(parents=True, exist_ok=True, mode=0o700)
    secret = {
        "id": rid,
        "key": _b64(client.GetPrivateKeyBytes()),
        "reveal": reveal,
        "items": items,
        "partner": partner,
        "partner_key": keys[partner],
    }
    fd = os.open(state / f"{rid}.json", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(orjson.dumps(secret))
    # audited before the file exists: no audit row, no file (fail-closed)
    _audit(store, actor, "exchange_request", rid, reason, {"partner": partner, "count": len(items), "reveal": reveal})
    _write(out, store, body)
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
    reason: str,
    actor: str,
    partners: dict[str, str] | None = None,
    kinds: tuple[str, ...] = KINDS,
    now: datetime | None = None,
) -> Answered:
    """Answer a partner's request: learns only how many selectors were asked (and who asked)."""
    _check_reason(reason)
    moment = now or datetime.now(UTC)
    keys = partner_keys(store, partners)
    try:
        doc, asker = _read(request_file, keys, "request", moment)
        if doc.get("to") != public_hex(unit_key(store.settings)):
            raise ExchangeError(f"{request_file} is addressed to another unit (its 'to' key is not ours): refused")
    except (ExchangeError, SigningError) as exc:
        _refused(store, actor, request_file, reason, str(exc))
        raise ExchangeError(str(exc)) from exc
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
    _audit(store, actor, "exchange_answer", str(doc["id"]), reason, {"partner": asker, "asked": count})
    _write(out, store, body)
    return Answered(str(doc["id"]), count, len(items))


@dataclass(frozen=True, slots=True)
class Matched:
    id: str
    size: int
    #: the requester's own selectors the partner also holds (empty when only the size was asked for)
    selectors: list[str]


def match(
    store: Store,
    answer_file: Path,
    *,
    reason: str,
    actor: str,
    partners: dict[str, str] | None = None,
    now: datetime | None = None,
) -> Matched:
    """Read the partner's answer to one of this unit's requests."""
    _check_reason(reason)
    keys = partner_keys(store, partners)
    try:
        doc, signer = _read(answer_file, keys, "answer", now or datetime.now(UTC))
        rid = str(doc.get("id", ""))
        state = pending_dir(store) / f"{rid}.json"
        if not rid.isalnum() or not state.exists():
            raise ExchangeError(f"no request {rid!r} was made from this data folder (or it was already matched)")
        secret = orjson.loads(state.read_bytes())
        if doc.get("signer") != secret.get("partner_key"):
            raise ExchangeError(
                f"{answer_file} is answered by {signer}, not by {secret.get('partner')!r} whom the request asked: "
                "refused"
            )
    except ExchangeError as exc:
        _refused(store, actor, answer_file, reason, str(exc))
        raise
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
