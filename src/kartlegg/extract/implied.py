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
import hmac
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
    stream), and the addresses by their local part and that label. A store's book also holds what the stored site
    models keep of them, under ``keyed`` digests (``stored_key``): looked up with the store's key, never read back."""

    def __init__(self, key: bytes | None = None) -> None:
        self.site_domains: dict[str, dict[str, set[str]]] = {}
        self.domains: dict[str, set[str]] = {}
        self.addresses: dict[str, set[str]] = {}
        self.names = 0
        # from stored models (session 41): by ``stored_key`` of a name, the suffixes its domains were written with
        # ("se" of velvetgrace.se), per site and for the whole store; by ``stored_key`` of "local@name", the suffixes
        self.key = key
        self.site_keyed: dict[str, dict[str, set[str]]] = {}
        self.keyed: dict[str, set[str]] = {}
        self.keyed_addresses: dict[str, set[str]] = {}

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
        """Count what one site's ads wrote in full (``note_site``'s tables, kept in the site's furniture model while
        it is learned): a store's run builds its book from every site's model as a stream builds its own ad by ad
        (session 40)."""
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
                if len(self.addresses) < MAX_ADDRESSES:
                    _note(self.addresses, key, value)

    def add_stored(
        self, site: str, domains: Mapping[str, Sequence[str]], addresses: Mapping[str, Sequence[str]]
    ) -> None:
        """Count what a stored site model keeps of its ads' addresses (``stored_tables``: keyed digests of names and
        of local part and name); looked up only when the book has the store's key."""
        per_site = self.site_keyed.get(site)
        if per_site is None:
            per_site = self.site_keyed[site] = {}
        for digest in sorted(domains):
            for suffix in domains[digest]:
                if len(self.keyed) >= MAX_NAMES:
                    break
                _note(per_site, digest, suffix)
                _note(self.keyed, digest, suffix)
        for digest in sorted(addresses):
            for value in addresses[digest]:
                if len(self.keyed_addresses) < MAX_ADDRESSES:
                    _note(self.keyed_addresses, digest, value)

    def _named(
        self, plain: dict[str, set[str]] | None, keyed: dict[str, set[str]] | None, name: str
    ) -> set[str] | None:
        """The domains named ``name`` in a plain table and a keyed one (suffixes: ``name.suffix``)."""
        found = plain.get(name) if plain is not None else None
        if keyed and self.key is not None:
            suffixes = keyed.get(stored_key(self.key, name))
            if suffixes:
                found = (found or set()) | {f"{name}.{s}" for s in suffixes}
        return found

    def written(self, name: str) -> set[str] | None:
        """The domains named ``name`` the stream (or the store's sites) wrote in full."""
        return self._named(self.domains, self.keyed, name)

    def domain(self, site: str, name: str) -> str | None:
        """The one domain named ``name`` that ``site``'s ads wrote, else the one the stream's ads wrote; None when
        none or several were written."""
        found = self._named(self.site_domains.get(site), self.site_keyed.get(site), name)
        if found:
            return next(iter(found)) if len(found) == 1 else None
        found = self.written(name)
        return next(iter(found)) if found is not None and len(found) == 1 else None

    def address(self, local: str, name: str) -> str | None:
        """The one address of local part ``local`` at a domain named ``name`` the stream wrote in full."""
        found = self.addresses.get(f"{local}@{name}")
        if found is None and self.keyed_addresses and self.key is not None:
            suffixes = self.keyed_addresses.get(stored_key(self.key, f"{local}@{name}"))
            return f"{local}@{name}.{next(iter(suffixes))}" if suffixes is not None and len(suffixes) == 1 else None
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


def stored_key(key: bytes, value: str) -> str:
    """The one digest a stored site model keeps of what its ads wrote (a domain's name, an address's local part and
    name): HMAC-SHA256 under the store's key (as ``erased_ads`` keys its tombstones), 32 hex digits. Without the key
    a digest names nobody: an unkeyed hash (CRC-32, BLAKE2b) of a short local part is reversed by trying every one
    (session 41). Used only to look up what a new ad implies; never read back."""
    return hmac.new(key, b"furniture\x1f" + value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]


def stored_tables(
    key: bytes, domains: Mapping[str, Sequence[str]], addresses: Mapping[str, Sequence[str]]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """``note_site``'s tables as a site model stores them: each name by ``stored_key`` with the suffixes its domains
    were written with ("velvetgrace" -> "se"), each "local@name" by ``stored_key`` with the suffixes of its domains
    ("sweet.mai@hotmail" -> "no"). No domain, name or local part in clear."""
    keyed: dict[str, set[str]] = {}
    for label, written in domains.items():
        for registrable in written:
            if registrable.startswith(label + "."):
                _note(keyed, stored_key(key, label), registrable[len(label) + 1 :])
    hashed: dict[str, set[str]] = {}
    for address, written in addresses.items():
        label = address.rpartition("@")[2]
        for value in written:
            domain = value.rpartition("@")[2]
            if domain.startswith(label + "."):
                _note(hashed, stored_key(key, address), domain[len(label) + 1 :])
    return {k: sorted(v) for k, v in keyed.items()}, {k: sorted(v) for k, v in hashed.items()}


def note_site(ex: Extraction, domains: dict[str, set[str]], addresses: dict[str, set[str]]) -> None:
    """Count the addresses ``ex`` read in full into one site's tables, as ``MailBook.add`` counts them: the domains by
    their name, and, for the providers whose domain an ad may leave to be guessed (``email_default_domains``: only a
    guessed address is looked up by its local part), the addresses each "local@name" was written as. In memory
    only: a stored model keeps them keyed (``stored_tables``)."""
    for local, label, registrable, address in _written(ex):
        _note(domains, label, registrable)
        if label in _guessed_labels():
            _note(addresses, f"{local}@{label}", address)


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
                seen = book.written(label)
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
