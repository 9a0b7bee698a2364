"""A record's keys say what its values are (issue 14, session 41).

- a country-code field joins its record's phone field before the number is judged, in a JSON API's object, a
  logfmt line, a YAML block, a query string, a vCard's extension property (``records.coded_phones``);
- a value under a key that names an id, a hash, a trace or span, a coordinate, a size or a duration is furniture
  whatever its characters (``furniture._record_furniture``: logfmt's "span=…", YAML's "latitude: …", a title's
  "[trace ed4253…]"), while a phone under a phone key stays a phone;
- a UUID in a link's path is an id by its shape.

Synthetic records in all four languages, invented numbers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartlegg.extract import extract_ad
from kartlegg.extract.records import coded_phones, may_hold


def phones_of(body: str, city: str | None = None, title: str = "", url: str | None = None) -> list[str]:
    ex = extract_ad(title=title, body=body, city=city, url=url)
    for m in ex.matches:
        if m.field == "body":
            assert body[m.start : m.end] == m.raw  # every span points at the raw text
    return sorted(ex.values("phone"))


@pytest.mark.parametrize(
    ("body", "city", "want"),
    [
        # a JSON API's contact object: the code apart from the subscriber number (en)
        (
            json.dumps(
                {"payload": {"text": "Hi, I am Vera", "contact": {"country_code": "+380", "msisdn": "509046682"}}}
            ),
            "Oslo",
            ["+380509046682"],
        ),
        # camelCase keys, the code as a number, the number of another Nordic country than the city's
        ('{"name": "Mira", "dialCode": 45, "mobile": "23438400", "city": "Bergen"}', "Bergen", ["+4523438400"]),
        # logfmt: "phone_cc=46 phone=724990836" (a Swedish mobile without its trunk 0) in a Norwegian city (no)
        (
            'time=2026-11-02T12:00:00Z level=info msg="lagret" id=787673 city=Trondheim phone_cc=46 '
            'phone=724990836 text="Hei"',
            "Trondheim",
            ["+46724990836"],
        ),
        # YAML front matter with Danish keys (da)
        ("---\nlandekode: 47\nmobil: 412 34 567\n---\nHej, jeg hedder Sara", "København", ["+4741234567"]),
        # a Swedish form post's fields (sv), the trunk 0 written
        ("landskod=46&telefon=0701234567&namn=Ella", "Oslo", ["+46701234567"]),
        # a vCard's extension property beside its TEL (no)
        ("BEGIN:VCARD\nFN:Nora\nX-LANDSKODE:47\nTEL;TYPE=cell:90123456\nEND:VCARD", "Stockholm", ["+4790123456"]),
    ],
)
def test_a_code_field_joins_its_records_phone_field(body: str, city: str, want: list[str]) -> None:
    assert phones_of(body, city) == want


def test_a_code_of_another_record_is_not_joined() -> None:
    # two JSON objects: the first's code is not the second's
    body = '[{"cc": "+380", "id": 1}, {"phone": "+47 412 34 567", "id": 2}]'
    assert phones_of(body, "Oslo") == ["+4741234567"]
    assert coded_phones(body) == []


def test_a_number_written_with_its_own_code_is_read_as_written() -> None:
    assert coded_phones('{"country_code": "+47", "phone": "+46 70 123 45 67"}') == []


def test_the_gate() -> None:
    assert not may_hold("Hei, jeg er Nora. Ring 412 34 567")
    assert may_hold("phone_cc=46 phone=724990836")
    assert may_hold('{"countryCode": "+46"}')
    # a JSON-LD address's "postalCode" ends in "code" but is no code key; "accept:" is prose
    assert not may_hold('{"@type": "PostalAddress", "postalCode": "0150", "telephone": "+47 412 34 567"}')
    assert not may_hold("We accept: cash")


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # logfmt's trace and span ids, a size and a duration (en)
        (
            "time=2026-11-02T11:59:43Z level=info trace=ed42539933bbf001384149727b36d461 span=bb98c40275980c3c "
            'msg="listing fetched" status=200 dur=2343ms size=40275980B\nRing: 412 34 567',
            ["+4741234567"],
        ),
        # a note's metadata block: coordinates with eight decimals (sv)
        ("Hej! Ring 070-123 45 67\n\nid: 9f1c\nlatitude: 59.27537000\nlongitude: 15.21921000\n", ["+46701234567"]),
        # Norwegian and Danish keys of a coordinate and an id
        ("Ring 412 34 567\nbreddegrad: 59.91273000\nsporings_id=40275980", ["+4741234567"]),
        ("Ring 23 43 84 00\nlængdegrad: 12.56830000\nsessions_id: 87654321", ["+4523438400"]),
        # a CSV row's header names its cells (en): the hash cell is no number
        ("sha256,phone\n40275980a1c3,90123456", ["+4790123456"]),
    ],
)
def test_values_of_furniture_keys_are_never_phones(body: str, want: list[str]) -> None:
    city = "København" if want[0].startswith("+45") else "Oslo"
    assert phones_of(body, city) == want


def test_a_trace_id_in_a_title_and_a_uuid_in_a_path() -> None:
    assert phones_of("Ring 412 34 567", "Oslo", title="Amira (26) Bergen [trace ed42539933bb]") == ["+4741234567"]
    assert phones_of("Ring 412 34 567", "Oslo", title="trace 26412731 · listing.upsert") == ["+4741234567"]
    url = "https://inbox.example/m/bf210af2-4106-4573-a3e1-93a1078cc7c9"
    assert phones_of("Ring 412 34 567", "Oslo", url=url) == ["+4741234567"]


def test_a_graphql_response_and_a_programs_colon_keys() -> None:
    body = '{"data": {"listing": {"contact": {"dialCode": "+46", "phoneNumber": "701234567"}, "viewCount": 41234567}}}'
    assert phones_of(body, "Oslo") == ["+46701234567"]
    # a YAML block's keys a program wrote: furniture by every class; a prose label's plain word only by id/geo/count
    assert phones_of("duration_ms: 40000000\ncreatedTime: 41234568\nRing: 41234567", "Oslo") == ["+4741234567"]
    assert phones_of("Bestil tid: 41234567", "Oslo") == ["+4741234567"]


def test_a_phone_under_a_phone_key_stays_a_phone() -> None:
    assert phones_of("tel=41234567 trace=ab12", "Oslo") == ["+4741234567"]
    assert phones_of("mobil: 412 34 567\nlatitude: 59.9127", "Oslo") == ["+4741234567"]


_ID_KEYS = [
    "id",
    "trace_id",
    "span",
    "spanId",
    "uuid",
    "guid",
    "ref",
    "sha256",
    "latitude",
    "lon",
    "altitude",
    "bytes",
    "duration_ms",
    "created_at",
    "breddegrad",
    "sporings_id",
    "kontrollsumma",
]
_PHONE_KEYS = ["phone", "tel", "mobile", "mobil", "telefon", "msisdn", "nummer"]


@settings(max_examples=40, deadline=None)
@given(
    key=st.sampled_from(_ID_KEYS),
    sep=st.sampled_from(["=", ": "]),
    value=st.one_of(
        st.from_regex(r"\A[0-9a-f]{8,16}\Z"),
        st.from_regex(r"\A[1-6][0-9]\.[0-9]{6,8}\Z"),
        st.from_regex(r"\A[4-9][0-9]{7}\Z"),
    ),
    phone_key=st.sampled_from(_PHONE_KEYS),
)
def test_an_id_like_value_under_an_id_key_is_never_a_phone(key: str, sep: str, value: str, phone_key: str) -> None:
    body = f"{key}{sep}{value}\n{phone_key}{sep}41234567"
    assert phones_of(body, "Oslo") == ["+4741234567"]
