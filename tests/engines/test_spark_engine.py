"""The Spark engine (local[2], one session for the engine tests: conftest.py) stores the same persons and
networks as the embedded engine: on a small demo market and on a small independent evaluation corpus, on
SQLite and on PostgreSQL; and the store it leaves is a normal one (stage runs, link features, scores, the CLI)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kartlegg.collect.ingest import ingest_paths
from kartlegg.demo.market import build_market, write_market
from kartlegg.pipeline import analyze
from kartlegg.store.engine import Store, open_store
from tests.conftest import _pg_database, make_settings

pytest.importorskip("pyspark")
if not any(os.access(os.path.join(p, "java"), os.X_OK) for p in os.environ.get("PATH", "").split(os.pathsep)):
    pytest.skip("no Java runtime for Spark", allow_module_level=True)
from kartlegg.engines.spark.job import driver_ads, oversized_bands, run_spark
from kartlegg.engines.spark.tasks import Feature, ad_features
from kartlegg.link.text import oversized_keys

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_ads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ads, _ = write_market(build_market(seed=11, n_persons=24, days=30), tmp_path_factory.mktemp("demo"))
    return ads


@pytest.fixture(scope="module")
def eval_ads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("evalcorpus")
    subprocess.run(
        [sys.executable, "-m", "benchmarks.evalcorpus", "--seed", "5", "--ads", "400", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out / "ads.jsonl"


def partitions(store: Store) -> tuple[set[frozenset[int]], set[frozenset[int]]]:
    """Persons and networks as sets of ad ids (ids of profiles and networks left out: only the grouping)."""
    profiles: dict[str, set[int]] = {}
    networks: dict[str, set[int]] = {}
    with store.connect() as conn:
        for ad, pid, nid in conn.execute(
            text(
                "SELECT pa.ad_id, pa.profile_id, p.network_id FROM profile_ads pa "
                "JOIN profiles p ON p.id = pa.profile_id"
            )
        ):
            profiles.setdefault(pid, set()).add(int(ad))
            networks.setdefault(nid, set()).add(int(ad))
    return {frozenset(v) for v in profiles.values()}, {frozenset(v) for v in networks.values()}


def _two_stores(tmp_path: Path, backend: str) -> Iterator[tuple[Store, Store]]:
    if backend == "sqlite":
        a, b = open_store(make_settings(tmp_path / "a")), open_store(make_settings(tmp_path / "b"))
        yield a, b
        a.close()
        b.close()
        return
    for url_a in _pg_database():
        for url_b in _pg_database():
            a, b = open_store(make_settings(tmp_path / "a", url_a)), open_store(make_settings(tmp_path / "b", url_b))
            yield a, b
            a.close()
            b.close()


def _linked_by_both(
    tmp_path: Path, records: list[dict[str, Any]], spark: object
) -> Iterator[tuple[Store, Store, dict[str, Any]]]:
    """``records`` ingested into two SQLite stores, one linked by the embedded engine and one by Spark (with what
    ``run_spark`` reported): the setup of every test that compares the two on a small market of its own."""
    ads = tmp_path / "ads.jsonl"
    ads.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for embedded, sparked in _two_stores(tmp_path, "sqlite"):
        for s in (embedded, sparked):
            ingest_paths(s, [ads])
        analyze(embedded, workers=1)
        yield embedded, sparked, run_spark(sparked, spark=spark, stage_dir=sparked.settings.home / "stage")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    yield from _two_stores(tmp_path, request.param)


def _compare(stores: tuple[Store, Store], ads: Path, spark: object) -> tuple[Store, dict[str, dict[str, object]]]:
    embedded, sparked = stores
    for s in stores:
        ingest_paths(s, [ads])
    analyze(embedded, workers=1)
    results = run_spark(sparked, spark=spark, stage_dir=sparked.settings.home / "stage")
    want_p, want_n = partitions(embedded)
    got_p, got_n = partitions(sparked)
    assert len(want_p) > 5 and any(len(p) > 1 for p in want_p)  # a market with persons worth linking
    assert any(len(n) > max(len(p) for p in want_p if p <= n) for n in want_n)  # and networks of several
    assert got_p == want_p
    assert got_n == want_n
    # the index the next day links from: its components and verified copies too, as a full run writes them
    for table in INDEX_ROWS:
        assert _rows(sparked, table) == _rows(embedded, table), table
    return sparked, results


INDEX_ROWS = (
    "link_bands",
    "link_big_bands",
    "link_selector_ads",
    "link_name_keys",
    "link_components",
    "link_text_pairs",
)


def _rows(store: Store, table: str) -> list[tuple[object, ...]]:
    with store.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {table}")))


def test_demo_market_same_persons_and_networks(stores: tuple[Store, Store], demo_ads: Path, spark: object) -> None:
    sparked, results = _compare(stores, demo_ads, spark)
    assert results["link"]["engine"] == "spark" and results["link"]["components"] >= 1
    with sparked.connect() as conn:
        runs = dict(
            conn.execute(
                text("SELECT stage, status FROM stage_runs WHERE id IN (SELECT MAX(id) FROM stage_runs GROUP BY stage)")
            ).all()
        )
        assert runs == {"extract": "ok", "link": "ok", "assess": "ok"}
        n_ads = conn.execute(text("SELECT COUNT(*) FROM ads")).scalar_one()
        assert conn.execute(text("SELECT COUNT(*) FROM link_features")).scalar_one() == n_ads
        assert conn.execute(text("SELECT COUNT(*) FROM scores WHERE entity_type = 'profile'")).scalar_one() > 0
    # an embedded run afterwards finds nothing left to do and keeps the partition
    before = partitions(sparked)
    after = analyze(sparked, workers=1)
    assert after["extract"]["versions"] == 0 and after["link"]["versions"] == 0
    assert partitions(sparked) == before


def test_evaluation_corpus_same_persons_and_networks(tmp_path: Path, eval_ads: Path, spark: object) -> None:
    """SQLite only: the PostgreSQL writes are the demo test's."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for pair in _two_stores(tmp_path, "sqlite"):
        _compare(pair, eval_ads, spark)


def test_an_embedded_day_after_a_spark_run_links_from_its_components(
    tmp_path: Path, eval_ads: Path, spark: object
) -> None:
    """The evaluation corpus but its newest 40 ads, analysed by each engine; then those 40 as a day, linked
    by the embedded engine on both stores: the Spark run's stored components and verified copies are the
    embedded engine's, so the day walks the same region from them and both stores end the same (SQLite)."""
    records = [json.loads(line) for line in eval_ads.read_text(encoding="utf-8").splitlines() if line.strip()]
    records.sort(key=lambda r: str(r.get("posted_at") or ""))
    base, day = tmp_path / "base.jsonl", tmp_path / "day.jsonl"
    base.write_text("".join(json.dumps(r) + "\n" for r in records[:-40]), encoding="utf-8")
    day.write_text("".join(json.dumps(r) + "\n" for r in records[-40:]), encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for embedded, sparked in _two_stores(tmp_path, "sqlite"):
        _compare((embedded, sparked), base, spark)
        assert _rows(sparked, "link_text_pairs")  # copies written, not only an empty table on both
        runs = []
        for s in (embedded, sparked):
            ingest_paths(s, [day])
            runs.append(analyze(s, workers=1)["link"])
        assert partitions(sparked) == partitions(embedded)
        for table in INDEX_ROWS:
            assert _rows(sparked, table) == _rows(embedded, table), table
        assert runs[0]["relinked"] == runs[1]["relinked"] < len(records) // 2  # the region, not the store


def test_ads_without_a_contact_join_as_in_the_embedded_engine(tmp_path: Path, spark: object) -> None:
    """The held-out corpus's re-posts without any contact join the one profile of their name, site and city
    in Spark's per-component linking too: its blocking puts them in one component (SQLite only)."""
    out = tmp_path / "heldout"
    subprocess.run(
        [sys.executable, "-m", "benchmarks.heldout", "--seed", "5", "--ads", "600", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for pair in _two_stores(tmp_path, "sqlite"):
        _compare(pair, out / "ads.jsonl", spark)
        with pair[0].connect() as conn:
            joined = conn.execute(text("SELECT COUNT(*) FROM links WHERE reason LIKE '%no contact of her own%'"))
            assert joined.scalar_one() >= 5


def _namesake(i: int, posted: str, age: int, phone: str | None, words: str) -> dict[str, str]:
    contact = f" Ring {phone}." if phone else ""
    return {
        "site": "annonser.example.no",
        "id": str(i),
        "url": f"https://annonser.example.no/annonse/{i}",
        "posted_at": f"{posted}T12:00:00+01:00",
        "city": "Oslo",
        "title": "Elin i Oslo",
        "body": f"Hei, jeg heter Elin, {age} år. {words}{contact}",
    }


def test_ads_without_a_contact_between_namesake_profiles_as_in_the_embedded_engine(
    tmp_path: Path, spark: object
) -> None:
    """Elins on one site and city: A (24) and B (25) with numbers, C (22, no contact) fits both and stays
    alone, D (21, no contact) fits A alone and joins her, later G (23, no contact) meets A, B and F (a third
    Elin with a number): too many, alone. Spark's blocking and the embedded engine give the same persons
    and the same components, joined by the one join made (SQLite only)."""
    records = [
        _namesake(1, "2026-03-01", 24, "912 34 567", "Diskret og hyggelig i sentrum, kun hotell."),
        _namesake(2, "2026-03-01", 25, "934 56 781", "Nyt en rolig kveld med meg og god vin."),
        _namesake(3, "2026-03-02", 22, None, "Leilighet ved Majorstuen, ingen stress her."),
        _namesake(4, "2026-03-03", 21, None, "Massasje og avslapning hele helgen lang."),
        _namesake(5, "2026-04-20", 41, "956 78 903", "Moden dame med erfaring, privat leilighet."),
        _namesake(6, "2026-04-10", 23, None, "Studentjente som liker nye bekjentskaper nå."),
    ]
    for embedded, sparked, ran in _linked_by_both(tmp_path, records, spark):
        link = ran["link"]
        want, _ = partitions(embedded)
        with embedded.connect() as conn:
            key = {int(i): k for k, i in conn.execute(text("SELECT ad_key, id FROM ads"))}
        assert {frozenset(key[a] for a in p) for p in want} == {
            frozenset({"1", "4"}),
            frozenset({"2"}),
            frozenset({"3"}),
            frozenset({"5"}),
            frozenset({"6"}),
        }
        assert partitions(sparked) == partitions(embedded)
        # Spark's components are the embedded engine's: contact components joined only by the join made
        # (D into A), not by every namesake edge (C, D and G between A, B and F)
        stored = _components(embedded)
        assert {frozenset(key[a] for a in c) for c in stored} == {
            frozenset({"1", "4"}),
            *(frozenset({k}) for k in "2356"),
        }
        assert (link["components"], link["largest_component"]) == (len(stored), max(len(c) for c in stored))
        assert link["contactless_joins"] == 1


def _components(store: Store) -> list[set[int]]:
    """The embedded engine's stored components (``link_components``) as sets of ad ids."""
    comps: dict[int, set[int]] = {}
    with store.connect() as conn:
        for ad, comp in conn.execute(text("SELECT ad_id, comp FROM link_components")):
            comps.setdefault(int(comp), set()).add(int(ad))
    return list(comps.values())


def test_driver_ads_and_oversized_bands_are_the_link_stage_s(spark: object) -> None:
    """The driver's features (by ad id, their bands left on the workers) and the text buckets counted on
    the workers are what the link stage computes from every ad's features."""
    rng = random.Random(3)
    feats: list[Feature] = [
        (
            ad,
            1,
            rng.choice(["a.no", "b.se"]),
            "Oslo",
            f"2026-01-0{rng.randint(1, 9)}",
            "Ana",
            (25,),
            (("phone", f"+4790000{rng.randint(1, 5)}"),),
            tuple(rng.randint(0, 30) for _ in range(5)),
            "text",
            f"h{rng.randint(0, 3)}",
            rng.choice([(), (("height", "154"),), (("height", "160"), ("nationality", "DK"))]),
        )
        for ad in rng.sample(range(1000), 200)
    ]
    rdd = spark.sparkContext.parallelize(feats, 4)  # type: ignore[attr-defined]
    ads, hashes = driver_ads(rdd)
    assert ads == [replace(ad_features(f), bands=()) for f in sorted(feats)]
    assert hashes == [f[10] for f in sorted(feats)]
    big = oversized_bands(rdd, 35)
    assert big == oversized_keys([f[8] for f in feats], 35)
    assert 0 < len(big) < 31


_SUGAR_NAMES = (
    "Kitty Mira Lena Sofia Nadia Ilona Daria Ramona Bianca Larisa Viorica Oana Irina Camelia Roxana Alina Dana "
    "Petra Zsofia Reka Noemi Katalin Marta Hanna Agata Lidia Jolanta Ewelina Dorota Olga Vera Nina Inga Jurate "
    "Egle Laima Rasa Ruta Sigita Vaida Zita Aiva Dace Ilze Liga Sanita Zane Kristine Elina Marika"
).split()


def test_a_sites_stock_word_is_no_name_in_spark_either(tmp_path: Path, spark: object) -> None:
    """A site whose every ad opens "Sugar baby NAME (AGE)": the embedded link run learns "sugar" as the
    site's stock word and joins each woman's ads there with her ad on another site (her number, one name);
    Spark's run learns it too and gives the same persons (SQLite only)."""
    records = []
    for i, name in enumerate(_SUGAR_NAMES):
        phone = f"9{10 + i:02d} {(37 * i) % 100:02d} {(53 * i + 11) % 1000:03d}"
        for k in range(2):
            records.append(
                {
                    "site": "sukker.example.no",
                    "id": f"s{i}-{k}",
                    "url": f"https://sukker.example.no/profil/{i}-{k}",
                    "posted_at": f"2026-05-{k + 1:02d}T12:00:00+01:00",
                    "city": "Oslo",
                    "title": f"Sugar baby {name} ({21 + i % 9})",
                    "body": f"Sugar baby {name} søker en raus venn. Ring meg på {phone}.",
                }
            )
        records.append(
            {
                "site": "annonser.example.no",
                "id": f"a{i}",
                "url": f"https://annonser.example.no/annonse/{i}",
                "posted_at": "2026-05-03T12:00:00+01:00",
                "city": "Oslo",
                "title": f"{name} i Oslo",
                "body": f"Hei, jeg heter {name}, {21 + i % 9} år. Ring {phone}.",
            }
        )
    for embedded, sparked, _ in _linked_by_both(tmp_path, records, spark):
        for s in (embedded, sparked):
            with s.connect() as conn:
                kept = conn.execute(text("SELECT value FROM link_state WHERE name = 'stock_names'")).scalar_one()
            assert json.loads(kept) == {"sukker.example.no": ["sugar"]}
        want, _ = partitions(embedded)
        assert sum(1 for p in want if len(p) == 3) >= 40  # her two sugar ads and her other ad: one person
        assert partitions(sparked) == partitions(embedded)


def _on_line(i: int, site: str, city: str, posted: str, title: str, body: str) -> dict[str, str]:
    return {
        "site": site,
        "id": str(i),
        "url": f"https://{site}/annonse/{i}",
        "posted_at": f"{posted}T12:00:00+01:00",
        "city": city,
        "title": title,
        "body": f"{body} Ring 912 40 301.",
    }


def test_one_woman_renamed_per_site_on_a_line_as_in_the_embedded_engine(tmp_path: Path, spark: object) -> None:
    """A controller's line with "Sara" on one site and "Lovisa" on another, both in Bergen in one week (one
    woman: ``line_aliases``), a third woman in Oslo, and a flyer naming nobody in Bergen (``unnamed_on_line``):
    Spark's per-component linking gives the embedded engine's persons (SQLite only)."""
    records = [
        _on_line(1, "rubrikk.example.no", "Bergen", "2026-03-03", "Sara, 29", "Ny i byen, diskret og hyggelig."),
        _on_line(2, "rubrikk.example.no", "Bergen", "2026-03-20", "Sara, 29", "Fortsatt her, rolig leilighet."),
        _on_line(3, "lappar.example.se", "Bergen", "2026-03-08", "Lovisa, 30", "Söt tjej på besök, hotell."),
        _on_line(4, "rubrikk.example.no", "Oslo", "2026-03-05", "Tindra, 22", "Student med god tid i helgen."),
        _on_line(5, "lappar.example.se", "Bergen", "2026-03-12", "Ny på besök", "Hotell nära stationen nu."),
    ]
    for embedded, sparked, _ in _linked_by_both(tmp_path, records, spark):
        want, _ = partitions(embedded)
        with embedded.connect() as conn:
            key = {int(i): k for k, i in conn.execute(text("SELECT ad_key, id FROM ads"))}
        assert {frozenset(key[a] for a in p) for p in want} == {frozenset({"1", "2", "3", "5"}), frozenset({"4"})}
        assert partitions(sparked) == partitions(embedded)


def _facts_ad(i: int, line: str, site: str, city: str, posted: str, title: str, facts: str) -> dict[str, str]:
    return {
        "site": site,
        "id": str(i),
        "url": f"https://{site}/annonse/{i}",
        "posted_at": f"{posted}T12:00:00+01:00",
        "city": city,
        "title": title,
        "body": f"Hei!\n{facts}\nRing {line}.",
    }


def test_her_facts_on_a_line_decide_as_in_the_embedded_engine(tmp_path: Path, spark: object) -> None:
    """Profile facts printed as fields (``link.facts``) decide two lines' names: on a line of four names
    "Cecilie" and "Hoa", met in Bergen only, print one height and nationality ad after ad (one woman); on a
    line of two names "Mai" and "Lin" in Tromsø print two (two women, where the few names alone would join
    them). Spark's feature tuples carry the facts to ``link_ads``: the same persons (SQLite only)."""
    a, b = "912 40 301", "913 55 702"
    dk_no, dk_en = "Alder: 34 | Høyde: 154 cm | Nasjonalitet: dansk", "Age 34 · Height 154 cm · Nationality Danish"
    th, vn = "Alder: 26 | Høyde: 162 cm | Nasjonalitet: thai", "Ålder 26 · Längd 170 · Nationalitet: vietnamesisk"
    records = [
        _facts_ad(1, a, "rubrikk.example.no", "Bergen", "2026-03-03", "Cecilie, 34", dk_no),
        _facts_ad(2, a, "rubrikk.example.no", "Bergen", "2026-03-20", "Cecilie, 34", dk_no),
        _facts_ad(3, a, "lappar.example.se", "Bergen", "2026-03-08", "Hoa, 34", dk_en),
        _facts_ad(4, a, "lappar.example.se", "Bergen", "2026-03-25", "Hoa, 34", dk_en),
        _facts_ad(5, a, "rubrikk.example.no", "Oslo", "2026-03-05", "Tindra, 22", "Ny i byen, diskret."),
        _facts_ad(6, a, "lappar.example.se", "Trondheim", "2026-03-05", "Alva, 35", "Mogen och lugn."),
        _facts_ad(7, b, "rubrikk.example.no", "Tromsø", "2026-03-04", "Mai, 26", th),
        _facts_ad(8, b, "rubrikk.example.no", "Tromsø", "2026-03-14", "Mai, 26", th),
        _facts_ad(9, b, "lappar.example.se", "Tromsø", "2026-03-06", "Lin, 26", vn),
        _facts_ad(10, b, "lappar.example.se", "Tromsø", "2026-03-16", "Lin, 26", vn),
    ]
    for embedded, sparked, _ in _linked_by_both(tmp_path, records, spark):
        want, _ = partitions(embedded)
        with embedded.connect() as conn:
            key = {int(i): k for k, i in conn.execute(text("SELECT ad_key, id FROM ads"))}
        persons = {frozenset(key[a] for a in p) for p in want}
        assert frozenset({"1", "2", "3", "4"}) in persons  # her facts join her two names
        assert {frozenset({"7", "8"}), frozenset({"9", "10"})} <= persons  # their facts keep two women apart
        assert partitions(sparked) == partitions(embedded)
        with sparked.connect() as conn:  # stored as the embedded engine stores them: its next day reads them
            data = {int(i): json.loads(d) for i, d in conn.execute(text("SELECT ad_id, data FROM link_features"))}
        assert {tuple(map(tuple, d.get("facts", ()))) for d in data.values()} >= {
            (("height", "154"), ("nationality", "DK")),
            (("height", "162"), ("nationality", "TH")),
        }


_LINE_WORDS = (
    "Diskret leilighet i sentrum, parkering rett utenfor.",
    "Nyt en rolig kveld med meg, kun seriøse henvendelser.",
    "Ny i byen denne uken, hotell eller privat etter avtale.",
    "Myk massasje og god tid, dusj og håndklær er klart.",
    "Student med fri i helgen, liker vin og gode samtaler.",
    "Kom innom etter jobb, jeg venter med te og musikk.",
)


def test_a_controllers_new_number_as_in_the_embedded_engine(tmp_path: Path, spark: object) -> None:
    """An agency's three women on its line until day 8 and on its new line from day 10, the agency's mailbox
    beside each line once (``cluster.line_changes``, session 45): Spark links the one contact component the
    mailbox makes and gives the embedded engine's persons, each woman one across both numbers (SQLite only)."""
    records = []
    for k, (name, age) in enumerate((("Anong", 24), ("Mali", 31), ("Ploy", 38))):
        for n, day in enumerate((1, 4, 8, 10, 12, 15)):
            line = "912 40 401" if day < 10 else "912 40 402"
            mail = " Mail: nordlysbooking@fjordpost.no" if (k, day) in ((1, 4), (2, 12)) else ""
            records.append(
                {
                    "site": "annonser.example.no",
                    "id": f"{k}-{day}",
                    "url": f"https://annonser.example.no/annonse/{k}-{day}",
                    "posted_at": f"2026-03-{day:02d}T12:00:00+01:00",
                    "city": "Oslo",
                    "title": f"{name}, {age}",
                    "body": f"Hei, jeg heter {name}, {age} år. {_LINE_WORDS[n]} Ring {line}.{mail}",
                }
            )
    for embedded, sparked, _ in _linked_by_both(tmp_path, records, spark):
        want, _ = partitions(embedded)
        assert sorted(len(p) for p in want) == [6, 6, 6]
        assert partitions(sparked) == partitions(embedded)
