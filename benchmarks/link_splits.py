"""Why persons split and why profiles are impure, on a corpus with a truth (issue 14).

    python benchmarks/link_splits.py --corpus DIR --home HOME [--examples N] [--networks]

HOME is a kept KARTLEGG_HOME: when it holds no store yet, the corpus is ingested and analysed into it once
(`kartlegg ingest`, `kartlegg analyze --workers 1`). The ads' link features are then read again with this
checkout's code (names, learned template words) and linked in memory as a full run does (`link_ads` with
the store's hubs rule), so a change to the linker is measured without analysing the corpus again. Prints
profile and network B-cubed (equal to `pipeline_eval.py`'s for an unchanged linker), then every ad apart
from its person's largest profile by cause, and every ad in a profile led by another person by cause.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.link_quality import bcubed  # noqa: E402

from kartlegg.config import load_settings  # noqa: E402
from kartlegg.link import text as textsim  # noqa: E402
from kartlegg.link.cluster import AdFeatures, LinkResult, find_hubs, link_ads, selector_index  # noqa: E402
from kartlegg.link.config import default_rules  # noqa: E402
from kartlegg.link.features import FeatureRow, build_features, load_batch_inputs  # noqa: E402
from kartlegg.link.phash import apply_image_clusters  # noqa: E402
from kartlegg.link.stock_names import learn_from_store  # noqa: E402
from kartlegg.store.ads import iter_versions_after  # noqa: E402
from kartlegg.store.engine import open_store  # noqa: E402

_CONTACTS = ("phone", "email", "handle")


def ensure_store(corpus: Path, home: Path) -> None:
    if (home / "kartlegg.sqlite").is_file():
        return
    env = {**os.environ, "KARTLEGG_HOME": str(home)}
    env.pop("KARTLEGG_DATABASE_URL", None)
    exe = Path(sys.executable).parent / "kartlegg"
    for args in (["ingest", str(corpus / "ads.jsonl")], ["analyze", "--workers", "1"]):
        subprocess.run([str(exe), *args], env=env, check=True, capture_output=True)


def read_features(home: Path) -> tuple[list[AdFeatures], list[str], list[str]]:
    """Every ad's latest features as this checkout reads them, the masked texts, and each ad's "site:id"."""
    rules = default_rules()
    store = open_store(load_settings(home))
    latest: dict[int, FeatureRow] = {}
    keys: dict[int, str] = {}
    with store.connect() as conn:
        stock = learn_from_store(conn, rules.names)
        print("stock words:", {site: sorted(words) for site, words in stock.items()})
        for batch in iter_versions_after(conn, 0, batch=5000):
            sels, exs, imgs = load_batch_inputs(conn, batch[0].seq, batch[-1].seq)
            for v, row in zip(batch, build_features(batch, sels, exs, imgs, rules, stock), strict=True):
                latest[v.ad_id] = row
                keys[v.ad_id] = f"{v.site}:{v.ad_key}"
    store.close()
    ids = sorted(latest)
    return [latest[i].features for i in ids], [latest[i].masked for i in ids], [keys[i] for i in ids]


def link(ads: list[AdFeatures], masked: list[str]) -> tuple[list[AdFeatures], LinkResult]:
    rules = default_rules()
    ads, _ = apply_image_clusters(ads, rules.image.phash_distance)
    hubs = find_hubs(ads, selector_index(ads), rules)
    big = textsim.oversized_keys([a.bands for a in ads], rules.text.max_bucket)

    def texts(idx: Sequence[int]) -> dict[int, str]:
        return {i: masked[i] for i in idx}

    return ads, link_ads(ads, texts, rules, hubs=hubs, skip_bands=big)


def contacts(ad: AdFeatures) -> set[tuple[str, str]]:
    return {s for s in ad.selectors if s[0] in _CONTACTS}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--home", type=Path, required=True)
    ap.add_argument("--examples", type=int, default=0, help="print N ads of each class")
    ap.add_argument("--names", type=int, default=0, help="print the N names most often read wrongly")
    ap.add_argument("--networks", action="store_true", help="count network edges across controller networks")
    args = ap.parse_args()
    ensure_store(args.corpus, args.home)
    truth = {f"{t['site']}:{t['id']}": t for t in map(json.loads, (args.corpus / "truth.jsonl").open(encoding="utf-8"))}
    ads, masked, keys = read_features(args.home)
    ads, res = link(ads, masked)
    n = len(ads)
    t_of = [truth[k] for k in keys]
    person = [t["person_id"] for t in t_of]
    profile_of = [0] * n
    for p, members in enumerate(res.profiles):
        for i in members:
            profile_of[i] = p
    network_of_profile = {p: k for k, ms in enumerate(res.networks) for p in ms}
    gold_p = {keys[i]: person[i] for i in range(n)}
    gold_n = {keys[i]: t_of[i]["network_id"] for i in range(n)}
    pred_p = {keys[i]: str(profile_of[i]) for i in range(n)}
    pred_n = {keys[i]: str(network_of_profile.get(profile_of[i], f"p{profile_of[i]}")) for i in range(n)}
    print(f"{n} ads, {len(set(person))} persons, {len(res.profiles)} profiles, {len(res.hubs)} hubs")
    for label, pred, gold in (("profiles", pred_p, gold_p), ("networks", pred_n, gold_n)):
        prec, rec, f1 = bcubed(pred, gold)
        print(f"{label}: B3 precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")

    # her name: the name most of her ads are read with
    read: dict[str, Counter[str]] = defaultdict(Counter)
    for i, ad in enumerate(ads):
        if ad.name:
            read[person[i]][ad.name] += 1
    her_name = {p: c.most_common(1)[0][0] for p, c in read.items()}
    hubs = {(h.kind, h.value) for h in res.hubs}
    index = selector_index(ads)
    names_of: dict[tuple[str, str], set[str]] = {k: {ads[i].name for i in m if ads[i].name} for k, m in index.items()}  # type: ignore[misc]
    own_of: dict[str, set[str]] = defaultdict(set)
    for t in t_of:
        own_of[t["person_id"]].update(t["own_phones"])

    by_person: dict[str, Counter[int]] = defaultdict(Counter)
    for i in range(n):
        by_person[person[i]][profile_of[i]] += 1
    largest = {p: min(c.items(), key=lambda x: (-x[1], x[0]))[0] for p, c in by_person.items()}
    members_of = defaultdict(list)
    for i in range(n):
        members_of[profile_of[i]].append(i)

    classes: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    wrong_names: Counter[str] = Counter()
    for i in range(n):
        p = person[i]
        if ads[i].name and ads[i].name != her_name.get(p):
            wrong_names[ads[i].name] += 1
        big = largest[p]
        if profile_of[i] == big:
            continue
        mine = contacts(ads[i])
        theirs = {s for j in members_of[big] for s in contacts(ads[j])}
        shared = mine & theirs
        name = ads[i].name
        named = "no name" if not name else ("her name" if name == her_name.get(p) else "another name")
        if shared:
            s = sorted(shared)[0]
            if s in hubs:
                cls = "shared contact is a hub"
            elif len(names_of[s]) >= 2:
                own = s[0] == "phone" and s[1] in own_of[p]
                cls = f"{'her own' if own else 'a controller'} {s[0]} read with >= 2 names, ad {named}"
            else:
                cls = f"shared contact, one name: name or age conflict ({named})"
        elif not mine:
            truth_contacts = t_of[i]["phones"] + t_of[i]["emails"]
            cls = "no contact in the truth" if not truth_contacts else "no contact extracted"
        else:
            tc = set(t_of[i]["phones"] + t_of[i]["emails"])
            big_tc = {c for j in members_of[big] for c in t_of[j]["phones"] + t_of[j]["emails"]}
            cls = "changed number (no truth contact in common)" if not (tc & big_tc) else "contact misread on one side"
        classes[cls] += 1
        if len(examples[cls]) < args.examples:
            examples[cls].append(f"{keys[i]} {p} name={name!r} her={her_name.get(p)!r} sel={sorted(mine)[:3]}")
    print(f"\nads apart from their person's largest profile: {sum(classes.values())}")
    for cls, k in classes.most_common():
        print(f"  {k:>5}  {cls}")
        for line in examples[cls]:
            print(f"           {line}")

    impure: Counter[str] = Counter()
    for members in res.profiles:
        lead = Counter(person[i] for i in members).most_common(1)[0][0]
        lead_contacts = {s for i in members if person[i] == lead for s in contacts(ads[i])}
        for i in members:
            if person[i] == lead:
                continue
            shared = contacts(ads[i]) & lead_contacts
            if shared and all(names_of.get(s, set()) and len(names_of[s]) >= 2 for s in shared):
                cls = "same name on a controller's line"
            elif shared:
                cls = "a contact shared (misread or shared number)"
            else:
                cls = "no contact in common (text, picture or name join)"
            impure[cls] += 1
    print(f"\nads in a profile led by another person: {sum(impure.values())}")
    for cls, k in impure.most_common():
        print(f"  {k:>5}  {cls}")
    if args.networks:
        # Network edges between profiles led by persons of different controller networks, by what the shared
        # value is in the truth: a person's own number, a controller's booking line, a number no ad of the
        # truth holds (misread, site furniture), a text copy or a picture.
        lead_of = [Counter(person[i] for i in ms).most_common(1)[0][0] for ms in res.profiles]
        net_of_person = {person[i]: t_of[i]["network_id"] for i in range(n)}
        owner: dict[str, str] = {}
        for t in t_of:
            for ph in t["own_phones"]:
                owner[ph] = t["person_id"]
        booking = {ph for t in t_of for ph in t["phones"] if ph not in owner}
        wrong: Counter[str] = Counter()
        right: Counter[str] = Counter()
        shown: dict[str, int] = Counter()
        for (pa, pb), evs in sorted(res.network_evidence.items()):
            na, nb = net_of_person[lead_of[pa]], net_of_person[lead_of[pb]]
            for ev in evs:
                if ev.kind == "phone":
                    what = "own number" if ev.value in owner else "booking line" if ev.value in booking else "nobody's"
                else:
                    what = ev.kind
                names = len(names_of.get((ev.kind, ev.value), ()))
                what += f", {min(names, 5)}{'+' if names >= 5 else ''} names"
                (right if na == nb else wrong)[what] += 1
                if na != nb and shown[what] < args.examples:
                    shown[what] += 1
                    print(f"  wrong network edge {ev.kind}={ev.value} {lead_of[pa]}({na}) - {lead_of[pb]}({nb})")
        print("\nnetwork edges (profile pairs' evidence) right / wrong, by the shared value:")
        for what in sorted(set(wrong) | set(right), key=lambda w: -wrong[w]):
            print(f"  {right[what]:>6} / {wrong[what]:<6} {what}")
    if args.names:
        print("\nnames read that are not the person's own (ads):")
        print("  " + ", ".join(f"{w} {k}" for w, k in wrong_names.most_common(args.names)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
