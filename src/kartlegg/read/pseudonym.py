"""Pseudonymised disclosure: selectors replaced by keyed hashes (HMAC-SHA256).

Units that share a key (``KARTLEGG_PSEUDONYM_KEY``) get the same token for the same phone number and can
compare selectors without exchanging them in plain text; without the key a token reveals nothing and
cannot be reversed by hashing every possible phone number. Each installation has its own random key by
default, created on first use under the data folder with mode 0600.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path

from kartlegg.keys import key_file

ENV_KEY = "KARTLEGG_PSEUDONYM_KEY"
KEY_FILE = "pseudonym.key"


def installation_key(home: Path) -> bytes:
    """The key from ``KARTLEGG_PSEUDONYM_KEY`` or the per-installation key file (created when missing)."""
    shared = os.environ.get(ENV_KEY)
    if shared:
        return shared.encode("utf-8")
    return key_file(home / KEY_FILE)


@dataclass(frozen=True, slots=True)
class Pseudonymiser:
    """Maps a selector (kind, value) to a stable token such as ``phone:K3J4...``."""

    key: bytes

    def token(self, kind: str, value: str) -> str:
        digest = hmac.new(self.key, f"{kind}\x1f{value}".encode(), hashlib.sha256).digest()
        return f"{kind}:" + base64.b32encode(digest[:15]).decode("ascii")


def for_home(home: Path) -> Pseudonymiser:
    return Pseudonymiser(installation_key(home))
