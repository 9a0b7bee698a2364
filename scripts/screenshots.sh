#!/usr/bin/env bash
# Regenerate every screenshot in docs/screenshots/ from a synthetic market (Chromium via Playwright).
#   bash scripts/screenshots.sh [OUTPUT_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
make -s .venv/.test-installed
bash scripts/test-services.sh .venv/bin/python -m tests.web.screenshots "${1:-docs/screenshots}"
