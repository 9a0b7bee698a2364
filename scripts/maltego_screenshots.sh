#!/usr/bin/env bash
# Regenerate docs/screenshots/maltego-*.png: what kartlegg's Maltego transforms answer, drawn from their
# response XML on a synthetic market (no Maltego client here; Chromium via Playwright).
#   bash scripts/maltego_screenshots.sh [OUTPUT_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
make -s .venv/.test-installed
bash scripts/test-services.sh .venv/bin/python -m tests.maltego.screenshots "${1:-docs/screenshots}"
