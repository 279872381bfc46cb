#!/usr/bin/env bash
# Submissions and approvals under load, on two instances sharing one PostgreSQL database: wrk searches instance
# one while, one after another, an organizer submits on instance one and a moderator approves on instance two;
# each approval is followed until the listing is searchable on both (polled every few ms). Prints search throughput
# with and without the moderation going on (side by side, one run) and the approval-to-searchable times.
# Usage: bench/moderation.sh [approvals] [duration]   (needs wrk, psql and PostgreSQL on 127.0.0.1:5432, user postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
approvals="${1:-20}"
duration="${2:-15s}"
jar=web/target/openseason.jar
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 1; }
db="openseason_bench_$RANDOM$RANDOM"
psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE $db"
export DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/$db" DATASOURCES_DEFAULT_USERNAME=postgres
export DATASOURCES_DEFAULT_PASSWORD="${PGPASSWORD:-}" OPENSEASON_CRAWL_SCHEDULED=false
# One client sends every submission here: the per-client limit would refuse all but the first five an hour.
export OPENSEASON_SUBMISSIONS_PER_HOUR=1000000
one=$((20000 + RANDOM % 10000)); two=$((one + 1))
d1=$(mktemp -d); d2=$(mktemp -d)
java -Xmx384m -jar "$jar" --port "$one" --data "$d1" >"$d1/log" 2>&1 & p1=$!
java -Xmx384m -jar "$jar" --port "$two" --data "$d2" >"$d2/log" 2>&1 & p2=$!
cleanup() {
  kill $p1 $p2 2>/dev/null || true; wait $p1 $p2 2>/dev/null || true
  rm -rf "$d1" "$d2"; psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
}
trap cleanup EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$one/health" && curl -sf -o /dev/null "http://127.0.0.1:$two/health"; do
  sleep 0.2
done
echo "a bench passphrase, long enough" | java -jar "$jar" admin create --name bench --password-stdin >/dev/null 2>&1
token=$(java -jar "$jar" admin token --name bench --label bench 2>/dev/null | tail -1)
search="http://127.0.0.1:$one/api/v1/programs?q=python&kind=summer-of-code"
now_ms() { date +%s%3N; }
listing() { # a listing of our own, unique per run and number
  cat <<JSON
{"name": "Benchmark Burrow $1 $2", "organizer": "Bench Society", "homepage": "https://bench$2.example.org/p$1",
 "kind": "mentorship", "lifecycle": "active", "summary": "A benchmark mentorship, burrowbench$1x$2, for tests.",
 "interests": ["python"], "moderator_contact": "bench@example.org"}
JSON
}
wrk -t2 -c16 -d3s "$search" >/dev/null
baseline=$(wrk -t2 -c16 -d"$duration" --latency "$search")
wrk -t2 -c16 -d"$duration" --latency "$search" >"$d1/wrk" & w=$!
run=$RANDOM; times_one=(); times_two=()
for i in $(seq 1 "$approvals"); do
  receipt=$(curl -sf -H 'Content-Type: application/json' --data "$(listing "$i" "$run")" \
    "http://127.0.0.1:$one/api/v1/submissions" | sed -E 's/.*"receipt":"([^"]+)".*/\1/')
  id=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$two/api/v1/admin/submissions" \
    | grep -oE "\"id\":[0-9]+,\"receipt\":\"$receipt\"" | grep -oE '[0-9]+' | head -1)
  start=$(now_ms)
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data '{"decision":"approve"}' "http://127.0.0.1:$two/api/v1/admin/submissions/$id/decision"
  t1=""; t2=""
  while [ -z "$t1" ] || [ -z "$t2" ]; do
    [ $(( $(now_ms) - start )) -gt 10000 ] && { echo "approval $id not searchable after 10 s" >&2; exit 1; }
    [ -z "$t2" ] && curl -s "http://127.0.0.1:$two/api/v1/programs?q=burrowbench${i}x$run" | grep -q "Burrow $i $run" && t2=$(( $(now_ms) - start ))
    [ -z "$t1" ] && curl -s "http://127.0.0.1:$one/api/v1/programs?q=burrowbench${i}x$run" | grep -q "Burrow $i $run" && t1=$(( $(now_ms) - start ))
  done
  times_one+=("$t1"); times_two+=("$t2")
done
wait $w
rps() { awk '/Requests\/sec/ {printf "%\047d", $2}' <<<"$1"; }
p99() { awk '$1 == "99%" {print $2}' <<<"$1"; }
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, max %d ms", a[int((NR+1)/2)], a[NR]}'; }
echo "| search on instance one | requests/s | p99 |"
echo "|---|---|---|"
echo "| alone | $(rps "$baseline") | $(p99 "$baseline") |"
echo "| while $approvals submissions and approvals ran | $(rps "$(cat "$d1/wrk")") | $(p99 "$(cat "$d1/wrk")") |"
echo
echo "approval (on instance two) to searchable: on instance two $(stats "${times_two[@]}"); on instance one $(stats "${times_one[@]}")"
