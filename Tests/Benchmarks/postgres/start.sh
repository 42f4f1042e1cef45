#!/usr/bin/env bash
# Starts a PostgreSQL server for the benchmarks (Debian's package postgresql) on 127.0.0.1, in
# $WSC_BENCH_FOLDER/postgresql (default /tmp/wsc-bench/postgresql), with the durability settings the host
# requires (fsync, synchronous_commit, full_page_writes on) and a page cache sized for this machine, creates
# the database named in $1 (default wsc_bench, collation C as the host requires) and prints its connection
# string. Run as root (CI machines) the server runs as the postgres user. Stop it with: postgres/stop.sh
set -euo pipefail
folder="${WSC_BENCH_FOLDER:-/tmp/wsc-bench}/postgresql"
port="${WSC_BENCH_PG_PORT:-55432}"
database="${1:-wsc_bench}"
binaries="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ ! -f "$folder/data/PG_VERSION" ]; then
  mkdir -p "$folder"; [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$folder"
  as_server "$binaries/initdb" -D "$folder/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
fi
if ! as_server "$binaries/pg_ctl" -D "$folder/data" status >/dev/null 2>&1; then
  as_server "$binaries/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 120 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$folder -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c shared_buffers=4GB -c effective_cache_size=16GB -c maintenance_work_mem=1GB -c max_wal_size=8GB" \
    start >/dev/null
fi
if [ "$(psql -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
  psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE $database TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
fi
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"
