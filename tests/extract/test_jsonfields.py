"""A JSON object or JSON lines as an ad, read value by value by its key (issue 14, session 34): ids, timestamps,
coordinates and counters are never phones, a phone member written as a number is read in the ad's country, "\\u00f6"
escapes are read as their letters with every span pointing at the raw text, and a chat export's message objects are
left to the chat reader. Synthetic objects, invented numbers."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.jsonfields import read_json


def read(body: str) -> tuple[list[str], list[str], list[str]]:
    ex = extract_ad(body=body, site="profilapp.example")
    for m in ex.matches:
        assert body[m.start : m.end] == m.raw  # every span points at the raw text
    return sorted(ex.values("phone")), sorted(ex.values("email")), ex.values("age")


def test_members_by_their_keys() -> None:
    body = json.dumps(
        {
            "uid": 48213957,
            "created_at": "2026-09-12T08:15:30Z",
            "lat": 59.91273,
            "lon": 10.74609,
            "alder": 24,
            "bio": "Hei, jeg er Mira. Ring 913 57 246 eller skriv mira.oslo@example.no",
            "likes": 4471,
        },
        ensure_ascii=False,
    )
    assert read(body) == (["+4791357246"], ["mira.oslo@example.no"], ["24"])


def test_a_phone_member_as_a_number_and_json_lines() -> None:
    lines = [
        json.dumps({"id": 7730121, "telefon": 46731234508, "text": "Hej! Ny i Göteborg."}),
        json.dumps({"id": 7730122, "mobil": "731234509", "ort": "Malmö", "text": "Puss"}),
    ]
    assert read("\n".join(lines))[0] == ["+46731234508", "+46731234509"]


def test_unicode_escapes_are_read_as_letters() -> None:
    body = json.dumps({"id": 1, "text": "Hej, jag är i Malmö nu. Ring 0731 23 45 08"})  # ensure_ascii: "\u00e4"
    assert "\\u00e4" in body
    r = read_json(body)
    assert r is not None and "Malmö" in r.text and len(r.source) == len(body)
    assert read(body)[0] == ["+46731234508"]


def test_a_chat_export_is_left_to_the_chat_reader() -> None:
    body = '{"id": 834380, "type": "message", "from": "Mira", "text": "Ring 913 57 246"}'
    assert read_json(body) is None


def test_prose_is_no_json() -> None:
    assert read_json("{Mira} ring 913 57 246") is None
    assert read_json('Mira "sweet": ring 913 57 246') is None


@settings(max_examples=60, deadline=None)
@given(
    st.integers(10**5, 10**11),
    st.integers(1_700_000_000, 1_899_999_999),
    st.floats(54, 70),
    st.integers(0, 999_999),
    st.booleans(),
)
def test_id_time_geo_never_become_phones(uid: int, ts: int, lat: float, n: int, with_phone: bool) -> None:
    mobile = f"9{n:06d}4"
    obj = {"user_id": uid, "last_seen": ts, "lat": round(lat, 5), "bio": "Hei!"}
    if with_phone:
        obj["tlf"] = mobile
    assert read(json.dumps(obj))[0] == (["+47" + mobile] if with_phone else [])
