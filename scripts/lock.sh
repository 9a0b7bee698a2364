#!/usr/bin/env bash
# Recompile the lock files from pyproject.toml's ranges (`make lock`): exact versions with their hashes,
# resolved for this Python (3.11) on Linux x86-64.
#   requirements/cli.txt  the CLI on the embedded store (`pip install kartlegg`)
#   requirements/app.txt  the full application: [web], [postgres], [reports], [maltego], [exchange]
#   requirements/dev.txt  the full application, mypyc and the development tools: `make install`, CI
# Keeps the versions already locked unless pyproject.toml's ranges exclude them; pass
# `--upgrade` (or `--upgrade-package NAME`) to move to newer releases.
set -euo pipefail
cd "$(dirname "$0")/.."
compile() {
  .venv/bin/pip-compile -q --generate-hashes --allow-unsafe --strip-extras \
    --no-emit-index-url --no-emit-find-links --no-emit-trusted-host "$@" pyproject.toml
}
compile "$@" --extra web --extra postgres --extra reports --extra maltego --extra exchange --extra native --extra test -o requirements/dev.txt
compile "$@" --extra web --extra postgres --extra reports --extra maltego --extra exchange -o requirements/app.txt
compile "$@" -o requirements/cli.txt
