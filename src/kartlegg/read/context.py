"""Who reads, why, and in which disclosure mode; and the audited read every door goes through.

A ``ReadContext`` travels with every read: the actor, the role, the purpose (triage, outreach, export,
ad_text, ...), the justification and the disclosure mode. ``audited_read`` checks it against the
policy (role may use the mode; a purpose that discloses needs a reason), writes the audit row, and only
then reads. A refusal is audited too, then raised with a message for the user.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from kartlegg.i18n import N_
from kartlegg.read.policy import Mode, Policy, load_policy
from kartlegg.store import audit
from kartlegg.store.engine import Store

T = TypeVar("T")


class Refused(Exception):
    """The policy refuses this read (role and mode, or a missing reason); the refusal is audited.

    ``str()`` is the English message (CLI, audit row); ``msg`` and ``params`` let the workbench show it in
    the reader's language (``msg`` is a catalogue message id with ``%(name)s`` parameters)."""

    def __init__(self, msg: str, **params: object) -> None:
        super().__init__(msg % params if params else msg)
        self.msg = msg
        self.params = params


class ReasonRequired(Refused):
    """A disclosure without a justification."""


class AuditUnavailable(Exception):
    """The audit row could not be written, so nothing is read (fail-closed)."""


@dataclass(frozen=True, slots=True)
class ReadContext:
    actor: str
    role: str
    purpose: str
    justification: str = ""
    mode: Mode = "full"

    def with_purpose(self, purpose: str, mode: Mode | None = None) -> ReadContext:
        return ReadContext(self.actor, self.role, purpose, self.justification, mode or self.mode)


def cli_context(actor: str, purpose: str, justification: str = "", mode: Mode = "full") -> ReadContext:
    """The context of a command-line read: the operator's actor name and the policy's CLI role."""
    return ReadContext(actor, load_policy().cli_role, purpose, " ".join(justification.split()), mode)


def check(ctx: ReadContext, policy: Policy | None = None) -> None:
    """Raise ``Refused`` / ``ReasonRequired`` when the policy does not allow this read (not audited)."""
    pol = policy or load_policy()
    if not pol.allows(ctx.role, ctx.mode):
        raise Refused(
            N_("the %(role)s role may not read in %(mode)s mode (%(why)s)"),
            role=ctx.role,
            mode=ctx.mode,
            why=pol.modes[ctx.mode],
        )
    if pol.needs_reason(ctx.purpose) and not pol.reason_ok(ctx.justification):
        raise ReasonRequired(
            N_("%(purpose)s discloses person data: give a reason (case reference, at least %(n)s characters)"),
            purpose=ctx.purpose.replace("_", " "),
            n=pol.reason.min_length,
        )


def record_refusal(conn: Connection, ctx: ReadContext, object_type: str, object_id: str, why: str) -> None:
    audit.record(
        conn,
        actor=ctx.actor,
        action="refused",
        object_type=object_type,
        object_id=object_id,
        justification=ctx.justification[:500],
        details={"purpose": ctx.purpose, "role": ctx.role, "mode": ctx.mode, "why": why},
    )


def refuse_audited(store: Store, ctx: ReadContext, object_type: str, object_id: str, why: str) -> None:
    """Write the audit row of a refused request (a failed audit write is not hidden: it raises)."""
    try:
        with store.begin() as conn:
            record_refusal(conn, ctx, object_type, object_id, why)
    except SQLAlchemyError as exc:
        raise AuditUnavailable() from exc


def audited_read(
    store: Store,
    ctx: ReadContext,
    action: str,
    object_type: str,
    object_id: str,
    work: Callable[[Connection], T],
    details: dict[str, Any] | None = None,
    *,
    write: bool = False,
    policy: Policy | None = None,
) -> T:
    """Check the context, commit the audit row, then do the work: no audit row, no data.

    The row is committed before the data is read so that concurrent readers do not queue on the audit
    chain's lock; a read that fails after its row is logged is over-logged, never under-logged. ``write``
    work (erasure) runs inside the audit transaction.
    """
    try:
        check(ctx, policy)
    except Refused as exc:
        refuse_audited(store, ctx, object_type, object_id, str(exc))
        raise
    info = {"purpose": ctx.purpose, "mode": ctx.mode, "role": ctx.role, **(details or {})}
    try:
        with store.begin() as conn:
            try:
                audit.record(
                    conn,
                    actor=ctx.actor,
                    action=action,
                    object_type=object_type,
                    object_id=object_id,
                    justification=ctx.justification[:500],
                    details=info,
                )
            except Exception as exc:
                raise AuditUnavailable() from exc
            if write:
                return work(conn)
    except SQLAlchemyError as exc:  # the commit failed: the row is not there, so neither is the data
        raise AuditUnavailable() from exc
    with store.reading() as conn:  # reads only: PostgreSQL's read-only pool (Store.reading)
        return work(conn)
