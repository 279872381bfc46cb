#!/usr/bin/env bash
# Two builds of the search side by side in one run (issue 13: "no regression elsewhere"): a bench server from each
# checkout, each on a PostgreSQL database of its own loaded with the same N synthetic programs, then wrk on each in
# turn, alternating, for the issue query asked again (one URL: the kept answer), suggestions (q=pre) and the issue
# query with a random profile per request (bench/profiles.lua: nothing kept); and with wrk2 at a constant 1,000
# requests/s with random profiles when wrk2 is found ($WRK2, or wrk2 on the PATH).
# Usage: bench/side-by-side.sh BEFORE_CHECKOUT AFTER_CHECKOUT [programs] [duration] [rounds]   defaults: 10000 8s 2
# Build both first (in each: ./mvnw -pl benchmark -am package -DskipTests); run it under the build lock:
#   flock /tmp/maven.lock bench/side-by-side.sh /path/to/before .
set -euo pipefail
before="$(cd "${1:?before checkout}" && pwd)"
after="$(cd "${2:?after checkout}" && pwd)"
programs="${3:-10000}"
duration="${4:-8s}"
rounds="${5:-2}"
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 1; }
wrk2="${WRK2:-$(command -v wrk2 || true)}"
pids=()
logs=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -f "${logs[@]}"' EXIT
start() { # $1 = checkout, $2 = port
  [ -f "$1/benchmark/target/classpath.txt" ] || { echo "build $1 first: ./mvnw -pl benchmark -am package -DskipTests" >&2; exit 1; }
  local log; log=$(mktemp)
  logs+=("$log")
  (cd "$1" && exec java -Xms1g -Xmx1g -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" \
    org.openseason.benchmark.server.BenchServer "$programs" "$2") >"$log" 2>&1 &
  pids+=($!)
  until grep -q '^bench: ready' "$log"; do
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "the bench server of $1 stopped:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 1
  done
}
port_before=$((20000 + RANDOM % 10000))
port_after=$((port_before + 1))
start "$before" "$port_before"
start "$after" "$port_after"
echo "== before: $before ($(git -C "$before" rev-parse --short HEAD)), after: $after ($(git -C "$after" rev-parse --short HEAD)), N=$programs"
query=$(java -cp benchmark/target/classes org.openseason.benchmark.IssueQuery)
unprofiled="$(echo "$query" | sed -E 's/&(age|country|hours)=[^&]*//g')"
paths=("/api/v1/programs?$query" "/api/v1/suggest?q=pre" "/api/v1/programs?$unprofiled")
labels=("issue query, one URL (kept answer)" "suggestions" "issue query, random profile per request")
scripts=("" "" "-s bench/profiles.lua")
for port in "$port_before" "$port_after"; do # warm-up: the JIT compiles each path
  for i in 0 1 2; do
    # shellcheck disable=SC2086
    wrk -t2 -c32 -d"${OPENSEASON_BENCH_WARMUP:-20s}" ${scripts[$i]} "http://127.0.0.1:$port${paths[$i]}" >/dev/null
  done
done
for round in $(seq 1 "$rounds"); do
  for i in 0 1 2; do
    for side in before:$port_before after:$port_after; do
      # shellcheck disable=SC2086
      echo "round $round, ${labels[$i]}, ${side%%:*}: $(wrk -t2 -c32 -d"$duration" --timeout 10s --latency ${scripts[$i]} \
        "http://127.0.0.1:${side#*:}${paths[$i]}" | grep -E 'Requests/sec|^ +(50|99)%|Non-2xx' | tr -s ' ' | tr '\n' ' ')"
    done
  done
  if [ -n "$wrk2" ]; then
    for side in before:$port_before after:$port_after; do
      echo "round $round, random profiles at a constant 1,000 requests/s, ${side%%:*}: $("$wrk2" -t2 -c32 -d"$duration" \
        -R1000 --timeout 10s --latency -s bench/profiles.lua "http://127.0.0.1:${side#*:}${paths[2]}" \
        | grep -E 'Requests/sec|^ +(50.000|90.000|99.000|99.900)%|Non-2xx' | tr -s ' ' | tr '\n' ' ')"
    done
  fi
done
