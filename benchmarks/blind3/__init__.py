"""A third evaluation corpus for extraction and linking, written blind (issue 14, session 25).

How it was written: by a helper who had not read the extractor (`src/kartlegg/extract`, its lexicons,
gazetteers and site definitions), the linker, the demo market, their tests, docs/extract.md, nor the two
other corpora (benchmarks/evalcorpus beyond its `write` interface, benchmarks/heldout not at all). It reads
only the scorers' record format (benchmarks/extract_eval.py, benchmarks/pipeline_eval.py) and the ingest
record (`id`, `site`, `url`, `posted_at`, `title`, `body`, `city`, `images`); the canonical city names were
learned by running `kartlegg extract` on a few hand-written lines naming each city once. Everything else is
the author's own picture of Nordic and English-language classified and escort sites and of how advertisers,
many writing in a second language, hide their contacts.

What it models (see `sites.py`, `people.py`, `write.py`):
- six fictional sites, each with its own drifting template: a Norwegian classified site (.no), a Swedish
  contact site (.se), a Danish one (.dk), a Norwegian guide that moved its domain abroad (.to), an agency
  listing several models behind one booking line (.com), and an English-language international directory
  (.eu). Attribute lists in the site's language, headers and footers with ad numbers, reference codes,
  view counters, member numbers, published/updated dates and times, ratings, the site's own support phone
  and e-mail, postal addresses, hotels, prices in several shapes and currencies, opening hours, and ids in
  the URL path and query;
- persons (names invented, numbers random in valid mobile ranges) posting on one to three sites while
  touring between cities week by week, some changing numbers, a few under 18 with their age written in
  varied ways; controllers whose booking phone or e-mail stands behind several persons;
- contacts in NO/SE/DK national and international shapes and foreign mobiles (RO, PL, LT, BG, HU, TH, NG,
  BR, ES, UA, CO, DE, GB, LV, EE, VE, DO), written plainly and hidden (digit words in no/sv/da/en and mixed,
  letters for digits, odd separators, line breaks, emoji, Unicode digits, keycaps, messaging links, numbers
  in the URL slug); e-mails with at/dot spelled out in four languages, blanks around "@", split domains;
- cities by canonical name, ASCII spelling, exonym, abbreviation or district.

Truth per ad (`truth.jsonl`, the scorers' format): `phones` (E.164, every contact number written in the ad),
`own_phones` (the person's own), `phone_styles` and `phone_written` (E.164 -> style, -> the exact text it was
written as), `emails`, `email_styles`, `city` (canonical), `person_id`, `network_id` (`solo-<person>` when
nobody stands behind her), `furniture` (numbers the site prints that are not contacts: `kind`, `digits`,
`text`, and `e164` for the site's own phone), `age`. Evaluation only: never used by the demo, the tests of
the extractor or CI.

    python -m benchmarks.blind3 --seed 1 --ads 6000 --out benchmarks/out/blind3
"""

from __future__ import annotations

from typing import Any

from .write import Corpus


def generate(seed: int, n_ads: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Ads (the `kartlegg ingest`/`extract` JSONL records) and their truth, in the same order."""
    pairs = Corpus(seed, n_ads).ads()
    return [a for a, _ in pairs], [t for _, t in pairs]
