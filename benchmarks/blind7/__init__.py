"""A seventh evaluation corpus for extraction and linking, written blind and kept as a pure test set (issue 14).

How it was written: in session 28, by an author who had read neither the extractor (`kartlegg.extract`,
its lexicons, gazetteers and site definitions), nor the linker, nor the demo market, nor any of the six
earlier corpora (evalcorpus beyond its `write` interface, heldout, blind3-blind6) or their tests. Only the
scorers (benchmarks/extract_eval.py and pipeline_eval.py, for the truth format), the shared writer
(benchmarks/corpus_files.py) and the ingest record format were read; `kartlegg extract` was run on a few
hand-written lines to learn the canonical spelling of city names (native spellings; districts and suburbs
under their metropolitan city). Everything else comes from the author's knowledge of how Nordic and
English-language classified, escort, massage and dating sites and buyers' forums look, and of how
advertisers (many foreign, writing in a second language) and controllers write.

What it models:
- six fictional sites, each with its own template that drifts from ad to ad and is redesigned halfway
  through the period (1 June - 30 November 2026): `kveldsbesok.no` (Norwegian classifieds), `rosenrum.se`
  (Swedish escort catalogue with member numbers and ranks), `moedested.dk` (Danish personal ads with CVR
  numbers and MobilePay boxes), `nordangels.no` which moved to `nordangels.eu` at its redesign (English,
  profile pages with ratings and view counters), `thaispa-guiden.com` (a massage/"wellness" directory of
  parlours with opening hours, addresses and org. numbers in all three countries) and `torget-forum.net`
  (a buyers' review forum whose posts quote ads from the other sites with their source ids);
- persons (some on several sites under other names and ages, touring between cities over weeks, some
  changing numbers, a few under 18 with their age written in varied ways) and controllers (one booking
  number or e-mail behind several persons; parlours whose one number serves several masseuses);
- contacts in Norwegian, Swedish and Danish national formats with and without country codes in every
  written form, and foreign mobiles (Romania, Bulgaria, Hungary, Poland, Ukraine, Thailand, Nigeria,
  Brazil, Spain, Colombia, Lithuania, Latvia, Czechia, Russia, Venezuela, Dominican Republic, Vietnam,
  Moldova, Albania, the Philippines, the UK, Germany, Estonia, Finland), written plainly and hidden: digit
  words and two-digit number words in no/sv/da/en and in the advertisers' own languages, letters for
  digits, odd separators, numbers broken over lines, around emoji, inside words, Unicode look-alike digits,
  messaging-app links, the number only in the URL slug, masked numbers completed later in the text, a
  country code followed by the trunk zero; e-mails with at/dot spelled out in four languages, blanks and
  split domains;
- site furniture recorded in the truth: ad numbers, reference codes, member numbers, counters, dates and
  times in four styles, prices in several currencies and shapes, opening hours, measurements, the site's
  own phone and e-mail, postal codes, hotel reception numbers and room numbers, org./CVR numbers, payment
  numbers (Swish merchant numbers, bank accounts, MobilePay boxes), forum post and source ids;
- cities written with exonyms, ASCII spellings, abbreviations, districts and suburbs; the truth is the
  canonical city of the ad (where she receives now), which a stale site field may contradict.

Evaluation only: never used by the demo, the tests of the extractor or CI, and not to be tuned against.

    python -m benchmarks.blind7 --seed 1 --ads 6000 --out /tmp/blind7
"""

from __future__ import annotations

from .market import Market


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Ads (the `kartlegg ingest`/`extract` JSONL records) and their truth, in the same order."""
    pairs = Market(seed, n_ads).ads()
    return [a for a, _ in pairs], [t for _, t in pairs]
