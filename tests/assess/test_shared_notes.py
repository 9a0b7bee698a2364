"""A shared contact's finding is stored without its count and co-holders; readers see them counted now."""

from __future__ import annotations

import orjson
import pytest
from sqlalchemy import text

from kartlegg.assess import shared_notes
from kartlegg.assess.model import Evidence
from kartlegg.store.engine import Store


def _cell(key: str, holder: str) -> str:
    said = shared_notes.shared_note(key.partition(":")[0], key.partition(":")[2], key, holder)
    ev = Evidence("1", "body", 0, 5, "07...", *said)
    return orjson.dumps({"level": "profile", "note": "", "evidence": [ev.to_json()]}).decode()


def _hold(store: Store, rows: list[tuple[str, int, str]]) -> None:
    with store.begin() as conn:
        for key, ad, grp in rows:
            conn.execute(text("INSERT INTO assess_ads (ad_id, site, grp) VALUES (:a, 's', :g)"), {"a": ad, "g": grp})
            conn.execute(text("INSERT INTO assess_keys (key, ad_id) VALUES (:k, :a)"), {"k": key, "a": ad})


def _note(cell: str | None) -> dict[str, object]:
    data = orjson.loads(cell or "{}")
    item: dict[str, object] = data["evidence"][0]
    return item


def test_the_count_and_co_holders_are_read_when_shown(store: Store) -> None:
    phone, handle = "phone:+46701234567", "handle:telegram:candy"
    _hold(store, [(phone, 1, "p1"), (phone, 2, "p2"), (phone, 3, "p3"), (handle, 4, "p1"), (handle, 5, "p9")])
    plain = orjson.dumps({"level": "ad", "evidence": [{"text": "18 år"}]}).decode()
    cells = [_cell(phone, "p1"), plain, _cell(handle, "p1"), None]
    with store.connect() as conn:
        out = shared_notes.fill(conn, cells)
    assert out[1] is cells[1] and out[3] is None  # cells without a shared contact are not touched
    first, third = _note(out[0]), _note(out[2])
    assert first["note"] == "the phone +46701234567 is also used by 2 other profiles: p2, p3"
    assert first["msg"] == shared_notes.MANY
    assert isinstance(first["args"], dict) and first["args"]["n"] == 2
    assert third["note"] == "the handle telegram:candy is also used by 1 other profile: p9"
    # the evidence span is the holder's own, as stored
    assert first["start"] == 0 and first["text"] == "07..."


def test_a_key_no_one_else_holds_now_keeps_the_stored_sentence(store: Store) -> None:
    """Between an erasure and the next assess run the others may be gone: the stored sentence stays (true)."""
    phone = "phone:+4522334455"
    _hold(store, [(phone, 1, "p1")])
    with store.connect() as conn:
        out = shared_notes.fill(conn, [_cell(phone, "p1"), _cell("phone:+4599999999", "p2")])
    assert [_note(c)["note"] for c in out] == [
        "the phone +4522334455 is also used by other profiles",
        "the phone +4599999999 is also used by other profiles",
    ]


def test_a_malformed_cell_is_left_as_it_is(store: Store) -> None:
    broken = '{"evidence": [{"args": {"shared": "phone:1"'
    with store.connect() as conn:
        assert shared_notes.fill(conn, [broken, '"shared": 1']) == [broken, '"shared": 1']


def test_a_template_count_is_read_now_and_bounded(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    with store.begin() as conn:
        for ad, grp, cluster in [(1, "p1", 1), (2, "p2", 1), (3, "p2", 1), (4, "p3", 1), (5, "p4", 5)]:
            conn.execute(
                text("INSERT INTO assess_ads (ad_id, site, grp, tcluster) VALUES (:a, 's', :g, :c)"),
                {"a": ad, "g": grp, "c": cluster},
            )

    def cell(ad: int, holder: str) -> str:
        ev = Evidence(str(ad), "body", 0, 4, "text", *shared_notes.template_note(ad, holder))
        return orjson.dumps({"level": "profile", "evidence": [ev.to_json()]}).decode()

    with store.connect() as conn:
        out = shared_notes.fill(conn, [cell(2, "p2"), cell(5, "p4")])
        assert _note(out[0])["note"] == "near-duplicate text (names, numbers, places masked) in ads of 3 profiles"
        # a cluster of her own alone (the others left it since): the stored sentence, still true
        assert _note(out[1])["note"] == "near-duplicate text (names, numbers, places masked) in ads of other profiles"
        monkeypatch.setattr(shared_notes, "COUNT_CAP", 2)
        capped = shared_notes.fill(conn, [cell(2, "p2")])
        assert _note(capped[0])["note"] == "near-duplicate text (names, numbers, places masked) in ads of 2+ profiles"
