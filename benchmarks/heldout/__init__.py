"""A second, held-out evaluation corpus for extraction and linking (issue 14, session 24).

How it was written: from scratch in session 24, BEFORE its author opened any of kartlegg's extraction code or
data (src/kartlegg/extract, the demo market, site definitions, tests/extract, docs/extract.md) or the first
evaluation corpus's generator (benchmarks/evalcorpus/{market,writing,data}.py and its YAML files). The only
project files read were the scorers (benchmarks/extract_eval.py, benchmarks/pipeline_eval.py: the truth
format), the ingest record format, and benchmarks/evalcorpus's `write` interface; `kartlegg extract` was run
on a handful of hand-written lines only to learn the canonical spelling of a city in its output (the native
name with its letters: "Göteborg", "København", "Tromsø"). Everything else comes from general knowledge of
public conventions of Nordic and English-language classified and escort sites.

What it models (all invented; numbers are random valid numbers of their plan or fictional ranges, names are
made up):
- six fictional sites with their own page furniture, each drifting a little between ads: a Norwegian escort
  board (8-digit ad ids printed in two groups of four, view counters, member-since dates), a Norwegian
  general classifieds site (9-digit ad codes, a shared-cost support number), a Swedish board (ad numbers,
  postal codes with a blank, ISO dates), a Danish board (addresses with 4-digit postal codes, "kl. 21.14"),
  an English-language site abroad that moved from a .eu to a .com domain (reference codes, UK support
  number) and a Nordic forum whose ads are posts (post numbers, member numbers, post counts);
- persons who post on one to three sites and move between cities over the weeks, a few of them under 18
  (ages written in digits, words and "snart 18"-style hints), some changing their number once; controllers
  whose booking number or e-mail appears in the ads of several persons;
- contacts in Norwegian, Swedish and Danish national formats and foreign mobiles (+48, +40, +359, +34, +66,
  +380, +234, +371, +55), written plainly and obfuscated: digit words in no/sv/da/en, digits mixed with
  words, letters for digits, separators and blanks inside, full-width and keycap digits, wa.me and tel:
  links, numbers in the URL slug; e-mails with "at"/"dot" spelled out in four languages, blanks around "@",
  a split domain, a full-width at sign;
- cities written natively, as exonyms, in ASCII, abbreviated or as a district, in the city field or only in
  the text; the truth is the canonical city.

    python -m benchmarks.heldout --seed 1 --ads 6000 --out benchmarks/out/heldout
    python benchmarks/extract_eval.py --corpus benchmarks/out/heldout --show-errors 20
    python benchmarks/pipeline_eval.py --corpus benchmarks/out/heldout

Evaluation only: never used by the demo, the tests or CI, and never tuned against.
"""

from __future__ import annotations

from .world import World


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Ads (the `kartlegg ingest`/`extract` JSONL records) and their truth, in the same order."""
    pairs = World(seed, n_ads).ads()
    return [a for a, _ in pairs], [t for _, t in pairs]
