#!/usr/bin/env bash
# Cold start to the first successful search, and resident memory after it, median of N runs.
# Usage: bench/startup.sh [runs]      (build first: ./openseason --help)
# Each run starts a fresh JVM on a free port; "fresh" runs use an empty data folder (migrations, catalog, index
# build), "warm" runs reuse one. Runs with and without the AppCDS archive alternate, so both share the machine's
# noise.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
jar=web/target/openseason.jar
cds=web/target/openseason.jsa
[ -f "$jar" ] || { echo "build first: ./openseason --help" >&2; exit 1; }
[ -f "$cds" ] && [ "$cds" -ot "$jar" ] && rm -f "$cds"
[ -f "$cds" ] || java -XX:ArchiveClassesAtExit="$cds" -jar "$jar" selfcheck >/dev/null 2>&1

warm=$(mktemp -d)
once() { # $1 = cds|nocds, $2 = data dir; prints "milliseconds rss_kib"
  local port=$((20000 + RANDOM % 20000)) opts=(-Xmx384m) start end pid rss
  [ "$1" = cds ] && opts+=(-XX:SharedArchiveFile="$cds")
  start=$(date +%s%N)
  java "${opts[@]}" -jar "$jar" --port "$port" --data "$2" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/programs?q=mentorship"; do sleep 0.02; done
  end=$(date +%s%N)
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $rss"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

once nocds "$warm" >/dev/null # first start fills the warm folder
declare -A ms rss
for variant in "cds warm" "nocds warm" "cds fresh" "nocds fresh"; do ms[$variant]=""; rss[$variant]=""; done
for _ in $(seq 1 "$runs"); do
  for variant in "cds warm" "nocds warm" "cds fresh" "nocds fresh"; do
    set -- $variant
    dir="$warm"
    [ "$2" = fresh ] && dir=$(mktemp -d)
    read -r t r < <(once "$1" "$dir")
    [ "$2" = fresh ] && rm -rf "$dir"
    ms[$variant]+="$t"$'\n'
    rss[$variant]+="$r"$'\n'
  done
done
rm -rf "$warm"
printf '%-12s %18s %16s\n' variant "start->search ms" "RSS MiB"
for variant in "cds warm" "nocds warm" "cds fresh" "nocds fresh"; do
  m=$(printf '%s' "${ms[$variant]}" | median)
  r=$(printf '%s' "${rss[$variant]}" | median)
  printf '%-12s %18s %16s\n' "$variant" "$m" "$((r / 1024))"
done
