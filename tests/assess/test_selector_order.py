"""An ad's read does not hang on the order of its selector rows: where two selectors share a span (extraction
reads "1000 kr" as SEK and as NOK), the reader keeps the same one whatever order the rows were inserted in
(PostgreSQL returns ties in no stable order; SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import text

from kartlegg.assess.ad_facts import AdReader
from kartlegg.assess.catalogue import load_catalogue
from kartlegg.assess.inputs import iter_ad_views
from kartlegg.ids import selector_id
from kartlegg.store.engine import Store
from tests.assess.market import SynthAd, load

RAW = "1000 kr"
#: one span, two readings; 1000 SEK and 1000 NOK are different hourly prices
READINGS = [("price", "1000 SEK", "SEK"), ("price", "1000 NOK", "NOK")]


def _insert(store: Store, ad: SynthAd, readings: list[tuple[str, str, str]]) -> None:
    with store.begin() as conn:
        seq, start = (
            conn.execute(text("SELECT current_seq FROM ads WHERE id = :a"), {"a": ad.ad_id}).scalar_one(),
            ad.body.index(RAW),
        )
        conn.execute(
            text("DELETE FROM ad_selectors WHERE ad_id = :a AND field = 'body' AND span_start = :s"),
            {"a": ad.ad_id, "s": start},
        )
        for kind, value, currency in readings:
            sid = selector_id(kind, value)
            conn.execute(
                text("INSERT INTO selectors (id, kind, value) VALUES (:i, :k, :v) ON CONFLICT (id) DO NOTHING"),
                {"i": sid, "k": kind, "v": value},
            )
            conn.execute(
                text(
                    "INSERT INTO ad_selectors (version_seq, ad_id, selector_id, field, span_start, span_end, raw, "
                    "detail) VALUES (:q, :a, :i, 'body', :s, :e, :r, :d)"
                ),
                {
                    "q": seq,
                    "a": ad.ad_id,
                    "i": sid,
                    "s": start,
                    "e": start + len(RAW),
                    "r": RAW,
                    "d": f'{{"amount": 1000, "currency": "{currency}", "minutes": 60}}',
                },
            )


def _hourly(store: Store, ad: SynthAd) -> float:
    reader = AdReader(load_catalogue())
    with store.connect() as conn:
        (view,) = next(iter_ad_views(conn, ad_ids=[ad.ad_id]))
    facts = reader.read(view)
    assert facts.hourly_eur is not None
    return facts.hourly_eur[0]


def test_selectors_sharing_a_span_are_read_in_one_order(store: Store) -> None:
    ad = SynthAd("tie", f"Hej, diskret och trevlig. Pris {RAW} per timme.", city="Uppsala")
    load(store, [ad], link=False)
    prices = []
    for readings in (READINGS, list(reversed(READINGS))):
        _insert(store, ad, readings)
        prices.append(_hourly(store, ad))
    # the rule: at one span, the reading of the lower selector id
    first = min(READINGS, key=lambda r: selector_id(r[0], r[1]))
    _insert(store, ad, [first])
    assert prices == [_hourly(store, ad)] * 2
