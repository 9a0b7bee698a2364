"""A small synthetic ad market with ground truth, for link tests and the speed benchmark.

Independent persons with their own phone; controllers who run several persons with one shared phone and
one text template (personalised a little per person); a support number in every footer of each site (a
hub); a stock photo used by unrelated persons (a hub); persons moving between cities, changing numbers and
leaving their name out. All names, numbers and texts are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kartlegg.collect.adfile import content_hash
from kartlegg.records import AdInput
from kartlegg.store.ads import IncomingAd

NAMES = [
    "Anna", "Bella", "Carla", "Dina", "Elin", "Frida", "Greta", "Hanna", "Ida", "Julia", "Klara", "Lina",
    "Maja", "Nora", "Olga", "Petra", "Rita", "Sara", "Tina", "Ulla", "Vera", "Wilma", "Yara", "Zara",
    "Alva", "Britt", "Cecilia", "Dora", "Emma", "Fanny", "Gina", "Helga", "Irma", "Jenny", "Kim", "Lova",
]  # fmt: skip
CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Örebro", "Linköping", "Oslo", "Bergen", "Aarhus"]
SITES = ["rosa.example", "natt.example", "nord.example"]
WORDS = (
    "hej jag är ny i stan och söker trevligt sällskap diskret och ren lägenhet nära centrum välkommen "
    "att höra av dig för mer info om tider och plats jag pratar engelska och lite svenska "
    "kom och besök mig för en avslappnande stund med massage och gott bemötande alltid nöjda kunder"
).split()


def _phone(rng: random.Random) -> str:
    return f"+46 7{rng.choice('0236')} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def _text(rng: random.Random, n: int = 30) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _edit(rng: random.Random, body: str, edits: int = 2) -> str:
    words = body.split()
    for _ in range(edits):
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words)


@dataclass
class Truth:
    person: dict[str, str] = field(default_factory=dict)  #: (site:id) -> person id
    network: dict[str, str] = field(default_factory=dict)  #: (site:id) -> controller id (own id if independent)


def build(
    seed: int, n_persons: int = 60, days: int = 28, controller_share: float = 0.5, hard: float = 1.0
) -> tuple[list[AdInput], Truth]:
    """Ads (sorted by posting time) and the truth: which person and which controller each ad belongs to.

    ``hard`` (0..1) scales the nuisances: ads without a name, persons changing numbers, a person's own
    number next to her controller's.
    """
    rng = random.Random(seed)
    start = datetime(2026, 3, 1, 12, 0)
    support = {s: f"+46 8 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}" for s in SITES}
    stock = "https://img.example/stock/beach-sunset-42a.jpg"
    ads: list[AdInput] = []
    truth = Truth()
    persons: list[tuple[str, str, str, str | None, str]] = []  # person id, name, own phone, ctrl phone, network
    c = 0
    p = 0
    while p < n_persons:
        if rng.random() < controller_share:
            ctrl_phone = _phone(rng)
            template = _text(rng, 35)
            k = rng.randint(2, 5)
            names = rng.sample(NAMES, k)
            for name in names:
                persons.append((f"p{p}", name, _edit(rng, template, 6), ctrl_phone, f"c{c}"))
                p += 1
            c += 1
        else:
            persons.append((f"p{p}", rng.choice(NAMES), _text(rng, 35), None, f"i{p}"))
            p += 1
    serial = 0
    for pid, name, base_text, ctrl_phone, net in persons:
        age = rng.randint(19, 35)
        phones = [_phone(rng)]
        photos = [f"https://img.example/u/{rng.getrandbits(48):012x}a{j}.jpg" for j in range(2)]
        cities = rng.sample(CITIES, rng.randint(1, 3))
        first = start + timedelta(days=rng.randint(0, days - 1))
        alias = rng.choice(NAMES) if rng.random() < hard * 0.1 else None  # a second name she also uses
        for j in range(rng.randint(2, 5)):
            shown = alias if alias and rng.random() < 0.4 else name
            site = rng.choice(SITES)
            when = first + timedelta(days=3 * j, hours=rng.randint(0, 10))
            if rng.random() < hard * 0.3:  # a new number now and then
                phones.append(_phone(rng))
            phone = ctrl_phone or phones[-1]
            if ctrl_phone and rng.random() < hard * 0.3:  # her own number next to the controller's
                phone = f"{phones[-1]} / {ctrl_phone}"
            body = _edit(rng, base_text, 2)
            named = rng.random() >= hard * 0.25
            intro = f"Jag heter {shown}. " if named else ""
            body = f"{intro}{body} Ring {phone}. Support: {support[site]}"
            images = [rng.choice(photos)]
            if rng.random() < 0.2:
                images.append(stock)
            serial += 1
            city = cities[j % len(cities)]
            ad = AdInput(
                id=str(serial),
                site=site,
                url=f"https://{site}/ad/{serial}",
                posted_at=when.isoformat(),
                title=f"{shown} {age} - ny i {city}" if named else f"Ny i {city}",
                body=body,
                city=city,
                images=tuple(images),
            )
            ads.append(ad)
            truth.person[f"{site}:{serial}"] = pid
            truth.network[f"{site}:{serial}"] = net
    ads.sort(key=lambda a: (a.posted_at or "", a.id))
    return ads, truth


def incoming(ads: list[AdInput]) -> list[IncomingAd]:
    return [IncomingAd(a, content_hash(a), "test", "0" * 64) for a in ads]


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering ``pred`` against ``gold`` (both item -> cluster)."""
    from collections import Counter, defaultdict

    items = [i for i in gold if i in pred]
    pc: dict[str, list[str]] = defaultdict(list)
    gc: dict[str, list[str]] = defaultdict(list)
    for i in items:
        pc[pred[i]].append(i)
        gc[gold[i]].append(i)
    joint = Counter((pred[i], gold[i]) for i in items)
    prec = sum(joint[(pred[i], gold[i])] / len(pc[pred[i]]) for i in items) / max(len(items), 1)
    rec = sum(joint[(pred[i], gold[i])] / len(gc[gold[i]]) for i in items) / max(len(items), 1)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1
