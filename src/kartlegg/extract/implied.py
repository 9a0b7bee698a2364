"""An address whose domain an ad only implies, completed from the addresses written in full (session 39, issue 14).

Ads name an agency's mailbox by the agency's name ("Email: booking on polargrace", "E-post: post på jadetouchsenter",
"✉ booking på velvetnights") and a woman's by her provider's ("sweet.mai on hotmail"). Nothing in the ad says
whether polargrace is polargrace.com or .nu, nor whether her hotmail is hotmail.com or hotmail.no: a tool whose
addresses link persons must not invent the domain. But the same ad, its site or the other ads of the stream often
write the address, or another at that domain, in full ("booking@polargrace.com" in the agency's other ads). So:

- ``contacts`` reads the implied form after an e-mail cue as an ``email_implied`` match, value "local@name";
- a ``MailBook`` counts every address read in full (not inferred), by the first label of its registrable domain
  ("polargrace" -> polargrace.com) and by its local part and that label ("sweet.mai", "hotmail" -> the address);
- ``complete`` turns each ``email_implied`` match into an ``email`` when exactly one domain of that name is known,
  looked for in the ad first, then its site, then the whole stream, and drops it otherwise; and it puts an address
  the stream wrote in full in the place of a provider's guessed domain ("sweet.mai@hotmail.com" guessed,
  "sweet.mai@hotmail.no" written elsewhere), when that address is the only one of that local part and provider;
  and it drops the guess when the stream writes that provider with another domain (hotmail.no beside or instead of
  hotmail.com: the usual one would be a guess among several).

General, not one corpus's: it keys on an e-mail cue, a local part, a word such as "på"/"on"/"hos", and a name that
some page of the same stream shows as a domain; any site, any agency, any language of the four.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

from kartlegg.extract.lexicon import lexicon
from kartlegg.extract.matches import Extraction, Match

#: Bounds on what a book holds (a long stream of distinct addresses): past them nothing new is counted.
MAX_NAMES: Final = 200_000
MAX_ADDRESSES: Final = 500_000


def domain_label(domain: str) -> str | None:
    """The first label of a domain's registrable part ("mail.polargrace.com" -> "polargrace", "agency.co.uk" ->
    "agency"); None for a domain of one label."""
    split = _split(domain)
    return None if split is None else split[0]


def _split(domain: str) -> tuple[str, str] | None:
    """A domain's registrable part's first label and the registrable part ("mail.polargrace.com" -> ("polargrace",
    "polargrace.com")): its last two labels, three for co.uk-style names (as ``furniture.registrable``)."""
    labels = domain.lower().rstrip(".").split(".")
    if len(labels) < 2 or not all(labels):
        return None
    size = 3 if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else 2
    return labels[-size], ".".join(labels[-size:])


class MailBook:
    """The addresses a stream read in full: the domains by the first label of each (per site and for the whole
    stream), and the addresses by their local part and that label."""

    def __init__(self) -> None:
        self.site_domains: dict[str, dict[str, set[str]]] = {}
        self.domains: dict[str, set[str]] = {}
        self.addresses: dict[str, set[str]] = {}
        # the stored form of ``addresses`` (``note_site``): by ``address_key`` of "local@name", the domains written
        self.hashed: dict[str, set[str]] = {}
        self.names = 0

    def add(self, site: str, ex: Extraction) -> None:
        """Count the addresses ``ex`` read in full (none inferred or guessed) as ``site``'s."""
        for local, label, registrable, address in _written(ex):
            per_site = self.site_domains.get(site)
            if per_site is None:
                per_site = self.site_domains[site] = {}
            if self.names < MAX_NAMES:
                _note(per_site, label, registrable)
                if _note(self.domains, label, registrable):
                    self.names += 1
            if len(self.addresses) < MAX_ADDRESSES:
                _note(self.addresses, f"{local}@{label}", address)

    def add_site(self, site: str, domains: Mapping[str, Sequence[str]], addresses: Mapping[str, Sequence[str]]) -> None:
        """Count what one site's ads wrote in full (``note_site``'s tables, kept in the site's furniture model): a
        store's run builds its book from every site's model as a stream builds its own ad by ad (session 40)."""
        per_site = self.site_domains.get(site)
        if per_site is None:
            per_site = self.site_domains[site] = {}
        for label in sorted(domains):
            for registrable in domains[label]:
                if self.names >= MAX_NAMES:
                    break
                _note(per_site, label, registrable)
                if _note(self.domains, label, registrable):
                    self.names += 1
        for key in sorted(addresses):
            for value in addresses[key]:
                if len(self.hashed) < MAX_ADDRESSES:
                    _note(self.hashed, key, value)

    def domain(self, site: str, name: str) -> str | None:
        """The one domain named ``name`` that ``site``'s ads wrote, else the one the stream's ads wrote; None when
        none or several were written."""
        per_site = self.site_domains.get(site)
        if per_site is not None:
            found = per_site.get(name)
            if found:
                return next(iter(found)) if len(found) == 1 else None
        found = self.domains.get(name)
        return next(iter(found)) if found is not None and len(found) == 1 else None

    def address(self, local: str, name: str) -> str | None:
        """The one address of local part ``local`` at a domain named ``name`` the stream wrote in full."""
        found = self.addresses.get(f"{local}@{name}")
        if found is None and self.hashed:
            domains = self.hashed.get(address_key(local, name))
            return f"{local}@{next(iter(domains))}" if domains is not None and len(domains) == 1 else None
        return next(iter(found)) if found is not None and len(found) == 1 else None


def _note(book: dict[str, set[str]], key: str, value: str) -> bool:
    """Add ``value`` under ``key``; True when the key is new."""
    found = book.get(key)
    if found is None:
        book[key] = {value}
        return True
    if len(found) < 4:
        found.add(value)
    return False


def address_key(local: str, name: str) -> str:
    """The stored key of an address by its local part and domain name: a digest, so that a site's stored model holds
    which domains a local part was written with, not the persons' addresses (16 hex digits of BLAKE2b)."""
    return hashlib.blake2b(f"{local}@{name}".encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def note_site(ex: Extraction, domains: dict[str, set[str]], addresses: dict[str, set[str]]) -> None:
    """Count the addresses ``ex`` read in full into one site's tables, as ``MailBook.add`` counts them: the domains by
    their name, and, for the providers whose domain an ad may leave to be guessed (``email_default_domains``: only a
    guessed address is looked up by its local part), the domains each local part was written with, by
    ``address_key``."""
    for local, label, registrable, address in _written(ex):
        _note(domains, label, registrable)
        if label in _guessed_labels():
            _note(addresses, address_key(local, label), address.rpartition("@")[2])


def _written(ex: Extraction) -> Iterator[tuple[str, str, str, str]]:
    """The addresses ``ex`` read in full (none inferred or guessed), as (local part, domain name, registrable
    domain, address)."""
    for m in ex.matches:
        if m.kind != "email" or m.detail.get("inferred"):
            continue
        local, _at, domain = m.value.rpartition("@")
        split = _split(domain)
        if local and split is not None:
            yield local, split[0], split[1], m.value


@functools.cache
def _guessed_labels() -> frozenset[str]:
    """The domain names a guessed address can have: the providers of ``email_default_domains`` and their domains'."""
    out: set[str] = set()
    for name, domain in lexicon().email_default_domains.items():
        out.add(name.lower())
        label = domain_label(domain.lower())
        if label is not None:
            out.add(label)
    return frozenset(out)


def may_complete(ex: Extraction) -> bool:
    """Does ``ex`` hold an implied or a guessed address (a cheap pre-test: most ads hold neither)?"""
    for m in ex.matches:
        if m.kind == "email_implied" or (m.kind == "email" and m.detail.get("guessed")):
            return True
    return False


def complete(ex: Extraction, site: str | None, book: MailBook | None) -> None:
    """Complete or drop each ``email_implied`` match of ``ex`` and correct each guessed address (module docstring);
    ``book``: the stream's, or None for the ad's own evidence only. Changes ``ex`` in place."""
    if not may_complete(ex):
        return
    own: dict[str, set[str]] = {}
    for m in ex.matches:
        if m.kind == "email" and not m.detail.get("inferred"):
            split = _split(m.value.rpartition("@")[2])
            if split is not None:
                _note(own, split[0], split[1])
    out: list[Match] = []
    for m in ex.matches:
        if m.kind == "email_implied":
            local, _at, name = m.value.rpartition("@")
            found = own.get(name)
            domain: str | None = None
            source = "ad"
            if found:
                domain = next(iter(found)) if len(found) == 1 else None
            elif book is not None:
                domain = book.domain(site or "", name)
                source = "stream"
            if domain is not None:
                detail = dict(m.detail)
                detail["implied_from"] = source
                out.append(Match("email", f"{local}@{domain}", m.field, m.start, m.end, m.raw, detail))
            continue
        if book is not None and m.kind == "email" and m.detail.get("guessed"):
            local, _at, domain = m.value.rpartition("@")
            label = domain_label(domain)
            written = book.address(local, label) if label is not None else None
            if written is None and label is not None:
                # the provider's domains the stream writes in full: the usual one alone, or none, leave the guess;
                # another (hotmail.no beside or instead of hotmail.com) makes it a guess among several: dropped
                seen = book.domains.get(label)
                if seen is not None and (len(seen) > 1 or domain not in seen):
                    continue
            if written is not None and written != m.value:
                detail = dict(m.detail)
                detail["guessed_as"] = m.value
                detail["implied_from"] = "stream"
                out.append(Match("email", written, m.field, m.start, m.end, m.raw, detail))
                continue
        out.append(m)
    ex.matches[:] = out
