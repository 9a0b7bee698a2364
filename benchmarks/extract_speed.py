"""Throughput of `kartlegg extract` on obfuscation-rich ads, start-up included, on one core.

    python benchmarks/extract_speed.py [N_ADS]                 # default 20000, --corpus mixed
    python benchmarks/extract_speed.py [N_ADS] --corpus eval   # only the independent evaluation corpus

Prints ads per CPU second for the CLI (one process pinned to one core with `taskset -c 0` when available:
interpreter start, imports, lexicons and the language model included; it reads the export fields and
learns each site's furniture) and for the in-process API alone, all selectors and export fields only.
CPU time is the figure to quote: the machine is shared, and wall time says more about the other jobs.
Run after `make install`, which compiles extraction with mypyc (printed below); `KARTLEGG_PURE=1`
measures the pure-Python modules.

Corpora (issue 14: realistic text, not plain sentences):
`--corpus mixed` (the default) interleaves N/2 ads of benchmarks/evalcorpus (seed 7: seven sites'
furniture, obfuscated phones and e-mails in sv/no/da/en, ~300-1,000 characters) with N/2 ads of the demo
market (seed 3, every written style of its generator); `eval` and `demo` are one of them alone; all are
read with each ad's own site and city and no --region, as real dumps are. `plain` is the old easy case:
plain ~1 KB sentences, one phone per ad, read with --region SE.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = {
    "sv": [
        "Hej älskling, jag är ny i stan och väntar på dig i min diskreta lägenhet.",
        "Jag erbjuder avslappnande massage och trevligt sällskap för gentlemän.",
        "Ring eller skicka sms, inga dolda nummer, jag svarar så fort jag kan.",
        "Jag är {age} år, {nat} tjej med långt hår och ett varmt leende.",
        "Priser: {price} kr/h, 30 min {half}:-, hela natten enligt överenskommelse.",
        "Tar emot i {city}, gör även hotellbesök. Ring {phone}.",
    ],
    "no": [
        "Hei kjære, jeg er ny i byen og venter på deg i min diskrete leilighet.",
        "Jeg tilbyr avslappende massasje og hyggelig selskap for gentlemen.",
        "Ring eller send sms, ingen skjulte nummer, jeg svarer så fort jeg kan.",
        "Jeg er {age} år, {nat} jente med langt hår og et varmt smil.",
        "Priser: {price} kr per time, halvtime {half} kr.",
        "Incall i {city}, også hotellbesøk. Ring meg på {phone}.",
    ],
    "da": [
        "Hej skat, jeg er ny i byen og venter på dig i min diskrete lejlighed.",
        "Jeg tilbyder afslappende massage og hyggeligt selskab for gentlemen.",
        "Ring eller send sms, ingen skjulte numre, jeg svarer så hurtigt jeg kan.",
        "Jeg er {age} år, {nat} pige med langt hår og et varmt smil.",
        "Priser: {price} kr for 1 time, 30 min {half} kr.",
        "Incall i {city}, også udebesøg. Ring til mig på {phone}.",
    ],
    "en": [
        "Hello darling, I am new in town and waiting for you in my discreet apartment.",
        "I offer relaxing massage and pleasant company for gentlemen only.",
        "Call or text, no hidden numbers, I answer as soon as I can, kisses.",
        "I am {age} years old, {nat} girl with long hair and a warm smile.",
        "Rates: {price} SEK per hour, 30 min {half} SEK, overnight on request.",
        "Incall in {city}, outcall to hotels. Call me on {phone} or WhatsApp.",
    ],
}
CITIES = {
    "sv": ["Stockholm", "Göteborg", "Malmö", "Sthlm"],
    "no": ["Oslo", "Bergen", "Trondheim"],
    "da": ["København", "Aarhus", "Kbh"],
    "en": ["Stockholm", "Copenhagen", "Oslo"],
}
NATS = {
    "sv": ["rumänsk", "thailändsk", "svensk"],
    "no": ["rumensk", "norsk", "polsk"],
    "da": ["rumænsk", "dansk", "thailandsk"],
    "en": ["Romanian", "Thai", "Brazilian"],
}
PHONES = [
    "070-123 45 67",
    "+46 73 555 12 34",
    "0 7 0 9 8 7 6 5 4 3",
    "412 34 567",
    "+47 912 34 567",
    "20 12 34 56",
    "noll sju noll 12 34 56 7",
    "O7O-l23 45 67",
    "0046 70 111 22 33",
]


def make_ad(rng: random.Random, i: int) -> dict[str, object]:
    lang = rng.choice(sorted(SENTENCES))
    fill = {
        "age": rng.randint(19, 35),
        "nat": rng.choice(NATS[lang]),
        "price": rng.choice([1500, 2000, 2500]),
        "half": rng.choice([1000, 1200]),
        "city": rng.choice(CITIES[lang]),
        "phone": rng.choice(PHONES),
    }
    parts: list[str] = []
    while sum(len(p) for p in parts) < 950:
        parts.append(rng.choice(SENTENCES[lang]).format(**fill))
    return {
        "id": f"ad{i}",
        "site": "bench.example",
        "title": f"Ny i {fill['city']} {fill['age']}",
        "body": " ".join(parts),
        "url": f"https://bench.example/ad/{i}",
    }


def eval_ads(n: int) -> list[dict[str, object]]:
    """N ads of the independent evaluation corpus (benchmarks/evalcorpus), seed 7."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.evalcorpus import generate

    return generate(7, n)[0]


def demo_ads(n: int) -> list[dict[str, object]]:
    """N ads of the demo market (seed 3), every written style of its generator."""
    from kartlegg.demo.market import iter_market_ads

    return list(itertools.islice(iter_market_ads(seed=3, n_persons=max(400, n // 25), days=90), n))


def mixed_ads(n: int) -> list[dict[str, object]]:
    """N/2 ads of each, interleaved (a dump that holds several markets' sites)."""
    a, b = eval_ads(n - n // 2), demo_ads(n // 2)
    out: list[dict[str, object]] = []
    for i in range(max(len(a), len(b))):
        out.extend(x[i] for x in (a, b) if i < len(x))
    return out


CORPORA = {"mixed": mixed_ads, "eval": eval_ads, "demo": demo_ads}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("n", nargs="?", type=int, default=20000, help="number of ads (default 20000)")
    ap.add_argument("--corpus", choices=["mixed", "eval", "demo", "plain"], default="mixed")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the CLI to one core")
    args = ap.parse_args()
    n = args.n
    load = os.getloadavg()
    rng = random.Random(7)
    ads = [make_ad(rng, i) for i in range(n)] if args.corpus == "plain" else CORPORA[args.corpus](n)
    n = len(ads)
    region = ["--region", "SE"] if args.corpus == "plain" else []
    size = sum(len(a["body"]) + len(a["title"]) for a in ads) / n  # type: ignore[arg-type]
    exe = Path(sys.executable).parent / "kartlegg"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ads.jsonl"
        src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads), encoding="utf-8")
        env = {**os.environ, "KARTLEGG_HOME": tmp}
        t0 = time.perf_counter()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        pin = ["taskset", "-c", "0"] if shutil.which("taskset") and not args.no_pin else []
        with src.open("rb") as fin, open(os.devnull, "wb") as fout:
            subprocess.run([*pin, str(exe), "extract", *region], stdin=fin, stdout=fout, env=env, check=True)
        cli = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cli_cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    from kartlegg.extract import NATIVE, extract_ad

    extract_ad(body="warm up")
    kw: list[dict[str, object]] = [
        {"title": a["title"], "body": a["body"], "url": a["url"], "region": "SE"}
        if args.corpus == "plain"
        else {"title": a["title"], "body": a["body"], "url": a["url"], "city": a["city"], "site": a["site"]}
        for a in ads
    ]
    t0 = time.perf_counter()
    c0 = time.process_time()
    for k in kw:
        extract_ad(**k)  # type: ignore[arg-type]
    api = time.perf_counter() - t0
    api_cpu = time.process_time() - c0
    c0 = time.process_time()
    for k in kw:
        extract_ad(**k, export_only=True)  # type: ignore[arg-type]
    export_cpu = time.process_time() - c0
    import phonenumbers

    sub = ads[: min(n, 2000)]
    c0 = time.process_time()
    for a in sub:
        for field in (a["title"], a["body"]):
            list(phonenumbers.PhoneNumberMatcher(field, "SE", leniency=phonenumbers.Leniency.VALID))  # type: ignore[arg-type]
    pnm_cpu = time.process_time() - c0
    label = {
        "plain": "synthetic ads (plain sentences)",
        "eval": "ads of the independent corpus (seed 7)",
        "demo": "ads of the demo market (seed 3)",
        "mixed": "ads: the independent corpus (seed 7) and the demo market (seed 3), half each",
    }[args.corpus]
    print(f"{n} {label}, mean {size:.0f} characters (title+body), one process")
    print(f"load average before: {load[0]:.1f} (2 cores; CPU time is the fair figure on a shared machine)")
    print(f"compiled extraction (mypyc): {'yes' if NATIVE else 'no (pure Python)'}")
    print(
        f"kartlegg extract (CLI, start-up included, {'taskset -c 0' if pin else 'not pinned'}): "
        f"CPU {cli_cpu:.2f} s -> {n / cli_cpu:,.0f} ads per CPU second; wall {cli:.2f} s -> {n / cli:,.0f} ads/s"
    )
    print(
        f"extract_ad (in-process, warm):             wall {api:.2f} s -> {n / api:,.0f} ads/s; "
        f"CPU {api_cpu:.2f} s -> {n / api_cpu:,.0f} ads/s"
    )
    print(f"extract_ad(export_only=True), the CLI's reading: CPU {export_cpu:.2f} s -> {n / export_cpu:,.0f} ads/s")
    print(
        f"reference: phonenumbers.PhoneNumberMatcher alone (phones only, {len(sub)} ads): "
        f"CPU {pnm_cpu:.2f} s -> {len(sub) / pnm_cpu:,.0f} ads/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
