"""Ad level: the facts later detectors need from one ad, and the ad-level findings.

Each ad is reduced to a small ``AdFacts`` record (phones, ages, cities, images, names, price, template
signature, findings with spans), so the whole market fits in memory for the profile and network passes
without keeping ad texts.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kartlegg.assess.catalogue import Catalogue, Indicator
from kartlegg.assess.inputs import AdView, Sel
from kartlegg.assess.lexicon import MAX_FIELD_CHARS, LexiconMatcher, TermHit, folded
from kartlegg.assess.model import Evidence, Hit
from kartlegg.extract.places import display_city

if TYPE_CHECKING:
    from kartlegg.minhash import MinHash

# Stated ages when extraction stored none: "19 år", "19 yo", "age: 19", "ålder 19". Bounded, no nesting.
_AGE_AFTER = re.compile(
    r"(?<![\d.,])(1[5-9]|[2-6][0-9])\s{0,2}-?\s{0,2}"
    r"(?:år|års|årig|åring|å|years?\s{1,2}old|years?|yrs?|yo|y/o|y\.o\.)(?!\w)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?<!\w)(?:age|ålder|alder|ålder)\s{0,3}:?\s{0,3}(1[5-9]|[2-6][0-9])(?![\d.,])", re.IGNORECASE
)
_WORD = re.compile(r"\w+")
CONTACT_KINDS = ("phone", "email", "handle")


@dataclass(slots=True)
class AdFacts:
    ad_id: int
    site: str
    posted_at: str | None
    cities: list[str]
    #: (kind, value) -> where it was read; kinds phone, email, handle
    contacts: dict[tuple[str, str], Evidence]
    ages: list[tuple[int, Evidence]]
    images: dict[str, Evidence]
    names: list[tuple[str, Evidence]]
    nationalities: list[tuple[str, Evidence]]
    languages: list[str]
    hourly_eur: tuple[float, Evidence] | None
    signature: MinHash | None
    snippet: str
    hits: dict[str, Hit] = field(default_factory=dict)


def _ev(ad: int, s: Sel, note: str = "") -> Evidence:
    return Evidence(str(ad), s.field, s.start, s.end, s.raw[:200], note)


def _field_text(view: AdView, name: str) -> str:
    if name == "title":
        return view.title
    if name == "body":
        return view.body
    if name == "url":
        return view.url or ""
    return ""


class AdReader:
    """Turns ``AdView`` rows into ``AdFacts`` under one catalogue (matchers compiled once)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.lexicon_indicators: list[Indicator] = [i for i in catalogue.indicators if i.detector == "lexicon"]
        self.matcher = LexiconMatcher.tagged({i.id: i.lexicon for i in self.lexicon_indicators})
        self.stated_age = [i for i in catalogue.indicators if i.detector == "stated_age"]
        by_det = {i.detector: i for i in catalogue.indicators}
        images = by_det.get("images_across_names")
        intros = [str(t) for t in (images.params.get("name_intros", []) if images else [])]
        self._name = (
            re.compile(
                r"(?<!\w)(?i:" + "|".join(re.escape(t).replace(r"\ ", r"\s{1,3}") for t in intros) + r")"
                r"\s{1,3}([A-ZÅÄÖÆØÉ][a-zåäöæøéüè]{1,20})(?!\w)"
            )
            if intros
            else None
        )
        template = by_det.get("shared_template")
        self._template = template
        self._shingle = int(template.params.get("shingle", 3)) if template else 3
        self._min_words = int(template.params.get("min_words", 12)) if template else 12
        self._num_perm = int(template.params.get("num_perm", 64)) if template else 64
        s = catalogue.settings
        self._rates = {k.upper(): v for k, v in s.currency_to_eur.items()}
        self._language_names = {k.casefold(): v for k, v in s.language_names.items()}

    # -- pieces -------------------------------------------------------------------------------------
    def _ages(self, view: AdView) -> list[tuple[int, Evidence]]:
        ad = str(view.ad_id)
        read = [s for s in view.selectors if s.kind == "age" and s.value.isdigit()]
        if read:  # but the ages she seeks ("menn 35–75 år": ``wide_range``), read and not hers
            return [(int(s.value), _ev(view.ad_id, s)) for s in read if not s.detail.get("wide_range")]
        stored = view.data.get("ages")
        if isinstance(stored, list) and stored:
            return [(int(a), Evidence(ad, note="age stored by extraction")) for a in stored if isinstance(a, int)]
        out: list[tuple[int, Evidence]] = []
        for name in ("title", "body"):
            txt = _field_text(view, name)[:MAX_FIELD_CHARS]
            for pat in (_AGE_AFTER, _AGE_BEFORE):
                for m in pat.finditer(txt):
                    out.append((int(m.group(1)), Evidence(ad, name, m.start(), m.end(), m.group(0))))
        return out

    def _hourly_price(self, view: AdView) -> tuple[float, Evidence] | None:
        best: tuple[float, float, Evidence] | None = None
        for s in view.selectors:
            if s.kind != "price":
                continue
            try:
                amount = float(s.detail.get("amount", s.value))
                minutes = float(s.detail.get("minutes") or 60)
            except (TypeError, ValueError):
                continue
            rate = self._rates.get(str(s.detail.get("currency", "")).upper())
            if rate is None or amount <= 0 or minutes <= 0:
                continue
            hourly = amount * rate * 60.0 / minutes
            closeness = abs(minutes - 60)
            if best is None or closeness < best[0]:
                best = (closeness, hourly, _ev(view.ad_id, s))
        return (best[1], best[2]) if best else None

    def _signature(self, view: AdView, masked: set[str]) -> MinHash | None:
        if self._template is None:
            return None
        from kartlegg.minhash import MinHash  # numpy, imported when used

        body = view.body[:MAX_FIELD_CHARS]
        raw = _WORD.findall(body)
        if len(raw) < self._min_words:
            return None
        # names, places, numbers: the parts a template fills in
        tokens = [
            "#" if t[0].isdigit() or t[0].isupper() or f in masked else f for t, f in zip(raw, folded(raw), strict=True)
        ]
        k = self._shingle
        shingles = {" ".join(s).encode() for s in zip(*(tokens[i:] for i in range(k)), strict=False)}
        # crc32: a fast, stable 32-bit hash of each shingle (C code); the permutations are cached per seed
        return MinHash.of(shingles, num_perm=self._num_perm, seed=7, hashfunc=zlib.crc32)

    # -- the record ---------------------------------------------------------------------------------
    def read(self, view: AdView) -> AdFacts:
        ad = str(view.ad_id)
        cities: list[str] = []
        extracted = [s.value for s in view.selectors if s.kind == "city"]
        for c in [display_city(view.city), *extracted, *view.data.get("cities", [])]:
            if isinstance(c, str) and c.strip() and c.strip() not in cities:
                cities.append(c.strip())
        contacts: dict[tuple[str, str], Evidence] = {}
        for s in view.selectors:
            if s.kind in CONTACT_KINDS:
                contacts.setdefault((s.kind, s.value), _ev(view.ad_id, s))
        for key, kind in (("phones", "phone"), ("emails", "email")):
            for p in view.data.get(key, []) or []:
                if isinstance(p, str):
                    contacts.setdefault((kind, p), Evidence(ad, note=f"{kind} stored by extraction", text=p))
        images: dict[str, Evidence] = {}
        for url in view.images:
            images.setdefault("url:" + url, Evidence(ad, "images", text=url[:200]))
        for key in view.image_hashes:
            images.setdefault(key, Evidence(ad, "images", text=key[:80]))
        names: list[tuple[str, Evidence]] = []
        if self._name is not None:
            for fname in ("title", "body"):
                for m in self._name.finditer(_field_text(view, fname)[:MAX_FIELD_CHARS]):
                    names.append((m.group(1).casefold(), Evidence(ad, fname, m.start(), m.end(), m.group(0))))
        # The extractor stores the canonical name with the ISO country in detail ("Romanian", {"country": "RO"}).
        nationalities = [
            (str(s.detail.get("country") or s.value), _ev(view.ad_id, s))
            for s in view.selectors
            if s.kind == "nationality"
        ]
        languages: list[str] = []
        for s in view.selectors:
            if s.kind == "language":
                code = self._language_names.get(s.value.casefold(), s.value.casefold())
                if code not in languages:
                    languages.append(code)
        masked = {c.casefold() for c in cities} | {n for n, _ in names}
        facts = AdFacts(
            ad_id=view.ad_id,
            site=view.site,
            posted_at=view.posted_at,
            cities=cities,
            contacts=contacts,
            ages=self._ages(view),
            images=images,
            names=names,
            nationalities=nationalities,
            languages=languages,
            hourly_eur=self._hourly_price(view),
            signature=self._signature(view, masked),
            snippet=view.body[:120],
        )
        self._ad_findings(view, facts)
        return facts

    def _ad_findings(self, view: AdView, facts: AdFacts) -> None:
        ad = str(view.ad_id)
        found: dict[str, list[tuple[str, TermHit]]] = {}
        for fname in ("title", "body"):
            for th in self.matcher.find(_field_text(view, fname)):
                found.setdefault(th.tag, []).append((fname, th))
        for ind in self.lexicon_indicators:
            evidence: list[Evidence] = []
            terms: set[str] = set()
            for fname, th in found.get(ind.id, []):
                terms.add(th.term.casefold())
                evidence.append(Evidence(ad, fname, th.start, th.end, th.text, f"{th.language}: {th.term}"))
            kinds = ind.params.get("selector_kinds", [])
            for s in view.selectors:
                if s.kind in kinds:
                    terms.add(f"{s.kind}:{s.value}".casefold())
                    evidence.append(_ev(view.ad_id, s, f"{s.kind} selector"))
            if terms and ind.strength(len(terms)) > 0:
                facts.hits[ind.id] = Hit(ind.id, float(len(terms)), evidence, "ad")
        for ind in self.stated_age:
            wanted = {int(a) for a in ind.params.get("ages", [18, 19])}
            below = int(ind.params.get("below", 18))
            young = [(a, e) for a, e in facts.ages if a in wanted or a < below]
            if young and ind.strength(1) > 0:
                ev = [Evidence(e.ad_id, e.field, e.start, e.end, e.text, f"stated age {a}") for a, e in young]
                facts.hits[ind.id] = Hit(ind.id, 1.0, ev, "ad")
