#!/usr/bin/env bash
# Starts a streaming read replica of a running test PostgreSQL server (a copy taken with
# pg_basebackup -R, in hot standby on its own loopback port), waits until it streams, and
# prints its connection URL. Usage, with the test cluster running:
#   eval "$(scripts/start-test-replica.sh "$TEST_POSTGRES_URL")"  (sets TEST_REPLICA_URL)
# Stop it and delete the copy with: scripts/start-test-replica.sh stop
# TEST_REPLICA_DIR and TEST_REPLICA_PORT choose where; the primary's user needs REPLICATION
# and its pg_hba.conf must let it replicate from 127.0.0.1 (initdb's defaults with -A trust do).
# PostgreSQL refuses to run as root, so as root the copy belongs to the postgres user.
set -euo pipefail

port="${TEST_REPLICA_PORT:-54339}"
data_dir="${TEST_REPLICA_DIR:-/tmp/lagesbild-test-replica}"
bin_dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bin_dir" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
  [ -f "$data_dir/PG_VERSION" ] && as_owner "$bin_dir/pg_ctl" -D "$data_dir" -m immediate stop >&2 || true
  rm -rf "$data_dir"
  exit 0
fi

primary_url="${1:-${TEST_POSTGRES_URL:-}}"
[ -n "$primary_url" ] || { echo "usage: $0 postgresql://user@127.0.0.1:PORT/postgres (the primary)" >&2; exit 1; }

# A copy is throwaway: an earlier one in the same folder is replaced, never reused.
if [ -f "$data_dir/postmaster.pid" ]; then as_owner "$bin_dir/pg_ctl" -D "$data_dir" -m immediate stop >&2 || true; fi
rm -rf "$data_dir"
mkdir -p "$data_dir"
chmod 700 "$data_dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$data_dir"
# -R writes standby.signal and primary_conninfo; a fast checkpoint starts the copy at once.
as_owner "$bin_dir/pg_basebackup" -d "$primary_url" -D "$data_dir" -R -X stream -c fast >&2
as_owner "$bin_dir/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c hot_standby=on -c fsync=off" start >&2

replica_url="$(sed -E "s#^(postgres(ql)?://[^/]*):[0-9]+/#\1:$port/#" <<<"$primary_url")"
[ "$replica_url" != "$primary_url" ] || { echo "cannot put port $port into $primary_url (name the port)" >&2; exit 1; }
for _ in $(seq 1 100); do
  if [ "$("$bin_dir/psql" "$replica_url" -Atc 'SELECT status FROM pg_stat_wal_receiver' 2>/dev/null)" = streaming ]; then
    echo "export TEST_REPLICA_URL=$replica_url"
    exit 0
  fi
  sleep 0.1
done
echo "the replica in $data_dir did not start streaming from the primary within 10 s; see $data_dir/server.log" >&2
exit 1
