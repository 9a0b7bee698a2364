"""The activity map draws each city once however sites spell it, and lists labels it cannot place."""

from __future__ import annotations

from kartlegg.web.geo import activity_map


def test_spellings_of_one_city_are_one_dot_and_unknown_labels_are_listed() -> None:
    m = activity_map([("Malmo", 2), ("Malmö", 1), ("Grünerløkka", 4), ("oslo", 1), ("Gävle", 1), ("Narnia", 1)])
    assert {d.name: d.count for d in m.dots} == {"Malmö": 3, "Oslo": 5, "Gävle": 1}
    assert m.unplaced == [("Narnia", 1)]
