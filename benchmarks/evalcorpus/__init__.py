"""An independent evaluation corpus for extraction and linking (issue 14).

Written apart from `kartlegg.demo` and `kartlegg.extract` (neither was read while writing it): seven
fictional sites modelled on the public conventions of Norwegian, Swedish, Danish and English-language
classified and escort sites, persons and controllers posting over time, obfuscated contacts in four
languages, and site furniture (the ad's own number, counters, dates, the site's own phone and e-mail)
recorded in the truth so a scorer can tell a missed contact from furniture read as one. Evaluation only:
never used by the demo, the tests or CI.

    python -m benchmarks.evalcorpus --seed 1 --ads 6000 --out benchmarks/out/evalcorpus
"""

from __future__ import annotations

from .market import Market


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Ads (the `kartlegg ingest`/`extract` JSONL records) and their truth, in the same order."""
    pairs = Market(seed, n_ads).ads()
    return [a for a, _ in pairs], [t for _, t in pairs]
