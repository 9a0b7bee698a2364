#!/usr/bin/env bash
# Start the services the test suite needs, run the given command, stop them again.
#  - a throwaway PostgreSQL cluster on 127.0.0.1 (Debian package installed with apt when missing)
#  - Debian's Chromium for the browser tests (installed with apt when missing)
#  - axe-core from npm (tests/web/axe/package-lock.json) for the accessibility tests
# Exports KARTLEGG_TEST_PG_URL, KARTLEGG_TEST_PG_BIN and KARTLEGG_TEST_CHROMIUM for the tests.
set -euo pipefail

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq || true) >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 || echo "warning: apt-get install $* failed" >&2
  fi
}

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  apt_install postgresql
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if ! command -v chromium >/dev/null; then
  apt_install chromium
fi
command -v pdftoppm >/dev/null || apt_install poppler-utils  # PDF report test renders pages to PNG
# axe-core for the accessibility tests, from the npm registry at the version pinned in package-lock.json
axe_dir="$(dirname "$0")/../tests/web/axe"
if [ ! -f "$axe_dir/node_modules/axe-core/axe.min.js" ]; then
  command -v npm >/dev/null || apt_install npm
  (cd "$axe_dir" && npm ci --no-audit --no-fund --silent) || echo "warning: npm ci in tests/web/axe failed" >&2
fi

pgdir=""
cleanup() {
  status=$?
  if [ -n "$pgdir" ]; then
    # a failed run shows what the server logged (a test's error names only its own statement)
    if [ "$status" != 0 ] && [ -f "$pgdir/pg.log" ]; then
      echo "--- PostgreSQL test cluster: errors in its log ---" >&2
      grep -E "ERROR|FATAL|PANIC|WARNING|could not" "$pgdir/pg.log" | grep -v "does not exist" | tail -n 40 >&2 || true
    fi
    run_pg "$pg_bin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pgdir"
  fi
}
trap cleanup EXIT

run_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; else "$@"; fi
}

if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
  pgdir=$(mktemp -d /tmp/kartlegg-pg.XXXXXX)
  chmod 755 "$pgdir"
  [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  run_pg "$pg_bin/initdb" -D "$pgdir/data" -A trust -U kartlegg --no-sync -E UTF8 >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pgdir/data" -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off" -l "$pgdir/pg.log" -w start >/dev/null
  export KARTLEGG_TEST_PG_URL="postgresql://kartlegg@127.0.0.1:$port/postgres"
  export KARTLEGG_TEST_PG_BIN="$pg_bin"  # for a test that needs a cluster of its own
  echo "PostgreSQL test cluster on 127.0.0.1:$port"
else
  echo "warning: PostgreSQL could not be installed; PostgreSQL tests will fail" >&2
fi
if command -v chromium >/dev/null; then export KARTLEGG_TEST_CHROMIUM=$(command -v chromium); fi

"$@"
