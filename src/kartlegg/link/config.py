"""The linking rules (``rules.yaml``), validated on load so a typo fails loudly instead of linking wrongly."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextRules(_Strict):
    seed: int
    shingle_words: int = Field(ge=1, le=8)
    bands: int = Field(ge=1, le=64)
    rows: int = Field(ge=1, le=16)
    max_chars: int = Field(ge=50)
    min_words: int = Field(ge=1)
    max_bucket: int = Field(ge=2)
    verify_ratio: float = Field(ge=0, le=100)


class PersonRules(_Strict):
    age_tolerance: int = Field(ge=0)
    controller_min_names: int = Field(ge=2)
    scores: dict[str, float]
    text_needs_same_name: bool
    text_corroborated_ratio: float = Field(ge=0, le=100)
    bare_max_profiles: int = Field(ge=0)
    bare_window_days: int = Field(ge=0)
    bare_needs_age: bool
    #: ... unless the key meets one profile with a contact only: then an age unknown on a side is no refusal
    bare_one_without_age: bool = False
    #: a contact whose names differ only between sites (one per site, ages and contacts of one person) joins
    #: her names (``cluster.site_aliases``)
    site_aliases: bool = True
    #: ... and a name whose ads name no place the gazetteer knows (none, a region) is not told apart by place
    site_alias_unplaced: bool = False
    #: ... and a name written in no city another was still meets them when one of its ads was posted at most
    #: this many days from an ad of another (she keeps her ads on two sites while she tours); 0: place only
    site_alias_days: int = Field(default=0, ge=0)
    #: ... unless two of its names posted ads in two cities at most this many days apart (two women at once)
    site_alias_apart_days: int = Field(default=3, ge=0)
    #: ... and an e-mail address whose local part spells one of its names ("freja.p@", "kanya7x@") is her own
    #: mailbox, held by at most this many names: they need not meet in a city or a season, and two of them
    #: may each bring a number of their own when she wrote those numbers one after the other (a change of
    #: number, ``cluster.her_mailbox``); 0: off
    site_alias_mailbox_names: int = Field(default=0, ge=0)
    #: two names of a controller's line, each kept on sites of its own, with ages that fit and ads posted in
    #: one city at most this many days apart, no other name of their sites meeting either so, are one
    #: woman renamed per site (``cluster.line_aliases``); 0: off
    line_alias_days: int = Field(default=0, ge=0)
    #: ... and whose stated ages' medians are at most this many years apart
    line_alias_age: int = Field(default=1, ge=0)
    #: ... in one city on a contact of at most this many names, else in two (a line serving many women at
    #: once pairs two of them in one city by chance)
    line_alias_max_names: int = Field(default=3, ge=2)
    #: a profile fact (height, nationality: ``facts.py``) stated alike on at least this many ads of a name is
    #: hers: two names of a line with the same such facts need meet in one city only, with other ones never
    #: join (``cluster.group_facts``); 0: facts are no evidence
    line_fact_min_ads: int = Field(default=0, ge=0)
    #: ... and two names of a line stating two such facts alike (her height and her nationality) need have met
    #: in one city at most this many days apart (else ``line_alias_days``)
    line_fact_days: int = Field(default=0, ge=0)
    #: an ad that names nobody on a controller's line joins the one name of the line with an ad on its site
    #: and city at most this many days from it, when no other name of the line was in that city then
    #: (``cluster.unnamed_on_line``); 0: off
    line_unnamed_days: int = Field(default=0, ge=0)
    #: a controller's line whose women reappear under another line of the same kind that starts at most this
    #: many days after its last ad, the two written beside one contact of a woman or the controller: the
    #: controller changed its number, and each name of both on one site is one woman (``cluster.line_changes``);
    #: 0: off
    line_change_days: int = Field(default=0, ge=0)
    #: ... the old line's last ad at most this many days after the new one's first (an old ad still live)
    line_change_overlap: int = Field(default=3, ge=0)
    #: ... at least this many (name, site) pairs written on both ...
    line_change_min_names: int = Field(default=2, ge=1)
    #: ... and at least this share of the (name, site) pairs of the line with fewer
    line_change_share: float = Field(default=0.5, ge=0, le=1)
    #: two names of a line posted in one city within this many days (``cluster.line_twins``); 0: off
    line_twin_days: int = Field(default=0, ge=0)
    #: ... for at least this share of each name's placed ads ...
    line_twin_share: float = Field(default=0.6, ge=0, le=1)
    #: ... and no other name of their sites within this factor of that share
    line_twin_margin: float = Field(default=2.0, ge=1)
    #: ... each name with at least this many ads with a city and a day
    line_twin_min_ads: int = Field(default=3, ge=1)
    #: two names of a line on sites of their own that are spellings of one name ("Austeja" / "Austejaa", "Sofi" /
    #: "Sofia", "Klea" / "Klei") with at most this many letters added at the end, both stating ages that fit
    #: (medians at most ``line_alias_age`` apart), no other name of the line such a spelling of either, are one
    #: woman (``cluster.line_variants``); 0: off
    line_variant_letters: int = Field(default=0, ge=0)
    #: a same-name text copy is person evidence only within one city (or a city unknown): across two
    #: cities it needs the shared contact of ``text_corroborated_ratio``
    text_same_city: bool = True
    #: ... and a controller's line (a contact of several name groups) is no such shared contact
    text_not_by_line: bool = False
    #: a controller's line never joins two sets of ads that each carry a number of their own,
    #: neither carrying the other's, both written over periods that overlap by at least this many days: two
    #: women of one name on one line, each keeping her own number beside it (``cluster.own_numbers_apart``);
    #: negative: off
    line_own_overlap: int = Field(default=-1)
    #: ... each such number written on at least this many ads (one ad's number may be a page's id misread)
    line_own_min_ads: int = Field(default=2, ge=1)
    #: a text copy less similar than this (0-100) never joins two sets of ads that ``own_numbers_apart`` tells
    #: apart (with ``line_own_overlap`` and ``line_own_min_ads``): two women writing one site's template or
    #: one controller's text with slots, each with her own number; 0: off
    text_own_ratio: float = Field(default=0.0, ge=0, le=100)
    #: two profiles of one name on a site, contacts disjoint, ages that fit, the newer's first ad at most this
    #: many days after the older's last in a city of its last ads, no third profile of the name there then:
    #: one woman on another of her numbers (``changes.number_changes``); 0: off
    number_change_days: int = Field(default=0, ge=0)
    #: ... the older's last ad at most this many days after the newer's first (an old ad still live)
    number_change_overlap: int = Field(default=3, ge=0)
    #: ... "its first / last ads": those within this many days of its first / last ad
    number_change_near: int = Field(default=7, ge=0)
    #: ... both stating an age (else an age unknown on a side refuses nothing)
    number_change_needs_age: bool = True
    #: ... the older's last texts and the newer's first as alike as this (``fuzz.ratio``, 0-100); 0: not asked
    number_change_text: float = Field(default=0.0, ge=0, le=100)
    #: ... no third profile of the name on the site posted around the hand-over
    number_change_alone: bool = True
    #: ... their stated ages' medians at most this many years apart
    number_change_age: int = Field(default=2, ge=0)
    #: ... and the name on that site held by at most this many profiles with a contact in the run
    number_change_max_profiles: int = Field(default=3, ge=2)


class HubRules(_Strict):
    min_names: int = Field(ge=2)
    site_share: float = Field(gt=0, le=1)
    site_min_ads: int = Field(ge=1)
    site_min_names: int = Field(ge=1)
    min_phones: int = Field(ge=2)
    photo_min_phones: int = Field(ge=2)
    photo_min_names: int = Field(ge=1)
    mailbox_max_names: int = Field(ge=0)
    #: a number passing through other persons' ads (``cluster.passing_numbers``): at least this many names
    #: (0: off), ...
    passing_min_names: int = Field(default=0, ge=0)
    #: ... or this many when all its ads are on one site, ...
    passing_site_min_names: int = Field(default=2, ge=2)
    #: ... at most this many of its ads per name, ...
    passing_ads_per_name: float = Field(default=2.0, gt=0)
    #: ... at least this share of its ads writing another number beside it, ...
    passing_share: float = Field(default=0.5, ge=0, le=1)
    #: ... and at least this share of those numbers written on ads without it as well
    passing_outside: float = Field(default=0.5, ge=0, le=1)


class NetworkRules(_Strict):
    max_profiles: int = Field(ge=2)
    kinds: list[str]
    #: a text copy (with "text" in kinds) joins two persons' profiles into a network from this ratio (0-100)
    text_ratio: float = Field(default=95.0, ge=0, le=100)
    #: a handle alone joins two profiles that each have phone numbers and share none (``cluster``)
    handle_between_numbers: bool = False
    #: ... and so does a text copy alone (or with such a handle)
    text_between_numbers: bool = False
    #: a site's own line (``site_lines``): a phone of at least this many names (0: off), ...
    site_line_min_names: int = Field(default=0, ge=0)
    #: ... beside another number on at least this share of its ads, ...
    site_line_share: float = Field(default=0.9, ge=0, le=1)
    #: ... with at least this share of its ads on one site, ...
    site_line_site_share: float = Field(default=0.9, ge=0, le=1)
    #: ... and at least this share of the numbers beside it written on ads without it as well
    site_line_outside: float = Field(default=0.6, ge=0, le=1)


class TimelineRules(_Strict):
    new_days: int = Field(ge=1)
    circuit_cities: int = Field(ge=2)
    circuit_days: int = Field(ge=1)


class AliasRules(_Strict):
    min_shared: int = Field(ge=1)
    min_share: float = Field(gt=0, le=1)
    max_sites_per_key: int = Field(ge=2)
    template_similarity: float = Field(gt=0, le=1)
    template_min_pages: float = Field(ge=0, le=1)
    template_min_share: float = Field(ge=0, le=1)
    handover_days: int = Field(ge=0)
    handover_min_shared: int = Field(ge=1)


class ImageRules(_Strict):
    phash_distance: int = Field(ge=0, le=16)


class TemplateRules(_Strict):
    """A word read as the name in ``min_share`` of one site's ``sample`` newest ads (at least ``min_ads`` of
    them), under ``min_contact_share`` of the contacts they carry and at least ``min_contacts``, is the site's
    template ("Sugar baby Kitty", "Brand new here"), not a name (``link.stock_names``). 0 ads: off."""

    sample: int = 1000
    min_ads: int = 12
    min_share: float = 0.03
    min_contacts: int = 40
    min_contact_share: float = 0.12


class NameRules(_Strict):
    intro: list[str]
    stop: list[str]
    #: labels of a directory's staff line ("Today:", "I dag:", "Idag jobbar:"): the name after one is the
    #: person's, before a business's name in the title (``names.staff_name``)
    staff: list[str] = Field(default_factory=list)
    #: headings over a staff list ("== Massører ==", "## Masseuses", "Våra tjejer:"): its one bullet names the
    #: person of the page (``names._roster``)
    roster: list[str] = Field(default_factory=list)
    #: a staff table's name column labels ("| Navn | Alder |") and age column labels (``names._roster``)
    roster_name: list[str] = Field(default_factory=list)
    roster_age: list[str] = Field(default_factory=list)
    #: endings of street names ("gatan", "gade", "veien"): "Storgatan 46" is an address, not a name and age
    street: list[str] = Field(default_factory=list)
    #: phrases right after her name that present her ("Mia er ny", "Mia just arrived": ``names._present``)
    present: list[str] = Field(default_factory=list)
    #: words that decorate a display name ("Bella Latina", "Anna VIP"): no name, taken off the one they follow
    decor: list[str] = Field(default_factory=list)
    #: nouns opening a parlour's name in a title ("Wellness Lotus", "Klinik Orkidé"): the next word is no name
    business: list[str] = Field(default_factory=list)
    #: nouns after a firm's name ("Baltic Companions", "Diamond Escorts", "Aurora Thaimassage"): the word
    #: before one is the firm's, no person's ("hos Baltic Companions"); a word ending in one is no name
    firm: list[str] = Field(default_factory=list)
    #: intro words that say where or with whom she is ("hos", "med", "with"): after a name of her own written
    #: inside a sentence ("venter Lara hos Silk Road Wellness") the next word is the firm's or a friend's
    #: (``names._after_her_name``)
    with_whom: list[str] = Field(default_factory=list)
    #: ordinary words of sv/no/da/en ("Brand new here", "Body to body", "Helt ny här", "Anyone met Coco?"):
    #: read where a name stands, never hers (``names.find_name``)
    common: list[str] = Field(default_factory=list)
    #: month names and weekday abbreviations of sv/no/da/en ("Dec", "Okt", "Mon", "Lør"): before a day of the
    #: month one is a date ("Dec 28 – Jan 3"), no name and age (``names._dated``)
    calendar: list[str] = Field(default_factory=list)
    #: full month names left out of ``calendar`` because they are also names ("April", "Maj", "Mai", "June"):
    #: after a day of the month one is the month ("Mia, 24 april": a stay, no age; ``names.title_age``)
    calendar_after: list[str] = Field(default_factory=list)
    #: what makes a word a site's template word (``link.templates``): no name on that site
    template: TemplateRules = Field(default_factory=lambda: TemplateRules())

    @field_validator("calendar", "calendar_after")
    @classmethod
    def _calendar_words(cls, words: list[str], info: ValidationInfo) -> list[str]:
        """One word in small letters each ("dec", "okt", "lør"): matched against a word read as a name."""
        bad = [w for w in words if not w.isalpha() or w != w.lower()]
        if bad:
            raise ValueError(f"names.{info.field_name}: not one word in small letters: {bad}")
        return words


class LinkRules(_Strict):
    version: int
    text: TextRules
    person: PersonRules
    hub: HubRules
    network: NetworkRules
    timeline: TimelineRules
    alias: AliasRules
    image: ImageRules
    names: NameRules


def load_rules(path: str | Path | None = None) -> LinkRules:
    """Rules from ``path``, or the bundled ``rules.yaml``."""
    raw = Path(path).read_text("utf-8") if path else files("kartlegg.link").joinpath("rules.yaml").read_text("utf-8")
    # libyaml when PyYAML has it: the same objects for ~10x less CPU (every link run reads the rules once)
    return LinkRules.model_validate(yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))  # noqa: S506


@cache
def default_rules() -> LinkRules:
    return load_rules()
