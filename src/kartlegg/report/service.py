"""Reports and exports as the CLI and the web app call them: load the scope, audit, then write.

The audit row is committed before any byte is written (fail-closed): when it cannot be recorded,
nothing is disclosed.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from kartlegg.read import AuditUnavailable, PolicyError, ReadContext, Refused, check, load_policy, refuse_audited
from kartlegg.read.pseudonym import for_home
from kartlegg.report import tables
from kartlegg.report.disclose import Disclosure, record_disclosure
from kartlegg.report.export_ads import iter_export_rows, write_csv, write_jsonl
from kartlegg.report.graph import build_graph, write_gexf, write_graphml
from kartlegg.report.html import KINDS, ReportMeta, render_report
from kartlegg.report.i2 import write_i2
from kartlegg.report.pdf import html_to_pdf
from kartlegg.report.query import Dataset, Scope, load_dataset, network_exists, profile_exists
from kartlegg.store.engine import Store

EXPORT_KINDS: dict[str, tuple[str, ...]] = {
    "ads": ("jsonl", "csv"),
    "profiles": ("csv",),
    "networks": ("csv",),
    "selectors": ("csv",),
    "csv": ("csv",),
    "graph": ("graphml", "gexf", "i2", "ftm"),
}
#: bulk exports for jobs beyond one machine (command line only: a folder of Parquet files, the whole store)
BULK_EXPORTS: dict[str, tuple[str, ...]] = {"versions": ("parquet",)}
#: kinds/formats whose output is a folder of several files
FOLDER_OUTPUTS = {("csv", "csv"), ("graph", "i2")}


class DisclosureError(Exception):
    """A user mistake (unknown kind, missing subject, missing output folder)."""


@dataclass(frozen=True, slots=True)
class Request:
    actor: str
    reason: str
    recipient: str
    pseudonymise: bool = False
    #: the requester's role (the workbench user's); None: the policy's command-line role
    role: str | None = None

    def context(self, purpose: str) -> ReadContext:
        return ReadContext(
            self.actor,
            self.role or load_policy().cli_role,
            purpose,
            " ".join(self.reason.split()),
            "pseudonymised" if self.pseudonymise else "full",
        )


def _allowed(store: Store, req: Request, purpose: str, what: str, object_id: str) -> None:
    """The disclosure policy's check (role and mode, a reason): a refusal is audited, then reported."""
    try:
        ctx = req.context(purpose)
    except PolicyError as exc:
        raise DisclosureError(str(exc)) from exc
    try:
        check(ctx)
    except Refused as exc:
        raise _refused(store, ctx, what, object_id, str(exc)) from exc


def _refused(store: Store, ctx: ReadContext, what: str, object_id: str, why: str) -> DisclosureError:
    """Audit a refusal (when the log can be written: refused all the same) and say why."""
    try:
        refuse_audited(store, ctx, what, object_id, why)
    except AuditUnavailable:
        pass  # the refusal discloses nothing
    return DisclosureError(why)


def _disclosure(store: Store, pseudonymise: bool) -> Disclosure:
    return Disclosure(for_home(store.settings.home) if pseudonymise else None)


def report(
    store: Store, kind: str, subject: str, scope: Scope, fmt: str, output: Path, req: Request, *, charts: bool = True
) -> Path:
    """Write an HTML or PDF report of a profile, a network or the market (within ``scope``)."""
    if kind not in KINDS:
        raise DisclosureError(f"unknown report {kind!r}; available: {', '.join(KINDS)}")
    if fmt not in ("html", "pdf"):
        raise DisclosureError(f"unknown format {fmt!r}; use html or pdf")
    _allowed(store, req, "report", kind, subject or "*")
    with store.connect() as conn:
        if kind == "profile":
            if not profile_exists(conn, subject):
                raise DisclosureError(f"no profile {subject!r}")
            scope = replace(scope, profile=subject)
        elif kind == "network":
            if not network_exists(conn, subject):
                raise DisclosureError(f"no network {subject!r}")
            scope = replace(scope, network=subject)
        ds = load_dataset(conn, scope)
    d = _disclosure(store, req.pseudonymise)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    html = render_report(ds, ReportMeta(kind, subject, now, req.actor, req.reason, req.recipient), d, charts=charts)
    with store.begin() as conn:
        record_disclosure(
            conn,
            actor=req.actor,
            action="report",
            what=kind,
            object_id=subject or "*",
            scope=scope,
            fmt=fmt,
            reason=req.reason,
            recipient=req.recipient,
            output=str(output),
            pseudonymised=d.pseudonymised,
            extra={"ads": len(ds.ads)},
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        output.write_text(html, encoding="utf-8")
        return output
    with tempfile.TemporaryDirectory(prefix="kartlegg-report-") as tmp:
        src = Path(tmp) / "report.html"
        src.write_text(html, encoding="utf-8")
        html_to_pdf(src, output)
    return output


def _open(output: str) -> IO[bytes]:
    if output == "-":
        return sys.stdout.buffer
    return open(output, "wb")


def export(store: Store, what: str, fmt: str, scope: Scope, output: str, req: Request) -> int:
    """Export a scope; returns the number of rows, entities or graph elements written."""
    if what in BULK_EXPORTS:
        return _export_versions(store, fmt, scope, output, req)
    if what not in EXPORT_KINDS:
        raise DisclosureError(f"unknown export {what!r}; available: {', '.join(EXPORT_KINDS)}")
    if fmt not in EXPORT_KINDS[what]:
        raise DisclosureError(f"unknown format {fmt!r} for {what}; use {' or '.join(EXPORT_KINDS[what])}")
    folder = (what, fmt) in FOLDER_OUTPUTS
    if folder and output == "-":
        raise DisclosureError(f"{what} --format {fmt} writes several files: give --output FOLDER")
    object_id = scope.network or scope.profile or "*"
    purpose = "graph" if what == "graph" else "export"
    _allowed(store, req, purpose, what, object_id)
    d = _disclosure(store, req.pseudonymise)
    views = ["export_graph_nodes"] if what == "graph" else [f"export_{t}" for t in _tables(what)]
    if [v for v in views if not d.columns(v)]:
        ctx = req.context(purpose)
        raise _refused(store, ctx, what, object_id, f"the disclosure policy writes no {what} export in {ctx.mode} mode")
    streaming = what == "ads" and scope == Scope()
    ds = None
    if not streaming:
        with store.connect() as conn:
            ds = load_dataset(conn, scope)
    with store.begin() as conn:
        record_disclosure(
            conn,
            actor=req.actor,
            action="export",
            what=what,
            object_id=scope.network or scope.profile or "*",
            scope=scope,
            fmt=fmt,
            reason=req.reason,
            recipient=req.recipient,
            output=output,
            pseudonymised=d.pseudonymised,
            extra={"ads": len(ds.ads) if ds is not None else "all"},
        )
    if ds is None:
        # The whole store: streamed in batches (the spine's export), never held in memory.
        fh = _open(output)
        try:
            with store.connect() as conn:
                rows = (tables.disclose_export_row(r, d) for r in iter_export_rows(conn))
                cols = d.columns("export_ads")
                return write_jsonl(rows, fh, cols) if fmt == "jsonl" else write_csv(rows, fh, cols)
        finally:
            _close(fh)
    if folder:
        return _write_folder(ds, d, what, fmt, Path(output))
    fh = _open(output)
    try:
        return _write_one(ds, d, what, fmt, fh)
    finally:
        _close(fh)


def _export_versions(store: Store, fmt: str, scope: Scope, output: str, req: Request) -> int:
    """Every ad version with its raw text as Parquet (full mode only), audited before the first file."""
    if fmt not in BULK_EXPORTS["versions"]:
        raise DisclosureError(f"unknown format {fmt!r} for versions; use parquet")
    if scope != Scope():
        raise DisclosureError("versions exports the whole store: leave out --network, --profile, --city and dates")
    if output == "-":
        raise DisclosureError("versions --format parquet writes a folder of files: give --out FOLDER")
    from kartlegg.report.export_versions import write_versions  # pyarrow (the [spark] extra): before the audit

    _allowed(store, req, "export", "versions", "*")
    d = _disclosure(store, req.pseudonymise)
    cols = d.columns("export_versions")
    if not cols:
        ctx = req.context("export")
        why = f"the disclosure policy writes no versions export in {ctx.mode} mode"
        raise _refused(store, ctx, "versions", "*", why)

    with store.begin() as conn:
        record_disclosure(
            conn,
            actor=req.actor,
            action="export",
            what="versions",
            object_id="*",
            scope=scope,
            fmt=fmt,
            reason=req.reason,
            recipient=req.recipient,
            output=output,
            pseudonymised=d.pseudonymised,
            extra={"ads": "all", "columns": list(cols)},
        )
    with store.connect() as conn:
        return write_versions(conn, Path(output), cols)


def _tables(what: str) -> tuple[str, ...]:
    """The tables an export writes (``csv``: all of them)."""
    return tables.TABLES if what == "csv" else (what,)


def _close(fh: IO[bytes]) -> None:
    if fh is sys.stdout.buffer:
        fh.flush()
    else:
        fh.close()


def _write_one(ds: Dataset, d: Disclosure, what: str, fmt: str, fh: IO[bytes]) -> int:
    if what == "graph":
        if fmt == "ftm":
            from kartlegg.report.ftm import write_ftm  # followthemoney takes ~1 s to import: only when used

            return write_ftm(ds, d, fh)
        g = build_graph(ds, d)
        (write_graphml if fmt == "graphml" else write_gexf)(g, fh)
        return len(g.nodes) + len(g.edges)
    if what == "ads" and fmt == "jsonl":
        return write_jsonl(tables.ad_rows(ds, d), fh, d.columns("export_ads"))
    return tables.write_table_csv(what, ds, d, fh)


def _write_folder(ds: Dataset, d: Disclosure, what: str, fmt: str, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "i2":
        g = build_graph(ds, d)
        write_i2(g, folder)
        return len(g.nodes) + len(g.edges)
    n = 0
    for name in tables.TABLES:
        with open(folder / f"{name}.csv", "wb") as fh:
            n += tables.write_table_csv(name, ds, d, fh)
    return n
