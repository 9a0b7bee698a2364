"""Site furniture through the store: learned by `kartlegg analyze`, kept as its own kind, shown by
`kartlegg sites show`, never a phone selector that linking or outreach could read."""

from __future__ import annotations

import json
import random
from pathlib import Path

import orjson
import pytest
from sqlalchemy import text

from kartlegg.collect.adfile import parse_record
from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.extract import run as extract_run
from kartlegg.extract.run import run_extract
from kartlegg.records import AdInput
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings, run_cli
from tests.extract.test_furniture import _persons
from tests.link.market import incoming

SITE = "annonser.example.no"


def _ads(n: int = 240, seed: int = 11) -> tuple[list[dict[str, str]], set[str], set[str]]:
    rng = random.Random(seed)
    persons = _persons(rng, n // 6)
    ads, ids = [], set()
    for i in range(n):
        p = rng.choice(persons)
        ad_no = str(rng.randint(10_000_000, 99_999_999))
        ids.add(ad_no)
        body = (
            f"{rng.choice(['Hei!', 'Ny i byen.', 'Søt og diskret.'])}\nRing meg på {p[:3]} {p[3:5]} {p[5:]}\n"
            f"Objekt {ad_no} · publisert {rng.randint(10, 28)}.03.2026\nSentralbord 22 86 40 00"
        )
        ads.append({"id": f"k{i}", "site": SITE, "title": "Ny annonse", "body": body})
    return ads, {f"+47{p}" for p in persons}, ids


def test_analyze_learns_a_sites_furniture_and_keeps_it_apart(tmp_path: Path) -> None:
    ads, persons, ids = _ads()
    dump = tmp_path / "ads.jsonl"
    dump.write_text("\n".join(json.dumps(a) for a in ads) + "\n")
    home = tmp_path / "home"
    assert run_cli("ingest", str(dump), home=home).returncode == 0
    r = run_cli("analyze", home=home)
    assert r.returncode == 0, r.stderr.decode()

    store = open_store(make_settings(home))
    try:
        with store.connect() as conn:
            kinds = {
                (k, v)
                for k, v in conn.execute(
                    text(
                        "SELECT DISTINCT s.kind, s.value FROM selectors s "
                        "JOIN ad_selectors x ON x.selector_id = s.id WHERE s.kind IN ('phone', 'furniture')"
                    )
                )
            }
            model = orjson.loads(conn.execute(text("SELECT model FROM site_furniture")).scalar_one())
    finally:
        store.close()
    stored_phones = {v for k, v in kinds if k == "phone"}
    assert stored_phones <= persons, "only the persons' own numbers are phones"
    assert len(stored_phones) >= 0.9 * len(persons)
    furniture = {v for k, v in kinds if k == "furniture"}
    assert "+4722864000" in furniture  # the site's switchboard line
    assert any(v.endswith(i) for v in furniture for i in list(ids)[:50])
    assert model["id_slots"]

    shown = run_cli("sites", "show", SITE, home=home)
    assert shown.returncode == 0, shown.stderr.decode()
    page = shown.stdout.decode()
    assert "objekt" in page and "+4722864000" in page and "Objekt " in page  # the slot, the line, an example

    missing = run_cli("sites", "show", "no-such-site", home=home)
    assert missing.returncode != 0 and b"Traceback" not in missing.stderr + missing.stdout


def test_a_site_is_learned_again_only_once_it_has_grown_by_a_fifth(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A day of a few ads on a large site reuses the stored model (a new day costs the day, not a sample of
    every site it touches), and a site grown by 20 % since it was learned is learned again. The sample is cut
    to 40 versions so that the sites here are larger than it, as every site of a real store is."""
    monkeypatch.setattr(extract_run, "FURNITURE_SAMPLE", 40)
    ads = [parse_record(a) for a in _ads(130)[0]]

    def day(batch: list[AdInput]) -> int:
        ingest_items(sqlite_store, incoming(batch), IngestResult())
        run_extract(sqlite_store)
        with sqlite_store.connect() as conn:
            row = conn.execute(text("SELECT ads, model FROM site_furniture WHERE site = :s"), {"s": SITE}).one()
        assert orjson.loads(row[1])["ads"] == 40  # the model itself is learned from the sample
        return int(row[0])

    assert day(ads[:100]) == 100
    assert day(ads[100:105]) == 100, "105 ads < 1.2 x 100: the stored model is used"
    assert day(ads[105:119]) == 100
    assert day(ads[119:130]) == 130, "130 ads >= 1.2 x 100: learned again"


def test_analyze_reads_a_number_in_the_country_the_sites_ads_write_it_with(tmp_path: Path) -> None:
    """A controller's Danish line written "(+45) …" on some of a Norwegian site's ads and as plain digits on the
    others is stored as the Danish number on all of them, and `sites show` says so (issue 14, session 25), without
    printing the number (session 41)."""
    rng = random.Random(25)
    persons = _persons(rng, 30)
    ads = []
    for i in range(120):
        p = rng.choice(persons)
        booking = "Booking: (+45) 31 79 29 50" if i % 4 == 0 else "Booking 31 79 29 50"
        body = f"Hei, ny i byen.\nRing meg på {p[:3]} {p[3:5]} {p[5:]}\n{booking}"
        ads.append({"id": f"k{i}", "site": SITE, "title": "Ny annonse", "body": body, "city": "Oslo"})
    dump = tmp_path / "ads.jsonl"
    dump.write_text("\n".join(json.dumps(a) for a in ads) + "\n")
    home = tmp_path / "home"
    assert run_cli("ingest", str(dump), home=home).returncode == 0
    r = run_cli("analyze", home=home)
    assert r.returncode == 0, r.stderr.decode()
    store = open_store(make_settings(home))
    try:
        with store.connect() as conn:
            phones = {
                v
                for (v,) in conn.execute(
                    text(
                        "SELECT DISTINCT s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
                        "WHERE s.kind = 'phone'"
                    )
                )
            }
            model = orjson.loads(conn.execute(text("SELECT model FROM site_furniture")).scalar_one())
    finally:
        store.close()
    assert "+4531792950" in phones and "+4731792950" not in phones
    assert model["countries"] == {"31792950": "45"}
    shown = run_cli("sites", "show", SITE, home=home)
    # counted with its code, not listed: a number its ads write is a person's or controller's contact (session 41)
    out = shown.stdout.decode()
    assert "numbers its ads write with a code" in out and "+45" in out and "31792950 -> " not in out


def test_a_line_learned_on_one_site_is_furniture_in_a_later_runs_copy_on_another(tmp_path: Path) -> None:
    """Session 30: a site's line, learned when its ads were analysed, is furniture in an aggregator's copies that a
    later run brings (too few for the aggregator to learn it itself), and `sites show` of the aggregator lists it
    with the site it was learned on. The persons' own numbers beside it stay phones."""
    rng = random.Random(30)
    persons = _persons(rng, 40)
    line = "Spørsmål om annonsen? Ring oss på 63 91 20 44"
    source = []
    for i in range(120):
        p = rng.choice(persons)
        body = f"Hei, ny i byen.\nSms meg: {p[:3]} {p[3:5]} {p[5:]}\n{line}"
        source.append({"id": f"s{i}", "site": "kveldsstjerna.no", "title": "Ny", "body": body, "city": "Oslo"})
    copies, own = [], set()
    for i in range(6):
        p = rng.choice(persons)
        own.add(f"+47{p}")
        body = f"Søt jente\nSms meg: {p[:3]} {p[3:5]} {p[5:]}\n{line}"
        copies.append({"id": f"r{i}", "site": "ukeradar.com", "title": "Kopi", "body": body, "city": "Oslo"})
    home = tmp_path / "home"
    for n, batch in enumerate((source, copies)):
        dump = tmp_path / f"day{n}.jsonl"
        dump.write_text("\n".join(json.dumps(a) for a in batch) + "\n")
        assert run_cli("ingest", str(dump), home=home).returncode == 0
        r = run_cli("analyze", home=home)
        assert r.returncode == 0, r.stderr.decode()
    store = open_store(make_settings(home))
    try:
        with store.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT s.kind, s.value, x.detail FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
                    "JOIN ads a ON a.id = x.ad_id JOIN sites t ON t.id = a.site_id "
                    "WHERE t.name = 'ukeradar.com' AND s.kind IN ('phone', 'furniture')"
                )
            ).all()
    finally:
        store.close()
    assert {v for k, v, _d in rows if k == "phone"} == own
    carried = [orjson.loads(d)["reason"] for k, v, d in rows if k == "furniture" and v == "+4763912044"]
    assert carried == ["other-site-line"] * 6
    shown = run_cli("sites", "show", "ukeradar.com", home=home)
    assert shown.returncode == 0, shown.stderr.decode()
    page = shown.stdout.decode()
    assert "+4763912044" in page and "another site's line (learned on" in page and "kveldsstjerna.no)" in page
