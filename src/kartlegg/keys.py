"""Secret keys kept as files outside the database (mode 0600, created on first use).

Keys that protect the store's integrity or its tombstones must not live in the store: whoever can edit
the database should not also hold the key that vouches for it. Each key is a file under the data folder
by default, or wherever its environment variable points (another disk, a mounted secret).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


class KeyFileError(Exception):
    """A key file that exists but cannot be used (unreadable, empty, too short)."""


def key_file(path: Path) -> bytes:
    """The key in ``path``, created with 32 random bytes (hex) and mode 0600 when missing."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: two processes creating the key at once cannot both win and use different keys.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
    try:
        key = path.read_text("utf-8").strip()
    except OSError as exc:
        raise KeyFileError(f"cannot read key file {path}: {exc.strerror}") from exc
    if len(key) < 32:
        raise KeyFileError(f"key file {path} holds fewer than 32 characters")
    return key.encode("utf-8")
