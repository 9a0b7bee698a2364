"""An eighth evaluation corpus for extraction and linking, written blind and kept as a test set (issue 14).

How it was written: in session 29, by an author who had read neither the extractor (src/kartlegg/extract,
its lexicons, gazetteers and site definitions), nor the linker, nor the demo market, nor any of the seven
earlier corpora (benchmarks/evalcorpus beyond its `write` interface, heldout, blind3-blind7). Only the
scorers (benchmarks/extract_eval.py, benchmarks/pipeline_eval.py: the truth format), the shared writer
(benchmarks/corpus_files.py), the ingest record format (collect/adfile.py's keys) and `kartlegg extract`'s
spelling of a few city names (the canonical names the scorer compares with) were read. Everything else
comes from the author's knowledge of how Nordic and English-language classified, escort, massage, profile
and review sites look, and of how advertisers, many writing in a second language, write.

What it models:
- six fictional sites, each with its own template that drifts from ad to ad and is redesigned on its own
  day in the period: `nattsommerfugl` (.no classified section that forbids contacts in the text, so its
  advertisers hide them), `rodalyktan` (.se profile site: mostly attribute lines, little text),
  `kaerestetid` (.dk massage/"wellness" clinic directory: addresses, opening hours, CVR, MobilePay boxes,
  a clinic's line behind several masseuses), `nordicangels` (an English escort directory that moved from
  a .no to a .eu domain at its redesign, with an Estonian support line), `punterboard` (a review forum in
  four languages where buyers quote ads, name hotels, rooms and receptions, and carry member numbers, post
  counts and reputations) and `annonsradar` (an aggregator re-posting the other sites' ads, edited, with
  their source ids and its own);
- persons on one to three sites under a name per site, touring between cities, changing numbers, prices,
  photos and (drifting) ages, a few under 18; controllers: agencies with several booking lines and an
  e-mail, hidden controllers with one phone behind several women writing the same text, clinics;
- Norwegian, Swedish and Danish numbers in every written form, foreign mobiles (Romania, Hungary,
  Bulgaria, Poland, Lithuania, Latvia, Ukraine, Thailand, Brazil, Spain, Nigeria, Colombia, Venezuela,
  Italy, UK, Germany, Estonia, China, Vietnam), some written without a code but with the country said;
  hiding styles chosen per advertiser and boosted where a site forbids numbers: digit words in no/sv/da/en
  and in the advertisers' languages (ro, es, pt, pl, hu, bg, Thai romanised), pair words ("førtien
  tjuetre"), letters for digits, Unicode digits, keycaps, emoji between groups, odd separators, lines
  broken, glued to words, halves given apart, masked numbers completed in the text, reversed digits,
  numbers only in an image's alt text or in the URL slug, WhatsApp links; e-mails spelled out in four
  languages, spaced, split;
- cities with exonyms, ASCII spellings, abbreviations, districts and landmarks only, regions in the field
  and the city in the text, the next tour stop named as a distractor; truth = the canonical city;
- site furniture with its digits recorded in the truth: ad ids, reference codes, counters, member
  numbers, ranks, ratings, dates and times in each language's style, prices (lists, slashes, currencies),
  opening hours, measurements, postal codes and street numbers, hotel rooms and receptions, the sites'
  own support lines and e-mails, company numbers, payment numbers, forum post and thread numbers,
  source ids of re-posts.

    python -m benchmarks.blind8 --seed 1 --ads 6000 --out /tmp/held29/corp1

Evaluation only: never used by the demo, the tests (beyond its own) or CI, and not to be tuned against.
"""

from __future__ import annotations

from .market import Market


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Ads (the `kartlegg ingest`/`extract` JSONL records) and their truth, in the same order."""
    pairs = Market(seed, n_ads).ads()
    return [a for a, _ in pairs], [t for _, t in pairs]
