"""Retention: what the policy (``retention.yaml``) says must go, and removing it through the erasure
function, audited. Data that an open operation names (ops registry) is kept until the operation closes.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import Connection, text

from kartlegg.lifecycle.erase import EraseError, Erasure, erase_ads
from kartlegg.store import audit
from kartlegg.store.engine import Store

ENV = "KARTLEGG_RETENTION"
MIN_REASON = 5


class PolicyError(Exception):
    """The retention policy file is missing, unreadable or invalid (the message names the problem)."""


class DataClass(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str
    keep_days: int = Field(ge=1, le=36500)
    review_days: int = Field(ge=1, le=36500)
    assumption: bool
    sources: list[str] = Field(min_length=1)


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    #: every class has an implementation here; a class the code does not know is refused
    classes: dict[str, DataClass]


KNOWN = ("ads", "login_attempts")


def load_policy(path: Path | None = None) -> Policy:
    """The policy from ``path``, ``$KARTLEGG_RETENTION`` or the shipped default, validated."""
    where = path or (Path(os.environ[ENV]) if os.environ.get(ENV) else None)
    try:
        raw = where.read_text("utf-8") if where else resources.files(__package__).joinpath("retention.yaml").read_text()
        data = yaml.safe_load(raw)
        policy = Policy.model_validate(data)
    except OSError as exc:
        raise PolicyError(f"cannot read retention policy {where}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise PolicyError(f"retention policy {where or 'retention.yaml'} is not valid YAML: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        at = ".".join(str(x) for x in first["loc"])
        raise PolicyError(f"retention policy {where or 'retention.yaml'}: {at}: {first['msg']}") from exc
    unknown = sorted(set(policy.classes) - set(KNOWN))
    if unknown:
        raise PolicyError(f"retention policy names unknown data classes {unknown}; known: {', '.join(KNOWN)}")
    return policy


@dataclass(slots=True)
class Item:
    data_class: str
    ref: str
    last_seen: str
    why: str


@dataclass(slots=True)
class Plan:
    today: str
    #: data class -> cut-off date (kept if seen on or after it)
    cutoffs: dict[str, str]
    items: list[Item] = field(default_factory=list)
    #: expired but kept because an open operation names them
    held: list[Item] = field(default_factory=list)
    #: data class -> review date for what is kept (the next time the need to keep it must be checked)
    reviews: dict[str, str] = field(default_factory=dict)

    def ads(self) -> list[int]:
        return [int(i.ref) for i in self.items if i.data_class == "ads"]


def _open_case_ads(conn: Connection, today: str) -> set[int]:
    """Ads that an open operation names: directly, or through a person or network it names."""
    held: set[int] = set()
    profiles: set[str] = set()
    networks: set[str] = set()
    for (links,) in conn.execute(
        text(
            "SELECT t.links FROM operation_targets t JOIN operations o ON o.id = t.operation_id "
            "WHERE o.ended_on IS NULL OR o.ended_on = '' OR o.ended_on >= :d"
        ),
        {"d": today},
    ):
        data: dict[str, list[str]] = orjson.loads(links)
        held.update(int(a) for a in data.get("ads", []) if str(a).isdigit())
        profiles.update(data.get("profiles", []))
        networks.update(data.get("networks", []))
    for pid in sorted(profiles):
        held.update(
            int(r[0]) for r in conn.execute(text("SELECT ad_id FROM profile_ads WHERE profile_id = :p"), {"p": pid})
        )
    for nid in sorted(networks):
        held.update(
            int(r[0])
            for r in conn.execute(
                text(
                    "SELECT pa.ad_id FROM profile_ads pa JOIN profiles p ON p.id = pa.profile_id "
                    "WHERE p.network_id = :n"
                ),
                {"n": nid},
            )
        )
    return held


def plan(store: Store, policy: Policy | None = None, *, today: date | None = None) -> Plan:
    """What the policy says must go today, and why (nothing is changed)."""
    policy = policy or load_policy()
    day = today or datetime.now(UTC).date()
    result = Plan(today=day.isoformat(), cutoffs={})
    for name, cls in policy.classes.items():
        result.cutoffs[name] = (day - timedelta(days=cls.keep_days)).isoformat()
        result.reviews[name] = (day + timedelta(days=cls.review_days)).isoformat()
    with store.connect() as conn:
        if "ads" in policy.classes:
            cut = result.cutoffs["ads"]
            held = _open_case_ads(conn, result.today)
            rows = conn.execute(
                text(
                    "SELECT ad_id, MAX(COALESCE(NULLIF(posted_at, ''), ingested_at)) AS seen FROM ad_versions "
                    "GROUP BY ad_id HAVING MAX(substr(COALESCE(NULLIF(posted_at, ''), ingested_at), 1, 10)) < :c "
                    "ORDER BY ad_id"
                ),
                {"c": cut},
            )
            for aid, seen in rows:
                why = f"last seen {str(seen)[:10]}, before the cut-off {cut} ({policy.classes['ads'].keep_days} days)"
                item = Item("ads", str(aid), str(seen)[:10], why)
                (result.held if int(aid) in held else result.items).append(item)
            for item in result.held:
                item.why += "; kept: an open operation names it"
        if "login_attempts" in policy.classes:
            cut = result.cutoffs["login_attempts"]
            n = conn.execute(text("SELECT COUNT(*) FROM web_login_attempts WHERE ts < :c"), {"c": cut}).scalar_one()
            if n:
                result.items.append(Item("login_attempts", str(n), "", f"{n} login attempts before {cut}"))
    return result


@dataclass(slots=True)
class Applied:
    plan: Plan
    erasure: Erasure | None
    login_attempts: int


def apply(store: Store, *, reason: str, actor: str, policy: Policy | None = None, today: date | None = None) -> Applied:
    """Remove what ``plan`` lists: expired ads through the erasure function, old login attempts; audited."""
    if len(reason.strip()) < MIN_REASON:
        raise EraseError("retention apply needs a reason (the policy decision or schedule, at least 5 characters)")
    policy = policy or load_policy()
    todo = plan(store, policy, today=today)
    ads = todo.ads()
    erasure = None
    if ads:
        erasure = erase_ads(
            store,
            ads,
            reason=reason.strip(),
            actor=actor,
            kind="retention",
            object_id="ads",
            action="retention",
            details={"cutoff": todo.cutoffs.get("ads"), "held_by_open_operations": len(todo.held)},
        )
    n_logins = 0
    if "login_attempts" in policy.classes:
        with store.begin() as conn:
            res = conn.execute(
                text("DELETE FROM web_login_attempts WHERE ts < :c"), {"c": todo.cutoffs["login_attempts"]}
            )
            n_logins = max(int(res.rowcount), 0)
            if n_logins or not ads:
                audit.record(
                    conn,
                    actor=actor,
                    action="retention",
                    object_type="login_attempts",
                    justification=reason.strip(),
                    details={"removed": n_logins, "cutoff": todo.cutoffs["login_attempts"]},
                )
    return Applied(todo, erasure, n_logins)


def as_json(p: Plan) -> dict[str, Any]:
    return {
        "today": p.today,
        "cutoffs": p.cutoffs,
        "reviews": p.reviews,
        "remove": [asdict(i) for i in p.items],
        "held": [asdict(i) for i in p.held],
    }
