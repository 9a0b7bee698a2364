"""FollowTheMoney entities for Aleph and other FtM tools, built with the ``followthemoney`` package.

Each profile is a ``Person`` (with ``phone`` and ``email``), each ad a ``HyperText`` document (with the
numbers and addresses it mentions and its evidence chain in ``notes``), each handle a ``UserAccount``
owned by the profile, each (ad, profile) pair a ``Mention``, and each profile-to-profile link an
``UnknownLink`` with its reason. Output is the FtM line format: one entity JSON object per line. In
pseudonymised mode selectors are not valid phone numbers any more, so their tokens go to ``keywords``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import orjson
from followthemoney import model
from followthemoney.proxy import EntityProxy

from kartlegg.report.disclose import Disclosure
from kartlegg.report.graph import link_reason
from kartlegg.report.query import AdRecord, Dataset

PREFIX = "kartlegg"


def _eid(kind: str, ident: str) -> str:
    return f"{PREFIX}-{kind}-{ident}".replace(":", "-").replace("/", "-")


def _evidence_note(ad: AdRecord) -> str:
    ev = ad.evidence
    parts = [f"sha256 {ev.sha256}", f"source {ev.source}"]
    if ev.fetched_at:
        parts.append(f"fetched {ev.fetched_at}")
    if ev.warc_path:
        parts.append(f"archive {ev.warc_path}#{ev.warc_record_id or ev.warc_offset}")
    return "evidence: " + ", ".join(parts)


def _add_selectors(
    entity: EntityProxy, hits: dict[str, set[str]], disclosure: Disclosure, phone: str, email: str
) -> None:
    for kind, prop in (("phone", phone), ("email", email)):
        shown = sorted(disclosure.selector(kind, v) for v in hits.get(kind, ()))
        if not shown:
            continue
        if disclosure.pseudonymised and "keywords" not in entity.schema.properties:
            continue  # a Mention has no keywords: its document and person carry the tokens
        entity.add("keywords" if disclosure.pseudonymised else prop, shown)


def _hits(ds: Dataset, ads: list[AdRecord]) -> dict[str, set[str]]:
    """Contact routes of the ads, never a hub or a site's own line (Aleph would join persons by them)."""
    out: dict[str, set[str]] = {}
    for ad in ads:
        for h in ad.selectors:
            if ds.drawable(h.kind, h.value):
                out.setdefault(h.kind, set()).add(h.value)
    return out


def build_entities(ds: Dataset, disclosure: Disclosure) -> Iterator[EntityProxy]:
    people: dict[str, EntityProxy] = {}
    for pid, p in sorted(ds.profiles.items()):
        person = model.make_entity("Person")
        person.id = _eid("profile", pid)
        person.add("name", f"Profile {pid}")
        person.add("keywords", "kartlegg profile")
        if p.network_id:
            person.add("keywords", f"network {p.network_id}")
        if p.risk_score is not None:
            person.add(
                "notes",
                f"risk {p.risk_score:.0f}, minor {p.minor_score or 0:.0f}, third party {p.third_party_score or 0:.0f}",
            )
        ads = ds.ads_of_profile(pid)
        hits = _hits(ds, ads)
        _add_selectors(person, hits, disclosure, "phone", "email")
        people[pid] = person
        yield person
        for h in sorted(
            {
                (str(x.detail.get("platform", "")), x.value)
                for ad in ads
                for x in ad.selectors
                if x.kind == "handle" and ds.drawable(x.kind, x.value)
            }
        ):
            acct = model.make_entity("UserAccount")
            acct.id = _eid("handle", f"{h[0]}-{disclosure.selector('handle', h[1])}")
            acct.add("username", disclosure.selector("handle", h[1]))
            if h[0]:
                acct.add("service", h[0])
            acct.add("owner", person)
            yield acct
    for ad in ds.ads:
        doc = model.make_entity("HyperText")
        doc.id = _eid("ad", str(ad.ad_id))
        doc.add("fileName", f"{ad.site}-{ad.ad_key}.html")
        doc.add("title", disclosure.ad_text(ad, "title", ad.title) or f"Ad {ad.site}/{ad.ad_key}")
        doc.add("bodyText", disclosure.ad_text(ad, "body", ad.body))
        doc.add("publisher", ad.site)
        if ad.url and not disclosure.pseudonymised:
            doc.add("sourceUrl", ad.url)
        if ad.posted_at:
            doc.add("publishedAt", ad.posted_at)
        if ad.evidence.fetched_at:
            doc.add("retrievedAt", ad.evidence.fetched_at)
        doc.add("notes", disclosure.scrub(_evidence_note(ad), [ad]))
        hits = _hits(ds, [ad])
        _add_selectors(doc, hits, disclosure, "phoneMentioned", "emailMentioned")
        yield doc
        if ad.profile_id and ad.profile_id in people:
            mention = model.make_entity("Mention")
            mention.id = _eid("mention", f"{ad.ad_id}-{ad.profile_id}")
            mention.add("document", doc)
            mention.add("resolved", people[ad.profile_id])
            mention.add("name", f"Profile {ad.profile_id}")
            mention.add("detectedSchema", "Person")
            _add_selectors(mention, hits, disclosure, "contextPhone", "contextEmail")
            yield mention
    for i, link in enumerate(ds.links):
        if link.level != "profile" or link.a not in people or link.b not in people:
            continue
        if link.selector_kind and not ds.drawable(link.selector_kind, link.selector_value):
            continue  # a link through a hub or a site line ties nobody
        rel = model.make_entity("UnknownLink")
        rel.id = _eid("link", f"{i}-{link.a}-{link.b}")
        rel.add("subject", people[link.a])
        rel.add("object", people[link.b])
        rel.add("role", link_reason(link, ds, disclosure))
        rel.add("description", f"kartlegg link, score {link.score:.2f}")
        yield rel


def write_ftm(ds: Dataset, disclosure: Disclosure, fh: IO[bytes]) -> int:
    n = 0
    for entity in build_entities(ds, disclosure):
        data: dict[str, Any] = entity.to_dict()
        fh.write(orjson.dumps(data) + b"\n")
        n += 1
    return n
