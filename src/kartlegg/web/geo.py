"""City coordinates for the activity map (``data/cities.yaml``) and the map's SVG geometry."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml
from pydantic import BaseModel

from kartlegg.extract.lexicon import gazetteer as extract_gazetteer
from kartlegg.extract.places import display_city
from kartlegg.web.basemap import Projection, country_paths


class City(BaseModel):
    name: str
    country: str
    lat: float
    lon: float
    aliases: list[str] = []


@cache
def gazetteer() -> dict[str, City]:
    """Lower-cased name or alias -> city."""
    raw = yaml.safe_load(files("kartlegg.web").joinpath("data/cities.yaml").read_text("utf-8"))
    out: dict[str, City] = {}
    for item in raw:
        c = City.model_validate(item)
        for n in [c.name, *c.aliases]:
            out[n.strip().lower()] = c
    return out


def _city(label: str | None) -> City | None:
    """Where to draw a city however it is spelled ("Malmo", "Kbh", "Grünerløkka" -> Oslo): the map's own list,
    then the extraction gazetteer's coordinates, so no city is drawn twice or left off for its spelling."""
    name = display_city(label) or ""
    found = gazetteer().get(name.strip().lower()) or gazetteer().get((label or "").strip().lower())
    if found is not None:
        return found
    c = next((c for c in extract_gazetteer().cities if c.name == name), None)
    return None if c is None else City(name=c.name, country=c.country, lat=c.lat, lon=c.lon)


@dataclass(frozen=True, slots=True)
class Dot:
    name: str
    count: int
    x: float
    y: float
    r: float


@dataclass(frozen=True, slots=True)
class MapSvg:
    width: float
    height: float
    countries: tuple[tuple[str, str], ...]
    dots: list[Dot]
    unplaced: list[tuple[str, int]]


def activity_map(city_counts: list[tuple[str, int]], width: float = 600.0) -> MapSvg:
    """Place each city's count on the basemap; cities not in the gazetteer are listed, not guessed."""
    proj = Projection(width)
    places: dict[str, tuple[City, int]] = {}
    unplaced: list[tuple[str, int]] = []
    for name, n in city_counts:
        city = _city(name)
        if city is None:
            unplaced.append((name, n))
            continue
        prev = places.get(city.name)
        places[city.name] = (city, n + (prev[1] if prev else 0))
    top = max((n for _c, n in places.values()), default=1)
    dots = []
    for city, n in sorted(places.values(), key=lambda p: -p[1]):
        x, y = proj(city.lon, city.lat)
        dots.append(Dot(city.name, n, x, y, round(3 + 22 * math.sqrt(n / top), 1)))
    return MapSvg(width, round(proj.height, 1), country_paths(width), dots, unplaced)


def place_map(points: list[tuple[str, int, float | None, float | None, str]], width: float = 600.0) -> MapSvg:
    """Places (label, count, lat, lon, city) at their own coordinates, else at their city's; a place with
    neither is listed under the map, never guessed."""
    proj = Projection(width)
    top = max((n for _l, n, *_rest in points), default=1) or 1
    dots: list[Dot] = []
    unplaced: list[tuple[str, int]] = []
    for label, n, lat, lon, city in points:
        if lat is None or lon is None:
            c = _city(city)
            if c is None:
                unplaced.append((label, n))
                continue
            lat, lon = c.lat, c.lon
        x, y = proj(lon, lat)
        dots.append(Dot(label, n, x, y, round(3 + 14 * math.sqrt(n / top), 1)))
    return MapSvg(width, round(proj.height, 1), country_paths(width), dots, unplaced)
