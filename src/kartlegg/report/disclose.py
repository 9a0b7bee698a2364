"""Disclosure control: every report and export is audited before data leaves, optionally pseudonymised.

``Disclosure`` is what every writer asks for a selector's printable form: the value itself, or its keyed
token in pseudonymised mode (text spans carrying the selector are replaced too, using the spans
extraction stored, so a phone number in an ad's body never leaks into a pseudonymised report). Which
kinds stay plain is the disclosure policy's (``kartlegg/read/policy.yaml``): every other kind, including
kinds added later, is tokenised, and free text is also swept for anything shaped like a contact.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from kartlegg.read.policy import Policy, load_policy
from kartlegg.read.pseudonym import Pseudonymiser
from kartlegg.report.query import AdRecord, Scope
from kartlegg.store import audit


@dataclass(frozen=True, slots=True)
class Disclosure:
    pseudonymiser: Pseudonymiser | None = None
    policy: Policy = dataclasses.field(default_factory=load_policy)
    _cache: dict[tuple[int, ...], tuple[re.Pattern[str] | None, dict[str, str]]] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )

    def sensitive(self, kind: str) -> bool:
        """Tokenised when pseudonymised: every kind the policy does not list as plain."""
        return not self.policy.is_plain(kind)

    @property
    def pseudonymised(self) -> bool:
        return self.pseudonymiser is not None

    def columns(self, view: str) -> tuple[str, ...]:
        """The fields of an export the policy declares for this disclosure's mode (full or pseudonymised)."""
        return self.policy.fields(view, "pseudonymised" if self.pseudonymised else "full")

    def selector(self, kind: str, value: str) -> str:
        if self.pseudonymiser is None or not self.sensitive(kind):
            return value
        return self.pseudonymiser.token(kind, value)

    def labelled(self, kind: str, value: str) -> str:
        """``phone +4670...`` or, pseudonymised, the token (which already names its kind)."""
        shown = self.selector(kind, value)
        return shown if shown != value else f"{kind} {value}"

    def ad_text(self, ad: AdRecord, field: str, value: str | None) -> str:
        """An ad field as disclosed: sensitive selector spans replaced by tokens when pseudonymised."""
        if not value:
            return ""
        if self.pseudonymiser is None:
            return value
        spans = sorted(
            ((h.start, h.end, h.kind, h.value) for h in ad.selectors if h.field == field and self.sensitive(h.kind)),
            reverse=True,
        )
        out = value
        last_start = len(value) + 1
        for start, end, kind, sel in spans:
            if end > last_start or start < 0 or end > len(value):
                continue  # overlapping or stale span: the earlier replacement already covers it
            out = out[:start] + "[" + self.pseudonymiser.token(kind, sel) + "]" + out[end:]
            last_start = start
        return self.policy.redact(out)

    def scrub(self, value: str, ads: list[AdRecord], extra: tuple[tuple[str, str], ...] = ()) -> str:
        """Free text (indicator evidence, link reasons, notes) as disclosed. Pseudonymised: every selector
        the ads carry (and ``extra`` (kind, value) pairs) replaced by its token, longest first so a number
        is not half-replaced, then anything still shaped like a contact redacted."""
        if self.pseudonymiser is None or not value:
            return value
        pattern, known = self._known(ads)
        if pattern is not None:
            value = pattern.sub(lambda m: known[m.group(0)], value)
        for kind, sel in extra:
            if self.sensitive(kind) and len(sel) >= 4:
                value = value.replace(sel, self.pseudonymiser.token(kind, sel))
        return self.policy.redact(value)

    def _known(self, ads: list[AdRecord]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """Every sensitive form the ads carry -> its token, and one pattern finding them (longest first);
        built once per set of ads (a report scrubs thousands of texts against the same ads)."""
        key = tuple(a.ad_id for a in ads)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        assert self.pseudonymiser is not None
        known: dict[str, str] = {}
        pairs = [(h.kind, h.value, h.raw) for ad in ads for h in ad.selectors if self.sensitive(h.kind)]
        pairs += [("url", ad.url, ad.url) for ad in ads if ad.url]
        for kind, sel, raw in pairs:
            if sel in known and raw in known:
                continue
            token = self.pseudonymiser.token(kind, sel)
            for form in (sel, raw):
                if len(form) >= 4:
                    known[form] = token
        forms = sorted(known, key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(f) for f in forms)) if forms else None
        self._cache.clear()  # one scope at a time: a report or an export scrubs against one set of ads
        self._cache[key] = (pattern, known)
        return pattern, known

    def url(self, ad: AdRecord) -> str:
        """An ad's URL, or its token when pseudonymised (URLs often carry the number or the person's name)."""
        if self.pseudonymiser is None:
            return ad.url or ""
        return self.pseudonymiser.token("url", ad.url) if ad.url else ""


def record_disclosure(
    conn: Connection,
    *,
    actor: str,
    action: str,
    what: str,
    object_id: str,
    scope: Scope,
    fmt: str,
    reason: str,
    recipient: str,
    output: str,
    pseudonymised: bool,
    extra: dict[str, Any] | None = None,
) -> audit.AuditEntry:
    """The audit row for one report or export (who, what, why, to whom), written inside the caller's
    transaction so that nothing is disclosed when it cannot be recorded."""
    details: dict[str, Any] = {
        "format": fmt,
        "output": output,
        "recipient": recipient,
        "scope": scope.describe(),
        "pseudonymised": pseudonymised,
    }
    details.update(extra or {})
    return audit.record(
        conn, actor=actor, action=action, object_type=what, object_id=object_id, justification=reason, details=details
    )
