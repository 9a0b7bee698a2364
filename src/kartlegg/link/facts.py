"""Profile facts an ad prints as fields: her height and her nationality (``facts.yaml``).

Many sites print a profile's facts in a line of fields ("Age 34 · Height 154 cm · Nationality Danish", "Alder: 34 |
Høyde: 154 cm | Nasjonalitet: dansk", "▸ 34 år ▸ 154 cm ▸ dansk ▸ Esbjerg", "Hedda, 22 — svensk — nu i Vasteras").
An ad that prints only a controller's line has no contact of her own, but her facts follow her from site to site
where her name does not: two names of one line whose facts agree, ad after ad, are one woman renamed per site, and
two whose facts differ are two women (``cluster.line_aliases``). A fact is read only as a field of its own (a label
and its value, or the value alone in a line of several fields), never from prose ("Thai massage", "I love Danish
men"), and a nationality is kept as its country, so "dansk", "Danish" and "danske" agree.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import yaml
from pydantic import BaseModel, ConfigDict, Field

from kartlegg.extract.lexicon import lexicon


class FactRules(BaseModel):
    """``facts.yaml``, validated on load."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    height_labels: list[str] = Field(min_length=1)
    nationality_labels: list[str] = Field(min_length=1)
    height_min_cm: int = Field(ge=100)
    height_max_cm: int = Field(le=230)


@cache
def fact_rules() -> FactRules:
    data = yaml.safe_load(files("kartlegg.link").joinpath("facts.yaml").read_text(encoding="utf-8"))
    return FactRules.model_validate(data)


#: field separators of a facts line: middle dots, bars, list markers, dashes between blanks, commas
_FIELDS = re.compile(r"\s*(?:[·•|▸►◆∙]|\s[—–-]\s|,\s)\s*")
_NUM_CM = re.compile(r"(\d{3})\s*(?:cm)?\.?", re.IGNORECASE)
_FEET = re.compile(r"(\d)\s*(?:'|’|′|ft\.?|fot|fod)\s*(\d{1,2})\s*(?:\"|”|″|''|in\.?|tum|tommer)?", re.IGNORECASE)


@cache
def _tables() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    r = fact_rules()
    height = re.compile(
        r"(?:(?:" + "|".join(map(re.escape, sorted(r.height_labels, key=len, reverse=True))) + r")\s*:?\s*)?(.+)",
        re.IGNORECASE,
    )
    nat = re.compile(
        r"(?:(" + "|".join(map(re.escape, sorted(r.nationality_labels, key=len, reverse=True))) + r")\s*:?\s*)?(\S+)",
        re.IGNORECASE,
    )
    words = {w.lower(): n.country for n in lexicon().nationalities.values() for w in n.words}
    return height, nat, words


def _height(field: str) -> int | None:
    """A height in cm written as ``field`` ("Height 154 cm", "154 cm", "Längd 174", "5'6\""), else None."""
    r = fact_rules()
    label = _tables()[0]
    m = label.fullmatch(field)
    if m is None:
        return None
    has_label = m.start(1) > 0  # the label before the value
    value = m.group(1).strip()
    if (f := _FEET.fullmatch(value)) is not None:
        if not has_label:
            return None
        cm = round((int(f.group(1)) * 12 + int(f.group(2))) * 2.54)
    elif (c := _NUM_CM.fullmatch(value)) is not None:
        if not (has_label or "cm" in value.lower()):
            return None
        cm = int(c.group(1))
    else:
        return None
    return cm if r.height_min_cm <= cm <= r.height_max_cm else None


def _nationality(field: str, among: int) -> str | None:
    """The country of a nationality written as ``field`` ("Nationality Danish", "Nasjonalitet: dansk", or the word
    alone in a line of ``among`` fields), else None."""
    _, nat, words = _tables()
    m = nat.fullmatch(field)
    if m is None:
        return None
    country = words.get(m.group(2).lower().rstrip(".!"))
    if country is None or (m.group(1) is None and among < 3):
        return None
    return country


def profile_facts(body: str, limit: int = 3000) -> tuple[tuple[str, str], ...]:
    """The facts ``body`` prints as fields: ("height", "154") and ("nationality", "DK"), each the first read."""
    found: dict[str, str] = {}
    for line in body[:limit].splitlines():
        if len(line) > 200:
            continue
        fields = [f for f in _FIELDS.split(line.strip()) if f]
        if len(fields) < 2:
            continue
        for f in fields:
            if "height" not in found and (cm := _height(f)) is not None:
                found["height"] = str(cm)
            elif "nationality" not in found and (cc := _nationality(f, len(fields))) is not None:
                found["nationality"] = cc
        if len(found) == 2:
            break
    return tuple(sorted(found.items()))
