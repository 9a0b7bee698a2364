"""Settings, read from ``KARTLEGG_*`` environment variables.

``KARTLEGG_HOME``          data folder (default ``./kartlegg-data``): embedded database, archives, reports.
``KARTLEGG_DATABASE_URL``  ``postgresql://...`` to use a server instead of the embedded store.
``KARTLEGG_ACTOR``         who is acting, for the audit log (default: the operating-system user).
``KARTLEGG_KEY_DIR``       folder of the integrity and tombstone keys (default: the data folder); keep it
                           where a database administrator cannot write (docs/lifecycle.md).
``KARTLEGG_AUDIT_CHECKPOINTS``  the audit log's signed checkpoint file (default ``HOME/audit-checkpoints.jsonl``).
``KARTLEGG_PARTNERS``      the partner units' public keys for ``kartlegg exchange`` (default ``HOME/partners.yaml``).
``KARTLEGG_CACHE_DIR``     extraction's start cache (extract/startcache.py): parsed lexicons, compiled regexes,
                           no ad data (default ``$XDG_CACHE_HOME/kartlegg`` or ``~/.cache/kartlegg``; ``off``: none).
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    home: Path
    database_url: str
    actor: str
    key_dir: Path | None = None
    audit_checkpoints: Path | None = None

    @property
    def audit_key_file(self) -> Path:
        """HMAC key that signs the audit log's checkpoints."""
        return (self.key_dir or self.home) / "audit.key"

    @property
    def tombstone_key_file(self) -> Path:
        """HMAC key of the erasure tombstones (an erased ad's id is never stored in the clear)."""
        return (self.key_dir or self.home) / "tombstone.key"

    @property
    def exchange_key_file(self) -> Path:
        """Seed of this unit's Ed25519 key pair, which signs its exchange files."""
        return (self.key_dir or self.home) / "exchange.key"

    @property
    def partners_file(self) -> Path:
        """The partner units' public keys (data, not secret: ``kartlegg exchange key`` prints a unit's own)."""
        env = os.environ.get("KARTLEGG_PARTNERS")
        return Path(env).expanduser().resolve() if env else self.home / "partners.yaml"

    @property
    def audit_checkpoint_file(self) -> Path:
        return self.audit_checkpoints or self.home / "audit-checkpoints.jsonl"

    @property
    def embedded(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def reports_dir(self) -> Path:
        return self.home / "reports"

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry in some containers
        return "unknown"


def load_settings(home: str | os.PathLike[str] | None = None) -> Settings:
    """Settings from the environment; ``home`` overrides ``KARTLEGG_HOME``."""
    root = Path(home or os.environ.get("KARTLEGG_HOME") or "kartlegg-data").expanduser().resolve()
    url = os.environ.get("KARTLEGG_DATABASE_URL") or f"sqlite:///{root / 'kartlegg.sqlite'}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    actor = os.environ.get("KARTLEGG_ACTOR") or _default_actor()
    key_dir = os.environ.get("KARTLEGG_KEY_DIR")
    checkpoints = os.environ.get("KARTLEGG_AUDIT_CHECKPOINTS")
    return Settings(
        home=root,
        database_url=url,
        actor=actor,
        key_dir=Path(key_dir).expanduser().resolve() if key_dir else None,
        audit_checkpoints=Path(checkpoints).expanduser().resolve() if checkpoints else None,
    )
