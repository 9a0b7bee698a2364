#!/usr/bin/env bash
# The wheel as a unit installs it (`make smoke`, part of `make test` and so of CI):
#   1. `KARTLEGG_PREBUILT=1 python -m build --wheel --no-isolation` (the locked build tools of
#      requirements/dev.txt; `make wheel` builds isolated and compiles, as pip and pipx do): a platform wheel
#      with the checkout's compiled extractor (`make native`, checked against the sources) in
#      kartlegg/extract/native-build/;
#   2. a fresh venv with the CLI only (requirements/cli.txt, no extras) and that wheel;
#   3. ingest, analyze, export (CSV, GraphML, the i2 chart) and `kartlegg extract` on 2,000 synthetic ads,
#      outside the checkout;
#      the extract speed of the compiled and the pure modules is printed, and the run fails if the
#      installed wheel does not run the compiled build;
#   4. the commands whose extra is missing say which one to install (exit 4, no traceback).
#
#   bash scripts/smoke_wheel.sh              # as CI runs it
#   SMOKE_MEASURE=1 bash scripts/smoke_wheel.sh   # also a full venv (requirements/app.txt): prints both sizes
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
PY=${PYTHON:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/kartlegg-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
quiet_pip() { "$@" 2>&1 | { grep -v "^WARNING: Location" || true; }; }

echo "== building the wheel"
rm -rf build  # a wheel built from the source folder packs whatever build/ holds
KARTLEGG_PREBUILT=1 .venv/bin/python -m build --wheel --no-isolation --outdir "$work/dist" . > "$work/build.log" 2>&1 || { tail -40 "$work/build.log"; exit 1; }
wheel=$(ls "$work"/dist/kartlegg-*.whl)
echo "built $(basename "$wheel") ($(du -k "$wheel" | cut -f1) KB)"
case "$wheel" in
  *-cp3*-linux_x86_64.whl) ;;
  *) echo "FAIL: expected a platform wheel with the compiled extractor, got $(basename "$wheel")"; exit 1 ;;
esac

echo "== a fresh venv with the CLI only"
$PY -m venv "$work/cli"
quiet_pip "$work/cli/bin/pip" install -q --require-hashes -r requirements/cli.txt
quiet_pip "$work/cli/bin/pip" install -q --no-deps "$wheel"
kartlegg="$work/cli/bin/kartlegg"

cd "$work"  # nothing of the checkout is importable from here
export KARTLEGG_HOME="$work/home"
unset KARTLEGG_DATABASE_URL KARTLEGG_PURE
"$kartlegg" --version | tee version.txt
grep -q "^extraction: compiled" version.txt || { echo "FAIL: the installed wheel does not run the compiled extractor"; exit 1; }
"$work/cli/bin/python" -c "from kartlegg.extract import langmodel; import sys; sys.exit(langmodel.load(langmodel.LANGUAGES) is None)" \
  || { echo "FAIL: the installed wheel lacks the language model cut (extract/langmodel.py)"; exit 1; }
"$work/cli/bin/python" - <<'EOF'
import itertools, orjson
from kartlegg.demo.market import iter_market_ads
with open("ads.jsonl", "wb") as fh:
    for ad in itertools.islice(iter_market_ads(seed=3, n_persons=400, days=90), 2000):
        fh.write(orjson.dumps(ad) + b"\n")
EOF
test "$(wc -l < ads.jsonl)" -eq 2000 || { echo "FAIL: the synthetic market gave $(wc -l < ads.jsonl) ads, not 2,000"; exit 1; }

echo "== ingest, analyze, export"
"$kartlegg" ingest ads.jsonl
"$kartlegg" analyze
"$kartlegg" export ads --format csv -o ads.csv --reason "smoke test"
"$kartlegg" export graph --format graphml -o graph.graphml --reason "smoke test"
"$kartlegg" export graph --format i2 -o i2 --reason "smoke test"
"$work/cli/bin/python" -c "import xml.etree.ElementTree as ET, sys; r = ET.parse('i2/kartlegg.anx').getroot()
sys.exit(r.tag != 'Chart' or len(r.findall('ChartItemCollection/ChartItem')) < 2000)"  # UTF-16, as ANB writes
test "$(wc -l < ads.csv)" -gt 2000
grep -q "<graphml" graph.graphml

echo "== extract speed on 2,000 demo-market ads (one process each, start-up included; CPU time is the fair"
echo "   figure on a shared machine)"
speed() {
  local TIMEFORMAT="%R %U %S" t wall user sys
  t=$( { time "$kartlegg" extract --region NO < ads.jsonl > "extract-$1.jsonl" 2> "extract-$1.err"; } 2>&1 )
  read -r wall user sys <<< "$t"
  test "$(wc -l < "extract-$1.jsonl")" -eq 2000
  awk -v n="$1" -v w="$wall" -v u="$user" -v s="$sys" \
    'BEGIN { printf "%s: %.0f ads per CPU second (%.2f s CPU, %.2f s wall)\n", n, 2000 / (u + s), u + s, w }'
}
speed compiled
KARTLEGG_PURE=1 speed pure
cmp -s extract-compiled.jsonl extract-pure.jsonl || { echo "FAIL: compiled and pure extraction differ"; exit 1; }
echo "compiled and pure extraction wrote the same 2,000 lines"

echo "== commands whose extra is missing"
expect_extra() {
  local extra=$1; shift
  local rc=0
  "$@" > out.txt 2> err.txt || rc=$?
  if [ "$rc" -ne 4 ] || ! grep -q "pip install 'kartlegg\[$extra\]'" err.txt || grep -q Traceback err.txt; then
    echo "FAIL: '$*' should ask for [$extra] (exit $rc):"; cat err.txt; exit 1
  fi
  echo "ok [$extra]: $(head -1 err.txt)"
}
expect_extra web "$kartlegg" serve
expect_extra reports "$kartlegg" export graph --format ftm -o graph.ftm.json --reason "smoke test"
KARTLEGG_DATABASE_URL="postgresql://nobody@127.0.0.1:9/none" expect_extra postgres "$kartlegg" status
echo secret > partner.key
expect_extra exchange "$kartlegg" exchange request req.json --partner "smoke" --reason "smoke test"

if [ "${SMOKE_MEASURE:-0}" = 1 ]; then
  echo "== install sizes"
  $PY -m venv "$work/full"
  (cd "$checkout" && quiet_pip "$work/full/bin/pip" install -q --require-hashes -r requirements/app.txt)
  quiet_pip "$work/full/bin/pip" install -q --no-deps "$wheel"
  $PY -m venv "$work/empty"
  cli_mb=$(du -sm "$work/cli" | cut -f1)
  full_mb=$(du -sm "$work/full" | cut -f1)
  echo "empty venv: $(du -sm "$work/empty" | cut -f1) MB"
  echo "CLI only:   $cli_mb MB"
  echo "full:       $full_mb MB (CLI only is $((100 * cli_mb / full_mb)) %)"
  echo "largest in the CLI-only venv (MB):"
  du -sm "$work"/cli/lib/python3*/site-packages/* | sort -rn | head -12
fi
echo "smoke test passed"
