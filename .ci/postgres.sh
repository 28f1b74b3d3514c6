#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the store's tests (tests/db, tests/newsletter).
# Installs Debian's postgresql when missing, starts its own cluster under $PG_DIR as the postgres user
# (CI runs as root; postgres refuses to run as root), creates a user and database, and prints ONLY the
# connection URL on stdout (progress goes to stderr):
#   export TEST_DATABASE_URL="$(.ci/postgres.sh)"
#   .ci/postgres.sh stop
# Environment: PG_PORT (default 4190), PG_DIR (default /tmp/ci-postgres).
set -euo pipefail

port="${PG_PORT:-4190}"
dir="${PG_DIR:-/tmp/ci-postgres}"
db=app_test
user=app_test
password=app_test
log() { printf 'postgres.sh: %s\n' "$*" >&2; }

sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  log "installing postgresql from Debian's packages"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  bin="$(find_bin)"
fi

# Run a PostgreSQL tool as the owner of the cluster: the postgres user when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "stop" ]; then
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2; fi
  exit 0
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
  log "creating a cluster in $dir/data"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  log "starting on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" start >&2
fi

psql_admin() { as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$user'")" != "1" ]; then
  psql_admin -c "create role $user login password '$password'" >&2
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
  psql_admin -c "create database $db owner $user" >&2
fi

url="postgres://$user:$password@127.0.0.1:$port/$db"
"$bin/psql" "$url" -qtA -c 'select 1' >/dev/null
log "ready: $url"
echo "$url"
