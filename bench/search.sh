#!/usr/bin/env bash
# Search at scale (issue 4), in one run on loopback: the bench server (the application on a PostgreSQL database of
# its own, loaded with N synthetic programs) prints its load and rebuild timings; then wrk measures, alternating,
# the issue's query on Lucene (/api/v1/programs), the same query on PostgreSQL full-text search
# (/bench/pg/programs) and suggestions (/api/v1/suggest?q=pre); last, programs are renamed through the app while
# wrk loads the Lucene endpoint, and the search is polled until each new name is found.
# wrk keeps 32 connections busy, so its latencies are those of a saturated server. Each round also sends the
# query with a random profile per request (bench/profiles.lua) to both engines, and at a constant 1,000
# requests/s, with latency counted from when each request was due: by wrk2 when it is found ($WRK2, or wrk2 on
# the PATH; build it from github.com/giltene/wrk2), otherwise by the benchmark module's ConstantRate (Java's
# HttpClient on the same cores; the random-profile line only).
# Usage: bench/search.sh [programs] [duration] [rounds]    defaults: 100000 20s 2
# Build first: ./mvnw -pl benchmark -am install -DskipTests. Run it under the build lock so that no build
# disturbs it: flock /tmp/maven.lock bench/search.sh
set -euo pipefail
cd "$(dirname "$0")/.."
programs="${1:-100000}"
duration="${2:-20s}"
rounds="${3:-2}"
heap="${OPENSEASON_BENCH_HEAP:-1g}"
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 1; }
wrk2="${WRK2:-$(command -v wrk2 || true)}"
[ -n "$wrk2" ] || echo "wrk2 not found (\$WRK2): no constant-rate latency runs" >&2
[ -f benchmark/target/classpath.txt ] || { echo "build first: ./mvnw -pl benchmark -am install -DskipTests" >&2; exit 1; }
cp="benchmark/target/classes:$(cat benchmark/target/classpath.txt)"
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
log=$(mktemp)

java -Xms"$heap" -Xmx"$heap" -cp "$cp" org.openseason.benchmark.server.BenchServer "$programs" "$port" >"$log" 2>&1 &
pid=$!
# The server drops its database and data folder when it is stopped.
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
deadline=$((SECONDS + 1800))
until grep -q '^bench: ready' "$log"; do
  kill -0 $pid 2>/dev/null || { echo "the bench server stopped:" >&2; tail -40 "$log" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "the bench server was not ready within 30 minutes" >&2; exit 1; }
  sleep 1
done
echo "== bench server (N=$programs, -Xmx$heap)"
grep '^bench:' "$log"
grep 'Index rebuilt' "$log" | tail -3

query=$(java -cp benchmark/target/classes org.openseason.benchmark.IssueQuery)
lucene="$base/api/v1/programs?$query"
postgres="$base/bench/pg/programs?$query"
suggest="$base/api/v1/suggest?q=pre"
# The query without its profile: bench/profiles.lua adds a random one to each request.
unprofiled="$(echo "$query" | sed -E 's/&(age|country|hours)=[^&]*//g')"
profiles="$base/api/v1/programs?$unprofiled"
pgprofiles="$base/bench/pg/programs?$unprofiled"
total() { curl -sf "$1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])'; }
echo "== the query: $query"
echo "total, Lucene: $(total "$lucene"); PostgreSQL: $(total "$postgres")"
echo "bytes per answer, Lucene: $(curl -sf "$lucene" | wc -c); PostgreSQL: $(curl -sf "$postgres" | wc -c); suggest: $(curl -sf "$suggest" | wc -c)"

load() { # $1 = label, $2 = url
  echo "== $1 ($2)"
  wrk -t2 -c32 -d"$duration" --timeout 10s --latency "$2" | grep -E 'Requests/sec|Latency  |50%|90%|99%|requests in|Non-2xx|Socket errors'
  settle
}
# When wrk stops, the PostgreSQL searches it sent last still run in the server for up to a second or more (32 of
# them, each hundreds of ms at 100,000 programs), on the threads and cores the next measurement needs: without a
# pause, the constant-rate run after them measured p99 200-300 ms instead of 5 ms.
settle() { sleep "${OPENSEASON_BENCH_SETTLE:-3}"; }
for name in lucene postgres suggest; do # warm-up: JIT, caches, PostgreSQL's buffers
  wrk -t2 -c32 -d5s "${!name}" >/dev/null
done
# The random profiles run code the repeated URL does not (the in-memory filter, verdicts, the JSON of each answer):
# a fresh JVM takes about half a minute of them to compile it, so both engines get them before anything is measured.
for name in profiles pgprofiles; do
  wrk -t2 -c32 -d"${OPENSEASON_BENCH_WARMUP:-30s}" -s bench/profiles.lua "${!name}" >/dev/null
  settle
done
rate() { # $1 = label, $2 = url, $3 = requests/s
  echo "== $1 ($2), constant $3 requests/s"
  "$wrk2" -t2 -c32 -d"$duration" -R"$3" --timeout 10s --latency "$2" \
    | grep -E 'Requests/sec|^ +(50.000|90.000|99.000|99.900)%|requests in|Non-2xx|Socket errors'
}
for round in $(seq 1 "$rounds"); do
  load "round $round: Lucene, issue query" "$lucene"
  load "round $round: PostgreSQL full-text, issue query" "$postgres"
  load "round $round: suggestions" "$suggest"
  for side in Lucene:profiles PostgreSQL:pgprofiles; do
    url=${side#*:}
    echo "== round $round: ${side%%:*}, issue query with a random profile per request (${!url} + bench/profiles.lua)"
    wrk -t2 -c32 -d"$duration" --timeout 10s --latency -s bench/profiles.lua "${!url}" \
      | grep -E 'Requests/sec|Latency  |50%|90%|99%|requests in|Non-2xx|Socket errors'
    settle
  done
  if [ -n "$wrk2" ]; then
    rate "round $round: Lucene, issue query" "$lucene" 1000
    rate "round $round: suggestions" "$suggest" 1000
    echo "== round $round: Lucene, random profile per request, constant 1000 requests/s (wrk2)"
    "$wrk2" -t2 -c32 -d"$duration" -R1000 --timeout 10s --latency -s bench/profiles.lua "$profiles" \
      | grep -E 'Requests/sec|^ +(50.000|90.000|99.000|99.900)%|requests in|Non-2xx|Socket errors'
  else
    echo "== round $round: Lucene, random profile per request, constant 1000 requests/s (ConstantRate)"
    java -cp "$cp" org.openseason.benchmark.ConstantRate "$profiles" 1000 "${duration%s}" --profiles
  fi
done

echo "== a change searchable under load (wrk on the Lucene query meanwhile)"
slug=$(curl -sf "$base/api/v1/programs?q=mentorship&size=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["results"][0]["slug"])')
wrk -t2 -c32 -d"$duration" --timeout 10s --latency "$lucene" >"$log.wrk" &
wrk_pid=$!
sleep 3
for n in 1 2 3 4 5; do
  word="zqfresh${RANDOM}x$n"
  start=$(date +%s%N)
  saved=$(curl -sf -X POST "$base/bench/change?slug=$slug&word=$word" | python3 -c 'import json, sys; print(json.load(sys.stdin)["saveMicros"])')
  visible=""
  until [ -n "$visible" ] || [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 5000 ]; do
    [ "$(total "$base/api/v1/programs?q=$word")" -gt 0 ] && visible=$(date +%s%N)
  done
  if [ -n "$visible" ]; then
    echo "change $n: save took $((saved / 1000)) ms (index update included); found by a search $(( (visible - start) / 1000000 )) ms after the request was sent"
  else
    echo "change $n: NOT found within 5 s"
  fi
  sleep 2
done
wait $wrk_pid
grep -E 'Requests/sec|99%' "$log.wrk" | sed 's/^/meanwhile, Lucene query: /'
rm -f "$log.wrk"
echo "RSS of the bench server after the runs: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
