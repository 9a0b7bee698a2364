"""The extraction API: one ad's text in, every selector found (with its span) out.

First cut: phonenumbers' own matcher, plain e-mail addresses and the language. The full extractor
(obfuscated numbers, handles, ages, places, prices; lexicons as data files) replaces the insides of
``extract_ad`` without changing its signature.
"""

from __future__ import annotations

import re
from typing import Any

import phonenumbers

from kartlegg.records import Extraction, Match

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}")


def extract_ad(
    *,
    title: str = "",
    body: str = "",
    url: str | None = None,
    city: str | None = None,
    site: str | None = None,
    site_country: str | None = None,
    region: str | None = None,
    time_limit: float = 1.0,
) -> Extraction:
    """Extract selectors from one ad. ``region`` is the fallback country for national numbers."""
    result = Extraction()
    default_region = (site_country or region or "SE").upper()
    for field, textval in (("title", title), ("body", body), ("url", url or "")):
        if not textval:
            continue
        for m in phonenumbers.PhoneNumberMatcher(textval, default_region, leniency=phonenumbers.Leniency.VALID):
            e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            result.matches.append(Match("phone", e164, field, m.start, m.end, m.raw_string))
        for em in _EMAIL.finditer(textval):
            result.matches.append(Match("email", em.group(0).lower(), field, em.start(), em.end(), em.group(0)))
    return result


def export_fields(ex: Extraction) -> dict[str, Any]:
    """The export-format fields of one extraction (ARCHITECTURE.md "Ad export")."""
    handles: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for m in ex.matches:
        if m.kind == "handle":
            key = (str(m.detail.get("platform", "")), m.value)
            if key not in seen:
                seen.add(key)
                handles.append({"platform": key[0], "handle": key[1]})
    return {
        "phones": ex.values("phone"),
        "emails": ex.values("email"),
        "handles": handles,
        "ages": [int(a) for a in ex.values("age")],
        "cities": ex.values("city"),
        "language": ex.language,
    }
