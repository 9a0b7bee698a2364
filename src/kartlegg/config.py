"""Settings, read from ``KARTLEGG_*`` environment variables.

``KARTLEGG_HOME``          data folder (default ``./kartlegg-data``): embedded database, archives, reports.
``KARTLEGG_DATABASE_URL``  ``postgresql://...`` to use a server instead of the embedded store.
``KARTLEGG_ACTOR``         who is acting, for the audit log (default: the operating-system user).
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
    return Settings(home=root, database_url=url, actor=actor)
