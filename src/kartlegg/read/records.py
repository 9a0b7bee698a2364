"""What a door may show of a person, an ad or a network: the read layer's records, projected by the policy.

Each read (``profile``, ``network``, ``ad``, ``evidence``, ``search``, the lists' ``person_list``) checks
the context and writes the audit row (``audited_read``), reads the full record (``read.persons``), then
keeps only the fields the disclosure policy (``policy.yaml`` ``views``) declares for the context's mode, in
the policy's order. In pseudonymised mode every string left is scrubbed: each selector the record's ads
carry (value and the form the ad wrote, URLs included) becomes its keyed token, then anything still shaped
like a contact is redacted. The CLI and the workbench render these records and nothing else, so a field the
policy drops disappears from both.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from typing import Any, Literal, TypeVar

from sqlalchemy import Connection, bindparam, text

from kartlegg.read import lists, persons
from kartlegg.read.context import ReadContext, Refused, audited_read, refuse_audited
from kartlegg.read.policy import Policy, load_policy
from kartlegg.read.pseudonym import Pseudonymiser, for_home
from kartlegg.store.engine import Store

#: fields that are hashes or keys, never person data: shown as they are in every mode
_NOT_TEXT = frozenset({"sha256", "phash", "source_sha256"})
#: a page of list rows (``read.lists``)
PageT = TypeVar("PageT", lists.ProfilePage, lists.NetworkPage)
#: a nested record (or list of records) whose fields another view of the policy declares
NESTED = {("network", "graph"): "graph", ("network", "members"): "member", ("ad", "evidence"): "evidence"}


class Record(dict[str, Any]):
    """The fields a mode may see, by name; attribute access too, so templates read ``p.city``."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


class Scrubber:
    """Free text and selector values of a pseudonymised disclosure as keyed tokens (fail closed)."""

    def __init__(self, policy: Policy, pseudonymiser: Pseudonymiser, known: Iterable[tuple[str, str, str]]) -> None:
        self.policy = policy
        self.p = pseudonymiser
        self.known: dict[str, str] = {}
        for kind, value, raw in known:
            if self.policy.is_plain(kind):
                continue
            token = self.p.token(kind, value)
            for form in (value, raw):
                if form and len(form) >= 4:
                    self.known.setdefault(form, token)
        forms = sorted(self.known, key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(f) for f in forms)) if forms else None

    def text(self, value: str) -> str:
        if self.pattern is not None:
            value = self.pattern.sub(lambda m: self.known[m.group(0)], value)
        return self.policy.redact(value)

    def __call__(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list | tuple):
            return [self(v) for v in value]
        if isinstance(value, dict):
            out = type(value)((k, v if k in _NOT_TEXT else self(v)) for k, v in value.items())  # a Record stays one
            kind = value.get("kind")
            if isinstance(kind, str) and isinstance(value.get("value"), str) and not self.policy.is_plain(kind):
                # a selector (kind and value) or a highlighted span of one: its token, never the text
                out["value"] = self.p.token(kind, value["value"])
                if "text" in value:
                    out["text"] = f"[{out['value']}]"
            return out
        return value


def project(view: str, ctx: ReadContext, data: Any, scrub: Scrubber | None, policy: Policy) -> Record:
    """The record's fields that ``ctx.mode`` shows in ``view``, in the policy's order, scrubbed when asked."""
    full = data if isinstance(data, dict) else dataclasses.asdict(data)
    out = Record()
    for name in policy.fields(view, ctx.mode):
        value = full[name]
        sub = NESTED.get((view, name))
        if sub is not None and isinstance(value, list):
            value = [project(sub, ctx, v, None, policy) for v in value]
        elif sub is not None and value is not None:
            value = project(sub, ctx, value, None, policy)
        out[name] = scrub(value) if scrub is not None else value
    return out


def _shown(store: Store, ctx: ReadContext, view: str, object_type: str, object_id: str, policy: Policy) -> None:
    """Refuse a read in a mode that shows nothing of the view (the refusal is audited, as every refusal)."""
    if not policy.fields(view, ctx.mode):
        why = f"the disclosure policy shows no {view} in {ctx.mode} mode"
        refuse_audited(store, ctx, object_type, object_id, why)
        raise Refused(why)


def _scrubber(store: Store, ctx: ReadContext, policy: Policy, conn: Connection, ad_ids: list[int]) -> Scrubber | None:
    if ctx.mode != "pseudonymised":
        return None
    return Scrubber(policy, for_home(store.settings.home), known_selectors(conn, ad_ids))


def known_selectors(conn: Connection, ad_ids: list[int]) -> list[tuple[str, str, str]]:
    """Every (kind, value, form as written) the ads carry, their URLs and image URLs included."""
    if not ad_ids:
        return []
    ids = {"ids": ad_ids}
    found = [
        (str(k), str(v), str(r or ""))
        for k, v, r in conn.execute(
            text(
                "SELECT s.kind, s.value, x.raw FROM ad_selectors x JOIN selectors s ON s.id = x.selector_id "
                "WHERE x.ad_id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            ids,
        )
    ]
    for sql in ("SELECT url FROM ad_versions WHERE ad_id IN :ids", "SELECT url FROM ad_images WHERE ad_id IN :ids"):
        stmt = text(sql).bindparams(bindparam("ids", expanding=True))
        found += [("url", str(u), str(u)) for (u,) in conn.execute(stmt, ids) if u]
    return found


def profile(
    store: Store,
    ctx: ReadContext,
    profile_id: str,
    *,
    action: str = "read",
    translate: Callable[[str], str] | None = None,
    policy: Policy | None = None,
) -> Record | None:
    """One profile as ``ctx.mode`` may see it (None when there is no such profile)."""
    pol = policy or load_policy()
    _shown(store, ctx, "profile", "profile", profile_id, pol)

    def work(conn: Connection) -> Record | None:
        rec = persons.profile(conn, profile_id, translate=translate)
        if rec is None:
            return None
        scrub = _scrubber(store, ctx, pol, conn, [t.ad_id for t in rec.timeline])
        return project("profile", ctx, rec, scrub, pol)

    return audited_read(store, ctx, action, "profile", profile_id, work, policy=pol)


def network(
    store: Store, ctx: ReadContext, network_id: str, *, action: str = "read", policy: Policy | None = None
) -> Record | None:
    """One network, its members and its graph as ``ctx.mode`` may see them."""
    pol = policy or load_policy()
    _shown(store, ctx, "network", "network", network_id, pol)

    def work(conn: Connection) -> Record | None:
        rec = persons.network(conn, network_id)
        if rec is None:
            return None
        ads = [a for m in rec.members for a in persons.profile_ads(conn, m.profile_id, 200)]
        return project("network", ctx, rec, _scrubber(store, ctx, pol, conn, ads), pol)

    return audited_read(store, ctx, action, "network", network_id, work, policy=pol)


def ad(
    store: Store, ctx: ReadContext, ad_id: int, *, action: str = "read", policy: Policy | None = None
) -> Record | None:
    """One ad (text with its selectors highlighted, evidence, versions) as ``ctx.mode`` may see it."""
    pol = policy or load_policy()
    _shown(store, ctx, "ad", "ad", str(ad_id), pol)

    def work(conn: Connection) -> Record | None:
        rec = persons.ad(conn, ad_id)
        return None if rec is None else project("ad", ctx, rec, _scrubber(store, ctx, pol, conn, [ad_id]), pol)

    return audited_read(store, ctx, action, "ad", str(ad_id), work, policy=pol)


def evidence(
    store: Store,
    ctx: ReadContext,
    ad_id: int,
    fetch: Callable[[persons.Evidence], bytes | None],
    *,
    action: str = "export",
    policy: Policy | None = None,
) -> bytes | None:
    """The archived record an ad was read from (``fetch`` reads the WARC): only in a mode whose evidence
    view declares ``record`` (raw bytes cannot be pseudonymised), audited as an evidence download."""
    pol = policy or load_policy()
    if "record" not in pol.fields("evidence", ctx.mode):
        why = f"the disclosure policy gives no archived record in {ctx.mode} mode"
        refuse_audited(store, ctx, "warc_record", str(ad_id), why)
        raise Refused(why)

    def work(conn: Connection) -> bytes | None:
        ev = persons.ad_evidence(conn, ad_id)
        return fetch(ev) if ev is not None else None

    return audited_read(store, ctx, action, "warc_record", str(ad_id), work, policy=pol)


def search(
    store: Store,
    ctx: ReadContext,
    find: Callable[[Connection], tuple[str, list[persons.AdHit]]],
    details: dict[str, Any],
    *,
    policy: Policy | None = None,
) -> tuple[str, list[Record]]:
    """Search hits (titles and text snippets: person data) as ``ctx.mode`` may see them; ``find`` runs the
    search and says how it searched. Needs a reason, as the policy's ``search`` purpose says."""
    pol = policy or load_policy()
    _shown(store, ctx, "search", "ads", "", pol)

    def work(conn: Connection) -> tuple[str, list[Record]]:
        used, found = find(conn)
        scrub = _scrubber(store, ctx, pol, conn, [h.ad_id for h in found])
        return used, [project("search", ctx, h, scrub, pol) for h in found]

    return audited_read(store, ctx, "search", "ads", "", work, details, policy=pol)


def person_list(
    store: Store,
    ctx: ReadContext,
    view: Literal["profile_list", "network_list"],
    read: Callable[[Connection], PageT],
    details: dict[str, Any],
    *,
    action: str = "consult",
    policy: Policy | None = None,
) -> PageT:
    """A page of the profile or network list (``read`` builds it, ``read.lists``) with each row cut to the
    fields ``ctx.mode`` shows in ``view``; pseudonymised rows are scrubbed of anything shaped like a contact."""
    pol = policy or load_policy()
    object_type = "profiles" if view == "profile_list" else "networks"
    _shown(store, ctx, view, object_type, "*", pol)

    def work(conn: Connection) -> PageT:
        page = read(conn)
        scrub = Scrubber(pol, for_home(store.settings.home), []) if ctx.mode == "pseudonymised" else None
        return dataclasses.replace(page, rows=[project(view, ctx, r, scrub, pol) for r in page.rows])

    return audited_read(store, ctx, action, object_type, "*", work, details, policy=pol)
