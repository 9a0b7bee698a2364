"""The map geometry: TopoJSON decoding, clipping to the drawn box, and the shipped basemap."""

from __future__ import annotations

from kartlegg.web.basemap import clip_ring, country_paths, decode_topojson
from kartlegg.web.geo import activity_map


def test_decode_delta_encoded_arcs_and_reversed_arcs() -> None:
    topo = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [10, 50]},
        "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "Square"}},
                    {"type": "Polygon", "arcs": [[~1, ~0]], "properties": {"name": "Reversed"}},
                ],
            }
        },
    }
    (name, polys), (_n2, polys2) = decode_topojson(topo)
    assert name == "Square"
    assert polys[0][0] == [(10, 50), (12, 50), (12, 52), (10, 52), (10, 50)]
    assert polys2[0][0] == polys[0][0][::-1]


def test_antimeridian_ring_is_unwrapped_not_drawn_across() -> None:
    topo = {
        "arcs": [[[170, 60], [-170, 60], [-170, 70], [170, 70], [170, 60]]],
        "objects": {"countries": {"geometries": [{"type": "Polygon", "arcs": [[0]], "properties": {}}]}},
    }
    ring = decode_topojson(topo)[0][1][0][0]
    assert max(x for x, _ in ring) == 190  # continued eastwards, not jumping back to -170
    assert clip_ring(ring, (0, 50, 40, 75)) == []


def test_clip_keeps_the_inside() -> None:
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    clipped = clip_ring(square, (5, -5, 20, 5))
    assert sorted(clipped) == sorted([(5.0, 0.0), (10.0, 0.0), (10.0, 5.0), (5.0, 5.0)])


def test_shipped_basemap_and_city_dots() -> None:
    names = {n for n, _ in country_paths()}
    assert {"Norway", "Sweden", "Denmark", "Finland"} <= names
    m = activity_map([("Oslo", 10), ("malmo", 5), ("Atlantis", 3)])
    assert [d.name for d in m.dots] == ["Oslo", "Malmö"]
    assert m.unplaced == [("Atlantis", 3)]
    oslo, malmo = m.dots
    assert 0 < oslo.x < m.width and 0 < oslo.y < malmo.y < m.height  # Oslo lies north of Malmö
    assert oslo.r > malmo.r
