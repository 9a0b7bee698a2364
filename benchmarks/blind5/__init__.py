"""A fifth evaluation corpus, written blind and kept as a pure test set (issue 14, session 26).

How it was written: by a helper who had not read the extractor (src/kartlegg/extract), the linker, the demo
market, any site definition, their tests, docs/extract.md or the other corpora (benchmarks/evalcorpus's
generator, benchmarks/heldout, benchmarks/blind3); only the scorers (benchmarks/extract_eval.py,
benchmarks/pipeline_eval.py), the shared writer (benchmarks/corpus_files.py), the ingest record format and the
issue's text were read. `kartlegg extract` was run once on a list of hand-written city names to learn the
canonical spelling the scorer expects, never on this corpus before it was committed. It is never to be tuned
against in the session it was written for: the lead uses it to check whether that session's fixes generalise.

What it models, from public conventions of Nordic and English-language classified, escort, massage and review
sites and of how advertisers (many writing in a second language) write:
- six fictional sites, each with its own template and a redesign part-way through the period (new URL shape,
  new footer wording): nattlys.no (NO classifieds), kvallsrosen.se (SE), hjertelys.dk (DK), nordic-nights.eu
  (moved abroad from a .no domain; mostly English; re-posts the national sites' ads with their source ids),
  velvaere-guide.com (a massage/wellness directory: parlours, addresses, opening hours, org. numbers) and
  horisont-forum.net (a buyers' review forum quoting ads, with thread, post and post-count numbers);
- furniture around the ads, every number of it recorded in the truth by kind: ad ids in the URL path and query
  and in footers (plain, grouped by thousands, zero-padded), reference codes, view counters, member numbers,
  ranks, ratings, dates and times in the four languages' styles, copyright years, the sites' own support
  phones and e-mails, street numbers and postal codes, hotel room numbers, prices in several shapes and
  currencies, opening hours, measurements, org./CVR numbers, bankgiro, business Swish and MobilePay box
  numbers, source ids of re-posted ads, forum thread/post ids and post counts; in the advertisers' own text,
  their hours and the dates of their next stay;
- persons (a few under 18, their age hinted in words, as a birth year or "almost 18") posting on one to four
  sites, touring between cities over weeks, some changing numbers (a "new number!" line) and some showing a
  home-country WhatsApp number; controllers: agencies whose booking line stands alone or beside a person's
  own, massage parlours whose one line serves every masseuse, managers;
- contacts: NO/SE/DK mobiles written nationally or with +CC/00CC/(+CC)/+46 (0) prefixes and various groupings,
  foreign mobiles (RO, BG, TH, BR, PL, UA, ES, LT, HU, NG, CO, VE, VN, CN, DO) with their country code, rarely
  nationally with the country named; hidden as digit words (no/sv/da/en mixed with the writer's own language
  and with digits), letters for digits, odd separators, one digit per blank, a line break inside, emoji and
  keycap digits, full-width/mathematical/circled digits, inside a word, partly written and completed ("xx = 47"),
  WhatsApp/Viber links, and (rarely) only in the URL slug of the advertiser's display name; a person touring
  abroad may write her own country's number without its code;
- e-mails plain, spelled out (alfakrøll, krøllalfa, snabel-a, (at), [at], at / punktum, prikk, punkt, dot),
  with blanks around @, with a split domain, with a full-width @;
- cities as canonical names, ASCII spellings, exonyms, abbreviations, districts and a few suburbs of the same
  urban area (truth: the canonical city); the ad's city field is the city, a variant, a region or empty.

    python -m benchmarks.blind5 --seed 1 --ads 6000 --out DIR
"""

from __future__ import annotations

from typing import Any

from .market import Market


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Ads (the `kartlegg ingest`/`extract` JSONL records) and their truth, in the same order."""
    pairs = Market(seed, n_ads).ads()
    return [a for a, _ in pairs], [t for _, t in pairs]
