"""A fourth evaluation corpus for extraction and linking, written blind (issue 14, session 26).

How it was written: by a helper who had not read the extractor (src/kartlegg/extract, its lexicons,
gazetteers and site definitions), the linker, the demo market, the extractor's tests or the other three
corpora (benchmarks/evalcorpus beyond its `write` interface, benchmarks/heldout, benchmarks/blind3). It
follows only the scorers' truth format (benchmarks/extract_eval.py, benchmarks/pipeline_eval.py) and the
ingest record format; `kartlegg extract` was run on a handful of hand-written lines only to learn the
canonical spelling of city names (Göteborg, København, ...). Everything else is the author's own idea of
how Nordic and English-language classified, escort, massage and review sites look and how advertisers,
many writing in a second language, write.

What it models:
- six fictional sites: a Norwegian classified site (nattlys-no; 8-digit ad numbers that start like
  mobiles), a Swedish one (rosaannonser-se; 9-digit member numbers starting with 7, org.nr, Box
  addresses), a Danish one (hedonkontakt-dk; 8-digit user numbers, CVR), an English-language aggregator
  that re-posts the three with their source ids and moved from .no to .eu (nordicads), a massage/wellness
  directory of salons with street addresses, postcodes, opening hours and landlines (velvaere-guiden), and
  a buyers' review forum quoting ads, with post numbers and member statistics, city only in the thread
  title (kundeprat-net). Each template drifts from ad to ad and changes at a redesign halfway (new
  headers, footers and URL shapes).
- persons from the Nordic countries and from the countries many advertisers come from (Romania,
  Bulgaria, Hungary, Poland, Thailand, Brazil, Spain, Nigeria, Ukraine, the Baltics, Vietnam, Colombia,
  Germany, the UK, the Netherlands), with local or home-country SIMs, touring between cities and
  countries over weeks, changing numbers (some to a number that differs in its last two digits, written
  "same as before but ending 47"), some under 18 (age written as digits, words, a birth year); controller
  networks with booking numbers and e-mails behind several persons; salons, some in chains.
- contacts written plainly (national and international forms, 00, (+cc), +46 (0), a bare country code)
  and hidden: digit words in no/sv/da/en and ro/es/pt/pl/bg, digits and words mixed, pairs spoken as
  numbers (Danish "syvogfyrre"), letters for digits, odd separators, one digit at a time, numbers broken
  over lines, keycap emoji and emoji between groups, Unicode look-alike digits, WhatsApp/Viber/Telegram
  links, numbers only in the URL slug, masked numbers completed in the text, numbers in two parts;
  e-mails spelled out (krøllalfa, snabel-a, punktum, (at)/(dot)), spaced, broken over lines.
- furniture recorded in the truth with its kind: ad and source ids, member and user numbers, reference
  codes, org.nr/CVR, post boxes, postcodes and street numbers, hotel rooms, counters, ratings, dates and
  times in the four languages' styles, years, prices, opening hours, measurements, handles with digits,
  the sites' own phones and e-mails.
- cities in native, ASCII and exonym spellings, abbreviations (Sthlm, Gbg, Kbh, Cph, Trd), postal
  district suffixes and districts or inner suburbs (truth: the canonical city); regions in the
  aggregator's city field, an empty field on the forum.

    python -m benchmarks.blind4 --seed 1 --ads 6000 --out benchmarks/out/blind4

Evaluation only: never used by the demo, the tests (beyond its own consistency test) or CI.
"""

from __future__ import annotations

from .market import Market


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Ads (the `kartlegg ingest`/`extract` JSONL records) and their truth, in the same order."""
    pairs = Market(seed, n_ads).ads()
    return [a for a, _ in pairs], [t for _, t in pairs]
