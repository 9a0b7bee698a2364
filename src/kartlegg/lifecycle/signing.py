"""Signed exchange files: this unit's Ed25519 key pair and its partner units' public keys.

The private key is a seed file in ``$KARTLEGG_KEY_DIR`` (``exchange.key``, created with mode 0600 on first
use, like the audit key); only its public key leaves the unit (``kartlegg exchange key``). Partners'
public keys are data: ``partners.yaml`` (or ``$KARTLEGG_PARTNERS``), name -> public key, validated on
load. A file signed by a key not in that list is refused, so a partner cannot be impersonated by whoever
carries the files, and neither unit can forge a file of the other.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import orjson
import yaml
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from kartlegg.config import Settings
from kartlegg.keys import KeyFileError, key_file

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


class SigningError(Exception):
    """A key or signature problem the user can act on; the message says which."""


class PartnerList(BaseModel):
    model_config = ConfigDict(extra="forbid")
    #: partner name -> its Ed25519 public key, 64 hex characters
    partners: dict[str, str]

    @field_validator("partners")
    @classmethod
    def _keys(cls, value: dict[str, str]) -> dict[str, str]:
        for name, key in value.items():
            if not name.strip() or len(name) > 100:
                raise ValueError("a partner name has 1 to 100 characters")
            if not _HEX_KEY.match(str(key).strip().lower()):
                raise ValueError(f"the public key of {name!r} is not 64 hex characters (see `kartlegg exchange key`)")
        return {n.strip(): str(k).strip().lower() for n, k in value.items()}


def unit_key(settings: Settings) -> Ed25519PrivateKey:
    """This unit's signing key (its seed is created on first use)."""
    try:
        seed = bytes.fromhex(key_file(settings.exchange_key_file).decode("ascii")[:64])
    except (KeyFileError, ValueError, UnicodeDecodeError) as exc:
        raise SigningError(f"unusable exchange key {settings.exchange_key_file}: {exc}") from exc
    if len(seed) != 32:
        raise SigningError(f"the exchange key {settings.exchange_key_file} is not 64 hex characters")
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def load_partners(path: Path) -> dict[str, str]:
    """Partner name -> public key (hex) from ``path``, validated."""
    try:
        # every scalar a string: YAML 1.1 would read a partner named NO (Norway) as false
        data = yaml.load(path.read_text("utf-8"), Loader=yaml.BaseLoader)  # noqa: S506 (builds only str, list, dict)
        return PartnerList.model_validate(data).partners
    except FileNotFoundError as exc:
        raise SigningError(
            f"no partner keys in {path}: write it as 'partners: {{NAME: PUBLIC-KEY}}' with the key each partner's "
            "`kartlegg exchange key` prints (or set KARTLEGG_PARTNERS)"
        ) from exc
    except OSError as exc:
        raise SigningError(f"cannot read the partner keys {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise SigningError(f"the partner keys {path} are not valid YAML: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        at = ".".join(str(x) for x in first["loc"])
        raise SigningError(f"the partner keys {path}: {at}: {first['msg']}") from exc


def _canonical(body: dict[str, Any]) -> bytes:
    return orjson.dumps(body, option=orjson.OPT_SORT_KEYS)


def sign(key: Ed25519PrivateKey, body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with its signer's public key and an Ed25519 signature over both."""
    signed = {**body, "signer": public_hex(key)}
    return {**signed, "signature": base64.b64encode(key.sign(_canonical(signed))).decode("ascii")}


def verify(doc: dict[str, Any], partners: dict[str, str], what: str) -> str:
    """The name of the partner that signed ``doc`` (its ``signature`` removed); refused otherwise."""
    signature = doc.pop("signature", None)
    signer = str(doc.get("signer", "")).lower()
    if not isinstance(signature, str) or not _HEX_KEY.match(signer):
        raise SigningError(f"{what} is not signed: refused")
    names = [n for n, k in partners.items() if k == signer]
    if not names:
        raise SigningError(
            f"{what} is signed by a unit whose key is not among the partner keys (key {signer[:16]}...): refused"
        )
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(signer)).verify(base64.b64decode(signature), _canonical(doc))
    except (InvalidSignature, ValueError) as exc:
        raise SigningError(
            f"{what} was altered in transit (its signature by {names[0]} does not hold): refused"
        ) from exc
    return names[0]
