"""The read layer: every door (CLI, workbench, reports, exports) reads person data through here.

* ``ReadContext`` (actor, role, purpose, justification, disclosure mode) travels with every read;
  ``audited_read`` checks it against the disclosure policy, writes the audit row, then reads.
* ``policy.yaml`` (``load_policy``) declares which role reads in which mode, which fields each mode shows,
  which kinds are contacts, and which purposes need a reason.
* ``views``: the one triage queue, outreach list and explanation the CLI and the workbench share.
"""

from kartlegg.read.context import (
    AuditUnavailable,
    ReadContext,
    ReasonRequired,
    Refused,
    audited_read,
    check,
    cli_context,
    refuse_audited,
)
from kartlegg.read.policy import MODES, Mode, Policy, PolicyError, load_policy

__all__ = [
    "MODES",
    "AuditUnavailable",
    "Mode",
    "Policy",
    "PolicyError",
    "ReadContext",
    "ReasonRequired",
    "Refused",
    "audited_read",
    "check",
    "cli_context",
    "load_policy",
    "refuse_audited",
]
