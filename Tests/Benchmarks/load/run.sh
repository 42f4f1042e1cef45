#!/usr/bin/env bash
# The load benchmark (issue 8): a Release host on a fresh SQLite store on 127.0.0.1, then wrk against
#   1. Echo.svc      — the SOAP stack's own ceiling (same host, same guard and validation, no store);
#   2. Submit        — real birth-certificate requests on Orléans, each with its own ClientRequestId;
#                      every answer comes after the dossier is committed (durable);
#   3. GetStatus     — number + tracking code of dossiers filed just before.
# Writes Tests/Benchmarks/results/load-<UTC date>.md: machine, commit, start-up time, each scenario's
# throughput and latency percentiles (wrk --latency), durable submissions per second counted in the
# store, their ratio to the echo ceiling, and the host's peak memory (VmHWM).
# Settings: WSC_LOAD_DURATION (20s), WSC_LOAD_CONNECTIONS (16), WSC_LOAD_THREADS (2).
# Needs wrk (Debian: apt-get install wrk), sqlite3, curl. Not run by Tests/run-all.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
duration=${WSC_LOAD_DURATION:-20s}
connections=${WSC_LOAD_CONNECTIONS:-16}
threads=${WSC_LOAD_THREADS:-2}
for tool in wrk sqlite3 curl; do command -v $tool >/dev/null || { echo "$tool is missing (apt-get install $tool)" >&2; exit 1; }; done

dotnet build "$root/Services/WebServicesCitoyens.Host" -c Release 2>&1 | grep -E "rror\(s\)|Warn.*\(s\)" || true
dll="$root/Services/WebServicesCitoyens.Host/bin/Release/net10.0/WebServicesCitoyens.Host.dll"
data=$(mktemp -d /tmp/wsc-load-XXXXXX)
store="$data/wsc.db"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

# Start-up: from the process start to the first answer of /health (the store migrated, the demo seeded).
started=$(date +%s%N)
(cd "$(dirname "$dll")" && Storage__SqlitePath="$store" ASPNETCORE_ENVIRONMENT=Production exec dotnet "$dll" --urls "$url" >"$data/host.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf "$url/health" >/dev/null; do
  kill -0 $pid 2>/dev/null || { cat "$data/host.log"; exit 1; }
  sleep 0.05
done
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
rss_idle=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "host $pid on $url, up in $startup_ms ms"

warm_up() { # lua script, path: 5 s not recorded (the JIT, the connections, SQLite's cache)
  wrk -t"$threads" -c"$connections" -d5s -s "$here/$1" "$url$2" >/dev/null
}
measure() { # name, lua script, path
  echo "== $1 ($duration)"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/$2" "$url$3" | tee "$data/$1.txt"
}
rps() { awk '/^Requests\/sec:/ {print $2}' "$data/$1.txt"; }
errors() { awk '/Non-2xx or 3xx responses:/ {print $5}' "$data/$1.txt" | grep . || echo 0; }
dossiers() { sqlite3 "$store" "SELECT COUNT(*) FROM dossiers"; }

warm_up echo.lua /services/Echo.svc
measure echo echo.lua /services/Echo.svc

export WSC_LOAD_RUN=$(date +%s)
submit_path=/services/procedures/etat-civil.acte-naissance.svc
warm_up submit.lua $submit_path
# Durable: the dossiers the store holds after the run, not the answers counted by wrk.
before=$(dossiers)
submit_started=$(date +%s%N)
measure submit submit.lua $submit_path
submit_ns=$(( $(date +%s%N) - submit_started ))
after=$(dossiers)
durable=$(python3 -c "print(f'{($after - $before) / ($submit_ns / 1e9):.1f}')")

export WSC_LOAD_DOSSIERS="$data/dossiers.txt"
sqlite3 -separator ' ' "$store" "SELECT number, tracking_code FROM dossiers WHERE client_request_id LIKE 'load-%' ORDER BY random() LIMIT 500" >"$WSC_LOAD_DOSSIERS"
warm_up status.lua $submit_path
measure status status.lua $submit_path

hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
echo_rps=$(rps echo)
ratio=$(python3 -c "print(f'{$durable / $echo_rps:.3f}')")
mkdir -p "$root/Tests/Benchmarks/results"
out="$root/Tests/Benchmarks/results/load-$(date -u +%Y-%m-%dT%H%MZ).md"
{
  echo "# Load benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- Commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- Services || echo ' (with uncommitted changes)')"
  echo "- Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(free -m | awk '/^Mem:/ {print $2}') MB of memory, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}')"
  echo "- Load average when it ended: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: figures are a floor)"
  echo "- Host: Release, SQLite (WAL, synchronous FULL) (a fresh store), 127.0.0.1; wrk $threads threads, $connections connections, $duration per scenario after a 5 s warm-up"
  echo
  echo "| | |"
  echo "|---|---:|"
  echo "| Start-up (process start to the first answer of /health) | $startup_ms ms |"
  echo "| Memory after start-up (VmRSS) | $((rss_idle / 1024)) MB |"
  echo "| Peak memory of the host over the run (VmHWM) | $((hwm / 1024)) MB |"
  echo "| Echo.svc (the SOAP stack's ceiling) | $echo_rps requests/s |"
  echo "| Submit | $(rps submit) requests/s, $(errors submit) not 200 |"
  echo "| Durable submissions (dossiers counted in the store over the run) | $durable /s ($((after - before)) dossiers) |"
  echo "| **Durable submissions / echo ceiling** | **$ratio** |"
  echo "| GetStatus | $(rps status) requests/s, $(errors status) not 200 |"
  for name in echo submit status; do
    echo
    echo "## $name"
    echo
    echo '```'
    cat "$data/$name.txt"
    echo '```'
  done
} >"$out"
echo "Written $out"
echo "durable submissions/s: $durable; echo ceiling: $echo_rps requests/s; ratio $ratio"
