"""Pseudonymised tokens: comparable across installations sharing a key, unlinkable otherwise."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kartlegg.read.pseudonym import Pseudonymiser, for_home
from kartlegg.store.engine import open_store
from tests.conftest import make_settings, run_cli
from tests.report.market import PHONE_A, build_market


def test_installation_key_file_is_private_and_stable(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    mp.delenv("KARTLEGG_PSEUDONYM_KEY", raising=False)
    try:
        a1 = for_home(tmp_path / "a").token("phone", PHONE_A)
        assert stat.S_IMODE((tmp_path / "a" / "pseudonym.key").stat().st_mode) == 0o600
        assert for_home(tmp_path / "a").token("phone", PHONE_A) == a1
        assert for_home(tmp_path / "b").token("phone", PHONE_A) != a1  # another installation, another key
    finally:
        mp.undo()


@given(st.text(min_size=1, max_size=30), st.text(min_size=1, max_size=30))
def test_tokens_depend_on_value_and_kind(a: str, b: str) -> None:
    p = Pseudonymiser(b"shared")
    assert p.token("phone", a) == p.token("phone", a)
    assert (p.token("phone", a) == p.token("phone", b)) == (a == b)
    assert p.token("phone", a) != p.token("email", a)


def _exported_phones(tmp_path: Path, name: str, env: dict[str, str]) -> set[str]:
    home = tmp_path / name
    store = open_store(make_settings(home))
    build_market(store, tmp_path / name)
    store.close()
    res = run_cli(
        "export", "ads", "--pseudonymise", "--reason", "compare", "--recipient", "Europol", home=home, env=env
    )
    assert res.returncode == 0, res.stderr.decode()
    assert PHONE_A not in res.stdout.decode()
    return {p for line in res.stdout.decode().splitlines() for p in json.loads(line)["phones"]}


def test_two_installations_compare_numbers_only_with_a_shared_key(tmp_path: Path) -> None:
    shared = {"KARTLEGG_PSEUDONYM_KEY": "unit-agreement-2026"}
    one = _exported_phones(tmp_path, "oslo", shared)
    two = _exported_phones(tmp_path, "stockholm", shared)
    assert one == two and len(one) == 3 and all(t.startswith("phone:") for t in one)
    own_a = _exported_phones(tmp_path, "bergen", {})
    own_b = _exported_phones(tmp_path, "malmo", {})
    assert not own_a & one and not own_a & own_b


def test_scoped_and_whole_store_exports_give_the_same_tokens(tmp_path: Path) -> None:
    from kartlegg.report.query import Scope
    from kartlegg.report.service import Request, export

    store = open_store(make_settings(tmp_path / "home"))
    build_market(store, tmp_path)
    req = Request("tester", "compare", "Europol", pseudonymise=True)
    whole, scoped = tmp_path / "all.jsonl", tmp_path / "n1.jsonl"
    export(store, "ads", "jsonl", Scope(), str(whole), req)
    export(store, "ads", "jsonl", Scope(network="N1"), str(scoped), req)
    store.close()
    rows_all = {r["id"]: r for r in map(json.loads, whole.read_text().splitlines())}
    rows_n1 = {r["id"]: r for r in map(json.loads, scoped.read_text().splitlines())}
    assert set(rows_n1) == {"a1", "a2", "b1"} and len(rows_all) == 5
    for key, row in rows_n1.items():
        assert row == rows_all[key]  # same columns, same tokens, whichever path wrote them
    assert PHONE_A not in whole.read_text() + scoped.read_text()
    assert "lina@example.com" not in whole.read_text() and "rosa.example/ad" not in whole.read_text()


_NUMBERS = ["070-123 45 67", "0701234567", "+46 70 765 43 21", "073 111 22 33"]


@given(
    st.lists(st.sampled_from(_NUMBERS), min_size=1, max_size=3),
    # no "d": a filler ending in "id" would make the number an ad id, and no "b": one ending in "bg" (a Swedish
    # bankgiro) a payment account; extraction rightly skips both
    st.lists(st.text(alphabet="acefg hij.,!", max_size=20), min_size=4, max_size=4),
)
def test_pseudonymised_ad_text_never_shows_an_extracted_number(numbers: list[str], filler: list[str]) -> None:
    """Whatever surrounds them, every number extraction found in an ad is replaced by its token."""
    from kartlegg.extract import extract_ad
    from kartlegg.report.disclose import Disclosure
    from kartlegg.report.query import AdRecord, Evidence, SelectorHit

    body = filler[0] + " " + " och ".join(numbers) + " " + filler[1]
    ex = extract_ad(body=body, region="SE")
    hits = [SelectorHit(0, m.kind, m.value, m.field, m.start, m.end, m.raw, {}) for m in ex.matches]
    ev = Evidence("s", "0", None, None, None, None, None, None, "t")
    ad = AdRecord(
        1, "s", "k", "2026-01-01", 1, None, None, "", body, None, [], {}, None, None, None, None, None, None, ev, hits
    )
    p = Pseudonymiser(b"k")
    shown = Disclosure(p).ad_text(ad, "body", body)
    # the contact selectors; a place the filler happens to spell ("gbg") is no person's selector
    for m in ex.matches:
        if m.kind in ("phone", "email", "handle"):
            assert m.raw not in shown and f"[{p.token(m.kind, m.value)}]" in shown
    assert len([m for m in ex.matches if m.kind == "phone"]) == len(numbers)
