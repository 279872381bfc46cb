#!/usr/bin/env bash
# A loopback load run with wrk against a search, on a server started here and stopped afterwards.
# Usage: bench/load.sh [duration] [connections] [path]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20s}"
connections="${2:-32}"
path="${3:-/api/v1/programs?q=mentorship}"
jar=web/target/openseason.jar
cds=web/target/openseason.jsa
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 1; }
data=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
opts=(-Xmx384m)
[ -f "$cds" ] && opts+=(-XX:SharedArchiveFile="$cds")
java "${opts[@]}" -jar "$jar" --port "$port" --data "$data" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.1; done
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port$path" >/dev/null # warm-up
wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port$path"
echo "RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
