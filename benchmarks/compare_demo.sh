#!/usr/bin/env bash
# `kartlegg demo` with the code of a git revision and of this checkout; the stored results are dumped and
# compared byte for byte: page templates with their MinHash, photo hashes, links, site aliases, indicators
# and scores (what issue 19's replacement of datasketch and imagehash must leave unchanged).
#   bash benchmarks/compare_demo.sh [REVISION] [PERSONS]     # default: main, 60 persons (~10 min CPU each)
# Both run as pure Python in the checkout's venv (.venv), each with its own KARTLEGG_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-main}
persons=${2:-60}
checkout=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/kartlegg-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/old"
git archive "$rev" src | tar -x -C "$work/old"
for side in old new; do
  src="$work/old/src"
  [ "$side" = new ] && src="$checkout/src"
  mkdir -p "$work/$side-run"
  (cd "$work/$side-run" && PYTHONPATH="$src" KARTLEGG_HOME="$work/$side-run/home" KARTLEGG_PURE=1 \
    "$checkout/.venv/bin/python" -c "import sys; sys.argv[0] = 'kartlegg'; from kartlegg.cli import main; sys.exit(main())" \
    demo --persons "$persons" > "$work/$side.log" 2>&1)
  "$checkout/.venv/bin/python" - "$work/$side-run/home/kartlegg.sqlite" > "$work/$side.txt" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
for sql in (
    "SELECT 'tpl', fingerprint, minhash, shingles FROM templates ORDER BY fingerprint",
    "SELECT 'img', url, sha256, phash, width, height FROM ad_images ORDER BY url, version_seq",
    "SELECT 'pa', ad_id, profile_id FROM profile_ads ORDER BY ad_id",
    "SELECT 'link', level, a, b, reason, selector_id, score FROM links ORDER BY level, a, b, reason",
    "SELECT 'alias', site_a, site_b, score, reason FROM site_aliases ORDER BY site_a, site_b",
    "SELECT 'ind', entity_type, entity_id, indicator, contribution, evidence FROM indicators ORDER BY 2, 3, 4",
    "SELECT 'score', entity_type, entity_id, risk_score, minor_score, third_party_score FROM scores ORDER BY 2, 3",
):
    for row in con.execute(sql):
        print("|".join("" if v is None else str(v) for v in row))
EOF
  echo "$side ($([ "$side" = old ] && echo "$rev" || echo checkout)): $(wc -l < "$work/$side.txt") rows," \
    "$(grep -c '^tpl' "$work/$side.txt") templates, $(grep -c '^img' "$work/$side.txt") photo hashes," \
    "$(grep -c '^ind' "$work/$side.txt") indicators ($(grep -c 'shared_template' "$work/$side.txt") shared_template)"
done
if cmp -s "$work/old.txt" "$work/new.txt"; then
  echo "identical: templates, photo hashes, links, site aliases, indicators and scores"
else
  diff "$work/old.txt" "$work/new.txt" | head -20
  exit 1
fi
