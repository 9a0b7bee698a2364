"""The activity map's basemap: Nordic country outlines drawn as server-side SVG (no tile server, no JS).

``data/nordic.geojson`` is derived once from the npm package ``world-atlas`` (Natural Earth, public domain;
packaging ISC, see ``data/world-atlas.LICENSE``) by ``build_nordic_geojson`` and shipped in the package:
decoding TopoJSON needs no library, and only the region we draw is kept (coordinates rounded to 0.01°).
Regenerate with ``python -m kartlegg.web.basemap path/to/countries-50m.json``.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

#: lon/lat box drawn on the map: Norway, Sweden, Denmark and their neighbours.
BBOX = (3.0, 54.0, 32.0, 71.5)
Ring = list[tuple[float, float]]


def decode_topojson(topo: dict[str, Any], obj: str = "countries") -> list[tuple[str, list[list[Ring]]]]:
    """(name, polygons as lists of rings) for every geometry of a TopoJSON object."""
    tf = topo.get("transform")
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        pts: Ring = []
        x = y = 0.0
        for p in arc:
            if tf:
                x, y = x + p[0], y + p[1]
                pts.append((x * tf["scale"][0] + tf["translate"][0], y * tf["scale"][1] + tf["translate"][1]))
            else:
                pts.append((float(p[0]), float(p[1])))
        arcs.append(pts)

    def ring(idx: list[int]) -> Ring:
        out: Ring = []
        for i in idx:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts[1:] if out else pts)
        # Unwrap longitudes across the antimeridian so no edge jumps across the whole map.
        shift = 0.0
        for k in range(1, len(out)):
            x, y = out[k]
            if x + shift - out[k - 1][0] > 180:
                shift -= 360
            elif x + shift - out[k - 1][0] < -180:
                shift += 360
            out[k] = (x + shift, y)
        return out

    result: list[tuple[str, list[list[Ring]]]] = []
    for geom in topo["objects"][obj]["geometries"]:
        name = str((geom.get("properties") or {}).get("name", ""))
        if geom["type"] == "Polygon":
            polys = [[ring(r) for r in geom["arcs"]]]
        elif geom["type"] == "MultiPolygon":
            polys = [[ring(r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        result.append((name, polys))
    return result


def clip_ring(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """Sutherland-Hodgman: the part of a polygon ring inside an axis-aligned box."""
    x0, y0, x1, y1 = box

    def cut(pts: Ring, inside: Any, cross: Any) -> Ring:
        out: Ring = []
        for i, cur in enumerate(pts):
            prev = pts[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
        return out

    def at_x(x: float) -> Any:
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y: float) -> Any:
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    pts = ring
    for inside, cross in (
        (lambda p: p[0] >= x0, at_x(x0)),
        (lambda p: p[0] <= x1, at_x(x1)),
        (lambda p: p[1] >= y0, at_y(y0)),
        (lambda p: p[1] <= y1, at_y(y1)),
    ):
        if not pts:
            break
        pts = cut(pts, inside, cross)
    return pts


def build_nordic_geojson(topo: dict[str, Any], pad: float = 1.0) -> dict[str, Any]:
    """The countries inside ``BBOX`` (plus ``pad`` degrees), clipped to it, at 0.01° precision."""
    box = (BBOX[0] - pad, BBOX[1] - pad, BBOX[2] + pad, BBOX[3] + pad)
    features = []
    for name, polys in decode_topojson(topo):
        coords = []
        for poly in polys:
            rings = []
            for r in poly:
                pts: list[list[float]] = []
                for x, y in clip_ring(r, box):
                    q = [round(x, 2), round(y, 2)]
                    if not pts or pts[-1] != q:
                        pts.append(q)
                if len(pts) >= 4:
                    rings.append(pts)
            if rings:
                coords.append(rings)
        if coords:
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": name},
                    "geometry": {"type": "MultiPolygon", "coordinates": coords},
                }
            )
    return {"type": "FeatureCollection", "features": features}


@dataclass(frozen=True, slots=True)
class Projection:
    """Equirectangular with longitudes shrunk by cos(mid-latitude): good enough at this scale."""

    width: float = 600.0

    @property
    def kx(self) -> float:
        return math.cos(math.radians((BBOX[1] + BBOX[3]) / 2))

    @property
    def scale(self) -> float:
        return self.width / ((BBOX[2] - BBOX[0]) * self.kx)

    @property
    def height(self) -> float:
        return (BBOX[3] - BBOX[1]) * self.scale

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (round((lon - BBOX[0]) * self.kx * self.scale, 1), round((BBOX[3] - lat) * self.scale, 1))


@cache
def country_paths(width: float = 600.0) -> tuple[tuple[str, str], ...]:
    """(country name, SVG path data) for the shipped basemap."""
    data = json.loads(files("kartlegg.web").joinpath("data/nordic.geojson").read_text("utf-8"))
    proj = Projection(width)
    out = []
    for feat in data["features"]:
        parts = []
        for poly in feat["geometry"]["coordinates"]:
            for r in poly:
                pts = [proj(x, y) for x, y in r]
                parts.append("M" + "L".join(f"{x},{y}" for x, y in pts) + "Z")
        out.append((str(feat["properties"]["name"]), "".join(parts)))
    return tuple(out)


if __name__ == "__main__":  # pragma: no cover - regeneration tool
    src = json.loads(open(sys.argv[1], encoding="utf-8").read())
    sys.stdout.write(json.dumps(build_nordic_geojson(src), separators=(",", ":")))
