"""The transforms: a phone, e-mail, handle or ad URL -> its ads, profiles (persons) and networks; a profile
-> its contact selectors.

Each is a thin adapter over the read layer (``read.views.reach``, ``read.views.profile_contacts``): it turns
Maltego's request (``MaltegoMsg``: the entity's value and properties, from the local command line or a
request XML) into one audited read and the result into Maltego's response XML (``MaltegoTransform``). A
refused or failed read is answered with a Maltego error message, never a traceback. Outputs are Maltego's
standard entities so no entity definitions need installing: an ad is a ``maltego.URL`` (its address), a
profile a ``maltego.Person``, a network a ``maltego.Organization``; each carries the kartlegg id in a
property (``kartlegg.profile`` ...) that the next transform reads.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from maltego_trx import entities
from maltego_trx.maltego import UIM_PARTIAL, MaltegoMsg, MaltegoTransform

from kartlegg.extract import normalise_phone_query
from kartlegg.link.query import Reach
from kartlegg.read import ReadContext, Refused
from kartlegg.read.context import AuditUnavailable
from kartlegg.read.views import URL, profile_contacts, reach
from kartlegg.store.engine import Store

AD_PROP = "kartlegg.ad"
PROFILE_PROP = "kartlegg.profile"
#: The country calling code property of Maltego's phone number entity.
COUNTRY_CODE_PROP = "phonenumber.countrycode"
NETWORK_PROP = "kartlegg.network"
#: Longest entity value read (a phone, address or URL is far shorter; anything longer is refused).
MAX_VALUE = 2_000
#: Most ads one run puts on the graph.
MAX_ADS = 200
#: Selector kind -> the Maltego entity that shows it.
SELECTOR_ENTITIES = {"phone": entities.PhoneNumber, "email": entities.Email, "handle": entities.Alias}


@dataclass(frozen=True, slots=True)
class Transform:
    name: str  # lower case: the name Maltego runs it by
    display: str
    input_entity: str
    reads: str  # a selector kind, "url", or "profile"
    description: str
    output_entities: tuple[str, ...]


_TO_REACH = (entities.URL, entities.Person, entities.Organization)
TRANSFORMS: dict[str, Transform] = {
    t.name: t
    for t in (
        Transform(
            "kartleggphonetoreach",
            "kartlegg: ads, persons, networks [phone]",
            entities.PhoneNumber,
            "phone",
            "The ads that carry this phone number (any written form), the persons and networks they belong to.",
            _TO_REACH,
        ),
        Transform(
            "kartleggemailtoreach",
            "kartlegg: ads, persons, networks [e-mail]",
            entities.Email,
            "email",
            "The ads that carry this e-mail address, the persons and networks they belong to.",
            _TO_REACH,
        ),
        Transform(
            "kartlegghandletoreach",
            "kartlegg: ads, persons, networks [handle]",
            entities.Alias,
            "handle",
            "The ads that carry this handle (messaging or social account), their persons and networks.",
            _TO_REACH,
        ),
        Transform(
            "kartleggurltoreach",
            "kartlegg: ad, person, network [ad URL]",
            entities.URL,
            URL,
            "The ad published at this address, the person and network it belongs to.",
            _TO_REACH,
        ),
        Transform(
            "kartleggprofiletoselectors",
            "kartlegg: contact selectors [person]",
            entities.Person,
            "profile",
            "The phones, e-mail addresses and handles of this kartlegg person (profile), with their ad counts.",
            tuple(SELECTOR_ENTITIES.values()),
        ),
    )
}


def run(name: str, msg: MaltegoMsg, store: Store, ctx: ReadContext) -> str:
    """Run transform ``name`` on Maltego's request; the response XML (an error message on a refused read)."""
    response = MaltegoTransform()
    transform = TRANSFORMS.get(name.lower())
    value = (msg.Value or "").strip()
    if transform is None:
        response.addUIMessage(f"kartlegg has no transform {name!r}", UIM_PARTIAL)
    elif not value or len(value) > MAX_VALUE:
        response.addUIMessage(f"the entity's value is empty or longer than {MAX_VALUE} characters", UIM_PARTIAL)
    else:
        action = f"maltego {transform.name}"
        try:
            if transform.reads == "profile":
                _profile_selectors(response, store, ctx, action, msg.getProperty(PROFILE_PROP) or value)
            else:
                for kind, query in _queries(transform.reads, value, msg.getProperty(COUNTRY_CODE_PROP)):
                    _add_reach(response, reach(store, ctx, kind, query, action=action, limit=MAX_ADS))
        except Refused as exc:
            response.addUIMessage(f"refused: {exc}", UIM_PARTIAL)
        except AuditUnavailable:
            response.addUIMessage("the audit log cannot be written, so nothing is read", UIM_PARTIAL)
    return str(response.returnOutput())


def _queries(kind: str, value: str, country_code: str | None = None) -> list[tuple[str, str]]:
    """The stored selector values an entity's value stands for (a phone in any written form: E.164, read in
    the country of the entity's country code when it has one, else in each Nordic country)."""
    if kind == "phone":
        region = None
        if country_code and country_code.strip().lstrip("+").isdigit():
            region = phonenumbers.region_code_for_country_code(int(country_code.strip().lstrip("+")))
        return [("phone", e164) for e164 in normalise_phone_query(value, None if region in (None, "ZZ") else region)]
    if kind == "handle":
        return [("handle", value.lower().lstrip("@"))]
    if kind == "email":
        return [("email", value.lower())]
    return [(kind, value)]


def _add_reach(response: MaltegoTransform, found: Reach) -> None:
    for ad in found.ads:
        entity = response.addEntity(entities.URL, ad.url or f"{ad.site}/{ad.id}")
        entity.addProperty("url", "URL", "loose", ad.url or "")
        entity.addProperty("title", "Title", "loose", ad.title[:200])
        entity.addProperty(AD_PROP, "kartlegg ad", "strict", str(ad.id))
        entity.addProperty("kartlegg.site", "Site", "loose", ad.site)
        entity.addProperty("kartlegg.posted", "Posted", "loose", ad.posted_at or "")
    for profile_id in found.profiles:
        entity = response.addEntity(entities.Person, f"kartlegg person {profile_id}")
        entity.addProperty(PROFILE_PROP, "kartlegg profile", "strict", profile_id)
    for network_id in found.networks:
        entity = response.addEntity(entities.Organization, f"kartlegg network {network_id}")
        entity.addProperty(NETWORK_PROP, "kartlegg network", "strict", network_id)


def _profile_selectors(response: MaltegoTransform, store: Store, ctx: ReadContext, action: str, ref: str) -> None:
    profile_id = ref.removeprefix("kartlegg person ").strip()
    rows = profile_contacts(store, ctx, profile_id, action=action)
    if rows is None:
        response.addUIMessage(f"kartlegg has no profile {profile_id!r}", UIM_PARTIAL)
        return
    for kind, value, ads in rows:
        entity = response.addEntity(SELECTOR_ENTITIES.get(kind, entities.Phrase), value)
        entity.setLinkLabel(f"{ads} ads")
        entity.addProperty(PROFILE_PROP, "kartlegg profile", "strict", profile_id)
