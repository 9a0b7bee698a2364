"""A host many writers share is a mail provider, never a site's domain; a store's run completes an implied domain
from what every site wrote, as a stream does; one gate for the implied-domain cue (issue 14, session 40)."""

from __future__ import annotations

import hashlib
import json
import random
import re
import zlib
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from kartlegg.collect.adfile import parse_record
from kartlegg.collect.ingest import IngestResult, ingest_items
from kartlegg.extract import contacts, extract_ad
from kartlegg.extract.furniture import (
    MIN_PROVIDER_WRITERS,
    SiteFurniture,
    SiteStats,
    judge_window,
    mail_providers,
    share_lines,
    writer_id,
)
from kartlegg.extract.run import run_extract
from kartlegg.store.engine import Store
from tests.conftest import run_cli
from tests.link.market import incoming


def _model(site: str, lines: set[str], writers: dict[str, set[str]], ads: int = 100) -> SiteFurniture:
    return SiteFurniture(
        site=site,
        ads=ads,
        lines=frozenset(lines),
        counts={v: ads // 2 for v in lines},
        mail_writers={h: tuple(sorted(writer_id(w) for w in ws)) for h, ws in writers.items()},
    )


def test_a_host_many_writers_share_is_no_sites_domain() -> None:
    """A woman's address learned as a site's line (no contact label beside it): her provider, where other women
    write too, is no domain of that site; a site's own support address at its own domain still makes it the site's."""
    models = {
        "speil": _model("speil", {"stella_love2@postboksen.dk"}, {"postboksen.dk": {"stella_love2", "mia88"}}),
        "natt.no": _model("natt.no", {"support@natt.no"}, {"postboksen.dk": {"lina22", "kari_x"}}),
    }
    shared = share_lines(models)
    assert mail_providers(models) == frozenset({"postboksen.dk"})
    assert "postboksen.dk" not in shared["speil"].carried_hosts
    assert shared["natt.no"].carried_hosts["natt.no"] == "natt.no"


def test_a_sites_mailboxes_are_no_writers() -> None:
    """support@, post@, kundtjanst@, kundeservice@ … of a site's own domain (en/no/sv/da), on every site that copies
    its ads: no writers, so the domain stays the site's."""
    bodies = [
        "Spørsmål? support@rosenatt.se",
        "Skriv til post@rosenatt.se",
        "Frågor: kundtjanst@rosenatt.se",
        "Kontakt: kundeservice@rosenatt.se",
        "Mail: info@rosenatt.se",
    ]
    models = {}
    for site in ("rosenatt.se", "agg", "forum"):
        stats = SiteStats(site)
        for i, body in enumerate(bodies):
            stats.add(f"k{i}", extract_ad(body=body), {"body": body})
        models[site] = stats.model()
        assert models[site].mail_writers == {}
    models["rosenatt.se"] = _model("rosenatt.se", {"support@rosenatt.se"}, {})
    assert mail_providers(models) == frozenset()
    assert share_lines(models)["agg"].carried_hosts["rosenatt.se"] == "rosenatt.se"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.from_regex(r"[a-z][a-z0-9_]{2,9}", fullmatch=True), min_size=1, max_size=8, unique=True),
    st.integers(1, 4),
)
@example(["anna", "lisa", "kari", "mia"], 4)
def test_a_host_is_a_provider_by_its_distinct_writers_across_sites(writers: list[str], sites: int) -> None:
    """However the writers spread over sites (the first one writes on every site and counts once), a host is a
    provider exactly when MIN_PROVIDER_WRITERS distinct local parts are written at it."""
    models = {
        f"s{k}": _model(
            f"s{k}", set(), {"postboksen.dk": {writers[0], *(w for i, w in enumerate(writers) if i % sites == k)}}
        )
        for k in range(sites)
    }
    assert ("postboksen.dk" in mail_providers(models)) == (len(writers) >= MIN_PROVIDER_WRITERS)


def test_a_writers_address_on_a_tenth_of_a_sites_ads_is_no_line_there() -> None:
    """At a provider, an address learned beside many contacts on a tenth of a site's ads is a prolific writer's: no
    line. The site's own address at a provider, on its template's every ad, and a line the analyst named, stay."""
    few = SiteFurniture(
        site="speil",
        ads=300,
        lines=frozenset({"stella_love2@postboksen.dk", "speil.admin@gmail.com", "+4722334455"}),
        counts={"stella_love2@postboksen.dk": 42, "speil.admin@gmail.com": 280, "+4722334455": 40},
    ).corrected({"site_lines": ["named@postboksen.dk"]})
    other = _model("natt.no", set(), {"postboksen.dk": {"lina22", "kari_x", "mia88", "ida_b"}})
    shared = share_lines({"speil": few, "natt.no": other})
    lines = shared["speil"].lines
    assert "stella_love2@postboksen.dk" not in lines and "stella_love2@postboksen.dk" not in shared["speil"].carried
    assert {"speil.admin@gmail.com", "+4722334455", "named@postboksen.dk"} <= lines


def test_the_writers_are_learned_not_stored() -> None:
    """``SiteStats`` counts the writers at each host from the ads (a mailbox not, a writer once) and the model keeps
    them while it is learned; the stored model keeps the hosts they made providers, not the writers, nor a digest of
    one (session 41: a stored CRC-32 of a short local part was reversed by trying every one)."""
    stats = SiteStats("s")
    bodies = [
        "Mail: anna_22@postboksen.dk",
        "Mail: anna_22@postboksen.dk",
        "support@postboksen.dk",
        "lisa@postboksen.dk",
        *(f"Mail: {w}@mailhuset.se" for w in ("ida", "mia_x", "kari", "sol88")),
    ]
    for i, body in enumerate(bodies):
        stats.add(f"k{i}", extract_ad(body=body), {"body": body})
    model = stats.model()
    assert model.mail_writers["postboksen.dk"] == tuple(sorted({writer_id("anna_22"), writer_id("lisa")}))
    assert model.mail_domains["postboksen"] == ("postboksen.dk",)
    stored = json.dumps(model.to_json(b"k" * 32))
    for local in ("anna_22", "lisa", "ida", "mia_x", "kari", "sol88"):
        assert local not in stored and str(zlib.crc32(local.encode())) not in stored
    assert "postboksen" not in stored  # two writers: no provider, nobody's domain in clear
    back = SiteFurniture.from_json(json.loads(stored))
    assert back.mail_writers == {} and back.mail_domains == {}
    assert back.mail_providers == frozenset({"mailhuset.se"})  # four writers: a provider, stored by name
    assert mail_providers({"s": back}) == frozenset({"mailhuset.se"})


def test_a_stored_model_keeps_no_address() -> None:
    """What the ads wrote in full is stored under digests keyed with the store's key: the stored model names no
    person's address nor her domain, and the book built from it with the key still corrects a guess to the domain the
    site wrote and completes an implied domain; without the key it finds nothing."""
    stats = SiteStats("s")
    bodies = ["Skriv til sweet.mai@hotmail.no", "Mail: lina_22@outlook.com", "Booking: booking@velvetgrace.se"]
    for i, body in enumerate(bodies):
        stats.add(f"k{i}", extract_ad(body=body), {"body": body})
    key = b"k" * 32
    stored = json.dumps(stats.model().to_json(key))
    for word in ("sweet.mai", "lina_22", "velvetgrace", "hotmail.no"):
        assert word not in stored
    assert hashlib.blake2b(b"sweet.mai@hotmail", digest_size=8).hexdigest() not in stored
    model = SiteFurniture.from_json(json.loads(stored))
    book = share_lines({"s": model}, key=key)["s"].book
    assert book is not None
    assert book.address("sweet.mai", "hotmail") == "sweet.mai@hotmail.no"
    assert book.address("anna", "hotmail") is None
    assert book.domain("other", "velvetgrace") == "velvetgrace.se"
    assert book.written("hotmail") == {"hotmail.no"}
    unkeyed = share_lines({"s": model})["s"].book
    assert unkeyed is not None and unkeyed.address("sweet.mai", "hotmail") is None
    assert share_lines({"s": model}, key=b"x" * 32)["s"].book.domain("s", "velvetgrace") is None  # type: ignore[union-attr]


# --- a store's run completes as a stream does ---------------------------------------------------------------------


def _stream_ads(seed: int = 5) -> list[dict[str, str]]:
    """Two sites: an agency's address written in full on one, its name only on the other (no/sv/da/en), and a
    guessed provider whose address the stream writes in full with another domain."""
    rng = random.Random(seed)
    ads = []
    for i in range(12):
        ads.append(
            {"id": f"a{i}", "site": "natt.no", "title": "Ny her", "body": f"Hei! Booking: booking@velvetgrace.se {i}"}
        )
    implied = [
        "E-post: booking på velvetgrace",
        "Mejl: booking hos velvetgrace",
        "Mail: booking paa velvetgrace",
        "Email: booking on velvetgrace",
        "Mejl: sweet.mai hos hotmail",
    ]
    for i, body in enumerate(implied):
        ads.append({"id": f"b{i}", "site": "rosen.dk", "title": "Ny", "body": f"{body}\nHilsen {rng.choice('ABC')}"})
    ads.append({"id": "c0", "site": "natt.no", "title": "Mai", "body": "Skriv til sweet.mai@hotmail.no"})
    return ads


def test_analyze_gives_the_emails_extract_gives(sqlite_store: Store, tmp_path: Path) -> None:
    """`kartlegg extract` (a stream's window) and `kartlegg analyze` (the store's run: site models learned, shared,
    extraction in workers) read the same e-mails from the same small stream, the implied ones included."""
    ads = _stream_ads()
    stdin = "".join(json.dumps(a) + "\n" for a in ads).encode()
    res = run_cli("extract", home=tmp_path / "home", stdin=stdin)
    assert res.returncode == 0, res.stderr
    streamed = {e for row in map(json.loads, res.stdout.decode().splitlines()) for e in row["emails"]}
    assert {"booking@velvetgrace.se", "sweet.mai@hotmail.no"} <= streamed
    assert "sweet.mai@hotmail.com" not in streamed
    ingest_items(sqlite_store, incoming([parse_record(a) for a in ads]), IngestResult())
    run_extract(sqlite_store, workers=1)
    with sqlite_store.connect() as conn:
        stored = {
            str(v)
            for (v,) in conn.execute(
                text(
                    "SELECT DISTINCT s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
                    "WHERE s.kind = 'email'"
                )
            )
        }
        links = conn.execute(
            text(
                "SELECT COUNT(*) FROM ad_selectors x JOIN selectors s ON x.selector_id = s.id "
                "WHERE s.kind = 'email' AND s.value = 'booking@velvetgrace.se'"
            )
        ).scalar_one()
    assert stored == streamed
    assert links == 12 + 4  # the agency's ads and every implied one of the other site


# --- one gate for the implied-domain cue ----------------------------------------------------------------------


def test_the_cue_literals_are_the_patterns_own_prefix_free_openings() -> None:
    literals, cue, _body = contacts._implied_domain_rules()
    assert literals == tuple(sorted(literals))
    assert not any(a != b and b.startswith(a) for a in literals for b in literals)
    assert {"mail", "mejl", "skriv", "e-post", "write", "✉"} <= set(literals)
    assert "maila" not in literals and "skrive" not in literals  # opened by "mail", "skriv"
    assert cue.pattern.startswith("(?:(?:")


_PIECES = st.sampled_from(
    [*"ab -_:>\t\n", "e-mail", "email", "mail", "mejl", "e-post", "maila", "skriv", "skrive", "write", "send", "til",
     "to", "✉", "📧", "booking", "på", "on", "velvet", "x", "9"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
@example("maila: anna på velvet")
@example("skrive til anna on velvet")
def test_every_cue_match_opens_with_a_literal(low: str) -> None:
    """The literal search is the one gate: each match of the cue pattern found at a word's start opens with one of
    its literals, and a text holding none of them has no match."""
    literals, cue, _body = contacts._implied_domain_rules()
    for m in contacts._cue_matches(cue, low):
        assert low.startswith(literals, m.start())
    if not any(w in low for w in literals):
        assert contacts._cue_matches(cue, low) == []
        assert not any(
            m.start() == 0 or not re.match(r"[\w-]", low[m.start() - 1]) for m in cue.finditer(low) if m.group()
        )


@pytest.mark.parametrize(
    ("bodies", "window"),
    [(["Booking: info@velvetgrace.se", "E-post: booking på velvetgrace"], 2)],
)
def test_a_stream_without_a_book_completes_from_its_sites_models(bodies: list[str], window: int) -> None:
    """``judge_window`` without a stream's book completes from the book its shared models carry."""
    held = []
    for i, body in enumerate(bodies):
        ex = extract_ad(body=body, site="s", judge_furniture=False, export_only=True)
        held.append((str(i), "s", {"title": "", "body": body, "url": ""}, ex))
    assert len(held) == window
    judge_window(held, {}, True)
    assert held[1][3].values("email") == ["booking@velvetgrace.se"]
