"""A site's stock words are not her name: learned per site (``stock_names``), and ordinary words never names."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.link import run_link
from kartlegg.link.cluster import AdFeatures, link_ads
from kartlegg.link.config import NameRules, default_rules
from kartlegg.link.names import find_name, name_candidates
from kartlegg.link.stock_names import learn
from kartlegg.pipeline import analyze
from kartlegg.records import AdInput
from kartlegg.store.engine import Store
from kartlegg.store.rows import StoredVersion
from tests.link.market import incoming

# invented names and numbers; a site whose template opens every title "Treasure doll NAME (AGE) · CITY"
_NAMES = [
    "Mira", "Lena", "Dana", "Vesna", "Kamila", "Orsolya", "Tamara", "Ilinca", "Noor", "Petra",
    "Zora", "Ylva", "Hedda", "Ingrid", "Saskia", "Marit", "Branka", "Lidija", "Senna", "Tove",
    "Rasa", "Agne", "Milda", "Daina", "Greta", "Sanne", "Femke", "Lotte", "Anouk", "Roos",
    "Jorun", "Sigrun", "Helga", "Ragna", "Runa", "Solveig", "Oda", "Tuva", "Live", "Siv",
    "Malin", "Elin",
]  # fmt: skip


def _title(name: str, age: int) -> str:
    return f"Treasure doll {name} ({age}) · Bergen"


def _phone(k: int) -> tuple[str, str]:
    return ("phone", f"+4790{k:06d}")


def test_a_word_every_ad_of_a_site_reads_first_is_the_sites_and_the_names_after_it_are_theirs() -> None:
    rules = default_rules().names
    # with nothing learned, the template's word is read as each woman's first name
    assert find_name(_title("Mira", 24), "Looking for a generous friend.") == "Treasure"
    rows = [
        ("skattkammer", find_name(_title(n, 20 + k % 20), "", None, rules), {_phone(k)}) for k, n in enumerate(_NAMES)
    ]
    # and a few ads of another site, where women's names repeat under few numbers
    rows += [("other", "Mira", {_phone(900)}) for _ in range(30)] + [
        ("other", "Lena", {_phone(901)}) for _ in range(20)
    ]
    stock = learn(rows, rules)
    assert stock == {"skattkammer": frozenset({"treasure"})}
    assert [find_name(_title(n, 25), "", None, rules, stock["skattkammer"]) for n in _NAMES[:3]] == _NAMES[:3]


def test_a_womans_name_under_a_few_numbers_is_never_the_sites() -> None:
    rules = default_rules().names
    # one name on half of a small site's ads, under its three women's own numbers: theirs, not a template's
    rows = [("liten", "Mai", {_phone(k % 3)}) for k in range(60)]
    rows += [("liten", f"Name{k}", {_phone(100 + k)}) for k in range(60)]
    assert learn(rows, rules) == {}


@given(numbers=st.integers(1, 90), repeats=st.integers(1, 3), others=st.integers(0, 40))
def test_a_word_on_every_ad_of_a_site_is_its_stock_word_exactly_when_many_numbers_carry_it(
    numbers: int, repeats: int, others: int
) -> None:
    """A word read on every ad of a site is the site's when at least ``min_contacts`` numbers carry it (a
    woman's name under her own few numbers never is), however often each number posts."""
    rules = default_rules().names
    rows = [("s", "Nimue", {_phone(k)}) for k in range(numbers) for _ in range(repeats)]
    rows += [("t", "Nimue", {_phone(1000 + k)}) for k in range(others)]
    learned = learn(rows, rules)
    assert ("nimue" in learned.get("s", frozenset())) == (numbers >= rules.template.min_contacts)


def _no_text(_: Sequence[int]) -> dict[int, str]:
    return {}


def _named(i: int, site: str, title: str, phone: tuple[str, str], stock: frozenset[str] = frozenset()) -> AdFeatures:
    return AdFeatures(ad_id=i, site=site, name=find_name(title, "", None, None, stock), selectors=(phone,))


def test_two_women_on_one_site_with_the_stock_word_stay_apart_and_her_number_joins_across_sites() -> None:
    stock = frozenset({"treasure"})
    mira, lena = _phone(1), _phone(2)
    ads = [
        _named(1, "skattkammer", _title("Mira", 24), mira, stock),
        _named(2, "skattkammer", _title("Lena", 31), lena, stock),
        _named(3, "skattkammer", _title("Lena", 31), lena, stock),
        # her own number on a site without the template, her name as she writes it there
        _named(4, "annonsetorget", "Mira, 24 – ny i Bergen", mira),
        _named(5, "annonsetorget", "Mira 24 år", mira),
    ]
    assert [a.name for a in ads] == ["Mira", "Lena", "Lena", "Mira", "Mira"]
    res = link_ads(ads, _no_text)
    assert {frozenset(ads[i].ad_id for i in p) for p in res.profiles} == {frozenset({1, 4, 5}), frozenset({2, 3})}


def test_two_womens_stock_sentences_join_them_only_under_the_stock_word() -> None:
    """Strangers on one site write its stock sentences: a copy joins two ads of one name, so read as the
    template's word they became one woman; read as their names they stay two."""
    text = "Looking for a generous friend. Student, discreet, loves travel and long talks."

    def texts(idx: Sequence[int]) -> dict[int, str]:
        return dict.fromkeys(idx, text)

    for stock, profiles in ((frozenset({"treasure"}), 2), (frozenset(), 1)):
        ads = [
            _named(1, "skattkammer", _title("Mira", 24), _phone(1), stock),
            _named(2, "skattkammer", _title("Lena", 25), _phone(2), stock),
        ]
        res = link_ads(ads, texts, text_candidates={(0, 1)})
        assert len(res.profiles) == profiles


def test_ordinary_words_are_no_names_the_next_cue_names_her() -> None:
    # en, no, sv, da: a stock line's first word read where a name stands
    assert find_name("Body to body Tromsø", "Hi, I am Sakura, discreet.") == "Sakura"
    assert find_name("Massasje Tromsø", "Helt ny her – vær snill 😇\nJeg heter Vilja.") == "Vilja"
    assert find_name("Massage Luleå", "Helt ny här – var snäll 😇") is None
    assert find_name("Anyone met Jovana? (Tromsø)", "Jovana, 27, ny i Tromsø.") == "Jovana"
    assert find_name("", "Brand new here – be gentle 😇\nKisses, Alina her, 25") == "Alina"
    assert find_name("Massage Odense", "Betal med Vipps. Virkelig dejlig massage.") is None
    # a nickname that is also a word stays hers
    assert find_name("Honey, 24 – Oslo", "") == "Honey"


def test_candidates_come_in_the_order_find_name_tries_them() -> None:
    assert name_candidates(_title("Mira", 24), "I am Mira.") == ["Mira", "Treasure"]
    assert name_candidates("Treasure doll Mira (24)", "") == ["Treasure", "Mira"]


def _template_ads(first: int, n: int, day: int) -> list[AdInput]:
    """Ads of a site whose template reads "Treasure" as every woman's first name (invented names, numbers)."""
    stems = ("Mir", "Len", "Dan", "Ves", "Kam", "Ors", "Tam")
    ends = ("a", "ena", "ita", "ora", "ika", "ina", "iya")
    return [
        AdInput(
            id=str(k),
            site="skattkammer",
            posted_at=f"2026-03-{day:02d}T12:00:00",
            title=f"Treasure doll {stems[k % 7]}{ends[k // 7 % 7]} ({20 + k % 15}) · Bergen",
            body=f"Looking for a generous friend. Ring meg: 9{k:03d} 4{k:03d}",
            city="Bergen",
        )
        for k in range(first, first + n)
    ]


def test_a_days_link_reads_only_its_new_versions_names_and_learns_what_reading_all_would(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A version's text never changes, so the names its site's sample read are kept (``STOCK_READ_STATE``):
    a day reads its own versions' names only, and learns the words reading every sampled one gives."""
    from kartlegg.link import stock_names
    from kartlegg.link.run import STOCK_READ_STATE, STOCK_STATE, _state

    ingest_items(store, incoming(_template_ads(0, 49, 1)), IngestResult())
    analyze(store)
    ingest_items(store, incoming(_template_ads(49, 5, 2)), IngestResult())
    reads: list[int] = []
    real = stock_names.ad_name

    def counted(v: StoredVersion, rules: NameRules, template: Collection[str] = ()) -> str | None:
        reads.append(v.ad_id)
        return real(v, rules, template)

    monkeypatch.setattr(stock_names, "ad_name", counted)
    run_link(store)
    with store.connect() as conn:
        ids = {int(r[0]) for r in conn.execute(text("SELECT id FROM ads WHERE ad_key IN ('49','50','51','52','53')"))}
        # the new versions read with no word learned and with "treasure"; the 49 kept ones not again
        assert sorted(reads) == sorted(list(ids) * 2)
        assert _state(conn, STOCK_STATE) == {"skattkammer": ["treasure"]}
        kept = _state(conn, STOCK_READ_STATE)["sites"]["skattkammer"]
        monkeypatch.setattr(stock_names, "ad_name", real)
        fresh: stock_names.Memo = {}
        learned = stock_names.learn_from_store(conn, default_rules().names, memo=fresh)
    assert learned == {"skattkammer": frozenset({"treasure"})}
    # what is kept is what reading every sampled version gives, with each set of words
    assert {k: {int(s): n for s, n in v.items()} for k, v in kept.items()} == fresh["skattkammer"]
    assert set(fresh["skattkammer"][""].values()) == {"Treasure"}
    assert "Treasure" not in fresh["skattkammer"]["treasure"].values()


def test_names_kept_by_other_rules_are_read_again(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kept name is used only under the rules and features version it was read by."""
    from kartlegg.link import stock_names
    from kartlegg.link.run import STOCK_READ_STATE, _set_state, _state

    ingest_items(store, incoming(_template_ads(0, 49, 1)), IngestResult())
    analyze(store)
    with store.begin() as conn:
        kept = _state(conn, STOCK_READ_STATE)
        _set_state(conn, STOCK_READ_STATE, {**kept, "stamp": "older rules"})
    ingest_items(store, incoming(_template_ads(49, 2, 2)), IngestResult())
    reads: list[int] = []
    real = stock_names.ad_name

    def counted(v: StoredVersion, rules: NameRules, template: Collection[str] = ()) -> str | None:
        reads.append(v.seq)
        return real(v, rules, template)

    monkeypatch.setattr(stock_names, "ad_name", counted)
    run_link(store)
    assert len(reads) == 2 * 51  # every sampled version, in both rounds


def test_a_days_features_take_the_names_its_learning_read(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The day's new versions are their site's newest, so in the sample the stock words are learned from: each
    name is read once there with the words learned, and the features take it (``stock_names.names_read``)
    instead of reading it again. The names stored are what reading them gives."""
    from kartlegg.extract.run import run_extract
    from kartlegg.link import features
    from kartlegg.link.features import ad_name, load_features
    from kartlegg.store.furniture import versions_at

    ingest_items(store, incoming(_template_ads(0, 49, 1)), IngestResult())
    analyze(store)
    ingest_items(store, incoming(_template_ads(49, 5, 2)), IngestResult())
    reads: list[int] = []
    real = features.ad_name

    def counted(v: StoredVersion, rules: NameRules, template: Collection[str] = ()) -> str | None:
        reads.append(v.ad_id)
        return real(v, rules, template)

    run_extract(store)
    monkeypatch.setattr(features, "ad_name", counted)
    info = run_link(store)
    assert reads == []  # every new version was in the sample
    assert info["names_taken"] == 5
    rules = default_rules().names
    with store.connect() as conn:
        seqs = [int(r[0]) for r in conn.execute(text("SELECT seq FROM ad_versions"))]
        versions = versions_at(conn, seqs)
        stored = load_features(conn, [v.ad_id for v in versions.values()])
    assert len(stored) == 54
    for v in versions.values():
        assert stored[v.ad_id][0].name == ad_name(v, rules, frozenset({"treasure"}))


def test_names_read_are_those_of_each_sites_words_as_learned() -> None:
    from kartlegg.link.stock_names import names_read

    memo = {
        "a": {"": {1: "Treasure", 2: "Treasure"}, "treasure": {1: "Mira", 2: None}},
        "b": {"": {3: "Lena"}},
        "c": {"": {4: "Body"}, "body": {4: None}},  # learned "body" and "to" in the second round: not read so
    }
    stock = {"a": frozenset({"treasure"}), "c": frozenset({"body", "to"})}
    assert names_read(memo, stock) == {1: "Mira", 2: None, 3: "Lena"}
