"""Does extraction still read the same? Record a reference output once, compare after every change.

    python benchmarks/extract_same.py record DIR      # with the old code
    python benchmarks/extract_same.py check DIR       # after a change: exit 1 and the first differences

A speed change must not change what is read (issue 14). Three corpora: the independent evaluation corpus
(seeds 1 and 2, 6,000 ads each) and the demo market (400 persons, seed 7). Each is read twice: by
`kartlegg extract` as a user runs it (a subprocess, JSONL on stdin; export fields and furniture), and
in-process by `extract_ad` with every selector (prices, hotels, nationalities, spans, details), so a change
in a selector the CLI does not print is caught too. Extraction gives each ad one second of CPU time; an ad
that ran out of it on a loaded machine shows as a difference with "timed_out".
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpora() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    from benchmarks.evalcorpus import generate

    from kartlegg.demo.market import build_market

    for seed in (1, 2):
        yield f"eval{seed}", generate(seed, 6000)[0]
    yield "demo400", build_market(seed=7, n_persons=400).ads


def cli_lines(ads: list[dict[str, Any]]) -> list[str]:
    exe = Path(sys.executable).parent / "kartlegg"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ads.jsonl"
        src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads), encoding="utf-8")
        env = {**os.environ, "KARTLEGG_HOME": tmp}
        with src.open("rb") as fin:
            out = subprocess.run([str(exe), "extract"], stdin=fin, capture_output=True, env=env, check=True).stdout
    return out.decode().splitlines()


def api_lines(ads: list[dict[str, Any]]) -> list[str]:
    from kartlegg.extract import extract_ad

    lines = []
    for a in ads:
        ex = extract_ad(
            title=a.get("title") or "",
            body=a.get("body") or "",
            url=a.get("url"),
            city=a.get("city"),
            site=a.get("site"),
            ad_key=str(a.get("id")),
        )
        rows = [[m.kind, m.value, m.field, m.start, m.end, m.raw, m.detail] for m in ex.matches]
        lines.append(json.dumps([a.get("id"), ex.language, ex.timed_out, rows], ensure_ascii=False, sort_keys=True))
    return lines


def outputs() -> Iterator[tuple[str, list[str]]]:
    for name, ads in corpora():
        yield f"{name}.cli.jsonl", cli_lines(ads)
        yield f"{name}.api.jsonl", api_lines(ads)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("mode", choices=["record", "check"])
    ap.add_argument("dir", type=Path)
    a = ap.parse_args()
    a.dir.mkdir(parents=True, exist_ok=True)
    from kartlegg.extract import NATIVE

    print(f"compiled extraction: {'yes' if NATIVE else 'no (pure Python)'}")
    failed = False
    for name, lines in outputs():
        path = a.dir / name
        if a.mode == "record":
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{name}: {len(lines)} lines recorded")
            continue
        old = path.read_text(encoding="utf-8").splitlines()
        diff = [(i, x, y) for i, (x, y) in enumerate(zip(old, lines, strict=False)) if x != y]
        if len(old) != len(lines):
            diff.append((min(len(old), len(lines)), f"{len(old)} lines", f"{len(lines)} lines"))
        print(f"{name}: {'same' if not diff else f'{len(diff)} lines differ'} ({len(lines)} lines)")
        for i, x, y in diff[:3]:
            print(f"  line {i + 1}\n    old {x[:600]}\n    new {y[:600]}")
        failed = failed or bool(diff)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
