"""Why did an ad not join its person's largest profile? Counts per class, with examples (issue 14, session 44).

    python benchmarks/profile_splits.py --corpus DIR [--home DIR] [--show N]

Runs `kartlegg ingest` and `kartlegg analyze` into ``--home`` (kept; reused when it already holds a store),
then reads each ad's profile (``profile_ads``) and link features (``link_features``: the name, site, city,
age and contacts linking saw) and the corpus's truth. For every person, the ads outside her largest profile
are put in one class each, the first that fits:

* ``controller line only``: every contact read is a controller's booking number (another helper's task);
* ``no contact read``: no phone, e-mail or handle read (``truth has one`` when the corpus printed one);
* ``e-mail/handle only``: contacts read, none a phone;
* ``a number not hers``: a phone read that is no number of the corpus (a wrong country, an id read);
* ``shared number``: her own number is also another person's (so linking refused it);
* ``same number, refused``: her number is on an ad of her largest profile too (a hub, a line, a copy refused);
* ``another of her numbers``: her own number, on no ad of her largest profile (her number changed and no
  ad prints both); split by whether the name read is the largest profile's name on a site both use.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from kartlegg.config import load_settings  # noqa: E402
from kartlegg.link.features import load_all_features  # noqa: E402
from kartlegg.link.names import fold_name  # noqa: E402
from kartlegg.store.engine import open_store  # noqa: E402

_CONTACTS = ("phone", "email", "handle")


def analyze(corpus: Path, home: Path) -> None:
    exe = Path(sys.executable).parent / "kartlegg"
    env = {**os.environ, "KARTLEGG_HOME": str(home)}
    env.pop("KARTLEGG_DATABASE_URL", None)
    for args in (["ingest", str(corpus / "ads.jsonl")], ["analyze", "--workers", "1"]):
        subprocess.run([str(exe), *args], env=env, check=True, capture_output=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--home", type=Path, required=True, help="KARTLEGG_HOME (analyzed into when new)")
    ap.add_argument("--show", type=int, default=3, metavar="N", help="examples per class")
    args = ap.parse_args()
    if not args.home.exists():
        analyze(args.corpus, args.home)
    truth = {f"{t['site']}:{t['id']}": t for t in map(json.loads, (args.corpus / "truth.jsonl").open())}
    store = open_store(load_settings(args.home))
    with store.connect() as conn:
        ads, _ = load_all_features(conn)
        key_of = {
            int(r[0]): f"{r[1]}:{r[2]}"
            for r in conn.execute(text("SELECT a.id, s.name, a.ad_key FROM ads a JOIN sites s ON s.id = a.site_id"))
        }
        profile_of = {int(r[0]): str(r[1]) for r in conn.execute(text("SELECT ad_id, profile_id FROM profile_ads"))}
    store.close()
    owners: dict[str, set[str]] = defaultdict(set)
    booking: set[str] = set()
    for t in truth.values():
        for ph in t["own_phones"]:
            owners[ph].add(t["person_id"])
    for t in truth.values():
        booking.update(ph for ph in t["phones"] if ph not in owners)
    feats = {key_of[a.ad_id]: a for a in ads}
    by_person: dict[str, list[str]] = defaultdict(list)
    for k, t in truth.items():
        if k in feats:
            by_person[t["person_id"]].append(k)
    classes: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    for person, keys in sorted(by_person.items()):
        sizes = Counter(profile_of.get(feats[k].ad_id, "-") for k in keys)
        main_p = sorted(sizes.items(), key=lambda x: (-x[1], x[0]))[0][0]
        main = [feats[k] for k in keys if profile_of.get(feats[k].ad_id) == main_p]
        main_phones = {v for a in main for kind, v in a.selectors if kind == "phone"}
        main_names = {(fold_name(a.name), a.site) for a in main if a.name}
        total += len(keys)
        for k in keys:
            a = feats[k]
            if profile_of.get(a.ad_id) == main_p:
                continue
            t = truth[k]
            contacts = [(kind, v) for kind, v in a.selectors if kind in _CONTACTS]
            phones = [v for kind, v in contacts if kind == "phone"]
            mine = set(t["own_phones"])
            if phones and all(p in booking for p in phones):
                cls = "controller line only"
            elif not contacts:
                cls = "no contact read" + (" (truth has one)" if t["phones"] or t["emails"] else "")
            elif not phones:
                cls = "e-mail/handle only"
            elif any(p not in mine and p not in booking for p in phones):
                cls = "a number not hers"
            elif any(len(owners[p]) > 1 for p in phones if p in mine):
                cls = "shared number"
            elif set(phones) & main_phones:
                cls = "same number, refused"
            else:
                named = bool(a.name) and (fold_name(a.name or ""), a.site) in main_names
                cls = "another of her numbers" + (
                    ", her name on the site" if named else (", no name read" if not a.name else ", another name")
                )
            classes[cls] += 1
            if len(examples[cls]) < args.show:
                examples[cls].append(
                    f"{person} {k} name={a.name} city={a.city} day={(a.posted_at or '')[:10]} ages={a.ages} "
                    f"contacts={contacts} main={main_p} ({sizes[main_p]} ads, names "
                    f"{sorted({n for n, _ in main_names})[:3]}, phones {sorted(main_phones)[:3]})"
                )
    split = sum(classes.values())
    print(f"{len(by_person)} persons, {total} ads, {split} outside their person's largest profile")
    for cls, n in classes.most_common():
        print(f"  {cls:<48} {n:>5}  {n / max(split, 1):.3f}")
    for cls, lines in examples.items():
        print(f"== {cls}")
        for line in lines:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
