"""What each stage stores about an ad, so erasure and retention reach every table (docs/lifecycle.md).

Every stage declares its tables here-like, in a ``holdings`` module of its own (``HOLDINGS``): how to
find the rows about a set of erased ads, or that the table is rebuilt from other tables by its stage, or
why it holds nothing about a single ad. A test fails for a table that no stage declared, so a table a
stage adds later cannot be forgotten by erasure.

A ``where`` clause selects the rows to delete and may use these parameters (lists, computed before
anything is deleted): ``ids`` (ad ids), ``sids`` (ad ids as text), ``versions`` (their version seqs),
``pages`` (their evidence pages), ``urls`` (their page URLs), ``carried`` (the selectors they carry; other
ads may carry them too). Each list is applied in chunks with the other lists empty, so a clause must be a
disjunction over the lists it names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Connection

#: rows: delete the rows ``where`` selects. hook: the stage's own function forgets the ad versions given
#: (an index whose rows a plain DELETE cannot reach). derived: the stage rebuilds the table after an
#: erasure (the erasure runs that rebuild). none: the table holds nothing about one ad (``why`` says
#: what it holds).
Kind = Literal["rows", "hook", "derived", "none"]


@dataclass(slots=True)
class Scope:
    """The erased ads and what hangs off them, computed before anything is deleted."""

    ids: list[int]
    versions: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    carried: list[int] = field(default_factory=list)

    @property
    def sids(self) -> list[str]:
        return [str(i) for i in self.ids]

    def params(self) -> dict[str, list[int] | list[str]]:
        return {
            "ids": self.ids,
            "sids": self.sids,
            "versions": self.versions,
            "pages": self.pages,
            "urls": self.urls,
            "carried": self.carried,
        }


#: A hook forgets the erased ads in what a stage keeps outside plain rows; runs before any row is deleted.
Hook = Callable[[Connection, Scope], None]


@dataclass(frozen=True, slots=True)
class Holding:
    table: str
    kind: Kind
    where: str = ""
    why: str = ""
    hook: Hook | None = None


def rows(table: str, where: str) -> Holding:
    return Holding(table, "rows", where=where)


def hook(table: str, fn: Hook, why: str) -> Holding:
    return Holding(table, "hook", why=why, hook=fn)


def derived(table: str, why: str) -> Holding:
    return Holding(table, "derived", why=why)


def nothing(table: str, why: str) -> Holding:
    return Holding(table, "none", why=why)


#: The spine's tables, in the order erasure deletes from them (children before parents).
HOLDINGS: tuple[Holding, ...] = (
    rows("ad_selectors", "ad_id IN :ids"),
    rows("ad_extractions", "ad_id IN :ids"),
    rows("ad_images", "ad_id IN :ids"),
    rows("ad_versions", "ad_id IN :ids"),
    rows(
        "selectors", "id IN :carried AND NOT EXISTS (SELECT 1 FROM ad_selectors o WHERE o.selector_id = selectors.id)"
    ),
    rows("raw_pages", "id IN :pages"),
    # a site's learned template (ad-id slots, its own lines, mail providers) holds values of the ads it was learned
    # from (a person's number in a busy slot, what the ads wrote under keyed digests): the models of the erased ads'
    # sites go, and the erasure's rebuild learns them again from the ads left (``extract.run.relearn_forgotten``)
    rows("site_furniture", "site IN (SELECT s.name FROM sites s JOIN ads a ON a.site_id = s.id WHERE a.id IN :ids)"),
    rows("ads", "id IN :ids"),
    nothing("sites", "site names and countries"),
    nothing("stage_runs", "when each stage ran, with counts"),
    nothing("schema_version", "applied migrations"),
    nothing("audit_log", "who did what and why; kept under its own rules (docs/lifecycle.md)"),
    nothing("erased_ads", "the keyed tombstones themselves"),
)
