#!/usr/bin/env bash
# Requests/s of the listing outputs next to the search API, in one run on one server: the search, the iframe
# embed, the Atom feed and the calendar of the same search (kept after the first build, and answered 304 to
# If-None-Match), the mean time of a build when nothing is kept, and
# embed.js's gzipped size.
# Usage: bench/listings.sh [duration] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10s}"
connections="${2:-32}"
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
base="http://127.0.0.1:$port"
until curl -sf -o /dev/null "$base/health"; do sleep 0.1; done
search='kind=summer-of-code&kind=mentorship'
echo "| what | path | requests/s | p50 | p99 | bytes |"
echo "|---|---|---|---|---|---|"
run() {
  local what="$1" path="$2" header="${3:-}"
  local args=(-t2 -c"$connections" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  wrk "${args[@]}" -d3s "$base$path" >/dev/null # warm-up
  local out
  out=$(wrk "${args[@]}" -d"$duration" "$base$path")
  local rps p50 p99 bytes
  rps=$(awk '/Requests\/sec/ {printf "%\047d", $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  if [ -n "$header" ]; then bytes=0; else bytes=$(curl -s "$base$path" | wc -c); fi
  echo "| $what | \`$path\` | $rps | $p50 | $p99 | $bytes |"
}
conditional() {
  local path="$1"
  local etag
  etag=$(curl -sI "$base$path" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
  echo "If-None-Match: $etag"
}
run "search API" "/api/v1/programs?$search"
run "iframe embed" "/embed/programs?$search&max=10"
run "iframe embed, 304" "/embed/programs?$search&max=10" "$(conditional "/embed/programs?$search&max=10")"
run "Atom feed" "/feeds/programs.atom?$search"
run "Atom feed, 304" "/feeds/programs.atom?$search" "$(conditional "/feeds/programs.atom?$search")"
run "calendar" "/calendar/programs.ics?$search"
run "calendar, 304" "/calendar/programs.ics?$search" "$(conditional "/calendar/programs.ics?$search")"
# What a build costs when no answer is kept: distinct searches one after another (sizes 1 to 20), mean time.
built() {
  local what="$1" template="$2" total=0
  for i in $(seq 1 20); do
    local t
    t=$(curl -s -o /dev/null -w '%{time_total}' "$base${template//N/$i}")
    total=$(awk -v a="$total" -v b="$t" 'BEGIN {print a + b}')
  done
  echo "| $what | \`${template}\` | $(awk -v t="$total" 'BEGIN {printf "%.1f ms", t / 20 * 1000}') |"
}
echo
echo "| built each time (one client) | path, N = 1..20 | mean time |"
echo "|---|---|---|"
built "search API" "/api/v1/programs?$search&size=N"
built "iframe embed" "/embed/programs?$search&max=N"
built "Atom feed" "/feeds/programs.atom?$search&size=N"
built "calendar" "/calendar/programs.ics?$search&size=N"
echo
echo "embed.js: $(wc -c < web/src/main/resources/public/embed.js) bytes, $(gzip -9c web/src/main/resources/public/embed.js | wc -c) bytes gzipped (gzip -9)"
echo "RSS after the run: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
