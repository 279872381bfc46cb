#!/usr/bin/env bash
# Search with the project ideas in (issue 10), side by side in one run: two builds of the application, each on a
# data folder of its own (for example the release before the ideas arrived on its bundled catalog, and this one
# after `./openseason crawl --replay ARCHIVE --all --data DIR`), started here in turn and loaded with wrk:
#   - start-up: the index rebuild the server logs ("Index rebuilt: N programs in T ms");
#   - the issue's eligibility query, asked again and again (served from kept answers);
#   - the same search with a random profile per request (bench/profiles.lua: almost nothing kept);
#   - a search of project ideas (/api/v1/projects).
# Usage: bench/ideas.sh NAME=JAR[:DATA] NAME=JAR[:DATA] [duration] [rounds]     defaults: 15s 2
# A DATA folder is copied before each start (never changed); without one the server starts on an empty folder and
# loads its bundled catalog. Run it under the build lock: flock /tmp/maven.lock bench/ideas.sh ...
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,12p' "$0" >&2; exit 2; }
first="$1"; second="$2"; duration="${3:-15s}"; rounds="${4:-2}"
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 1; }
query='/api/v1/programs?q=rust+or+compilers&age=17&student=yes&country=IN&hours=15&eligibility=eligible-or-maybe'
profiles='/api/v1/programs?q=mentorship&student=yes&eligibility=eligible-or-maybe'
ideas='/api/v1/projects?q=kubernetes+operator'

run() {
  local name="${1%%=*}" spec="${1#*=}" jar data work port pid log
  jar="${spec%%:*}"; data=""; [ "$spec" != "$jar" ] && data="${spec#*:}"
  work=$(mktemp -d); log=$(mktemp)
  [ -n "$data" ] && cp -r "$data"/. "$work"/
  port=$((20000 + RANDOM % 20000))
  OPENSEASON_CRAWL_SCHEDULED=false java -Xmx384m -jar "$jar" --port "$port" --data "$work" >"$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 $pid 2>/dev/null || { echo "$name: the server stopped:" >&2; tail -20 "$log" >&2; return 1; }
    sleep 0.2
  done
  echo "== $name ($jar${data:+, data from $data})"
  grep -o 'Index rebuilt: .*' "$log" | tail -1
  echo "   ideas: $(curl -s "http://127.0.0.1:$port/api/v1/projects?size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p') in the index"
  for path in "$query" "$ideas"; do
    wrk -t2 -c32 -d3s "http://127.0.0.1:$port$path" >/dev/null
    echo "   $path"
    wrk -t2 -c32 -d"$duration" --latency "http://127.0.0.1:$port$path" | grep -E 'Requests/sec|^ +(50|99)%'
  done
  echo "   $profiles + a random age, country and hours per request"
  wrk -t2 -c32 -d"$duration" --latency -s bench/profiles.lua "http://127.0.0.1:$port$profiles" \
    | grep -E 'Requests/sec|^ +(50|99)%'
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$work" "$log"
}

for round in $(seq 1 "$rounds"); do
  echo "##### round $round"
  run "$first"
  run "$second"
done
