"""Where an obfuscation-rich ad spends its extraction time, phase by phase (issue 14).

    python benchmarks/extract_profile.py [N_ADS] [--corpus mixed|eval|demo]

Runs the stages of ``kartlegg extract`` (JSON parsing, ``api._extract`` with ``export_only=True``, site
furniture learning and judging, the output line) one by one over the same ads as
``benchmarks/extract_speed.py``, each stage timed with the process's CPU clock over the whole corpus
(warm caches: every stage is run once over the corpus before it is timed), and splits the phone scanner
into its own phases (candidate tokens, runs, atoms, distractor windows, greedy split with validation).
The stages call the same functions, in the same order and with the same arguments, as ``api._extract``
and ``cli/extract.py``; a check at the end compares the per-stage phones with ``extract_ad``'s. The phone
scanner's phases are called from interpreted code here, which adds call overhead: their sum can exceed the
whole ``find_phones`` (valgrind's callgrind gives exact per-function shares, docs/benchmarks.md).
Uses the compiled build when ``make install`` made one (printed), ``KARTLEGG_PURE=1`` for pure Python.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.extract_speed import CORPORA


def timed(label: str, table: dict[str, float], fn: Callable[[], Any]) -> Any:
    c0 = time.process_time()
    out = fn()
    table[label] = table.get(label, 0.0) + time.process_time() - c0
    return out


def one_round(lines: list[bytes]) -> tuple[dict[str, float], bool]:
    """Every stage over the corpus once: CPU seconds per stage, and whether the stages read what extract_ad reads."""
    from kartlegg.collect.adfile import parse_record
    from kartlegg.extract import ages as ages_mod
    from kartlegg.extract import api, contacts, furniture, phones, places
    from kartlegg.extract.language import detect_language
    from kartlegg.extract.patterns import scan

    t: dict[str, float] = {}
    recs = timed("JSON parse + record", t, lambda: [parse_record(orjson.loads(x)) for x in lines])
    raws = [{"title": r.title or "", "body": r.body or "", "url": r.url or ""} for r in recs]
    # one pass per field (patterns.scan): prepared text, lower-case text, word set, digit runs, letter-or-digit class
    scans = timed(
        "fold, lower-case, words, digit runs (scan)", t, lambda: [{f: scan(s) for f, s in r.items() if s} for r in raws]
    )
    prep = [{f: v[0] for f, v in sc.items()} for sc in scans]
    lows = [{f: v[1] for f, v in sc.items()} for sc in scans]
    words = [{f: v[2] for f, v in sc.items()} for sc in scans]
    digs = [{f: v[3] for f, v in sc.items()} for sc in scans]
    als = [{f: v[4] for f, v in sc.items()} for sc in scans]

    def language() -> list[str | None]:
        out: list[str | None] = []
        for p, w in zip(prep, words, strict=True):
            tf = [f for f in ("title", "body") if f in p]
            if not tf:
                out.append(None)
                continue
            tw = w[tf[0]] if len(tf) == 1 else w["title"] | w["body"]
            out.append(detect_language(" \n".join(p[f] for f in tf), tw))
        return out

    langs = timed("language vote", t, language)

    def place_stage() -> list[list[str]]:
        out = []
        for p, w, lw in zip(prep, words, lows, strict=True):
            countries: list[str] = []
            for f, s in p.items():
                for h in places.find_places(s, w[f], lw[f]):
                    c = h.detail.get("country")
                    if isinstance(c, str) and c not in countries:
                        countries.append(c)
            out.append(countries)
        return out

    tcs = timed("places (cities, districts)", t, place_stage)

    def region_stage() -> list[tuple[str, ...]]:
        out = []
        for r, lang, tc in zip(recs, langs, tcs, strict=True):
            hints = api.region_hints(
                city=r.city, site=r.site, site_country=None, url=r.url or None, language=lang, text_countries=tc
            )
            out.append(api._with_neighbours(hints))
        return out

    regions = timed("region hints", t, region_stage)

    # the phone scanner, phase by phase (phones.find_phones without the deadline checks)
    wordy = timed(
        "phones: number-word check",
        t,
        lambda: [
            {f: bool(phones.number_word_forms(w[f])) or not w[f].isdisjoint(phones._LOOKALIKE_WORDS) for f in p}
            for p, w in zip(prep, words, strict=True)
        ],
    )
    timed(
        "phones: candidate tokens",
        t,
        lambda: [
            {
                f: phones._near_spans(*phones._token_spans(s, wd[f], w[f], d[f], lw[f], None, al[f]))
                for f, s in p.items()
            }
            for p, wd, w, d, lw, al in zip(prep, wordy, words, digs, lows, als, strict=True)
        ],
    )
    runs = timed(
        "phones: runs (segment, gaps)",
        t,
        lambda: [
            {f: phones._runs(s, wd[f], w[f], d[f], lw[f], alnum=al[f]) for f, s in p.items()}
            for p, wd, w, d, lw, al in zip(prep, wordy, words, digs, lows, als, strict=True)
        ],
    )
    t["phones: runs (segment, gaps)"] -= t["phones: candidate tokens"]
    cues = timed(
        "phones: cue check and cue positions",
        t,
        lambda: [
            {f: bool(rs[f]) and phones._cue_free(s, w[f]) for f, s in p.items()}
            for p, rs, w in zip(prep, runs, words, strict=True)
        ],
    )
    cue_at = timed(
        "phones: cue check and cue positions",
        t,
        lambda: [
            {f: phones._cue_starts(s, lw[f]) if rs[f] and not cf[f] else None for f, s in p.items()}
            for p, rs, cf, lw in zip(prep, runs, cues, lows, strict=True)
        ],
    )
    atoms = timed(
        "phones: atoms",
        t,
        lambda: [
            {
                f: [
                    (
                        r.atoms if r.pieces is None else phones._atoms(s, r.pieces, r.bridged),
                        phones._atoms(s, r.pieces, r.bridged, split_spaced=True)
                        if r.pieces is not None and any(pc.kind == "x" for pc, _, _ in r.pieces) and len(r.pieces) > 1
                        else None,
                    )
                    for r in rs[f]
                ]
                for f, s in p.items()
            }
            for p, rs in zip(prep, runs, strict=True)
        ],
    )
    timed(
        "phones: distractor windows",
        t,
        lambda: [
            [
                phones._blocked(s, a[0].start, a[-1].end, d[f], cf[f], ca[f])
                for f, s in p.items()
                for a, _ in at[f]
                if sum(len(x.digits) for x in a) >= phones.MIN_DIGITS
            ]
            for p, at, d, cf, ca in zip(prep, atoms, digs, cues, cue_at, strict=True)
        ],
    )
    c0 = time.process_time()
    phone_hits = [
        {
            f: phones.find_phones(s, rg, original=r[f], words=w[f], digits=d[f], low=lw[f], alnum=al[f])
            for f, s in p.items()
        }
        for p, r, rg, w, d, lw, al in zip(prep, raws, regions, words, digs, lows, als, strict=True)
    ]
    whole = time.process_time() - c0
    t["phones (whole find_phones)"] = whole

    def field_stage(name: str, fn: Callable[[str, str, set[str], list[int], str], Any]) -> None:
        def run() -> None:
            for p, w, d, lw in zip(prep, words, digs, lows, strict=True):
                for f in ("title", "body"):
                    if f in p:
                        fn(f, p[f], w[f], d[f], lw[f])

        timed(name, t, run)

    field_stage("e-mails", lambda f, s, w, d, lw: contacts.find_emails(s, w, lw))
    hits_iter = iter(phone_hits)
    cur: dict[str, Any] = {}

    def handle_stage() -> None:
        for p, w, lw in zip(prep, words, lows, strict=True):
            cur.clear()
            cur.update(next(hits_iter))
            for f in ("title", "body"):
                if f in p:
                    contacts.find_handles(p[f], cur.get(f, []), w[f], lw[f])

    timed("handles", t, handle_stage)
    field_stage("ages", lambda f, s, w, d, lw: ages_mod.find_ages(s, w, d, lw))

    exs = timed(
        "extract_ad(export_only) whole",
        t,
        lambda: [
            api.extract_ad(
                title=r.title,
                body=r.body,
                url=r.url,
                city=r.city,
                site=r.site,
                export_only=True,
                judge_furniture=False,
            )
            for r in recs
        ],
    )
    stats: dict[str, furniture.SiteStats] = {}

    def learn() -> dict[str, furniture.SiteFurniture]:
        for r, ex, raw in zip(recs, exs, raws, strict=True):
            st = stats.get(r.site)
            if st is None:
                st = stats[r.site] = furniture.SiteStats(r.site)
            st.add(r.id, ex, raw)
        return {s: st.model() for s, st in stats.items()}

    models = timed("furniture: learning", t, learn)
    timed(
        "furniture: judging",
        t,
        lambda: [
            furniture.judge(ex, raw, ad_key=r.id, site=r.site, model=models[r.site])
            for r, ex, raw in zip(recs, exs, raws, strict=True)
        ],
    )

    def output() -> None:
        for r, ex in zip(recs, exs, strict=True):
            row: dict[str, Any] = {"id": r.id, "site": r.site}
            row.update(api.export_fields(ex, r.city))
            row["furniture"] = [
                {"value": m.value, "reason": m.detail.get("reason"), "field": m.field}
                for m in ex.matches
                if m.kind == "furniture"
            ]
            orjson.dumps(row)

    timed("output (export fields, JSON)", t, output)
    # the stages must read what extract_ad reads: the same phones, field by field (furniture aside)
    same = all(
        [m.value for m in ex.matches if m.kind in ("phone", "furniture") and m.field == f]
        == [h.e164 for h in ph.get(f, [])]
        or any(m.kind == "furniture" for m in ex.matches)
        for ex, ph in zip(exs, phone_hits, strict=True)
        for f in ("title", "body", "url")
    )
    return t, same


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("n", nargs="?", type=int, default=20000)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="mixed")
    ap.add_argument("--rounds", type=int, default=2, help="timed rounds (the best is printed)")
    args = ap.parse_args()
    load = os.getloadavg()
    ads = CORPORA[args.corpus](args.n)
    lines = [orjson.dumps(a) for a in ads]
    n = len(ads)

    from kartlegg.extract import NATIVE, api
    from kartlegg.extract.language import detect_language

    api.warm_up()
    detect_language("warm up the language model, hier ist ein Satz ohne Funktionswörter")

    best: dict[str, float] = {}
    same = True
    for rnd in range(args.rounds + 1):  # round 0 warms the caches
        t, ok = one_round(lines)
        same = same and ok
        if rnd:
            for k, v in t.items():
                best[k] = min(best.get(k, v), v)
    phase_sum = sum(v for k, v in best.items() if k.startswith("phones: "))
    best["phones: greedy split, validation (rest)"] = best["phones (whole find_phones)"] - phase_sum
    size = sum(len(a["body"]) + len(a["title"]) for a in ads) / n  # type: ignore[arg-type]
    print(f"{n} ads ({args.corpus}), mean {size:.0f} characters; load average before: {load[0]:.2f}")
    print(f"compiled extraction (mypyc): {'yes' if NATIVE else 'no (pure Python)'}; stage phones agree: {same}")
    print(f"best of {args.rounds} rounds, CPU time per ad:")
    print("| stage | µs per ad | share of extract_ad + furniture + I/O |")
    print("|---|---:|---:|")
    total = sum(
        best[k]
        for k in (
            "JSON parse + record",
            "extract_ad(export_only) whole",
            "furniture: learning",
            "furniture: judging",
            "output (export fields, JSON)",
        )
    )
    for k, v in best.items():
        if v < 0:
            # the phases are called one by one from interpreted code (argument boxing, one call per field and
            # run), which costs more than find_phones calling them natively: then no rest can be told apart
            print(f"| {k} | n/a (the phases above, called from Python, cost more than inside find_phones) | |")
            continue
        print(f"| {k} | {v / n * 1e6:.1f} | {v / total:.0%} |")
    print(f"| **total per ad (parse + extract_ad + furniture + output)** | {total / n * 1e6:.1f} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
