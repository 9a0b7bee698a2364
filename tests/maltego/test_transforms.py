"""The Maltego transforms, called as Maltego calls them: the local command line (what an imported .mtz
runs) and maltego-trx's request XML; their response XML is read back. Each read is audited with the
configured role and case reason. The store is the synthetic demo market, analysed for real."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import phonenumbers
import pytest
from sqlalchemy import text

from kartlegg.collect.ingest import ingest_paths
from kartlegg.demo.market import build_market, write_market
from kartlegg.pipeline import analyze
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings, run_cli

pytest.importorskip("maltego_trx")

from maltego_trx.maltego import MaltegoMsg

from kartlegg.maltego.transforms import PROFILE_PROP, TRANSFORMS, run
from kartlegg.read import ReadContext

REASON = "case 2026/114"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("maltego")
    store = open_store(make_settings(home))
    ads, _truth = write_market(build_market(seed=7, n_persons=30, days=20), home / "demo")
    ingest_paths(store, [ads])
    analyze(store, workers=1)
    store.close()
    yield home


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    s = open_store(make_settings(home))
    yield s
    s.close()


def _local(
    home: Path, name: str, value: str, props: str = "", *, reason: str = REASON, role: str = "analyst"
) -> ET.Element:
    """Run a transform as Maltego runs a local one: command, parameters, then value and properties."""
    args = ["maltego", "--role", role, "--reason", quote(reason, safe=""), "--home", quote(str(home), safe="")]
    args += ["local", name, value] + ([props] if props else [])
    res = run_cli(*args, home=home / "elsewhere")  # --home, not the environment, chooses the store
    assert res.returncode == 0, res.stderr.decode()
    assert b"Traceback" not in res.stderr
    return ET.fromstring(res.stdout)


def _entities(response: ET.Element) -> list[tuple[str, str, dict[str, str]]]:
    assert response.tag == "MaltegoMessage"
    out = []
    for e in response.iter("Entity"):
        props = {f.get("Name", ""): f.text or "" for f in e.iter("Field")}
        out.append((e.get("Type", ""), e.findtext("Value") or "", props))
    return out


def _messages(response: ET.Element) -> list[str]:
    return [m.text or "" for m in response.iter("UIMessage")]


def _audit(store: Store, action: str) -> list[tuple[str, str, str, str]]:
    with store.connect() as c:
        rows = c.execute(
            text("SELECT actor, object_type, object_id, justification FROM audit_log WHERE action = :a ORDER BY seq"),
            {"a": action},
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def _profiled_selector(store: Store, kind: str) -> tuple[str, set[int], set[str]]:
    """A selector of ``kind`` whose ads belong to a profile: its value, its ads and their profiles."""
    with store.connect() as c:
        value = c.execute(
            text(
                "SELECT s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
                "JOIN profile_ads pa ON pa.ad_id = x.ad_id WHERE s.kind = :k GROUP BY s.value "
                "ORDER BY COUNT(DISTINCT x.ad_id) DESC, s.value LIMIT 1"
            ),
            {"k": kind},
        ).scalar_one()
        rows = c.execute(
            text(
                "SELECT DISTINCT x.ad_id, pa.profile_id FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
                "LEFT JOIN profile_ads pa ON pa.ad_id = x.ad_id WHERE s.kind = :k AND s.value = :v"
            ),
            {"k": kind, "v": value},
        ).all()
    return value, {int(r[0]) for r in rows}, {r[1] for r in rows if r[1]}


def test_phone_to_ads_persons_and_networks_through_the_local_command(home: Path, store: Store) -> None:
    e164, ad_ids, profiles = _profiled_selector(store, "phone")
    number = phonenumbers.parse(e164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    before = len(_audit(store, "maltego kartleggphonetoreach"))
    # as Maltego holds it: the national form, with the country code in the entity's property
    found = _entities(_local(home, "kartleggphonetoreach", national, f"phonenumber.countrycode={number.country_code}"))
    assert {p["kartlegg.ad"] for t, _, p in found if t == "maltego.URL"} == {str(a) for a in ad_ids}
    assert {p[PROFILE_PROP] for t, _, p in found if t == "maltego.Person"} == profiles
    assert all(t in ("maltego.URL", "maltego.Person", "maltego.Organization") for t, _, _ in found)
    rows = _audit(store, "maltego kartleggphonetoreach")[before:]
    assert ("tester", "phone", e164, REASON) in rows


@pytest.mark.parametrize("kind", ["email", "handle"])
def test_email_and_handle_to_ads(home: Path, store: Store, kind: str) -> None:
    try:
        value, ad_ids, profiles = _profiled_selector(store, kind)
    except Exception:
        pytest.skip(f"the demo market has no {kind} in a profile")
    name = {"email": "kartleggemailtoreach", "handle": "kartlegghandletoreach"}[kind]
    shown = value.upper() if kind == "email" else "@" + value  # as an analyst may have it on the graph
    found = _entities(_local(home, name, shown))
    assert {p["kartlegg.ad"] for t, _, p in found if t == "maltego.URL"} == {str(a) for a in ad_ids}
    assert {p[PROFILE_PROP] for t, _, p in found if t == "maltego.Person"} == profiles
    assert ("tester", kind, value, REASON) in _audit(store, f"maltego {name}")


def _request_xml(entity_type: str, value: str, fields: dict[str, str]) -> str:
    """A transform request as Maltego sends it to a transform server (maltego-trx parses the same)."""
    msg = ET.Element("MaltegoMessage")
    req = ET.SubElement(msg, "MaltegoTransformRequestMessage")
    ent = ET.SubElement(ET.SubElement(req, "Entities"), "Entity", Type=entity_type)
    ET.SubElement(ent, "Value").text = value
    ET.SubElement(ent, "Weight").text = "100"
    extra = ET.SubElement(ent, "AdditionalFields")
    for name, field_value in fields.items():
        ET.SubElement(extra, "Field", Name=name, DisplayName=name).text = field_value
    ET.SubElement(req, "Limits", SoftLimit="12", HardLimit="12")
    ET.SubElement(req, "TransformFields")
    return ET.tostring(msg, encoding="unicode")


def test_person_to_contact_selectors_from_request_xml(store: Store) -> None:
    _phone, _ads, profiles = _profiled_selector(store, "phone")
    profile_id = sorted(profiles)[0]
    with store.connect() as c:
        expected = {
            (r[0], r[1])
            for r in c.execute(
                text(
                    "SELECT DISTINCT s.kind, s.value FROM profile_ads pa JOIN ad_selectors x ON x.ad_id = pa.ad_id "
                    "JOIN selectors s ON s.id = x.selector_id WHERE pa.profile_id = :p "
                    "AND s.kind IN ('phone', 'email', 'handle')"
                ),
                {"p": profile_id},
            )
        }
    msg = MaltegoMsg(_request_xml("maltego.Person", f"kartlegg person {profile_id}", {PROFILE_PROP: profile_id}))
    ctx = ReadContext("maltego-user", "analyst", "graph", REASON, "full")
    response = ET.fromstring(run("kartleggprofiletoselectors", msg, store, ctx))
    kinds = {"maltego.PhoneNumber": "phone", "maltego.EmailAddress": "email", "maltego.Alias": "handle"}
    assert {(kinds[t], v) for t, v, _ in _entities(response)} == expected  # never furniture, never another kind
    assert ("maltego-user", "profile", profile_id, REASON) in _audit(store, "maltego kartleggprofiletoselectors")


def test_ad_url_to_its_ad_person_and_network(store: Store) -> None:
    with store.connect() as c:
        ad_id, url, profile_id = c.execute(
            text(
                "SELECT v.ad_id, v.url, pa.profile_id FROM ad_versions v JOIN profile_ads pa ON pa.ad_id = v.ad_id "
                "WHERE v.url IS NOT NULL ORDER BY v.seq LIMIT 1"
            )
        ).one()
    ctx = ReadContext("maltego-user", "analyst", "graph", REASON, "full")
    msg = MaltegoMsg(_request_xml("maltego.URL", url, {}))
    found = _entities(ET.fromstring(run("kartleggurltoreach", msg, store, ctx)))
    assert [p["kartlegg.ad"] for t, _, p in found if t == "maltego.URL"] == [str(ad_id)]
    assert [p[PROFILE_PROP] for t, _, p in found if t == "maltego.Person"] == [profile_id]
    assert ("maltego-user", "url", url, REASON) in _audit(store, "maltego kartleggurltoreach")


@pytest.mark.parametrize(("role", "reason", "why"), [("analyst", "", "reason"), ("outreach", REASON, "may not read")])
def test_a_read_the_policy_refuses_is_answered_and_audited(
    home: Path, store: Store, role: str, reason: str, why: str
) -> None:
    e164, _ads, _profiles = _profiled_selector(store, "phone")
    response = _local(home, "kartleggphonetoreach", e164, reason=reason, role=role)
    assert _entities(response) == []
    assert any(why in m for m in _messages(response))
    with store.connect() as c:
        refused = c.execute(
            text("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND object_id = :v"), {"v": e164}
        ).scalar_one()
    assert refused >= 1


def test_hostile_values_get_a_message_not_a_traceback(home: Path) -> None:
    assert "longer than" in _messages(_local(home, "kartleggphonetoreach", "9" * 5000))[0]
    assert "no transform" in _messages(_local(home, "nosuchtransform", "x"))[0]
    assert "no profile" in _messages(_local(home, "kartleggprofiletoselectors", "kartlegg person nobody"))[0]


def test_one_command_writes_the_mtz_maltego_imports(home: Path, tmp_path: Path) -> None:
    mtz = tmp_path / "kartlegg.mtz"
    res = run_cli("maltego", "mtz", "--reason", REASON, "-o", str(mtz), home=home)
    assert res.returncode == 0, res.stderr.decode()
    with zipfile.ZipFile(mtz) as z:
        names = set(z.namelist())
        assert "Servers/Local.tas" in names
        for name in TRANSFORMS:
            assert f"TransformRepositories/Local/{name}.transform" in names
            settings = ET.fromstring(z.read(f"TransformRepositories/Local/{name}.transformsettings"))
            props = {p.get("name"): p.text or "" for p in settings.iter("Property")}
            assert props["transform.local.command"].endswith("kartlegg")
            params = props["transform.local.parameters"].split(" ")
            assert params[:2] == ["maltego", "--role"] and params[-2:] == ["local", name]
            assert quote(REASON, safe="") in params and " " not in "".join(params)
    refused = run_cli("maltego", "mtz", "-o", str(tmp_path / "x.mtz"), "--reason", "", home=home)
    assert refused.returncode == 2 and b"reason" in refused.stderr
