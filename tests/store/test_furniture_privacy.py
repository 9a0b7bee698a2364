"""The site furniture model keeps what is about the site or many writers, never one woman's contact (session 41).

A site's model is learned from its ads (``kartlegg analyze``). It keeps the site's id slots and own lines, the hosts
many writers share (mail providers), and what the ads wrote in full under digests keyed with the store's key: no
woman's own domain or local part in clear, no unkeyed digest of one. ``kartlegg sites show`` prints no contact as an
example. The erasure forgets the models of the erased ads' sites and learns them again from the ads left
(``store/holdings.py``), so nothing of the erased woman stays in ``site_furniture``."""

from __future__ import annotations

import hashlib
import json
import zlib
from pathlib import Path

from sqlalchemy import text

from kartlegg.extract.implied import stored_key
from kartlegg.keys import key_file
from kartlegg.store.engine import open_store
from tests.conftest import make_settings, run_cli

SITE = "rosa.example"
LOCAL, NAME, DOMAIN = "ylva.q", "ylvaqueen-escort", "ylvaqueen-escort.se"
HER = f"{LOCAL}@{DOMAIN}"
HER_PHONE_DIGITS = "7012345"  # 070-123 45 67


def _ads() -> list[dict[str, str]]:
    """A site (sv/no/da/en bodies) whose every ad prints an id line; four writers at one provider; one woman (Ylva)
    writing on her own domain, her number beside the id on one ad."""
    opener = ["Hej, ny i stan", "Hei, ny i byen", "Hej, ny i byen", "Hi, new in town"]
    ads = []
    for i in range(16):
        body = f"{opener[i % 4]}.\nRosakod: {48213907 + 7 * i}\nRing 07{i % 10}-55{i:02d} {i:02d} 12"
        if i < 4:
            body += f"\nMail: {('ida', 'mia_x', 'kari', 'sol88')[i]}@mailhuset.se"
        ads.append({"id": f"a{i}", "site": SITE, "title": f"Annons {i}", "body": body, "city": "Malmö"})
    ads.append(
        {"id": "y1", "site": SITE, "title": "Ylva", "body": f"Hej!\nRosakod: 49990211 Ring 070-123 45 67\nMail: {HER}"}
    )
    ads.append({"id": "y2", "site": SITE, "title": "Ylva igen", "body": f"Ylva här.\nRosakod: 49997344\nSkriv {HER}"})
    return ads


def _model_text(home: Path) -> str:
    store = open_store(make_settings(home))
    try:
        with store.connect() as conn:
            found = conn.execute(text("SELECT model FROM site_furniture WHERE site = :s"), {"s": SITE}).scalar()
    finally:
        store.close()
    return "" if found is None else str(found)


def _ok(res) -> str:  # type: ignore[no-untyped-def]
    assert res.returncode == 0, res.stderr.decode()
    return res.stdout.decode()


def test_the_stored_model_holds_no_womans_contact_and_forgets_her_on_erasure(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = tmp_path / "ads.jsonl"
    data.write_text("".join(json.dumps(a) + "\n" for a in _ads()), encoding="utf-8")
    _ok(run_cli("ingest", str(data), home=home))
    _ok(run_cli("analyze", home=home))
    model = _model_text(home)
    assert model and "L:rosakod:" in model  # the site's id line was learned
    key = key_file(make_settings(home).tombstone_key_file)
    # no domain, local part or unkeyed digest of hers; the keyed digest of her domain's name is there
    for plain in (LOCAL, NAME, "ylvaqueen", str(zlib.crc32(LOCAL.encode()))):
        assert plain not in model
    assert hashlib.blake2b(f"{LOCAL}@{NAME}".encode(), digest_size=8).hexdigest() not in model
    assert stored_key(key, NAME) in model
    # many writers: a provider, by name; none of its writers
    assert json.loads(model)["mail_providers"] == ["mailhuset.se"]
    assert not any(w in model for w in ("ida", "mia_x", "kari", "sol88"))
    shown = _ok(run_cli("sites", "show", SITE, home=home))
    assert "rosakod" in shown.lower()
    assert HER_PHONE_DIGITS not in "".join(c for c in shown if c.isdigit()) and "ylva" not in shown.lower()

    out = _ok(run_cli("erase", "selector", f"email:{HER}", "--reason", "DSR 2026/41", home=home))
    assert "erased 2 ad(s)" in out
    after = _model_text(home)
    assert after and "L:rosakod:" in after  # learned again from the ads left
    assert stored_key(key, NAME) not in after and NAME not in after
    assert json.loads(after)["ads"] == 16


def test_a_model_stored_with_addresses_before_is_forgotten_by_the_migration(tmp_path: Path) -> None:
    """Migration 0077 deletes the models stored before session 41 that hold mail domains or unkeyed digests; a model
    without them stays."""
    from kartlegg.store.migrations import bundled_migrations

    store = open_store(make_settings(tmp_path))
    try:
        old = {"site": "a", "mail_domains": {NAME: [DOMAIN]}, "mail_writers": {DOMAIN: [zlib.crc32(LOCAL.encode())]}}
        with store.begin() as conn:
            for site, model in (("a", old), ("b", {"site": "b", "mail_providers": ["mailhuset.se"]})):
                conn.execute(
                    text("INSERT INTO site_furniture (site, model, ads, learned_at) VALUES (:s, :m, 1, 'x')"),
                    {"s": site, "m": json.dumps(model, separators=(",", ":"))},
                )
            (m,) = [m for m in bundled_migrations() if m.version == 77]
            for stmt in m.statements:
                conn.execute(text(stmt))
            left = [str(r[0]) for r in conn.execute(text("SELECT site FROM site_furniture"))]
    finally:
        store.close()
    assert left == ["b"]
