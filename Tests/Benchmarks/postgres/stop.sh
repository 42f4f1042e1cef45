#!/usr/bin/env bash
# Stops the benchmarks' PostgreSQL server (postgres/start.sh); its data stays in the folder.
set -euo pipefail
folder="${WSC_BENCH_FOLDER:-/tmp/wsc-bench}/postgresql"
binaries="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$binaries/pg_ctl" -D "$folder/data" -w stop; else "$binaries/pg_ctl" -D "$folder/data" -w stop; fi
