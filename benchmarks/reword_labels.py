"""A corpus's copy with each site's labels reworded into words no lexicon holds (session 39, issue 14).

    python benchmarks/reword_labels.py SRC DST     # SRC, DST: corpus folders (ads.jsonl, truth.jsonl)

The hidden corpus's sites word their ids and contact lines in ways our lexicons may not know ("Løpenr 55855429",
"Nå meg: …"). This copy measures what that costs: a label is the one or two words right before a number on a line
(apart from it by blanks and ``: # = . -`` only, never glued to it) that recur in that place on at least 12 % of a
site's ads; each (site, label) is replaced by one invented word (syllables, capitalised as the label was), the same
on every ad of the site, so a learner can still see the slot. Digits, URLs, e-mail addresses, city names and format
keywords (vCard, MIME) are never touched, and the truth is copied as it is. Run ``benchmarks/extract_eval.py`` on the
original and the copy: the drop is what unfamiliar wording costs. ``DST/labels.json`` lists each site's rewording.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SYLLABLES = ("lø", "pe", "var", "ko", "tri", "sel", "mo", "dan", "ve", "kil", "rup", "ast", "ön", "bre", "fa", "gul")
SYLLABLES += ("hem", "ja", "lu", "mær", "nø", "os", "pri", "sta", "tu", "vå", "yx", "zel", "ki", "ro")
#: one or two words, a separator of blanks and signs (not empty: a word glued to digits is a handle or an address's
#: local part), then a number
LABEL = re.compile(
    r"(?<![\w/@.=;:])([^\W\d_]{2,})((?:[ \-][^\W\d_]{2,})?)((?=[ \t:#=.\-–—])[ \t]*[:#=.\-–—]?[ \t]*#?)(?=\+?\d)"
)
#: format keywords a site does not choose (written in capitals: "VERSION:2.1", "CHARSET=UTF-8"): never reworded
FORMAT = frozenset({"version", "charset", "utf", "encoding", "begin", "end", "tel", "iso", "base", "quoted", "mime"})
MIN_SHARE = 0.12
MIN_ADS = 8


def invent(site: str, label: str) -> str:
    """The invented word for ``label`` on ``site``: the same for every ad of the site, another on another site."""
    h = hashlib.sha1(f"{site}|{label.lower()}".encode()).digest()
    word = "".join(SYLLABLES[h[i + 1] % len(SYLLABLES)] for i in range(2 + h[0] % 2))
    return word.capitalize() if label[:1].isupper() else word


def _kept(word: str, cities: set[str]) -> bool:
    return word.lower() in cities or (word.isupper() and word.lower() in FORMAT)


def learn_labels(ads: list[dict[str, str]], cities: set[str]) -> dict[str, dict[str, str]]:
    """Each site's labels (recurring before a number on MIN_SHARE of its ads) and their invented words."""
    per_site = Counter(a["site"] for a in ads)
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for a in ads:
        labels = {m.group(1) + m.group(2) for f in ("title", "body") for m in LABEL.finditer(a.get(f) or "")}
        seen[a["site"]].update(labels)
    out: dict[str, dict[str, str]] = {}
    for site, counts in seen.items():
        need = max(MIN_ADS, MIN_SHARE * per_site[site])
        out[site] = {
            label: invent(site, label)
            for label, n in counts.items()
            if n >= need and not any(_kept(w, cities) for w in re.split(r"[ \-]", label))
        }
    return out


def reword(text: str, labels: dict[str, str]) -> str:
    """``text`` with its site's labels replaced (the second word alone where only it is a label)."""

    def sub(m: re.Match[str]) -> str:
        label = m.group(1) + m.group(2)
        if label in labels:
            return labels[label] + m.group(3)
        second = m.group(2)[1:]
        if second in labels:
            return m.group(1) + m.group(2)[0] + labels[second] + m.group(3)
        return m.group(0)

    return LABEL.sub(sub, text)


def main(src: Path, dst: Path) -> None:
    ads = [json.loads(line) for line in (src / "ads.jsonl").open(encoding="utf-8")]
    truth = (src / "truth.jsonl").read_text(encoding="utf-8")
    cities = {str(t["city"]).lower() for t in map(json.loads, truth.splitlines()) if t.get("city")}
    labels = learn_labels(ads, cities)
    dst.mkdir(parents=True, exist_ok=True)
    with (dst / "ads.jsonl").open("w", encoding="utf-8") as out:
        for a in ads:
            for f in ("title", "body"):
                if a.get(f):
                    a[f] = reword(a[f], labels.get(a["site"], {}))
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    (dst / "truth.jsonl").write_text(truth, encoding="utf-8")
    (dst / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    print(dst, {site: len(m) for site, m in labels.items()})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
