"""The data files are read strictly: a wrong type, an unknown or missing field is refused with its place named."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

from kartlegg.extract.lexicon import (
    FurnitureFile,
    GazetteerFile,
    LexiconError,
    LexiconFile,
    NumbersFile,
    _load,
    furniture_words,
    gazetteer,
    lexicon,
    numbers,
)


def _broken(name: str, change: Callable[[Any], None]) -> Any:
    data = copy.deepcopy(_load(name))
    change(data)
    return data


def test_the_shipped_files_load() -> None:
    assert len(numbers().units) == 10 and numbers().lookalikes
    assert gazetteer().cities[0].name == "Stockholm" and isinstance(gazetteer().cities[0].lat, float)
    assert "snapchat" in lexicon().platforms and lexicon().platforms["snapchat"].aliases
    assert set(furniture_words().id_labels) >= {"en", "no", "sv", "da"}


@pytest.mark.parametrize(
    ("name", "reader", "change", "message"),
    [
        # YAML reads an unquoted `no` as false: a word list holding it is refused, not read as "False"
        ("lexicon.yaml", LexiconFile.from_data, lambda d: d["tlds"].append(False), r"tlds\[\d+\]: expected a string"),
        ("lexicon.yaml", LexiconFile.from_data, lambda d: d.update(typo=[]), "unknown field.*typo"),
        ("lexicon.yaml", LexiconFile.from_data, lambda d: d.pop("email_cues"), "missing field.*email_cues"),
        ("lexicon.yaml", LexiconFile.from_data, lambda d: d["service_modes"].pop("outcall"), "incall and outcall"),
        ("lexicon.yaml", LexiconFile.from_data, lambda d: d["durations"].update(h="60"), "durations.h: expected"),
        (
            "lexicon.yaml",
            LexiconFile.from_data,
            lambda d: d["platforms"]["snapchat"].update(phone_based="yes"),
            "snapchat.phone_based",
        ),
        ("lexicon.yaml", LexiconFile.from_data, lambda d: d["current_stop_words"].append("Now"), "current_stop.*lower"),
        ("lexicon.yaml", LexiconFile.from_data, lambda d: d["tour_date_words"].append("mar"), "tour_date.*twice"),
        ("gazetteer.yaml", GazetteerFile.from_data, lambda d: d["cities"][1].update(lat=91), r"cities\[1\]\.lat"),
        ("gazetteer.yaml", GazetteerFile.from_data, lambda d: d["cities"][0].update(country="se"), "country"),
        ("numbers.yaml", NumbersFile.from_data, lambda d: d["units"].pop(7), "0..9"),
        ("numbers.yaml", NumbersFile.from_data, lambda d: d["lookalikes"].update(o="00"), "look-alike"),
        ("numbers.yaml", NumbersFile.from_data, lambda d: d["spoken_digits"]["da"].pop(8), r"da.*0\.\.9"),
        ("numbers.yaml", NumbersFile.from_data, lambda d: d["spoken_digits"]["sv"][4].append("ate"), "'ate' is 8"),
        ("numbers.yaml", NumbersFile.from_data, lambda d: d["keypad"].update({"2": "abc"}), "keypad"),
        ("numbers.yaml", NumbersFile.from_data, lambda d: d["latin_lookalikes"].update({"б": "6"}), "ASCII letter"),
        ("numbers.yaml", NumbersFile.from_data, lambda d: d["latin_lookalikes"].update(S="55"), "look-alike"),
        ("numbers.yaml", NumbersFile.from_data, lambda d: d["inline_tags"].append("<b>"), "tag name"),
        ("numbers.yaml", NumbersFile.from_data, lambda d: d["inline_tags"].append("B"), "tag name"),
        ("furniture.yaml", FurnitureFile.from_data, lambda d: d["id_labels"].pop("da"), "language.*da"),
        ("furniture.yaml", FurnitureFile.from_data, lambda d: d["contact_cues"]["en"].append("Tel:"), "lower-case"),
    ],
)
def test_a_broken_file_is_refused_with_the_field_named(
    name: str, reader: Callable[[Any], object], change: Callable[[Any], None], message: str
) -> None:
    with pytest.raises(LexiconError, match=message):
        reader(_broken(name, change))


def test_extraction_starts_without_pydantic() -> None:
    """The lexicons are the only data `kartlegg extract` reads at start-up; pydantic is not needed for them."""
    code = (
        "import sys; from kartlegg.extract.api import warm_up; warm_up(); "
        "print(sorted(m for m in ('pydantic', 'rich') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
