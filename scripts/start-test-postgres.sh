#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server from Debian's package on a loopback port and prints
# its connection URL. Usage: eval "$(scripts/start-test-postgres.sh)"  (sets TEST_POSTGRES_URL)
# Stop it with: scripts/start-test-postgres.sh stop
# PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail

port="${TEST_POSTGRES_PORT:-54329}"
data_dir="${TEST_POSTGRES_DIR:-/tmp/lagesbild-test-postgres}"
bin_dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bin_dir" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
  as_owner "$bin_dir/pg_ctl" -D "$data_dir" -m fast stop >&2 || true
  exit 0
fi

if [ ! -f "$data_dir/PG_VERSION" ]; then
  mkdir -p "$data_dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$data_dir"
  as_owner "$bin_dir/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
fi
as_owner "$bin_dir/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
echo "export TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$port/postgres"
