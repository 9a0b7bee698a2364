"""The sixth evaluation corpus for extraction and linking (issue 14), written blind.

How it was written: by a helper of session 27 who had not read the extractor (`kartlegg.extract`: code,
lexicons, gazetteers, site definitions), the linker, the demo market, or the other evaluation corpora
(evalcorpus, heldout, blind3, blind4, blind5) nor their error sections in docs/benchmarks.md. Only the
scorers (benchmarks/extract_eval.py, benchmarks/pipeline_eval.py: the truth format), the shared writer
(benchmarks/corpus_files.py), the ingest record format and the issue's text were read; `kartlegg extract`
was run on a handful of hand-written lines only to learn the canonical spelling of a city. Every
convention below comes from the author's own knowledge of Nordic and English-language classified, escort,
massage and review sites, and of how advertisers (most of them foreign, writing in a second language)
write. All names, numbers (random digits in valid mobile ranges), addresses and domains are invented.

What it models:
- six fictional sites over nine months (2026-03-01 .. 2026-11-30), each redesigned once on its own day:
  `nattsommer` (nattsommer.no, Norwegian classifieds), `kvallsljus` (kvallsljus.se, Swedish, ids in the
  query and later base-36 in the path, a company registration number in the footer), `hyggelys`
  (hyggelys.dk, Danish profiles, member numbers, a CVR number, MobilePay and account numbers),
  `nordicrose` (English escort directory that moved from nordicrose.se to nordicrose.cx, and re-posts
  other sites' ads with their source ids; hotel names and room numbers, ratings, a foreign WhatsApp
  support line), `roligamassage` (roligamassage.nu, a massage-salon directory: street addresses, postal
  codes, opening hours, salon ids, Swish business numbers, gift-card codes; the salon's booking line is a
  controller's) and `kundesnakk` (kundesnakk.net, a buyers' review forum in four languages quoting the
  ads: thread and post numbers, member numbers and post counts, hotel rooms, the quoted ad's id);
- furniture recorded per ad in the truth (`furniture`: kind, digits, text; the site's own phone with its
  E.164): ad ids in footers and URLs, reference codes, counters, member numbers, dates and times in each
  language's style, prices in several currencies and shapes, measurements, opening hours, postal codes,
  street numbers, hotel rooms and a hotel's reception number, ratings, ranks, payment and account
  numbers, organisation numbers (a Norwegian org.nr. of nine digits, a Danish CVR of eight), source ids,
  handles, and the site's masked copy of the advertiser's number ("912 34 5** (vis nummer)"); tour plans
  naming the next cities with their dates;
- persons (~1 per 5 ads; some under 18 with their age written in words, "snart 18", a birth year),
  posting on one to four sites (a quarter under another name on one of them, the age shifted by a year or
  two on some ads), touring between cities and countries, some changing number (an ad may name the old
  one), some with e-mail only; controllers (agencies and salons) whose booking line or e-mail stands
  for several persons;
- phones: Norwegian, Swedish and Danish mobiles written nationally or with +/00 codes, "(0)", a Nordic
  number written nationally on another country's page, a bare country code without + or 00, and mobiles
  of 14 countries advertisers come from; hidden as digit words (no/sv/da/en and ro/pl/es/pt/hu/bg/uk/th/
  lt/et), mixed words and digits, two-digit number words ("nittito", "toogfirs"), "dobbel fem" for 55,
  letters for digits, odd separators, line breaks, emoji between groups and keycap digits, a number glued
  inside words, Unicode look-alike digits, messaging-app links (wa.me, api.whatsapp.com, viber, t.me), a
  number only in the URL slug, and masked digits completed in the text ("912 34 5xx, slutter på 67");
- e-mails: plain, blanks around "@", at/(at)/[at], alfakrøll/krøllalfa/snabel-a/grisehale, punktum/
  prikk/punkt/dot, split domains, upper case, mailto:, [@] and [.], a full-width or small "＠";
- cities: canonical (the extractor's printed spelling) in the truth; the page writes exonyms (Gothenburg,
  Kopenhagen, Sztokholm, Gotemburgo), ASCII forms, abbreviations (Sthlm, Gbg, Kbh, Tr.heim, Kr.sand),
  districts (Grünerløkka, Södermalm, Nørrebro, Hisingen), addresses with postal codes, forum board paths,
  or nothing in the city field.

    python -m benchmarks.blind6 --seed 1 --ads 6000 --out DIR

Evaluation only: never used by the demo, the tests of the extractor, or CI.
"""

from __future__ import annotations

from .market import Market


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Ads (the `kartlegg ingest`/`extract` JSONL records) and their truth, in the same order."""
    pairs = Market(seed, n_ads).ads()
    return [a for a, _ in pairs], [t for _, t in pairs]
